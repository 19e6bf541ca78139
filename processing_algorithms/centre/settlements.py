"""smaaby:settlements: SSB tettsted rules on building or address points (core.settlements)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from smaaby_plugin import layers
from smaaby_plugin.core.centre.settlements import (
    MAX_GAP,
    MIN_RESIDENTS,
    SATELLITE_DISTANCE,
    SATELLITE_MIN_BUILDINGS,
    delineate_settlements,
)
from smaaby_plugin.core.polygons import representative_points
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm


class Settlements(SmaabyAlgorithm):
    ALG_ID = "settlements"
    DISPLAY_NAME = "Settlements (tettsteder) from buildings"
    TAGS = "tettsted, settlement, urban area, SSB, buildings, addresses, bosetting"
    HELP = (
        "Delineates settlements (tettsteder) from building or address points by the rules "
        "of Statistics Norway (SSB, 'Tettsteder', ssb.no/a/kortnavn/beftett): a cluster of "
        "houses is a settlement when at least 200 people live there and the houses are "
        "normally at most 50 m apart; satellite clusters of at least 5 buildings at most "
        "400 m from the core belong to it.\n\n"
        "SSB does not publish its GIS procedure. This algorithm does:\n"
        "1. Points at the same position count as one building (their residents are "
        "summed). Building polygons count at their centroid.\n"
        "2. Single linkage: buildings joined by a chain of steps of at most MAX_GAP "
        "metres form a cluster (exactly MAX_GAP joins).\n"
        "3. A cluster with at least MIN_RESIDENTS residents of its own is a core.\n"
        "4. Every other cluster with at least SATELLITE_MIN_BUILDINGS buildings whose "
        "nearest building lies at most SATELLITE_DISTANCE from a building of a core joins "
        "the nearest core (satellites are not chained to satellites).\n"
        "5. Outline: each building is a disc of radius MAX_GAP/2; the discs of a "
        "settlement are dissolved and closed (buffer +MAX_GAP, dissolve, buffer "
        "-MAX_GAP/2), so two buildings MAX_GAP apart give one polygon and narrow gaps are "
        "filled. A settlement with satellites is a multipolygon.\n"
        "SSB's discretionary larger gaps across parks, rivers, farmland and industry are "
        "not modelled, so a town cut by a river may come out as several settlements.\n\n"
        "Residents: from RESIDENTS_FIELD, or, without it, PERSONS_PER_ADDRESS for every "
        "point (address points carry no residents; use the kommune's population divided by "
        "its number of addresses; Elverum 2019: about 1.95).\n\n"
        "Output: settlement polygons with settlement_id (1 = most residents), residents, "
        "buildings (distinct positions), points, satellites and area (m², daa). "
        "OUTPUT_POINTS (optional): every input point with its settlement_id (0 = outside) "
        "and role (core, satellite). Distances in metres.\n\n"
        "Bad input: features without geometry are skipped and invalid ones repaired (both "
        "logged); when no cluster reaches MIN_RESIDENTS the output is empty and the log "
        "gives the largest cluster's residents.\n"
        "Missing values: a null or NaN residents value counts as 0 (the log says how "
        "many); text, negative, infinite or absurd values (above 10,000,000 for one "
        "point) stop the run.\n"
        "CRS: distances are computed in the layer's projected CRS, or the UTM zone of the "
        "data when it is geographic or Web Mercator; a layer without a CRS stops the run."
    )

    BUILDINGS = "BUILDINGS"
    RESIDENTS_FIELD = "RESIDENTS_FIELD"
    PERSONS_PER_ADDRESS = "PERSONS_PER_ADDRESS"
    MAX_GAP = "MAX_GAP"
    MIN_RESIDENTS = "MIN_RESIDENTS"
    SATELLITE_DISTANCE = "SATELLITE_DISTANCE"
    SATELLITE_MIN_BUILDINGS = "SATELLITE_MIN_BUILDINGS"
    OUTPUT = "OUTPUT"
    OUTPUT_POINTS = "OUTPUT_POINTS"

    def define(self, config):
        self.add(
            QgsProcessingParameterFeatureSource(
                self.BUILDINGS,
                self.tr("Buildings or addresses"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
            ),
            self.tr(
                "Building points (bygningspunkt), building footprints (counted at their "
                "centroid) or address points (adresser)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.RESIDENTS_FIELD,
                self.tr("Residents field"),
                parentLayerParameterName=self.BUILDINGS,
                optional=True,
            ),
            self.tr(
                "Numeric field with the residents (bosatte) per building; 0 for "
                "non-residential buildings. Without it every point gets "
                "PERSONS_PER_ADDRESS residents."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.PERSONS_PER_ADDRESS,
                self.tr("Persons per point without a residents field"),
                QgsProcessingParameterNumber.Double,
                defaultValue=2.0,
                minValue=0.0,
                maxValue=1000.0,
            ),
            self.tr(
                "Residents given to every point when no residents field is chosen "
                "(an assumption: e.g. the kommune's population divided by its number of "
                "address points)."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_GAP,
                self.tr("Largest gap between buildings (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=MAX_GAP,
                minValue=0.01,
                maxValue=1000.0,
            ),
            self.tr("SSB: the distance between houses is normally at most 50 m."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_RESIDENTS,
                self.tr("Fewest residents of a settlement"),
                QgsProcessingParameterNumber.Double,
                defaultValue=MIN_RESIDENTS,
                minValue=0.0,
                maxValue=1e7,
            ),
            self.tr("SSB: at least 200 residents (counted in the core, without satellites)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.SATELLITE_DISTANCE,
                self.tr("Largest distance of a satellite (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=SATELLITE_DISTANCE,
                minValue=0.01,
                maxValue=10000.0,
            ),
            self.tr(
                "SSB: satellite clusters at most 400 m from the core belong to the "
                "settlement (building-to-building distance here)."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.SATELLITE_MIN_BUILDINGS,
                self.tr("Fewest buildings of a satellite"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=SATELLITE_MIN_BUILDINGS,
                minValue=1,
                maxValue=100000,
            ),
            self.tr("SSB: a satellite has at least 5 residential or business buildings."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Settlements"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr("Settlement polygons with residents, buildings, points, satellites and area."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_POINTS,
                self.tr("Points with their settlement"),
                QgsProcessing.TypeVectorPoint,
                optional=True,
                createByDefault=False,
            ),
            self.tr("The input points with settlement_id (0 = outside) and role."),
        )

    def compute(self, parameters, context, feedback):
        field = self.parameterAsString(parameters, self.RESIDENTS_FIELD, context) or None
        data = self.read(
            parameters, self.BUILDINGS, context, feedback, fields=[field] if field else []
        )
        if field:
            residents = layers.count_column(data, field, self.RESIDENTS_FIELD, feedback)
        else:
            per_point = self.parameterAsDouble(parameters, self.PERSONS_PER_ADDRESS, context)
            residents = np.full(len(data), per_point)
            feedback.pushInfo(
                self.tr("No residents field: every point counts {} resident(s).").format(per_point)
            )
        feedback.setProgress(20)
        xy = representative_points(data.geometry)
        max_gap = self.parameterAsDouble(parameters, self.MAX_GAP, context)
        min_residents = self.parameterAsDouble(parameters, self.MIN_RESIDENTS, context)
        result = delineate_settlements(
            xy,
            residents,
            max_gap=max_gap,
            min_residents=min_residents,
            satellite_distance=self.parameterAsDouble(parameters, self.SATELLITE_DISTANCE, context),
            satellite_min_buildings=self.parameterAsInt(
                parameters, self.SATELLITE_MIN_BUILDINGS, context
            ),
        )
        self.check_cancel(feedback)
        feedback.setProgress(80)
        table = result.table.copy()
        table["area_daa"] = table["area_m2"] / 1000.0
        inside = result.point_settlement > 0
        feedback.pushInfo(
            self.tr(
                "{} settlement(s); {} of {} points ({:.1f} %) inside, {:.0f} of {:.0f} residents."
            ).format(
                len(table),
                int(inside.sum()),
                len(inside),
                100.0 * inside.mean() if len(inside) else 0.0,
                float(residents[inside].sum()),
                float(residents.sum()),
            )
        )
        if not len(table):
            feedback.pushWarning(
                self.tr(
                    "No settlement: no cluster of points at most {} m apart has {:g} "
                    "residents (the largest has {:g}). Check the residents field or "
                    "PERSONS_PER_ADDRESS, and MAX_GAP."
                ).format(f"{max_gap:g}", min_residents, result.largest_cluster)
            )
        dest = self.write(
            parameters,
            self.OUTPUT,
            context,
            table,
            result.geometry,
            data.crs,
            QgsWkbTypes.MultiPolygon,
            feedback,
        )
        results = {self.OUTPUT: dest}
        points = pd.DataFrame(
            {
                "src_fid": data.fids,
                "settlement_id": result.point_settlement,
                "role": result.point_role.astype(str),
            }
        )
        dest_points = self.write(
            parameters,
            self.OUTPUT_POINTS,
            context,
            points,
            shapely.points(xy),
            data.crs,
            QgsWkbTypes.Point,
            feedback,
        )
        if dest_points is not None:
            results[self.OUTPUT_POINTS] = dest_points
        feedback.setProgress(100)
        return results
