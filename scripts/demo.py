"""Run every Småby algorithm on Eksempelby through qgis_process and summarise.

    python scripts/demo.py out/demo/eksempelby.gpkg out/demo

The steps come from scripts/demo_steps/*.py (file-name order); each module defines
``steps(sample, out) -> list[dict]`` with ``alg``, ``params`` and ``label``.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QP = ROOT / "scripts" / "qgis_process.sh"


def load_steps(sample: str, out: str) -> list[dict]:
    steps = []
    for path in sorted((ROOT / "scripts" / "demo_steps").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"demo_steps_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        steps.extend(module.steps(sample, out))
    return steps


def arguments(params: dict) -> list[str]:
    """--KEY=value pairs. A list of numbers (enum choices) is one comma-joined value, as
    QGIS 3.22's qgis_process wants; a list of layers repeats the key."""
    args = []
    for key, value in params.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        if values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            values = [",".join(str(v) for v in values)]
        for v in values:
            if isinstance(v, bool):
                v = "true" if v else "false"
            args.append(f"--{key}={v}")
    return args


def describe(path: str) -> str:
    """Feature count of a written vector file, or the size of any other file."""
    p = Path(str(path).split("|")[0])
    if not p.exists():
        return "missing!"
    if p.suffix in {".gpkg", ".shp", ".geojson", ".csv"}:
        try:
            import fiona

            counts = [
                f"{name}: {len(fiona.open(p, layer=name))} features" for name in fiona.listlayers(p)
            ]
            return "; ".join(counts)
        except Exception as error:  # a summary must not stop the demo
            return f"({error})"
    return f"{p.stat().st_size // 1024} kB"


def main(sample: str, out: str) -> int:
    Path(out).mkdir(parents=True, exist_ok=True)
    steps = load_steps(sample, out)
    if not steps:
        print("no demo steps found")
        return 1
    failures = 0
    summary = []
    for step in steps:
        start = time.perf_counter()
        cmd = [str(QP), "run", step["alg"], "--json", *arguments(step["params"])]
        print(f"-- {step['alg']}: {step.get('label', '')}", flush=True)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            failures += 1
            print(proc.stdout[-3000:], proc.stderr[-3000:], sep="\n")
            summary.append((step["alg"], seconds, "FAILED"))
            continue
        try:
            results = json.loads(proc.stdout[proc.stdout.index("{") :]).get("results", {})
        except ValueError:
            results = {}
        written = []
        for key, value in results.items():
            if isinstance(value, str) and str(Path(out)) in value:
                written.append(f"{key} -> {Path(value.split('|')[0]).name} ({describe(value)})")
            elif not isinstance(value, (dict, list)) and value is not None and key.isupper():
                written.append(f"{key} = {value}")
        summary.append((step["alg"], seconds, "; ".join(written)))
    print("\n== Småby demo on Eksempelby (synthetic sample town): summary")
    for alg, seconds, what in summary:
        print(f"{alg:28s} {seconds:6.1f} s  {what}")
    print_key_figures(out)
    print(f"{len(steps) - failures} of {len(steps)} steps succeeded; results in {out}/")
    return 1 if failures else 0


def print_key_figures(out: str) -> None:
    """The town profile's key figures (its OUTPUT_TABLE), where that step ran."""
    figures = sorted(Path(out).glob("townprofile_*_figures.gpkg"))
    if not figures:
        return
    import fiona

    print(f"\n== Key figures of the town profile ({figures[0].name})")
    with fiona.open(figures[0]) as table:
        for row in table:
            values = row["properties"]
            print(f"  {values['section']:14s} {values['label']:48s} {values['text']}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
