"""The contract of the sample (docs/eksempelby.md): coordinate system, kommune numbers,
the code lists used and the layer schema."""

from __future__ import annotations

#: The coordinate reference system of every layer.
CRS = "EPSG:25833"
#: Kommune numbers and names (9901 is Eksempelby; the numbers are not real ones).
KOMMUNER: dict[str, str] = {
    "9901": "Eksempelby",
    "9902": "Lia",
    "9903": "Austbygd",
    "9904": "Sørli",
    "9905": "Vika",
    "9906": "Vestfjell",
}
#: AR5 arealtype codes used in the land cover (NIBIO / Geonorge AR5 5.0).
AR5_CODES: dict[int, str] = {
    11: "bebygd",
    12: "samferdsel",
    21: "fulldyrka jord",
    22: "overflatedyrka jord",
    23: "innmarksbeite",
    30: "skog",
    50: "åpen fastmark",
    60: "myr",
    81: "ferskvann",
    82: "hav",
}
#: SOSI kommuneplan arealformål codes used in the plans (KDD code list 2024).
SOSI_CODES: dict[int, str] = {
    1110: "boligbebyggelse",
    1120: "fritidsbebyggelse",
    1130: "sentrumsformål",
    1160: "offentlig eller privat tjenesteyting",
    1300: "næringsbebyggelse",
    1400: "idrettsanlegg",
    2010: "veg",
    3040: "friområde",
    5100: "LNFR",
    6001: "bruk og vern av sjø og vassdrag",
}

#: Layer schema: name -> (geometry type or None for a table, {field: type}).
#: Types are fiona's: "str", "int", "float". The first fields of each layer are the
#: contract of docs/eksempelby.md; the ones after them are additions.
LAYERS: dict[str, tuple[str | None, dict[str, str]]] = {
    "kommuner": ("Polygon", {"kommunenummer": "str", "kommunenavn": "str"}),
    "roads": (
        "LineString",
        {"road_id": "int", "road_class": "str", "speed_kmh": "int", "oneway": "str", "name": "str"},
    ),
    "population": (
        "Polygon",
        {
            "ssbid_250m": "str",
            "pop2015": "int",
            "pop2022": "int",
            "kommunenummer": "str",
            "state_employees": "int",
        },
    ),
    "buildings": (
        "Point",
        {
            "building_id": "int",
            "building_type": "str",
            "residents": "int",
            "year_built": "int",
            "kommunenummer": "str",
        },
    ),
    "businesses": (
        "Point",
        {
            "orgnr": "str",
            "name": "str",
            "nace": "str",
            "employees": "int",
            "kommunenummer": "str",
            "service": "str",
        },
    ),
    "centres": (
        "Point",
        {
            "centre_id": "str",
            "name": "str",
            "level": "str",
            "attractiveness": "float",
            "kommunenummer": "str",
        },
    ),
    "tettsteder": ("Polygon", {"tettnr": "str", "name": "str", "population": "int"}),
    "landcover_2015": ("Polygon", {"arealtype": "int"}),
    "landcover": ("Polygon", {"arealtype": "int"}),
    "built_2015": ("Polygon", {"year": "int"}),
    "built_2022": ("Polygon", {"year": "int"}),
    "plan_current": ("Polygon", {"arealformal": "int", "plan_id": "str", "area_id": "str"}),
    "plan_proposed": ("Polygon", {"arealformal": "int", "plan_id": "str", "area_id": "str"}),
    "commuting": (None, {"home_knr": "str", "work_knr": "str", "employed": "int"}),
    "shoreline": ("LineString", {"kind": "str"}),
}
