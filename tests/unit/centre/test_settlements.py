"""SSB tettsted rules on hand-made point sets, and on Elverum's real address points."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely

from smaaby_plugin.core.centre.point_clusters import merge_duplicate_positions, single_linkage
from smaaby_plugin.core.centre.settlements import delineate_settlements
from smaaby_plugin.core.errors import InputError

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"


def row(xs, y=0.0):
    return np.column_stack([np.asarray(xs, float), np.full(len(xs), y)])


# -- the 50 m rule --------------------------------------------------------------------------
def test_gap_of_49_m_joins_and_51_m_splits():
    # Four houses of 60 residents: 240 together (a tettsted), 120 + 120 when split (none).
    joined = delineate_settlements(row([0, 49, 98, 147]), [60] * 4)
    assert joined.table["residents"].tolist() == [240.0]
    assert joined.table["buildings"].tolist() == [4]
    assert joined.point_settlement.tolist() == [1, 1, 1, 1]
    split = delineate_settlements(row([0, 49, 100, 149]), [60] * 4)
    assert len(split.table) == 0
    assert split.point_settlement.tolist() == [0, 0, 0, 0]


def test_exactly_max_gap_joins_and_gap_is_a_parameter():
    assert single_linkage(row([0, 50, 100.01]), 50).tolist() == [0, 0, 1]
    # A 75 m gap splits at MAX_GAP 50 and joins at MAX_GAP 80.
    xy = row([0, 40, 115, 155])
    assert len(delineate_settlements(xy, [60] * 4).table) == 0
    assert delineate_settlements(xy, [60] * 4, max_gap=80).table["residents"].tolist() == [240]


def test_min_residents_is_inclusive():
    xy = row([0, 30])
    assert delineate_settlements(xy, [100, 100]).table["residents"].tolist() == [200]
    assert len(delineate_settlements(xy, [100, 99.5]).table) == 0
    assert delineate_settlements(xy, [100, 99.5], min_residents=150).table[
        "residents"
    ].tolist() == [199.5]


def test_chains_are_single_linkage_not_distance_to_a_seed():
    # 20 houses 45 m apart: the ends are 855 m apart but all are one settlement.
    r = delineate_settlements(row(np.arange(20) * 45.0), [10] * 20)
    assert r.table["buildings"].tolist() == [20]


# -- satellites -------------------------------------------------------------------------------
def core_and_satellite(distance, n_sat=5, sat_residents=0.0):
    core = row([0, 30, 60, 90])  # 4 x 50 = 200 residents
    sat = row(90 + distance + np.arange(n_sat) * 20.0)  # first satellite building at `distance`
    xy = np.vstack([core, sat])
    res = np.r_[[50.0] * 4, [sat_residents] * n_sat]
    return xy, res


def test_satellite_of_five_buildings_within_400_m_joins():
    xy, res = core_and_satellite(399, n_sat=5, sat_residents=3)
    r = delineate_settlements(xy, res)
    assert r.table["residents"].tolist() == [215.0]
    assert r.table["buildings"].tolist() == [9]
    assert r.table["satellites"].tolist() == [1]
    assert r.point_role.tolist() == ["core"] * 4 + ["satellite"] * 5
    assert r.geometry[0].geom_type == "MultiPolygon"


def test_satellite_beyond_400_m_or_smaller_than_five_stays_out():
    xy, res = core_and_satellite(401, n_sat=5)
    assert delineate_settlements(xy, res).point_settlement.tolist() == [1] * 4 + [0] * 5
    xy, res = core_and_satellite(100, n_sat=4)
    assert delineate_settlements(xy, res).point_settlement.tolist() == [1] * 4 + [0] * 4
    # ... unless the parameters say otherwise
    xy, res = core_and_satellite(450, n_sat=4)
    r = delineate_settlements(xy, res, satellite_distance=500, satellite_min_buildings=4)
    assert r.point_settlement.tolist() == [1] * 8


def test_satellite_joins_the_nearest_core_only():
    # Core A (200 residents) at x 0..90, core B (300) at x 1000..1120; a satellite of
    # five buildings at x 440..520 lies 350 m from A and 480 m from B.
    a = row([0, 30, 60, 90])
    b = row([1000, 30 + 1000, 60 + 1000, 90 + 1000, 1120])
    sat = row([440, 460, 480, 500, 520])
    xy = np.vstack([a, b, sat])
    res = np.r_[[50.0] * 4, [60.0] * 5, [0.0] * 5]
    r = delineate_settlements(xy, res)
    # B has more residents and is numbered first.
    assert r.table["residents"].tolist() == [300.0, 200.0]
    assert r.table["satellites"].tolist() == [0, 1]
    assert r.point_settlement.tolist() == [2] * 4 + [1] * 5 + [2] * 5
    # Satellites do not chain: a second group 380 m beyond the first stays out.
    sat2 = row([900, 920, 940, 960, 980])  # 380 m from the first satellite, 810 m from A
    r2 = delineate_settlements(np.vstack([a, sat, sat2]), np.r_[[50.0] * 4, [0.0] * 10])
    assert r2.point_settlement.tolist() == [1] * 9 + [0] * 5


# -- positions, outlines, input ---------------------------------------------------------------
def test_duplicate_positions_are_one_building_with_summed_residents():
    xy = row([0, 0, 0, 30])
    r = delineate_settlements(xy, [50, 70, 30, 50])
    assert r.table[["residents", "buildings", "points"]].values.tolist() == [[200, 2, 4]]
    u, inverse, counts, summed = merge_duplicate_positions(xy, [50, 70, 30, 50])
    assert counts.tolist() == [3, 1] and summed.tolist() == [150, 50]


def test_outline_holds_every_building_and_matches_the_stadium_area():
    # Houses every 5 m along 500 m: the closed outline approaches a 500 m x 50 m
    # stadium, area 500 * 50 + pi * 25^2.
    xy = row(np.arange(0, 500.1, 5.0))
    r = delineate_settlements(xy, [5] * len(xy))
    outline = r.geometry[0]
    assert outline.geom_type == "Polygon"
    assert shapely.contains(outline, shapely.points(xy)).all()
    expected = 500 * 50 + np.pi * 25**2
    assert r.table["area_m2"].iloc[0] == pytest.approx(expected, rel=0.01)
    assert outline.area == pytest.approx(expected, rel=0.01)


def test_outline_bridges_a_gap_of_max_gap():
    r = delineate_settlements(row([0, 50]), [100, 100])
    assert r.geometry[0].geom_type == "Polygon"
    assert r.geometry[0].is_valid


@pytest.mark.parametrize(
    "bad, words",
    [
        ([10, -1], "negative"),
        ([10, np.nan], "missing or infinite"),
        ([10, np.inf], "missing or infinite"),
    ],
)
def test_bad_residents_raise(bad, words):
    with pytest.raises(InputError, match=words):
        delineate_settlements(row([0, 10]), bad)


def test_bad_positions_and_parameters_raise():
    with pytest.raises(InputError, match="no valid position"):
        delineate_settlements([[0, 0], [np.nan, 1]], [1, 1])
    with pytest.raises(InputError, match="MAX_GAP"):
        delineate_settlements(row([0, 10]), [1, 1], max_gap=0)


def test_no_points_gives_no_settlements():
    r = delineate_settlements(np.zeros((0, 2)), np.zeros(0))
    assert len(r.table) == 0 and len(r.geometry) == 0


# -- real data: Elverum's address points against the registered tettsted ---------------------
@pytest.mark.slow
def test_elverum_addresses_against_registered_tettsted():
    import fiona  # installed by make setup (python3-fiona)

    path = DATA / "elverum" / "elverum_adresser_25833.gpkg"
    grid = DATA / "norge" / "popgrid250m_towns_25833.gpkg"
    if not path.exists() or not grid.exists():
        pytest.skip("../shared/data/elverum or ../shared/data/norge is absent")
    with fiona.open(path) as src:
        recs = list(src)
    xy = np.array([r["geometry"]["coordinates"][:2] for r in recs])
    registered = np.array([r["properties"]["tettstednummer"] or "" for r in recs])
    # No residents per address: weight every address with the kommune's 2019 population
    # (SSB 250 m grid) divided by its number of addresses.
    with fiona.open(grid, layer="pop250m_elverum_3420") as src:
        population = sum(f["properties"]["pop2019"] for f in src)
    per_address = population / len(xy)
    assert 1.5 < per_address < 2.5

    r = delineate_settlements(xy, np.full(len(xy), per_address))
    inside, reg = r.point_settlement > 0, registered != ""
    agreement = float((inside == reg).mean())
    captured = float((inside & reg).sum() / reg.sum())
    false_in = float((inside & ~reg).sum() / (~reg).sum())
    print(
        f"\nElverum: {per_address:.3f} persons/address, {len(r.table)} settlements; "
        f"in/out agreement {agreement:.1%}, registered addresses captured {captured:.1%}, "
        f"unregistered addresses put inside {false_in:.1%}"
    )
    for code in sorted(set(registered) - {""}):
        mine = r.point_settlement[registered == code]
        held = np.unique(mine[mine > 0])
        print(
            f"  tettsted {code}: {len(mine)} addresses, {(mine > 0).mean():.1%} inside "
            f"{len(held)} delineated settlement(s)"
        )
    # Every settlement lies within a registered tettsted for the most part ...
    for sid in r.table["settlement_id"]:
        assert (reg[r.point_settlement == sid]).mean() > 0.8
    # ... and the in/out classification agrees for nine addresses in ten.
    assert agreement > 0.9
    assert false_in < 0.05
    assert captured > 0.85
