"""smaaby:scenariocompare on hand-made tiny alternatives: every indicator by hand, the land
rows against smaaby:planchange, the location rows against smaaby:serviceaccess, identical
alternatives, the PDF, and the bad input of issue 16."""

from __future__ import annotations

import subprocess
import zipfile

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant
from shapely import LineString, Point, box

from smaaby_plugin.core.scenarios.travel_emissions import TravelModel

X0, Y0 = 300000.0, 6700000.0
CRS = "EPSG:25833"


def _b(x0, y0, x1, y1):
    return box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def _p(x, y):
    return Point(X0 + x, Y0 + y)


@pytest.fixture
def base(make_layer):
    """A 5 km road along y = 0 at 60 km/h with the centre at its west end; AR5 11 / 21 / 30
    in bands of x; a shore line at y = 150 over x 0-1000; services and residents."""
    road = make_layer(
        "LineString",
        CRS,
        {"speed_kmh": float},
        [(LineString([(X0, Y0), (X0 + 5000, Y0)]), {"speed_kmh": 60.0})],
        "roads",
    )
    centre = make_layer("Point", CRS, {"name": str}, [(_p(0, 0), {"name": "torget"})], "centre")
    landcover = make_layer(
        "Polygon",
        CRS,
        {"arealtype": int},
        [
            (_b(0, -500, 1000, 1000), {"arealtype": 11}),
            (_b(1000, -500, 2500, 1000), {"arealtype": 21}),
            (_b(2500, -500, 5000, 1000), {"arealtype": 30}),
        ],
        "ar5",
    )
    shore = make_layer(
        "LineString",
        CRS,
        {"kind": str},
        [(LineString([(X0, Y0 + 150), (X0 + 1000, Y0 + 150)]), {"kind": "lake"})],
        "shore",
    )
    services = make_layer("Point", CRS, {"kind": str}, [(_p(2000, 0), {"kind": "shop"})], "shops")
    population = make_layer(
        "Point",
        CRS,
        {"pop": float},
        [(_p(100, 0), {"pop": 10.0}), (_p(2500, 0), {"pop": 5.0}), (_p(4000, 0), {"pop": 7.0})],
        "pop",
    )
    return {
        "NETWORK": road,
        "SPEED_FIELD": "speed_kmh",
        "CENTRE": centre,
        "LANDCOVER": landcover,
        "LANDCOVER_FIELD": "arealtype",
        "SHORE": shore,
        "SERVICES": services,
        "POPULATION": population,
        "POPULATION_FIELD": "pop",
    }


def _alt(make_layer, name, rows, crs=CRS, fields=None):
    fields = fields or {"dwellings": float, "jobs": float}
    return make_layer("Polygon", crs, fields, rows, name)


@pytest.fixture
def alt_a(make_layer):
    # a1: 150 m from the centre, in the shore zone on AR5 11; a2: 1950 m, on farmland
    return _alt(
        make_layer,
        "A",
        [
            (_b(100, 10, 200, 110), {"dwellings": 40.0, "jobs": 0.0}),
            (_b(1900, 10, 2000, 110), {"dwellings": 60.0, "jobs": 20.0}),
        ],
    )


@pytest.fixture
def alt_b(make_layer):
    return _alt(make_layer, "B", [(_b(3000, 10, 3100, 110), {"dwellings": 100.0, "jobs": 20.0})])


def _run(run_alg, params, feedback=None):
    params = {"OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_AREAS": "TEMPORARY_OUTPUT", **params}
    return run_alg("smaaby:scenariocompare", params, feedback)


def _value(v):
    return None if isinstance(v, QVariant) and v.isNull() else v


def _rows(layer):
    names = layer.fields().names()
    return [dict(zip(names, map(_value, f.attributes()))) for f in layer.getFeatures()]


def _table(result):
    return {r["indicator"]: r for r in _rows(result["OUTPUT"])}


