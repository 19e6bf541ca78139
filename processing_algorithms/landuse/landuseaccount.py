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
from smaaby_plugin.core.landuse.landuse_account import class_labels, landuse_account
from smaaby_plugin.core.polygons import clean_polygons
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
        "arealdekke or any numeric class field) within each zone, with its share of the "
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
        "Bad input: polygons without a class code or with a non-numeric one are counted in a "
        "'no class' row; codes not in the code list are kept and flagged (in_code_list = 0); "
        "overlapping land-use polygons stop the run with a list of them and the area covered "
        "more than once, unless an overlap rule is chosen; invalid geometries are repaired and "
        "counted; mixed CRSs are reprojected to the first projected one and geographic data to "
        "UTM (logged); an empty layer stops with a message."
    )

    LANDUSE = "LANDUSE"
    CLASS_FIELD = "CLASS_FIELD"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
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
                "Polygons with a class code: arealformål of a plan, AR5 arealtype, N50 "
                "arealdekke or any numeric classification."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CLASS_FIELD, self.tr("Class field"), parentLayerParameterName=self.LANDUSE
            ),
            self.tr(
                "Field with the class code (a whole number; numeric text is accepted). "
                "Empty or non-numeric values go to the 'no class' row."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.ZONES, self.tr("Zones"), polygon, optional=True
            ),
            self.tr(
                "Polygons to account within (kommune, grunnkretser, tettsted, a grid). "
                "Without zones the whole land-use layer is one zone."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.ZONE_FIELD,
                self.tr("Zone id field"),
                parentLayerParameterName=self.ZONES,
                optional=True,
            ),
            self.tr("Field that names each zone in the output; without it the feature id."),
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
            self.tr("Numeric field with inhabitants; nulls count as 0."),
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
                "class, uncovered), class_code, label_nb, label_en, in_code_list, outdated, "
                "n_pieces, area, share_pct, zone_area (and population, "
                "m2_per_inhabitant)."
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
        sources = _landuse.sources(self, parameters, names, context)
        present = [(n, s) for n, s in zip(names, sources) if s is not None]
        crs = layers.working_crs(
            [s for _, s in present], context, feedback, [n for n, _ in present]
        )
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
            zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context) or None
            zdata = layers.read_source(
                sources[1],
                self.ZONES,
                context,
                feedback,
                fields=[zone_field] if zone_field else [],
                target_crs=crs,
            )
            zones = clean_polygons(zdata.geometry).geometry
            zone_ids = (
                layers.text_column(zdata, zone_field).to_numpy() if zone_field else zdata.fids
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
                layers.numeric_column(
                    pdata, pop_field, self.POPULATION_FIELD, nonnegative=True, fill=0.0
                ),
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
            labels = class_labels(pieces["class_code"].to_numpy(), code_list)
            frame = pieces.drop(columns=["geometry", "area_m2", "zone"]).rename(
                columns={"area": f"area_{unit}"}
            )
            frame["class_code"] = frame["class_code"].astype("Int64")
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
