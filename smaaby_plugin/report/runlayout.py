"""A print layout of one run: the template filled with the run's layers, key figures,
chart and a source line; stored in the project's layout manager."""

from __future__ import annotations

import configparser

from qgis.core import (
    QgsApplication,
    QgsPrintLayout,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale

from smaaby_plugin import paths
from smaaby_plugin.report import catalog
from smaaby_plugin.report.layout import (
    LayoutContent,
    fill_layout,
    load_template,
    unique_layout_name,
)

__all__ = ["build_run_layout", "plugin_version", "source_text", "today_text"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmaabyLayout", text)


def plugin_version() -> str:
    meta = configparser.ConfigParser()
    meta.read(paths.PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    try:
        return meta["general"]["version"]
    except KeyError:
        return ""


def today_text() -> str:
    """Today's date as printed on layouts (the format string is translated)."""
    return QLocale(QgsApplication.locale()).toString(QDate.currentDate(), _tr("d MMMM yyyy"))


def source_text(alg, inputs: dict, crs_authid: str, project: QgsProject | None = None) -> str:
    """ "Data: …; analysis: Småby x.y, <algorithm>; coordinate system: EPSG:…"."""
    names: list[str] = []
    credits: list[str] = []
    layer_params = (
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterVectorLayer,
        QgsProcessingParameterMultipleLayers,
    )
    for param in alg.parameterDefinitions() if alg is not None else []:
        if not isinstance(param, layer_params):
            continue
        values = inputs.get(param.name())
        for value in values if isinstance(values, list) else [values]:
            if not value:
                continue
            text = str(value)
            if text not in names:
                names.append(text)
            if project is not None:
                for layer in project.mapLayersByName(text):
                    credit = layer.attribution() or layer.metadata().rights()
                    credit = " ".join(credit) if isinstance(credit, list) else credit
                    if credit and credit not in credits:
                        credits.append(credit)
    parts = []
    if names:
        parts.append(_tr("Data: {}").format(", ".join(names)))
    if credits:
        parts.append(_tr("© {}").format("; ".join(credits)))
    if alg is not None:
        parts.append(
            _tr("Analysis: Småby {} – {} ({})").format(
                plugin_version(), alg.displayName(), alg.id()
            )
        )
    if crs_authid:
        parts.append(_tr("Coordinate system: {}").format(crs_authid))
    return ". ".join(parts) + ("." if parts else "")


def build_run_layout(
    project: QgsProject,
    alg_id: str,
    run_name: str,
    layers: dict,
    inputs: dict | None = None,
    template: str = "a4_portrait",
    add_to_manager: bool = True,
) -> QgsPrintLayout:
    """The layout of a run (``layers``: output name -> layer, all in ``project``)."""
    alg = QgsApplication.processingRegistry().algorithmById(
        alg_id if ":" in alg_id else f"smaaby:{alg_id}"
    )
    layout = load_template(project, template)
    layout.setName(unique_layout_name(project, run_name))
    shown = catalog.map_layers(alg_id, layers)
    crs = project.crs() if project.crs().isValid() else (shown[0].crs() if shown else None)
    content = LayoutContent(
        title=run_name,
        date_text=today_text(),
        layers=shown,
        crs=crs,
        key_header=(_tr("Key figure"), _tr("Value")),
        key_figures=catalog.key_figures(alg_id, layers),
        chart=catalog.chart_data(alg_id, layers),
        source=source_text(alg, inputs or {}, crs.authid() if crs else "", project),
        legend_title=_tr("Legend"),
    )
    fill_layout(layout, content, project=project)
    if add_to_manager:
        project.layoutManager().addLayout(layout)
    return layout
