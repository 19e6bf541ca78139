"""Cancelling the catchment algorithms from another thread, as the dock's Cancel does: at
every stage the run returns within a second, is reported as cancelled (not as success,
not as an error) and leaves no output file behind.

The inputs are the real Hamar road network (NVDB/FKB veglenke with its lane lists,
../shared/data/hamar), laid out 2 x 2 side by side (34,376 links) so that every stage
lasts long enough to be hit, 200 centres on network vertices and 20,000 population
points along the roads; the speed-limit lines (fartsgrense) are matched on the Hamar
network itself. For each case one run without a cancel records when the progress bar
enters each stage; the cancel is then timed for the middle of the stage (once more,
rescaled, when a busy machine made the run slower than that reference), and the stage it
landed in is read from the progress at that moment (printed with ``-s``, with the time
from the cancel to the return).
"""

from __future__ import annotations

import time
from pathlib import Path

import fiona
import numpy as np
import pytest
import shapely
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

CANCELLED = "Cancelled by the user"
TILES = 2  # the Hamar network 2 x 2 times
N_CENTRES = 200
N_POPULATION = 20_000
N_DEMAND = 10_000  # for the algorithms that are cancelled once

# (lowest progress %, stage) per algorithm, as the adapters' docstrings lay them out
SERVICE_AREA_STAGES = [
    (0, "reading the network"),
    (3.5, "network build"),
    (10, "reading points"),
    (13, "attach"),
    (20, "Dijkstra"),
    (44, "cutting partial links"),
    (50, "writing lines"),
    (55, "polygons"),
    (92, "writing polygons"),
]
# the stages each cancelled once (reading the points and writing the polygons are the same
# reading and writing as the ones before them)
SERVICE_AREA_CANCELS = [
    "reading the network",
    "network build",
    "attach",
    "Dijkstra",
    "cutting partial links",
    "writing lines",
    "polygons",
]


def stage_of(stages, progress: float) -> str:
    return [name for low, name in stages if progress >= low][-1]


class Timeline(QgsProcessingFeedback):
    """Remembers when the progress bar moved (seconds since it was made, percent)."""

    def __init__(self):
        super().__init__()
        self.start = time.perf_counter()
        self.end = 0.0
        self.marks: list[tuple[float, float]] = []

    def setProgress(self, progress):  # noqa: N802
        self.marks.append((time.perf_counter() - self.start, progress))
        super().setProgress(progress)


def reference(alg_id: str, params: dict) -> Timeline:
    """One run without a cancel (outputs to a scratch folder), for the timeline."""
    import processing

    feedback = Timeline()
    processing.run(alg_id, params, context=QgsProcessingContext(), feedback=feedback)
    feedback.end = time.perf_counter() - feedback.start
    return feedback


def window(timeline: Timeline, low: float, high: float) -> tuple[float, float]:
    """When the progress was within [low, high) (seconds from the start)."""
    marks = timeline.marks + [(timeline.end, 100.0)]
    inside = [i for i, (_, p) in enumerate(marks[:-1]) if low <= p < high]
    if not inside:
        return 0.0, 0.0
    return marks[inside[0]][0], marks[inside[-1] + 1][0]


def memory_layer(kind: str, geoms, fields: dict) -> QgsVectorLayer:
    """A memory layer from shapely geometries (None for a table) and columns (int or
    text)."""
    uri = "None" if geoms is None else f"{kind}?crs=EPSG:25833"
    layer = QgsVectorLayer(uri, "fixture", "memory")
    provider = layer.dataProvider()
    provider.addAttributes(
        [
            QgsField(k, QVariant.LongLong if np.asarray(v).dtype.kind in "iu" else QVariant.String)
            for k, v in fields.items()
        ]
    )
    layer.updateFields()
    columns = [np.asarray(v).tolist() for v in fields.values()]
    n = len(columns[0])
    wkbs = [None] * n if geoms is None else shapely.to_wkb(geoms, output_dimension=2)
    features = []
    for i, wkb in enumerate(wkbs):
        feature = QgsFeature(layer.fields())
        if wkb is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
        feature.setAttributes([c[i] for c in columns])
        features.append(feature)
    provider.addFeatures(features)
    return layer


