"""smaaby:landconsumption: UN SDG 11.3.1 (LCRPGR) per zone. Thin adapter to core.sdg1131."""

from __future__ import annotations

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
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.land_consumption import POPULATION_METHODS, land_consumption
from smaaby_plugin.core.polygons import AREA_UNITS
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.landuse import _landuse


class LandConsumption(SmaabyAlgorithm):
    ALG_ID = "landconsumption"
    DISPLAY_NAME = "Land consumption vs. population growth (SDG 11.3.1)"
    TAGS = "SDG, 11.3.1, LCRPGR, land consumption, arealforbruk, befolkningsvekst, built-up"
    HELP = (
        "Computes UN SDG indicator 11.3.1 for each zone: the ratio of land consumption rate "
        "to population growth rate (LCRPGR).\n\n"
        "Method (UN-Habitat indicator metadata, March 2021): with Urb the built-up area "
        "inside the zone, Pop the population and y the years between the two dates,\n"
        "LCR = ln(Urb_T2 / Urb_T1) / y (per year)\n"
        "PGR = ln(Pop_T2 / Pop_T1) / y (per year)\n"
        "LCRPGR = LCR / PGR; built-up area per inhabitant = Urb / Pop (m² per inhabitant).\n"
        "A ratio above 1 means land is built up faster than the population grows.\n\n"
        "Built-up polygons are dissolved first, so overlaps inside a layer count once. "
        "Population points count in the zone that contains them (a point on a shared border "
        "counts once, in the first zone). Population polygons (such as SSB's 250 m cells) "
        "are apportioned by area share (default: a cell cut by a zone border contributes in "
        "proportion to its area inside the zone, assuming people are spread evenly over the "
        "cell) or by a representative point (the whole cell goes to the zone holding a point "
        "guaranteed inside the cell: its centroid when that lies inside, else a point on its "
        "surface).\n\n"
        "Where the population is stable or shrinking (PGR <= 0), or a rate cannot be formed "
        "(no built-up area or no population at a date), the ratio is left empty (null) and "
        "the field lcrpgr_note says why; the rates that can be formed are still given.\n\n"
        "Output: the zones with built-up areas in the chosen unit, populations, lcr, pgr "
        "(fractions per year), lcrpgr, lcrpgr_note and built-up m² per inhabitant at both "
        "dates and its change (per-inhabitant figures always in m²). Areas are planar.\n\n"
        "Missing values: a null or NaN population counts as 0 (the log says how many); "
        "negative, infinite or absurd (above 10,000,000 per feature) values stop the run "
        "with their feature ids. Zone ids: a duplicate or empty id stops the run with the "
        "ids, unless 'Merge zones with the same id' is chosen (their polygons are dissolved "
        "into one zone, logged). CRS: all inputs are computed in the first input's projected "
        "CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer "
        "without a CRS stops the run. A built-up or population layer that meets none of the "
        "zones stops the run with the likely cause (a wrong CRS or another area); zones "
        "outside a layer are named in a warning.\n\n"
        "Other bad input: a missing or non-numeric population field, years outside "
        "1800-2200, YEAR_T2 not after YEAR_T1, or an empty layer stop with a message; "
        "invalid geometries are repaired and counted."
    )

    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    MERGE_ZONES = "MERGE_ZONES"
    BUILT_T1 = "BUILT_T1"
    BUILT_T2 = "BUILT_T2"
    POPULATION_T1 = "POPULATION_T1"
    POPULATION_FIELD_T1 = "POPULATION_FIELD_T1"
    POPULATION_T2 = "POPULATION_T2"
    POPULATION_FIELD_T2 = "POPULATION_FIELD_T2"
    YEAR_T1 = "YEAR_T1"
    YEAR_T2 = "YEAR_T2"
    POPULATION_METHOD = "POPULATION_METHOD"
    UNIT = "UNIT"
    OUTPUT = "OUTPUT"

    def define(self, config):
        polygon = [QgsProcessing.TypeVectorPolygon]
        people = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        _landuse.add_zone_parameters(
            self,
            self.ZONES,
            self.ZONE_FIELD,
            self.MERGE_ZONES,
            self.tr(
                "Polygons to compute the indicator for (kommune, tettsted, "
                "grunnkrets...). Each zone is computed on its own."
            ),
            optional=False,
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.BUILT_T1, self.tr("Built-up area at the first date (T1)"), polygon
            ),
            self.tr(
                "Polygons of the built-up extent (bebygd areal) at the first date, "
                "e.g. AR5 11 + 12 or SSB arealbruk."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.BUILT_T2, self.tr("Built-up area at the second date (T2)"), polygon
            ),
            self.tr("Polygons of the built-up extent at the second date."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.POPULATION_T1, self.tr("Population at T1"), people
            ),
            self.tr(
                "Points (addresses, buildings) or polygons (SSB 250 m cells) with the "
                "population (befolkning) at the first date."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD_T1,
                self.tr("Population field at T1"),
                parentLayerParameterName=self.POPULATION_T1,
                type=QgsProcessingParameterField.Numeric,
            ),
            self.tr("Numeric field with the number of inhabitants at the first date."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.POPULATION_T2, self.tr("Population at T2"), people
            ),
            self.tr(
                "Population layer for the second date (may be the same layer as T1 "
                "with another field)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD_T2,
                self.tr("Population field at T2"),
                parentLayerParameterName=self.POPULATION_T2,
                type=QgsProcessingParameterField.Numeric,
            ),
            self.tr("Numeric field with the number of inhabitants at the second date."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.YEAR_T1,
                self.tr("Year of T1"),
                QgsProcessingParameterNumber.Double,
                defaultValue=2015,
                minValue=1800.0,
                maxValue=2200.0,
            ),
            self.tr("The first date as a year (decimals allowed, e.g. 2015.0)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.YEAR_T2,
                self.tr("Year of T2"),
                QgsProcessingParameterNumber.Double,
                defaultValue=2022,
                minValue=1800.0,
                maxValue=2200.0,
            ),
            self.tr("The second date as a year; must be later than the first."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.POPULATION_METHOD,
                self.tr("Population polygons to zones"),
                options=[self.tr("By area share"), self.tr("By a point inside the cell")],
                defaultValue=0,
            ),
            self.tr(
                "Only for population polygons: split a cell cut by a zone border by "
                "its area share (default), or give the whole cell to the zone holding "
                "a representative point of it (its centroid when that lies inside the "
                "cell, else a point on its surface)."
            ),
            advanced=True,
        )
        _landuse.add_unit_parameter(self, self.UNIT)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("SDG 11.3.1 by zone"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr(
                "The zones with built-up areas, populations, LCR, PGR, LCRPGR and the "
                "explanation where the ratio is empty."
            ),
        )

    def compute(self, parameters, context, feedback):
        names = [self.ZONES, self.BUILT_T1, self.BUILT_T2, self.POPULATION_T1, self.POPULATION_T2]
        sources, crs = _landuse.open_inputs(self, parameters, context, feedback, names)
        for name, source in zip(names, sources):
            if source is None:
                raise InputError(self.tr("{}: the layer could not be opened.").format(name))
        pop_fields = [
            self.parameterAsString(parameters, p, context)
            for p in (self.POPULATION_FIELD_T1, self.POPULATION_FIELD_T2)
        ]

        def read(name, source, fields=None):
            return layers.read_source(
                source, name, context, feedback, fields=fields or [], target_crs=crs
            )

        zones, zone_ids = _landuse.read_zones(
            self, parameters, context, feedback, sources[0], crs, self.ZONES, self.ZONE_FIELD
        )
        feedback.setProgress(10)
        built = [read(self.BUILT_T1, sources[1]), read(self.BUILT_T2, sources[2])]
        feedback.setProgress(30)
        populations = []
        params = (self.POPULATION_FIELD_T1, self.POPULATION_FIELD_T2)
        for name, source, field_name, param in zip(names[3:], sources[3:], pop_fields, params):
            data = read(name, source, [field_name])
            populations.append(
                (data.geometry, layers.count_column(data, field_name, param, feedback))
            )
        layers_t = [(n, d.geometry) for n, d in zip(names[1:3], built)]
        layers_t += [(n, p[0]) for n, p in zip(names[3:], populations)]
        for name, geoms in layers_t:
            # each zone should meet every layer: warn for those that do not
            _landuse.check_apart(self, feedback, self.ZONES, zones, name, geoms, zone_ids)
        self.check_cancel(feedback)
        unit = _landuse.UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        method = POPULATION_METHODS[
            self.parameterAsEnum(parameters, self.POPULATION_METHOD, context)
        ]
        table = land_consumption(
            zones,
            built[0].geometry,
            built[1].geometry,
            populations[0],
            populations[1],
            self.parameterAsDouble(parameters, self.YEAR_T1, context),
            self.parameterAsDouble(parameters, self.YEAR_T2, context),
            population_method=method,
            area_factor=AREA_UNITS[unit],
            progress=self.progress(feedback, 50, 90),
        )
        table.insert(0, "zone", [str(z) for z in zone_ids])
        table = table.rename(
            columns={"built_t1": f"built_t1_{unit}", "built_t2": f"built_t2_{unit}"}
        )
        n_null = int(table["lcrpgr"].isna().sum())
        if n_null:
            feedback.pushInfo(
                self.tr(
                    "{} of {} zone(s) have no readable LCRPGR; see the field lcrpgr_note."
                ).format(n_null, len(table))
            )
        dest = self.write(
            parameters,
            self.OUTPUT,
            context,
            table,
            zones,
            crs,
            QgsWkbTypes.MultiPolygon,
            feedback,
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest}
