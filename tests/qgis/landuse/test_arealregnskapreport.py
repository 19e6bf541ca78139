"""smaaby:arealregnskapreport through processing.run: the workbook read back with GDAL,
figures checked by hand on a tiny fixture and cell by cell against smaaby:planreserve,
smaaby:planchange and smaaby:landconsumption run on the same inputs (Eksempelby)."""

from __future__ import annotations

import math
import zipfile

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

CRS = "EPSG:25833"
ALG = "smaaby:arealregnskapreport"
SHEETS = [
    "Om - About",
    "Nøkkeltall - Key figures",
    "Arealreserve - Reserve",
    "Reserve gjeldende - Current",
    "Endring - Change",
    "Omdisponering - Conversion",
    "SDG 11.3.1",
]


def _box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def read_workbook(path) -> dict[str, pd.DataFrame]:
    """Every sheet as a frame (first row = headings), read with GDAL's XLSX driver."""
    options = {"OGR_XLSX_HEADERS": "FORCE", "OGR_XLSX_FIELD_TYPES": "AUTO"}
    old = {k: gdal.GetConfigOption(k) for k in options}
    for k, v in options.items():
        gdal.SetConfigOption(k, v)
    try:
        dataset = ogr.Open(str(path))
        assert dataset is not None, gdal.GetLastErrorMsg()
        sheets = {}
        for layer in dataset:
            defn = layer.GetLayerDefn()
            names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
            rows = [[f.GetField(i) for i in range(len(names))] for f in layer]
            sheets[layer.GetName()] = pd.DataFrame(rows, columns=names)
        return sheets
    finally:
        dataset = None
        for k, v in old.items():
            gdal.SetConfigOption(k, v)


def _frame(layer) -> pd.DataFrame:
    names = [f.name() for f in layer.fields()]
    rows = [
        [None if v is None or v == "NULL" else v for v in f.attributes()]
        for f in layer.getFeatures()
    ]
    frame = pd.DataFrame(rows, columns=names)
    return frame.apply(
        lambda c: c.map(lambda v: None if hasattr(v, "isNull") and v.isNull() else v)
    )


def _num(value) -> float:
    return float("nan") if value is None or (isinstance(value, str) and not value) else float(value)


def _same(cell, value, decimals: int) -> bool:
    """A workbook cell against an algorithm's value rounded to ``decimals``."""
    a, b = _num(cell), _num(value)
    if math.isnan(b):
        return math.isnan(a)
    expected = round(b, decimals)
    return abs(a - expected) <= 1e-9 * max(1.0, abs(expected))


@pytest.fixture
def fixture(make_layer):
    """The plans of tests/qgis/landuse/test_planchange.py with zones, built-up areas and
    population for SDG 11.3.1."""
    old = make_layer(
        "Polygon",
        CRS,
        {"af": int},
        [
            (_box(0, 0, 100, 100), {"af": 5100}),
            (_box(100, 0, 200, 100), {"af": 1110}),
            (_box(200, 0, 300, 100), {"af": 1300}),
        ],
        name="kp_2015",
    )
    new = make_layer(
        "Polygon",
        CRS,
        {"af": int},
        [
            (_box(0, 0, 60, 100), {"af": 1110}),  # LNFR -> bolig (new development)
            (_box(60, 0, 100, 100), {"af": 5100}),
            (_box(100, 0, 200, 100), {"af": 1110}),
            (_box(200, 0, 250, 100), {"af": 3040}),  # næring -> friområde (returned)
            (_box(250, 0, 300, 100), {"af": 1110}),  # næring -> bolig
            (_box(300, 0, 320, 100), {"af": 1110}),  # outside the old plan
        ],
        name="kp_2023",
    )
    lc = make_layer(
        "Polygon",
        CRS,
        {"artype": int},
        [
            (_box(0, 0, 30, 100), {"artype": 21}),
            (_box(30, 0, 60, 100), {"artype": 30}),
            (_box(60, 0, 200, 100), {"artype": 50}),
            (_box(200, 0, 250, 100), {"artype": 11}),
            (_box(250, 0, 300, 100), {"artype": 60}),
        ],
        name="ar5",
    )
    shore = make_layer(
        "LineString", CRS, {"kind": str}, [("LINESTRING(0 -50, 0 150)", {"kind": "lake"})]
    )
    zones = make_layer(
        "Polygon",
        CRS,
        {"name": str},
        [(_box(0, 0, 200, 100), {"name": "A"}), (_box(200, 0, 400, 100), {"name": "B"})],
    )
    built_t1 = make_layer("Polygon", CRS, {"y": int}, [(_box(0, 0, 10, 10), {"y": 2012})])
    built_t2 = make_layer("Polygon", CRS, {"y": int}, [(_box(0, 0, 20, 10), {"y": 2022})])
    people = make_layer(
        "Point",
        CRS,
        {"p2012": float, "p2022": float},
        [
            ("POINT(50 50)", {"p2012": 100.0, "p2022": 150.0}),
            ("POINT(300 50)", {"p2012": 50.0, "p2022": 40.0}),
        ],
    )
    return {
        "old": old,
        "new": new,
        "lc": lc,
        "shore": shore,
        "zones": zones,
        "built_t1": built_t1,
        "built_t2": built_t2,
        "people": people,
    }


