"""core.landuse_account and core.codes: hand-computed fixtures and the real Ås land cover."""

from __future__ import annotations

import json
from pathlib import Path

import fiona
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely import Point, Polygon, box

from smaaby_plugin.core.landuse.categorical import prepare_categorical
from smaaby_plugin.core.landuse.codes import choose_code_list, load_codes
from smaaby_plugin.core.landuse.landuse_account import landuse_account, zone_population

CODES = Path(__file__).resolve().parents[3] / "resources" / "codes"

L_SHAPE = Polygon([(50, 0), (100, 0), (100, 100), (80, 100), (80, 20), (50, 20)])  # 2600
WITH_HOLE = Polygon(
    box(50, 20, 80, 100).exterior.coords, [box(60, 40, 70, 60).exterior.coords]
)  # 2200


def _fixture():
    geoms = [box(0, 0, 50, 100), L_SHAPE, WITH_HOLE, box(150, 0, 160, 10)]
    codes = [21, 30, 60, 21]
    return geoms, codes


def _rows(table):
    return {
        (r.zone_id, r.row_type, None if pd.isna(r.class_code) else int(r.class_code)): r
        for r in table.itertuples()
    }


def test_account_hand_areas_with_gap_and_outside_zone():
    geoms, codes = _fixture()
    lu = prepare_categorical(geoms, codes)
    zones = [box(0, 0, 100, 100), box(100, 0, 200, 100)]
    res = landuse_account(lu, zones, ["A", "B"], unit="m2")
    rows = _rows(res.table)
    assert rows[("A", "class", 21)].area == pytest.approx(5000.0)
    assert rows[("A", "class", 30)].area == pytest.approx(2600.0)
    assert rows[("A", "class", 60)].area == pytest.approx(2200.0)
    assert rows[("A", "uncovered", None)].area == pytest.approx(200.0)  # the hole
    assert rows[("B", "class", 21)].area == pytest.approx(100.0)
    assert rows[("B", "uncovered", None)].area == pytest.approx(10000.0 - 100.0)
    assert rows[("A", "class", 30)].share_pct == pytest.approx(26.0)
    for zone in ("A", "B"):
        sub = res.table[res.table.zone_id == zone]
        assert sub["area"].sum() == pytest.approx(10000.0, rel=1e-12)
        assert (sub["zone_area"] == 10000.0).all()
    assert len(res.pieces) == 6
    assert res.pieces["area_m2"].sum() == pytest.approx(20000.0)
    # without pieces the uncovered area comes from zone area minus covered area
    quick = landuse_account(lu, zones, ["A", "B"], unit="m2", with_pieces=False)
    assert quick.table["area"].to_numpy() == pytest.approx(res.table["area"].to_numpy(), rel=1e-12)


def test_account_units_and_no_zone():
    geoms, codes = _fixture()
    lu = prepare_categorical(geoms, codes)
    for unit, factor in [("m2", 1), ("daa", 1e3), ("ha", 1e4), ("km2", 1e6)]:
        res = landuse_account(lu, unit=unit)
        rows = _rows(res.table)
        assert rows[("all", "class", 21)].area == pytest.approx(5100.0 / factor)
        assert rows[("all", "class", 60)].area == pytest.approx(2200.0 / factor)
        assert not (res.table.row_type == "uncovered").any()
        assert res.table["share_pct"].sum() == pytest.approx(100.0)


