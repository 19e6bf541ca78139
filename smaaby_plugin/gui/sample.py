"""The menu action "Load the Eksempelby sample": generate the synthetic sample town into a
folder on QGIS's task manager and add its layers to the project.

:func:`load_sample` does it all at once (tests, scripts); :class:`SampleLoader` asks for
the folder and runs the generation as a :class:`SampleTask` so the window stays usable,
then adds the layers with :func:`add_sample_layers` on the main thread.
"""

from __future__ import annotations

import importlib.util
import os

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingUtils,
    QgsProject,
    QgsRectangle,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog

from smaaby_plugin.sample import scenarios as sample_scenarios
from smaaby_plugin.sample.schema import CRS, LAYERS

__all__ = [
    "FILE_NAME",
    "SampleLoader",
    "SampleTask",
    "add_sample_layers",
    "group_name",
    "load_sample",
    "write_sample",
]

MESSAGE_TITLE = "Småby"
FILE_NAME = "eksempelby.gpkg"
# Order in the group, top first: points and lines above the polygons they lie on.
_ORDER = (
    "centres",
    "businesses",
    "buildings",
    "roads",
    "shoreline",
    "tettsteder",
    "population",
    "built_2022",
    "built_2015",
    "plan_proposed",
    "plan_current",
    "landcover",
    "landcover_2015",
    "kommuner",
    "commuting",
)
# Shown at first; the others are in the group but switched off, so that the default
# styles of fifteen overlapping layers do not hide each other.
_VISIBLE = {"centres", "roads", "shoreline", "landcover", "kommuner"}
# Tasks started and not yet finished: held here so that neither Python's garbage
# collector nor an unloaded plugin can drop a task QGIS is still running.
_RUNNING: set = set()


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmaabySample", text)


def group_name() -> str:
    """The name of the layer group the sample goes into."""
    return _tr("Eksempelby (sample)")


def _missing_writer() -> str:
    """A message when fiona (the sample's GeoPackage writer) is absent, else ''."""
    if importlib.util.find_spec("fiona") is not None:
        return ""
    return _tr(
        "Writing the Eksempelby sample needs the Python package fiona "
        "(Debian: apt install python3-fiona; otherwise: python3 -m pip install --user fiona)."
    )


def write_sample(folder: str, task: QgsTask | None = None) -> str | None:
    """Generate the sample and write ``<folder>/eksempelby.gpkg`` (replaced if there) and
    its GTFS feed ``eksempelby_gtfs.zip``.

    Pure Python, safe in a worker thread. With a ``task``, reports progress and gives up
    before writing when it is cancelled (the generator itself cannot stop half way);
    returns the path, or None when cancelled.
    """
    from smaaby_plugin.sample import eksempelby

    path = os.path.join(folder, FILE_NAME)
    if task is not None:
        task.setProgress(5)
    layers = eksempelby.generate()
    if task is not None:
        if task.isCanceled():
            return None
        task.setProgress(70)
    # the whole sample as the command line writes it: the layers, the plan alternatives
    # and the GTFS feed beside the file (eksempelby_gtfs.zip)
    eksempelby.write_gpkg(path, layers=layers)
    return path


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _release(path: str, project: QgsProject) -> None:
    """Remove the layers that read ``path`` from the project, and the sample group if it
    is then empty: the file is about to be replaced (and Windows locks open files)."""
    ids = [
        layer.id()
        for layer in project.mapLayers().values()
        if _same_file(layer.source().split("|")[0], path)
    ]
    if ids:
        project.removeMapLayers(ids)
    group = project.layerTreeRoot().findGroup(group_name())
    if group is not None and not group.children():
        group.parent().removeChildNode(group)


def add_sample_layers(path: str, iface, project: QgsProject | None = None) -> list:
    """Add every layer of the sample GeoPackage to the project in the group
    "Eksempelby (sample)" (on top of the layer tree), set the project CRS to EPSG:25833
    when it has none, zoom the map to the sample and say where the file is.

    Returns the layers in the order of the group. Raises RuntimeError when a layer of the
    file cannot be read.
    """
    project = project or QgsProject.instance()
    if not project.crs().isValid():
        project.setCrs(QgsCoordinateReferenceSystem(CRS))
    # the town's layers and the three plan alternatives for the Scenarios page
    every = [*LAYERS, *sample_scenarios.LAYERS]
    names = sorted(every, key=lambda n: _ORDER.index(n) if n in _ORDER else len(_ORDER))
    layers = []
    for name in names:
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise RuntimeError(
                _tr("Cannot read layer {name} of {path}.").format(name=name, path=path)
            )
        layers.append(layer)
    group = project.layerTreeRoot().insertGroup(0, group_name())
    for layer in layers:
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(layer.name() in _VISIBLE)
    _zoom_to(layers, iface, project)
    if iface is not None:
        iface.messageBar().pushMessage(
            MESSAGE_TITLE,
            _tr(
                "Eksempelby, a synthetic sample town (not a real place), is in {path} "
                "and was added to the project."
            ).format(path=path),
            level=Qgis.Success,
            duration=15,
        )
    return layers


