"""The arealregnskap workbook's sheets (core.landuse.arealregnskap) from plan_reserve,
plan_change and land_consumption on a hand-made fixture (areas worked out by hand)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from shapely import LineString, Point, box

from smaaby_plugin import paths
from smaaby_plugin.core.landuse import arealregnskap as ar
from smaaby_plugin.core.landuse.categorical import prepare_categorical
from smaaby_plugin.core.landuse.codes import load_codes
from smaaby_plugin.core.landuse.land_consumption import land_consumption, lcrpgr
from smaaby_plugin.core.landuse.plan_change import plan_change
from smaaby_plugin.core.landuse.plan_reserve import plan_reserve
from smaaby_plugin.core.landuse.plans import load_development_table

DEV = load_development_table(paths.resource("codes", "sosi_development.csv"))
SOSI = load_codes(paths.resource("codes", "sosi_arealformal.csv"), "sosi")
HF = load_codes(paths.resource("codes", "sosi_hovedformal.csv"), "hovedformal")
AR5 = load_codes(paths.resource("codes", "ar5_arealtype.csv"), "ar5")

# Old plan: LNFR 0..100, bolig 100..200, næring 200..300; new plan: bolig 0..60 (on
# LNFR), LNFR 60..100, bolig 100..200, friområde 200..250, bolig 250..300, bolig 300..320
# outside the old plan. AR5: 21 0..30, 30 30..60, 50 60..200, 11 200..250, 60 250..300.
OLD = prepare_categorical(
    [box(0, 0, 100, 100), box(100, 0, 200, 100), box(200, 0, 300, 100)], [5100, 1110, 1300]
)
NEW = prepare_categorical(
    [box(x0, 0, x1, 100) for x0, x1 in ((0, 60), (60, 100), (100, 200), (200, 250), (250, 300),
                                        (300, 320))],
    [1110, 5100, 1110, 3040, 1110, 1110],
)  # fmt: skip
LC = prepare_categorical(
    [box(0, 0, 30, 100), box(30, 0, 60, 100), box(60, 0, 200, 100), box(200, 0, 250, 100),
     box(250, 0, 300, 100)],
    [21, 30, 50, 11, 60],
)  # fmt: skip
SHORE = np.array([LineString([(0, -50), (0, 150)])], dtype=object)


@pytest.fixture(scope="module")
def results():
    common = {"landcover": LC, "shore": SHORE, "unit": "daa", "sosi": SOSI, "ar5": AR5}
    reserve = plan_reserve(NEW, DEV, **common)
    reserve_old = plan_reserve(OLD, DEV, **common)
    change = plan_change(OLD, NEW, DEV, grouping="hovedformal", hovedformal=HF, **common)
    return reserve, reserve_old, change


def test_reserve_sheet_by_hand(results):
    reserve, _, _ = results
    sheet = ar.reserve_sheet(reserve.table, ar5=AR5, decimals=1)
    bolig = sheet[sheet["Gruppe / Group"] == 1].iloc[0]
    # 0..60 (AR5 21 | 30), 100..200 (50), 250..300 (60), 300..320 (no land cover)
    assert bolig["Totalt / Total (daa)"] == 23.0
    assert bolig["I strandsonen / In the shore zone (daa)"] == 6.0
    assert bolig["AR5 21 Fulldyrka jord / Fully cultivated land (daa)"] == 3.0
    assert bolig["AR5 30 Skog / Forest (daa)"] == 3.0
    assert bolig["AR5 50 Åpen fastmark / Open firm ground (daa)"] == 10.0
    assert bolig["AR5 60 Myr / Bog (daa)"] == 5.0
    assert bolig["Uten arealtype / No land cover (daa)"] == 2.0
    assert bolig["Arealformålsgruppe"] == "Bolig eller sentrumsformål"
    last = sheet.iloc[-1]
    assert last["Arealformålsgruppe"] == "Sum" and pd.isna(last["Gruppe / Group"])
    # one column per current AR5 code (80 'vann' is outdated), all with code and labels
    ar5_columns = [c for c in sheet.columns if c.startswith("AR5 ")]
    assert [int(c.split()[1]) for c in ar5_columns] == [11, 12, 21, 22, 23, 30, 50, 60, 70, 81,
                                                        82, 99]  # fmt: skip
    assert all(c.endswith("(daa)") and " / " in c for c in sheet.columns[3:])
    # without a shore layer the shore column is left out
    assert not any("strandsonen" in c for c in ar.reserve_sheet(reserve.table, shore=False))


def test_change_sheet_by_hand(results):
    _, _, change = results
    sheet = ar.change_sheet(change.matrix, decimals=1)
    rows = {r["Purpose"]: r for _, r in sheet.iterrows()}
    built = rows["Buildings and installations"]
    # hovedformål 1: old 100..300 = 20 daa; new 0..60, 100..200, 250..320 = 23 daa
    assert built["Gjeldende plan / Current plan (daa)"] == 20.0
    assert built["Planforslag / Proposed plan (daa)"] == 23.0
    assert built["Netto endring / Net change (daa)"] == 3.0
    assert built["Til / To 1 (daa)"] == 15.0 and built["Til / To 3 (daa)"] == 5.0
    outside = rows["outside the plan"]
    assert pd.isna(outside["Kode / Code"])  # key -1 is no code a planner knows
    assert outside["Til / To 1 (daa)"] == 2.0
    assert "Til utenfor planen / To outside the plan (daa)" in sheet.columns
    # the Sum row's net change is 0: both plans cover the same land after the union
    assert sheet.iloc[-1]["Netto endring / Net change (daa)"] == 0.0


def test_conversion_sheet_by_hand(results):
    _, _, change = results
    sheet = ar.conversion_sheet(change.conversion, ar5=AR5, decimals=1)
    assert set(sheet["Retning"]) == {"ny utbygging", "tilbakeført fra utbygging"}
    new = sheet[(sheet["Direction"] == "new development") & (sheet["New purpose"] == "Sum")]
    new = new.iloc[0]
    assert new["Totalt / Total (daa)"] == 8.0  # 6 from LNFR + 2 from outside the old plan
    assert new["Dyrka mark (AR5 21+22) / Cultivated land (AR5 21+22) (daa)"] == 3.0
    assert new["AR5 30 Skog / Forest (daa)"] == 3.0
    assert new["I strandsonen / In the shore zone (daa)"] == 6.0
    back = sheet[(sheet["Direction"] == "development returned") & (sheet["New purpose"] == "Sum")]
    assert back.iloc[0]["AR5 11 Bebygd / Built-up (daa)"] == 5.0


def test_key_figures_are_the_sum_rows(results):
    reserve, reserve_old, change = results
    key = ar.key_figures(reserve=reserve, reserve_old=reserve_old, change=change, decimals=2)
    values = dict(zip(key["Key figure"], key["Verdi / Value"]))
    assert values["Plan reserve of the plan"] == 23.0
    assert values["Plan reserve of the current plan"] == 15.0  # 10 bolig + 5 næring
    # development in the current plan 20 daa, of which AR5 11 (200..250) removed as built
    assert values["Development purposes in the current plan"] == 20.0
    assert values["New development"] == 8.0
    assert values["Development returned"] == 5.0
    assert values["Net new development"] == 3.0
    assert values["Changed purpose"] == 13.0  # 6 + 5 + 2 at the hovedformål level
    assert set(key["Enhet / Unit"]) == {"daa"}
    no_shore = ar.key_figures(reserve=reserve, shore=False)
    assert not any("shore" in k for k in no_shore["Key figure"])


def test_sdg_sheet_by_hand():
    zones = np.array([box(0, 0, 200, 100), box(200, 0, 400, 100)], dtype=object)
    built_1 = np.array([box(0, 0, 10, 10)], dtype=object)
    built_2 = np.array([box(0, 0, 20, 10)], dtype=object)
    people = np.array([Point(50, 50), Point(300, 50)], dtype=object)
    table = land_consumption(
        zones, built_1, built_2, (people, np.array([100.0, 50.0])),
        (people, np.array([150.0, 40.0])), 2012, 2022, area_factor=1000.0,
    )  # fmt: skip
    sheet = ar.sdg_sheet(table, ["A", "B"], 2012, 2022, decimals=1)
    a, b = sheet.iloc[0], sheet.iloc[1]
    assert a["Bebygd areal 2012 / Built-up area 2012 (daa)"] == 0.1
    assert a["Bebygd areal 2022 / Built-up area 2022 (daa)"] == 0.2
    assert a["Befolkning 2022 / Population 2022"] == 150.0
    rate = a["LCR arealforbruk / land consumption rate (per år / per year)"]
    assert rate == round(math.log(2) / 10, 6)
    assert a["LCRPGR"] == round(math.log(2) / math.log(1.5), 3)
    assert a["Bebygd per innbygger 2022 / Built-up per inhabitant 2022 (m²)"] == round(200 / 150, 1)
    assert pd.isna(b["LCRPGR"]) and b["Merknad"].startswith("ikke bebygd areal")


def test_every_land_consumption_note_has_bokmal():
    # one zone per rule of land_consumption.lcrpgr: no built-up at either/first/second date,
    # no population at either/first/second date, stable, declining
    u1 = [0, 0, 1, 1, 1, 1, 1, 1]
    u2 = [0, 1, 0, 1, 1, 1, 1, 1]
    p1 = [1, 1, 1, 0, 0, 1, 5, 5]
    p2 = [1, 1, 1, 0, 1, 0, 5, 4]
    notes = lcrpgr(u1, u2, p1, p2, 10).lcrpgr_note
    assert notes.notna().all() and notes.nunique() == 8
    table = pd.DataFrame(
        {"built_t1": u1, "built_t2": u2, "pop_t1": p1, "pop_t2": p2, "years": 10.0,
         "lcr": 0.0, "pgr": 0.0, "lcrpgr": np.nan, "lcrpgr_note": notes,
         "built_per_cap_t1_m2": 0.0, "built_per_cap_t2_m2": 0.0, "built_per_cap_change_m2": 0.0}
    )  # fmt: skip
    sheet = ar.sdg_sheet(table, list("abcdefgh"), 2015, 2022)
    assert (sheet["Merknad"] != sheet["Note"]).all()  # each note translated


def test_rounding_keeps_empty_cells_and_no_negative_zero():
    t = pd.DataFrame({"purpose_group": [1.0], "group_label_nb": ["Bolig"],
                      "group_label_en": ["Housing"], "total": [-0.00004],
                      "ar5_none": [np.nan]})  # fmt: skip
    sheet = ar.reserve_sheet(t, decimals=3)
    value = sheet["Totalt / Total (daa)"].iloc[0]
    assert value == 0.0 and math.copysign(1.0, value) == 1.0
    assert pd.isna(sheet["Uten arealtype / No land cover (daa)"].iloc[0])
    assert ar.reserve_sheet(t.assign(total=[1.23456]), decimals=2).iloc[0, 3] == 1.23


def test_sheet_names():
    assert ar.sheet_name("a/b:c*d?e[f]g\\h") == "a-b-c-d-e-f-g-h"
    assert len(ar.sheet_name("x" * 40)) == 31
    for name in ar.SHEETS.values():
        assert ar.sheet_name(name) == name


def test_workbook_order_and_optional_sheets(results):
    reserve, reserve_old, change = results
    about = ar.about_sheet([("Plan", "kp", "kp")])
    full = ar.workbook(about=about, reserve=reserve, reserve_old=reserve_old, change=change,
                       ar5=AR5)  # fmt: skip
    assert list(full) == [ar.SHEETS[k] for k in ("about", "key", "reserve", "reserve_old",
                                                 "change", "conversion")]  # fmt: skip
    only = ar.workbook(about=about, reserve=reserve)
    assert list(only) == [ar.SHEETS[k] for k in ("about", "key", "reserve")]
    # every heading of every sheet is unique (a spreadsheet column each)
    for frame in full.values():
        assert frame.columns.is_unique


def test_unmet_inputs(results):
    reserve, _, change = results
    unmet = ar.unmet_inputs(reserve, change)
    # 2 of the 23 daa of reserve (300..320) have no land cover
    assert unmet["reserve_without_landcover"] == pytest.approx(2 / 23)
    # the union is 32 daa; 300..320 lies in the new plan only
    assert unmet["plans_in_common"] == pytest.approx(30 / 32)
    far = prepare_categorical([box(1e5, 0, 1e5 + 300, 100)], [5100])
    apart = plan_change(far, NEW, DEV, landcover=LC, unit="daa", sosi=SOSI)
    assert ar.unmet_inputs(change=apart)["plans_in_common"] == 0.0
