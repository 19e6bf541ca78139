"""Shared base of all Småby algorithms.

A subclass sets ``ALG_ID``, ``DISPLAY_NAME`` and ``HELP`` (its group follows the family folder
it lives in: ``landuse/``, ``catchments/``, ``centre/`` or ``data/``), defines its
parameters in ``define(config)`` with ``self.add(param, help)``, and computes in
``compute(parameters, context, feedback)``, which returns the results dict. ``InputError``
raised anywhere in ``compute`` (mostly by ``core``) reaches the planner as a
``QgsProcessingException`` with the same message, never as a traceback.

Example::

    class Example(SmaabyAlgorithm):
        ALG_ID = "example"
        DISPLAY_NAME = "Example"
        HELP = "What it computes, the method and its source, units, bad input."
        INPUT, OUTPUT = "INPUT", "OUTPUT"

        def define(self, config):
            self.add(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Polygons"),
                     [QgsProcessing.TypeVectorPolygon]), self.tr("The polygons to measure."))
            ...

        def compute(self, parameters, context, feedback):
            data = self.read(parameters, self.INPUT, context, feedback)
            table = core_function(data.geometry, data.attributes)
            dest = self.write(parameters, self.OUTPUT, context, table, data.geometry,
                              data.crs, QgsWkbTypes.MultiPolygon)
            return {self.OUTPUT: dest}
"""

from __future__ import annotations

import math
import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingDestinationParameter,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from smaaby_plugin import layers, outputs, paths
from smaaby_plugin.core.errors import Cancelled, InputError
from smaaby_plugin.core.progress import Progress

__all__ = [
    "SmaabyAlgorithm",
    "GROUP_LANDUSE",
    "GROUP_CATCHMENTS",
    "GROUP_CENTRE",
    "GROUP_DATA",
    "GROUP_SCENARIOS",
]

# Group id (the family folder) -> English name; the name is translated where it is shown.
GROUP_NAMES = {
    "landuse": "Land-use accounting (arealregnskap)",
    "catchments": "Catchments (omland)",
    "centre": "Centre and compactness",
    "data": "Data preparation",
    "scenarios": "Scenarios (plan alternatives)",
}
GROUP_LANDUSE, GROUP_CATCHMENTS, GROUP_CENTRE, GROUP_DATA, GROUP_SCENARIOS = GROUP_NAMES.items()


def group_of_module(module: str) -> tuple[str, str] | None:
    """The group of an adapter module by its family folder, e.g.
    ``smaaby_plugin.processing_algorithms.centre.townprofile`` -> GROUP_CENTRE."""
    parts = module.split(".")
    if "processing_algorithms" not in parts:
        return None
    i = parts.index("processing_algorithms")
    family = parts[i + 1] if len(parts) > i + 2 else None
    return (family, GROUP_NAMES[family]) if family in GROUP_NAMES else None


def _number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else f"{value:.3g}"


def _tr_base(text: str) -> str:
    return QCoreApplication.translate("SmaabyAlgorithm", text)


def _tr_group(text: str) -> str:
    return QCoreApplication.translate("SmaabyGroups", text)


