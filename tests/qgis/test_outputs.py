"""A cancelled or failed run leaves nothing behind (smaaby_plugin.outputs and base.py):
a file it created is removed, a layer it added to an existing GeoPackage is deleted from
it (the file and its other layers stay), and a memory output is dropped."""

from __future__ import annotations

import fiona
import processing
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback

from smaaby_plugin.outputs import destination_path

CRS = "EPSG:25833"


class CancelWhenWriting(QgsProcessingFeedback):
    """Cancels once the bar passes ``at`` percent: for shape compactness that is while
    its output is being written."""

    def __init__(self, at: float):
        super().__init__()
        self.at = at
        self.log: list[str] = []
        self.progressChanged.connect(self._moved)

    def _moved(self, value):
        if value >= self.at:
            self.cancel()

    def pushWarning(self, text):  # noqa: N802
        self.log.append(text)
        super().pushWarning(text)


@pytest.fixture
def squares(make_layer):
    rows = [(f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 1,{i} 0))", {"sid": i}) for i in range(20)]
    return make_layer("Polygon", CRS, {"sid": int}, rows)


def _run(squares, output, feedback):
    context = QgsProcessingContext()
    results = processing.run(
        "smaaby:shapecompactness",
        {"INPUT": squares, "INDICES": [0], "OUTPUT": output},
        context=context,
        feedback=feedback,
    )
    return results, context


def test_a_new_file_is_removed(squares, tmp_path):
    out = tmp_path / "new.gpkg"
    feedback = CancelWhenWriting(90)
    results, _ = _run(squares, str(out), feedback)
    assert "OUTPUT" not in results
    assert not out.exists()
    assert any("Cancelled by the user" in line for line in feedback.log)


def test_a_layer_added_to_an_existing_geopackage_is_deleted_and_the_rest_kept(squares, tmp_path):
    gpkg = tmp_path / "existing.gpkg"
    done, _ = _run(squares, f"ogr:dbname='{gpkg}' table=\"first\" (geom)", QgsProcessingFeedback())
    assert done["OUTPUT"] and fiona.listlayers(gpkg) == ["first"]
    results, _ = _run(
        squares, f"ogr:dbname='{gpkg}' table=\"second\" (geom)", CancelWhenWriting(90)
    )
    assert "OUTPUT" not in results
    assert gpkg.exists() and fiona.listlayers(gpkg) == ["first"]
    with fiona.open(gpkg, layer="first") as src:
        assert len(src) == 20


def test_a_memory_output_is_dropped_from_the_context(squares):
    results, context = _run(squares, "memory:", CancelWhenWriting(90))
    assert "OUTPUT" not in results
    assert context.temporaryLayerStore().count() == 0
    assert context.layersToLoadOnCompletion() == {}


def test_a_finished_run_keeps_its_output(squares, tmp_path):
    out = tmp_path / "kept.gpkg"
    results, _ = _run(squares, str(out), QgsProcessingFeedback())
    assert results["OUTPUT"] and out.exists()
    with fiona.open(out) as src:
        assert len(src) == 20


@pytest.mark.parametrize(
    "dest, path, layer",
    [
        ("/tmp/a.gpkg", "/tmp/a.gpkg", None),
        ("/tmp/a.gpkg|layername=x y", "/tmp/a.gpkg", "x y"),
        ("ogr:dbname='/tmp/b c.gpkg' table=\"t\" (geom)", "/tmp/b c.gpkg", "t"),
        ("memory:", None, None),
        ("Compactness_0a1b2c", None, None),
    ],
)
def test_destination_path(dest, path, layer):
    assert destination_path(dest) == (path, layer)


@pytest.mark.parametrize("where", ["TEMPORARY_OUTPUT", "file"])
def test_a_run_from_the_dialog_loads_exactly_its_outputs(squares, tmp_path, where):
    # The Processing dialog gives every output a destination project; reading the planned
    # path must not add a second (memory:) layer to load, which failed to load and kept
    # the dialog from finishing.
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProject

    sink = "TEMPORARY_OUTPUT" if where == "TEMPORARY_OUTPUT" else str(tmp_path / "c.gpkg")
    output = QgsProcessingOutputLayerDefinition(sink, QgsProject.instance())
    results, context = _run(squares, output, QgsProcessingFeedback())
    to_load = context.layersToLoadOnCompletion()
    out = results["OUTPUT"]
    assert list(to_load) == [out if isinstance(out, str) else out.id()], to_load
