"""smaaby:catchmentallocation: every demand feature to its nearest centre along the
network, non-overlapping catchments with population and cost. Thin adapter to
core.catchments.network.Network.nearest_source and core.catchments.catchment_allocation.

Progress: reading and building the network 0-15 %, reading the centres and the demand
15-20 %, attaching them 20-40 %, the search 40-60 %, writing the demand 60-70 %, the
catchment polygons 70-85 %, writing them and the summary 85-100 %."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from smaaby_plugin.core.catchments import network as core
from smaaby_plugin.core.catchments.catchment_allocation import (
    allocation_summary,
    catchment_polygons,
)
from smaaby_plugin.core.polygons import to_unit
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _network as nw


class CatchmentAllocation(SmaabyAlgorithm):
    ALG_ID = "catchmentallocation"
    DISPLAY_NAME = "Nearest-centre catchments (network)"
    TAGS = (
        "catchment, omland, allocation, nearest centre, nærmeste senter, network, "
        "vegnett, travel time, reisetid, population, befolkning, location-allocation"
    )
    HELP = (
        "Allocates every demand feature (SSB 250 m population cells, grunnkretser, "
        "addresses) to the centre it reaches at the lowest network cost, and gives each "
        "centre a non-overlapping catchment (omland) with its population and costs.\n\n"
        "Method: centres and demand are attached to the nearest link at their projected "
        "positions (polygons by a point inside them); the straight leg to the network "
        "costs its length, or minutes at the speed off the network. One multi-source "
        "Dijkstra search (Dijkstra 1959; scipy.sparse.csgraph, min_only) from all centres "
        "together gives each demand feature its cheapest centre and cost on the directed "
        "network. Exact ties go to the centre that comes first in CENTRES.\n\n"
        "Catchment polygons: for polygon demand, the demand polygons allocated to the "
        "centre, dissolved; for point demand, each point's Voronoi cell (the area nearer to "
        "it than to any other demand point) within POINT_RADIUS, dissolved. They do not "
        "overlap (when the demand polygons do not). Their population adds up to all "
        "allocated population.\n\n"
        "Outputs: OUTPUT_DEMAND, each demand feature with centre_id, cost, status "
        "(allocated; beyond max cost; no path to a centre, e.g. in a part of the network "
        "without one; too far from the network) and access_m (metres to the network); "
        "OUTPUT_CATCHMENTS, one polygon per centre with n_features, population, share of "
        "the allocated population, area_km2, area_daa, mean_cost and median_cost "
        "(population-weighted; the median is the cost within which half the population "
        "lives); OUTPUT_SUMMARY, a table with a row per centre and one per kind of "
        "unallocated demand, with features and population.\n\n"
        "Units: cost in minutes for travel time, metres for distance.\n\n"
        "Bad input: demand beyond MAX_COST, in a part of the network without a centre, or "
        "farther than MAX_SNAP from the network gets no centre and is counted in the log "
        "and the summary; the log also says how far features left out lie outside the "
        "network's extent, and the run stops when no centre reaches the network or all "
        "lie 50 km or more from it (a CRS or extent mistake). Zero-length and degenerate "
        "links are dropped (counted).\n\n"
        "Missing values: a null or NaN population counts as 0 (the log says how many); "
        "negative, infinite or absurd (above 10 million) values stop the run. Duplicate or "
        "missing centre ids stop the run. CRS: all inputs are computed in the network's "
        "projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; "
        "a layer without a CRS stops the run."
    )

    CENTRES = "CENTRES"
    CENTRE_ID_FIELD = "CENTRE_ID_FIELD"
    DEMAND = "DEMAND"
    POPULATION_FIELD = "POPULATION_FIELD"
    MAX_COST = "MAX_COST"
    POINT_RADIUS = "POINT_RADIUS"
    OUTPUT_DEMAND = "OUTPUT_DEMAND"
    OUTPUT_CATCHMENTS = "OUTPUT_CATCHMENTS"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def define(self, config):
        nw.add_centre_parameters(
            self, help_text=self.tr("The competing centres (town centres, service points).")
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.DEMAND,
                self.tr("Demand (points or polygons)"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
            ),
            self.tr(
                "Population cells (e.g. SSB 250 m), grunnkretser or addresses; a polygon "
                "counts by a point inside it."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field"),
                parentLayerParameterName=self.DEMAND,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr(
                "Inhabitants per demand feature (e.g. pop2019); without it each feature "
                "counts as 1. Null or NaN counts as 0 (logged); negative or infinite values "
                "stop the run."
            ),
        )
        nw.add_network_parameters(self)
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_COST,
                self.tr("Largest cost (0 = no limit)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=nw.MAX_COST_VALUE,
            ),
            self.tr(
                "Demand that costs more than this to reach its nearest centre (minutes "
                "or metres) gets no centre; 0 = no limit."
            ),
        )
        self.add(
            QgsProcessingParameterDistance(
                self.POINT_RADIUS,
                self.tr("Radius of catchment around demand points"),
                defaultValue=250.0,
                parentParameterName=nw.NETWORK,
                minValue=1.0,
                maxValue=10_000.0,
            ),
            self.tr(
                "For point demand only: each point's Voronoi cell is cut to this radius "
                "(metres, 1-10 000) before the cells are dissolved by centre."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_DEMAND,
                self.tr("Demand with nearest centre"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
            ),
            self.tr("Each demand feature with centre_id, cost, status and access_m."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CATCHMENTS,
                self.tr("Catchments"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
            ),
            self.tr(
                "One non-overlapping polygon per centre with population, share, area and "
                "mean and median cost."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY,
                self.tr("Allocation summary"),
                QgsProcessing.TypeVector,
                optional=True,
            ),
            self.tr("Features and population per centre and per kind of unallocated demand."),
        )

    def compute(self, parameters, context, feedback):
        crs = nw.working_crs(self, parameters, context, feedback, [self.CENTRES, self.DEMAND])
        setup = nw.read_network(
            self, parameters, context, feedback, crs, progress=self.progress(feedback, 0, 15)
        )
        centres, ids = nw.read_with_ids(
            self, parameters, self.CENTRES, self.CENTRE_ID_FIELD, context, feedback, crs
        )
        demand, pop = nw.read_population(
            self, parameters, self.DEMAND, self.POPULATION_FIELD, context, feedback, crs
        )
        c_att = nw.attach(
            self, setup, centres, self.CENTRES, feedback, progress=self.progress(feedback, 20, 21)
        )
        d_att = nw.attach(
            self,
            setup,
            demand,
            self.DEMAND,
            feedback,
            required=False,
            progress=self.progress(feedback, 21, 40),
        )
        nw.report_parts(self, setup, feedback, c_att, self.CENTRES, d_att, self.DEMAND, pop)
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context)
        alloc = setup.net.nearest_source(
            c_att,
            d_att,
            limit=max_cost if max_cost > 0 else None,
            progress=self.progress(feedback, 40, 60),
        )
        ok = alloc.status == core.ALLOCATED
        centre = np.where(ok, alloc.source, -1)
        unit = nw.cost_label(setup.unit)
        status_text = np.array([core.STATUS_NAMES[s] for s in range(4)], dtype=object)
        result = {}

        table = pd.DataFrame(
            {
                "src_fid": demand.fids,
                "population": pop,
                "centre_id": np.where(ok, ids[np.maximum(centre, 0)], None),
                "cost": np.where(ok, alloc.cost, np.nan),
                "cost_unit": unit,
                "status": status_text[alloc.status],
                "access_m": np.where(d_att.attached, d_att.distance, np.nan),
            }
        )
        self.check_cancel(feedback)
        if demand.kind == "polygon":
            wkb = QgsWkbTypes.MultiPolygon
        else:
            single = bool(np.all(shapely.get_type_id(demand.geometry) == 0))
            wkb = QgsWkbTypes.Point if single else QgsWkbTypes.MultiPoint
        result[self.OUTPUT_DEMAND] = self.write(
            parameters, self.OUTPUT_DEMAND, context, table, demand.geometry, crs, wkb, feedback
        )
        feedback.setProgress(70)

        n_c = len(centres)
        summary = allocation_summary(centre, alloc.cost, pop, n_c)
        if parameters.get(self.OUTPUT_CATCHMENTS) is not None:
            self.check_cancel(feedback)
            radius = self.parameterAsDouble(parameters, self.POINT_RADIUS, context)
            polys, area = catchment_polygons(
                core.as_points(demand.geometry) if demand.kind == "point" else demand.geometry,
                centre,
                n_c,
                point_radius=radius,
                progress=self.progress(feedback, 70, 85),
            )
            has = summary["n_features"].to_numpy() > 0
            out = pd.DataFrame(
                {
                    "centre_id": ids,
                    "n_features": summary["n_features"],
                    "population": summary["population"],
                    "share": summary["share"],
                    "area_km2": to_unit(area, "km2"),
                    "area_daa": to_unit(area, "daa"),
                    "mean_cost": summary["mean_cost"],
                    "median_cost": summary["median_cost"],
                    "cost_unit": unit,
                }
            )[has]
            self.check_cancel(feedback)
            result[self.OUTPUT_CATCHMENTS] = self.write(
                parameters,
                self.OUTPUT_CATCHMENTS,
                context,
                out,
                polys[has],
                crs,
                QgsWkbTypes.MultiPolygon,
                feedback,
            )
        feedback.setProgress(85)

        # per centre, then one row per kind of unallocated demand
        rows = pd.DataFrame(
            {
                "category": "centre",
                "centre_id": ids,
                "n_features": summary["n_features"],
                "population": summary["population"],
                "mean_cost": summary["mean_cost"],
                "median_cost": summary["median_cost"],
            }
        )
        total = float(pop.sum())
        for code in (core.BEYOND_LIMIT, core.NO_PATH, core.UNATTACHED):
            sel = alloc.status == code
            rows.loc[len(rows)] = [
                status_text[code],
                None,
                int(sel.sum()),
                float(pop[sel].sum()),
                np.nan,
                np.nan,
            ]
            if sel.any():
                feedback.pushWarning(
                    self.tr("{:,} demand feature(s) with {:,.0f} inhabitants: {}.").format(
                        int(sel.sum()), float(pop[sel].sum()), status_text[code]
                    )
                )
        rows["share_of_all"] = rows["population"] / total if total > 0 else np.nan
        rows["n_features"] = rows["n_features"].astype(np.int64)
        self.check_cancel(feedback)
        result[self.OUTPUT_SUMMARY] = self.write(
            parameters, self.OUTPUT_SUMMARY, context, rows, feedback=feedback
        )
        feedback.pushInfo(
            self.tr(
                "Allocated {:,} of {:,} demand features ({:,.0f} of {:,.0f} "
                "inhabitants) to {} centre(s)."
            ).format(
                int(ok.sum()),
                len(demand),
                float(pop[ok].sum()),
                total,
                int((summary["n_features"] > 0).sum()),
            )
        )
        feedback.setProgress(100)
        return result
