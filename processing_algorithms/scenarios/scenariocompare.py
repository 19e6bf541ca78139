"""smaaby:scenariocompare: plan alternatives compared side by side on land, location and
transport (issue 16). Thin adapter: it reads the layers and parameters and hands them to
``core.scenarios`` (land rows through planchange's shore/AR5 functions, location rows
through serviceaccess's nearest search, the engine and the transit core, the car-km/CO₂
model), then writes the comparison table, the areas with their indicators and, on the
main thread (``postProcessAlgorithm``), the PDF report of ``report.scenario_report``.

Progress: reading 0-20 %, the networks 20-40 %, the alternatives 40-85 %, writing 85-100 %.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from smaaby_plugin import layers
from smaaby_plugin.core.catchments import transit_service as ts
from smaaby_plugin.core.errors import Cancelled, InputError
from smaaby_plugin.core.landuse.plans import current_codes, shore_zone
from smaaby_plugin.core.scenarios import comparison as cmp
from smaaby_plugin.core.scenarios import scenario_indicators as si
from smaaby_plugin.core.scenarios.travel_emissions import TravelModel, parse_list
from smaaby_plugin.core.values import listing
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _network as nw
from smaaby_plugin.processing_algorithms.catchments import _transit as tx
from smaaby_plugin.processing_algorithms.landuse import _landuse, _plans

# Model parameters: name -> (TravelModel field, label, minimum, maximum).
_MODEL_NUMBERS = {
    "PERSONS_PER_DWELLING": ("persons_per_dwelling", "Persons per dwelling", 0.1, 10.0),
    "TRIPS_PER_PERSON": ("trips_per_person_day", "Trips per person per day", 0.0, 20.0),
    "PT_REDUCTION": ("pt_reduction", "Car share taken off near a frequent stop", 0.0, 1.0),
    "TRIP_BASE_KM": ("trip_base_km", "Car trip length from the centre (km)", 0.0, 500.0),
    "CENTRE_FACTOR": ("centre_factor", "Km added per km from the centre", 0.0, 10.0),
    "CO2_PER_KM": ("kg_co2_per_km", "CO₂ per car-km, 2030 fleet (kg)", 0.0, 1.0),
    "DAYS_PER_YEAR": ("days_per_year", "Days per year", 1.0, 366.0),
}
_MODEL_HELP = {
    "PERSONS_PER_DWELLING": "Residents per new dwelling (SSB: about 2.1 per household).",
    "TRIPS_PER_PERSON": "Trips per resident per day, all modes (RVU 2018/19: about 3).",
    "PT_REDUCTION": (
        "Share points taken off the car-driver share of an area within STOP_DISTANCE of a "
        "stop with at least MIN_DEPARTURES per hour (our assumption: 0.05)."
    ),
    "TRIP_BASE_KM": "Length of a car trip starting at the centre (our assumption: 7 km).",
    "CENTRE_FACTOR": (
        "Km added to each car trip per km of road distance from the centre (our assumption: 0.5)."
    ),
    "CO2_PER_KM": (
        "Exhaust CO₂ per car-km of the 2030 car fleet (our assumption after "
        "Miljødirektoratet's Klimakur 2030: 0.07 kg; set the current figure)."
    ),
    "DAYS_PER_YEAR": "Days a year the daily car-km count (365: RVU averages all days).",
}


class ScenarioCompare(SmaabyAlgorithm):
    ALG_ID = "scenariocompare"
    DISPLAY_NAME = "Compare plan alternatives (scenarios toward 2030)"
    TAGS = (
        "scenario, scenarier, planalternativ, alternativer, konsekvensutredning, KU, grønn "
        "omstilling, 2030, utslipp, CO2, bilkilometer, dyrka mark, strandsone, fortetting, "
        "kommuneplan, plan alternatives, emissions"
    )
    HELP = (
        "Compares two or more plan alternatives (where the next dwellings and jobs go) side "
        "by side, as a konsekvensutredning does by hand: one table with a row per indicator "
        "and a column per alternative, with the unit, the direction (lower or higher is "
        "better) and the rank of each alternative; the development areas with their "
        "indicators; a short text per alternative; and optionally a PDF report (a map per "
        "alternative, the comparison table, bar charts per indicator, the model and its "
        "sources).\n\n"
        "Alternatives: each layer of ALTERNATIVES is one alternative named by the layer, or, "
        "with NAME_FIELD, its features are grouped by that field (one layer can then hold "
        "all the alternatives). Each area has planned dwellings (DWELLINGS_FIELD) and/or "
        "jobs (JOBS_FIELD), or, for a proposed plan layer as it is, a density per purpose "
        "(PURPOSE_FIELD with DWELLING_DENSITIES / JOB_DENSITIES, per daa) times its area.\n\n"
        "Land (daa): the areas are cut by the shore zone (within SHORE_WIDTH of SHORE, pbl "
        "§ 1-8) and the AR5 polygons as smaaby:planchange's conversion table does: dyrka "
        "mark (21, 22), innmarksbeite (23), skog (30), myr (60), åpen fastmark (50), built "
        "land and roads (11, 12), other, and the shore zone.\n"
        "Location: each area counts by a point inside it. Network distance (walking) and "
        "car minutes to the nearest CENTRE point, as smaaby:serviceaccess computes them; the "
        "share of dwellings and jobs within WALK_DISTANCE of the centre; with FEED, the "
        "share within STOP_DISTANCE walking (along the roads, as smaaby:transitservice's "
        "coverage) of a stop with at least MIN_DEPARTURES departures per hour between START "
        "and END on the chosen day; with SERVICES, the "
        "mean walking distance to the nearest service; with POPULATION, the existing "
        "residents within WALK_DISTANCE of the areas; density in dwellings per daa.\n"
        "Transport: car-km per day and CO₂ per year of the new residents: residents = "
        "dwellings x persons per dwelling; car-km = residents x trips per person x car-driver "
        "share x trip length; the car share by the road distance to the centre (bands), "
        "less near a frequent stop; trip length = base + factor x distance; CO₂ = car-km x "
        "days x kg per km. Defaults: SSB (persons), RVU 2018/19 (trips), our assumptions "
        "(bands, shares, lengths, the 2030 emission factor after Miljødirektoratet); every "
        "one is a parameter (Advanced).\n\n"
        "Bad input: fewer than two alternatives, alternatives in different CRSs, "
        "overlapping areas inside an alternative (all listed; the same name in two layers "
        "is one alternative), an area without a name, or no dwellings or jobs field stop "
        "the run. An area farther than MAX_SNAP from the road "
        "network or without a road connection to the centre keeps its land figures; the "
        "network rows of its alternative are left empty and the note says why.\n"
        "Missing values: a null or NaN dwellings or jobs value counts as 0 (the log says "
        "how many); negative, infinite or absurd values stop the run with the feature "
        "ids.\n"
        "CRS: all inputs are computed in the first input's projected CRS, or the UTM zone "
        "of the data when it is geographic or Web Mercator; a layer without a CRS stops the "
        "run."
    )

    ALTERNATIVES = "ALTERNATIVES"
    NAME_FIELD = "NAME_FIELD"
    DWELLINGS_FIELD = "DWELLINGS_FIELD"
    JOBS_FIELD = "JOBS_FIELD"
    PURPOSE_FIELD = "PURPOSE_FIELD"
    DWELLING_DENSITIES = "DWELLING_DENSITIES"
    JOB_DENSITIES = "JOB_DENSITIES"
    LANDCOVER = "LANDCOVER"
    LANDCOVER_FIELD = "LANDCOVER_FIELD"
    OVERLAPS = "OVERLAPS"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    CENTRE = "CENTRE"
    SERVICES = "SERVICES"
    MIN_DEPARTURES = "MIN_DEPARTURES"
    STOP_DISTANCE = "STOP_DISTANCE"
    WALK_DISTANCE = "WALK_DISTANCE"
    DISTANCE_BREAKS = "DISTANCE_BREAKS"
    CAR_SHARES = "CAR_SHARES"
    TITLE = "TITLE"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_TEXTS = "OUTPUT_TEXTS"
    OUTPUT_PDF = "OUTPUT_PDF"

    def define(self, config):
        self.add(
            QgsProcessingParameterMultipleLayers(
                self.ALTERNATIVES,
                self.tr("Plan alternatives (development areas)"),
                QgsProcessing.TypeVectorPolygon,
            ),
            self.tr(
                "Two or more polygon layers, one per alternative (named by the layer), or "
                "layers whose features NAME_FIELD groups into alternatives. Areas may not "
                "overlap inside an alternative; all must be in one CRS."
            ),
        )
        for name, label, default, text in (
            (
                self.NAME_FIELD,
                "Alternative name field",
                None,
                "Field naming the alternative of each area; empty: each layer is one "
                "alternative named by the layer.",
            ),
            (
                self.DWELLINGS_FIELD,
                "Dwellings field",
                "dwellings",
                "Field with the planned dwellings per area (null counts as 0, logged; "
                "negative stops the run). Empty: no dwellings.",
            ),
            (
                self.JOBS_FIELD,
                "Jobs field",
                "jobs",
                "Field with the planned jobs per area (same policy). Empty: no jobs.",
            ),
        ):
            self.add(
                QgsProcessingParameterString(
                    name, self.tr(label), defaultValue=default, optional=True
                ),
                self.tr(text),
            )
        for name, label, text in (
            (
                self.PURPOSE_FIELD,
                "Purpose field (for densities)",
                "Field with the purpose of each area (arealformål code or text), for "
                "DWELLING_DENSITIES and JOB_DENSITIES: a proposed plan layer as it is.",
            ),
            (
                self.DWELLING_DENSITIES,
                "Dwellings per daa by purpose",
                "purpose=dwellings per daa pairs, e.g. '1110=4, 1130=2.5' (0-1000 per daa). "
                "Given, each area's dwellings are its density times its area (areas of other "
                "purposes get none, counted in the log) and DWELLINGS_FIELD is not read.",
            ),
            (
                self.JOB_DENSITIES,
                "Jobs per daa by purpose",
                "purpose=jobs per daa pairs, e.g. '1300=3, 1130=1'; given, JOBS_FIELD is not read.",
            ),
        ):
            self.add(
                QgsProcessingParameterString(name, self.tr(label), optional=True),
                self.tr(text),
                advanced=True,
            )
        _plans.add_landcover_parameters(self, self.LANDCOVER, self.LANDCOVER_FIELD, optional=True)
        _landuse.add_overlap_parameter(self, self.OVERLAPS)
        _plans.add_shore_parameters(self)
        self.add(
            QgsProcessingParameterFeatureSource(
                self.POPULATION,
                self.tr("Population (grid cells or points)"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
                optional=True,
            ),
            self.tr("Where people live today (SSB grid); for the residents within reach."),
        )
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field"),
                parentLayerParameterName=self.POPULATION,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr("Residents per feature (null counts as 0, logged); empty: 1 each."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CENTRE, self.tr("Centre (points)"), [QgsProcessing.TypeVectorPoint]
            ),
            self.tr("The town centre (or centres: the nearest counts)."),
        )
        nw.add_network_parameters(self, cost=False)
        self.add(
            QgsProcessingParameterDistance(
                self.WALK_DISTANCE,
                self.tr("Walking distance"),
                defaultValue=1000.0,
                parentParameterName=nw.NETWORK,
                minValue=50.0,
                maxValue=20000.0,
            ),
            self.tr(
                "Network distance (m, 50-20,000) counted as walking distance to the centre, "
                "to a service and for the residents within reach."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.SERVICES,
                self.tr("Services (points, optional)"),
                [QgsProcessing.TypeVectorPoint],
                optional=True,
            ),
            self.tr("Schools, shops, doctors...: the nearest one counts."),
        )
        # FEED, DATE, START, END as the public-transport algorithms have them; FEED optional
        tx.add_feed_parameters(self)
        feed = self.parameterDefinition(tx.FEED)
        feed.setFlags(feed.flags() | QgsProcessingParameterDefinition.FlagOptional)
        feed.setDescription(self.tr("GTFS feed (optional)"))
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_DEPARTURES,
                self.tr("Departures per hour of a frequent stop"),
                QgsProcessingParameterNumber.Double,
                defaultValue=2.0,
                minValue=0.1,
                maxValue=120.0,
            ),
            self.tr("A stop counts as frequent with at least this many departures per hour."),
        )
        self.add(
            QgsProcessingParameterDistance(
                self.STOP_DISTANCE,
                self.tr("Distance to a stop"),
                defaultValue=500.0,
                parentParameterName=nw.NETWORK,
                minValue=10.0,
                maxValue=5000.0,
            ),
            self.tr(
                "Walking distance (m, 10-5,000) from an area to a frequent stop, along the "
                "road network as smaaby:transitservice measures it (off the network: straight "
                "lines times DETOUR_FACTOR)."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                tx.DETOUR_FACTOR,
                self.tr("Detour factor of straight walking lines"),
                QgsProcessingParameterNumber.Double,
                defaultValue=1.3,
                minValue=1.0,
                maxValue=3.0,
            ),
            self.tr(
                "Areas or stops farther than MAX_SNAP from the road network walk to a stop "
                "along straight lines times this factor (1-3), as in smaaby:transitservice."
            ),
            advanced=True,
        )
        defaults = TravelModel()
        for name, (attr, label, low, high) in _MODEL_NUMBERS.items():
            self.add(
                QgsProcessingParameterNumber(
                    name,
                    self.tr(label),
                    QgsProcessingParameterNumber.Double,
                    defaultValue=getattr(defaults, attr),
                    minValue=low,
                    maxValue=high,
                ),
                self.tr(_MODEL_HELP[name]),
                advanced=True,
            )
        self.add(
            QgsProcessingParameterString(
                self.DISTANCE_BREAKS,
                self.tr("Distance bands to the centre (km)"),
                defaultValue="1, 3, 10",
            ),
            self.tr("Upper bounds of the distance bands (increasing, km; our assumption)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(
                self.CAR_SHARES,
                self.tr("Car-driver share per band"),
                defaultValue="0.30, 0.45, 0.60, 0.70",
            ),
            self.tr(
                "Car-driver share of trips in each band, one more than the bands (the last is "
                "beyond the last band); our assumption shaped after RVU."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.TITLE, self.tr("Report title"), optional=True),
            self.tr("Title of the PDF; empty: “Plan alternatives compared”."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Comparison of alternatives"), QgsProcessing.TypeVector
            ),
            self.tr(
                "A row per indicator: group, label, unit, direction, a column per "
                "alternative, rank_<alternative>, best, note (why a value is empty)."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_AREAS,
                self.tr("Development areas with indicators"),
                QgsProcessing.TypeVectorPolygon,
            ),
            self.tr(
                "Every area of every alternative (field alternative), with its land, "
                "location and travel figures."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TEXTS,
                self.tr("Summary per alternative"),
                QgsProcessing.TypeVector,
                optional=True,
            ),
            self.tr("A short text per alternative: what it costs and what it gains."),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF,
                self.tr("Report (PDF)"),
                self.tr("PDF files (*.pdf)"),
                optional=True,
            ),
            self.tr("The multi-page PDF report (optional)."),
        )

    # -- reading ---------------------------------------------------------------------------
    def _model(self, parameters, context) -> TravelModel:
        values = {
            attr: self.parameterAsDouble(parameters, name, context)
            for name, (attr, *_rest) in _MODEL_NUMBERS.items()
        }
        breaks = parse_list(
            self.parameterAsString(parameters, self.DISTANCE_BREAKS, context), self.DISTANCE_BREAKS
        )
        shares = parse_list(
            self.parameterAsString(parameters, self.CAR_SHARES, context),
            self.CAR_SHARES,
            example="0.30, 0.45, 0.60, 0.70",
        )
        return TravelModel(distance_breaks_km=breaks, car_shares=shares, **values)

    def _alternatives(self, parameters, context, feedback, alt_layers, crs):
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context).strip()
        dw_field = self.parameterAsString(parameters, self.DWELLINGS_FIELD, context).strip()
        job_field = self.parameterAsString(parameters, self.JOBS_FIELD, context).strip()
        purpose_field = self.parameterAsString(parameters, self.PURPOSE_FIELD, context).strip()
        densities = {}
        for param in (self.DWELLING_DENSITIES, self.JOB_DENSITIES):
            text = self.parameterAsString(parameters, param, context).strip()
            if text:
                densities[param] = si.parse_densities(text, param)
        if densities and not purpose_field:
            raise InputError(
                self.tr("{} needs PURPOSE_FIELD, the field with each area's purpose.").format(
                    " and ".join(densities)
                )
            )
        # densities, where given, replace the count field
        if self.DWELLING_DENSITIES in densities:
            dw_field = ""
        if self.JOB_DENSITIES in densities:
            job_field = ""
        if not dw_field and not job_field and not densities:
            raise InputError(
                self.tr("DWELLINGS_FIELD and JOBS_FIELD are both empty; name at least one.")
            )
        names, geoms, dws, jobs, ids = [], [], [], [], []
        for layer in alt_layers:
            label = f"{self.ALTERNATIVES} '{layer.name()}'"
            data = layers.read_source(
                layer,
                label,
                context,
                feedback,
                fields=[f for f in (name_field, dw_field, job_field, purpose_field) if f],
                target_crs=crs,
                repair=False,
            )
            n = len(data)
            dw = (
                layers.count_column(data, dw_field, self.DWELLINGS_FIELD, feedback)
                if dw_field
                else np.zeros(n)
            )
            jb = (
                layers.count_column(data, job_field, self.JOBS_FIELD, feedback)
                if job_field
                else np.zeros(n)
            )
            for param, kind in (
                (self.DWELLING_DENSITIES, "dwellings"),
                (self.JOB_DENSITIES, "jobs"),
            ):
                if param not in densities:
                    continue
                counts, n_other = si.counts_from_densities(
                    data.geometry, data.attributes[purpose_field].tolist(), densities[param]
                )
                if param == self.DWELLING_DENSITIES:
                    dw = counts
                else:
                    jb = counts
                feedback.pushInfo(
                    self.tr("{}: {} from {} x area ({:,.0f} in all){}.").format(
                        label,
                        kind,
                        param,
                        counts.sum(),
                        self.tr("; {} area(s) of other purposes get none").format(n_other)
                        if n_other
                        else "",
                    )
                )
            if name_field:
                text = layers.text_column(data, name_field)
                missing = text.isna().to_numpy() | (text.fillna("").str.strip() == "").to_numpy()
                if missing.any():
                    raise InputError(
                        self.tr("{}: {} area(s) have no name in '{}' (feature ids {}).").format(
                            label, int(missing.sum()), name_field, listing(data.fids[missing])
                        )
                    )
                groups = text.str.strip().to_numpy(dtype=object)
            else:
                groups = np.full(n, layer.name(), dtype=object)
            for g in pd.unique(groups):
                sel = groups == g
                if g in names:  # the same name in two layers: one alternative
                    k = names.index(g)
                    geoms[k] = np.r_[geoms[k], data.geometry[sel]]
                    dws[k], jobs[k] = np.r_[dws[k], dw[sel]], np.r_[jobs[k], jb[sel]]
                    ids[k] = np.r_[ids[k], data.fids[sel]]
                    continue
                names.append(g)
                geoms.append(data.geometry[sel])
                dws.append(dw[sel])
                jobs.append(jb[sel])
                ids.append(data.fids[sel])
        alts, notes = si.prepare_alternatives(names, geoms, dws, jobs, ids)
        for note in notes:
            feedback.pushWarning(note)
        for a in alts:
            feedback.pushInfo(
                self.tr("{}: {} area(s), {:,.0f} dwellings, {:,.0f} jobs.").format(
                    a.name, len(a), a.dwellings.sum(), a.jobs.sum()
                )
            )
        return alts

    def _stops(self, parameters, context, feedback, crs):
        """The stops (points in ``crs``) with at least MIN_DEPARTURES per hour in the
        window, read as smaaby:transitservice reads them; None without FEED."""
        if not self.parameterAsFile(parameters, tx.FEED, context):
            return None
        service = tx.read_service(self, parameters, context, feedback)
        tt = service.timetable
        table = ts.stop_service(tt.stops, tt.trips, tt.stop_times, service.start, service.end)
        minimum = self.parameterAsDouble(parameters, self.MIN_DEPARTURES, context)
        frequent = table["departures_per_hour"].to_numpy() >= minimum
        feedback.pushInfo(
            self.tr(
                "{:,} of {:,} stops have at least {:g} departures per hour in the window."
            ).format(int(frequent.sum()), len(table), minimum)
        )
        return tx.stop_points(service, crs, context)[frequent]

    @staticmethod
    def _walk_to_stops(walking, points, label, stops, radius):
        """Walking metres from each area to its nearest frequent stop within ``radius`` (inf
        beyond), as smaaby:transitservice's coverage walks."""
        out = np.full(len(points), np.inf)
        if len(stops) and len(points):
            w = walking.pairs(points, label, stops, "stops", radius)
            np.minimum.at(out, w.a, w.secs)
        return out

    # -- run -------------------------------------------------------------------------------
    def compute(self, parameters, context, feedback):
        model = self._model(parameters, context)
        alt_layers = [
            lyr for lyr in self.parameterAsLayerList(parameters, self.ALTERNATIVES, context) if lyr
        ]
        if not alt_layers:
            raise InputError(
                self.tr("ALTERNATIVES: choose two or more layers of development areas.")
            )
        names = [self.LANDCOVER, _plans.SHORE, self.POPULATION, self.CENTRE, self.SERVICES]
        opened = _landuse.sources(self, parameters, [*names, nw.NETWORK, nw.SPEED_LAYER], context)
        labelled = [(f"{self.ALTERNATIVES} '{lyr.name()}'", lyr) for lyr in alt_layers]
        labelled += [(n, s) for n, s in zip([*names, nw.NETWORK, nw.SPEED_LAYER], opened) if s]
        crs = layers.working_crs(
            [s for _, s in labelled], context, feedback, [n for n, _ in labelled]
        )
        si.check_same_crs(
            [lyr.name() for lyr in alt_layers],
            [lyr.crs().authid() or lyr.crs().description() for lyr in alt_layers],
        )
        lc_src, shore_src, pop_src, centre_src, service_src = opened[:5]
        alts = self._alternatives(parameters, context, feedback, alt_layers, crs)
        self.check_cancel(feedback)
        feedback.setProgress(8)
        landcover = None
        if lc_src is not None:
            if not self.parameterAsString(parameters, self.LANDCOVER_FIELD, context):
                raise InputError(
                    self.tr("LANDCOVER is given without LANDCOVER_FIELD; choose the AR5 field.")
                )
            landcover = _landuse.read_categorical(
                self,
                parameters,
                context,
                feedback,
                layer=self.LANDCOVER,
                field=self.LANDCOVER_FIELD,
                crs=crs,
                rule=_landuse.overlap_rule(self, parameters, self.OVERLAPS, context),
                source=lc_src,
                progress=self.progress(feedback, 8, 15),
            )
        shore = _plans.read_shore(self, parameters, context, feedback, crs, shore_src)
        width = self.parameterAsDouble(parameters, _plans.SHORE_WIDTH, context)
        shore_cover = shore_zone(shore, width) if shore is not None and len(shore) else None
        ar5_codes = current_codes(_plans.code_lists()["ar5"])
        walk_limit = self.parameterAsDouble(parameters, self.WALK_DISTANCE, context)
        stop_radius = self.parameterAsDouble(parameters, self.STOP_DISTANCE, context)
        stops = self._stops(parameters, context, feedback, crs)
        if stops is not None:
            tx.check_feed_meets(
                self, stops, np.concatenate([si.area_points(a) for a in alts]), self.ALTERNATIVES
            )
        feedback.setProgress(20)

        walk = nw.read_network(
            self,
            parameters,
            context,
            feedback,
            crs,
            progress=self.progress(feedback, 20, 30),
            walking=True,
        )
        walking = (
            tx.Walking(self, parameters, context, feedback, crs) if stops is not None else None
        )
        car = nw.read_network(
            self,
            parameters,
            context,
            feedback,
            crs,
            cost=nw.COST_TIME,
            progress=self.progress(feedback, 30, 40),
        )
        centre = self.read(parameters, self.CENTRE, context, feedback, fields=[], target_crs=crs)
        centre_walk = nw.attach(self, walk, centre, self.CENTRE, feedback)
        centre_car = nw.attach(self, car, centre, self.CENTRE, feedback)
        services = None
        if service_src is not None:
            data = self.read(
                parameters, self.SERVICES, context, feedback, fields=[], target_crs=crs
            )
            services = nw.attach(self, walk, data, self.SERVICES, feedback, required=False)
        population = cells = None
        if pop_src is not None:
            data, population = nw.read_population(
                self, parameters, self.POPULATION, self.POPULATION_FIELD, context, feedback, crs
            )
            cells = nw.attach(self, walk, data, self.POPULATION, feedback, required=False)

        area_tables, columns = [], {}
        for k, alt in enumerate(alts):
            step = self.progress(feedback, 40 + 45 * k / len(alts), 40 + 45 * (k + 1) / len(alts))
            label = f"{self.ALTERNATIVES} '{alt.name}'"
            land = si.land_by_area(alt.geometry, landcover, shore_cover, ar5_codes)
            step(0.3)
            points = SimpleNamespace(geometry=si.area_points(alt))
            a_walk = nw.attach(self, walk, points, label, feedback, required=False)
            # the same points as on foot: their warnings are said once
            a_car = nw.attach(self, car, points, label, _QUIET, required=False)
            walk_m, walk_status = si.nearest_cost(walk.net, a_walk, centre_walk)
            car_min, car_status = si.nearest_cost(car.net, a_car, centre_car)
            reasons = si.status_reason(walk_status)
            reasons = np.where(reasons == "", si.status_reason(car_status), reasons)
            step(0.6)
            stop_m = None
            if stops is not None:
                stop_m = self._walk_to_stops(walking, points.geometry, label, stops, stop_radius)
            service_m = None
            if services is not None:
                service_m, _ = si.nearest_cost(walk.net, a_walk, services)
            nearby = None
            if cells is not None:
                nearby = si.residents_within(walk.net, a_walk, cells, population, walk_limit)
            table = cmp.area_table(
                alt.name,
                alt.ids,
                alt.dwellings,
                alt.jobs,
                land,
                walk_m,
                walk_status,
                car_min,
                car_status,
                reasons,
                model,
                walk_limit,
                stop_m,
                stop_radius,
                service_m,
            )
            unreached = int((reasons != "").sum())
            if unreached:
                feedback.pushWarning(
                    self.tr(
                        "{}: {} of {} area(s) are not reached by the road network ({}); their "
                        "alternative's network rows are left empty."
                    ).format(label, unreached, len(alt), "; ".join(sorted(set(reasons) - {""})))
                )
            area_tables.append(table)
            columns[alt.name] = cmp.alternative_values(
                table,
                has_landcover=landcover is not None,
                has_shore=shore_cover is not None,
                has_feed=stops is not None,
                has_services=services is not None,
                residents_nearby=nearby,
                service_limit=walk_limit,
            )
            step(1.0)
        comparison = cmp.comparison_table(columns)
        texts = cmp.alternative_texts(comparison)
        for text in texts["text"]:
            feedback.pushInfo(text)
        areas = pd.concat(area_tables, ignore_index=True)
        areas = areas.drop(columns=[c for c in areas.columns if c.startswith("ar5_")])
        geometry = np.concatenate([a.geometry for a in alts])
        self.check_cancel(feedback)
        feedback.setProgress(86)
        outputs = {
            self.OUTPUT: self.write(
                parameters, self.OUTPUT, context, comparison, feedback=feedback
            ),
            self.OUTPUT_AREAS: self.write(
                parameters,
                self.OUTPUT_AREAS,
                context,
                areas,
                geometry,
                crs,
                QgsWkbTypes.MultiPolygon,
                feedback,
            ),
        }
        if parameters.get(self.OUTPUT_TEXTS) is not None:
            outputs[self.OUTPUT_TEXTS] = self.write(
                parameters, self.OUTPUT_TEXTS, context, texts, feedback=feedback
            )
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        self._render = None
        if pdf:
            from smaaby_plugin.report import scenario_report

            pdf = self.record_output(parameters, self.OUTPUT_PDF, context)
            title = self.parameterAsString(parameters, self.TITLE, context).strip() or self.tr(
                "Plan alternatives compared"
            )
            maps = scenario_report.report_layers(
                areas, geometry, centre.geometry, crs, walk.data.geometry, shore
            )
            store = context.temporaryLayerStore()
            for layer in maps.all():
                store.addMapLayer(layer)
            self._render = (pdf, title, crs, maps, comparison, texts, model, outputs)
        feedback.setProgress(90 if pdf else 100)
        return outputs

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        render, self._render = getattr(self, "_render", None), None
        if render is None:
            return {}
        from smaaby_plugin.report import scenario_report

        pdf, title, crs, maps, comparison, texts, model, outputs = render
        store = context.temporaryLayerStore()
        for layer in maps.all():
            if store.mapLayer(layer.id()) is not None:
                store.takeMapLayer(layer)  # the report's own project takes them over
        try:
            pages = scenario_report.write_pdf(
                pdf,
                title,
                crs,
                maps,
                comparison,
                texts,
                model.as_table(),
                self.progress(feedback, 90, 100),
            )
        except Cancelled:
            return self.discard_cancelled(context, feedback)
        except OSError as error:
            self._outputs.discard(context)
            raise QgsProcessingException(
                self.tr("The PDF could not be written to {} ({}).").format(pdf, error)
            ) from None
        feedback.pushInfo(self.tr("Wrote {} page(s) to {}.").format(pages, pdf))
        feedback.setProgress(100)
        return {**outputs, self.OUTPUT_PDF: pdf}


#: A feedback that says nothing (the second attaching of the same points).
_QUIET = SimpleNamespace(pushWarning=lambda text: None, pushInfo=lambda text: None)
