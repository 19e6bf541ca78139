"""smaaby:centrezones through processing.run on hand-made establishments."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

# retail, public administration, food service, bank: 4 groups, 50 employees
CORE = [(0, 0, "47.111", 20), (30, 0, "84.110", 15), (60, 0, "56.101", 10), (90, 0, "64.190", 5)]


def businesses(make_layer, rows, employees_type=int):
    return make_layer(
        "Point",
        "EPSG:25833",
        {"nace": str, "ansatte": employees_type},
        [(f"POINT({x} {y})", {"nace": c, "ansatte": e}) for x, y, c, e in rows],
    )


def run(run_alg, layer, **extra):
    params = {
        "BUSINESSES": layer,
        "INDUSTRY_FIELD": "nace",
        "EMPLOYEES_FIELD": "ansatte",
        "OUTPUT": "memory:",
    }
    params.update(extra)
    return run_alg("smaaby:centrezones", params)["OUTPUT"]


def rows(layer):
    names = [f.name() for f in layer.fields()]
    return sorted(
        (dict(zip(names, f.attributes())) for f in layer.getFeatures()), key=lambda r: r["zone_id"]
    )


def test_one_core_gives_one_zone_with_its_figures(run_alg, make_layer):
    # a factory 150 m away lies inside the 100 m zone but is no centre function
    layer = businesses(make_layer, CORE + [(150, 0, "10.110", 100)])
    out = rows(run(run_alg, layer))
    assert len(out) == 1
    z = out[0]
    assert (z["employees"], z["businesses"], z["n_groups"], z["cores"]) == (50, 4, 4, 1)
    assert z["groups"] == "G47;I55-56;K64-66;O84"
    assert (z["employees_in_zone"], z["businesses_in_zone"]) == (150, 5)
    assert z["area_daa"] == pytest.approx(z["area_m2"] / 1000)


def test_rules_gap_employees_and_groups_are_parameters(run_alg, make_layer):
    gap51 = businesses(
        make_layer,
        [(0, 0, "47.111", 20), (49, 0, "84.110", 15), (98, 0, "56.101", 10), (149, 0, "64.190", 5)],
    )
    assert run(run_alg, gap51).featureCount() == 0
    assert run(run_alg, gap51, MAX_GAP=51).featureCount() == 1
    assert run(run_alg, businesses(make_layer, CORE), MIN_EMPLOYEES=51).featureCount() == 0
    assert run(run_alg, businesses(make_layer, CORE), MIN_GROUPS=5).featureCount() == 0


def test_shopping_centre_without_public_service_is_no_centre(run_alg, make_layer):
    mall = [
        (0, 0, "47.111", 40),
        (10, 0, "47.711", 30),
        (20, 0, "56.101", 10),
        (30, 0, "64.190", 5),
        (40, 0, "53.100", 5),
    ]
    assert run(run_alg, businesses(make_layer, mall)).featureCount() == 0


def test_own_code_table(run_alg, make_layer, tmp_path):
    # a table where banks count as public administration: the mall becomes a centre
    table = tmp_path / "codes.csv"
    table.write_text(
        "nace_prefix,group_code,group_name,role,source\n"
        "47,G,retail,retail,test\n56,I,food,other,test\n"
        "64,K,bank,public_admin,test\n53,H,post,other,test\n",
        encoding="utf-8",
    )
    mall = [
        (0, 0, "47.111", 40),
        (10, 0, "47.711", 30),
        (20, 0, "56.101", 10),
        (30, 0, "64.190", 5),
        (40, 0, "53.100", 5),
    ]
    out = rows(run(run_alg, businesses(make_layer, mall), CODE_TABLE=str(table)))
    assert [(z["employees"], z["groups"]) for z in out] == [(90, "G;H;I;K")]


def test_negative_or_text_employees_stop(run_alg, make_layer):
    with pytest.raises(QgsProcessingException, match="negative"):
        run(run_alg, businesses(make_layer, CORE[:3] + [(90, 0, "64.190", -5)]))
    layer = businesses(make_layer, [(0, 0, "47.111", "x")], employees_type=str)
    with pytest.raises(QgsProcessingException, match="is a text field"):
        run(run_alg, layer)