@pytest.fixture(scope="module")
def hamar(shared_data):
    """The Hamar network 2 x 2 (with its lane lists), 200 centres on network vertices,
    20,000 population points along the roads (the first 10,000 as a layer of their own),
    and the Hamar network once with its speed-limit lines."""
    gpkg = shared_data / "hamar" / "hamar_0403_fkbvegnett_2017.gpkg"
    with fiona.open(gpkg, layer="veglenke") as src:
        rows = [(f["geometry"], f["properties"]) for f in src]
    lines = shapely.force_2d(np.array([shapely.geometry.shape(g) for g, _ in rows]))
    lanes = np.array([p["feltoversikt"] or "" for _, p in rows], dtype=object)
    category = np.array([p["vegkategori"] or "" for _, p in rows], dtype=object)
    with fiona.open(gpkg, layer="fartsgrense") as src:
        limits = [(f["geometry"], f["properties"]["fartsgrenseVerdi"]) for f in src]
    x0, y0, x1, y1 = shapely.total_bounds(lines)
    shifts = [
        (i * (x1 - x0 + 100), j * (y1 - y0 + 100)) for i in range(TILES) for j in range(TILES)
    ]
    roads = np.concatenate(
        [shapely.transform(lines, lambda xy, d=d: xy + np.asarray(d)) for d in shifts]
    )
    rng = np.random.default_rng(11)
    centres = shapely.get_point(roads[rng.choice(len(roads), N_CENTRES, replace=False)], 0)
    on = rng.choice(len(roads), N_POPULATION)
    along = shapely.line_interpolate_point(roads[on], rng.random(N_POPULATION), normalized=True)
    people = shapely.points(shapely.get_coordinates(along) + rng.normal(0, 15, (N_POPULATION, 2)))
    counts = rng.integers(1, 5, N_POPULATION)
    return {
        "roads": memory_layer("LineString", roads, {"feltoversikt": np.tile(lanes, len(shifts))}),
        "centres": memory_layer("Point", centres, {"cid": np.arange(N_CENTRES)}),
        "people": memory_layer("Point", people, {"n": counts}),
        "demand": memory_layer("Point", people[:N_DEMAND], {"n": counts[:N_DEMAND]}),
        "hamar": memory_layer(
            "LineString", lines, {"feltoversikt": lanes, "vegkategori": category}
        ),
        "limits": memory_layer(
            "LineString",
            shapely.force_2d(np.array([shapely.geometry.shape(g) for g, _ in limits])),
            {"fart": np.array([v for _, v in limits], dtype=np.int64)},
        ),
    }


def network_params(hamar: dict) -> dict:
    """Distance along the 2 x 2 network, one-way links from the NVDB lane lists."""
    return {
        "NETWORK": hamar["roads"],
        "COST": 0,
        "DIRECTION_FIELD": "feltoversikt",
        "DIRECTION_MODE": 1,
    }


@pytest.fixture
def cancel_with_progress(cancel_run, log_feedback, monkeypatch):
    """``cancel_run`` that also tells the progress (percent) at the moment of the cancel."""
    seen = []

    def cancel(self):
        seen.append(self.progress())
        QgsProcessingFeedback.cancel(self)

    monkeypatch.setattr(log_feedback, "cancel", cancel)

    def run(alg_id: str, params: dict, delay: float):
        seen.clear()
        result = cancel_run(alg_id, params, delay)
        return result, (seen[0] if seen else float("nan"))

    return run


def outputs_in(folder: Path, names: list[str]) -> dict:
    return {name: str(folder / f"{name.lower()}.gpkg") for name in names}


def assert_cancelled(run, paths):
    assert run.cancelled_in_time, "the run ended before the cancel: give it more work"
    assert run.after_cancel < 1.0, f"returned {run.after_cancel:.2f} s after the cancel"
    assert not any(k.startswith("OUTPUT") for k in run.results), run.results
    assert any(CANCELLED in line for line in run.log), run.log[-5:]
    left = [q for p in paths for q in (p, p + "-wal") if Path(q).exists()]
    assert not left, f"left behind: {left}"


