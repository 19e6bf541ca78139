"""Parameters and reading shared by smaaby:serviceaccess, smaaby:accessibility and
smaaby:centrality (origins with population, destinations with a kind, zones, the
cut-off), on top of ``_network``'s network parameters."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from smaaby_plugin import layers
from smaaby_plugin.core.catchments._decay import MAX_CUTOFF_MIN, MIN_CUTOFF_MIN, check_cutoff
from smaaby_plugin.core.catchments.service_access import (  # noqa: F401 (core's names)
    column_name,
    unique_columns,
    zone_of_points,
)
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.processing_algorithms.catchments import _network as nw

ORIGINS = "ORIGINS"
ORIGIN_ID_FIELD = "ORIGIN_ID_FIELD"
POPULATION_FIELD = "POPULATION_FIELD"
ZONES = "ZONES"
ZONE_ID_FIELD = "ZONE_ID_FIELD"
CUTOFF = "CUTOFF"
#: The kind given to every destination when no kind field is chosen.
ALL_KINDS = "all"

POINTS_OR_POLYGONS = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]

MISSING_POLICY = (
    "Missing values: a null or NaN population or weight counts as 0 (the log says how "
    "many); negative, infinite or absurd (above 10 million) values stop the run. "
    "Duplicate or missing origin and zone ids stop the run. CRS: all inputs are computed "
    "in the network's projected CRS, or the UTM zone of the data when it is geographic or "
    "Web Mercator; a layer without a CRS stops the run."
)


def add_origin_parameters(
    alg, population_help: str = "", label: str = "", help_text: str = ""
) -> None:
    """ORIGINS, ORIGIN_ID_FIELD and POPULATION_FIELD (label and help of ORIGINS as given)."""
    tr = alg.tr
    alg.add(
        QgsProcessingParameterFeatureSource(
            ORIGINS, label or tr("Origins (where people live)"), POINTS_OR_POLYGONS
        ),
        help_text
        or tr(
            "SSB 250 m population cells, grunnkretser or address points; a polygon counts "
            "by a point inside it."
        ),
    )
    alg.add(
        QgsProcessingParameterField(
            ORIGIN_ID_FIELD,
            tr("Origin id field"),
            parentLayerParameterName=ORIGINS,
            optional=True,
        ),
        tr(
            "Field naming each origin; without it the feature id. Duplicate or missing ids "
            "stop the run."
        ),
    )
    alg.add(
        QgsProcessingParameterField(
            POPULATION_FIELD,
            tr("Population field"),
            parentLayerParameterName=ORIGINS,
            type=QgsProcessingParameterField.Numeric,
            optional=True,
        ),
        population_help
        or tr(
            "Inhabitants per origin (e.g. pop2022); without it each origin counts as 1. "
            "Null or NaN counts as 0 (logged); negative or infinite values stop the run."
        ),
    )


def add_zone_parameters(alg) -> None:
    """ZONES (optional polygons) and ZONE_ID_FIELD."""
    tr = alg.tr
    alg.add(
        QgsProcessingParameterFeatureSource(
            ZONES,
            tr("Zones to summarise by (kommuner, tettsteder)"),
            [QgsProcessing.TypeVectorPolygon],
            optional=True,
        ),
        tr("Optional polygons; each origin counts in the zone its point lies in."),
    )
    alg.add(
        QgsProcessingParameterField(
            ZONE_ID_FIELD, tr("Zone id field"), parentLayerParameterName=ZONES, optional=True
        ),
        tr(
            "Field naming each zone (e.g. kommunenummer); without it the feature id. "
            "Duplicate or missing ids stop the run."
        ),
    )


def add_cutoff(alg, default: float, help_text: str, name: str = CUTOFF, label: str = "") -> None:
    """A cut-off of 1-600 minutes (kilometres on a distance network)."""
    alg.add(
        QgsProcessingParameterNumber(
            name,
            label or alg.tr("Cut-off (minutes; km on a distance network)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=default,
            minValue=MIN_CUTOFF_MIN,
            maxValue=MAX_CUTOFF_MIN,
        ),
        help_text,
    )


def add_text(alg, name: str, label: str, default: str, help_text: str, advanced=False) -> None:
    alg.add(
        QgsProcessingParameterString(name, label, defaultValue=default, optional=True),
        help_text,
        advanced=advanced,
    )


def in_unit(setup: nw.NetworkSetup, minutes_or_km: float) -> float:
    """A cut-off or threshold given in minutes (time) or kilometres (distance) in the
    network's unit."""
    return float(minutes_or_km) if setup.unit == "min" else float(minutes_or_km) * 1000.0


def cutoff(alg, parameters, context, name: str = CUTOFF) -> float:
    """The cut-off, refused outside 1-600 (also when the range check was bypassed)."""
    return check_cutoff(alg.parameterAsDouble(parameters, name, context), name)


def thresholds(alg, parameters, name: str, context) -> list[float]:
    """Thresholds as text (e.g. '15, 30, 60'): positive, finite, at most 600."""
    text = alg.parameterAsString(parameters, name, context) or ""
    return nw.parse_numbers(alg, text, name, ceiling=MAX_CUTOFF_MIN)


