"""core.landuse.categorical: the integer fast path of the class keys and codes gives what
the general class_keys / isinstance path gives."""

from __future__ import annotations

from numbers import Integral

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from smaaby_plugin.core.landuse.categorical import _keys, key_codes, prepare_categorical
from smaaby_plugin.core.values import class_keys

_DTYPES = st.sampled_from([np.int64, np.int32, np.int16, np.uint8, np.uint32])


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 250), max_size=40), _DTYPES)
def test_int_arrays_keyed_as_class_keys(values, dtype):
    array = np.array(values, dtype=dtype)
    fast = _keys(array)
    slow = class_keys(list(array)).to_numpy(dtype=object)
    assert fast.dtype == object and fast.tolist() == slow.tolist()
    assert [type(k) for k in fast] == [type(k) for k in slow] == [int] * len(values)
    general = np.array([float(k) if isinstance(k, Integral) else np.nan for k in slow])
    np.testing.assert_array_equal(key_codes(fast), general)


def test_mixed_keys_keep_the_general_path():
    keys = np.array([21, "skog", None, 2**60 + 1], dtype=object)
    np.testing.assert_array_equal(key_codes(keys), [21.0, np.nan, np.nan, float(2**60 + 1)])
    assert _keys(["21", " 21.0 ", None]).tolist() == [21, 21, None]


def test_prepare_categorical_same_for_array_and_list():
    geoms = shapely.box(np.arange(5), 0, np.arange(5) + 1, 1)
    codes = np.array([21, 30, 21, 99, 30])
    a, b = prepare_categorical(geoms, codes), prepare_categorical(geoms, codes.tolist())
    assert a.key.tolist() == b.key.tolist()
    np.testing.assert_array_equal(a.code, b.code)
