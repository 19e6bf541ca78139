"""Putting a run's result layers into the project: a "Småby" group with one sub-group per
run, styled layers (points above lines above polygons, tables last), and the choice
to replace a run of the same name or to add a numbered one. Never a silent duplicate.
"""

from __future__ import annotations

import json
from datetime import datetime

from qgis.core import QgsLayerTreeGroup, QgsLayerTreeLayer, QgsProject, QgsWkbTypes

from smaaby_plugin.report.catalog import result_spec
from smaaby_plugin.report.styles import apply_style

__all__ = [
    "ROOT_GROUP",
    "REPLACE",
    "ADD",
    "smaaby_group",
    "run_groups",
    "add_run",
    "run_info",
    "run_layers",
    "unique_group_name",
]

ROOT_GROUP = "Småby"
REPLACE, ADD = "replace", "add"
_ALG = "smaaby/alg_id"
_INPUTS = "smaaby/inputs"
_CREATED = "smaaby/created"
_OUTPUT = "smaaby/output"
_OUTPUTS = "smaaby/outputs"


def smaaby_group(project: QgsProject, create: bool = True) -> QgsLayerTreeGroup | None:
    """The top-level "Småby" group (made at the top of the layer tree when missing)."""
    root = project.layerTreeRoot()
    group = root.findGroup(ROOT_GROUP)
    if group is None and create:
        group = root.insertGroup(0, ROOT_GROUP)
    return group


def run_groups(project: QgsProject) -> list[QgsLayerTreeGroup]:
    """The run sub-groups under "Småby", top first."""
    group = smaaby_group(project, create=False)
    if group is None:
        return []
    return [
        child
        for child in group.children()
        if isinstance(child, QgsLayerTreeGroup) and child.customProperty(_ALG)
    ]


def unique_group_name(parent: QgsLayerTreeGroup, name: str) -> str:
    names = {child.name() for child in parent.children() if isinstance(child, QgsLayerTreeGroup)}
    candidate, n = name, 1
    while candidate in names:
        n += 1
        candidate = f"{name} ({n})"
    return candidate


def _order(layer) -> int:
    if not layer.isSpatial():
        return 3
    return {QgsWkbTypes.PointGeometry: 0, QgsWkbTypes.LineGeometry: 1}.get(layer.geometryType(), 2)


def _describe(value, project: QgsProject):
    """A parameter value as plain text for the record (layer ids become names)."""
    if isinstance(value, (list, tuple)):
        return [_describe(v, project) for v in value]
    if hasattr(value, "name") and callable(value.name):
        return value.name()
    if isinstance(value, str) and project.mapLayer(value) is not None:
        return project.mapLayer(value).name()
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(value)


def add_run(project: QgsProject, run_name: str, result, mode: str = REPLACE) -> QgsLayerTreeGroup:
    """Add ``result`` (a :class:`~smaaby_plugin.gui.runner.RunResult`) as the sub-group
    ``run_name`` of "Småby", styled; returns the group.

    ``mode`` REPLACE removes a run group of the same name and its layers first; ADD
    keeps it and numbers the new one ("name (2)").
    """
    parent = smaaby_group(project)
    existing = next(
        (g for g in parent.children() if isinstance(g, QgsLayerTreeGroup) and g.name() == run_name),
        None,
    )
    if existing is not None and mode == REPLACE:
        ids = [node.layerId() for node in existing.findLayers()]
        parent.removeChildNode(existing)
        project.removeMapLayers(ids)
        name = run_name
    else:
        name = unique_group_name(parent, run_name)
    group = parent.insertGroup(0, name)
    group.setCustomProperty(_ALG, result.alg_id)
    group.setCustomProperty(_CREATED, datetime.now().isoformat(timespec="seconds"))
    inputs = {
        k: _describe(v, project)
        for k, v in result.parameters.items()
        if not str(k).startswith("OUTPUT")
    }
    group.setCustomProperty(_INPUTS, json.dumps(inputs, ensure_ascii=False, default=str))
    group.setCustomProperty(
        _OUTPUTS,
        json.dumps(
            {name: layer.name() for name, layer in result.layers.items()}, ensure_ascii=False
        ),
    )
    spec = result_spec(result.alg_id)
    ordered = sorted(result.layers.items(), key=lambda item: _order(item[1]))
    for output_name, layer in ordered:
        style = spec.style_for(output_name, result.parameters, layer) if spec is not None else None
        if style is not None:
            apply_style(layer, style)
        layer.setCustomProperty(_OUTPUT, output_name)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        if not layer.isSpatial() and isinstance(node, QgsLayerTreeLayer):
            node.setItemVisibilityChecked(True)
    group.setExpanded(True)
    return group


def run_info(group: QgsLayerTreeGroup) -> dict:
    """The record of a run group: algorithm id, inputs (as text) and creation time."""
    try:
        inputs = json.loads(group.customProperty(_INPUTS) or "{}")
    except ValueError:
        inputs = {}
    try:
        outputs = json.loads(group.customProperty(_OUTPUTS) or "{}")
    except ValueError:
        outputs = {}
    return {
        "alg_id": group.customProperty(_ALG) or "",
        "inputs": inputs,
        "outputs": outputs,
        "created": group.customProperty(_CREATED) or "",
        "name": group.name(),
    }


def run_layers(group: QgsLayerTreeGroup) -> dict:
    """The run's layers still in the project, by output name (a removed layer is absent;
    compare with ``run_info(group)["outputs"]``)."""
    layers = {}
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None:
            layers[layer.customProperty(_OUTPUT) or layer.id()] = layer
    return layers
