"""Shared pieces of the plan accounts (arealreserve, endring i arealformål).

* The **development table** (``resources/codes/sosi_development.csv``, editable): for
  each SOSI kommuneplan arealformål code whether it counts as development
  (utbyggingsformål), its purpose group (arealformålsgruppe), the sliver threshold and
  whether buffered buildings/roads are removed from its reserve. Columns: ``code``,
  ``label_nb`` (for the editor's eyes only), ``development`` (0/1), ``purpose_group``
  (int), ``group_label_nb``, ``group_label_en``, ``min_area_m2``, ``buffer_built``
  (0/1), ``note``.

  Defaults and their sources: *development* follows NINA's exclude list
  (``fme/lookup/kp_exclude.csv`` of NINAnor/planlagt_utbygging_norge, NINA Rapport 2310):
  every code of hovedformål 1 (bebyggelse og anlegg) and 2 (samferdsel og teknisk
  infrastruktur) counts, grønnstruktur, Forsvaret, LNFR (also spredt) and sjø og
  vassdrag do not. The 19 *purpose groups* are those of ARV (AndreasAtakan/ARV), which
  states that it follows the KDD guidance. The *sliver thresholds* (250 m² for bolig/
  sentrum, fritid and samferdsel, 1,000 m² for næring, 150 m² for the rest) and the
  15 m *building buffer* applied to bolig/sentrum, fritid and næring are ARV/NINA
  implementation choices, not official values. KDD's guidance (2023, ch. 4) defines the
  reserve only as "areas set aside for development but not built" and works examples
  for bolig and fritidsbolig only.

* The **shore zone** (strandsone, pbl § 1-8): everything within a distance (default
  100 m) of shore lines or of water polygons (the water included). Distances are
  planar; the buffer is shapely's polygonal approximation (8 segments per quarter
  circle).

* Splitting polygons into the parts inside and outside a cover (shore zone, land
  cover) and the wide tables "rows by AR5 class" that both algorithms output.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import CategoricalLayer
from smaaby_plugin.core.landuse.codes import CodeList
from smaaby_plugin.core.overlay import NOISE_AREA_M2, intersect, uncovered
from smaaby_plugin.core.polygons import areas, group_sum, grouped_union, polygonal_parts
from smaaby_plugin.core.progress import Progress, report, scaled, timed_chunks

__all__ = [
    "NOISE_AREA_M2",
    "DEVELOPMENT_COLUMNS",
    "GROUPINGS",
    "AR5_CULTIVATED",
    "AR5_AGRICULTURAL",
    "DevelopmentTable",
    "load_development_table",
    "classify_purposes",
    "grouping_keys",
    "shore_zone",
    "split_by_cover",
    "split_pieces",
    "ar5_wide_table",
    "current_codes",
    "shore_and_ar5_pieces",
]

DEVELOPMENT_COLUMNS = (
    "code",
    "development",
    "purpose_group",
    "group_label_nb",
    "group_label_en",
    "min_area_m2",
    "buffer_built",
)

#: Ways to group arealformål codes in the change matrix.
GROUPINGS = ("sosi", "hovedformal", "development")

#: AR5 dyrka mark (fulldyrka + overflatedyrka jord) and jordbruksareal (+ innmarksbeite).
AR5_CULTIVATED = (21, 22)
AR5_AGRICULTURAL = (21, 22, 23)

#: Purpose group of codes missing from the table ("19 Udefinert" in the shipped table).
UNDEFINED_GROUP = 19

_EMPTY = shapely.from_wkt("POLYGON EMPTY")


@dataclass(frozen=True)
class DevelopmentTable:
    """The development code table, indexed by integer SOSI code.

    Attributes
    ----------
    table : pandas.DataFrame
        Index ``code``; columns ``development`` (bool), ``purpose_group`` (int),
        ``group_label_nb``, ``group_label_en`` (str), ``min_area_m2`` (float),
        ``buffer_built`` (bool).
    """

    table: pd.DataFrame

    def group_labels(self) -> pd.DataFrame:
        """One row per purpose group: ``group_label_nb``, ``group_label_en``."""
        groups = self.table.drop_duplicates("purpose_group").set_index("purpose_group")
        return groups[["group_label_nb", "group_label_en"]].sort_index()


def load_development_table(path) -> DevelopmentTable:
    """Read the development code table (see the module docstring for its columns).

    Raises
    ------
    InputError
        Missing file, missing column, non-integer or repeated code, a 0/1 column with
        other values, or a negative threshold.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(
            f"Development code table {path} not found; restore "
            f"resources/codes/sosi_development.csv or choose another file."
        )
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in DEVELOPMENT_COLUMNS if c not in table.columns]
    if missing:
        raise InputError(
            f"Development code table {path.name} lacks column(s) {', '.join(missing)}."
        )
    numbers = {}
    for column in ("code", "development", "purpose_group", "min_area_m2", "buffer_built"):
        values = pd.to_numeric(table[column].str.strip(), errors="coerce")
        if values.isna().any():
            bad = table[column][values.isna()].iloc[0]
            raise InputError(
                f"Development code table {path.name}: column {column} has "
                f"the non-numeric value {bad!r}."
            )
        numbers[column] = values
    code = numbers["code"]
    if (code != code.round()).any() or code.duplicated().any():
        raise InputError(
            f"Development code table {path.name}: codes must be whole numbers that appear once."
        )
    for column in ("development", "buffer_built"):
        if not numbers[column].isin([0, 1]).all():
            raise InputError(
                f"Development code table {path.name}: column {column} must hold 0 or 1."
            )
    if (numbers["min_area_m2"] < 0).any():
        raise InputError(f"Development code table {path.name}: min_area_m2 cannot be negative.")
    out = pd.DataFrame(
        {
            "development": numbers["development"].astype(bool).to_numpy(),
            "purpose_group": numbers["purpose_group"].astype(np.int64).to_numpy(),
            "group_label_nb": table["group_label_nb"].to_numpy(dtype=object),
            "group_label_en": table["group_label_en"].to_numpy(dtype=object),
            "min_area_m2": numbers["min_area_m2"].astype(float).to_numpy(),
            "buffer_built": numbers["buffer_built"].astype(bool).to_numpy(),
        },
        index=pd.Index(code.astype(np.int64).to_numpy(), name="code"),
    )
    return DevelopmentTable(out.sort_index())


