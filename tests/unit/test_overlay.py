"""core.polygons, core.overlaps, core.overlay, core.categorical and core.ellipsoidal on
fixtures with hand-computed areas."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely import MultiPolygon, Polygon, box

from smaaby_plugin.core.ellipsoidal import (
    TransverseMercator,
    ellipsoidal_area,
    point_scale,
    tm_from_proj,
)
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.landuse.categorical import prepare_categorical
from smaaby_plugin.core.overlaps import find_overlaps, overlap_rank, resolve_overlaps
from smaaby_plugin.core.overlay import intersect, uncovered, union_overlay
from smaaby_plugin.core.polygons import (
    clean_polygons,
    group_sum,
    grouped_union,
    polygonal_parts,
    to_unit,
)

# An L-shape: 50 x 20 foot plus a 20 x 80 leg = 1000 + 1600 = 2600 m².
L_SHAPE = Polygon([(50, 0), (100, 0), (100, 100), (80, 100), (80, 20), (50, 20)])
# 30 x 80 with a 10 x 20 hole = 2400 - 200 = 2200 m².
WITH_HOLE = Polygon(box(50, 20, 80, 100).exterior.coords, [box(60, 40, 70, 60).exterior.coords])


def test_units():
    assert to_unit(1_000.0, "daa") == 1.0
    assert to_unit(10_000.0, "ha") == 1.0
    assert to_unit(2_000_000.0, "km2") == 2.0
    assert to_unit(5.0, "m2") == 5.0
    with pytest.raises(InputError, match="Unknown area unit"):
        to_unit(1.0, "acre")


def test_intersect_hand_areas():
    zone = box(0, 0, 100, 100)
    land = [box(0, 0, 50, 100), L_SHAPE, WITH_HOLE, box(200, 200, 210, 210)]
    pieces = intersect([zone], land)
    assert pieces["right"].tolist() == [0, 1, 2]
    assert pieces["area"].tolist() == pytest.approx([5000.0, 2600.0, 2200.0], abs=1e-9)
    gaps = uncovered([zone], pieces["left"], pieces["area"], pieces["geometry"])
    assert gaps["area"].tolist() == pytest.approx([200.0])  # the hole
    assert gaps["geometry"][0].equals(box(60, 40, 70, 60))


def test_zone_partly_outside_and_multipart():
    zone = box(0, 0, 150, 100)
    multi = MultiPolygon([box(0, 0, 10, 10), box(140, 90, 160, 110)])  # 100 inside + 100 (25% in)
    pieces = intersect([zone], [multi])
    assert pieces["area"].tolist() == pytest.approx([100.0 + 100.0])
    gaps = uncovered([zone], pieces["left"], pieces["area"], pieces["geometry"])
    assert gaps["area"].tolist() == pytest.approx([15000.0 - 200.0])


def test_touching_only_gives_no_piece():
    pieces = intersect([box(0, 0, 1, 1)], [box(1, 0, 2, 1), box(1, 1, 2, 2)])
    assert len(pieces) == 0


def test_sliver_is_counted():
    sliver = box(0, 0, 100, 1e-5)  # 0.001 m²
    pieces = intersect([box(0, 0, 100, 100)], [sliver])
    assert pieces["area"].tolist() == pytest.approx([1e-3], rel=1e-9)
    assert len(intersect([box(0, 0, 100, 100)], [sliver], min_area=0.01)) == 0


def test_containment_shortcut_matches_overlay():
    zone = box(0, 0, 100, 100)
    small = box(10, 10, 20, 20)
    a = intersect([zone], [small])
    b = intersect([small], [zone])
    assert a["geometry"][0].equals(small) and b["geometry"][0].equals(small)


def test_polygonal_parts_and_clean():
    gc = shapely.GeometryCollection(
        [box(0, 0, 1, 1), shapely.LineString([(0, 0), (5, 5)]), box(2, 2, 3, 3)]
    )
    out = polygonal_parts([gc, shapely.Point(0, 0), None])
    assert out[0].area == 2.0 and out[0].geom_type == "MultiPolygon"
    assert out[1].is_empty and out[2].is_empty
    bowtie = Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])  # two triangles of area 1
    res = clean_polygons([bowtie, box(0, 0, 1, 1), None])
    assert res.n_repaired == 1 and res.n_empty == 1
    assert res.geometry[0].area == pytest.approx(2.0)


def test_grouped_union_and_group_sum():
    u = grouped_union([box(0, 0, 2, 2), box(1, 1, 3, 3), box(10, 10, 11, 11)], [1, 1, 3], 4)
    assert [round(g.area, 9) for g in u] == [0.0, 7.0, 0.0, 1.0]
    # exact sums are independent of the order of the values
    values = np.array([1e16, 1.0, -1e16, 3.0, 0.1, 0.2])
    keys = np.zeros(len(values), dtype=int)
    rng = np.random.default_rng(1)
    sums = {group_sum(keys[p], values[p], 1)[0] for p in (rng.permutation(6) for _ in range(20))}
    assert sums == {math.fsum(values)}


def test_find_overlaps_pairs_and_areas():
    geoms = [box(0, 0, 10, 10), box(5, 0, 15, 10), box(10, 0, 20, 10), box(20, 0, 30, 10)]
    rep = find_overlaps(geoms)
    # 0/1 overlap 5x10, 1/2 overlap 5x10; 2/3 only touch
    assert rep.pairs[["i", "j"]].values.tolist() == [[0, 1], [1, 2]]
    assert rep.pairs["area"].tolist() == pytest.approx([50.0, 50.0])
    assert rep.overlap_area == pytest.approx(100.0)
    assert rep.excess_area == pytest.approx(100.0)
    # three layers on one spot: covered more than once 100, counted 2 extra times
    triple = find_overlaps([box(0, 0, 10, 10)] * 3)
    assert triple.overlap_area == pytest.approx(100.0)
    assert triple.excess_area == pytest.approx(200.0)


def test_resolve_overlaps_rules():
    a, b = box(0, 0, 20, 10), box(10, 0, 30, 10)  # overlap 100
    for rule, kw, expect in [
        ("smallest_code", {"codes": [30, 21]}, [100.0, 200.0]),
        ("largest_code", {"codes": [30, 21]}, [200.0, 100.0]),
        ("priority", {"priority": [1, 2]}, [200.0, 100.0]),
        ("smallest_area", {"areas": [200.0, 150.0]}, [100.0, 200.0]),
    ]:
        out = resolve_overlaps([a, b], overlap_rank(rule, **kw))
        assert [g.area for g in out] == pytest.approx(expect), rule
        assert shapely.union_all(out).area == pytest.approx(300.0)
        assert find_overlaps(out).n_pairs == 0


def test_resolve_is_order_independent():
    geoms = [box(0, 0, 20, 10), box(10, 0, 30, 10), box(5, 5, 25, 15)]
    codes = np.array([30.0, 21.0, 60.0])
    base = resolve_overlaps(geoms, overlap_rank("smallest_code", codes=codes))
    perm = np.array([2, 0, 1])
    other = resolve_overlaps(
        np.array(geoms, dtype=object)[perm], overlap_rank("smallest_code", codes=codes[perm])
    )
    for k, p in enumerate(perm):
        assert other[k].equals(base[p])


def test_union_overlay():
    u = union_overlay([box(0, 0, 20, 10)], [box(10, 0, 30, 10), box(40, 0, 50, 10)])
    rows = u[["a", "b", "area"]].values.tolist()
    assert rows == [[-1, 0, 100.0], [-1, 1, 100.0], [0, -1, 100.0], [0, 0, 100.0]]


def test_prepare_categorical_errors_and_codes():
    with pytest.raises(InputError, match=r"1 pair\(s\) of polygons overlap.*100.0 m²"):
        prepare_categorical(
            [box(0, 0, 20, 10), box(10, 0, 30, 10)], [1, 2], name="LANDUSE", ids=[7, 9]
        )
    with pytest.raises(InputError, match="no features"):
        prepare_categorical([], [], name="LANDUSE")
    lay = prepare_categorical(
        [box(0, 0, 1, 1), box(1, 0, 2, 1), box(2, 0, 3, 1)], [None, "skog", "21"]
    )
    assert lay.n_missing_code == 1 and lay.n_text == 1
    assert lay.key.tolist() == [None, "skog", 21]
    assert np.isnan(lay.code[:2]).all() and lay.code[2] == 21


def test_point_scale_matches_spherical_closed_form():
    # On a sphere (rf = inf) Transverse Mercator has k = k0 cosh(x / (k0 R)) exactly.
    tm = TransverseMercator(lon_0=15.0, k_0=0.9996, a=6371000.0, rf=math.inf)
    x = np.array([0.0, 50_000.0, 150_000.0, 300_000.0])
    expect = 0.9996 * np.cosh(x / (0.9996 * 6371000.0))
    got = point_scale(500_000.0 + x, np.full(4, 6_700_000.0), tm)
    assert got == pytest.approx(expect, rel=1e-9)


def test_ellipsoidal_area_on_central_meridian_and_proj_parsing():
    tm = tm_from_proj("+proj=utm +zone=33 +ellps=GRS80 +units=m +no_defs")
    assert (tm.lon_0, tm.k_0, tm.x_0) == (15.0, 0.9996, 500000.0)
    sq = box(499_500, 6_650_000, 500_500, 6_651_000)
    assert ellipsoidal_area([sq], tm)[0] == pytest.approx(1e6 / 0.9996**2, rel=1e-8)
    ntm = tm_from_proj(
        "+proj=tmerc +lat_0=58 +lon_0=10.5 +k=1 +x_0=100000 +y_0=1000000 +ellps=GRS80"
    )
    assert (ntm.lat_0, ntm.k_0, ntm.x_0, ntm.y_0) == (58.0, 1.0, 100000.0, 1000000.0)
    with pytest.raises(InputError, match="Transverse Mercator"):
        tm_from_proj("+proj=laea +lat_0=52 +lon_0=10")


def test_find_overlaps_duplicates_nested_and_unnoded_neighbours():
    dup = find_overlaps([box(0, 0, 1, 1), box(0, 0, 1, 1), box(1, 0, 2, 1)])
    assert dup.pairs[["i", "j"]].values.tolist() == [[0, 1]] and dup.overlap_area == 1.0
    nested = find_overlaps([box(0, 0, 10, 10), box(2, 2, 3, 3)])
    assert nested.n_pairs == 1 and nested.overlap_area == pytest.approx(1.0)
    # neighbours whose shared edge has vertices on one side only do not overlap
    assert find_overlaps([box(0, 0, 1, 1), box(1, 0, 2, 2)]).n_pairs == 0


def test_noise_overlaps_below_tolerance_are_reported_not_errors():
    # shared edge off by 1e-7 m along 100 m: 1e-5 m² of overlap
    geoms = [box(0, 0, 10, 100), box(10 - 1e-7, 0, 20, 100)]
    lay = prepare_categorical(geoms, [21, 30], name="LANDUSE")
    assert lay.overlaps.n_pairs == 0 and lay.overlaps.n_ignored == 1
    assert lay.overlaps.ignored_area == pytest.approx(1e-5, rel=1e-3)
    assert any("digitising noise" in m for m in lay.messages("LANDUSE"))
    with pytest.raises(InputError, match="overlap"):
        prepare_categorical(geoms, [21, 30], name="LANDUSE", min_overlap_area=0.0)


def test_find_overlaps_on_many_small_polygons():
    # 1,600 grid squares take the coverage-validator path; one extra square overlaps
    xs, ys = np.meshgrid(np.arange(40.0), np.arange(40.0))
    squares = list(shapely.box(xs.ravel(), ys.ravel(), xs.ravel() + 1, ys.ravel() + 1))
    assert find_overlaps(squares).n_pairs == 0
    rep = find_overlaps(squares + [box(10.5, 10.5, 11.5, 11.5)])
    assert rep.n_pairs == 4 and rep.overlap_area == pytest.approx(1.0)


def _with_extra_vertex(rect):
    """The same rectangle with a fifth vertex in the middle of its bottom edge: equal as a
    point set, but not recognised as a rectangle, so it takes the general overlay."""
    x0, y0, x1, y1 = rect.bounds
    return Polygon([(x0, y0), ((x0 + x1) / 2, y0), (x1, y0), (x1, y1), (x0, y1)])


def test_rectangle_detection():
    from smaaby_plugin.core.overlay import _rectangles

    geoms = [
        box(0, 0, 2, 1),
        shapely.reverse(box(5, 5, 6, 7)),  # clockwise
        Polygon([(0, 0), (1, 1), (2, 0), (1, -1)]),  # a square on its corner
        Polygon([(0, 0), (1, 0), (1, 1), (1, 1), (0, 0)]),  # a triangle, 5 coordinates
        WITH_HOLE,
        _with_extra_vertex(box(0, 0, 1, 1)),
        MultiPolygon([box(0, 0, 1, 1)]),
        None,
    ]
    assert _rectangles(np.array(geoms, dtype=object)).tolist() == [
        True,
        True,
        False,
        False,
        False,
        False,
        False,
        False,
    ]


def test_rectangle_zones_give_the_general_overlay_areas():
    # Hand areas of the land use inside zone (0, 0)-(100, 100): the left half 5,000 m², the
    # L-shape 2,600, the holed polygon 2,200; a 10 x 10 square over a corner, 25 inside; a
    # multipart with one part outside and 100 of 200 inside; a sliver 100 x 1e-5 m inside;
    # a square that only touches the zone (no piece).
    land = [
        box(0, 0, 50, 100),
        L_SHAPE,
        WITH_HOLE,
        box(95, -5, 105, 5),
        MultiPolygon([box(0, 101, 10, 111), box(-10, 40, 10, 50)]),
        box(0, 99.99999, 100, 100.00001),
        box(100, 0, 110, 10),
    ]
    zone = box(0, 0, 100, 100)
    expect = {0: 5000.0, 1: 2600.0, 2: 2200.0, 3: 25.0, 4: 100.0, 5: 1e-3}
    fast = intersect([zone], land)
    general = intersect([_with_extra_vertex(zone)], land)
    assert fast["right"].tolist() == general["right"].tolist() == sorted(expect)
    assert fast["area"].tolist() == pytest.approx([expect[k] for k in sorted(expect)], rel=1e-9)
    assert fast["area"].to_numpy() == pytest.approx(general["area"].to_numpy(), rel=1e-12)
    for a, b in zip(fast["geometry"], general["geometry"]):
        assert a.is_valid and a.symmetric_difference(b).area < 1e-9
    # the rectangle on the right-hand side takes the same path
    swapped = intersect(land, [zone])
    assert swapped["left"].tolist() == sorted(expect)
    assert swapped["area"].to_numpy() == pytest.approx(fast["area"].to_numpy(), rel=1e-12)


def test_grid_of_rectangles_against_an_irregular_mosaic():
    # 400 Voronoi cells in 10 x 10 grid cells: per cell the pieces add up to the cell's
    # 100 m² (the mosaic covers the grid), and match the general overlay piece by piece.
    rng = np.random.default_rng(7)
    pts = shapely.multipoints(rng.uniform(0, 100, size=(400, 2)))
    frame = box(0, 0, 100, 100)
    mosaic = shapely.intersection(
        shapely.get_parts(shapely.voronoi_polygons(pts, extend_to=frame)), frame
    )
    xs, ys = np.meshgrid(np.arange(0.0, 100, 10), np.arange(0.0, 100, 10))
    cells = shapely.box(xs.ravel(), ys.ravel(), xs.ravel() + 10, ys.ravel() + 10)
    fast = intersect(cells, mosaic)
    general = intersect(np.array([_with_extra_vertex(c) for c in cells]), mosaic)
    assert fast[["left", "right"]].values.tolist() == general[["left", "right"]].values.tolist()
    assert fast["area"].to_numpy() == pytest.approx(general["area"].to_numpy(), rel=1e-9, abs=1e-9)
    assert group_sum(fast["left"], fast["area"], 100) == pytest.approx(
        np.full(100, 100.0), rel=1e-12
    )


def _brute_force_overlaps(geoms):
    pairs = []
    for i in range(len(geoms)):
        for j in range(i + 1, len(geoms)):
            area = geoms[i].intersection(geoms[j]).area
            if area > 0:
                pairs.append((i, j, area))
    return pairs


def test_clean_partition_leaves_only_its_rim_unmatched():
    from smaaby_plugin.core.overlaps import _unmatched_edges

    xs, ys = np.meshgrid(np.arange(3.0), np.arange(3.0))
    cells = shapely.box(xs.ravel(), ys.ravel(), xs.ravel() + 1, ys.ravel() + 1)
    cells[1] = shapely.reverse(cells[1])  # ring orientation does not matter
    bounds, owner = _unmatched_edges(cells)
    # the 12 unit edges of the 3 x 3 square's outline; the centre cell has none
    assert len(owner) == 12 and 4 not in owner
    assert np.bincount(owner, minlength=9).tolist() == [2, 1, 2, 1, 0, 1, 2, 1, 2]
    outline = ((bounds[:, 0] == bounds[:, 2]) & np.isin(bounds[:, 0], [0, 3])) | (
        (bounds[:, 1] == bounds[:, 3]) & np.isin(bounds[:, 1], [0, 3])
    )
    assert outline.all()
    # a polygon filling another's hole exactly: neither overlaps, the hole's edges match
    ring = Polygon(box(0, 0, 10, 10).exterior.coords, [box(4, 4, 6, 6).exterior.coords])
    geoms = np.array([ring, box(4, 4, 6, 6)], dtype=object)
    assert _unmatched_edges(geoms)[1].tolist() == [0, 0, 0, 0]
    assert find_overlaps(geoms).n_pairs == 0
    # the same square twice: no edge cancels (same direction)
    assert len(_unmatched_edges(np.array([box(0, 0, 1, 1)] * 2))[1]) == 8


def test_overlaps_between_features_with_matched_edges_are_found():
    # Two clean 3 x 3 partitions, one shifted by half a cell: the centre cells match all
    # their edges, yet they overlap cells of the other partition. Every pair must be found.
    xs, ys = np.meshgrid(np.arange(3.0), np.arange(3.0))
    a = shapely.box(xs.ravel(), ys.ravel(), xs.ravel() + 1, ys.ravel() + 1)
    geoms = np.r_[
        a, shapely.box(xs.ravel() + 0.5, ys.ravel() + 0.5, xs.ravel() + 1.5, ys.ravel() + 1.5)
    ]
    rep = find_overlaps(geoms)
    expect = _brute_force_overlaps(geoms)
    assert rep.pairs[["i", "j"]].values.tolist() == [[i, j] for i, j, _ in expect]
    assert rep.pairs["area"].tolist() == pytest.approx([a for _, _, a in expect])
    assert [4, 13] in rep.pairs[["i", "j"]].values.tolist()  # the two centre cells


def test_find_overlaps_matches_brute_force_on_a_mosaic():
    # A Voronoi mosaic (neighbours share vertices exactly) with polygons drawn over it.
    rng = np.random.default_rng(11)
    frame = box(0, 0, 100, 100)
    mosaic = shapely.intersection(
        shapely.get_parts(
            shapely.voronoi_polygons(
                shapely.multipoints(rng.uniform(0, 100, size=(150, 2))), extend_to=frame
            )
        ),
        frame,
    )
    assert find_overlaps(mosaic).n_pairs == 0
    assert len(_brute_force_overlaps(mosaic)) == 0
    extra = shapely.buffer(shapely.points(rng.uniform(10, 90, size=(3, 2))), 4.0)
    geoms = np.r_[mosaic, extra]
    rep = find_overlaps(geoms)
    expect = _brute_force_overlaps(geoms)
    assert rep.n_pairs == len(expect) > 3
    assert rep.pairs[["i", "j"]].values.tolist() == [[i, j] for i, j, _ in expect]
    assert rep.pairs["area"].to_numpy() == pytest.approx([a for _, _, a in expect], rel=1e-9)


def test_identical_polygons_give_themselves():
    # unchanged land cover between two dates: the piece is the polygon (2,600 m²), also
    # when the copy starts its ring elsewhere (then through the overlay)
    shifted = Polygon(list(L_SHAPE.exterior.coords)[2:-1] + list(L_SHAPE.exterior.coords)[:3])
    assert shifted.equals(L_SHAPE) and not shifted.equals_exact(L_SHAPE, 0.0)
    pieces = intersect([L_SHAPE, WITH_HOLE], [L_SHAPE, WITH_HOLE, shifted])
    assert pieces[["left", "right"]].values.tolist() == [[0, 0], [0, 2], [1, 1]]
    assert pieces["area"].tolist() == pytest.approx([2600.0, 2600.0, 2200.0], rel=1e-12)
    assert pieces["geometry"][0].equals_exact(L_SHAPE, 0.0)
    assert pieces["geometry"][1].equals(L_SHAPE)
