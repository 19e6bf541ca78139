"""Demo step of the scenario family on Eksempelby: the three plan alternatives toward 2030
(infill, a field on farmland, a village by the lake) compared on land, location and
transport, with the PDF report."""

import os


def steps(sample: str, out: str) -> list[dict]:
    def layer(name: str) -> str:
        return f"{sample}|layername={name}"

    feed = os.path.splitext(sample)[0] + "_gtfs.zip"
    return [
        {
            "alg": "smaaby:scenariocompare",
            "params": {
                "ALTERNATIVES": [
                    layer("scenario_infill"),
                    layer("scenario_field"),
                    layer("scenario_lake"),
                ],
                "NAME_FIELD": "alternative",
                "DWELLINGS_FIELD": "dwellings",
                "JOBS_FIELD": "jobs",
                "LANDCOVER": layer("landcover"),
                "LANDCOVER_FIELD": "arealtype",
                "SHORE": layer("shoreline"),
                "POPULATION": layer("population"),
                "POPULATION_FIELD": "pop2022",
                "CENTRE": layer("centres") + "|subset=\"name\" = 'Eksempelby'",
                "NETWORK": layer("roads"),
                "SPEED_FIELD": "speed_kmh",
                "ROAD_CLASS_FIELD": "road_class",
                "SERVICES": layer("businesses") + "|subset=\"service\" <> ''",
                "FEED": feed,
                # the lake village has no road yet: its straight leg to the nearest road
                # (0.7-1.2 km) stands for the access road it would get, driven at 30 km/h
                "MAX_SNAP": 1500,
                "ACCESS_SPEED": 30,
                "OUTPUT": f"{out}/scenarios_comparison.csv",
                "OUTPUT_AREAS": f"{out}/scenarios_areas.gpkg",
                "OUTPUT_TEXTS": f"{out}/scenarios_texts.csv",
                "OUTPUT_PDF": f"{out}/scenarios_report.pdf",
            },
            "label": "three plan alternatives toward 2030: comparison table, areas and PDF report",
        },
    ]
