"""Cancelling land-use algorithms from another thread, as the dock's Cancel does: the run
returns within a second at every stage (reading, the overlap check, the overlay, writing),
is reported as cancelled and leaves no output file behind.

The inputs are synthetic: a grid of jittered triangles (a clean partition whose neighbours
share vertices, like AR5), written to GeoPackages so that reading takes time too."""

from __future__ import annotations

import re
import sqlite3
import struct
import time
import warnings

import numpy as np
import processing
import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import QgsProcessingContext

CANCELLED = "Cancelled by the user"
X0, Y0 = 500000.0, 6700000.0
AR5 = np.array([12, 21, 22, 23, 30, 50, 60, 81])
# SOSI arealformål: bolig, fritid, sentrum, næring, grønnstruktur, LNFR
SOSI = np.array([1110, 1120, 1130, 1300, 3001, 5100])


def _triangles(nx: int, ny: int, size: float, seed: int) -> np.ndarray:
    """2 * nx * ny triangles from a grid of nx x ny cells (size x 2 size m) whose inner
    nodes are moved by up to 0.3 size: neighbours share their vertices."""
    rng = np.random.default_rng(seed)
    gx, gy = np.meshgrid(np.arange(nx + 1) * size, np.arange(ny + 1) * 2 * size)
    inner = (gx > 0) & (gx < nx * size) & (gy > 0) & (gy < ny * 2 * size)
    jitter = 0.3 * size
    x = gx + X0 + np.where(inner, rng.uniform(-jitter, jitter, gx.shape), 0.0)
    y = gy + Y0 + np.where(inner, rng.uniform(-jitter, jitter, gy.shape), 0.0)
    xy = np.dstack([x, y])
    a, b = xy[:-1, :-1].reshape(-1, 2), xy[:-1, 1:].reshape(-1, 2)
    c, d = xy[1:, 1:].reshape(-1, 2), xy[1:, :-1].reshape(-1, 2)
    rings = np.concatenate([np.stack([a, b, c, a], 1), np.stack([a, c, d, a], 1)])
    return shapely.polygons(rings)


def _zones(n_side: int, extent: float, seed: int = 9) -> np.ndarray:
    """n_side x n_side four-sided zones (a partition, corners moved by up to a quarter of
    a side, as grunnkretser are not grid cells) over [0, extent]: every zone border
    crosses triangles, which go through the general overlay."""
    step = extent / n_side
    rng = np.random.default_rng(seed)
    gx, gy = np.meshgrid(np.arange(n_side + 1) * step, np.arange(n_side + 1) * step)
    inner = (gx > 0) & (gx < extent) & (gy > 0) & (gy < extent)
    x = gx + X0 + np.where(inner, rng.uniform(-step / 4, step / 4, gx.shape), 0.0)
    y = gy + Y0 + np.where(inner, rng.uniform(-step / 4, step / 4, gy.shape), 0.0)
    xy = np.dstack([x, y])
    a, b = xy[:-1, :-1].reshape(-1, 2), xy[:-1, 1:].reshape(-1, 2)
    c, d = xy[1:, 1:].reshape(-1, 2), xy[1:, :-1].reshape(-1, 2)
    return shapely.polygons(np.stack([a, b, c, d, a], 1))


def _write(path, geoms, fields: dict, kind=ogr.wkbPolygon) -> str:
    """A GeoPackage layer ``data`` (EPSG:25833), written in one SQLite transaction (a
    feature-by-feature writer takes longer than the tests)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25833)
    layer = ds.CreateLayer("data", srs, kind, options=["SPATIAL_INDEX=NO"])
    for name, values in fields.items():
        integer = np.issubdtype(np.asarray(values).dtype, np.integer)
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if integer else ogr.OFTString))
    ds = None
    head = struct.pack("<2sBBi", b"GP", 0, 3, 25833)  # GeoPackage blob: envelope xy
    bounds = shapely.bounds(geoms).tolist()
    blobs = [
        head + struct.pack("<4d", b[0], b[2], b[1], b[3]) + w
        for b, w in zip(bounds, shapely.to_wkb(geoms))
    ]
    columns = ", ".join(["geom", *fields])
    marks = ", ".join("?" * (len(fields) + 1))
    rows = zip(blobs, *[np.asarray(v).tolist() for v in fields.values()])
    with sqlite3.connect(str(path)) as con:
        con.executemany(f"INSERT INTO data ({columns}) VALUES ({marks})", rows)
    return f"{path}|layername=data"


def _assert_cancelled(run, outputs) -> int:
    """The checks every cancelled run must pass; returns how many outputs were removed."""
    assert run.cancelled_in_time, "the run ended before the cancel: give it more work"
    # Closing a GeoPackage makes GDAL build the spatial index of what was written (3.4 s
    # for 200,000 polygons): write_sink logs that time, and the second counts the rest.
    closing = sum(
        float(m.group(1))
        for line in run.log
        if (m := re.search(r"closing the file took ([\d.]+) s", line))
    )
    ours = run.after_cancel - closing
    assert ours < 1.0, (
        f"returned {run.after_cancel:.2f} s after the cancel ({closing:.2f} s closing)"
    )
    assert not any(k.startswith("OUTPUT") for k in run.results), run.results
    lines = [line for line in run.log if CANCELLED in line]
    assert len(lines) == 1, run.log[-5:]
    left = [p for p in outputs if p.exists()]
    assert not left, f"left behind: {left}"
    print(f"cancelled, returned {run.after_cancel:.3f} s after the cancel")
    return int(re.search(r"\((\d+) removed\)", lines[0]).group(1))


class _Timeline:
    """A feedback that notes when each progress value and log line came (calibration)."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        timeline = self

        class Feedback(QgsProcessingFeedback):
            def setProgress(self, value):  # noqa: N802
                timeline.events.append((time.perf_counter() - timeline.start, value))
                super().setProgress(value)

            def pushInfo(self, text):  # noqa: N802
                timeline.events.append((time.perf_counter() - timeline.start, text))
                super().pushInfo(text)

            def pushWarning(self, text):  # noqa: N802
                timeline.events.append((time.perf_counter() - timeline.start, text))
                super().pushWarning(text)

        self.events: list = []
        self.feedback = Feedback()
        self.start = time.perf_counter()

    def when(self, test) -> float:
        """Seconds from the start to the first event that passes ``test``."""
        return next(t for t, e in self.events if test(e))


