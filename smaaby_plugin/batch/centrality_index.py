"""The SSB-style centrality index (smaaby:centrality, METHOD 0) in the national batch, in
two passes.

The index of an origin is 1000 · (w · Jᵢ / J_ref + (1 − w) · Sᵢ / S_ref), where the
services part Sᵢ is the mean over the kinds of the decayed access scaled to that kind's
largest access over *every* origin, and the reference is the most central origin of the
*whole run* (or the origin named in ``reference``). No kommune alone knows those figures,
so a kommune cannot finish its index by itself:

1. **Access** (job ``centrality_access``, one Dask task per kommune, with the network
   halo of the index's cut-off as :mod:`~smaaby_plugin.batch.network_jobs`): every
   populated origin's unscaled access, ``jobs_access`` (Σ employees · f(t)) and
   ``access_<kind>`` (Σ f(t) per kind), by ``accessibility.opportunity_sums``, the
   function the Processing algorithm calls; written per kommune like every job, so a
   stopped run resumes.
2. **Reduce** (on the client): the pass-1 columns of every kommune of the run (no
   geometry; a few numbers per origin) give each kind's largest access
   (``centrality.kind_tops``) and the reference origin's parts
   (``centrality.index_reference``), written to ``<output>/centrality_index/reference.json``.
3. **Scale** (job ``centrality_index``, per kommune, cheap: no network): the index, its
   class and the kommune's population-weighted mean and class (``centrality.scale_index``,
   ``index_outputs``), from the kommune's pass-1 part. A kommune scaled to a reference
   that is no longer the run's (a rerun with other kommuner) is scaled again.

A kommune that fails in pass 1 is reported by name and the index is **not scaled**
(pass 2 is refused, the exit status is 1): the national maximum of a partial run would
scale every other kommune to a wrong reference without anything showing it. The
kommuner done in pass 1 are kept, so the next run computes only the failed ones.
"""

from __future__ import annotations

import json
import os

import numpy as np
import pandas as pd

from smaaby_plugin.batch import io
from smaaby_plugin.batch import network_jobs as nj
from smaaby_plugin.batch.config import number
from smaaby_plugin.batch.jobs import Output, Partition, _numbers, _usable
from smaaby_plugin.core.catchments._decay import DECAY_FUNCTIONS, check_cutoff, decay_in_unit
from smaaby_plugin.core.catchments.accessibility import opportunity_sums
from smaaby_plugin.core.catchments.centrality import (
    index_outputs,
    index_reference,
    kind_members,
    kind_tops,
    scale_index,
    services_part,
)
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.scenarios.travel_emissions import parse_list
from smaaby_plugin.core.values import check_counts

__all__ = ["METHODS", "access_job", "index_job", "prepare", "reduce", "run"]

METHODS = ("1994", "index", "both")
ACCESS, INDEX = "centrality_access", "centrality_index"


def options(s: dict) -> dict:
    """The index's options checked (ranges as the algorithm's parameters have them)."""
    what = "[centrality]"
    if s["decay"] not in DECAY_FUNCTIONS:
        raise InputError(f"{what} decay must be one of {', '.join(DECAY_FUNCTIONS)}.")
    breaks = sorted(parse_list(s["breaks"], f"{what} breaks", "500, 600, 700, 800, 900"))
    if not breaks or not all(np.isfinite(breaks)) or max(breaks) > 100_000:
        raise InputError(f"{what} breaks must be numbers of at most 100000.")
    return {
        "cutoff": check_cutoff(number(s, "cutoff", 1.0, 600.0, what), f"{what} cutoff"),
        "beta": number(s, "beta", 0.0, 10.0, what),
        "floor": number(s, "floor", 0.01, 600.0, what),
        "weight": number(s, "job_weight", 0.0, 1.0, what),
        "breaks": breaks,
    }


