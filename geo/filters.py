"""What the analyst asks the store for: one immutable filter record.

Every reader (store queries, layer, exports, the dashboard) takes a ``Filters``;
empty tuples and ``None`` mean "no restriction".
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

_CODE = re.compile(r"^[A-Z]{2}\.[A-Za-z0-9]+$")


def to_date(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """A date from a date, datetime or 'YYYY-MM-DD' string (None stays None)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise ValueError(f"malformed date {value!r}: expected YYYY-MM-DD") from exc


def fold(text) -> str | None:
    """The one case folding of text filters, for both the needle and the stored text
    (a store evaluates it in the database, e.g. SQLite's registered ``fold()``):
    Unicode case folding, so "Çorum" and "Київ" match whatever their case."""
    return None if text is None else str(text).casefold()


def is_admin1_code(value: str) -> bool:
    """True for GeoNames admin-1 codes such as 'SY.02' (as opposed to names)."""
    return bool(_CODE.match(value.strip()))


# How precisely an event is located, most precise first: a town or site, a district (US county),
# a province, a named area (sea, region, mountain range), a country only.
PRECISIONS = ("point", "admin2", "admin1", "region", "country")
PRECISION_HELP = ("point: a town or site; admin2: a district; admin1: only the province is known; "
                  "region: a named area (a sea, a region); country: only the country")


@dataclass(frozen=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    provinces: tuple[str, ...] = ()      # admin-1 names ("Idlib") or codes ("SY.02")
    countries: tuple[str, ...] = ()      # ISO 3166 alpha-2 codes ("SY")
    types: tuple[str, ...] = ()          # strike | deployment
    actors: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()     # values of PRECISIONS
    text: str = ""                       # substring of evidence, place, actor, title
    incidents: bool = True               # group reports into incidents
    include_rejected: bool = False       # show events an analyst rejected

    def __post_init__(self) -> None:
        # Accept strings and lists from widgets/CLI; store normalised values.
        object.__setattr__(self, "date_from", to_date(self.date_from))
        object.__setattr__(self, "date_to", to_date(self.date_to))
        for name in ("provinces", "countries", "types", "actors", "precisions"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(v.strip() for v in (value or ()) if v and v.strip()))
        object.__setattr__(self, "countries", tuple(c.upper() for c in self.countries))
        object.__setattr__(self, "text", (self.text or "").strip())
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")

    def with_(self, **changes) -> "Filters":
        """A copy with some fields changed."""
        return replace(self, **changes)

    @property
    def province_codes(self) -> tuple[str, ...]:
        return tuple(p for p in self.provinces if is_admin1_code(p))

    @property
    def province_names(self) -> tuple[str, ...]:
        return tuple(p for p in self.provinces if not is_admin1_code(p))


ALL = Filters()
