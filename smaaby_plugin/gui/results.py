"""Putting a run's result layers into the project: a "Småby" group with one sub-group per
run, styled layers (points above lines above polygons, tables last), and the choice
to add a numbered run (the default) or to replace a run of the same name. Never a silent
duplicate, and never a lost layer: replacing removes only the layers the old run made
(each carries the run's id); a layer the user put into the group stays, in the new run.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from qgis.core import (
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsWkbTypes,
)

from smaaby_plugin.report.catalog import result_spec
from smaaby_plugin.report.styles import apply_style

__all__ = [
    "ROOT_GROUP",
    "REPLACE",
    "ADD",
    "Added",
    "selection_record",
    "smaaby_group",
    "run_groups",
    "add_run",
    "project_layers_of",
    "loaded_layers_of",
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
_RUN_ID = "smaaby/run_id"  # on the run group and on every layer the run made
_SELECTIONS = "smaaby/selections"


@dataclass
class Added:
    """What :func:`add_run` did: the run group, the run it replaced (name or ""), the
    layers it removed with that run and the user's layers it kept (names)."""

    group: QgsLayerTreeGroup
    replaced: str = ""
    removed: list = field(default_factory=list)
    kept: list = field(default_factory=list)


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
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return _describe(value.source.staticValue(), project)
    if hasattr(value, "name") and callable(value.name):
        return value.name()
    if isinstance(value, str) and project.mapLayer(value) is not None:
        return project.mapLayer(value).name()
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(value)


def selection_record(parameters: dict, project: QgsProject) -> dict:
    """The inputs a run read as "selected features only", by parameter name:
    ``{"ZONES": {"layer": name, "layer_id": id, "fids": [...], "count": n, "total": N}}``.
    A layout reads it to say (and to frame on) what the run covered."""
    record = {}
    for name, value in parameters.items():
        if not isinstance(value, QgsProcessingFeatureSourceDefinition):
            continue
        if not value.selectedFeaturesOnly:
            continue
        layer = project.mapLayer(str(value.source.staticValue()))
        if layer is None:
            continue
        fids = sorted(int(f) for f in layer.selectedFeatureIds())
        record[name] = {
            "layer": layer.name(),
            "layer_id": layer.id(),
            "fids": fids,
            "count": len(fids),
            "total": int(layer.featureCount()),
        }
    return record


def _nodes_of(project: QgsProject, layer) -> list:
    return [n for n in project.layerTreeRoot().findLayers() if n.layerId() == layer.id()]


def _remove_nodes(nodes) -> None:
    for node in nodes:
        if node.parent() is not None:
            node.parent().removeChildNode(node)


def add_run(project: QgsProject, run_name: str, result, mode: str = ADD) -> Added:
    """Add ``result`` (a :class:`~smaaby_plugin.gui.runner.RunResult`) as the sub-group
    ``run_name`` of "Småby", styled; returns what was done (:class:`Added`).

    ``mode`` ADD (the default) keeps a run of the same name and numbers the new one
    ("name (2)"); REPLACE removes the layers that run made and puts the new run in its
    place, keeping any other layer the group held (the user's own) in the new group.
    Layers of ``result`` already in the project (results of QGIS's own Processing dialog)
    are moved into the group instead of being added again.
    """
    parent = smaaby_group(project)
    existing = next(
        (
            g
            for g in parent.children()
            if isinstance(g, QgsLayerTreeGroup) and g.name() == run_name and g.customProperty(_ALG)
        ),
        None,
    )
    added = Added(group=None)
    kept_nodes, ours = [], []
    if existing is not None and mode == REPLACE:
        old_id = existing.customProperty(_RUN_ID)
        for node in existing.findLayers():
            layer = node.layer()
            if layer is None:
                continue
            if old_id:
                made_here = layer.customProperty(_RUN_ID) == old_id
            else:  # a run recorded before runs had ids: its outputs carry their name
                made_here = bool(layer.customProperty(_OUTPUT))
            (ours if made_here else kept_nodes).append(layer if made_here else node)
        added.replaced = existing.name()
        added.removed = [layer.name() for layer in ours]
        added.kept = [node.layer().name() for node in kept_nodes]
        name = run_name
        index = parent.children().index(existing)
    else:
        name = unique_group_name(parent, run_name)
        index = 0
    # The new group first, holding the kept layers, and only then the old group goes:
    # the layer tree drops a layer from the project once no node shows it any more.
    group = parent.insertGroup(index, name)
    added.group = group
    run_id = uuid.uuid4().hex
    group.setCustomProperty(_RUN_ID, run_id)
    group.setCustomProperty(_ALG, result.alg_id)
    group.setCustomProperty(_CREATED, datetime.now().isoformat(timespec="seconds"))
    inputs = {
        k: _describe(v, project)
        for k, v in result.parameters.items()
        if not str(k).startswith("OUTPUT")
    }
    group.setCustomProperty(_INPUTS, json.dumps(inputs, ensure_ascii=False, default=str))
    group.setCustomProperty(
        _SELECTIONS, json.dumps(selection_record(result.parameters, project), ensure_ascii=False)
    )
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
        layer.setCustomProperty(_RUN_ID, run_id)
        elsewhere = _nodes_of(project, layer) if project.mapLayer(layer.id()) is layer else None
        if elsewhere is None:
            project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        if elsewhere:  # loaded by QGIS's dialog elsewhere in the tree: now only here
            _remove_nodes(elsewhere)
        if not layer.isSpatial() and isinstance(node, QgsLayerTreeLayer):
            node.setItemVisibilityChecked(True)
    for node in kept_nodes:  # the user's layers, below the results
        group.addChildNode(node.clone())
    if existing is not None and mode == REPLACE:
        parent.removeChildNode(existing)
        project.removeMapLayers([layer.id() for layer in ours])
    group.setExpanded(True)
    return added


