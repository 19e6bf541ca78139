"""smaaby:scenariocompare on real Hamar data (NVDB roads with speed limits and lane
directions, the SSB 250 m grid, the kommune polygon): three hand-made alternatives of 500
dwellings and 300 jobs each, infill in the five most populated cells within 800 m of
Torggata, a field on an empty cell about 3 km out, and a village about 8 km out. The
figures are in docs/scenarios.md."""

from __future__ import annotations

import fiona
import numpy as np
import pytest
import shapely
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

pytestmark = pytest.mark.slow

CENTRE = (286195.0, 6746285.0)  # Torggata


def _square(x, y, side):
    return shapely.box(x - side / 2, y - side / 2, x + side / 2, y + side / 2)


def _layer(name, geoms, dwellings, jobs):
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833", name, "memory")
    layer.dataProvider().addAttributes(
        [QgsField("dwellings", QVariant.Double), QgsField("jobs", QVariant.Double)]
    )
    layer.updateFields()
    features = []
    for g, d, j in zip(geoms, dwellings, jobs):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(g.wkt))
        f.setAttributes([float(d), float(j)])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def _alternatives(grid_path, roads_path):
    with fiona.open(grid_path, layer="pop250m_hamar_3403") as src:
        cells = [(shapely.geometry.shape(f["geometry"]), f["properties"]["pop2019"]) for f in src]
    with fiona.open(roads_path, layer="veglenke") as src:
        roads = np.array([shapely.geometry.shape(f["geometry"]) for f in src], dtype=object)
    centres = shapely.centroid(np.array([c for c, _ in cells], dtype=object))
    pop = np.array([p or 0 for _, p in cells], dtype=float)
    x, y = shapely.get_x(centres), shapely.get_y(centres)
    d = np.hypot(x - CENTRE[0], y - CENTRE[1])
    tree = shapely.STRtree(roads)
    near = np.zeros(len(cells), dtype=bool)
    near[np.unique(tree.query(shapely.buffer(centres, 150.0), predicate="intersects")[0])] = True
    inner = np.flatnonzero(d < 800)
    inner = inner[np.argsort(-pop[inner], kind="stable")][:5]
    infill = [_square(x[k], y[k], 80) for k in inner]
    out = np.flatnonzero((d > 2500) & (d < 3500) & (pop == 0) & near)
    k = out[np.argmin(np.abs(d[out] - 3000))]
    field = [_square(x[k] + dx, y[k] + dy, 200) for dx in (-100, 100) for dy in (-100, 100)]
    rural = np.flatnonzero((d > 7000) & (d < 10000) & (pop > 0) & near)
    k = rural[np.argmax(pop[rural])]
    village = [
        _square(x[k] + dx, y[k] + dy, 130)
        for dx, dy in ((-120, 0), (30, 0), (-45, 150), (-45, -150))
    ]
    return (
        _layer("Sentrum fortetting", infill, [100] * 5, [60] * 5),
        _layer("Jorde i ytterkant", field, [125] * 4, [0, 0, 0, 300]),
        _layer("Bygd", village, [125] * 4, [300, 0, 0, 0]),
    )


def test_hamar_alternatives(run_alg, shared_data, make_layer):
    roads = shared_data / "hamar" / "hamar_0403_fkbvegnett_2017.gpkg"
    grid = shared_data / "norge" / "popgrid250m_towns_25833.gpkg"
    alts = _alternatives(grid, roads)
    kommune = QgsVectorLayer(f"{roads}|layername=kommune_3403_robhop2024", "kommune", "ogr")
    boundary = shapely.from_wkt(next(kommune.getFeatures()).geometry().asWkt())
    for layer in alts:  # all three lie in Hamar kommune
        for f in layer.getFeatures():
            assert boundary.contains(shapely.from_wkt(f.geometry().asWkt()))
    centre = make_layer(
        "Point", "EPSG:25833", {"name": str}, [(shapely.Point(CENTRE), {"name": "Torggata"})]
    )
    result = run_alg(
        "smaaby:scenariocompare",
        {
            "ALTERNATIVES": list(alts),
            "CENTRE": centre,
            "NETWORK": f"{roads}|layername=veglenke",
            "SPEED_LAYER": f"{roads}|layername=fartsgrense",
            "SPEED_LAYER_FIELD": "fartsgrenseVerdi",
            "ROAD_CLASS_FIELD": "vegkategori",
            "DIRECTION_FIELD": "feltoversikt",
            "DIRECTION_MODE": 1,
            "POPULATION": f"{grid}|layername=pop250m_hamar_3403",
            "POPULATION_FIELD": "pop2019",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
        },
    )
    names = result["OUTPUT"].fields().names()
    t = {}
    for f in result["OUTPUT"].getFeatures():
        row = dict(zip(names, f.attributes()))
        t[row["indicator"]] = row
    inf, fld, vil = "Sentrum fortetting", "Jorde i ytterkant", "Bygd"
    for key in ("car_min_centre", "car_km_day", "co2_t_year", "co2_kg_resident"):
        assert t[key][inf] < t[key][fld] < t[key][vil], key
        assert t[key]["best"] == inf
    assert t["dwellings_walk_centre"][inf] == 100.0 and t["dwellings_walk_centre"][vil] == 0.0
    assert 1.0 < t["car_min_centre"][inf] < 2.0 and 8.0 < t["car_min_centre"][vil] < 14.0
    assert t["residents_nearby"][inf] > 10 * t["residents_nearby"][fld]
    assert t["farmland_daa"]["note"].count("no LANDCOVER given") == 3
