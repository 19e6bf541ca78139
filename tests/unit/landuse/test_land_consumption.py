"""SDG 11.3.1 (LCRPGR) core: rates against the UN-Habitat formula, areas by hand."""

import math

import numpy as np
import pytest
import shapely
from shapely import box

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.land_consumption import (
    built_area_by_zone,
    land_consumption,
    lcrpgr,
    population_by_zone,
)

# Two 100 m x 100 m zones side by side.
ZONES = np.array([box(0, 0, 100, 100), box(100, 0, 200, 100)])


def test_lcrpgr_matches_formula_for_growth():
    u1, u2, p1, p2, y = 2000.0, 2600.0, 800.0, 900.0, 7
    row = lcrpgr([u1], [u2], [p1], [p2], y).iloc[0]
    lcr = math.log(u2 / u1) / y
    pgr = math.log(p2 / p1) / y
    assert row.lcr == pytest.approx(lcr, rel=1e-12)
    assert row.pgr == pytest.approx(pgr, rel=1e-12)
    assert row.lcrpgr == pytest.approx(lcr / pgr, rel=1e-12)
    assert row.lcrpgr_note is None
    assert row.built_per_cap_t1 == pytest.approx(2.5)
    assert row.built_per_cap_t2 == pytest.approx(2600 / 900)
    assert row.built_per_cap_change == pytest.approx(2600 / 900 - 2.5)


def test_ratio_one_when_land_and_people_grow_alike():
    row = lcrpgr([50.0], [75.0], [1000.0], [1500.0], 3).iloc[0]
    assert row.lcrpgr == pytest.approx(1.0, rel=1e-12)
    # per-capita area unchanged when both grow by the same factor
    assert row.built_per_cap_change == pytest.approx(0.0, abs=1e-12)


def test_shrinking_population_gives_null_ratio_but_rates():
    row = lcrpgr([100.0], [110.0], [1000.0], [950.0], 5).iloc[0]
    assert math.isnan(row.lcrpgr)
    assert "declined" in row.lcrpgr_note
    assert row.lcr == pytest.approx(math.log(1.1) / 5)
    assert row.pgr == pytest.approx(math.log(0.95) / 5)
    assert row.pgr < 0


def test_stable_population_gives_null_ratio_but_rates():
    row = lcrpgr([100.0], [120.0], [700.0], [700.0], 10).iloc[0]
    assert math.isnan(row.lcrpgr)
    assert "stable" in row.lcrpgr_note
    assert row.pgr == 0.0
    assert row.lcr == pytest.approx(math.log(1.2) / 10)
    assert row.built_per_cap_t2 == pytest.approx(120 / 700)


@pytest.mark.parametrize(
    "u1,u2,p1,p2,word",
    [
        (0.0, 10.0, 100.0, 120.0, "first date"),
        (10.0, 0.0, 100.0, 120.0, "second date"),
        (0.0, 0.0, 100.0, 120.0, "either date"),
        (10.0, 12.0, 0.0, 120.0, "no population at the first date"),
        (10.0, 12.0, 0.0, 0.0, "no population at either date"),
    ],
)
def test_undefined_rates_explained(u1, u2, p1, p2, word):
    row = lcrpgr([u1], [u2], [p1], [p2], 4).iloc[0]
    assert math.isnan(row.lcrpgr)
    assert word in row.lcrpgr_note
    if u1 > 0 and u2 > 0:
        assert row.lcr == pytest.approx(math.log(u2 / u1) / 4)
    else:
        assert math.isnan(row.lcr)
    if p1 > 0 and p2 > 0:
        assert row.pgr == pytest.approx(math.log(p2 / p1) / 4)
    if p1 == 0:
        assert math.isnan(row.built_per_cap_t1)


def test_years_must_be_positive():
    with pytest.raises(InputError, match="after the first"):
        lcrpgr([1.0], [2.0], [1.0], [2.0], 0)


def test_built_area_dissolves_overlaps_and_clips_to_zones():
    built = np.array(
        [
            box(50, 0, 150, 10),  # 500 m² in each zone
            box(60, 0, 70, 100),  # overlaps the first one by 10 x 10 = 100 m²
            box(300, 300, 310, 310),  # outside every zone
            shapely.MultiPolygon([box(120, 50, 130, 60), box(140, 50, 150, 60)]),
        ]
    )
    # zone 0: 500 + 10*100 - 100 = 1400; zone 1: 500 + 100 + 100 = 700
    assert built_area_by_zone(ZONES, built).tolist() == pytest.approx([1400.0, 700.0])