def _params(f, out, **extra):
    params = {
        "NEW_PLAN": f["new"],
        "NEW_FIELD": "af",
        "OLD_PLAN": f["old"],
        "OLD_FIELD": "af",
        "LANDCOVER": f["lc"],
        "LANDCOVER_FIELD": "artype",
        "SHORE": f["shore"],
        "ZONES": f["zones"],
        "ZONE_FIELD": "name",
        "BUILT_T1": f["built_t1"],
        "BUILT_T2": f["built_t2"],
        "POPULATION_T1": f["people"],
        "POPULATION_FIELD_T1": "p2012",
        "POPULATION_T2": f["people"],
        "POPULATION_FIELD_T2": "p2022",
        "YEAR_T1": 2012,
        "YEAR_T2": 2022,
        "OUTPUT": str(out),
    }
    params.update(extra)
    return params


def _rows(sheet, column) -> dict:
    return {row[column]: row for _, row in sheet.iterrows()}


def test_workbook_by_hand(run_alg, fixture, tmp_path):
    out = tmp_path / "arealregnskap.xlsx"
    result = run_alg(ALG, _params(fixture, out, DECIMALS=3))
    assert result["OUTPUT"] == str(out)
    # a real OOXML package with one sheet per table, in order
    with zipfile.ZipFile(out) as z:
        assert "xl/workbook.xml" in z.namelist()
    book = read_workbook(out)
    assert list(book) == SHEETS

    # Reserve of the proposal: bolig on 0-60 (AR5 21 | 30), 100-200 (50), 250-300 (60)
    # and 300-320 (no land cover): 6 + 10 + 5 + 2 = 23 daa; shore zone x <= 100: 6 daa.
    reserve = book["Arealreserve - Reserve"]
    assert list(reserve.columns[:3]) == ["Gruppe / Group", "Arealformålsgruppe", "Purpose group"]
    bolig = reserve[reserve["Gruppe / Group"] == 1].iloc[0]
    expected = {
        "Totalt / Total (daa)": 23.0,
        "I strandsonen / In the shore zone (daa)": 6.0,
        "Dyrka mark (AR5 21+22) / Cultivated land (AR5 21+22) (daa)": 3.0,
        "AR5 21 Fulldyrka jord / Fully cultivated land (daa)": 3.0,
        "AR5 30 Skog / Forest (daa)": 3.0,
        "AR5 50 Åpen fastmark / Open firm ground (daa)": 10.0,
        "AR5 60 Myr / Bog (daa)": 5.0,
        "Uten arealtype / No land cover (daa)": 2.0,
        "AR5 11 Bebygd / Built-up (daa)": 0.0,
    }
    for column, value in expected.items():
        assert bolig[column] == pytest.approx(value, abs=1e-9), column
    total = reserve[reserve["Arealformålsgruppe"] == "Sum"].iloc[0]
    assert total["Totalt / Total (daa)"] == pytest.approx(23.0)
    # Reserve of the current plan: bolig 100-200 (10 daa) and næring 250-300 (5 daa; its
    # 200-250 half is AR5 11, built)
    current = book["Reserve gjeldende - Current"]
    by_group = dict(zip(current["Gruppe / Group"], current["Totalt / Total (daa)"]))
    assert by_group[1] == pytest.approx(10.0) and by_group[6] == pytest.approx(5.0)

    # Change by hovedformål (default): old 5 -> new 1 6 daa, 5 -> 5 4, 1 -> 1 15, 1 -> 3 5,
    # outside the old plan -> 1 2 daa
    change = book["Endring - Change"]
    rows = _rows(change, "Purpose")
    built_up = rows["Buildings and installations"]
    assert built_up["Gjeldende plan / Current plan (daa)"] == pytest.approx(20.0)
    assert built_up["Planforslag / Proposed plan (daa)"] == pytest.approx(23.0)
    assert built_up["Netto endring / Net change (daa)"] == pytest.approx(3.0)
    assert built_up["Til / To 1 (daa)"] == pytest.approx(15.0)
    assert built_up["Til / To 3 (daa)"] == pytest.approx(5.0)
    lnfr = rows[next(k for k in rows if str(k).startswith("Agriculture"))]
    assert lnfr["Til / To 1 (daa)"] == pytest.approx(6.0)
    assert lnfr["Til / To 5 (daa)"] == pytest.approx(4.0)
    assert lnfr["Netto endring / Net change (daa)"] == pytest.approx(-6.0)
    outside = rows["outside the plan"]
    assert pd.isna(outside["Kode / Code"])
    assert outside["Til / To 1 (daa)"] == pytest.approx(2.0)
    assert outside["Netto endring / Net change (daa)"] == pytest.approx(-2.0)

    # Omdisponering: new development 6 (LNFR -> bolig) + 2 (outside -> bolig) = 8 daa:
    # AR5 21 3, 30 3, no land cover 2; shore zone 6. Returned: 5 daa of AR5 11.
    conv = book["Omdisponering - Conversion"]
    new_sum = conv[(conv["Direction"] == "new development") & (conv["New purpose"] == "Sum")]
    new_sum = new_sum.iloc[0]
    assert new_sum["Retning"] == "ny utbygging"
    assert new_sum["Totalt / Total (daa)"] == pytest.approx(8.0)
    assert new_sum["I strandsonen / In the shore zone (daa)"] == pytest.approx(6.0)
    assert new_sum["Dyrka mark (AR5 21+22) / Cultivated land (AR5 21+22) (daa)"] == 3.0
    assert new_sum["AR5 30 Skog / Forest (daa)"] == pytest.approx(3.0)
    assert new_sum["Uten arealtype / No land cover (daa)"] == pytest.approx(2.0)
    back = conv[(conv["Direction"] == "development returned") & (conv["New purpose"] == "Sum")]
    assert back.iloc[0]["AR5 11 Bebygd / Built-up (daa)"] == pytest.approx(5.0)

    # SDG 11.3.1: zone A built 100 -> 200 m², population 100 -> 150 over 10 years
    sdg = _rows(book["SDG 11.3.1"], "Sone / Zone")
    a, b = sdg["A"], sdg["B"]
    assert a["Bebygd areal 2012 / Built-up area 2012 (daa)"] == pytest.approx(0.1)
    assert a["Bebygd areal 2022 / Built-up area 2022 (daa)"] == pytest.approx(0.2)
    lcr, pgr = math.log(2) / 10, math.log(1.5) / 10
    assert a["LCR arealforbruk / land consumption rate (per år / per year)"] == pytest.approx(
        round(lcr, 6), abs=1e-12
    )
    assert a["PGR befolkningsvekst / population growth rate (per år / per year)"] == pytest.approx(
        round(pgr, 6), abs=1e-12
    )
    assert a["LCRPGR"] == pytest.approx(round(lcr / pgr, 3), abs=1e-12)  # 1.710
    assert a["Bebygd per innbygger 2012 / Built-up per inhabitant 2012 (m²)"] == 1.0
    assert pd.isna(b["LCRPGR"])
    assert b["Note"] == "no built-up area at either date: LCR undefined"
    assert b["Merknad"].startswith("ikke bebygd areal")

    # Key figures = the Sum rows
    key = dict(
        zip(
            book["Nøkkeltall - Key figures"]["Key figure"],
            book["Nøkkeltall - Key figures"]["Verdi / Value"],
        )
    )
    assert key["Plan reserve of the plan"] == pytest.approx(23.0)
    assert key["Plan reserve of the current plan"] == pytest.approx(15.0)
    assert key["New development"] == pytest.approx(8.0)
    assert key["Development returned"] == pytest.approx(5.0)
    assert key["Net new development"] == pytest.approx(3.0)


