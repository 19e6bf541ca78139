"""Running an algorithm in the background for the dock: ``QgsProcessingAlgRunnerTask``
on QGIS's task manager, progress and cancel, the algorithm's own error message.

The dock never computes: it hands the same parameters to the same algorithm the
toolbox would run, and receives the result layers.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputMapLayer,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorDestination,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

__all__ = ["RunFeedback", "RunResult", "AlgorithmRun", "destination_values"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmaabyRunner", text)


class RunFeedback(QgsProcessingFeedback):
    """Feedback that keeps the algorithm's errors and warnings for the message bar.

    ``reportError`` is called from the worker thread; appending to a list is safe.
    """

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS's names)
        self.errors.append(str(error))
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(str(warning))
        super().pushWarning(warning)


@dataclass
class RunResult:
    """What a finished run gives back: success, the layers by output name, the message."""

    ok: bool
    alg_id: str
    parameters: dict
    layers: dict = field(default_factory=dict)  # output name -> QgsMapLayer (not yet in a project)
    files: dict = field(default_factory=dict)  # output name -> path of a non-layer file
    values: dict = field(default_factory=dict)  # output name -> number/text outputs
    message: str = ""
    canceled: bool = False
    warnings: list = field(default_factory=list)


def destination_values(alg, folder: str = "", prefix: str = "") -> dict:
    """Output parameters: temporary layers, or files ``<folder>/<prefix>_<name>.gpkg``.

    Optional outputs that are off by default (``createByDefault() == False``) stay off.
    """
    values = {}
    for param in alg.destinationParameterDefinitions():
        if hasattr(param, "createByDefault") and not param.createByDefault():
            continue
        name = param.name()
        if isinstance(param, QgsProcessingParameterFileDestination):
            if folder:
                ext = param.defaultFileExtension() or "dat"
                values[name] = f"{folder}/{prefix}_{name.lower()}.{ext}"
            else:
                values[name] = QgsProcessing.TEMPORARY_OUTPUT
        elif (
            isinstance(
                param, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)
            )
            and folder
        ):
            values[name] = QgsProcessingOutputLayerDefinition(
                f"{folder}/{prefix}_{name.lower()}.gpkg"
            )
        else:
            values[name] = QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT)
    return values


class AlgorithmRun(QObject):
    """One background run. Emits ``progress(int)`` and, once, ``finished(RunResult)``.

    Keep a reference to the object until ``finished``: it owns the context and
    feedback the task works with.
    """

    progress = pyqtSignal(float)
    finished = pyqtSignal(object)

    def __init__(
        self, alg_id: str, parameters: dict, project: QgsProject | None = None, parent=None
    ):
        super().__init__(parent)
        self.alg_id = alg_id
        self.parameters = dict(parameters)
        self.project = project or QgsProject.instance()
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.context.setTransformContext(self.project.transformContext())
        if self.project.ellipsoid():
            self.context.setEllipsoid(self.project.ellipsoid())
        self.feedback = RunFeedback()
        self.feedback.progressChanged.connect(self.progress)
        self.task = None
        self._done = False
        self.cancelled_at: float | None = None
        self.stopped_at: float | None = None

    def check(self) -> str:
        """The algorithm's own parameter check; "" when the run can start."""
        if self.algorithm is None:
            return _tr("The algorithm {} is not available; is the Småby provider loaded?").format(
                self.alg_id
            )
        ok, message = self.algorithm.checkParameterValues(self.parameters, self.context)
        return "" if ok else (message or _tr("The parameters are not valid."))

    def start(self) -> None:
        """Queue the task on QGIS's task manager (the UI stays responsive).

        An algorithm flagged ``FlagNoThreading`` (one that renders layouts) runs here in
        the main thread instead, as QGIS's own dialog runs it.
        """
        if self.algorithm.flags() & QgsProcessingAlgorithm.FlagNoThreading:
            self._run_here()
            return
        self.task = QgsProcessingAlgRunnerTask(
            self.algorithm, self.parameters, self.context, self.feedback
        )
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)

    def _run_here(self) -> None:
        results, ok = {}, False
        try:
            if self.algorithm.prepare(self.parameters, self.context, self.feedback):
                results = self.algorithm.runPrepared(self.parameters, self.context, self.feedback)
                ok = results is not None
                self.algorithm.postProcess(self.context, self.feedback)
        except QgsProcessingException as error:
            self.feedback.reportError(str(error), True)
        self._executed(ok, results or {})

    def cancel(self) -> None:
        if self.cancelled_at is None:
            self.cancelled_at = time.monotonic()
        self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def is_running(self) -> bool:
        return self.task is not None and not self._done

    def _executed(self, successful: bool, results: dict) -> None:
        if self._done:
            return
        self._done = True
        self.stopped_at = time.monotonic()
        canceled = self.feedback.isCanceled()
        result = RunResult(
            ok=bool(successful) and not canceled,
            alg_id=self.alg_id,
            parameters=self.parameters,
            canceled=canceled,
            warnings=list(self.feedback.warnings),
        )
        if not result.ok:
            if canceled:
                result.message = _tr("The run was cancelled; nothing was added or kept.")
            else:
                result.message = (
                    self.feedback.errors[-1]
                    if self.feedback.errors
                    else _tr("The algorithm failed without a message.")
                )
        else:
            self._collect(results or {}, result)
        self.finished.emit(result)

    def _collect(self, results: dict, result: RunResult) -> None:
        """Take the output layers out of the context (temporary ones move, files load)."""
        for output in self.algorithm.outputDefinitions():
            name = output.name()
            value = results.get(name)
            if value is None:
                continue
            if isinstance(output, QgsProcessingOutputMultipleLayers):
                continue
            if isinstance(output, QgsProcessingOutputMapLayer) or output.type() in (
                "outputVector",
                "outputLayer",
                "outputRaster",
            ):
                layer = self._take_layer(str(value))
                if layer is not None:
                    layer.setName(output.description() or name)
                    result.layers[name] = layer
                continue
            if output.type() == "outputFile":
                result.files[name] = str(value)
            else:
                result.values[name] = value

    def _take_layer(self, value: str):
        store = self.context.temporaryLayerStore()
        if store.mapLayer(value) is not None:
            return self.context.takeResultLayer(value)
        layer = QgsProcessingUtils.mapLayerFromString(value, self.context, True)
        if layer is None:
            return None
        if store.mapLayer(layer.id()) is not None:
            return self.context.takeResultLayer(layer.id())
        if self.project.mapLayer(layer.id()) is not None:  # an input handed back
            return None
        # a file written by the algorithm: open it as a layer of its own
        fresh = QgsVectorLayer(layer.source(), layer.name(), layer.providerType())
        return fresh if fresh.isValid() else None