def project_layers_of(project: QgsProject, alg, outputs: dict) -> dict:
    """The project layers QGIS's Processing dialog loaded for ``outputs`` (the results of
    ``alg``), by output name: a temporary output is the layer of that id; a file output
    is a layer reading that file that is in no Småby run yet."""
    in_runs = {node.layerId() for group in run_groups(project) for node in group.findLayers()}
    found = {}
    for output in alg.outputDefinitions():
        value = outputs.get(output.name())
        if not isinstance(value, str) or not value:
            continue
        layer = project.mapLayer(value)
        if layer is None:
            path = value.split("|")[0]
            matches = [
                candidate
                for candidate in project.mapLayers().values()
                if candidate.id() not in in_runs
                and candidate.source().split("|")[0] == path
                and (
                    "layername=" not in value
                    or value.split("|", 1)[1] in candidate.source().split("|", 1)[-1]
                )
            ]
            layer = matches[-1] if matches else None
        if layer is not None and layer.id() not in in_runs:
            found[output.name()] = layer
    return found


def loaded_layers_of(project: QgsProject, alg, layer_ids: list) -> dict:
    """The layers of ``layer_ids`` still in the project and in no run, by output name:
    the output whose description is the layer's name (QGIS names a loaded result so),
    else the layer's name itself."""
    in_runs = {node.layerId() for group in run_groups(project) for node in group.findLayers()}
    by_label = {o.description(): o.name() for o in alg.outputDefinitions()}
    found = {}
    for layer_id in layer_ids:
        layer = project.mapLayer(layer_id)
        if layer is None or layer_id in in_runs:
            continue
        found[by_label.get(layer.name(), layer.name())] = layer
    return found


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
    try:
        selections = json.loads(group.customProperty(_SELECTIONS) or "{}")
    except ValueError:
        selections = {}
    return {
        "alg_id": group.customProperty(_ALG) or "",
        "inputs": inputs,
        "selections": selections,
        "outputs": outputs,
        "created": group.customProperty(_CREATED) or "",
        "name": group.name(),
    }


def run_layers(group: QgsLayerTreeGroup) -> dict:
    """The run's layers still in the project, by output name (a removed layer is absent;
    compare with ``run_info(group)["outputs"]``). A layer the user added to the group is
    not one of them."""
    run_id = group.customProperty(_RUN_ID)
    layers = {}
    for node in group.findLayers():
        layer = node.layer()
        if layer is None or not layer.customProperty(_OUTPUT):
            continue
        if run_id and layer.customProperty(_RUN_ID) != run_id:
            continue
        layers[layer.customProperty(_OUTPUT)] = layer
    return layers
