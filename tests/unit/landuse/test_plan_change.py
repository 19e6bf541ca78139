"""Plan change (endring i arealformål, omdisponering) core on a hand-made fixture."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from shapely import LineString, box

from smaaby_plugin import paths
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import prepare_categorical
from smaaby_plugin.core.landuse.codes import load_codes
from smaaby_plugin.core.landuse.plan_change import plan_change
from smaaby_plugin.core.landuse.plans import load_development_table

DEV = load_development_table(paths.resource("codes", "sosi_development.csv"))
SOSI = load_codes(paths.resource("codes", "sosi_arealformal.csv"), "sosi")
HF = load_codes(paths.resource("codes", "sosi_hovedformal.csv"), "hovedformal")
AR5 = load_codes(paths.resource("codes", "ar5_arealtype.csv"), "ar5")

# Old plan: LNFR 0..100, bolig 100..200, næring 200..300 (all y 0..100).
OLD = ([box(0, 0, 100, 100), box(100, 0, 200, 100), box(200, 0, 300, 100)], [5100, 1110, 1300])
# New plan: bolig on 0..60 (new development on LNFR), LNFR 60..100, bolig unchanged,
# friområde 200..250 (næring returned to green), bolig 250..300 (næring -> bolig),
# bolig 300..320 outside the old plan (new development).
NEW = (
    [
        box(0, 0, 60, 100),
        box(60, 0, 100, 100),
        box(100, 0, 200, 100),
        box(200, 0, 250, 100),
        box(250, 0, 300, 100),
        box(300, 0, 320, 100),
    ],
    [1110, 5100, 1110, 3040, 1110, 1110],
)
# AR5: 21 on 0..30, 30 on 30..60, 50 on 60..200, 11 (built!) on 200..250, 60 on 250..300;
# nothing on 300..320.
LC = (
    [
        box(0, 0, 30, 100),
        box(30, 0, 60, 100),
        box(60, 0, 200, 100),
        box(200, 0, 250, 100),
        box(250, 0, 300, 100),
    ],
    [21, 30, 50, 11, 60],
)
SHORE = np.array([LineString([(0, -50), (0, 150)])])  # with 10 m: x 0..10 in the plans


def _layers(old=OLD, new=NEW, lc=LC):
    return (
        prepare_categorical(*old, name="OLD_PLAN"),
        prepare_categorical(*new, name="NEW_PLAN"),
        prepare_categorical(*lc, name="LANDCOVER"),
    )


def _run(grouping="sosi", **kwargs):
    old, new, lc = _layers()
    return plan_change(
        old,
        new,
        DEV,
        grouping=grouping,
        landcover=lc,
        shore=SHORE,
        shore_width=10.0,
        unit="m2",
        sosi=SOSI,
        hovedformal=HF,
        ar5=AR5,
        **kwargs,
    )


def _matrix_row(result, key):
    m = result.matrix
    return m[m.key == key].iloc[0]


def test_matrix_by_sosi_code():
    r = _run()
    lnfr, bolig, naering, fri, outside = (_matrix_row(r, k) for k in (5100, 1110, 1300, 3040, -1))
    assert lnfr.to_1110 == pytest.approx(6000) and lnfr.to_5100 == pytest.approx(4000)
    assert bolig.to_1110 == pytest.approx(10000)
    assert naering.to_3040 == pytest.approx(5000) and naering.to_1110 == pytest.approx(5000)
    assert outside.to_1110 == pytest.approx(2000)
    assert (lnfr.old_total, lnfr.new_total, lnfr.net_change) == pytest.approx((10000, 4000, -6000))
    assert (bolig.old_total, bolig.new_total, bolig.net_change) == pytest.approx(
        (10000, 6000 + 10000 + 5000 + 2000, 13000)
    )
    assert (naering.old_total, naering.new_total) == pytest.approx((10000, 0))
    assert (fri.old_total, fri.new_total, fri.net_change) == pytest.approx((0, 5000, 5000))
    assert (outside.old_total, outside.net_change) == pytest.approx((2000, -2000))
    assert fri.label_nb == "Friområde" and outside.label_en == "outside the plan"
    total = r.matrix[r.matrix.label_nb == "Sum"].iloc[0]
    assert total.old_total == pytest.approx(32000) and total.net_change == pytest.approx(0)
    # long form agrees with the wide matrix
    long = r.long.set_index(["old_key", "new_key"]).area
    assert long[(1300.0, 3040.0)] == pytest.approx(5000)
    assert long.sum() == pytest.approx(32000)


def test_returned_land_counted_before_built_land_removed():
    r = _run()
    # the friområde area is all AR5 11 (built), and still counts as a change
    returned = r.conversion[r.conversion.direction == "development returned"]
    row = returned[returned.key == 3040].iloc[0]
    assert row.total == pytest.approx(5000) and row.ar5_11 == pytest.approx(5000)
    assert r.summary["development_returned"] == pytest.approx(5000)


def test_conversion_of_land():
    r = _run()
    new_dev = r.conversion[r.conversion.direction == "new development"]
    row = new_dev[new_dev.key == 1110].iloc[0]
    assert row.total == pytest.approx(8000)
    assert row.ar5_21 == pytest.approx(3000) and row.ar5_30 == pytest.approx(3000)
    assert row.ar5_none == pytest.approx(2000)  # outside the land cover
    assert row.cultivated_21_22 == pytest.approx(3000)
    assert row.agricultural_21_22_23 == pytest.approx(3000)
    assert row.ar5_60 == 0.0  # næring -> bolig is not new development
    assert row.shore_zone == pytest.approx(1000)  # x 0..10
    assert r.summary["new_development"] == pytest.approx(8000)
    assert r.summary["new_development_shore"] == pytest.approx(1000)


def test_changed_pieces_and_types():
    r = _run()
    ch = r.changes
    kinds = ch.groupby("change_type").area_m2.sum()
    assert kinds["new development"] == pytest.approx(8000)
    assert kinds["development returned"] == pytest.approx(5000)
    assert kinds["within development"] == pytest.approx(5000)  # næring -> bolig
    assert "within non-development" not in kinds
    assert r.summary["changed"] == pytest.approx(18000)
    outside = ch[ch.old_plan == -1].iloc[0]
    assert outside.new_code == 1110 and np.isnan(outside.old_code)


def test_grouping_hovedformal_and_development():
    hf = _run("hovedformal")
    one = _matrix_row(hf, 1)
    assert one.to_1 == pytest.approx(15000)  # 1110 -> 1110 and 1300 -> 1110
    assert one.to_3 == pytest.approx(5000)
    assert _matrix_row(hf, 5).to_1 == pytest.approx(6000)
    assert one.label_nb == "Bebyggelse og anlegg"
    # næring -> bolig is no change at hovedformål level
    assert hf.summary["changed"] == pytest.approx(13000)
    dev = _run("development")
    assert _matrix_row(dev, 0).to_1 == pytest.approx(6000)
    assert _matrix_row(dev, 1).to_0 == pytest.approx(5000)
    assert _matrix_row(dev, 1).to_1 == pytest.approx(15000)
    assert _matrix_row(dev, -1).to_1 == pytest.approx(2000)
    # the conversion table is the same whatever the grouping
    assert dev.summary["new_development"] == pytest.approx(8000)


def test_order_independent():
    rng = np.random.default_rng(7)
    po, pn = rng.permutation(3), rng.permutation(6)
    old = ([OLD[0][i] for i in po], [OLD[1][i] for i in po])
    new = ([NEW[0][i] for i in pn], [NEW[1][i] for i in pn])
    a = _run()
    o, n, lc = _layers(old, new)
    b = plan_change(
        o,
        n,
        DEV,
        landcover=lc,
        shore=SHORE,
        shore_width=10.0,
        unit="m2",
        sosi=SOSI,
        hovedformal=HF,
        ar5=AR5,
    )
    pd.testing.assert_frame_equal(a.matrix, b.matrix, rtol=1e-12)
    pd.testing.assert_frame_equal(a.conversion, b.conversion, rtol=1e-12)


def test_bad_grouping_and_overlaps():
    with pytest.raises(InputError, match="grouping"):
        _run("purpose")
    with pytest.raises(InputError, match="overlap"):
        prepare_categorical([box(0, 0, 2, 2), box(1, 0, 3, 2)], [1110, 5100], name="NEW_PLAN")


def test_area_function_is_used():
    import shapely

    r = _run(area_function=lambda g: 2.0 * shapely.area(g))
    assert _matrix_row(r, 5100).to_1110 == pytest.approx(12000)
    assert r.summary["new_development"] == pytest.approx(16000)
