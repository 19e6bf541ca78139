"""smaaby:commutingregions through processing.run: a hand-traced fixture and the real SSB
flows, every region checked against the validity test written out here."""

from __future__ import annotations

import csv

import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

CRS = "EPSG:25833"
SMALL = {"MIN_SIZE": 100, "TARGET_SIZE": 1000, "MIN_CONTAINMENT": 0.6, "TARGET_CONTAINMENT": 0.75}


def validity(internal, residents, jobs, min_size, target_size, min_sc, target_sc):
    """DOMAIN.md section 5.4, written out again."""
    sc = min(internal / residents, internal / jobs)
    if sc >= 1:
        return 1.0
    y = min(sc / target_sc, 1.0)
    s = max((target_size - residents) / (target_size - min_size), 0.0)
    z = 1 - (1 - min_sc / target_sc) * s
    return y * z * target_sc / min_sc


def square(x0, size=1000):
    return f"POLYGON(({x0} 0,{x0 + size} 0,{x0 + size} {size},{x0} {size},{x0} 0))"


@pytest.fixture
def pairs(make_layer):
    areas = make_layer(
        "Polygon",
        CRS,
        {"code": str, "name": str},
        [
            (square(0), {"code": "A", "name": "Aby"}),
            (square(1000), {"code": "B", "name": "Bby"}),
            (square(2000), {"code": "C", "name": "Cby"}),
            (square(3000), {"code": "D", "name": "Dby"}),
        ],
    )
    rows = [
        ("A", "A", 400),
        ("A", "B", 150),
        ("A", "C", 50),
        ("B", "B", 200),
        ("B", "A", 200),
        ("C", "C", 300),
        ("C", "D", 150),
        ("C", "A", 30),
        ("D", "D", 150),
        ("D", "C", 150),
        ("X", "X", 5),
        ("X", "A", 1),
    ]
    flows = make_layer(
        "None",
        CRS,
        {"h": str, "w": str, "n": int},
        [(None, {"h": h, "w": w, "n": n}) for h, w, n in rows],
    )
    return areas, flows


def _params(areas, flows, **extra):
    params = {
        "FLOWS": flows,
        "HOME_FIELD": "h",
        "WORK_FIELD": "w",
        "COUNT_FIELD": "n",
        "AREAS": areas,
        "AREA_ID_FIELD": "code",
        "AREA_NAME_FIELD": "name",
        "OUTPUT": "memory:",
        "OUTPUT_MEMBERSHIP": "memory:",
        **SMALL,
    }
    params.update(extra)
    return params


