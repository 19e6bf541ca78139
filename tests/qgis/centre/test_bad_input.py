"""Bad input for the centre family through processing.run: the one CRS, value and id
policy, inputs that do not meet, and parameters out of range. Every refusal is a clear
message (no traceback, no exception class name); every handled case is counted in the
log and its numbers are checked against a hand count."""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsProcessingException

SQUARE = "POLYGON((0 0, 2000 0, 2000 2000, 0 2000, 0 0))"
FAR_SQUARE = "POLYGON((500000 0, 501000 0, 501000 1000, 500000 1000, 500000 0))"


def refused(run_alg, alg, params) -> str:
    """The message of a refused run, checked for the signs of a crash."""
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(alg, params)
    text = str(caught.value)
    assert "Traceback" not in text
    assert not re.search(r"\b\w+(Error|Exception)\b", text), text
    return text


def rows(layer) -> list[dict]:
    names = [f.name() for f in layer.fields()]
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def warnings_with(feedback, words) -> list[str]:
    return [line for line in feedback.log if words in line]


# -- settlements ----------------------------------------------------------------------------


def houses(make_layer, residents, crs="EPSG:25833", spacing=40.0):
    """Houses on a line ``spacing`` m apart with the given residents."""
    return make_layer(
        "Point",
        crs,
        {"bosatte": float},
        [(f"POINT({i * spacing} 0)", {"bosatte": r}) for i, r in enumerate(residents)],
    )


def test_settlements_null_residents_count_as_0_and_are_counted(run_alg, make_layer, log_feedback):
    # 50 + 50 + 0 + 50 + 50 = 200 residents: exactly MIN_RESIDENTS, one settlement
    layer = houses(make_layer, [50.0, 50.0, None, 50.0, 50.0])
    feedback = log_feedback()
    res = run_alg(
        "smaaby:settlements",
        {"BUILDINGS": layer, "RESIDENTS_FIELD": "bosatte", "OUTPUT": "memory:"},
        feedback,
    )
    (row,) = rows(res["OUTPUT"])
    assert (row["residents"], row["buildings"]) == (200.0, 5)
    (line,) = warnings_with(feedback, "counted as 0")
    assert "1 of 5 features" in line and "'bosatte'" in line


@pytest.mark.parametrize(
    "value, words",
    [(float("inf"), "infinite value (feature id 2)"), (2e7, "above 10,000,000 (feature id 2)")],
)
def test_settlements_infinite_or_absurd_residents_stop(run_alg, make_layer, value, words):
    layer = houses(make_layer, [50.0, value])
    text = refused(
        run_alg,
        "smaaby:settlements",
        {"BUILDINGS": layer, "RESIDENTS_FIELD": "bosatte", "OUTPUT": "memory:"},
    )
    assert words in text and "RESIDENTS_FIELD" in text


def test_settlements_layer_without_crs_stops_naming_it(run_alg, make_layer):
    layer = houses(make_layer, [50.0, 50.0], crs="")
    text = refused(run_alg, "smaaby:settlements", {"BUILDINGS": layer, "OUTPUT": "memory:"})
    assert "BUILDINGS ('fixture') has no coordinate reference system" in text
    assert "Assign projection" in text


@pytest.mark.parametrize(
    "name, value, words",
    [
        ("MAX_GAP", 1e9, "accepted range 0.01 to 1000"),
        ("SATELLITE_DISTANCE", float("nan"), "is not a number"),
        ("PERSONS_PER_ADDRESS", 5000, "accepted range 0 to 1000"),
        ("MIN_RESIDENTS", 1e12, "accepted range 0 to 1e+07"),
        ("SATELLITE_MIN_BUILDINGS", 10**9, "accepted range 1 to 100000"),
    ],
)
def test_settlements_parameters_out_of_range_stop(run_alg, make_layer, name, value, words):
    layer = houses(make_layer, [50.0, 50.0])
    text = refused(
        run_alg, "smaaby:settlements", {"BUILDINGS": layer, "OUTPUT": "memory:", name: value}
    )
    assert f"({name})" in text and words in text