def classify_purposes(
    codes, development: DevelopmentTable, sosi: CodeList | None = None
) -> pd.DataFrame:
    """Per plan polygon: labels, hovedformål, development flag and purpose group.

    Codes that are missing (NaN) or not in the development table are not development
    and go to the undefined purpose group (19); ``in_code_list`` tells them apart.

    Parameters
    ----------
    codes : array_like of float
        SOSI arealformål codes (NaN = no class).
    development : DevelopmentTable
    sosi : CodeList, optional
        The SOSI arealformål list (labels and the ``hovedformal`` column).

    Returns
    -------
    pandas.DataFrame
        ``code`` (float), ``label_nb``, ``label_en``, ``in_code_list`` (bool),
        ``outdated`` (bool), ``hovedformal`` (float, NaN unknown), ``development``
        (bool), ``purpose_group`` (int), ``group_label_nb``, ``group_label_en``,
        ``min_area_m2`` (float), ``buffer_built`` (bool).

    Examples
    --------
    >>> t = DevelopmentTable(pd.DataFrame({"development": [True], "purpose_group": [1],
    ...     "group_label_nb": ["Bolig"], "group_label_en": ["Housing"],
    ...     "min_area_m2": [250.0], "buffer_built": [True]},
    ...     index=pd.Index([1110], name="code")))
    >>> c = classify_purposes([1110, 9999, np.nan], t)
    >>> c.development.tolist(), c.purpose_group.tolist()
    ([True, False, False], [1, 19, 19])
    """
    code = np.asarray(codes, dtype=float)
    key = np.where(np.isnan(code), -1, code).astype(np.int64)
    found = development.table.reindex(key)
    known = found["development"].notna().to_numpy()
    undefined = development.table[development.table.purpose_group == UNDEFINED_GROUP]
    undefined_nb = undefined.group_label_nb.iloc[0] if len(undefined) else "Udefinert"
    undefined_en = undefined.group_label_en.iloc[0] if len(undefined) else "Undefined"
    out = pd.DataFrame({"code": code})
    if sosi is not None:
        described = sosi.describe(code)
        out["label_nb"] = described["label_nb"].to_numpy()
        out["label_en"] = described["label_en"].to_numpy()
        out["in_code_list"] = described["in_list"].to_numpy()
        out["outdated"] = described["outdated"].to_numpy()
        if "hovedformal" in sosi.table.columns:
            hf = sosi.table["hovedformal"].reindex(key).to_numpy(dtype=float)
        else:
            hf = np.full(len(code), np.nan)
    else:
        out["label_nb"] = np.full(len(code), None, dtype=object)
        out["label_en"] = np.full(len(code), None, dtype=object)
        out["in_code_list"] = known
        out["outdated"] = np.zeros(len(code), dtype=bool)
        hf = np.full(len(code), np.nan)
    # Without the SOSI list, the thousands digit of a 4-digit code is its hovedformål.
    four_digit = np.isnan(hf) & (code >= 1000) & (code < 7000)
    hf[four_digit] = np.floor(code[four_digit] / 1000)
    out["hovedformal"] = hf
    out["development"] = found["development"].fillna(False).astype(bool).to_numpy()
    out["purpose_group"] = (
        found["purpose_group"].fillna(UNDEFINED_GROUP).astype(np.int64).to_numpy()
    )
    out["group_label_nb"] = found["group_label_nb"].where(known, undefined_nb).to_numpy()
    out["group_label_en"] = found["group_label_en"].where(known, undefined_en).to_numpy()
    out["min_area_m2"] = found["min_area_m2"].fillna(0.0).to_numpy(dtype=float)
    out["buffer_built"] = found["buffer_built"].fillna(False).astype(bool).to_numpy()
    return out


