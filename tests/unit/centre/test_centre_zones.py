"""SSB 2019 centre-zone rules on hand-made establishments."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from smaaby_plugin import paths
from smaaby_plugin.core.centre.centre_zones import (
    classify_nace,
    delineate_centre_zones,
    read_centre_function_table,
)
from smaaby_plugin.core.errors import InputError

TABLE_PATH = paths.resource("codes", "nace_centre_functions.csv")


@pytest.fixture(scope="module")
def table():
    return read_centre_function_table(TABLE_PATH)


def line(xs, y=0.0):
    return np.column_stack([np.asarray(xs, float), np.full(len(xs), y)])


# retail, public administration, food service, bank: 4 groups, 50 employees
CODES = ["47.111", "84.110", "56.101", "64.190"]
EMPLOYEES = [20, 15, 10, 5]


def test_default_table_marks_its_own_choices(table):
    # The four groups SSB names carry that in `source`; every other row is ours.
    named = table[table["role"].isin(["retail", "public_admin", "health_social", "culture_other"])]
    assert named["source"].str.startswith("SSB names the group").all()
    assert (table.loc[~table.index.isin(named.index), "source"] == "Småby default").all()


def test_longest_prefix_wins(table):
    group, role = classify_nace(
        ["47.111", "47.30", "47.91", "84.22", "84.11", "86.211", "10.110", "", None, "5610"], table
    )
    assert role.tolist() == [
        "retail",
        "none",
        "none",
        "none",
        "public_admin",
        "health_social",
        "none",
        "none",
        "none",
        "other",
    ]
    assert group.tolist() == ["G47", "", "", "", "O84", "Q86-88", "", "", "", "I55-56"]


def test_a_core_with_four_groups_retail_and_public_admin(table):
    xy = line([0, 30, 60, 90])
    r = delineate_centre_zones(xy, CODES, EMPLOYEES, table)
    assert len(r.table) == 1
    z = r.table.iloc[0]
    assert (z["cores"], z["employees"], z["businesses"], z["n_groups"]) == (1, 50, 4, 4)
    assert z["groups"] == "G47;I55-56;K64-66;O84"
    assert r.business_zone.tolist() == [1, 1, 1, 1]
    # The zone is the core's closed 25 m discs buffered by 100 m: close to a stadium of
    # radius 125 m around the 90 m line of establishments.
    stadium = 90 * 250 + np.pi * 125**2
    assert z["area_m2"] == pytest.approx(stadium, rel=0.01)
    assert shapely.contains(r.geometry[0], shapely.points(xy)).all()


def test_gap_49_joins_51_splits(table):
    assert len(delineate_centre_zones(line([0, 49, 98, 147]), CODES, EMPLOYEES, table).table) == 1
    split = delineate_centre_zones(line([0, 49, 98, 149]), CODES, EMPLOYEES, table)
    assert len(split.table) == 0
    assert sorted(split.candidates["reason"]) == ["fewer than 4 groups"] * 2


@pytest.mark.parametrize(
    "codes, employees, reason",
    [
        (["85.201", "84.110", "56.101", "64.190"], EMPLOYEES, "no retail trade"),
        (
            ["47.111", "53.100", "56.101", "64.190"],
            EMPLOYEES,
            "no public administration, health/social or culture/other services",
        ),
        (CODES, [20, 15, 10, 4], "fewer than 50 employees"),
        (["47.111", "47.190", "84.110", "84.120"], EMPLOYEES, "fewer than 4 groups"),
    ],
)
def test_each_rule_can_reject(table, codes, employees, reason):
    r = delineate_centre_zones(line([0, 30, 60, 90]), codes, employees, table)
    assert len(r.table) == 0
    assert r.candidates["reason"].tolist() == [reason]


def test_health_or_culture_can_stand_in_for_public_admin(table):
    for code in ("86.211", "90.011"):
        codes = ["47.111", code, "56.101", "64.190"]
        assert (
            len(delineate_centre_zones(line([0, 30, 60, 90]), codes, EMPLOYEES, table).table) == 1
        )


def test_establishments_without_centre_function_neither_chain_nor_count(table):
    # A factory and a petrol station in the 80 m gap do not bridge it ...
    xy = line([0, 30, 60, 140, 100, 120])
    codes = ["47.111", "84.110", "56.101", "64.190", "10.110", "47.300"]
    r = delineate_centre_zones(xy, codes, [20, 15, 10, 5, 100, 3], table)
    assert len(r.table) == 0
    # ... but inside a zone they count in employees_in_zone, not in employees.
    xy = line([0, 30, 60, 90, 150, 2000])
    r = delineate_centre_zones(xy, codes, [20, 15, 10, 5, 100, 3], table)
    z = r.table.iloc[0]
    assert (z["employees"], z["businesses"]) == (50, 4)
    assert (z["employees_in_zone"], z["businesses_in_zone"]) == (150, 5)
    assert r.business_zone.tolist() == [1, 1, 1, 1, 0, 0]


def test_cores_with_overlapping_zones_form_one_centre(table):
    a = line([0, 30, 60, 90])
    b = line([300, 330, 360, 390, 420])  # 210 m from a: 100 m buffers overlap
    codes = CODES + ["47.111", "86.211", "90.011", "55.101", "47.190"]
    emp = EMPLOYEES + [30, 30, 10, 10, 10]
    r = delineate_centre_zones(np.vstack([a, b]), codes, emp, table)
    assert r.table["cores"].tolist() == [2]
    assert r.table["employees"].tolist() == [140]
    assert r.table["n_groups"].tolist() == [6]  # G47 I55-56 K64-66 O84 Q86-88 RS90-96
    # 500 m apart: two zones, the one with more employees first.
    r = delineate_centre_zones(np.vstack([a, b + [400, 0]]), codes, emp, table)
    assert r.table["employees"].tolist() == [90, 50]
    assert r.business_zone.tolist() == [2] * 4 + [1] * 5
    assert shapely.area(shapely.intersection(r.geometry[0], r.geometry[1])) == 0


def test_parameters_change_the_rules(table):
    xy = line([0, 70, 140, 210])
    assert len(delineate_centre_zones(xy, CODES, EMPLOYEES, table).table) == 0
    r = delineate_centre_zones(
        xy, CODES, EMPLOYEES, table, max_gap=80, min_groups=3, min_employees=40, zone_buffer=0
    )
    assert len(r.table) == 1
    assert r.table["area_m2"].iloc[0] < 210 * 80 + np.pi * 40**2


def test_bad_input(table, tmp_path):
    with pytest.raises(InputError, match="negative"):
        delineate_centre_zones(line([0, 1]), CODES[:2], [1, -1], table)
    with pytest.raises(InputError, match="no number of employees"):
        delineate_centre_zones(line([0, 1]), CODES[:2], [1, np.nan], table)
    bad = tmp_path / "t.csv"
    pd.DataFrame(
        {
            "nace_prefix": ["47", "47"],
            "group_code": ["G", "G"],
            "group_name": ["x", "x"],
            "role": ["retail", "retail"],
            "source": ["", ""],
        }
    ).to_csv(bad, index=False)
    with pytest.raises(InputError, match="more than once"):
        read_centre_function_table(bad)
    pd.DataFrame(
        {
            "nace_prefix": ["47"],
            "group_code": ["G"],
            "group_name": ["x"],
            "role": ["shop"],
            "source": [""],
        }
    ).to_csv(bad, index=False)
    with pytest.raises(InputError, match="unknown role"):
        read_centre_function_table(bad)
    with pytest.raises(InputError, match="lacks the column"):
        pd.DataFrame({"nace": ["47"]}).to_csv(bad, index=False)
        read_centre_function_table(bad)