def test_settlements_none_found_says_the_largest_cluster(run_alg, make_layer, log_feedback):
    # two clusters of 120 and 60 residents (the third house is 100 m away): none has 200
    layer = make_layer(
        "Point",
        "EPSG:25833",
        {"bosatte": float},
        [
            ("POINT(0 0)", {"bosatte": 60.0}),
            ("POINT(40 0)", {"bosatte": 60.0}),
            ("POINT(140 0)", {"bosatte": 60.0}),
        ],
    )
    feedback = log_feedback()
    res = run_alg(
        "smaaby:settlements",
        {"BUILDINGS": layer, "RESIDENTS_FIELD": "bosatte", "OUTPUT": "memory:"},
        feedback,
    )
    assert res["OUTPUT"].featureCount() == 0
    (line,) = warnings_with(feedback, "No settlement")
    assert "has 200 residents (the largest has 120)" in line


# -- centre zones ---------------------------------------------------------------------------


def businesses(make_layer, employees):
    """Four establishments 20 m apart, one of each centre-function group."""
    codes = ["47.11", "84.11", "86.21", "56.10"]
    return make_layer(
        "Point",
        "EPSG:25833",
        {"nace": str, "emp": float},
        [
            (f"POINT({20 * i} 0)", {"nace": c, "emp": e})
            for i, (c, e) in enumerate(zip(codes, employees))
        ],
    )


def test_centrezones_null_employees_count_as_0(run_alg, make_layer, log_feedback):
    params = {"INDUSTRY_FIELD": "nace", "EMPLOYEES_FIELD": "emp", "OUTPUT": "memory:"}
    feedback = log_feedback()
    res = run_alg(
        "smaaby:centrezones",
        dict(params, BUSINESSES=businesses(make_layer, [20.0, None, 20.0, 20.0])),
        feedback,
    )
    (zone,) = rows(res["OUTPUT"])
    assert zone["employees"] == 60.0  # 20 + 0 + 20 + 20 >= 50
    (line,) = warnings_with(feedback, "counted as 0")
    assert "1 of 4 features" in line
    # with 2 null employees the 40 left are fewer than 50: no zone, and the log says so
    feedback = log_feedback()
    res = run_alg(
        "smaaby:centrezones",
        dict(params, BUSINESSES=businesses(make_layer, [20.0, None, None, 20.0])),
        feedback,
    )
    assert res["OUTPUT"].featureCount() == 0
    assert warnings_with(feedback, "No centre zone") and any(
        "fewer than 50 employees" in line for line in feedback.log
    )


def test_centrezones_absurd_employees_and_one_field_for_both_stop(run_alg, make_layer):
    layer = businesses(make_layer, [20.0, 20.0, 2e7, 20.0])
    text = refused(
        run_alg,
        "smaaby:centrezones",
        {
            "BUSINESSES": layer,
            "INDUSTRY_FIELD": "nace",
            "EMPLOYEES_FIELD": "emp",
            "OUTPUT": "memory:",
        },
    )
    assert "EMPLOYEES_FIELD" in text and "above 10,000,000 (feature id 3)" in text
    # the same field for both was a traceback in the reader
    text = refused(
        run_alg,
        "smaaby:centrezones",
        {
            "BUSINESSES": layer,
            "INDUSTRY_FIELD": "emp",
            "EMPLOYEES_FIELD": "emp",
            "OUTPUT": "memory:",
        },
    )
    assert "are the same field ('emp')" in text


