"""The battery's small town, as plain Python data, and the writers that put it on disk.

Every fixture is a :class:`Spec` (geometry type, typed fields, rows of shapely geometry
and attributes) in EPSG:25833. The town lies at x 475 000, y 7 460 000 (near Bodø,
15° E is the zone's central meridian nearby), so the UTM zone of the data is 33 and a run
on a geographic or Web Mercator copy can be compared with the 25833 run: a town in zone 32
would be recomputed in another zone and differ by its scale factor.

The town is 1 km square: four zones of 500 m, sixteen 250 m land-cover and SSB population
cells, a 5 x 5 road grid (250 m links, 40 m east and 60 m north of the cell edges), two
centres a few metres off the roads (no distance ties with another, so that a rounding of
the coordinates cannot change which link or centre is nearest), a cluster of 36
buildings (360 residents: one SSB settlement), ten businesses around the main centre (one
SSB centre zone), a current and a proposed plan, a commuting table between the four
zones (as kommuner), two plan alternatives (development areas, for scenariocompare) and
the hand-made GTFS feed of ``tests/_transit_feed.py`` with its five stops moved onto the
town (:func:`write_feed`).
"""

from __future__ import annotations

import copy
import os
import sys
import zipfile
from dataclasses import dataclass, field

import shapely
from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()

X0, Y0 = 475_000.0, 7_460_000.0
EPSG = 25833

_OGR_TYPES = {"int": ogr.OFTInteger64, "real": ogr.OFTReal, "text": ogr.OFTString}
_GEOM_TYPES = {
    "Polygon": ogr.wkbMultiPolygon,
    "Point": ogr.wkbPoint,
    "LineString": ogr.wkbLineString,
    "None": ogr.wkbNone,
}


@dataclass
class Spec:
    """One layer: ``fields`` name -> 'int' | 'real' | 'text'; rows (geometry, attributes)."""

    name: str
    geom_type: str
    fields: dict
    rows: list = field(default_factory=list)

    def copy(self) -> Spec:
        return copy.deepcopy(self)


def _box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def _pt(x, y):
    return shapely.Point(X0 + x, Y0 + y)


def _line(*xy):
    return shapely.LineString([(X0 + x, Y0 + y) for x, y in xy])


def ssb_id(x: float, y: float) -> str:
    """The SSB grid id of the cell whose lower-left corner is (x, y) in EPSG:25833."""
    return f"{int(x) + 2_000_000:07d}{int(y):07d}"


# Land cover (AR5 arealtype) of the 16 cells, row by row from the south-west corner.
AR5_BEFORE = [11, 11, 12, 21, 11, 30, 30, 21, 12, 50, 60, 21, 11, 11, 81, 30]
AR5_AFTER = [11, 11, 12, 11, 11, 30, 30, 11, 12, 50, 60, 21, 11, 11, 81, 30]
NACE = [
    "47.110",
    "47.710",
    "47.190",
    "56.101",
    "56.301",
    "84.110",
    "84.120",
    "86.211",
    "64.190",
    "88.911",
]