def _gtfs(path, stop_xy, times):
    """A feed of one stop pair with trips leaving the first stop at ``times`` (HH:MM:SS)."""
    t = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(CRS),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    ll = [t.transform(QgsPointXY(X0 + x, Y0 + y)) for x, y in stop_xy]
    files = {
        "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\na,A,http://a,Europe/Oslo\n",
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\n"
        + "".join(f"s{i},S{i},{p.y():.8f},{p.x():.8f}\n" for i, p in enumerate(ll)),
        "routes.txt": "route_id,route_short_name,route_type\nr,1,3\n",
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,"
        "start_date,end_date\nwd,1,1,1,1,1,0,0,20240101,20241231\n",
        "trips.txt": "route_id,service_id,trip_id\n"
        + "".join(f"r,wd,t{i}\n" for i in range(len(times))),
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "".join(
            f"t{i},{h},{h},s0,1\nt{i},{h[:3]}{int(h[3:5]) + 5:02d}:00,{h[:3]}{int(h[3:5]) + 5:02d}"
            f":00,s1,2\n"
            for i, h in enumerate(times)
        ),
    }
    with zipfile.ZipFile(path, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return str(path)


def test_every_indicator_by_hand(run_alg, base, alt_a, alt_b, tmp_path):
    # the stop 240 m from a1 has 3 departures 07:00-09:00 (1.5 an hour); s1 is far away
    feed = _gtfs(
        tmp_path / "feed.zip", [(150, 300), (4500, 900)], ["07:10:00", "07:40:00", "08:20:00"]
    )
    result = _run(
        run_alg,
        {
            **base,
            "ALTERNATIVES": [alt_a, alt_b],
            "FEED": feed,
            "MIN_DEPARTURES": 1.0,
            "DATE": "2024-09-17",
            "OUTPUT_TEXTS": "TEMPORARY_OUTPUT",
        },
    )
    t = _table(result)
    a, b = (lambda k: t[k]["A"]), (lambda k: t[k]["B"])
    # land (daa)
    assert a("area_daa") == pytest.approx(20.0) and b("area_daa") == pytest.approx(10.0)
    assert a("built_daa") == pytest.approx(10.0) and a("farmland_daa") == pytest.approx(10.0)
    assert b("forest_daa") == pytest.approx(10.0) and b("farmland_daa") == pytest.approx(0.0)
    assert a("shore_daa") == pytest.approx(6.0) and b("shore_daa") == pytest.approx(0.0)
    # location: the areas count by their centres (150, 60), (1950, 60), (3050, 60)
    walk = {"a1": 150 + 60, "a2": 1950 + 60, "b1": 3050 + 60}
    car = {k: (v - 60) / 1000.0 + 60 / (5 * 1000 / 60) for k, v in walk.items()}  # 60 km/h
    assert a("dwellings_walk_centre") == pytest.approx(40.0)
    assert a("jobs_walk_centre") == pytest.approx(0.0) and b("jobs_walk_centre") == 0.0
    assert a("car_min_centre") == pytest.approx((40 * car["a1"] + 60 * car["a2"]) / 100)
    assert b("car_min_centre") == pytest.approx(car["b1"])
    assert a("density") == pytest.approx(5.0) and b("density") == pytest.approx(10.0)
    assert a("dwellings_near_stop") == pytest.approx(40.0) and b("dwellings_near_stop") == 0.0
    assert a("jobs_near_stop") == pytest.approx(0.0)
    assert a("service_m") == pytest.approx((40 * (60 + 1850) + 60 * (60 + 50)) / 100)
    assert a("dwellings_walk_service") == pytest.approx(60.0)
    # residents within 1000 m: (100, 0) from a1 and (2500, 0) from a2; only (2500, 0) from b1
    assert a("residents_nearby") == 15.0 and b("residents_nearby") == 5.0
    # transport: the model by formula (near the stop a1 loses 0.05 of its car share)
    m = TravelModel()
    km_a = 40 * 2.1 * 3 * 0.25 * (7 + 0.5 * 0.21) + 60 * 2.1 * 3 * 0.45 * (7 + 0.5 * 2.01)
    km_b = 100 * 2.1 * 3 * 0.60 * (7 + 0.5 * 3.11)
    assert a("car_km_day") == pytest.approx(km_a) and b("car_km_day") == pytest.approx(km_b)
    assert a("co2_t_year") == pytest.approx(km_a * 365 * m.kg_co2_per_km / 1000)
    assert a("residents") == pytest.approx(210.0)
    # ranks and units
    assert t["area_daa"]["rank_A"] == 2 and t["area_daa"]["rank_B"] == 1
    assert t["area_daa"]["best"] == "B" and t["area_daa"]["unit"] == "daa"
    assert t["car_km_day"]["direction"] == "lower" and t["density"]["direction"] == "higher"
    # the areas layer: one feature per area with its alternative
    areas = _rows(result["OUTPUT_AREAS"])
    assert [(r["alternative"], r["dwellings"]) for r in areas] == [
        ("A", 40.0),
        ("A", 60.0),
        ("B", 100.0),
    ]
    assert [round(r["walk_m_centre"], 6) for r in areas] == [210.0, 2010.0, 3110.0]
    texts = _rows(result["OUTPUT_TEXTS"])
    assert texts[1]["alternative"] == "B" and "Best of the alternatives" in texts[1]["text"]


def test_land_rows_equal_planchange(run_alg, base, alt_a, alt_b, make_layer):
    result = _run(run_alg, {**base, "ALTERNATIVES": [alt_a, alt_b]})
    t = _table(result)
    # the same areas as a plan change: LNFR (5100) in the current plan, housing (1110) new
    geoms = [f.geometry().asWkt() for f in alt_a.getFeatures()]
    old = make_layer("Polygon", CRS, {"code": int}, [(g, {"code": 5100}) for g in geoms])
    new = make_layer("Polygon", CRS, {"code": int}, [(g, {"code": 1110}) for g in geoms])
    pc = run_alg(
        "smaaby:planchange",
        {
            "OLD_PLAN": old,
            "OLD_FIELD": "code",
            "NEW_PLAN": new,
            "NEW_FIELD": "code",
            "LANDCOVER": base["LANDCOVER"],
            "LANDCOVER_FIELD": "arealtype",
            "SHORE": base["SHORE"],
            "UNIT": 1,
            "OUTPUT_MATRIX": "TEMPORARY_OUTPUT",
            "OUTPUT_CONVERSION": "TEMPORARY_OUTPUT",
        },
    )
    rows = [
        r
        for r in _rows(pc["OUTPUT_CONVERSION"])
        if r["direction"] == "new development" and r["label_en"] == "Sum"
    ]
    assert len(rows) == 1
    s = rows[0]
    assert t["area_daa"]["A"] == pytest.approx(s["total"])
    assert t["farmland_daa"]["A"] == pytest.approx(s["cultivated_21_22"])
    assert t["built_daa"]["A"] == pytest.approx(s["ar5_11"] + s["ar5_12"])
    assert t["forest_daa"]["A"] == pytest.approx(s["ar5_30"])
    assert t["shore_daa"]["A"] == pytest.approx(s["shore_zone"])


def test_location_rows_equal_serviceaccess(run_alg, base, alt_a, alt_b):
    result = _run(run_alg, {**base, "ALTERNATIVES": [alt_a, alt_b]})
    areas = [r for r in _rows(result["OUTPUT_AREAS"]) if r["alternative"] == "A"]
    for cost, column in ((0, "walk_m_centre"), (1, "car_min_centre")):
        sa = run_alg(
            "smaaby:serviceaccess",
            {
                "ORIGINS": alt_a,
                "DESTINATIONS": base["CENTRE"],
                "NETWORK": base["NETWORK"],
                "SPEED_FIELD": "speed_kmh",
                "COST": cost,
                "CUTOFF": 600,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
        got = [r["min_all"] for r in _rows(sa["OUTPUT"])]
        assert got == pytest.approx([r[column] for r in areas], rel=1e-9)


def test_stop_rows_equal_transitservice(run_alg, base, alt_a, alt_b, tmp_path):
    """The share of dwellings near a frequent stop is smaaby:transitservice's coverage of the
    same points (the areas, weighted by their dwellings) with the same walking settings."""
    feed = _gtfs(
        tmp_path / "feed.zip", [(150, 300), (1950, -200)], ["07:10:00", "07:40:00", "08:20:00"]
    )
    common = {"FEED": feed, "MIN_DEPARTURES": 1.0, "DATE": "2024-09-17", "NETWORK": base["NETWORK"]}
    t = _table(_run(run_alg, {**base, **common, "ALTERNATIVES": [alt_a, alt_b]}))
    for layer, name in ((alt_a, "A"), (alt_b, "B")):
        cov = run_alg(
            "smaaby:transitservice",
            {
                **common,
                "POPULATION": layer,
                "POPULATION_FIELD": "dwellings",
                "WALK_DISTANCE": 500.0,
                "OUTPUT_STOPS": "TEMPORARY_OUTPUT",
                "OUTPUT_ROUTES": "TEMPORARY_OUTPUT",
                "OUTPUT_COVERAGE": "TEMPORARY_OUTPUT",
            },
        )
        (row,) = _rows(cov["OUTPUT_COVERAGE"])
        assert t["dwellings_near_stop"][name] == pytest.approx(100.0 * row["share"])
    # s0 serves a1 (360 m on foot); s1 is the last stop of every trip: no departures
    assert t["dwellings_near_stop"]["A"] == pytest.approx(40.0)


def test_identical_alternatives_identical_columns(run_alg, base, alt_a, make_layer):
    twin = _alt(
        make_layer,
        "A copy",
        [
            (f.geometry().asWkt(), dict(zip(["dwellings", "jobs"], f.attributes())))
            for f in alt_a.getFeatures()
        ],
    )
    t = _table(_run(run_alg, {**base, "ALTERNATIVES": [alt_a, twin]}))
    for key, row in t.items():
        assert row["A"] == row["A copy"] or (row["A"] is None and row["A copy"] is None), key
        if row["rank_A"] is not None:
            assert row["rank_A"] == row["rank_A copy"] == 1, key


def test_name_field_groups_one_layer(run_alg, base, make_layer):
    fields = {"alt": str, "dwellings": float, "jobs": float}
    layer = _alt(
        make_layer,
        "all",
        [
            (_b(100, 10, 200, 110), {"alt": "Near", "dwellings": 10.0, "jobs": 0.0}),
            (_b(3000, 10, 3100, 110), {"alt": "Far", "dwellings": 10.0, "jobs": 0.0}),
        ],
        fields=fields,
    )
    t = _table(_run(run_alg, {**base, "ALTERNATIVES": [layer], "NAME_FIELD": "alt"}))
    assert t["dwellings_walk_centre"]["Near"] == 100.0 and t["dwellings_walk_centre"]["Far"] == 0


def test_pdf_report(run_alg, base, alt_a, alt_b, tmp_path):
    pdf = tmp_path / "report.pdf"
    result = _run(run_alg, {**base, "ALTERNATIVES": [alt_a, alt_b], "OUTPUT_PDF": str(pdf)})
    assert result["OUTPUT_PDF"] == str(pdf) and pdf.stat().st_size > 10_000
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    # charts for the rows with a value (no FEED: the two stop rows are empty)
    rows = sum(r["A"] is not None or r["B"] is not None for r in _table(result).values())
    assert rows == 23
    assert pages == 2 + 2 + int(np.ceil(rows / 6)) + 1


# -- bad input -------------------------------------------------------------------------------


def _refused(run_alg, params, *words):
    with pytest.raises(QgsProcessingException) as err:
        _run(run_alg, params)
    text = str(err.value)
    for word in words:
        assert word in text, text
    assert "Traceback" not in text and "Error:" not in text and "InputError" not in text
    return text


def test_fewer_than_two_alternatives(run_alg, base, alt_a):
    _refused(run_alg, {**base, "ALTERNATIVES": [alt_a]}, "1 alternative(s) given", "two or more")


def test_different_crs_listed(run_alg, base, alt_a, make_layer):
    other = _alt(
        make_layer,
        "B32",
        [(_b(3000, 10, 3100, 110), {"dwellings": 1.0, "jobs": 0.0})],
        crs="EPSG:25832",
    )
    _refused(
        run_alg,
        {**base, "ALTERNATIVES": [alt_a, other]},
        "different CRSs",
        "A EPSG:25833",
        "B32 EPSG:25832",
    )


def test_overlapping_areas_listed(run_alg, base, alt_b, make_layer):
    bad = _alt(
        make_layer,
        "Overlap",
        [
            (_b(100, 10, 200, 110), {"dwellings": 1.0, "jobs": 0.0}),
            (_b(150, 10, 250, 110), {"dwellings": 1.0, "jobs": 0.0}),
        ],
    )
    _refused(
        run_alg,
        {**base, "ALTERNATIVES": [bad, alt_b]},
        "ALTERNATIVES 'Overlap'",
        "1 pair(s) of polygons overlap",
        "1/2",
        "Merge or cut",
    )


def test_negative_dwellings_stop(run_alg, base, alt_b, make_layer):
    bad = _alt(make_layer, "Neg", [(_b(100, 10, 200, 110), {"dwellings": -5.0, "jobs": 0.0})])
    _refused(run_alg, {**base, "ALTERNATIVES": [bad, alt_b]}, "DWELLINGS_FIELD", "negative")


def test_null_dwellings_count_as_zero(run_alg, base, alt_b, make_layer, log_feedback):
    part = _alt(
        make_layer,
        "Null",
        [
            (_b(100, 10, 200, 110), {"dwellings": None, "jobs": 0.0}),
            (_b(400, 10, 500, 110), {"dwellings": 10.0, "jobs": 0.0}),
        ],
    )
    feedback = log_feedback()
    t = _table(_run(run_alg, {**base, "ALTERNATIVES": [part, alt_b]}, feedback))
    assert t["dwellings"]["Null"] == 10.0
    assert any("1 of 2 features" in m and "counted as 0" in m for m in feedback.log)


def test_alternative_outside_the_network(run_alg, base, alt_a, make_layer, log_feedback):
    far = _alt(make_layer, "Far", [(_b(2000, 3000, 2100, 3100), {"dwellings": 50.0, "jobs": 5.0})])
    feedback = log_feedback()
    t = _table(_run(run_alg, {**base, "ALTERNATIVES": [alt_a, far]}, feedback))
    for key in ("dwellings_walk_centre", "car_min_centre", "car_km_day", "co2_t_year"):
        assert t[key]["Far"] is None or np.isnan(t[key]["Far"]), key
        assert (
            "Far: 1 area(s) with dwellings not reached (farther from the road network "
            "than MAX_SNAP)" in t[key]["note"]
        ), key
        assert t[key]["best"] == "A"
    assert t["area_daa"]["Far"] == pytest.approx(10.0)  # land is still counted
    assert any("'Far': 1 of 1 area(s) are not reached" in m for m in feedback.log)


def test_no_count_field_refused(run_alg, base, alt_a, alt_b):
    _refused(
        run_alg,
        {**base, "ALTERNATIVES": [alt_a, alt_b], "DWELLINGS_FIELD": "", "JOBS_FIELD": ""},
        "DWELLINGS_FIELD and JOBS_FIELD are both empty",
    )


def test_missing_field_named(run_alg, base, alt_a, alt_b):
    _refused(
        run_alg,
        {**base, "ALTERNATIVES": [alt_a, alt_b], "DWELLINGS_FIELD": "boliger"},
        "boliger",
        "not found",
    )


def test_bad_model_lists_refused(run_alg, base, alt_a, alt_b):
    _refused(
        run_alg, {**base, "ALTERNATIVES": [alt_a, alt_b], "CAR_SHARES": "0.3, 0.4"}, "4 car shares"
    )
    _refused(
        run_alg,
        {**base, "ALTERNATIVES": [alt_a, alt_b], "DISTANCE_BREAKS": "1, x"},
        "DISTANCE_BREAKS",
        "'x' is not a number",
    )


def test_model_number_out_of_range(run_alg, base, alt_a, alt_b):
    _refused(
        run_alg,
        {**base, "ALTERNATIVES": [alt_a, alt_b], "CO2_PER_KM": 5.0},
        "CO2_PER_KM",
        "outside the accepted range",
    )


def test_layer_without_crs_refused(run_alg, base, alt_a):
    layer = QgsVectorLayer("Polygon", "nocrs", "memory")
    from qgis.core import QgsFeature, QgsField, QgsGeometry

    layer.dataProvider().addAttributes([QgsField("dwellings", QVariant.Double)])
    layer.updateFields()
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromWkt(_b(0, 0, 10, 10).wkt))
    f.setAttributes([1.0])
    layer.dataProvider().addFeatures([f])
    _refused(run_alg, {**base, "ALTERNATIVES": [alt_a, layer], "JOBS_FIELD": ""}, "nocrs")


# -- the catalogue and Eksempelby --------------------------------------------------------------


def test_catalogue_figures_chart_and_style(run_alg, base, alt_a, alt_b):
    from smaaby_plugin.report.catalog import chart_data, key_figures, result_spec
    from smaaby_plugin.report.styles import apply_style

    result = _run(run_alg, {**base, "ALTERNATIVES": [alt_a, alt_b]})
    layers = {"OUTPUT": result["OUTPUT"], "OUTPUT_AREAS": result["OUTPUT_AREAS"]}
    figures = dict(key_figures("scenariocompare", layers))
    assert figures["Alternatives"] == "A / B"
    assert figures["Development area"] == "20,0 daa / 10,0 daa"
    chart = chart_data("scenariocompare", layers)
    t = _table(result)
    assert chart.labels == ["A", "B"]
    assert chart.values == pytest.approx([t["co2_t_year"]["A"], t["co2_t_year"]["B"]])
    spec = result_spec("scenariocompare").style_for("OUTPUT_AREAS", {}, result["OUTPUT_AREAS"])
    apply_style(result["OUTPUT_AREAS"], spec)
    categories = result["OUTPUT_AREAS"].renderer().categories()
    assert sorted(c.value() for c in categories) == ["A", "B"]


def test_eksempelby_alternatives(run_alg, eksempelby, log_feedback):
    """The three sample alternatives: the land rows follow the design (infill on built land,
    the field on farmland, the lake village in the shore zone) and the ranking says so."""
    g = str(eksempelby)
    feedback = log_feedback()
    result = _run(
        run_alg,
        {
            "ALTERNATIVES": [f"{g}|layername=scenario_{k}" for k in ("infill", "field", "lake")],
            "NAME_FIELD": "alternative",
            "LANDCOVER": f"{g}|layername=landcover",
            "LANDCOVER_FIELD": "arealtype",
            "SHORE": f"{g}|layername=shoreline",
            "CENTRE": f"{g}|layername=centres|subset=\"name\" = 'Eksempelby'",
            "NETWORK": f"{g}|layername=roads",
            "SPEED_FIELD": "speed_kmh",
            "FEED": g[: -len(".gpkg")] + "_gtfs.zip",
            "MAX_SNAP": 1500,
        },
        feedback,
    )
    t = _table(result)
    assert [t["dwellings"][n] for n in ("Infill", "Field", "Lake village")] == [500] * 3
    assert t["farmland_daa"]["Field"] > 100 > 5 > t["farmland_daa"]["Infill"]
    assert t["shore_daa"]["Lake village"] > 30 and t["shore_daa"]["Infill"] == 0
    assert t["built_daa"]["Infill"] > 0.9 * t["area_daa"]["Infill"]
    assert t["dwellings_walk_centre"]["Infill"] == 100.0
    assert t["co2_t_year"]["best"] == "Infill" and t["density"]["best"] == "Infill"
    assert t["dwellings_near_stop"]["Infill"] > t["dwellings_near_stop"]["Lake village"]


def test_plan_layer_with_densities(run_alg, base, make_layer, log_feedback):
    """A proposed plan layer as it is: dwellings = density of the purpose x area."""
    fields = {"formal": int}
    plan_a = make_layer(
        "Polygon",
        CRS,
        fields,
        [
            (_b(100, 10, 200, 110), {"formal": 1110}),  # 10 daa housing: 40 dwellings
            (_b(300, 10, 400, 60), {"formal": 1130}),  # 5 daa centre purpose: 50 dw., 15 jobs
            (_b(500, 10, 600, 110), {"formal": 5100}),  # LNFR: none
        ],
        "Plan A",
    )
    plan_b = make_layer(
        "Polygon", CRS, fields, [(_b(3000, 10, 3100, 110), {"formal": 1110})], "Plan B"
    )
    feedback = log_feedback()
    t = _table(
        _run(
            run_alg,
            {
                **base,
                "ALTERNATIVES": [plan_a, plan_b],
                "PURPOSE_FIELD": "formal",
                "DWELLING_DENSITIES": "1110=4, 1130=10",
                "JOB_DENSITIES": "1130=3",
            },
            feedback,
        )
    )
    assert t["dwellings"]["Plan A"] == pytest.approx(90.0)
    assert t["jobs"]["Plan A"] == pytest.approx(15.0)
    assert t["dwellings"]["Plan B"] == pytest.approx(40.0)
    assert any("1 area(s) of other purposes get none" in m for m in feedback.log)


def test_densities_need_purpose_field_and_numbers(run_alg, base, alt_a, alt_b):
    _refused(
        run_alg,
        {**base, "ALTERNATIVES": [alt_a, alt_b], "DWELLING_DENSITIES": "1110=4"},
        "DWELLING_DENSITIES needs PURPOSE_FIELD",
    )
    _refused(
        run_alg,
        {
            **base,
            "ALTERNATIVES": [alt_a, alt_b],
            "PURPOSE_FIELD": "jobs",
            "DWELLING_DENSITIES": "1110=4000",
        },
        "'1110=4000' needs a density",
    )
