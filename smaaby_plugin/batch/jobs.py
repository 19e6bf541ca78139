"""The batch's jobs: one function per job that computes one partition (a kommune) from
files with the same core functions, in the same order, as the Processing algorithm.

Each job function takes the checked job configuration and a :class:`Partition` and
returns ``{layer: Output}``; the runner writes them per partition and merges them. Jobs
without a partition (commuting regions: the flows of the whole country) run as one task.

Partitioning: a kommune's land-use account needs the land cover that meets the kommune
(read by the kommune's bounding box through the file's spatial index: the box is the
halo, the overlay cuts everything else away); per-tettsted jobs take the tettsteder
whose point on surface lies in the kommune, so every tettsted is computed exactly once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin import paths
from smaaby_plugin.batch import io
from smaaby_plugin.batch.config import number
from smaaby_plugin.core.catchments.commuting_regions import (
    RESERVE_STEPS,
    check_parameters,
    find_regions,
    region_outputs,
)
from smaaby_plugin.core.catchments.flows import prepare_flows
from smaaby_plugin.core.centre.centre_indicators import centre_indicators, parse_distances
from smaaby_plugin.core.centre.shape_compactness import DEFAULT_SAMPLE_POINTS, INDICES, compactness
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import prepare_categorical
from smaaby_plugin.core.landuse.codes import CODE_LIST_FILES, choose_code_list, load_codes
from smaaby_plugin.core.landuse.landuse_account import landuse_account
from smaaby_plugin.core.overlaps import OVERLAP_RULES
from smaaby_plugin.core.polygons import (
    AREA_UNITS,
    clean_polygons,
    usable_geometries,
)
from smaaby_plugin.core.values import check_counts, check_ids, listing, text_values

__all__ = ["JOBS", "PASS_JOBS", "PREPARE", "Output", "Partition", "kommune_partitions", "run_job"]


@dataclass
class Partition:
    """One kommune: ``id`` (kommune number), ``name``, ``wkb`` (its polygon, repaired)."""

    id: str
    name: str
    wkb: bytes

    @property
    def geometry(self):
        return shapely.from_wkb(self.wkb)


@dataclass
class Output:
    """A layer a job returns: attributes, optional geometries and their type."""

    frame: pd.DataFrame
    geometry: np.ndarray | None = None
    geometry_type: str | None = None
    info: dict = field(default_factory=dict)


def _usable(layer: io.Layer, repair: bool) -> io.Layer:
    """As the plugin's layer reader does: missing and empty geometries dropped, and with
    ``repair`` invalid ones repaired (shapely make_valid, polygonal parts kept)."""
    geometry, usable, _ = usable_geometries(layer.geometry, repair, polygonal=True)
    return io.Layer(
        geometry[usable], layer.attributes.loc[usable].reset_index(drop=True), layer.fids[usable]
    )


def _numbers(layer: io.Layer, field: str, what: str) -> np.ndarray:
    """A count field as floats (nulls NaN, which the count policy takes as 0 and
    counts); a value that is not a number stops the partition with its feature ids."""
    if field not in layer.attributes.columns:
        raise InputError(f"{what}: no field {field}.")
    column = layer.attributes[field]
    values = pd.to_numeric(column, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    bad = np.isnan(values) & column.notna().to_numpy()
    if bad.any():
        raise InputError(
            f"{what} '{field}': {int(bad.sum())} value(s) are not numbers (feature id "
            f"{listing(layer.fids[bad])})."
        )
    return values


def kommune_partitions(cfg: dict) -> list[Partition]:
    """The kommuner of ``[kommuner]`` (optionally ``only`` some), in kommune-number order,
    with their ids checked (unique, filled in) and their polygons repaired."""
    s = cfg["kommuner"]
    fields = [s["id_field"]] + ([s["name_field"]] if s.get("name_field") else [])
    layer = io.read_layer(s["path"], s["layer"])
    missing = [f for f in fields if f not in layer.attributes.columns]
    if missing:
        raise InputError(
            f"KOMMUNER ({s['path']}): no field {', '.join(missing)}; fields are "
            f"{', '.join(map(str, layer.attributes.columns))}."
        )
    layer = _usable(layer, repair=True)
    ids = layer.attributes[s["id_field"]].astype(object)
    check_ids(ids.to_numpy(), f"KOMMUNER '{s['id_field']}'", layer.fids)
    ids = ids.astype(str).to_numpy()
    names = layer.attributes[s["name_field"]].astype(str).to_numpy() if len(fields) > 1 else ids
    order = np.argsort(ids, kind="stable")
    parts = [Partition(ids[i], names[i], shapely.to_wkb(layer.geometry[i])) for i in order]
    only = s.get("only")
    if only:
        known = {p.id for p in parts}
        unknown = [k for k in only if str(k) not in known]
        if unknown:
            raise InputError(f"[kommuner] only: no kommune {', '.join(map(str, unknown))}.")
        parts = [p for p in parts if p.id in {str(k) for k in only}]
    return parts


def _section(cfg: dict, name: str) -> dict:
    s = cfg.get(name)
    if not s or not s.get("path"):
        raise InputError(f"The job '{name}' needs a [{name}] section with a path.")
    return s


def _code_list(key: str, codes):
    """The code list by name, as the Processing algorithm's CODE_LIST does ('auto': the
    list that knows most of the codes; 'none': no labels)."""
    if key == "none":
        return None
    folder = paths.resource("codes")
    if not folder.exists():  # the source tree: resources/ beside the package
        folder = paths.PLUGIN_DIR.parent / "resources" / "codes"
    lists = {k: load_codes(folder / CODE_LIST_FILES[k], k) for k in ("ar5", "sosi", "n50")}
    if key == "auto":
        key = choose_code_list(codes, lists)
        if key is None:
            return None
    if key not in lists:
        raise InputError(f"[landuse] code_list must be auto, sosi, ar5, n50 or none, not {key!r}.")
    return lists[key]


def check_landuse(cfg: dict) -> dict:
    """The [landuse] options checked before any partition runs."""
    s = _section(cfg, "landuse")
    if s["unit"] not in AREA_UNITS:
        raise InputError(
            f"[landuse] unit must be one of {', '.join(AREA_UNITS)}, not {s['unit']!r}."
        )
    if s["overlaps"] not in OVERLAP_RULES or s["overlaps"] == "priority":
        rules = ", ".join(r for r in OVERLAP_RULES if r != "priority")
        raise InputError(f"[landuse] overlaps must be one of {rules}, not {s['overlaps']!r}.")
    number(s, "overlap_tolerance", 0.0, 1e6, "[landuse]")
    if bool(s.get("population_layer")) != bool(s.get("population_field")):
        raise InputError("[landuse] population_layer and population_field go together.")
    return s


def landuse_job(cfg: dict, part: Partition) -> dict[str, Output]:
    """The land-use account (smaaby:landuseaccount) of one kommune: the land cover that
    meets it, prepared (repair, codes, overlaps), the kommune as the one zone, the
    population by areal weighting; the table only (no pieces)."""
    s = check_landuse(cfg)
    zone = part.geometry
    bbox = tuple(shapely.bounds(zone))
    lc = _usable(io.read_layer(s["path"], s["layer"], [s["class_field"]], bbox=bbox), False)
    read = len(lc)
    # only polygons whose box meets the kommune itself (the kommune's box takes much of
    # its neighbours' along a coast): the others add nothing to the account, only work.
    # Boxes, not the polygons: a not yet repaired polygon can make GEOS predicates fail.
    lc = _subset(lc, _box_meets(zone, lc.geometry))
    if len(lc) == 0:
        raise InputError(f"LANDUSE ({s['layer']}) has no polygon in kommune {part.id} {part.name}.")
    landuse = prepare_categorical(
        lc.geometry,
        lc.attributes[s["class_field"]].to_numpy(),
        name="LANDUSE",
        rule=s["overlaps"],
        ids=lc.fids,
        min_overlap_area=float(s["overlap_tolerance"]),
    )
    zones = clean_polygons(np.array([zone], dtype=object)).geometry
    population, missing = None, 0
    if s.get("population_layer"):
        pfield = s["population_field"]
        ppath = s.get("population_path") or s["path"]
        pop = _usable(io.read_layer(ppath, s["population_layer"], [pfield], bbox=bbox), True)
        counts = check_counts(
            _numbers(pop, pfield, "POPULATION"),
            pop.fids,
            f"POPULATION '{pfield}'",
        )
        population = (pop.geometry, counts.values)
        missing = counts.n_missing
    code_list = _code_list(s["code_list"], landuse.code)
    result = landuse_account(
        landuse,
        zones,
        np.array([part.id], dtype=object),
        unit=s["unit"],
        code_list=code_list,
        population=population,
        with_pieces=False,
    )
    unit = s["unit"]
    table = result.table.rename(columns={"area": f"area_{unit}", "zone_area": f"zone_area_{unit}"})
    info = {"polygons": len(lc), "polygons_read": read, "null_counts": missing}
    return {"landuse": Output(table, info=info)}


def _box_meets(zone, geoms: np.ndarray) -> np.ndarray:
    """Which geometries have a bounding box that meets ``zone``."""
    shapely.prepare(zone)
    return shapely.intersects(zone, shapely.envelope(geoms))


def _in_partition(geoms: np.ndarray, part: Partition) -> np.ndarray:
    """Which features belong to the kommune: their point on surface lies in it (each
    feature belongs to exactly one kommune of a tiling, however it straddles borders)."""
    zone = part.geometry
    shapely.prepare(zone)
    return shapely.intersects(zone, shapely.point_on_surface(geoms))


def compactness_job(cfg: dict, part: Partition) -> dict[str, Output]:
    """Compactness (smaaby:shapecompactness) of the tettsteder of one kommune: the
    input's fields, then one column per index; the polygons as they were read."""
    s = _section(cfg, "compactness")
    keys = list(s["indices"] or INDICES)
    bad = [k for k in keys if k not in INDICES]
    if bad:
        raise InputError(
            f"[compactness] unknown indices {', '.join(bad)}; use {', '.join(INDICES)}."
        )
    points = int(number(s, "sample_points", 1, 100000, "[compactness]"))
    bbox = tuple(shapely.bounds(part.geometry))
    layer = _usable(io.read_layer(s["path"], s["layer"], bbox=bbox), True)
    keep = _in_partition(layer.geometry, part) if len(layer) else np.zeros(0, bool)
    geoms = layer.geometry[keep]
    attributes = layer.attributes.loc[keep].reset_index(drop=True)
    if len(geoms) == 0:
        table = pd.DataFrame({k: np.zeros(0) for k in keys})
    else:
        table = compactness(geoms, keys, points or DEFAULT_SAMPLE_POINTS)
    attributes = attributes.drop(columns=[c for c in attributes.columns if str(c).lower() in keys])
    frame = pd.concat([attributes, table.reset_index(drop=True)], axis=1)
    # as the plugin writes it: the input's feature id first (src_fid), then its fields
    frame.insert(0, "src_fid", layer.fids[keep])
    frame["batch_kommune"] = part.id  # the partition that computed the row
    return {"compactness": Output(frame, geoms, "MultiPolygon", {"polygons": len(geoms)})}


