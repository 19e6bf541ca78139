"""Parameters and reading shared by the land-use accounting algorithms (landuseaccount,
changematrix, landconsumption; the plan algorithms too): area unit, code list, overlap
rule, ellipsoidal areas, zones with their ids, reading a categorical polygon layer, and
the check that two inputs meet at all.

Not an algorithm module (the leading underscore keeps the provider from scanning it).
"""

from __future__ import annotations

from functools import partial

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from smaaby_plugin import layers, paths
from smaaby_plugin.core.ellipsoidal import ellipsoidal_area, tm_from_proj
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import prepare_categorical
from smaaby_plugin.core.landuse.codes import CODE_LIST_FILES, CodeList, choose_code_list, load_codes
from smaaby_plugin.core.overlaps import OVERLAP_RULES
from smaaby_plugin.core.overlay import apart, apart_message
from smaaby_plugin.core.polygons import AREA_UNITS, clean_polygons, grouped_union

__all__ = [
    "UNITS",
    "open_inputs",
    "add_zone_parameters",
    "check_apart",
    "read_zones",
    "add_code_list_parameter",
    "add_ellipsoidal_parameter",
    "add_overlap_parameter",
    "add_unit_parameter",
    "area_function",
    "code_list",
    "read_categorical",
    "sources",
]

UNITS = list(AREA_UNITS)  # m2, daa, ha, km2
_UNIT_LABELS = ["m²", "daa (dekar, 1,000 m²)", "ha", "km²"]
# Code list choices: (key in CODE_LIST_FILES or "auto"/"none", label)
_CODE_LISTS = [
    ("auto", "Automatic (the list that knows most codes)"),
    ("sosi", "SOSI kommuneplan arealformål"),
    ("ar5", "AR5 arealtype"),
    ("n50", "N50 arealdekke"),
    ("none", "None (codes without labels)"),
]
_OVERLAP_LABELS = [
    "Stop with an error listing the overlaps",
    "Lowest value of the priority field wins",
    "Smallest class code wins",
    "Largest class code wins",
    "Smaller polygon wins",
]


def add_unit_parameter(alg, name: str = "UNIT") -> None:
    """UNIT: m², daa (default), ha, km²."""
    alg.add(
        QgsProcessingParameterEnum(
            name, alg.tr("Area unit"), options=[alg.tr(u) for u in _UNIT_LABELS], defaultValue=1
        ),
        alg.tr(
            "Unit of the area fields: m², daa (dekar = 1,000 m², the unit of Norwegian "
            "plans; default), ha or km²."
        ),
    )


def add_code_list_parameter(alg, name: str = "CODE_LIST") -> None:
    """CODE_LIST: which shipped code list labels the classes."""
    alg.add(
        QgsProcessingParameterEnum(
            name,
            alg.tr("Code list for labels"),
            options=[alg.tr(t) for _, t in _CODE_LISTS],
            defaultValue=0,
        ),
        alg.tr(
            "Code list that gives labels (bokmål and English) beside the codes: SOSI "
            "arealformål (kommuneplan), AR5 arealtype or N50 arealdekke, from the plugin's "
            "resources/codes folder. Automatic picks the list that contains most of the "
            "layer's distinct codes. Codes that are not in the list are kept and flagged "
            "(in_code_list = 0)."
        ),
        advanced=True,
    )