def _zoom_to(layers: list, iface, project: QgsProject) -> None:
    if iface is None:
        return
    canvas = iface.mapCanvas()
    target = canvas.mapSettings().destinationCrs()
    if not target.isValid():
        target = project.crs()
    extent = QgsRectangle()
    for layer in layers:
        if not layer.isSpatial() or layer.extent().isEmpty():
            continue
        box = layer.extent()
        if layer.crs() != target:
            transform = QgsCoordinateTransform(layer.crs(), target, project)
            box = transform.transformBoundingBox(box)
        if extent.isEmpty():
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    if not extent.isEmpty():
        canvas.setExtent(extent)
        canvas.refresh()


def load_sample(folder: str, iface, project: QgsProject | None = None) -> list:
    """Generate the sample into ``folder`` and add it to the project, all at once (what
    the task does in two halves). Returns the layers added."""
    project = project or QgsProject.instance()
    problem = _missing_writer()
    if problem:
        raise RuntimeError(problem)
    _release(os.path.join(folder, FILE_NAME), project)
    return add_sample_layers(write_sample(folder), iface, project)


class SampleTask(QgsTask):
    """Generates and writes the sample in the background; adds it when done."""

    def __init__(self, folder: str, iface, project: QgsProject):
        super().__init__(_tr("Generating the Eksempelby sample"))
        self.folder = folder
        self.iface = iface
        self.project = project
        self.path: str | None = None
        self.error: str = ""
        self.layers: list = []
        self.done = False  # set at the end of finished(), on the main thread

    def run(self) -> bool:
        try:
            self.path = write_sample(self.folder, self)
        except Exception as exc:  # noqa: BLE001 (reported in the message bar, not lost)
            self.error = str(exc) or type(exc).__name__
            return False
        return self.path is not None

    def finished(self, result: bool) -> None:
        bar = self.iface.messageBar() if self.iface is not None else None
        cancelled = self.isCanceled()
        if result and not cancelled:
            try:
                self.layers = add_sample_layers(self.path, self.iface, self.project)
            except RuntimeError as exc:
                self.error = str(exc)
        if bar is not None and cancelled and not self.error:
            bar.pushMessage(
                MESSAGE_TITLE,
                _tr("Loading the Eksempelby sample was cancelled."),
                level=Qgis.Info,
                duration=5,
            )
        elif bar is not None and self.error:
            bar.pushMessage(
                MESSAGE_TITLE,
                _tr("The Eksempelby sample could not be made in {folder}: {error}").format(
                    folder=self.folder, error=self.error
                ),
                level=Qgis.Critical,
                duration=0,
            )
        self.done = True
        _RUNNING.discard(self)


class SampleLoader:
    """The menu action's work: ask for a folder, then run a :class:`SampleTask`."""

    def __init__(self, iface, project: QgsProject | None = None):
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.task: SampleTask | None = None  # a Python reference keeps the task alive

    def is_running(self) -> bool:
        return self.task is not None and not self.task.done

    def ask_and_load(self) -> None:
        """Ask for the folder (QGIS's temporary folder by default); Cancel does nothing."""
        parent = self.iface.mainWindow() if self.iface is not None else None
        folder = QFileDialog.getExistingDirectory(
            parent, _tr("Folder for the Eksempelby sample"), QgsProcessingUtils.tempFolder()
        )
        if folder:
            self.start(folder)

    def start(self, folder: str) -> SampleTask | None:
        """Generate into ``folder`` in the background (one run at a time)."""
        bar = self.iface.messageBar() if self.iface is not None else None
        problem = _missing_writer()
        if problem or self.is_running():
            if bar is not None:
                bar.pushMessage(
                    MESSAGE_TITLE,
                    problem or _tr("The Eksempelby sample is already being generated."),
                    level=Qgis.Critical if problem else Qgis.Info,
                    duration=0 if problem else 5,
                )
            return None
        _release(os.path.join(folder, FILE_NAME), self.project)
        self.task = SampleTask(folder, self.iface, self.project)
        _RUNNING.add(self.task)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel(self) -> None:
        """Cancel a run (on unload): it stops before writing and adds nothing."""
        if self.is_running():
            self.task.cancel()
