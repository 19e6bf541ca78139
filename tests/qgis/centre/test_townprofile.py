"""smaaby:townprofile: the PDF's pages and what they show, the key-figure table against
hand-computed values, bad input, and a run under qgis_process."""

from __future__ import annotations

import math
import shutil
import subprocess
import time

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProcessingException,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtGui import QColor, QImage

CRS = "EPSG:25833"
NEEDS_POPPLER = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is absent"
)

# A 3 km x 3 km town with its centre in the middle and 600 inhabitants at known
# straight-line distances: 100 at 200 m, 200 at 700 m, 300 at 1,500 m.
D1500 = 1500 / math.sqrt(2)
PEOPLE = [
    ("POINT(1700 1500)", 100),
    ("POINT(1500 2200)", 200),
    (f"POINT({1500 - D1500} {1500 - D1500})", 300),
]


@pytest.fixture
def town_layers(make_layer):
    towns = make_layer(
        "Polygon",
        CRS,
        {"name": str},
        [
            ("POLYGON((0 0,3000 0,3000 3000,0 3000,0 0))", {"name": "Eksempelby"}),
            ("POLYGON((5000 0,6000 0,6000 1000,5000 1000,5000 0))", {"name": "Grenda"}),
        ],
        name="tettsteder",
    )
    centre = make_layer(
        "Point", CRS, {"name": str}, [("POINT(1500 1500)", {"name": "Torget"})], name="centres"
    )
    people = make_layer(
        "Point",
        CRS,
        {"residents": int},
        [(wkt, {"residents": n}) for wkt, n in PEOPLE],
        name="population",
    )
    landuse = make_layer(
        "Polygon",
        CRS,
        {"arealtype": int},
        [
            ("POLYGON((0 0,1500 0,1500 3000,0 3000,0 0))", {"arealtype": 11}),
            ("POLYGON((1500 0,3000 0,3000 3000,1500 3000,1500 0))", {"arealtype": 30}),
        ],
        name="landcover",
    )
    return {"TOWNS": towns, "CENTRE": centre, "POPULATION": people, "LANDUSE": landuse}


def _params(layers, pdf, **extra):
    params = {
        "TOWNS": layers["TOWNS"],
        "NAME_FIELD": "name",
        "TOWN_NAME": "Eksempelby",
        "CENTRE": layers["CENTRE"],
        "POPULATION": layers["POPULATION"],
        "POPULATION_FIELD": "residents",
        "DISTANCES": "500,1000,2000",
        "OUTPUT_PDF": str(pdf),
        "OUTPUT_TABLE": "memory:",
    }
    params.update(extra)
    return params


def _figures(table):
    return {f["key"]: f for f in table.getFeatures()}


def _pages(pdf, out, dpi=40):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out / "page")], check=True)
    return [QImage(str(p)) for p in sorted(out.glob("page*.png"))]


def test_key_figures_against_hand_computed_values(run_alg, town_layers, tmp_path):
    result = run_alg(
        "smaaby:townprofile",
        _params(
            town_layers, tmp_path / "p.pdf", LANDUSE=town_layers["LANDUSE"], CLASS_FIELD="arealtype"
        ),
    )
    rows = _figures(result["OUTPUT_TABLE"])
    assert rows["population"]["value"] == pytest.approx(600)
    assert rows["area_km2"]["value"] == pytest.approx(9.0)
    assert rows["density_km2"]["value"] == pytest.approx(600 / 9.0)
    assert rows["pct_within_500m"]["value"] == pytest.approx(100 / 6)
    assert rows["pct_within_1000m"]["value"] == pytest.approx(50.0)
    assert rows["pct_within_2000m"]["value"] == pytest.approx(100.0)
    assert rows["mean_dist_m"]["value"] == pytest.approx(
        (100 * 200 + 200 * 700 + 300 * 1500) / 600, rel=1e-6
    )
    # the land-use account of the town: two halves of 4,500 daa each
    assert rows["landuse_area_11"]["value"] == pytest.approx(4500.0)
    assert rows["landuse_area_30"]["value"] == pytest.approx(4500.0)
    assert rows["landuse_share_30"]["value"] == pytest.approx(50.0)
    assert rows["population"]["unit"] == "inh." and rows["population"]["text"] == "600 inh."


