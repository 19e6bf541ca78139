"""smaaby:accessibility and smaaby:centrality through processing.run: hand-worked sums on
the hand network (tests/data/network_hand.md), bad input with its messages, the index
and the 1994 codes."""

from __future__ import annotations

import math

import pytest
from qgis.core import QgsProcessingException

from tests.qgis.catchments.test_serviceaccess import CRS, HAND_TIME, _by, _null


@pytest.fixture
def hand(make_layer):
    origins = make_layer(
        "Point",
        CRS,
        {"name": str, "pop": float},
        [
            ("POINT(0 0)", {"name": "oA", "pop": 100}),
            ("POINT(2000 1000)", {"name": "oD", "pop": 50}),
            ("POINT(90000 90000)", {"name": "far", "pop": 5}),
        ],
    )
    # jobs at B (1 min from A), C (1.5 from A; 1.2 from D) and E (other part)
    dests = make_layer(
        "Point",
        CRS,
        {"jobs": float, "kind": str},
        [
            ("POINT(1000 0)", {"jobs": 10, "kind": "gp"}),
            ("POINT(2000 0)", {"jobs": 20, "kind": "grocery"}),
            ("POINT(5000 0)", {"jobs": 40, "kind": "grocery"}),
        ],
    )
    return dict(
        HAND_TIME,
        ORIGINS=origins,
        ORIGIN_ID_FIELD="name",
        POPULATION_FIELD="pop",
        DESTINATIONS=dests,
        WEIGHT_FIELD="jobs",
        OUTPUT="TEMPORARY_OUTPUT",
        OUTPUT_SUMMARY="TEMPORARY_OUTPUT",
    )


def test_sums_by_formula(run_alg, log_feedback, hand):
    feedback = log_feedback()
    res = run_alg("smaaby:accessibility", dict(hand, CUTOFF=1.3, DECAY=0, BETA=0.5), feedback)
    out = _by(res["OUTPUT"], "origin_id")
    # A: B at 1.0 within 1.3, C at 1.5 beyond; D: C at 1.2
    assert out["oA"]["within_all"] == 10 and out["oD"]["within_all"] == 20
    assert out["oA"]["access_all"] == pytest.approx(10 * math.exp(-0.5))
    assert out["oD"]["access_all"] == pytest.approx(20 * math.exp(-0.6))
    assert _null(out["far"]["within_all"])
    rows = {f["zone_id"]: f for f in res["OUTPUT_SUMMARY"].getFeatures()}
    assert rows["(all)"]["mean_within"] == pytest.approx((100 * 10 + 50 * 20) / 150)
    assert rows["(all)"]["off_network"] == 5
    # power with a floor of 1.2: A: 10 * 1.2^-1 + 20 * 1.5^-1; step: counts
    res = run_alg("smaaby:accessibility", dict(hand, CUTOFF=5, DECAY=1, BETA=1, FLOOR=1.2))
    out = _by(res["OUTPUT"], "origin_id")
    assert out["oA"]["access_all"] == pytest.approx(10 / 1.2 + 20 / 1.5)
    res = run_alg("smaaby:accessibility", dict(hand, CUTOFF=5, DECAY=2, KIND_FIELD="kind"))
    out = _by(res["OUTPUT"], "origin_id")
    assert out["oA"]["access_gp"] == 10 and out["oA"]["access_grocery"] == 20
    assert "2,2 of 3" not in "\n".join(feedback.log)


def test_bad_input(run_alg, hand, make_layer):
    untyped = make_layer("Point", CRS, {"kind": str}, [("POINT(0 0)", {"kind": None})])
    bad_jobs = make_layer("Point", CRS, {"jobs": float}, [("POINT(0 0)", {"jobs": -2})])
    for alg, params, message in [
        ("smaaby:accessibility", dict(hand, CUTOFF=0), "outside the accepted range 1 to 600"),
        ("smaaby:accessibility", dict(hand, CUTOFF=700), "outside the accepted range 1 to 600"),
        ("smaaby:accessibility", dict(hand, BETA=-1), "outside the accepted range"),
        (
            "smaaby:accessibility",
            dict(hand, DESTINATIONS=untyped, WEIGHT_FIELD=None, KIND_FIELD="kind"),
            "no kind in the field 'kind'",
        ),
        ("smaaby:accessibility", dict(hand, DESTINATIONS=bad_jobs), "negative"),
    ]:
        with pytest.raises(QgsProcessingException) as err:
            run_alg(alg, params)
        assert message in str(err.value)
        assert "Traceback" not in str(err.value)


def _centrality(hand, **kw):
    params = {k: hand[k] for k in (*HAND_TIME, "ORIGINS", "ORIGIN_ID_FIELD", "POPULATION_FIELD")}
    params.update(
        WORKPLACES=hand["DESTINATIONS"],
        EMPLOYEES_FIELD="jobs",
        SERVICES=hand["DESTINATIONS"],
        SERVICE_KIND_FIELD="kind",
        OUTPUT="TEMPORARY_OUTPUT",
    )
    params.update(kw)
    return params


