"""Parameters and reading shared by the plan algorithms (planreserve, planchange): the
development code table, the shore zone and the AR5 land cover.

Not an algorithm module (the leading underscore keeps the provider from scanning it).
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from smaaby_plugin import layers, paths
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import CategoricalLayer
from smaaby_plugin.core.landuse.codes import CODE_LIST_FILES, CodeList, load_codes
from smaaby_plugin.core.landuse.plans import DevelopmentTable, load_development_table

__all__ = [
    "DEVELOPMENT_TABLE",
    "SHORE",
    "SHORE_WIDTH",
    "add_development_table_parameter",
    "add_landcover_parameters",
    "add_shore_parameters",
    "code_lists",
    "development_table",
    "read_shore",
    "warn_unknown_purposes",
]

DEVELOPMENT_TABLE = "DEVELOPMENT_TABLE"
SHORE = "SHORE"
SHORE_WIDTH = "SHORE_WIDTH"
_DEFAULT_TABLE = "sosi_development.csv"


def add_development_table_parameter(alg) -> None:
    """DEVELOPMENT_TABLE: an edited copy of resources/codes/sosi_development.csv."""
    alg.add(
        QgsProcessingParameterFile(
            DEVELOPMENT_TABLE,
            alg.tr("Development code table (CSV)"),
            behavior=QgsProcessingParameterFile.File,
            extension="csv",
            optional=True,
        ),
        alg.tr(
            "Which SOSI arealformål codes count as development (utbyggingsformål), their "
            "purpose group (arealformålsgruppe), sliver threshold (min_area_m2) and "
            "whether buffered buildings/roads are removed (buffer_built). Empty: the "
            "plugin's resources/codes/sosi_development.csv (defaults: NINA's list, all of "
            "hovedformål 1 and 2 are development; ARV's 19 groups and thresholds). Copy "
            "and edit it to change the rules."
        ),
        advanced=True,
    )


def development_table(alg, parameters, context, feedback) -> DevelopmentTable:
    """The chosen (or shipped) development table; logs which file is used."""
    path = alg.parameterAsFile(parameters, DEVELOPMENT_TABLE, context)
    if not path:
        return load_development_table(paths.resource("codes", _DEFAULT_TABLE))
    feedback.pushInfo(alg.tr("Development code table: {}").format(path))
    return load_development_table(path)


def code_lists() -> dict[str, CodeList]:
    """The shipped SOSI, hovedformål and AR5 code lists, for labels."""
    return {
        key: load_codes(paths.resource("codes", CODE_LIST_FILES[key]), key)
        for key in ("sosi", "hovedformal", "ar5")
    }


def add_shore_parameters(alg) -> None:
    """SHORE (optional lines or polygons) and SHORE_WIDTH (default 100 m)."""
    alg.add(
        QgsProcessingParameterFeatureSource(
            SHORE,
            alg.tr("Shore lines or water (strandsone)"),
            [QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon],
            optional=True,
        ),
        alg.tr(
            "Shore lines (strandlinje of sea and lakes) or sea and lake polygons. Land "
            "within SHORE_WIDTH of them is flagged as shore zone (the 100-metre belt of "
            "pbl § 1-8); with polygons the water itself is inside the zone too."
        ),
    )
    alg.add(
        QgsProcessingParameterNumber(
            SHORE_WIDTH,
            alg.tr("Shore zone width (m)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=100.0,
            minValue=0.001,
            maxValue=10000.0,
        ),
        alg.tr("Width of the shore zone in metres, measured horizontally (pbl § 1-8: 100 m)."),
    )


def read_shore(alg, parameters, context, feedback, crs, source=None) -> np.ndarray | None:
    """The SHORE geometries in ``crs``, or None when not given."""
    if source is None:
        source = alg.parameterAsSource(parameters, SHORE, context)
    if source is None:
        return None
    data = layers.read_source(source, SHORE, context, feedback, fields=[], target_crs=crs)
    return data.geometry


def warn_unknown_purposes(
    alg, codes, table: DevelopmentTable, sosi: CodeList, feedback, name: str, stop: bool = False
) -> None:
    """Log purpose codes missing from the SOSI list or the development table, and text
    purposes. ``codes`` is a CategoricalLayer (or its float codes). With ``stop``, a
    plan none of whose purposes is in the development table stops the run (nothing
    could be development)."""
    n_text, examples = 0, []
    if isinstance(codes, CategoricalLayer):
        n_text, examples, codes = codes.n_text, codes.text_examples, codes.code
    values = np.asarray(codes, dtype=float)
    distinct = np.unique(values[~np.isnan(values)]).astype(np.int64)
    not_sosi = [int(c) for c in distinct if c not in sosi]
    not_table = [int(c) for c in distinct if c not in table.table.index]
    if not_sosi:
        feedback.pushWarning(
            alg.tr(
                "{}: {} code(s) are not SOSI arealformål codes: {}; they "
                "are kept and flagged (in_code_list = 0)."
            ).format(name, len(not_sosi), ", ".join(map(str, not_sosi[:10])))
        )
    if not_table:
        feedback.pushWarning(
            alg.tr(
                "{}: {} code(s) are not in the development table: {}; "
                "they count as not development (group 19 "
                "Udefinert)."
            ).format(name, len(not_table), ", ".join(map(str, not_table[:10])))
        )
    if n_text:
        feedback.pushWarning(
            alg.tr(
                "{}: {} polygon(s) have a text purpose (e.g. {}); each text is a class of its "
                "own in the change matrix, but it has no SOSI code: it counts as not "
                "development (group 19 Udefinert)."
            ).format(name, n_text, ", ".join(map(repr, examples)))
        )
    if stop and len(not_table) == len(distinct):
        raise InputError(
            alg.tr(
                "{}: none of the purposes is a code of the development table (SOSI "
                "arealformål such as 1110 boligbebyggelse), so nothing can count as "
                "development and the result would be empty; is the right field chosen?"
            ).format(name)
        )
    if len(not_sosi) == len(distinct) and (len(distinct) or n_text):
        feedback.pushWarning(
            alg.tr(
                "{}: none of the purposes is a SOSI arealformål code (such as 1110 "
                "boligbebyggelse); is the right field chosen?"
            ).format(name)
        )


def add_landcover_parameters(alg, layer: str, field: str, optional: bool) -> None:
    """LANDCOVER (AR5 polygons) with LANDCOVER_FIELD (arealtype)."""
    alg.add(
        QgsProcessingParameterFeatureSource(
            layer, alg.tr("Land cover (AR5)"), [QgsProcessing.TypeVectorPolygon], optional=optional
        ),
        alg.tr(
            "AR5 arealressurskart (or another land cover with AR5 arealtype codes: 11 "
            "bebygd, 12 samferdsel, 21 fulldyrka, 22 overflatedyrka, 23 innmarksbeite, "
            "30 skog, 50 åpen fastmark, 60 myr, 81 ferskvann, 82 hav)."
        ),
    )
    alg.add(
        QgsProcessingParameterField(
            field,
            alg.tr("Land cover class field (arealtype)"),
            parentLayerParameterName=layer,
            optional=optional,
        ),
        alg.tr(
            "Field with the AR5 arealtype code (whole numbers; numeric text is accepted). "
            "Other values count as no AR5 class (ar5_none)."
        ),
    )


def reserve_options(alg, parameters, context, names: dict | None = None) -> dict:
    """The keyword arguments of ``plan_reserve`` that come from parameters, read as
    smaaby:planreserve reads them (an empty MIN_AREA: the development table's
    thresholds). ``names`` maps an option to another parameter name."""
    n = {
        "BUILT_BUFFER": "BUILT_BUFFER",
        "AR5_BUILT": "AR5_BUILT",
        "EXCLUDE_WATER": "EXCLUDE_WATER",
        "WATER_MIN_AREA": "WATER_MIN_AREA",
        "SHORE_WIDTH": SHORE_WIDTH,
        "MIN_AREA": "MIN_AREA",
        **(names or {}),
    }
    min_area = parameters.get(n["MIN_AREA"])
    return {
        "built_buffer": alg.parameterAsDouble(parameters, n["BUILT_BUFFER"], context),
        "ar5_built": alg.parameterAsBoolean(parameters, n["AR5_BUILT"], context),
        "exclude_water": alg.parameterAsBoolean(parameters, n["EXCLUDE_WATER"], context),
        "water_min_area": alg.parameterAsDouble(parameters, n["WATER_MIN_AREA"], context),
        "shore_width": alg.parameterAsDouble(parameters, n["SHORE_WIDTH"], context),
        "min_area": (
            None
            if min_area in (None, "")
            else alg.parameterAsDouble(parameters, n["MIN_AREA"], context)
        ),
    }


def read_built(alg, built_layers, name: str, context, feedback, crs) -> list[np.ndarray]:
    """The geometries of each BUILT layer in ``crs``, named "BUILT 1", "BUILT 2" ... in
    messages. An empty layer is allowed (nothing is built yet) and said in the log."""
    out = []
    for i, layer in enumerate(built_layers):
        label = f"{name} {i + 1}"
        data = layers.read_source(
            layer, label, context, feedback, fields=[], target_crs=crs, require_features=False
        )
        if len(data.geometry) == 0:
            feedback.pushWarning(
                alg.tr("{} ({}) has no features; nothing is taken as built from it.").format(
                    label, layer.name() if layer is not None else ""
                )
            )
        out.append(data.geometry)
    return out
