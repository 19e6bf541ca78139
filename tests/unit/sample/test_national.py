"""The synthetic national sample: its land cover tiles each real kommune (no overlap, no
gap: areas checked with plain shapely), a kommune's layers do not depend on which others
are generated, the sizes follow the scale, and the population adds up."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from smaaby_plugin.sample import national

pytestmark = pytest.mark.skipif(
    not national.KOMMUNER_GPKG.exists(), reason=f"{national.KOMMUNER_GPKG} is absent"
)
ONLY = ["0301", "1103", "5001"]


@pytest.fixture(scope="module")
def kommuner():
    return national.read_kommuner()


@pytest.fixture(scope="module")
def layers(kommuner):
    return national.generate(0.02, only=ONLY, kommuner=kommuner)


def test_real_kommuner(kommuner):
    assert len(kommuner) == 357
    assert kommuner["kommunenummer"].is_unique
    assert kommuner.loc[kommuner["kommunenummer"] == "0301", "kommunenavn"].item() == "Oslo"


def test_landcover_tiles_each_kommune(layers, kommuner):
    lc = layers["landcover"]
    assert set(shapely.get_type_id(lc["geometry"].to_numpy())) == {3}  # Polygon only
    assert shapely.is_valid(lc["geometry"].to_numpy()).all()
    for knr in ONLY:
        zone = kommuner.loc[kommuner["kommunenummer"] == knr, "geometry"].item()
        zone = shapely.make_valid(zone) if not shapely.is_valid(zone) else zone
        cells = lc.loc[lc["kommunenummer"] == knr, "geometry"].to_numpy()
        total = shapely.area(cells).sum()
        union = shapely.union_all(cells)
        # no overlap: the union is as large as the sum; no gap: as large as the kommune
        np.testing.assert_allclose(union.area, total, rtol=1e-9)
        np.testing.assert_allclose(total, zone.area, rtol=1e-6)
    assert set(lc["arealtype"]) <= {11, 12, 21, 22, 23, 30, 50, 60, 81}
    assert {11, 30}.issubset(set(lc["arealtype"]))


def test_same_kommune_alone_or_with_others(layers, kommuner):
    alone = national.generate(0.02, only=["1103"], kommuner=kommuner)
    for name in ("landcover", "population", "tettsteder"):
        a = alone[name]
        b = layers[name][layers[name]["kommunenummer"] == "1103"].reset_index(drop=True)
        assert shapely.equals_exact(a["geometry"].to_numpy(), b["geometry"].to_numpy()).all()
        assert a.drop(columns="geometry").equals(b.drop(columns="geometry"))


def test_sizes_follow_the_scale(kommuner):
    small = national.generate(0.01, only=ONLY, kommuner=kommuner)
    big = national.generate(0.04, only=ONLY, kommuner=kommuner)
    ratio = len(big["landcover"]) / len(small["landcover"])
    assert 2.5 < ratio < 5.0  # the rim's cut cells weigh more at small sizes
    roads = len(big["roads"]) / len(small["roads"])
    assert 2.5 < roads < 8.0  # few links at small sizes: those crossing the coast weigh more
    # full size: about 5 million polygons and 1 million links in all (share sqrt(area))
    root = np.sqrt(shapely.area(kommuner["geometry"].to_numpy()))
    share = root[kommuner["kommunenummer"].isin(ONLY).to_numpy()].sum() / root.sum()
    expect = national.TOTAL_LANDCOVER * 0.04 * share
    assert 0.8 < len(big["landcover"]) / expect < 1.6  # the rim weighs more at small sizes
    links = national.TOTAL_ROADS * 0.04 * share
    assert 0.5 < len(big["roads"]) / links < 1.5


def test_population_adds_up(layers, kommuner):
    people = national._populations(kommuner, national.DEFAULT_SEED)
    assert abs(people.sum() - national.TOTAL_POPULATION) < 357 * 100
    pop = layers["population"]
    ids = pop["ssbid_250m"].to_numpy(str)
    x = np.array([int(i[:7]) - 2_000_000 for i in ids])
    y = np.array([int(i[7:]) for i in ids])
    np.testing.assert_array_equal(np.c_[x, y], shapely.bounds(pop["geometry"].to_numpy())[:, :2])
    np.testing.assert_array_equal(shapely.area(pop["geometry"].to_numpy()), 62500.0)
    for k, knr in enumerate(kommuner["kommunenummer"]):
        if knr in ONLY:
            cells = pop["pop2022"][pop["kommunenummer"] == knr].sum()
            assert 0.75 * people[k] <= cells <= 0.8 * people[k] + 1
    tett = layers["tettsteder"]
    assert (tett["population"] >= 200).all()
    assert set(tett["kommunenummer"]) == set(ONLY)
