"""Plan reserve (arealreserve) core on hand-made fixtures with areas computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely import LineString, Point, box

from smaaby_plugin import paths
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import prepare_categorical
from smaaby_plugin.core.landuse.codes import load_codes
from smaaby_plugin.core.landuse.plan_reserve import plan_reserve
from smaaby_plugin.core.landuse.plans import classify_purposes, load_development_table

DEV = load_development_table(paths.resource("codes", "sosi_development.csv"))
SOSI = load_codes(paths.resource("codes", "sosi_arealformal.csv"), "sosi")
AR5 = load_codes(paths.resource("codes", "ar5_arealtype.csv"), "ar5")

# Plan (m²): bolig 10,000; næring 10,000; LNFR; friområde; fritid 200 (a sliver);
# tjenesteyting 10,000 (a group without the building buffer).
PLAN_GEOMS = [
    box(0, 0, 100, 100),
    box(100, 0, 200, 100),
    box(0, 100, 200, 200),
    box(200, 0, 300, 100),
    box(300, 0, 310, 20),
    box(0, 200, 100, 300),
]
PLAN_CODES = [1110, 1300, 5100, 3040, 1120, 1160]
# AR5 over x 0..310, y 0..200 (tjenesteyting at y 200..300 has no land cover).
LC_GEOMS = [
    box(0, 0, 40, 100),
    box(40, 0, 100, 100),
    box(100, 0, 200, 50),
    box(100, 50, 120, 100),
    box(120, 50, 200, 100),
    box(0, 100, 310, 200),
    box(200, 0, 310, 100),
]
LC_CODES = [11, 30, 21, 81, 60, 50, 50]


def _plan(geoms=PLAN_GEOMS, codes=PLAN_CODES):
    return prepare_categorical(geoms, codes, name="PLAN")


def _lc():
    return prepare_categorical(LC_GEOMS, LC_CODES, name="LANDCOVER")


def _group_row(result, group):
    table = result.table
    return table[table.purpose_group == group].iloc[0]


def test_reserve_by_hand_exact():
    # building footprint 20 x 20 in the bolig forest, no buffer; shore line along y = 0
    result = plan_reserve(
        _plan(),
        DEV,
        landcover=_lc(),
        built=[np.array([box(60, 20, 80, 40)])],
        built_buffer=0.0,
        shore=np.array([LineString([(-50, 0), (400, 0)])]),
        shore_width=10.0,
        unit="daa",
        sosi=SOSI,
        ar5=AR5,
    )
    s = result.summary
    assert s["development"] == pytest.approx(30200.0)
    # AR5 11 (4,000) and the footprint (400) in bolig
    assert s["removed_built"] == pytest.approx(4400.0)
    # fresh water 20 x 50 = 1,000 m² (> 500) in næring
    assert s["removed_water"] == pytest.approx(1000.0)
    # fritid 200 m² < 250 m²
    assert s["removed_slivers"] == pytest.approx(200.0)
    assert s["reserve"] == pytest.approx(5600 + 9000 + 10000)
    # shore band y 0..10: bolig 40..100 (600) and næring 100..200 (1,000)
    assert s["reserve_shore"] == pytest.approx(1600.0)

    bolig, naering, tjeneste = (_group_row(result, g) for g in (1, 6, 3))
    assert bolig.total == pytest.approx(5.6)
    assert bolig.ar5_30 == pytest.approx(5.6)
    assert bolig.shore_zone == pytest.approx(0.6)
    assert naering.total == pytest.approx(9.0)
    assert naering.ar5_21 == pytest.approx(5.0)
    assert naering.ar5_60 == pytest.approx(4.0)
    assert naering.cultivated_21_22 == pytest.approx(5.0)
    assert naering.agricultural_21_22_23 == pytest.approx(5.0)
    assert naering.shore_zone == pytest.approx(1.0)
    assert tjeneste.ar5_none == pytest.approx(10.0)  # no land cover there
    assert _group_row(result, 2).total == 0.0  # fritid: only a sliver
    total = result.table[result.table.group_label_nb == "Sum"].iloc[0]
    assert total.total == pytest.approx(24.6)
    # every development group is a row, even without reserve
    dev_groups = set(DEV.table.purpose_group[DEV.table.development])
    assert dev_groups <= set(result.table.purpose_group.dropna().astype(int))
    # pieces carry labels and add up
    pieces = result.pieces
    assert pieces.area_m2.sum() == pytest.approx(s["reserve"])
    assert set(pieces.label_nb) == {
        "Boligbebyggelse",
        "Næringsbebyggelse",
        "Offentlig eller privat tjenesteyting",
    }
    assert set(pieces.ar5_label_en) == {
        "Forest",
        "Fully cultivated land",
        "Bog",
        "not covered by land cover",
    }
    assert pieces.shore_zone.sum() == 2
    assert shapely.area(pieces.geometry.to_numpy()).sum() == pytest.approx(s["reserve"])
    # plan index points back to the input features
    assert set(pieces.plan) == {0, 1, 5}


def test_building_buffer_only_for_buffer_groups():
    point_bolig, point_tjeneste = Point(70, 70), Point(50, 250)
    result = plan_reserve(
        _plan(),
        DEV,
        landcover=_lc(),
        built=[np.array([point_bolig, point_tjeneste])],
        built_buffer=15.0,
        ar5_built=False,
        unit="m2",
    )
    # the buffer is a regular 32-gon (8 segments per quarter circle) of radius 15 m:
    # area = 32/2 * r² * sin(2π/32), within 1 % of π r²
    circle = 16 * 15**2 * math.sin(math.pi / 16)
    assert circle == pytest.approx(math.pi * 15**2, rel=0.01)
    assert result.summary["removed_built"] == pytest.approx(circle)
    bolig = _group_row(result, 1)
    assert bolig.ar5_11 == pytest.approx(4000.0)  # AR5 11 kept: ar5_built=False
    assert bolig.ar5_30 == pytest.approx(6000.0 - circle)
    # tjenesteyting is not a buffer group: the point removes nothing there
    assert _group_row(result, 3).total == pytest.approx(10000.0)


def test_min_area_override_and_water_switch():
    keep_all = plan_reserve(
        _plan(), DEV, landcover=_lc(), min_area=0.0, exclude_water=False, unit="m2"
    )
    assert keep_all.summary["removed_slivers"] == 0.0
    assert keep_all.summary["removed_water"] == 0.0
    assert _group_row(keep_all, 2).total == pytest.approx(200.0)
    assert _group_row(keep_all, 6).ar5_81 == pytest.approx(1000.0)
    strict = plan_reserve(_plan(), DEV, landcover=_lc(), min_area=9500.0, unit="m2")
    # bolig 6,000 and næring 9,000 are now below the threshold; tjenesteyting stays
    assert strict.summary["reserve"] == pytest.approx(10000.0)
    with pytest.raises(InputError, match="MIN_AREA"):
        plan_reserve(_plan(), DEV, min_area=-1.0)


def test_slivers_are_judged_per_connected_part():
    # a bolig polygon cut by AR5 11 into a 9,000 m² part and a 100 m² strip
    plan = _plan([box(0, 0, 100, 100)], [1110])
    lc = prepare_categorical(
        [box(0, 0, 100, 9), box(0, 9, 100, 10), box(0, 10, 100, 100)], [30, 11, 30]
    )
    result = plan_reserve(plan, DEV, landcover=lc, unit="m2")
    # 900 (y 0..9) stays: 900 >= 250; the 100 m² AR5 11 strip is built
    assert result.summary["reserve"] == pytest.approx(9900.0)
    lc2 = prepare_categorical(
        [box(0, 0, 100, 2), box(0, 2, 100, 10), box(0, 10, 100, 100)], [30, 11, 30]
    )
    result2 = plan_reserve(plan, DEV, landcover=lc2, unit="m2")
    # the 200 m² strip y 0..2 is a sliver (< 250 m²), the 9,000 m² part stays
    assert result2.summary["removed_slivers"] == pytest.approx(200.0)
    assert result2.summary["reserve"] == pytest.approx(9000.0)


def test_unknown_and_missing_codes_are_not_development():
    plan = prepare_categorical(PLAN_GEOMS[:3], [1110, 9999, None])
    result = plan_reserve(plan, DEV, unit="m2")
    assert result.summary["n_not_in_table"] == 1
    assert result.summary["development"] == pytest.approx(10000.0)
    classes = classify_purposes(plan.code, DEV, SOSI)
    assert classes.in_code_list.tolist() == [True, False, False]
    assert classes.purpose_group.tolist() == [1, 19, 19]


def test_reserve_does_not_depend_on_feature_order():
    rng = np.random.default_rng(3)
    perm_plan = rng.permutation(len(PLAN_GEOMS))
    perm_lc = rng.permutation(len(LC_GEOMS))
    kwargs = dict(
        built=[np.array([Point(70, 70), box(130, 10, 150, 30)])],
        shore=np.array([LineString([(-50, 0), (400, 0)])]),
        unit="m2",
    )
    a = plan_reserve(_plan(), DEV, landcover=_lc(), **kwargs)
    b = plan_reserve(
        _plan([PLAN_GEOMS[i] for i in perm_plan], [PLAN_CODES[i] for i in perm_plan]),
        DEV,
        landcover=prepare_categorical(
            [LC_GEOMS[i] for i in perm_lc], [LC_CODES[i] for i in perm_lc]
        ),
        **kwargs,
    )
    cols = [c for c in a.table.columns if c not in ("group_label_nb", "group_label_en", "unit")]
    pd.testing.assert_frame_equal(a.table[cols], b.table[cols], rtol=1e-12)


def test_shipped_table_follows_nina_and_arv():
    table = DEV.table
    # NINA's kp_exclude.csv (codes of the 2008 list; not development)
    nina_exclude = [
        3000,
        3001,
        3002,
        3020,
        3030,
        3040,
        3050,
        3100,
        3800,
        4000,
        4001,
        4010,
        4020,
        4800,
        5000,
        5001,
        5100,
        5200,
        5210,
        5220,
        5230,
        6000,
        6001,
        6100,
        6110,
        6120,
        6130,
        6200,
        6220,
        6230,
        6300,
        6400,
        6500,
        6600,
        6700,
        6800,
    ]
    assert not table.development.reindex(nina_exclude).any()
    four = table.index[(table.index >= 1000) & (table.index < 3000)]
    assert table.development.reindex(four).all()
    # ARV thresholds: 250 (bolig/sentrum, fritid, samferdsel), 1000 (næring), 150 others
    assert table.min_area_m2[1110] == 250 and table.min_area_m2[1130] == 250
    assert table.min_area_m2[1120] == 250 and table.min_area_m2[2010] == 250
    assert table.min_area_m2[1300] == 1000 and table.min_area_m2[1160] == 150
    assert table.buffer_built[[1110, 1120, 1300]].all()
    assert not table.buffer_built[[1160, 2010]].any()
    # every SOSI code of the code list has a row
    assert set(SOSI.table.index) <= set(table.index)


def test_development_table_errors(tmp_path):
    bad = tmp_path / "dev.csv"
    bad.write_text(
        "code,development,purpose_group,group_label_nb,group_label_en,"
        "min_area_m2,buffer_built\n1110,2,1,Bolig,Housing,250,1\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="0 or 1"):
        load_development_table(bad)
    bad.write_text("code,development\n1110,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks column"):
        load_development_table(bad)
    with pytest.raises(InputError, match="not found"):
        load_development_table(tmp_path / "missing.csv")


def test_area_function_is_used_for_reported_areas():
    planar = plan_reserve(_plan(), DEV, landcover=_lc(), unit="m2")
    doubled = plan_reserve(
        _plan(), DEV, landcover=_lc(), unit="m2", area_function=lambda g: 2.0 * shapely.area(g)
    )
    assert doubled.summary["reserve"] == pytest.approx(2 * planar.summary["reserve"])
    assert doubled.pieces.area_m2.sum() == pytest.approx(2 * planar.pieces.area_m2.sum())


def test_no_noise_pieces_where_outlines_coincide():
    # rotated plan and land cover whose edges coincide: the overlay leaves slivers of
    # ~1e-13 m² in the neighbouring AR5 polygon, which must not become reserve pieces
    from shapely import affinity

    from smaaby_plugin.core.overlay import intersect

    def rot(g):
        return affinity.rotate(g, 28.06483068094369, origin=(0, 0))

    plan = _plan([rot(box(10, 10, 100, 90))], [1110])
    lc_geoms = [rot(box(0, 0, 100, 100)), rot(box(100, 0, 200, 100))]
    raw = intersect(plan.geometry, lc_geoms)
    assert (raw.area < 1e-6).any()  # the noise is there
    result = plan_reserve(plan, DEV, landcover=prepare_categorical(lc_geoms, [30, 50]), unit="m2")
    assert result.pieces.ar5.tolist() == [30.0]
    assert result.pieces.area_m2.tolist() == pytest.approx([90.0 * 80.0])


def test_touching_parts_count_as_one_for_slivers():
    # two 200 m² forest squares touching at the corner (10, 20), the rest AR5 11:
    # together 400 m² >= 250 m², so both stay; apart each would be a sliver
    plan = _plan([box(0, 0, 40, 40)], [1110])
    a, b = box(0, 0, 10, 20), box(10, 20, 20, 40)
    built = box(0, 0, 40, 40).difference(a).difference(b)
    lc = prepare_categorical([a, b, built], [30, 30, 11])
    result = plan_reserve(plan, DEV, landcover=lc, unit="m2")
    assert result.summary["reserve"] == pytest.approx(400.0)
    assert result.summary["removed_slivers"] == 0.0
    strict = plan_reserve(plan, DEV, landcover=lc, unit="m2", min_area=401.0)
    assert strict.summary["reserve"] == 0.0
