"""The land-use core on the one progress protocol: a cancel raises Cancelled (never
InputError, so a cancelled run is not reported as a failure), progress rises to 1, and a
progress callable changes no figure."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from _shapes import jittered_triangles
from shapely import box

from smaaby_plugin import paths
from smaaby_plugin.core.errors import Cancelled, InputError
from smaaby_plugin.core.landuse.categorical import prepare_categorical
from smaaby_plugin.core.landuse.change_matrix import change_matrix
from smaaby_plugin.core.landuse.land_consumption import land_consumption
from smaaby_plugin.core.landuse.landuse_account import landuse_account
from smaaby_plugin.core.landuse.plan_change import plan_change
from smaaby_plugin.core.landuse.plan_reserve import plan_reserve
from smaaby_plugin.core.landuse.plans import load_development_table
from smaaby_plugin.core.progress import cancel_after

DEV = load_development_table(paths.resource("codes", "sosi_development.csv"))


RNG = np.random.default_rng(4)
GEOMS_A, GEOMS_B = jittered_triangles(30, 1), jittered_triangles(30, 2)  # 1,800 each, 300 m x 300 m
AR5 = prepare_categorical(GEOMS_A, RNG.choice([11, 21, 30, 60, 81], len(GEOMS_A)))
OTHER = prepare_categorical(GEOMS_B, RNG.choice([11, 21, 30, 60, 81], len(GEOMS_B)))
OLD_PLAN = prepare_categorical(GEOMS_A, RNG.choice([1110, 1300, 5100], len(GEOMS_A)))
NEW_PLAN = prepare_categorical(GEOMS_B, RNG.choice([1110, 1300, 5100, 3040], len(GEOMS_B)))
ZONES = np.array([box(x, y, x + 70, y + 70) for x in range(0, 300, 70) for y in range(0, 300, 70)])
SHORE = np.array([shapely.LineString([(0, 150), (300, 160)])])
BUILDINGS = shapely.points(RNG.uniform(0, 300, (200, 2)))
CELLS = np.array([box(x, y, x + 50, y + 50) for x in range(0, 300, 50) for y in range(0, 300, 50)])

CALLS = [
    ("prepare_categorical", lambda p: prepare_categorical(GEOMS_A, np.ones(1800), progress=p)),
    (
        "landuse_account",
        lambda p: landuse_account(AR5, ZONES, population=(CELLS, np.ones(36)), progress=p),
    ),
    ("change_matrix", lambda p: change_matrix(AR5, OTHER, ZONES, progress=p)),
    (
        "plan_reserve",
        lambda p: plan_reserve(
            NEW_PLAN, DEV, landcover=AR5, built=[BUILDINGS], shore=SHORE, progress=p
        ),
    ),
    (
        "plan_change",
        lambda p: plan_change(OLD_PLAN, NEW_PLAN, DEV, landcover=AR5, shore=SHORE, progress=p),
    ),
    (
        "land_consumption",
        lambda p: land_consumption(
            ZONES,
            GEOMS_A[:900],
            GEOMS_B[:1200],
            (CELLS, np.full(36, 10.0)),
            (CELLS, np.full(36, 12.0)),
            2015,
            2022,
            progress=p,
        ),
    ),
]
IDS = [name for name, _ in CALLS]


@pytest.mark.parametrize("name, call", CALLS, ids=IDS)
def test_cancel_raises_cancelled_not_input_error(name, call):
    for calls in (1, 4, 12):
        with pytest.raises(Cancelled):
            try:
                call(cancel_after(calls))
            except InputError:  # the old protocol: InputError("Cancelled.")
                pytest.fail("a cancel must not end as an InputError")


@pytest.mark.parametrize("name, call", CALLS, ids=IDS)
def test_progress_rises_to_one_and_changes_no_figure(name, call):
    seen = []
    with_progress = call(seen.append)
    assert seen and all(0.0 <= f <= 1.0 for f in seen)
    assert all(b >= a - 1e-12 for a, b in zip(seen, seen[1:])), seen
    assert seen[-1] == pytest.approx(1.0)
    without = call(None)
    for a, b in zip(_frames(with_progress), _frames(without)):
        pd.testing.assert_frame_equal(
            a.drop(columns="geometry", errors="ignore"), b.drop(columns="geometry", errors="ignore")
        )


def _frames(result) -> list[pd.DataFrame]:
    if isinstance(result, pd.DataFrame):
        return [result]
    if hasattr(result, "geometry"):  # a CategoricalLayer
        return [pd.DataFrame({"code": result.code, "area": shapely.area(result.geometry)})]
    return [v for v in vars(result).values() if isinstance(v, pd.DataFrame)]
