"""Opt-in online fallback: Nominatim through geopy, rate-limited, with a disk cache.

Off by default (``STRIKEMAP_ONLINE_GEOCODER``); never used by tests, which pass a fake
geocoder object (anything with ``geocode(query, **kw)`` returning geopy-like locations).
"""
from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Sequence

import settings

from .model import Place, Resolution


class OnlineGeocoder:
    def __init__(self, geocoder=None, cache_path: Path | None = None, min_delay_seconds: float = 1.0):
        if geocoder is None:
            from geopy.geocoders import Nominatim
            geocoder = Nominatim(user_agent=settings.geocoder_user_agent(), timeout=10)
        from geopy.extra.rate_limiter import RateLimiter
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=1, swallow_exceptions=True)
        self.cache_path = cache_path or settings.cache_dir() / "gazetteer" / "nominatim.json"
        self._lock = threading.Lock()
        try:
            self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._cache = {}

    def _lookup(self, query: str, countries: Sequence[str]) -> dict | None:
        ck = f"{query}|{','.join(countries)}"
        if ck in self._cache:
            return self._cache[ck]
        kw = {"exactly_one": True, "addressdetails": True}
        if countries:
            kw["country_codes"] = [c.lower() for c in countries]
        loc = self._geocode(query, **kw)
        hit = None
        if loc is not None:
            addr = (getattr(loc, "raw", None) or {}).get("address", {})
            hit = {"name": str(getattr(loc, "address", query)).split(",")[0] or query,
                   "lat": float(loc.latitude), "lon": float(loc.longitude),
                   "country": str(addr.get("country_code", "")).upper()}
        with self._lock:
            self._cache[ck] = hit
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            self.cache_path.write_text(json.dumps(self._cache), encoding="utf-8")
        return hit

    def resolve(self, query: str, countries: Sequence[str] = ()) -> Resolution | None:
        hit = self._lookup(query, tuple(countries))
        if hit is None:
            return None
        p = Place(id=f"osm:{hit['lat']:.5f},{hit['lon']:.5f}", name=hit["name"], lat=hit["lat"],
                  lon=hit["lon"], country=hit["country"], kind="city", source="nominatim")
        return Resolution(query, p, 0.5, why="online geocoder (Nominatim)")
