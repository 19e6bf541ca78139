"""The Småby menu's "Load the Eksempelby sample": the action is in the menu, the sample is
generated into the chosen folder (in the background from the menu), and every layer of
the GeoPackage lands in the project in one group, with the project CRS and the map set."""

from __future__ import annotations

import time

import fiona
import pytest
from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QFileDialog

from smaaby_plugin import classFactory
from smaaby_plugin.gui import sample
from smaaby_plugin.sample.scenarios import LAYERS as SCENARIO_LAYERS
from smaaby_plugin.sample.schema import LAYERS as TOWN_LAYERS

# every layer of the file: the town and the three plan alternatives
LAYERS = {**TOWN_LAYERS, **SCENARIO_LAYERS}

GROUP = "Eksempelby (sample)"


def _wait(predicate, timeout: float = 120.0) -> None:
    start = time.monotonic()
    while not predicate():
        QCoreApplication.processEvents()
        if time.monotonic() - start > timeout:
            raise AssertionError("timed out waiting for the sample task")
        time.sleep(0.02)


@pytest.fixture
def project(qgis_iface, qgis_new_project):
    qgis_iface.messageBar().clear_messages()
    project = QgsProject.instance()
    assert not project.crs().isValid()  # a new project in memory has no CRS
    yield project
    project.clear()


@pytest.fixture
def desktop_plugin(qgis_iface, smaaby_plugin_loaded):
    """The plugin as the desktop loads it (the session's qgis_process-style plugin gives
    the provider id up for the test)."""
    QgsApplication.processingRegistry().removeProvider(smaaby_plugin_loaded.provider)
    smaaby_plugin_loaded.provider = None
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        yield plugin
    finally:
        plugin.unload()
        smaaby_plugin_loaded.initProcessing()


def _feature_counts(path) -> dict[str, int]:
    counts = {}
    for name in fiona.listlayers(str(path)):
        with fiona.open(str(path), layer=name) as src:
            counts[name] = len(src)
    return counts


def _check_loaded(project, path, layers, iface):
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP)
    assert group is not None
    assert root.children()[0] is group  # on top of the layer tree
    in_group = [node.layer() for node in group.findLayers()]
    assert [layer.id() for layer in in_group] == [layer.id() for layer in layers]
    for layer in in_group:
        assert project.mapLayer(layer.id()) is layer
    # every layer of the file, each with the feature count fiona reads
    counts = _feature_counts(path)
    assert set(counts) == set(LAYERS)
    assert {layer.name(): layer.featureCount() for layer in in_group} == counts
    assert project.crs().authid() == "EPSG:25833"
    # the map shows the sample (the whole region: the kommuner's extent)
    kommuner = next(layer for layer in in_group if layer.name() == "kommuner")
    shown = iface.mapCanvas().extent()
    region = kommuner.extent()
    assert shown.contains(region.buffered(-1.0))
    assert shown.width() < 2 * region.width() or shown.height() < 2 * region.height()
    messages = iface.messageBar().get_messages(Qgis.Success)
    assert any(str(path) in m and "synthetic" in m for m in messages), messages


def test_action_is_in_the_smaaby_menu_and_leaves_on_unload(qgis_iface, desktop_plugin):
    window = qgis_iface.mainWindow()
    menus = [
        a.menu()
        for a in window.menuBar().actions()
        if a.menu() is not None and a.menu().objectName() == "smaabyMenu"
    ]
    assert len(menus) == 1
    actions = [a for a in menus[0].actions() if a.objectName() == "smaabyLoadSample"]
    assert len(actions) == 1
    assert actions[0].text().startswith("Load the Eksempelby sample")
    assert window.findChild(QAction, "smaabyLoadSample") is actions[0]
    desktop_plugin.unload()  # the fixture's second unload does nothing
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert window.findChild(QAction, "smaabyLoadSample") is None


def test_load_sample_adds_every_layer_in_one_group(qgis_iface, project, tmp_path):
    layers = sample.load_sample(str(tmp_path), qgis_iface)
    path = tmp_path / sample.FILE_NAME
    assert path.is_file()
    _check_loaded(project, path, layers, qgis_iface)
    visible = {
        n.layer().name()
        for n in project.layerTreeRoot().findGroup(GROUP).findLayers()
        if n.isVisible()
    }
    assert {"roads", "landcover", "centres"} <= visible
    assert "plan_proposed" not in visible  # overlapping polygon layers start switched off

    # Loading again into the same folder replaces the file and the group (no duplicates).
    again = sample.load_sample(str(tmp_path), qgis_iface)
    groups = [g for g in project.layerTreeRoot().children() if g.name() == GROUP]
    assert len(groups) == 1
    assert len(project.mapLayers()) == len(again) == len(LAYERS)


def test_project_crs_is_kept_when_it_has_one(qgis_iface, project, eksempelby):
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    layers = sample.add_sample_layers(str(eksempelby), qgis_iface)
    assert project.crs().authid() == "EPSG:25832"
    assert len(layers) == len(LAYERS)


def test_menu_action_generates_in_the_background(
    qgis_iface, project, desktop_plugin, tmp_path, monkeypatch
):
    asked = []

    def choose(parent, caption, directory):
        asked.append(directory)
        return str(tmp_path)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    desktop_plugin.sample_action.trigger()
    assert asked and asked[0]  # a temporary folder is offered first
    task = desktop_plugin.sample_loader.task
    assert task is not None
    _wait(lambda: task.done)
    assert task.error == ""
    _check_loaded(project, tmp_path / sample.FILE_NAME, task.layers, qgis_iface)


def test_cancelled_dialog_does_nothing(qgis_iface, project, desktop_plugin, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: ""))
    desktop_plugin.sample_action.trigger()
    assert desktop_plugin.sample_loader.task is None
    assert project.mapLayers() == {}
    assert project.layerTreeRoot().findGroup(GROUP) is None
