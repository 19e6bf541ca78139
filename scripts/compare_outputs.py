"""Compare two output folders table by table, attribute by attribute (and geometry by
geometry): the proof that a refactoring changed no number.

    .venv/bin/python scripts/compare_outputs.py OLD_DIR NEW_DIR [--tolerance 0]

Every GeoPackage layer and CSV file in OLD_DIR must exist in NEW_DIR with the same
columns, the same rows in the same order and equal values (floats within TOLERANCE,
relative); geometries are compared as normalised WKB-equal shapes (exactly, or within
TOLERANCE of the coordinates). PDFs are compared by page count only. Exit 1 on any
difference, listing each.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import fiona
import numpy as np
import pandas as pd
import shapely


def _read(path: Path, layer: str) -> tuple[pd.DataFrame, np.ndarray]:
    with fiona.open(path, layer=layer) as src:
        rows, geoms = [], []
        for feature in src:
            rows.append(dict(feature["properties"]))
            g = feature["geometry"]
            geoms.append(shapely.geometry.shape(g) if g is not None else None)
    return pd.DataFrame(rows), np.array(geoms, dtype=object)


def _compare_frames(a: pd.DataFrame, b: pd.DataFrame, tol: float) -> list[str]:
    if list(a.columns) != list(b.columns):
        return [f"columns differ: {list(a.columns)} vs {list(b.columns)}"]
    if len(a) != len(b):
        return [f"row count {len(a)} vs {len(b)}"]
    out = []
    for col in a.columns:
        x, y = a[col], b[col]
        if pd.api.types.is_float_dtype(x) or pd.api.types.is_float_dtype(y):
            xv = pd.to_numeric(x, errors="coerce").to_numpy(float)
            yv = pd.to_numeric(y, errors="coerce").to_numpy(float)
            same = (
                np.isclose(xv, yv, rtol=tol, atol=0.0, equal_nan=True)
                if tol
                else ((xv == yv) | (np.isnan(xv) & np.isnan(yv)))
            )
        else:
            same = x.astype(object).where(x.notna(), None) == y.astype(object).where(
                y.notna(), None
            )
            same = same.to_numpy(bool) | (x.isna() & y.isna()).to_numpy(bool)
        if not same.all():
            i = int(np.flatnonzero(~same)[0])
            n = int((~same).sum())
            out.append(f"{col}: {n} rows differ (first row {i}: {x.iloc[i]!r} vs {y.iloc[i]!r})")
    return out


def _compare_geoms(a: np.ndarray, b: np.ndarray, tol: float) -> list[str]:
    if len(a) != len(b):
        return [f"geometry count {len(a)} vs {len(b)}"]
    both = np.array([(g is None) == (h is None) for g, h in zip(a, b)])
    if not both.all():
        return [f"{int((~both).sum())} geometries null on one side only"]
    idx = [i for i, g in enumerate(a) if g is not None]
    if not idx:
        return []
    ga, gb = shapely.normalize(np.array(list(a[idx]))), shapely.normalize(np.array(list(b[idx])))
    same = shapely.equals_exact(ga, gb, tolerance=tol)
    if not same.all():
        return [f"{int((~same).sum())} of {len(idx)} geometries differ"]
    return []


def compare(old: Path, new: Path, tol: float) -> tuple[int, list[str]]:
    problems, checked = [], 0
    for path in sorted(old.iterdir()):
        other = new / path.name
        if not other.exists():
            problems.append(f"{path.name}: missing in {new}")
            continue
        if path.suffix == ".gpkg":
            layers = fiona.listlayers(path)
            if sorted(layers) != sorted(fiona.listlayers(other)):
                problems.append(f"{path.name}: layers {layers} vs {fiona.listlayers(other)}")
                continue
            for layer in layers:
                fa, ga = _read(path, layer)
                fb, gb = _read(other, layer)
                diffs = _compare_frames(fa, fb, tol) + _compare_geoms(ga, gb, tol)
                problems += [f"{path.name}|{layer}: {d}" for d in diffs]
                checked += 1
        elif path.suffix == ".csv":
            diffs = _compare_frames(pd.read_csv(path), pd.read_csv(other), tol)
            problems += [f"{path.name}: {d}" for d in diffs]
            checked += 1
    return checked, problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--tolerance", type=float, default=0.0)
    args = parser.parse_args(argv)
    checked, problems = compare(args.old, args.new, args.tolerance)
    for p in problems:
        print(p)
    print(f"{checked} tables compared, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
