"""The report side of ``smaaby:townprofile``: the key-figure table with its labels, the
page geometry, the look of the map layers and one print layout per page, written to PDF
by :mod:`smaaby_plugin.report.pdf` (a cancel takes effect between pages).

The figures themselves come from ``smaaby_plugin.core.centre.town_profile`` and the
child algorithms; the layers are made by the adapter. Texts are translated in the
context ``TownProfile``, the algorithm's own: they were its ``self.tr()`` texts and keep
their translations there.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutItemPage,
    QgsPrintLayout,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from smaaby_plugin.core.centre.town_profile import ring_labels
from smaaby_plugin.core.progress import Progress, report, scaled
from smaaby_plugin.report.catalog import result_spec, table_rows
from smaaby_plugin.report.chart import format_number, format_value
from smaaby_plugin.report.layout import (
    ChartData,
    LayoutContent,
    add_standard_items,
    fill_layout,
)
from smaaby_plugin.report.pdf import export_pdf
from smaaby_plugin.report.runlayout import today_text
from smaaby_plugin.report.styles import StyleSpec, apply_style, class_colours, first_field

__all__ = ["ProfileLayers", "key_figure_rows", "write_pdf", "PDF_DPI"]

PDF_DPI = 200.0

# Page boxes (x, y, w, h in mm) on A4 portrait
_HEAD = {"title": (10, 8, 190, 11), "date": (10, 19, 190, 6), "source": (10, 284, 190, 9)}
_OVERVIEW = {
    **_HEAD,
    "map": (10, 27, 190, 150),
    "north": (186, 30, 11, 15),
    "scalebar": (13, 163, 70, 11),
    "legend": (10, 181, 92, 98),
    "keyfigures": (106, 181, 94, 98),
}
_TABLE_CHART = {**_HEAD, "keyfigures": (10, 27, 190, 130), "chart": (10, 165, 190, 110)}
_MAP_PAGE = {
    **_HEAD,
    "map": (10, 27, 190, 125),
    "north": (186, 30, 11, 15),
    "scalebar": (13, 138, 70, 11),
    "legend": (10, 156, 92, 66),
    "keyfigures": (106, 156, 94, 66),
    "chart": (10, 226, 190, 55),
}

# The profile's own map layers; the child algorithms' outputs look as the catalogue says.
_STYLES = {
    "centre": StyleSpec("centres.qml", ("name",)),
    "circles": StyleSpec("circles.qml"),
    "town": StyleSpec("outline.qml"),
    "roads": StyleSpec("lines.qml"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TownProfile", text)


@dataclass
class ProfileLayers:
    """The layers the profile draws, all in its CRS: the adapter's town, centre,
    distance circles and road copy, and the child algorithms' outputs."""

    town: QgsVectorLayer
    centre: QgsVectorLayer
    circles: QgsVectorLayer
    rings: QgsVectorLayer | None = None  # smaaby:centreindicators OUTPUT_RINGS
    roads: QgsVectorLayer | None = None
    landuse: QgsVectorLayer | None = None  # smaaby:landuseaccount OUTPUT_PIECES
    bands: QgsVectorLayer | None = None  # smaaby:serviceareas OUTPUT_POLYGONS


# -- the key-figure table --------------------------------------------------------------------
def _labels(distance_method: str) -> dict:
    walking = distance_method and "straight" not in distance_method
    mean = (
        _tr("Mean walking distance to the centre")
        if walking
        else _tr("Mean distance to the centre (straight line)")
    )
    return {
        "population": _tr("Population"),
        "area_km2": _tr("Area"),
        "density_km2": _tr("Density"),
        "pct_within": _tr("Population within {} m of the centre"),
        "mean_dist_m": mean,
        "proximity": _tr("Proximity index"),
        "clark_d0_km2": _tr("Central density D0 (Clark)"),
        "clark_b_per_km": _tr("Density gradient b (Clark)"),
        "clark_r2": _tr("Fit of the gradient (R²)"),
        "built_m2_per_inh": _tr("Built-up land per inhabitant"),
        "landuse_mix": _tr("Land-use mix in the centre (0–1)"),
        "business_mix": _tr("Business mix in the centre (0–1)"),
    }


def _band_rows(bands: QgsVectorLayer) -> list[tuple[float, float]]:
    """(threshold, population reached) of service-area polygons, summed by threshold."""
    threshold = first_field(bands, ["threshold", "cost", "band"])
    population = first_field(bands, ["population", "pop", "pop_reached"])
    if threshold is None or population is None:
        return []
    totals: dict[float, float] = {}
    for t, p in table_rows(bands, [threshold, population]):
        if t is None:
            continue
        totals[float(t)] = totals.get(float(t), 0.0) + float(p or 0.0)
    return sorted(totals.items())