def prepare(cfg: dict) -> dict:
    """Before the tasks: the network options and fastest speed (as the 1994 job), the
    index's options, and the kinds of service of the whole services layer (those listed
    in ``service_kinds`` that no service has are left out, as the algorithm does; the
    driver logs them)."""
    cfg = nj.prepare_network_job(cfg, "centrality")
    s = cfg["centrality"]
    options(s)
    kinds = nj.layer_kinds(
        s,
        "services_layer",
        "service_kind_field",
        "service_kinds",
        "SERVICES",
        "[centrality] service_kinds",
    )
    if nj._list(s["service_kinds"]) or not s["service_kind_field"]:
        # listed kinds (or the one kind "all"): which of them the layer has
        field = s["service_kind_field"]
        layer = io.read_layer(s["path"], s["services_layer"], [field] if field else [])
        _, present = kind_members(nj.feature_kinds(_usable(layer, True), field), kinds)
    else:  # kinds read from the layer's own features: each has a service
        present = np.ones(len(kinds), bool)
    if not present.any():
        raise InputError(f"SERVICES: no service of any kind wanted ({', '.join(kinds)}).")
    absent = [k for k, p in zip(kinds, present) if not p]
    kinds = [k for k, p in zip(kinds, present) if p]
    return {**cfg, "centrality": {**s, "_kinds": kinds, "_absent_kinds": absent}}


def _within_halo(s: dict, part: Partition, layer: str, fields: list, distance: float):
    box = tuple(np.asarray(part.geometry.bounds) + np.array([-1, -1, 1, 1]) * distance)
    data = _usable(io.read_layer(s["path"], layer, fields, bbox=box), True)
    return nj._within(data, part.geometry, distance, points=True)


def access_job(cfg: dict, part: Partition) -> dict[str, Output]:
    """Pass 1 for one kommune: each origin with ``population``, ``zone_id``, the unscaled
    ``jobs_access`` and ``access_<kind>`` (decayed sums within the cut-off; NaN off the
    network), as smaaby:centrality computes them before it scales."""
    s = cfg["centrality"]
    o = options(s)
    distance = nj.halo(s, o["cutoff"])
    net, _ = nj.read_halo_network(s, part, distance + float(s["max_snap"]))
    origins, o_ids, pop = nj._origins(s, part)
    efield, kfield = s["employees_field"], s["service_kind_field"]
    work = _within_halo(s, part, s["workplaces_layer"], [efield] if efield else [], distance)
    if efield:
        what = f"EMPLOYEES_FIELD '{efield}'"
        jobs = check_counts(_numbers(work, efield, "EMPLOYEES_FIELD"), work.fids, what).values
    else:
        jobs = np.ones(len(work))
    serv = _within_halo(s, part, s["services_layer"], [kfield] if kfield else [], distance)
    kinds = list(s["_kinds"])
    member, _ = kind_members(nj.feature_kinds(serv, kfield), kinds)
    unit, scale = nj._unit(s)
    beta, floor, factor = decay_in_unit(
        s["decay"], o["beta"], o["floor"], "min" if scale == 1 else "m"
    )
    o_att = nj._attach(s, net, origins)
    w_att, s_att = nj._attach(s, net, work), nj._attach(s, net, serv)
    limit = o["cutoff"] * scale
    sums = [
        opportunity_sums(net, o_att, att, w, limit, s["decay"], beta, floor=floor).decayed
        for att, w in ((w_att, jobs[:, None]), (s_att, member))
    ]
    table = {"origin_id": o_ids, "population": pop, "zone_id": part.id}
    table["jobs_access"] = sums[0][:, 0] * factor
    for k, kind in enumerate(kinds):
        table[f"access_{kind}"] = sums[1][:, k]
    info = {
        "origins": len(pop),
        "links": net.n_links,
        "workplaces": len(work),
        "services": len(serv),
        "halo_m": distance,
    }
    frame = pd.DataFrame(table)
    return {ACCESS: Output(frame, origins.geometry, nj._geometry_type(origins), info)}


def _access_file(cfg: dict, part: Partition) -> str:
    from smaaby_plugin.batch.runner import part_file

    return part_file(cfg, ACCESS, part)


def _columns(s: dict) -> list[str]:
    return [f"access_{k}" for k in s["_kinds"]]


def reduce(cfg: dict, parts: list[Partition]) -> dict:
    """The run's scaling figures from every kommune's pass-1 part: each kind's largest
    access and the reference origin's (jobs, services) parts."""
    s = cfg["centrality"]
    frames = [io.read_layer(_access_file(cfg, p), ACCESS, geometry=False).attributes for p in parts]
    table = pd.concat(frames, ignore_index=True)
    access = table[_columns(s)].to_numpy(float)
    tops = kind_tops(access)
    values = np.stack([table["jobs_access"].to_numpy(float), services_part(access, tops)], axis=1)
    w = options(s)["weight"]
    ref = index_reference(values, table["origin_id"].to_numpy(object), (w, 1 - w), s["reference"])
    return {
        "kinds": list(s["_kinds"]),
        "kind_tops": tops.tolist(),
        "reference": ref.tolist(),
        "origins": len(table),
        "kommuner": [p.id for p in parts],
    }


