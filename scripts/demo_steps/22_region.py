"""Demo steps of the region algorithms (issue 12) on Eksempelby: travel time to the nearest
service of each kind, jobs within reach, the SSB-style centrality index and the 1994
codes, per 250 m cell and per kommune."""


def steps(sample: str, out: str) -> list[dict]:
    def layer(name: str) -> str:
        return f"{sample}|layername={name}"

    network = {
        "NETWORK": layer("roads"),
        "COST": 1,
        "SPEED_FIELD": "speed_kmh",
        "ROAD_CLASS_FIELD": "road_class",
        "DEFAULT_SPEEDS": "E=80, R=80, F=60, K=40, P=30, *=50",
        "DIRECTION_FIELD": "oneway",
        "FORWARD_VALUES": "FT",
        "BACKWARD_VALUES": "TF",
        "MAX_SNAP": 2000,
    }
    people = {
        "ORIGINS": layer("population"),
        "ORIGIN_ID_FIELD": "ssbid_250m",
        "POPULATION_FIELD": "pop2022",
        "ZONES": layer("kommuner"),
        "ZONE_ID_FIELD": "kommunenummer",
    }
    kinds = "school_primary, school_lower_secondary, upper_secondary, gp, nav, pharmacy, grocery"
    return [
        {
            "alg": "smaaby:serviceaccess",
            "params": {
                **network,
                **people,
                "DESTINATIONS": layer("businesses"),
                "DESTINATION_ID_FIELD": "orgnr",
                "KIND_FIELD": "service",
                "KINDS": kinds + ", hospital",
                "THRESHOLDS": "15, 30, 60",
                "OUTPUT": f"{out}/service_access.gpkg",
                "OUTPUT_SUMMARY": f"{out}/service_access_summary.gpkg",
                "OUTPUT_DESTINATIONS": f"{out}/service_access_destinations.gpkg",
            },
            "label": "minutes by car to the nearest school, GP, NAV, pharmacy, grocery (and "
            "hospital: none in the region) per cell, shares within 15/30/60 min per kommune",
        },
        {
            "alg": "smaaby:accessibility",
            "params": {
                **network,
                **people,
                "DESTINATIONS": layer("businesses"),
                "WEIGHT_FIELD": "employees",
                "CUTOFF": 90,
                "DECAY": 0,
                "BETA": 0.05,
                "OUTPUT": f"{out}/jobs_access.gpkg",
                "OUTPUT_SUMMARY": f"{out}/jobs_access_summary.gpkg",
            },
            "label": "jobs within 90 min and the exp(-0.05 t) decay sum per cell and kommune",
        },
        {
            "alg": "smaaby:centrality",
            "params": {
                **network,
                **people,
                "METHOD": 0,
                "WORKPLACES": layer("businesses"),
                "EMPLOYEES_FIELD": "employees",
                "SERVICES": layer("businesses"),
                "SERVICE_KIND_FIELD": "service",
                "SERVICE_KINDS": kinds,
                "OUTPUT": f"{out}/centrality_index.gpkg",
                "OUTPUT_ZONES": f"{out}/centrality_kommuner.gpkg",
            },
            "label": "SSB-style centrality index 0-1000 (jobs 2/3, services 1/3; our defaults) "
            "per cell and kommune, six classes",
        },
        {
            "alg": "smaaby:centrality",
            "params": {
                **network,
                "METHOD": 1,
                "ORIGINS": layer("centres"),
                "ORIGIN_ID_FIELD": "centre_id",
                "TETTSTEDER": layer("tettsteder"),
                "TETTSTED_POPULATION_FIELD": "population",
                "TETTSTED_NAME_FIELD": "name",
                "ZONES": layer("kommuner"),
                "ZONE_ID_FIELD": "kommunenummer",
                "OUTPUT": f"{out}/centrality_1994.gpkg",
                "OUTPUT_ZONES": f"{out}/centrality_1994_kommuner.gpkg",
            },
            "label": "SSB's 1994 centrality codes of the village and town centres",
        },
    ]
