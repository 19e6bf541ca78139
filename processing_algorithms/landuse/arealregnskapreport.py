"""smaaby:arealregnskapreport: the arealregnskap as one .xlsx workbook, the tables of
KDD's guidance from the core functions of planreserve, planchange and landconsumption.
Thin adapter to core.landuse.arealregnskap."""

from __future__ import annotations

import datetime

from qgis.core import (
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from smaaby_plugin import layers
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse import arealregnskap as report
from smaaby_plugin.core.landuse.land_consumption import POPULATION_METHODS, land_consumption
from smaaby_plugin.core.landuse.plan_change import plan_change
from smaaby_plugin.core.landuse.plan_reserve import plan_reserve
from smaaby_plugin.core.landuse.plans import GROUPINGS
from smaaby_plugin.core.polygons import AREA_UNITS
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.landuse import _arealregnskap, _landuse, _plans
from smaaby_plugin.processing_algorithms.landuse.landconsumption import LandConsumption
from smaaby_plugin.processing_algorithms.landuse.planchange import PlanChange
from smaaby_plugin.processing_algorithms.landuse.planreserve import PlanReserve

_SDG_LAYERS = ("ZONES", "BUILT_T1", "BUILT_T2", "POPULATION_T1", "POPULATION_T2")


class ArealregnskapReport(SmaabyAlgorithm):
    ALG_ID = "arealregnskapreport"
    DISPLAY_NAME = "Arealregnskap workbook (xlsx)"
    TAGS = (
        "arealregnskap, regneark, Excel, xlsx, arealreserve, endring i arealformål, "
        "omdisponering, dyrka mark, strandsone, SDG 11.3.1, planbeskrivelse, spreadsheet"
    )
    HELP = (
        "Writes the arealregnskap of a kommuneplan as one Excel workbook (.xlsx) with the "
        "tables of KDD's guidance 'Arealregnskap i kommuneplan' (December 2023), one table "
        "per sheet, headings in bokmål and English, areas in daa:\n"
        "- Arealreserve: the reserve of the proposed plan (NEW_PLAN) by purpose group "
        "(arealformålsgruppe) and AR5 class, with dyrka mark and the shore zone (ch. 4); "
        "with OLD_PLAN also the reserve of the current plan;\n"
        "- Endring (with OLD_PLAN): the change in arealformål, current plan by proposal, "
        "with the net change per class (ch. 5), at the level chosen in GROUPING;\n"
        "- Omdisponering (with OLD_PLAN): newly designated development land on dyrka mark "
        "(21+22), innmarksbeite (23), skog (30), åpen fastmark (50), myr (60) and the other "
        "AR5 classes and in the shore zone, and land returned from development;\n"
        "- SDG 11.3.1 (where populations are given): LCR, PGR and LCRPGR per zone;\n"
        "- Nøkkeltall (key figures) and Om (inputs, parameters, method).\n\n"
        "The figures are those of smaaby:planreserve, smaaby:planchange and "
        "smaaby:landconsumption run on the same inputs (the same core functions; the "
        "parameters are theirs), rounded to DECIMALS for the sheet; see their help for the "
        "methods. The workbook is written with GDAL's XLSX driver, which QGIS ships.\n\n"
        "Missing values: a null or NaN population counts as 0 (the log says how many); "
        "negative or infinite values stop the run. Duplicate or empty zone ids stop the "
        "run. Empty or non-numeric purpose codes are not development (counted in the "
        "log); overlapping polygons inside a plan or the land cover stop the run with a "
        "list unless an overlap rule is chosen; invalid geometries are repaired and "
        "counted. A population layer without zones, built-up layers or a field stops the "
        "run with what is missing.\n"
        "CRS: all inputs are computed in the first input's projected CRS, or the UTM zone "
        "of the data when it is geographic or Web Mercator; a layer without a CRS stops "
        "the run."
    )

    NEW_PLAN = "NEW_PLAN"
    NEW_FIELD = "NEW_FIELD"
    OLD_PLAN = "OLD_PLAN"
    OLD_FIELD = "OLD_FIELD"
    LANDCOVER = "LANDCOVER"
    LANDCOVER_FIELD = "LANDCOVER_FIELD"
    BUILT = "BUILT"
    GROUPING = "GROUPING"
    OVERLAPS = "OVERLAPS"
    ELLIPSOIDAL = "ELLIPSOIDAL"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    POPULATION_METHOD = "POPULATION_METHOD"
    DECIMALS = "DECIMALS"
    OUTPUT = "OUTPUT"
    _RESERVE = ("BUILT", "BUILT_BUFFER", "AR5_BUILT", "EXCLUDE_WATER", "WATER_MIN_AREA", "MIN_AREA")
    _SDG = (
        "ZONES",
        "ZONE_FIELD",
        "BUILT_T1",
        "BUILT_T2",
        "POPULATION_T1",
        "POPULATION_FIELD_T1",
        "POPULATION_T2",
        "POPULATION_FIELD_T2",
        "YEAR_T1",
        "YEAR_T2",
        "POPULATION_METHOD",
    )

    def define(self, config):
        new_plan, new_field, old_plan, old_field = _arealregnskap.borrow_parameters(
            self, PlanChange, [self.NEW_PLAN, self.NEW_FIELD, self.OLD_PLAN, self.OLD_FIELD]
        )
        new_plan.setHelp(
            self.tr(
                "The arealformål of the proposed plan (or of the one plan whose reserve you "
                "want), as polygons."
            )
        )
        for optional in (old_plan, old_field):
            optional.setFlags(optional.flags() | QgsProcessingParameterDefinition.FlagOptional)
        old_plan.setHelp(
            self.tr(
                "The arealformål of the plan in force. Optional: with it the workbook also "
                "gets the change in arealformål, the omdisponering and the current plan's "
                "reserve."
            )
        )
        _plans.add_landcover_parameters(self, self.LANDCOVER, self.LANDCOVER_FIELD, optional=False)
        _arealregnskap.borrow_parameters(self, PlanReserve, self._RESERVE)
        _plans.add_shore_parameters(self)
        (grouping,) = _arealregnskap.borrow_parameters(self, PlanChange, [self.GROUPING])
        grouping.setDefaultValue(GROUPINGS.index("hovedformal"))
        _plans.add_development_table_parameter(self)
        _landuse.add_overlap_parameter(self, self.OVERLAPS)
        _landuse.add_ellipsoidal_parameter(self, self.ELLIPSOIDAL)
        sdg = _arealregnskap.borrow_parameters(self, LandConsumption, self._SDG, optional=True)
        sdg[0].setDescription(self.tr("Zones for SDG 11.3.1"))
        sdg[0].setHelp(
            self.tr(
                "Polygons (kommune, tettsted, grunnkrets) to compute SDG 11.3.1 for. The SDG "
                "sheet is written when both population layers are given; it then needs the "
                "zones and both built-up layers too."
            )
        )
        decimals = QgsProcessingParameterNumber(
            self.DECIMALS,
            self.tr("Decimals of the areas"),
            QgsProcessingParameterNumber.Integer,
            defaultValue=1,
            minValue=0,
            maxValue=10,
        )
        self.add(
            decimals,
            self.tr(
                "Areas (daa), populations and m² per inhabitant are rounded to this many "
                "decimals in the workbook (1: tenths of a dekar, 100 m²)."
            ),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Arealregnskap workbook"), self.tr("Excel workbook (*.xlsx)")
            ),
            self.tr("The .xlsx file to write (one sheet per table)."),
        )

    # -- run -------------------------------------------------------------------------------
    def _sdg_wanted(self, given: dict) -> bool:
        """Whether the SDG sheet is wanted (both populations given), and that everything
        it needs is there."""
        populations = [n for n in ("POPULATION_T1", "POPULATION_T2") if given[n]]
        others = [n for n in ("ZONES", "BUILT_T1", "BUILT_T2") if given[n]]
        if not populations:
            return False
        missing = [n for n in _SDG_LAYERS if not given[n]]
        if missing:
            raise InputError(
                self.tr(
                    "SDG 11.3.1 needs {}: {} given, {} missing. Give them all, or leave the "
                    "population layers empty to skip the SDG sheet."
                ).format(
                    ", ".join(_SDG_LAYERS), ", ".join(populations + others), ", ".join(missing)
                )
            )
        return True

    def compute(self, parameters, context, feedback):
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith(".xlsx"):
            raise InputError(
                self.tr("{}: the workbook must be an .xlsx file (got {}).").format(
                    self.OUTPUT, path
                )
            )
        names = [self.NEW_PLAN, self.OLD_PLAN, self.LANDCOVER, _plans.SHORE, *_SDG_LAYERS]
        found = dict(zip(names, _landuse.sources(self, parameters, names, context)))
        built_layers = self.parameterAsLayerList(parameters, self.BUILT, context)
        want_sdg = self._sdg_wanted({n: found[n] is not None for n in _SDG_LAYERS})
        if not want_sdg and any(found[n] is not None for n in _SDG_LAYERS):
            feedback.pushWarning(self.tr("No population layers: the SDG 11.3.1 sheet is left out."))
        present = [(n, s) for n, s in found.items() if s is not None]
        present += [(f"{self.BUILT} {i + 1}", s) for i, s in enumerate(built_layers)]
        crs = layers.working_crs(
            [s for _, s in present], context, feedback, [n for n, _ in present]
        )
        if found[self.OLD_PLAN] is not None and not self.parameterAsString(
            parameters, self.OLD_FIELD, context
        ):
            raise InputError(
                self.tr("{} is given without {}; choose its arealformål field.").format(
                    self.OLD_PLAN, self.OLD_FIELD
                )
            )

        rule = _landuse.overlap_rule(self, parameters, self.OVERLAPS, context)

        def read(layer, field, start, end):
            return _landuse.read_categorical(
                self,
                parameters,
                context,
                feedback,
                layer=layer,
                field=field,
                crs=crs,
                rule=rule,
                source=found[layer],
                progress=self.progress(feedback, start, end),
            )

        new = read(self.NEW_PLAN, self.NEW_FIELD, 2, 8)
        old = read(self.OLD_PLAN, self.OLD_FIELD, 8, 12) if found[self.OLD_PLAN] else None
        landcover = read(self.LANDCOVER, self.LANDCOVER_FIELD, 12, 20)
        built = _plans.read_built(self, built_layers, self.BUILT, context, feedback, crs)
        shore = _plans.read_shore(self, parameters, context, feedback, crs, found[_plans.SHORE])
        self.check_cancel(feedback)
        table = _plans.development_table(self, parameters, context, feedback)
        lists = _plans.code_lists()
        plans = [(self.NEW_PLAN, new)] + ([(self.OLD_PLAN, old)] if old is not None else [])
        for name, plan in plans:
            _plans.warn_unknown_purposes(self, plan.code, table, lists["sosi"], feedback, name)
        area_fn = _landuse.area_function(self, parameters, self.ELLIPSOIDAL, context, crs, feedback)
        options = _plans.reserve_options(self, parameters, context)
        shore_width = options.pop("shore_width")
        common = {"shore": shore, "shore_width": shore_width, "area_function": area_fn}

        def reserve_of(plan, start, end):
            return plan_reserve(
                plan,
                table,
                landcover=landcover,
                built=built,
                unit="daa",
                sosi=lists["sosi"],
                ar5=lists["ar5"],
                progress=self.progress(feedback, start, end),
                **options,
                **common,
            )

        reserve = reserve_of(new, 20, 45)
        reserve_old = change = None
        if old is not None:
            reserve_old = reserve_of(old, 45, 55)
            grouping = GROUPINGS[self.parameterAsEnum(parameters, self.GROUPING, context)]
            change = plan_change(
                old,
                new,
                table,
                grouping=grouping,
                landcover=landcover,
                unit="daa",
                sosi=lists["sosi"],
                hovedformal=lists["hovedformal"],
                ar5=lists["ar5"],
                progress=self.progress(feedback, 55, 80),
                **common,
            )
        self._warn_unmet(report.unmet_inputs(reserve, change), feedback)
        decimals = self.parameterAsInt(parameters, self.DECIMALS, context)
        sdg = self._sdg(parameters, context, feedback, found, crs, decimals) if want_sdg else None
        self.check_cancel(feedback)
        sheets = report.workbook(
            about=report.about_sheet(
                self._about(parameters, context, found, built_layers, crs), decimals
            ),
            reserve=reserve,
            reserve_old=reserve_old,
            change=change,
            sdg=sdg,
            ar5=lists["ar5"],
            shore=shore is not None,
            decimals=decimals,
        )
        dest = self.record_output(parameters, self.OUTPUT, context)
        try:
            _arealregnskap.write_workbook(dest, sheets)
        except OSError as error:
            raise InputError(
                self.tr("The workbook could not be written to {} ({}).").format(dest, error)
            ) from None
        feedback.pushInfo(
            self.tr("Wrote {} sheet(s) to {}: {}.").format(len(sheets), dest, ", ".join(sheets))
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest}

    def _warn_unmet(self, unmet: dict, feedback) -> None:
        """Say when inputs do not meet: the figures would be 'no land cover' or 'outside the
        plan' throughout, which is almost always another CRS or extent."""
        if unmet.get("reserve_without_landcover", 0.0) >= 0.999:
            feedback.pushWarning(
                self.tr(
                    "LANDCOVER covers none of NEW_PLAN's reserve: every reserve area is 'no "
                    "land cover'. Are the plan and the land cover of the same place (CRS, "
                    "extent)?"
                )
            )
        if unmet.get("plans_in_common", 1.0) <= 0.001:
            feedback.pushWarning(
                self.tr(
                    "OLD_PLAN and NEW_PLAN have no land in common: every change is 'outside the "
                    "plan'. Are both plans of the same place (CRS, extent)?"
                )
            )

    def _sdg(self, parameters, context, feedback, found, crs, decimals):
        def read(name):
            return layers.read_source(
                found[name], name, context, feedback, fields=[], target_crs=crs
            )

        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context) or None
        zones = layers.read_source(
            found[self.ZONES],
            self.ZONES,
            context,
            feedback,
            fields=[zone_field] if zone_field else [],
            target_crs=crs,
        )
        zone_ids = (
            layers.id_column(zones, zone_field, self.ZONE_FIELD)
            if zone_field
            else zones.fids.astype(str)
        )
        built_t1, built_t2 = read("BUILT_T1"), read("BUILT_T2")
        populations = [
            _arealregnskap.read_population(
                self,
                parameters,
                context,
                feedback,
                layer=layer,
                field=f"POPULATION_FIELD_{layer[-2:]}",
                source=found[layer],
                crs=crs,
            )
            for layer in ("POPULATION_T1", "POPULATION_T2")
        ]
        self.check_cancel(feedback)
        years = [self.parameterAsDouble(parameters, y, context) for y in ("YEAR_T1", "YEAR_T2")]
        method = POPULATION_METHODS[
            self.parameterAsEnum(parameters, self.POPULATION_METHOD, context)
        ]
        table = land_consumption(
            zones.geometry,
            built_t1.geometry,
            built_t2.geometry,
            populations[0],
            populations[1],
            *years,
            population_method=method,
            area_factor=AREA_UNITS["daa"],
            progress=self.progress(feedback, 80, 95),
        )
        return report.sdg_sheet(table, list(zone_ids), *years, decimals=decimals)

    def _about(self, parameters, context, found, built_layers, crs) -> list:
        """Inputs, parameters and the run's CRS and date for the Om sheet."""

        def name_of(layer_name):
            layer = self.parameterAsVectorLayer(parameters, layer_name, context)
            return _arealregnskap.layer_label(layer)

        rows = [
            ("Kjørt / Run", datetime.date.today().isoformat(), datetime.date.today().isoformat()),
            ("Koordinatsystem / CRS", crs.authid(), crs.authid()),
        ]
        for key, nb, en in (
            (self.NEW_PLAN, "Planforslag", "Proposed plan"),
            (self.OLD_PLAN, "Gjeldende plan", "Current plan"),
            (self.LANDCOVER, "Arealtype (AR5)", "Land cover (AR5)"),
            (_plans.SHORE, "Strandlinje", "Shore"),
            (self.ZONES, "Soner (SDG)", "Zones (SDG)"),
        ):
            if found[key] is not None:
                rows.append((f"{nb} / {en}", name_of(key), name_of(key)))
        if built_layers:
            text = ", ".join(_arealregnskap.layer_label(layer) for layer in built_layers)
            rows.append(("Bygninger og veger / Buildings and roads", text, text))
        options = _plans.reserve_options(self, parameters, context)
        grouping = self.parameterDefinition(self.GROUPING).options()[
            self.parameterAsEnum(parameters, self.GROUPING, context)
        ]
        table_rule = "utbyggingstabellen / the development table"
        for nb, en, value in (
            ("Buffer rundt bygg og veg (m)", "Building buffer (m)", options["built_buffer"]),
            ("Strandsonens bredde (m)", "Shore zone width (m)", options["shore_width"]),
            ("Felles småflategrense (m²)", "Sliver threshold for all (m²)", options["min_area"]),
            ("Gruppering av endring", "Grouping of the change", grouping),
        ):
            text = (
                table_rule if value is None else f"{value:g}" if isinstance(value, float) else value
            )
            rows.append((f"{nb} / {en}", text, text))
        return rows