def cancel_in_stage(cancel_with_progress, alg_id, params, outputs, stages, stage, timeline):
    """Cancel in the middle of ``stage`` as the uncancelled ``timeline`` placed it. When
    the run went at another pace than that reference (a busy machine) and the cancel
    landed in another stage, once more with the delay rescaled by the paces."""
    names = [name for _, name in stages]
    bounds = [low for low, _ in stages] + [100.0]
    k = names.index(stage)
    start, end = window(timeline, bounds[k], bounds[k + 1])
    delay = (start + end) / 2
    run, progress = cancel_with_progress(alg_id, dict(params, **outputs), delay)
    for _ in range(2):
        # faster than the reference (the machine got quieter): ended before the cancel;
        # again with an earlier one
        if run.cancelled_in_time:
            break
        delay /= 2
        run, progress = cancel_with_progress(alg_id, dict(params, **outputs), delay)
    assert_cancelled(run, list(outputs.values()))
    landed = stage_of(stages, progress)
    note(alg_id, stage, landed, progress, run)
    if landed != stage:
        # the reference was at this progress in [t0, t1): the run took delay / t for it
        t0, t1 = window(timeline, progress, np.nextafter(progress, 101.0))
        if t1 > 0:
            again, progress = cancel_with_progress(
                alg_id, dict(params, **outputs), delay * delay / ((t0 + t1) / 2)
            )
            if again.cancelled_in_time:  # else the first attempt stands
                assert_cancelled(again, list(outputs.values()))
                note(alg_id, stage, stage_of(stages, progress), progress, again)


def note(alg_id, planned, landed, progress, run) -> None:
    print(
        f"\n[cancel] {alg_id.split(':')[1]:20s} planned {planned:22s} landed {landed:22s} "
        f"at {progress:5.1f} %, returned {run.after_cancel * 1000:5.0f} ms after the cancel"
    )


# -- serviceareas at every stage ------------------------------------------------------------


@pytest.fixture(scope="module")
def service_areas(hamar, tmp_path_factory):
    """The parameters and the timeline of one uncancelled run."""
    params = dict(
        network_params(hamar),
        CENTRES=hamar["centres"],
        CENTRE_ID_FIELD="cid",
        THRESHOLDS="300, 600",
        POPULATION=hamar["people"],
        POPULATION_FIELD="n",
        BUFFER_DISTANCE=50.0,
        LINES_MODE=1,
    )
    scratch = tmp_path_factory.mktemp("reference")
    timeline = reference(
        "smaaby:serviceareas",
        dict(params, **outputs_in(scratch, ["OUTPUT_POLYGONS", "OUTPUT_LINES"])),
    )
    return params, timeline


@pytest.mark.slow
@pytest.mark.parametrize("stage", SERVICE_AREA_CANCELS)
def test_service_areas_cancel_within_a_second_at_every_stage(
    service_areas, cancel_with_progress, tmp_path, stage
):
    params, timeline = service_areas
    outputs = outputs_in(tmp_path, ["OUTPUT_POLYGONS", "OUTPUT_LINES"])
    cancel_in_stage(
        cancel_with_progress,
        "smaaby:serviceareas",
        params,
        outputs,
        SERVICE_AREA_STAGES,
        stage,
        timeline,
    )


# -- one cancel for each of the other algorithms, in the stage that is their own ----------


def cancel_once(cancel_with_progress, tmp_path, alg_id, params, names, stages, stage):
    scratch = tmp_path / "reference"
    scratch.mkdir()
    timeline = reference(alg_id, dict(params, **outputs_in(scratch, names)))
    cancel_in_stage(
        cancel_with_progress, alg_id, params, outputs_in(tmp_path, names), stages, stage, timeline
    )


@pytest.mark.slow
def test_prepare_network_cancel_while_matching_speed_lines(hamar, cancel_with_progress, tmp_path):
    params = {
        "NETWORK": hamar["hamar"],
        "DIRECTION_FIELD": "feltoversikt",
        "DIRECTION_MODE": 1,
        "SPEED_LAYER": hamar["limits"],
        "SPEED_LAYER_FIELD": "fart",
        "ROAD_CLASS_FIELD": "vegkategori",
    }
    stages = [(0, "reading"), (21, "link attributes"), (30, "network build"), (60, "writing")]
    cancel_once(
        cancel_with_progress,
        tmp_path,
        "smaaby:preparenetwork",
        params,
        ["OUTPUT"],
        stages,
        "link attributes",
    )


