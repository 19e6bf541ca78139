"""smaaby:serviceaccess: travel cost from every origin to the nearest destination of each
kind, and its population-weighted summary per zone. Thin adapter to
core.catchments.service_access.

Progress: reading and building the network 0-15 %, reading and attaching 15-35 %, the
searches 35-80 %, the summary and writing 80-100 %."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from smaaby_plugin import layers
from smaaby_plugin.core.catchments import network as core
from smaaby_plugin.core.catchments.service_access import (
    access_columns,
    nearest_by_group,
    served_by,
    summary_table,
)
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _access as ac
from smaaby_plugin.processing_algorithms.catchments import _network as nw


class ServiceAccess(SmaabyAlgorithm):
    ALG_ID = "serviceaccess"
    DISPLAY_NAME = "Travel time to the nearest service of each kind (network)"
    TAGS = (
        "service access, travel time, reisetid, nearest, nærmeste, school, skole, GP, "
        "fastlege, hospital, sykehus, NAV, pharmacy, apotek, grocery, dagligvare, region, "
        "accessibility, tilgjengelighet, network, vegnett"
    )
    HELP = (
        "For every origin (SSB 250 m cells, grunnkretser, addresses) the network cost to "
        "the nearest destination of each kind (school levels, GP, hospital, NAV office, "
        "pharmacy, grocery) and which one it is; per zone (kommune, tettsted) the "
        "population-weighted mean, median and 90th percentile cost per kind and the share "
        "of the inhabitants within THRESHOLDS (default 15, 30, 60 minutes).\n\n"
        "Method: origins and destinations are attached to the nearest link at their "
        "projected positions (polygons by a point inside them); the straight legs to the "
        "network cost their length, or minutes at the speed off the network. One "
        "multi-source Dijkstra search (Dijkstra 1959; scipy.sparse.csgraph) per kind, from "
        "all destinations of that kind together on the reversed network, gives every "
        "origin its cost to the nearest one, on one-way links in the direction of travel "
        "from home to the service; exact ties go to the destination that comes first. "
        "Searches stop at CUTOFF (1-600 minutes, or km on a distance network).\n\n"
        "Outputs: OUTPUT, each origin with population, zone_id and per kind min_<kind> "
        "(cost, empty when unreached) and id_<kind> (the nearest destination); "
        "OUTPUT_SUMMARY, a table per zone and kind (and '(all)' for all origins): "
        "n_destinations, population, reached, unreached, mean (over the reached), median "
        "and p90 (the cost within which 50 % / 90 % of the population live, empty when "
        "that share is not reached), within_<t> (share 0-1 of the population within each "
        "threshold) and a note; OUTPUT_DESTINATIONS, each destination with n_origins and "
        "population for whom it is the nearest of its kind and, with CAPACITY_FIELD, "
        "population_per_capacity. Units: minutes for travel time, metres for distance.\n\n"
        "Bad input: without KIND_FIELD every destination is of one kind 'all'; a "
        "destination without a kind stops the run naming the field, unless KINDS lists "
        "the kinds wanted (the others are left out, counted). A kind without any "
        "destination gets summary rows saying so. Origins farther than MAX_SNAP from the "
        "network, beyond CUTOFF or in a part of the network without that kind are "
        "unreached: counted in the log and in the summary's population and unreached, "
        "never dropped. A CUTOFF below 1 or above 600 is refused.\n\n" + ac.MISSING_POLICY
    )

    DESTINATIONS = "DESTINATIONS"
    DESTINATION_ID_FIELD = "DESTINATION_ID_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    OUTPUT_DESTINATIONS = "OUTPUT_DESTINATIONS"
    KIND_FIELD = "KIND_FIELD"
    KINDS = "KINDS"
    THRESHOLDS = "THRESHOLDS"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def define(self, config):
        ac.add_origin_parameters(self)
        self.add(
            QgsProcessingParameterFeatureSource(
                self.DESTINATIONS, self.tr("Destinations (services)"), ac.POINTS_OR_POLYGONS
            ),
            self.tr("Schools, GPs, hospitals, NAV offices, shops; polygons by a point inside."),
        )
        self.add(
            QgsProcessingParameterField(
                self.KIND_FIELD,
                self.tr("Kind field"),
                parentLayerParameterName=self.DESTINATIONS,
                optional=True,
            ),
            self.tr(
                "Field with the kind of each destination (text or numbers, e.g. 'gp', "
                "'grocery'); without it all destinations are one kind 'all'."
            ),
        )
        ac.add_text(
            self,
            self.KINDS,
            self.tr("Kinds wanted (comma-separated; empty = every kind in the field)"),
            "",
            self.tr(
                "E.g. 'gp, hospital, grocery'. Destinations of other kinds or without a kind "
                "are left out (counted); a kind listed here without any destination gets "
                "summary rows saying so."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.DESTINATION_ID_FIELD,
                self.tr("Destination id field"),
                parentLayerParameterName=self.DESTINATIONS,
                optional=True,
            ),
            self.tr(
                "Field naming each destination in id_<kind>; without it the feature id. "
                "Duplicate or missing ids stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CAPACITY_FIELD,
                self.tr("Capacity field (optional)"),
                parentLayerParameterName=self.DESTINATIONS,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr(
                "Places, doctors, pupils per destination: OUTPUT_DESTINATIONS then gives the "
                "people for whom it is the nearest per unit of capacity. Null or NaN counts "
                "as 0 (logged); negative or infinite values stop the run."
            ),
        )
        nw.add_network_parameters(self)
        ac.add_cutoff(
            self,
            120.0,
            self.tr(
                "Searches stop here: origins farther from every destination of a kind are "
                "unreached for it (1-600 minutes, or kilometres on a distance network)."
            ),
        )
        ac.add_text(
            self,
            self.THRESHOLDS,
            self.tr("Thresholds for the shares (minutes; km on a distance network)"),
            "15, 30, 60",
            self.tr("The summary gives the share of the population within each (at most 600)."),
        )
        ac.add_zone_parameters(self)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Origins with cost per kind"),
                QgsProcessing.TypeVectorAnyGeometry,
            ),
            self.tr("Each origin with min_<kind> and id_<kind>."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY,
                self.tr("Service access summary"),
                QgsProcessing.TypeVector,
                optional=True,
            ),
            self.tr("Per zone and kind: mean, median, p90 and shares within the thresholds."),
        )

        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_DESTINATIONS,
                self.tr("Destinations with the people they are nearest for"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
            ),
            self.tr(
                "Each destination with its kind, n_origins and population for whom it is the "
                "nearest of its kind, and capacity and population_per_capacity."
            ),
        )

    def compute(self, parameters, context, feedback):
        crs = nw.working_crs(
            self, parameters, context, feedback, [ac.ORIGINS, self.DESTINATIONS, ac.ZONES]
        )
        limit_given = ac.cutoff(self, parameters, context)
        shares_at = ac.thresholds(self, parameters, self.THRESHOLDS, context)
        setup = nw.read_network(
            self, parameters, context, feedback, crs, progress=self.progress(feedback, 0, 15)
        )
        origins, o_ids, pop = ac.read_origins(self, parameters, context, feedback, crs)
        kind_field = self.parameterAsString(parameters, self.KIND_FIELD, context)
        capacity_field = self.parameterAsString(parameters, self.CAPACITY_FIELD, context)
        dests, d_ids = nw.read_with_ids(
            self,
            parameters,
            self.DESTINATIONS,
            self.DESTINATION_ID_FIELD,
            context,
            feedback,
            crs,
            fields=[f for f in (kind_field, capacity_field) if f],
        )
        capacity = (
            layers.count_column(dests, capacity_field, self.CAPACITY_FIELD, feedback)
            if capacity_field
            else None
        )
        kinds, d_kind = ac.kinds_of(
            self,
            dests,
            kind_field,
            self.KINDS,
            self.DESTINATIONS,
            self.parameterAsString(parameters, self.KINDS, context),
        )
        groups = ac.kind_members(self, d_kind, kinds, self.DESTINATIONS, feedback)
        zones, z_ids, zone = ac.read_zones(self, parameters, context, feedback, crs, origins)
        o_att, d_att = ac.attach_pair(
            self, setup, origins, dests, self.DESTINATIONS, pop, feedback, (15, 30, 35)
        )
        limit = ac.in_unit(setup, limit_given)
        res = nearest_by_group(
            setup.net, o_att, d_att, groups, limit=limit, progress=self.progress(feedback, 35, 80)
        )
        unit = nw.cost_label(setup.unit)
        table = ac.origin_table(o_ids, pop, zones, z_ids, zone)
        table.update(access_columns(res, kinds, d_ids))
        for k, kind in enumerate(kinds):
            ok = res.destination[:, k] >= 0
            n_dest = int(groups[k].sum())
            lost = ~ok
            if n_dest == 0:
                feedback.pushWarning(
                    self.tr(
                        "Kind '{}': no destination of this kind; every origin is unreached."
                    ).format(kind)
                )
            elif lost.any():
                parts = []
                why = {
                    core.BEYOND_LIMIT: self.tr(
                        "not reached within CUTOFF (or only against one-way links)"
                    ),
                    core.NO_PATH: self.tr("in a part of the network without one"),
                    core.UNATTACHED: self.tr("farther than MAX_SNAP from the network"),
                }
                for code, text in why.items():
                    sel = res.status[:, k] == code
                    if sel.any():
                        parts.append(
                            self.tr("{:,} {} ({:,.0f} people)").format(
                                int(sel.sum()), text, float(pop[sel].sum())
                            )
                        )
                feedback.pushWarning(
                    self.tr(
                        "Kind '{}': {:,} of {:,} origin(s) unreached within {:g} {}: {}."
                    ).format(kind, int(lost.sum()), len(pop), limit, unit, "; ".join(parts))
                )
        table["cost_unit"] = unit
        self.check_cancel(feedback)
        feedback.setProgress(80)
        result = {
            self.OUTPUT: ac.write_origins(
                self, parameters, self.OUTPUT, context, table, origins, crs, feedback
            )
        }
        if parameters.get(self.OUTPUT_SUMMARY) is not None:
            summary = summary_table(
                res.cost,
                pop,
                zone,
                z_ids,
                kinds,
                [ac.in_unit(setup, t) for t in shares_at],
                shares_at,
                [int(g.sum()) for g in groups],
                unit,
                self.tr("no destination of this kind"),
            )
            self.check_cancel(feedback)
            result[self.OUTPUT_SUMMARY] = self.write(
                parameters, self.OUTPUT_SUMMARY, context, summary, feedback=feedback
            )
        if parameters.get(self.OUTPUT_DESTINATIONS) is not None:
            n_served, served = served_by(res.destination, pop, len(dests))
            per_dest = pd.DataFrame(
                {
                    "destination_id": d_ids,
                    "kind": pd.Series(d_kind, dtype=object),
                    "n_origins": n_served,
                    "population": served,
                }
            )
            if capacity is not None:
                per_dest["capacity"] = capacity
                with np.errstate(invalid="ignore", divide="ignore"):
                    per_dest["population_per_capacity"] = np.where(
                        capacity > 0, served / np.where(capacity > 0, capacity, 1.0), np.nan
                    )
            self.check_cancel(feedback)
            result[self.OUTPUT_DESTINATIONS] = ac.write_origins(
                self, parameters, self.OUTPUT_DESTINATIONS, context, per_dest, dests, crs, feedback
            )
        reached = np.isfinite(res.cost)
        for k, kind in enumerate(kinds):
            if groups[k].any():
                feedback.pushInfo(
                    self.tr(
                        "Kind '{}' ({} destination(s)): {:,.0f} of {:,.0f} people reach one."
                    ).format(
                        kind,
                        int(groups[k].sum()),
                        float(pop[reached[:, k]].sum()),
                        float(pop.sum()),
                    )
                )
        feedback.setProgress(100)
        return result
