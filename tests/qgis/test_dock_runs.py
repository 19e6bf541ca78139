"""The dock on the things seen with a real kommune (issue 11): a user's layer survives a
re-run, a numbered new run is the default, "Selected features only" is honoured and
recorded, results of "Advanced…" land in a Småby run, warnings are one line, QGIS's
"Task failed" after a cancel is taken back, the form keeps its rows in a shared dock
area, the help names parameters by their labels, the speed source is on the main form,
and the arealregnskap workbook button."""

from __future__ import annotations

import time

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsMessageBarItem
from qgis.PyQt.QtCore import QCoreApplication, QRect, Qt
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QTextEdit

from smaaby_plugin.gui import results
from smaaby_plugin.gui.dock import MIN_HEIGHT, SmaabyDock
from smaaby_plugin.gui.page import PAGE_CLASSES, CentrePage

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
def account_layers(make_layer, project):
    """Three 100 m x 100 m zones; land cover: 30 % class 11 and 70 % class 30 in A,
    all 30 in B, half 21 / half 30 in C (areas by hand: 1 daa = 1000 m²)."""
    zones = make_layer(
        "Polygon",
        CRS,
        {"name": str},
        [
            ("POLYGON((0 0,100 0,100 100,0 100,0 0))", {"name": "A"}),
            ("POLYGON((100 0,200 0,200 100,100 100,100 0))", {"name": "B"}),
            ("POLYGON((200 0,300 0,300 100,200 100,200 0))", {"name": "C"}),
        ],
        name="zones",
    )
    cover = make_layer(
        "Polygon",
        CRS,
        {"arealtype": int},
        [
            ("POLYGON((0 0,30 0,30 100,0 100,0 0))", {"arealtype": 11}),
            ("POLYGON((30 0,200 0,200 100,30 100,30 0))", {"arealtype": 30}),
            ("POLYGON((200 0,250 0,250 100,200 100,200 0))", {"arealtype": 21}),
            ("POLYGON((250 0,300 0,300 100,250 100,250 0))", {"arealtype": 30}),
        ],
        name="landcover",
    )
    project.addMapLayers([zones, cover])
    return {"zones": zones, "cover": cover}


def _account_page(dock, layers):
    dock.ui.pages.setCurrentIndex(0)
    page = dock.current_page()
    assert page.set_algorithm("landuseaccount")
    page.set_parameters(
        {
            "LANDUSE": layers["cover"],
            "CLASS_FIELD": "arealtype",
            "ZONES": layers["zones"],
            "ZONE_FIELD": "name",
        }
    )
    return page


def _run_and_wait(dock):
    run = dock.run()
    assert run is not None, dock.ui.statusLabel.text()
    _wait(lambda: not run.is_running())
    QCoreApplication.processEvents()
    return run


def _group(project, name):
    return project.layerTreeRoot().findGroup("Småby").findGroup(name)


def _area_rows(layer) -> dict:
    """(zone, row type, class) -> area in daa of a land-use account table."""
    return {
        (f["zone_id"], f["row_type"], str(f["class"])): float(f["area_daa"])
        for f in layer.getFeatures()
    }


# -- item 1: never lose a user's layer -----------------------------------------------------
def test_a_rerun_adds_a_numbered_run_by_default(dock, account_layers, project):
    assert dock.ui.existingMode.currentData() == results.ADD
    _account_page(dock, account_layers)
    dock.ui.runName.setText("Account")
    _run_and_wait(dock)
    first = results.run_layers(_group(project, "Account"))
    _run_and_wait(dock)
    assert [g.name() for g in results.run_groups(project)] == ["Account (2)", "Account"]
    # the earlier result is all there
    assert all(project.mapLayer(layer.id()) is layer for layer in first.values())


def test_replace_keeps_the_users_own_layer_and_says_so(
    dock, account_layers, project, make_layer, qgis_iface
):
    _account_page(dock, account_layers)
    dock.ui.runName.setText("Ås")
    _run_and_wait(dock)
    group = _group(project, "Ås")
    made = [layer.id() for layer in results.run_layers(group).values()]
    mine = make_layer("Point", CRS, {"note": str}, [("POINT(5 5)", {"note": "x"})], name="notes")
    project.addMapLayer(mine, False)
    group.addLayer(mine)  # the user puts a layer of their own into the run group
    dock.ui.existingMode.setCurrentIndex(dock.ui.existingMode.findData(results.REPLACE))
    _run_and_wait(dock)
    assert [g.name() for g in results.run_groups(project)] == ["Ås"]
    new_group = _group(project, "Ås")
    assert project.mapLayer(mine.id()) is mine  # kept, in the new run's group
    assert mine.id() in [node.layerId() for node in new_group.findLayers()]
    assert all(project.mapLayer(i) is None for i in made)  # the run's own layers went
    assert "notes" not in [layer.name() for layer in results.run_layers(new_group).values()]
    status = dock.ui.statusLabel.text()
    assert "Kept your own layer(s) in the group: notes." in status, status
    assert f"replaces the earlier run's {len(made)} layer(s)" in status