# -- landuseaccount: 202,800 polygons in 3,600 zones ---------------------------------------


@pytest.fixture(scope="module")
def big_account(tmp_path_factory):
    """202,500 triangles (4.5 km x 4.5 km) plus 300 buildings drawn on top of them, so
    the overlap check tests every pair, and 3,600 square zones; and when, in a full run,
    each stage began and ended."""
    folder = tmp_path_factory.mktemp("account")
    rng = np.random.default_rng(1)
    triangles = _triangles(450, 225, 10.0, seed=1)
    bx, by = X0 + rng.uniform(10, 4490, 300), Y0 + rng.uniform(10, 4490, 300)
    landuse = np.concatenate([triangles, shapely.box(bx, by, bx + 6, by + 6)])
    codes = np.concatenate([rng.choice(AR5, len(triangles)), np.full(300, 11)])
    zones = _zones(60, 4500.0)
    params = {
        "LANDUSE": _write(folder / "landuse.gpkg", landuse, {"kode": codes}),
        "CLASS_FIELD": "kode",
        "OVERLAPS": 2,  # smallest code wins: the buildings (11)
        "ZONES": _write(folder / "zones.gpkg", zones, {"navn": np.arange(len(zones))}),
        "ZONE_FIELD": "navn",
    }
    timeline = _Timeline()
    out = folder / "full.gpkg"
    res = processing.run(
        "smaaby:landuseaccount",
        {**params, "OUTPUT_TABLE": str(out)},
        context=QgsProcessingContext(),
        feedback=timeline.feedback,
    )
    assert res["OUTPUT_TABLE"]
    stages = {
        "read": timeline.when(lambda e: isinstance(e, str) and "polygon(s) read" in e),
        "checked": timeline.when(lambda e: isinstance(e, str) and "pair(s) of polygons" in e),
        "overlay": timeline.when(lambda e: isinstance(e, str) and "code list" in e),
        "write": timeline.when(lambda e: e == 80),
    }
    print("landuseaccount stages (s):", {k: round(v, 2) for k, v in stages.items()})
    return params, stages


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["reading", "overlap check", "overlay", "writing"])
def test_landuse_account_of_200000_polygons_cancels_within_a_second(
    cancel_run, big_account, tmp_path, stage
):
    params, at = big_account
    delay = {
        "reading": 0.5 * at["read"],
        "overlap check": 0.5 * (at["read"] + at["checked"]),
        "overlay": 0.5 * (at["overlay"] + at["write"]),
        "writing": at["write"] + 1.0,  # the 205,000 pieces take several seconds
    }[stage]
    order = ["reading", "overlap check", "overlay", "writing"]
    for attempt in range(3):
        outputs = [tmp_path / f"table{attempt}.gpkg", tmp_path / f"pieces{attempt}.gpkg"]
        run = cancel_run(
            "smaaby:landuseaccount",
            {**params, "OUTPUT_TABLE": str(outputs[0]), "OUTPUT_PIECES": str(outputs[1])},
            delay,
        )
        removed = _assert_cancelled(run, outputs)
        landed = _landed(run, removed)
        print(
            f"landuseaccount, {stage} (cancel at {delay:.2f} s, landed in {landed}): "
            f"{run.after_cancel:.3f} s"
        )
        if landed == stage:
            break
        # A loaded machine shifts the stages: aim again, earlier or later.
        delay *= 0.7 if order.index(landed) > order.index(stage) else 1.3
    # Every cancel above returned within a second and left nothing; that the aimed stage
    # was hit is reported (the timing of a shared CI machine cannot be promised).
    if landed != stage:
        warnings.warn(f"the cancel aimed at {stage} landed in {landed}", stacklevel=1)


