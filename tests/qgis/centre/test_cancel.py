"""Cancelling centre and compactness algorithms: from another thread, as the dock's Cancel
does; the run returns within a second at any stage, reports the cancel and leaves no
output file behind."""

from __future__ import annotations

from pathlib import Path

import fiona
import numpy as np
import pytest
import shapely
from qgis.core import QgsVectorLayer

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
HAMAR = DATA / "hamar" / "hamar_0403_fkbvegnett_2017.gpkg"
GRID = DATA / "norge" / "popgrid250m_towns_25833.gpkg"
CANCELLED = "Cancelled by the user"


def _write(path: Path, geoms, props: dict, geometry_type: str) -> str:
    schema = {
        "geometry": geometry_type,
        "properties": {
            k: "int" if np.issubdtype(np.asarray(v).dtype, np.integer) else "str"
            for k, v in props.items()
        },
    }
    with fiona.open(path, "w", driver="GPKG", crs="EPSG:25833", schema=schema) as dst:
        dst.writerecords(
            {
                "geometry": shapely.geometry.mapping(g),
                "properties": {
                    k: v[i].item() if hasattr(v[i], "item") else v[i] for k, v in props.items()
                },
            }
            for i, g in enumerate(geoms)
        )
    return str(path)


def _cancel_in_time(cancel_run, alg_id: str, params, delay: float, outputs: list[Path]):
    """Cancel after ``delay``; a run that ended first (a quicker machine) is tried again
    with an earlier cancel, its outputs removed."""
    for _ in range(3):
        run = cancel_run(alg_id, params, delay)
        if run.cancelled_in_time:
            return run
        for p in outputs:
            p.unlink(missing_ok=True)
        delay *= 0.5
    return run


def _assert_cancelled(run, outputs: list[Path]):
    assert run.cancelled_in_time, "the run ended before the cancel: give it more work"
    print(f"returned {run.after_cancel:.3f} s after the cancel")  # shown with pytest -s
    assert run.after_cancel < 1.0, f"returned {run.after_cancel:.2f} s after the cancel"
    assert not any(k.startswith("OUTPUT") for k in run.results), run.results
    assert any(CANCELLED in line for line in run.log), run.log[-5:]
    left = [p for p in outputs if p.exists()]
    assert not left, f"left behind: {left}"


@pytest.fixture(scope="module")
def ten_thousand_polygons(tmp_path_factory) -> str:
    """10,000 irregular star-shaped polygons (40 vertices each) in a GeoPackage."""
    rng = np.random.default_rng(7)
    n, k = 10_000, 40
    t = np.linspace(0, 2 * np.pi, k, endpoint=False)
    r = 50 + 30 * rng.random((n, k))
    cx, cy = (np.arange(n) % 100) * 200.0, (np.arange(n) // 100) * 200.0
    x, y = cx[:, None] + r * np.cos(t), cy[:, None] + r * np.sin(t)
    rings = np.concatenate([np.dstack([x, y]), np.dstack([x[:, :1], y[:, :1]])], axis=1)
    polys = shapely.polygons(rings)
    path = tmp_path_factory.mktemp("stars") / "stars.gpkg"
    return _write(path, polys, {"sid": np.arange(n)}, "Polygon")


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.3, 2.0, 5.0])
def test_all_compactness_indices_on_10000_polygons_cancel_within_a_second(
    cancel_run, ten_thousand_polygons, tmp_path, delay
):
    out = tmp_path / "compactness.gpkg"
    run = _cancel_in_time(
        cancel_run,
        "smaaby:shapecompactness",
        {"INPUT": ten_thousand_polygons, "OUTPUT": str(out)},
        delay,
        [out],
    )
    _assert_cancelled(run, [out])


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.3, 1.5, 3.5])
def test_centre_indicators_on_hamar_roads_cancel_within_a_second(cancel_run, tmp_path, delay):
    if not HAMAR.exists() or not GRID.exists():
        pytest.skip("../shared/data/hamar or ../shared/data/norge is absent")
    roads = QgsVectorLayer(f"{HAMAR}|layername=veglenke", "veglenke", "ogr")
    lines = shapely.from_wkb([bytes(f.geometry().asWkb()) for f in roads.getFeatures()])
    mids = shapely.line_interpolate_point(lines, 0.5, normalized=True)
    pick = mids[np.random.default_rng(3).choice(len(mids), 600, replace=False)]
    towns = _write(
        tmp_path / "towns.gpkg",
        shapely.buffer(pick, 4000.0),
        {"name": np.array([f"t{i}" for i in range(len(pick))], dtype=object)},
        "Polygon",
    )
    centres = _write(tmp_path / "centres.gpkg", pick, {"cid": np.arange(len(pick))}, "Point")
    out_table, out_rings = tmp_path / "table.gpkg", tmp_path / "rings.gpkg"
    run = _cancel_in_time(
        cancel_run,
        "smaaby:centreindicators",
        {
            "TOWNS": towns,
            "NAME_FIELD": "name",
            "CENTRES": centres,
            "POPULATION": f"{GRID}|layername=pop250m_hamar_3403",
            "POPULATION_FIELD": "pop2019",
            "NETWORK": f"{HAMAR}|layername=veglenke",
            "DISTANCES": "500,1000,2000",
            "OUTPUT_TABLE": str(out_table),
            "OUTPUT_RINGS": str(out_rings),
        },
        delay,
        [out_table, out_rings],
    )
    _assert_cancelled(run, [out_table, out_rings])


@pytest.mark.parametrize(
    "alg_id, params",
    [
        ("smaaby:settlements", {"BUILDINGS": "points", "OUTPUT": "out"}),
        ("smaaby:shapecompactness", {"INPUT": "polygons", "OUTPUT": "out"}),
    ],
)
def test_a_run_cancelled_before_it_starts_writes_nothing(
    cancel_run, ten_thousand_polygons, tmp_path, alg_id, params
):
    rng = np.random.default_rng(1)
    points = _write(
        tmp_path / "points.gpkg",
        shapely.points(rng.random((500, 2)) * 2000 + 300000),
        {"pid": np.arange(500)},
        "Point",
    )
    values = {"points": points, "polygons": ten_thousand_polygons}
    out = tmp_path / "out.gpkg"
    params = {k: (str(out) if v == "out" else values[v]) for k, v in params.items()}
    run = cancel_run(alg_id, params, 0.0)
    assert not run.results.get("OUTPUT")
    assert any(CANCELLED in line for line in run.log), run.log[-5:]
    assert not out.exists()
