"""The Småby dock: a page per family of algorithms, a run bar (background task with
progress and cancel), results into styled layers, and print layouts of a run."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMessageLog,
    QgsProject,
)
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QSize, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

from smaaby_plugin import paths
from smaaby_plugin.gui import results
from smaaby_plugin.gui.page import PAGE_CLASSES
from smaaby_plugin.gui.runner import AlgorithmRun, RunResult, destination_values
from smaaby_plugin.report.layout import TEMPLATES

FORM_CLASS, _ = uic.loadUiType(str(paths.form("dock.ui")))

__all__ = ["SmaabyDock"]

MESSAGE_TITLE = "Småby"
#: the dock's floor: a page keeps several input rows in view when the Processing toolbox
#: shares its dock area (the rest scrolls)
MIN_HEIGHT = 320
#: how long after a cancelled run QGIS's own "Task failed" notice is taken back (ms)
NOTICE_WINDOW_MS = 4000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmaabyDock", text)


def _template_label(name: str) -> str:
    labels = {
        "a4_portrait": _tr("A4 portrait"),
        "a4_landscape": _tr("A4 landscape"),
        "a3_portrait": _tr("A3 portrait"),
        "a3_landscape": _tr("A3 landscape"),
    }
    return labels.get(name, name)


class SmaabyDock(QgsDockWidget):
    """The dock. ``iface`` is QGIS's interface (pytest-qgis's stub in tests)."""

    def __init__(
        self,
        iface,
        parent=None,
        project: QgsProject | None = None,
        missing: tuple[str, str] | None = None,
    ):
        """``missing``: (short, details) of the missing dependencies when the plugin
        could not load its algorithms (worked out here when not given)."""
        super().__init__(parent)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.setObjectName("SmaabyDock")
        self.setWindowTitle(_tr("Småby"))
        self.body = QWidget()
        self.ui = FORM_CLASS()
        self.ui.setupUi(self.body)
        # the whole dock scrolls, so a short dock area never squeezes the form to a row
        self.scroll = _VerticalScroll(self)
        self.scroll.setObjectName("dockScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        # a horizontal bar only if the dock is made narrower than the inputs: never cut off
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.scroll.setWidget(self.body)
        self.scroll.setMinimumHeight(MIN_HEIGHT)
        self.setWidget(self.scroll)

        if missing is None:
            missing = _missing_dependencies()
        self.missing = missing
        self.pages = []
        for page_class in PAGE_CLASSES:
            page = page_class(self.ui.pages, missing[1] if missing else "")
            self.ui.pages.addTab(page, page.title())
            page.algorithmChanged.connect(self._algorithm_changed)
            if hasattr(page, "workbookRequested"):
                page.workbookRequested.connect(self.open_dialog)
            self.pages.append(page)
        self.ui.pages.currentChanged.connect(lambda _i: self._algorithm_changed())

        # a new, numbered run by default: a re-run never throws away an earlier result
        self.ui.existingMode.addItem(_tr("Add a new, numbered run"), results.ADD)
        self.ui.existingMode.addItem(
            _tr("Replace that run (only the layers it made)"), results.REPLACE
        )
        self.output_folder = QgsFileWidget()
        self.output_folder.setObjectName("outputFolder")
        self.output_folder.setStorageMode(QgsFileWidget.GetDirectory)
        self.output_folder.lineEdit().setPlaceholderText(_tr("temporary layers"))
        self.output_folder.setToolTip(
            _tr(
                "Empty: results are temporary layers. A folder: "
                "each output is written there as a GeoPackage."
            )
        )
        self.ui.outputLayout.addWidget(self.output_folder)
        for name in TEMPLATES:
            self.ui.templateCombo.addItem(_template_label(name), name)

        self.ui.runButton.clicked.connect(self.run)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.advancedButton.clicked.connect(self.open_advanced)
        self.ui.layoutButton.clicked.connect(self.create_layout)
        self.ui.runName.textEdited.connect(self._name_edited)
        self._name_touched = False
        self.current_run: AlgorithmRun | None = None
        self.last_group_name = ""
        self.dialogs = []  # keep "Advanced…" dialogs alive
        self._algorithm_changed()

    # -- state ----------------------------------------------------------------------------
    def current_page(self):
        return self.ui.pages.currentWidget()

    def _name_edited(self, _text: str) -> None:
        self._name_touched = True

    def _algorithm_changed(self, *_args) -> None:
        page = self.current_page()
        alg = page.current_algorithm() if page is not None else None
        if alg is not None and not self._name_touched:
            self.ui.runName.setText(alg.displayName())
        self._set_running(self.current_run is not None and self.current_run.is_running())

    def _set_running(self, running: bool) -> None:
        page = self.current_page()
        has_alg = page is not None and page.current_algorithm() is not None
        self.ui.runButton.setEnabled(not running and has_alg)
        self.ui.advancedButton.setEnabled(has_alg)
        self.ui.cancelButton.setEnabled(running)
        self.ui.pages.setEnabled(not running)

    def sizeHint(self):  # noqa: N802 (Qt's name)
        # the width QGIS gives the dock when it first appears: room for the labels and
        # inputs without taking half of the window
        return QSize(430, 720)

    def _message(self, text: str, level=Qgis.Info, duration: int = 6) -> None:
        """The message in the dock's status line and in QGIS's message bar; a long one
        (a traceback from an unforeseen error) shows its last line, the rest behind
        "More" and in the log panel."""
        short = _short(text)
        self.ui.statusLabel.setText(short)
        self.ui.statusLabel.setToolTip(text if short != text else "")
        if short != text or level == Qgis.Critical:
            QgsMessageLog.logMessage(text, MESSAGE_TITLE, level)
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is None:
            return
        if short != text:
            bar.pushMessage(MESSAGE_TITLE, short, text, level=level, duration=duration)
        else:
            bar.pushMessage(MESSAGE_TITLE, text, level=level, duration=duration)

    # -- running ----------------------------------------------------------------------------
    def run(self) -> AlgorithmRun | None:
        """Check the inputs, then start the current algorithm in the background."""
        if self.current_run is not None and self.current_run.is_running():
            return None
        page = self.current_page()
        problems = page.problems()
        if problems:
            self._message(_tr("Before running: {}.").format("; ".join(problems)), Qgis.Warning)
            return None
        alg = page.current_algorithm()
        run_name = self.ui.runName.text().strip() or alg.displayName()
        parameters = page.parameters()
        folder = self.output_folder.filePath().strip()
        prefix = "".join(c if c.isalnum() else "_" for c in run_name).strip("_").lower()
        parameters.update(destination_values(alg, folder, prefix or alg.name()))
        run = AlgorithmRun(alg.id(), parameters, self.project, parent=self)
        problem = run.check()
        if problem:
            self._message(problem, Qgis.Warning)
            return None
        run.run_name = run_name
        run.mode = self.ui.existingMode.currentData()
        run.progress.connect(lambda value: self.ui.progressBar.setValue(int(value)))
        run.finished.connect(self._finished)
        self.current_run = run
        self.ui.progressBar.setValue(0)
        self._set_running(True)
        self.ui.statusLabel.setText(_tr("Running {}…").format(alg.displayName()))
        run.start()
        return run

    def cancel(self) -> None:
        """Ask the running algorithm to stop; the status line says so now, and once more
        (in the message bar too) when the run has stopped."""
        run = self.current_run
        if run is None or not run.is_running() or run.feedback.isCanceled():
            return
        run.cancel()
        self.ui.cancelButton.setEnabled(False)  # one cancel, one message
        self.ui.statusLabel.setText(_tr("Cancelling…"))
        self._watch_task_notice(run)

    def _watch_task_notice(self, run: AlgorithmRun) -> None:
        """QGIS announces a cancelled task of more than a few seconds as "Task failed"
        (its message-bar fallback for a desktop notification). After a cancel that is
        not true: take that notice back; the dock says "The run was cancelled." once."""
        bar = self.iface.messageBar() if self.iface is not None else None
        task = run.task
        if bar is None or task is None or not hasattr(bar, "widgetAdded"):
            return
        description = task.description()

        def added(item) -> None:
            try:
                is_notice = item.text() == description and item.title() != MESSAGE_TITLE
            except (AttributeError, RuntimeError):
                return
            if is_notice:
                QTimer.singleShot(0, lambda: _pop(bar, item))

        bar.widgetAdded.connect(added)
        run.notice_watch = (bar, added)

    def _take_back_task_notice(self, run) -> None:
        """Stop watching for QGIS's notice a little after the run stopped (the notice may
        come just after the dock's own message), and pop one already shown."""
        watch = getattr(run, "notice_watch", None)
        if watch is None:
            return
        bar, added = watch
        for item in list(bar.items()) if hasattr(bar, "items") else []:
            added(item)

        def stop() -> None:
            try:
                bar.widgetAdded.disconnect(added)
            except (TypeError, RuntimeError):
                pass

        QTimer.singleShot(NOTICE_WINDOW_MS, stop)

    def _finished(self, result) -> None:
        run = self.sender() if isinstance(self.sender(), AlgorithmRun) else self.current_run
        self._set_running(False)
        self.ui.progressBar.setValue(100 if result.ok else 0)
        if result.canceled:
            self._message(result.message, Qgis.Info)
            self._take_back_task_notice(run)
            return
        if not result.ok:
            self._message(result.message, Qgis.Critical, duration=0)
            return
        added = results.add_run(self.project, run.run_name, result, run.mode)
        self._report_added(added, result)

    def _report_added(self, added, result) -> None:
        """One status line for a finished run; the algorithm's warnings in the log."""
        group = added.group
        self.last_group_name = group.name()
        text = _tr("{} layer(s) added to Småby › {}.").format(len(result.layers), group.name())
        if added.replaced:
            text += " " + _tr("It replaces the earlier run's {} layer(s).").format(
                len(added.removed)
            )
        if added.kept:
            text += " " + _tr("Kept your own layer(s) in the group: {}.").format(
                ", ".join(added.kept)
            )
        if result.files:
            text += " " + _tr("Files: {}").format(", ".join(result.files.values()))
        warnings = list(result.warnings)
        if warnings:
            QgsMessageLog.logMessage(
                _tr("Run “{}”: {} warning(s):").format(group.name(), len(warnings))
                + "\n"
                + "\n".join(warnings),
                MESSAGE_TITLE,
                Qgis.Warning,
            )
            if len(warnings) == 1:
                text += " " + _tr("Warning: {}").format(_short(warnings[0], 200))
            else:
                text += " " + _tr("{} warnings, the first: {} (all in the log, tab Småby)").format(
                    len(warnings), _short(warnings[0], 160)
                )
        self._message(text, Qgis.Success if not warnings else Qgis.Warning)

    # -- advanced ---------------------------------------------------------------------------
    def open_advanced(self):
        """The algorithm's own Processing dialog, prefilled with the page's inputs; its
        results land in the Småby group as a run of their own (and can make layouts)."""
        page = self.current_page()
        alg = page.current_algorithm()
        if alg is None:
            return None
        return self.open_dialog(alg.id(), page.parameters())

    def open_dialog(self, alg_id: str, values: dict):
        """QGIS's Processing dialog of ``alg_id`` prefilled with ``values``; a finished
        run's layers are moved into a Småby run group (named from the run-name field)."""
        import processing

        dialog = processing.createAlgorithmDialog(alg_id, values)
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WA_DeleteOnClose, True)
        # QGIS 3.22's dialog reports its results as an empty dict: the layers it loads
        # into the project while it is open are what it made
        loaded: list[str] = []

        def note(layers) -> None:
            loaded.extend(layer.id() for layer in layers)

        self.project.layersAdded.connect(note)
        dialog.destroyed.connect(lambda *_: _disconnect(self.project.layersAdded, note))
        own_finish = getattr(dialog, "finish", None)
        if callable(own_finish):
            # processing's AlgorithmDialog.finish(ok, results, ...) gets the real results
            # and runs even when QGIS fails to load one of them (then algorithmFinished
            # is never emitted): follow it, and gather what it loaded afterwards
            def finish(ok, outputs, *args, **kwargs):
                value = own_finish(ok, outputs, *args, **kwargs)
                self._dialog_finished(dialog, alg_id, ok, outputs, loaded)
                return value

            dialog.finish = finish
        elif hasattr(dialog, "algorithmFinished"):
            dialog.algorithmFinished.connect(
                lambda ok, outputs, d=dialog: self._dialog_finished(d, alg_id, ok, outputs, loaded)
            )
        self.dialogs = [d for d in self.dialogs if _alive(d)] + [dialog]
        dialog.show()
        return dialog

    def _dialog_finished(
        self, dialog, alg_id: str, ok: bool, outputs: dict, loaded: list | None = None
    ):
        """Gather the layers QGIS's dialog loaded (for ``outputs``, or the ids in
        ``loaded``) into a run group."""
        loaded_now = list(loaded or [])
        if loaded is not None:
            loaded.clear()  # the dialog may run again
        if not ok:
            return None
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        if alg is None:
            return None
        try:
            parameters = dialog.mainWidget().createProcessingParameters()
        except Exception:  # noqa: BLE001 - the record is a courtesy; the layers matter
            parameters = {}
        layers = results.project_layers_of(self.project, alg, outputs or {})
        if not layers:
            layers = results.loaded_layers_of(self.project, alg, loaded_now)
        files = {
            o.name(): str(outputs[o.name()])
            for o in alg.outputDefinitions()
            if o.type() in ("outputFile", "outputHtml") and outputs.get(o.name())
        }
        if not layers and not files:
            return None
        result = RunResult(
            ok=True, alg_id=alg_id, parameters=parameters, layers=layers, files=files
        )
        name = self.ui.runName.text().strip() if self.current_alg_matches(alg_id) else ""
        added = results.add_run(
            self.project, name or alg.displayName(), result, self.ui.existingMode.currentData()
        )
        self._report_added(added, result)
        return added

    def current_alg_matches(self, alg_id: str) -> bool:
        page = self.current_page()
        alg = page.current_algorithm() if page is not None else None
        return alg is not None and alg.id() == alg_id

    # -- layouts ----------------------------------------------------------------------------
    def selected_run_group(self) -> QgsLayerTreeGroup | None:
        """The run chosen in the layers panel (a run group or a layer in one), else the
        last run of this dock, else the newest run in the project."""
        groups = results.run_groups(self.project)
        view = self.iface.layerTreeView() if self.iface is not None else None
        node = None
        try:
            node = view.currentNode() if view is not None else None
        except (AttributeError, TypeError):
            node = None
        while isinstance(node, (QgsLayerTreeGroup, QgsLayerTreeLayer)):
            if isinstance(node, QgsLayerTreeGroup) and node in groups:
                return node
            node = node.parent()
        named = [g for g in groups if g.name() == self.last_group_name]
        return named[0] if named else (groups[0] if groups else None)

    def create_layout(self):
        """Build a print layout of the selected run and open it in the layout designer."""
        from smaaby_plugin.report.runlayout import build_run_layout

        group = self.selected_run_group()
        if group is None:
            self._message(
                _tr("No Småby run in the project yet: run an analysis first."), Qgis.Warning
            )
            return None
        info = results.run_info(group)
        layers = results.run_layers(group)
        missing = [name for output, name in info["outputs"].items() if output not in layers]
        if missing or not layers:
            self._message(
                _tr(
                    "The run “{}” has lost its result layer(s) {}: they were "
                    "removed from the project. Run the analysis again."
                ).format(group.name(), ", ".join(missing) or "–"),
                Qgis.Warning,
            )
            return None
        template = self.ui.templateCombo.currentData() or TEMPLATES[0]
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            layout = build_run_layout(
                self.project, info["alg_id"], group.name(), layers, info["inputs"], template
            )
        finally:
            QApplication.restoreOverrideCursor()
        self._message(
            _tr("Layout “{}” created; it is in the project’s layout manager.").format(
                layout.name()
            ),
            Qgis.Success,
        )
        if self.iface is not None:
            self.iface.openLayoutDesigner(layout)
        return layout


