"""Every precision the gazetteer can give an event is one the filters, the sidebar and the
exports know: an event located to a district or a named area never falls out of a filter."""
from __future__ import annotations

import gazetteer.model as gm
from geo import export
from geo.filters import PRECISIONS


def test_filters_know_every_precision_the_gazetteer_gives():
    given = {getattr(gm, n) for n in ("POINT", "ADMIN2", "ADMIN1", "REGION", "COUNTRY")}
    assert given == set(PRECISIONS)


def test_acled_export_codes_every_precision():
    assert all(export._GEO_PRECISION.get(p) in (1, 2, 3) for p in PRECISIONS)
