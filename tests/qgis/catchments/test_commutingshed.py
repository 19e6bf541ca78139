"""smaaby:commutingshed through processing.run: a hand-made fixture and the real SSB flows."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

CRS = "EPSG:25833"


def _null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def square(x0, size=1000):
    return f"POLYGON(({x0} 0,{x0 + size} 0,{x0 + size} {size},{x0} {size},{x0} 0))"


@pytest.fixture
def hand_fixture(make_layer):
    # Areas are 1 km squares side by side, ids as integers (as in Kommuner2020).
    areas = make_layer(
        "Polygon",
        CRS,
        {"knr": int, "navn": str},
        [
            (square(0), {"knr": 301, "navn": "A"}),
            (square(1000), {"knr": 302, "navn": "B"}),
            (square(2000), {"knr": 303, "navn": "C"}),
            (square(3000), {"knr": 304, "navn": "D"}),
            (square(5000), {"knr": 305, "navn": "E"}),
        ],
    )
    # Flows with text ids (as SSB writes them). Centre 0301.
    # B: 30 of 100 to the centre (0.30); C: 12 of 120 (0.10); D: 9 of 100 (0.09);
    # 0999 (missing from the areas): 40 of 50 (0.80) -> in the shed, without polygon.
    flows = make_layer(
        "None",
        CRS,
        {"home": str, "work": str, "n": int},
        [
            (None, {"home": "0301", "work": "0301", "n": 200}),
            (None, {"home": "0301", "work": "0302", "n": 50}),
            (None, {"home": "0302", "work": "0302", "n": 70}),
            (None, {"home": "0302", "work": "0301", "n": 30}),
            (None, {"home": "0303", "work": "0303", "n": 108}),
            (None, {"home": "0303", "work": "0301", "n": 12}),
            (None, {"home": "0304", "work": "0304", "n": 91}),
            (None, {"home": "0304", "work": "0301", "n": 9}),
            (None, {"home": "0999", "work": "0301", "n": 40}),
            (None, {"home": "0999", "work": "0999", "n": 10}),
        ],
    )
    return areas, flows


def _params(areas, flows, **extra):
    params = {
        "FLOWS": flows,
        "HOME_FIELD": "home",
        "WORK_FIELD": "work",
        "COUNT_FIELD": "n",
        "AREAS": areas,
        "AREA_ID_FIELD": "knr",
        "AREA_NAME_FIELD": "navn",
        "CENTRE_ID": "301",
        "THRESHOLD": 0.10,
        "OUTPUT": "memory:",
        "OUTPUT_SHED": "memory:",
    }
    params.update(extra)
    return params


def test_commutingshed_hand_fixture(log_feedback, run_alg, hand_fixture):
    areas, flows = hand_fixture
    feedback = log_feedback()
    result = run_alg("smaaby:commutingshed", _params(areas, flows), feedback)
    out = {f["area_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert sorted(out) == ["0301", "0302", "0303", "0304", "0305"]
    assert [out[a]["employed"] for a in ["0301", "0302", "0303", "0304"]] == [250, 100, 120, 100]
    assert [out[a]["to_centre"] for a in ["0301", "0302", "0303", "0304"]] == [200, 30, 12, 9]
    assert out["0302"]["share"] == pytest.approx(0.30)
    assert out["0303"]["share"] == pytest.approx(0.10)
    assert {a: out[a]["in_shed"] for a in out} == {
        "0301": 1,
        "0302": 1,
        "0303": 1,
        "0304": 0,
        "0305": 0,
    }
    assert out["0301"]["is_centre"] == 1 and out["0301"]["area_name"] == "A"
    assert _null(out["0305"]["share"]) and _null(out["0305"]["employed"])

    shed = list(result["OUTPUT_SHED"].getFeatures())
    assert len(shed) == 1
    s = shed[0]
    # A, B, C and 0999 (no polygon): 4 areas; employed 250+100+120+50, to centre 200+30+12+40.
    assert s["n_areas"] == 4 and s["centre_id"] == "0301" and s["centre_name"] == "A"
    assert s["employed"] == 520 and s["to_centre"] == 282
    assert s["share"] == pytest.approx(282 / 520)
    # Three adjacent 1 km squares dissolve into one 3 km x 1 km rectangle.
    assert s.geometry().area() == pytest.approx(3e6)
    assert s["area_km2"] == pytest.approx(3.0)
    assert s.geometry().constGet().numGeometries() == 1
    log = "\n".join(feedback.log)
    assert "missing from AREAS: 0999" in log
    assert "have no polygon: 0999" in log


def test_commutingshed_threshold_15_percent(run_alg, hand_fixture):
    areas, flows = hand_fixture
    result = run_alg("smaaby:commutingshed", _params(areas, flows, THRESHOLD=0.15))
    out = {f["area_id"]: f["in_shed"] for f in result["OUTPUT"].getFeatures()}
    assert out == {"0301": 1, "0302": 1, "0303": 0, "0304": 0, "0305": 0}


def test_commutingshed_bad_input(run_alg, make_layer, hand_fixture):
    areas, flows = hand_fixture
    with pytest.raises(QgsProcessingException, match="CENTRE_ID '0399'"):
        run_alg("smaaby:commutingshed", _params(areas, flows, CENTRE_ID="399"))
    negative = make_layer(
        "None",
        CRS,
        {"home": str, "work": str, "n": int},
        [
            (None, {"home": "0301", "work": "0301", "n": 10}),
            (None, {"home": "0302", "work": "0301", "n": -3}),
        ],
    )
    with pytest.raises(
        QgsProcessingException, match=r"1 feature\(s\) have a negative value \(feature id 2\)"
    ):
        run_alg("smaaby:commutingshed", _params(areas, negative))
    before = [f.attributes() for f in flows.getFeatures()]
    run_alg("smaaby:commutingshed", _params(areas, flows))
    assert [f.attributes() for f in flows.getFeatures()] == before


@pytest.mark.slow
def test_commutingshed_hamar_real_data(log_feedback, run_alg, shared_data):
    csv = shared_data / "pendling" / "pendling_2022_nonzero.csv"
    # The delimited-text provider reads the codes as integers (0301 -> 301).
    flows = QgsVectorLayer(
        f"file://{csv}?delimiter=,&detectTypes=yes&geomType=none", "flows", "delimitedtext"
    )
    areas = QgsVectorLayer(
        str(shared_data / "norge" / "Kommuner2020-medium.geojson"), "kommuner", "ogr"
    )
    assert flows.isValid() and areas.isValid()
    feedback = log_feedback()
    result = run_alg(
        "smaaby:commutingshed",
        {
            "FLOWS": flows,
            "HOME_FIELD": "bosted_knr",
            "WORK_FIELD": "arbeidssted_knr",
            "COUNT_FIELD": "sysselsatte",
            "AREAS": areas,
            "AREA_ID_FIELD": "kommunenummer",
            "CENTRE_ID": "3403",
            "THRESHOLD": 0.10,
            "OUTPUT": "memory:",
            "OUTPUT_SHED": "memory:",
        },
        feedback,
    )
    out = {f["area_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(out) == 356 and "0301" in out
    # Independent figures from the CSV read with plain Python.
    import csv as csvmodule

    employed, to_hamar = {}, {}
    with open(csv) as handle:
        for row in csvmodule.DictReader(handle):
            n = float(row["sysselsatte"])
            employed[row["bosted_knr"]] = employed.get(row["bosted_knr"], 0) + n
            if row["arbeidssted_knr"] == "3403":
                to_hamar[row["bosted_knr"]] = to_hamar.get(row["bosted_knr"], 0) + n
    for knr in employed:
        assert out[knr]["employed"] == employed[knr]
        assert out[knr]["share"] == pytest.approx(to_hamar.get(knr, 0) / employed[knr])
    in_shed = sorted(k for k, f in out.items() if f["in_shed"] == 1)
    assert in_shed == sorted(k for k in employed if to_hamar.get(k, 0) / employed[k] >= 0.10)
    assert in_shed == ["3403", "3411", "3412", "3413"]
    shed = next(result["OUTPUT_SHED"].getFeatures())
    assert shed["to_centre"] == sum(to_hamar[k] for k in in_shed)
    assert shed["employed"] == sum(employed[k] for k in in_shed)
    # Kommuner do not overlap: the shed's area is the sum of its kommuner's areas.
    parts = sum(out[k].geometry().area() for k in in_shed)
    assert shed.geometry().area() == pytest.approx(parts, rel=1e-6)
    assert result["OUTPUT"].crs().authid() == "EPSG:25833"
    assert not any("missing from AREAS" in line for line in feedback.log)
