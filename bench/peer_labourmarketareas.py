"""Peer check: smaaby:commutingregions' core against Eurostat's R package LabourMarketAreas
3.4 (``findClusters``) on SSB's commuting flows (../shared/data/pendling).

Run:  .venv/bin/python bench/peer_labourmarketareas.py  [--years 2019 2022] [--rlib DIR]

Not a ``bench_*.py``: ``make bench`` does not run it, and nothing in the plugin or in
``make test`` needs R. It needs Rscript with data.table, sf, sp and spdep (Debian:
``apt-get install r-base-core r-cran-data.table r-cran-sf r-cran-sp r-cran-spdep``) and
LabourMarketAreas 3.4 installed in a private library (default ../peer/Rlib, or
``--rlib`` / $LMA_R_LIB). Debian has no r-cran-tmap, which the package imports but never
calls, so the install drops that import::

    git --git-dir=<fetched github:cran/LabourMarketAreas> archive HEAD | tar -x -C LMA
    sed -i '/import(tmap)/d' LMA/NAMESPACE
    sed -i 's/^Imports: data.table, spdep, methods, tmap/Imports: data.table, spdep, methods/' \\
        LMA/DESCRIPTION
    R CMD INSTALL -l ../peer/Rlib LMA

Both run with the vignette parameters (minSZ 1000, minSC 0.6667, tarSZ 10000, tarSC 0.75).
Printed per year: whether the main phase is identical (R's ``lma.before0``: the same
reserve list, and every other kommune in the same region), the zero list, and for each
reserve step of Småby the adjusted Rand index against R's final regions, whether the
partitions are identical, the kommuner placed differently and the regions R leaves
invalid. The LabourMarketAreas option should give ARI 1.0.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))  # the plugin as QGIS loads it (make build)

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from smaaby_plugin.core.catchments.commuting_regions import (  # noqa: E402
    RESERVE_LMA,
    RESERVE_SMAABY,
    RESERVE_STEPS,
    find_regions,
    validity,
)
from smaaby_plugin.core.catchments.flows import prepare_flows  # noqa: E402

DATA = (ROOT / ".." / "shared" / "data" / "pendling").resolve()
RLIB = Path(os.environ.get("LMA_R_LIB", ROOT / ".." / "peer" / "Rlib")).resolve()

# findClusters on one flow file; writes community, cluster, phase (final / main / zero).
R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
.libPaths(c(args[3], .libPaths()))
suppressMessages(library(LabourMarketAreas))
library(data.table)
d <- fread(args[1], colClasses = c("integer", "integer", "numeric"))
t0 <- proc.time()
p <- as.numeric(args[4:7])  # minSZ, tarSZ, minSC, tarSC
out <- capture.output(res <- findClusters(d, minSZ = p[1], minSC = p[3], tarSZ = p[2],
                                          tarSC = p[4]))
el <- (proc.time() - t0)[["elapsed"]]
fin <- res$lma$clusterList[, list(community, cluster)]
fin[, phase := "final"]
bef <- res$lma.before0$clusterList[, list(community, cluster)]
bef[, phase := "main"]
z <- data.table(community = as.character(res$zero.list$Communities))
if (nrow(z)) { z[, cluster := NA_integer_]; z[, phase := "zero"] }
fwrite(rbind(fin, bef, z, fill = TRUE), args[2])
cat(el, "\n")
"""


def adjusted_rand(a: pd.Series, b: pd.Series) -> float:
    """Adjusted Rand index (Hubert and Arabie 1985) of two labellings of the same items."""
    table = pd.crosstab(a, b).to_numpy().astype(float)

    def pairs(x):
        return (x * (x - 1) / 2).sum()

    index, rows, cols = pairs(table), pairs(table.sum(1)), pairs(table.sum(0))
    expected = rows * cols / pairs(np.array([table.sum()]))
    top = (rows + cols) / 2 - expected
    return 1.0 if top == 0 else float((index - expected) / top)


def same_partition(a: pd.Series, b: pd.Series) -> bool:
    """True when a and b group the same items together (labels may differ)."""
    table = pd.crosstab(a, b).astype(bool)
    return bool(table.sum(axis=0).eq(1).all() and table.sum(axis=1).eq(1).all())


VIGNETTE = (1000.0, 10000.0, 0.6667, 0.75)  # minSZ, tarSZ, minSC, tarSC