def key_figure_rows(
    figures: pd.DataFrame,
    distance_method: str,
    landuse_table: QgsVectorLayer | None = None,
    bands: QgsVectorLayer | None = None,
) -> pd.DataFrame:
    """The profile's key figures (columns section, key, label, value, unit, text): the
    indicators of ``core.centre.town_profile.indicator_figures``, the land-use account
    (smaaby:landuseaccount OUTPUT_TABLE) and the population reached along the roads
    (smaaby:serviceareas OUTPUT_POLYGONS) where given."""
    labels = _labels(distance_method)
    rows = []
    for key, value, unit, distance in figures.itertuples(index=False):
        if key.startswith("pct_within_"):
            label = labels["pct_within"].format(format_number(distance, 0))
        else:
            label = labels.get(key, key)
        rows.append(("indicators", key, label, value, unit))
    if landuse_table is not None:
        for code, nb, area, share in table_rows(
            landuse_table, ["class_code", "label_nb", "area_daa", "share_pct"]
        ):
            if area is None or float(area) < 0.005:  # nothing to print in daa
                continue
            label = f"{code} {nb}" if code is not None else (nb or "–")
            rows.append(("landuse", f"landuse_area_{code}", label, float(area), "daa"))
            rows.append(("landuse_share", f"landuse_share_{code}", label, float(share or 0.0), "%"))
    if bands is not None:
        for threshold, population in _band_rows(bands):
            label = _tr("Population within {} m along the roads").format(
                format_number(threshold, 0)
            )
            rows.append(("catchment", f"reach_{threshold:g}m", label, population, "inh."))
    frame = pd.DataFrame(rows, columns=["section", "key", "label", "value", "unit"])
    frame["text"] = [format_value(v, u) for v, u in zip(frame["value"], frame["unit"])]
    return frame


# -- the pages ---------------------------------------------------------------------------------
def _page(project: QgsProject, title: str, boxes: dict) -> tuple[QgsPrintLayout, dict]:
    """A one-page A4 portrait layout with the standard items in ``boxes``."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Portrait)
    layout.setName(title)
    return layout, add_standard_items(layout, page=0, boxes=boxes)


def _add_styled(project: QgsProject, layer: QgsVectorLayer, spec: StyleSpec | None) -> None:
    project.addMapLayer(layer, False)
    if spec is not None:
        apply_style(layer, spec)


def _overview(project, crs, title, layers, shown, indicators, date, source):
    """Page 1: the map of the town and the first key figures."""
    layout, items = _page(project, title, _OVERVIEW)
    fill_layout(
        layout,
        LayoutContent(
            title=title,
            date_text=date,
            layers=shown,
            crs=crs,
            extent_layers=[layers.town, layers.circles],
            key_header=(_tr("Key figure"), _tr("Value")),
            key_figures=list(zip(indicators["label"], indicators["text"]))[:10],
            source=source,
            legend_title=_tr("Legend"),
        ),
        items,
        project,
    )
    return layout


def _indicator_page(project, title, town_name, layers, indicators, date, source):
    """Page 2: every indicator and the density by distance ring."""
    layout, items = _page(project, title, _TABLE_CHART)
    chart = None
    if layers.rings is not None and layers.rings.featureCount():
        ring_data = sorted(
            table_rows(layers.rings, ["r_inner_m", "r_outer_m", "density_km2"]),
            key=lambda r: r[0] or 0.0,
        )
        labels = ring_labels([r[0] for r in ring_data], [r[1] for r in ring_data])
        width = (ring_data[0][1] or 0.0) - (ring_data[0][0] or 0.0)
        chart = ChartData(
            _tr("Population density by distance from the centre, rings of {}").format(
                labels[0].split("–")[1]
                if width and labels[0].startswith("0–")
                else format_number(width, 0) + " m"
            ),
            _tr("inh./km²"),
            labels,
            [float(r[2] or 0.0) for r in ring_data],
        )
    fill_layout(
        layout,
        LayoutContent(
            title=_tr("{}: centre indicators").format(town_name),
            date_text=date,
            key_header=(_tr("Indicator"), _tr("Value")),
            key_figures=list(zip(indicators["label"], indicators["text"])),
            chart=chart,
            source=source,
        ),
        items,
        project,
    )
    return layout


def _landuse_page(project, crs, title, town_name, layers, key_rows, date, source):
    """Page 3: the town's land-use account, map and chart in AR5 or SOSI colours."""
    pieces = layers.landuse
    pieces.setName(_tr("Land use"))
    _add_styled(
        project, pieces, result_spec("landuseaccount").style_for("OUTPUT_PIECES", {}, pieces)
    )
    account = key_rows[key_rows["section"] == "landuse"]
    shares = key_rows[key_rows["section"] == "landuse_share"]
    codes = [key.rsplit("_", 1)[1] for key in account["key"]]
    layout, items = _page(project, title, _MAP_PAGE)
    fill_layout(
        layout,
        LayoutContent(
            title=_tr("{}: land use").format(town_name),
            date_text=date,
            layers=[layers.centre, layers.town, pieces],
            crs=crs,
            extent_layers=[layers.town],
            key_header=(_tr("Class"), _tr("Area")),
            key_figures=[
                (lab, f"{a} ({s})")
                for lab, a, s in zip(account["label"], account["text"], shares["text"])
            ],
            chart=ChartData(
                _tr("Area by land-use class"),
                "daa",
                list(account["label"]),
                list(account["value"]),
                class_colours(pieces, codes),
            ),
            source=source,
            legend_title=_tr("Legend"),
        ),
        items,
        project,
    )
    return layout


