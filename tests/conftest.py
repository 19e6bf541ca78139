"""Fixtures shared by the unit tests (no QGIS) and the QGIS tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# The same examples on every run: CI and a developer see the same result.
settings.register_profile("smaaby", derandomize=True, print_blob=True)
settings.load_profile("smaaby")

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = (ROOT / ".." / "shared" / "data").resolve()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real Norwegian data beside the project; tests using it skip where it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real data folder {SHARED_DATA} (../shared/data) is absent on this machine")
    return SHARED_DATA


@pytest.fixture(scope="session")
def eksempelby(tmp_path_factory) -> Path:
    """The synthetic sample town as a GeoPackage, generated once per test session."""
    from smaaby_plugin.sample import eksempelby

    path = tmp_path_factory.mktemp("eksempelby") / "eksempelby.gpkg"
    eksempelby.write_gpkg(str(path))
    return path
