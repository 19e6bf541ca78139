"""smaaby:centreindicators: centre-anchored town indicators (core.centreindicators)."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from smaaby_plugin import layers
from smaaby_plugin.core.centre.centre_indicators import (
    centre_indicators,
    parse_distances,
    walking_network,
)
from smaaby_plugin.core.centre.overlap import layers_apart
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments._network import report_network


class CentreIndicators(SmaabyAlgorithm):
    ALG_ID = "centreindicators"
    DISPLAY_NAME = "Centre indicators of towns"
    TAGS = (
        "sentrum, arealprofil, tetthet, density gradient, Clark, proximity, "
        "walking distance, gangavstand, land-use mix, entropy, tettsted"
    )
    HELP = (
        "Computes, per town (e.g. a tettsted), figures of a town profile anchored on its "
        "centre, in the spirit of SSB's arealprofiler:\n"
        "- population, area (km²) and density (inhabitants per km²);\n"
        "- population within each of DISTANCES of the centre (pop_within_<d>m) and its "
        "share (pct_within_<d>m, %), and the population-weighted mean distance "
        "(mean_dist_m): walking distances along NETWORK when it is given, otherwise "
        "straight lines (field distance_method says which; mean_dist_straight_m is always "
        "the straight-line figure);\n"
        "- proximity: the mean distance to the centre of a uniformly populated circle of "
        "the town's area, 2/3 * sqrt(A/pi), divided by the observed population-weighted "
        "mean straight-line distance (1 for an evenly settled round town around its "
        "centre, above 1 when people live closer; after Angel, Parent and Civco 2010, "
        "weighted by population);\n"
        "- the Clark (1951) density gradient D(r) = D0 exp(-b r): ordinary least squares "
        "of ln(density) on the mid-radius of straight-line rings of RING_WIDTH around the "
        "centre, clipped to the town; rings without population are left out; clark_d0_km2 "
        "(inhabitants per km²), clark_b_per_km, clark_r2 (fit of the log-linear line) and "
        "clark_rings (rings used; at least 3 needed);\n"
        "- built-up land per inhabitant (built_m2_per_inh, m²): LANDUSE area of "
        "BUILT_CLASSES (default AR5 11 bebygd, 12 samferdsel) inside the town divided by "
        "its population; left empty (with a note) where LANDUSE covers less than 95 % of "
        "the town;\n"
        "- land-use mix (landuse_mix) and business mix (business_mix) in the centre: the "
        "normalised Shannon entropy -sum(p ln p) / ln K of the area shares of the land-use "
        "classes (or the counts of the business categories) inside the centre zone "
        "polygon, or inside a circle of MIX_RADIUS around a centre point; K is the number "
        "of distinct classes in the whole input layer (0 = a single use, 1 = an even mix "
        "of all classes).\n\n"
        "Centres: points or centre-zone polygons (e.g. from smaaby:centrezones). Distances "
        "are measured from a point: the centre point, or the zone's centroid (its "
        "representative point if the centroid falls outside). They are matched to the "
        "towns that contain them, or by CENTRE_TOWN_FIELD holding the town's name; with "
        "several, the largest zone (or the first point) is used and the note says so.\n"
        "Population: points or grid polygons (SSB 250 m cells); a cell counts at its "
        "centroid, in every town that contains that point. Points at the same position "
        "count once as a position, their population summed.\n"
        "Network: lines, walkable both ways; centre and population points are joined to "
        "the nearest line by a straight access leg (counted in the distance; farther than "
        "MAX_SNAP = unreachable, left out of the distance figures and reported).\n\n"
        "Outputs: OUTPUT_TABLE, one row per town with the figures above and a note; "
        "OUTPUT_RINGS, the ring polygons (town, ring, r_inner_m, r_outer_m, population, "
        "area_km2, density_km2) for plotting the gradient. Distances and areas in metres "
        "of a projected CRS.\n\n"
        "Bad input: a town without a centre or without population gets empty figures and "
        "a reason in 'note'; a centre outside its town is reported in 'note'. Population "
        "that lies in no town stops the run; a network, land use or businesses that meet "
        "no town are reported in the log (the likely cause is a wrong CRS or another "
        "area). Features without geometry are skipped and invalid ones repaired (both "
        "logged).\n"
        "Missing values: a null or NaN population counts as 0 (the log says how many); "
        "text, negative, infinite or absurd values (above 10,000,000 for one feature) stop "
        "the run. Duplicate or empty town names in NAME_FIELD stop the run. Land-use "
        "classes and business categories are compared as classes: 11, 11.0 and '11' are "
        "one class.\n"
        "CRS: all inputs are computed in the first input's projected CRS, or the UTM zone "
        "of the data when it is geographic or Web Mercator; a layer without a CRS stops "
        "the run."
    )

    TOWNS = "TOWNS"
    NAME_FIELD = "NAME_FIELD"
    CENTRES = "CENTRES"
    CENTRE_TOWN_FIELD = "CENTRE_TOWN_FIELD"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    DISTANCES = "DISTANCES"
    RING_WIDTH = "RING_WIDTH"
    NETWORK = "NETWORK"
    MAX_SNAP = "MAX_SNAP"
    LANDUSE = "LANDUSE"
    CLASS_FIELD = "CLASS_FIELD"
    BUILT_CLASSES = "BUILT_CLASSES"
    BUSINESSES = "BUSINESSES"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    CATEGORY_PREFIX = "CATEGORY_PREFIX"
    MIX_RADIUS = "MIX_RADIUS"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_RINGS = "OUTPUT_RINGS"

    def define(self, config):
        point_or_polygon = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        self.add(
            QgsProcessingParameterFeatureSource(
                self.TOWNS, self.tr("Towns"), [QgsProcessing.TypeVectorPolygon]
            ),
            self.tr("Town outlines, e.g. SSB tettsteder or the output of smaaby:settlements."),
        )
        self.add(
            QgsProcessingParameterField(
                self.NAME_FIELD,
                self.tr("Town name field"),
                parentLayerParameterName=self.TOWNS,
                optional=True,
            ),
            self.tr(
                "Field copied to the output as 'town'; every town needs its own name. "
                "Without it the feature id."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.CENTRES, self.tr("Centres"), point_or_polygon),
            self.tr(
                "Centre points (e.g. the town square) or centre-zone polygons (e.g. "
                "SSB sentrumssoner or smaaby:centrezones)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CENTRE_TOWN_FIELD,
                self.tr("Town name field of the centres"),
                parentLayerParameterName=self.CENTRES,
                optional=True,
            ),
            self.tr(
                "Field of CENTRES holding the name of its town (as in NAME_FIELD). "
                "Without it, centres are matched to the towns that contain them."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.POPULATION, self.tr("Population"), point_or_polygon
            ),
            self.tr(
                "Population points (addresses, buildings) or grid cells (SSB 250 m "
                "befolkning på rutenett)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field"),
                parentLayerParameterName=self.POPULATION,
            ),
            self.tr("Numeric field with the inhabitants per point or cell."),
        )
        self.add(
            QgsProcessingParameterString(
                self.DISTANCES,
                self.tr("Distances from the centre (m)"),
                defaultValue="500,1000,2000",
            ),
            self.tr("Comma-separated distances in metres for the population within reach."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.RING_WIDTH,
                self.tr("Ring width for the density gradient (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=250.0,
                minValue=1.0,
                maxValue=10000.0,
            ),
            self.tr(
                "Width of the straight-line rings around the centre (250 m matches SSB's grid)."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.NETWORK,
                self.tr("Walking network"),
                [QgsProcessing.TypeVectorLine],
                optional=True,
            ),
            self.tr(
                "Roads and paths (all walkable both ways). With it, the distances are "
                "walking distances along it; without it, straight lines."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_SNAP,
                self.tr("Largest distance to the network (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=500.0,
                minValue=0.0,
                maxValue=5000.0,
            ),
            self.tr(
                "Population or centres farther than this from the network cannot be "
                "reached (only with NETWORK)."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.LANDUSE, self.tr("Land use"), [QgsProcessing.TypeVectorPolygon], optional=True
            ),
            self.tr(
                "Land-use or land-cover polygons (e.g. AR5 arealtype) for built-up land "
                "per inhabitant and the land-use mix."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CLASS_FIELD,
                self.tr("Land-use class field"),
                parentLayerParameterName=self.LANDUSE,
                optional=True,
            ),
            self.tr("Field with the land-use class (e.g. arealtype)."),
        )
        self.add(
            QgsProcessingParameterString(
                self.BUILT_CLASSES, self.tr("Built-up classes"), defaultValue="11,12"
            ),
            self.tr(
                "Comma-separated land-use classes that count as built-up (AR5: 11 "
                "bebygd, 12 samferdsel)."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.BUSINESSES, self.tr("Businesses"), point_or_polygon, optional=True
            ),
            self.tr("Business points for the business mix in the centre."),
        )
        self.add(
            QgsProcessingParameterField(
                self.CATEGORY_FIELD,
                self.tr("Business category field"),
                parentLayerParameterName=self.BUSINESSES,
                optional=True,
            ),
            self.tr("Field with the business category (e.g. a NACE code or its first two digits)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.CATEGORY_PREFIX,
                self.tr("Characters of the category to use"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=0,
                minValue=0,
                maxValue=20,
            ),
            self.tr(
                "0 uses the whole category; 2 turns a NACE code such as 47.111 into "
                "its division 47."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIX_RADIUS,
                self.tr("Radius of the centre for the mix (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=500.0,
                minValue=1.0,
                maxValue=20000.0,
            ),
            self.tr(
                "For centre points: the mix is measured inside this circle. Centre "
                "zones use their own polygon."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE, self.tr("Centre indicators"), QgsProcessing.TypeVector
            ),
            self.tr("One row per town with the indicators and a note."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_RINGS,
                self.tr("Density rings"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            ),
            self.tr("Ring polygons with population and density, for plotting the gradient."),
        )

    def compute(self, parameters, context, feedback):
        string = lambda name: self.parameterAsString(parameters, name, context) or None  # noqa: E731
        number = lambda name: self.parameterAsDouble(parameters, name, context)  # noqa: E731
        names = [
            self.TOWNS,
            self.CENTRES,
            self.POPULATION,
            self.NETWORK,
            self.LANDUSE,
            self.BUSINESSES,
        ]
        sources = {n: self.parameterAsSource(parameters, n, context) for n in names}
        for name in names[:3]:
            if sources[name] is None:
                raise InputError(self.tr("{}: the layer could not be opened.").format(name))
        given = [n for n in names if sources[n] is not None]
        crs = layers.working_crs([sources[n] for n in given], context, feedback, given)

        def read(name, fields=()):
            return layers.read_source(
                sources[name],
                name,
                context,
                feedback,
                fields=[f for f in fields if f],
                target_crs=crs,
            )

        name_field = string(self.NAME_FIELD)
        towns = read(self.TOWNS, [name_field])
        # Names identify the towns (and CENTRE_TOWN_FIELD refers to them): the id policy.
        town_names = (
            layers.id_column(towns, name_field, self.NAME_FIELD).to_numpy(dtype=object)
            if name_field
            else towns.fids.astype(str).astype(object)
        )
        centre_field = string(self.CENTRE_TOWN_FIELD)
        centres = read(self.CENTRES, [centre_field])
        centre_town = None
        if centre_field:
            lookup = {name: i for i, name in enumerate(town_names)}
            keys = layers.text_column(centres, centre_field)
            centre_town = np.array([lookup.get(k, -1) for k in keys], dtype=int)
            unmatched = int((centre_town < 0).sum())
            if unmatched:
                feedback.pushWarning(
                    self.tr("{} centre(s) name no town of TOWNS and are not used.").format(
                        unmatched
                    )
                )
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        population = read(self.POPULATION, [pop_field])
        pop_values = layers.count_column(population, pop_field, self.POPULATION_FIELD, feedback)
        feedback.setProgress(20)
        self.check_cancel(feedback)

        network = None
        if sources[self.NETWORK] is not None:
            # not repaired: make_valid turns a zero-length link into a point; the graph
            # drops degenerate links and report_network counts them
            lines = layers.read_source(
                sources[self.NETWORK],
                self.NETWORK,
                context,
                feedback,
                fields=[],
                target_crs=crs,
                repair=False,
            )
            network = walking_network(lines.geometry, max_snap=number(self.MAX_SNAP))
            report_network(self, feedback, network.stats)
            feedback.pushInfo(
                self.tr("Walking distances along NETWORK ({} lines).").format(len(lines))
            )
        else:
            feedback.pushInfo(self.tr("No NETWORK: distances are straight lines."))
        landuse = landuse_class = None
        if sources[self.LANDUSE] is not None:
            class_field = string(self.CLASS_FIELD)
            if not class_field:
                raise InputError(self.tr("LANDUSE is given: choose its CLASS_FIELD too."))
            lu = read(self.LANDUSE, [class_field])
            landuse, landuse_class = lu.geometry, layers.text_column(lu, class_field)
        businesses = categories = None
        if sources[self.BUSINESSES] is not None:
            category_field = string(self.CATEGORY_FIELD)
            if not category_field:
                raise InputError(self.tr("BUSINESSES is given: choose its CATEGORY_FIELD too."))
            bus = read(self.BUSINESSES, [category_field])
            businesses, categories = bus.geometry, layers.text_column(bus, category_field)
        feedback.setProgress(40)
        self.check_cancel(feedback)
        self._warn_apart(
            feedback,
            towns.geometry,
            {
                self.NETWORK: None if network is None else lines.geometry,
                self.LANDUSE: landuse,
                self.BUSINESSES: businesses,
            },
        )

        built = [c.strip() for c in (string(self.BUILT_CLASSES) or "").split(",") if c.strip()]
        result = centre_indicators(
            towns.geometry,
            town_names,
            centres.geometry,
            population.geometry,
            pop_values,
            centre_town=centre_town,
            distances=parse_distances(string(self.DISTANCES) or ""),
            ring_width=number(self.RING_WIDTH),
            network=network,
            landuse=landuse,
            landuse_class=None if landuse_class is None else landuse_class.to_numpy(object),
            built_classes=built,
            businesses=businesses,
            business_category=None if categories is None else categories.to_numpy(object),
            mix_radius=number(self.MIX_RADIUS),
            category_prefix=self.parameterAsInt(parameters, self.CATEGORY_PREFIX, context),
            progress=self.progress(feedback, 40, 85),
        )
        self.check_cancel(feedback)
        feedback.setProgress(85)
        if result.merged_positions:
            feedback.pushInfo(
                self.tr(
                    "{} population feature(s) shared a position with "
                    "another; counted once as a position, population "
                    "summed."
                ).format(result.merged_positions)
            )
        table = result.table.copy()
        # The centre's feature id, not its row index, identifies it for the planner.
        table["centre"] = np.where(
            table["centre"] >= 0, centres.fids[np.maximum(table["centre"], 0)], -1
        )
        for town, note in zip(table["town"], table["note"]):
            if note:
                feedback.pushWarning(self.tr("{}: {}").format(town, note))
        self._warn_unreached(feedback, table, network is not None)
        dest = self.write(parameters, self.OUTPUT_TABLE, context, table, feedback=feedback)
        results = {self.OUTPUT_TABLE: dest}
        rings = result.rings.copy()
        if len(rings):
            rings["town"] = town_names[rings["town"].to_numpy(dtype=int)]
        dest_rings = self.write(
            parameters,
            self.OUTPUT_RINGS,
            context,
            rings,
            result.ring_geometry,
            crs,
            QgsWkbTypes.MultiPolygon,
            feedback,
        )
        if dest_rings is not None:
            results[self.OUTPUT_RINGS] = dest_rings
        feedback.setProgress(100)
        return results

    def _hint(self) -> str:
        return self.tr(
            "check that the layers cover the same area and that each layer's CRS is right "
            "(a layer saved with a wrong CRS lands far from the others)"
        )

    def _warn_apart(self, feedback, towns, others) -> None:
        """A warning for each optional layer that meets no town (its figures stay empty)."""
        for name in layers_apart(towns, others):
            feedback.pushWarning(
                self.tr("{}: none of its {} features lies in a town of TOWNS; {}.").format(
                    name, len(others[name]), self._hint()
                )
            )

    def _warn_unreached(self, feedback, table, with_network: bool) -> None:
        """One warning when no town has a centre, or no town's centre reaches the
        network: all distance figures are empty then."""
        if not (table["centre"] >= 0).any():
            feedback.pushWarning(
                self.tr(
                    "CENTRES: no centre lies in (or is assigned to) any town, so every "
                    "distance figure is empty; {}."
                ).format(self._hint())
            )
            return
        served = (table["centre"] >= 0) & (table["population"] > 0)
        if with_network and served.any() and table.loc[served, "mean_dist_m"].isna().all():
            feedback.pushWarning(
                self.tr(
                    "NETWORK: no population can be reached from any centre along it "
                    "(centres or people farther than MAX_SNAP from its lines), so the "
                    "walking distances are empty; {}."
                ).format(self._hint())
            )
