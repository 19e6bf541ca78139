"""smaaby:commutingregions: travel-to-work regions (Coombes and Bond; Eurostat labour-market
areas). Thin adapter to core.catchments.commuting_regions.find_regions."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from smaaby_plugin.core.catchments import commuting_regions as commuting
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _flows


class CommutingRegions(SmaabyAlgorithm):
    ALG_ID = "commutingregions"
    DISPLAY_NAME = "Commuting regions (travel-to-work areas)"
    TAGS = (
        "commuting, pendling, labour market area, LMA, TTWA, travel-to-work area, "
        "bo- og arbeidsmarkedsregion, BA-region, functional region, Coombes, Eurostat"
    )
    HELP = (
        "Groups areas (kommuner, grunnkretser) into functional regions from commuting flows: "
        "travel-to-work areas by the method of Coombes and Bond (2008) as used for "
        "Eurostat's labour-market areas (R package LabourMarketAreas 3.4, Eurostat/Istat).\n\n"
        "Self-containment SC of a region = min(internal flow / employed residents, internal "
        "flow / jobs), where internal flow = persons who live and work in the region. "
        "Validity = Y * Z * tarSC / minSC with Y = min(SC / tarSC, 1), "
        "s = max((tarSZ - residents) / (tarSZ - minSZ), 0), Z = 1 - (1 - minSC / tarSC) * s; "
        "a region is valid when validity >= 1 (a fully self-contained region, SC = 1, has "
        "validity 1). Starting from one region per area, the least valid region is dissolved "
        "each round and its areas move, the most outward-commuting first, to the region with "
        "the strongest cohesion F_ij^2/(L_i W_j) + F_ji^2/(L_j W_i) (F flows, L employed "
        "residents, W jobs); a move that lowers that region's validity is refused and the "
        "area goes to a reserve list. When all regions are valid, each reserve area joins "
        "the most cohesive region that stays valid with it; any that fits nowhere stays "
        "unassigned (listed). Every output region is therefore valid.\n\n"
        'Reserve step (advanced): "Småby (valid regions only)", the default, as above; '
        'or "LabourMarketAreas 3.4 (as the R package)", which reproduces the R package '
        "and differs in three places only: (a) a reserve area joins its most cohesive "
        "region with no validity check, so some regions may end invalid (validity < 1; the "
        "log counts them); (b) the reserve areas are placed from the highest area code down "
        "instead of the lowest up; (c) areas with no employed residents, no jobs or only "
        "internal flows (the package's zero list) are set aside before the rounds, their "
        "flows left out of every count, and stay in no region (status zero_list), where "
        "Småby keeps them. The rounds themselves are the same under both.\n\n"
        "Defaults are the example parameters of the LabourMarketAreas vignette: minimum size "
        "1,000 and target size 10,000 employed residents, minimum self-containment 0.6667, "
        "target 0.75. The minimum size must be above 0 and below the target size, and the "
        "minimum self-containment at most the target.\n\n"
        "Outputs: the regions as dissolved polygons, named after their member with the most "
        "jobs, with n_areas, residents (employed residents), jobs, internal, sc_supply, "
        "sc_demand, self_containment (0-1), validity and area_km2; and a membership table "
        "(area, region, status: assigned, reserve, unassigned or zero_list). Counts are "
        "persons.\n\n"
        "Missing values: a null or NaN count counts as 0 (the log says how many); negative, "
        "infinite or absurd (above 10 million) counts stop the run. Duplicate area ids in "
        "AREAS stop the run (ids match after zero-padding, 301 = '0301'); areas the flows "
        "name but AREAS lacks are listed in the log (they take part but have no polygon). "
        "CRS: FLOWS is read as a table; the region polygons keep AREAS' projected CRS, or "
        "the UTM zone of the data when it is geographic or Web Mercator; a layer without a "
        "CRS stops the run."
    )

    MIN_SIZE = "MIN_SIZE"
    TARGET_SIZE = "TARGET_SIZE"
    MIN_CONTAINMENT = "MIN_CONTAINMENT"
    TARGET_CONTAINMENT = "TARGET_CONTAINMENT"
    RESERVE_STEP = "RESERVE_STEP"
    OUTPUT = "OUTPUT"
    OUTPUT_MEMBERSHIP = "OUTPUT_MEMBERSHIP"
    # RESERVE_STEP's options, in order, and the core's names for them
    RESERVE_LABELS = ("Småby (valid regions only)", "LabourMarketAreas 3.4 (as the R package)")
    RESERVE_STEPS = (commuting.RESERVE_SMAABY, commuting.RESERVE_LMA)

    def define(self, config):
        _flows.define_flow_parameters(self)
        double = QgsProcessingParameterNumber.Double
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_SIZE,
                self.tr("Minimum size (employed residents, minSZ)"),
                double,
                defaultValue=commuting.DEFAULT_MIN_SIZE,
                minValue=0.0,
                maxValue=1e7,
            ),
            self.tr(
                "A region this small is valid only with the target self-containment. "
                "Default 1,000 (LabourMarketAreas vignette)."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.TARGET_SIZE,
                self.tr("Target size (employed residents, tarSZ)"),
                double,
                defaultValue=commuting.DEFAULT_TARGET_SIZE,
                minValue=0.0,
                maxValue=1e7,
            ),
            self.tr(
                "From this size on the minimum self-containment suffices. Default "
                "10,000 (LabourMarketAreas vignette); must exceed the minimum size."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_CONTAINMENT,
                self.tr("Minimum self-containment (minSC)"),
                double,
                defaultValue=commuting.DEFAULT_MIN_CONTAINMENT,
                minValue=0.0,
                maxValue=1.0,
            ),
            self.tr(
                "Share (0-1) a region of target size must reach. Default 0.6667 "
                "(LabourMarketAreas vignette)."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.TARGET_CONTAINMENT,
                self.tr("Target self-containment (tarSC)"),
                double,
                defaultValue=commuting.DEFAULT_TARGET_CONTAINMENT,
                minValue=0.0,
                maxValue=1.0,
            ),
            self.tr(
                "Share (0-1) a region of minimum size must reach. Default 0.75 "
                "(LabourMarketAreas vignette); at least the minimum self-containment."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.RESERVE_STEP,
                self.tr("Reserve step"),
                options=[self.tr(t) for t in self.RESERVE_LABELS],
                defaultValue=0,
            ),
            self.tr(
                "How the reserve list is placed after the rounds. Småby (default): a reserve "
                "area joins only a region that stays valid, lowest area code first, and every "
                "area takes part. LabourMarketAreas 3.4: as the R package, with no validity "
                "check (regions may end invalid), highest area code first, and areas with no "
                "employed residents, no jobs or only internal flows set aside before the "
                "rounds (zero list)."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Commuting regions"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr(
                "One dissolved polygon per region with its size, self-containment and validity."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_MEMBERSHIP,
                self.tr("Region membership"),
                QgsProcessing.TypeVector,
                optional=True,
            ),
            self.tr("One row per area of the flows: its region and how it got there."),
        )

    def compute(self, parameters, context, feedback):
        values = [
            self.parameterAsDouble(parameters, p, context)
            for p in (
                self.MIN_SIZE,
                self.TARGET_SIZE,
                self.MIN_CONTAINMENT,
                self.TARGET_CONTAINMENT,
            )
        ]
        # min < target before reading anything
        commuting.check_parameters(*values)
        step = self.RESERVE_STEPS[self.parameterAsEnum(parameters, self.RESERVE_STEP, context)]
        data = _flows.read_flow_inputs(self, parameters, context, feedback)
        feedback.setProgress(20)
        result = commuting.find_regions(
            data.flows, *values, progress=self.progress(feedback, 20, 80), reserve_step=step
        )

        self.check_cancel(feedback)
        membership, regions, geometry, without = commuting.region_outputs(
            result, data.flows, data.area_ids, data.area_names, data.missing, data.areas.geometry
        )
        if without.any():
            feedback.pushWarning(
                self.tr("{} region(s) have no polygon in AREAS: {}.").format(
                    int(without.sum()), ", ".join(regions.region_id[without])
                )
            )

        self.check_cancel(feedback)
        feedback.setProgress(90)
        dest = self.write(
            parameters,
            self.OUTPUT,
            context,
            regions,
            geometry,
            data.areas.crs,
            QgsWkbTypes.MultiPolygon,
            feedback,
        )
        member_dest = self.write(
            parameters, self.OUTPUT_MEMBERSHIP, context, membership, feedback=feedback
        )
        feedback.pushInfo(
            self.tr(
                "{} region(s) from {} area(s) in {} round(s); {} area(s) went to the reserve list, "
                "{} of them joined a region afterwards."
            ).format(
                len(regions),
                len(membership),
                result.iterations,
                len(result.reserve),
                int((membership.status == "reserve").sum()),
            )
        )
        if result.zero_list:
            feedback.pushWarning(
                self.tr(
                    "LabourMarketAreas 3.4 reserve step: {} area(s) with no employed residents, "
                    "no jobs or only internal flows were set aside before the rounds (zero "
                    "list; their flows are left out of every count): {}."
                ).format(len(result.zero_list), ", ".join(result.zero_list))
            )
        if step == commuting.RESERVE_LMA:
            invalid = regions.region_id[regions.validity < 1.0].tolist()
            if invalid:
                feedback.pushWarning(
                    self.tr(
                        "LabourMarketAreas 3.4 reserve step: {} region(s) are not valid "
                        "(validity below 1) after the reserve areas joined them unchecked, as "
                        "in the R package: {}. The default reserve step keeps every region "
                        "valid."
                    ).format(len(invalid), ", ".join(invalid))
                )
        unassigned = [a for a in result.unassigned if a not in set(result.zero_list)]
        if unassigned:
            feedback.pushWarning(
                self.tr(
                    "{} area(s) are in no region (no region stays valid with them, or they have "
                    "no flows): {}."
                ).format(len(unassigned), ", ".join(unassigned))
            )
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.OUTPUT_MEMBERSHIP: member_dest}
