"""``python -m smaaby_plugin.batch <job> --config job.toml [--scheduler tcp://host:8786]``

Runs a national job (see ``docs/batch.md``): each kommune a Dask task over Småby's core
functions, results per kommune under ``<output>/<job>/parts/`` and merged at the end.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence

__all__ = ["main"]

_INSTALL = (
    "The national batch needs dask and distributed, which the QGIS plugin itself does not. "
    "Install them into the Python that runs the batch: `make setup` (the project's .venv), "
    "or `python3 -m pip install 'dask[distributed]==2024.8.0'` (Debian 12: in a venv made "
    "with --system-site-packages), or `apt install python3-dask python3-distributed`."
)


def missing_dependencies() -> list[str]:
    """The batch's packages that cannot be imported here."""
    return [m for m in ("dask", "distributed") if importlib.util.find_spec(m) is None]


def main(argv: Sequence[str] | None = None) -> int:
    from smaaby_plugin.batch.jobs import JOBS, PASS_JOBS

    parser = argparse.ArgumentParser(
        prog="python -m smaaby_plugin.batch",
        description="Run a Småby job over every kommune, as Dask tasks.",
    )
    parser.add_argument("job", choices=sorted(set(JOBS) - set(PASS_JOBS)), help="the job to run")
    parser.add_argument("--config", required=True, help="the job file (TOML)")
    parser.add_argument(
        "--scheduler",
        help="address of a running Dask scheduler (tcp://host:8786); default: a new "
        "LocalCluster on this machine; 'none': one partition after another in this process",
    )
    parser.add_argument(
        "--workers", type=int, help="LocalCluster workers (default: [run] or cores)"
    )
    parser.add_argument("--only", help="these kommuner only, e.g. 0301,3403 (as [kommuner] only)")
    args = parser.parse_args(argv)
    if args.scheduler != "none":
        missing = missing_dependencies()
        if missing:
            print(f"Missing: {', '.join(missing)}. {_INSTALL}", file=sys.stderr)
            return 2
    from smaaby_plugin.batch import config, runner
    from smaaby_plugin.core.errors import InputError

    try:
        cfg = config.load(args.config)
        if args.only:
            cfg["kommuner"]["only"] = [k.strip() for k in args.only.split(",") if k.strip()]
        summary = runner.run(args.job, cfg, scheduler=args.scheduler, workers=args.workers)
    except (InputError, FileNotFoundError) as err:
        print(f"Stopped: {err}", file=sys.stderr)
        return 2
    print(
        f"{args.job}: {len(summary.computed)} computed, {len(summary.skipped)} skipped (done "
        f"before), {len(summary.failed)} failed, in {summary.seconds:.1f} s"
    )
    return 1 if summary.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