def _text(column: pd.Series) -> np.ndarray:
    """A field as text, as the plugin reads a class or category field (``layers.
    text_column``): whole floats without '.0', nulls as None."""
    return text_values(column.astype(object)).to_numpy(dtype=object)


def centre_job(cfg: dict, part: Partition) -> dict[str, Output]:
    """Centre indicators (smaaby:centreindicators) of the tettsteder of one kommune, with
    straight-line distances: the towns whose point on surface lies in the kommune, the
    centres, population and land use that meet their bounding box (grown by the mix
    radius for the land use: the halo). Tettsteder whose centre lies in another kommune
    still find it (the centres are read by the towns' box, not the kommune's)."""
    s = _section(cfg, "centre")
    distances = parse_distances(str(s["distances"]))
    ring_width = number(s, "ring_width", 1.0, 10000.0, "[centre]")
    mix_radius = number(s, "mix_radius", 1.0, 10000.0, "[centre]")
    bbox = tuple(shapely.bounds(part.geometry))
    towns = _usable(io.read_layer(s["path"], s["layer"], [s["name_field"]], bbox=bbox), True)
    towns = _subset(towns, _in_partition(towns.geometry, part) if len(towns) else [])
    if len(towns) == 0:
        return {}
    names = towns.attributes[s["name_field"]].astype(object).to_numpy()
    check_ids(names, f"TOWNS '{s['name_field']}'", towns.fids)
    box = tuple(shapely.total_bounds(towns.geometry))
    centres = _usable(io.read_layer(s["path"], s["centres_layer"], [], bbox=box), True)
    pop = _usable(
        io.read_layer(s["path"], s["population_layer"], [s["population_field"]], bbox=box), True
    )
    counts = check_counts(
        _numbers(pop, s["population_field"], "POPULATION"),
        pop.fids,
        f"POPULATION '{s['population_field']}'",
    )
    landuse = landuse_class = None
    if s.get("landuse_layer"):
        grown = (box[0] - mix_radius, box[1] - mix_radius, box[2] + mix_radius, box[3] + mix_radius)
        lu = _usable(
            io.read_layer(s["path"], s["landuse_layer"], [s["class_field"]], bbox=grown), True
        )
        landuse, landuse_class = lu.geometry, _text(lu.attributes[s["class_field"]])
        # the mix is normalised by the number of classes in the whole layer (as in the
        # plugin): the classes this box lacks join as empty polygons, which add no area
        lacking = sorted(set(s["_classes"]) - set(landuse_class.tolist()))
        if lacking:
            empty = np.array([shapely.Polygon()] * len(lacking), dtype=object)
            landuse = np.concatenate([landuse, empty])
            landuse_class = np.concatenate([landuse_class, np.array(lacking, dtype=object)])
    built = [c.strip() for c in str(s["built_classes"]).split(",") if c.strip()]
    result = centre_indicators(
        towns.geometry,
        names,
        centres.geometry,
        pop.geometry,
        counts.values,
        distances=distances,
        ring_width=ring_width,
        landuse=landuse,
        landuse_class=landuse_class,
        built_classes=built,
        mix_radius=mix_radius,
    )
    table = result.table.copy()
    # the centre's feature id, as the plugin gives it
    table["centre"] = np.where(
        table["centre"] >= 0, centres.fids[np.maximum(table["centre"], 0)], -1
    )
    return {"centre": Output(table, info={"towns": len(towns)})}