def test_no_class_rows_text_classes_and_unknown_codes_flagged():
    geoms = [box(0, 0, 10, 10), box(10, 0, 20, 10), box(20, 0, 30, 10), box(30, 0, 40, 10)]
    lu = prepare_categorical(geoms, [None, " skog ", 30, 77])
    assert lu.n_missing_code == 1 and lu.n_text == 1 and lu.text_examples == ["skog"]
    ar5 = load_codes(CODES / "ar5_arealtype.csv")
    res = landuse_account(lu, [box(0, 0, 40, 10)], ["z"], unit="m2", code_list=ar5)
    rows = _rows(res.table)
    assert rows[("z", "no class", None)].area == pytest.approx(100.0)
    assert rows[("z", "no class", None)].n_pieces == 1
    assert rows[("z", "class", 30)].label_nb == "Skog"
    assert rows[("z", "class", 30)].in_code_list
    assert not rows[("z", "class", 77)].in_code_list  # kept, flagged, labelled by its value
    assert rows[("z", "class", 77)].area == pytest.approx(100.0)
    assert rows[("z", "class", 77)].label_en == "77"
    # a text class is a class of its own, labelled with its value, after the codes
    text = res.table[res.table["class"] == "skog"]
    assert len(text) == 1 and text.iloc[0].row_type == "class"
    assert pd.isna(text.iloc[0].class_code) and text.iloc[0].label_nb == "skog"
    assert text.iloc[0].area == pytest.approx(100.0)
    assert res.table["class"].tolist() == ["30", "77", "skog", None, None]
    assert rows[("z", "uncovered", None)].area == 0.0


def test_huge_and_fractional_codes_are_text_classes():
    """1e300 and 2.5 are classes named by their value (1e300 crashed a cast to int64)."""
    lu = prepare_categorical([box(0, 0, 10, 10), box(10, 0, 20, 10)], np.array([1e300, 2.5]))
    res = landuse_account(lu, [box(0, 0, 20, 10)], ["z"], unit="m2")
    cls = res.table[res.table.row_type == "class"]
    assert cls["class"].tolist() == ["1e+300", "2.5"]
    assert cls["area"].tolist() == [100.0, 100.0]


def test_overlaps_resolved_by_rule():
    lu = prepare_categorical(
        [box(0, 0, 20, 10), box(10, 0, 30, 10)], [30, 21], rule="smallest_code"
    )
    res = landuse_account(lu, [box(0, 0, 30, 10)], ["z"], unit="m2")
    rows = _rows(res.table)
    assert rows[("z", "class", 21)].area == pytest.approx(200.0)
    assert rows[("z", "class", 30)].area == pytest.approx(100.0)


def test_population_points_and_polygons():
    geoms, codes = _fixture()
    lu = prepare_categorical(geoms, codes)
    zones = [box(0, 0, 100, 100), box(100, 0, 200, 100)]
    pts = ([Point(10, 10), Point(150, 50), Point(500, 500)], [4, 6, 100])
    res = landuse_account(lu, zones, ["A", "B"], unit="m2", population=pts)
    rows = _rows(res.table)
    assert rows[("A", "class", 30)].population == 4
    assert rows[("A", "class", 30)].m2_per_inhabitant == pytest.approx(2600.0 / 4)
    cells = ([box(50, 0, 150, 100)], [10.0])  # half in each zone
    assert zone_population(zones, *cells).tolist() == pytest.approx([5.0, 5.0])
    res = landuse_account(lu, zones, ["A", "B"], unit="m2", population=([Point(150, 50)], [0]))
    assert res.table["m2_per_inhabitant"].isna().all()


def test_account_does_not_depend_on_feature_order():
    rng = np.random.default_rng(7)
    pts = rng.uniform(0, 1000, size=(300, 2))
    cells = shapely.voronoi_polygons(shapely.multipoints(pts), extend_to=box(0, 0, 1000, 1000))
    cells = shapely.intersection(shapely.get_parts(cells), box(0, 0, 1000, 1000))
    codes = rng.integers(1, 6, len(cells)) * 10
    zones = [box(0, 0, 500, 1000), shapely.Point(700, 500).buffer(250)]
    base = landuse_account(prepare_categorical(cells, codes), zones, ["w", "c"]).table
    perm = rng.permutation(len(cells))
    other = landuse_account(prepare_categorical(cells[perm], codes[perm]), zones, ["w", "c"]).table
    pd.testing.assert_frame_equal(base, other, check_exact=True)
    # areas of the zone add up to the zone's area
    for zone, geom in zip(["w", "c"], zones):
        assert base[base.zone_id == zone]["area"].sum() * 1e3 == pytest.approx(geom.area, rel=1e-9)