def test_built_area_does_not_depend_on_feature_order():
    rng = np.random.default_rng(1)
    xy = rng.uniform(0, 190, size=(200, 2))
    built = shapely.buffer(shapely.points(xy), 6.0)
    a = built_area_by_zone(ZONES, built)
    b = built_area_by_zone(ZONES, built[rng.permutation(len(built))])
    assert a == pytest.approx(b, rel=1e-12)
    # and equals the area of the dissolved union clipped to each zone
    union = shapely.union_all(built)
    expected = shapely.area(shapely.intersection(ZONES, union))
    assert a == pytest.approx(expected, rel=1e-9)


def test_border_noise_is_not_built_up_area():
    # built-up land filling zone A touches zone B along a rotated border: the overlay
    # leaves a ~1e-13 m² sliver in B, which must not count (it would give B a rate)
    from shapely import affinity

    zones = np.array(
        [
            affinity.rotate(box(0, 0, 100, 100), 28.06483068094369, origin=(0, 0)),
            affinity.rotate(box(100, 0, 200, 100), 28.06483068094369, origin=(0, 0)),
        ]
    )
    built = np.array([affinity.rotate(box(10, 10, 100, 90), 28.06483068094369, origin=(0, 0))])
    assert shapely.intersection(zones[1], built[0]).area > 0  # the noise is there
    areas = built_area_by_zone(zones, built)
    assert areas[1] == 0.0
    assert areas[0] == pytest.approx(90 * 80)
    row = lcrpgr(areas[1:], areas[1:], [10.0], [12.0], 5).iloc[0]
    assert math.isnan(row.lcr) and "no built-up area" in row.lcrpgr_note


def test_population_area_share_and_centroid():
    cells = np.array([box(75, 0, 125, 50), box(0, 0, 50, 50), box(180, 80, 220, 120)])
    values = np.array([100.0, 40.0, 16.0])
    # cell 0 half in each zone; cell 1 in zone 0; cell 2: 20 x 20 = 400 of 1600 m² inside zone 1
    area = population_by_zone(ZONES, cells, values, method="area")
    assert area.tolist() == pytest.approx([50.0 + 40.0, 50.0 + 4.0])
    # centroids: (100, 25) on the shared border -> first zone; (25, 25); (200, 100) corner
    centroid = population_by_zone(ZONES, cells, values, method="centroid")
    assert centroid.tolist() == pytest.approx([140.0, 16.0])


def test_population_points_border_counted_once():
    pts = shapely.points([[100, 50], [150, 50], [500, 500], [10, 10]])
    values = np.array([7.0, 5.0, 1000.0, np.nan])
    assert population_by_zone(ZONES, pts, values).tolist() == [7.0, 5.0]


def test_population_rejects_negative_and_mixed():
    with pytest.raises(InputError, match="negative"):
        population_by_zone(ZONES, shapely.points([[1, 1]]), np.array([-1.0]))
    mixed = np.array([shapely.Point(1, 1), box(0, 0, 1, 1)])
    with pytest.raises(InputError, match="points or polygons"):
        population_by_zone(ZONES, mixed, np.array([1.0, 1.0]))


def test_land_consumption_end_to_end():
    built_1 = np.array([box(0, 0, 20, 10), box(100, 0, 110, 10)])  # 200, 100 m²
    built_2 = np.array([box(0, 0, 20, 20), box(100, 0, 130, 10)])  # 400, 300 m²
    cells = np.array([box(0, 0, 100, 100), box(100, 0, 200, 100)])
    table = land_consumption(
        ZONES,
        built_1,
        built_2,
        (cells, np.array([10.0, 100.0])),
        (cells, np.array([20.0, 80.0])),
        2015,
        2022,
        area_factor=100.0,
    )
    assert table.built_t1.tolist() == pytest.approx([2.0, 1.0])
    assert table.built_t2.tolist() == pytest.approx([4.0, 3.0])
    assert table.years.tolist() == [7.0, 7.0]
    assert table.lcr.tolist() == pytest.approx([math.log(2) / 7, math.log(3) / 7])
    assert table.pgr.tolist() == pytest.approx([math.log(2) / 7, math.log(0.8) / 7])
    assert table.lcrpgr[0] == pytest.approx(1.0)
    assert math.isnan(table.lcrpgr[1]) and "declined" in table.lcrpgr_note[1]
    assert table.built_per_cap_t1_m2.tolist() == pytest.approx([20.0, 1.0])
    assert table.built_per_cap_t2_m2.tolist() == pytest.approx([20.0, 300 / 80])


def test_land_consumption_bad_input():
    pop = (ZONES, np.array([1.0, 1.0]))
    with pytest.raises(InputError, match="YEAR_T2"):
        land_consumption(ZONES, ZONES, ZONES, pop, pop, 2022, 2015)
    with pytest.raises(InputError, match="BUILT_T1 must contain polygons"):
        land_consumption(ZONES, shapely.points([[1, 1]]), ZONES, pop, pop, 2015, 2022)
    with pytest.raises(InputError, match="ZONES has no features"):
        land_consumption(np.array([], dtype=object), ZONES, ZONES, pop, pop, 2015, 2022)