@pytest.mark.slow
def test_catchment_allocation_cancel_in_the_catchment_polygons(
    hamar, cancel_with_progress, tmp_path
):
    params = dict(
        network_params(hamar), CENTRES=hamar["centres"], DEMAND=hamar["demand"], POINT_RADIUS=100.0
    )
    stages = [
        (0, "reading and build"),
        (15, "reading points"),
        (20, "attach"),
        (40, "Dijkstra"),
        (60, "writing demand"),
        (70, "catchment polygons"),
        (85, "writing"),
    ]
    names = ["OUTPUT_DEMAND", "OUTPUT_CATCHMENTS", "OUTPUT_SUMMARY"]
    cancel_once(
        cancel_with_progress,
        tmp_path,
        "smaaby:catchmentallocation",
        params,
        names,
        stages,
        "catchment polygons",
    )


@pytest.mark.slow
def test_od_matrix_cancel_in_the_searches(hamar, cancel_with_progress, tmp_path):
    params = dict(
        network_params(hamar), ORIGINS=hamar["demand"], DESTINATIONS=hamar["centres"], K=3
    )
    stages = [
        (0, "reading and build"),
        (15, "reading points"),
        (20, "attach"),
        (25, "Dijkstra"),
        (70, "table and writing"),
    ]
    cancel_once(
        cancel_with_progress, tmp_path, "smaaby:odmatrix", params, ["OUTPUT"], stages, "Dijkstra"
    )


@pytest.mark.slow
def test_huff_catchment_network_cancel_in_the_searches(hamar, cancel_with_progress, tmp_path):
    params = dict(
        network_params(hamar),
        CENTRES=hamar["centres"],
        ATTRACTIVENESS_FIELD="cid",
        DEMAND=hamar["demand"],
        POPULATION_FIELD="n",
    )
    stages = [
        (0, "reading points"),
        (20, "reading and build"),
        (35, "attach"),
        (40, "Dijkstra"),
        (60, "Huff model"),
        (70, "writing"),
    ]
    names = ["OUTPUT_DEMAND", "OUTPUT_CENTRES"]
    cancel_once(
        cancel_with_progress, tmp_path, "smaaby:huffcatchment", params, names, stages, "Dijkstra"
    )


@pytest.mark.slow
def test_commuting_regions_cancel_in_the_region_search(cancel_with_progress, tmp_path):
    """1,600 areas on a 40 x 40 grid, each sending its employed residents to the areas
    within 3 cells (gravity-like): the region search takes about a second."""
    side = 40
    n = side * side
    rng = np.random.default_rng(5)
    xy = np.stack(np.divmod(np.arange(n), side), axis=1).astype(float)
    d = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    home, work = np.nonzero(d <= 3)
    weight = np.exp(-d[home, work]) * rng.random(len(home))
    share = weight / np.bincount(home, weights=weight)[home]
    count = np.round(rng.integers(200, 3000, n)[home] * share).astype(np.int64)
    ids = np.array([f"a{i:04d}" for i in range(n)], dtype=object)
    corner = xy * 1000
    params = {
        "FLOWS": memory_layer("None", None, {"h": ids[home], "w": ids[work], "n": count}),
        "HOME_FIELD": "h",
        "WORK_FIELD": "w",
        "COUNT_FIELD": "n",
        "AREAS": memory_layer("Polygon", shapely.box(*corner.T, *(corner + 1000).T), {"code": ids}),
        "AREA_ID_FIELD": "code",
    }
    stages = [(0, "reading"), (20, "region search"), (80, "dissolving and writing")]
    names = ["OUTPUT", "OUTPUT_MEMBERSHIP"]
    cancel_once(
        cancel_with_progress,
        tmp_path,
        "smaaby:commutingregions",
        params,
        names,
        stages,
        "region search",
    )
