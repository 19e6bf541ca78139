"""Demo steps of location-allocation on Eksempelby (issue 13): where to put two office
hubs (kontorfellesskap) among the town and village centres for the state employees by
residence: least total travel (p-median), most within 15 minutes (MCLP), and the fewest
hubs that bring everyone who can be reached within 20 minutes (LSCP), the last on the OD
table of an odmatrix run, as a model would chain them."""


def steps(sample: str, out: str) -> list[dict]:
    def layer(name: str) -> str:
        return f"{sample}|layername={name}"

    network = f"{out}/network_prepared.gpkg"  # from 20_catchments_network
    common = {
        "DEMAND": layer("population"),
        "DEMAND_ID_FIELD": "ssbid_250m",
        "WEIGHT_FIELD": "state_employees",
        "CANDIDATES": layer("centres"),
        "CANDIDATE_ID_FIELD": "name",
        "TIME_LIMIT": 60,
    }
    return [
        {
            "alg": "smaaby:locationallocation",
            "params": {
                **common,
                "NETWORK": network,
                "COST": 1,
                "PROBLEM": 0,
                "P": 2,
                "T": 0,
                "OUTPUT_FACILITIES": f"{out}/hubs_pmedian.gpkg",
                "OUTPUT_DEMAND": f"{out}/hubs_pmedian_demand.gpkg",
                "OUTPUT_LINES": f"{out}/hubs_pmedian_lines.gpkg",
                "OUTPUT_SUMMARY": f"{out}/hubs_pmedian_summary.gpkg",
            },
            "label": "two office hubs with the least total travel of the state employees",
        },
        {
            "alg": "smaaby:locationallocation",
            "params": {
                **common,
                "NETWORK": network,
                "COST": 1,
                "PROBLEM": 1,
                "P": 2,
                "T": 15,
                "OUTPUT_FACILITIES": f"{out}/hubs_mclp.gpkg",
                "OUTPUT_DEMAND": f"{out}/hubs_mclp_demand.gpkg",
                "OUTPUT_SUMMARY": f"{out}/hubs_mclp_summary.gpkg",
            },
            "label": "two office hubs with the most state employees within 15 minutes",
        },
        {
            "alg": "smaaby:odmatrix",
            "params": {
                "NETWORK": network,
                "ORIGINS": layer("population"),
                "ORIGIN_ID_FIELD": "ssbid_250m",
                "DESTINATIONS": layer("centres"),
                "DESTINATION_ID_FIELD": "name",
                "COST": 1,
                "MAX_COST": 20,
                "OUTPUT": f"{out}/od_cells_centres.gpkg",
            },
            "label": "minutes from every population cell to every centre (within 20)",
        },
        {
            "alg": "smaaby:locationallocation",
            "params": {
                **common,
                "OD_TABLE": f"{out}/od_cells_centres.gpkg",
                "PROBLEM": 2,
                "T": 20,
                "OUTPUT_FACILITIES": f"{out}/hubs_lscp.gpkg",
                "OUTPUT_SUMMARY": f"{out}/hubs_lscp_summary.gpkg",
            },
            "label": "the fewest hubs covering every reachable employee within 20 minutes",
        },
    ]
