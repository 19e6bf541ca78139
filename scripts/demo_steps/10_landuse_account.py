"""Demo steps of the land-use account and the change matrix on Eksempelby."""


def steps(sample: str, out: str) -> list[dict]:
    def layer(name: str) -> str:
        return f"{sample}|layername={name}"

    return [
        {
            "alg": "smaaby:landuseaccount",
            "params": {
                "LANDUSE": layer("landcover"),
                "CLASS_FIELD": "arealtype",
                "ZONES": layer("kommuner"),
                "ZONE_FIELD": "kommunenummer",
                "POPULATION": layer("population"),
                "POPULATION_FIELD": "pop2022",
                "UNIT": 1,
                "OUTPUT_TABLE": f"{out}/landuseaccount.gpkg",
                "OUTPUT_PIECES": f"{out}/landuseaccount_pieces.gpkg",
            },
            "label": "AR5 land cover 2022 by kommune, daa, with m² per inhabitant",
        },
        {
            "alg": "smaaby:landuseaccount",
            "params": {
                "LANDUSE": layer("landcover"),
                "CLASS_FIELD": "arealtype",
                "ZONES": layer("population"),
                "ZONE_FIELD": "ssbid_250m",
                "UNIT": 0,
                "OUTPUT_TABLE": f"{out}/landuseaccount_grid.gpkg",
            },
            "label": "AR5 land cover 2022 within the SSB 250 m cells, m²",
        },
        {
            "alg": "smaaby:changematrix",
            "params": {
                "BEFORE": layer("landcover_2015"),
                "BEFORE_FIELD": "arealtype",
                "AFTER": layer("landcover"),
                "AFTER_FIELD": "arealtype",
                "ZONES": layer("kommuner"),
                "ZONE_FIELD": "kommunenummer",
                "UNIT": 1,
                "OUTPUT_LONG": f"{out}/changematrix_long.gpkg",
                "OUTPUT_WIDE": f"{out}/changematrix_wide.gpkg",
                "OUTPUT_CHANGED": f"{out}/changematrix_changed.gpkg",
            },
            "label": "AR5 change 2015 -> 2022 by kommune (long, wide, changed polygons)",
        },
    ]
