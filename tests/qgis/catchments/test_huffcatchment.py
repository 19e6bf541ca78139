"""smaaby:huffcatchment through processing.run: hand-computed probabilities, the sums,
and nearest-centre allocation for large beta on Eksempelby."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

CRS = "EPSG:25833"


def _null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


@pytest.fixture
def two_centres(make_layer):
    centres = make_layer(
        "Point",
        CRS,
        {"cid": str, "floor": float},
        [
            ("POINT(0 0)", {"cid": "A", "floor": 2000.0}),
            ("POINT(4000 0)", {"cid": "B", "floor": 6000.0}),
        ],
    )
    # P1: 1000 m from A, 3000 m from B. P2: a 200 m cell centred 2000 m from both.
    # P3: 20 km away. Q: null population.
    demand = make_layer(
        "Polygon",
        CRS,
        {"did": str, "pop": int},
        [
            ("POLYGON((900 -100,1100 -100,1100 100,900 100,900 -100))", {"did": "P1", "pop": 400}),
            (
                "POLYGON((1900 -100,2100 -100,2100 100,1900 100,1900 -100))",
                {"did": "P2", "pop": 100},
            ),
            (
                "POLYGON((19900 -100,20100 -100,20100 100,19900 100,19900 -100))",
                {"did": "P3", "pop": 50},
            ),
            ("POLYGON((900 900,1100 900,1100 1100,900 1100,900 900))", {"did": "Q", "pop": None}),
        ],
    )
    return centres, demand


def _params(centres, demand, **extra):
    params = {
        "CENTRES": centres,
        "CENTRE_ID_FIELD": "cid",
        "ATTRACTIVENESS_FIELD": "floor",
        "DEMAND": demand,
        "DEMAND_ID_FIELD": "did",
        "POPULATION_FIELD": "pop",
        "ALPHA": 1.0,
        "BETA": 2.0,
        "MAX_COST": 10000.0,
        "OUTPUT_DEMAND": "memory:",
        "OUTPUT_CENTRES": "memory:",
        "OUTPUT_PROBABILITIES": "memory:",
    }
    params.update(extra)
    return params


def test_huff_two_centres_by_hand(run_alg, two_centres):
    centres, demand = two_centres
    result = run_alg("smaaby:huffcatchment", _params(centres, demand))
    d = {f["demand_id"]: f for f in result["OUTPUT_DEMAND"].getFeatures()}
    # P1: weights 2000/1000^2 = 0.002 and 6000/3000^2 = 0.000667 -> A 0.75.
    # P2: 2000/2000^2 and 6000/2000^2 -> B 0.75.
    assert d["P1"]["huff_centre"] == "A" and d["P1"]["huff_prob"] == pytest.approx(0.75)
    assert d["P2"]["huff_centre"] == "B" and d["P2"]["huff_prob"] == pytest.approx(0.75)
    assert d["P1"]["cost_to_centre"] == pytest.approx(1000.0)
    assert d["P1"]["n_centres"] == 2
    # P3 is beyond MAX_COST (10 km) from both.
    assert _null(d["P3"]["huff_centre"]) and _null(d["P3"]["huff_prob"])
    assert d["P3"]["n_centres"] == 0
    assert d["Q"]["population"] == 0
    c = {f["centre_id"]: f for f in result["OUTPUT_CENTRES"].getFeatures()}
    # Expected: A 400*0.75 + 100*0.25 = 325, B 400*0.25 + 100*0.75 = 175 (Q has 0 people).
    assert c["A"]["expected_pop"] == pytest.approx(325.0)
    assert c["B"]["expected_pop"] == pytest.approx(175.0)
    assert c["A"]["share"] == pytest.approx(325.0 / 550.0)
    assert c["A"]["most_probable_for"] == 2 and c["B"]["most_probable_for"] == 1
    rows = [
        (f["demand_id"], f["centre_id"], f["probability"], f["expected_pop"])
        for f in result["OUTPUT_PROBABILITIES"].getFeatures()
    ]
    by = {(r[0], r[1]): r for r in rows}
    assert len(rows) == 6  # P1, P2 and Q with both centres; P3 with none
    assert by[("P1", "B")][2] == pytest.approx(0.25)
    assert by[("P2", "A")][3] == pytest.approx(25.0)
    # Probabilities sum to 1 per demand feature that reaches a centre.
    for did in ("P1", "P2", "Q"):
        assert sum(r[2] for r in rows if r[0] == did) == pytest.approx(1.0)
    assert result["OUTPUT_DEMAND"].wkbType() != 0


def test_huff_without_limit_reaches_everyone(run_alg, two_centres):
    centres, demand = two_centres
    result = run_alg("smaaby:huffcatchment", _params(centres, demand, MAX_COST=0))
    d = {f["demand_id"]: f for f in result["OUTPUT_DEMAND"].getFeatures()}
    # P3 at 20000 and 16000 m: weights 2000/4e8 and 6000/2.56e8 -> B 0.8242.
    wa, wb = 2000 / 20000**2, 6000 / 16000**2
    assert d["P3"]["huff_centre"] == "B"
    assert d["P3"]["huff_prob"] == pytest.approx(wb / (wa + wb))


def test_huff_bad_input(run_alg, two_centres, make_layer):
    centres, demand = two_centres
    negative = make_layer(
        "Point", CRS, {"cid": str, "floor": float}, [("POINT(0 0)", {"cid": "A", "floor": -1.0})]
    )
    with pytest.raises(QgsProcessingException, match="negative"):
        run_alg("smaaby:huffcatchment", _params(negative, demand))
    zero = make_layer(
        "Point", CRS, {"cid": str, "floor": float}, [("POINT(0 0)", {"cid": "A", "floor": 0.0})]
    )
    with pytest.raises(QgsProcessingException, match="attractiveness above 0"):
        run_alg("smaaby:huffcatchment", _params(zero, demand))


@pytest.mark.slow
def test_huff_large_beta_is_nearest_centre_on_eksempelby(run_alg, eksempelby):
    centres = QgsVectorLayer(f"{eksempelby}|layername=centres", "centres", "ogr")
    cells = QgsVectorLayer(f"{eksempelby}|layername=population", "population", "ogr")
    assert centres.isValid() and cells.isValid()
    result = run_alg(
        "smaaby:huffcatchment",
        {
            "CENTRES": centres,
            "CENTRE_ID_FIELD": "centre_id",
            "ATTRACTIVENESS_FIELD": "attractiveness",
            "DEMAND": cells,
            "DEMAND_ID_FIELD": "ssbid_250m",
            "POPULATION_FIELD": "pop2022",
            "ALPHA": 1.0,
            "BETA": 400.0,
            "MAX_COST": 0,
            "OUTPUT_DEMAND": "memory:",
            "OUTPUT_CENTRES": "memory:",
        },
    )
    # Distances from each cell's interior point, with shapely on the raw layers.
    c_xy = np.array(
        [[f.geometry().asPoint().x(), f.geometry().asPoint().y()] for f in centres.getFeatures()]
    )
    c_id = [f["centre_id"] for f in centres.getFeatures()]
    a = np.array([f["attractiveness"] for f in centres.getFeatures()])
    ids, dist, pops = [], [], {}
    for f in cells.getFeatures():
        p = shapely.point_on_surface(shapely.from_wkt(f.geometry().asWkt()))
        ids.append(f["ssbid_250m"])
        dist.append(np.hypot(*(c_xy - [p.x, p.y]).T))
        pops[f["ssbid_250m"]] = f["pop2022"] or 0
    dist = np.array(dist)
    out = {f["demand_id"]: f for f in result["OUTPUT_DEMAND"].getFeatures()}
    assert len(out) == len(ids)
    got = np.array([c_id.index(out[k]["huff_centre"]) for k in ids])
    # The largest weight A * d^-400, in logarithms.
    assert (got == np.argmax(np.log(a) - 400 * np.log(dist), axis=1)).all()
    # Where the second-nearest centre is 2 % farther, (1.02)^400 > 2,700 outweighs any
    # attractiveness ratio here (< 20): the nearest centre wins outright.
    ordered = np.sort(dist, axis=1)
    clear = ordered[:, 1] > 1.02 * ordered[:, 0]
    assert clear.mean() > 0.95
    assert (got[clear] == dist[clear].argmin(axis=1)).all()
    probs = np.array([out[k]["huff_prob"] for k in ids])
    # Huff's probability of the chosen centre, A_j d_j^-b / sum_k A_k d_k^-b, in logarithms
    logw = np.log(a) - 400 * np.log(dist)
    w = np.exp(logw - logw.max(axis=1, keepdims=True))
    np.testing.assert_allclose(probs, w.max(axis=1) / w.sum(axis=1), rtol=1e-9)
    assert (probs[clear] > 0.9).all()
    expected = {f["centre_id"]: f["expected_pop"] for f in result["OUTPUT_CENTRES"].getFeatures()}
    assert sum(expected.values()) == pytest.approx(sum(pops.values()))


@pytest.fixture
def detour_network(make_layer):
    # B (4000, 0) reaches P1 (1000, 0) straight along the x axis (3000 m); A (0, 0)
    # reaches it only by a detour up and over: (0,0)-(0,1000)-(1000,1000)-(1000,0),
    # also 3000 m. A separate piece far away holds no centre.
    return make_layer(
        "LineString",
        CRS,
        {"rid": int},
        [
            ("LINESTRING(4000 0, 1000 0)", {"rid": 1}),
            ("LINESTRING(0 0, 0 1000, 1000 1000, 1000 0)", {"rid": 2}),
            ("LINESTRING(50000 0, 51000 0)", {"rid": 3}),
        ],
    )


def test_huff_network_distance_by_hand(run_alg, two_centres, detour_network, make_layer):
    centres, _ = two_centres
    demand = make_layer(
        "Point",
        CRS,
        {"did": str, "pop": int},
        [
            ("POINT(1000 0)", {"did": "P1", "pop": 400}),
            ("POINT(50500 0)", {"did": "Far", "pop": 7}),  # on the piece without a centre
            ("POINT(20000 5000)", {"did": "Off", "pop": 3}),  # beyond MAX_SNAP
        ],
    )
    result = run_alg(
        "smaaby:huffcatchment",
        _params(centres, demand, NETWORK=detour_network, COST=0, MAX_SNAP=500, MAX_COST=0),
    )
    d = {f["demand_id"]: f for f in result["OUTPUT_DEMAND"].getFeatures()}
    # Both centres are 3000 m away by road: weights 2000/9e6 and 6000/9e6 -> B 0.75
    # (the straight line, 1000 m to A, would give A 0.75).
    assert d["P1"]["huff_centre"] == "B" and d["P1"]["huff_prob"] == pytest.approx(0.75)
    assert d["P1"]["cost_to_centre"] == pytest.approx(3000.0)
    for did in ("Far", "Off"):
        assert _null(d[did]["huff_centre"]) and d[did]["n_centres"] == 0
    c = {f["centre_id"]: f["expected_pop"] for f in result["OUTPUT_CENTRES"].getFeatures()}
    assert c["A"] == pytest.approx(100.0) and c["B"] == pytest.approx(300.0)


def test_huff_network_time(run_alg, two_centres, detour_network, make_layer):
    centres, _ = two_centres
    demand = make_layer(
        "Point", CRS, {"did": str, "pop": int}, [("POINT(1000 0)", {"did": "P1", "pop": 400})]
    )
    # All links at 60 km/h (the default of any class): 3000 m = 3 minutes to both
    # centres, so the same probabilities as by distance; MAX_COST 2.5 minutes: none.
    params = _params(
        centres, demand, NETWORK=detour_network, COST=1, DEFAULT_SPEEDS="*=60", MAX_COST=0
    )
    d = next(run_alg("smaaby:huffcatchment", params)["OUTPUT_DEMAND"].getFeatures())
    assert d["huff_prob"] == pytest.approx(0.75) and d["cost_to_centre"] == pytest.approx(3.0)
    params["MAX_COST"] = 2.5
    d = next(run_alg("smaaby:huffcatchment", params)["OUTPUT_DEMAND"].getFeatures())
    assert _null(d["huff_centre"])


@pytest.mark.slow
def test_huff_network_large_beta_is_nearest_by_road_on_eksempelby(run_alg, eksempelby):
    from smaaby_plugin.core.catchments import network

    centres = QgsVectorLayer(f"{eksempelby}|layername=centres", "centres", "ogr")
    cells = QgsVectorLayer(f"{eksempelby}|layername=population", "population", "ogr")
    roads = QgsVectorLayer(f"{eksempelby}|layername=roads", "roads", "ogr")
    result = run_alg(
        "smaaby:huffcatchment",
        {
            "CENTRES": centres,
            "CENTRE_ID_FIELD": "centre_id",
            "ATTRACTIVENESS_FIELD": "attractiveness",
            "DEMAND": cells,
            "DEMAND_ID_FIELD": "ssbid_250m",
            "POPULATION_FIELD": "pop2022",
            "ALPHA": 1.0,
            "BETA": 400.0,
            "MAX_COST": 0,
            "NETWORK": roads,
            "COST": 0,
            "MAX_SNAP": 500,
            "OUTPUT_DEMAND": "memory:",
            "OUTPUT_CENTRES": "memory:",
        },
    )
    # The nearest centre by road from the engine's one-pass multi-source allocation.
    lines = np.array([shapely.from_wkt(f.geometry().asWkt()) for f in roads.getFeatures()])
    net = network.build_graph(lines, snap_tolerance=0.1)
    c_id = [f["centre_id"] for f in centres.getFeatures()]
    c_pts = np.array([shapely.from_wkt(f.geometry().asWkt()) for f in centres.getFeatures()])
    cell_ids = [f["ssbid_250m"] for f in cells.getFeatures()]
    cell_pts = shapely.point_on_surface(
        np.array([shapely.from_wkt(f.geometry().asWkt()) for f in cells.getFeatures()])
    )
    alloc = net.nearest_source(net.attach(c_pts, max_snap=500), net.attach(cell_pts, max_snap=500))
    out = {f["demand_id"]: f for f in result["OUTPUT_DEMAND"].getFeatures()}
    reached = alloc.status == network.ALLOCATED
    assert reached.sum() > 0.75 * len(cell_ids)
    # Where the second-cheapest centre costs 2 % more, the nearest by road wins outright.
    cost = np.sort(
        net.cost_matrix(net.attach(cell_pts, max_snap=500), net.attach(c_pts, max_snap=500)), axis=1
    )
    clear = reached & (cost[:, 1] > 1.02 * cost[:, 0])
    assert clear.sum() > 0.9 * reached.sum()
    for k, ok, is_clear, src in zip(cell_ids, reached, clear, alloc.source):
        if not ok:
            assert _null(out[k]["huff_centre"])
        elif is_clear:
            assert out[k]["huff_centre"] == c_id[src]
