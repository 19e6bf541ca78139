"""Catalogue entries of data preparation: ssbgrid."""

from __future__ import annotations

from smaaby_plugin.report.catalog._spec import (
    ResultSpec,
    register,
)
from smaaby_plugin.report.styles import StyleSpec

register(
    "ssbgrid",
    ResultSpec(
        styles={
            "OUTPUT": StyleSpec(
                "density.qml",
                (
                    "pop2022",
                    "pop2019",
                    "population",
                    "pop",
                    "befolkning",
                    "residents",
                    "count",
                ),
                mode="graduated",
                method="jenks",
            )
        },
        map_outputs=("OUTPUT",),
    ),
)
