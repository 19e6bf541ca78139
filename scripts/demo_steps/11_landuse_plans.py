"""Demo steps of the plan accounts on Eksempelby: plan reserve, plan change and
conversion, and SDG 11.3.1 land consumption."""


def steps(sample: str, out: str) -> list[dict]:
    def layer(name: str) -> str:
        return f"{sample}|layername={name}"

    return [
        {
            "alg": "smaaby:planreserve",
            "params": {
                "PLAN": layer("plan_proposed"),
                "PURPOSE_FIELD": "arealformal",
                "LANDCOVER": layer("landcover"),
                "LANDCOVER_FIELD": "arealtype",
                "BUILT": [layer("buildings"), layer("roads")],
                "BUILT_BUFFER": 15,
                "SHORE": layer("shoreline"),
                "SHORE_WIDTH": 100,
                "UNIT": 1,
                "OUTPUT_RESERVE": f"{out}/planreserve.gpkg",
                "OUTPUT_TABLE": f"{out}/planreserve_table.gpkg",
            },
            "label": "plan reserve of the proposed plan by purpose group, AR5 and shore zone",
        },
        {
            "alg": "smaaby:planchange",
            "params": {
                "OLD_PLAN": layer("plan_current"),
                "OLD_FIELD": "arealformal",
                "NEW_PLAN": layer("plan_proposed"),
                "NEW_FIELD": "arealformal",
                "LANDCOVER": layer("landcover"),
                "LANDCOVER_FIELD": "arealtype",
                "SHORE": layer("shoreline"),
                "SHORE_WIDTH": 100,
                "GROUPING": 0,
                "UNIT": 1,
                "OUTPUT_MATRIX": f"{out}/planchange_matrix.gpkg",
                "OUTPUT_LONG": f"{out}/planchange_long.gpkg",
                "OUTPUT_CHANGES": f"{out}/planchange_changes.gpkg",
                "OUTPUT_CONVERSION": f"{out}/planchange_conversion.gpkg",
            },
            "label": "change in arealformål, current plan vs proposal, and conversion of land",
        },
        {
            "alg": "smaaby:planchange",
            "params": {
                "OLD_PLAN": layer("plan_current"),
                "OLD_FIELD": "arealformal",
                "NEW_PLAN": layer("plan_proposed"),
                "NEW_FIELD": "arealformal",
                "GROUPING": 1,
                "UNIT": 1,
                "OUTPUT_MATRIX": f"{out}/planchange_matrix_hovedformal.gpkg",
                "OUTPUT_CONVERSION": f"{out}/planchange_conversion_hovedformal.gpkg",
            },
            "label": "the same change matrix by hovedformål 1-6",
        },
        {
            "alg": "smaaby:landconsumption",
            "params": {
                "ZONES": layer("kommuner"),
                "ZONE_FIELD": "kommunenummer",
                "BUILT_T1": layer("built_2015"),
                "BUILT_T2": layer("built_2022"),
                "POPULATION_T1": layer("population"),
                "POPULATION_FIELD_T1": "pop2015",
                "POPULATION_T2": layer("population"),
                "POPULATION_FIELD_T2": "pop2022",
                "YEAR_T1": 2015,
                "YEAR_T2": 2022,
                "UNIT": 1,
                "OUTPUT": f"{out}/landconsumption.gpkg",
            },
            "label": "SDG 11.3.1 land consumption vs population growth per kommune",
        },
        {
            "alg": "smaaby:landconsumption",
            "params": {
                "ZONES": layer("tettsteder"),
                "ZONE_FIELD": "name",
                "BUILT_T1": layer("built_2015"),
                "BUILT_T2": layer("built_2022"),
                "POPULATION_T1": layer("population"),
                "POPULATION_FIELD_T1": "pop2015",
                "POPULATION_T2": layer("population"),
                "POPULATION_FIELD_T2": "pop2022",
                "YEAR_T1": 2015,
                "YEAR_T2": 2022,
                "UNIT": 1,
                "OUTPUT": f"{out}/landconsumption_tettsteder.gpkg",
            },
            "label": "SDG 11.3.1 per settlement (town and villages)",
        },
    ]
