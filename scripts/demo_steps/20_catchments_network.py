"""Demo steps of the network catchment algorithms on Eksempelby: a prepared road
network, service areas, nearest-centre catchments and an OD matrix."""


def steps(sample: str, out: str) -> list[dict]:
    def layer(name: str) -> str:
        return f"{sample}|layername={name}"

    network = f"{out}/network_prepared.gpkg"
    return [
        {
            "alg": "smaaby:preparenetwork",
            "params": {
                "NETWORK": layer("roads"),
                "SPEED_FIELD": "speed_kmh",
                "ROAD_CLASS_FIELD": "road_class",
                "DEFAULT_SPEEDS": "E=80, R=80, F=60, K=40, P=30, *=50",
                "DIRECTION_FIELD": "oneway",
                "FORWARD_VALUES": "FT",
                "BACKWARD_VALUES": "TF",
                "OUTPUT": network,
                "OUTPUT_NODES": f"{out}/network_junctions.gpkg",
            },
            "label": "routable road network: minutes each way, one-way links, components",
        },
        {
            "alg": "smaaby:serviceareas",
            "params": {
                "NETWORK": network,
                "CENTRES": layer("centres"),
                "CENTRE_ID_FIELD": "centre_id",
                "COST": 1,
                "THRESHOLDS": "5, 10, 20, 30",
                "POPULATION": layer("population"),
                "POPULATION_FIELD": "pop2022",
                "BUFFER_DISTANCE": 150,
                "OUTPUT_POLYGONS": f"{out}/serviceareas_polygons.gpkg",
                "OUTPUT_LINES": f"{out}/serviceareas_lines.gpkg",
            },
            "label": "5/10/20/30 minute service areas per centre with population reached",
        },
        {
            "alg": "smaaby:serviceareas",
            "params": {
                "NETWORK": network,
                "CENTRES": layer("centres"),
                "CENTRE_ID_FIELD": "centre_id",
                "COST": 1,
                "THRESHOLDS": "5, 10, 20, 30",
                "MODE": 1,
                "POPULATION": layer("population"),
                "POPULATION_FIELD": "pop2022",
                "BUFFER_DISTANCE": 150,
                "OUTPUT_POLYGONS": f"{out}/serviceareas_bands.gpkg",
            },
            "label": "dissolved travel-time bands from the nearest centre",
        },
        {
            "alg": "smaaby:serviceareas",
            "params": {
                "NETWORK": layer("roads"),
                "CENTRES": layer("centres"),
                "CENTRE_ID_FIELD": "centre_id",
                "COST": 0,
                "THRESHOLDS": "500, 1000",
                "POPULATION": layer("buildings"),
                "POPULATION_FIELD": "residents",
                "BUFFER_DISTANCE": 50,
                "LINES_MODE": 1,
                "OUTPUT_POLYGONS": f"{out}/walking_500_1000m.gpkg",
                "OUTPUT_LINES": f"{out}/walking_500_1000m_lines.gpkg",
            },
            "label": "walking distance 500/1000 m along the roads, residents reached",
        },
        {
            "alg": "smaaby:catchmentallocation",
            "params": {
                "NETWORK": network,
                "CENTRES": layer("centres"),
                "CENTRE_ID_FIELD": "centre_id",
                "COST": 1,
                "DEMAND": layer("population"),
                "POPULATION_FIELD": "pop2022",
                "MAX_COST": 45,
                "OUTPUT_DEMAND": f"{out}/catchment_demand.gpkg",
                "OUTPUT_CATCHMENTS": f"{out}/catchments.gpkg",
                "OUTPUT_SUMMARY": f"{out}/catchment_summary.gpkg",
            },
            "label": "non-overlapping nearest-centre catchments (minutes), population per centre",
        },
        {
            "alg": "smaaby:odmatrix",
            "params": {
                "NETWORK": network,
                "ORIGINS": layer("centres"),
                "ORIGIN_ID_FIELD": "centre_id",
                "DESTINATIONS": layer("centres"),
                "DESTINATION_ID_FIELD": "centre_id",
                "COST": 1,
                "LINES": True,
                "OUTPUT": f"{out}/od_centres.gpkg",
            },
            "label": "travel minutes between all centres",
        },
    ]
