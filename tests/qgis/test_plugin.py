"""The plugin loads and unloads both ways: desktop (iface) and qgis_process (None)."""

from __future__ import annotations

import configparser

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

from smaaby_plugin import classFactory, paths

ALGORITHMS = {
    f"smaaby:{name}"
    for name in (
        # foundation
        "shapecompactness",
        "ssbgrid",
        # land-use accounting (arealregnskap)
        "landuseaccount",
        "changematrix",
        "planreserve",
        "planchange",
        "landconsumption",
        "arealregnskapreport",
        # catchments (omland)
        "preparenetwork",
        "serviceareas",
        "catchmentallocation",
        "huffcatchment",
        "odmatrix",
        "commutingshed",
        "commutingregions",
        # the region (issues 12-14)
        "serviceaccess",
        "accessibility",
        "centrality",
        "locationallocation",
        "transitservice",
        "transittraveltime",
        # centre and compactness
        "settlements",
        "centrezones",
        "centreindicators",
        "townprofile",
        # scenarios (issue 16)
        "scenariocompare",
    )
}
GROUPS = {"landuse", "catchments", "centre", "data", "scenarios"}


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def _smaaby_menus(window):
    return [
        a
        for a in window.menuBar().actions()
        if a.menu() is not None and a.menu().objectName() == "smaabyMenu"
    ]


def test_metadata_is_complete():
    meta = configparser.ConfigParser()
    meta.read(paths.PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    assert general["hasProcessingProvider"] == "yes"
    assert general["qgisMinimumVersion"] == "3.22"
    assert len(general["about"]) > 300 and "arealregnskap" in general["about"]
    assert (paths.PLUGIN_DIR / general["icon"]).is_file()


def test_processing_path_registers_provider_once(smaaby_plugin_loaded):
    registry = QgsApplication.processingRegistry()
    providers = [p for p in registry.providers() if p.id() == "smaaby"]
    assert len(providers) == 1
    smaaby_plugin_loaded.initProcessing()  # a second call must not register again
    assert len([p for p in registry.providers() if p.id() == "smaaby"]) == 1
    algorithms = providers[0].algorithms()
    assert {a.id() for a in algorithms} == ALGORITHMS
    assert {a.groupId() for a in algorithms} == GROUPS
    for alg in algorithms:  # every algorithm documents itself and every parameter
        assert len(alg.shortHelpString()) > 200, alg.id()
        for param in alg.parameterDefinitions():
            assert param.help(), f"{alg.id()}: {param.name()} has no help text"


def test_desktop_path_and_unload(qgis_iface, smaaby_plugin_loaded):
    registry = QgsApplication.processingRegistry()
    # Free the id held by the session's qgis_process-style plugin for this test.
    registry.removeProvider(smaaby_plugin_loaded.provider)
    smaaby_plugin_loaded.provider = None
    try:
        plugin = classFactory(qgis_iface)
        plugin.initGui()
        window = qgis_iface.mainWindow()
        assert registry.providerById("smaaby") is plugin.provider is not None
        assert len(_smaaby_menus(window)) == 1
        assert window.findChild(QToolBar, "SmaabyToolbar") is not None
        plugin.action.trigger()  # opens the dock
        dock = window.findChild(QDockWidget, "SmaabyDock")
        assert dock is not None and not dock.isHidden()
        plugin.unload()
        _flush_deletes()
        assert registry.providerById("smaaby") is None
        assert _smaaby_menus(window) == []
        assert window.findChild(QToolBar, "SmaabyToolbar") is None
        assert window.findChild(QDockWidget, "SmaabyDock") is None
    finally:
        smaaby_plugin_loaded.initProcessing()
    assert registry.providerById("smaaby") is not None


def test_missing_dependency_is_reported_not_raised(qgis_iface, monkeypatch, smaaby_plugin_loaded):
    """Debian 12's shapely 1.8: a short line in the message bar, the platform's command
    behind "More" and in the log, and the dock says what is missing (not "is the
    provider loaded?")."""
    import smaaby_plugin.plugin as plugin_module
    from smaaby_plugin import deps

    old = [deps.Missing("shapely", "1.8.5", 2)]
    monkeypatch.setattr(deps, "check", lambda: old)
    debian_12 = deps.Platform("linux", "debian", "debian", (12,), True, numpy="1.24.2")
    monkeypatch.setattr(deps, "current_platform", lambda: debian_12)
    messages, logged = [], []
    monkeypatch.setattr(
        qgis_iface.messageBar(),
        "pushMessage",
        lambda *args, **kwargs: messages.append(args),
        raising=False,
    )
    log = QgsApplication.messageLog()

    def keep(text, tag, _level):
        logged.append((tag, text))

    log.messageReceived.connect(keep)
    registry = QgsApplication.processingRegistry()
    registry.removeProvider(smaaby_plugin_loaded.provider)
    smaaby_plugin_loaded.provider = None
    plugin = classFactory(qgis_iface)
    try:
        plugin.initGui()
        QCoreApplication.processEvents()
        assert plugin.provider is None and registry.providerById("smaaby") is None
        assert plugin.missing == old
        title, short, details = messages[-1][:3]
        assert title == "Småby"
        assert short == (
            "Småby's algorithms are not loaded: shapely 1.8.5 is too old (Småby needs "
            "shapely 2). How to install it: see the log (Småby)."
        )
        command = (
            "python3 -m pip install --user --break-system-packages 'shapely>=2' 'numpy==1.24.2'"
        )
        assert command in details and "restart QGIS" in details
        assert any(tag == plugin_module.LOG_TAG and command in text for tag, text in logged)
        plugin.action.trigger()  # the dock says what is missing, and how to install it
        dock = qgis_iface.mainWindow().findChild(QDockWidget, "SmaabyDock")
        for page in dock.pages:
            text = page.ui.descriptionLabel.text()
            assert "shapely 1.8.5 is too old" in text and command in text, text
            assert "provider" not in text
    finally:
        log.messageReceived.disconnect(keep)
        plugin.unload()
        _flush_deletes()
        monkeypatch.undo()
        smaaby_plugin_loaded.initProcessing()
    assert registry.providerById("smaaby") is not None


def test_qgis_process_lists_and_loads_the_plugin(qgis_process):
    listing = qgis_process("list")
    assert listing.returncode == 0, listing.stderr
    for alg in ALGORITHMS:
        assert alg in listing.stdout
    plugins = qgis_process("plugins")
    assert "smaaby_plugin" in plugins.stdout
