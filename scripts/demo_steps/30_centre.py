"""Demo steps of the centre family on Eksempelby: settlements, centre zones, indicators."""


def steps(sample: str, out: str) -> list[dict]:
    def layer(name: str) -> str:
        return f"{sample}|layername={name}"

    settlements = f"{out}/settlements.gpkg"
    zones = f"{out}/centrezones.gpkg"
    return [
        {
            "alg": "smaaby:settlements",
            "params": {
                "BUILDINGS": layer("buildings"),
                "RESIDENTS_FIELD": "residents",
                "OUTPUT": settlements,
                "OUTPUT_POINTS": f"{out}/settlement_points.gpkg",
            },
            "label": "settlements (SSB tettsted rules) from the buildings",
        },
        {
            "alg": "smaaby:centrezones",
            "params": {
                "BUSINESSES": layer("businesses"),
                "INDUSTRY_FIELD": "nace",
                "EMPLOYEES_FIELD": "employees",
                "OUTPUT": zones,
            },
            "label": "centre zones (SSB 2019 method) from the businesses",
        },
        {
            "alg": "smaaby:centreindicators",
            "params": {
                "TOWNS": layer("tettsteder"),
                "NAME_FIELD": "name",
                "CENTRES": layer("centres"),
                "POPULATION": layer("population"),
                "POPULATION_FIELD": "pop2022",
                "DISTANCES": "500,1000,2000",
                "NETWORK": layer("roads"),
                "LANDUSE": layer("landcover"),
                "CLASS_FIELD": "arealtype",
                "BUSINESSES": layer("businesses"),
                "CATEGORY_FIELD": "nace",
                "CATEGORY_PREFIX": 2,
                "OUTPUT_TABLE": f"{out}/centreindicators.gpkg",
                "OUTPUT_RINGS": f"{out}/centre_rings.gpkg",
            },
            "label": "centre indicators of the tettsteder, walking distances on the roads",
        },
        {
            "alg": "smaaby:centreindicators",
            "params": {
                "TOWNS": settlements,
                "NAME_FIELD": "settlement_id",
                "CENTRES": zones,
                "POPULATION": layer("buildings"),
                "POPULATION_FIELD": "residents",
                "LANDUSE": layer("landcover"),
                "CLASS_FIELD": "arealtype",
                "OUTPUT_TABLE": f"{out}/centreindicators_settlements.gpkg",
                "OUTPUT_RINGS": f"{out}/centre_rings_settlements.gpkg",
            },
            "label": "centre indicators of the delineated settlements around the centre zones",
        },
    ]
