"""The fixed design of Eksempelby: the town square, the region, settlements, fjord,
lake, kommune sectors and population targets.

Coordinates are offsets in metres from :data:`TORGET` unless said otherwise; the
seed moves only the details around this design."""

from __future__ import annotations

import numpy as np

#: The town square, the centre of the town.
TORGET = (300000.0, 6700000.0)
#: The region (all six kommuner): xmin, ymin, xmax, ymax.
REGION = (282000.0, 6682000.0, 318000.0, 6718000.0)

# Settlements: name, level, kommune, offset of the centre, retail floor space (m²).
_SETTLEMENTS = (
    ("Eksempelby", "town", "9901", (0, 0), 28500.0),
    ("Haugen", "village", "9901", (4300, 4300), 1900.0),
    ("Lia", "village", "9902", (-1000, 12500), 6400.0),
    ("Austbygd", "village", "9903", (12500, 2000), 4200.0),
    ("Sørli", "village", "9904", (6500, -12000), 2300.0),
    ("Vika", "village", "9905", (-10050, -11650), 1600.0),
)
_MOEN = (-13000, 5000)  # a hamlet in 9906, too small to be a tettsted

# Fjord centreline from beyond the region's south-west corner to the head:
# x, y offsets and the half-width.
_FJORD = np.array(
    [
        (-26000, -22000, 2600),
        (-17000, -14500, 2100),
        (-10500, -9200, 1500),
        (-5500, -5200, 1050),
        (-2300, -2300, 620),
        (-400, -700, 330),
        (900, -300, 170),
    ]
)
_LAKE = ((2200, 3700), 800.0, 380.0, 25.0)  # centre, semi-axes, rotation (deg)

# Rays that divide the region into the five neighbours (degrees, counter-clockwise
# from east) and the neighbour between each ray and the next.
_RAYS = (-40.0, 60.0, 140.0, 200.0, 250.0)
_RAY_KNR = ("9903", "9902", "9906", "9905", "9904")

# Population targets: (kommune, component) -> 2015 population; growth 2015-2022.
_POP2015 = {
    "9901": {"Eksempelby": 9150, "Haugen": 850, "rural": 1420},
    "9902": {"Lia": 2300, "rural": 1950},
    "9903": {"Austbygd": 1600, "rural": 1660},
    "9904": {"Sørli": 900, "rural": 1330},
    "9905": {"Vika": 650, "rural": 1280},
    "9906": {"Moen": 150, "rural": 1200},
}
_CHANGE = {"9901": 720, "9902": 60, "9903": -40, "9904": -80, "9905": -60, "9906": -70}


def _xy(offsets) -> np.ndarray:
    """Offsets from TORGET to absolute coordinates."""
    a = np.asarray(offsets, dtype=float).copy()
    a[..., 0] += TORGET[0]
    a[..., 1] += TORGET[1]
    return a