def test_centrality_index_by_hand(run_alg, hand, make_layer):
    res = run_alg("smaaby:centrality", _centrality(hand, DECAY=2, CUTOFF=5))
    out = _by(res["OUTPUT"], "origin_id")
    # step within 5 min: A reaches 30 jobs, gp and grocery; D 20 jobs and grocery only
    assert out["oA"]["jobs_access"] == 30 and out["oD"]["jobs_access"] == 20
    assert out["oA"]["services_access"] == 1 and out["oD"]["services_access"] == 0.5
    assert out["oA"]["index"] == pytest.approx(1000)
    assert out["oD"]["index"] == pytest.approx(1000 * (2 / 3 * 20 / 30 + 1 / 3 * 0.5))
    assert out["oA"]["class"] == 1 and out["oD"]["class"] == 4  # 611: 600-700
    assert _null(out["far"]["index"])
    # a chosen reference is 1000
    res = run_alg("smaaby:centrality", _centrality(hand, DECAY=2, CUTOFF=5, REFERENCE="oD"))
    assert _by(res["OUTPUT"], "origin_id")["oD"]["index"] == pytest.approx(1000)
    for params, message in [
        (_centrality(hand, REFERENCE="nobody"), "no origin has the id 'nobody'"),
        (_centrality(hand, WORKPLACES=None), "needs the layer WORKPLACES"),
        (_centrality(hand, CUTOFF=601), "outside the accepted range 1 to 600"),
        (_centrality(hand, BREAKS="500, x"), "not a positive number"),
        (_centrality(hand, METHOD=1), "needs the layer TETTSTEDER"),
    ]:
        with pytest.raises(QgsProcessingException) as err:
            run_alg("smaaby:centrality", params)
        assert message in str(err.value) and "Traceback" not in str(err.value)


def test_codes_1994_every_code(run_alg, make_layer):
    """A straight road at 60 km/h (1 min per km): Storby (60,000) at km 0, Mellomby (20,000)
    at km 100, Småby (6,000) at km 170; places at km 70 (code 3), 140 (2: 40 min from
    Mellomby), 200 (1: 30 min from Småby), 260 (0: 90 min from Småby) and Oslo's rule."""
    road = make_layer("LineString", CRS, {"v": int}, [("LINESTRING(-1000 0, 600000 0)", {"v": 60})])
    towns = make_layer(
        "Point",
        CRS,
        {"name": str, "pop": int},
        [
            ("POINT(0 0)", {"name": "Storby", "pop": 60000}),
            ("POINT(100000 0)", {"name": "Mellomby", "pop": 20000}),
            ("POINT(170000 0)", {"name": "Småby", "pop": 6000}),
            ("POINT(500000 0)", {"name": "Oslo", "pop": 1000000}),
        ],
    )
    places = make_layer(
        "Point",
        CRS,
        {"name": str},
        [(f"POINT({km * 1000} 0)", {"name": str(km)}) for km in (70, 140, 200, 260, 415)],
    )
    params = {
        "METHOD": 1,
        "NETWORK": road,
        "COST": 1,
        "SPEED_FIELD": "v",
        "ORIGINS": places,
        "ORIGIN_ID_FIELD": "name",
        "TETTSTEDER": towns,
        "TETTSTED_POPULATION_FIELD": "pop",
        "TETTSTED_NAME_FIELD": "name",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    out = _by(run_alg("smaaby:centrality", params)["OUTPUT"], "origin_id")
    # 415: 85 min from Oslo (90-min rule), 245 from Storby
    assert {k: out[k]["code_1994"] for k in out} == {
        "70": 3,
        "140": 2,
        "200": 1,
        "260": 0,
        "415": 3,
    }
    assert out["140"]["min_medium"] == pytest.approx(40)
    # without the Oslo rule (no name field) the last place is 0
    out = _by(
        run_alg("smaaby:centrality", dict(params, TETTSTED_NAME_FIELD=None))["OUTPUT"],
        "origin_id",
    )
    assert out["415"]["code_1994"] == 0
    # thresholds are parameters: 45 -> 25 minutes makes the 200 km place 0
    out = _by(run_alg("smaaby:centrality", dict(params, SMALL_MINUTES=25))["OUTPUT"], "origin_id")
    assert out["200"]["code_1994"] == 0


@pytest.mark.slow
def test_accessibility_cancel_in_the_searches(cancel_run, shared_data, tmp_path):
    """Cancelled in its searches (Hamar, 911 cells to 911 cells within 60 min, about 10 s
    uncancelled), the run returns within a second and keeps no output."""
    hamar = shared_data / "hamar" / "hamar_0403_fkbvegnett_2017.gpkg"
    cells = f"{shared_data / 'norge' / 'popgrid250m_towns_25833.gpkg'}|layername=pop250m_hamar_3403"
    out = str(tmp_path / "access.gpkg")
    params = {
        "NETWORK": f"{hamar}|layername=veglenke",
        "COST": 1,
        "ROAD_CLASS_FIELD": "vegkategori",
        "SNAP_TOLERANCE": 0.1 + 1e-7,  # a network of its own (no reuse from other tests)
        "ORIGINS": cells,
        "POPULATION_FIELD": "pop2019",
        "DESTINATIONS": cells,
        "WEIGHT_FIELD": "pop2019",
        "CUTOFF": 60,
        "OUTPUT": out,
    }
    # the uncancelled run takes 3-10 s as the machine is loaded: a run that ended before
    # the cancel is tried again with an earlier one
    for delay in (2.0, 1.0, 0.5):
        run = cancel_run("smaaby:accessibility", params, delay)
        if run.cancelled_in_time:
            break
    assert run.cancelled_in_time, "the run ended before the cancel"
    assert run.after_cancel < 1.0, f"returned {run.after_cancel:.2f} s after the cancel"
    assert "OUTPUT" not in run.results
    assert not (tmp_path / "access.gpkg").exists()
