"""Demo step: the town profile of Eksempelby as a multi-page PDF (smaaby:townprofile)."""

from __future__ import annotations


def steps(sample: str, out: str) -> list[dict]:
    def layer(name: str) -> str:
        return f"{sample}|layername={name}"

    return [
        {
            "alg": "smaaby:townprofile",
            "params": {
                "TOWNS": layer("tettsteder"),
                "NAME_FIELD": "name",
                "TOWN_NAME": "Eksempelby",
                "CENTRE": layer("centres"),
                "POPULATION": layer("population"),
                "POPULATION_FIELD": "pop2022",
                "DISTANCES": "500,1000,2000",
                "NETWORK": layer("roads"),
                "LANDUSE": layer("landcover"),
                "CLASS_FIELD": "arealtype",
                "BUSINESSES": layer("businesses"),
                "CATEGORY_FIELD": "nace",
                "OUTPUT_PDF": f"{out}/townprofile_eksempelby.pdf",
                "OUTPUT_TABLE": f"{out}/townprofile_eksempelby_figures.gpkg",
            },
            "label": "town profile of Eksempelby (PDF: map, indicators, land use, catchment)",
        }
    ]
