"""The ``smaaby`` Processing provider; it registers every algorithm module it finds in the
family subpackages (``landuse/``, ``catchments/``, ``centre/``, ``data/``)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from smaaby_plugin import paths
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm

# Modules that hold shared code, not algorithms (helpers start with "_").
_NOT_ALGORITHMS = {"base", "provider"}


def algorithm_classes() -> list[type[SmaabyAlgorithm]]:
    """Every concrete SmaabyAlgorithm subclass in this package, sorted by id."""
    package = importlib.import_module("smaaby_plugin.processing_algorithms")
    found = {}
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
        leaf = info.name.rsplit(".", 1)[-1]
        if info.ispkg or leaf in _NOT_ALGORITHMS or leaf.startswith("_"):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception as error:  # one broken module must not hide the others
            QgsMessageLog.logMessage(
                f"Could not load algorithm module {info.name}: {error!r}", "Småby", Qgis.Critical
            )
            continue
        for obj in vars(module).values():
            if (
                inspect.isclass(obj)
                and issubclass(obj, SmaabyAlgorithm)
                and obj.__module__ == module.__name__
                and obj.ALG_ID
            ):
                found[obj.ALG_ID] = obj
    return [found[key] for key in sorted(found)]


class SmaabyProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "smaaby"

    def name(self) -> str:
        return "Småby"

    def longName(self) -> str:  # noqa: N802
        return QCoreApplication.translate(
            "SmaabyProvider", "Småby: land use, catchments and centres of small towns"
        )

    def icon(self) -> QIcon:
        return QIcon(str(paths.icon()))

    def loadAlgorithms(self) -> None:  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
