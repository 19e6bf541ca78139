"""smaaby:preparenetwork through processing.run: the hand network of
tests/data/network_hand.md and the real Hamar network."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

DATA = Path(__file__).resolve().parents[2] / "data"


def _null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def hand_roads():
    layer = QgsVectorLayer(str(DATA / "network_hand_roads.geojson"), "roads", "ogr")
    assert layer.isValid()
    return layer


def hand_params(layer, **extra):
    params = {
        "NETWORK": layer,
        "SPEED_FIELD": "speed_kmh",
        "ROAD_CLASS_FIELD": "road_class",
        "DEFAULT_SPEEDS": "E=120, K=30, *=50",
        "DIRECTION_FIELD": "oneway",
        "FORWARD_VALUES": "FT",
        "BACKWARD_VALUES": "TF",
    }
    params.update(extra)
    return params


def test_prepare_hand_network(run_alg, log_feedback):
    feedback = log_feedback()
    roads = hand_roads()
    before = [f.attributes() for f in roads.getFeatures()]
    result = run_alg(
        "smaaby:preparenetwork",
        hand_params(roads, OUTPUT="TEMPORARY_OUTPUT", OUTPUT_NODES="TEMPORARY_OUTPUT"),
        feedback,
    )
    links = sorted(result["OUTPUT"].getFeatures(), key=lambda f: f["src_fid"])
    assert len(links) == 4
    by_road = {int(round(f.geometry().asPolyline()[0].x())): f for f in links}
    ab, bc, cd, ef = by_road[0], by_road[1000], by_road[2000], by_road[5000]
    # by hand (tests/data/network_hand.md)
    assert [f["length_m"] for f in (ab, bc, cd, ef)] == pytest.approx([1000] * 4)
    assert [f["oneway"] for f in (ab, bc, cd, ef)] == ["B", "FT", "TF", "B"]
    assert [f["speed_kmh"] for f in (ab, bc, cd, ef)] == pytest.approx([60, 120, 50, 60])
    assert [f["speed_src"] for f in (ab, bc, cd, ef)] == ["field", "default", "default", "field"]
    assert ab["min_fw"] == pytest.approx(1.0) and ab["min_bw"] == pytest.approx(1.0)
    assert bc["min_fw"] == pytest.approx(0.5) and _null(bc["min_bw"])
    assert _null(cd["min_fw"]) and cd["min_bw"] == pytest.approx(1.2)
    assert ab["component"] == bc["component"] == cd["component"] == 0
    assert ef["component"] == 1
    nodes = list(result["OUTPUT_NODES"].getFeatures())
    assert len(nodes) == 6
    dangling = sorted(
        (round(n.geometry().asPoint().x()), round(n.geometry().asPoint().y()))
        for n in nodes
        if n["dangling"] == 1
    )
    assert dangling == [(0, 0), (2000, 1000), (5000, 0), (6000, 0)]
    log = "\n".join(feedback.log)
    assert "2 of 4 links had no usable speed" in log
    assert "2 connected component(s)" in log and "4 dangling end(s)" in log
    assert [f.attributes() for f in roads.getFeatures()] == before  # input untouched


def test_prepared_network_is_used_as_it_is(run_alg, make_layer):
    prepared = run_alg(
        "smaaby:preparenetwork", hand_params(hand_roads(), OUTPUT="TEMPORARY_OUTPUT")
    )["OUTPUT"]
    centre = make_layer("Point", "EPSG:25833", {"name": str}, [("POINT(0 0)", {"name": "A"})])
    pop = make_layer("Point", "EPSG:25833", {"n": int}, [("POINT(2000 0)", {"n": 5})])
    # no speed or direction settings: the prepared minutes and one-way links apply;
    # A -> C costs 1.0 + 0.5 = 1.5 min, so C is inside 1.6 and outside 1.4
    for limit, expect in ((1.6, 5), (1.4, 0)):
        out = run_alg(
            "smaaby:serviceareas",
            {
                "NETWORK": prepared,
                "CENTRES": centre,
                "THRESHOLDS": str(limit),
                "POPULATION": pop,
                "POPULATION_FIELD": "n",
                "OUTPUT_POLYGONS": "TEMPORARY_OUTPUT",
            },
        )["OUTPUT_POLYGONS"]
        assert [f["population"] for f in out.getFeatures()] == [expect]


def test_bad_default_speeds(run_alg):
    with pytest.raises(QgsProcessingException, match="DEFAULT_SPEEDS: cannot read"):
        run_alg(
            "smaaby:preparenetwork",
            hand_params(hand_roads(), DEFAULT_SPEEDS="E:80", OUTPUT="TEMPORARY_OUTPUT"),
        )


@pytest.mark.slow
def test_prepare_hamar(run_alg, log_feedback, shared_data):
    gpkg = shared_data / "hamar" / "hamar_0403_fkbvegnett_2017.gpkg"
    feedback = log_feedback()
    result = run_alg(
        "smaaby:preparenetwork",
        {
            "NETWORK": f"{gpkg}|layername=veglenke",
            "DIRECTION_FIELD": "feltoversikt",
            "DIRECTION_MODE": 1,
            "SPEED_LAYER": f"{gpkg}|layername=fartsgrense",
            "SPEED_LAYER_FIELD": "fartsgrenseVerdi",
            "ROAD_CLASS_FIELD": "vegkategori",
            "SNAP_TOLERANCE": 0.1,
            "SPLIT_AT_SHARED_VERTICES": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_NODES": "TEMPORARY_OUTPUT",
        },
        feedback,
    )
    layer = QgsVectorLayer(f"{gpkg}|layername=veglenke", "v", "ogr")
    ends = []
    lanes = []
    for f in layer.getFeatures():
        line = f.geometry().constGet()
        ends += [
            (line.startPoint().x(), line.startPoint().y()),
            (line.endPoint().x(), line.endPoint().y()),
        ]
        lanes.append(f["feltoversikt"])
    ends = np.array(ends)
    # independent node count: single-linkage of line ends within 0.1 m by a sorted sweep
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    order = np.argsort(ends[:, 0])
    s = ends[order]
    rows, cols = [], []
    for k in range(1, 40):
        close = np.hypot(*(s[k:] - s[:-k]).T) <= 0.1
        rows.append(np.flatnonzero(close))
        cols.append(np.flatnonzero(close) + k)
    r, c = np.concatenate(rows), np.concatenate(cols)
    n_sweep, _ = connected_components(
        coo_matrix((np.ones(len(r)), (r, c)), shape=(len(s), len(s))), directed=False
    )
    nodes = result["OUTPUT_NODES"]
    assert nodes.featureCount() == n_sweep
    # rounding to a 0.1 m grid splits a junction that straddles a grid line (DESIGN.md)
    assert len(np.unique(np.round(ends / 0.1), axis=0)) == n_sweep + 1
    # PROVENANCE.txt: 12 components, the largest 98 % of the nodes
    comps = np.array([f["component"] for f in nodes.getFeatures()])
    assert len(np.unique(comps)) == 12
    assert np.mean(comps == 0) == pytest.approx(0.98, abs=0.005)

    # one-way links from NVDB lane lists, counted independently of the lane parser:
    # forward-only lists hold only odd lane numbers, backward-only only even ones
    def numbers(text):
        found = (re.match(r"\s*(\d+)", lane) for lane in (text or "").split("#"))
        return [int(m.group(1)) for m in found if m]

    fw_only = sum(1 for t in lanes if numbers(t) and all(n % 2 for n in numbers(t)))
    bw_only = sum(1 for t in lanes if numbers(t) and not any(n % 2 for n in numbers(t)))
    out = list(result["OUTPUT"].getFeatures())
    assert sum(f["oneway"] == "FT" for f in out) == fw_only
    assert sum(f["oneway"] == "TF" for f in out) == bw_only
    # minutes = length / speed, and speeds come from the speed-limit lines where present
    two_way = next(f for f in out if f["oneway"] == "B")
    assert two_way["min_fw"] == pytest.approx(
        two_way["length_m"] / (two_way["speed_kmh"] * 1000 / 60)
    )
    assert sum(f["speed_src"] == "layer" for f in out) > 0.7 * len(out)
    log = "\n".join(feedback.log)
    assert "12 connected component(s)" in log


def test_network_reused_until_the_file_changes(run_alg, log_feedback, make_layer, tmp_path):
    path = tmp_path / "roads.geojson"
    path.write_text((DATA / "network_hand_roads.geojson").read_text())
    centre = make_layer("Point", "EPSG:25833", {"name": str}, [("POINT(0 0)", {"name": "A"})])
    pop = make_layer("Point", "EPSG:25833", {"n": int}, [("POINT(2000 0)", {"n": 5})])

    def reach(threshold):
        feedback = log_feedback()
        layer = QgsVectorLayer(str(path), "roads", "ogr")
        out = run_alg(
            "smaaby:serviceareas",
            hand_params(
                layer,
                CENTRES=centre,
                THRESHOLDS=str(threshold),
                POPULATION=pop,
                POPULATION_FIELD="n",
                OUTPUT_POLYGONS="TEMPORARY_OUTPUT",
            ),
            feedback,
        )
        reused = any("reusing the network" in m for m in feedback.log)
        return [f["population"] for f in out["OUTPUT_POLYGONS"].getFeatures()], reused

    # A -> C: 1.0 (AB at 60 km/h) + 0.5 (BC at the E default 120) = 1.5 min
    assert reach(1.6) == ([5], False)
    assert reach(1.6) == ([5], True)
    # AB slowed to 30 km/h in the file: 2.0 + 0.5 = 2.5 min; the stale network must go
    path.write_text(
        path.read_text().replace(
            '"speed_kmh": 60.0, "oneway": "B" }, '
            '"geometry": { "type": "LineString", '
            '"coordinates": [ [ 0.0',
            '"speed_kmh": 30.0, "oneway": "B" }, '
            '"geometry": { "type": "LineString", '
            '"coordinates": [ [ 0.0',
        )
    )
    assert reach(1.6) == ([0], False)


def test_one_default_speed_for_every_link_is_a_warning(run_alg, log_feedback):
    # no speed field, no speed-limit layer, no road class: every link at 50 km/h, so
    # 1,000 m take 1.2 min; the log says so and says what to choose instead
    feedback = log_feedback()
    result = run_alg(
        "smaaby:preparenetwork",
        {"NETWORK": hand_roads(), "DEFAULT_SPEEDS": "*=50", "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback,
    )
    minutes = [f["min_fw"] for f in result["OUTPUT"].getFeatures()]
    assert minutes == pytest.approx([1000 / (50 / 3.6) / 60] * 4)
    warned = [m for m in feedback.log if "Every link got the same default speed, 50 km/h" in m]
    assert len(warned) == 1 and "fartsgrense" in warned[0]
    assert any(
        "with no road-class field chosen, got the one default speed" in m for m in feedback.log
    )


def test_speeds_from_a_field_give_no_same_speed_warning(run_alg, log_feedback):
    feedback = log_feedback()
    run_alg("smaaby:preparenetwork", hand_params(hand_roads(), OUTPUT="TEMPORARY_OUTPUT"), feedback)
    assert not any("same default speed" in m for m in feedback.log)
    assert any("got the default speed of their road class (road_class)" in m for m in feedback.log)
