"""smaaby:huffcatchment: Huff gravity catchments. Thin adapter to
core.catchments.huff_catchment (and, with a NETWORK, core.catchments.network's cost
matrix).

Progress: reading the points 0-20 %, the network 20-35 %, attaching 35-40 %, the costs
40-60 %, the model 60-70 %, writing 70-100 %."""

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
from scipy.spatial import cKDTree

from smaaby_plugin import layers
from smaaby_plugin.core.catchments.huff_catchment import (
    huff,
    probability_table,
    straight_line_costs,
)
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.polygons import representative_points
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _network as nw


def _wkb_type(data) -> int:
    """Point when every geometry is a single point, else the multi type of the layer."""
    if data.kind == "point":
        single = (shapely.get_type_id(data.geometry) == 0).all()
        return QgsWkbTypes.Point if single else QgsWkbTypes.MultiPoint
    return QgsWkbTypes.MultiPolygon


#: Largest ALPHA (attractiveness to the 10th power already lets the largest centre take
#: nearly all) and BETA (large values are the documented way to nearest-centre
#: allocation; the model works in logarithms, so 1000 is still exact).
MAX_ALPHA, MAX_BETA = 10.0, 1000.0


class HuffCatchment(SmaabyAlgorithm):
    ALG_ID = "huffcatchment"
    DISPLAY_NAME = "Huff gravity catchments"
    TAGS = (
        "Huff, gravity model, catchment, omland, handelsomland, market area, "
        "probability, retail, attractiveness"
    )
    HELP = (
        "The probability that the population of each demand feature (SSB 250 m cells, "
        "grunnkretser, addresses) uses each centre, by the Huff gravity model (Huff 1963, "
        "1964):\n"
        "P_ij = A_j^alpha * d_ij^(-beta) / sum_k A_k^alpha * d_ik^(-beta)\n"
        "with A the centre's attractiveness (e.g. retail floor space in m²), d the cost "
        "between the demand feature and the centre, alpha the attractiveness exponent and "
        "beta the distance-decay exponent. The expected population a centre serves is "
        "E_j = sum_i P_ij * pop_i. Polygons are represented by a point inside them.\n\n"
        "Cost: without NETWORK, the straight-line distance in metres. With NETWORK, the "
        "travel cost along the roads (COST: metres or minutes) from the Småby network "
        "engine, including the straight legs from the points to the nearest links (at the "
        "off-network speed for time); points farther than MAX_SNAP from the network are "
        "left out and reported, as are demand features in a part of the network without "
        "a centre.\n\n"
        "Only centres within MAX_COST (when above 0) and with attractiveness above 0 "
        "compete; a demand feature with none gets no centre and is counted in the log. A "
        "demand feature lying exactly on centres is shared by those centres in proportion "
        "to A^alpha (the limit as the distance goes to 0). The probabilities do not "
        "depend on the distance unit; as beta grows they tend to nearest-centre "
        "allocation.\n\n"
        "Outputs: the demand features with the most probable centre (huff_centre), its "
        "probability (huff_prob, 0-1), the number of competing centres and the cost to "
        "the most probable centre (cost_to_centre); the centres with the expected "
        "population served (expected_pop, persons) and its share of all demand; and a "
        "long table of demand, "
        "centre, cost, probability and expected population.\n\n"
        "Bad input: alpha lies in 0-10 and beta in 0-1000; the network's own checks "
        "(separate parts, missing speeds, zero-length links dropped) are logged, and so are "
        "points far from "
        "the network or, without one, demand 50 km or more from every centre (a CRS or "
        "extent mistake).\n\n"
        "Missing values: a null or NaN attractiveness or population counts as 0 (the log "
        "says how many); negative, infinite or absurd (above 10 million) values stop the "
        "run. Duplicate or missing centre or demand ids stop the run. CRS: all inputs are "
        "computed in the first input's projected CRS (the network's, when given), or the "
        "UTM zone of the data when it is geographic or Web Mercator (never in Web "
        "Mercator, whose distances are about twice too long in Norway); a layer without a "
        "CRS stops the run."
    )

    CENTRES = "CENTRES"
    CENTRE_ID_FIELD = "CENTRE_ID_FIELD"
    ATTRACTIVENESS_FIELD = "ATTRACTIVENESS_FIELD"
    DEMAND = "DEMAND"
    DEMAND_ID_FIELD = "DEMAND_ID_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    ALPHA = "ALPHA"
    BETA = "BETA"
    MAX_COST = "MAX_COST"
    MIN_PROBABILITY = "MIN_PROBABILITY"
    OUTPUT_DEMAND = "OUTPUT_DEMAND"
    OUTPUT_CENTRES = "OUTPUT_CENTRES"
    OUTPUT_PROBABILITIES = "OUTPUT_PROBABILITIES"

    def define(self, config):
        points_or_polygons = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CENTRES, self.tr("Centres"), points_or_polygons
            ),
            self.tr(
                "Centres that compete for the demand (town centre, shopping centres, "
                "villages); polygons are represented by a point inside them."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CENTRE_ID_FIELD,
                self.tr("Centre id field"),
                parentLayerParameterName=self.CENTRES,
                optional=True,
            ),
            self.tr(
                "Field that names the centres in the outputs; the feature id without it. "
                "Duplicate or missing ids stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.ATTRACTIVENESS_FIELD,
                self.tr("Attractiveness field"),
                parentLayerParameterName=self.CENTRES,
                type=QgsProcessingParameterField.Numeric,
            ),
            self.tr(
                "The centre's attractiveness A (e.g. retail floor space in m², number of "
                "shops or jobs); zero or more."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.DEMAND, self.tr("Demand (population)"), points_or_polygons
            ),
            self.tr(
                "Where the population lives: SSB 250 m cells, grunnkretser or address "
                "points; polygons are represented by a point inside them."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.DEMAND_ID_FIELD,
                self.tr("Demand id field"),
                parentLayerParameterName=self.DEMAND,
                optional=True,
            ),
            self.tr(
                "Field that names the demand features in the probability table; the "
                "feature id without it. Duplicate or missing ids stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field"),
                parentLayerParameterName=self.DEMAND,
                type=QgsProcessingParameterField.Numeric,
            ),
            self.tr("Number of people (befolkning) or other demand of each feature."),
        )
        nw.add_network_parameters(self)
        network = self.parameterDefinition(nw.NETWORK)
        network.setFlags(network.flags() | network.FlagOptional)
        network.setHelp(
            self.tr(
                "Optional road network: with it the cost is the travel cost "
                "along the roads (COST), without it the straight-line "
                "distance in metres. "
            )
            + network.help()
        )
        double = QgsProcessingParameterNumber.Double
        self.add(
            QgsProcessingParameterNumber(
                self.ALPHA,
                self.tr("Attractiveness exponent (alpha)"),
                double,
                defaultValue=1.0,
                minValue=0.0,
                maxValue=MAX_ALPHA,
            ),
            self.tr(
                "How strongly attractiveness counts (0-10); 1 = in proportion (Huff's "
                "original form)."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.BETA,
                self.tr("Distance-decay exponent (beta)"),
                double,
                defaultValue=2.0,
                minValue=0.0,
                maxValue=MAX_BETA,
            ),
            self.tr(
                "How fast attraction falls with distance (0-1000); 2 is a common starting "
                "value for shopping trips. Large values approach nearest-centre allocation."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_COST,
                self.tr("Maximum cost (0 = none)"),
                double,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=nw.MAX_COST_VALUE,
            ),
            self.tr(
                "Centres farther than this from a demand feature do not compete for it: "
                "metres for straight lines and network distance, minutes for travel "
                "time; 0 means no limit."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_PROBABILITY,
                self.tr("Smallest probability in the table"),
                double,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=1.0,
            ),
            self.tr(
                "Rows of the probability table with a probability at or below this are "
                "left out to keep it small; 0 keeps every competing pair."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_DEMAND,
                self.tr("Demand with most probable centre"),
                QgsProcessing.TypeVectorAnyGeometry,
            ),
            self.tr("The demand features with their most probable centre and its probability."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CENTRES,
                self.tr("Centres with expected population"),
                QgsProcessing.TypeVectorAnyGeometry,
            ),
            self.tr("The centres with the expected population they serve."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PROBABILITIES,
                self.tr("Huff probabilities"),
                QgsProcessing.TypeVector,
                optional=True,
            ),
            self.tr("Long table: demand, centre, cost, probability, expected population."),
        )

    def _check_meet(self, demand_xy, centre_xy, feedback) -> None:
        """Warn when every demand feature lies 50 km or more from every centre: the
        layers most likely do not meet (a wrong CRS, or another area)."""
        tree = cKDTree(centre_xy)
        nearest, _ = tree.query(demand_xy, k=1)
        if len(nearest) and np.all(nearest >= nw.FAR_M):
            feedback.pushWarning(
                self.tr(
                    "DEMAND: every demand feature lies 50 km or more from every centre (the "
                    "nearest {:,.1f} km); check that CENTRES and DEMAND cover the same area "
                    "and that each has its right CRS."
                ).format(float(nearest.min()) / 1000)
            )

    def compute(self, parameters, context, feedback):
        centre_id = self.parameterAsString(parameters, self.CENTRE_ID_FIELD, context)
        attr_field = self.parameterAsString(parameters, self.ATTRACTIVENESS_FIELD, context)
        demand_id = self.parameterAsString(parameters, self.DEMAND_ID_FIELD, context)
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context)
        max_cost = max_cost if max_cost > 0 else None
        use_network = self.parameterAsSource(parameters, nw.NETWORK, context) is not None
        points = [self.CENTRES, self.DEMAND]
        if use_network:
            crs = nw.working_crs(self, parameters, context, feedback, points)
        else:
            sources = [self.parameterAsSource(parameters, n, context) for n in points]
            crs = layers.working_crs(sources, context, feedback, points)
        centres = self.read(
            parameters,
            self.CENTRES,
            context,
            feedback,
            fields=[f for f in (centre_id, attr_field) if f],
            target_crs=crs,
        )
        demand = self.read(
            parameters,
            self.DEMAND,
            context,
            feedback,
            fields=[f for f in (demand_id, pop_field) if f],
            target_crs=crs,
        )
        c_ids = nw.ids_of(centres, centre_id, self.CENTRE_ID_FIELD)
        d_ids = nw.ids_of(demand, demand_id, self.DEMAND_ID_FIELD)
        attractiveness = layers.count_column(
            centres, attr_field, self.ATTRACTIVENESS_FIELD, feedback
        )
        population = layers.count_column(demand, pop_field, self.POPULATION_FIELD, feedback)
        if not (attractiveness > 0).any():
            raise InputError(
                self.tr(
                    "ATTRACTIVENESS_FIELD: no centre has an attractiveness "
                    "above 0, so no centre attracts anyone."
                )
            )
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        beta = self.parameterAsDouble(parameters, self.BETA, context)
        feedback.setProgress(20)

        if use_network:
            setup = nw.read_network(
                self, parameters, context, feedback, crs, progress=self.progress(feedback, 20, 35)
            )
            c_att = nw.attach(
                self,
                setup,
                centres,
                self.CENTRES,
                feedback,
                progress=self.progress(feedback, 35, 36),
            )
            d_att = nw.attach(
                self, setup, demand, self.DEMAND, feedback, progress=self.progress(feedback, 36, 40)
            )
            nw.report_parts(
                self, setup, feedback, c_att, self.CENTRES, d_att, self.DEMAND, population
            )
            cost = setup.net.cost_matrix(
                d_att, c_att, limit=max_cost, progress=self.progress(feedback, 40, 60)
            )
            unit = nw.cost_label(setup.unit)
        else:
            centre_xy = representative_points(centres.geometry)
            demand_xy = representative_points(demand.geometry)
            cost = straight_line_costs(demand_xy, centre_xy, max_cost)
            unit = self.tr("metres (straight line)")
            self._check_meet(demand_xy, centre_xy, feedback)
        feedback.pushInfo(self.tr("Costs are in {}.").format(unit))
        feedback.setProgress(60)
        self.check_cancel(feedback)
        result = huff(cost, attractiveness, population, alpha, beta, max_cost)
        feedback.setProgress(70)

        has = result.best >= 0
        best = np.maximum(result.best, 0)
        total = float(population.sum())
        demand_table = pd.DataFrame(
            {
                "demand_id": d_ids,
                "population": population,
                "huff_centre": np.where(has, c_ids[best], None),
                "huff_prob": result.best_probability,
                "n_centres": result.n_centres,
                "cost_to_centre": np.where(has, result.cost[np.arange(len(best)), best], np.nan),
            }
        )
        centre_table = pd.DataFrame(
            {
                "centre_id": c_ids,
                "attractiveness": attractiveness,
                "expected_pop": result.expected,
                "share": result.expected / total if total > 0 else np.nan,
                "most_probable_for": np.bincount(best[has], minlength=len(c_ids)),
            }
        )
        n_none = int((~has).sum())
        if n_none:
            feedback.pushWarning(
                self.tr(
                    "{} demand feature(s) with {:,.0f} people have no centre within reach (beyond "
                    "MAX_COST, off the network or in a part of it without a centre, or no "
                    "attractive centre); they are left without a centre."
                ).format(n_none, float(population[~has].sum()))
            )
        self.check_cancel(feedback)
        dest_d = self.write(
            parameters,
            self.OUTPUT_DEMAND,
            context,
            demand_table,
            demand.geometry,
            crs,
            _wkb_type(demand),
            feedback,
        )
        dest_c = self.write(
            parameters,
            self.OUTPUT_CENTRES,
            context,
            centre_table,
            centres.geometry,
            crs,
            _wkb_type(centres),
            feedback,
        )
        dest_p = None
        if parameters.get(self.OUTPUT_PROBABILITIES) is not None:
            min_p = self.parameterAsDouble(parameters, self.MIN_PROBABILITY, context)
            long = probability_table(result, population, min_p)
            table = pd.DataFrame(
                {
                    "demand_id": d_ids[long.demand.to_numpy()],
                    "centre_id": c_ids[long.centre.to_numpy()],
                    "cost": long.cost,
                    "probability": long.probability,
                    "expected_pop": long.expected,
                }
            )
            dest_p = self.write(
                parameters, self.OUTPUT_PROBABILITIES, context, table, feedback=feedback
            )
        feedback.pushInfo(
            self.tr("Expected population per centre: {}.").format(
                ", ".join(f"{c}: {e:,.0f}" for c, e in zip(c_ids, result.expected))
            )
        )
        feedback.setProgress(100)
        return {
            self.OUTPUT_DEMAND: dest_d,
            self.OUTPUT_CENTRES: dest_c,
            self.OUTPUT_PROBABILITIES: dest_p,
        }