def grouping_keys(
    classes: pd.DataFrame, grouping: str, hovedformal: CodeList | None = None
) -> pd.DataFrame:
    """The class of each polygon at a grouping level, with labels.

    Parameters
    ----------
    classes : pandas.DataFrame
        From :func:`classify_purposes`.
    grouping : {"sosi", "hovedformal", "development"}
        SOSI code, hovedformål 1-6 (pbl § 11-7), or development (1) versus not (0).
    hovedformal : CodeList, optional
        Labels of the hovedformål.

    Returns
    -------
    pandas.DataFrame
        ``key`` (float; NaN = no class), ``label_nb``, ``label_en``.

    Examples
    --------
    >>> c = pd.DataFrame({"code": [1110.0, 5100.0], "hovedformal": [1.0, 5.0],
    ...     "development": [True, False], "label_nb": ["Bolig", "LNFR"],
    ...     "label_en": ["Housing", "LNFR"]})
    >>> grouping_keys(c, "development").label_en.tolist()
    ['development', 'not development']
    """
    if grouping not in GROUPINGS:
        raise InputError(f"Unknown grouping {grouping!r}; use one of {', '.join(GROUPINGS)}.")
    if grouping == "sosi":
        return pd.DataFrame(
            {
                "key": classes["code"].to_numpy(dtype=float),
                "label_nb": classes["label_nb"].to_numpy(dtype=object),
                "label_en": classes["label_en"].to_numpy(dtype=object),
            }
        )
    if grouping == "development":
        dev = classes["development"].to_numpy(dtype=bool)
        return pd.DataFrame(
            {
                "key": dev.astype(float),
                "label_nb": np.where(dev, "utbyggingsformål", "ikke utbyggingsformål").astype(
                    object
                ),
                "label_en": np.where(dev, "development", "not development").astype(object),
            }
        )
    key = classes["hovedformal"].to_numpy(dtype=float)
    if hovedformal is not None:
        described = hovedformal.describe(key)
        nb, en = described["label_nb"].to_numpy(), described["label_en"].to_numpy()
    else:
        nb = en = np.full(len(key), None, dtype=object)
    return pd.DataFrame({"key": key, "label_nb": nb, "label_en": en})


def shore_zone(geoms, width: float) -> np.ndarray:
    """The shore zone: everything within ``width`` of shore lines or water polygons.

    Parameters
    ----------
    geoms : array_like of LineString/MultiLineString or Polygon/MultiPolygon
        Shore lines (strandlinje) or sea and lake polygons; a mix is allowed.
    width : float
        Width of the zone in metres (pbl § 1-8: 100 m), > 0.

    Returns
    -------
    numpy.ndarray of Polygon/MultiPolygon
        The buffered features (they may overlap one another; consumers treat them as a
        cover, see :func:`split_by_cover`).

    Examples
    --------
    >>> from shapely import LineString
    >>> round(float(shore_zone([LineString([(0, 0), (100, 0)])], 10)[0].area))  # 2000 + ~pi*100
    2312
    """
    if not width > 0:
        raise InputError(f"SHORE_WIDTH must be positive (got {width}).")
    geoms = np.asarray(geoms, dtype=object).reshape(-1)
    geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    dims = shapely.get_dimensions(geoms)
    if (dims == 0).any():
        raise InputError("SHORE must hold shore lines or water polygons, not points.")
    zone = shapely.buffer(geoms, width)
    return zone[~shapely.is_empty(zone)]