@NEEDS_POPPLER
def test_pdf_pages_and_map(run_alg, town_layers, tmp_path):
    pdf = tmp_path / "profile.pdf"
    run_alg("smaaby:townprofile", _params(town_layers, pdf))
    pages = _pages(pdf, tmp_path)
    assert len(pages) == 2  # overview and indicators; no land use, no network
    overview = pages[0]
    dpi = 40

    def px(mm_x, mm_y):
        return QColor(overview.pixel(int(mm_x / 25.4 * dpi), int(mm_y / 25.4 * dpi)))

    # The map box is 190 x 150 mm at (10, 27); its extent is the town and the 2 km circle
    # (-500..3500 in x and y) plus 5 %, centred, 4,400 m high over 150 mm.
    scale = 4400 / 150.0  # metres per mm on the page
    centre_mm = (10 + 95, 27 + 75)
    # 180 m west of the centre lies in the innermost ring, the densest class (darkest)
    inner = px(centre_mm[0] - 180 / scale, centre_mm[1])
    assert inner.lightness() < 110 and inner.blue() > inner.red()
    # 2,700 m west of the centre is outside the town and every ring: white paper
    outside = px(centre_mm[0] - 2150 / scale, centre_mm[1] + 1000 / scale)
    assert outside.lightness() > 240
    # the page is not blank elsewhere: legend and table below the map
    inked = sum(
        1
        for x in range(0, overview.width(), 2)
        for y in range(int(185 / 25.4 * dpi), int(270 / 25.4 * dpi), 2)
        if QColor(overview.pixel(x, y)).lightness() < 200
    )
    assert inked > 200


@NEEDS_POPPLER
def test_land_use_adds_a_page(run_alg, town_layers, tmp_path):
    pdf = tmp_path / "profile.pdf"
    run_alg(
        "smaaby:townprofile",
        _params(town_layers, pdf, LANDUSE=town_layers["LANDUSE"], CLASS_FIELD="arealtype"),
    )
    pages = _pages(pdf, tmp_path)
    assert len(pages) == 3
    page = pages[2]
    dpi = 40
    # map box (10, 27, 190 x 125 mm) shows the town (3,000 m + 5 %) fitted by height:
    # the west half is AR5 11 bebygd, the east half AR5 30 skog, in NIBIO's colours
    scale = 3300 / 125.0
    mid = (10 + 95, 27 + 62.5)
    west = QColor(
        page.pixel(
            int((mid[0] - 700 / scale) / 25.4 * dpi), int((mid[1] + 500 / scale) / 25.4 * dpi)
        )
    )
    east = QColor(
        page.pixel(
            int((mid[0] + 700 / scale) / 25.4 * dpi), int((mid[1] + 500 / scale) / 25.4 * dpi)
        )
    )
    assert (west.red(), west.green(), west.blue()) == pytest.approx((252, 219, 214), abs=10)
    assert (east.red(), east.green(), east.blue()) == pytest.approx((158, 204, 115), abs=10)


def test_unknown_town_and_centre_outside_are_refused(run_alg, town_layers, tmp_path, make_layer):
    with pytest.raises(QgsProcessingException, match="Eksempelby, Grenda"):
        run_alg("smaaby:townprofile", _params(town_layers, tmp_path / "x.pdf", TOWN_NAME="Storby"))
    elsewhere = make_layer("Point", CRS, {"name": str}, [("POINT(9000 9000)", {"name": "x"})])
    with pytest.raises(QgsProcessingException, match="lies in the chosen town"):
        run_alg("smaaby:townprofile", _params(town_layers, tmp_path / "y.pdf", CENTRE=elsewhere))
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


