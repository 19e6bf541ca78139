"""smaaby:centrezones: SSB's 2019 centre-zone method on business points (core.centrezones)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from smaaby_plugin import layers, paths
from smaaby_plugin.core.centre.centre_zones import (
    delineate_centre_zones,
    read_centre_function_table,
)
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.polygons import representative_points
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm

_DEFAULT_TABLE = ("codes", "nace_centre_functions.csv")


class CentreZones(SmaabyAlgorithm):
    ALG_ID = "centrezones"
    DISPLAY_NAME = "Centre zones (sentrumssoner) from businesses"
    TAGS = "sentrumssone, sentrumskjerne, centre, SSB, NACE, bedrifter, businesses"
    HELP = (
        "Delineates centre zones (sentrumssoner) from establishment points (bedrifter) by "
        "the method Statistics Norway (SSB) uses from 2019 (Geonorge 'Sentrumssoner'; "
        "ssb.no/natur-og-miljo/statistikker/arealsentrum): a centre is one or more centre "
        "cores (sentrumskjerner) with a 100 m zone around them. A core is an area where "
        "establishments with centre functions lie at most 50 m apart, with at least 4 "
        "different main industry groups (hovednæringsgrupper) with centre functions, among "
        "them retail trade (detaljvarehandel) and at least one of public administration, "
        "health and social services, or culture, entertainment and other services, and at "
        "least 50 employees. Pure shopping centres therefore do not qualify.\n\n"
        "SSB does not publish which NACE (SN2007) codes count as which centre function. "
        "The code table (CODE_TABLE, default resources/codes/nace_centre_functions.csv in "
        "the plugin folder) maps NACE prefixes to groups and roles; the longest matching "
        "prefix wins, and role 'none' excludes a sub-code (e.g. 47.3 fuel, 84.22 defence). "
        "Its column 'source' marks which entries are Småby's own defaults; copy and edit "
        "it to use another list.\n\n"
        "Operationalisation: only establishments with a centre function are chained "
        "(single linkage at MAX_GAP; exactly MAX_GAP joins); the employees rule counts "
        "the employees of those establishments in the core. The core area is the closing "
        "of the establishments' discs of radius MAX_GAP/2 (buffer +MAX_GAP, dissolve, "
        "buffer -MAX_GAP/2), the zone that area buffered by ZONE_BUFFER; cores whose "
        "zones overlap form one centre zone.\n\n"
        "Output: zone polygons with zone_id (1 = most employees), cores, employees and "
        "businesses of the centre-function establishments in the cores, n_groups and "
        "groups (group codes present), employees_in_zone and businesses_in_zone (every "
        "establishment inside the zone, any industry) and area (m², daa). The log lists "
        "how many candidate cores failed which rule. Distances in metres.\n\n"
        "Bad input: an unreadable code table, or the same field as NACE code and "
        "employees, stops the run; an empty NACE code or one not in the table has no "
        "centre function (counted in the log); features without geometry are skipped and "
        "invalid ones repaired (both logged); when no core meets the rules the output is "
        "empty and the log says why.\n"
        "Missing values: a null or NaN number of employees counts as 0 (the log says how "
        "many); text, negative, infinite or absurd values (above 10,000,000 for one "
        "establishment) stop the run. NACE codes may be text or numbers.\n"
        "CRS: distances are computed in the layer's projected CRS, or the UTM zone of the "
        "data when it is geographic or Web Mercator; a layer without a CRS stops the run."
    )

    BUSINESSES = "BUSINESSES"
    INDUSTRY_FIELD = "INDUSTRY_FIELD"
    EMPLOYEES_FIELD = "EMPLOYEES_FIELD"
    CODE_TABLE = "CODE_TABLE"
    MAX_GAP = "MAX_GAP"
    MIN_GROUPS = "MIN_GROUPS"
    MIN_EMPLOYEES = "MIN_EMPLOYEES"
    ZONE_BUFFER = "ZONE_BUFFER"
    OUTPUT = "OUTPUT"

    def define(self, config):
        self.add(
            QgsProcessingParameterFeatureSource(
                self.BUSINESSES,
                self.tr("Businesses (establishments)"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
            ),
            self.tr(
                "Establishments (bedrifter, e.g. from Enhetsregisteret) as points; "
                "polygons count at their centroid."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.INDUSTRY_FIELD,
                self.tr("NACE code field"),
                parentLayerParameterName=self.BUSINESSES,
            ),
            self.tr("Industry code (næringskode, SN2007/NACE), e.g. '47.111' or '47111'."),
        )
        self.add(
            QgsProcessingParameterField(
                self.EMPLOYEES_FIELD,
                self.tr("Employees field"),
                parentLayerParameterName=self.BUSINESSES,
            ),
            self.tr("Number of employees (ansatte) per establishment."),
        )
        self.add(
            QgsProcessingParameterFile(
                self.CODE_TABLE,
                self.tr("NACE to centre-function table (CSV)"),
                extension="csv",
                optional=True,
            ),
            self.tr(
                "CSV with columns nace_prefix, group_code, group_name, role (retail, "
                "public_admin, health_social, culture_other, other, none) and source. "
                "Empty: the plugin's default table (resources/codes/"
                "nace_centre_functions.csv)."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_GAP,
                self.tr("Largest gap between establishments (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=50.0,
                minValue=0.01,
                maxValue=1000.0,
            ),
            self.tr("SSB: at most 50 m between the establishments of a core."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_GROUPS,
                self.tr("Fewest main industry groups"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=4,
                minValue=1,
                maxValue=100,
            ),
            self.tr("SSB: at least 4 different main industry groups with centre functions."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_EMPLOYEES,
                self.tr("Fewest employees"),
                QgsProcessingParameterNumber.Double,
                defaultValue=50.0,
                minValue=0.0,
                maxValue=1e7,
            ),
            self.tr("SSB: at least 50 employees in the core."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.ZONE_BUFFER,
                self.tr("Zone around the cores (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=100.0,
                minValue=0.0,
                maxValue=5000.0,
            ),
            self.tr("SSB: the centre zone reaches 100 m around the cores."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Centre zones"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr("Centre-zone polygons with employees, businesses and groups present."),
        )

    def compute(self, parameters, context, feedback):
        industry = self.parameterAsString(parameters, self.INDUSTRY_FIELD, context)
        emp_field = self.parameterAsString(parameters, self.EMPLOYEES_FIELD, context)
        table_path = self.parameterAsFile(parameters, self.CODE_TABLE, context) or str(
            paths.resource(*_DEFAULT_TABLE)
        )
        if industry == emp_field:
            raise InputError(
                self.tr(
                    "INDUSTRY_FIELD and EMPLOYEES_FIELD are the same field ('{}'); choose "
                    "the NACE code field and the employees field."
                ).format(industry)
            )
        table = read_centre_function_table(table_path)
        feedback.pushInfo(self.tr("Centre-function table: {}").format(table_path))
        data = self.read(
            parameters, self.BUSINESSES, context, feedback, fields=[industry, emp_field]
        )
        employees = layers.count_column(data, emp_field, self.EMPLOYEES_FIELD, feedback)
        codes = layers.text_column(data, industry)
        if codes.isna().any():
            feedback.pushWarning(
                self.tr("{} establishment(s) have no NACE code and no centre function.").format(
                    int(codes.isna().sum())
                )
            )
        feedback.setProgress(20)
        result = delineate_centre_zones(
            representative_points(data.geometry),
            codes.to_numpy(dtype=object),
            employees,
            table,
            max_gap=self.parameterAsDouble(parameters, self.MAX_GAP, context),
            min_groups=self.parameterAsInt(parameters, self.MIN_GROUPS, context),
            min_employees=self.parameterAsDouble(parameters, self.MIN_EMPLOYEES, context),
            zone_buffer=self.parameterAsDouble(parameters, self.ZONE_BUFFER, context),
        )
        self.check_cancel(feedback)
        feedback.setProgress(80)
        n_centre = int((result.business_group != "").sum())
        feedback.pushInfo(
            self.tr(
                "{} of {} establishments have a centre function; {} chain(s) "
                "of them, {} core(s), {} centre zone(s)."
            ).format(
                n_centre,
                len(data),
                len(result.candidates),
                int((result.candidates["reason"] == "").sum()),
                len(result.table),
            )
        )
        failed = result.candidates.loc[result.candidates["reason"] != "", "reason"]
        for reason, count in failed.value_counts().sort_index().items():
            feedback.pushInfo(self.tr("  {} chain(s) rejected: {}").format(count, reason))
        if not len(result.table):
            feedback.pushWarning(
                self.tr(
                    "No centre zone: no chain of establishments meets the rules (see the "
                    "reasons above); the output is empty. Check INDUSTRY_FIELD and the code "
                    "table when no establishment has a centre function."
                )
            )
        out = result.table.copy()
        out["area_daa"] = out["area_m2"] / 1000.0
        dest = self.write(
            parameters,
            self.OUTPUT,
            context,
            out,
            result.geometry,
            data.crs,
            QgsWkbTypes.MultiPolygon,
            feedback,
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest}
