"""The QGIS plugin object: provider registration, menu, toolbar and dock."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from smaaby_plugin import deps, paths

LOG_TAG = "Småby"


def tr(text: str) -> str:
    return QCoreApplication.translate("SmaabyPlugin", text)


# Norwegian variants QGIS may run in; Småby has bokmål only (nynorsk users get bokmål
# rather than English).
_LANGUAGE_ALIASES = {"no": "nb", "nn": "nb"}


def _locale() -> str:
    """QGIS's user-interface language ('nb', 'en', ...), whichever way it was chosen.

    QGIS's start-up code decides the translation once (``qgis --lang nb``, else the
    override in Settings › Options › General, else the system locale) and keeps it as
    ``QgsApplication.translation()``. ``QgsApplication.locale()`` is not that: with
    ``--lang nb`` it stays the system's ("C" on a bare machine). qgis_process and tests
    have no translation set; then the override setting, then the system locale count.
    """
    name = ""
    app = QgsApplication.instance()
    if isinstance(app, QgsApplication):
        name = app.translation() or ""
    if name in ("", "C", "POSIX"):
        settings = QSettings()
        override = str(settings.value("locale/overrideFlag", False)).lower() == "true"
        user = str(settings.value("locale/userLocale", "") or "")
        name = user if override and user else (QgsApplication.locale() or "")
    if name in ("", "C", "POSIX"):
        name = QLocale.system().name()
    code = (name or "en").replace("-", "_").split("_")[0].lower()
    return _LANGUAGE_ALIASES.get(code, code if code not in ("c", "posix") else "en")


def dependency_messages(missing: list) -> tuple[str, str]:
    """(short line for the message bar and the dock, full text with the commands for the
    log), translated. ``missing``: ``deps.Missing`` items or ready lines."""
    described = []
    for item in missing:
        if isinstance(item, deps.Missing):
            need = f"{item.module} {item.needed}" if item.needed else item.module
            if item.found is None:
                described.append(tr("{} is not installed").format(need))
            else:
                described.append(
                    tr("{} {} is too old (Småby needs {})").format(item.module, item.found, need)
                )
        else:
            described.append(str(item))
    what = "; ".join(described)
    short = tr("Småby's algorithms are not loaded: {}. How to install it: see the log (Småby).")
    lines = [tr("Småby cannot load its algorithms: {}.").format(what)]
    commands = deps.install_commands([m for m in missing if isinstance(m, deps.Missing)])
    if commands:
        lines.append(tr("Install it for the Python that QGIS uses, then restart QGIS:"))
        where = {
            deps.TERMINAL: tr("in a terminal"),
            deps.OSGEO4W_SHELL: tr("in the OSGeo4W Shell (Start menu › QGIS)"),
        }
        lines += [f"  {where.get(place, place)}: {command}" for place, command in commands]
    else:
        lines.append(tr("Install it for the Python that QGIS uses, then restart QGIS."))
    return short.format(what), "\n".join(lines)


class SmaabyPlugin:
    """``classFactory(iface)`` + ``initGui()`` in the desktop, ``classFactory(None)`` +
    ``initProcessing()`` under qgis_process; either way the provider is registered once."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.menu = None
        self.toolbar = None
        self.action = None
        self.sample_action = None
        self.sample_loader = None
        self.dock = None
        self.missing: list = []  # deps.Missing: what keeps the algorithms from loading

    # -- Processing -----------------------------------------------------------------
    def _install_translator(self) -> None:
        if self.translator is not None:
            return
        qm = paths.resource("i18n", f"smaaby_{_locale()}.qm")
        if qm.exists():
            translator = QTranslator()
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                self.translator = translator

    def initProcessing(self) -> None:  # noqa: N802 (QGIS's name)
        if self.provider is not None:
            return
        self._install_translator()
        self.missing = deps.check()
        if self.missing:
            QgsMessageLog.logMessage(dependency_messages(self.missing)[1], LOG_TAG, Qgis.Critical)
            return
        from smaaby_plugin.processing_algorithms.provider import SmaabyProvider

        self.provider = SmaabyProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # -- Desktop ----------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802 (QGIS's name)
        self.initProcessing()
        window = self.iface.mainWindow()
        self.action = QAction(QIcon(str(paths.icon())), tr("Småby dock"), window)
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Open the Småby dock: land use, catchments, centre"))
        self.action.triggered.connect(self.toggle_dock)

        self.menu = QMenu("&Småby", window)
        self.menu.setObjectName("smaabyMenu")
        self.menu.addAction(self.action)
        self.sample_action = QAction(tr("Load the Eksempelby sample…"), window)
        self.sample_action.setObjectName("smaabyLoadSample")
        self.sample_action.setToolTip(
            tr("Generate Eksempelby, a synthetic sample town, and add its layers to the project")
        )
        self.sample_action.triggered.connect(self.load_sample)
        self.menu.addAction(self.sample_action)
        menubar = window.menuBar()
        help_menu = next(
            (
                a
                for a in menubar.actions()
                if a.menu() is not None and a.menu().objectName() == "mHelpMenu"
            ),
            None,
        )
        if help_menu is not None:
            menubar.insertMenu(help_menu, self.menu)
        else:
            menubar.addMenu(self.menu)

        self.toolbar = self.iface.addToolBar("Småby")
        self.toolbar.setObjectName("SmaabyToolbar")
        self.toolbar.addAction(self.action)

        if self.missing:
            short, details = dependency_messages(self.missing)
            # short in the bar; the commands behind "More" and in the log
            self.iface.messageBar().pushMessage(
                LOG_TAG, short, details, level=Qgis.Critical, duration=0
            )

    def toggle_dock(self, checked: bool | None = None) -> None:
        if self.dock is None:
            from smaaby_plugin.gui.dock import SmaabyDock

            self.dock = SmaabyDock(
                self.iface,
                self.iface.mainWindow(),
                missing=dependency_messages(self.missing) if self.missing else None,
            )
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self.action.setChecked)
        visible = self.dock.isHidden() if checked is None else bool(checked)
        self.dock.setVisible(visible)

    def load_sample(self) -> None:
        from smaaby_plugin.gui.sample import SampleLoader

        if self.sample_loader is None:
            self.sample_loader = SampleLoader(self.iface)
        self.sample_loader.ask_and_load()

    def unload(self) -> None:
        if self.provider is not None:
            if not sip.isdeleted(self.provider):  # the registry may have deleted it already
                QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
        if self.sample_loader is not None:
            self.sample_loader.cancel()
            self.sample_loader = None
        if self.sample_action is not None:
            if self.menu is not None:
                self.menu.removeAction(self.sample_action)
            self.sample_action.deleteLater()
            self.sample_action = None
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.removeAction(self.action)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.action is not None:
            self.action.deleteLater()
            self.action = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
