"""smaaby:changematrix: transition matrix between two categorical polygon layers. Thin
adapter to core.change_matrix."""

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
from smaaby_plugin.core.landuse.change_matrix import change_matrix
from smaaby_plugin.core.landuse.landuse_account import class_labels
from smaaby_plugin.core.polygons import clean_polygons
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.landuse import _landuse


class ChangeMatrix(SmaabyAlgorithm):
    ALG_ID = "changematrix"
    DISPLAY_NAME = "Land-use change matrix (før/etter)"
    TAGS = (
        "change matrix, transition, endring, arealendring, omdisponering, land cover change, "
        "before after, union, arealregnskap"
    )
    HELP = (
        "Computes the transition matrix between two categorical polygon layers (BEFORE and "
        "AFTER: two land-cover dates, or the current and the proposed plan): how much area "
        "went from each class to each class, per zone if zones are given.\n\n"
        "Method: union overlay of the two layers (the 'union' of KDD's guidance "
        "'Arealregnskap i kommuneplan', 2023, ch. 3 and 5): every BEFORE polygon is "
        "intersected with every AFTER polygon it overlaps, and the parts covered by only one "
        "layer are kept as 'not covered' on the other side, so no land is lost. Pieces are "
        "then cut by the zones; areas are summed with correctly rounded sums, independent of "
        "feature order.\n\n"
        "Outputs: the long table (one row per zone, from class and to class: from_code, "
        "from_status, labels, to_code, to_status, labels, changed, n_pieces, area, share_pct "
        "of the zone's land covered by either layer); the wide table (per zone a row per "
        "from class with a column c_<code> per to class and total_before, then rows "
        "total_after and net_change = after minus before per class); and the changed "
        "polygons (pieces whose class differs).\n\n"
        "Units: m², daa (default), ha or km², planar in the projected CRS (optional "
        "ellipsoidal correction for UTM/NTM).\n\n"
        "Bad input: empty or non-numeric codes give status 'no class' (counted); codes not in "
        "the code list are kept and flagged in the log; overlapping polygons inside a layer "
        "stop the run with a list, unless an overlap rule is chosen; invalid geometries are "
        "repaired and counted; mixed CRSs are reprojected to the first projected one "
        "(logged); empty layers stop with a message."
    )

    BEFORE = "BEFORE"
    BEFORE_FIELD = "BEFORE_FIELD"
    AFTER = "AFTER"
    AFTER_FIELD = "AFTER_FIELD"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    UNIT = "UNIT"
    OVERLAPS = "OVERLAPS"
    CODE_LIST = "CODE_LIST"
    ELLIPSOIDAL = "ELLIPSOIDAL"
    OUTPUT_LONG = "OUTPUT_LONG"
    OUTPUT_WIDE = "OUTPUT_WIDE"
    OUTPUT_CHANGED = "OUTPUT_CHANGED"

    def define(self, config):
        polygon = [QgsProcessing.TypeVectorPolygon]
        for layer, field, title, text in [
            (
                self.BEFORE,
                self.BEFORE_FIELD,
                "Before",
                "Polygons with the class at the first date or in the current plan.",
            ),
            (
                self.AFTER,
                self.AFTER_FIELD,
                "After",
                "Polygons with the class at the second date or in the proposed plan.",
            ),
        ]:
            self.add(
                QgsProcessingParameterFeatureSource(layer, self.tr(title), polygon), self.tr(text)
            )
            self.add(
                QgsProcessingParameterField(
                    field,
                    self.tr("{} class field").format(self.tr(title)),
                    parentLayerParameterName=layer,
                ),
                self.tr(
                    "Field with the class code (whole numbers; empty or non-numeric "
                    "values count as 'no class')."
                ),
            )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.ZONES, self.tr("Zones"), polygon, optional=True
            ),
            self.tr(
                "Optional polygons (kommuner, grunnkretser) to make one matrix each; "
                "without zones one matrix for all the land."
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
        _landuse.add_unit_parameter(self, self.UNIT)
        _landuse.add_overlap_parameter(self, self.OVERLAPS)
        _landuse.add_code_list_parameter(self, self.CODE_LIST)
        _landuse.add_ellipsoidal_parameter(self, self.ELLIPSOIDAL)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_LONG, self.tr("Change matrix (long)"), QgsProcessing.TypeVector
            ),
            self.tr("One row per zone, from class and to class with the area."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_WIDE,
                self.tr("Change matrix (wide)"),
                QgsProcessing.TypeVector,
                optional=True,
            ),
            self.tr(
                "From classes as rows, to classes as columns (c_<code>), with totals and "
                "net change per class."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CHANGED,
                self.tr("Changed polygons"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
            ),
            self.tr("The pieces whose class changed, with from and to class and area."),
        )

    def compute(self, parameters, context, feedback):
        names = [self.BEFORE, self.AFTER, self.ZONES]
        sources = _landuse.sources(self, parameters, names, context)
        present = [(n, s) for n, s in zip(names, sources) if s is not None]
        crs = layers.working_crs(
            [s for _, s in present], context, feedback, [n for n, _ in present]
        )
        rule = _landuse.overlap_rule(self, parameters, self.OVERLAPS, context)
        before = _landuse.read_categorical(
            self,
            parameters,
            context,
            feedback,
            layer=self.BEFORE,
            field=self.BEFORE_FIELD,
            crs=crs,
            rule=rule,
            source=sources[0],
            progress=self.progress(feedback, 5, 15),
        )
        after = _landuse.read_categorical(
            self,
            parameters,
            context,
            feedback,
            layer=self.AFTER,
            field=self.AFTER_FIELD,
            crs=crs,
            rule=rule,
            source=sources[1],
            progress=self.progress(feedback, 20, 30),
        )
        zones = zone_ids = None
        if sources[2] is not None:
            zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context) or None
            zdata = layers.read_source(
                sources[2],
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
        self.check_cancel(feedback)
        codes = np.r_[before.code, after.code]
        code_list = _landuse.code_list(self, parameters, self.CODE_LIST, context, codes, feedback)
        unit = _landuse.UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        area_fn = _landuse.area_function(self, parameters, self.ELLIPSOIDAL, context, crs, feedback)
        result = change_matrix(
            before,
            after,
            zones,
            zone_ids,
            unit=unit,
            code_list=code_list,
            area_function=area_fn,
            progress=self.progress(feedback, 30, 80),
        )
        long = result.long.rename(columns={"area": f"area_{unit}"})
        outputs = {
            self.OUTPUT_LONG: self.write(
                parameters, self.OUTPUT_LONG, context, long, feedback=feedback
            )
        }
        if parameters.get(self.OUTPUT_WIDE) is not None:
            outputs[self.OUTPUT_WIDE] = self.write(
                parameters, self.OUTPUT_WIDE, context, result.wide, feedback=feedback
            )
        if parameters.get(self.OUTPUT_CHANGED) is not None:
            pieces = result.pieces[result.pieces["changed"]]
            frame = pieces.drop(columns=["geometry", "area_m2", "changed"]).rename(
                columns={"area": f"area_{unit}"}
            )
            for side in ("from", "to"):
                lab = class_labels(frame[f"{side}_code"].to_numpy(), code_list)
                frame[f"{side}_code"] = frame[f"{side}_code"].astype("Int64")
                frame[f"{side}_label_nb"] = lab["label_nb"].to_numpy()
                frame[f"{side}_label_en"] = lab["label_en"].to_numpy()
            outputs[self.OUTPUT_CHANGED] = self.write(
                parameters,
                self.OUTPUT_CHANGED,
                context,
                frame,
                pieces["geometry"].to_numpy(),
                crs,
                QgsWkbTypes.MultiPolygon,
                feedback,
            )
        feedback.setProgress(100)
        return outputs