@NEEDS_POPPLER
def test_runs_under_qgis_process(qgis_process, town_layers, tmp_path):
    gpkg = tmp_path / "town.gpkg"
    for i, (key, layer) in enumerate(town_layers.items()):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.layerName = key.lower()
        options.actionOnExistingFile = (
            QgsVectorFileWriter.CreateOrOverwriteFile
            if i == 0
            else QgsVectorFileWriter.CreateOrOverwriteLayer
        )
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(gpkg), QgsCoordinateTransformContext(), options
        )
        assert error[0] == QgsVectorFileWriter.NoError, error
    pdf = tmp_path / "qp.pdf"
    out = qgis_process.json(
        "run",
        "smaaby:townprofile",
        f"--TOWNS={gpkg}|layername=towns",
        "--NAME_FIELD=name",
        "--TOWN_NAME=Eksempelby",
        f"--CENTRE={gpkg}|layername=centre",
        f"--POPULATION={gpkg}|layername=population",
        "--POPULATION_FIELD=residents",
        f"--LANDUSE={gpkg}|layername=landuse",
        "--CLASS_FIELD=arealtype",
        f"--OUTPUT_PDF={pdf}",
        f"--OUTPUT_TABLE={tmp_path / 'figures.gpkg'}",
    )
    assert out["results"]["OUTPUT_PDF"] == str(pdf)
    assert len(_pages(pdf, tmp_path)) == 3


def test_first_page_is_georeferenced_to_the_overview_map(run_alg, town_layers, tmp_path):
    # the page-by-page export adds what QGIS's one-layout PDF export writes after the pages
    from osgeo import gdal

    pdf = tmp_path / "profile.pdf"
    run_alg("smaaby:townprofile", _params(town_layers, pdf))
    gdal.SetConfigOption("GDAL_PDF_DPI", "200")
    try:
        dataset = gdal.Open(str(pdf))
        x0, width, _, y0, _, height = dataset.GetGeoTransform()
        wkt = dataset.GetProjection()
        author = dataset.GetMetadataItem("CREATOR")
    finally:
        gdal.SetConfigOption("GDAL_PDF_DPI", None)
    assert "UTM zone 33N" in wkt and author.startswith("QGIS ")
    # the map box (10, 27, 190 x 150 mm) shows -700..3700 m in y (4,400 m over 150 mm),
    # centred on the town: the page's top edge lies 27 mm above the map's
    scale = 4400 / 150.0
    assert y0 == pytest.approx(1500 + 75 * scale + 27 * scale, abs=2)
    assert width == pytest.approx(scale * 25.4 / 200, rel=1e-3) and height < 0
    assert x0 == pytest.approx(1500 - 95 * scale - 10 * scale, abs=2)
    assert not list(tmp_path.glob(".*.part"))


# -- cancelling ---------------------------------------------------------------------------------
CANCELLED = "Cancelled by the user"
# Each stage of the profile runs from a mark in its log to the next: a line at its start
# (a child algorithm's run ends with processing's "Results:" line), or a progress (%) the
# profile sets once its child algorithms are done (their own 0-100 goes to the same bar).
STAGES = {
    "indicators": ("Centre indicators of", "Results:"),
    "land use": ("Land-use account of", "Results:"),
    "catchment": ("Catchment of the centre", "Results:"),
    "layout": (70, 78),  # laying out: 70-78.75 % (report.town_profile.write_pdf)
    "export": (79, 95),
}