def _catchment_page(project, crs, title, town_name, layers, key_rows, date, source):
    """Page 4: the catchment of the centre along the roads."""
    bands = layers.bands
    bands.setName(_tr("Reached along the roads"))
    _add_styled(project, bands, result_spec("serviceareas").style_for("OUTPUT_POLYGONS"))
    reach = key_rows[key_rows["section"] == "catchment"]
    layout, items = _page(project, title, _MAP_PAGE)
    fill_layout(
        layout,
        LayoutContent(
            title=_tr("{}: catchment of the centre").format(town_name),
            date_text=date,
            layers=[lyr for lyr in (layers.centre, layers.town, layers.roads, bands) if lyr],
            crs=crs,
            extent_layers=[bands, layers.town],
            key_header=(_tr("Distance"), _tr("Population")),
            key_figures=list(zip(reach["label"], reach["text"])),
            chart=ChartData(
                _tr("Population reached along the roads"),
                _tr("inh."),
                [f"≤ {format_number(float(k[len('reach_') : -1]), 0)} m" for k in reach["key"]],
                list(reach["value"]),
            ),
            source=source,
            legend_title=_tr("Legend"),
        ),
        items,
        project,
    )
    return layout


def write_pdf(
    path: str,
    title: str,
    town_name: str,
    crs: QgsCoordinateReferenceSystem,
    layers: ProfileLayers,
    key_rows: pd.DataFrame,
    source: str,
    progress: Progress | None = None,
) -> int:
    """Lay the profile out (the overview, the indicators, then land use and the catchment
    where their layers are given) and write it to ``path``; returns the number of pages.

    The layouts live in a project of their own (``qgis_process`` has no project), which
    takes the layers over. ``progress`` is called between pages, while laying them out
    and while writing them; its ``Cancelled`` leaves no file.
    """
    project = QgsProject()
    project.setCrs(crs if crs.isValid() else QgsCoordinateReferenceSystem("EPSG:25833"))
    for key in ("centre", "circles", "town", "roads"):
        if getattr(layers, key) is not None:
            _add_styled(project, getattr(layers, key), _STYLES[key])
    if layers.rings is not None:
        _add_styled(
            project, layers.rings, result_spec("centreindicators").style_for("OUTPUT_RINGS")
        )
        layers.rings.setName(_tr("Density (inh./km²)"))
    layers.town.setName(town_name)

    date = today_text()
    shown = [
        lyr
        for lyr in (layers.centre, layers.circles, layers.town, layers.roads, layers.rings)
        if lyr
    ]
    indicators = key_rows[key_rows["section"] == "indicators"]
    pages = [
        lambda: _overview(project, crs, title, layers, shown, indicators, date, source),
        lambda: _indicator_page(project, title, town_name, layers, indicators, date, source),
    ]
    if layers.landuse is not None:
        pages.append(
            lambda: _landuse_page(project, crs, title, town_name, layers, key_rows, date, source)
        )
    if layers.bands is not None:
        pages.append(
            lambda: _catchment_page(project, crs, title, town_name, layers, key_rows, date, source)
        )
    # laying out is about a third of the time, writing the rest (Eksempelby: 0.4 and 0.65 s)
    layouts = []
    for i, make in enumerate(pages):
        report(progress, 0.35 * i / len(pages))
        layouts.append(make())
    export_pdf(layouts, path, PDF_DPI, scaled(progress, 0.35, 1.0))
    return len(layouts)