def _inside_and_outside(geoms: np.ndarray, pairs: pd.DataFrame, progress=None):
    """Per polygon that meets the cover: the union of its intersections with the cover,
    and its part outside them; in blocks of polygons (each is its own)."""
    left = pairs["left"].to_numpy()
    hit = np.unique(left)
    slot = np.searchsorted(hit, left)
    # intersect() sorts its pairs by left, so each polygon's pieces are contiguous, in
    # the order one call for all would union them
    bounds = np.searchsorted(slot, np.arange(len(hit) + 1))
    pieces = pairs["geometry"].to_numpy()
    inside = np.empty(len(hit), dtype=object)
    outside = np.empty(len(hit), dtype=object)
    for sl in timed_chunks(len(hit), progress):
        a, b = bounds[sl.start], bounds[sl.stop]
        union = polygonal_parts(
            grouped_union(pieces[a:b], slot[a:b] - sl.start, sl.stop - sl.start)
        )
        inside[sl] = union
        outside[sl] = polygonal_parts(shapely.difference(geoms[hit[sl]], union))
    return hit, inside, outside


def split_by_cover(geoms, cover, progress: Progress | None = None) -> np.ndarray:
    """The part of each polygon that no polygon of a cover overlaps.

    Parameters
    ----------
    geoms : array_like of valid Polygon/MultiPolygon
    cover : array_like of valid Polygon/MultiPolygon (they may overlap one another)
    progress : Progress, optional
        Told the share done; raises ``Cancelled`` to stop.

    Returns
    -------
    numpy.ndarray
        Per input polygon, its part outside the cover (empty polygon when fully
        covered).

    Examples
    --------
    >>> from shapely import box
    >>> split_by_cover([box(0, 0, 4, 1)], [box(0, 0, 1, 1), box(0, 0, 2, 1)])[0].area
    2.0
    """
    geoms = np.asarray(geoms, dtype=object).reshape(-1)
    cover = np.asarray(cover, dtype=object).reshape(-1)
    outside = geoms.copy()
    pairs = intersect(geoms, cover, progress=scaled(progress, 0.0, 0.6))
    if len(pairs):
        hit, _, rest = _inside_and_outside(geoms, pairs, scaled(progress, 0.6, 1.0))
        outside[hit] = rest
    outside[shapely.is_missing(outside)] = _EMPTY
    report(progress, 1.0)
    return outside


def split_pieces(
    geoms, cover, inside_disjoint: bool = False, progress: Progress | None = None
) -> pd.DataFrame:
    """Pieces of each polygon inside and outside a cover.

    Parameters
    ----------
    geoms : array_like of Polygon/MultiPolygon
    cover : array_like of Polygon/MultiPolygon
    inside_disjoint : bool
        True when the cover polygons do not overlap one another (a land-cover
        partition): each inside piece keeps the index of its cover polygon, and a
        polygon whose pieces add up to its area skips the costly difference
        (``overlay.uncovered``). False (a buffer cover such as the shore zone): the
        inside part of each polygon is dissolved into one piece with ``cover == -2``.
    progress : Progress, optional
        Told the share done; raises ``Cancelled`` to stop.

    Returns
    -------
    pandas.DataFrame
        ``source`` (index into geoms), ``cover`` (index into cover; -1 outside;
        -2 inside a dissolved cover), ``area`` and ``geometry``; sorted by
        (source, cover); pieces of at most ``NOISE_AREA_M2`` are left out.

    Examples
    --------
    >>> from shapely import box
    >>> p = split_pieces([box(0, 0, 4, 1)], [box(0, 0, 1, 1), box(3, 0, 5, 1)], True)
    >>> p[["source", "cover", "area"]].values.tolist()
    [[0.0, -1.0, 2.0], [0.0, 0.0, 1.0], [0.0, 1.0, 1.0]]
    """
    geoms = np.asarray(geoms, dtype=object).reshape(-1)
    cover = np.asarray(cover, dtype=object).reshape(-1)
    pairs = intersect(geoms, cover, progress=scaled(progress, 0.0, 0.6))
    rest_progress = scaled(progress, 0.6, 1.0)
    if inside_disjoint:
        inside = pd.DataFrame(
            {
                "source": pairs["left"].to_numpy(),
                "cover": pairs["right"].to_numpy(),
                "geometry": pairs["geometry"].to_numpy(),
            }
        )
        rest = uncovered(
            geoms,
            pairs["left"].to_numpy(),
            pairs["area"].to_numpy(),
            pairs["geometry"].to_numpy(),
            progress=rest_progress,
        )
        outside = pd.DataFrame(
            {
                "source": rest["zone"].to_numpy(),
                "cover": -1,
                "geometry": rest["geometry"].to_numpy(),
            }
        )
    else:
        hit, union, outside_hit = _inside_and_outside(geoms, pairs, rest_progress)
        inside = pd.DataFrame({"source": hit, "cover": np.full(len(hit), -2), "geometry": union})
        rest = geoms.copy()
        rest[hit] = outside_hit
        outside = pd.DataFrame({"source": np.arange(len(geoms)), "cover": -1, "geometry": rest})
    out = pd.concat([inside, outside], ignore_index=True)
    out["area"] = shapely.area(out["geometry"].to_numpy()) if len(out) else []
    out = out[out["area"] > NOISE_AREA_M2]
    out["source"] = out["source"].astype(np.int64)
    out["cover"] = out["cover"].astype(np.int64)
    out = out.sort_values(["source", "cover"], kind="stable").reset_index(drop=True)
    report(progress, 1.0)
    return out[["source", "cover", "area", "geometry"]]


