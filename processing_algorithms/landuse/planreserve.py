"""smaaby:planreserve: the plan reserve (arealreserve). Thin adapter to core.planreserve."""

from __future__ import annotations

from functools import partial

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from smaaby_plugin.core.landuse.plan_reserve import plan_reserve
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.landuse import _landuse, _plans


class PlanReserve(SmaabyAlgorithm):
    ALG_ID = "planreserve"
    DISPLAY_NAME = "Plan reserve (arealreserve)"
    TAGS = (
        "arealreserve, plan reserve, kommuneplan, arealformål, utbyggingsformål, AR5, "
        "strandsone, arealregnskap, undeveloped land"
    )
    HELP = (
        "Computes the plan reserve (arealreserve): the parts of the kommuneplan set aside "
        "for development that are not yet built, by purpose group (arealformålsgruppe), AR5 "
        "arealtype and shore zone (strandsone).\n\n"
        "Method (KDD, 'Arealregnskap i kommuneplan', December 2023, ch. 4: 'areas set aside "
        "for development purposes but not built'; overlay of planned land use, actual land "
        "use and nature data):\n"
        "1. plan polygons whose SOSI arealformål counts as development in the development "
        "code table (default: all of hovedformål 1 bebyggelse og anlegg and 2 samferdsel, "
        "following NINA's exclude list; 19 purpose groups as in ARV);\n"
        "2. minus built land: AR5 11 and 12 (option), BUILT polygons as drawn, and for "
        "bolig/sentrum, fritid and næring all BUILT features (buildings, roads) buffered by "
        "BUILT_BUFFER (15 m, NINA's method);\n"
        "3. minus AR5 81/82 water polygons larger than 500 m² (ARV's rule, option);\n"
        "4. minus slivers: connected parts smaller than 250 m² (bolig/sentrum, fritid, "
        "samferdsel), 1,000 m² (næring) or 150 m² (other groups), or than MIN_AREA for all;\n"
        "5. the rest split by the shore zone (within SHORE_WIDTH of SHORE) and by AR5 class.\n"
        "Steps 2-4 use implementation choices of ARV and NINA, not official values; the "
        "development table (CSV) can be edited to change them.\n\n"
        "Outputs: the reserve polygons with plan feature, SOSI code and labels, hovedformål, "
        "purpose group, AR5 class and label, shore-zone flag and area; and a table of purpose "
        "group by AR5 class (total, shore_zone, cultivated_21_22, agricultural_21_22_23, "
        "ar5_<code>, ar5_none = no land cover) with a Sum row, in the chosen unit (daa by "
        "default). Areas are planar in the projected CRS (ellipsoidal as an option).\n\n"
        "Classes: whole numbers and numeric text are SOSI codes; empty purposes, text "
        "purposes and codes missing from the table are not development (counted, logged); a "
        "plan none of whose purposes is in the development table stops the run (the reserve "
        "would be empty). AR5 classes must be codes "
        "(numeric text is accepted); other values count as ar5_none.\n\n"
        "CRS: all inputs are computed in the first input's projected CRS, or the UTM zone of "
        "the data when it is geographic or Web Mercator; a layer without a CRS stops the "
        "run. A land cover or a BUILT layer that does not overlap the plan anywhere stops the "
        "run with the likely cause (a wrong CRS or another area: the whole plan would count "
        "as reserve); plan polygons outside the land cover are named in a warning.\n\n"
        "Parameters: BUILT_BUFFER 0-1,000 m, SHORE_WIDTH up to 10,000 m, areas 0-10⁸ m².\n\n"
        "Other bad input: overlapping plan or land-cover polygons stop the run with a list "
        "unless an overlap rule is chosen; invalid geometries are repaired and counted; empty "
        "layers stop with a message."
    )

    PLAN = "PLAN"
    PURPOSE_FIELD = "PURPOSE_FIELD"
    LANDCOVER = "LANDCOVER"
    LANDCOVER_FIELD = "LANDCOVER_FIELD"
    BUILT = "BUILT"
    BUILT_BUFFER = "BUILT_BUFFER"
    AR5_BUILT = "AR5_BUILT"
    EXCLUDE_WATER = "EXCLUDE_WATER"
    WATER_MIN_AREA = "WATER_MIN_AREA"
    MIN_AREA = "MIN_AREA"
    UNIT = "UNIT"
    OVERLAPS = "OVERLAPS"
    ELLIPSOIDAL = "ELLIPSOIDAL"
    OUTPUT_RESERVE = "OUTPUT_RESERVE"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def define(self, config):
        self.add(
            QgsProcessingParameterFeatureSource(
                self.PLAN, self.tr("Kommuneplan (arealformål)"), [QgsProcessing.TypeVectorPolygon]
            ),
            self.tr(
                "The plan's land-use purposes (arealformål) as polygons, e.g. "
                "KpArealformålOmråde of the kommuneplan."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.PURPOSE_FIELD,
                self.tr("Purpose field (SOSI arealformål code)"),
                parentLayerParameterName=self.PLAN,
            ),
            self.tr(
                "Field with the SOSI arealformål code (e.g. 1110 boligbebyggelse; numeric "
                "text is accepted). Text purposes have no SOSI code and count as not "
                "development (logged); a plan with no code of the development table stops the run."
            ),
        )
        _plans.add_landcover_parameters(self, self.LANDCOVER, self.LANDCOVER_FIELD, optional=False)
        self.add(
            QgsProcessingParameterMultipleLayers(
                self.BUILT,
                self.tr("Existing buildings and roads"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
            ),
            self.tr(
                "Layers of what is already built (FKB-Bygning points or footprints, road "
                "lines, FKB-Tiltak). Polygons are removed from every development purpose; "
                "for groups marked buffer_built (bolig/sentrum, fritid, næring) all "
                "features are buffered by BUILT_BUFFER and removed."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.BUILT_BUFFER,
                self.tr("Buffer around buildings and roads (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=15.0,
                minValue=0.0,
                maxValue=1000.0,
            ),
            self.tr(
                "Distance around BUILT features taken as built (NINA's method: 15 m; an "
                "implementation choice, not an official value). 0: polygons as drawn."
            ),
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.AR5_BUILT,
                self.tr("Treat AR5 11 (bebygd) and 12 (samferdsel) as built"),
                defaultValue=True,
            ),
            self.tr("Remove AR5 11 and 12 from the reserve (as ARV does)."),
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.EXCLUDE_WATER, self.tr("Remove water (AR5 81, 82)"), defaultValue=True
            ),
            self.tr(
                "Remove fresh water and sea polygons larger than WATER_MIN_AREA from the "
                "reserve (ARV's rule)."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.WATER_MIN_AREA,
                self.tr("Smallest water polygon removed (m²)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=500.0,
                minValue=0.0,
                maxValue=1e8,
            ),
            self.tr("Water polygons of at most this area stay in the reserve (ARV: 500 m²)."),
            advanced=True,
        )
        _plans.add_shore_parameters(self)
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_AREA,
                self.tr("Sliver threshold for all groups (m²)"),
                QgsProcessingParameterNumber.Double,
                optional=True,
                minValue=0.0,
                maxValue=1e8,
            ),
            self.tr(
                "Connected reserve parts smaller than this are dropped. Empty: the "
                "thresholds of the development table (ARV/NINA: 250 m² bolig/sentrum, "
                "fritid, samferdsel; 1,000 m² næring; 150 m² others). 0 keeps all."
            ),
        )
        _plans.add_development_table_parameter(self)
        _landuse.add_unit_parameter(self, self.UNIT)
        _landuse.add_overlap_parameter(self, self.OVERLAPS)
        _landuse.add_ellipsoidal_parameter(self, self.ELLIPSOIDAL)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_RESERVE,
                self.tr("Plan reserve polygons"),
                QgsProcessing.TypeVectorPolygon,
            ),
            self.tr(
                "Unbuilt parts of development purposes by plan feature, AR5 class and shore zone."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE,
                self.tr("Plan reserve by purpose group and AR5"),
                QgsProcessing.TypeVector,
            ),
            self.tr(
                "Reserve per purpose group (rows) by AR5 class (columns), in the chosen "
                "unit, with a Sum row."
            ),
        )

    def compute(self, parameters, context, feedback):
        names = [self.PLAN, self.LANDCOVER, _plans.SHORE]
        built_layers = self.parameterAsLayerList(parameters, self.BUILT, context)
        built_names = [f"{self.BUILT} {i + 1}" for i in range(len(built_layers))]
        opened, crs = _landuse.open_inputs(
            self, parameters, context, feedback, names, zip(built_names, built_layers)
        )
        plan_src, lc_src, shore_src = opened
        rule = _landuse.overlap_rule(self, parameters, self.OVERLAPS, context)
        plan, plan_fids = _landuse.read_categorical(
            self,
            parameters,
            context,
            feedback,
            layer=self.PLAN,
            field=self.PURPOSE_FIELD,
            crs=crs,
            rule=rule,
            source=plan_src,
            return_fids=True,
            progress=self.progress(feedback, 3, 10),
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
            progress=self.progress(feedback, 13, 20),
        )
        built = _plans.read_built(self, built_layers, self.BUILT, context, feedback, crs)
        shore = _plans.read_shore(self, parameters, context, feedback, crs, shore_src)
        check = partial(_landuse.check_apart, self, feedback)
        check(self.PLAN, plan.geometry, self.LANDCOVER, landcover.geometry, plan_fids[plan.index])
        for name, geoms in zip(built_names, built):
            check(name, geoms, self.PLAN, plan.geometry, each=False)
        check(_plans.SHORE, shore, self.PLAN, plan.geometry, stop=False, each=False)
        self.check_cancel(feedback)
        table = _plans.development_table(self, parameters, context, feedback)
        lists = _plans.code_lists()
        _plans.warn_unknown_purposes(
            self, plan, table, lists["sosi"], feedback, self.PLAN, stop=True
        )
        unit = _landuse.UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        result = plan_reserve(
            plan,
            table,
            landcover=landcover,
            built=built,
            shore=shore,
            **_plans.reserve_options(self, parameters, context),
            unit=unit,
            sosi=lists["sosi"],
            ar5=lists["ar5"],
            area_function=_landuse.area_function(
                self, parameters, self.ELLIPSOIDAL, context, crs, feedback
            ),
            progress=self.progress(feedback, 25, 90),
        )
        s = result.summary
        feedback.pushInfo(
            self.tr(
                "Development purposes: {} polygon(s), {:.1f} m²; removed as built {:.1f} m², as "
                "water {:.1f} m², as slivers {:.1f} m²; reserve {:.1f} m², of which {:.1f} m² in "
                "the shore zone."
            ).format(
                s["n_development"],
                s["development"],
                s["removed_built"],
                s["removed_water"],
                s["removed_slivers"],
                s["reserve"],
                s["reserve_shore"],
            )
        )
        pieces = result.pieces
        frame = pieces.drop(columns=["geometry", "area"]).copy()
        frame["plan"] = plan_fids[frame["plan"].to_numpy()]
        frame = frame.rename(columns={"plan": "plan_fid"})
        for column in ("code", "hovedformal", "ar5"):
            frame[column] = frame[column].astype("Int64")
        if unit != "m2":
            frame[f"area_{unit}"] = pieces["area"].to_numpy()
        dest_reserve = self.write(
            parameters,
            self.OUTPUT_RESERVE,
            context,
            frame,
            pieces["geometry"].to_numpy(),
            crs,
            QgsWkbTypes.MultiPolygon,
            feedback,
        )
        out_table = result.table.copy()
        out_table["purpose_group"] = out_table["purpose_group"].astype("Int64")
        dest_table = self.write(
            parameters, self.OUTPUT_TABLE, context, out_table, feedback=feedback
        )
        feedback.setProgress(100)
        return {self.OUTPUT_RESERVE: dest_reserve, self.OUTPUT_TABLE: dest_table}