def test_code_lists_load_and_choose():
    sosi = load_codes(CODES / "sosi_arealformal.csv")
    ar5 = load_codes(CODES / "ar5_arealtype.csv")
    n50 = load_codes(CODES / "n50_arealdekke.csv")
    assert sosi.table.loc[1110, "hovedformal"] == 1
    assert sosi.table.loc[3001, "outdated"] and not sosi.table.loc[3002, "outdated"]
    assert sosi.table.loc[110, "outdated"]  # pbl-1985 code, flagged
    assert {11, 12, 21, 22, 23, 30, 50, 60, 81, 82} <= set(ar5.codes)
    assert set(n50.codes) >= {100, 600, 800}
    lists = {"ar5": ar5, "sosi": sosi, "n50": n50}
    assert choose_code_list([11, 21, 30], lists) == "ar5"
    assert choose_code_list([1110, 5100, 2010], lists) == "sosi"
    assert choose_code_list([100, 600, 800, 120, 900], lists) == "n50"
    keys = prepare_categorical(
        [box(i, 0, i + 1, 1) for i in range(6)], ["1110", " 21 ", 30.0, 21.5, "", None]
    ).key.tolist()
    assert keys == [1110, 21, 30, "21.5", None, None]


@pytest.mark.slow
def test_aas_n50_within_kommune_matches_dissolved_overlay(shared_data):
    with fiona.open(shared_data / "aas" / "ArealdekkeN50.gpkg") as src:
        feats = list(src)
    geoms = shapely.from_geojson([json.dumps(f["geometry"].__geo_interface__) for f in feats])
    codes = np.array([f["properties"]["klasse"] for f in feats])
    with fiona.open(shared_data / "norge" / "kommuner2024_25833.gpkg") as src:
        aas = [f for f in src if f["properties"]["kommunenummer"] == "3218"]
    kommune = shapely.from_geojson(json.dumps(aas[0]["geometry"].__geo_interface__))
    res = landuse_account(
        prepare_categorical(geoms, codes),
        [kommune],
        ["3218"],
        unit="m2",
        code_list=load_codes(CODES / "n50_arealdekke.csv"),
    )
    rows = _rows(res.table)
    # Independent computation: dissolve each class, clip the dissolved class to the kommune.
    for code in np.unique(codes):
        dissolved = shapely.union_all(geoms[codes == code])
        expect = shapely.intersection(dissolved, kommune).area
        assert rows[("3218", "class", int(code))].area == pytest.approx(expect, rel=1e-9)
    gap = shapely.difference(kommune, shapely.union_all(geoms)).area
    assert rows[("3218", "uncovered", None)].area == pytest.approx(gap, rel=1e-7)
    assert res.table["area"].sum() == pytest.approx(kommune.area, rel=1e-12)
    quick = landuse_account(
        prepare_categorical(geoms, codes), [kommune], ["3218"], unit="m2", with_pieces=False
    )
    assert _rows(quick.table)[("3218", "uncovered", None)].area == pytest.approx(gap, rel=1e-7)
    assert rows[("3218", "class", 800)].label_nb == "skog"


def test_border_noise_gives_no_sliver_rows():
    """A zone whose edge passes 1e-10 m into a neighbouring class polygon (coordinates
    that should coincide, as kommune borders and land cover do) gets no 1e-9 m² row."""
    from smaaby_plugin.core.landuse.landuse_account import landuse_account

    lu = prepare_categorical([box(0, 0, 10, 10), box(10, 0, 20, 10)], [21, 30])
    zones = [box(0, 0, 10 + 1e-10, 10), box(10 + 1e-10, 0, 20, 10)]
    for with_pieces in (True, False):
        table = landuse_account(lu, zones, ["a", "b"], unit="m2", with_pieces=with_pieces).table
        rows = table[table["row_type"] == "class"]
        assert rows[["zone_id", "class_code"]].values.tolist() == [["a", 21], ["b", 30]]
        # every zone still adds up to its area (the noise goes to "uncovered")
        sums = table.groupby("zone_id")["area"].sum()
        assert sums["a"] == pytest.approx(100.0 + 1e-9, abs=1e-8)
        assert sums["b"] == pytest.approx(100.0 - 1e-9, abs=1e-8)
