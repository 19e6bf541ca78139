"""smaaby:centrality: an SSB-style centrality index (0-1000 with classes) or SSB's 1994
centrality codes, from origins over the road network, per origin and per zone. Thin
adapter to core.catchments.centrality, core.catchments.accessibility and
core.catchments.service_access.

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
    QgsWkbTypes,
)

from smaaby_plugin import layers
from smaaby_plugin.core.catchments.accessibility import opportunity_sums
from smaaby_plugin.core.catchments.centrality import (
    code_columns,
    index_outputs,
    index_reference,
    kind_members,
    scale_index,
    services_part,
    tier_groups,
    zone_codes,
)
from smaaby_plugin.core.catchments.service_access import nearest_by_group
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _access as ac
from smaaby_plugin.processing_algorithms.catchments import _network as nw
from smaaby_plugin.processing_algorithms.catchments.accessibility import (
    add_decay_parameters,
    decay_settings,
)

METHOD_INDEX, METHOD_1994 = 0, 1
#: (parameter suffix, tier, default population, default minutes)
TIERS_1994 = (
    ("LARGE", "large", 50_000, 75.0),
    ("MEDIUM", "medium", 15_000, 60.0),
    ("SMALL", "small", 5_000, 45.0),
)


class Centrality(SmaabyAlgorithm):
    ALG_ID = "centrality"
    DISPLAY_NAME = "Centrality index (SSB-style) and 1994 centrality codes (network)"
    TAGS = (
        "centrality, sentralitet, sentralitetsindeks, sentralitetsklasse, SSB, Høydahl, "
        "1994, kommune, region, jobs, services, accessibility, travel time, reisetid, "
        "network, vegnett"
    )
    HELP = (
        "How central each populated origin (and each zone, e.g. kommune) is, by one of two "
        "methods.\n\n"
        "SSB-style index (METHOD 0). Model: SSB's sentralitetsindeks (Høydahl, SSB Notater "
        "2017/40, revised Notater 2020/4): from populated origins, access to workplaces "
        "counts 2/3 and access to service functions 1/3, with distance decay, within 90 "
        "minutes by car at posted speeds. Here J = Σ employees·f(t) over WORKPLACES and S = "
        "the mean over the service kinds of Σ f(t) over the SERVICES of that kind, both "
        "within CUTOFF; each is scaled to its value at the reference origin (REFERENCE, or "
        "the origin with the highest combined score), and index = 1000·(w·J/J_ref + "
        "(1−w)·S/S_ref) with w = JOB_WEIGHT: 0 means nothing within reach, 1000 the "
        "reference. Zones get the population-weighted mean index; classes 1 (most central) "
        "to 6 from BREAKS. SSB's exact decay function, service list, normalisation and "
        "class breaks are not published in our sources: the defaults here (negative "
        "exponential with beta 0.05 per minute, every kind in the service field, breaks "
        "500, 600, 700, 800, 900) are OURS, not SSB's, and the index is not SSB's "
        "official one.\n\n"
        "1994 standard (METHOD 1), SSB's standard for kommune centrality of 1994: code 3 "
        "within 75 min of a tettsted of at least 50,000 inhabitants (or 90 min of Oslo), "
        "code 2 within 60 min of one of at least 15,000, code 1 within 45 min of one of at "
        "least 5,000, else 0; from ORIGINS (kommune centres or any points) to TETTSTEDER "
        "(points or polygons, by a point inside them) with their population. Every "
        "threshold is a parameter. A zone gets the code of its most populous origin; -1 "
        "marks an origin off the network and a zone without an origin.\n\n"
        "Method: the network searches of smaaby:accessibility (index) and "
        "smaaby:serviceaccess (1994: one reversed multi-source search per tier), on the "
        "directed network with travel time (COST) at posted speeds.\n\n"
        "Outputs: OUTPUT, each origin with population, zone_id, jobs_access, "
        "services_access, index, class (index) or code_1994 and the minutes to each tier "
        "(1994); OUTPUT_ZONES, the zone polygons with population and the zone's index and "
        "class, or code.\n\n"
        "Bad input: a service without a kind stops the run naming the field (without "
        "SERVICE_KIND_FIELD every service is one kind 'all'); kinds without services are "
        "named in the log. Origins farther than MAX_SNAP from the network get no index and "
        "are counted in the log. A CUTOFF below 1 or above 600 is refused; a REFERENCE "
        "that is no origin id, or reaches nothing, stops the run.\n\n" + ac.MISSING_POLICY
    )

    METHOD = "METHOD"
    WORKPLACES = "WORKPLACES"
    EMPLOYEES_FIELD = "EMPLOYEES_FIELD"
    SERVICES = "SERVICES"
    SERVICE_KIND_FIELD = "SERVICE_KIND_FIELD"
    SERVICE_KINDS = "SERVICE_KINDS"
    JOB_WEIGHT = "JOB_WEIGHT"
    REFERENCE = "REFERENCE"
    BREAKS = "BREAKS"
    TETTSTEDER = "TETTSTEDER"
    TETTSTED_POPULATION_FIELD = "TETTSTED_POPULATION_FIELD"
    TETTSTED_NAME_FIELD = "TETTSTED_NAME_FIELD"
    OSLO_NAME = "OSLO_NAME"
    OSLO_MINUTES = "OSLO_MINUTES"
    OUTPUT = "OUTPUT"
    OUTPUT_ZONES = "OUTPUT_ZONES"

    def define(self, config):
        self.add(
            QgsProcessingParameterEnum(
                self.METHOD,
                self.tr("Method"),
                options=[
                    self.tr("SSB-style index 0-1000 (jobs 2/3, services 1/3)"),
                    self.tr("SSB 1994 standard (codes 0-3 by tettsted size)"),
                ],
                defaultValue=0,
            ),
            self.tr("The index needs WORKPLACES and SERVICES; the 1994 codes need TETTSTEDER."),
        )
        ac.add_origin_parameters(self)
        opt = dict(optional=True)
        self.add(
            QgsProcessingParameterFeatureSource(
                self.WORKPLACES, self.tr("Workplaces (index)"), ac.POINTS_OR_POLYGONS, **opt
            ),
            self.tr("Businesses with their employees (e.g. the sample's businesses)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.EMPLOYEES_FIELD,
                self.tr("Employees field"),
                parentLayerParameterName=self.WORKPLACES,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr(
                "Jobs per workplace; without it 1 each. Null or NaN counts as 0 (logged); "
                "negative or infinite values stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.SERVICES, self.tr("Services (index)"), ac.POINTS_OR_POLYGONS, **opt
            ),
            self.tr("Service functions (schools, GP, NAV, shops); may be the workplace layer."),
        )
        self.add(
            QgsProcessingParameterField(
                self.SERVICE_KIND_FIELD,
                self.tr("Service kind field"),
                parentLayerParameterName=self.SERVICES,
                optional=True,
            ),
            self.tr("Kind of each service; without it all are one kind."),
        )
        ac.add_text(
            self,
            self.SERVICE_KINDS,
            self.tr("Service kinds counted (comma-separated; empty = every kind; ours)"),
            "",
            self.tr(
                "The service functions of the index (SSB's list is not in our sources). "
                "Services of other kinds or without a kind are left out (counted)."
            ),
        )
        nw.add_network_parameters(self)
        ac.add_cutoff(
            self,
            90.0,
            self.tr("Index: opportunities farther than this count nothing (SSB: 90 min)."),
        )
        add_decay_parameters(self, 0.05, self.tr(" Default ours: SSB's function is unpublished."))
        self.add(
            QgsProcessingParameterNumber(
                self.JOB_WEIGHT,
                self.tr("Weight of jobs in the index (services get the rest)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=2 / 3,
                minValue=0.0,
                maxValue=1.0,
            ),
            self.tr("SSB: 2/3 for workplaces, 1/3 for services."),
            advanced=True,
        )
        ac.add_text(
            self,
            self.REFERENCE,
            self.tr("Reference origin id (index 1000; empty = the most central origin)"),
            "",
            self.tr("An origin id; its index is 1000 and others are scaled to it."),
            advanced=True,
        )
        ac.add_text(
            self,
            self.BREAKS,
            self.tr("Class breaks on the index (ours)"),
            "500, 600, 700, 800, 900",
            self.tr("Class 1 at or above the highest break ... the last class below the lowest."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.TETTSTEDER, self.tr("Tettsteder (1994)"), ac.POINTS_OR_POLYGONS, **opt
            ),
            self.tr("Tettsteder (SSB urban settlements) with their population."),
        )
        self.add(
            QgsProcessingParameterField(
                self.TETTSTED_POPULATION_FIELD,
                self.tr("Tettsted population field"),
                parentLayerParameterName=self.TETTSTEDER,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr("Inhabitants per tettsted. Null or NaN counts as 0 (logged)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.TETTSTED_NAME_FIELD,
                self.tr("Tettsted name field"),
                parentLayerParameterName=self.TETTSTEDER,
                optional=True,
            ),
            self.tr("Names, to find Oslo (OSLO_NAME)."),
        )
        ac.add_text(
            self,
            self.OSLO_NAME,
            self.tr("Name of Oslo"),
            "Oslo",
            self.tr("The tettsted with the 90-minute rule."),
            advanced=True,
        )
        ac.add_cutoff(
            self,
            90.0,
            self.tr("Code 3 within this of Oslo (1994: 90)."),
            name=self.OSLO_MINUTES,
            label=self.tr("Minutes from Oslo for code 3"),
        )
        for suffix, _, pop, minutes in TIERS_1994:
            self.add(
                QgsProcessingParameterNumber(
                    f"{suffix}_POPULATION",
                    self.tr("Smallest tettsted for the {} tier").format(suffix.lower()),
                    QgsProcessingParameterNumber.Integer,
                    defaultValue=pop,
                    minValue=1,
                    maxValue=10_000_000,
                ),
                self.tr("1994: 50,000 (code 3), 15,000 (code 2), 5,000 (code 1)."),
                advanced=True,
            )
            ac.add_cutoff(
                self,
                minutes,
                self.tr("1994: 75 (code 3), 60 (code 2), 45 (code 1) minutes."),
                name=f"{suffix}_MINUTES",
                label=self.tr("Minutes to the {} tier").format(suffix.lower()),
            )
        ac.add_zone_parameters(self)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Origins with centrality"), QgsProcessing.TypeVectorAnyGeometry
            ),
            self.tr("Each origin with its index and class, or its 1994 code."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ZONES,
                self.tr("Zones with centrality"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
            ),
            self.tr("Each zone with population and its index and class, or code."),
        )

    # -- running ------------------------------------------------------------------------
    def compute(self, parameters, context, feedback):
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        needed = [self.WORKPLACES, self.SERVICES] if method == METHOD_INDEX else [self.TETTSTEDER]
        for name in needed:
            if self.parameterAsSource(parameters, name, context) is None:
                raise InputError(
                    self.tr("{}: this method needs the layer {}; give it.").format(
                        self.METHOD, name
                    )
                )
        crs = nw.working_crs(self, parameters, context, feedback, [ac.ORIGINS, *needed, ac.ZONES])
        setup = nw.read_network(
            self, parameters, context, feedback, crs, progress=self.progress(feedback, 0, 15)
        )
        if setup.unit != "min":
            feedback.pushWarning(
                self.tr("COST is distance: cut-offs are read as kilometres, not minutes.")
            )
        origins, o_ids, pop = ac.read_origins(self, parameters, context, feedback, crs)
        zones, z_ids, zone = ac.read_zones(self, parameters, context, feedback, crs, origins)
        o_att = ac.attach_origins(self, setup, origins, feedback, self.progress(feedback, 15, 25))
        table = ac.origin_table(o_ids, pop, zones, z_ids, zone)
        if method == METHOD_INDEX:
            values, zone_values = self._index(
                parameters, context, feedback, crs, setup, o_att, o_ids, pop, zone, len(z_ids)
            )
        else:
            values, zone_values = self._codes(
                parameters, context, feedback, crs, setup, o_att, pop, zone, len(z_ids)
            )
        table.update(values)
        self.check_cancel(feedback)
        feedback.setProgress(90)
        result = {
            self.OUTPUT: ac.write_origins(
                self, parameters, self.OUTPUT, context, table, origins, crs, feedback
            )
        }
        if zones is not None and parameters.get(self.OUTPUT_ZONES) is not None:
            frame = pd.DataFrame({"zone_id": z_ids, **zone_values})
            result[self.OUTPUT_ZONES] = self.write(
                parameters,
                self.OUTPUT_ZONES,
                context,
                frame,
                zones.geometry,
                crs,
                QgsWkbTypes.MultiPolygon,
                feedback,
            )
        feedback.setProgress(100)
        return result

    def _index(self, parameters, context, feedback, crs, setup, o_att, o_ids, pop, zone, n_z):
        emp_field = self.parameterAsString(parameters, self.EMPLOYEES_FIELD, context)
        work = self.read(
            parameters,
            self.WORKPLACES,
            context,
            feedback,
            fields=[emp_field] if emp_field else [],
            target_crs=crs,
        )
        jobs = (
            layers.count_column(work, emp_field, self.EMPLOYEES_FIELD, feedback)
            if emp_field
            else np.ones(len(work))
        )
        kind_field = self.parameterAsString(parameters, self.SERVICE_KIND_FIELD, context)
        serv = self.read(
            parameters,
            self.SERVICES,
            context,
            feedback,
            fields=[kind_field] if kind_field else [],
            target_crs=crs,
        )
        kinds, s_kind = ac.kinds_of(
            self,
            serv,
            kind_field,
            self.SERVICE_KINDS,
            self.SERVICES,
            self.parameterAsString(parameters, self.SERVICE_KINDS, context),
        )
        member, present = kind_members(s_kind, kinds)
        if not present.all():
            feedback.pushWarning(
                self.tr("{}: no service of the kind(s) {}; they are left out of the index.").format(
                    self.SERVICES, ", ".join(np.array(kinds)[~present])
                )
            )
        if not present.any():
            raise InputError(
                self.tr("{}: no service of any kind wanted ({}).").format(
                    self.SERVICES, ", ".join(kinds)
                )
            )
        w_att = nw.attach(
            self, setup, work, self.WORKPLACES, feedback, progress=self.progress(feedback, 25, 28)
        )
        s_att = nw.attach(
            self, setup, serv, self.SERVICES, feedback, progress=self.progress(feedback, 28, 30)
        )
        function, beta, floor, factor = decay_settings(self, parameters, context, setup)
        limit = ac.in_unit(setup, ac.cutoff(self, parameters, context))
        acc_jobs = opportunity_sums(
            setup.net,
            o_att,
            w_att,
            jobs[:, None],
            limit,
            function,
            beta,
            floor=floor,
            progress=self.progress(feedback, 30, 60),
        )
        acc_serv = opportunity_sums(
            setup.net,
            o_att,
            s_att,
            member[:, present],
            limit,
            function,
            beta,
            floor=floor,
            progress=self.progress(feedback, 60, 90),
        )
        # unattached origins have NaN in every kind and stay NaN
        services = services_part(acc_serv.decayed)
        job_access = acc_jobs.decayed[:, 0] * factor
        parts = np.stack([job_access, services], axis=1)
        w = self.parameterAsDouble(parameters, self.JOB_WEIGHT, context)
        ref_text = (self.parameterAsString(parameters, self.REFERENCE, context) or "").strip()
        index = scale_index(parts, index_reference(parts, o_ids, (w, 1 - w), ref_text), (w, 1 - w))
        breaks = nw.parse_numbers(
            self,
            self.parameterAsString(parameters, self.BREAKS, context),
            self.BREAKS,
            ceiling=100_000,
        )
        above = int((index > 1000 + 1e-9).sum())
        if above:
            feedback.pushWarning(
                self.tr(
                    "{} origin(s) are more central than the reference (index above 1000)."
                ).format(above)
            )
        return index_outputs(job_access, services, index, pop, zone, n_z, breaks)

    def _codes(self, parameters, context, feedback, crs, setup, o_att, pop, zone, n_z):
        pop_field = self.parameterAsString(parameters, self.TETTSTED_POPULATION_FIELD, context)
        name_field = self.parameterAsString(parameters, self.TETTSTED_NAME_FIELD, context)
        if not pop_field:
            raise InputError(
                self.tr("{}: the 1994 codes need the tettsted population field.").format(
                    self.TETTSTED_POPULATION_FIELD
                )
            )
        tett = self.read(
            parameters,
            self.TETTSTEDER,
            context,
            feedback,
            fields=[f for f in (pop_field, name_field) if f],
            target_crs=crs,
        )
        size = layers.count_column(tett, pop_field, self.TETTSTED_POPULATION_FIELD, feedback)
        t_att = nw.attach(
            self, setup, tett, self.TETTSTEDER, feedback, progress=self.progress(feedback, 25, 30)
        )
        rules, is_oslo = {}, None
        oslo = self.parameterAsString(parameters, self.OSLO_NAME, context).strip()
        if name_field and oslo:
            is_oslo = (
                layers.text_column(tett, name_field).fillna("").str.strip().str.lower()
                == oslo.lower()
            ).to_numpy()
            rules["oslo"] = (None, ac.cutoff(self, parameters, context, self.OSLO_MINUTES), 3)
        for (suffix, tier, _, _), code in zip(TIERS_1994, (3, 2, 1)):
            least = self.parameterAsInt(parameters, f"{suffix}_POPULATION", context)
            minutes = ac.cutoff(self, parameters, context, f"{suffix}_MINUTES")
            rules[tier] = (least, minutes, code)
        names, groups = tier_groups(size, is_oslo, rules)
        limit = max(r[1] for r in rules.values())
        res = nearest_by_group(
            setup.net,
            o_att,
            t_att,
            groups,
            limit=ac.in_unit(setup, limit),
            progress=self.progress(feedback, 30, 90),
        )
        scale = 1.0 if setup.unit == "min" else 1000.0
        for n, g in zip(names, groups):
            if not g.any():
                feedback.pushInfo(self.tr("1994: no tettsted in the tier '{}'.").format(n))
        values = code_columns(res.cost, names, rules, o_att.attached, scale)
        # a zone takes the code of its most populous origin
        total, zone_code = zone_codes(values["code_1994"], pop, zone, n_z)
        return values, {"population": total, "code_1994": zone_code}