def prepare_centre(cfg: dict) -> dict:
    """Before the tasks: the land-use classes of the whole layer (one read of the class
    column), which the land-use mix of every town is normalised by."""
    s = _section(cfg, "centre")
    if not s.get("landuse_layer"):
        return cfg
    column = io.read_layer(s["path"], s["landuse_layer"], [s["class_field"]], geometry=False)
    classes = sorted({c for c in _text(column.attributes[s["class_field"]]) if c})
    return {**cfg, "centre": {**s, "_classes": classes}}


def _subset(layer: io.Layer, keep) -> io.Layer:
    keep = np.asarray(keep, dtype=bool)
    return io.Layer(
        layer.geometry[keep], layer.attributes.loc[keep].reset_index(drop=True), layer.fids[keep]
    )


def commuting_job(cfg: dict, part: Partition) -> dict[str, Output]:
    """Commuting regions (smaaby:commutingregions, Coombes and Bond 2008) of the whole
    country in one task: the flows cannot be split by kommune. ``membership`` (one row
    per kommune) and ``regions`` (the region table with the dissolved kommune polygons)."""
    s = _section(cfg, "commuting")
    values = [
        number(s, "min_size", 0.0, 1e7, "[commuting]"),
        number(s, "target_size", 0.0, 1e7, "[commuting]"),
        number(s, "min_containment", 0.0, 1.0, "[commuting]"),
        number(s, "target_containment", 0.0, 1.0, "[commuting]"),
    ]
    check_parameters(*values)
    if s["reserve_step"] not in RESERVE_STEPS:
        raise InputError(f"[commuting] reserve_step must be one of {', '.join(RESERVE_STEPS)}.")
    fields = [s["home_field"], s["work_field"], s["flow_field"]]
    table = io.read_layer(s["path"], s["layer"], fields, geometry=False)
    raw = _numbers(table, s["flow_field"], "FLOWS")
    check_counts(raw, table.fids, f"FLOWS '{s['flow_field']}'")
    k = cfg["kommuner"]
    areas = _usable(io.read_layer(k["path"], k["layer"], [k["id_field"], k["name_field"]]), True)
    flows, area_ids = prepare_flows(
        table.attributes[s["home_field"]].tolist(),
        table.attributes[s["work_field"]].tolist(),
        raw,
        extra_ids=areas.attributes[k["id_field"]].tolist(),
    )
    if flows.ids.size == 0:
        raise InputError("FLOWS has no rows with a count; check [commuting] flow_field.")
    check_ids([a for a in area_ids if a is not None], f"KOMMUNER '{k['id_field']}'")
    result = find_regions(flows, *values, reserve_step=s["reserve_step"])
    known = set(area_ids)
    names = None
    if k.get("name_field"):
        names = text_values(areas.attributes[k["name_field"]].astype(object)).tolist()
    membership, regions, geometry, _ = region_outputs(
        result, flows, area_ids, names, [a for a in flows.ids if a not in known], areas.geometry
    )
    return {
        "membership": Output(membership),
        "regions": Output(regions, geometry, "MultiPolygon", {"areas": len(area_ids)}),
    }


