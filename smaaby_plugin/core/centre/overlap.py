"""Whether the inputs of a centre algorithm meet: layers that lie apart from the towns.

Layers that do not overlap are almost always a mistake (a layer saved with a wrong or
missing CRS lands far from the others, or a layer of another kommune was chosen). Where
nothing meaningful can come out the run stops; otherwise the figures that depend on the
layer stay empty and the log says why.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import shapely

from smaaby_plugin.core.errors import InputError

__all__ = ["APART_HINT", "layers_apart", "apart_message", "check_population_meets"]

#: What to check when two layers do not meet.
APART_HINT = (
    "check that the layers cover the same area and that each layer's CRS is right "
    "(a layer saved with a wrong CRS lands far from the others)"
)


def layers_apart(towns, others: Mapping[str, object]) -> list[str]:
    """The names of the layers in ``others`` none of whose geometries meets a town.

    Layers given as None or without geometries are left out.

    Examples
    --------
    >>> town = [shapely.box(0, 0, 10, 10)]
    >>> layers_apart(town, {"A": [shapely.Point(5, 5)], "B": [shapely.Point(50, 5)]})
    ['B']
    """
    towns = np.asarray(towns, dtype=object)
    tree = shapely.STRtree(towns)
    return [
        name
        for name, geoms in others.items()
        if geoms is not None and len(geoms) and not _meets(tree, towns, geoms)
    ]


def _meets(tree, towns, geoms, block: int = 2048) -> bool:
    # Whether any pair meets: the boxes first, then the exact test block by block until
    # the first hit (all pairs at once took 7 s for 8,594 roads in 600 overlapping towns).
    geoms = np.asarray(geoms, dtype=object)
    g_idx, t_idx = tree.query(geoms)
    for start in range(0, len(g_idx), block):
        part = slice(start, start + block)
        if shapely.intersects(geoms[g_idx[part]], towns[t_idx[part]]).any():
            return True
    return False


def apart_message(name: str, n: int, what: str = "TOWNS") -> str:
    """The message for a layer of ``n`` features none of which meets ``what``.

    >>> print(apart_message("LANDUSE", 3))  # doctest: +ELLIPSIS
    LANDUSE: none of its 3 features lies in a town of TOWNS; check that the layers ...
    """
    return f"{name}: none of its {n} features lies in a town of {what}; {APART_HINT}."


def check_population_meets(n_features: int, n_inside: int, inside_total: float) -> None:
    """Stop when no population feature lies in a town, or all that do hold 0.

    >>> check_population_meets(10, 0, 0.0)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    smaaby_plugin.core.errors.InputError: POPULATION: none of its 10 features lies in ...
    """
    if n_inside == 0:
        raise InputError(apart_message("POPULATION", n_features))
    if not inside_total > 0:
        raise InputError(
            f"POPULATION: the {n_inside} features inside the towns all have a population "
            f"of 0 (or none); check POPULATION_FIELD."
        )
