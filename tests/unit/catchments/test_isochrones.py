"""Isochrone polygons (core.catchments.isochrones) on hand-made tiny networks: each band
contains its reached network, bands are nested, no hole below the block size, and the
areas of simple cases lie between hand-computed bounds."""

from __future__ import annotations

import doctest
import math

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely import LineString
from shapely.ops import substring

from smaaby_plugin.core.catchments import isochrones
from smaaby_plugin.core.catchments.isochrones import (
    MIN_HOLE_M2,
    ROAD_BUFFER_M,
    fill_small_holes,
    isochrone_polygons,
)

TOL = 1e-6  # metres: GEOS's unions move boundaries by ~1e-10 m


def _pieces(rows, links):
    """rows: (source, band, link, start, end) -> pieces table and cut geometry."""
    p = pd.DataFrame(rows, columns=["source", "band", "link", "start", "end"])
    p = p.sort_values(["source", "band", "link", "start"], ignore_index=True)
    geom = np.array(
        [substring(links[r.link], r.start, r.end) for r in p.itertuples()], dtype=object
    )
    return p, geom


def _grid(n=4, step=200.0):
    """Streets of an n x n grid of step-metre blocks, one link per block side."""
    links = []
    for i in range(n + 1):
        for j in range(n):
            links.append(LineString([(j * step, i * step), ((j + 1) * step, i * step)]))
            links.append(LineString([(i * step, j * step), (i * step, (j + 1) * step)]))
    return np.array(links, dtype=object)


@pytest.fixture
def grid_case():
    """Two sources on a 4 x 4 grid of 200 m blocks, three bands, partial links cut."""
    links = _grid()
    mid = shapely.centroid(shapely.multilinestrings(links))
    dist = shapely.distance(shapely.get_point(links, 0), mid)
    rows = []
    for src, shift in ((0, 0.0), (1, 150.0)):
        d = dist + shift
        for lk in range(len(links)):
            band = 0 if d[lk] < 250 else 1 if d[lk] < 450 else 2 if d[lk] < 650 else None
            if band is None:
                continue
            if band == 2 and lk % 3 == 0:  # partly reached: cut at 70 m and 130 m
                rows += [(src, 2, lk, 0.0, 70.0), (src, 2, lk, 130.0, 200.0)]
            else:
                rows.append((src, band, lk, 0.0, 200.0))
    p, g = _pieces(rows, links)
    return p, g, links


def test_doctests():
    assert doctest.testmod(isochrones).failed == 0


def test_bands_contain_their_network_and_are_nested(grid_case):
    p, g, links = grid_case
    table, polys = isochrone_polygons(p, g, 3, links=links)
    assert table[["source", "band"]].to_numpy().tolist() == [
        [s, b] for s in (0, 1) for b in (0, 1, 2)
    ]
    for row, poly in zip(table.itertuples(), polys):
        sel = (p["source"] == row.source) & (p["band"] <= row.band)
        reached = shapely.union_all(g[sel.to_numpy()])
        assert shapely.covers(shapely.buffer(poly, TOL), reached)
        assert row.length_m == pytest.approx(shapely.length(g[sel.to_numpy()]).sum())
        assert row.area_m2 == pytest.approx(poly.area)
    for i in range(1, len(polys)):
        if table["source"][i] == table["source"][i - 1]:
            assert shapely.covers(shapely.buffer(polys[i], TOL), polys[i - 1])
            assert polys[i].area >= polys[i - 1].area


def test_no_hole_smaller_than_a_block(grid_case):
    p, g, links = grid_case
    for ratio in (0.0, 0.1, 1.0):
        _, polys = isochrone_polygons(p, g, 3, links=links, ratio=ratio)
        holes = [
            shapely.Polygon(r).area
            for x in polys
            for part in shapely.get_parts(x)
            for r in part.interiors
        ]
        assert all(h >= MIN_HOLE_M2 for h in holes)


def test_fill_small_holes_keeps_large_ones():
    outer = shapely.box(0, 0, 1000, 1000)
    small = shapely.box(100, 100, 190, 190)  # 8,100 m²
    large = shapely.box(400, 400, 600, 600)  # 40,000 m²
    p = outer.difference(small).difference(large)
    q = shapely.MultiPolygon([p, shapely.box(2000, 0, 2100, 100)])
    out = fill_small_holes(np.array([p, q, shapely.box(0, 0, 1, 1)]), MIN_HOLE_M2)
    assert out[0].area == pytest.approx(1e6 - 40_000)
    assert out[1].area == pytest.approx(1e6 - 40_000 + 10_000)
    assert out[2].area == pytest.approx(1.0)


def test_straight_road_area_is_the_road_buffer():
    # one 1000 m road, reached to 400 m in band 0 and whole in band 1: the points are
    # collinear, so the polygon is the road buffer of ROAD_BUFFER_M: a 2r x L rectangle
    # plus two half discs (a 16-gon with 4 segments per quarter: n/2 r² sin(2 pi/n))
    links = np.array([LineString([(0, 0), (1000, 0)])], dtype=object)
    p, g = _pieces([(0, 0, 0, 0.0, 400.0), (0, 1, 0, 400.0, 1000.0)], links)
    table, polys = isochrone_polygons(p, g, 2, links=links)
    r = ROAD_BUFFER_M
    for length, area in zip((400.0, 1000.0), table["area_m2"]):
        low = 2 * r * length + 8 * r * r * math.sin(2 * math.pi / 16)
        high = 2 * r * length + math.pi * r * r
        assert low - 1e-6 <= area <= high
    assert polys[0].bounds == pytest.approx((-r, -r, 400 + r, r))


def test_l_shaped_road_hull_fills_the_corner():
    # (0,0)-(400,0)-(400,400) reached whole; with ratio 1 (convex hull) the polygon is
    # the triangle (80,000 m²) plus at most the road buffer outside it: r along the
    # three sides (perimeter 400 + 400 + 565.7 m) and a disc at the corners
    links = np.array(
        [LineString([(0, 0), (400, 0)]), LineString([(400, 0), (400, 400)])], dtype=object
    )
    p, g = _pieces([(0, 0, 0, 0.0, 400.0), (0, 0, 1, 0.0, 400.0)], links)
    r = ROAD_BUFFER_M
    _, polys = isochrone_polygons(p, g, 1, links=links, ratio=1.0)
    perimeter = 800 + 400 * math.sqrt(2)
    assert 80_000 <= polys[0].area <= 80_000 + r * perimeter + math.pi * r * r


def test_nothing_reached():
    p = pd.DataFrame(
        {c: np.empty(0, np.int64) for c in ("source", "band", "link")}
        | {"start": np.empty(0), "end": np.empty(0)}
    )
    table, polys = isochrone_polygons(p, np.empty(0, dtype=object), 3)
    assert len(table) == 0 and len(polys) == 0