def test_results_of_advanced_land_in_a_smaaby_run(
    dock, account_layers, project, qgis_iface, monkeypatch
):
    """QGIS's own dialog loads its results at the root of the layer tree; the dock moves
    them into a run group that makes layouts like any other."""
    from qgis.gui import QgsBrowserGuiModel

    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: model, raising=False)
    page = _account_page(dock, account_layers)
    dock.ui.runName.setText("From the dialog")
    dialog = dock.open_advanced()
    assert dialog is not None
    try:
        dialog.runAlgorithm()
        _wait(lambda: results.run_groups(project), timeout=60)
    finally:
        if results.run_groups(project) == []:
            dialog.close()
    group = _group(project, "From the dialog")
    assert group is not None
    info = results.run_info(group)
    assert info["alg_id"] == "smaaby:landuseaccount"
    assert info["inputs"]["ZONES"] == "zones"
    layers = results.run_layers(group)
    assert "OUTPUT_TABLE" in layers and layers["OUTPUT_TABLE"].featureCount() > 0
    # nothing of the run was left at the root of the layer tree
    root_layers = [n.layerId() for n in project.layerTreeRoot().children() if hasattr(n, "layerId")]
    assert not set(root_layers) & {layer.id() for layer in layers.values()}
    assert dock.create_layout() is not None
    assert page is dock.current_page()


