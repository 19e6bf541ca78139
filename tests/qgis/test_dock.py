"""The Småby dock, headless: pages, layer and field choosers, validation, a background run
through QgsProcessingAlgRunnerTask into styled layers, replace/add, errors, Advanced…,
and a print layout of a run."""

from __future__ import annotations

import math
import time

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsGraduatedSymbolRenderer,
    QgsLayoutItemMap,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QDockWidget

from smaaby_plugin.gui import results
from smaaby_plugin.gui.dock import SmaabyDock
from smaaby_plugin.gui.page import PAGE_CLASSES, CentrePage
from smaaby_plugin.gui.params import FieldInput, LayerInput
from smaaby_plugin.report.styles import STYLE_PROPERTY

CRS = "EPSG:25833"


def _wait(predicate, timeout: float = 60.0) -> None:
    start = time.monotonic()
    while not predicate():
        QCoreApplication.processEvents()
        if time.monotonic() - start > timeout:
            raise AssertionError("timed out waiting for the background task")
        time.sleep(0.01)


@pytest.fixture
def project(qgis_new_project):
    project = QgsProject.instance()
    project.setCrs(project.crs().fromOgcWmsCrs(CRS))
    yield project
    project.clear()


@pytest.fixture
def dock(qgis_iface, project):
    qgis_iface.messageBar().clear_messages()
    widget = SmaabyDock(qgis_iface, qgis_iface.mainWindow())
    qgis_iface.addDockWidget(Qt.RightDockWidgetArea, widget)
    widget.show()
    yield widget
    if widget.current_run is not None and widget.current_run.is_running():
        widget.cancel()
        _wait(lambda: not widget.current_run.is_running())
    qgis_iface.removeDockWidget(widget)
    widget.close()
    widget.deleteLater()
    QCoreApplication.processEvents()


@pytest.fixture
def sdg_layers(make_layer, project):
    """Two zones, built-up at two dates, population cells: the SDG 11.3.1 hand fixture
    (zone A: built 200 -> 400 m², population 10 -> 40 over 7 years)."""
    zones = make_layer(
        "Polygon",
        CRS,
        {"name": str},
        [
            ("POLYGON((0 0,100 0,100 100,0 100,0 0))", {"name": "A"}),
            ("POLYGON((100 0,200 0,200 100,100 100,100 0))", {"name": "B"}),
        ],
        name="zones",
    )
    built_1 = make_layer(
        "Polygon",
        CRS,
        {"y": int},
        [
            ("POLYGON((0 0,20 0,20 10,0 10,0 0))", {"y": 1}),
            ("POLYGON((100 0,110 0,110 10,100 10,100 0))", {"y": 1}),
        ],
        name="built_2015",
    )
    built_2 = make_layer(
        "Polygon",
        CRS,
        {"y": int},
        [
            ("POLYGON((0 0,20 0,20 20,0 20,0 0))", {"y": 2}),
            ("POLYGON((100 0,130 0,130 10,100 10,100 0))", {"y": 2}),
        ],
        name="built_2022",
    )
    cells = make_layer(
        "Polygon",
        CRS,
        {"pop2015": int, "pop2022": int, "label": str},
        [
            (
                "POLYGON((0 50,50 50,50 100,0 100,0 50))",
                {"pop2015": 10, "pop2022": 40, "label": "a"},
            ),
            (
                "POLYGON((150 50,200 50,200 100,150 100,150 50))",
                {"pop2015": 100, "pop2022": 120, "label": "b"},
            ),
        ],
        name="population",
    )
    points = make_layer("Point", CRS, {"n": int}, [("POINT(5 5)", {"n": 1})], name="points")
    table = make_layer("None", CRS, {"n": int}, [(None, {"n": 1})], name="table")
    project.addMapLayers([zones, built_1, built_2, cells, points, table])
    return {
        "zones": zones,
        "built_1": built_1,
        "built_2": built_2,
        "cells": cells,
        "points": points,
        "table": table,
    }


def _landuse_page(dock):
    dock.ui.pages.setCurrentIndex(0)
    page = dock.current_page()
    assert page.set_algorithm("landconsumption")
    return page


