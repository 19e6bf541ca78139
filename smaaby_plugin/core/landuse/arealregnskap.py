"""The arealregnskap workbook: the tables of KDD's guidance as spreadsheet sheets.

KDD, *Arealregnskap i kommuneplan* (December 2023): planners deliver the account as
tables in the plan description, made in a spreadsheet after the GIS step. This module
turns the results of the plan algorithms into those tables, one pandas frame per sheet,
with headings in bokmål and English and areas in daa:

* **Arealreserve** (ch. 4): the reserve of a plan by purpose group (arealformålsgruppe)
  and AR5 class, from :func:`~smaaby_plugin.core.landuse.plan_reserve.plan_reserve`;
* **Endring** (ch. 5): the change in arealformål, old plan by new plan with the net
  change per class, from :func:`~smaaby_plugin.core.landuse.plan_change.plan_change`
  (its ``matrix``);
* **Omdisponering** (ch. 5, land qualities built on): newly designated development land
  by new purpose and AR5 class (dyrka mark 21+22, innmarksbeite 23, skog 30, åpen
  fastmark 50, myr 60 ...) and the shore zone, and below it land returned from
  development (``plan_change``'s ``conversion``);
* **SDG 11.3.1** per zone, from
  :func:`~smaaby_plugin.core.landuse.land_consumption.land_consumption`;
* **Nøkkeltall** (key figures): the Sum rows of those tables and the reserve's steps;
* **Om** (about): inputs, parameters, method and units.

Nothing here computes an area: the figures are the functions' own values, rounded for
the sheet (areas, populations and m² per inhabitant to ``decimals``, rates to
:data:`RATE_DECIMALS`, the ratio LCRPGR to :data:`RATIO_DECIMALS`). Sums are rounded on
their own (the rounded rows may differ from the rounded Sum in the last decimal).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from smaaby_plugin.core.landuse.codes import CodeList

__all__ = [
    "CONVERSION_DIRECTIONS",
    "RATE_DECIMALS",
    "RATIO_DECIMALS",
    "SHEETS",
    "about_sheet",
    "area_headings",
    "change_sheet",
    "conversion_sheet",
    "heading",
    "key_figures",
    "reserve_sheet",
    "sdg_sheet",
    "sheet_name",
    "unmet_inputs",
    "workbook",
]

#: Sheet names in workbook order (Excel: at most 31 characters, none of []:*?/\).
SHEETS = {
    "about": "Om - About",
    "key": "Nøkkeltall - Key figures",
    "reserve": "Arealreserve - Reserve",
    "reserve_old": "Reserve gjeldende - Current",
    "change": "Endring - Change",
    "conversion": "Omdisponering - Conversion",
    "sdg": "SDG 11.3.1",
}
#: Decimals of LCR and PGR (fractions per year) and of LCRPGR in the SDG sheet.
RATE_DECIMALS = 6
RATIO_DECIMALS = 3
#: plan_change's conversion directions in bokmål.
CONVERSION_DIRECTIONS = {
    "new development": "ny utbygging",
    "development returned": "tilbakeført fra utbygging",
}
#: land_consumption's notes in bokmål (the English text stays beside it).
_NOTES_NB = {
    "no built-up area at either date: LCR undefined": (
        "ikke bebygd areal ved noen av tidspunktene: LCR udefinert"
    ),
    "no built-up area at the first date: LCR undefined": (
        "ikke bebygd areal ved første tidspunkt: LCR udefinert"
    ),
    "no built-up area at the second date: LCR undefined": (
        "ikke bebygd areal ved andre tidspunkt: LCR udefinert"
    ),
    "no population at either date: PGR undefined": (
        "ingen befolkning ved noen av tidspunktene: PGR udefinert"
    ),
    "no population at the first date: PGR undefined": (
        "ingen befolkning ved første tidspunkt: PGR udefinert"
    ),
    "no population at the second date: PGR undefined": (
        "ingen befolkning ved andre tidspunkt: PGR udefinert"
    ),
    "population stable (PGR = 0): ratio undefined": (
        "stabil befolkning (PGR = 0): forholdstallet er udefinert"
    ),
    "population declined (PGR < 0): ratio not meaningful": (
        "befolkningen har gått ned (PGR < 0): forholdstallet gir ikke mening"
    ),
}
_UNIT = "daa"
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Fixed area columns of plans.ar5_wide_table: (bokmål, English).
_AREA_HEADINGS = {
    "total": ("Totalt", "Total"),
    "shore_zone": ("I strandsonen", "In the shore zone"),
    "cultivated_21_22": ("Dyrka mark (AR5 21+22)", "Cultivated land (AR5 21+22)"),
    "agricultural_21_22_23": (
        "Jordbruksareal (AR5 21-23)",
        "Agricultural land (AR5 21-23)",
    ),
    "ar5_none": ("Uten arealtype", "No land cover"),
}


def sheet_name(text: str) -> str:
    """A name Excel accepts for a sheet: at most 31 characters, none of ``[]:*?/\\``.

    Examples
    --------
    >>> sheet_name("Endring: gjeldende/forslag [daa] og mer tekst enn plass")
    'Endring- gjeldende-forslag -daa'
    """
    name = _FORBIDDEN.sub("-", str(text)).strip().strip("'")
    return name[:31].rstrip() or "Sheet"


def heading(nb: str, en: str, unit: str | None = None) -> str:
    """A column heading in bokmål and English, with the unit.

    Examples
    --------
    >>> heading("Skog", "Forest", "daa"), heading("LCRPGR", "LCRPGR")
    ('Skog / Forest (daa)', 'LCRPGR')
    """
    text = nb if nb == en else f"{nb} / {en}"
    return f"{text} ({unit})" if unit else text


def _rounded(values, decimals: int) -> np.ndarray:
    # + 0.0 turns a rounded -0.0 into 0.0; NaN stays NaN (an empty cell)
    return np.round(np.asarray(values, dtype=float), int(decimals)) + 0.0


def _codes(values) -> pd.Series:
    """Class keys as whole numbers; NaN and negative keys (outside the plan) empty."""
    keys = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(float)
    out = pd.array(np.where(np.isnan(keys), 0, keys).astype(np.int64), dtype="Int64")
    out[np.isnan(keys) | (keys < 0)] = pd.NA
    return pd.Series(out)


def area_headings(columns, ar5: CodeList | None = None) -> dict[str, str]:
    """Headings of the area columns of a ``plans.ar5_wide_table`` (daa).

    Examples
    --------
    >>> area_headings(["total", "ar5_30", "ar5_77"])
    {'total': 'Totalt / Total (daa)', 'ar5_30': 'AR5 30 (daa)', 'ar5_77': 'AR5 77 (daa)'}
    """
    out = {}
    for column in columns:
        if column in _AREA_HEADINGS:
            out[column] = heading(*_AREA_HEADINGS[column], _UNIT)
        elif column.startswith("ar5_") and column[4:].isdigit():
            code = int(column[4:])
            if ar5 is not None and code in ar5:
                row = ar5.table.loc[code]
                nb, en = f"AR5 {code} {row['label_nb']}", f"{row['label_en']}"
                out[column] = f"{nb} / {en} ({_UNIT})"
            else:
                out[column] = f"AR5 {code} ({_UNIT})"
    return out


def _area_frame(table: pd.DataFrame, ar5, shore: bool, decimals: int) -> pd.DataFrame:
    names = area_headings(table.columns, ar5)
    if not shore:
        names.pop("shore_zone", None)
    return pd.DataFrame({names[c]: _rounded(table[c], decimals) for c in names})


def _text(values) -> list:
    return [None if pd.isna(v) else str(v) for v in values]


def reserve_sheet(
    table: pd.DataFrame, *, ar5: CodeList | None = None, shore: bool = True, decimals: int = 1
) -> pd.DataFrame:
    """The reserve by purpose group and AR5 class (``ReserveResult.table``, in daa).

    ``shore=False`` leaves out the shore-zone column (no shore layer was given).

    Examples
    --------
    >>> t = pd.DataFrame({"purpose_group": [1.0, np.nan], "group_label_nb": ["Bolig", "Sum"],
    ...     "group_label_en": ["Housing", "Sum"], "total": [5.04, 5.04],
    ...     "shore_zone": [0.0, 0.0], "ar5_30": [5.04, 5.04], "unit": ["daa", "daa"]})
    >>> reserve_sheet(t, shore=False).iloc[:, [0, 1, 3, 4]].values.tolist()
    [[1, 'Bolig', 5.0, 5.0], [<NA>, 'Sum', 5.0, 5.0]]
    """
    head = pd.DataFrame(
        {
            heading("Gruppe", "Group"): _codes(table["purpose_group"]),
            "Arealformålsgruppe": _text(table["group_label_nb"]),
            "Purpose group": _text(table["group_label_en"]),
        }
    )
    return pd.concat([head, _area_frame(table, ar5, shore, decimals)], axis=1)


def _class_column(key) -> str:
    """Heading of a to_<class> column: key NaN (no purpose), -1 (outside), or the rest
    of the column name (a code, or a text class as plan_change names it)."""
    if isinstance(key, str) and key.lstrip("-").isdigit():
        key = float(key)
    if isinstance(key, str):
        return f"Til / To {key} ({_UNIT})"
    if pd.isna(key):
        return heading("Til uten formål", "To no purpose", _UNIT)
    if key < 0:
        return heading("Til utenfor planen", "To outside the plan", _UNIT)
    return f"Til / To {int(key)} ({_UNIT})"


def change_sheet(matrix: pd.DataFrame, *, decimals: int = 1) -> pd.DataFrame:
    """The change in arealformål, current plan (rows) by proposal (columns), in daa
    (``ChangeResult.matrix``): totals in both plans, the net change (proposal minus
    current plan) and the area going from each class to each class.

    Examples
    --------
    >>> m = pd.DataFrame({"key": [5.0, np.nan], "label_nb": ["LNFR", "Sum"],
    ...     "label_en": ["LNFR", "Sum"], "old_total": [10.0, 10.0],
    ...     "new_total": [6.0, 6.0], "net_change": [-4.0, 0.0], "to_-1": [0.0, 0.0],
    ...     "to_5": [6.0, 6.0], "unit": ["daa", "daa"]})
    >>> list(change_sheet(m).columns)[-2:]
    ['Til utenfor planen / To outside the plan (daa)', 'Til / To 5 (daa)']
    """
    keys = matrix["key"].to_numpy(dtype=float)
    sheet = pd.DataFrame(
        {
            heading("Kode", "Code"): _codes(keys),
            "Arealformål": _text(matrix["label_nb"]),
            "Purpose": _text(matrix["label_en"]),
        }
    )
    for column, nb, en in (
        ("old_total", "Gjeldende plan", "Current plan"),
        ("new_total", "Planforslag", "Proposed plan"),
        ("net_change", "Netto endring", "Net change"),
    ):
        sheet[heading(nb, en, _UNIT)] = _rounded(matrix[column], decimals)
    for column in matrix.columns:
        if column.startswith("to_"):
            rest = column[3:]
            key = np.nan if rest == "none" else -1.0 if rest in ("outside", "-1") else rest
            sheet[_class_column(key)] = _rounded(matrix[column], decimals)
    return sheet


def conversion_sheet(
    conversion: pd.DataFrame,
    *,
    ar5: CodeList | None = None,
    shore: bool = True,
    decimals: int = 1,
) -> pd.DataFrame:
    """Omdisponering (``ChangeResult.conversion``): newly designated development land by
    new purpose and AR5 class and in the shore zone, then land returned from
    development, in daa.

    Examples
    --------
    >>> c = pd.DataFrame({"direction": ["new development"], "key": [1.0],
    ...     "label_nb": ["Bebyggelse"], "label_en": ["Built"], "total": [6.0],
    ...     "shore_zone": [0.0], "cultivated_21_22": [3.0]})
    >>> conversion_sheet(c).iloc[0, :2].tolist()
    ['ny utbygging', 'new development']
    """
    direction = conversion["direction"].astype(str)
    head = pd.DataFrame(
        {
            "Retning": [CONVERSION_DIRECTIONS.get(d, d) for d in direction],
            "Direction": list(direction),
            heading("Kode", "Code"): _codes(conversion["key"]),
            "Nytt arealformål": _text(conversion["label_nb"]),
            "New purpose": _text(conversion["label_en"]),
        }
    )
    return pd.concat([head, _area_frame(conversion, ar5, shore, decimals)], axis=1)


def _year(value: float) -> str:
    return f"{float(value):g}"


def sdg_sheet(
    table: pd.DataFrame, zones, year_t1: float, year_t2: float, *, decimals: int = 1
) -> pd.DataFrame:
    """SDG 11.3.1 per zone (the frame of ``land_consumption`` with ``area_factor`` 1000,
    i.e. built-up areas in daa), with the zone names and the years in the headings.

    Examples
    --------
    >>> t = pd.DataFrame({"built_t1": [1.0], "built_t2": [1.21], "pop_t1": [100.0],
    ...     "pop_t2": [110.0], "years": [10.0], "lcr": [0.0190620], "pgr": [0.0095310],
    ...     "lcrpgr": [2.0], "lcrpgr_note": [None], "built_per_cap_t1_m2": [10.0],
    ...     "built_per_cap_t2_m2": [11.0], "built_per_cap_change_m2": [1.0]})
    >>> s = sdg_sheet(t, ["By"], 2012, 2022)
    >>> list(s.columns[:2])
    ['Sone / Zone', 'Bebygd areal 2012 / Built-up area 2012 (daa)']
    >>> float(s.iloc[0, 6]), float(s.iloc[0, 8])
    (0.019062, 2.0)
    """
    y1, y2 = _year(year_t1), _year(year_t2)
    sheet = pd.DataFrame({heading("Sone", "Zone"): [str(z) for z in zones]})
    columns = [
        ("built_t1", f"Bebygd areal {y1}", f"Built-up area {y1}", _UNIT, decimals),
        ("built_t2", f"Bebygd areal {y2}", f"Built-up area {y2}", _UNIT, decimals),
        ("pop_t1", f"Befolkning {y1}", f"Population {y1}", None, decimals),
        ("pop_t2", f"Befolkning {y2}", f"Population {y2}", None, decimals),
        ("years", "År mellom", "Years between", None, 6),
        ("lcr", "LCR arealforbruk", "land consumption rate", "per år / per year", RATE_DECIMALS),
        ("pgr", "PGR befolkningsvekst", "population growth rate", "per år / per year", 6),
        ("lcrpgr", "LCRPGR", "LCRPGR", None, RATIO_DECIMALS),
    ]
    for column, nb, en, unit, places in columns:
        sheet[heading(nb, en, unit)] = _rounded(table[column], places)
    notes = _text(table["lcrpgr_note"])
    sheet["Merknad"] = [None if n is None else _NOTES_NB.get(n, n) for n in notes]
    sheet["Note"] = notes
    for column, nb, en in (
        ("built_per_cap_t1_m2", f"Bebygd per innbygger {y1}", f"Built-up per inhabitant {y1}"),
        ("built_per_cap_t2_m2", f"Bebygd per innbygger {y2}", f"Built-up per inhabitant {y2}"),
        (
            "built_per_cap_change_m2",
            "Endring bebygd per innbygger",
            "Change in built-up per inhabitant",
        ),
    ):
        sheet[heading(nb, en, "m²")] = _rounded(table[column], decimals)
    return sheet


def _sum_row(table: pd.DataFrame, label_column: str, direction: str | None = None):
    rows = table[table[label_column].astype(str).eq("Sum")]
    if direction is not None:
        rows = rows[rows["direction"].eq(direction)]
    return rows.iloc[0]


# Columns of an ar5_wide_table in the key figures: (column, bokmål, English).
_KEY_PARTS = (
    ("total", "", ""),
    ("shore_zone", "herav i strandsonen", "of it in the shore zone"),
    ("cultivated_21_22", "herav dyrka mark (21+22)", "of it cultivated land (21+22)"),
    ("ar5_30", "herav skog (30)", "of it forest (30)"),
    ("ar5_60", "herav myr (60)", "of it bog (60)"),
    ("ar5_50", "herav åpen fastmark (50)", "of it open firm ground (50)"),
)


def _wide_figures(row: pd.Series, nb: str, en: str, shore: bool) -> list:
    """The total of a Sum row, then its parts (indented) where the table has them."""
    out = []
    for column, part_nb, part_en in _KEY_PARTS:
        if column not in row.index or (column == "shore_zone" and not shore):
            continue
        if column == "total":
            out.append((nb, en, float(row[column])))
        else:
            out.append((f"  {part_nb}", f"  {part_en}", float(row[column])))
    return out


def key_figures(
    *,
    reserve=None,
    reserve_old=None,
    change=None,
    shore: bool = True,
    decimals: int = 1,
) -> pd.DataFrame:
    """The headline figures of the account (daa): the Sum rows of the tables and the
    reserve's steps (development purposes, removed as built, water and slivers).

    Parameters
    ----------
    reserve, reserve_old : ReserveResult, optional
        The reserve of the (proposed) plan and of the current plan, in daa.
    change : ChangeResult, optional
        The plan change, in daa.
    shore : bool
        Whether shore-zone figures are shown (a shore layer was given).
    decimals : int

    Returns
    -------
    pandas.DataFrame
        ``Nøkkeltall``, ``Key figure``, ``Verdi / Value``, ``Enhet / Unit``.
    """
    rows: list[tuple[str, str, float]] = []
    for result, nb_plan, en_plan in (
        (reserve, "planen", "the plan"),
        (reserve_old, "gjeldende plan", "the current plan"),
    ):
        if result is None:
            continue
        s = result.summary
        rows.append(
            (
                f"Utbyggingsformål i {nb_plan}",
                f"Development purposes in {en_plan}",
                s["development"] / 1000.0,
            )
        )
        for key, nb, en in (
            ("removed_built", "fjernet som bebygd", "removed as built"),
            ("removed_water", "fjernet som vann", "removed as water"),
            ("removed_slivers", "fjernet som småflater", "removed as slivers"),
        ):
            rows.append((f"  {nb}", f"  {en}", s[key] / 1000.0))
        row = _sum_row(result.table, "group_label_nb")
        rows += _wide_figures(row, f"Arealreserve i {nb_plan}", f"Plan reserve of {en_plan}", shore)
    if change is not None:
        sums = _sum_row(change.matrix, "label_nb")
        rows.append(("Areal i gjeldende plan", "Area of the current plan", sums["old_total"]))
        rows.append(("Areal i planforslaget", "Area of the proposed plan", sums["new_total"]))
        rows.append(("Endret arealformål", "Changed purpose", change.summary["changed"] / 1000.0))
        totals = {}
        for direction, nb, en in (
            ("new development", "Ny utbygging", "New development"),
            ("development returned", "Tilbakeført fra utbygging", "Development returned"),
        ):
            row = _sum_row(change.conversion, "label_nb", direction)
            totals[direction] = float(row["total"])
            rows += _wide_figures(row, nb, en, shore)
        rows.append(
            (
                "Netto ny utbygging",
                "Net new development",
                totals["new development"] - totals["development returned"],
            )
        )
    return pd.DataFrame(
        {
            "Nøkkeltall": [r[0] for r in rows],
            "Key figure": [r[1] for r in rows],
            heading("Verdi", "Value"): _rounded([r[2] for r in rows], decimals),
            heading("Enhet", "Unit"): [_UNIT] * len(rows),
        }
    )


def unmet_inputs(reserve=None, change=None) -> dict[str, float]:
    """Signs that two inputs do not meet (another CRS or extent): the share of the
    reserve that no land-cover polygon covers, and the share of the plans' union that lies
    in both plans. Empty when there is nothing to judge.

    Examples
    --------
    >>> t = pd.DataFrame({"group_label_nb": ["Bolig", "Sum"], "total": [5.0, 5.0],
    ...                   "ar5_none": [5.0, 5.0]})
    >>> from types import SimpleNamespace
    >>> unmet_inputs(reserve=SimpleNamespace(table=t))
    {'reserve_without_landcover': 1.0}
    """
    out = {}
    if reserve is not None:
        row = _sum_row(reserve.table, "group_label_nb")
        if float(row["total"]) > 0:
            out["reserve_without_landcover"] = float(row["ar5_none"]) / float(row["total"])
    if change is not None:
        matrix = change.matrix
        total = float(_sum_row(matrix, "label_nb")["old_total"])
        only_new = float(matrix.loc[matrix["key"] == -1.0, "old_total"].sum())
        only_old = (
            float(matrix.loc[matrix["label_nb"] != "Sum", "to_outside"].sum())
            if ("to_outside" in matrix.columns)
            else 0.0
        )
        if total > 0:
            out["plans_in_common"] = max(total - only_new - only_old, 0.0) / total
    return out


def about_sheet(entries, decimals: int = 1) -> pd.DataFrame:
    """The sheet that says what the workbook is: the fixed notes on source, method and
    units, then ``entries`` (topic, bokmål text, English text) given by the caller
    (inputs, parameters, CRS, date).

    Examples
    --------
    >>> about_sheet([("Plan", "plan_2022", "plan_2022")]).iloc[-1].tolist()
    ['Plan', 'plan_2022', 'plan_2022']
    """
    fixed = [
        (
            "Kilde / Source",
            "KDD: Arealregnskap i kommuneplan (veileder, desember 2023), kap. 4 og 5",
            "Ministry of Local Government and Regional Development (KDD): 'Arealregnskap i "
            "kommuneplan' (guidance, December 2023), ch. 4 and 5",
        ),
        (
            "Enhet / Unit",
            f"Arealer i dekar (daa = 1 000 m²), avrundet til {decimals} desimal(er); "
            "summer er avrundet for seg og kan avvike fra summen av de avrundede radene",
            f"Areas in decares (daa = 1,000 m²), rounded to {decimals} decimal(s); sums are "
            "rounded on their own and may differ from the sum of the rounded rows",
        ),
        (
            "Arealreserve / Reserve",
            "Utbyggingsformål som ikke er bygd ut (KDD kap. 4): minus AR5 11/12 og "
            "bygninger/veger med buffer, vann og småflater; fordelt på arealformålsgruppe "
            "og AR5-arealtype (smaaby:planreserve)",
            "Development purposes not yet built (KDD ch. 4): minus AR5 11/12 and buffered "
            "buildings/roads, water and slivers; by purpose group and AR5 class "
            "(smaaby:planreserve)",
        ),
        (
            "Endring / Change",
            "Gjeldende plan (rader) mot planforslaget (kolonner), netto endring = forslag "
            "minus gjeldende; 'utenfor planen' = dekket av bare den ene planen "
            "(smaaby:planchange)",
            "Current plan (rows) against the proposal (columns), net change = proposal "
            "minus current plan; 'outside the plan' = covered by one plan only "
            "(smaaby:planchange)",
        ),
        (
            "Omdisponering / Conversion",
            "Nytt utbyggingsformål (ikke utbygging eller utenfor gjeldende plan før) etter "
            "AR5-arealtype og strandsone; under: tilbakeført fra utbygging "
            "(smaaby:planchange)",
            "Newly designated development land (not development or outside the current "
            "plan before) by AR5 class and shore zone; below: land returned from "
            "development (smaaby:planchange)",
        ),
        (
            "SDG 11.3.1",
            "LCR = ln(bebygd T2 / bebygd T1) / år, PGR = ln(befolkning T2 / T1) / år, "
            "LCRPGR = LCR / PGR (UN-Habitat 2021; smaaby:landconsumption)",
            "LCR = ln(built-up T2 / built-up T1) / years, PGR = ln(population T2 / T1) / "
            "years, LCRPGR = LCR / PGR (UN-Habitat 2021; smaaby:landconsumption)",
        ),
    ]
    rows = fixed + [tuple(e) for e in entries]
    return pd.DataFrame(
        {
            heading("Emne", "Topic"): [r[0] for r in rows],
            "Norsk (bokmål)": [r[1] for r in rows],
            "English": [r[2] for r in rows],
        }
    )


def workbook(
    *,
    about: pd.DataFrame,
    reserve=None,
    reserve_old=None,
    change=None,
    sdg: pd.DataFrame | None = None,
    ar5: CodeList | None = None,
    shore: bool = True,
    decimals: int = 1,
) -> dict[str, pd.DataFrame]:
    """All sheets of the workbook, in order, by sheet name (see :data:`SHEETS`).

    Parameters
    ----------
    about : pandas.DataFrame
        From :func:`about_sheet`.
    reserve, reserve_old : ReserveResult, optional
        Reserve of the (proposed) plan and of the current plan, in daa.
    change : ChangeResult, optional
        The plan change in daa.
    sdg : pandas.DataFrame, optional
        From :func:`sdg_sheet`.
    ar5 : CodeList, optional
        AR5 labels for the headings.
    shore : bool
        Whether a shore layer was given (else the shore-zone columns are left out).
    decimals : int
        Decimals of the areas.
    """
    sheets = {SHEETS["about"]: about}
    figures = key_figures(
        reserve=reserve, reserve_old=reserve_old, change=change, shore=shore, decimals=decimals
    )
    if len(figures):
        sheets[SHEETS["key"]] = figures
    for key, result in (("reserve", reserve), ("reserve_old", reserve_old)):
        if result is not None:
            sheets[SHEETS[key]] = reserve_sheet(
                result.table, ar5=ar5, shore=shore, decimals=decimals
            )
    if change is not None:
        sheets[SHEETS["change"]] = change_sheet(change.matrix, decimals=decimals)
        sheets[SHEETS["conversion"]] = conversion_sheet(
            change.conversion, ar5=ar5, shore=shore, decimals=decimals
        )
    if sdg is not None:
        sheets[SHEETS["sdg"]] = sdg
    return sheets
