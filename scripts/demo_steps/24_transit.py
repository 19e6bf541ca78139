"""Demo steps of public transport from GTFS on Eksempelby (issue 14): the service level
at stops with the kollektivdekning per kommune, and door-to-door travel time to the town
square by bus compared with the car."""


def steps(sample: str, out: str) -> list[dict]:
    def layer(name: str) -> str:
        return f"{sample}|layername={name}"

    feed = sample[: -len(".gpkg")] + "_gtfs.zip"  # written beside the sample
    return [
        {
            "alg": "smaaby:transitservice",
            "params": {
                "FEED": feed,
                "START": "07:00",
                "END": "09:00",
                "POPULATION": layer("population"),
                "POPULATION_FIELD": "pop2022",
                "ZONES": layer("kommuner"),
                "ZONE_ID_FIELD": "kommunenummer",
                "NETWORK": layer("roads"),
                "MIN_DEPARTURES": 2,
                "WALK_DISTANCE": 500,
                "OUTPUT_STOPS": f"{out}/transit_stops.gpkg",
                "OUTPUT_ROUTES": f"{out}/transit_routes.csv",
                "OUTPUT_COVERAGE": f"{out}/transit_coverage.gpkg",
            },
            "label": "departures per stop and route 07-09 on a typical weekday; kollektivdekning",
        },
        {
            "alg": "smaaby:transittraveltime",
            "params": {
                "FEED": feed,
                "START": "07:00",
                "END": "08:00",
                "ORIGINS": layer("population"),
                "ORIGIN_ID_FIELD": "ssbid_250m",
                "POPULATION_FIELD": "pop2022",
                "DESTINATIONS": f"{sample}|layername=centres|subset=\"name\" = 'Eksempelby'",
                "ZONES": layer("kommuner"),
                "ZONE_ID_FIELD": "kommunenummer",
                "NETWORK": layer("roads"),
                "SPEED_FIELD": "speed_kmh",
                "DIRECTION_FIELD": "oneway",
                "WITHIN": 45,
                "BANDS": "15, 30, 45, 60",
                "OUTPUT": f"{out}/transit_traveltime.gpkg",
                "OUTPUT_BANDS": f"{out}/transit_bands.gpkg",
                "OUTPUT_ZONES": f"{out}/transit_zones.csv",
            },
            "label": "door-to-door minutes to the town square 07-08 by bus, and bus / car",
        },
    ]