def _fill_sdg(page, layers):
    page.set_parameters(
        {
            "ZONES": layers["zones"],
            "BUILT_T1": layers["built_1"],
            "BUILT_T2": layers["built_2"],
            "POPULATION_T1": layers["cells"],
            "POPULATION_T2": layers["cells"],
            "ZONE_FIELD": "name",
            "YEAR_T1": 2015,
            "YEAR_T2": 2022,
            "UNIT": 0,
        }
    )


def _run_and_wait(dock):
    run = dock.run()
    assert run is not None, dock.ui.statusLabel.text()
    _wait(lambda: not run.is_running())
    QCoreApplication.processEvents()
    return run


def test_dock_opens_with_a_page_per_family_and_closes(dock, qgis_iface):
    assert qgis_iface.mainWindow().findChild(QDockWidget, "SmaabyDock") is dock
    assert dock.ui.pages.count() == len(PAGE_CLASSES)
    provider = QgsApplication.processingRegistry().providerById("smaaby")
    offered_by_group: dict[str, list[str]] = {}
    skipped_by_group: dict[str, set[str]] = {}
    for page in dock.pages:
        skipped_by_group.setdefault(page.GROUP_ID, set()).update(f"smaaby:{s}" for s in page.SKIP)
        offered = [
            page.ui.algorithmCombo.itemData(i) for i in range(page.ui.algorithmCombo.count())
        ]
        assert not {f"smaaby:{s}" for s in page.SKIP} & set(offered)
        if page.ONLY_ENTRIES:
            registered = {a.id() for a in provider.algorithms() if a.groupId() == page.GROUP_ID}
            listed = {f"smaaby:{e.alg_id}" for e in page.ENTRIES}
            assert set(offered) == listed & registered
        offered_by_group.setdefault(page.GROUP_ID, []).extend(offered)
    # every algorithm of a group that a page does not skip is on one page of that group,
    # and none is on two
    for group, offered in offered_by_group.items():
        in_group = {a.id() for a in provider.algorithms() if a.groupId() == group}
        assert len(offered) == len(set(offered)), group
        assert in_group - skipped_by_group[group] <= set(offered) <= in_group, group
    assert dock.ui.templateCombo.count() == 4
    dock.close()
    assert dock.isHidden()


def test_layer_and_field_choosers_follow_the_parameters(dock, sdg_layers):
    page = _landuse_page(dock)
    zones = page.inputs["ZONES"]
    assert isinstance(zones, LayerInput)
    names = {zones.widget.itemText(i).split(" [")[0] for i in range(zones.widget.count())}
    # polygon parameter: the polygon layers only (no points, no table)
    assert {"zones", "built_2015", "built_2022", "population"} <= names
    assert "points" not in names and "table" not in names
    pop = page.inputs["POPULATION_T1"]
    pop_names = {pop.widget.itemText(i).split(" [")[0] for i in range(pop.widget.count())}
    assert "points" in pop_names and "table" not in pop_names  # points or polygons
    page.set_parameters(
        {"POPULATION_T1": sdg_layers["cells"], "POPULATION_T2": sdg_layers["cells"]}
    )
    field_1 = page.inputs["POPULATION_FIELD_T1"]
    assert isinstance(field_1, FieldInput)
    # numeric fields only, and the hint picks the 2015 and 2022 counts
    offered = {field_1.widget.itemText(i) for i in range(field_1.widget.count())}
    assert "label" not in offered and {"pop2015", "pop2022"} <= offered
    assert field_1.value() == "pop2015"
    assert page.inputs["POPULATION_FIELD_T2"].value() == "pop2022"