@pytest.mark.parametrize(
    "name, value", [("MAX_GAP", 1e6), ("MIN_GROUPS", 1000), ("ZONE_BUFFER", float("inf"))]
)
def test_centrezones_parameters_out_of_range_stop(run_alg, make_layer, name, value):
    layer = businesses(make_layer, [20.0] * 4)
    params = {"BUSINESSES": layer, "INDUSTRY_FIELD": "nace", "EMPLOYEES_FIELD": "emp"}
    text = refused(run_alg, "smaaby:centrezones", dict(params, OUTPUT="memory:", **{name: value}))
    assert f"({name})" in text


# -- centre indicators ----------------------------------------------------------------------


def indicator_case(make_layer, pops=(10.0, 20.0, 30.0), names=("A", "B"), crs=None):
    """Towns A (0-2000) and B (3000-5000); a centre in A; population at 300 m, 600 m
    from the centre in A and one point in B."""
    crs = crs or {}
    towns = make_layer(
        "Polygon",
        crs.get("TOWNS", "EPSG:25833"),
        {"name": str},
        [
            (SQUARE, {"name": names[0]}),
            ("POLYGON((3000 0, 5000 0, 5000 2000, 3000 2000, 3000 0))", {"name": names[1]}),
        ],
    )
    centres = make_layer(
        "Point", crs.get("CENTRES", "EPSG:25833"), {"id": int}, [("POINT(1000 1000)", {"id": 1})]
    )
    population = make_layer(
        "Point",
        crs.get("POPULATION", "EPSG:25833"),
        {"pop": float},
        [
            ("POINT(1300 1000)", {"pop": pops[0]}),
            ("POINT(1000 1600)", {"pop": pops[1]}),
            ("POINT(4000 1000)", {"pop": pops[2]}),
        ],
    )
    return {
        "TOWNS": towns,
        "NAME_FIELD": "name",
        "CENTRES": centres,
        "POPULATION": population,
        "POPULATION_FIELD": "pop",
        "DISTANCES": "500",
        "OUTPUT_TABLE": "memory:",
    }


def test_indicators_null_population_counts_as_0(run_alg, make_layer, log_feedback):
    feedback = log_feedback()
    res = run_alg(
        "smaaby:centreindicators", indicator_case(make_layer, (10.0, None, 30.0)), feedback
    )
    by_town = {r["town"]: r for r in rows(res["OUTPUT_TABLE"])}
    # A: 10 at 300 m and 0 at 600 m: all of it within 500 m, mean distance 300 m
    assert by_town["A"]["population"] == 10.0 and by_town["B"]["population"] == 30.0
    assert by_town["A"]["pct_within_500m"] == pytest.approx(100.0)
    assert by_town["A"]["mean_dist_m"] == pytest.approx(300.0)
    (line,) = warnings_with(feedback, "counted as 0")
    assert "1 of 3 features of POPULATION (33.3%)" in line


@pytest.mark.parametrize(
    "names, words",
    [
        (("A", "A"), "ids must be unique, but 1 id(s) occur more than once: 'A' (2 times)"),
        (("A", None), "1 feature(s) have no id (feature id 2)"),
    ],
)
def test_indicators_duplicate_or_empty_town_names_stop(run_alg, make_layer, names, words):
    text = refused(run_alg, "smaaby:centreindicators", indicator_case(make_layer, names=names))
    assert "NAME_FIELD" in text and words in text


@pytest.mark.parametrize("which", ["TOWNS", "CENTRES", "POPULATION"])
def test_indicators_a_layer_without_crs_stops_naming_it(run_alg, make_layer, which):
    text = refused(run_alg, "smaaby:centreindicators", indicator_case(make_layer, crs={which: ""}))
    assert f"{which} ('fixture') has no coordinate reference system" in text


def test_indicators_population_apart_from_the_towns_stops(run_alg, make_layer):
    params = indicator_case(make_layer)
    params["POPULATION"] = make_layer(
        "Point", "EPSG:25833", {"pop": float}, [("POINT(600000 7000000)", {"pop": 5.0})]
    )
    text = refused(run_alg, "smaaby:centreindicators", params)
    assert "POPULATION: none of its 1 features lies in a town of TOWNS" in text
    assert "CRS is right" in text


