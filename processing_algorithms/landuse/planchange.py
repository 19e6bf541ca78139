"""smaaby:planchange: change in arealformål between the current and the proposed plan,
and conversion (omdisponering) of farmland, forest, bog and shore zone. Thin adapter to
core.planchange."""

from __future__ import annotations

from functools import partial

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.plan_change import plan_change
from smaaby_plugin.core.landuse.plans import GROUPINGS
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.landuse import _landuse, _plans

_GROUPING_LABELS = [
    "SOSI arealformål code",
    "Hovedformål 1-6 (pbl § 11-7)",
    "Development versus not",
]


class PlanChange(SmaabyAlgorithm):
    ALG_ID = "planchange"
    DISPLAY_NAME = "Plan change and conversion (endring i arealformål, omdisponering)"
    TAGS = (
        "endring i arealformål, omdisponering, nedbygging, kommuneplan, gjeldende plan, "
        "planforslag, dyrka mark, skog, myr, strandsone, arealregnskap, plan change"
    )
    HELP = (
        "Compares the current kommuneplan (OLD_PLAN) with the proposal (NEW_PLAN): how much "
        "land goes from each arealformål to each other, the net change per purpose, the "
        "changed areas, and how much newly designated development land lies on farmland, "
        "forest, bog, open land and in the shore zone.\n\n"
        "Method (KDD, 'Arealregnskap i kommuneplan', December 2023, ch. 5: total change in "
        "arealformål, old plan against proposal, and land qualities that would be built "
        "on): union overlay of the two plans (land covered by only one plan is 'outside "
        "the plan' in the other). The matrix compares classes at the chosen GROUPING: SOSI "
        "code, hovedformål 1-6 (pbl § 11-7), or development versus not (development code "
        "table). The conversion table always uses the development flag: new development = "
        "not development (or outside the old plan) in the old plan and development in the "
        "new one; it is split by AR5 class (21 fulldyrka + 22 overflatedyrka = cultivated, "
        "+ 23 innmarksbeite = agricultural, 30 skog, 50 åpen fastmark, 60 myr, ...) and "
        "flags the shore zone (within SHORE_WIDTH of SHORE, pbl § 1-8). Land returned from "
        "development to other purposes is listed below it. Changes are computed on the "
        "whole plans before any built land is removed, so land returned from development to "
        "green structure is not lost (already built land shows as AR5 11/12).\n\n"
        "Outputs: the matrix (a row per old class with old_total, new_total, net_change = "
        "new minus old, and to_<class> columns; 'outside' = outside the plan, 'none' = no "
        "class; a Sum row); optionally the long form (old, new, area); the changed polygons "
        "(old and new code, labels, development flags, change type, area); and the "
        "conversion table. Areas in the chosen unit (daa by default), planar in the "
        "projected CRS (ellipsoidal as an option).\n\n"
        "Classes: whole numbers and numeric text are SOSI codes (codes not in the SOSI list "
        "are kept, labelled with their value and flagged); a text purpose is a class of its "
        "own at the SOSI level, labelled with its value, and counts as not development "
        "(logged). The outputs carry the class as text (class, old_class, new_class) beside "
        "the numeric key and code columns (empty for text classes). A null or blank purpose "
        "forms a 'no class' row (counted).\n\n"
        "CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of "
        "the data when it is geographic or Web Mercator; a layer without a CRS stops the "
        "run. Plans that do not overlap anywhere, or a land cover away from the proposal, "
        "stop the run with the likely cause (a wrong CRS or another area); shore lines away "
        "from the plan are warned of.\n\n"
        "Other bad input: overlapping polygons inside a plan stop the run with a list unless "
        "an overlap rule is chosen; invalid geometries are repaired and counted; empty "
        "layers stop with a message."
    )

    OLD_PLAN = "OLD_PLAN"
    OLD_FIELD = "OLD_FIELD"
    NEW_PLAN = "NEW_PLAN"
    NEW_FIELD = "NEW_FIELD"
    LANDCOVER = "LANDCOVER"
    LANDCOVER_FIELD = "LANDCOVER_FIELD"
    GROUPING = "GROUPING"
    UNIT = "UNIT"
    OVERLAPS = "OVERLAPS"
    ELLIPSOIDAL = "ELLIPSOIDAL"
    OUTPUT_MATRIX = "OUTPUT_MATRIX"
    OUTPUT_LONG = "OUTPUT_LONG"
    OUTPUT_CHANGES = "OUTPUT_CHANGES"
    OUTPUT_CONVERSION = "OUTPUT_CONVERSION"

    def define(self, config):
        polygon = [QgsProcessing.TypeVectorPolygon]
        for layer, field, title, text in [
            (
                self.OLD_PLAN,
                self.OLD_FIELD,
                "Current plan (gjeldende kommuneplan)",
                "The arealformål of the plan in force, as polygons.",
            ),
            (
                self.NEW_PLAN,
                self.NEW_FIELD,
                "Proposed plan (planforslag)",
                "The arealformål of the proposed plan, as polygons.",
            ),
        ]:
            self.add(
                QgsProcessingParameterFeatureSource(layer, self.tr(title), polygon), self.tr(text)
            )
            self.add(
                QgsProcessingParameterField(
                    field,
                    self.tr("{}: purpose field").format(self.tr(title)),
                    parentLayerParameterName=layer,
                ),
                self.tr(
                    "Field with the SOSI arealformål code (e.g. 1110, 5100; numeric text is "
                    "accepted). A text purpose is a class of its own in the matrix (at the "
                    "SOSI level), labelled with its value, and counts as not development."
                ),
            )
        _plans.add_landcover_parameters(self, self.LANDCOVER, self.LANDCOVER_FIELD, optional=True)
        _plans.add_shore_parameters(self)
        self.add(
            QgsProcessingParameterEnum(
                self.GROUPING,
                self.tr("Compare purposes by"),
                options=[self.tr(t) for t in _GROUPING_LABELS],
                defaultValue=0,
            ),
            self.tr(
                "Level of the matrix and of the changed polygons: the SOSI code, the "
                "hovedformål (1 bebyggelse og anlegg ... 6 sjø og vassdrag), or "
                "development versus not (development code table)."
            ),
        )
        _plans.add_development_table_parameter(self)
        _landuse.add_unit_parameter(self, self.UNIT)
        _landuse.add_overlap_parameter(self, self.OVERLAPS)
        _landuse.add_ellipsoidal_parameter(self, self.ELLIPSOIDAL)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_MATRIX, self.tr("Change matrix (old by new)"), QgsProcessing.TypeVector
            ),
            self.tr(
                "A row per old class, a to_<class> column per new class, with totals and "
                "net change per class."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_LONG,
                self.tr("Change matrix (long)"),
                QgsProcessing.TypeVector,
                optional=True,
            ),
            self.tr("One row per old and new class with the area."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CHANGES,
                self.tr("Changed areas"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
            ),
            self.tr(
                "The pieces whose class changes, with old and new purpose and change "
                "type (new development, development returned, ...)."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CONVERSION,
                self.tr("Conversion of land (omdisponering)"),
                QgsProcessing.TypeVector,
            ),
            self.tr(
                "New development land by new class and AR5 class, with the shore zone; "
                "below it, land returned from development."
            ),
        )

    def compute(self, parameters, context, feedback):
        names = [self.OLD_PLAN, self.NEW_PLAN, self.LANDCOVER, _plans.SHORE]
        opened, crs = _landuse.open_inputs(self, parameters, context, feedback, names)
        old_src, new_src, lc_src, shore_src = opened
        rule = _landuse.overlap_rule(self, parameters, self.OVERLAPS, context)
        old, old_fids = _landuse.read_categorical(
            self,
            parameters,
            context,
            feedback,
            layer=self.OLD_PLAN,
            field=self.OLD_FIELD,
            crs=crs,
            rule=rule,
            source=old_src,
            return_fids=True,
            progress=self.progress(feedback, 3, 10),
        )
        new, new_fids = _landuse.read_categorical(
            self,
            parameters,
            context,
            feedback,
            layer=self.NEW_PLAN,
            field=self.NEW_FIELD,
            crs=crs,
            rule=rule,
            source=new_src,
            return_fids=True,
            progress=self.progress(feedback, 13, 20),
        )
        landcover = None
        if lc_src is not None:
            if not self.parameterAsString(parameters, self.LANDCOVER_FIELD, context):
                raise InputError(
                    self.tr(
                        "LANDCOVER is given without LANDCOVER_FIELD; "
                        "choose the AR5 arealtype field."
                    )
                )
            landcover = _landuse.read_categorical(
                self,
                parameters,
                context,
                feedback,
                layer=self.LANDCOVER,
                field=self.LANDCOVER_FIELD,
                crs=crs,
                rule=rule,
                source=lc_src,
                progress=self.progress(feedback, 22, 25),
            )
        shore = _plans.read_shore(self, parameters, context, feedback, crs, shore_src)
        check = partial(_landuse.check_apart, self, feedback)
        check(self.OLD_PLAN, old.geometry, self.NEW_PLAN, new.geometry, each=False)
        if landcover is not None:
            check(self.LANDCOVER, landcover.geometry, self.NEW_PLAN, new.geometry, each=False)
        check(_plans.SHORE, shore, self.NEW_PLAN, new.geometry, stop=False, each=False)
        self.check_cancel(feedback)
        table = _plans.development_table(self, parameters, context, feedback)
        lists = _plans.code_lists()
        for name, layer in ((self.OLD_PLAN, old), (self.NEW_PLAN, new)):
            _plans.warn_unknown_purposes(self, layer, table, lists["sosi"], feedback, name)
        unit = _landuse.UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        grouping = GROUPINGS[self.parameterAsEnum(parameters, self.GROUPING, context)]
        result = plan_change(
            old,
            new,
            table,
            grouping=grouping,
            landcover=landcover,
            shore=shore,
            shore_width=self.parameterAsDouble(parameters, _plans.SHORE_WIDTH, context),
            unit=unit,
            sosi=lists["sosi"],
            hovedformal=lists["hovedformal"],
            ar5=lists["ar5"],
            area_function=_landuse.area_function(
                self, parameters, self.ELLIPSOIDAL, context, crs, feedback
            ),
            progress=self.progress(feedback, 25, 85),
        )
        s = result.summary
        feedback.pushInfo(
            self.tr(
                "Changed: {:.1f} m²; new development: {:.1f} m² (in the shore zone {:.1f} m²); "
                "returned from development: {:.1f} m²."
            ).format(
                s["changed"],
                s["new_development"],
                s["new_development_shore"],
                s["development_returned"],
            )
        )
        outputs = {
            self.OUTPUT_MATRIX: self.write(
                parameters, self.OUTPUT_MATRIX, context, result.matrix, feedback=feedback
            )
        }
        if parameters.get(self.OUTPUT_LONG) is not None:
            outputs[self.OUTPUT_LONG] = self.write(
                parameters, self.OUTPUT_LONG, context, result.long, feedback=feedback
            )
        if parameters.get(self.OUTPUT_CHANGES) is not None:
            changes = result.changes
            frame = changes.drop(columns=["geometry", "area"]).copy()
            for side, fids in (("old", old_fids), ("new", new_fids)):
                rows = frame[f"{side}_plan"].to_numpy()
                frame[f"{side}_plan"] = np.where(rows >= 0, fids[np.maximum(rows, 0)], -1)
                frame = frame.rename(columns={f"{side}_plan": f"{side}_fid"})
                frame[f"{side}_code"] = frame[f"{side}_code"].astype("Int64")
            if unit != "m2":
                frame[f"area_{unit}"] = changes["area"].to_numpy()
            outputs[self.OUTPUT_CHANGES] = self.write(
                parameters,
                self.OUTPUT_CHANGES,
                context,
                frame,
                changes["geometry"].to_numpy(),
                crs,
                QgsWkbTypes.MultiPolygon,
                feedback,
            )
        outputs[self.OUTPUT_CONVERSION] = self.write(
            parameters, self.OUTPUT_CONVERSION, context, result.conversion, feedback=feedback
        )
        feedback.setProgress(100)
        return outputs