def test_workbook_without_old_plan_or_population(run_alg, fixture, tmp_path, log_feedback):
    out = tmp_path / "one_plan.xlsx"
    feedback = log_feedback()
    params = _params(fixture, out)
    for name in ("OLD_PLAN", "OLD_FIELD", "SHORE", "POPULATION_T1", "POPULATION_T2"):
        params.pop(name)
    run_alg(ALG, params, feedback)
    book = read_workbook(out)
    assert list(book) == ["Om - About", "Nøkkeltall - Key figures", "Arealreserve - Reserve"]
    # no shore layer: no shore-zone column (it would read 0)
    assert not any("strandsone" in c for c in book["Arealreserve - Reserve"].columns)
    assert any("SDG 11.3.1 sheet is left out" in line for line in feedback.log)


# -- the figures are the algorithms' own ---------------------------------------------------
def _layer(path, name):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def _compare(sheet: pd.DataFrame, alg: pd.DataFrame, pairs, decimals) -> int:
    """Compare sheet columns with algorithm columns row by row; returns the cells seen."""
    assert len(sheet) == len(alg)
    seen = 0
    for heading, column, places in pairs:
        for i, (cell, value) in enumerate(zip(sheet[heading], alg[column])):
            if isinstance(value, str) or isinstance(cell, str):
                assert (cell or None) == (value or None), (heading, i, cell, value)
            else:
                assert _same(cell, value, places), (heading, i, cell, value)
            seen += 1
    return seen


