"""smaaby:serviceareas: the network reached from each centre within cost thresholds,
as lines and buffered polygons with the population reached. Thin adapter to
core.catchments.network.Network.service_area and core.catchments.service_areas.

Progress: reading and building the network 0-10 %, reading the centres and the
population (and attaching the centres) 10-13 %, attaching the population 13-20 %, the
searches 20-44 %, cutting the reached pieces 44-50 %, writing the lines 50-55 %, the
polygons 55-92 %, writing them 92-100 %."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from smaaby_plugin.core.catchments.isochrones import (
    isochrone_polygons,
)
from smaaby_plugin.core.catchments.service_areas import (
    band_lines,
    population_reached,
    service_area_polygons,
)
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.polygons import to_unit
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _network as nw

MODE_PER_CENTRE, MODE_DISSOLVED = 0, 1
LINES_PIECES, LINES_MERGED = 0, 1
POLY_BUFFERED, POLY_ISOCHRONE = 0, 1


class ServiceAreas(SmaabyAlgorithm):
    ALG_ID = "serviceareas"
    DISPLAY_NAME = "Network service areas"
    TAGS = (
        "service area, isochrone, reachability, tilgjengelighet, omland, network, "
        "vegnett, travel time, reisetid, walking distance, gangavstand, Dijkstra"
    )
    HELP = (
        "The part of the road network that can be reached from each centre within each "
        "cost threshold (e.g. 5, 10, 20, 30 minutes, or 500, 1000 m), as lines and as "
        "polygons, with the population reached.\n\n"
        "Method: each centre is attached to the nearest link at its projected position "
        "(the link is split there; the straight leg to it costs its length, or minutes at "
        "the speed off the network). Shortest paths by Dijkstra's algorithm (Dijkstra "
        "1959) with a cost limit, run by scipy.sparse.csgraph on the directed network "
        "(one-way links respected; cost per link = length, or length / speed). A link "
        "whose end costs are du and dv is reached from its start up to (T - du) / "
        "cost-per-metre and from its end likewise, so partial links are cut exactly where "
        "the threshold T runs out. MODE 'one area per centre' runs one search per centre "
        "(areas overlap); 'dissolved bands' runs one search from all centres together "
        "(the area within T of the nearest centre).\n\n"
        "OUTPUT_LINES: the reached network in bands (a piece reached within threshold k "
        "but not within the one before it), either one feature per link piece with the "
        "cost at its cheapest and dearest point (cost_min, cost_max), or one multiline "
        "per centre and band (as QGIS's own service area gives).\n"
        "OUTPUT_POLYGONS: per centre and threshold, with POLYGON_METHOD either "
        "'Buffered roads': the union of everything reached within the threshold buffered "
        "by BUFFER_DISTANCE metres (honest: only land near a reached road), or "
        "'Isochrone': the concave hull (shapely.concave_hull, ratio 0.1) of the "
        "reached network's points, one every 50 m along the reached roads and the exact "
        "cut points of partly reached links, united with the reached roads buffered by "
        "25 m so that every reached road lies inside, holes smaller than 10,000 "
        "m² (a block) filled, and each band united with the smaller ones so that the "
        "bands are nested (as QNEAT3, ORS Tools or ArcGIS draw isochrones; it also covers "
        "blocks and fields between the reached roads). Each polygon has area_km2, "
        "area_daa, the network length reached (km) and the population reached: the sum "
        "of POPULATION_FIELD over the population features (points, or a point inside each "
        "polygon, e.g. SSB 250 m cells) whose own network cost, including their access "
        "leg, is within the threshold.\n\n"
        "Units: thresholds in minutes for travel time, metres for distance.\n\n"
        "Bad input: centres or population farther than MAX_SNAP from the network are left "
        "out and reported, with how far they lie outside the network's extent; when no "
        "centre reaches the network, or all lie 50 km or more from it, the run stops (a "
        "CRS or extent mistake). Centres in a separate part of the network reach only that "
        "part, and the population in parts without a centre is counted in the log. "
        "Zero-length and degenerate links are dropped (counted). Thresholds must be "
        "positive numbers up to 1,000,000; unreadable ones, or no output chosen, stop the "
        "run.\n\n"
        "Missing values: a null or NaN population counts as 0 (the log says how many); "
        "negative, infinite or absurd (above 10 million) values stop the run. Duplicate or "
        "missing centre ids stop the run. CRS: all inputs are computed in the network's "
        "projected CRS, or the UTM zone of the data when it is geographic or Web Mercator; "
        "a layer without a CRS stops the run."
    )

    CENTRES = "CENTRES"
    CENTRE_ID_FIELD = "CENTRE_ID_FIELD"
    THRESHOLDS = "THRESHOLDS"
    MODE = "MODE"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    BUFFER_DISTANCE = "BUFFER_DISTANCE"
    LINES_MODE = "LINES_MODE"
    POLYGON_METHOD = "POLYGON_METHOD"
    OUTPUT_POLYGONS = "OUTPUT_POLYGONS"
    OUTPUT_LINES = "OUTPUT_LINES"

    def define(self, config):
        nw.add_centre_parameters(
            self,
            help_text=self.tr(
                "Start points: town centres, schools, stations. Each is attached to the nearest "
                "link of the network."
            ),
        )
        nw.add_network_parameters(self)
        self.add(
            QgsProcessingParameterString(
                self.THRESHOLDS, self.tr("Cost thresholds"), defaultValue="5, 10, 20, 30"
            ),
            self.tr(
                "Comma-separated limits in the cost unit: minutes for travel time, metres "
                "for distance (e.g. '5, 10, 20, 30' or '500, 1000, 2000')."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.MODE,
                self.tr("Areas"),
                options=[
                    self.tr("One area per centre (may overlap)"),
                    self.tr("Dissolved bands over all centres (nearest centre)"),
                ],
                defaultValue=MODE_PER_CENTRE,
            ),
            self.tr(
                "One area per centre and threshold, or one area per threshold: what lies "
                "within it of the nearest centre."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.POPULATION,
                self.tr("Population (points or polygons)"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
                optional=True,
            ),
            self.tr(
                "Optional: population points or polygons (e.g. SSB 250 m cells); a polygon "
                "counts by a point inside it."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field"),
                parentLayerParameterName=self.POPULATION,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr(
                "Number of inhabitants per population feature (e.g. pop2019). Without it "
                "each feature counts as 1. Null or NaN counts as 0 (logged); negative or "
                "infinite values stop the run."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.POLYGON_METHOD,
                self.tr("Polygon method"),
                options=[
                    self.tr("Buffered roads (100 m)"),
                    self.tr("Isochrone (concave hull of the reached network)"),
                ],
                defaultValue=POLY_BUFFERED,
            ),
            self.tr(
                "Buffered roads: the reached roads buffered by the buffer distance. "
                "Isochrone: one outline around the reached network per threshold, holes "
                "smaller than a block filled, bands nested."
            ),
        )
        self.add(
            QgsProcessingParameterDistance(
                self.BUFFER_DISTANCE,
                self.tr("Polygon buffer distance"),
                defaultValue=100.0,
                parentParameterName=nw.NETWORK,
                minValue=0.1,
                maxValue=10_000.0,
            ),
            self.tr(
                "With the buffered-roads method the polygons are the reached network buffered "
                "by this many metres (0.1-10 000); not used by the isochrone method."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.LINES_MODE,
                self.tr("Line output"),
                options=[
                    self.tr("One feature per reached link piece, with its cost"),
                    self.tr("One multiline per centre and band"),
                ],
                defaultValue=LINES_PIECES,
            ),
            self.tr(
                "Pieces carry their link and cost range (for styling by cost); one "
                "multiline per centre and band is lighter, as QGIS's service area."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_POLYGONS,
                self.tr("Service areas (polygons)"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
            ),
            self.tr(
                "One polygon per centre and threshold (or per threshold when dissolved) "
                "with centre_id, threshold, area_km2, area_daa, network_km, population."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_LINES,
                self.tr("Service areas (reached lines)"),
                QgsProcessing.TypeVectorLine,
                optional=True,
            ),
            self.tr(
                "The reached network in bands, with centre_id, threshold, band_from, "
                "length_m, cost_min, cost_max."
            ),
        )

    def compute(self, parameters, context, feedback):
        want_poly = parameters.get(self.OUTPUT_POLYGONS) is not None
        want_lines = parameters.get(self.OUTPUT_LINES) is not None
        if not (want_poly or want_lines):
            raise InputError(
                self.tr("Choose at least one output: OUTPUT_POLYGONS or OUTPUT_LINES.")
            )
        thresholds = np.asarray(
            nw.parse_numbers(
                self, self.parameterAsString(parameters, self.THRESHOLDS, context), self.THRESHOLDS
            )
        )
        crs = nw.working_crs(self, parameters, context, feedback, [self.CENTRES, self.POPULATION])
        setup = nw.read_network(
            self, parameters, context, feedback, crs, progress=self.progress(feedback, 0, 10)
        )
        centres, ids = nw.read_with_ids(
            self, parameters, self.CENTRES, self.CENTRE_ID_FIELD, context, feedback, crs
        )
        has_pop = self.parameterAsSource(parameters, self.POPULATION, context) is not None
        c_att = nw.attach(
            self,
            setup,
            centres,
            self.CENTRES,
            feedback,
            progress=self.progress(feedback, 11, 12 if has_pop else 20),
        )
        pop_att = pop = None
        if has_pop:
            pdata, pop = nw.read_population(
                self, parameters, self.POPULATION, self.POPULATION_FIELD, context, feedback, crs
            )
            pop_att = nw.attach(
                self,
                setup,
                pdata,
                self.POPULATION,
                feedback,
                required=False,
                progress=self.progress(feedback, 13, 20),
            )
        nw.report_parts(
            self, setup, feedback, c_att, self.CENTRES, pop_att, self.POPULATION, weights=pop
        )
        per_source = self.parameterAsEnum(parameters, self.MODE, context) == MODE_PER_CENTRE
        sa = setup.net.service_area(
            c_att,
            thresholds,
            targets=pop_att,
            per_source=per_source,
            progress=self.progress(feedback, 20, 50),
        )
        unit = nw.cost_label(setup.unit)
        feedback.pushInfo(
            self.tr("Reached {} link piece(s) within {} {}.").format(
                len(sa.pieces), ", ".join(f"{t:g}" for t in thresholds), unit
            )
        )

        def centre_name(src):
            src = np.asarray(src)
            return np.where(src >= 0, ids[np.maximum(src, 0)], None)

        band_from = np.r_[0.0, thresholds[:-1]]
        result = {}
        if want_lines:
            if self.parameterAsEnum(parameters, self.LINES_MODE, context) == LINES_MERGED:
                table, geom = band_lines(sa.pieces, sa.geometry)
                out = pd.DataFrame(
                    {
                        "centre_id": centre_name(table["source"]),
                        "threshold": thresholds[table["band"]],
                        "band_from": band_from[table["band"]],
                        "length_m": table["length_m"],
                        "cost_min": table["cost_min"],
                        "cost_max": table["cost_max"],
                    }
                )
                wkb = QgsWkbTypes.MultiLineString
            else:
                p = sa.pieces
                link = p["link"].to_numpy()
                out = pd.DataFrame(
                    {
                        "centre_id": centre_name(p["source"]),
                        "threshold": thresholds[p["band"]],
                        "band_from": band_from[p["band"]],
                        "link_fid": setup.data.fids[setup.net.feature[link]],
                        "length_m": p["end"] - p["start"],
                        "cost_min": p["cost_min"],
                        "cost_max": p["cost_max"],
                    }
                )
                geom = sa.geometry
                wkb = QgsWkbTypes.LineString
            self.check_cancel(feedback)
            result[self.OUTPUT_LINES] = self.write(
                parameters, self.OUTPUT_LINES, context, out, geom, crs, wkb, feedback
            )
        if want_poly:
            method = self.parameterAsEnum(parameters, self.POLYGON_METHOD, context)
            if method == POLY_ISOCHRONE:
                table, polys = isochrone_polygons(
                    sa.pieces,
                    sa.geometry,
                    len(thresholds),
                    links=setup.net.lines,
                    progress=self.progress(feedback, 55, 92),
                )
            else:
                buffer = self.parameterAsDouble(parameters, self.BUFFER_DISTANCE, context)
                table, polys = service_area_polygons(
                    sa.pieces,
                    sa.geometry,
                    len(thresholds),
                    buffer,
                    links=setup.net.lines,
                    progress=self.progress(feedback, 55, 92),
                )
            area = table["area_m2"].to_numpy()
            out = pd.DataFrame(
                {
                    "centre_id": centre_name(table["source"]),
                    "threshold": thresholds[table["band"]],
                    "cost_unit": unit,
                    "area_km2": to_unit(area, "km2"),
                    "area_daa": to_unit(area, "daa"),
                    "network_km": table["length_m"] / 1000.0,
                }
            )
            if sa.target_cost is not None:
                reached = population_reached(sa.target_cost, pop, thresholds)
                r = np.searchsorted(sa.rows, table["source"].to_numpy())
                out["population"] = reached[r, table["band"].to_numpy()]
            self.check_cancel(feedback)
            result[self.OUTPUT_POLYGONS] = self.write(
                parameters,
                self.OUTPUT_POLYGONS,
                context,
                out,
                polys,
                crs,
                QgsWkbTypes.MultiPolygon,
                feedback,
            )
        if pop is not None and sa.target_cost is not None:
            total = float(pop.sum())
            best = sa.target_cost.min(axis=0) if len(sa.rows) else np.full(len(pop), np.inf)
            for t in thresholds:
                feedback.pushInfo(
                    self.tr("Within {:g} {} of {}: {:,.0f} of {:,.0f} inhabitants.").format(
                        t, unit, self.tr("a centre"), float(pop[best <= t].sum()), total
                    )
                )
        feedback.setProgress(100)
        return result
