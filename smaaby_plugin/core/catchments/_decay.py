"""Distance-decay functions f(t) for accessibility sums (Hansen 1959) and their checks.

No QGIS here. ``t`` is a cost (minutes or metres) and every function is 0 beyond the
cut-off ``T`` (and for unreached pairs, ``t = inf``):

- ``"exponential"``: f(t) = exp(-beta * t)
- ``"power"``: f(t) = max(t, floor) ** (-beta) (the floor keeps t -> 0 finite)
- ``"step"``: f(t) = 1 (cumulative opportunities within T)

>>> decay(np.array([0.0, 10.0, 100.0]), "exponential", 0.1, 90.0).round(4).tolist()
[1.0, 0.3679, 0.0]
>>> decay(np.array([0.5, 2.0, np.inf]), "power", 1.0, 90.0, floor=1.0).tolist()
[1.0, 0.5, 0.0]
>>> decay(np.array([0.0, 90.0, 90.1]), "step", 0.0, 90.0).tolist()
[1.0, 1.0, 0.0]
"""

from __future__ import annotations

import numpy as np

from smaaby_plugin.core.errors import InputError

__all__ = [
    "DECAY_FUNCTIONS",
    "MAX_CUTOFF_MIN",
    "MIN_CUTOFF_MIN",
    "check_cutoff",
    "decay",
    "decay_in_unit",
]

DECAY_FUNCTIONS = ("exponential", "power", "step")
#: The cut-off's range in minutes (and in km on a distance network).
MIN_CUTOFF_MIN, MAX_CUTOFF_MIN = 1.0, 600.0


def check_cutoff(cutoff: float, name: str = "CUTOFF") -> float:
    """The cut-off if it lies within 1-600 (minutes), else an InputError naming it.

    >>> check_cutoff(90)
    90.0
    """
    value = float(cutoff)
    if not np.isfinite(value) or value < MIN_CUTOFF_MIN or value > MAX_CUTOFF_MIN:
        raise InputError(
            f"{name} must lie between {MIN_CUTOFF_MIN:g} and {MAX_CUTOFF_MIN:g} minutes "
            f"(kilometres on a distance network); it is {cutoff}."
        )
    return value


def decay_in_unit(function: str, beta: float, floor: float, unit: str):
    """(beta per network unit, floor in the network unit, factor) for a decay whose BETA
    is given per minute (``unit`` "min") or per km (``unit`` "m", a distance network):
    there the exponential's beta is per metre and the power's sums are multiplied by
    ``factor`` = 1000^beta to be in km as well (t^-beta in km = 1000^beta x t^-beta in m).

    >>> decay_in_unit("exponential", 0.05, 1.0, "m")
    (5e-05, 1000.0, 1.0)
    >>> decay_in_unit("power", 2.0, 1.0, "m")[2]
    1000000.0
    """
    beta, floor, factor = float(beta), float(floor), 1.0
    if unit == "m":
        floor = floor * 1000.0
        if function == "exponential":
            beta = beta / 1000.0
        elif function == "power":
            factor = 1000.0**beta
    return beta, floor, factor


def decay(
    t: np.ndarray, function: str, beta: float, cutoff: float, floor: float = 1.0
) -> np.ndarray:
    """f(t) for an array of costs (see the module text); 0 where ``t > cutoff``."""
    if function not in DECAY_FUNCTIONS:
        raise InputError(f"Unknown decay function '{function}': use one of {DECAY_FUNCTIONS}.")
    if not np.isfinite(beta) or beta < 0:
        raise InputError("The decay parameter beta must be zero or a positive number.")
    if function == "power" and (not np.isfinite(floor) or floor <= 0):
        raise InputError("The power decay needs a positive floor (the smallest cost used).")
    t = np.asarray(t, dtype=float)
    inside = t <= cutoff
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        if function == "exponential":
            f = np.exp(-beta * np.where(inside, t, 0.0))
        elif function == "power":
            f = np.maximum(np.where(inside, t, floor), floor) ** (-beta)
        else:
            f = np.ones_like(t)
    return np.where(inside, f, 0.0)