def test_indicators_layers_that_meet_no_town_are_warned(run_alg, make_layer, log_feedback):
    params = indicator_case(make_layer)
    params["LANDUSE"] = make_layer("Polygon", "EPSG:25833", {"c": int}, [(FAR_SQUARE, {"c": 11})])
    params["CLASS_FIELD"] = "c"
    params["NETWORK"] = make_layer(
        "LineString", "EPSG:25833", {}, [("LINESTRING(500000 0, 501000 0)", {})]
    )
    feedback = log_feedback()
    res = run_alg("smaaby:centreindicators", params, feedback)
    assert warnings_with(feedback, "LANDUSE: none of its 1 features lies in a town")
    assert warnings_with(feedback, "NETWORK: none of its 1 features lies in a town")
    assert warnings_with(feedback, "NETWORK: no population can be reached")
    a = next(r for r in rows(res["OUTPUT_TABLE"]) if r["town"] == "A")
    assert a["population"] == 30.0 and a["mean_dist_straight_m"] == pytest.approx(
        (10 * 300 + 20 * 600) / 30
    )
    # no centre in any town: one warning for the run besides the notes per town
    params = indicator_case(make_layer)
    params["CENTRES"] = make_layer("Point", "EPSG:25833", {}, [("POINT(9000 9000)", {})])
    feedback = log_feedback()
    run_alg("smaaby:centreindicators", params, feedback)
    assert warnings_with(feedback, "CENTRES: no centre lies in (or is assigned to) any town")


def test_indicators_built_classes_match_text_and_decimal_codes(run_alg, make_layer):
    # A is half ' 11 ' (text with blanks) and half '12.0': 2 km² built, 30 inhabitants
    params = indicator_case(make_layer)
    params["LANDUSE"] = make_layer(
        "Polygon",
        "EPSG:25833",
        {"c": str},
        [
            ("POLYGON((0 0, 1000 0, 1000 2000, 0 2000, 0 0))", {"c": " 11 "}),
            ("POLYGON((1000 0, 2000 0, 2000 2000, 1000 2000, 1000 0))", {"c": "12.0"}),
        ],
    )
    params["CLASS_FIELD"] = "c"
    res = run_alg("smaaby:centreindicators", params)
    a = next(r for r in rows(res["OUTPUT_TABLE"]) if r["town"] == "A")
    assert a["built_m2_per_inh"] == pytest.approx(4e6 / 30)


@pytest.mark.parametrize(
    "name, value, words",
    [
        ("RING_WIDTH", 1e9, "accepted range 1 to 10000"),
        ("MAX_SNAP", 1e9, "accepted range 0 to 5000"),
        ("MIX_RADIUS", float("nan"), "is not a number"),
        ("CATEGORY_PREFIX", 1000, "accepted range 0 to 20"),
        ("DISTANCES", "500,1e9", "at most 100,000 m"),
        ("DISTANCES", "500,nan", "at most 100,000 m"),
    ],
)
def test_indicators_parameters_out_of_range_stop(run_alg, make_layer, name, value, words):
    params = dict(indicator_case(make_layer), **{name: value})
    text = refused(run_alg, "smaaby:centreindicators", params)
    assert name in text and words in text


# -- town profile ---------------------------------------------------------------------------


def profile_case(make_layer, tmp_path, names=("Elv", "Ham")):
    params = indicator_case(make_layer, names=names)
    params.pop("OUTPUT_TABLE")
    params.pop("DISTANCES")
    params["CENTRE"] = params.pop("CENTRES")
    params.update(
        {
            "TOWN_NAME": names[0],
            "OUTPUT_PDF": str(tmp_path / "profile.pdf"),
            "OUTPUT_TABLE": "memory:",
        }
    )
    return params


