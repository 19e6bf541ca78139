"""Shared base of all Småby algorithms.

A subclass sets ``ALG_ID``, ``DISPLAY_NAME``, ``GROUP`` and ``HELP``, defines its
parameters in ``define(config)`` with ``self.add(param, help)``, and computes in
``compute(parameters, context, feedback)``, which returns the results dict. ``InputError``
raised anywhere in ``compute`` (mostly by ``core``) reaches the planner as a
``QgsProcessingException`` with the same message, never as a traceback.

Example::

    class Example(SmaabyAlgorithm):
        ALG_ID = "example"
        DISPLAY_NAME = "Example"
        GROUP = GROUP_CENTRE
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

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from smaaby_plugin import layers, paths
from smaaby_plugin.core.errors import InputError

__all__ = [
    "SmaabyAlgorithm",
    "GROUP_LANDUSE",
    "GROUP_CATCHMENTS",
    "GROUP_CENTRE",
    "GROUP_DATA",
]

# (group id, English name); the name is translated where it is shown.
GROUP_LANDUSE = ("landuse", "Land-use accounting (arealregnskap)")
GROUP_CATCHMENTS = ("catchments", "Catchments (omland)")
GROUP_CENTRE = ("centre", "Centre and compactness")
GROUP_DATA = ("data", "Data preparation")


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
        return _tr_group(self.GROUP[1])

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
        try:
            return self.compute(parameters, context, feedback)
        except InputError as error:
            raise QgsProcessingException(str(error)) from None

    def compute(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
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