def _network_job(name: str):
    """A network job of :mod:`.network_jobs` (imported when called: it uses this
    module's helpers, so it cannot be imported while this module loads)."""

    def run(cfg: dict, part: Partition) -> dict[str, Output]:
        from smaaby_plugin.batch import network_jobs

        return getattr(network_jobs, f"{name}_job")(cfg, part)

    def prepare(cfg: dict) -> dict:
        from smaaby_plugin.batch import network_jobs

        return network_jobs.prepare_network_job(cfg, name)

    return run, prepare


_serviceaccess_job, _prepare_serviceaccess = _network_job("serviceaccess")
_centrality_job, _prepare_centrality = _network_job("centrality")


def _index_pass(name: str):
    def run(cfg: dict, part: Partition) -> dict[str, Output]:
        from smaaby_plugin.batch import centrality_index

        return getattr(centrality_index, f"{name}_job")(cfg, part)

    return run


#: job name -> (function, partitioned by kommune)
JOBS = {
    "landuse": (landuse_job, True),
    "compactness": (compactness_job, True),
    "centre": (centre_job, True),
    "commuting": (commuting_job, False),
    "serviceaccess": (_serviceaccess_job, True),
    "centrality": (_centrality_job, True),
    # the index's two passes (the centrality job with method = "index" or "both" runs them)
    "centrality_access": (_index_pass("access"), True),
    "centrality_index": (_index_pass("index"), True),
}
#: Jobs that run as passes of another job, not on their own from the command line.
PASS_JOBS = ("centrality_access", "centrality_index")
#: job name -> what runs once on the client before the tasks (whole-layer figures)
PREPARE = {
    "centre": prepare_centre,
    "serviceaccess": _prepare_serviceaccess,
    "centrality": _prepare_centrality,
}


def run_job(job: str, cfg: dict, part: Partition) -> dict:
    """Run one partition of a job: its outputs and the seconds it took (for the runner)."""
    started = time.perf_counter()
    outputs = JOBS[job][0](cfg, part)
    return {"outputs": outputs, "seconds": time.perf_counter() - started}
