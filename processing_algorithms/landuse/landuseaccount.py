"""smaaby:landuseaccount: area by land-use class within zones. Thin adapter to
core.landuse_account."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from smaaby_plugin import layers
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.landuse_account import (
    class_columns,
    class_labels,
    landuse_account,
)
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.landuse import _landuse


class LandUseAccount(SmaabyAlgorithm):
    ALG_ID = "landuseaccount"
    DISPLAY_NAME = "Land-use account by zone (arealregnskap)"
    TAGS = (
        "arealregnskap, land use, land cover, arealbruk, arealdekke, AR5, N50, area by "
        "class, zonal statistics, union, overlay"
    )
    HELP = (
        "Computes the area of each land-use class (arealformål, AR5 arealtype, N50 "
        "arealdekke or any class field, numbers or text) within each zone, with its share of the "
        "zone and, where a population layer is given, the zone's population and the area per "
        "inhabitant.\n\n"
        "Method: the overlay ('union') of land use and zones that KDD's guidance "
        "'Arealregnskap i kommuneplan' (2023, ch. 3) asks for, done exactly: every land-use "
        "polygon is intersected with every zone it overlaps (shapely/GEOS), and the pieces' "
        "areas are summed per zone and class with correctly rounded sums, so the result does "
        "not depend on the order of the features. Each zone also gets a row 'uncovered' for "
        "the part of it that no land-use polygon covers (zone minus the union of its pieces), "
        "so the rows of a zone add up to the zone's area. Without zones the whole layer is one "
        "zone ('all').\n\n"
        "Population: points count in the zone that contains them; polygons (SSB 250 m cells) "
        "are split by area share (areal weighting).\n\n"
        "Units: areas in m², daa (default), ha or km², planar in the projected CRS (optional "
        "ellipsoidal correction for UTM/NTM); share_pct in % of the zone's area; "
        "m2_per_inhabitant in m².\n\n"
        "Classes: any field is a class field. Whole numbers and numeric text ('21', '21.0') "
        "are codes, labelled from the code list (codes not in it are kept, labelled with "
        "their value and flagged in_code_list = 0); other text (N50's klasse_navn, a "
        "planner's own classes) is a class of its own, labelled with its value. The output "
        "has the class as text in 'class' and the code as a number in 'class_code' (empty "
        "for text classes). A null or blank class counts in the 'no class' row (the log "
        "says how many).\n\n"
        "Missing values: a null or NaN population counts as 0 (the log says how many); "
        "negative, infinite or absurd (above 10,000,000 per feature) values stop the run "
        "with their feature ids. Zone ids: a duplicate or empty id stops the run with the "
        "ids, unless 'Merge zones with the same id' is chosen (their polygons are dissolved "
        "into one zone, logged). CRS: all inputs are computed in the first input's projected "
        "CRS, or the UTM zone of the data when it is geographic or Web Mercator; a layer "
        "without a CRS stops the run. Zones or a population that meet no land use at all "
        "stop the run with the likely cause (a wrong CRS or another area); zones outside the "
        "land use are named in a warning.\n\n"
        "Other bad input: overlapping land-use polygons stop the run with a list of them and "
        "the area covered more than once, unless an overlap rule is chosen; invalid "
        "geometries are repaired and counted; an empty layer stops with a message."
    )

    LANDUSE = "LANDUSE"
    CLASS_FIELD = "CLASS_FIELD"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    MERGE_ZONES = "MERGE_ZONES"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    UNIT = "UNIT"
    CODE_LIST = "CODE_LIST"
    OVERLAPS = "OVERLAPS"
    PRIORITY_FIELD = "PRIORITY_FIELD"
    ELLIPSOIDAL = "ELLIPSOIDAL"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_PIECES = "OUTPUT_PIECES"

    def define(self, config):
        polygon = [QgsProcessing.TypeVectorPolygon]
        self.add(
            QgsProcessingParameterFeatureSource(self.LANDUSE, self.tr("Land use"), polygon),
            self.tr(
                "Polygons with a class: arealformål of a plan, AR5 arealtype, N50 "
                "arealdekke or any classification (codes or text)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CLASS_FIELD, self.tr("Class field"), parentLayerParameterName=self.LANDUSE
            ),
            self.tr(
                "Field with the class: whole-number codes (numeric text is accepted) or "
                "text, each distinct text a class. Empty values go to the 'no class' row."
            ),
        )
        _landuse.add_zone_parameters(
            self,
            self.ZONES,
            self.ZONE_FIELD,
            self.MERGE_ZONES,
            self.tr(
                "Polygons to account within (kommune, grunnkretser, tettsted, a grid). "
                "Without zones the whole land-use layer is one zone."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.POPULATION,
                self.tr("Population"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
                optional=True,
            ),
            self.tr(
                "Optional points (addresses) or polygons (SSB 250 m cells) with the number "
                "of inhabitants, for area per inhabitant."
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
                "Numeric field with inhabitants; null or NaN counts as 0 (logged); negative "
                "or infinite values stop the run."
            ),
        )
        _landuse.add_unit_parameter(self, self.UNIT)
        _landuse.add_overlap_parameter(self, self.OVERLAPS)
        self.add(
            QgsProcessingParameterField(
                self.PRIORITY_FIELD,
                self.tr("Priority field (for overlaps)"),
                parentLayerParameterName=self.LANDUSE,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr("Only for the overlap rule 'lowest value of the priority field wins'."),
            advanced=True,
        )
        _landuse.add_code_list_parameter(self, self.CODE_LIST)
        _landuse.add_ellipsoidal_parameter(self, self.ELLIPSOIDAL)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE, self.tr("Land-use account"), QgsProcessing.TypeVector
            ),
            self.tr(
                "Table with one row per zone and class: zone_id, row_type (class, no "
                "class, uncovered), class (text), class_code (number), label_nb, "
                "label_en, in_code_list, outdated, n_pieces, area, share_pct, zone_area "
                "(and population, m2_per_inhabitant)."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PIECES,
                self.tr("Land-use pieces by zone"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            ),
            self.tr(
                "Optional: the intersected polygons (land use x zone) and the uncovered "
                "parts, with zone, class and area."
            ),
        )

    def compute(self, parameters, context, feedback):
        names = [self.LANDUSE, self.ZONES, self.POPULATION]
        sources, crs = _landuse.open_inputs(self, parameters, context, feedback, names)
        rule = _landuse.overlap_rule(self, parameters, self.OVERLAPS, context)
        priority = self.parameterAsString(parameters, self.PRIORITY_FIELD, context) or None
        landuse = _landuse.read_categorical(
            self,
            parameters,
            context,
            feedback,
            layer=self.LANDUSE,
            field=self.CLASS_FIELD,
            crs=crs,
            rule=rule,
            priority_field=priority,
            source=sources[0],
            progress=self.progress(feedback, 15, 30),
        )
        zones = zone_ids = None
        if sources[1] is not None:
            zones, zone_ids = _landuse.read_zones(
                self, parameters, context, feedback, sources[1], crs, self.ZONES, self.ZONE_FIELD
            )
            _landuse.check_apart(
                self, feedback, self.ZONES, zones, self.LANDUSE, landuse.geometry, zone_ids
            )
        population = None
        if sources[2] is not None:
            pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
            if not pop_field:
                raise InputError(
                    self.tr("POPULATION_FIELD: choose the field with the number of inhabitants.")
                )
            pdata = layers.read_source(
                sources[2], self.POPULATION, context, feedback, fields=[pop_field], target_crs=crs
            )
            population = (
                pdata.geometry,
                layers.count_column(pdata, pop_field, self.POPULATION_FIELD, feedback),
            )
            target = (self.ZONES, zones) if zones is not None else (self.LANDUSE, landuse.geometry)
            _landuse.check_apart(
                self, feedback, self.POPULATION, pdata.geometry, *target, each=False
            )
        self.check_cancel(feedback)
        feedback.setProgress(35)
        code_list = _landuse.code_list(
            self, parameters, self.CODE_LIST, context, landuse.code, feedback
        )
        unit = _landuse.UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        area_fn = _landuse.area_function(self, parameters, self.ELLIPSOIDAL, context, crs, feedback)
        want_pieces = parameters.get(self.OUTPUT_PIECES) is not None
        result = landuse_account(
            landuse,
            zones,
            zone_ids,
            unit=unit,
            code_list=code_list,
            population=population,
            area_function=area_fn,
            with_pieces=want_pieces,
            progress=self.progress(feedback, 35, 80),
        )
        table = result.table.rename(
            columns={"area": f"area_{unit}", "zone_area": f"zone_area_{unit}"}
        )
        outputs = {
            self.OUTPUT_TABLE: self.write(
                parameters, self.OUTPUT_TABLE, context, table, feedback=feedback
            )
        }
        if want_pieces:
            pieces = result.pieces
            labels = class_labels(pieces["class_key"].to_numpy(), code_list)
            frame = pieces.drop(columns=["geometry", "area_m2", "zone", "class_key"]).rename(
                columns={"area": f"area_{unit}"}
            )
            for i, (name, column) in enumerate(class_columns(pieces["class_key"]).items()):
                frame.insert(2 + i, name, column)
            frame.insert(4, "label_nb", labels["label_nb"].to_numpy())
            frame.insert(5, "label_en", labels["label_en"].to_numpy())
            gap = np.asarray(frame["row_type"] == "uncovered")
            frame.loc[gap, ["label_nb", "label_en"]] = None
            outputs[self.OUTPUT_PIECES] = self.write(
                parameters,
                self.OUTPUT_PIECES,
                context,
                frame,
                pieces["geometry"].to_numpy(),
                crs,
                QgsWkbTypes.MultiPolygon,
                feedback,
            )
        feedback.setProgress(100)
        return outputs
