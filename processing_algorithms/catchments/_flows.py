"""Parameters and reading shared by the commuting algorithms (commutingshed,
commutingregions): a flow table, and area polygons matched to it by id.

Not an algorithm module (the leading underscore keeps the provider from scanning it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from smaaby_plugin import layers
from smaaby_plugin.core.catchments.flows import Flows, prepare_flows
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.values import check_ids

__all__ = ["FlowInputs", "define_flow_parameters", "read_flow_inputs"]

FLOWS = "FLOWS"
HOME_FIELD = "HOME_FIELD"
WORK_FIELD = "WORK_FIELD"
COUNT_FIELD = "COUNT_FIELD"
AREAS = "AREAS"
AREA_ID_FIELD = "AREA_ID_FIELD"
AREA_NAME_FIELD = "AREA_NAME_FIELD"


@dataclass
class FlowInputs:
    """The flows and the areas, with ids normalised the same way."""

    flows: Flows
    areas: layers.LayerData
    area_ids: np.ndarray  # normalised id per AREAS feature
    area_names: list | None  # name per AREAS feature, or None without AREA_NAME_FIELD
    missing: list  # flow area ids that no AREAS feature has


def define_flow_parameters(alg) -> None:
    """Add FLOWS, HOME_FIELD, WORK_FIELD, COUNT_FIELD, AREAS, AREA_ID_FIELD and
    AREA_NAME_FIELD to an algorithm."""
    tr = alg.tr
    alg.add(
        QgsProcessingParameterFeatureSource(
            FLOWS, tr("Commuting flows (table or layer)"), [QgsProcessing.TypeVector]
        ),
        tr(
            "One row per home area and work area with the number of employed persons "
            "(pendlingsstrømmer), e.g. SSB table 03321 by kommune. Rows with the same home "
            "and work area are added up; the row with home = work (living and working in the "
            "same area) must be included."
        ),
    )
    alg.add(
        QgsProcessingParameterField(
            HOME_FIELD, tr("Home area field (bosted)"), parentLayerParameterName=FLOWS
        ),
        tr(
            "Id of the area where the employed persons live. Numbers and text are matched "
            "after zero-padding (301 = '0301')."
        ),
    )
    alg.add(
        QgsProcessingParameterField(
            WORK_FIELD, tr("Work area field (arbeidssted)"), parentLayerParameterName=FLOWS
        ),
        tr("Id of the area where they work, in the same coding as the home area."),
    )
    alg.add(
        QgsProcessingParameterField(
            COUNT_FIELD,
            tr("Count field (employed persons)"),
            parentLayerParameterName=FLOWS,
            type=QgsProcessingParameterField.Numeric,
        ),
        tr(
            "Number of employed persons (sysselsatte) living in the home area and working in "
            "the work area. Null or NaN counts count as 0 (logged); negative, infinite or "
            "absurd (above 10 million) counts stop the run."
        ),
    )
    alg.add(
        QgsProcessingParameterFeatureSource(
            AREAS, tr("Areas (polygons)"), [QgsProcessing.TypeVectorPolygon]
        ),
        tr(
            "Polygons of the areas the flows refer to (kommuner, grunnkretser). Geographic "
            "layers are reprojected to UTM for the output."
        ),
    )
    alg.add(
        QgsProcessingParameterField(
            AREA_ID_FIELD, tr("Area id field"), parentLayerParameterName=AREAS
        ),
        tr(
            "Field with the area id used in the flows (e.g. kommunenummer; integers are "
            "zero-padded to match text codes such as '0301')."
        ),
    )
    alg.add(
        QgsProcessingParameterField(
            AREA_NAME_FIELD, tr("Area name field"), parentLayerParameterName=AREAS, optional=True
        ),
        tr("Optional field with the area's name (e.g. kommunenavn), copied to the outputs."),
    )


def read_flow_inputs(alg, parameters, context, feedback) -> FlowInputs:
    """Read the flow table and the area polygons once and match their ids."""
    home_field = alg.parameterAsString(parameters, HOME_FIELD, context)
    work_field = alg.parameterAsString(parameters, WORK_FIELD, context)
    count_field = alg.parameterAsString(parameters, COUNT_FIELD, context)
    # a table: every row counts, whatever geometry (or CRS) a flow layer may have
    table = alg.read(
        parameters,
        FLOWS,
        context,
        feedback,
        fields=[home_field, work_field, count_field],
        geometry=False,
    )
    counts = layers.numeric_column(table, count_field, COUNT_FIELD, allow_text=True)
    # the one count policy: negative, infinite or absurd counts stop the run with the
    # feature ids, and missing ones are reported (prepare_flows leaves them out, which
    # adds up to the same as counting them as 0)
    layers.count_column(table, count_field, COUNT_FIELD, feedback, allow_text=True)
    id_field = alg.parameterAsString(parameters, AREA_ID_FIELD, context)
    name_field = alg.parameterAsString(parameters, AREA_NAME_FIELD, context) or None
    areas = alg.read(
        parameters,
        AREAS,
        context,
        feedback,
        fields=[id_field] + ([name_field] if name_field else []),
    )
    flows, area_ids = prepare_flows(
        table.attributes[home_field].tolist(),
        table.attributes[work_field].tolist(),
        counts,
        extra_ids=areas.attributes[id_field].tolist(),
    )
    if flows.ids.size == 0:
        raise InputError(
            alg.tr("FLOWS has no rows with a count; choose the flow table and its count field.")
        )
    # one polygon per area (ids compared after zero-padding, so 301 and '0301' repeat):
    # a second polygon would be dissolved into the region or shed unseen
    check_ids(
        [a for a in area_ids if a is not None], f"{AREA_ID_FIELD}: field '{id_field}' of AREAS"
    )
    n_null_ids = sum(a is None for a in area_ids)
    if n_null_ids:
        feedback.pushWarning(
            alg.tr("AREAS: {} feature(s) have no id and match no flow.").format(n_null_ids)
        )
    known = {a for a in area_ids if a is not None}
    missing = [a for a in flows.ids if a not in known]
    if missing:
        residents, jobs = flows.residents, flows.jobs
        listing = ", ".join(
            alg.tr("{} ({:g} employed residents, {:g} jobs)").format(
                a, residents[flows.index_of(a)], jobs[flows.index_of(a)]
            )
            for a in missing[:30]
        )
        more = alg.tr(" and {} more").format(len(missing) - 30) if len(missing) > 30 else ""
        feedback.pushWarning(
            alg.tr(
                "FLOWS names {} area(s) missing from AREAS: {}{}. They take part in the "
                "computation but have no polygon; check that both use the same coding and "
                "year."
            ).format(len(missing), listing, more)
        )
    unmatched = len(known - set(flows.ids))
    if unmatched:
        feedback.pushInfo(alg.tr("{} area(s) of AREAS have no flows.").format(unmatched))
    if not (known & set(flows.ids)):
        raise InputError(
            alg.tr(
                "No id of AREAS ({}, e.g. {}) matches an area of FLOWS (e.g. {}); choose the "
                "matching id fields."
            ).format(id_field, next(iter(sorted(known)), "none"), flows.ids[0])
        )
    names = None
    if name_field:
        names = list(layers.text_column(areas, name_field))
    return FlowInputs(flows, areas, area_ids, names, missing)
