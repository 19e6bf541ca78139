"""smaaby:settlements through processing.run: hand-made points and Elverum's addresses."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"


def houses(make_layer, rows, field_type=int):
    return make_layer(
        "Point",
        "EPSG:25833",
        {"bosatte": field_type},
        [(f"POINT({x} {y})", {"bosatte": r}) for x, y, r in rows],
    )


def features(layer):
    return sorted((f.attributes() for f in layer.getFeatures()), key=lambda a: a[0])


def names(layer):
    return [f.name() for f in layer.fields()]


def test_chain_with_gap_49_is_one_settlement_and_51_splits(run_alg, make_layer):
    joined = houses(
        make_layer,
        [
            (0, 0, 60),
            (49, 0, 60),
            (98, 0, 60),
            (147, 0, 60),
            (600, 0, 60),
            (649, 0, 60),
            (700, 0, 60),
            (749, 0, 60),
        ],
    )
    res = run_alg(
        "smaaby:settlements",
        {
            "BUILDINGS": joined,
            "RESIDENTS_FIELD": "bosatte",
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
    )
    out = res["OUTPUT"]
    assert out.featureCount() == 1
    row = dict(zip(names(out), features(out)[0]))
    assert (row["residents"], row["buildings"], row["satellites"]) == (240, 4, 0)
    assert row["area_daa"] == pytest.approx(row["area_m2"] / 1000)
    pts = {f["src_fid"]: f["settlement_id"] for f in res["OUTPUT_POINTS"].getFeatures()}
    assert sorted(pts.values()) == [0, 0, 0, 0, 1, 1, 1, 1]


def test_satellite_and_persons_per_address(run_alg, make_layer):
    # 35 persons per point: a core of 6 (210 residents) and a satellite of 5 (175) whose
    # first building lies 400 m from the core's last.
    core = [(x, 0, None) for x in (0, 30, 60, 90, 120, 150)]
    satellite = [(550 + 20 * i, 0, None) for i in range(5)]
    layer = houses(make_layer, core + satellite)
    res = run_alg(
        "smaaby:settlements", {"BUILDINGS": layer, "PERSONS_PER_ADDRESS": 35, "OUTPUT": "memory:"}
    )
    row = dict(zip(names(res["OUTPUT"]), features(res["OUTPUT"])[0]))
    assert (row["residents"], row["buildings"], row["satellites"]) == (385, 11, 1)
    geom = next(res["OUTPUT"].getFeatures()).geometry()
    assert geom.isMultipart() and len(geom.asMultiPolygon()) == 2
    res = run_alg(
        "smaaby:settlements",
        {
            "BUILDINGS": layer,
            "PERSONS_PER_ADDRESS": 35,
            "SATELLITE_DISTANCE": 399,
            "OUTPUT": "memory:",
        },
    )
    row = dict(zip(names(res["OUTPUT"]), features(res["OUTPUT"])[0]))
    assert (row["residents"], row["buildings"], row["satellites"]) == (210, 6, 0)


@pytest.mark.parametrize(
    "field_type, first, value, words",
    [
        (str, "10", "many", "is a text field"),
        (str, "10", "12", "is a text field"),
        (int, 10, -3, "negative"),
    ],
)
def test_bad_residents_stop_with_a_message(run_alg, make_layer, field_type, first, value, words):
    layer = houses(make_layer, [(0, 0, first), (10, 0, value)], field_type=field_type)
    with pytest.raises(QgsProcessingException, match=words):
        run_alg(
            "smaaby:settlements",
            {"BUILDINGS": layer, "RESIDENTS_FIELD": "bosatte", "OUTPUT": "memory:"},
        )


@pytest.mark.slow
def test_elverum_addresses_through_processing(run_alg):
    path = DATA / "elverum" / "elverum_adresser_25833.gpkg"
    if not path.exists():
        pytest.skip("../shared/data/elverum is absent")
    layer = QgsVectorLayer(f"{path}|layername=adresser", "adresser", "ogr")
    assert layer.isValid()
    res = run_alg(
        "smaaby:settlements",
        {
            "BUILDINGS": layer,
            "PERSONS_PER_ADDRESS": 1.95,
            "OUTPUT": "memory:",
            "OUTPUT_POINTS": "memory:",
        },
    )
    # Compare each address's settlement with the tettsted it is registered in.
    registered = {f.id(): (f["tettstednummer"] or "") for f in layer.getFeatures()}
    mine = {f["src_fid"]: f["settlement_id"] for f in res["OUTPUT_POINTS"].getFeatures()}
    assert set(mine) == set(registered)
    reg = np.array([registered[k] != "" for k in sorted(registered)])
    inside = np.array([mine[k] > 0 for k in sorted(registered)])
    agreement = (reg == inside).mean()
    print(
        f"\nElverum via processing: {res['OUTPUT'].featureCount()} settlements, in/out "
        f"agreement {agreement:.1%}"
    )
    assert agreement > 0.9
    total = sum(f["residents"] for f in res["OUTPUT"].getFeatures())
    assert total == pytest.approx(1.95 * inside.sum())
