"""Demo steps of the foundation algorithms on Eksempelby: compactness and SSB grid cells."""


def steps(sample: str, out: str) -> list[dict]:
    def layer(name: str) -> str:
        return f"{sample}|layername={name}"

    table = f"{out}/population_ids_table.gpkg"
    return [
        {
            "alg": "smaaby:shapecompactness",
            "params": {
                "INPUT": layer("tettsteder"),
                "OUTPUT": f"{out}/compactness_tettsteder.gpkg",
            },
            "label": "all twelve compactness indices of the tettsteder",
        },
        {
            "alg": "smaaby:shapecompactness",
            "params": {
                "INPUT": layer("kommuner"),
                "SAMPLE_POINTS": 1024,
                "OUTPUT": f"{out}/compactness_kommuner.gpkg",
            },
            "label": "compactness of the kommuner (1024 sample points)",
        },
        {
            "alg": "smaaby:ssbgrid",
            "params": {
                "INPUT": layer("population"),
                "ID_FIELD": "ssbid_250m",
                "OUTPUT": f"{out}/ssbgrid_population.gpkg",
                "OUTPUT_INVALID": f"{out}/ssbgrid_population_invalid.gpkg",
            },
            "label": "250 m cells rebuilt from the population layer's SSB ids",
        },
        {
            "alg": "native:dropgeometries",
            "params": {"INPUT": layer("population"), "OUTPUT": table},
            "label": "the population cells as a plain table (ids and counts, no geometry)",
        },
        {
            "alg": "smaaby:ssbgrid",
            "params": {
                "INPUT": table,
                "ID_FIELD": "ssbid_250m",
                "OUTPUT": f"{out}/ssbgrid_from_table.gpkg",
                "OUTPUT_INVALID": f"{out}/ssbgrid_from_table_invalid.gpkg",
            },
            "label": "the same cells from the table alone",
        },
    ]
