"""smaaby:serviceareas with POLYGON_METHOD = isochrone on the Eksempelby sample: each
band contains the network the same run reached within it, the bands of a centre are
nested, no hole is smaller than a block, and the reached network is the same as with
the buffered method."""

from __future__ import annotations

from collections import defaultdict

import pytest
import shapely
from qgis.core import QgsVectorLayer

from smaaby_plugin.core.catchments.isochrones import MIN_HOLE_M2

TOL = 1e-3  # metres


def _shp(feature):
    return shapely.from_wkb(bytes(feature.geometry().asWkb()))


def _params(eksempelby, method, mode=0):
    return {
        "NETWORK": f"{eksempelby}|layername=roads",
        "SPEED_FIELD": "speed_kmh",
        "COST": 1,
        "CENTRES": QgsVectorLayer(f"{eksempelby}|layername=centres", "centres", "ogr"),
        "CENTRE_ID_FIELD": "centre_id",
        "THRESHOLDS": "3, 6, 10",
        "MODE": mode,
        "POLYGON_METHOD": method,
        "LINES_MODE": 1,
        "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT",
        "OUTPUT_LINES": "TEMPORARY_OUTPUT",
    }


def _read(result):
    polys = {
        (f["centre_id"], f["threshold"]): (_shp(f), f["network_km"], f["area_km2"])
        for f in result["OUTPUT_POLYGONS"].getFeatures()
    }
    lines = defaultdict(list)
    for f in result["OUTPUT_LINES"].getFeatures():
        lines[f["centre_id"]].append((f["threshold"], _shp(f)))
    return polys, lines


@pytest.mark.parametrize("mode", [0, 1])
def test_isochrones_contain_their_network_and_nest(run_alg, eksempelby, mode):
    iso, lines = _read(run_alg("smaaby:serviceareas", _params(eksempelby, 1, mode)))
    buf, _ = _read(run_alg("smaaby:serviceareas", _params(eksempelby, 0, mode)))
    assert sorted(iso) == sorted(buf)
    assert len({c for c, _ in iso}) == (6 if mode == 0 else 1)
    for (centre, t), (poly, km, area) in iso.items():
        reached = shapely.union_all([g for band_t, g in lines[centre] if band_t <= t])
        assert reached.length > 0
        assert shapely.covers(shapely.buffer(poly, TOL), reached), (centre, t)
        # network_km sums the pieces (overlapping pieces of a link reached from both ends
        # count twice), the union does not
        total = sum(g.length for band_t, g in lines[centre] if band_t <= t)
        assert km == pytest.approx(total / 1000, rel=1e-6)
        assert km == pytest.approx(buf[centre, t][1], rel=1e-9)
        assert area == pytest.approx(poly.area / 1e6, rel=1e-6)
        holes = [shapely.Polygon(r).area for p in shapely.get_parts(poly) for r in p.interiors]
        assert all(h >= MIN_HOLE_M2 for h in holes), (centre, t, min(holes))
        for smaller in (3, 6):
            if smaller < t:
                inner = iso[centre, float(smaller)][0]
                assert shapely.covers(shapely.buffer(poly, TOL), inner), (centre, t)
                assert area * 1e6 >= inner.area - 1.0


def test_help_describes_both_methods(run_alg):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("smaaby:serviceareas")
    text = alg.shortHelpString()
    assert "Buffered roads" in text and "Isochrone" in text and "10,000 m²" in text
    assert alg.parameterDefinition("POLYGON_METHOD").defaultValue() == 0
