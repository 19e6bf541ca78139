"""The batch's network jobs: service access (smaaby:serviceaccess) and the 1994
centrality codes (smaaby:centrality, METHOD 1) per kommune, with a network halo.

A kommune's origins are its population cells (those whose point lies in the kommune, as
``service_access.zone_of_points`` places them). Its destinations (services, tettsteder)
are those whose point lies within the halo distance of the kommune's polygon, and its
network is every road link within the halo plus ``max_snap`` (the largest distance from
a point to the network) of it:

    halo = cut-off in minutes x the fastest speed a route can have (km/h -> m/min), or
           the cut-off in metres on a distance network (``network_prepare.halo_metres``)

Why that is exact within the cut-off: a route of cost c has length at most c x the
fastest speed (every link, and the straight legs off the network, goes at most that
fast), and every point of it lies at most its length from its start (a straight line is
the shortest way). So every link and destination of a route of cost at most the cut-off
from an origin inside the kommune lies within the halo of the kommune: the halo network
has every such route, with the same links and so the same cost, and no route that the
whole network lacks. The origins and destinations attach to the same links as on the
whole network: a point's nearest link lies within ``max_snap`` of it (else it is not
attached on either), so within the halo plus ``max_snap`` of the kommune; this is why
the batch needs a ``max_snap`` (1 m to 100 km), not "no limit". A service just outside
the halo cannot be reached within the cut-off from any origin of the kommune, through
the halo or not: leaving it out changes nothing that the outputs report (beyond the
cut-off an origin is unreached either way).

The fastest speed is found once before the tasks, over the whole network layer: the
largest speed of the speed field (checked, 1-200 km/h), the largest default speed and
the speed off the network (an upper bound of every link's speed under the speed policy).

The same core functions as the adapters (``network_prepare``, ``link_attributes``,
``service_access``, ``centrality``), in the same order, give the same figures as
``processing.run`` on the kommune's origins with the halo's network and destinations.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from smaaby_plugin.batch import io
from smaaby_plugin.batch.config import number
from smaaby_plugin.batch.jobs import Output, Partition, _numbers, _section, _subset, _usable
from smaaby_plugin.core.catchments import link_attributes as attributes
from smaaby_plugin.core.catchments import network_prepare as prepare
from smaaby_plugin.core.catchments._decay import MAX_CUTOFF_MIN, check_cutoff
from smaaby_plugin.core.catchments.centrality import code_columns, tier_groups, zone_codes
from smaaby_plugin.core.catchments.network import as_points
from smaaby_plugin.core.catchments.service_access import (
    access_columns,
    nearest_by_group,
    summary_table,
    zone_of_points,
)
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.scenarios.travel_emissions import parse_list
from smaaby_plugin.core.values import check_counts, check_ids, class_keys, listing, text_values

__all__ = [
    "centrality_job",
    "feature_kinds",
    "layer_kinds",
    "prepare_network_job",
    "serviceaccess_job",
]

_TIERS = (("large", 3), ("medium", 2), ("small", 1))


def _list(text) -> list[str]:
    return [v.strip() for v in str(text or "").replace(";", ",").split(",") if v.strip()]


def _thresholds(text, what: str) -> list[float]:
    """'15, 30, 60' -> sorted positive numbers of at most 600, as the adapter takes them."""
    values = sorted(set(parse_list(text, what, "15, 30, 60")))
    bad = [v for v in values if not 0 < v <= MAX_CUTOFF_MIN]
    if bad:
        raise InputError(f"{what}: {bad[0]:g} is not a positive number of at most 600.")
    return values


def _settings(s: dict, what: str) -> dict:
    """The network options checked (ranges as the adapters' parameters have them)."""
    if s["cost"] not in ("time", "distance"):
        raise InputError(f"{what} cost must be time or distance, not {s['cost']!r}.")
    if s["direction_rule"] not in ("values", "lanes"):
        raise InputError(f"{what} direction_rule must be values or lanes.")
    number(s, "snap_tolerance", 0.0, 100.0, what)
    # a limit is needed: the network reaches max_snap beyond the halo (see the module)
    number(s, "max_snap", 1.0, 100_000.0, what)
    number(s, "access_speed", 1.0, 200.0, what)
    return s


def _limits(s: dict, job: str) -> tuple[float, dict]:
    """(the search limit in cut-off units, the 1994 rules) of a job's section."""
    what = f"[{job}]"
    if job == "serviceaccess":
        return check_cutoff(number(s, "cutoff", 1.0, 600.0, what), "cutoff"), {}
    rules = {}
    if s.get("tettsted_name_field") and str(s.get("oslo_name") or "").strip():
        rules["oslo"] = (None, number(s, "oslo_minutes", 1.0, 600.0, what), 3)
    for tier, code in _TIERS:
        least = int(number(s, f"{tier}_population", 1, 10_000_000, what))
        rules[tier] = (least, number(s, f"{tier}_minutes", 1.0, 600.0, what), code)
    return max(r[1] for r in rules.values()), rules


def _network_fields(s: dict) -> list[str]:
    return [f for f in (s["direction_field"], s["speed_field"], s["road_class_field"]) if f]


def prepare_network_job(cfg: dict, job: str) -> dict:
    """Before the tasks: the options checked, the fastest speed a route can have over the
    whole network layer (for the halo; one read of its attribute columns) and, without
    ``kinds``, every kind of the destination layer (so every kommune has the same
    columns; a destination without a kind stops the run, as in the plugin)."""
    s = _settings(_section(cfg, job), f"[{job}]")
    _limits(s, job)
    if job == "serviceaccess":
        _thresholds(s["thresholds"], "[serviceaccess] thresholds")
    names = io.field_names(s["path"], s["network_layer"])
    prepared = all(f in names for f in prepare.PREPARED_FIELDS)
    fastest = float(s["access_speed"])
    if s["cost"] == "time" and prepared:
        net = io.read_layer(s["path"], s["network_layer"], list(prepare.PREPARED_FIELDS))
        length = shapely.length(net.geometry)
        with np.errstate(divide="ignore", invalid="ignore"):
            for f in prepare.PREPARED_FIELDS:
                minutes = _numbers(net, f, "NETWORK")
                kmh = length / 1000.0 / (minutes / 60.0)
                if np.any(np.isinf(kmh) & (length > 0)):  # no bound on how far it leads
                    raise InputError(
                        f"NETWORK ({s['network_layer']}): links with a length and 0 minutes "
                        f"in {f} (feature id {listing(net.fids[np.isinf(kmh)])}); the "
                        "halo needs a travel time on every open link."
                    )
                ok = np.isfinite(kmh)
                fastest = max(fastest, float(kmh[ok].max()) if ok.any() else 0.0)
    elif s["cost"] == "time":
        fields = [f for f in (s["speed_field"],) if f]
        table = io.read_layer(s["path"], s["network_layer"], fields, geometry=False)
        defaults = attributes.parse_default_speeds(s["default_speeds"])
        fastest = max(fastest, max(defaults.values(), default=50.0), 50.0)
        if s["speed_field"]:
            kmh = _numbers(table, s["speed_field"], "NETWORK")
            attributes.check_speeds(kmh, table.fids, f"SPEED_FIELD '{s['speed_field']}'")
            ok = np.isfinite(kmh) & (kmh > 0)
            if ok.any():
                fastest = max(fastest, float(kmh[ok].max()))
    out = {**s, "_fastest_kmh": fastest, "_prepared": prepared}
    if job == "serviceaccess":
        out["_kinds"] = layer_kinds(
            s, "destinations_layer", "kind_field", "kinds", "DESTINATIONS", "[serviceaccess] kinds"
        )
    return {**cfg, job: out}


def layer_kinds(s: dict, layer: str, field: str, listed: str, param: str, where: str):
    """The kinds of service of a whole destination layer (read once before the tasks, so
    every kommune has the same columns), or those listed in ``s[listed]``; "all"
    without a kind field. A destination without a kind stops the run, as in the plugin."""
    if _list(s[listed]):
        return _list(s[listed])
    if not s[field]:
        return ["all"]
    column = _usable(io.read_layer(s["path"], s[layer], [s[field]]), True)
    kinds = feature_kinds(column, s[field])
    missing = np.array([k is None for k in kinds], bool)
    if missing.any():
        raise InputError(
            f"{param}: {int(missing.sum())} of {len(kinds)} feature(s) have no "
            f"kind in the field '{s[field]}' (feature ids "
            f"{listing(column.fids[missing])}); give each a kind or list the kinds "
            f"wanted in {where}."
        )
    return sorted(set(kinds.tolist()), key=str)


def feature_kinds(layer: io.Layer, field: str | None) -> np.ndarray:
    """The kind of each feature as text (None where missing; "all" without a field), as
    the plugin's class column reads it."""
    if not field:
        return np.full(len(layer), "all", dtype=object)
    keys = class_keys(layer.attributes[field].tolist())
    return np.array([None if k is None else str(k) for k in keys], dtype=object)


def halo(s: dict, limit: float) -> float:
    """The halo of a job's section in metres for a cut-off ``limit`` (minutes or km)."""
    if s["cost"] == "distance":
        return prepare.halo_metres(limit * 1000.0, "m")
    return prepare.halo_metres(limit, "min", s["_fastest_kmh"])


def _within(layer: io.Layer, area, distance: float, points: bool) -> io.Layer:
    """The features of ``layer`` within ``distance`` of ``area`` (points: by the point
    that stands for each, as they are attached to the network)."""
    if not len(layer):
        return layer
    geoms = as_points(layer.geometry) if points else layer.geometry
    shapely.prepare(area)
    return _subset(layer, shapely.dwithin(area, geoms, distance))


def read_halo_network(s: dict, part: Partition, distance: float):
    """(built network, the links read as io.Layer) within ``distance`` of the kommune."""
    zone = part.geometry
    box = tuple(np.asarray(shapely.bounds(zone)) + np.array([-1, -1, 1, 1]) * distance)
    fields = list(prepare.PREPARED_FIELDS) if s["_prepared"] else _network_fields(s)
    links = _usable(io.read_layer(s["path"], s["network_layer"], fields, bbox=box), False)
    links = _within(links, zone, distance, points=False)
    if len(links) == 0:
        raise InputError(f"NETWORK ({s['network_layer']}) has no link near {part.id} {part.name}.")
    kind = s["cost"]
    common = dict(
        snap_tolerance=float(s["snap_tolerance"]),
        split_at_shared_vertices=bool(s["split_at_shared_vertices"]),
    )
    if s["_prepared"]:
        fw, bw = (_numbers(links, f, "NETWORK") for f in prepare.PREPARED_FIELDS)
        return prepare.build_network(links.geometry, kind, prepared=(fw, bw), **common), links
    n = len(links)
    dfield = s["direction_field"]
    forward, backward = prepare.link_directions(
        n,
        links.attributes[dfield].to_numpy(dtype=object) if dfield else None,
        lanes=s["direction_rule"] == "lanes",
        forward_values=_list(s["forward_values"]),
        backward_values=_list(s["backward_values"]),
        closed_values=_list(s["closed_values"]),
    )
    speed = None
    if kind == "time":
        field_kmh = None
        if s["speed_field"]:
            field_kmh = _numbers(links, s["speed_field"], "NETWORK")
            attributes.check_speeds(field_kmh, links.fids, f"SPEED_FIELD '{s['speed_field']}'")
        cfield = s["road_class_field"]
        speed = attributes.link_speeds(
            n,
            field_kmh=field_kmh,
            road_class=links.attributes[cfield].to_numpy(dtype=object) if cfield else None,
            default_speeds=attributes.parse_default_speeds(s["default_speeds"]),
        ).speed_kmh
    net = prepare.build_network(
        links.geometry, kind, forward=forward, backward=backward, speed_kmh=speed, **common
    )
    return net, links


def _ids(layer: io.Layer, field: str | None, param: str) -> np.ndarray:
    """The ids as text (as ``layers.id_column``: duplicates and missing ids stop the
    kommune), or the feature ids without a field."""
    if not field:
        return layer.fids.astype(str).astype(object)
    ids = text_values(layer.attributes[field].astype(object))
    check_ids(ids, f"{param} '{field}'", layer.fids)
    return ids.to_numpy(dtype=object)


def _origins(s: dict, part: Partition):
    """(origins inside the kommune, ids, population): the cells whose point lies in it."""
    zone = part.geometry
    fields = [f for f in (s["origin_id_field"], s["population_field"]) if f]
    layer = io.read_layer(
        s["path"], s["origins_layer"], list(dict.fromkeys(fields)), bbox=tuple(shapely.bounds(zone))
    )
    layer = _usable(layer, True)
    if len(layer):
        layer = _subset(layer, zone_of_points(layer.geometry, np.array([zone])) == 0)
    ids = _ids(layer, s["origin_id_field"], "ORIGIN_ID_FIELD")
    pfield = s["population_field"]
    if pfield:
        pop = check_counts(
            _numbers(layer, pfield, "POPULATION_FIELD"), layer.fids, f"POPULATION_FIELD '{pfield}'"
        ).values
    else:
        pop = np.ones(len(layer))
    return layer, ids, pop


def _attach(s: dict, net, layer: io.Layer):
    return net.attach(
        as_points(layer.geometry),
        max_snap=float(s["max_snap"]),
        access_speed_kmh=float(s["access_speed"]),
    )


def _geometry_type(layer: io.Layer) -> str:
    types = set(shapely.get_type_id(layer.geometry).tolist())
    if types & {3, 6}:
        return "MultiPolygon"
    return "Point" if types <= {0} else "MultiPoint"


def _unit(s: dict) -> tuple[str, float]:
    """(the cost unit's label, network units per cut-off unit)."""
    return ("minutes", 1.0) if s["cost"] == "time" else ("metres", 1000.0)


def serviceaccess_job(cfg: dict, part: Partition) -> dict[str, Output]:
    """smaaby:serviceaccess for one kommune: ``serviceaccess`` (each origin with
    population, zone_id, min_<kind>, id_<kind>, cost_unit) and ``serviceaccess_summary``
    (the kommune's rows per kind: population, reached, mean, median, p90, within_<t>)."""
    s = cfg["serviceaccess"]
    limit, _ = _limits(s, "serviceaccess")
    shares_at = _thresholds(s["thresholds"], "[serviceaccess] thresholds")
    distance = halo(s, limit)
    net, _ = read_halo_network(s, part, distance + float(s["max_snap"]))
    origins, o_ids, pop = _origins(s, part)
    kinds = list(s["_kinds"])
    fields = [f for f in (s["destination_id_field"], s["kind_field"]) if f]
    box = tuple(np.asarray(shapely.bounds(part.geometry)) + np.array([-1, -1, 1, 1]) * distance)
    dests = _usable(io.read_layer(s["path"], s["destinations_layer"], fields, bbox=box), True)
    dests = _within(dests, part.geometry, distance, points=True)
    d_ids = _ids(dests, s["destination_id_field"], "DESTINATION_ID_FIELD")
    d_kind = pd.Series(feature_kinds(dests, s["kind_field"]), dtype=object)
    groups = [(d_kind == k).to_numpy() for k in kinds]
    unit, scale = _unit(s)
    o_att, d_att = _attach(s, net, origins), _attach(s, net, dests)
    res = nearest_by_group(net, o_att, d_att, groups, limit=limit * scale)
    table = {"origin_id": o_ids, "population": pop, "zone_id": part.id}
    table.update(access_columns(res, kinds, d_ids))
    table["cost_unit"] = unit
    summary = summary_table(
        res.cost,
        pop,
        np.zeros(len(pop), dtype=np.int64),
        [part.id],
        kinds,
        [t * scale for t in shares_at],
        shares_at,
        [int(g.sum()) for g in groups],
        unit,
        "no destination of this kind",
    )
    # all origins are the kommune's: its rows, not the '(all)' rows that repeat them
    summary = summary[summary["zone_id"] == part.id].reset_index(drop=True)
    info = {
        "origins": len(pop),
        "links": net.n_links,
        "destinations": len(dests),
        "halo_m": distance,
    }
    return {
        "serviceaccess": Output(
            pd.DataFrame(table), origins.geometry, _geometry_type(origins), info
        ),
        "serviceaccess_summary": Output(summary),
    }


def centrality_job(cfg: dict, part: Partition) -> dict[str, Output]:
    """smaaby:centrality, the 1994 codes (METHOD 1), for one kommune: ``centrality`` (each
    origin with population, zone_id, code_1994 and min_<tier>) and ``centrality_kommuner``
    (the kommune's polygon with its population and code, that of its most populous
    origin). The SSB-style index is :mod:`~smaaby_plugin.batch.centrality_index` (two
    passes: it is scaled to the most central origin of the whole run)."""
    s = cfg["centrality"]
    limit, rules = _limits(s, "centrality")
    distance = halo(s, limit)
    net, _ = read_halo_network(s, part, distance + float(s["max_snap"]))
    origins, o_ids, pop = _origins(s, part)
    pfield, nfield = s["tettsted_population_field"], s["tettsted_name_field"]
    if not pfield:
        raise InputError("[centrality] tettsted_population_field is needed for the 1994 codes.")
    box = tuple(np.asarray(shapely.bounds(part.geometry)) + np.array([-1, -1, 1, 1]) * distance)
    fields = [f for f in (pfield, nfield) if f]
    tett = _usable(io.read_layer(s["path"], s["tettsteder_layer"], fields, bbox=box), True)
    tett = _within(tett, part.geometry, distance, points=True)
    size = check_counts(
        _numbers(tett, pfield, "TETTSTED_POPULATION_FIELD"),
        tett.fids,
        f"TETTSTED_POPULATION_FIELD '{pfield}'",
    ).values
    is_oslo = None
    if "oslo" in rules:
        names = text_values(tett.attributes[nfield]).fillna("").str.strip().str.lower()
        is_oslo = (names == str(s["oslo_name"]).strip().lower()).to_numpy()
    names, groups = tier_groups(size, is_oslo, rules)
    unit, scale = _unit(s)
    o_att, t_att = _attach(s, net, origins), _attach(s, net, tett)
    res = nearest_by_group(net, o_att, t_att, groups, limit=limit * scale)
    values = code_columns(res.cost, names, rules, o_att.attached, scale)
    total, code = zone_codes(values["code_1994"], pop, np.zeros(len(pop), dtype=np.int64), 1)
    table = {"origin_id": o_ids, "population": pop, "zone_id": part.id, **values}
    zone = pd.DataFrame({"zone_id": [part.id], "population": total, "code_1994": code})
    info = {"origins": len(pop), "links": net.n_links, "tettsteder": len(tett), "halo_m": distance}
    return {
        "centrality": Output(pd.DataFrame(table), origins.geometry, _geometry_type(origins), info),
        "centrality_kommuner": Output(zone, np.array([part.geometry]), "MultiPolygon"),
    }
