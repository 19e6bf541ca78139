"""core.ssbgrid: SSB grid ids from the real 250 m population grid, id variants, bad ids."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.ssbgrid import (
    cell_size_from_name,
    decode_ids,
    detect_cell_size,
    id_digits,
    invalid_summary,
)

GRID = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "data"
    / "norge"
    / ("popgrid250m_towns_25833.gpkg")
)
LAYERS = ["pop250m_hamar_3403", "pop250m_elverum_3420", "pop250m_aas_3218"]


def read_grid(layer: str):
    if not GRID.exists():
        pytest.skip(f"real data not found: {GRID} (../shared/data is absent in this clone)")
    import fiona  # installed by make setup (python3-fiona)

    with fiona.open(GRID, layer=layer) as src:
        rows = [(dict(f["properties"]), shapely.geometry.shape(f["geometry"])) for f in src]
    props = [r[0] for r in rows]
    return (
        np.array([p["ssbid_250m"] for p in props], dtype=object),
        np.array([p["x_ll"] for p in props], dtype=float),
        np.array([p["y_ll"] for p in props], dtype=float),
        np.array([r[1] for r in rows], dtype=object),
    )


@pytest.mark.parametrize("layer", LAYERS)
def test_real_ids_decode_to_the_cells_own_corners_and_polygons(layer):
    ids, x_ll, y_ll, polygons = read_grid(layer)
    decoded = decode_ids(ids, field_name="ssbid_250m")
    assert decoded.valid.all()
    assert decoded.cell_size == 250
    np.testing.assert_array_equal(decoded.x_ll, x_ll)
    np.testing.assert_array_equal(decoded.y_ll, y_ll)
    cells = decoded.cells()
    assert shapely.area(shapely.symmetric_difference(cells, polygons)).max() == 0.0
    assert shapely.area(cells) == pytest.approx(np.full(len(cells), 62500.0))


def test_real_ids_as_integers_floats_and_spreadsheet_text_decode_the_same():
    ids, x_ll, y_ll, _ = read_grid("pop250m_hamar_3403")
    for variant in (
        [int(i) for i in ids],
        [float(i) for i in ids],
        [f" {i}.0 " for i in ids],
        [f"{float(i):.12E}" for i in ids],
    ):
        decoded = decode_ids(variant)
        assert decoded.valid.all()
        assert decoded.cell_size == 250 and decoded.size_source == "ids"
        np.testing.assert_array_equal(decoded.x_ll, x_ll)
        np.testing.assert_array_equal(decoded.y_ll, y_ll)


def test_one_km_ids_from_the_real_grid_are_detected():
    ids, x_ll, y_ll, _ = read_grid("pop250m_elverum_3420")
    x1 = np.unique(np.floor(x_ll / 1000) * 1000)
    y1 = np.floor(y_ll / 1000) * 1000
    km = np.unique(np.column_stack([np.floor(x_ll / 1000) * 1000, y1]), axis=0)
    assert len(x1) > 5
    km_ids = [f"{int(x) + 2_000_000:07d}{int(y):07d}" for x, y in km]
    decoded = decode_ids(km_ids)
    assert decoded.valid.all() and decoded.cell_size == 1000
    np.testing.assert_array_equal(decoded.x_ll, km[:, 0])
    assert shapely.area(decoded.cells()).max() == 1e6


def test_published_1km_ids_decode_to_their_corners():
    # First rows of SSB's 2015 1 km population file (GeoForum/veiledning08,
    # nor2015pop_1kmruter.csv): 19250006616000 is x -75000, y 6616000.
    ids = [
        "19250006616000",
        "19250006617000",
        "19250006618000",
        "19260006617000",
        "19380006630000",
        "19380006806000",
        "19390006630000",
        "19390006631000",
        "19390006808000",
        "19400006598000",
        "19400006599000",
        "19400006600000",
    ]
    decoded = decode_ids(ids, field_name="ssbid_1000m")
    assert decoded.cell_size == 1000 and decoded.valid.all()
    assert decoded.x_ll[0] == -75000 and decoded.y_ll[0] == 6616000
    assert decoded.x_ll[4] == -62000 and decoded.y_ll[5] == 6806000


def test_bad_ids_are_reported_with_reasons_and_never_dropped():
    good = "22832506748250"
    values = [
        good,
        "abc",
        "",
        None,
        "123",
        "22832506748251",
        "10000000000000",
        "2.2E+13",
        22835006747750,
        float("nan"),
        "2283250674825x",
        True,
        -5,
    ]
    decoded = decode_ids(values, field_name="ssbid_250m")
    assert len(decoded.valid) == len(values)
    assert decoded.valid.tolist() == [True] + [False] * 5 + [False, False, True] + [False] * 4
    assert decoded.reason.tolist() == [
        None,
        "not a number",
        "empty id",
        "empty id",
        "not 14 digits",
        "not on the 250 m grid",
        "outside Norway's grid extent",
        "outside Norway's grid extent",
        None,
        "empty id",
        "not a number",
        "not a number",
        "not a number",
    ]
    assert np.isnan(decoded.x_ll[~decoded.valid]).all()
    assert decoded.cells()[1] is None
    counts = invalid_summary(decoded)
    assert counts["not a number"] == 4 and counts.sum() == 11


def test_given_cell_size_reports_ids_off_that_grid():
    decoded = decode_ids(["22832506748250", "22830006748000"], cell_size=1000)
    assert decoded.size_source == "given"
    assert decoded.valid.tolist() == [False, True]
    assert decoded.reason[0] == "not on the 1000 m grid"
    assert shapely.bounds(decoded.cells()[1]).tolist() == [283000, 6748000, 284000, 6749000]


def test_field_name_decides_for_few_ids_and_ids_decide_for_many():
    one = ["23000006700000"]  # x 300000, y 6700000: on every grid up to 100 km
    assert decode_ids(one).cell_size == 100_000
    assert "only 1 id" in decode_ids(one).note
    named = decode_ids(one, field_name="ssbid_250m")
    assert named.cell_size == 250 and named.size_source == "field name"
    many = [f"{2_300_000 + 1000 * i:07d}6700000" for i in range(20)]
    decoded = decode_ids(many, field_name="ssbid_250m")
    assert decoded.cell_size == 1000 and "250 m" in decoded.note


def test_size_helpers():
    assert cell_size_from_name("ru250m") == 250
    assert cell_size_from_name("rute_100m") == 100
    assert cell_size_from_name("SSBID1000M") == 1000
    assert cell_size_from_name("pop_5km") == 5000
    assert cell_size_from_name("ssbid") is None
    assert detect_cell_size(np.array([100, 300]), np.array([6700200, 6700900])) == 100
    assert detect_cell_size(np.array([101]), np.array([6700000])) is None
    digits, reason = id_digits([22832506748250, "'22832506748250'"])
    assert digits.tolist() == ["22832506748250"] * 2 and reason.tolist() == [None, None]


def test_unusable_input_is_an_input_error():
    with pytest.raises(InputError, match="None of the 2 ids"):
        decode_ids(["x", None])
    with pytest.raises(InputError, match="set CELL_SIZE"):
        decode_ids(["22832516748251", "22832536748253"])
    for bad in (-250, 0.001, 250.5, float("nan")):
        with pytest.raises(InputError, match="CELL_SIZE must be a whole number of metres"):
            decode_ids(["22832506748250"], cell_size=bad)
    # a given size that no id fits: the grid the ids are on is named
    with pytest.raises(InputError, match="3 of the 3 .* 1000 m grid.*they lie on the 250 m grid"):
        decode_ids(["22832506748250", "22835006747750", "22837506747500"], cell_size=1000)
