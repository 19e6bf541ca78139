"""Comparing output tables row for row (shared by the batch-equals-processing tests)."""

from __future__ import annotations

import numpy as np
import pandas as pd


def same_rows(mine: pd.DataFrame, theirs: pd.DataFrame, key: list[str]) -> None:
    """Same columns, same rows by ``key``, floats to 1e-9 relative, the rest equal."""
    assert list(mine.columns) == list(theirs.columns)
    mine = mine.sort_values(key).reset_index(drop=True)
    theirs = theirs.sort_values(key).reset_index(drop=True)
    assert len(mine) == len(theirs) > 0
    for column in mine.columns:
        a, b = mine[column], theirs[column]
        assert (a.isna().to_numpy() == b.isna().to_numpy()).all(), column
        a, b = a[a.notna()], b[b.notna()]
        if a.dtype.kind == "f" or b.dtype.kind == "f":
            np.testing.assert_allclose(a.to_numpy(float), b.to_numpy(float), rtol=1e-9)
        else:
            assert a.astype(str).tolist() == b.astype(str).tolist(), column
