"""Interleaved timing for the benchmarks, their result rows, and the one summary table.

A benchmark measures a row with :func:`interleaved` (baseline and Småby alternately, so
both see the same machine load), prints it with :func:`print_row` and records it with
:func:`record`, which writes ``bench/results/<bench>.json`` (a list of rows). Any
``bench/bench_*.py`` can add rows this way; ``make bench`` runs every bench and then
``python bench/_summary.py``, which reads every ``bench/results/*.json`` and writes
``bench/results/summary.md`` (the table ``docs/performance.md`` quotes).

A row: ``{"task", "baseline" (label or None), "goal", "times": {"baseline": stats,
"smaaby": stats}, "peak_mb", "note"}``; stats: ``{"wall": [s...], "cpu": [s...]}``.

Run ``python bench/_summary.py`` to rewrite the table from the JSON files.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def repeats_from_argv(default: int = 5) -> int:
    """``--repeats N`` from the command line (at least 5 for the summary)."""
    if "--repeats" in sys.argv:
        return int(sys.argv[sys.argv.index("--repeats") + 1])
    return default


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def timed(fn):
    """(result, wall seconds, CPU seconds of the process, all threads)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def interleaved(runs: dict, repeats: int = 5):
    """Run each callable of ``runs`` (name -> fn) once per round, ``repeats`` rounds, in
    turn; returns ({name: {"wall": [...], "cpu": [...]}}, {name: last result})."""
    times = {name: {"wall": [], "cpu": []} for name in runs}
    last = {}
    for _ in range(repeats):
        for name, fn in runs.items():
            last[name], wall, cpu = timed(fn)
            times[name]["wall"].append(wall)
            times[name]["cpu"].append(cpu)
    return times, last


def _stat(values) -> str:
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


def ratio(times: dict) -> tuple[float, float] | None:
    """(wall, CPU) ratio of medians baseline / smaaby; None without a baseline."""
    if "baseline" not in times or "smaaby" not in times:
        return None
    b, s = times["baseline"], times["smaaby"]
    return (
        statistics.median(b["wall"]) / statistics.median(s["wall"]),
        statistics.median(b["cpu"]) / statistics.median(s["cpu"]),
    )


def print_row(row: dict) -> None:
    """The row as two or three lines of text."""
    print(f"{row['task']}  (goal: {row['goal']})")
    for name, label in (("baseline", row.get("baseline")), ("smaaby", "Småby")):
        if name in row["times"]:
            t = row["times"][name]
            print(f"  {label:<52} wall {_stat(t['wall'])}  CPU {_stat(t['cpu'])}")
    r = ratio(row["times"])
    if r is not None:
        print(f"  ratio baseline/Småby: {r[0]:.2f}x wall, {r[1]:.2f}x CPU")
    print(f"  peak RSS {row['peak_mb']:,.0f} MB" + (f"; {row['note']}" if row.get("note") else ""))


def record(bench: str, rows: list[dict]) -> Path:
    """Write the rows of one benchmark to ``bench/results/<bench>.json``."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{bench}.json"
    meta = {"load_average": os.getloadavg()[0], "cpus": os.cpu_count(), "when": time.time()}
    path.write_text(json.dumps({"meta": meta, "rows": rows}, indent=1, ensure_ascii=False))
    return path


def row(task, baseline, goal, times, note="") -> dict:
    """A result row (see the module docstring); peak memory measured now."""
    return {
        "task": task,
        "baseline": baseline,
        "goal": goal,
        "times": times,
        "peak_mb": peak_mb(),
        "note": note,
    }


def _cell(times: dict, name: str) -> str:
    if name not in times:
        return "–"
    t = times[name]
    return f"{_stat(t['wall'])}, CPU {statistics.median(t['cpu']):.2f} s"


def summary() -> str:
    """The markdown table of every ``bench/results/*.json``."""
    lines = [
        "| task | baseline | baseline time (median, min–max) | Småby time | ratio "
        "(wall, CPU) | goal | peak RSS | bench | note |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    loads = []
    for path in sorted(RESULTS.glob("*.json")):
        data = json.loads(path.read_text())
        loads.append(f"{path.stem} {data['meta']['load_average']:.1f}")
        for r in data["rows"]:
            q = ratio(r["times"])
            shown = "–" if q is None else f"{q[0]:.2f}×, {q[1]:.2f}×"
            lines.append(
                f"| {r['task']} | {r['baseline'] or '–'} | {_cell(r['times'], 'baseline')} | "
                f"{_cell(r['times'], 'smaaby')} | {shown} | {r['goal']} | "
                f"{r['peak_mb']:,.0f} MB | {path.stem} | {r.get('note') or ''} |"
            )
    lines.append("")
    lines.append(
        "Times are wall-clock with the process's CPU time beside them, median of the "
        "interleaved runs (baseline and Småby alternately) with min–max. Load average at the "
        "end of each bench: " + ", ".join(loads) + "."
    )
    return "\n".join(lines) + "\n"


def main() -> int:
    RESULTS.mkdir(exist_ok=True)
    text = summary()
    (RESULTS / "summary.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
