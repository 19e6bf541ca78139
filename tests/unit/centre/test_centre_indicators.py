"""Centre indicators against closed forms, hand-made fixtures and the Hamar 2019 grid."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely

from smaaby_plugin.core.centre.centre_indicators import (
    centre_indicators,
    clark_fit,
    shannon_evenness,
)
from smaaby_plugin.core.errors import InputError

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
TORGGATA = (286195.0, 6746285.0)


def grid_points(radius, step, centre=(0.0, 0.0)):
    """Centres of a step x step lattice inside a disc (each stands for step² m²)."""
    g = np.arange(-radius, radius, step) + step / 2
    x, y = np.meshgrid(g, g)
    xy = np.c_[x.ravel(), y.ravel()]
    return xy[np.hypot(*xy.T) <= radius] + centre


def disc(radius, centre=(0.0, 0.0)):
    return shapely.Point(*centre).buffer(radius, quad_segs=256)


# -- closed forms -------------------------------------------------------------------------
def test_uniform_disc_mean_distance_is_two_thirds_r_and_proximity_one():
    r_town = 2000.0
    xy = grid_points(r_town, 10.0)
    res = centre_indicators(
        [disc(r_town)], ["disc"], [shapely.Point(0, 0)], shapely.points(xy), np.full(len(xy), 2.0)
    )
    row = res.table.iloc[0]
    assert row["mean_dist_m"] == pytest.approx(2 * r_town / 3, rel=1e-3)
    assert row["proximity"] == pytest.approx(1.0, abs=2e-3)
    assert row["distance_method"] == "straight line"
    # share within d of a uniform disc: (d / R)²
    for d in (500, 1000, 2000):
        assert row[f"pct_within_{d}m"] == pytest.approx(100 * (d / r_town) ** 2, rel=5e-3)
    assert row["population"] == 2.0 * len(xy)
    assert row["area_km2"] == pytest.approx(np.pi * 4.0, rel=1e-4)
    assert row["density_km2"] == pytest.approx(2.0 * len(xy) / (np.pi * 4.0), rel=1e-4)
    # flat density: gradient b close to 0
    assert abs(row["clark_b_per_km"]) < 0.01
    assert row["note"] == ""


def test_population_closer_to_the_centre_raises_proximity():
    # All people in the inner half-radius of a 2 km town: mean distance (2/3)*1000.
    xy = grid_points(1000.0, 10.0)
    res = centre_indicators(
        [disc(2000.0)], ["t"], [shapely.Point(0, 0)], shapely.points(xy), np.ones(len(xy))
    )
    assert res.table["proximity"].iloc[0] == pytest.approx(2.0, rel=2e-3)


@pytest.mark.parametrize("b_true", [0.5, 1.2])
def test_exponential_density_recovers_b(b_true):
    d0_true, step = 5000.0, 20.0
    xy = grid_points(4000.0, step)
    r_km = np.hypot(*xy.T) / 1000.0
    pop = d0_true * np.exp(-b_true * r_km) * (step / 1000.0) ** 2
    res = centre_indicators(
        [disc(4000.0)], ["exp"], [shapely.Point(0, 0)], shapely.points(xy), pop, ring_width=250.0
    )
    row = res.table.iloc[0]
    # Ring means of an exponential are not the density at the mid-radius; the bias of
    # 250 m rings over 4 km is below 2 %.
    assert row["clark_b_per_km"] == pytest.approx(b_true, rel=0.02)
    assert row["clark_d0_km2"] == pytest.approx(d0_true, rel=0.05)
    assert row["clark_r2"] > 0.99
    assert row["clark_rings"] == 16


def test_clark_fit_is_ordinary_least_squares_of_log_density():
    rng = np.random.default_rng(1)
    r = np.arange(0.125, 3, 0.25)
    dens = 800 * np.exp(-0.7 * r) * np.exp(rng.normal(0, 0.1, len(r)))
    slope, intercept = np.polyfit(r, np.log(dens), 1)
    d0, b, r2, n = clark_fit(np.zeros(len(r), int), r, dens, 1)
    assert b[0] == pytest.approx(-slope, rel=1e-12)
    assert d0[0] == pytest.approx(np.exp(intercept), rel=1e-12)
    assert r2[0] == pytest.approx(np.corrcoef(r, np.log(dens))[0, 1] ** 2, rel=1e-12)


def test_entropy_single_use_is_0_and_even_mix_is_1():
    assert shannon_evenness([7.0], 4) == 0.0
    assert shannon_evenness([2.0, 2.0, 2.0, 2.0], 4) == pytest.approx(1.0, abs=1e-12)
    assert shannon_evenness([1.0, 1.0], 4) == pytest.approx(0.5, abs=1e-12)  # ln2 / ln4
    assert np.isnan(shannon_evenness([0.0, 0.0], 4))


def test_landuse_and_business_mix_in_a_centre_zone():
    town = shapely.box(0, 0, 2000, 2000)
    zone = shapely.box(900, 900, 1100, 1100)  # 200 m x 200 m centre zone
    quarters = [
        shapely.box(0, 0, 1000, 1000),
        shapely.box(1000, 0, 2000, 1000),
        shapely.box(0, 1000, 1000, 2000),
        shapely.box(1000, 1000, 2000, 2000),
    ]
    pop = shapely.points(grid_points(800.0, 50.0, (1000, 1000)))
    # Four classes meet at the zone's centre: an even mix over K = 4.
    res = centre_indicators(
        [town],
        ["t"],
        [zone],
        pop,
        np.ones(len(pop)),
        landuse=quarters,
        landuse_class=[11, 12, 21, 30],
    )
    assert res.table["landuse_mix"].iloc[0] == pytest.approx(1.0, abs=1e-9)
    assert res.table["mix_area"].iloc[0] == "centre zone"
    # One class in the zone (the others elsewhere in the layer): 0.
    res = centre_indicators(
        [town],
        ["t"],
        [shapely.box(100, 100, 300, 300)],
        pop,
        np.ones(len(pop)),
        landuse=quarters,
        landuse_class=[11, 12, 21, 30],
    )
    assert res.table["landuse_mix"].iloc[0] == 0.0
    # Businesses: 2 shops and 2 cafés in the zone, a bank outside; K = 3 categories.
    shops = shapely.points([[950, 950], [960, 950], [1050, 1050], [1060, 1050], [1500, 100]])
    res = centre_indicators(
        [town],
        ["t"],
        [zone],
        pop,
        np.ones(len(pop)),
        businesses=shops,
        business_category=["47", "47", "56", "56", "64"],
    )
    assert res.table["business_mix"].iloc[0] == pytest.approx(np.log(2) / np.log(3))


def test_mix_circle_around_a_centre_point():
    town = shapely.box(0, 0, 2000, 2000)
    lu = [shapely.box(0, 0, 1000, 2000), shapely.box(1000, 0, 2000, 2000)]
    pop = shapely.points([[1000, 1000]])
    res = centre_indicators(
        [town],
        ["t"],
        [shapely.Point(1000, 1000)],
        pop,
        [10.0],
        landuse=lu,
        landuse_class=["a", "b"],
        mix_radius=300,
    )
    assert res.table["landuse_mix"].iloc[0] == pytest.approx(1.0, abs=1e-9)
    assert res.table["mix_area"].iloc[0] == "300 m circle"
    res = centre_indicators(
        [town],
        ["t"],
        [shapely.Point(500, 1000)],
        pop,
        [10.0],
        landuse=lu,
        landuse_class=["a", "b"],
        mix_radius=300,
    )
    assert res.table["landuse_mix"].iloc[0] == 0.0


def test_built_up_land_per_inhabitant():
    town = shapely.box(0, 0, 1000, 1000)
    lu = [
        shapely.box(0, 0, 1000, 400),
        shapely.box(0, 400, 1000, 500),
        shapely.box(0, 500, 1000, 1000),
        shapely.box(1000, 0, 2000, 1000),
    ]
    pop = shapely.points([[100, 100], [900, 900]])
    res = centre_indicators(
        [town],
        ["t"],
        [shapely.Point(500, 500)],
        pop,
        [600.0, 400.0],
        landuse=lu,
        landuse_class=[11.0, 12.0, 21.0, 11.0],
    )
    # (400,000 + 100,000) m² of classes 11 and 12 inside the town for 1,000 people
    assert res.table["built_m2_per_inh"].iloc[0] == pytest.approx(500.0)
    res = centre_indicators(
        [town],
        ["t"],
        [shapely.Point(500, 500)],
        pop,
        [600.0, 400.0],
        landuse=lu,
        landuse_class=[11, 12, 21, 11],
        built_classes=["11"],
    )
    assert res.table["built_m2_per_inh"].iloc[0] == pytest.approx(400.0)


def test_rings_add_up_to_the_town():
    town = shapely.Polygon([(0, 0), (3000, 0), (3000, 1000), (1000, 2500), (0, 1500)])
    xy = np.random.default_rng(3).uniform(0, 3000, (4000, 2))
    xy = xy[shapely.contains_xy(town, xy[:, 0], xy[:, 1])]
    res = centre_indicators(
        [town],
        ["t"],
        [shapely.Point(800, 700)],
        shapely.points(xy),
        np.ones(len(xy)),
        ring_width=300,
    )
    assert res.rings["population"].sum() == len(xy)
    assert res.rings["area_km2"].sum() == pytest.approx(town.area / 1e6, rel=1e-3)
    far = np.hypot(*(np.asarray(town.exterior.coords) - [800, 700]).T).max()
    assert len(res.rings) == int(np.ceil(far / 300))
    # each point in its ring by distance
    d = np.hypot(*(xy - [800, 700]).T)
    expect = np.bincount(np.floor(d / 300).astype(int), minlength=len(res.rings))
    assert res.rings["population"].tolist() == expect.tolist()


# -- network hook --------------------------------------------------------------------------
def test_network_distances_are_used_and_reported():
    xy = grid_points(1000.0, 50.0)
    pop = np.ones(len(xy))

    def manhattan(origins, targets, origin_of_target, progress=None):
        d = np.abs(targets - origins[origin_of_target]).sum(axis=1)
        d[targets[:, 0] > 900] = np.inf  # a strip the network does not reach
        return d

    res = centre_indicators(
        [disc(1000.0)],
        ["t"],
        [shapely.Point(0, 0)],
        shapely.points(xy),
        pop,
        network=manhattan,
        distances=[500],
    )
    row = res.table.iloc[0]
    reach = xy[:, 0] <= 900
    md = np.abs(xy[reach]).sum(axis=1)
    assert row["distance_method"] == "network"
    assert row["mean_dist_m"] == pytest.approx(md.mean())
    assert row["pop_within_500m"] == (md <= 500).sum()
    assert row["mean_dist_straight_m"] == pytest.approx(np.hypot(*xy.T).mean())
    assert "cannot be reached" in row["note"]


# -- bad input -----------------------------------------------------------------------------
def test_town_without_centre_or_population_gets_nulls_and_a_reason():
    towns = [
        shapely.box(0, 0, 1000, 1000),
        shapely.box(2000, 0, 3000, 1000),
        shapely.box(4000, 0, 5000, 1000),
    ]
    pop = shapely.points([[100, 100], [2100, 100]])
    res = centre_indicators(
        towns,
        ["a", "b", "c"],
        [shapely.Point(500, 500), shapely.Point(4500, 500)],
        pop,
        [10.0, 20.0],
    )
    t = res.table
    assert t["population"].tolist() == [10.0, 20.0, 0.0]
    assert np.isnan(t.loc[1, "mean_dist_m"]) and np.isnan(t.loc[1, "pct_within_500m"])
    assert "no centre" in t.loc[1, "note"]
    assert np.isnan(t.loc[2, "proximity"]) and "no population" in t.loc[2, "note"]
    assert t.loc[0, "mean_dist_m"] == pytest.approx(np.hypot(400, 400))


def test_centre_outside_its_town_is_reported():
    res = centre_indicators(
        [shapely.box(0, 0, 1000, 1000)],
        ["a"],
        [shapely.Point(1500, 500)],
        shapely.points([[900, 500]]),
        [5.0],
        centre_town=np.array([0]),
    )
    assert "outside the town" in res.table["note"].iloc[0]
    assert res.table["mean_dist_m"].iloc[0] == pytest.approx(600.0)


def test_several_centres_the_largest_zone_is_used():
    town = shapely.box(0, 0, 1000, 1000)
    zones = [shapely.box(100, 100, 150, 150), shapely.box(600, 600, 800, 800)]
    res = centre_indicators([town], ["a"], zones, shapely.points([[700, 500]]), [1.0])
    assert res.table["centre"].iloc[0] == 1
    assert res.table["mean_dist_m"].iloc[0] == pytest.approx(200.0)
    assert "2 centres match" in res.table["note"].iloc[0]


@pytest.mark.parametrize(
    "values, words",
    [
        (["ten", "5"], "holds text"),
        ([5.0, -1.0], "missing, infinite or negative"),
        ([5.0, np.nan], "missing, infinite or negative"),
        ([5.0, np.inf], "missing, infinite or negative"),
    ],
)
def test_bad_population_raises(values, words):
    with pytest.raises(InputError, match=words):
        centre_indicators(
            [shapely.box(0, 0, 10, 10)],
            ["a"],
            [shapely.Point(5, 5)],
            shapely.points([[1, 1], [2, 2]]),
            values,
        )


def test_duplicate_positions_count_once_and_sum():
    pts = shapely.points([[100, 0], [100, 0], [0, 300]])
    res = centre_indicators([disc(1000.0)], ["a"], [shapely.Point(0, 0)], pts, [1.0, 3.0, 4.0])
    assert res.merged_positions == 1
    assert res.table["population"].iloc[0] == 8.0
    assert res.table["mean_dist_m"].iloc[0] == pytest.approx((4 * 100 + 4 * 300) / 8)


def test_grid_cells_count_at_their_centroid():
    cells = [shapely.box(0, 0, 250, 250), shapely.box(250, 0, 500, 250)]
    town = shapely.box(0, 0, 300, 250)  # holds the first centroid (125) only
    res = centre_indicators([town], ["a"], [shapely.Point(0, 125)], cells, [7.0, 9.0])
    assert res.table["population"].iloc[0] == 7.0
    assert res.table["mean_dist_m"].iloc[0] == pytest.approx(125.0)


# -- real data: Hamar 2019 around Torggata --------------------------------------------------
@pytest.mark.slow
def test_hamar_2019_grid_around_torggata():
    import fiona  # installed by make setup (python3-fiona)

    path = DATA / "norge" / "popgrid250m_towns_25833.gpkg"
    if not path.exists():
        pytest.skip("../shared/data/norge is absent")
    with fiona.open(path, layer="pop250m_hamar_3403") as src:
        feats = list(src)
    geoms = np.array([shapely.geometry.shape(f["geometry"]) for f in feats], dtype=object)
    pop = np.array([f["properties"]["pop2019"] for f in feats], dtype=float)
    # Independent: the cell centre from the SSB id's lower-left corner, not the geometry.
    ll = np.array([[f["properties"]["x_ll"], f["properties"]["y_ll"]] for f in feats], float)
    centre = ll + 125.0 - TORGGATA
    d = np.hypot(*centre.T)
    radius = 5000.0
    inside = d <= radius
    res = centre_indicators(
        [disc(radius, TORGGATA)],
        ["Hamar 5 km"],
        [shapely.Point(TORGGATA)],
        geoms,
        pop,
        distances=[500, 1000, 2000],
        ring_width=500,
    )
    row = res.table.iloc[0]
    p = pop[inside]
    assert pop.sum() == 31339  # the documented 2019 total of the layer
    assert row["population"] == p.sum()
    for dist in (500, 1000, 2000):
        assert row[f"pop_within_{dist}m"] == p[d[inside] <= dist].sum()
    mean = (p * d[inside]).sum() / p.sum()
    assert row["mean_dist_m"] == pytest.approx(mean, rel=1e-12)
    assert row["proximity"] == pytest.approx((2 / 3) * radius / mean, rel=1e-3)
    # Clark fit over full annuli of 500 m (areas by formula, not from geometry).
    k = np.floor(d[inside] / 500).astype(int)
    ring_pop = np.bincount(k, weights=p, minlength=10)
    r_in = np.arange(10) * 500.0
    ring_area = np.pi * ((r_in + 500) ** 2 - r_in**2) / 1e6
    dens = ring_pop / ring_area
    use = dens > 0
    slope, intercept = np.polyfit((r_in[use] + 250) / 1000, np.log(dens[use]), 1)
    assert row["clark_b_per_km"] == pytest.approx(-slope, rel=1e-3)
    assert row["clark_d0_km2"] == pytest.approx(np.exp(intercept), rel=1e-3)
    assert row["clark_rings"] == use.sum()
    print(
        f"\nHamar 2019, 5 km around Torggata: population {row['population']:.0f}, "
        f"within 500/1000/2000 m {row['pct_within_500m']:.1f}/{row['pct_within_1000m']:.1f}/"
        f"{row['pct_within_2000m']:.1f} %, mean distance {row['mean_dist_m']:.0f} m, "
        f"proximity {row['proximity']:.3f}, Clark D0 {row['clark_d0_km2']:.0f}/km², "
        f"b {row['clark_b_per_km']:.3f}/km (R² {row['clark_r2']:.3f})"
    )


# -- walking distances along a real network engine (core.network) -------------------------
def lattice(n, step):
    """Streets every `step` m from -n*step to n*step both ways, noded at every crossing."""
    ticks = np.arange(-n, n + 1) * step
    return [
        shapely.LineString([(a, y), (b, y)]) for y in ticks for a, b in zip(ticks[:-1], ticks[1:])
    ] + [shapely.LineString([(x, a), (x, b)]) for x in ticks for a, b in zip(ticks[:-1], ticks[1:])]


def test_walking_distances_on_a_street_lattice_are_manhattan():
    from smaaby_plugin.core.centre.centre_indicators import walking_network

    streets = lattice(10, 100.0)
    nodes = np.array(
        [(x, y) for x in range(-1000, 1001, 100) for y in range(-1000, 1001, 100)], float
    )
    pop = np.arange(len(nodes)) % 7 + 1.0
    town = shapely.box(-1000, -1000, 1000, 1000).buffer(1)
    res = centre_indicators(
        [town],
        ["grid"],
        [shapely.Point(0, 0)],
        shapely.points(nodes),
        pop,
        network=walking_network(streets),
        distances=[500, 1000],
    )
    row = res.table.iloc[0]
    manhattan = np.abs(nodes).sum(axis=1)
    assert row["distance_method"] == "network"
    assert row["mean_dist_m"] == pytest.approx((pop * manhattan).sum() / pop.sum(), rel=1e-9)
    assert row["pop_within_500m"] == pop[manhattan <= 500 + 1e-6].sum()
    assert row["mean_dist_straight_m"] == pytest.approx(
        (pop * np.hypot(*nodes.T)).sum() / pop.sum(), rel=1e-9
    )


def test_walking_distance_counts_the_access_leg_and_max_snap():
    from smaaby_plugin.core.centre.centre_indicators import walking_network

    f = walking_network(lattice(2, 100.0), max_snap=30.0)
    # 20 m off the street at x 50 of the y=100 street: 20 + 100 + 50; 40 m off: unreachable
    d = f(np.array([[0.0, 0.0]]), np.array([[50.0, 120.0], [50.0, 140.0]]), np.array([0, 0]))
    assert d[0] == pytest.approx(170.0)
    assert np.isinf(d[1])


def test_business_categories_cut_to_a_prefix():
    town = shapely.box(0, 0, 2000, 2000)
    shops = shapely.points([[950, 950], [960, 950], [1050, 1050], [1500, 100]])
    codes = ["47.111", "47.190", "56.101", "64.190"]
    pop = shapely.points([[1000, 1000]])
    whole = centre_indicators(
        [town],
        ["t"],
        [shapely.Point(1000, 1000)],
        pop,
        [1.0],
        businesses=shops,
        business_category=codes,
        mix_radius=200,
    )
    # 3 distinct codes inside out of K = 4: ln 3 / ln 4
    assert whole.table["business_mix"].iloc[0] == pytest.approx(np.log(3) / np.log(4))
    cut = centre_indicators(
        [town],
        ["t"],
        [shapely.Point(1000, 1000)],
        pop,
        [1.0],
        businesses=shops,
        business_category=codes,
        mix_radius=200,
        category_prefix=2,
    )
    # divisions 47, 47, 56 inside out of K = 3: -(2/3 ln 2/3 + 1/3 ln 1/3) / ln 3
    p = np.array([2 / 3, 1 / 3])
    assert cut.table["business_mix"].iloc[0] == pytest.approx(-(p * np.log(p)).sum() / np.log(3))


def test_built_up_land_needs_landuse_covering_the_town():
    towns = [shapely.box(0, 0, 1000, 1000), shapely.box(2000, 0, 3000, 1000)]
    # land use covers the first town and 40 % of the second
    lu = [shapely.box(0, 0, 1000, 1000), shapely.box(2000, 0, 2400, 1000)]
    pop = shapely.points([[500, 500], [2500, 500]])
    res = centre_indicators(
        towns,
        ["a", "b"],
        [shapely.Point(500, 500), shapely.Point(2500, 500)],
        pop,
        [100.0, 100.0],
        landuse=lu,
        landuse_class=[11, 11],
    )
    assert res.table["built_m2_per_inh"].iloc[0] == pytest.approx(10_000.0)
    assert np.isnan(res.table["built_m2_per_inh"].iloc[1])
    assert "LANDUSE covers 40 %" in res.table["note"].iloc[1]
    # overlapping land use is reported
    res = centre_indicators(
        towns[:1],
        ["a"],
        [shapely.Point(500, 500)],
        pop[:1],
        [100.0],
        landuse=[lu[0], shapely.box(0, 0, 500, 1000)],
        landuse_class=[11, 21],
    )
    assert "overlap" in res.table["note"].iloc[0]


def test_rings_that_miss_a_town_in_two_parts_are_left_out():
    # two blocks 1.5 km apart: rings between them hold no part of the town
    town = shapely.union(shapely.box(0, 0, 500, 500), shapely.box(2000, 0, 2500, 500))
    xy = grid_points(3000.0, 50.0)
    xy = xy[shapely.contains_xy(town, xy[:, 0], xy[:, 1])]
    res = centre_indicators(
        [town],
        ["c"],
        [shapely.Point(250, 250)],
        shapely.points(xy),
        np.ones(len(xy)),
        ring_width=250,
    )
    d_far = np.hypot(2250, 250)
    n_all = int(np.ceil(d_far / 250))
    # the first block reaches 354 m (rings 0, 1), the second starts at 1750 m (ring 7)
    assert res.rings["ring"].tolist() == [0, 1] + list(range(7, n_all))
    assert not shapely.is_empty(res.ring_geometry).any()
    assert res.rings["area_km2"].sum() == pytest.approx(town.area / 1e6, rel=1e-3)
    assert res.rings["population"].sum() == len(xy)
