"""QGIS fixtures: the provider registered as qgis_process does, and small helpers.

pytest-qgis's ``qgis_processing`` fixture registers only QGIS's own providers, so the
session fixture below loads the plugin exactly like qgis_process (``classFactory(None)``
then ``initProcessing()``).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="session", autouse=True)
def smaaby_plugin_loaded(qgis_processing):
    """The Småby provider, registered once for the whole session."""
    from smaaby_plugin import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    assert plugin.provider is not None, plugin.missing
    yield plugin
    plugin.unload()


@pytest.fixture
def run_alg():
    """``run_alg("smaaby:x", {...})`` -> results dict, through processing.run."""
    import processing

    def run(alg_id: str, params: dict, feedback=None):
        context = QgsProcessingContext()
        feedback = feedback or QgsProcessingFeedback()
        return processing.run(alg_id, params, context=context, feedback=feedback)

    return run


class LogFeedback(QgsProcessingFeedback):
    """Keeps every info and warning an algorithm pushes, in ``log``."""

    def __init__(self):
        super().__init__()
        self.log: list[str] = []

    def pushInfo(self, text):  # noqa: N802
        self.log.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.log.append(text)
        super().pushWarning(text)


@pytest.fixture
def log_feedback():
    """``feedback = log_feedback()``: a feedback whose ``log`` lists what was reported."""
    return LogFeedback


_TYPES = {int: QVariant.LongLong, float: QVariant.Double, str: QVariant.String}


@pytest.fixture
def make_layer():
    """``make_layer("Polygon", "EPSG:25833", {"code": int}, [(wkt_or_shapely, {...}), ...])``:
    an in-memory layer for tiny hand-made fixtures."""

    def make(geometry_type: str, crs: str, fields: dict, rows: list, name: str = "fixture"):
        uri = f"{geometry_type}?crs={crs}" if geometry_type != "None" else "None"
        layer = QgsVectorLayer(uri, name, "memory")
        provider = layer.dataProvider()
        provider.addAttributes(
            [QgsField(k, _TYPES.get(v, QVariant.String)) for k, v in fields.items()]
        )
        layer.updateFields()
        features = []
        for geometry, attributes in rows:
            feature = QgsFeature(layer.fields())
            if geometry is not None:
                wkt = geometry if isinstance(geometry, str) else geometry.wkt
                feature.setGeometry(QgsGeometry.fromWkt(wkt))
            feature.setAttributes([attributes.get(k) for k in fields])
            features.append(feature)
        provider.addFeatures(features)
        layer.updateExtents()
        assert layer.isValid()
        return layer

    return make


def _qgis_process(*args: str, profile: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, SMAABY_QGIS_PROFILE=str(profile))
    return subprocess.run(
        [str(ROOT / "scripts" / "qgis_process.sh"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    """Run qgis_process (a private profile, the plugin from build/) and return the process;
    ``qgis_process.json("run", alg, ...)`` parses ``--json`` output."""
    profile = tmp_path_factory.mktemp("qgis-profile")

    class Runner:
        def __call__(self, *args: str, timeout: int = 600):
            return _qgis_process(*args, profile=profile, timeout=timeout)

        def json(self, *args: str, timeout: int = 600) -> dict:
            proc = self(*args, "--json", timeout=timeout)
            assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
            return json.loads(proc.stdout[proc.stdout.index("{") :])

    return Runner()


class CancelRun:
    """What ``cancel_run`` measured: the results, how long the run went on after the cancel
    (seconds), whether the cancel came before the run ended, and the log."""

    def __init__(self, results, after_cancel, cancelled_in_time, log):
        self.results = results
        self.after_cancel = after_cancel
        self.cancelled_in_time = cancelled_in_time
        self.log = log


@pytest.fixture
def cancel_run():
    """``cancel_run("smaaby:x", params, delay)``: run through processing.run and cancel from
    another thread after ``delay`` seconds, as the dock's Cancel button does.

    ``after_cancel`` is the time from the cancel to the return of processing.run; when the
    run had already ended before the cancel, ``cancelled_in_time`` is False (pick a later
    stage, or a larger input, to measure that stage)."""
    import threading
    import time

    import processing

    def run(alg_id: str, params: dict, delay: float) -> CancelRun:
        feedback = LogFeedback()
        cancelled_at = []

        def cancel():
            feedback.cancel()
            cancelled_at.append(time.perf_counter())

        timer = threading.Timer(delay, cancel)
        timer.start()
        try:
            results = processing.run(
                alg_id, params, context=QgsProcessingContext(), feedback=feedback
            )
        finally:
            ended = time.perf_counter()
            timer.cancel()
        in_time = bool(cancelled_at) and cancelled_at[0] < ended
        after = ended - cancelled_at[0] if in_time else 0.0
        return CancelRun(results, after, in_time, feedback.log)

    return run