def test_missing_layer_is_named_before_starting(dock, sdg_layers, qgis_iface):
    page = _landuse_page(dock)
    _fill_sdg(page, sdg_layers)
    page.inputs["BUILT_T2"].set_value(None)
    tasks_before = QgsApplication.taskManager().count()
    assert dock.run() is None
    label = page.inputs["BUILT_T2"].label
    assert label in dock.ui.statusLabel.text()
    assert any(label in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
    assert QgsApplication.taskManager().count() == tasks_before
    assert dock.current_run is None


def test_background_run_adds_styled_layers_to_the_run_group(dock, sdg_layers, project):
    page = _landuse_page(dock)
    _fill_sdg(page, sdg_layers)
    dock.ui.runName.setText("SDG test")
    run = _run_and_wait(dock)
    assert run.task is not None  # it went through QgsProcessingAlgRunnerTask
    smaaby = project.layerTreeRoot().findGroup("Småby")
    assert smaaby is not None
    group = smaaby.findGroup("SDG test")
    assert group is not None and results.run_info(group)["alg_id"] == "smaaby:landconsumption"
    layers = results.run_layers(group)
    zones = layers["OUTPUT"]
    assert project.mapLayer(zones.id()) is zones
    assert zones.customProperty(STYLE_PROPERTY) == "graduated.qml"
    renderer = zones.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "lcrpgr"
    # the numbers are the algorithm's: zone A built 200 -> 400 m², 10 -> 40 inhabitants
    row = next(f for f in zones.getFeatures() if f["zone"] == "A")
    assert row["lcr"] == pytest.approx(math.log(2) / 7)
    assert row["pgr"] == pytest.approx(math.log(4) / 7)
    assert row["lcrpgr"] == pytest.approx(0.5)
    assert dock.ui.progressBar.value() == 100


def test_rerun_replaces_or_adds_never_duplicates(dock, sdg_layers, project):
    page = _landuse_page(dock)
    _fill_sdg(page, sdg_layers)
    dock.ui.runName.setText("Twice")
    _run_and_wait(dock)
    first_ids = [
        layer.id()
        for layer in results.run_layers(
            project.layerTreeRoot().findGroup("Småby").findGroup("Twice")
        ).values()
    ]
    dock.ui.existingMode.setCurrentIndex(dock.ui.existingMode.findData(results.REPLACE))
    _run_and_wait(dock)
    names = [g.name() for g in results.run_groups(project)]
    assert names == ["Twice"]
    assert first_ids and all(project.mapLayer(i) is None for i in first_ids)
    dock.ui.existingMode.setCurrentIndex(dock.ui.existingMode.findData(results.ADD))
    _run_and_wait(dock)
    assert [g.name() for g in results.run_groups(project)] == ["Twice (2)", "Twice"]


def test_algorithm_error_reaches_the_message_bar(dock, sdg_layers, qgis_iface, project):
    page = _landuse_page(dock)
    _fill_sdg(page, sdg_layers)
    page.set_parameters({"YEAR_T1": 2022, "YEAR_T2": 2015})  # T2 not after T1
    qgis_iface.messageBar().clear_messages()
    run = _run_and_wait(dock)
    assert run is not None
    critical = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert critical, dock.ui.statusLabel.text()
    assert "YEAR" in critical[-1] or "year" in critical[-1].lower()
    assert results.run_groups(project) == []


def test_cancel_stops_the_run_without_adding_layers(dock, sdg_layers, project):
    page = _landuse_page(dock)
    _fill_sdg(page, sdg_layers)
    run = dock.run()
    assert dock.ui.cancelButton.isEnabled() and not dock.ui.runButton.isEnabled()
    dock.cancel()  # before any event is processed: the result cannot have arrived yet
    _wait(lambda: not run.is_running())
    QCoreApplication.processEvents()
    assert results.run_groups(project) == []
    assert "cancel" in dock.ui.statusLabel.text().lower()
    assert not dock.ui.cancelButton.isEnabled() and dock.ui.runButton.isEnabled()


def test_advanced_opens_the_processing_dialog_prefilled(dock, sdg_layers, qgis_iface, monkeypatch):
    from qgis.gui import QgsBrowserGuiModel

    # QGIS's dialog asks the interface for its browser model; the stub has none
    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: model, raising=False)
    page = _landuse_page(dock)
    _fill_sdg(page, sdg_layers)
    dialog = dock.open_advanced()
    try:
        assert dialog is not None
        values = dialog.mainWidget().createProcessingParameters()
        assert values["ZONES"] == sdg_layers["zones"].id()
        assert values["POPULATION_FIELD_T2"] == "pop2022"
        assert values["YEAR_T1"] == 2015
    finally:
        dialog.close()