# -- item 3: selections ---------------------------------------------------------------------
def test_selected_features_only_gives_that_zones_numbers(
    dock, account_layers, project, make_layer, run_alg
):
    zones = account_layers["zones"]
    page = _account_page(dock, account_layers)
    box = page.inputs["ZONES"].selection
    assert box is not None and not box.isEnabled()  # no selection yet
    c_fid = next(f.id() for f in zones.getFeatures() if f["name"] == "C")
    zones.selectByIds([c_fid])
    QCoreApplication.processEvents()
    assert box.isEnabled() and "1 of 3" in box.text()
    box.setChecked(True)
    dock.ui.runName.setText("Selected")
    _run_and_wait(dock)
    group = _group(project, "Selected")
    rows = _area_rows(results.run_layers(group)["OUTPUT_TABLE"])
    # the same account on a layer that holds zone C only
    only_c = make_layer(
        "Polygon",
        CRS,
        {"name": str},
        [("POLYGON((200 0,300 0,300 100,200 100,200 0))", {"name": "C"})],
    )
    expected = run_alg(
        "smaaby:landuseaccount",
        {
            "LANDUSE": account_layers["cover"],
            "CLASS_FIELD": "arealtype",
            "ZONES": only_c,
            "ZONE_FIELD": "name",
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT_TABLE"]
    assert rows == pytest.approx(_area_rows(expected))
    assert {zone for zone, _, _ in rows} == {"C"}
    assert rows[("C", "class", "21")] == pytest.approx(5.0)  # by hand: 50 m x 100 m = 5 daa
    assert rows[("C", "class", "30")] == pytest.approx(5.0)
    # the run records what it covered, for the layout's key figures and frame
    record = results.run_info(group)["selections"]
    assert record == {
        "ZONES": {
            "layer": "zones",
            "layer_id": zones.id(),
            "fids": [c_fid],
            "count": 1,
            "total": 3,
        }
    }
    # a selection cleared before the run: the box unticks itself and greys out
    zones.removeSelection()
    QCoreApplication.processEvents()
    assert not box.isChecked() and not box.isEnabled()


def test_selected_only_without_a_selection_is_refused_before_running(dock, account_layers):
    page = _account_page(dock, account_layers)
    zones = account_layers["zones"]
    zones.selectByIds([next(zones.getFeatures()).id()])
    page.inputs["ZONES"].selection.setChecked(True)
    zones.blockSignals(True)  # a selection gone without the signal (another thread)
    zones.removeSelection()
    zones.blockSignals(False)
    assert dock.run() is None
    assert "untick “Selected features only”" in dock.ui.statusLabel.text()


# -- item 10: warnings, the cancel notice, the form in a shared dock area, help labels --------
def test_many_warnings_are_one_line_with_the_details_in_the_log(dock, qgis_iface):
    from smaaby_plugin.gui.results import Added
    from smaaby_plugin.gui.runner import RunResult

    logged = []

    def keep(text, tag, _level):
        logged.append((tag, text))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(keep)
    group = results.smaaby_group(QgsProject.instance()).addGroup("Towns")
    warnings = [f"Town {i}: no population cell in it" for i in range(357)]
    try:
        dock._report_added(
            Added(group=group),
            RunResult(ok=True, alg_id="smaaby:x", parameters={}, warnings=warnings),
        )
        QCoreApplication.processEvents()
    finally:
        log.messageReceived.disconnect(keep)
    status = dock.ui.statusLabel.text()
    assert "357 warnings, the first: Town 0: no population cell in it" in status
    assert "Town 1:" not in status and status.count("\n") == 0
    text = "\n".join(t for tag, t in logged if tag == "Småby")
    assert all(w in text for w in warnings)


def test_task_failed_notice_after_a_cancel_is_taken_back(dock, qgis_iface, project, make_layer):
    import numpy as np
    import shapely

    rng = np.random.default_rng(5)
    t = np.linspace(0, 2 * np.pi, 40, endpoint=False)
    r = 50 + 30 * rng.random((4000, 40))
    cx, cy = (np.arange(4000) % 100) * 200.0, (np.arange(4000) // 100) * 200.0
    rings = np.dstack([cx[:, None] + r * np.cos(t), cy[:, None] + r * np.sin(t)])
    polys = shapely.polygons(np.concatenate([rings, rings[:, :1]], axis=1))
    layer = make_layer("Polygon", CRS, {"sid": int}, [(p, {"sid": i}) for i, p in enumerate(polys)])
    project.addMapLayer(layer)
    dock.ui.pages.setCurrentIndex(PAGE_CLASSES.index(CentrePage))
    page = dock.current_page()
    assert page.set_algorithm("shapecompactness")
    page.set_parameters({"INPUT": layer})
    run = dock.run()
    assert run is not None, dock.ui.statusLabel.text()
    # the task object can be deleted once it has ended: its description read before
    description = run.task.description()
    dock.cancel()
    bar = qgis_iface.messageBar()
    # what QGIS's desktop pushes for a terminated task (its notification fallback)
    notice = QgsMessageBarItem("Task failed", description, Qgis.Info, 0)
    bar.pushItem(notice)
    other = QgsMessageBarItem("Task failed", "Another plugin's task", Qgis.Info, 0)
    bar.pushItem(other)
    _wait(lambda: not run.is_running(), timeout=30)
    for _ in range(20):
        QCoreApplication.processEvents()
    shown = [(i.title(), i.text()) for i in bar.items()]
    assert ("Task failed", description) not in shown
    assert ("Task failed", "Another plugin's task") in shown  # not ours: left alone
    assert "cancel" in dock.ui.statusLabel.text().lower()
    bar.popWidget(other)


def test_form_keeps_its_rows_when_the_toolbox_shares_the_dock_area(dock, qgis_iface):
    window = qgis_iface.mainWindow()
    toolbox = QDockWidget("Processing Toolbox", window)
    toolbox.setObjectName("ProcessingToolbox")
    toolbox.setWidget(QTextEdit())
    toolbox.widget().setMinimumHeight(380)
    window.addDockWidget(Qt.RightDockWidgetArea, toolbox)
    try:
        window.resize(1000, 720)
        window.show()
        toolbox.show()
        for _ in range(10):
            QCoreApplication.processEvents()
        assert dock.minimumSizeHint().height() >= MIN_HEIGHT
        assert dock.height() >= MIN_HEIGHT
        page = dock.current_page()
        assert page.set_algorithm("landuseaccount")
        for _ in range(5):
            QCoreApplication.processEvents()
        viewport = page.ui.scrollArea.viewport()
        visible = 0
        for label in page.ui.formHost.findChildren(QLabel):
            top_left = label.mapTo(viewport, label.rect().topLeft())
            if QRect(top_left, label.size()).intersects(viewport.rect()):
                visible += 1
        assert visible >= 4, visible
        # the whole dock scrolls when its area is short: every part stays reachable
        assert dock.scroll.widget() is dock.body and dock.scroll.widgetResizable()
    finally:
        window.removeDockWidget(toolbox)
        toolbox.deleteLater()


def test_help_panel_names_parameters_by_their_labels(dock):
    dock.ui.pages.setCurrentIndex(1)
    page = dock.current_page()
    assert page.set_algorithm("serviceareas")
    alg = page.current_algorithm()
    raw = alg.shortHelpString()
    assert "MAX_SNAP" in raw  # the help as the algorithm writes it
    shown = page.help_text()
    label = alg.parameterDefinition("MAX_SNAP").description()
    assert "MAX_SNAP" not in shown and f"“{label}”" in shown
    names = [p.name() for p in alg.parameterDefinitions() if len(p.name()) > 1]
    names += [o.name() for o in alg.outputDefinitions()]
    leftover = [n for n in names if f" {n} " in f" {shown} " or f"{n}," in shown]
    assert leftover == [], leftover
    page.ui.helpButton.setChecked(True)
    assert page.ui.helpText.isVisibleTo(page)


# -- item 6: the speed source on the main form -------------------------------------------------
def test_speed_source_is_on_the_main_form_with_nvdb_picked(dock, make_layer, project):
    links = make_layer(
        "LineString",
        CRS,
        {"vegkategori": str, "feltoversikt": str, "fartsgrense_x": str},
        [("LINESTRING(0 0,100 0)", {"vegkategori": "K", "feltoversikt": "1#2"})],
        name="veglenke",
    )
    limits = make_layer(
        "LineString",
        CRS,
        {"fartsgrenseVerdi": int},
        [("LINESTRING(0 0,100 0)", {"fartsgrenseVerdi": 50})],
        name="fartsgrense",
    )
    project.addMapLayers([links, limits])
    dock.ui.pages.setCurrentIndex(1)
    page = dock.current_page()
    for alg_id in ("serviceareas", "catchmentallocation", "odmatrix", "preparenetwork"):
        assert page.set_algorithm(alg_id)
        for name in ("SPEED_FIELD", "SPEED_LAYER", "SPEED_LAYER_FIELD", "ROAD_CLASS_FIELD"):
            assert name in page.inputs, (alg_id, name)
        page.set_parameters({"NETWORK": links})
        assert page.inputs["SPEED_LAYER"].layer() is limits  # NVDB fartsgrense by its name
        assert page.inputs["SPEED_LAYER_FIELD"].value() == "fartsgrenseVerdi"
        assert page.inputs["ROAD_CLASS_FIELD"].value() == "vegkategori"
        assert page.parameters()["SPEED_LAYER"] == limits.id()


# -- the arealregnskap workbook ------------------------------------------------------------------
def test_workbook_button_opens_its_dialog_prefilled(dock, account_layers, monkeypatch):
    page = dock.pages[0]
    registered = QgsApplication.processingRegistry().algorithmById(page.WORKBOOK_ID)
    assert registered is not None
    assert page.workbook_button.isVisibleTo(page)
    dock.ui.pages.setCurrentIndex(0)
    assert page.set_algorithm("planreserve")
    page.set_parameters({"LANDCOVER": account_layers["cover"], "LANDCOVER_FIELD": "arealtype"})
    opened = []
    monkeypatch.setattr(dock, "open_dialog", lambda alg_id, values: opened.append((alg_id, values)))
    page.workbookRequested.disconnect()
    page.workbookRequested.connect(dock.open_dialog)
    page.workbook_button.click()
    alg_id, values = opened[-1]
    assert alg_id == "smaaby:arealregnskapreport"
    assert values["LANDCOVER"] == account_layers["cover"].id()
    assert values["LANDCOVER_FIELD"] == "arealtype"
    # only names the workbook algorithm has
    assert all(registered.parameterDefinition(n) is not None for n in values)
    offered = {page.ui.algorithmCombo.itemData(i) for i in range(page.ui.algorithmCombo.count())}
    assert page.WORKBOOK_ID not in offered  # its door is the button


def test_dock_is_never_narrower_than_its_inputs(dock, qgis_iface):
    """The scroll area scrolls up and down; it must not cut the inputs off at the right."""
    window = qgis_iface.mainWindow()
    window.resize(1000, 720)
    window.show()
    for index in range(dock.ui.pages.count()):
        dock.ui.pages.setCurrentIndex(index)
        for _ in range(5):
            QCoreApplication.processEvents()
        body = dock.body.minimumSizeHint().width()
        assert body <= 460  # long algorithm names do not widen it
        fits = dock.scroll.viewport().width() >= body
        assert fits or dock.scroll.horizontalScrollBar().isVisible(), (body, dock.width())
