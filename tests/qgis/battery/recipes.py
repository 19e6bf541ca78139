"""One recipe per algorithm: its valid parameters on the small town, and the roles of its
inputs (which fields are counts, ids and classes; which input is the network, the centres,
the one to move away), from which the cases are generated.

``Ref("key")`` in a parameter value stands for the fixture file of that key (or its
mutated copy in a case). An algorithm of the provider without a recipe here fails the
battery ("no battery recipe for smaaby:x").
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Ref:
    key: str


@dataclass
class Recipe:
    params: dict
    # input parameter -> fixture key, in order: the first geometry input is the primary
    inputs: dict
    # (layer parameter, field parameter) pairs
    counts: list = field(default_factory=list)
    ids: list = field(default_factory=list)
    classes: list = field(default_factory=list)
    numbers: list = field(default_factory=list)  # numeric, not counts (speeds)
    network: str | None = None
    centres: str | None = None  # points whose ids are in ids[0] when they are centres
    apart: str | None = None  # the input moved 100 km away for "inputs that do not overlap"
    apart_ids: tuple | None = None  # (layer param, field param) for table-only inputs
    lists: dict = field(default_factory=dict)  # number-list parameter -> its valid text
    # lists whose length is fixed by another parameter: the nan/huge cases replace their
    # last value instead of adding one (an added value is a length mismatch, its own error)
    fixed_lists: tuple = ()
    count_text_ok: tuple = ()  # count fields read from CSV tables: numeric text accepted
    # inputs whose geometry the algorithm does not use (no CRS or geometry cases for them)
    attribute_only: tuple = ()
    # case id -> why it is not generated for this algorithm
    skip: dict = field(default_factory=dict)
    # case id -> expectation replacing the generic one (with the reason, in a comment)
    overrides: dict = field(default_factory=dict)
    # farcentre moves every centre, not only C1 (an algorithm that picks the centre
    # inside the town would rightly ignore one far away)
    far_all: bool = False
    # field names given as text parameters (not field parameters): text parameter ->
    # its layer parameter (the unicode case renames them with the layer's fields)
    text_fields: dict = field(default_factory=dict)

    def outputs(self) -> list[str]:
        return [k for k in self.params if k.startswith("OUTPUT")]


NET = {"COST": 1, "SPEED_FIELD": "speed", "ROAD_CLASS_FIELD": "vegkat"}
WALK_NET = {"SPEED_FIELD": "speed", "ROAD_CLASS_FIELD": "vegkat"}  # no COST (walking)

RECIPES: dict[str, Recipe] = {
    "arealregnskapreport": Recipe(
        {
            "NEW_PLAN": Ref("plan_new"),
            "NEW_FIELD": "formal",
            "OLD_PLAN": Ref("plan_old"),
            "OLD_FIELD": "formal",
            "LANDCOVER": Ref("landcover"),
            "LANDCOVER_FIELD": "artype",
            "BUILT": [Ref("buildings"), Ref("roads")],
            "ZONES": Ref("zones"),
            "ZONE_FIELD": "zone_id",
            "BUILT_T1": Ref("built_t1"),
            "BUILT_T2": Ref("built_t2"),
            "POPULATION_T1": Ref("popcells"),
            "POPULATION_FIELD_T1": "pop2015",
            "POPULATION_T2": Ref("popcells"),
            "POPULATION_FIELD_T2": "pop",
            "YEAR_T1": 2015,
            "YEAR_T2": 2022,
            # six decimals: a figure rounded to one (98.15 -> 98.1 or 98.2) cannot be
            # compared within 0.1 % with the copy in another CRS
            "DECIMALS": 6,
            "OUTPUT": "arealregnskap.xlsx",
        },
        {
            "NEW_PLAN": "plan_new",
            "OLD_PLAN": "plan_old",
            "LANDCOVER": "landcover",
            "BUILT": "buildings",
            "ZONES": "zones",
            "BUILT_T1": "built_t1",
            "BUILT_T2": "built_t2",
            "POPULATION_T1": "popcells",
            "POPULATION_T2": "popcells",
        },
        counts=[("POPULATION_T1", "POPULATION_FIELD_T1"), ("POPULATION_T2", "POPULATION_FIELD_T2")],
        ids=[("ZONES", "ZONE_FIELD")],
        classes=[("NEW_PLAN", "NEW_FIELD"), ("LANDCOVER", "LANDCOVER_FIELD")],
        apart="LANDCOVER",
    ),
    "catchmentallocation": Recipe(
        {
            "CENTRES": Ref("centres"),
            "CENTRE_ID_FIELD": "centre_id",
            "DEMAND": Ref("popcells"),
            "POPULATION_FIELD": "pop",
            "NETWORK": Ref("roads"),
            **NET,
            "OUTPUT_DEMAND": "demand.gpkg",
            "OUTPUT_CATCHMENTS": "catchments.gpkg",
            "OUTPUT_SUMMARY": "summary.gpkg",
        },
        {"CENTRES": "centres", "DEMAND": "popcells", "NETWORK": "roads"},
        counts=[("DEMAND", "POPULATION_FIELD")],
        ids=[("CENTRES", "CENTRE_ID_FIELD")],
        numbers=[("NETWORK", "SPEED_FIELD")],
        network="NETWORK",
        centres="CENTRES",
        apart="DEMAND",
    ),
    "centreindicators": Recipe(
        {
            "TOWNS": Ref("towns"),
            "NAME_FIELD": "name",
            "CENTRES": Ref("centres"),
            "CENTRE_TOWN_FIELD": "town",
            "POPULATION": Ref("popcells"),
            "POPULATION_FIELD": "pop",
            "DISTANCES": "300,700",
            "NETWORK": Ref("roads"),
            "LANDUSE": Ref("landcover"),
            "CLASS_FIELD": "artype",
            "BUILT_CLASSES": "11,12",
            "BUSINESSES": Ref("businesses"),
            "CATEGORY_FIELD": "nace",
            "CATEGORY_PREFIX": 2,
            "OUTPUT_TABLE": "table.gpkg",
            "OUTPUT_RINGS": "rings.gpkg",
        },
        {
            "TOWNS": "towns",
            "CENTRES": "centres",
            "POPULATION": "popcells",
            "NETWORK": "roads",
            "LANDUSE": "landcover",
            "BUSINESSES": "businesses",
        },
        counts=[("POPULATION", "POPULATION_FIELD")],
        ids=[("TOWNS", "NAME_FIELD")],
        classes=[("LANDUSE", "CLASS_FIELD")],
        network="NETWORK",
        centres="CENTRES",
        apart="POPULATION",
        lists={"DISTANCES": "300,700"},
    ),
    "centrezones": Recipe(
        {
            "BUSINESSES": Ref("businesses"),
            "INDUSTRY_FIELD": "nace",
            "EMPLOYEES_FIELD": "employees",
            "OUTPUT": "zones.gpkg",
        },
        {"BUSINESSES": "businesses"},
        counts=[("BUSINESSES", "EMPLOYEES_FIELD")],
    ),
    "changematrix": Recipe(
        {
            "BEFORE": Ref("landcover"),
            "BEFORE_FIELD": "artype",
            "AFTER": Ref("landcover_after"),
            "AFTER_FIELD": "artype",
            "ZONES": Ref("zones"),
            "ZONE_FIELD": "zone_id",
            "OUTPUT_LONG": "long.gpkg",
            "OUTPUT_WIDE": "wide.gpkg",
            "OUTPUT_CHANGED": "changed.gpkg",
        },
        {"BEFORE": "landcover", "AFTER": "landcover_after", "ZONES": "zones"},
        ids=[("ZONES", "ZONE_FIELD")],
        classes=[("BEFORE", "BEFORE_FIELD"), ("AFTER", "AFTER_FIELD")],
        apart="ZONES",
    ),
    "commutingregions": Recipe(
        {
            "FLOWS": Ref("flows"),
            "HOME_FIELD": "home",
            "WORK_FIELD": "work",
            "COUNT_FIELD": "n",
            "AREAS": Ref("zones"),
            "AREA_ID_FIELD": "area_id",
            "AREA_NAME_FIELD": "area_name",
            "MIN_SIZE": 100,
            "TARGET_SIZE": 500,
            "OUTPUT": "regions.gpkg",
            "OUTPUT_MEMBERSHIP": "membership.gpkg",
        },
        {"AREAS": "zones", "FLOWS": "flows"},
        counts=[("FLOWS", "COUNT_FIELD")],
        ids=[("AREAS", "AREA_ID_FIELD")],
        apart_ids=("AREAS", "AREA_ID_FIELD"),
        count_text_ok=(("FLOWS", "COUNT_FIELD"),),
    ),
    "commutingshed": Recipe(
        {
            "FLOWS": Ref("flows"),
            "HOME_FIELD": "home",
            "WORK_FIELD": "work",
            "COUNT_FIELD": "n",
            "AREAS": Ref("zones"),
            "AREA_ID_FIELD": "area_id",
            "AREA_NAME_FIELD": "area_name",
            "CENTRE_ID": "1804",
            "THRESHOLD": 0.1,
            "OUTPUT": "areas.gpkg",
            "OUTPUT_SHED": "shed.gpkg",
        },
        {"AREAS": "zones", "FLOWS": "flows"},
        counts=[("FLOWS", "COUNT_FIELD")],
        ids=[("AREAS", "AREA_ID_FIELD")],
        apart_ids=("AREAS", "AREA_ID_FIELD"),
        count_text_ok=(("FLOWS", "COUNT_FIELD"),),
    ),
    "huffcatchment": Recipe(
        {
            "CENTRES": Ref("centres"),
            "CENTRE_ID_FIELD": "centre_id",
            "ATTRACTIVENESS_FIELD": "attract",
            "DEMAND": Ref("popcells"),
            "DEMAND_ID_FIELD": "ssbid",
            "POPULATION_FIELD": "pop",
            "NETWORK": Ref("roads"),
            **NET,
            "OUTPUT_DEMAND": "demand.gpkg",
            "OUTPUT_CENTRES": "centres.gpkg",
            "OUTPUT_PROBABILITIES": "probabilities.gpkg",
        },
        {"CENTRES": "centres", "DEMAND": "popcells", "NETWORK": "roads"},
        counts=[("DEMAND", "POPULATION_FIELD"), ("CENTRES", "ATTRACTIVENESS_FIELD")],
        ids=[("CENTRES", "CENTRE_ID_FIELD"), ("DEMAND", "DEMAND_ID_FIELD")],
        numbers=[("NETWORK", "SPEED_FIELD")],
        network="NETWORK",
        centres="CENTRES",
        apart="DEMAND",
    ),
    "landconsumption": Recipe(
        {
            "ZONES": Ref("zones"),
            "ZONE_FIELD": "zone_id",
            "BUILT_T1": Ref("built_t1"),
            "BUILT_T2": Ref("built_t2"),
            "POPULATION_T1": Ref("popcells"),
            "POPULATION_FIELD_T1": "pop2015",
            "POPULATION_T2": Ref("popcells"),
            "POPULATION_FIELD_T2": "pop",
            "YEAR_T1": 2015,
            "YEAR_T2": 2022,
            "OUTPUT": "consumption.gpkg",
        },
        {
            "ZONES": "zones",
            "BUILT_T1": "built_t1",
            "BUILT_T2": "built_t2",
            "POPULATION_T1": "popcells",
            "POPULATION_T2": "popcells",
        },
        counts=[("POPULATION_T1", "POPULATION_FIELD_T1"), ("POPULATION_T2", "POPULATION_FIELD_T2")],
        ids=[("ZONES", "ZONE_FIELD")],
        apart="BUILT_T2",
    ),
    "landuseaccount": Recipe(
        {
            "LANDUSE": Ref("landcover"),
            "CLASS_FIELD": "artype",
            "ZONES": Ref("zones"),
            "ZONE_FIELD": "zone_id",
            "POPULATION": Ref("popcells"),
            "POPULATION_FIELD": "pop",
            "OUTPUT_TABLE": "account.gpkg",
            "OUTPUT_PIECES": "pieces.gpkg",
        },
        {"LANDUSE": "landcover", "ZONES": "zones", "POPULATION": "popcells"},
        counts=[("POPULATION", "POPULATION_FIELD")],
        ids=[("ZONES", "ZONE_FIELD")],
        classes=[("LANDUSE", "CLASS_FIELD")],
        apart="ZONES",
    ),
    "odmatrix": Recipe(
        {
            "ORIGINS": Ref("centres"),
            "ORIGIN_ID_FIELD": "centre_id",
            "DESTINATIONS": Ref("popcells"),
            "DESTINATION_ID_FIELD": "ssbid",
            "NETWORK": Ref("roads"),
            **NET,
            "OUTPUT": "od.gpkg",
        },
        {"ORIGINS": "centres", "DESTINATIONS": "popcells", "NETWORK": "roads"},
        ids=[("ORIGINS", "ORIGIN_ID_FIELD"), ("DESTINATIONS", "DESTINATION_ID_FIELD")],
        numbers=[("NETWORK", "SPEED_FIELD")],
        network="NETWORK",
        centres="ORIGINS",
        apart="DESTINATIONS",
    ),
    "planchange": Recipe(
        {
            "OLD_PLAN": Ref("plan_old"),
            "OLD_FIELD": "formal",
            "NEW_PLAN": Ref("plan_new"),
            "NEW_FIELD": "formal",
            "LANDCOVER": Ref("landcover"),
            "LANDCOVER_FIELD": "artype",
            "OUTPUT_MATRIX": "matrix.gpkg",
            "OUTPUT_LONG": "long.gpkg",
            "OUTPUT_CHANGES": "changes.gpkg",
            "OUTPUT_CONVERSION": "conversion.gpkg",
        },
        {"OLD_PLAN": "plan_old", "NEW_PLAN": "plan_new", "LANDCOVER": "landcover"},
        classes=[("OLD_PLAN", "OLD_FIELD"), ("LANDCOVER", "LANDCOVER_FIELD")],
        apart="LANDCOVER",
    ),
    "planreserve": Recipe(
        {
            "PLAN": Ref("plan_new"),
            "PURPOSE_FIELD": "formal",
            "LANDCOVER": Ref("landcover"),
            "LANDCOVER_FIELD": "artype",
            "BUILT": [Ref("buildings"), Ref("roads")],
            "OUTPUT_RESERVE": "reserve.gpkg",
            "OUTPUT_TABLE": "table.gpkg",
        },
        {"PLAN": "plan_new", "LANDCOVER": "landcover", "BUILT": "buildings"},
        classes=[("PLAN", "PURPOSE_FIELD"), ("LANDCOVER", "LANDCOVER_FIELD")],
        apart="PLAN",
    ),
    "preparenetwork": Recipe(
        {
            "NETWORK": Ref("roads"),
            "SPEED_FIELD": "speed",
            "ROAD_CLASS_FIELD": "vegkat",
            "OUTPUT": "network.gpkg",
            "OUTPUT_NODES": "nodes.gpkg",
        },
        {"NETWORK": "roads"},
        numbers=[("NETWORK", "SPEED_FIELD")],
        network="NETWORK",
    ),
    "serviceareas": Recipe(
        {
            "CENTRES": Ref("centres"),
            "CENTRE_ID_FIELD": "centre_id",
            "NETWORK": Ref("roads"),
            **NET,
            "THRESHOLDS": "1.3, 2.7",
            "POPULATION": Ref("popcells"),
            "POPULATION_FIELD": "pop",
            "OUTPUT_POLYGONS": "polygons.gpkg",
            "OUTPUT_LINES": "lines.gpkg",
        },
        {"CENTRES": "centres", "NETWORK": "roads", "POPULATION": "popcells"},
        counts=[("POPULATION", "POPULATION_FIELD")],
        ids=[("CENTRES", "CENTRE_ID_FIELD")],
        numbers=[("NETWORK", "SPEED_FIELD")],
        network="NETWORK",
        centres="CENTRES",
        apart="POPULATION",
        lists={"THRESHOLDS": "1.3, 2.7"},
    ),
    "settlements": Recipe(
        {
            "BUILDINGS": Ref("buildings"),
            "RESIDENTS_FIELD": "residents",
            "OUTPUT": "settlements.gpkg",
            "OUTPUT_POINTS": "points.gpkg",
        },
        {"BUILDINGS": "buildings"},
        counts=[("BUILDINGS", "RESIDENTS_FIELD")],
    ),
    "shapecompactness": Recipe(
        # 1,024 sample points: the sampled indices (cohesion, depth) of a copy in another
        # CRS then agree within 0.1 % (with 64 points the sample grid's placement moved
        # depth by 0.3 %)
        {"INPUT": Ref("zones"), "SAMPLE_POINTS": 1024, "OUTPUT": "compactness.gpkg"},
        {"INPUT": "zones"},
    ),
    "ssbgrid": Recipe(
        {"INPUT": Ref("popcells"), "ID_FIELD": "ssbid", "OUTPUT": "cells.gpkg"},
        {"INPUT": "popcells"},
        ids=[("INPUT", "ID_FIELD")],
        # the cells are rebuilt from the ids alone (a table without geometry works too)
        attribute_only=("INPUT",),
        # several rows with one cell id are legitimate (years, categories): one cell each
        skip={"dupid[ID_FIELD]": "several rows per cell are legitimate"},
        # one input, one id field: an id that cannot be decoded goes to OUTPUT_INVALID
        # with a counted warning (the documented handling)
        overrides={"nullid[ID_FIELD]": ("told", (("empty id", "no id"),))},
    ),
    "townprofile": Recipe(
        {
            "TOWNS": Ref("towns"),
            "NAME_FIELD": "name",
            "TOWN_NAME": "Småby",
            "CENTRE": Ref("centres"),
            "POPULATION": Ref("popcells"),
            "POPULATION_FIELD": "pop",
            "DISTANCES": "300,700",
            "NETWORK": Ref("roads"),
            "LANDUSE": Ref("landcover"),
            "CLASS_FIELD": "artype",
            "BUSINESSES": Ref("businesses"),
            "CATEGORY_FIELD": "nace",
            "OUTPUT_PDF": "profile.pdf",
            "OUTPUT_TABLE": "figures.gpkg",
        },
        {
            "TOWNS": "towns",
            "CENTRE": "centres",
            "POPULATION": "popcells",
            "NETWORK": "roads",
            "LANDUSE": "landcover",
            "BUSINESSES": "businesses",
        },
        counts=[("POPULATION", "POPULATION_FIELD")],
        ids=[("TOWNS", "NAME_FIELD")],
        classes=[("LANDUSE", "CLASS_FIELD")],
        network="NETWORK",
        centres="CENTRE",
        far_all=True,
        apart="POPULATION",
        lists={"DISTANCES": "300,700"},
    ),
    # -- issue 12: accessibility on the road network --------------------------------------
    "serviceaccess": Recipe(
        {
            "ORIGINS": Ref("popcells"),
            "ORIGIN_ID_FIELD": "ssbid",
            "POPULATION_FIELD": "pop",
            "DESTINATIONS": Ref("centres"),
            "DESTINATION_ID_FIELD": "centre_id",
            "CAPACITY_FIELD": "attract",
            "NETWORK": Ref("roads"),
            **NET,
            "THRESHOLDS": "2, 4",
            "ZONES": Ref("zones"),
            "ZONE_ID_FIELD": "zone_id",
            "OUTPUT": "origins.gpkg",
            "OUTPUT_SUMMARY": "summary.gpkg",
            "OUTPUT_DESTINATIONS": "destinations.gpkg",
        },
        {"ORIGINS": "popcells", "DESTINATIONS": "centres", "NETWORK": "roads", "ZONES": "zones"},
        counts=[("ORIGINS", "POPULATION_FIELD"), ("DESTINATIONS", "CAPACITY_FIELD")],
        ids=[
            ("ORIGINS", "ORIGIN_ID_FIELD"),
            ("DESTINATIONS", "DESTINATION_ID_FIELD"),
            ("ZONES", "ZONE_ID_FIELD"),
        ],
        numbers=[("NETWORK", "SPEED_FIELD")],
        network="NETWORK",
        centres="DESTINATIONS",
        apart="ORIGINS",
        lists={"THRESHOLDS": "2, 4"},
    ),
    "accessibility": Recipe(
        {
            "ORIGINS": Ref("popcells"),
            "ORIGIN_ID_FIELD": "ssbid",
            "POPULATION_FIELD": "pop",
            "DESTINATIONS": Ref("businesses"),
            "WEIGHT_FIELD": "employees",
            "NETWORK": Ref("roads"),
            **NET,
            "CUTOFF": 30,
            "ZONES": Ref("zones"),
            "ZONE_ID_FIELD": "zone_id",
            "OUTPUT": "origins.gpkg",
            "OUTPUT_SUMMARY": "summary.gpkg",
        },
        {
            "ORIGINS": "popcells",
            "DESTINATIONS": "businesses",
            "NETWORK": "roads",
            "ZONES": "zones",
        },
        counts=[("ORIGINS", "POPULATION_FIELD"), ("DESTINATIONS", "WEIGHT_FIELD")],
        ids=[("ORIGINS", "ORIGIN_ID_FIELD"), ("ZONES", "ZONE_ID_FIELD")],
        numbers=[("NETWORK", "SPEED_FIELD")],
        network="NETWORK",
        apart="DESTINATIONS",
    ),
    "centrality": Recipe(
        {
            "METHOD": 0,
            "ORIGINS": Ref("popcells"),
            "ORIGIN_ID_FIELD": "ssbid",
            "POPULATION_FIELD": "pop",
            "WORKPLACES": Ref("businesses"),
            "EMPLOYEES_FIELD": "employees",
            "SERVICES": Ref("businesses"),
            "SERVICE_KIND_FIELD": "nace",
            "NETWORK": Ref("roads"),
            **NET,
            "ZONES": Ref("zones"),
            "ZONE_ID_FIELD": "zone_id",
            "OUTPUT": "origins.gpkg",
            "OUTPUT_ZONES": "zones.gpkg",
        },
        {
            "ORIGINS": "popcells",
            "WORKPLACES": "businesses",
            "SERVICES": "businesses",
            "NETWORK": "roads",
            "ZONES": "zones",
        },
        counts=[("ORIGINS", "POPULATION_FIELD"), ("WORKPLACES", "EMPLOYEES_FIELD")],
        ids=[("ORIGINS", "ORIGIN_ID_FIELD"), ("ZONES", "ZONE_ID_FIELD")],
        numbers=[("NETWORK", "SPEED_FIELD")],
        network="NETWORK",
        apart="WORKPLACES",
        lists={"BREAKS": "500, 600, 700, 800, 900"},
    ),
    # -- issue 13 ---------------------------------------------------------------------------
    "locationallocation": Recipe(
        {
            "DEMAND": Ref("popcells"),
            "DEMAND_ID_FIELD": "ssbid",
            "WEIGHT_FIELD": "pop",
            "CANDIDATES": Ref("centres"),
            "CANDIDATE_ID_FIELD": "centre_id",
            "PROBLEM": 0,
            "P": 1,
            "T": 30,
            "NETWORK": Ref("roads"),
            **NET,
            "OUTPUT_FACILITIES": "facilities.gpkg",
            "OUTPUT_DEMAND": "demand.gpkg",
            "OUTPUT_LINES": "lines.gpkg",
            "OUTPUT_SUMMARY": "summary.gpkg",
        },
        {"DEMAND": "popcells", "CANDIDATES": "centres", "NETWORK": "roads"},
        counts=[("DEMAND", "WEIGHT_FIELD")],
        ids=[("DEMAND", "DEMAND_ID_FIELD"), ("CANDIDATES", "CANDIDATE_ID_FIELD")],
        numbers=[("NETWORK", "SPEED_FIELD")],
        network="NETWORK",
        centres="CANDIDATES",
        apart="DEMAND",
    ),
    # -- issue 14: public transport (the GTFS feed of fixtures.write_feed) -----------------
    "transitservice": Recipe(
        {
            "FEED": Ref("gtfs"),
            "DATE": "2024-09-17",
            "START": "07:00",
            "END": "09:00",
            "POPULATION": Ref("popcells"),
            "POPULATION_FIELD": "pop",
            "ZONES": Ref("zones"),
            "ZONE_ID_FIELD": "zone_id",
            "NETWORK": Ref("roads"),
            **WALK_NET,
            "CLASS_BREAKS": "1, 2, 4, 8",
            "OUTPUT_STOPS": "stops.gpkg",
            "OUTPUT_ROUTES": "routes.gpkg",
            "OUTPUT_COVERAGE": "coverage.gpkg",
        },
        {"POPULATION": "popcells", "ZONES": "zones", "NETWORK": "roads"},
        counts=[("POPULATION", "POPULATION_FIELD")],
        ids=[("ZONES", "ZONE_ID_FIELD")],
        network="NETWORK",
        apart="POPULATION",
        lists={"CLASS_BREAKS": "1, 2, 4, 8"},
    ),
    "transittraveltime": Recipe(
        {
            "FEED": Ref("gtfs"),
            "DATE": "2024-09-17",
            "START": "07:00",
            "END": "07:30",
            "ORIGINS": Ref("popcells"),
            "ORIGIN_ID_FIELD": "ssbid",
            "POPULATION_FIELD": "pop",
            "DESTINATIONS": Ref("centres"),
            "ZONES": Ref("zones"),
            "ZONE_ID_FIELD": "zone_id",
            "COMPARE_CAR": False,
            "OUTPUT": "traveltime.gpkg",
            "OUTPUT_BANDS": "bands.gpkg",
            "OUTPUT_ZONES": "zones.gpkg",
        },
        {"ORIGINS": "popcells", "DESTINATIONS": "centres", "ZONES": "zones"},
        counts=[("ORIGINS", "POPULATION_FIELD")],
        ids=[("ORIGINS", "ORIGIN_ID_FIELD"), ("ZONES", "ZONE_ID_FIELD")],
        apart="DESTINATIONS",
        lists={"BANDS": "15, 30, 45, 60"},
    ),
    # -- issue 16 ---------------------------------------------------------------------------
    "scenariocompare": Recipe(
        {
            "ALTERNATIVES": [Ref("alternatives")],
            "NAME_FIELD": "alt",
            "DWELLINGS_FIELD": "dwellings",
            "JOBS_FIELD": "jobs",
            "LANDCOVER": Ref("landcover"),
            "LANDCOVER_FIELD": "artype",
            "POPULATION": Ref("popcells"),
            "POPULATION_FIELD": "pop",
            "CENTRE": Ref("centres"),
            "NETWORK": Ref("roads"),
            "SPEED_FIELD": "speed",
            "ROAD_CLASS_FIELD": "vegkat",
            "SERVICES": Ref("businesses"),
            "FEED": Ref("gtfs"),
            "DATE": "2024-09-17",
            # not 1000 m: from area B the cell of 20 residents south of it is exactly
            # 1,000 m away on the road grid, a tie a coordinate rounding decides
            "WALK_DISTANCE": 1013,
            "OUTPUT": "comparison.gpkg",
            "OUTPUT_AREAS": "areas.gpkg",
            "OUTPUT_TEXTS": "texts.gpkg",
        },
        {
            "ALTERNATIVES": "alternatives",
            "LANDCOVER": "landcover",
            "POPULATION": "popcells",
            "CENTRE": "centres",
            "NETWORK": "roads",
            "SERVICES": "businesses",
        },
        counts=[
            ("ALTERNATIVES", "DWELLINGS_FIELD"),
            ("ALTERNATIVES", "JOBS_FIELD"),
            ("POPULATION", "POPULATION_FIELD"),
        ],
        classes=[("LANDCOVER", "LANDCOVER_FIELD")],
        numbers=[("NETWORK", "SPEED_FIELD")],
        network="NETWORK",
        centres="CENTRE",
        # one feature is one alternative, and a comparison needs two: the clean refusal
        # ("choose two or more") is the right outcome
        overrides={"single[ALTERNATIVES]": ("error", (("ALTERNATIVES",), ("two or more",)))},
        far_all=True,
        apart="ALTERNATIVES",
        lists={"DISTANCE_BREAKS": "1, 3, 10", "CAR_SHARES": "0.30, 0.45, 0.60, 0.70"},
        # one car share per distance band
        fixed_lists=("DISTANCE_BREAKS", "CAR_SHARES"),
        text_fields={
            "NAME_FIELD": "ALTERNATIVES",
            "DWELLINGS_FIELD": "ALTERNATIVES",
            "JOBS_FIELD": "ALTERNATIVES",
        },
    ),
}
