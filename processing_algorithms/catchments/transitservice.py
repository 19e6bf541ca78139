"""smaaby:transitservice: the public-transport service level (kollektivtilbud) at stops
and on routes from a GTFS feed, and the population it covers (kollektivdekning). Thin
adapter to core.catchments.gtfs and core.catchments.transit_service.

Progress: reading the feed 0-30 %, the network 30-50 %, the service level 50-60 %,
coverage 60-85 %, writing 85-100 %."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from smaaby_plugin.core.catchments import network as core
from smaaby_plugin.core.catchments import transit_service as ts
from smaaby_plugin.core.catchments.service_access import zone_of_points
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _access as ac
from smaaby_plugin.processing_algorithms.catchments import _network as nw
from smaaby_plugin.processing_algorithms.catchments import _transit as tx


class TransitService(SmaabyAlgorithm):
    ALG_ID = "transitservice"
    DISPLAY_NAME = "Public transport service level and coverage (GTFS)"
    TAGS = (
        "public transport, kollektivtransport, kollektivtilbud, kollektivdekning, GTFS, "
        "bus, buss, train, tog, stops, holdeplass, departures, avganger, headway, frekvens"
    )
    HELP = (
        "The service level of public transport from a GTFS timetable: per stop the "
        "departures in the window, departures per hour, mean headway (window minutes / "
        "departures), first and last departure of the day and the routes serving it; per "
        "route the trips starting in the window, per hour, mean headway, first and last "
        "trip. Stops are classed by departures per hour (CLASS_BREAKS; default 1, 2, 4, 8 "
        "per hour, our choice). Coverage (kollektivdekning): the population within "
        "WALK_DISTANCE walking (default 500 m) of a stop with at least MIN_DEPARTURES per "
        "hour, per zone with shares.\n\n"
        "Method: the service day's trips (calendar with calendar_dates; frequencies "
        "expanded; trips of the day before running past midnight included); a departure is a "
        "stop time that is not the last of its trip. Walking on the road network (a distance "
        "network; points beyond MAX_SNAP walk straight, counted in the log) or, without a "
        "network, straight lines times DETOUR_FACTOR.\n\n"
        "Bad input: a feed missing a required file or column stops the run naming it; a "
        "date without trips stops it with the feed's range of dates; times that do not "
        "parse stop it with the trip and stop ids; a window outside 00:00-30:00 stops it. "
        "Missing values: a null or NaN population counts as 0 (the log says how many); "
        "negative or infinite values stop the run. Duplicate zone ids stop the run. CRS: "
        "all inputs are computed in the first input's projected CRS, or the UTM zone of the "
        "data when it is geographic or Web Mercator (the stops' UTM zone without layers); a "
        "layer without a CRS stops the run."
    )

    CLASS_BREAKS = "CLASS_BREAKS"
    MIN_DEPARTURES = "MIN_DEPARTURES"
    WALK_DISTANCE = "WALK_DISTANCE"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    ZONES = "ZONES"
    ZONE_ID_FIELD = "ZONE_ID_FIELD"
    OUTPUT_STOPS = "OUTPUT_STOPS"
    OUTPUT_ROUTES = "OUTPUT_ROUTES"
    OUTPUT_COVERAGE = "OUTPUT_COVERAGE"

    def define(self, config):
        tr = self.tr
        tx.add_feed_parameters(self)
        self.add(
            QgsProcessingParameterString(
                self.CLASS_BREAKS,
                tr("Class breaks (departures per hour)"),
                defaultValue="1, 2, 4, 8",
            ),
            tr(
                "Increasing departures per hour that divide the stop classes (0-120), e.g. "
                "'1, 2, 4, 8' gives under 1, 1-2, 2-4, 4-8, 8 and more."
            ),
        )
        kinds = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        self.add(
            QgsProcessingParameterFeatureSource(
                self.POPULATION, tr("Population (cells or addresses)"), kinds, optional=True
            ),
            tr(
                "Where people live: SSB 250 m cells or address points (a polygon counts by "
                "a point inside it)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                tr("Population field"),
                parentLayerParameterName=self.POPULATION,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            tr(
                "Inhabitants per feature; without it each feature counts 1. Null counts as "
                "0 (logged)."
            ),
        )
        ac.add_zone_parameters(self)
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_DEPARTURES,
                tr("Departures per hour for coverage"),
                QgsProcessingParameterNumber.Double,
                defaultValue=2.0,
                minValue=0.0,
                maxValue=120.0,
            ),
            tr(
                "A stop covers its surroundings with at least this many departures per hour "
                "in the window (0-120; default 2, our choice)."
            ),
        )
        self.add(
            QgsProcessingParameterDistance(
                self.WALK_DISTANCE,
                tr("Walking distance to a stop"),
                defaultValue=500.0,
                minValue=0.0,
                maxValue=5000.0,
            ),
            tr("Metres of walking (0-5000) within which a stop covers a home (default 500 m)."),
        )
        tx.add_walk_parameters(
            self,
            tr(
                "Roads and paths to walk on to the stops (distance along the network). Without "
                "it, straight lines times DETOUR_FACTOR. A layer without a CRS stops the run."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_STOPS, tr("Stops with service level"), QgsProcessing.TypeVectorPoint
            ),
            tr(
                "Per stop: departures, departures_per_hour, headway_min, first/last "
                "departure, routes, service_class, covering."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ROUTES, tr("Routes with service level"), QgsProcessing.TypeVector
            ),
            tr(
                "Per route: trips_day, trips_window, trips_per_hour, headway_min, "
                "first_trip, last_trip, n_stops."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_COVERAGE,
                tr("Coverage (kollektivdekning)"),
                QgsProcessing.TypeVector,
                optional=True,
            ),
            tr("Per zone (or one row for all): population, covered, share. Needs POPULATION."),
        )

    def compute(self, parameters, context, feedback):
        breaks = ts.parse_breaks(self.parameterAsString(parameters, self.CLASS_BREAKS, context))
        service = tx.read_service(self, parameters, context, feedback)
        tt = service.timetable
        feedback.setProgress(30)
        crs = tx.working_crs(
            self, parameters, context, feedback, [self.POPULATION, self.ZONES], service
        )
        stops = tx.stop_points(service, crs, context)
        table = ts.stop_service(tt.stops, tt.trips, tt.stop_times, service.start, service.end)
        min_dep = self.parameterAsDouble(parameters, self.MIN_DEPARTURES, context)
        table["service_class"] = ts.classify(table["departures_per_hour"].to_numpy(), breaks)
        dph = table["departures_per_hour"].to_numpy()
        # a stop without a departure in the window serves no one, whatever MIN_DEPARTURES
        # (with 0, every stop of the feed covered: 100 % kollektivdekning without a bus)
        table["covering"] = (dph >= min_dep) & (dph > 0)
        routes = ts.route_service(tt.trips, tt.stop_times, service.start, service.end)
        self.check_cancel(feedback)
        result = {}
        result[self.OUTPUT_STOPS] = self.write(
            parameters, self.OUTPUT_STOPS, context, table, stops, crs, QgsWkbTypes.Point, feedback
        )
        result[self.OUTPUT_ROUTES] = self.write(
            parameters, self.OUTPUT_ROUTES, context, routes, feedback=feedback
        )
        feedback.pushInfo(
            self.tr(
                "{:,} of {:,} stops have at least {:g} departures per hour in the window."
            ).format(int(table["covering"].sum()), len(table), min_dep)
        )
        if (
            parameters.get(self.OUTPUT_COVERAGE) is not None
            and self.parameterAsSource(parameters, self.POPULATION, context) is not None
        ):
            result[self.OUTPUT_COVERAGE] = self._coverage(
                parameters, context, feedback, crs, stops, table["covering"].to_numpy()
            )
        elif self.parameterAsSource(parameters, self.POPULATION, context) is None:
            feedback.pushInfo(self.tr("No POPULATION: coverage is not computed."))
        feedback.setProgress(100)
        return result

    def _coverage(self, parameters, context, feedback, crs, stops, covering):
        walking = tx.Walking(
            self, parameters, context, feedback, crs, progress=self.progress(feedback, 30, 50)
        )
        pop_data, counts = nw.read_population(
            self, parameters, self.POPULATION, self.POPULATION_FIELD, context, feedback, crs
        )
        points = core.as_points(pop_data.geometry)
        tx.check_feed_meets(self, stops, points, self.POPULATION)
        good = np.flatnonzero(covering)
        limit = self.parameterAsDouble(parameters, self.WALK_DISTANCE, context)
        covered = np.zeros(len(points), bool)
        if len(good):
            w = walking.pairs(
                points,
                self.POPULATION,
                stops[good],
                "stops",
                limit,
                progress=self.progress(feedback, 50, 85),
            )
            covered[w.a[w.secs <= limit]] = True
        zones_src = self.parameterAsSource(parameters, self.ZONES, context)
        if zones_src is not None:
            zones, zone_ids = nw.read_with_ids(
                self, parameters, self.ZONES, self.ZONE_ID_FIELD, context, feedback, crs
            )
            zone = zone_of_points(points, zones.geometry)
            frame = ts.coverage_by_zone(counts, zone, covered, zone_ids)
            outside = zone < 0
            if outside.any():
                feedback.pushWarning(
                    self.tr(
                        "{:,} population feature(s) ({:,.0f} inhabitants) lie in no zone "
                        "and are left out of the zones."
                    ).format(int(outside.sum()), float(counts[outside].sum()))
                )
            geom, wkb = zones.geometry, QgsWkbTypes.MultiPolygon
        else:
            frame = ts.coverage_by_zone(
                counts, np.zeros(len(points), np.int64), covered, np.array(["all"], dtype=object)
            )
            geom, wkb = None, QgsWkbTypes.NoGeometry
        total = float(counts.sum())
        share = float(counts[covered].sum()) / total if total > 0 else float("nan")
        feedback.pushInfo(
            self.tr(
                "Kollektivdekning: {:,.0f} of {:,.0f} inhabitants ({:.1%}) live within {:g} "
                "m walking of a stop with at least {:g} departures per hour."
            ).format(
                float(counts[covered].sum()),
                total,
                share,
                limit,
                self.parameterAsDouble(parameters, self.MIN_DEPARTURES, context),
            )
        )
        self.check_cancel(feedback)
        return self.write(
            parameters, self.OUTPUT_COVERAGE, context, frame, geom, crs, wkb, feedback
        )


__all__ = ["TransitService"]