def index_job(cfg: dict, part: Partition) -> dict[str, Output]:
    """Pass 2 for one kommune (no network): each origin's ``jobs_access``,
    ``services_access``, ``index`` and ``class``, and the kommune's population, mean index
    and class, scaled to the run's figures (``cfg["centrality"]["_scaling"]``)."""
    s = cfg["centrality"]
    o, scaling = options(s), s["_scaling"]
    data = io.read_layer(_access_file(cfg, part), ACCESS)
    table = data.attributes
    services = services_part(table[_columns(s)].to_numpy(float), np.array(scaling["kind_tops"]))
    job_access = table["jobs_access"].to_numpy(float)
    w = o["weight"]
    parts = np.stack([job_access, services], axis=1)
    index = scale_index(parts, np.array(scaling["reference"]), (w, 1 - w))
    pop = table["population"].to_numpy(float)
    zone = np.zeros(len(pop), dtype=np.int64)
    values, zone_values = index_outputs(job_access, services, index, pop, zone, 1, o["breaks"])
    frame = pd.DataFrame({c: table[c] for c in ("origin_id", "population", "zone_id")})
    for key, column in values.items():
        frame[key] = column
    kommune = pd.DataFrame({"zone_id": [part.id], **zone_values})
    info = {"above_1000": int((index > 1000 + 1e-9).sum())}
    return {
        INDEX: Output(frame, data.geometry, nj._geometry_type(data), info),
        f"{INDEX}_kommuner": Output(kommune, np.array([part.geometry]), "MultiPolygon"),
    }


def _stale_index(cfg: dict, scaling: dict, log) -> None:
    """Drop the pass-2 parts scaled to other figures than ``scaling`` (a rerun with other
    kommuner or data), then record ``scaling``."""
    from smaaby_plugin.batch.runner import parts_dir

    folder = os.path.join(cfg["output"], INDEX)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "reference.json")
    before = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            before = json.load(f)
    if before != scaling:
        parts = parts_dir(cfg, INDEX)
        if os.path.isdir(parts):
            names = [n for n in os.listdir(parts) if n.endswith((".done", ".gpkg", ".error"))]
            for name in names:
                os.remove(os.path.join(parts, name))
            if names and before is not None:
                log(f"{INDEX}: the run's reference changed; every kommune is scaled again")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(scaling, f, indent=1)


def run(cfg: dict, parts: list[Partition], run_partitions, log, summary) -> None:
    """The two passes and the reduce (see the module); ``run_partitions(job, cfg)`` runs a
    job's tasks as the runner does and returns its Summary. Adds the passes' summaries to
    ``summary.passes`` and their failures to ``summary.failed``."""
    cfg = prepare(cfg)
    s = cfg["centrality"]
    if s["_absent_kinds"]:
        log(
            f"{INDEX}: no service of the kind(s) {', '.join(s['_absent_kinds'])}; they are "
            "left out of the index"
        )
    first = run_partitions(ACCESS, cfg)
    summary.passes[ACCESS] = first
    if first.failed:
        summary.failed.update({k: f"pass 1 ({ACCESS}): {v}" for k, v in first.failed.items()})
        log(
            f"{INDEX}: NOT SCALED: pass 1 failed for {len(first.failed)} kommune(r) ("
            + ", ".join(f"{p.id} {p.name}" for p in parts if p.id in first.failed)
            + "); the index is scaled to the most central origin of the whole run, so it "
            "is not scaled on a partial one. Fix them and run again: the kommuner done in "
            "pass 1 are kept and not computed again."
        )
        return
    scaling = reduce(cfg, parts)
    ref = scaling["reference"]
    log(
        f"{INDEX}: {scaling['origins']} origins in {len(parts)} kommune(r); reference "
        f"jobs {ref[0]:.6g}, services {ref[1]:.6g}; kinds {', '.join(scaling['kinds'])}"
    )
    _stale_index(cfg, scaling, log)
    cfg = {**cfg, "centrality": {**s, "_scaling": scaling}}
    second = run_partitions(INDEX, cfg)
    summary.passes[INDEX] = second
    summary.failed.update({k: f"pass 2 ({INDEX}): {v}" for k, v in second.failed.items()})
    above = sum(r.get("above_1000", 0) for r in second.reports.values())
    if above:
        log(f"{INDEX}: {above} origin(s) are more central than the reference (index above 1000)")
