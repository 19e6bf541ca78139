"""Fixtures of the catchment unit tests."""

from __future__ import annotations

import pandas as pd
import pytest


@pytest.fixture
def read_pendling(shared_data):
    """``read_pendling(2022)``: SSB table 03321 (../shared/data/pendling) as home, work,
    count with the kommune numbers as text."""

    def read(year: int) -> pd.DataFrame:
        frame = pd.read_csv(shared_data / "pendling" / f"pendling_{year}_nonzero.csv", dtype=str)
        frame = frame.rename(
            columns={"bosted_knr": "home", "arbeidssted_knr": "work", "sysselsatte": "count"}
        )
        frame["count"] = frame["count"].astype(float)
        return frame

    return read