def _area_pairs(sheet, alg, first_sheet: int, first_alg: int, decimals: int):
    """Area columns in order; each heading names its column (checked)."""
    names = {"total": "Total", "shore_zone": "shore zone", "ar5_none": "No land cover",
             "cultivated_21_22": "21+22", "agricultural_21_22_23": "21-23"}  # fmt: skip
    headings = list(sheet.columns[first_sheet:])
    columns = [c for c in alg.columns[first_alg:] if c != "unit"]
    assert len(headings) == len(columns)
    for heading, column in zip(headings, columns):
        token = names.get(column, f"AR5 {column[4:]} ")
        assert token in heading, (heading, column)
    return [(h, c, decimals) for h, c in zip(headings, columns)]


@pytest.mark.parametrize("decimals", [1, 10])
def test_workbook_equals_the_algorithms(run_alg, eksempelby, tmp_path, decimals):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    plan_new = _layer(eksempelby, "plan_proposed")
    plan_old = _layer(eksempelby, "plan_current")
    lc = _layer(eksempelby, "landcover")
    buildings = _layer(eksempelby, "buildings")
    shore = _layer(eksempelby, "shoreline")
    zones = _layer(eksempelby, "kommuner")
    built = [_layer(eksempelby, "built_2015"), _layer(eksempelby, "built_2022")]
    people = _layer(eksempelby, "population")
    out = tmp_path / "eksempelby.xlsx"
    run_alg(
        ALG,
        {
            "NEW_PLAN": plan_new,
            "NEW_FIELD": "arealformal",
            "OLD_PLAN": plan_old,
            "OLD_FIELD": "arealformal",
            "LANDCOVER": lc,
            "LANDCOVER_FIELD": "arealtype",
            "BUILT": [buildings],
            "SHORE": shore,
            "ZONES": zones,
            "ZONE_FIELD": "kommunenavn",
            "BUILT_T1": built[0],
            "BUILT_T2": built[1],
            "POPULATION_T1": people,
            "POPULATION_FIELD_T1": "pop2015",
            "POPULATION_T2": people,
            "POPULATION_FIELD_T2": "pop2022",
            "YEAR_T1": 2015,
            "YEAR_T2": 2022,
            "DECIMALS": decimals,
            "OUTPUT": str(out),
        },
    )
    book = read_workbook(out)
    context = QgsProcessingContext()

    def run(alg_id, params):
        result = processing.run(alg_id, params, context=context, feedback=QgsProcessingFeedback())
        return {k: context.getMapLayer(v) if isinstance(v, str) else v for k, v in result.items()}

    common = {"LANDCOVER": lc, "LANDCOVER_FIELD": "arealtype", "SHORE": shore, "UNIT": 1}
    cells = 0
    reserves = (("Arealreserve - Reserve", plan_new), ("Reserve gjeldende - Current", plan_old))
    for sheet_name, plan in reserves:
        table = _frame(
            run(
                "smaaby:planreserve",
                {
                    "PLAN": plan,
                    "PURPOSE_FIELD": "arealformal",
                    "BUILT": [buildings],
                    "OUTPUT_RESERVE": "memory:",
                    "OUTPUT_TABLE": "memory:",
                    **common,
                },
            )["OUTPUT_TABLE"]
        )
        sheet = book[sheet_name]
        pairs = [("Gruppe / Group", "purpose_group", 0),
                 ("Arealformålsgruppe", "group_label_nb", 0),
                 ("Purpose group", "group_label_en", 0)]  # fmt: skip
        cells += _compare(sheet, table, pairs + _area_pairs(sheet, table, 3, 3, decimals), decimals)
    change = run(
        "smaaby:planchange",
        {
            "OLD_PLAN": plan_old,
            "OLD_FIELD": "arealformal",
            "NEW_PLAN": plan_new,
            "NEW_FIELD": "arealformal",
            "GROUPING": 1,
            "OUTPUT_MATRIX": "memory:",
            "OUTPUT_CONVERSION": "memory:",
            **common,
        },
    )
    matrix = _frame(change["OUTPUT_MATRIX"])
    matrix["code"] = [None if k is None or k < 0 else k for k in matrix["key"]]
    sheet = book["Endring - Change"]
    to_columns = [c for c in matrix.columns if c.startswith("to_")]
    headings = list(sheet.columns[6:])
    assert len(headings) == len(to_columns)
    for heading, column in zip(headings, to_columns):
        assert column[3:] in heading or (column == "to_outside" and "outside" in heading)
    pairs = [("Kode / Code", "code", 0), ("Arealformål", "label_nb", 0), ("Purpose", "label_en", 0),
             ("Gjeldende plan / Current plan (daa)", "old_total", decimals),
             ("Planforslag / Proposed plan (daa)", "new_total", decimals),
             ("Netto endring / Net change (daa)", "net_change", decimals)]  # fmt: skip
    pairs += [(h, c, decimals) for h, c in zip(headings, to_columns)]
    cells += _compare(sheet, matrix, pairs, decimals)
    conversion = _frame(change["OUTPUT_CONVERSION"])
    sheet = book["Omdisponering - Conversion"]
    pairs = [("Direction", "direction", 0), ("Kode / Code", "key", 0),
             ("Nytt arealformål", "label_nb", 0), ("New purpose", "label_en", 0)]  # fmt: skip
    cells += _compare(
        sheet, conversion, pairs + _area_pairs(sheet, conversion, 5, 5, decimals), decimals
    )
    sdg = _frame(
        run(
            "smaaby:landconsumption",
            {
                "ZONES": zones,
                "ZONE_FIELD": "kommunenavn",
                "BUILT_T1": built[0],
                "BUILT_T2": built[1],
                "POPULATION_T1": people,
                "POPULATION_FIELD_T1": "pop2015",
                "POPULATION_T2": people,
                "POPULATION_FIELD_T2": "pop2022",
                "YEAR_T1": 2015,
                "YEAR_T2": 2022,
                "UNIT": 1,
                "OUTPUT": "memory:",
            },
        )["OUTPUT"]
    )
    sheet = book["SDG 11.3.1"]
    columns = ["zone", "built_t1_daa", "built_t2_daa", "pop_t1", "pop_t2", "years", "lcr", "pgr",
               "lcrpgr", "lcrpgr_note", "lcrpgr_note", "built_per_cap_t1_m2",
               "built_per_cap_t2_m2", "built_per_cap_change_m2"]  # fmt: skip
    places = [0, decimals, decimals, decimals, decimals, 6, 6, 6, 3, 0, 0, decimals, decimals,
              decimals]  # fmt: skip
    pairs = list(zip(sheet.columns, columns, places))
    pairs.pop(9)  # the bokmål note (checked by hand above)
    cells += _compare(sheet, sdg, pairs, decimals)
    assert cells > 300
    # key figures are the Sum rows
    key = book["Nøkkeltall - Key figures"]
    labels = list(key["Key figure"])
    values = list(key["Verdi / Value"])
    at = labels.index("New development")
    figures = {}
    for label, value in zip(labels[at:], values[at:]):  # the parts that follow it
        figures.setdefault(label, value)
    new_dev = conversion[
        (conversion["direction"] == "new development") & (conversion["label_nb"] == "Sum")
    ]
    assert _same(figures["New development"], new_dev["total"].iloc[0], decimals)
    assert _same(figures["  of it forest (30)"], new_dev["ar5_30"].iloc[0], decimals)


