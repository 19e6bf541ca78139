"""Demo steps: commuting shed, commuting regions and Huff catchments on Eksempelby."""

from __future__ import annotations


def steps(sample: str, out: str) -> list[dict]:
    flows = {
        "FLOWS": f"{sample}|layername=commuting",
        "HOME_FIELD": "home_knr",
        "WORK_FIELD": "work_knr",
        "COUNT_FIELD": "employed",
        "AREAS": f"{sample}|layername=kommuner",
        "AREA_ID_FIELD": "kommunenummer",
        "AREA_NAME_FIELD": "kommunenavn",
    }
    return [
        {
            "alg": "smaaby:commutingshed",
            "params": {
                **flows,
                "CENTRE_ID": "9901",
                "THRESHOLD": 0.10,
                "OUTPUT": f"{out}/commutingshed_areas.gpkg",
                "OUTPUT_SHED": f"{out}/commutingshed.gpkg",
            },
            "label": "commuting shed of Eksempelby (10 % of employed residents)",
        },
        {
            "alg": "smaaby:commutingregions",
            "params": {
                **flows,
                "MIN_SIZE": 1000,
                "TARGET_SIZE": 10000,
                "MIN_CONTAINMENT": 0.6667,
                "TARGET_CONTAINMENT": 0.75,
                "OUTPUT": f"{out}/commutingregions.gpkg",
                "OUTPUT_MEMBERSHIP": f"{out}/commutingregions_membership.gpkg",
            },
            "label": "travel-to-work regions (Coombes-Bond, vignette defaults)",
        },
        {
            "alg": "smaaby:huffcatchment",
            "params": {
                "CENTRES": f"{sample}|layername=centres",
                "CENTRE_ID_FIELD": "centre_id",
                "ATTRACTIVENESS_FIELD": "attractiveness",
                "DEMAND": f"{sample}|layername=population",
                "DEMAND_ID_FIELD": "ssbid_250m",
                "POPULATION_FIELD": "pop2022",
                "ALPHA": 1.0,
                "BETA": 2.0,
                "MAX_COST": 20000,
                "OUTPUT_DEMAND": f"{out}/huff_demand.gpkg",
                "OUTPUT_CENTRES": f"{out}/huff_centres.gpkg",
                "OUTPUT_PROBABILITIES": f"{out}/huff_probabilities.gpkg",
            },
            "label": "Huff catchments of the centres (straight-line distance)",
        },
        {
            "alg": "smaaby:huffcatchment",
            "params": {
                "CENTRES": f"{sample}|layername=centres",
                "CENTRE_ID_FIELD": "centre_id",
                "ATTRACTIVENESS_FIELD": "attractiveness",
                "DEMAND": f"{sample}|layername=population",
                "DEMAND_ID_FIELD": "ssbid_250m",
                "POPULATION_FIELD": "pop2022",
                "NETWORK": f"{sample}|layername=roads",
                "COST": 1,
                "SPEED_FIELD": "speed_kmh",
                "ROAD_CLASS_FIELD": "road_class",
                "DIRECTION_FIELD": "oneway",
                "ALPHA": 1.0,
                "BETA": 2.0,
                "MAX_COST": 30,
                "OUTPUT_DEMAND": f"{out}/huff_network_demand.gpkg",
                "OUTPUT_CENTRES": f"{out}/huff_network_centres.gpkg",
            },
            "label": "Huff catchments by travel time on the roads (30 min limit)",
        },
    ]