def test_townprofile_two_towns_with_the_chosen_name_stop(run_alg, make_layer, tmp_path):
    params = profile_case(make_layer, tmp_path, names=("Elv", "Elv"))
    text = refused(run_alg, "smaaby:townprofile", params)
    assert "TOWN_NAME: 2 towns are called 'Elv' (feature id 1, 2)" in text
    assert not (tmp_path / "profile.pdf").exists()


def test_townprofile_centre_elsewhere_says_how_far(run_alg, make_layer, tmp_path):
    params = profile_case(make_layer, tmp_path)
    params["CENTRE"] = make_layer("Point", "EPSG:25833", {}, [("POINT(2000 12000)", {})])
    text = refused(run_alg, "smaaby:townprofile", params)
    # the town's nearest point is its corner (2000, 2000), 10 km away
    assert "none of its 1 centre(s) lies in the chosen town (the nearest is 10.0 km" in text


@pytest.mark.parametrize("which", ["CENTRE", "POPULATION"])
def test_townprofile_checks_every_crs_before_any_work(run_alg, make_layer, tmp_path, which):
    params = profile_case(make_layer, tmp_path)
    layer = params[which]
    geometry_type = "Point"
    fields = {f.name(): (float if f.name() == "pop" else int) for f in layer.fields()}
    params[which] = make_layer(
        geometry_type,
        "",
        fields,
        [(f.geometry().asWkt(), dict(zip(fields, f.attributes()))) for f in layer.getFeatures()],
    )
    text = refused(run_alg, "smaaby:townprofile", params)
    assert f"{which} ('fixture') has no coordinate reference system" in text
    assert not (tmp_path / "profile.pdf").exists()


def test_townprofile_population_outside_the_town_stops(run_alg, make_layer, tmp_path):
    params = profile_case(make_layer, tmp_path, names=("Ham", "Elv"))
    params["TOWN_NAME"] = "Ham"
    params["POPULATION"] = make_layer(
        "Point", "EPSG:25833", {"pop": float}, [("POINT(4000 1000)", {"pop": 30.0})]
    )
    text = refused(run_alg, "smaaby:townprofile", params)
    assert "POPULATION: none of its 1 features lies in a town" in text


def test_townprofile_distances_out_of_range_stop(run_alg, make_layer, tmp_path):
    params = dict(profile_case(make_layer, tmp_path), DISTANCES="500,1e9")
    assert "at most 100,000 m" in refused(run_alg, "smaaby:townprofile", params)


# -- shape compactness ----------------------------------------------------------------------


def test_compactness_without_crs_stops_and_mercator_is_measured_in_utm(
    run_alg, make_layer, log_feedback
):
    layer = make_layer("Polygon", "", {"n": int}, [(SQUARE, {"n": 1})])
    text = refused(run_alg, "smaaby:shapecompactness", {"INPUT": layer, "OUTPUT": "memory:"})
    assert "INPUT ('fixture') has no coordinate reference system" in text
    # a 10 km square in Web Mercator at 61° N is a 4.8 km square on the ground; Mercator
    # is conformal, so in UTM it stays a square: Polsby-Popper pi/4, convex hull 1
    merc = make_layer(
        "Polygon",
        "EPSG:3857",
        {"n": int},
        [
            (
                "POLYGON((1280000 8590000, 1290000 8590000, 1290000 8600000, 1280000 8600000, "
                "1280000 8590000))",
                {"n": 1},
            )
        ],
    )
    feedback = log_feedback()
    res = run_alg(
        "smaaby:shapecompactness",
        {"INPUT": merc, "INDICES": [0, 3], "OUTPUT": "memory:"},
        feedback,
    )
    (row,) = rows(res["OUTPUT"])
    assert row["polsby_popper"] == pytest.approx(3.141592653589793 / 4, abs=1e-5)
    assert row["convex_hull"] == pytest.approx(1.0, abs=1e-9)
    assert res["OUTPUT"].crs().authid() == "EPSG:25832"
    assert warnings_with(feedback, "Mercator projection")
