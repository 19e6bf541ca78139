"""smaaby:odmatrix: network cost from every origin to every (or the K nearest)
destination. Thin adapter to core.catchments.network.Network.od_matrix and
core.catchments.od_matrix.

Progress: reading and building the network 0-15 %, reading the points 15-20 %,
attaching them 20-25 %, the searches 25-70 %, the table and writing 70-100 %."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from smaaby_plugin.core.catchments.od_matrix import od_lines
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _network as nw

#: Largest table written without K or MAX_COST (rows).
MAX_ROWS = 5_000_000


class OdMatrix(SmaabyAlgorithm):
    ALG_ID = "odmatrix"
    DISPLAY_NAME = "Origin-destination cost matrix (network)"
    TAGS = (
        "OD matrix, origin destination, cost matrix, reisetid, avstand, network, "
        "vegnett, nearest, K nearest, accessibility, tilgjengelighet"
    )
    HELP = (
        "The network cost from each origin to each destination, as a long table (one row "
        "per pair), optionally only the K cheapest destinations per origin and only pairs "
        "within MAX_COST, and optionally as straight lines from origin to destination.\n\n"
        "Method: origins and destinations are attached to the nearest link at their "
        "projected positions (polygons by a point inside them); the straight legs to the "
        "network cost their length, or minutes at the speed off the network, at both ends. "
        "Dijkstra's algorithm (Dijkstra 1959; scipy.sparse.csgraph) runs once per point of "
        "the smaller side: from each origin, or from each destination on the reversed "
        "network, which gives the same costs on one-way links.\n\n"
        "Output: origin_id, destination_id, cost (minutes for travel time, metres for "
        "distance), rank (1 = cheapest destination of that origin; ties by destination "
        "order), straight_m (straight distance). Pairs without a path are left out.\n\n"
        "Bad input: points farther than MAX_SNAP from the network are left out and "
        "reported, with how far they lie outside the network's extent; the run stops when "
        "no origin or no destination reaches the network, or all lie 50 km or more from it "
        "(a CRS or extent mistake). Origins in a part of the network without destinations "
        "are counted in the log. Zero-length and degenerate links are dropped (counted). A "
        "table of more than 5 million rows without K or MAX_COST stops the run with "
        "advice.\n\n"
        "Ids: duplicate or missing origin or destination ids stop the run. CRS: all inputs "
        "are computed in the network's projected CRS, or the UTM zone of the data when it "
        "is geographic or Web Mercator; a layer without a CRS stops the run."
    )

    ORIGINS = "ORIGINS"
    ORIGIN_ID_FIELD = "ORIGIN_ID_FIELD"
    DESTINATIONS = "DESTINATIONS"
    DESTINATION_ID_FIELD = "DESTINATION_ID_FIELD"
    K = "K"
    MAX_COST = "MAX_COST"
    LINES = "LINES"
    OUTPUT = "OUTPUT"

    def define(self, config):
        kinds = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        self.add(
            QgsProcessingParameterFeatureSource(self.ORIGINS, self.tr("Origins"), kinds),
            self.tr(
                "Where trips start (homes, population cells); a polygon counts by a "
                "point inside it."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.ORIGIN_ID_FIELD,
                self.tr("Origin id field"),
                parentLayerParameterName=self.ORIGINS,
                optional=True,
            ),
            self.tr(
                "Field naming each origin; without it the feature id is used. Duplicate or "
                "missing ids stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.DESTINATIONS, self.tr("Destinations"), kinds),
            self.tr("Where trips end (centres, schools, stations)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.DESTINATION_ID_FIELD,
                self.tr("Destination id field"),
                parentLayerParameterName=self.DESTINATIONS,
                optional=True,
            ),
            self.tr(
                "Field naming each destination; without it the feature id is used. "
                "Duplicate or missing ids stop the run."
            ),
        )
        nw.add_network_parameters(self)
        self.add(
            QgsProcessingParameterNumber(
                self.K,
                self.tr("Nearest destinations per origin (0 = all)"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=0,
                minValue=0,
                maxValue=1_000_000,
            ),
            self.tr("Keep only the K cheapest destinations of each origin; 0 keeps all."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_COST,
                self.tr("Largest cost (0 = no limit)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=nw.MAX_COST_VALUE,
            ),
            self.tr("Leave out pairs that cost more (minutes or metres); 0 = no limit."),
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.LINES, self.tr("Add straight lines"), defaultValue=False
            ),
            self.tr(
                "Write each pair as a straight line from origin to destination (for "
                "maps); otherwise a table without geometry."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("OD matrix"), QgsProcessing.TypeVector
            ),
            self.tr("origin_id, destination_id, cost, rank, straight_m."),
        )

    def compute(self, parameters, context, feedback):
        crs = nw.working_crs(self, parameters, context, feedback, [self.ORIGINS, self.DESTINATIONS])
        setup = nw.read_network(
            self, parameters, context, feedback, crs, progress=self.progress(feedback, 0, 15)
        )
        origins, o_ids = nw.read_with_ids(
            self, parameters, self.ORIGINS, self.ORIGIN_ID_FIELD, context, feedback, crs
        )
        dests, d_ids = nw.read_with_ids(
            self, parameters, self.DESTINATIONS, self.DESTINATION_ID_FIELD, context, feedback, crs
        )
        k = self.parameterAsInt(parameters, self.K, context) or None
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context)
        limit = max_cost if max_cost > 0 else None
        if k is None and limit is None and len(origins) * len(dests) > MAX_ROWS:
            raise InputError(
                self.tr(
                    "{:,} origins x {:,} destinations would give {:,} rows; set K (nearest "
                    "destinations) or MAX_COST to keep the table manageable."
                ).format(len(origins), len(dests), len(origins) * len(dests))
            )
        o_att = nw.attach(
            self, setup, origins, self.ORIGINS, feedback, progress=self.progress(feedback, 20, 22)
        )
        d_att = nw.attach(
            self,
            setup,
            dests,
            self.DESTINATIONS,
            feedback,
            progress=self.progress(feedback, 22, 25),
        )
        nw.report_parts(self, setup, feedback, d_att, self.DESTINATIONS, o_att, self.ORIGINS)
        od = setup.net.od_matrix(
            o_att, d_att, limit=limit, k=k, progress=self.progress(feedback, 25, 70)
        )
        o = od["origin"].to_numpy()
        d = od["destination"].to_numpy()
        first = np.r_[True, o[1:] != o[:-1]] if len(o) else np.empty(0, bool)
        start = np.maximum.accumulate(np.where(first, np.arange(len(o)), 0)) if len(o) else o
        lines, straight = od_lines(origins.geometry, dests.geometry, o, d)
        table = pd.DataFrame(
            {
                "origin_id": o_ids[o],
                "destination_id": d_ids[d],
                "cost": od["cost"].to_numpy(),
                "cost_unit": nw.cost_label(setup.unit),
                "rank": (np.arange(len(o)) - start + 1).astype(np.int64),
                "straight_m": straight,
            }
        )
        with_lines = self.parameterAsBoolean(parameters, self.LINES, context)
        self.check_cancel(feedback)
        feedback.setProgress(75)
        dest = self.write(
            parameters,
            self.OUTPUT,
            context,
            table,
            lines if with_lines else None,
            crs,
            QgsWkbTypes.LineString if with_lines else QgsWkbTypes.NoGeometry,
            feedback,
        )
        no_dest = int(len(np.setdiff1d(np.flatnonzero(o_att.attached), o)))
        if no_dest:
            feedback.pushWarning(self.tr("{} origin(s) reach no destination.").format(no_dest))
        feedback.pushInfo(self.tr("{:,} origin-destination pairs written.").format(len(table)))
        feedback.setProgress(100)
        return {self.OUTPUT: dest}