def test_commutingregions_hand_traced(log_feedback, run_alg, pairs):
    # The four areas of tests/unit/test_commuting.py (traced there by hand: D joins C,
    # then B joins A) plus X, which is missing from AREAS: 6 employed residents, 5
    # working at home and 1 in A. X alone: SC = min(5/6, 5/5), Y = 1, s = 994/900,
    # Z = 0.779, validity 0.974 < 1. After the two pairs X is the least valid, is
    # dissolved and joins A+B, its only link; A+B keeps validity 1.25 (capped), so the
    # move is accepted.
    areas, flows = pairs
    feedback = log_feedback()
    result = run_alg("smaaby:commutingregions", _params(areas, flows), feedback)
    regions = {f["region_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert sorted(regions) == ["A", "C"]
    a, c = regions["A"], regions["C"]
    # A+B+X: residents 600+400+6, jobs 631+350+5, internal 950 + X's 5 + X->A 1.
    assert [a["n_areas"], a["residents"], a["jobs"], a["internal"]] == [3, 1006, 986, 956]
    assert [c["n_areas"], c["residents"], c["jobs"], c["internal"]] == [2, 780, 800, 750]
    assert a["region_name"] == "Aby"
    assert a["sc_supply"] == pytest.approx(956 / 1006)
    assert a["sc_demand"] == pytest.approx(956 / 986)
    assert a["self_containment"] == pytest.approx(956 / 1006)
    assert c["validity"] == pytest.approx(validity(750, 780, 800, 100, 1000, 0.6, 0.75))
    # The polygons: A and B (X has none), C and D: two 2 km x 1 km rectangles.
    assert a.geometry().area() == pytest.approx(2e6) and a["area_km2"] == pytest.approx(2)
    assert c.geometry().area() == pytest.approx(2e6)
    members = {f["area_id"]: f for f in result["OUTPUT_MEMBERSHIP"].getFeatures()}
    assert {k: f["region_id"] for k, f in members.items()} == {
        "A": "A",
        "B": "A",
        "C": "C",
        "D": "C",
        "X": "A",
    }
    assert members["X"]["status"] == "assigned" and members["X"]["in_areas"] == 0
    assert members["B"]["status"] == "assigned" and members["B"]["region_name"] == "Aby"
    assert [members["X"]["residents"], members["X"]["jobs"]] == [6, 5]
    assert any("missing from AREAS: X" in line for line in feedback.log)
    assert any("in 3 round(s)" in line for line in feedback.log)


def test_commutingregions_bad_input(run_alg, pairs, make_layer):
    areas, flows = pairs
    with pytest.raises(QgsProcessingException, match="MIN_SIZE"):
        run_alg("smaaby:commutingregions", _params(areas, flows, MIN_SIZE=2000))
    negative = make_layer(
        "None", CRS, {"h": str, "w": str, "n": int}, [(None, {"h": "A", "w": "B", "n": -1})]
    )
    with pytest.raises(QgsProcessingException, match="negative"):
        run_alg("smaaby:commutingregions", _params(areas, negative))
    other_codes = make_layer(
        "None", CRS, {"h": str, "w": str, "n": int}, [(None, {"h": "Q", "w": "Q", "n": 5})]
    )
    with pytest.raises(QgsProcessingException, match="No id of AREAS"):
        run_alg("smaaby:commutingregions", _params(areas, other_codes))


@pytest.mark.slow
def test_commutingregions_real_flows_2022_all_valid(run_alg, shared_data):
    path = shared_data / "pendling" / "pendling_2022_nonzero.csv"
    flows = QgsVectorLayer(
        f"file://{path}?delimiter=,&detectTypes=yes&geomType=none", "flows", "delimitedtext"
    )
    areas = QgsVectorLayer(
        str(shared_data / "norge" / "Kommuner2020-medium.geojson"), "kommuner", "ogr"
    )
    assert flows.isValid() and areas.isValid()
    result = run_alg(
        "smaaby:commutingregions",
        {
            "FLOWS": flows,
            "HOME_FIELD": "bosted_knr",
            "WORK_FIELD": "arbeidssted_knr",
            "COUNT_FIELD": "sysselsatte",
            "AREAS": areas,
            "AREA_ID_FIELD": "kommunenummer",
            "AREA_NAME_FIELD": "navn",
            "OUTPUT": "memory:",
            "OUTPUT_MEMBERSHIP": "memory:",
        },
    )
    region_of = {f["area_id"]: f["region_id"] for f in result["OUTPUT_MEMBERSHIP"].getFeatures()}
    assert len(region_of) == 356
    # Residents, jobs and internal flows per region, straight from the CSV.
    res, job, internal = {}, {}, {}
    with open(path) as handle:
        for row in csv.DictReader(handle):
            n = float(row["sysselsatte"])
            rh, rw = region_of[row["bosted_knr"]], region_of[row["arbeidssted_knr"]]
            res[rh] = res.get(rh, 0) + n
            job[rw] = job.get(rw, 0) + n
            if rh == rw:
                internal[rh] = internal.get(rh, 0) + n
    regions = {f["region_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert set(regions) == {r for r in region_of.values() if r is not None}
    for rid, f in regions.items():
        assert f["residents"] == res[rid] and f["jobs"] == job[rid]
        assert f["internal"] == internal[rid]
        v = validity(internal[rid], res[rid], job[rid], 1000, 10000, 0.6667, 0.75)
        assert v >= 1.0, rid
        assert f["validity"] == pytest.approx(v)
    # Hamar and Ringsaker share a region, named after Hamar (most jobs).
    assert region_of["3403"] == region_of["3411"] == "3403"
    assert regions["3403"]["region_name"] == "Hamar"


@pytest.fixture
def reserve_case(make_layer):
    # tests/unit/catchments/test_commuting_regions_reserve.py, difference (a), plus G,
    # which only lives and works at home (difference (c)).
    areas = make_layer(
        "Polygon",
        CRS,
        {"code": str, "name": str},
        [(square(1000 * i), {"code": c, "name": c}) for i, c in enumerate("EGPQ")],
    )
    rows = [
        ("P", "P", 620),
        ("P", "Q", 380),
        ("Q", "Q", 19700),
        ("Q", "P", 300),
        ("E", "E", 10),
        ("E", "P", 20),
        ("E", "Q", 70),
        ("G", "G", 50),
    ]
    flows = make_layer(
        "None",
        CRS,
        {"h": str, "w": str, "n": int},
        [(None, {"h": h, "w": w, "n": n}) for h, w, n in rows],
    )
    return areas, flows


@pytest.mark.parametrize("step", [0, 1])
def test_commutingregions_reserve_step(log_feedback, run_alg, reserve_case, step):
    # Default: E is refused by P (P+E: validity 650/1100/0.75*1.25 = 0.985 < 1) and
    # joins Q; G (SC 1) is a region of its own. LabourMarketAreas 3.4: E joins P
    # unchecked and P ends invalid; G is on the zero list, in no region.
    areas, flows = reserve_case
    feedback = log_feedback()
    result = run_alg("smaaby:commutingregions", _params(areas, flows, RESERVE_STEP=step), feedback)
    members = {f["area_id"]: f for f in result["OUTPUT_MEMBERSHIP"].getFeatures()}
    regions = {f["region_id"]: f for f in result["OUTPUT"].getFeatures()}
    log = "\n".join(feedback.log)
    if step == 0:
        assert {k: f["region_id"] for k, f in members.items()} == {
            "E": "Q",
            "G": "G",
            "P": "P",
            "Q": "Q",
        }
        assert min(f["validity"] for f in regions.values()) >= 1.0
        assert "zero list" not in log and "not valid" not in log
    else:
        region_of = {k: f["region_id"] for k, f in members.items()}
        assert region_of["E"] == region_of["P"] == "P" and region_of["Q"] == "Q"
        assert members["G"]["status"] == "zero_list" and region_of["G"] in (None, NULL)
        assert sorted(regions) == ["P", "Q"]
        p = regions["P"]
        assert [p["residents"], p["jobs"], p["internal"]] == [1100, 950, 650]
        assert p["validity"] == pytest.approx(650 / 1100 / 0.75 * 1.25)
        assert "1 area(s) with no employed residents, no jobs or only internal flows" in log
        assert "set aside before the rounds (zero list" in log and ": G." in log
        assert "1 region(s) are not valid (validity below 1)" in log and "R package: P." in log
        assert "are in no region" not in log
    assert "Traceback" not in log


def test_commutingregions_null_count_counts_as_zero(log_feedback, run_alg, pairs, make_layer):
    # One more flow row A -> D with a null count: counted as 0 with the one count
    # warning, so the regions are those of the hand-traced run (A+B+X and C+D).
    areas, flows = pairs
    rows = [(None, {"h": f["h"], "w": f["w"], "n": f["n"]}) for f in flows.getFeatures()]
    rows.append((None, {"h": "A", "w": "D", "n": None}))
    with_null = make_layer("None", CRS, {"h": str, "w": str, "n": int}, rows)
    feedback = log_feedback()
    result = run_alg("smaaby:commutingregions", _params(areas, with_null), feedback)
    regions = {f["region_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert [regions["A"]["residents"], regions["A"]["jobs"]] == [1006, 986]
    assert [regions["C"]["residents"], regions["C"]["jobs"]] == [780, 800]
    log = "\n".join(feedback.log)
    assert "COUNT_FIELD: 1 of 13 features" in log and "counted as 0" in log


def test_commutingregions_sizes_checked_before_reading(run_alg, pairs, make_layer):
    # MIN_SIZE >= TARGET_SIZE stops the run before FLOWS is read (its negative count
    # would otherwise be the message); no Python exception name in the message.
    areas, _ = pairs
    negative = make_layer(
        "None", CRS, {"h": str, "w": str, "n": int}, [(None, {"h": "A", "w": "B", "n": -1})]
    )
    with pytest.raises(QgsProcessingException) as info:
        run_alg(
            "smaaby:commutingregions",
            _params(areas, negative, MIN_SIZE=1000, TARGET_SIZE=1000),
        )
    message = str(info.value)
    assert "MIN_SIZE (1000) must be above 0 and below TARGET_SIZE (1000)" in message
    assert "Traceback" not in message and "Error" not in message
    with pytest.raises(QgsProcessingException, match="MIN_CONTAINMENT"):
        run_alg(
            "smaaby:commutingregions",
            _params(areas, negative, MIN_CONTAINMENT=0.8, TARGET_CONTAINMENT=0.7),
        )