def run_r(
    csv: Path, rlib: Path, work: Path, params: tuple = VIGNETTE
) -> tuple[pd.DataFrame, float]:
    script = work / "lma.R"
    script.write_text(R_SCRIPT)
    # Codes 1..n in sorted id order, as the package's idcom_type does (whose output step
    # fails on a reserve list without six-field entries, as on the small fixtures).
    rows = pd.read_csv(csv, dtype=str)
    ids = np.unique(np.concatenate([rows.bosted_knr, rows.arbeidssted_knr]))
    code = pd.Series(np.arange(1, ids.size + 1), index=ids)
    coded = work / f"{csv.stem}_coded.csv"
    pd.DataFrame(
        {
            "community_live": rows.bosted_knr.map(code),
            "community_work": rows.arbeidssted_knr.map(code),
            "amount": rows.sysselsatte.astype(float),
        }
    ).to_csv(coded, index=False)
    out = work / f"{csv.stem}_r.csv"
    proc = subprocess.run(
        ["Rscript", str(script), str(coded), str(out), str(rlib), *map(str, params)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        sys.exit(f"Rscript failed on {csv.name}:\n{proc.stderr[-2000:]}")
    result = pd.read_csv(out)
    result["community"] = ids[result.community.to_numpy(dtype=int) - 1]
    return result, float(proc.stdout.split()[-1])


def labels(frame: pd.DataFrame, phase: str) -> pd.Series:
    part = frame[frame.phase == phase]
    return part.set_index("community").cluster


def r_regions(frame: pd.DataFrame) -> pd.Series:
    """R's final region per area as text, "-" for none (cluster 0 or the zero list)."""
    final = labels(frame, "final").astype(str).replace("0", "-")
    zero = pd.Series("-", index=frame.community[frame.phase == "zero"])
    return pd.concat([final, zero])


def compare_year(year: int, rlib: Path, work: Path) -> None:
    csv = DATA / f"pendling_{year}_nonzero.csv"
    rows = pd.read_csv(csv, dtype=str)
    flows, _ = prepare_flows(rows.bosted_knr, rows.arbeidssted_knr, rows.sysselsatte)
    r, r_seconds = run_r(csv, rlib, work)
    r_main, r_final = labels(r, "main"), r_regions(r)
    r_zero = sorted(r.community[r.phase == "zero"])

    t0 = time.perf_counter()
    ours = {step: find_regions(flows, reserve_step=step) for step in (RESERVE_SMAABY, RESERVE_LMA)}
    our_seconds = (time.perf_counter() - t0) / 2

    # Main phase: R's cluster 0 before the reserve step is its reserve list.
    main = ours[RESERVE_SMAABY]
    m = main.membership.set_index("area_id").region_id
    r_reserve = sorted(r_main.index[r_main == 0])
    off = [a for a in r_main.index if r_main[a] != 0]
    main_same = r_reserve == sorted(main.reserve) and same_partition(m[off], r_main[off])
    print(
        f"{year}: {len(flows.ids)} kommuner, R {r_seconds:.1f} s, Småby {our_seconds:.3f} s; "
        f"main phase identical: {main_same} (reserve list {len(r_reserve)} in R, "
        f"{len(main.reserve)} here); R's zero list: {r_zero or 'empty'}"
    )
    frame = rows.assign(n=rows.sysselsatte.astype(float))
    for step, label in ((RESERVE_SMAABY, "Småby (default)"), (RESERVE_LMA, "LabourMarketAreas")):
        res = ours[step]
        got = res.membership.set_index("area_id").region_id
        common = got.index
        a = got.fillna("-")
        b = r_final[common]
        ari = adjusted_rand(a, b)
        # kommuner of the reserve list whose region (its members off the list) differs
        core = [x for x in common if x not in set(res.reserve)]

        def members(lab, x, core=core):
            return frozenset(y for y in core if lab[y] == lab[x])

        moved = [x for x in res.reserve if x in common and members(a, x) != members(b, x)]
        # the regions R returns, tested with the validity formula on the flows
        region = r_final
        h, w = frame.bosted_knr.map(region), frame.arbeidssted_knr.map(region)
        res_r = frame.n.groupby(h).sum()
        job_r = frame.n.groupby(w).sum()
        int_r = frame.n[h == w].groupby(h[h == w]).sum().reindex(res_r.index).fillna(0)
        v = validity(int_r.to_numpy(), res_r.to_numpy(), job_r.reindex(res_r.index).to_numpy())
        r_invalid = int((v[res_r.index != "-"] < 1).sum())
        ours_invalid = int((res.regions.validity < 1).sum())
        print(
            f"    {label:18s} ARI {ari:.4f}, identical: {same_partition(a, b)}, "
            f"placed differently: {sorted(moved) or 'none'}; invalid regions here "
            f"{ours_invalid}, in R {r_invalid}"
        )


def compare_fixtures(rlib: Path, work: Path) -> None:
    """The hand-traced fixtures of the unit tests, one per difference, through R."""
    path = ROOT / "tests" / "unit" / "catchments" / "test_commuting_regions_reserve.py"
    spec = importlib.util.spec_from_file_location("reserve_fixtures", path)
    fixtures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fixtures)
    small = fixtures.SMALL
    params = tuple(
        small[k] for k in ("min_size", "target_size", "min_containment", "target_containment")
    )
    for name in ("BARELY_VALID", "ORDER", "WITH_ZEROS"):
        rows = getattr(fixtures, name)
        csv = work / f"{name}.csv"
        pd.DataFrame(rows, columns=["bosted_knr", "arbeidssted_knr", "sysselsatte"]).to_csv(
            csv, index=False
        )
        r, _ = run_r(csv, rlib, work, params)
        r_final = r_regions(r)
        r_zero = sorted(r.community[r.phase == "zero"])
        flows = fixtures.flows_of(rows)
        results = {step: find_regions(flows, **small, reserve_step=step) for step in RESERVE_STEPS}
        line = []
        for step, label in ((RESERVE_SMAABY, "Småby"), (RESERVE_LMA, "LabourMarketAreas")):
            got = results[step].membership.set_index("area_id").region_id
            same = same_partition(got.fillna("-"), r_final[got.index])
            line.append(f"{label} same as R: {same}")
        print(f"fixture {name}: R's zero list {r_zero or 'empty'}; " + ", ".join(line))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--years", type=int, nargs="*", default=[2017, 2018, 2019, 2020, 2021, 2022]
    )
    parser.add_argument("--rlib", type=Path, default=RLIB)
    args = parser.parse_args()
    if shutil.which("Rscript") is None:
        sys.exit("Rscript is not installed (see this script's docstring).")
    if not (args.rlib / "LabourMarketAreas").is_dir():
        sys.exit(f"LabourMarketAreas is not installed in {args.rlib} (see the docstring).")
    with tempfile.TemporaryDirectory() as tmp:
        compare_fixtures(args.rlib, Path(tmp))
        for year in args.years:
            compare_year(year, args.rlib, Path(tmp))


if __name__ == "__main__":
    main()