# -- bad input ------------------------------------------------------------------------------
def _refused(run_alg, params, match):
    with pytest.raises(QgsProcessingException, match=match) as error:
        run_alg(ALG, params)
    text = str(error.value)
    assert "Traceback" not in text and "Error:" not in text and "Exception" not in text
    return text


def test_old_plan_without_field_stops(run_alg, fixture, tmp_path):
    params = _params(fixture, tmp_path / "x.xlsx")
    params.pop("OLD_FIELD")
    _refused(run_alg, params, "OLD_PLAN is given without OLD_FIELD")
    assert not (tmp_path / "x.xlsx").exists()


def test_population_without_zones_stops(run_alg, fixture, tmp_path):
    params = _params(fixture, tmp_path / "x.xlsx")
    for name in ("ZONES", "BUILT_T2"):
        params.pop(name)
    text = _refused(run_alg, params, "SDG 11.3.1 needs")
    assert "ZONES, BUILT_T2 missing" in text


def test_not_xlsx_stops(run_alg, fixture, tmp_path):
    _refused(run_alg, _params(fixture, tmp_path / "x.csv"), r"must be an \.xlsx file")


def test_negative_population_stops(run_alg, fixture, make_layer, tmp_path):
    people = make_layer(
        "Point", CRS, {"p2012": float, "p2022": float},
        [("POINT(50 50)", {"p2012": -5.0, "p2022": 150.0})],
    )  # fmt: skip
    params = _params(fixture, tmp_path / "x.xlsx", POPULATION_T1=people)
    _refused(run_alg, params, "negative")
    assert not (tmp_path / "x.xlsx").exists()