def _short(text: str, limit: int = 400) -> str:
    """The planner-facing part of a message: all of a short one, the last line of a
    traceback, cut at ``limit`` characters."""
    text = (text or "").strip()
    if "Traceback (most recent call last)" in text:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        text = lines[-1] if lines else text
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _VerticalScroll(QScrollArea):
    """The dock's scroll area: asks for the width its content needs and at least
    MIN_HEIGHT; a horizontal bar appears only when the dock is made narrower still."""

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        inner = self.widget().minimumSizeHint() if self.widget() is not None else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(inner.width(), 0) + bar + 2 * self.frameWidth(), MIN_HEIGHT)


def _missing_dependencies() -> tuple[str, str] | None:
    """(short, details) when Småby's provider is not loaded because a package is missing."""
    if QgsApplication.processingRegistry().providerById("smaaby") is not None:
        return None
    from smaaby_plugin import deps
    from smaaby_plugin.plugin import dependency_messages

    found = deps.check()
    return dependency_messages(found) if found else None


def _disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (TypeError, RuntimeError):
        pass


def _pop(bar, item) -> None:
    from qgis.PyQt import sip

    if not sip.isdeleted(item):
        bar.popWidget(item)


def _alive(widget) -> bool:
    from qgis.PyQt import sip

    return not sip.isdeleted(widget)