def _landed(run, removed: int) -> str:
    """The stage the cancel came in, from what the run had logged."""
    read = any("polygon(s) read" in line for line in run.log)
    checked = any("pair(s) of polygons overlap" in line for line in run.log)
    if not read:
        return "reading"
    if not checked:
        return "overlap check"
    return "overlay" if removed == 0 else "writing"


# -- the other land-use algorithms, on smaller inputs -------------------------------------


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    """Two plans (old, new) and AR5 land cover as 60,000 triangles each on differently
    jittered grids (every polygon is overlaid with several), 400 zones, 30,000 buildings
    (points), built-up land at two dates and population in 60,000 polygons."""
    folder = tmp_path_factory.mktemp("plans")
    rng = np.random.default_rng(2)
    old = _triangles(200, 150, 15.0, seed=2)
    new = _triangles(200, 150, 15.0, seed=3)
    cover = _triangles(200, 150, 15.0, seed=4)
    extent = 3000.0
    zones = _zones(20, extent)
    points = shapely.points(np.c_[X0, Y0] + rng.uniform(0, extent, (30_000, 2)) * [1, 1.5])
    built_1, built_2 = cover[rng.random(len(cover)) < 0.6], cover
    return {
        "old": _write(folder / "old.gpkg", old, {"formal": rng.choice(SOSI, len(old))}),
        "new": _write(folder / "new.gpkg", new, {"formal": rng.choice(SOSI, len(new))}),
        "cover": _write(folder / "ar5.gpkg", cover, {"artype": rng.choice(AR5, len(cover))}),
        "zones": _write(folder / "zones.gpkg", zones, {"navn": np.arange(len(zones))}),
        "buildings": _write(
            folder / "bygg.gpkg", points, {"n": np.ones(len(points), int)}, ogr.wkbPoint
        ),
        "built_1": _write(folder / "built1.gpkg", built_1, {"n": np.ones(len(built_1), int)}),
        "built_2": _write(folder / "built2.gpkg", built_2, {"n": np.ones(len(built_2), int)}),
        "people": _write(
            folder / "people.gpkg",
            new,
            {"p1": rng.integers(0, 5, len(new)), "p2": rng.integers(0, 6, len(new))},
        ),
    }


def _cases(p):
    return {
        "changematrix": {
            "BEFORE": p["old"],
            "BEFORE_FIELD": "formal",
            "AFTER": p["new"],
            "AFTER_FIELD": "formal",
            "ZONES": p["zones"],
            "OUTPUT_LONG": "long.gpkg",
            "OUTPUT_WIDE": "wide.gpkg",
            "OUTPUT_CHANGED": "changed.gpkg",
        },
        "planreserve": {
            "PLAN": p["new"],
            "PURPOSE_FIELD": "formal",
            "LANDCOVER": p["cover"],
            "LANDCOVER_FIELD": "artype",
            "BUILT": [p["buildings"]],
            "OUTPUT_RESERVE": "reserve.gpkg",
            "OUTPUT_TABLE": "table.gpkg",
        },
        "planchange": {
            "OLD_PLAN": p["old"],
            "OLD_FIELD": "formal",
            "NEW_PLAN": p["new"],
            "NEW_FIELD": "formal",
            "LANDCOVER": p["cover"],
            "LANDCOVER_FIELD": "artype",
            "OUTPUT_MATRIX": "matrix.gpkg",
            "OUTPUT_CHANGES": "changes.gpkg",
            "OUTPUT_CONVERSION": "conversion.gpkg",
        },
        "landconsumption": {
            "ZONES": p["zones"],
            "BUILT_T1": p["built_1"],
            "BUILT_T2": p["built_2"],
            "POPULATION_T1": p["people"],
            "POPULATION_FIELD_T1": "p1",
            "POPULATION_T2": p["people"],
            "POPULATION_FIELD_T2": "p2",
            "YEAR_T1": 2015,
            "YEAR_T2": 2022,
            "OUTPUT": "sdg.gpkg",
        },
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    "alg, delay",
    [
        ("changematrix", 1.0),  # reading and checking AFTER
        ("changematrix", 4.0),  # the union overlay of the two layers
        ("planreserve", 0.6),  # reading LANDCOVER
        ("planreserve", 4.0),  # cutting away the buffered buildings
        ("planchange", 3.0),  # the union overlay of the two plans
        ("landconsumption", 0.4),  # reading
        ("landconsumption", 2.2),  # built-up area and population by zone
    ],
)
def test_plan_and_change_algorithms_cancel_within_a_second(cancel_run, plans, tmp_path, alg, delay):
    params = _cases(plans)[alg]
    outputs = []
    for key, value in list(params.items()):
        if key.startswith("OUTPUT"):
            params[key] = str(tmp_path / value)
            outputs.append(tmp_path / value)
    run = cancel_run(f"smaaby:{alg}", params, delay)
    _assert_cancelled(run, outputs)
    print(f"{alg} (cancel at {delay:.2f} s): {run.after_cancel:.3f} s")