def read_origins(alg, parameters, context, feedback, crs):
    """(LayerData, ids, population) of ORIGINS (population 1 each without a field)."""
    pop_field = alg.parameterAsString(parameters, POPULATION_FIELD, context)
    id_field = alg.parameterAsString(parameters, ORIGIN_ID_FIELD, context)
    fields = list(dict.fromkeys(f for f in (id_field, pop_field) if f))
    data = alg.read(parameters, ORIGINS, context, feedback, fields=fields, target_crs=crs)
    pop = (
        layers.count_column(data, pop_field, POPULATION_FIELD, feedback)
        if pop_field
        else np.ones(len(data))
    )
    return data, nw.ids_of(data, id_field, ORIGIN_ID_FIELD), pop


def read_zones(alg, parameters, context, feedback, crs, origins):
    """(zone LayerData or None, zone ids, zone index per origin)."""
    if alg.parameterAsSource(parameters, ZONES, context) is None:
        return None, np.empty(0, dtype=object), np.full(len(origins), -1, dtype=np.int64)
    field = alg.parameterAsString(parameters, ZONE_ID_FIELD, context)
    zones = alg.read(
        parameters, ZONES, context, feedback, fields=[field] if field else [], target_crs=crs
    )
    ids = nw.ids_of(zones, field, ZONE_ID_FIELD)
    zone = zone_of_points(origins.geometry, zones.geometry)
    outside = int((zone < 0).sum())
    if outside:
        feedback.pushWarning(
            alg.tr(
                "{}: {} of {} origin(s) lie in no zone of {}; they count only in the "
                "row for all origins."
            ).format(ORIGINS, outside, len(zone), ZONES)
        )
    return zones, ids, zone


def kinds_of(alg, data, field: str, param: str, layer_param: str, wanted_text: str = ""):
    """(kind names, kind per feature as text or None) of a destination layer.

    Without a field every feature is of the one kind 'all'. A feature without a kind
    stops the run naming the field, unless KINDS lists the kinds wanted (the others,
    and features without a kind, are then left out and counted). Kinds asked for
    that no feature has are kept (a summary row says so)."""
    if not field:
        kinds = np.full(len(data), ALL_KINDS, dtype=object)
    else:
        keys = layers.class_column(data, field)
        kinds = np.array([None if k is None else str(k) for k in keys], dtype=object)
    wanted = [w.strip() for w in (wanted_text or "").replace(";", ",").split(",") if w.strip()]
    missing = np.array([k is None for k in kinds], bool)
    if wanted:
        return wanted, kinds
    if missing.any():
        fids = ", ".join(str(f) for f in data.fids[missing][:10])
        raise InputError(
            alg.tr(
                "{}: {} of {} feature(s) have no kind in the field '{}' (feature ids {}); "
                "give each a kind, list the kinds wanted (the others are left out), or "
                "leave {} empty to take every feature as one kind 'all'."
            ).format(layer_param, int(missing.sum()), len(data), field, fids, param)
        )
    return sorted(set(kinds.tolist()), key=str), kinds


def origin_wkb(data):
    """The output geometry type of an origin (or destination) layer."""
    if data.kind == "polygon":
        return QgsWkbTypes.MultiPolygon
    single = bool(np.all(shapely.get_type_id(data.geometry) == 0))
    return QgsWkbTypes.Point if single else QgsWkbTypes.MultiPoint


def origin_table(o_ids, pop, zones, z_ids, zone) -> dict:
    """The columns every per-origin output starts with: origin_id, population and, with
    ZONES, the zone_id of each origin (empty outside every zone)."""
    table = {"origin_id": o_ids, "population": pop}
    if zones is not None:
        table["zone_id"] = np.where(zone >= 0, z_ids[np.maximum(zone, 0)], None)
    return table


def attach_origins(alg, setup, origins, feedback, progress):
    """ORIGINS on the network; those beyond MAX_SNAP are kept unattached and counted."""
    return nw.attach(alg, setup, origins, ORIGINS, feedback, required=False, progress=progress)


def attach_pair(alg, setup, origins, dests, dest_param, pop, feedback, at):
    """(origin, destination) attachments with the parts of the network they lie in
    reported; ``at`` = (start, middle, end) percentages of the progress bar."""
    o_att = attach_origins(alg, setup, origins, feedback, alg.progress(feedback, at[0], at[1]))
    d_att = nw.attach(
        alg, setup, dests, dest_param, feedback, progress=alg.progress(feedback, at[1], at[2])
    )
    nw.report_parts(alg, setup, feedback, d_att, dest_param, o_att, ORIGINS, pop)
    return o_att, d_att


def write_origins(alg, parameters, name, context, table, origins, crs, feedback):
    """A per-origin table written with the origins' own geometry."""
    return alg.write(
        parameters,
        name,
        context,
        pd.DataFrame(table),
        origins.geometry,
        crs,
        origin_wkb(origins),
        feedback,
    )


def kind_members(alg, d_kind, kinds, layer_param: str, feedback) -> list[np.ndarray]:
    """One mask per wanted kind over the destinations; those of no wanted kind are left
    out with a counted log line."""
    kind_of = pd.Series(d_kind, dtype=object)
    left_out = ~kind_of.isin(kinds).to_numpy()
    if left_out.any():
        feedback.pushWarning(
            alg.tr(
                "{}: {} of {} destination(s) are of none of the kinds wanted ({}) and are left out."
            ).format(layer_param, int(left_out.sum()), len(kind_of), ", ".join(kinds))
        )
    return [(kind_of == k).to_numpy() for k in kinds]