def _none_for_nan(values) -> np.ndarray:
    """Values as an object array with None for NaN (and for None)."""
    values = np.asarray(values, dtype=object).reshape(-1)
    return np.array(
        [None if v is None or (isinstance(v, float) and np.isnan(v)) else v for v in values],
        dtype=object,
    )


def ar5_wide_table(rows, ar5, shore, area, row_index: pd.DataFrame, ar5_codes=None) -> pd.DataFrame:
    """Areas by row class and AR5 class, one row per class plus a total row.

    Parameters
    ----------
    rows : array_like
        Row key of each piece (purpose group, SOSI code, a text class...; NaN or None
        = no class).
    ar5 : array_like of float
        AR5 code of each piece; NaN where no land-cover polygon covers it (or it has
        no class): the column ``ar5_none``.
    shore : array_like of bool
        Whether the piece lies in the shore zone.
    area : array_like of float
        Area of each piece (in the unit wanted in the table).
    row_index : pandas.DataFrame
        Index: the row keys to show (all of them, even without area), in order;
        columns: labels to copy into the table.
    ar5_codes : array_like of int, optional
        AR5 codes that always get a column (e.g. the AR5 code list); codes found in
        ``ar5`` are added.

    Returns
    -------
    pandas.DataFrame
        The ``row_index`` columns, then ``total``, ``shore_zone``,
        ``cultivated_21_22``, ``agricultural_21_22_23``, ``ar5_<code>`` for each AR5
        code and ``ar5_none``; a last row with key NaN and label "Sum" holds the totals.

    Examples
    --------
    >>> idx = pd.DataFrame({"label": ["Bolig"]}, index=pd.Index([1.0], name="key"))
    >>> t = ar5_wide_table([1, 1], [30, np.nan], [True, False], [2.0, 3.0], idx, [30])
    >>> t[["key", "total", "shore_zone", "ar5_30", "ar5_none"]].values.tolist()
    [[1.0, 5.0, 2.0, 2.0, 3.0], [nan, 5.0, 2.0, 2.0, 3.0]]
    """
    ar5 = np.asarray(ar5, dtype=float)
    shore = np.asarray(shore, dtype=bool)
    area = np.asarray(area, dtype=float)
    n = len(row_index)
    # keys may be numbers or class keys (int, text); NaN and None (no class) must find
    # their row too: an object index matches None to None
    position = pd.Index(_none_for_nan(row_index.index), dtype=object).get_indexer(
        pd.Index(_none_for_nan(rows), dtype=object)
    )
    if (position < 0).any():
        raise InputError("Internal: a piece's class is missing from the table rows.")
    codes = set(int(c) for c in (ar5_codes if ar5_codes is not None else []))
    codes.update(int(c) for c in np.unique(ar5[~np.isnan(ar5)]))
    table = row_index.reset_index()
    table.columns = ["key", *row_index.columns]
    table["total"] = group_sum(position, area, n)
    table["shore_zone"] = group_sum(position[shore], area[shore], n)
    for name, members in (
        ("cultivated_21_22", AR5_CULTIVATED),
        ("agricultural_21_22_23", AR5_AGRICULTURAL),
    ):
        sel = np.isin(ar5, members)
        table[name] = group_sum(position[sel], area[sel], n)
    for code in sorted(codes):
        sel = ar5 == code
        table[f"ar5_{code}"] = group_sum(position[sel], area[sel], n)
    sel = np.isnan(ar5)
    table["ar5_none"] = group_sum(position[sel], area[sel], n)
    value_columns = [c for c in table.columns if c not in ("key", *row_index.columns)]
    total = {c: None for c in table.columns}
    total["key"] = np.nan if pd.api.types.is_float_dtype(table["key"]) else None
    for column in row_index.columns:
        total[column] = "Sum"
    for column in value_columns:
        total[column] = float(
            group_sum(np.zeros(n, dtype=np.int64), table[column].to_numpy(), 1)[0]
        )
    return pd.concat([table, pd.DataFrame([total])], ignore_index=True)


