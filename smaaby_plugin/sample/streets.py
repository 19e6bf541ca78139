"""Street names and the jittered street lattice of a settlement."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import shapely

from smaaby_plugin.sample._geometry import _wiggle, contains_xy

# Street names: every prefix with every suffix, shuffled by the seed.
_STREET_PREFIX = (
    "Stor",
    "Skole",
    "Torg",
    "Bakke",
    "Elve",
    "Løkke",
    "Myr",
    "Sol",
    "Bjørke",
    "Furu",
    "Linde",
    "Eike",
    "Rogn",
    "Hage",
    "Smie",
    "Mølle",
    "Sag",
    "Brygge",
    "Sjø",
    "Fjord",
    "Havne",
    "Prest",
    "Lensmann",
    "Meieri",
    "Stasjons",
    "Post",
    "Apotek",
    "Doktor",
    "Åker",
    "Eng",
    "Haug",
    "Li",
    "Nord",
    "Sør",
    "Øst",
    "Vest",
    "Kvern",
    "Tun",
    "Gran",
    "Osp",
    "Hegg",
    "Selje",
    "Lyng",
    "Blåbær",
    "Tyttebær",
    "Moltebær",
    "Fiol",
    "Rose",
    "Tulipan",
    "Lønne",
    "Alm",
    "Ask",
    "Hassel",
    "Kløver",
    "Nype",
    "Tiur",
    "Orre",
    "Rype",
    "Måke",
    "Ærfugl",
    "Svane",
    "Sildre",
    "Fossen",
    "Bekke",
    "Dam",
    "Stein",
    "Berg",
    "Fjell",
)
_STREET_SUFFIX = ("gata", "vegen", "bakken", "stien", "lia", "tunet", "svingen")


def _street_names(rng: np.random.Generator) -> np.ndarray:
    """All street names in a random order."""
    names = np.array([p + s for p in _STREET_PREFIX for s in _STREET_SUFFIX], dtype=object)
    return names[rng.permutation(len(names))]


def _street_grid(
    rng: np.random.Generator,
    centre: Sequence[float],
    n: int,
    s0: float,
    c: float,
    rotation: float,
    radius: float,
    allowed: shapely.Geometry,
    forbidden: shapely.Geometry,
    names: np.ndarray,
    name_offset: int,
    drop: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A jittered street lattice, spacing growing outwards (denser in the centre).

    Returns the edge lines, their street names, their lattice rows (``v``, nan for
    columns) and columns (``u``) as offsets from the centre node.
    """
    u, v = np.meshgrid(np.arange(-n, n + 1), np.arange(-n, n + 1), indexing="ij")
    q = np.hypot(u, v)
    spacing = s0 + 2 * c * q
    scale = np.where(q > 0, (s0 * q + c * q * q) / np.maximum(q, 1e-9), s0)
    lx = u * scale + rng.normal(0.0, 0.06, u.shape) * spacing
    ly = v * scale + rng.normal(0.0, 0.06, u.shape) * spacing
    lx[n, n] = ly[n, n] = 0.0
    t = math.radians(rotation)
    x = centre[0] + lx * math.cos(t) - ly * math.sin(t)
    y = centre[1] + lx * math.sin(t) + ly * math.cos(t)
    theta = np.arctan2(y - centre[1], x - centre[0])
    edge_r = radius * (
        1
        + _wiggle(
            rng, theta, (2 * math.pi / 2, 2 * math.pi / 3, 2 * math.pi / 5), (0.12, 0.10, 0.06)
        )
    )
    shapely.prepare(allowed)
    inside = (np.hypot(x - centre[0], y - centre[1]) <= edge_r) & contains_xy(allowed, x, y)
    a_parts, b_parts, rows, cols, keys = [], [], [], [], []
    idx = np.arange(u.size).reshape(u.shape)
    for axis in (0, 1):  # 0: edges along u (rows of constant v), 1: along v
        a = idx[:-1, :] if axis == 0 else idx[:, :-1]
        b = idx[1:, :] if axis == 0 else idx[:, 1:]
        a, b = a.ravel(), b.ravel()
        a_parts.append(a)
        b_parts.append(b)
        along = u.ravel()[a] if axis == 0 else v.ravel()[a]
        across = v.ravel()[a] if axis == 0 else u.ravel()[a]
        rows.append(np.where(axis == 0, across, 99))
        cols.append(np.where(axis == 1, across, 99))
        keys.append(axis * 1_000_000 + (across + n) * 1000 + (along + n) // 12)
    a = np.concatenate(a_parts)
    b = np.concatenate(b_parts)
    row = np.concatenate(rows)
    col = np.concatenate(cols)
    key = np.concatenate(keys)
    xf, yf = x.ravel(), y.ravel()
    mid_r = np.hypot((xf[a] + xf[b]) / 2 - centre[0], (yf[a] + yf[b]) / 2 - centre[1])
    p_drop = drop * np.clip(mid_r / radius, 0.0, 1.0) ** 2
    keep = inside.ravel()[a] & inside.ravel()[b] & (rng.random(len(a)) >= p_drop)
    coords = np.stack([np.column_stack([xf[a], yf[a]]), np.column_stack([xf[b], yf[b]])], axis=1)
    lines = shapely.linestrings(coords)
    shapely.prepare(forbidden)
    keep &= ~shapely.intersects(lines, forbidden)
    _, name_idx = np.unique(key, return_inverse=True)
    street = names[(name_idx + name_offset) % len(names)]
    return lines[keep], street[keep], row[keep], col[keep]
