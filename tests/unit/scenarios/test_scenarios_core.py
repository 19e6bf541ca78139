"""Core of smaaby:scenariocompare: the emission model by formula, the land and location
indicators on hand-made tiny alternatives, the bad-input rules and the comparison."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely import box

from smaaby_plugin.core.catchments.network import (
    ALLOCATED,
    NO_PATH,
    UNATTACHED,
    build_graph,
)
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import prepare_categorical
from smaaby_plugin.core.landuse.plans import shore_zone
from smaaby_plugin.core.scenarios import comparison as cmp
from smaaby_plugin.core.scenarios import scenario_indicators as si
from smaaby_plugin.core.scenarios.travel_emissions import (
    TravelModel,
    car_share,
    parse_list,
    travel_emissions,
)

# -- the emission model -------------------------------------------------------------------


def test_model_by_formula():
    rng = np.random.default_rng(4)
    m = TravelModel(
        persons_per_dwelling=2.3,
        trips_per_person_day=2.8,
        distance_breaks_km=(2.0, 5.0),
        car_shares=(0.2, 0.5, 0.8),
        pt_reduction=0.1,
        trip_base_km=5.0,
        centre_factor=0.8,
        kg_co2_per_km=0.09,
        days_per_year=300.0,
    )
    dw = rng.integers(1, 200, 50).astype(float)
    d = rng.uniform(0, 12, 50)
    pt = rng.random(50) < 0.5
    r = travel_emissions(dw, d, pt, m)
    for i in range(50):
        base = 0.2 if d[i] < 2 else 0.5 if d[i] < 5 else 0.8
        share = max(0.0, base - (0.1 if pt[i] else 0.0))
        km = dw[i] * 2.3 * 2.8 * share * (5.0 + 0.8 * d[i])
        assert r["car_km_day"][i] == pytest.approx(km, rel=1e-12)
        assert r["co2_t_year"][i] == pytest.approx(km * 300 * 0.09 / 1000, rel=1e-12)
        assert r["residents"][i] == pytest.approx(dw[i] * 2.3)


def test_model_bands_edges_and_clip():
    m = TravelModel(car_shares=(0.02, 0.45, 0.6, 0.7))
    s = car_share(np.array([0.0, 0.999, 1.0, 3.0, 10.0, 1e3]), np.array([1, 0, 0, 0, 0, 0]), m)
    assert s.tolist() == [0.0, 0.02, 0.45, 0.6, 0.7, 0.7]  # 0.02 - 0.05 is clipped to 0


def test_model_unknown_distance_and_zero_dwellings():
    r = travel_emissions([10.0, 0.0], [np.nan, np.nan], [False, False], TravelModel())
    assert np.isnan(r["car_km_day"][0]) and r["car_km_day"][1] == 0.0


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"car_shares": (0.3, 0.4)}, "need 4 car shares"),
        ({"distance_breaks_km": (3.0, 1.0, 10.0)}, "must increase"),
        ({"car_shares": (0.3, 0.4, 1.5, 0.2)}, "fractions 0-1"),
        ({"kg_co2_per_km": float("nan")}, "kg_co2_per_km"),
        ({"persons_per_dwelling": 0.0}, "persons_per_dwelling"),
    ],
)
def test_model_refuses_bad_parameters(kwargs, words):
    with pytest.raises(InputError, match=words):
        TravelModel(**kwargs)


def test_parse_list_refuses_text():
    with pytest.raises(InputError, match="'x' is not a number"):
        parse_list("1, x", "CAR_SHARES")
    with pytest.raises(InputError, match="empty"):
        parse_list(" , ", "CAR_SHARES")


def test_parameter_table_names_every_source():
    t = TravelModel().as_table()
    assert len(t) == 9 and (t["source"].str.len() > 10).all()
    assert set(t.loc[t["status"].str.startswith("assumption"), "parameter"]) >= {
        "car_shares",
        "kg_co2_per_km",
        "trip_base_km",
    }


# -- land ------------------------------------------------------------------------------


def test_land_by_area_hand_made():
    # AR5: 21 on x 0-40, 30 on 40-70, 60 on 70-90, 12 on 90-100; the area 0-100 x 0-100
    # with a strip 0-10 in y outside the land cover; the shore line at y = 100, 20 m wide
    lc = prepare_categorical(
        [box(0, 10, 40, 100), box(40, 10, 70, 100), box(70, 10, 90, 100), box(90, 10, 100, 100)],
        [21, 30, 60, 12],
    )
    shore = shore_zone([shapely.LineString([(-50, 100), (150, 100)])], 20.0)
    t = si.land_by_area([box(0, 0, 100, 100), box(200, 0, 210, 10)], lc, shore)
    row = t.iloc[0]
    assert row["area_daa"] == pytest.approx(10.0)
    assert row["farmland_daa"] == pytest.approx(40 * 90 / 1000)
    assert row["forest_daa"] == pytest.approx(30 * 90 / 1000)
    assert row["bog_daa"] == pytest.approx(20 * 90 / 1000)
    assert row["built_daa"] == pytest.approx(10 * 90 / 1000)
    assert row["other_daa"] == pytest.approx(100 * 10 / 1000)  # the strip without AR5
    assert row["shore_daa"] == pytest.approx(100 * 20 / 1000)
    second = t.iloc[1]
    assert second["area_daa"] == pytest.approx(0.1) and second["other_daa"] == pytest.approx(0.1)


# -- alternatives ------------------------------------------------------------------------


def _alt(name, geoms, dw, jobs=None):
    geoms = np.array(geoms, dtype=object)
    return (
        name,
        geoms,
        np.asarray(dw, float),
        np.zeros(len(geoms)) if jobs is None else np.asarray(jobs, float),
        np.arange(1, len(geoms) + 1),
    )


def _prepare(*alts):
    names, geoms, dw, jobs, ids = zip(*alts)
    return si.prepare_alternatives(names, geoms, dw, jobs, ids)


def test_fewer_than_two_alternatives():
    with pytest.raises(InputError, match="1 alternative.*two or more"):
        _prepare(_alt("A", [box(0, 0, 1, 1)], [1]))


def test_overlaps_listed_for_every_alternative():
    a = _alt("A", [box(0, 0, 10, 10), box(5, 0, 15, 10)], [1, 1])
    b = _alt("B", [box(0, 0, 10, 10)], [1])
    c = _alt("C", [box(0, 0, 10, 10), box(0, 0, 10, 10)], [1, 1])
    with pytest.raises(InputError) as err:
        _prepare(a, b, c)
    text = str(err.value)
    assert "ALTERNATIVES 'A'" in text and "ALTERNATIVES 'C'" in text and "'B'" not in text
    assert "1/2" in text and "Merge or cut" in text and "overlap rule" not in text


def test_duplicate_names_refused():
    with pytest.raises(InputError, match="'?A'? are used by more than one"):
        _prepare(_alt("A", [box(0, 0, 1, 1)], [1]), _alt("A", [box(0, 0, 1, 1)], [1]))


def test_names_unique_without_case_and_not_a_column():
    with pytest.raises(InputError, match="upper and lower case"):
        _prepare(_alt("Infill", [box(0, 0, 1, 1)], [1]), _alt("infill", [box(0, 0, 1, 1)], [1]))
    with pytest.raises(InputError, match="'?best'?, '?rank_A'? are column names"):
        _prepare(_alt("best", [box(0, 0, 1, 1)], [1]), _alt("rank_A", [box(0, 0, 1, 1)], [1]))


def test_areas_without_area_are_counted():
    alts, notes = _prepare(
        _alt("A", [box(0, 0, 1, 1), shapely.Polygon([(0, 0), (1, 0), (2, 0)])], [1, 7]),
        _alt("B", [box(0, 0, 1, 1)], [1]),
    )
    assert len(alts[0]) == 1 and "7 dwellings" in " ".join(notes)


def test_different_crs_listed():
    with pytest.raises(InputError, match="A EPSG:25832, B EPSG:25833"):
        si.check_same_crs(["A", "B"], ["EPSG:25832", "EPSG:25833"])


# -- location ------------------------------------------------------------------------------


@pytest.fixture
def line_net():
    # a 3 km road along y = 0, and a separate road far away (another component)
    return build_graph(
        np.array(
            [
                shapely.LineString([(0, 0), (3000, 0)]),
                shapely.LineString([(0, 9000), (100, 9000)]),
            ]
        )
    )


def test_nearest_cost_and_reasons(line_net):
    centre = line_net.attach(np.array([shapely.Point(0, 0)]))
    pts = np.array([shapely.Point(800, 30), shapely.Point(50, 9000), shapely.Point(0, 5000)])
    att = line_net.attach(pts, max_snap=500)
    cost, status = si.nearest_cost(line_net, att, centre)
    assert cost[0] == pytest.approx(830.0)
    assert status.tolist() == [ALLOCATED, NO_PATH, UNATTACHED]
    reasons = si.status_reason(status)
    assert reasons[0] == "" and "connection" in reasons[1] and "MAX_SNAP" in reasons[2]


def test_residents_within(line_net):
    areas = line_net.attach(np.array([shapely.Point(1000, 0), shapely.Point(3000, 0)]))
    cells = line_net.attach(
        np.array([shapely.Point(x, 0) for x in (0.0, 500.0, 1999.0, 2500.0, 50.0)])
    )
    pop = np.array([1.0, 2.0, 4.0, 8.0, 16.0])
    # within 1000 m of 1000 or 3000: 0 (1000), 500, 1999, 2500; 50 is 950 from 1000
    assert si.residents_within(line_net, areas, cells, pop, 1000.0) == 31.0


# -- comparison ---------------------------------------------------------------------------


def _areas(name, dw, walk, car, status=None, reasons=None, land=None):
    n = len(dw)
    land = land if land is not None else pd.DataFrame({"area_daa": np.full(n, 10.0)})
    for k in (
        "farmland_daa",
        "pasture_daa",
        "forest_daa",
        "bog_daa",
        "open_daa",
        "built_daa",
        "other_daa",
        "shore_daa",
    ):
        if k not in land:
            land[k] = 0.0
    status = np.zeros(n, int) if status is None else np.asarray(status)
    reasons = [""] * n if reasons is None else reasons
    return cmp.area_table(
        name,
        np.arange(n),
        dw,
        np.zeros(n),
        land,
        walk,
        status,
        car,
        status,
        reasons,
        TravelModel(),
        1000.0,
    )


def _values(areas, **kw):
    args = dict(
        has_landcover=True, has_shore=True, has_feed=False, has_services=False, residents_nearby=5.0
    )
    args.update(kw)
    return cmp.alternative_values(areas, **args)


def test_identical_alternatives_identical_columns():
    a = _areas("A", [10.0, 30.0], [500.0, 1500.0], [2.0, 4.0])
    b = _areas("B", [10.0, 30.0], [500.0, 1500.0], [2.0, 4.0])
    t = cmp.comparison_table({"A": _values(a), "B": _values(b)})
    pd.testing.assert_series_equal(t["A"], t["B"], check_names=False)
    ranked = t[t["direction"] != "not ranked"].dropna(subset=["A"])
    assert (ranked["rank_A"] == 1).all() and (ranked["rank_B"] == 1).all()
    assert (ranked["best"] == "A, B").all()


def test_alternative_values_by_hand():
    a = _areas("A", [10.0, 30.0], [500.0, 1500.0], [2.0, 4.0])
    v = _values(a)
    assert v["dwellings_walk_centre"][0] == pytest.approx(25.0)
    assert v["car_min_centre"][0] == pytest.approx((2 * 10 + 4 * 30) / 40)
    assert v["density"][0] == pytest.approx(2.0)
    m = TravelModel()
    km = 10 * 2.1 * 3 * 0.30 * (7 + 0.25) + 30 * 2.1 * 3 * 0.45 * (7 + 0.75)
    assert v["car_km_day"][0] == pytest.approx(km)
    assert v["co2_t_year"][0] == pytest.approx(km * 365 * m.kg_co2_per_km / 1000)
    assert v["co2_kg_resident"][0] == pytest.approx(km * 365 * m.kg_co2_per_km / 84)
    share = (10 * 0.30 + 30 * 0.45) / 40 * 100
    assert v["car_share"][0] == pytest.approx(share)


def test_unreached_rows_say_why():
    why = "farther from the road network than MAX_SNAP"
    a = _areas(
        "Lake", [10.0, 5.0], [500.0, np.inf], [2.0, np.inf], [ALLOCATED, UNATTACHED], ["", why]
    )
    b = _areas("Infill", [10.0], [400.0], [1.0])
    t = cmp.comparison_table({"Lake": _values(a), "Infill": _values(b)})
    row = t.set_index("indicator")
    assert np.isnan(row.at["residents_nearby", "Lake"])
    assert "Lake: 1 area(s) not reached (farther" in row.at["residents_nearby", "note"]
    for key in ("dwellings_walk_centre", "car_min_centre", "car_km_day", "co2_t_year"):
        assert np.isnan(row.at[key, "Lake"])
        assert f"Lake: 1 area(s) with dwellings not reached ({why})" in row.at[key, "note"]
        assert np.isnan(row.at[key, "rank_Lake"]) and row.at[key, "best"] == "Infill"
    # land rows are still computed
    assert row.at["area_daa", "Lake"] == 20.0
    text = cmp.alternative_texts(t).set_index("alternative").at["Lake", "text"]
    assert "Not computed (areas not reached)" in text


def test_missing_inputs_give_empty_rows_with_notes():
    a = _areas("A", [10.0], [500.0], [2.0])
    v = _values(a, has_landcover=False, has_shore=False, residents_nearby=None)
    assert np.isnan(v["farmland_daa"][0]) and v["farmland_daa"][1] == "no LANDCOVER given"
    assert v["shore_daa"][1] == "no SHORE given"
    assert v["dwellings_near_stop"][1] == "no FEED given"
    assert v["service_m"][1] == "no SERVICES given"
    assert v["residents_nearby"][1] == "no POPULATION given"


def test_only_jobs_alternative():
    land = pd.DataFrame({"area_daa": [10.0]})
    a = cmp.area_table(
        "J", [1], [0.0], [50.0], land, [500.0], [0], [2.0], [0], [""], TravelModel(), 1000.0
    )
    v = _values(a, has_landcover=False, has_shore=False)
    assert np.isnan(v["dwellings_walk_centre"][0]) and v["dwellings_walk_centre"][1] == (
        "no dwellings"
    )
    assert v["jobs_walk_centre"][0] == 100.0


def test_ranks_ties_and_direction():
    assert cmp.rank_values([2.0, 2.0, 1.0], "higher").tolist() == [1.0, 1.0, 3.0]
    assert np.isnan(cmp.rank_values([np.nan, np.nan], "lower")).all()
