"""smaaby:transittraveltime: door-to-door travel time by public transport (walk, ride,
transfer, walk) from GTFS for every departure minute of a window, summarised per origin,
with time bands and a per-zone comparison with the car. Thin adapter to
core.catchments.gtfs and core.catchments.transit_routing.

Progress: reading the feed 0-15 %, the network 15-25 %, walking legs 25-40 %, routing
40-80 %, the car 80-88 %, writing 88-100 %."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from smaaby_plugin import layers
from smaaby_plugin.core.catchments import network as core
from smaaby_plugin.core.catchments import transit_routing as tr
from smaaby_plugin.core.catchments.service_access import zone_of_points
from smaaby_plugin.core.catchments.transit_service import weighted_median
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.polygons import to_unit
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _access as ac
from smaaby_plugin.processing_algorithms.catchments import _network as nw
from smaaby_plugin.processing_algorithms.catchments import _transit as tx

TO_DESTINATIONS, FROM_DESTINATIONS = 0, 1


class TransitTravelTime(SmaabyAlgorithm):
    ALG_ID = "transittraveltime"
    DISPLAY_NAME = "Travel time by public transport (GTFS)"
    TAGS = (
        "public transport, kollektivtransport, reisetid, travel time, GTFS, RAPTOR, bus, "
        "buss, tog, isochrone, door to door, dør til dør, car ratio, bil, kollektiv/bil"
    )
    HELP = (
        "Door-to-door travel time by public transport from each origin (SSB cells, "
        "addresses) to the nearest of the DESTINATIONS (a town centre, or a set of points), "
        "or from them to every origin: walk to a stop, ride, transfer (walking between stops "
        "within TRANSFER_WALK, at least MIN_TRANSFER_TIME), walk to the destination; walking "
        "all the way counts when it is faster (within MAX_WALK).\n\n"
        "Method: RAPTOR (Delling, Pajor, Werneck 2012/2015), vectorised over numpy arrays, "
        "for every departure minute of the window; the way back in time (latest departures) "
        "for many origins to one destination. Per origin, as Conveyal R5 and r5py do: the "
        "minimum, the median (the middle departure minute) and the share of departure "
        "minutes with a trip within WITHIN minutes, and the transfers of the median trip. "
        "Trips longer than MAX_TIME count as none. Time bands: the origins whose median is "
        "within each band, united (cells as they are, points as circles of POINT_RADIUS). "
        "With a road network: walking on it (points beyond MAX_SNAP walk straight, counted) "
        "and the car's time on the same network (its speeds) beside public transport, with "
        "the ratio public transport / car; without one, walking is straight lines times "
        "DETOUR_FACTOR and no car time is given.\n\n"
        "Bad input: a feed missing a required file or column stops the run naming it; a "
        "date without trips stops it with the feed's range of dates; times that do not parse "
        "stop it with the trip and stop ids; a window outside 00:00-30:00 stops it. Missing "
        "values: a null or NaN population counts as 0 (the log says how many); negative or "
        "infinite values stop the run. Duplicate origin or zone ids stop the run. CRS: all "
        "inputs are computed in the first input's projected CRS, or the UTM zone of the data "
        "when it is geographic or Web Mercator; a layer without a CRS stops the run."
    )

    ORIGINS = "ORIGINS"
    ORIGIN_ID_FIELD = "ORIGIN_ID_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    DESTINATIONS = "DESTINATIONS"
    DIRECTION = "DIRECTION"
    MAX_WALK = "MAX_WALK"
    TRANSFER_WALK = "TRANSFER_WALK"
    MAX_TRANSFERS = "MAX_TRANSFERS"
    MIN_TRANSFER_TIME = "MIN_TRANSFER_TIME"
    WITHIN = "WITHIN"
    MAX_TIME = "MAX_TIME"
    BANDS = "BANDS"
    POINT_RADIUS = "POINT_RADIUS"
    ZONES = "ZONES"
    ZONE_ID_FIELD = "ZONE_ID_FIELD"
    COMPARE_CAR = "COMPARE_CAR"
    OUTPUT = "OUTPUT"
    OUTPUT_BANDS = "OUTPUT_BANDS"
    OUTPUT_ZONES = "OUTPUT_ZONES"

    def define(self, config):
        tr_ = self.tr
        tx.add_feed_parameters(self)
        ac.add_origin_parameters(
            self,
            tr_(
                "Inhabitants per origin, for the zones and bands; without it each origin counts 1."
            ),
            label=tr_("Origins (cells or addresses)"),
            help_text=tr_(
                "Where trips start (or, with the direction 'from', end); a polygon counts "
                "by a point inside it."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.DESTINATIONS, tr_("Destinations (points)"), [QgsProcessing.TypeVectorPoint]
            ),
            tr_("The town centre, or a set of points (the nearest by public transport counts)."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.DIRECTION,
                tr_("Direction"),
                options=[
                    tr_("From each origin to the destinations"),
                    tr_("From the destinations to each origin"),
                ],
                defaultValue=TO_DESTINATIONS,
            ),
            tr_(
                "To the destinations (departure minutes at the origins), or from them "
                "(departure minutes at the destinations)."
            ),
        )
        self.add(
            QgsProcessingParameterDistance(
                self.MAX_WALK,
                tr_("Largest walk to or from a stop"),
                defaultValue=1000.0,
                minValue=0.0,
                maxValue=5000.0,
            ),
            tr_("Metres (0-5000) of walking at each end, and the longest walk all the way."),
        )
        self.add(
            QgsProcessingParameterDistance(
                self.TRANSFER_WALK,
                tr_("Largest walk between stops"),
                defaultValue=400.0,
                minValue=0.0,
                maxValue=2000.0,
            ),
            tr_("Metres (0-2000) one walks to change between two stops."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_TRANSFERS,
                tr_("Largest number of transfers"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=3,
                minValue=0,
                maxValue=8,
            ),
            tr_("0-8 transfers (1-9 vehicles)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_TRANSFER_TIME,
                tr_("Minimum transfer time (minutes)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=2.0,
                minValue=0.0,
                maxValue=30.0,
            ),
            tr_(
                "Minutes (0-30) between arriving and leaving again at a transfer, also at "
                "the same stop; transfers.txt rules apply where given."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.WITHIN,
                tr_("Travel time T for the share (minutes)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=45.0,
                minValue=1.0,
                maxValue=600.0,
            ),
            tr_("The share of departure minutes with a trip of at most T minutes (1-600)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_TIME,
                tr_("Largest travel time (minutes)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=120.0,
                minValue=1.0,
                maxValue=600.0,
            ),
            tr_("Longer trips count as none (1-600 minutes)."),
        )
        self.add(
            QgsProcessingParameterString(
                self.BANDS, tr_("Time bands (minutes)"), defaultValue="15, 30, 45, 60"
            ),
            tr_("Median travel times that bound the bands, e.g. '15, 30, 45, 60'."),
        )
        self.add(
            QgsProcessingParameterDistance(
                self.POINT_RADIUS,
                tr_("Radius of a point origin in the bands"),
                defaultValue=125.0,
                minValue=1.0,
                maxValue=2000.0,
            ),
            tr_(
                "Point origins are drawn as circles of this radius (1-2000 m) in the bands; "
                "cells as they are."
            ),
        )
        ac.add_zone_parameters(self)
        tx.add_walk_parameters(
            self,
            tr_(
                "Roads and paths: walking follows them (distance), and the car's time on them "
                "(speeds as set below) is compared. Without it, walking is straight lines times "
                "DETOUR_FACTOR and no car time is given."
            ),
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.COMPARE_CAR, tr_("Compare with the car"), defaultValue=True
            ),
            tr_("With a road network: the car's travel time and the ratio public transport / car."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr_("Travel time per origin"), QgsProcessing.TypeVector
            ),
            tr_(
                "origin_id, population, pt_min, pt_median, share_within, transfers, "
                "walk_only, car_min, pt_car_ratio."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_BANDS, tr_("Time bands"), QgsProcessing.TypeVectorPolygon, optional=True
            ),
            tr_(
                "band_min, n_origins, population, area_km2: the origins within each median "
                "time, united."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ZONES, tr_("Per zone"), QgsProcessing.TypeVector, optional=True
            ),
            tr_(
                "Population-weighted median times by public transport and car, their ratio, shares."
            ),
        )

    def _check_against_max_time(self, parameters, context, bands) -> None:
        """Trips longer than MAX_TIME count as none, so a share or a band beyond it would
        repeat the figures of MAX_TIME under a longer label: refuse them."""
        max_time = self.parameterAsDouble(parameters, self.MAX_TIME, context)
        within = self.parameterAsDouble(parameters, self.WITHIN, context)
        if within > max_time:
            raise InputError(
                self.tr(
                    "WITHIN ({:g} min) is above MAX_TIME ({:g} min): trips longer than "
                    "MAX_TIME count as none, so the share within WITHIN would be the share "
                    "within MAX_TIME. Raise MAX_TIME or lower WITHIN."
                ).format(within, max_time)
            )
        above = [b for b in bands if b > max_time]
        if above and parameters.get(self.OUTPUT_BANDS) is not None:
            raise InputError(
                self.tr(
                    "BANDS: {} min is above MAX_TIME ({:g} min); trips longer than MAX_TIME "
                    "count as none, so that band would hold the same origins as MAX_TIME. "
                    "Raise MAX_TIME or leave the band out."
                ).format(", ".join(f"{b:g}" for b in above), max_time)
            )

    def compute(self, parameters, context, feedback):
        bands = nw.parse_numbers(
            self, self.parameterAsString(parameters, self.BANDS, context), self.BANDS, ceiling=600.0
        )
        self._check_against_max_time(parameters, context, bands)
        service = tx.read_service(self, parameters, context, feedback)
        feedback.setProgress(15)
        crs = tx.working_crs(
            self,
            parameters,
            context,
            feedback,
            [self.ORIGINS, self.DESTINATIONS, self.ZONES],
            service,
        )
        stops = tx.stop_points(service, crs, context)
        walking = tx.Walking(
            self, parameters, context, feedback, crs, progress=self.progress(feedback, 15, 25)
        )
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        origins, ids = nw.read_with_ids(
            self,
            parameters,
            self.ORIGINS,
            self.ORIGIN_ID_FIELD,
            context,
            feedback,
            crs,
            fields=[pop_field] if pop_field else [],
        )
        pop = (
            layers.count_column(origins, pop_field, self.POPULATION_FIELD, feedback)
            if pop_field
            else np.ones(len(origins))
        )
        dests = self.read(parameters, self.DESTINATIONS, context, feedback, target_crs=crs)
        o_pts, d_pts = core.as_points(origins.geometry), core.as_points(dests.geometry)
        tx.check_feed_meets(self, stops, o_pts, self.ORIGINS)
        p = lambda name: self.parameterAsDouble(parameters, name, context)  # noqa: E731
        max_walk, speed = p(self.MAX_WALK), walking.speed_ms
        access = walking.pairs(
            o_pts, self.ORIGINS, stops, "stops", max_walk, progress=self.progress(feedback, 25, 32)
        )
        egress = walking.pairs(
            stops,
            "stops",
            d_pts,
            self.DESTINATIONS,
            max_walk,
            progress=self.progress(feedback, 32, 36),
        )
        direct_w = walking.pairs(
            o_pts,
            self.ORIGINS,
            d_pts,
            self.DESTINATIONS,
            max_walk,
            progress=self.progress(feedback, 36, 38),
        )
        direct = np.full(len(o_pts), np.inf)
        np.minimum.at(direct, direct_w.a, direct_w.secs / speed)
        e = pd.Series(egress.secs / speed).groupby(egress.a).min()
        self._report_walks(feedback, access, e, len(o_pts), max_walk)
        transfers = tx.transfer_metres(walking, stops, p(self.TRANSFER_WALK))
        tt = service.timetable
        net = tr.TransitNetwork.build(
            tt.stop_times,
            len(stops),
            transfers,
            walk_speed_ms=speed,
            min_transfer=60 * p(self.MIN_TRANSFER_TIME),
            rules=tt.transfers,
        )
        deps = np.arange(service.start, service.end, 60.0)
        max_trips = self.parameterAsInt(parameters, self.MAX_TRANSFERS, context) + 1
        max_time = 60 * p(self.MAX_TIME)
        direction = self.parameterAsEnum(parameters, self.DIRECTION, context)
        routing = self.progress(feedback, 40, 80)
        if direction == TO_DESTINATIONS:
            acc = tr.Walks(access.a, access.b, access.secs / speed)
            travel = net.travel_to(
                acc,
                e.index.to_numpy(),
                e.to_numpy(),
                direct,
                deps,
                max_trips=max_trips,
                max_time=max_time,
                progress=routing,
            )
        else:
            to_o = tr.Walks(access.b, access.a, access.secs / speed)
            travel = net.travel_from(
                e.index.to_numpy(),
                e.to_numpy(),
                to_o,
                direct,
                deps,
                max_trips=max_trips,
                max_time=max_time,
                progress=routing,
            )
        summary = travel.summary(60 * p(self.WITHIN))
        feedback.pushInfo(
            self.tr("{:,} departure minutes x {:,} origins routed with RAPTOR.").format(
                len(deps), len(o_pts)
            )
        )
        car = self._car(parameters, context, feedback, crs, origins, dests, direction)
        med = summary["median_min"].to_numpy()
        table = pd.DataFrame(
            {
                "origin_id": ids,
                "population": pop,
                "pt_min": summary["min_min"],
                "pt_median": med,
                "share_within": summary["share_within"],
                "within_min": p(self.WITHIN),
                "transfers": summary["transfers"],
                "walk_only": summary["walk_only"],
                "car_min": car,
                "pt_car_ratio": np.where(car > 0, med / np.where(car > 0, car, 1), np.nan),
            }
        )
        unreached = ~np.isfinite(med)
        if unreached.any():
            feedback.pushWarning(
                self.tr(
                    "{:,} origin(s) ({:,.0f} inhabitants) have no trip within MAX_TIME for "
                    "most departure minutes (median empty)."
                ).format(int(unreached.sum()), float(pop[unreached].sum()))
            )
        self.check_cancel(feedback)
        feedback.setProgress(88)
        wkb = QgsWkbTypes.MultiPolygon if origins.kind == "polygon" else QgsWkbTypes.Point
        geom = origins.geometry if origins.kind == "polygon" else o_pts
        result = {
            self.OUTPUT: self.write(
                parameters, self.OUTPUT, context, table, geom, crs, wkb, feedback
            )
        }
        if parameters.get(self.OUTPUT_BANDS) is not None:
            result[self.OUTPUT_BANDS] = self._bands(
                parameters, context, feedback, crs, origins, o_pts, med, pop, bands
            )
        if parameters.get(self.OUTPUT_ZONES) is not None:
            result[self.OUTPUT_ZONES] = self._zones(
                parameters, context, feedback, crs, o_pts, table, pop
            )
        feedback.setProgress(100)
        return result

    def _report_walks(self, feedback, access, egress, n_origins, max_walk):
        no_stop = n_origins - len(np.unique(access.a))
        if no_stop:
            feedback.pushWarning(
                self.tr(
                    "{:,} origin(s) have no stop within MAX_WALK ({:g} m); only walking all "
                    "the way can reach them."
                ).format(no_stop, max_walk)
            )
        if not len(egress):
            feedback.pushWarning(
                self.tr(
                    "No stop lies within MAX_WALK ({:g} m) of the destinations: only "
                    "walking reaches them."
                ).format(max_walk)
            )

    def _car(self, parameters, context, feedback, crs, origins, dests, direction):
        car = np.full(len(origins), np.nan)
        if self.parameterAsSource(
            parameters, nw.NETWORK, context
        ) is None or not self.parameterAsBoolean(parameters, self.COMPARE_CAR, context):
            return car
        setup = nw.read_network(
            self,
            parameters,
            context,
            feedback,
            crs,
            cost=nw.COST_TIME,
            progress=self.progress(feedback, 80, 84),
        )
        o_att = nw.attach(self, setup, origins, self.ORIGINS, feedback, required=False)
        d_att = nw.attach(self, setup, dests, self.DESTINATIONS, feedback)
        if direction == TO_DESTINATIONS:
            cost = setup.net.cost_matrix(
                o_att, d_att, progress=self.progress(feedback, 84, 88)
            ).min(axis=1)
        else:
            cost = setup.net.cost_matrix(
                d_att, o_att, progress=self.progress(feedback, 84, 88)
            ).min(axis=0)
        car = np.where(np.isfinite(cost), cost, np.nan)
        feedback.pushInfo(
            self.tr("Car travel time on NETWORK for {:,} origin(s).").format(
                int(np.isfinite(car).sum())
            )
        )
        return car

    def _bands(self, parameters, context, feedback, crs, origins, o_pts, med, pop, bands):
        radius = self.parameterAsDouble(parameters, self.POINT_RADIUS, context)
        shapes = (
            origins.geometry
            if origins.kind == "polygon"
            else shapely.buffer(o_pts, radius, quad_segs=8)
        )
        rows, geoms = [], []
        for b in bands:  # nested bands: each the union of the origins within it
            self.check_cancel(feedback)
            sel = np.isfinite(med) & (med <= b)
            geoms.append(shapely.union_all(shapes[sel]) if sel.any() else shapely.Polygon())
            rows.append(
                {"band_min": b, "n_origins": int(sel.sum()), "population": float(pop[sel].sum())}
            )
        frame = pd.DataFrame(rows)
        area = shapely.area(np.array(geoms, dtype=object))
        frame["area_km2"] = to_unit(area, "km2")
        return self.write(
            parameters,
            self.OUTPUT_BANDS,
            context,
            frame,
            np.array(geoms, dtype=object),
            crs,
            QgsWkbTypes.MultiPolygon,
            feedback,
        )

    def _zones(self, parameters, context, feedback, crs, o_pts, table, pop):
        if self.parameterAsSource(parameters, self.ZONES, context) is not None:
            zones, zone_ids = nw.read_with_ids(
                self, parameters, self.ZONES, self.ZONE_ID_FIELD, context, feedback, crs
            )
            zone, geom, wkb = (
                zone_of_points(o_pts, zones.geometry),
                zones.geometry,
                QgsWkbTypes.MultiPolygon,
            )
        else:
            zone_ids, zone = np.array(["all"], dtype=object), np.zeros(len(o_pts), np.int64)
            geom, wkb = None, QgsWkbTypes.NoGeometry
        n = len(zone_ids)
        inside = zone >= 0
        med = table["pt_median"].to_numpy()
        car = table["car_min"].to_numpy()
        pt_med = weighted_median(np.where(np.isfinite(med), med, np.inf), pop, zone, n)
        car_med = weighted_median(
            np.where(np.isfinite(car), car, np.inf), np.where(np.isnan(car), 0, pop), zone, n
        )
        total = np.bincount(zone[inside], pop[inside], minlength=n)
        share = np.bincount(
            zone[inside], (pop * table["share_within"].to_numpy())[inside], minlength=n
        )
        reached = np.bincount(zone[inside], (pop * np.isfinite(med))[inside], minlength=n)
        with np.errstate(invalid="ignore", divide="ignore"):
            frame = pd.DataFrame(
                {
                    "zone_id": zone_ids,
                    "population": total,
                    "pt_median": np.where(np.isfinite(pt_med), pt_med, np.nan),
                    "car_median": np.where(np.isfinite(car_med), car_med, np.nan),
                    "pt_car_ratio": np.where(
                        np.isfinite(pt_med) & (car_med > 0), pt_med / car_med, np.nan
                    ),
                    "reached_share": np.where(total > 0, reached / total, np.nan),
                    "within_share": np.where(total > 0, share / total, np.nan),
                }
            )
        return self.write(parameters, self.OUTPUT_ZONES, context, frame, geom, crs, wkb, feedback)
