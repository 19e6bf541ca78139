"""smaaby:locationallocation: which P candidate sites to choose (office hubs,
kontorfellesskap, regional services) and which demand each serves, on network costs or
on an OD cost table. Thin adapter to core.catchments.location_allocation and
core.catchments.location_solvers.

Network costs and solving: core.catchments.location_costs (searches limited per
candidate, re-searched in rounds only where truncation touched the solution).

Progress: network 0-15 %, reading 15-20 %, attaching 20-25 %, the network searches 25-60 %
(each round reports over this range again), writing 90-100 %."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from smaaby_plugin import layers
from smaaby_plugin.core.catchments import location_allocation as la
from smaaby_plugin.core.catchments import location_costs as lc
from smaaby_plugin.core.catchments import location_solvers as solvers
from smaaby_plugin.core.catchments import network as core
from smaaby_plugin.core.catchments import od_matrix
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _network as nw

#: Fields an OD table from smaaby:odmatrix has (cost_unit is optional).
OD_FIELDS = ("origin_id", "destination_id", "cost")
#: Largest cost matrix built from the network (cells): 20,000 x 1,000.
MAX_CELLS = 20_000_000


class LocationAllocation(SmaabyAlgorithm):
    ALG_ID = "locationallocation"
    DISPLAY_NAME = "Location-allocation (hubs, services)"
    TAGS = (
        "location-allocation, lokalisering, p-median, maximal coverage, MCLP, set covering, "
        "LSCP, p-center, kontorfellesskap, office hub, facility location, network, vegnett"
    )
    HELP = (
        "Chooses P of the candidate sites (e.g. office hubs, kontorfellesskap, in the town and "
        "village centres) and allocates the demand (employees by residence, inhabitants) to "
        "them on network costs, or on an OD cost table from 'Origin-destination cost "
        "matrix'.\n\n"
        "Problems: p-median, the least total weighted cost (ReVelle & Swain 1970); maximal "
        "coverage (MCLP), the most weight within T (Church & ReVelle 1974); set covering "
        "(LSCP), the fewest sites that cover all demand within T (Toregas et al. 1971); "
        "p-center, the least largest cost (Hakimi 1965); capacitated p-median, the p-median "
        "where each site serves at most its capacity (a demand node may then be shared).\n\n"
        "Method: the cost from demand to candidates (network Dijkstra, or the OD table; a "
        "missing pair means no path). MCLP and LSCP search to T. The p-median, p-center and "
        "capacitated p-median search each candidate only to a limit (from a straight-line "
        "start), solve with the costs beyond it set to the limit (a lower bound), and search "
        "further only from the sites where the solution met a limit; the log lists the "
        "rounds. The result is that of the full cost matrix. The model is reduced: pairs "
        "beyond T are not allowed, demand with the same costs (e.g. cells attached at one "
        "node) is one node, candidates that reach no demand are removed, demand with zero "
        "weight is allocated after solving. Exact mixed-integer programmes are solved by HiGHS "
        "(scipy.optimize.milp) within TIME_LIMIT; for a p-median too large for it, a greedy "
        "start with vertex substitution (Teitz & Bart 1968) and a Lagrangian lower bound. "
        "The gap is (solution - bound) / solution; 0 = proven optimal.\n\n"
        "Outputs: OUTPUT_FACILITIES, the chosen sites with the weight allocated, n_demand, "
        "mean and max cost; OUTPUT_DEMAND, each demand with facility_id (the cheapest chosen "
        "site within T; none beyond T), cost, covered; OUTPUT_LINES (optional), demand to "
        "facility lines; OUTPUT_SUMMARY, the "
        "objective, bound, gap, solver status, coverage share and counts.\n\n"
        "Bad input: P larger than the candidates that reach any demand, or smaller than the "
        "required sites, stops the run; so does demand that no candidate reaches, and "
        "capacities that cannot hold the demand (the log says by how much). Demand beyond "
        "every candidate's reach is left out and counted. A time limit reached returns the "
        "best solution found with its gap, and says so.\n\n"
        "Missing values: a null or NaN weight or capacity counts as 0 (the log says how "
        "many); negative, infinite or absurd (above 10 million) values stop the run. "
        "Duplicate or missing demand or candidate ids stop the run. CRS: all inputs are "
        "computed in the network's projected CRS, or the UTM zone of the data when it is "
        "geographic or Web Mercator; a layer without a CRS stops the run."
    )

    DEMAND = "DEMAND"
    DEMAND_ID_FIELD = "DEMAND_ID_FIELD"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    CANDIDATES = "CANDIDATES"
    CANDIDATE_ID_FIELD = "CANDIDATE_ID_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    REQUIRED_FIELD = "REQUIRED_FIELD"
    OD_TABLE = "OD_TABLE"
    PROBLEM = "PROBLEM"
    P = "P"
    T = "T"
    TIME_LIMIT = "TIME_LIMIT"
    OUTPUT_FACILITIES = "OUTPUT_FACILITIES"
    OUTPUT_DEMAND = "OUTPUT_DEMAND"
    OUTPUT_LINES = "OUTPUT_LINES"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def define(self, config):
        kinds = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        self.add(
            QgsProcessingParameterFeatureSource(self.DEMAND, self.tr("Demand"), kinds),
            self.tr(
                "Where the demand lives: SSB 250 m cells, addresses or grunnkretser; a polygon "
                "counts by a point inside it."
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
                "Field naming each demand feature (with OD_TABLE: the table's origin_id); "
                "without it the feature id is used. Duplicate or missing ids stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.WEIGHT_FIELD,
                self.tr("Weight field"),
                parentLayerParameterName=self.DEMAND,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr(
                "Employees by residence, inhabitants (e.g. state_employees, pop_tot); "
                "without it each feature weighs 1. Null or NaN counts as 0 (logged); "
                "negative or infinite values stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CANDIDATES,
                self.tr("Candidate sites (points)"),
                [QgsProcessing.TypeVectorPoint],
            ),
            self.tr("The sites to choose from (town and village centres, existing offices)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.CANDIDATE_ID_FIELD,
                self.tr("Candidate id field"),
                parentLayerParameterName=self.CANDIDATES,
                optional=True,
            ),
            self.tr(
                "Field naming each site in the outputs (with OD_TABLE: the table's "
                "destination_id); without it the feature id is used. Duplicate or missing "
                "ids stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CAPACITY_FIELD,
                self.tr("Capacity field"),
                parentLayerParameterName=self.CANDIDATES,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr(
                "Most weight a site can serve (workplaces); used by the capacitated "
                "p-median. Null counts as 0 (logged)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.REQUIRED_FIELD,
                self.tr("Required flag field"),
                parentLayerParameterName=self.CANDIDATES,
                optional=True,
            ),
            self.tr(
                "Sites that must be chosen (existing hubs): 1/true/yes/ja; 0/false/no/nei or "
                "null are free. Other values stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.PROBLEM,
                self.tr("Problem"),
                options=[
                    self.tr("p-median: least total weighted cost"),
                    self.tr("Maximal coverage (MCLP): most weight within T"),
                    self.tr("Set covering (LSCP): fewest sites covering all within T"),
                    self.tr("p-center: least largest cost"),
                    self.tr("Capacitated p-median (needs the capacity field)"),
                ],
                defaultValue=0,
            ),
            self.tr("Which question to answer; see the help for the formulations."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.P,
                self.tr("Number of sites to choose (P)"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=3,
                minValue=1,
                maxValue=10_000,
            ),
            self.tr("How many sites (1-10 000), required ones included; not used by LSCP."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.T,
                self.tr("Cost cut-off T (0 = none)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=30.0,
                minValue=0.0,
                maxValue=nw.MAX_COST_VALUE,
            ),
            self.tr(
                "Minutes or metres. MCLP and LSCP: demand within T is covered (needed). "
                "p-median, p-center, capacitated: demand may only be served within T (0 = any "
                "cost); it also shortens the network searches."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.TIME_LIMIT,
                self.tr("Solver time limit (seconds)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=60.0,
                minValue=1.0,
                maxValue=86_400.0,
            ),
            self.tr(
                "When it is reached, the best solution found is returned with its gap and a "
                "warning."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.OD_TABLE,
                self.tr("OD cost table instead of the network (optional)"),
                [QgsProcessing.TypeVector],
                optional=True,
            ),
            self.tr(
                "The output of 'Origin-destination cost matrix' (origin_id = demand id, "
                "destination_id = candidate id, cost); a pair not in the table has no path. "
                "When given, NETWORK is not used."
            ),
        )
        nw.add_network_parameters(self)
        network = self.parameterDefinition(nw.NETWORK)
        network.setFlags(network.flags() | QgsProcessingParameterDefinition.FlagOptional)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_FACILITIES, self.tr("Chosen sites"), QgsProcessing.TypeVectorPoint
            ),
            self.tr("The chosen sites with weight, n_demand, mean_cost and max_cost."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_DEMAND,
                self.tr("Demand with its site"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
            ),
            self.tr("Each demand feature with facility_id (none beyond T), cost and covered."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_LINES,
                self.tr("Allocation lines"),
                QgsProcessing.TypeVectorLine,
                optional=True,
                createByDefault=False,
            ),
            self.tr("A straight line from each allocated demand feature to its site."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY, self.tr("Summary"), QgsProcessing.TypeVector, optional=True
            ),
            self.tr("Objective, bound, gap, solver status, coverage share and counts."),
        )

    # -- reading -------------------------------------------------------------------------
    def _inputs(self, parameters, context, feedback):
        od = self.parameterAsSource(parameters, self.OD_TABLE, context)
        network = self.parameterAsSource(parameters, nw.NETWORK, context)
        if od is None and network is None:
            raise InputError(
                self.tr(
                    "Give NETWORK (a road network) or OD_TABLE (the output of "
                    "'Origin-destination cost matrix')."
                )
            )
        names = [self.DEMAND, self.CANDIDATES]
        if od is None:
            crs = nw.working_crs(self, parameters, context, feedback, names)
        else:
            if network is not None:
                feedback.pushInfo(self.tr("OD_TABLE is given: NETWORK is not used."))
            sources = [self.parameterAsSource(parameters, n, context) for n in names]
            crs = layers.working_crs(sources, context, feedback, names)
        cap_field = self.parameterAsString(parameters, self.CAPACITY_FIELD, context)
        req_field = self.parameterAsString(parameters, self.REQUIRED_FIELD, context)
        demand, d_ids = nw.read_with_ids(
            self,
            parameters,
            self.DEMAND,
            self.DEMAND_ID_FIELD,
            context,
            feedback,
            crs,
            fields=[self.parameterAsString(parameters, self.WEIGHT_FIELD, context)],
        )
        w_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context)
        weight = (
            layers.count_column(demand, w_field, self.WEIGHT_FIELD, feedback)
            if w_field
            else np.ones(len(demand))
        )
        cands, c_ids = nw.read_with_ids(
            self,
            parameters,
            self.CANDIDATES,
            self.CANDIDATE_ID_FIELD,
            context,
            feedback,
            crs,
            fields=[cap_field, req_field],
        )
        capacity = (
            layers.count_column(cands, cap_field, self.CAPACITY_FIELD, feedback)
            if cap_field
            else None
        )
        required = (
            la.required_flags(cands.attributes[req_field].tolist(), self.REQUIRED_FIELD)
            if req_field
            else np.zeros(len(cands), bool)
        )
        return od, crs, demand, d_ids, weight, cands, c_ids, capacity, required

    def _od_costs(self, parameters, context, feedback, d_ids, c_ids):
        table = self.read(parameters, self.OD_TABLE, context, feedback, fields=None, geometry=False)
        missing = [f for f in OD_FIELDS if f not in table.attributes.columns]
        if missing:
            raise InputError(
                self.tr(
                    "OD_TABLE: field(s) {} not found; the table must be the output of "
                    "'Origin-destination cost matrix' (origin_id, destination_id, cost). It "
                    "has: {}."
                ).format(", ".join(missing), ", ".join(table.attributes.columns) or "-")
            )
        cost = layers.numeric_column(table, "cost", self.OD_TABLE)
        unit = ""
        if "cost_unit" in table.attributes.columns:
            units = sorted({str(u) for u in table.attributes["cost_unit"].dropna()})
            if len(units) > 1:
                raise InputError(
                    self.tr("OD_TABLE: the costs are in more than one unit ({}).").format(
                        ", ".join(units)
                    )
                )
            unit = units[0] if units else ""
        matrix, bad_o, bad_d = la.od_table_matrix(
            layers.text_column(table, "origin_id").to_numpy(dtype=object),
            layers.text_column(table, "destination_id").to_numpy(dtype=object),
            cost,
            d_ids,
            c_ids,
        )
        if bad_o or bad_d:
            feedback.pushWarning(
                self.tr(
                    "OD_TABLE: {} row(s) name an origin that is not a DEMAND id and {} a "
                    "destination that is not a CANDIDATES id; they are left out."
                ).format(bad_o, bad_d)
            )
        if not np.isfinite(matrix).any():
            raise InputError(
                self.tr(
                    "OD_TABLE: no row matches a DEMAND id and a CANDIDATES id; choose the id "
                    "fields the table was made with (DEMAND_ID_FIELD, CANDIDATE_ID_FIELD)."
                )
            )
        return matrix, unit or self.tr("the table's unit")

    def _network_searcher(self, parameters, context, feedback, crs, demand, cands):
        """The network split at the demand and the candidates (location_costs.Searcher),
        and their coordinates for the first search limits."""
        setup = nw.read_network(
            self, parameters, context, feedback, crs, progress=self.progress(feedback, 0, 15)
        )
        if len(demand) * len(cands) > MAX_CELLS:
            raise InputError(
                self.tr(
                    "{:,} demand features x {:,} candidates is more than {:,} pairs; aggregate "
                    "the demand (e.g. to 250 m cells) or use fewer candidates."
                ).format(len(demand), len(cands), MAX_CELLS)
            )
        c_att = nw.attach(
            self, setup, cands, self.CANDIDATES, feedback, progress=self.progress(feedback, 20, 21)
        )
        d_att = nw.attach(
            self,
            setup,
            demand,
            self.DEMAND,
            feedback,
            required=False,
            progress=self.progress(feedback, 21, 25),
        )
        nw.report_parts(self, setup, feedback, c_att, self.CANDIDATES, d_att, self.DEMAND)
        xy = (
            shapely.get_coordinates(core.as_points(demand.geometry)),
            shapely.get_coordinates(core.as_points(cands.geometry)),
        )
        return lc.Searcher(setup.net, d_att, c_att), xy, nw.cost_label(setup.unit)

    # -- the run -------------------------------------------------------------------------
    def compute(self, parameters, context, feedback):
        od, crs, demand, d_ids, weight, cands, c_ids, capacity, required = self._inputs(
            parameters, context, feedback
        )
        problem = la.PROBLEMS[self.parameterAsEnum(parameters, self.PROBLEM, context)]
        p = self.parameterAsInt(parameters, self.P, context)
        t_value = self.parameterAsDouble(parameters, self.T, context)
        t = t_value if t_value > 0 else None
        limit = self.parameterAsDouble(parameters, self.TIME_LIMIT, context)
        if problem in la.COVERING and t is None:
            raise InputError(self.tr("T: the covering problems need a cost cut-off above 0."))
        if problem == la.CPMEDIAN and capacity is None:
            raise InputError(
                self.tr("CAPACITY_FIELD: the capacitated p-median needs a capacity field.")
            )
        if problem != la.LSCP and p > len(cands):
            raise InputError(
                self.tr("P = {} is more than the {} candidate site(s); lower P.").format(
                    p, len(cands)
                )
            )
        if problem != la.LSCP and p < int(required.sum()):
            raise InputError(
                self.tr(
                    "P = {} is less than the {} required site(s) ({}); raise P or clear some "
                    "required flags."
                ).format(p, int(required.sum()), ", ".join(c_ids[required][:5]))
            )
        started = time.monotonic()
        if od is not None:
            matrix, unit = self._od_costs(parameters, context, feedback, d_ids, c_ids)
            self.check_cancel(feedback)
            feedback.setProgress(60)
            # no search limits: one solve on the whole table
            costs, nearest, search = (lambda lim, cols=None: matrix), None, {}
        else:
            searcher, xy, unit = self._network_searcher(
                parameters, context, feedback, crs, demand, cands
            )
            searches = self.progress(feedback, 25, 60)

            def costs(lim, cols=None):
                self.check_cancel(feedback)
                return searcher.matrix(lim, cols, searches)

            nearest, search = searcher.nearest, {"xy": xy, "reaching": searcher.reaching}
        res = lc.truncated_solve(
            costs, nearest, weight, problem, p, t, required, capacity, limit, **search
        )
        if od is None:
            self._log_rounds(feedback, res.rounds, searcher, unit)
        seconds = time.monotonic() - started
        red, sol = res.reduced, res.solution
        self._log_model(feedback, red, weight, t, unit)
        self.check_cancel(feedback)
        feedback.setProgress(90)
        for note in sol.notes:
            feedback.pushWarning(note)
        if sol.status != solvers.OPTIMAL:
            feedback.pushWarning(
                self.tr(
                    "Not proven optimal ({}): the best solution found is returned; it is at "
                    "most {:.2%} from the optimum (gap to the bound {:g}). Raise TIME_LIMIT "
                    "for a smaller gap."
                ).format(sol.status, sol.gap, sol.bound)
            )
        alloc = la.allocate(res.matrix, weight, red, sol, problem, p, t)
        return self._write(
            parameters,
            context,
            feedback,
            alloc,
            (demand, d_ids, weight),
            (cands, c_ids),
            crs,
            unit,
            seconds,
        )

    def _log_rounds(self, feedback, rounds, searcher, unit):
        """One counted line per search round of the truncated-cost scheme."""
        for i, (top, median, n_sites, accepted) in enumerate(rounds, start=1):
            if np.isfinite(top):
                reach = self.tr("to {:,.4g} {} (median {:,.4g})").format(top, unit, median)
            else:
                reach = self.tr("without a limit")
            feedback.pushInfo(
                self.tr("Search round {} of {}: {:,} site(s) searched {}; {}.").format(
                    i,
                    len(rounds),
                    n_sites,
                    reach,
                    self.tr("the solution is exact")
                    if accepted
                    else self.tr("truncation touched the solution, those sites search further"),
                )
            )
        feedback.pushInfo(
            self.tr(
                "{:,} single-site network search(es) and {:,} multi-site one(s) in all."
            ).format(searcher.searches, searcher.multi)
        )

    def _log_model(self, feedback, red, weight, t, unit):
        if len(red.unreachable):
            feedback.pushWarning(
                self.tr(
                    "{:,} demand feature(s) with weight {:,.0f} of {:,.0f} reach no candidate{}; "
                    "they are left out of the model."
                ).format(
                    len(red.unreachable),
                    red.unreachable_weight,
                    float(weight.sum()),
                    self.tr(" within T = {:g} {}").format(t, unit) if t else "",
                )
            )
        if red.removed:
            feedback.pushInfo(
                self.tr("{} candidate(s) reach no demand and are left out.").format(red.removed)
            )
        feedback.pushInfo(
            self.tr("Model: {:,} demand node(s) from {:,} features, {:,} candidate(s).").format(
                len(red.weight), len(weight), len(red.candidates)
            )
        )

    def _write(self, parameters, context, feedback, res, demand_in, cands_in, crs, unit, seconds):
        demand, d_ids, weight = demand_in
        cands, c_ids = cands_in
        result = {}
        fac = res.facilities
        cand = fac["candidate"].to_numpy()
        table = pd.DataFrame(
            {
                "facility_id": c_ids[cand],
                "src_fid": cands.fids[cand],
                "n_demand": fac["n_demand"].to_numpy(),
                "weight": fac["weight"].to_numpy(),
                "mean_cost": fac["mean_cost"].to_numpy(),
                "max_cost": fac["max_cost"].to_numpy(),
                "cost_unit": unit,
            }
        )
        result[self.OUTPUT_FACILITIES] = self.write(
            parameters,
            self.OUTPUT_FACILITIES,
            context,
            table,
            core.as_points(cands.geometry[cand]),
            crs,
            QgsWkbTypes.Point,
            feedback,
        )
        dem = res.demand
        f = dem["facility"].to_numpy()
        ok = f >= 0
        d_table = pd.DataFrame(
            {
                "demand_id": d_ids,
                "weight": weight,
                "facility_id": np.where(ok, c_ids[np.maximum(f, 0)], None),
                "cost": dem["cost"].to_numpy(),
                "cost_unit": unit,
                "covered": dem["covered"].to_numpy().astype(np.int64),
            }
        )
        if parameters.get(self.OUTPUT_DEMAND) is not None:
            self.check_cancel(feedback)
            if demand.kind == "polygon":
                wkb = QgsWkbTypes.MultiPolygon
            else:
                single = bool(np.all(shapely.get_type_id(demand.geometry) == 0))
                wkb = QgsWkbTypes.Point if single else QgsWkbTypes.MultiPoint
            result[self.OUTPUT_DEMAND] = self.write(
                parameters,
                self.OUTPUT_DEMAND,
                context,
                d_table,
                demand.geometry,
                crs,
                wkb,
                feedback,
            )
        if parameters.get(self.OUTPUT_LINES) is not None:
            self.check_cancel(feedback)
            lines, _ = od_matrix.od_lines(
                demand.geometry, cands.geometry, np.flatnonzero(ok), f[ok]
            )
            result[self.OUTPUT_LINES] = self.write(
                parameters,
                self.OUTPUT_LINES,
                context,
                d_table[ok].reset_index(drop=True),
                lines,
                crs,
                QgsWkbTypes.LineString,
                feedback,
            )
        s = dict(res.summary)
        s["cost_unit"] = unit
        summary = pd.DataFrame([s])
        if parameters.get(self.OUTPUT_SUMMARY) is not None:
            result[self.OUTPUT_SUMMARY] = self.write(
                parameters, self.OUTPUT_SUMMARY, context, summary, feedback=feedback
            )
        feedback.pushInfo(
            self.tr(
                "{}: {} site(s) chosen ({}); objective {:,.6g}, coverage {:.1%}, gap {:.2%}, "
                "{} in {:.1f} s ({})."
            ).format(
                s["problem"],
                len(cand),
                ", ".join(c_ids[cand][:10]),
                s["objective"],
                s["coverage_share"],
                s["gap"],
                s["status"],
                seconds,
                s["method"],
            )
        )
        feedback.setProgress(100)
        return result