def _sample_params(eksempelby, out):
    def layer(name):
        return f"{eksempelby}|layername={name}"

    return {
        "TOWNS": layer("tettsteder"),
        "NAME_FIELD": "name",
        "TOWN_NAME": "Eksempelby",
        "CENTRE": layer("centres"),
        "POPULATION": layer("population"),
        "POPULATION_FIELD": "pop2022",
        "DISTANCES": "500,1000,2000",
        "NETWORK": layer("roads"),
        "LANDUSE": layer("landcover"),
        "CLASS_FIELD": "arealtype",
        "BUSINESSES": layer("businesses"),
        "CATEGORY_FIELD": "nace",
        "OUTPUT_PDF": str(out / "profile.pdf"),
        "OUTPUT_TABLE": str(out / "figures.gpkg"),
    }


@pytest.fixture(scope="module")
def stage_times(eksempelby, tmp_path_factory):
    """When each stage runs in an uncancelled profile of Eksempelby (seconds from the start),
    so that the cancels below land inside the stage they test on any machine."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    events = []  # (seconds, log line or None, progress or None)

    class Recorder(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            events.append((time.perf_counter(), text, None))
            super().pushInfo(text)

    for _ in range(2):  # the first run is slower (caches): time the second
        events.clear()
        feedback = Recorder()
        feedback.progressChanged.connect(lambda p: events.append((time.perf_counter(), None, p)))
        start = time.perf_counter()
        processing.run(
            "smaaby:townprofile",
            _sample_params(eksempelby, tmp_path_factory.mktemp("profile")),
            context=QgsProcessingContext(),
            feedback=feedback,
        )
        total = time.perf_counter() - start

    def when(mark, after=0.0):
        for t, text, progress in events:
            t -= start
            if t < after:
                continue
            if isinstance(mark, str) and text and text.startswith(mark):
                return t
            if not isinstance(mark, str) and progress is not None and progress >= mark:
                return t
        return None

    children = [when(begin) for begin, _ in STAGES.values() if isinstance(begin, str)]
    children_done = when("Results:", max((t for t in children if t is not None), default=0.0))
    times = {}
    for stage, (begin, end) in STAGES.items():
        first = when(begin, 0.0 if isinstance(begin, str) else children_done or 0.0)
        last = when(end, first) if first is not None else None
        if first is not None and last is not None:
            times[stage] = (first, last)
    return times, total


@pytest.mark.parametrize("stage", list(STAGES))
def test_cancel_at_any_stage_returns_within_a_second_and_leaves_no_pdf(
    cancel_run, eksempelby, stage_times, tmp_path, stage
):
    times, total = stage_times
    # Every stage is the plugin's own work on the built-in sample: it must have run.
    assert stage in times, f"the stage '{stage}' did not show in the profile's log"
    first, last = times[stage]
    delay = first + (last - first) / 3  # early in the stage
    for attempt in range(3):
        out = tmp_path / f"attempt{attempt}"  # a run that ended first wrote its outputs
        began = time.perf_counter()
        run = cancel_run("smaaby:townprofile", _sample_params(eksempelby, out), delay)
        if run.cancelled_in_time:
            break
        # this run was quicker than the timed one (a busy machine varies): scale the stages
        delay *= (time.perf_counter() - began) / total
    print(
        f"{stage} ({first:.2f}-{last:.2f} s of {total:.2f} s): cancelled at {delay:.2f} s, "
        f"returned {run.after_cancel:.3f} s after it"
    )
    assert run.cancelled_in_time, "the run ended before the cancel"
    assert run.after_cancel < 1.0, f"returned {run.after_cancel:.2f} s after the cancel"
    assert "OUTPUT_PDF" not in run.results and "OUTPUT_TABLE" not in run.results, run.results
    assert any(CANCELLED in line for line in run.log), run.log[-5:]
    left = sorted(p.name for p in out.iterdir()) if out.exists() else []
    assert left == [], f"left behind: {left}"


def test_a_pdf_that_cannot_be_written_is_an_error_and_leaves_nothing(
    run_alg, town_layers, tmp_path
):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="could not be written"):
        run_alg("smaaby:townprofile", _params(town_layers, blocker / "profile.pdf"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file"]
