"""What each Småby algorithm's results look like on a map and in a report.

For every algorithm id a :class:`ResultSpec` says how each output layer is styled,
which outputs the layout map shows, and how the key figures and the chart are read
from the result layers. The dock (styling, "Create layout") and
``smaaby:townprofile`` use it. Outputs without an entry keep QGIS's default style; an
algorithm without an entry still gets a layout with generic key figures (feature
counts and the totals of its table's numeric fields).

The entries live by family, as the algorithms do: ``landuse``, ``catchments``,
``centre`` and ``data``; ``_spec`` holds the entry type, the registry and the
fallbacks, ``_tables`` the reading of small result tables. A new algorithm registers its
entry in its family's module; a new family's module is found by itself, as the provider
finds a new family folder.
"""

from __future__ import annotations

import importlib
import pkgutil

from smaaby_plugin.report.catalog._spec import (
    AR5,
    SOSI,
    ResultSpec,
    chart_data,
    frame_features,
    key_figures,
    map_layers,
    register,
    result_spec,
)
from smaaby_plugin.report.catalog._tables import table_rows

__all__ = [
    "ResultSpec",
    "result_spec",
    "key_figures",
    "chart_data",
    "frame_features",
    "map_layers",
    "register",
    "AR5",
    "SOSI",
    "table_rows",
]

# Importing the family modules registers their entries.
for _family in pkgutil.iter_modules(__path__):
    if not _family.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_family.name}")
