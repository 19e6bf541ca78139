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

from smaaby_plugin.core.landuse.change_matrix import change_matrix, class_columns_frame
from smaaby_plugin.core.landuse.landuse_account import class_labels
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
        "Classes: any field is a class field. Whole numbers and numeric text ('21', '21.0') "
        "are codes, labelled from the code list (codes not in it are kept, labelled with "
        "their value and named in the log); other text is a class of its own, labelled with "
        "its value. The long table and the changed polygons have the class as text "
        "(from_class, to_class) and the code as a number (from_code, to_code; empty for text "
        "classes); the wide table names text classes c_<text> (lower case, other characters "
        "as _). A null or blank class gives status 'no class' (counted in the log).\n\n"
        "Zone ids: a duplicate or empty id stops the run with the ids, unless 'Merge zones "
        "with the same id' is chosen (their polygons are dissolved into one zone, logged). "
        "CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of "
        "the data when it is geographic or Web Mercator; a layer without a CRS stops the "
        "run. BEFORE and AFTER that do not overlap anywhere, or zones that meet neither, stop "
        "the run with the likely cause (a wrong CRS or another area); zones outside both "
        "layers are named in a warning.\n\n"
        "Other bad input: overlapping polygons inside a layer stop the run with a list, "
        "unless an overlap rule is chosen; invalid geometries are repaired and counted; "
        "empty layers stop with a message."
    )

    BEFORE = "BEFORE"
    BEFORE_FIELD = "BEFORE_FIELD"
    AFTER = "AFTER"
    AFTER_FIELD = "AFTER_FIELD"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    MERGE_ZONES = "MERGE_ZONES"
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
                    "Field with the class: whole-number codes (numeric text is accepted) "
                    "or text, each distinct text a class; empty values count as 'no class'."
                ),
            )
        _landuse.add_zone_parameters(
            self,
            self.ZONES,
            self.ZONE_FIELD,
            self.MERGE_ZONES,
            self.tr(
                "Optional polygons (kommuner, grunnkretser) to make one matrix each; "
                "without zones one matrix for all the land."
            ),
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
        sources, crs = _landuse.open_inputs(self, parameters, context, feedback, names)
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
        _landuse.check_apart(
            self, feedback, self.BEFORE, before.geometry, self.AFTER, after.geometry, each=False
        )
        zones = zone_ids = None
        if sources[2] is not None:
            zones, zone_ids = _landuse.read_zones(
                self, parameters, context, feedback, sources[2], crs, self.ZONES, self.ZONE_FIELD
            )
            _landuse.check_apart(
                self,
                feedback,
                self.ZONES,
                zones,
                f"{self.BEFORE} {self.tr('or')} {self.AFTER}",
                np.r_[before.geometry, after.geometry],
                zone_ids,
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
                keys = frame.pop(f"{side}_key").to_numpy()
                at = frame.columns.get_loc(f"{side}_status")
                for i, (name, column) in enumerate(class_columns_frame(keys, side).items()):
                    frame.insert(at + i, name, column)
                lab = class_labels(keys, code_list)
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