def test_layout_of_a_run_and_of_a_removed_layer(dock, sdg_layers, project, qgis_iface):
    page = _landuse_page(dock)
    _fill_sdg(page, sdg_layers)
    dock.ui.runName.setText("Layout run")
    _run_and_wait(dock)
    dock.ui.templateCombo.setCurrentIndex(dock.ui.templateCombo.findData("a4_landscape"))
    layout = dock.create_layout()
    assert layout is not None
    assert project.layoutManager().layoutByName("Layout run") is layout
    qgis_iface.openLayoutDesigner.assert_called_with(layout)
    page_size = layout.pageCollection().page(0).pageSize()
    assert (page_size.width(), page_size.height()) == (297, 210)
    maps = [i for i in layout.items() if isinstance(i, QgsLayoutItemMap)]
    assert len(maps) == 1 and maps[0].layers()[0].name() == "SDG 11.3.1 by zone"
    # remove the result layer: a new layout is refused with a message naming the run
    group = project.layerTreeRoot().findGroup("Småby").findGroup("Layout run")
    project.removeMapLayer(results.run_layers(group)["OUTPUT"].id())
    assert dock.create_layout() is None
    assert "Layout run" in dock.ui.statusLabel.text()


def test_long_errors_show_their_last_line():
    from smaaby_plugin.gui.dock import _short

    trace = (
        'Traceback (most recent call last):\n  File "x.py", line 1, in f\n    g()\n'
        "ValueError: the real reason\n"
    )
    assert _short(trace) == "ValueError: the real reason"
    assert _short("ZONES: choose a layer.") == "ZONES: choose a layer."
    assert len(_short("x" * 1000)) == 400


def test_cancel_of_a_long_run_stops_within_a_second_and_says_so_once(
    dock, qgis_iface, project, make_layer
):
    import numpy as np
    import shapely

    # 10,000 irregular polygons with every compactness index: many seconds of work.
    rng = np.random.default_rng(5)
    t = np.linspace(0, 2 * np.pi, 40, endpoint=False)
    r = 50 + 30 * rng.random((10_000, 40))
    cx, cy = (np.arange(10_000) % 100) * 200.0, (np.arange(10_000) // 100) * 200.0
    rings = np.dstack([cx[:, None] + r * np.cos(t), cy[:, None] + r * np.sin(t)])
    polys = shapely.polygons(np.concatenate([rings, rings[:, :1]], axis=1))
    layer = make_layer("Polygon", CRS, {"sid": int}, [(p, {"sid": i}) for i, p in enumerate(polys)])
    project.addMapLayer(layer)
    dock.ui.pages.setCurrentIndex(PAGE_CLASSES.index(CentrePage))
    page = dock.current_page()
    assert page.set_algorithm("shapecompactness")
    page.set_parameters({"INPUT": layer})
    qgis_iface.messageBar().clear_messages()
    run = dock.run()
    assert run is not None, dock.ui.statusLabel.text()
    _wait(lambda: run.feedback.progress() >= 12, timeout=60)  # well into the indices
    dock.cancel()
    assert dock.ui.statusLabel.text() == "Cancelling…"
    assert not dock.ui.cancelButton.isEnabled()
    dock.cancel()  # a second click does nothing more
    _wait(lambda: not run.is_running(), timeout=30)
    QCoreApplication.processEvents()
    assert run.stopped_at - run.cancelled_at < 1.0, run.stopped_at - run.cancelled_at
    messages = [
        m
        for level in (Qgis.Info, Qgis.Warning, Qgis.Critical, Qgis.Success)
        for m in qgis_iface.messageBar().get_messages(level)
    ]
    assert len([m for m in messages if "cancel" in m.lower()]) == 1, messages
    assert results.run_groups(project) == []
    assert "cancel" in dock.ui.statusLabel.text().lower()
    assert dock.ui.runButton.isEnabled()


def test_every_parameter_a_page_names_exists():
    """A page's essential parameters are the algorithm's own names (a renamed parameter
    would silently drop off the main form)."""
    registry = QgsApplication.processingRegistry()
    checked = 0
    for page_class in PAGE_CLASSES:
        for entry in page_class.ENTRIES:
            alg = registry.algorithmById(f"smaaby:{entry.alg_id}")
            if alg is None:
                continue
            checked += len(entry.essential)
            names = {p.name() for p in alg.parameterDefinitions()}
            missing = [n for n in entry.essential if n not in names]
            assert not missing, (entry.alg_id, missing)
    assert checked > 50
