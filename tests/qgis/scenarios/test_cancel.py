"""Cancelling smaaby:scenariocompare from another thread, as the dock's Cancel does: the
run returns within a second, says it was cancelled and leaves no output behind, whether
the cancel lands while the alternatives are computed or while the PDF is written.

Inputs: the three Eksempelby alternatives with the land cover, the shore, the grid, the
roads, the services and the GTFS feed (about 8 s with the PDF on this machine); a reference
run without a cancel says when each stage starts."""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsProcessingContext

CANCELLED = "Cancelled by the user"


@pytest.fixture
def params(eksempelby, tmp_path):
    g = str(eksempelby)
    return {
        "ALTERNATIVES": [f"{g}|layername=scenario_{k}" for k in ("infill", "field", "lake")],
        "NAME_FIELD": "alternative",
        "LANDCOVER": f"{g}|layername=landcover",
        "LANDCOVER_FIELD": "arealtype",
        "SHORE": f"{g}|layername=shoreline",
        "POPULATION": f"{g}|layername=population",
        "POPULATION_FIELD": "pop2022",
        "CENTRE": f"{g}|layername=centres|subset=\"name\" = 'Eksempelby'",
        "NETWORK": f"{g}|layername=roads",
        "SPEED_FIELD": "speed_kmh",
        "SERVICES": f"{g}|layername=businesses|subset=\"service\" <> ''",
        "FEED": g[: -len(".gpkg")] + "_gtfs.zip",
        "MAX_SNAP": 1500,
        "OUTPUT": str(tmp_path / "cmp.gpkg"),
        "OUTPUT_AREAS": str(tmp_path / "areas.gpkg"),
        "OUTPUT_PDF": str(tmp_path / "report.pdf"),
    }


def _reference(log_feedback, params):
    """(seconds when progress first reached 40 % and 90 %, total seconds) of a full run."""
    import processing

    feedback = log_feedback()
    marks = {}
    start = time.perf_counter()
    feedback.progressChanged.connect(
        lambda p: [marks.setdefault(k, time.perf_counter() - start) for k in (40, 90) if p >= k]
    )
    processing.run(
        "smaaby:scenariocompare", params, context=QgsProcessingContext(), feedback=feedback
    )
    return marks, time.perf_counter() - start


@pytest.mark.parametrize("stage", ["alternatives", "pdf"])
def test_cancel_returns_fast_and_leaves_nothing(cancel_run, log_feedback, params, tmp_path, stage):
    marks, total = _reference(log_feedback, params)
    for name in ("cmp.gpkg", "areas.gpkg", "report.pdf"):
        (tmp_path / name).unlink()
    at = {"alternatives": (marks[40] + marks[90]) / 2, "pdf": (marks[90] + total) / 2}[stage]
    run = cancel_run("smaaby:scenariocompare", params, at)
    for _ in range(2):  # faster than the reference run: again with an earlier cancel
        if run.cancelled_in_time:
            break
        at /= 2
        run = cancel_run("smaaby:scenariocompare", params, at)
    assert run.cancelled_in_time, f"the run ended before the cancel at {at:.2f} s"
    print(f"{stage}: cancelled at {at:.2f} s, returned {run.after_cancel:.2f} s later")
    assert run.after_cancel < 1.0
    assert any(CANCELLED in m for m in run.log)
    assert not any((tmp_path / n).exists() for n in ("cmp.gpkg", "areas.gpkg", "report.pdf"))
