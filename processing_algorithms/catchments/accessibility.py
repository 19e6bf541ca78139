"""smaaby:accessibility: opportunities (jobs, services) within reach of every origin, as a
cumulative sum within a cut-off and a distance-decay weighted sum. Thin adapter to
core.catchments.accessibility.

Progress: reading and building the network 0-15 %, reading and attaching 15-30 %, the
searches 30-90 %, writing 90-100 %."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from smaaby_plugin import layers
from smaaby_plugin.core.catchments._decay import DECAY_FUNCTIONS, decay_in_unit
from smaaby_plugin.core.catchments.accessibility import opportunity_sums
from smaaby_plugin.core.catchments.centrality import weighted_mean
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _access as ac
from smaaby_plugin.processing_algorithms.catchments import _network as nw

DECAY = "DECAY"
BETA = "BETA"
FLOOR = "FLOOR"


def add_decay_parameters(alg, beta_default: float, help_extra: str = "") -> None:
    """DECAY (exponential, power, step), BETA and FLOOR."""
    alg.add(
        QgsProcessingParameterEnum(
            DECAY,
            alg.tr("Distance decay"),
            options=[
                alg.tr("Negative exponential exp(-beta*t)"),
                alg.tr("Power t^(-beta) with a floor"),
                alg.tr("Step: 1 within the cut-off"),
            ],
            defaultValue=0,
        ),
        alg.tr("How the weight of an opportunity falls with the cost t to it.") + help_extra,
    )
    alg.add(
        QgsProcessingParameterNumber(
            BETA,
            alg.tr("Decay parameter beta (per minute, or per km on a distance network)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=beta_default,
            minValue=0.0,
            maxValue=10.0,
        ),
        alg.tr("0-10; larger beta: nearer opportunities count more. Not used by the step."),
    )
    alg.add(
        QgsProcessingParameterNumber(
            FLOOR,
            alg.tr("Floor of the power decay (minutes or km)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=1.0,
            minValue=0.01,
            maxValue=600.0,
        ),
        alg.tr("Costs below it count as the floor, so t^(-beta) stays finite (0.01-600)."),
        advanced=True,
    )


def decay_settings(alg, parameters, context, setup):
    """(function, beta per network unit, floor in the network unit, factor): on a distance
    network BETA is per km (see ``_decay.decay_in_unit``)."""
    function = DECAY_FUNCTIONS[alg.parameterAsEnum(parameters, DECAY, context)]
    beta, floor, factor = decay_in_unit(
        function,
        alg.parameterAsDouble(parameters, BETA, context),
        alg.parameterAsDouble(parameters, FLOOR, context),
        setup.unit,
    )
    return function, beta, floor, factor


class Accessibility(SmaabyAlgorithm):
    ALG_ID = "accessibility"
    DISPLAY_NAME = "Opportunities within reach (network accessibility)"
    TAGS = (
        "accessibility, tilgjengelighet, jobs, arbeidsplasser, services, tjenester, gravity, "
        "Hansen, distance decay, avstandsmotstand, cumulative opportunities, region, "
        "travel time, reisetid, network, vegnett"
    )
    HELP = (
        "For every origin, the opportunities (jobs by workplace, services) reachable within "
        "CUTOFF T (default 90 minutes): within = Σⱼ Wⱼ over the destinations with tᵢⱼ <= T, "
        "and the distance-decay sum access = Σⱼ Wⱼ·f(tᵢⱼ) (Hansen 1959) with f a negative "
        "exponential exp(−β·t), a power t^(−β) (costs below FLOOR count as FLOOR) or a step "
        "(1 within T); f is 0 beyond T. Wⱼ is WEIGHT_FIELD (e.g. employees) or 1 per "
        "destination; with KIND_FIELD one pair of columns per kind.\n\n"
        "Method: origins and destinations are attached to the nearest link at their "
        "projected positions (polygons by a point inside them; straight legs cost their "
        "length, or minutes at the speed off the network). Origins at the same network "
        "position share one Dijkstra search (Dijkstra 1959; scipy.sparse.csgraph) limited "
        "to T, so the work grows with distinct positions, not features; destinations keep "
        "their own positions. The searches run in blocks whose costs are summed at once, "
        "so memory stays bounded (no full origin x destination matrix).\n\n"
        "Outputs: OUTPUT, each origin with population, zone_id, within_<kind> and "
        "access_<kind>; OUTPUT_SUMMARY, per zone (and '(all)') and kind the population and "
        "the population-weighted mean of within and access. Units: opportunities (the "
        "weight's unit); costs in minutes for travel time, km for distance (BETA per km).\n\n"
        "Bad input: a destination without a kind stops the run naming the field (without "
        "KIND_FIELD all are one kind 'all'); kinds listed in KINDS without destinations get "
        "zero columns and a log line. Origins farther than MAX_SNAP from the network are "
        "kept with empty values and counted in the log. A CUTOFF below 1 or above 600 is "
        "refused.\n\n" + ac.MISSING_POLICY
    )

    DESTINATIONS = "DESTINATIONS"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    KIND_FIELD = "KIND_FIELD"
    KINDS = "KINDS"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def define(self, config):
        ac.add_origin_parameters(self)
        self.add(
            QgsProcessingParameterFeatureSource(
                self.DESTINATIONS,
                self.tr("Destinations (workplaces, services)"),
                ac.POINTS_OR_POLYGONS,
            ),
            self.tr("Businesses, schools, shops; polygons by a point inside them."),
        )
        self.add(
            QgsProcessingParameterField(
                self.WEIGHT_FIELD,
                self.tr("Weight field (e.g. employees)"),
                parentLayerParameterName=self.DESTINATIONS,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr(
                "Opportunities per destination (jobs, capacity); without it 1 each. Null or "
                "NaN counts as 0 (logged); negative or infinite values stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.KIND_FIELD,
                self.tr("Kind field"),
                parentLayerParameterName=self.DESTINATIONS,
                optional=True,
            ),
            self.tr("Field with the kind of each destination; without it one kind 'all'."),
        )
        ac.add_text(
            self,
            self.KINDS,
            self.tr("Kinds wanted (comma-separated; empty = every kind in the field)"),
            "",
            self.tr("Destinations of other kinds or without a kind are left out (counted)."),
        )
        nw.add_network_parameters(self)
        ac.add_cutoff(
            self,
            90.0,
            self.tr("T: opportunities farther than this count nothing (1-600 minutes or km)."),
        )
        add_decay_parameters(self, 0.05)
        ac.add_zone_parameters(self)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Origins with accessibility"),
                QgsProcessing.TypeVectorAnyGeometry,
            ),
            self.tr("Each origin with within_<kind> and access_<kind>."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY,
                self.tr("Accessibility summary"),
                QgsProcessing.TypeVector,
                optional=True,
            ),
            self.tr("Per zone and kind: population-weighted mean of within and access."),
        )

    def compute(self, parameters, context, feedback):
        crs = nw.working_crs(
            self, parameters, context, feedback, [ac.ORIGINS, self.DESTINATIONS, ac.ZONES]
        )
        cutoff_given = ac.cutoff(self, parameters, context)
        setup = nw.read_network(
            self, parameters, context, feedback, crs, progress=self.progress(feedback, 0, 15)
        )
        function, beta, floor, factor = decay_settings(self, parameters, context, setup)
        origins, o_ids, pop = ac.read_origins(self, parameters, context, feedback, crs)
        kind_field = self.parameterAsString(parameters, self.KIND_FIELD, context)
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context)
        dests = self.read(
            parameters,
            self.DESTINATIONS,
            context,
            feedback,
            fields=[f for f in (kind_field, weight_field) if f],
            target_crs=crs,
        )
        weight = (
            layers.count_column(dests, weight_field, self.WEIGHT_FIELD, feedback)
            if weight_field
            else np.ones(len(dests))
        )
        kinds, d_kind = ac.kinds_of(
            self,
            dests,
            kind_field,
            self.KINDS,
            self.DESTINATIONS,
            self.parameterAsString(parameters, self.KINDS, context),
        )
        member = np.stack(ac.kind_members(self, d_kind, kinds, self.DESTINATIONS, feedback), 1)
        for k, kind in enumerate(kinds):
            if not member[:, k].any():
                feedback.pushWarning(
                    self.tr("Kind '{}': no destination of this kind; its columns are 0.").format(
                        kind
                    )
                )
        zones, z_ids, zone = ac.read_zones(self, parameters, context, feedback, crs, origins)
        o_att, d_att = ac.attach_pair(
            self, setup, origins, dests, self.DESTINATIONS, pop, feedback, (15, 25, 30)
        )
        res = opportunity_sums(
            setup.net,
            o_att,
            d_att,
            member * weight[:, None],
            ac.in_unit(setup, cutoff_given),
            function,
            beta,
            floor=floor,
            progress=self.progress(feedback, 30, 90),
        )
        feedback.pushInfo(
            self.tr("{:,} origins searched from {:,} distinct network positions.").format(
                int(o_att.attached.sum()), res.n_positions
            )
        )
        table = ac.origin_table(o_ids, pop, zones, z_ids, zone)
        within_cols = ac.unique_columns("within_", kinds)
        access_cols = ac.unique_columns("access_", kinds)
        for k in range(len(kinds)):
            table[within_cols[k]] = res.within[:, k]
            table[access_cols[k]] = res.decayed[:, k] * factor
        self.check_cancel(feedback)
        result = {
            self.OUTPUT: ac.write_origins(
                self, parameters, self.OUTPUT, context, table, origins, crs, feedback
            )
        }
        if parameters.get(self.OUTPUT_SUMMARY) is not None:
            rows = []
            groups = [("(all)", np.zeros(len(pop), np.int64))]
            groups += [(zid, np.where(zone == z, 0, -1)) for z, zid in enumerate(z_ids)]
            for zid, grp in groups:
                for k, kind in enumerate(kinds):
                    mw, total = weighted_mean(res.within[:, k], pop, grp, 1)
                    ma, _ = weighted_mean(res.decayed[:, k] * factor, pop, grp, 1)
                    everyone = float(pop[grp == 0].sum())
                    rows.append(
                        {
                            "zone_id": zid,
                            "kind": kind,
                            "n_destinations": int(member[:, k].sum()),
                            "population": everyone,
                            "off_network": everyone - float(total[0]),
                            "mean_within": float(mw[0]),
                            "mean_access": float(ma[0]),
                        }
                    )
            self.check_cancel(feedback)
            result[self.OUTPUT_SUMMARY] = self.write(
                parameters, self.OUTPUT_SUMMARY, context, pd.DataFrame(rows), feedback=feedback
            )
        feedback.setProgress(100)
        return result
