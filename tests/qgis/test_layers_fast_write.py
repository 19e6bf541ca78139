"""layers._python_values: the per-dtype conversion gives exactly the values (and Python
types) of the one general conversion it replaced, and write_sink's table path writes
the same features."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import QgsVectorLayer

from smaaby_plugin import layers


def _general(frame: pd.DataFrame) -> list[list]:
    """The conversion before the fast paths (every column through object)."""
    columns = []
    for column in frame.columns:
        series = frame[column]
        if pd.api.types.is_bool_dtype(series.dtype):
            series = series.astype("Int64")
        values = series.astype(object).where(series.notna(), None).tolist()
        columns.append([v.item() if isinstance(v, np.generic) else v for v in values])
    return [list(row) for row in zip(*columns)] if columns else [[] for _ in range(len(frame))]


def _typed(rows):
    return [[(type(v), v) for v in row] for row in rows]


_FLOAT = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.just(-0.0))


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(0, 30),
    data=st.data(),
)
def test_values_same_as_general_conversion(n, data):
    ints = data.draw(st.lists(st.integers(-(2**62), 2**62), min_size=n, max_size=n))
    floats = data.draw(st.lists(_FLOAT, min_size=n, max_size=n))
    texts = data.draw(st.lists(st.one_of(st.none(), st.text(max_size=5)), min_size=n, max_size=n))
    flags = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    frame = pd.DataFrame(
        {
            "i": np.array(ints, dtype=np.int64),
            "i32": np.array([v % 1000 for v in ints], dtype=np.int32),
            "f": np.array(floats, dtype=np.float64),
            "f32": np.array(floats, dtype=np.float32),
            "t": pd.Series(texts, dtype=object),
            "b": np.array(flags, dtype=bool),
            "nullable": pd.array([v if k else None for v, k in zip(ints, flags)], dtype="Int64"),
        }
    )
    fast, slow = layers._python_values(frame), _general(frame)
    assert len(fast) == len(slow)
    for a, b in zip(_typed(fast), _typed(slow)):
        # NaN != NaN: compare types, then values with NaN as None on both sides
        assert [t for t, _ in a] == [t for t, _ in b]
        assert [v for _, v in a] == [v for _, v in b]


def test_table_written_as_rows():
    frame = pd.DataFrame({"zone": ["a", "b", None], "n": [1, 2, 3], "area": [1.5, np.nan, 3.0]})
    layer = QgsVectorLayer("None", "t", "memory")
    provider = layer.dataProvider()
    provider.addAttributes(layers.fields_from_frame(frame).toList())
    layer.updateFields()
    assert layers._add_features(provider, layer.fields(), frame, None, False, None)
    got = [
        [None if v is None or v == layers.QVariant() else v for v in f.attributes()]
        for f in layer.getFeatures()
    ]
    assert [[layers._to_python(v) for v in row] for row in got] == [
        ["a", 1, 1.5],
        ["b", 2, None],
        [None, 3, 3.0],
    ]