class SmaabyAlgorithm(QgsProcessingAlgorithm):
    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP = GROUP_DATA
    HELP = ""
    TAGS = ""

    # -- identity ------------------------------------------------------------------------
    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self) -> str:
        return self.ALG_ID

    def displayName(self) -> str:  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return _tr_group(GROUP_NAMES[self.GROUP[0]])

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP[0]

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(self.HELP)

    def tags(self) -> list[str]:
        return [t.strip() for t in self.tr(self.TAGS).split(",") if t.strip()]

    def icon(self) -> QIcon:
        return QIcon(str(paths.icon()))

    def createInstance(self):  # noqa: N802
        return type(self)()

    # -- parameters ----------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        self.define(config)

    def define(self, config) -> None:
        raise NotImplementedError

    def add(self, param, help_text: str = "", advanced: bool = False):
        """Add a parameter with its help text (shown as tooltip and in the help panel)."""
        if help_text:
            param.setHelp(help_text)
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(param)
        return param

    # -- running -------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # One bridge for every algorithm: core's Cancelled and InputError, and the outputs
        # of a run that did not finish, which are removed so nothing half-written remains.
        self._outputs = outputs.RunOutputs()
        layers.remember_given_layers(context, parameters)
        try:
            self.check_numbers(parameters, context)
            self.prepare_destinations(parameters, context)
            results = self.compute(parameters, context, feedback)
            self.check_cancel(feedback)
            return results
        except Cancelled:
            return self.discard_cancelled(context, feedback)
        except InputError as error:
            self._outputs.discard(context)
            raise QgsProcessingException(str(error)) from None
        except BaseException:
            self._outputs.discard(context)
            raise

    # -- checks before any work ---------------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802
        # Our own messages first (with the parameter's label and range), so the dialog,
        # the modeler, the batch and qgis_process all refuse NaN or 1e9 the same way.
        try:
            self.check_numbers(parameters, context)
        except InputError as error:
            return False, str(error)
        return super().checkParameterValues(parameters, context)

    def check_numbers(self, parameters, context) -> None:
        """Every number parameter is finite and inside the range its definition declares
        (``setMinimum``/``setMaximum``): NaN passes QGIS's own range check."""
        for definition in self.parameterDefinitions():
            if not isinstance(definition, QgsProcessingParameterNumber):
                continue
            name = definition.name()
            if parameters.get(name) is None and definition.defaultValue() is None:
                continue
            value = self.parameterAsDouble(parameters, name, context)
            label = f"{definition.description()} ({name})"
            if not math.isfinite(value):
                raise InputError(
                    _tr_base("{}: {} is not a number; give a finite value.").format(label, value)
                )
            low, high = definition.minimum(), definition.maximum()
            if value < low or value > high:
                raise InputError(
                    _tr_base("{}: {} is outside the accepted range {} to {}.").format(
                        label, _number(value), _number(low), _number(high)
                    )
                )

    def _input_paths(self, parameters, context) -> dict[str, set]:
        """File path -> the layer names of it that are inputs (None: the whole file)."""
        found: dict[str, set] = {}
        for definition in self.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterMultipleLayers):
                layer_list = self.parameterAsLayerList(parameters, definition.name(), context)
            elif isinstance(
                definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)
            ):
                layer_list = [self.parameterAsVectorLayer(parameters, definition.name(), context)]
            else:
                continue
            for layer in layer_list:
                if layer is None or layer.providerType() != "ogr":
                    continue
                parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
                if parts.get("path"):
                    key = os.path.realpath(parts["path"])
                    found.setdefault(key, set()).add(parts.get("layerName"))
        return found

    def prepare_destinations(self, parameters, context) -> None:
        """Refuse an output that would overwrite an input; create missing output folders."""
        inputs = None
        for definition in self.destinationParameterDefinitions():
            if not isinstance(definition, QgsProcessingDestinationParameter):
                continue
            name = definition.name()
            if isinstance(definition, QgsProcessingParameterFileDestination):
                text = self.parameterAsFileOutput(parameters, name, context)
            else:
                text = layers.planned_output(self, parameters, name, context)
            path, layer = outputs.destination_path(text or "")
            if not path or path.startswith(("memory:", "TEMPORARY_OUTPUT")):
                continue
            if inputs is None:
                inputs = self._input_paths(parameters, context)
            used = inputs.get(os.path.realpath(path))
            if used is not None and (layer is None or layer in used or None in used):
                raise InputError(
                    _tr_base(
                        "{}: the output {} is also an input of this run; writing it would "
                        "replace the input. Choose another file name."
                    ).format(definition.description(), path)
                )
            folder = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(folder):
                try:
                    os.makedirs(folder, exist_ok=True)
                except OSError as error:
                    raise InputError(
                        _tr_base(
                            "{}: {} could not be written: its folder {} could not be created ({})."
                        ).format(definition.description(), path, folder, error.strerror)
                    ) from None

    def discard_cancelled(self, context, feedback) -> dict:
        """After a cancel: remove what the run wrote, say so once, and return no results."""
        removed = self._outputs.discard(context)
        feedback.pushWarning(
            _tr_base("Cancelled by the user; no output was kept ({} removed).").format(len(removed))
        )
        return {}

    def progress(self, feedback, start: float = 0.0, end: float = 100.0) -> Progress:
        """A core :data:`Progress` that moves the bar over ``start``-``end`` percent and
        raises ``Cancelled`` once the user has cancelled."""

        def report(fraction: float) -> None:
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(start + (end - start) * fraction)

        return report

    @staticmethod
    def check_cancel(feedback) -> None:
        """Stop here (raise ``Cancelled``) when the user has cancelled."""
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()

    def compute(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        group = group_of_module(cls.__module__)
        if group is not None:
            cls.GROUP = group
        # QgsProcessingAlgorithm.run() is what processing.run() calls: overriding it breaks
        # every run, so the hook is compute().
        if "run" in cls.__dict__:
            raise TypeError(
                f"{cls.__name__}: define compute(), not run() (run() belongs to "
                f"QgsProcessingAlgorithm and is called by processing.run)"
            )

    # -- shortcuts to smaaby_plugin.layers -------------------------------------------------
    def read(self, parameters, name, context, feedback, **kwargs) -> layers.LayerData:
        """Read a feature-source parameter once (see ``layers.read_source``)."""
        source = self.parameterAsSource(parameters, name, context)
        return layers.read_source(source, name, context, feedback, **kwargs)

    def write(
        self,
        parameters,
        name,
        context,
        frame,
        geometry=None,
        crs=None,
        wkb_type=None,
        feedback=None,
    ) -> str | None:
        """Write a DataFrame (and geometries) to a sink parameter (see ``layers.write_sink``)."""
        return layers.write_sink(
            self, parameters, name, context, frame, geometry, crs, wkb_type, feedback
        )

    def record_output(self, parameters, name, context) -> str:
        """The path of a file output (a PDF, a workbook) written outside ``write``; call it
        before writing, so a cancelled or failed run removes the file."""
        dest = self.parameterAsFileOutput(parameters, name, context)
        if dest and getattr(self, "_outputs", None) is not None:
            self._outputs.before_write(dest)
            self._outputs.record(dest)
        return dest