def add_overlap_parameter(
    alg, name: str = "OVERLAPS", tolerance_name: str = "OVERLAP_TOLERANCE"
) -> None:
    """OVERLAPS: what to do with polygons that overlap inside one layer, and
    OVERLAP_TOLERANCE: overlaps of at most this area are noise."""
    alg.add(
        QgsProcessingParameterEnum(
            name,
            alg.tr("Overlapping polygons"),
            options=[alg.tr(t) for t in _OVERLAP_LABELS],
            defaultValue=0,
        ),
        alg.tr(
            "Polygons that overlap inside one layer would be counted twice. Default: stop "
            "and list the overlapping features and the area covered more than once. "
            "Otherwise each overlapped spot is given to one polygon by the chosen rule "
            "(ties go to the feature read first)."
        ),
    )
    alg.add(
        QgsProcessingParameterNumber(
            tolerance_name,
            alg.tr("Overlap tolerance (m²)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=0.01,
            minValue=0.0,
            maxValue=1e6,
        ),
        alg.tr(
            "Overlaps of at most this area between two polygons are digitising noise "
            "(shared edges that differ in the last decimals): they are logged and left as "
            "they are. 0 treats every overlap as one."
        ),
        advanced=True,
    )


def add_ellipsoidal_parameter(alg, name: str = "ELLIPSOIDAL") -> None:
    """ELLIPSOIDAL: ellipsoidal instead of planar areas."""
    alg.add(
        QgsProcessingParameterBoolean(name, alg.tr("Ellipsoidal areas"), defaultValue=False),
        alg.tr(
            "Report areas on the ellipsoid instead of planar areas in the projected CRS. "
            "Only for Transverse Mercator CRSs (UTM, NTM): each polygon's planar area is "
            "divided by the square of the projection's scale factor at its centroid "
            "(Snyder 1987), within about 1e-6 of the geodesic area. In UTM zone 33 planar "
            "areas differ from ellipsoidal ones by up to about 0.1 %."
        ),
        advanced=True,
    )


def overlap_rule(alg, parameters, name, context) -> str:
    """The chosen overlap rule as a core rule name."""
    return OVERLAP_RULES[alg.parameterAsEnum(parameters, name, context)]


def code_list(alg, parameters, name, context, codes, feedback) -> CodeList | None:
    """Load the chosen code list (or pick one automatically) and log the choice."""
    key = _CODE_LISTS[alg.parameterAsEnum(parameters, name, context)][0]
    if key == "none":
        return None
    lists = {
        k: load_codes(paths.resource("codes", CODE_LIST_FILES[k]), k)
        for k in ("ar5", "sosi", "n50")
    }
    if key == "auto":
        key = choose_code_list(codes, lists)
        if key is None:
            feedback.pushInfo(
                alg.tr("No code list knows these codes; codes are given without labels.")
            )
            return None
        feedback.pushInfo(alg.tr("Labels from the code list {}.").format(CODE_LIST_FILES[key]))
    chosen = lists[key]
    values = np.asarray(codes, dtype=float)
    distinct = np.unique(values[~np.isnan(values)]).astype(np.int64)
    unknown = [int(c) for c in distinct if c not in chosen]
    if unknown:
        feedback.pushWarning(
            alg.tr(
                "{} code(s) are not in {}: {}; they are kept and flagged (in_code_list = 0)."
            ).format(len(unknown), CODE_LIST_FILES[key], ", ".join(map(str, unknown[:10])))
        )
    return chosen


def area_function(alg, parameters, name, context, crs, feedback):
    """None for planar areas, else a function giving ellipsoidal areas in m²."""
    if not alg.parameterAsBoolean(parameters, name, context):
        return None
    tm = tm_from_proj(crs.toProj())
    feedback.pushInfo(
        alg.tr(
            "Ellipsoidal areas: Transverse Mercator scale correction (central meridian {}°, k0 {})."
        ).format(tm.lon_0, tm.k_0)
    )
    return partial(ellipsoidal_area, tm=tm)


def sources(alg, parameters, names, context) -> list:
    """Feature sources for several parameters (None where not given), opened without
    QGIS's invalid-geometry stop: ``layers.read_source`` repairs invalid geometries and
    counts them, which a planner can act on; the stop would only say "invalid"."""
    check = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    try:
        return [alg.parameterAsSource(parameters, n, context) for n in names]
    finally:
        context.setInvalidGeometryCheck(check)


def open_inputs(alg, parameters, context, feedback, names, extra=()):
    """The feature sources of the parameters ``names`` (None where not given) and the
    working CRS (``layers.working_crs``) of every given one, with ``extra`` (name,
    source) pairs such as the layers of a multiple-layer parameter."""
    opened = sources(alg, parameters, names, context)
    present = [(n, s) for n, s in [*zip(names, opened), *extra] if s is not None]
    crs = layers.working_crs([s for _, s in present], context, feedback, [n for n, _ in present])
    return opened, crs


def read_categorical(
    alg,
    parameters,
    context,
    feedback,
    *,
    layer: str,
    field: str,
    crs,
    rule: str,
    priority_field: str | None = None,
    source=None,
    tolerance_name: str = "OVERLAP_TOLERANCE",
    return_fids: bool = False,
    progress=None,
):
    """Read a categorical polygon layer, parse codes, handle overlaps, and log it all.

    Returns the CategoricalLayer, or with ``return_fids`` also the feature ids of the rows
    read (``fids[prepared.index]`` names the feature of each polygon). ``progress`` (a
    core Progress, e.g. ``alg.progress(feedback, a, b)``) follows the repair and the
    overlap check."""
    if source is None:
        source = sources(alg, parameters, [layer], context)[0]
    class_field = alg.parameterAsString(parameters, field, context)
    fields = [class_field] + ([priority_field] if priority_field else [])
    # prepare_categorical repairs and counts invalid geometries itself (make_valid,
    # 'structure'): one validity pass instead of two.
    data = layers.read_source(
        source, layer, context, feedback, fields=fields, target_crs=crs, repair=False
    )
    priority = None
    if priority_field:
        priority = layers.numeric_column(data, priority_field, layer)
    elif rule == "priority":
        raise InputError(
            alg.tr("{}: the overlap rule 'priority field' needs a priority field.").format(layer)
        )
    feedback.pushInfo(alg.tr("{}: {} polygon(s) read.").format(layer, len(data)))
    tolerance = 0.01
    if alg.parameterDefinition(tolerance_name) is not None:
        tolerance = alg.parameterAsDouble(parameters, tolerance_name, context)
    prepared = prepare_categorical(
        data.geometry,
        data.attributes[class_field].to_numpy(),
        name=layer,
        rule=rule,
        priority=priority,
        ids=data.fids,
        min_overlap_area=tolerance,
        progress=progress,
    )
    for message in prepared.messages(layer):
        feedback.pushWarning(message)
    for note in prepared.notes(layer):
        feedback.pushInfo(note)
    return (prepared, data.fids) if return_fids else prepared


def add_zone_parameters(
    alg,
    zones: str = "ZONES",
    field: str = "ZONE_FIELD",
    merge: str = "MERGE_ZONES",
    zones_help: str = "",
    optional: bool = True,
) -> None:
    """ZONES (polygons), ZONE_FIELD (their ids) and MERGE_ZONES (dissolve zones that
    share an id instead of stopping)."""
    alg.add(
        QgsProcessingParameterFeatureSource(
            zones, alg.tr("Zones"), [QgsProcessing.TypeVectorPolygon], optional=optional
        ),
        zones_help,
    )
    alg.add(
        QgsProcessingParameterField(
            field, alg.tr("Zone id field"), parentLayerParameterName=zones, optional=True
        ),
        alg.tr(
            "Field that names each zone in the output; without it the feature id. Ids must "
            "be unique and filled in: a duplicate or an empty id stops the run, unless "
            "'Merge zones with the same id' is chosen."
        ),
    )
    alg.add(
        QgsProcessingParameterBoolean(
            merge, alg.tr("Merge zones with the same id"), defaultValue=False
        ),
        alg.tr(
            "Zones that share an id (a kommune stored as several features) are dissolved "
            "into one zone, and the log says how many. Default: a repeated id stops the run "
            "with the ids, so two different zones are never summed by mistake."
        ),
        advanced=True,
    )


def read_zones(
    alg,
    parameters,
    context,
    feedback,
    source,
    crs,
    zones: str = "ZONES",
    field: str = "ZONE_FIELD",
    merge: str = "MERGE_ZONES",
):
    """The zone polygons (cleaned) and their ids under the one id policy
    (``layers.id_column``); zones sharing an id are dissolved when MERGE_ZONES is on."""
    zone_field = alg.parameterAsString(parameters, field, context) or None
    data = layers.read_source(
        source, zones, context, feedback, fields=[zone_field] if zone_field else [], target_crs=crs
    )
    geoms = clean_polygons(data.geometry).geometry
    if not zone_field:
        return geoms, data.fids
    merging = alg.parameterDefinition(merge) is not None and alg.parameterAsBoolean(
        parameters, merge, context
    )
    ids = layers.id_column(data, zone_field, field, allow_duplicates=merging).to_numpy(object)
    unique, first, group = np.unique(ids.astype(str), return_index=True, return_inverse=True)
    if len(unique) == len(ids):
        return geoms, ids
    # keep the zones in the order of their first feature
    order = np.argsort(first, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    merged = grouped_union(geoms, rank[np.asarray(group).reshape(-1)], len(unique))
    counts = np.bincount(np.asarray(group).reshape(-1))
    feedback.pushInfo(
        alg.tr(
            "{}: {} id(s) occur on more than one feature ({} features); each id's features "
            "were merged into one zone: {} zone(s) in all."
        ).format(zones, int((counts > 1).sum()), int(counts[counts > 1].sum()), len(unique))
    )
    return merged, ids[first[order]]


def check_apart(
    alg, feedback, name, geoms, other, others, ids=None, stop: bool = True, each: bool = True
) -> None:
    """Stop (``stop``) or warn when ``name`` and ``other`` do not overlap anywhere; warn
    (``each``) when some features of ``name`` lie outside ``other`` altogether."""
    if geoms is None or others is None or len(geoms) == 0 or len(others) == 0:
        return
    is_apart = apart(geoms, others)
    if not is_apart.all() and not each:
        return
    message = apart_message(name, other, geoms, others, is_apart, ids)
    if message is None:
        return
    if stop and is_apart.all():
        raise InputError(message)
    feedback.pushWarning(message)