def town() -> dict[str, Spec]:
    """All fixtures of the small town, by key."""
    zones = Spec(
        "zones",
        "Polygon",
        {"zone_id": "text", "area_id": "text", "area_name": "text", "pop": "int"},
    )
    for k, (x, y) in enumerate([(0, 0), (500, 0), (0, 500), (500, 500)]):
        zones.rows.append(
            (
                _box(x, y, x + 500, y + 500),
                {
                    "zone_id": f"Z{k + 1}",
                    "area_id": str(1801 + k),
                    "area_name": ["Sør", "Øst", "Vest", "Nord"][k],
                    "pop": 100 * (k + 1),
                },
            )
        )

    landcover = Spec("landcover", "Polygon", {"artype": "int", "prio": "int"})
    landcover_after = Spec("landcover_after", "Polygon", {"artype": "int", "prio": "int"})
    popcells = Spec("popcells", "Polygon", {"ssbid": "text", "pop": "int", "pop2015": "int"})
    for k in range(16):
        x, y = (k % 4) * 250.0, (k // 4) * 250.0
        geometry = _box(x, y, x + 250, y + 250)
        landcover.rows.append((geometry, {"artype": AR5_BEFORE[k], "prio": k + 1}))
        landcover_after.rows.append((geometry, {"artype": AR5_AFTER[k], "prio": k + 1}))
        popcells.rows.append(
            (
                geometry,
                {"ssbid": ssb_id(X0 + x, Y0 + y), "pop": 10 * (k + 1), "pop2015": 10 * k + 5},
            )
        )

    plan_old = Spec("plan_old", "Polygon", {"formal": "int", "plan_id": "text"})
    plan_new = Spec("plan_new", "Polygon", {"formal": "int", "plan_id": "text"})
    for k, (x, y) in enumerate([(0, 0), (500, 0), (0, 500), (500, 500)]):
        geometry = _box(x, y, x + 500, y + 500)
        plan_old.rows.append((geometry, {"formal": [1110, 5100, 1130, 3001][k], "plan_id": "P1"}))
        plan_new.rows.append((geometry, {"formal": [1110, 1110, 1130, 1300][k], "plan_id": "P2"}))

    # 36 buildings 12 m square every 40 m (a gap of 28 m < 50 m): one settlement of 360.
    buildings = Spec("buildings", "Polygon", {"bygg_id": "int", "residents": "int"})
    for k in range(36):
        x, y = 300.0 + (k % 6) * 40.0, 300.0 + (k // 6) * 40.0
        buildings.rows.append((_box(x, y, x + 12, y + 12), {"bygg_id": k + 1, "residents": 10}))
    built_t1 = Spec("built_t1", "Polygon", {"bygg_id": "int"})
    built_t2 = Spec("built_t2", "Polygon", {"bygg_id": "int"})
    for geometry, attrs in buildings.rows:
        if attrs["bygg_id"] <= 20:
            built_t1.rows.append(
                (geometry.buffer(8, join_style="mitre"), {"bygg_id": attrs["bygg_id"]})
            )
        built_t2.rows.append(
            (geometry.buffer(8, join_style="mitre"), {"bygg_id": attrs["bygg_id"]})
        )

    # the grid is shifted by (40, 60) from the cells, so that no cell centre is as near to
    # two links (a tie that a rounding of the coordinates would decide)
    roads = Spec("roads", "LineString", {"road_id": "int", "speed": "int", "vegkat": "text"})
    k = 0
    for a in range(5):
        for b in range(4):
            u, v, w = a * 250, b * 250, b * 250 + 250
            for xy in (((u + 40, v + 60), (u + 40, w + 60)), ((v + 40, u + 60), (w + 40, u + 60))):
                k += 1
                roads.rows.append(
                    (_line(*xy), {"road_id": k, "speed": 50 if a == 2 else 30, "vegkat": "K"})
                )

    centres = Spec("centres", "Point", {"centre_id": "text", "attract": "real", "town": "text"})
    centres.rows.append((_pt(548, 523), {"centre_id": "C1", "attract": 2000.0, "town": "Småby"}))
    centres.rows.append((_pt(797, 296), {"centre_id": "C2", "attract": 1000.0, "town": "Småby"}))

    businesses = Spec("businesses", "Point", {"org_id": "text", "nace": "text", "employees": "int"})
    for k, code in enumerate(NACE):
        businesses.rows.append(
            (
                _pt(545 + (k % 5) * 8.0, 525 + (k // 5) * 8.0),
                {"org_id": f"B{k + 1}", "nace": code, "employees": 15},
            )
        )

    towns = Spec("towns", "Polygon", {"name": "text", "town_no": "int"})
    towns.rows.append((_box(50, 50, 950, 950), {"name": "Småby", "town_no": 1}))

    flows = Spec("flows", "None", {"home": "text", "work": "text", "n": "int"})
    for h in range(4):
        for w in range(4):
            n = 400 if h == w else (60 if w == 3 else 15)
            flows.rows.append((None, {"home": str(1801 + h), "work": str(1801 + w), "n": n}))

    # two plan alternatives in one layer (NAME_FIELD "alt"): A builds in two areas, B in
    # one; the areas of one alternative do not overlap
    alternatives = Spec(
        "alternatives", "Polygon", {"alt": "text", "dwellings": "int", "jobs": "int"}
    )
    for alt, box, dwellings, jobs in (
        ("A", (300, 300, 500, 500), 50, 0),
        ("A", (600, 600, 800, 800), 30, 20),
        ("B", (100, 700, 300, 900), 80, 20),
    ):
        alternatives.rows.append((_box(*box), {"alt": alt, "dwellings": dwellings, "jobs": jobs}))

    found = {
        s.name: s
        for s in (
            zones,
            landcover,
            landcover_after,
            popcells,
            plan_old,
            plan_new,
            buildings,
            built_t1,
            built_t2,
            roads,
            centres,
            businesses,
            towns,
            flows,
            alternatives,
        )
    }
    return found


# -- the GTFS feed ------------------------------------------------------------------------

# the hand feed's stops A-E moved onto the town: 240 m apart along y = 540, between the
# road rows (WGS 84, as GTFS has them; computed from EPSG:25833 with GDAL)
FEED_DATE = "2024-09-17"  # a Tuesday: the weekday service and XTRA (stop E) run


def _stop_lonlat(dx: float = 0.0) -> dict[str, tuple[float, float]]:
    transform = osr.CoordinateTransformation(_srs(EPSG), _srs(4326))
    found = {}
    for stop, x in zip("ABCDE", (60, 300, 540, 780, 1020)):
        lon, lat, _ = transform.TransformPoint(X0 + x + dx, Y0 + 540)
        found[stop] = (lon, lat)
    found["SB"] = found["B"]
    return found


def feed_files(dx: float = 0.0) -> dict[str, str]:
    """The files of ``tests/_transit_feed.FILES`` with the stops on the town (or ``dx``
    metres east of it)."""
    tests = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if tests not in sys.path:
        sys.path.insert(0, tests)
    from _transit_feed import FILES

    where = _stop_lonlat(dx)
    lines = FILES["stops.txt"].splitlines()
    header = lines[0].split(",")
    i_id, i_lat, i_lon = (header.index(c) for c in ("stop_id", "stop_lat", "stop_lon"))
    rows = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        lon, lat = where[cells[i_id]]
        cells[i_lat], cells[i_lon] = f"{lat:.7f}", f"{lon:.7f}"
        rows.append(",".join(cells))
    return {**FILES, "stops.txt": "\n".join(rows) + "\n"}


def write_feed(path: str, files: dict[str, str] | None = None) -> str:
    """The feed as a GTFS .zip at ``path``; return the path."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path):
        raise FileExistsError(path)
    with zipfile.ZipFile(path, "w") as z:
        for name, text in (files or feed_files()).items():
            z.writestr(name, text)
    return path


# -- writing ------------------------------------------------------------------------------

NO_SRS = "none"  # a GeoPackage layer written by GDAL without an SRS ("Undefined geographic SRS")


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(epsg))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def reproject(spec: Spec, epsg: int) -> Spec:
    """A copy of ``spec`` with every geometry transformed from EPSG:25833 to ``epsg``."""
    out = spec.copy()
    if spec.geom_type == "None":
        return out
    transform = osr.CoordinateTransformation(_srs(EPSG), _srs(epsg))
    rows = []
    for geometry, attrs in out.rows:
        if geometry is not None and not geometry.is_empty:
            g = ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry))
            g.Transform(transform)
            geometry = shapely.from_wkb(bytes(g.ExportToIsoWkb()))
        rows.append((geometry, attrs))
    out.rows = rows
    return out


def write(
    spec: Spec,
    path: str,
    epsg=EPSG,
    layer_name: str | None = None,
    driver: str = "GPKG",
    field_names: dict | None = None,
) -> str:
    """Write ``spec`` as one layer of a new file; return the source string to pass to
    processing (``path|layername=...`` for a GeoPackage).

    ``epsg`` None or :data:`NO_SRS` writes no SRS; ``field_names`` renames fields."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path):
        raise FileExistsError(path)
    layer_name = layer_name or spec.name
    field_names = field_names or {}
    ds = ogr.GetDriverByName(driver).CreateDataSource(path)
    srs = None if epsg in (None, NO_SRS) or spec.geom_type == "None" else _srs(epsg)
    layer = ds.CreateLayer(layer_name, srs, _GEOM_TYPES[spec.geom_type])
    for name, kind in spec.fields.items():
        layer.CreateField(ogr.FieldDefn(field_names.get(name, name), _OGR_TYPES[kind]))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for geometry, attrs in spec.rows:
        feature = ogr.Feature(definition)
        for name in spec.fields:
            value = attrs.get(name)
            index = definition.GetFieldIndex(field_names.get(name, name))
            if value is None:
                feature.SetFieldNull(index)
            else:
                feature.SetField(index, value)
        if geometry is not None:
            if spec.geom_type == "Polygon" and not geometry.is_empty:
                geometry = (
                    shapely.multipolygons([geometry])
                    if geometry.geom_type == "Polygon"
                    else geometry
                )
            if geometry.is_empty:
                feature.SetGeometry(ogr.Geometry(_GEOM_TYPES[spec.geom_type]))
            else:
                feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    if driver == "GPKG":
        return f"{path}|layername={layer_name}"
    return path


def write_all(specs: dict[str, Spec], folder: str) -> dict[str, str]:
    """Each fixture in its own GeoPackage under ``folder``, and the GTFS feed ("gtfs"):
    key -> source string."""
    found = {key: write(spec, os.path.join(folder, f"{key}.gpkg")) for key, spec in specs.items()}
    found["gtfs"] = write_feed(os.path.join(folder, "gtfs.zip"))
    return found


def file_of(source) -> str | None:
    """The file path of a source string (None for a layer object)."""
    if not isinstance(source, str):
        return None
    return source.split("|", 1)[0]