def current_codes(code_list: CodeList | None):
    """Codes of a list that are not outdated (the AR5 columns every table gets).

    Examples
    --------
    >>> t = pd.DataFrame({"label_nb": ["a", "b"], "label_en": ["a", "b"],
    ...     "outdated": [False, True]}, index=pd.Index([30, 80], name="code"))
    >>> current_codes(CodeList("ar5", t)).tolist()
    [30]
    """
    if code_list is None:
        return None
    return code_list.table.index[~code_list.table["outdated"].to_numpy(dtype=bool)].to_numpy()


def shore_and_ar5_pieces(
    geoms,
    shore_cover,
    landcover: CategoricalLayer | None,
    area_function=None,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Cut polygons by the shore zone, then by the land-cover polygons.

    Parameters
    ----------
    geoms : array_like of Polygon/MultiPolygon
    shore_cover : array_like of Polygon/MultiPolygon
        The shore zone (:func:`shore_zone`); may be empty.
    landcover : CategoricalLayer, optional
        AR5 polygons (a partition); without it every piece has ``ar5`` NaN.
    area_function : callable, optional
        Areas in m² of a geometry array; default planar.
    progress : Progress, optional
        Told the share done; raises ``Cancelled`` to stop.

    Returns
    -------
    pandas.DataFrame
        ``source`` (index into geoms), ``shore_zone`` (bool), ``ar5`` (code; NaN where
        no land-cover polygon covers the piece or it has no class), ``covered`` (bool:
        a land-cover polygon covers it), ``area`` (m²) and ``geometry``.

    Examples
    --------
    >>> from shapely import box
    >>> from smaaby_plugin.core.landuse.categorical import prepare_categorical
    >>> lc = prepare_categorical([box(0, 0, 5, 10)], [30])
    >>> p = shore_and_ar5_pieces([box(0, 0, 10, 10)], [box(-5, 0, 2, 10)], lc)
    >>> p[["shore_zone", "ar5", "area"]].values.tolist()
    [[True, 30.0, 20.0], [False, nan, 50.0], [False, 30.0, 30.0]]
    """
    empty = np.zeros(0, dtype=object)
    by_shore = split_pieces(
        geoms,
        shore_cover if shore_cover is not None else empty,
        progress=scaled(progress, 0.0, 0.4),
    )
    lc_geoms = landcover.geometry if landcover is not None else empty
    by_ar5 = split_pieces(
        by_shore["geometry"].to_numpy(),
        lc_geoms,
        inside_disjoint=True,
        progress=scaled(progress, 0.4, 0.9),
    )
    step = by_ar5["source"].to_numpy()
    cover = by_ar5["cover"].to_numpy()
    ar5 = np.full(len(by_ar5), np.nan)
    if landcover is not None:
        ar5[cover >= 0] = landcover.code[cover[cover >= 0]]
    geometry = by_ar5["geometry"].to_numpy()
    area = by_ar5["area"].to_numpy()
    if area_function is not None and len(area):
        area = areas(geometry, area_function, scaled(progress, 0.9, 1.0))
    return pd.DataFrame(
        {
            "source": by_shore["source"].to_numpy()[step],
            "shore_zone": (by_shore["cover"].to_numpy() == -2)[step],
            "ar5": ar5,
            "covered": cover >= 0,
            "area": area,
            "geometry": geometry,
        }
    )
