"""core.change_matrix on strips whose areas are computed by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from shapely import box

from smaaby_plugin.core.landuse.categorical import prepare_categorical
from smaaby_plugin.core.landuse.change_matrix import change_matrix


def _strips():
    # 10 m high strips: before 21 on x 0-100, 30 on 100-150, no code on 150-160;
    # after 21 on 0-60, 11 on 60-120, 30 on 200-210.
    before = prepare_categorical(
        [box(0, 0, 100, 10), box(100, 0, 150, 10), box(150, 0, 160, 10)], [21, 30, None]
    )
    after = prepare_categorical(
        [box(0, 0, 60, 10), box(60, 0, 120, 10), box(200, 0, 210, 10)], [21, 11, 30]
    )
    return before, after


def _cells(long):
    return {
        (
            r.zone_id,
            r.from_status,
            None if pd.isna(r.from_code) else int(r.from_code),
            r.to_status,
            None if pd.isna(r.to_code) else int(r.to_code),
        ): r.area
        for r in long.itertuples()
    }


def test_change_matrix_without_zones():
    before, after = _strips()
    res = change_matrix(before, after, unit="m2")
    cells = _cells(res.long)
    assert cells == pytest.approx(
        {
            ("all", "class", 21, "class", 21): 600.0,
            ("all", "class", 21, "class", 11): 400.0,
            ("all", "class", 30, "class", 11): 200.0,
            ("all", "class", 30, "not covered", None): 300.0,
            ("all", "no class", None, "not covered", None): 100.0,
            ("all", "not covered", None, "class", 30): 100.0,
        }
    )
    assert res.long["area"].sum() == pytest.approx(1700.0)
    changed = res.pieces[res.pieces["changed"]]
    assert changed["area_m2"].sum() == pytest.approx(1100.0)


def test_change_matrix_zones_and_wide_net_change():
    before, after = _strips()
    res = change_matrix(
        before, after, [box(0, 0, 80, 10), box(80, 0, 300, 10)], ["w", "e"], unit="daa"
    )
    cells = _cells(res.long)
    assert cells[("w", "class", 21, "class", 11)] == pytest.approx(0.2)
    assert cells[("e", "class", 21, "class", 11)] == pytest.approx(0.2)
    assert cells[("e", "class", 30, "class", 11)] == pytest.approx(0.2)
    wide = res.wide.set_index(["zone_id", "row"])
    # net change in zone e: 11 gained 400 m², 21 lost 200, 30 lost 500 and gained 100
    assert wide.loc[("e", "net_change"), "c_11"] == pytest.approx(0.4)
    assert wide.loc[("e", "net_change"), "c_21"] == pytest.approx(-0.2)
    assert wide.loc[("e", "net_change"), "c_30"] == pytest.approx(-0.4)
    assert wide.loc[("e", "c_30"), "total_before"] == pytest.approx(0.5)
    assert wide.loc[("w", "total_after"), "total_before"] == pytest.approx(0.8)
    # net changes sum to zero over all classes (including "not covered")
    net = wide.xs("net_change", level="row").drop(columns="total_before")
    assert np.allclose(net.sum(axis=1), 0.0)


def test_change_matrix_identical_layers_has_no_change():
    before, _ = _strips()
    res = change_matrix(before, before, unit="m2")
    assert not res.long["changed"].any()
    assert res.long["area"].sum() == pytest.approx(1600.0)
