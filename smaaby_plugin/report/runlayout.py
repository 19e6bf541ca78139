"""A print layout of one run: the template filled with the run's layers, key figures,
chart and a source line; stored in the project's layout manager."""

from __future__ import annotations

import configparser
import re

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsLayerTreeGroup,
    QgsPrintLayout,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale

from smaaby_plugin import paths
from smaaby_plugin.report import catalog
from smaaby_plugin.report.layout import (
    LayoutContent,
    features_extent,
    fill_layout,
    load_template,
    unique_layout_name,
)
from smaaby_plugin.report.styles import StyleSpec, apply_style

__all__ = [
    "build_run_layout",
    "plugin_version",
    "source_text",
    "today_text",
    "input_layer",
    "ZONES_OUTPUT",
]

#: output name of the copy of the covered zones a layout adds to a table-only run
ZONES_OUTPUT = "LAYOUT_ZONES"
# the run's own layers carry their output name and the run's id (gui.results)
_OUTPUT_PROPERTY = "smaaby/output"
_RUN_PROPERTY = "smaaby/run_id"
_SELECTED = re.compile(r"""selectedFeaturesOnly['"]?\s*[:=]\s*true""", re.IGNORECASE)
_SOURCE = re.compile(r"""['"]source['"]\s*:\s*['"]([^'"]+)['"]""")


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


def input_layer(project: QgsProject, value) -> QgsVectorLayer | None:
    """The project layer a run's recorded input names: a layer id, a layer name, or a
    feature-source definition (selected features only) written as text."""
    if value in (None, ""):
        return None
    if isinstance(value, QgsVectorLayer):
        return value
    text = str(getattr(value, "source", None) and value.source.staticValue() or value)
    match = _SOURCE.search(text)
    for candidate in ([match.group(1)] if match else []) + [text]:
        layer = project.mapLayer(candidate)
        if layer is None:
            found = project.mapLayersByName(candidate)
            layer = found[0] if found else None
        if isinstance(layer, QgsVectorLayer) and layer.isSpatial():
            return layer
    return None


def _run_group(project: QgsProject, layers: dict) -> QgsLayerTreeGroup | None:
    for layer in layers.values():
        node = project.layerTreeRoot().findLayer(layer.id())
        if node is not None and isinstance(node.parent(), QgsLayerTreeGroup):
            return node.parent()
    return None


def _covered_zones(project: QgsProject, alg_id: str, layers: dict, inputs: dict):
    """For a table about zones of an input layer (see ``ResultSpec.zones``): a copy of
    the zones the run covered, styled as outlines with their ids, in the run's group
    (made once per run). None when the result is not of that kind or the input layer
    is no longer in the project."""
    spec = catalog.result_spec(alg_id)
    if spec is None or spec.zones is None:
        return None
    if ZONES_OUTPUT in layers:
        return layers[ZONES_OUTPUT]
    param, field_param, covered = spec.zones
    source = input_layer(project, inputs.get(param))
    ids = [str(z) for z in covered(layers)]
    if source is None or not ids:
        return None
    field = inputs.get(field_param) or ""
    index = source.fields().indexOf(str(field)) if field else -1
    request = QgsFeatureRequest()
    if index >= 0:
        wanted = set(ids)
    else:  # zones named by feature id
        request.setFilterFids([int(z) for z in ids if z.lstrip("-").isdigit()])
        wanted = None
    copy = QgsVectorLayer(
        f"MultiPolygon?crs={source.crs().authid() or 'EPSG:25833'}&field=zone_id:string(0)",
        _tr("Zones covered: {}").format(source.name()),
        "memory",
    )
    if not source.crs().authid():
        copy.setCrs(source.crs())
    features = []
    for feature in source.getFeatures(request):
        zone = str(feature.attribute(index)).strip() if index >= 0 else str(feature.id())
        if wanted is not None and zone not in wanted:
            continue
        out = QgsFeature(copy.fields())
        out.setGeometry(feature.geometry())
        out.setAttributes([zone])
        features.append(out)
    if not features:
        return None
    copy.dataProvider().addFeatures(features)
    copy.updateExtents()
    apply_style(
        copy,
        StyleSpec("outline.qml", label="{0}", label_fields=(("zone_id",),)),
    )
    copy.setCustomProperty(_OUTPUT_PROPERTY, ZONES_OUTPUT)
    project.addMapLayer(copy, False)
    group = _run_group(project, layers)
    if group is not None:
        # one of the run's layers: replacing or removing the run removes it too
        if group.customProperty(_RUN_PROPERTY):
            copy.setCustomProperty(_RUN_PROPERTY, group.customProperty(_RUN_PROPERTY))
        group.addLayer(copy)
    else:
        project.layerTreeRoot().addLayer(copy)
    return copy


def _frame(project, alg_id, layers, zones, crs) -> QgsRectangle | None:
    """The extent a run's map is framed on: the catalogue's frame features, or the
    covered zones; None: the map's layers as a whole."""
    parts = catalog.frame_features(alg_id, layers)
    if zones is not None:
        parts = [(zones, None)]
    extent = QgsRectangle()
    extent.setMinimal()
    found = False
    for layer, expression in parts:
        rect = features_extent(layer, expression, crs, project)
        if not rect.isEmpty():
            extent.combineExtentWith(rect)
            found = True
    return extent if found else None


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
            found = input_layer(project, value) if project is not None else None
            if found is not None:
                text = found.name()
                if _SELECTED.search(str(value)):
                    text = _tr("{} (selected features)").format(text)
            elif _SOURCE.search(text):
                text = _SOURCE.search(text).group(1)
            if text not in names:
                names.append(text)
            if project is not None:
                for layer in [found] if found is not None else project.mapLayersByName(text):
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
    inputs = inputs or {}
    shown = catalog.map_layers(alg_id, layers)
    zones = _covered_zones(project, alg_id, layers, inputs)
    if zones is not None:
        shown = [layer for layer in shown if layer is not zones] + [zones]
    crs = project.crs() if project.crs().isValid() else (shown[0].crs() if shown else None)
    crs = crs or QgsCoordinateReferenceSystem()
    content = LayoutContent(
        title=run_name,
        date_text=today_text(),
        layers=shown,
        crs=crs,
        extent=_frame(project, alg_id, layers, zones, crs),
        key_header=(_tr("Key figure"), _tr("Value")),
        key_figures=catalog.key_figures(alg_id, layers),
        chart=catalog.chart_data(alg_id, layers),
        source=source_text(alg, inputs, crs.authid() if crs.isValid() else "", project),
        legend_title=_tr("Legend"),
    )
    fill_layout(layout, content, project=project)
    if add_to_manager:
        project.layoutManager().addLayout(layout)
    return layout