def test_null_population_counts_as_zero(run_alg, fixture, make_layer, tmp_path, log_feedback):
    people = make_layer(
        "Point", CRS, {"p2012": float, "p2022": float},
        [("POINT(50 50)", {"p2012": None, "p2022": 150.0}),
         ("POINT(60 50)", {"p2012": 100.0, "p2022": 0.0})],
    )  # fmt: skip
    out = tmp_path / "x.xlsx"
    feedback = log_feedback()
    run_alg(ALG, _params(fixture, out, POPULATION_T1=people, POPULATION_T2=people), feedback)
    a = _rows(read_workbook(out)["SDG 11.3.1"], "Sone / Zone")["A"]
    assert a["Befolkning 2012 / Population 2012"] == 100.0  # the null counted as 0
    assert a["Befolkning 2022 / Population 2022"] == 150.0
    assert any("1 of 2 features" in line and "counted as 0" in line for line in feedback.log)


def test_overwrites_an_existing_workbook(run_alg, fixture, tmp_path):
    out = tmp_path / "again.xlsx"
    out.write_bytes(b"not a workbook")
    run_alg(ALG, _params(fixture, out))
    assert list(read_workbook(out)) == SHEETS


def test_sheet_names_fit_excel():
    from smaaby_plugin.core.landuse.arealregnskap import SHEETS as NAMES
    from smaaby_plugin.core.landuse.arealregnskap import sheet_name

    for name in NAMES.values():
        assert sheet_name(name) == name and len(name) <= 31
    assert np.all([c not in n for n in NAMES.values() for c in "[]:*?/\\"])


def test_empty_built_layer_is_said(run_alg, fixture, make_layer, tmp_path, log_feedback):
    empty = make_layer("Point", CRS, {"id": int}, [], name="bygg_tom")
    out = tmp_path / "x.xlsx"
    feedback = log_feedback()
    run_alg(ALG, _params(fixture, out, BUILT=[empty]), feedback)
    assert any("BUILT 1 (bygg_tom) has no features" in line for line in feedback.log)
    # nothing built: the reserve is that of the run without BUILT
    reserve = read_workbook(out)["Arealreserve - Reserve"]
    assert reserve["Totalt / Total (daa)"].iloc[-1] == pytest.approx(23.0)


def test_inputs_that_do_not_meet_are_said(run_alg, fixture, make_layer, tmp_path, log_feedback):
    far = 100_000  # 100 km east: a layer in another CRS or of another place
    lc = make_layer(
        "Polygon", CRS, {"artype": int}, [(_box(far, 0, far + 300, 100), {"artype": 30})]
    )
    old = make_layer("Polygon", CRS, {"af": int}, [(_box(far, 0, far + 300, 100), {"af": 5100})])
    feedback = log_feedback()
    run_alg(ALG, _params(fixture, tmp_path / "x.xlsx", LANDCOVER=lc, OLD_PLAN=old), feedback)
    assert any("LANDCOVER covers none of NEW_PLAN's reserve" in line for line in feedback.log)
    assert any("OLD_PLAN and NEW_PLAN have no land in common" in line for line in feedback.log)
    # the fixture itself meets: no such warning
    feedback = log_feedback()
    run_alg(ALG, _params(fixture, tmp_path / "y.xlsx"), feedback)
    assert not any("covers none" in line or "in common" in line for line in feedback.log)
