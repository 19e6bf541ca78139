"""Input widgets for Processing parameters, built from the algorithm's own definitions.

Layers are chosen with ``QgsMapLayerComboBox`` filtered to the geometry types the
parameter accepts, with "Selected features only" for a feature source as in QGIS's own
dialogs (enabled while the layer has a selection); fields with ``QgsFieldComboBox``
filtered to its field type and following the parent layer; numbers, choices, text and
switches with their defaults.
Parameter types without a simple widget stay at their defaults and are reached through
"Advanced…" (the algorithm's own dialog).
"""

from __future__ import annotations

from qgis.core import (
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)
from qgis.gui import QgsDoubleSpinBox, QgsFieldComboBox, QgsMapLayerComboBox, QgsSpinBox
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

__all__ = ["ParameterInput", "make_input", "layer_filters", "field_filters"]

# Field names tried first, by the end of the parameter name (lower case, in order).
_FIELD_HINTS = {
    "population_field": ["pop2022", "population", "befolkning", "residents", "pop", "bosatte"],
    "population_field_t1": ["pop2015", "pop_t1", "population"],
    "population_field_t2": ["pop2022", "pop_t2", "population"],
    "class_field": ["arealtype", "artype", "class", "klasse"],
    "landcover_field": ["arealtype", "artype"],
    "purpose_field": ["arealformal", "arealformål", "formal"],
    "old_field": ["arealformal", "formal"],
    "new_field": ["arealformal", "formal"],
    "before_field": ["arealtype", "arealformal", "class"],
    "after_field": ["arealtype", "arealformal", "class"],
    "zone_field": ["name", "navn", "kommunenavn", "zone", "tettnr"],
    "name_field": ["name", "navn", "tettstednavn"],
    "centre_id_field": ["centre_id", "name", "navn", "id"],
    "attractiveness_field": ["attractiveness", "floor_space", "areal"],
    "area_id_field": ["kommunenummer", "knr", "area_id", "id"],
    "industry_field": ["nace", "naeringskode", "industry"],
    "employees_field": ["employees", "ansatte", "sysselsatte"],
    "residents_field": ["residents", "bosatte", "population"],
    "speed_field": ["speed_kmh", "fartsgrense", "fartsgrenseverdi", "speed"],
    "speed_layer_field": ["fartsgrenseverdi", "fartsgrense", "speed_kmh", "speed"],
    "road_class_field": ["vegkategori", "road_class", "roadclass", "vegklasse"],
    "direction_field": ["oneway", "direction", "retning"],
    "home_field": ["home_knr", "home", "bosted"],
    "work_field": ["work_knr", "work", "arbeidssted"],
    "count_field": ["employed", "count", "antall"],
    "category_field": ["nace", "category", "kategori"],
}


# Layers chosen for you, by parameter name: the first project layer whose name holds one
# of these words (lower case, in order). Only optional inputs that are unambiguous by
# name: NVDB's speed-limit layer is called fartsgrense.
_LAYER_HINTS = {
    "speed_layer": ["fartsgrense", "speed_limit", "speedlimit"],
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmaabyParameters", text)


def layer_filters(param) -> QgsMapLayerProxyModel.Filters:
    """The layer-combo filter for a feature-source or vector-layer parameter."""
    types = set(param.dataTypes()) if hasattr(param, "dataTypes") else set()
    if QgsProcessing.TypeVector in types:  # any vector layer, tables included
        return QgsMapLayerProxyModel.VectorLayer
    if not types or QgsProcessing.TypeVectorAnyGeometry in types:
        return QgsMapLayerProxyModel.HasGeometry
    # Combine the wanted flags without constructing an empty Filters():
    # QGIS 3.40 moved that type to Qgis.LayerFilters.
    flags = None
    for kind, flag in (
        (QgsProcessing.TypeVectorPoint, QgsMapLayerProxyModel.PointLayer),
        (QgsProcessing.TypeVectorLine, QgsMapLayerProxyModel.LineLayer),
        (QgsProcessing.TypeVectorPolygon, QgsMapLayerProxyModel.PolygonLayer),
    ):
        if kind in types:
            flags = flag if flags is None else flags | flag
    return QgsMapLayerProxyModel.HasGeometry if flags is None else flags


def field_filters(param: QgsProcessingParameterField) -> QgsFieldProxyModel.Filters:
    """The field-combo filter for a field parameter's data type."""
    kind = param.dataType()
    if kind == QgsProcessingParameterField.Numeric:
        return QgsFieldProxyModel.Numeric
    if kind == QgsProcessingParameterField.String:
        return QgsFieldProxyModel.String
    if kind == QgsProcessingParameterField.DateTime:
        return QgsFieldProxyModel.Date | QgsFieldProxyModel.Time | QgsFieldProxyModel.DateTime
    return QgsFieldProxyModel.AllTypes


class ParameterInput(QObject):
    """One parameter's widget: ``value()`` gives what ``processing`` takes,
    ``problem()`` says what is missing (or "" when the input is usable)."""

    changed = pyqtSignal()

    def __init__(self, param, widget, parent=None):
        super().__init__(parent)
        self.param = param
        self.widget = widget
        if isinstance(widget, QComboBox):  # long layer names must not widen the dock
            widget.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
        self.widget.setObjectName(f"input_{param.name()}")
        tip = param.help() if hasattr(param, "help") and param.help() else ""
        self.widget.setToolTip(tip or param.description())
        self.row_widget = widget  # what the form shows (the widget, or a box holding it)

    @property
    def name(self) -> str:
        return self.param.name()

    @property
    def label(self) -> str:
        return self.param.description()

    def optional(self) -> bool:
        return bool(self.param.flags() & self.param.FlagOptional)

    def value(self):
        raise NotImplementedError

    def set_value(self, value) -> None:
        raise NotImplementedError

    def problem(self) -> str:
        return ""


class LayerInput(ParameterInput):
    """A feature source or vector layer: a layer combo filtered by geometry type; for a
    feature source also "Selected features only", enabled while the layer has a selection
    (as QGIS's own dialogs do), giving ``QgsProcessingFeatureSourceDefinition``."""

    def __init__(self, param, parent=None):
        combo = QgsMapLayerComboBox()
        combo.setFilters(layer_filters(param))
        combo.setAllowEmptyLayer(True)
        combo.setShowCrs(True)
        super().__init__(param, combo, parent)
        self.selection = None
        self._watched = None
        if isinstance(param, QgsProcessingParameterFeatureSource):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
            layout.addWidget(combo)
            self.selection = QCheckBox(_tr("Selected features only"))
            self.selection.setObjectName(f"selected_{param.name()}")
            self.selection.setToolTip(
                _tr("Use only the features selected in this layer (select them on the map).")
            )
            self.selection.toggled.connect(self.changed)
            layout.addWidget(self.selection)
            self.row_widget = box
        combo.setLayer(None)
        combo.layerChanged.connect(self._layer_changed)
        self._layer_changed(None)
        self._pick_by_name()
        if _LAYER_HINTS.get(self.name.lower()):  # such a layer may be added later
            QgsProject.instance().layersAdded.connect(self._pick_by_name)

    def _pick_by_name(self, *_args) -> None:
        if self.layer() is not None:
            return  # never overrule a choice
        hints = _LAYER_HINTS.get(self.name.lower(), [])
        for hint in hints:
            for i in range(self.widget.count()):
                layer = self.widget.layer(i)
                if layer is not None and hint in layer.name().lower():
                    self.widget.setLayer(layer)
                    return

    def _layer_changed(self, layer) -> None:
        if self._watched is not None:
            try:
                self._watched.selectionChanged.disconnect(self._selection_changed)
            except (TypeError, RuntimeError):
                pass
            self._watched = None
        if self.selection is not None and hasattr(layer, "selectionChanged"):
            layer.selectionChanged.connect(self._selection_changed)
            self._watched = layer
        self._selection_changed()
        self.changed.emit()

    def _selection_changed(self, *_args) -> None:
        if self.selection is None:
            return
        layer = self.layer()
        count = layer.selectedFeatureCount() if hasattr(layer, "selectedFeatureCount") else 0
        if count == 0:
            self.selection.setChecked(False)
        self.selection.setEnabled(count > 0)
        self.selection.setText(
            _tr("Selected features only ({} of {})").format(count, layer.featureCount())
            if count
            else _tr("Selected features only")
        )

    def layer(self):
        return self.widget.currentLayer()

    def selected_only(self) -> bool:
        return bool(self.selection is not None and self.selection.isChecked())

    def value(self):
        layer = self.layer()
        if layer is None:
            return None
        if self.selected_only():
            return QgsProcessingFeatureSourceDefinition(layer.id(), True)
        return layer.id()

    def set_value(self, value) -> None:
        selected = False
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            selected = value.selectedFeaturesOnly
            value = value.source.staticValue()
        if value is None:
            self.widget.setLayer(None)
            return
        layer = value if hasattr(value, "id") else QgsProject.instance().mapLayer(str(value))
        if layer is None:  # a name: the first layer of that name
            matches = QgsProject.instance().mapLayersByName(str(value))
            layer = matches[0] if matches else None
        self.widget.setLayer(layer)
        if self.selection is not None:
            self.selection.setChecked(selected and self.selection.isEnabled())

    def problem(self) -> str:
        if self.layer() is None and not self.optional():
            return _tr("choose a layer for “{}”").format(self.label)
        if self.selected_only() and self.layer().selectedFeatureCount() == 0:
            return _tr("select features in “{}” or untick “Selected features only”").format(
                self.layer().name()
            )
        return ""


class FieldInput(ParameterInput):
    """A field of a parent layer input, filtered by type, following the parent."""

    def __init__(self, param, parent_input: LayerInput | None, parent=None):
        combo = QgsFieldComboBox()
        combo.setFilters(field_filters(param))
        combo.setAllowEmptyFieldName(True)
        super().__init__(param, combo, parent)
        self.parent_input = parent_input
        if parent_input is not None:
            parent_input.widget.layerChanged.connect(self._parent_changed)
            self._parent_changed(parent_input.layer())
        combo.fieldChanged.connect(self.changed)

    def _parent_changed(self, layer) -> None:
        self.widget.setLayer(layer)
        if layer is None:
            return
        default = self.param.defaultValue()
        names = [f.name() for f in layer.fields()]
        lower = {n.lower(): n for n in names}
        wanted = [default] if isinstance(default, str) and default else []
        key = self.name.lower()
        hints = next((h for end, h in _FIELD_HINTS.items() if key == end), None)
        if hints is None:
            hints = next((h for end, h in _FIELD_HINTS.items() if key.endswith(end)), [])
        for candidate in [*wanted, *hints]:
            if candidate and candidate.lower() in lower:
                self.widget.setField(lower[candidate.lower()])
                # the hint must pass the type filter, or the combo stays empty
                if self.widget.currentField():
                    return
        self.widget.setField("")

    def value(self):
        return self.widget.currentField() or None

    def set_value(self, value) -> None:
        self.widget.setField(str(value) if value else "")

    def problem(self) -> str:
        if self.optional():
            return ""
        if self.parent_input is not None and self.parent_input.layer() is None:
            return ""  # the layer's own problem says it
        if not self.value():
            return _tr("choose a field for “{}”").format(self.label)
        return ""


class NumberInput(ParameterInput):
    def __init__(self, param, parent=None):
        integer = param.dataType() == QgsProcessingParameterNumber.Integer
        box = QgsSpinBox() if integer else QgsDoubleSpinBox()
        if not integer:
            box.setDecimals(3)
        low, high = param.minimum(), param.maximum()
        box.setMinimum(int(max(low, -(2**31) + 1)) if integer else max(low, -1e12))
        box.setMaximum(int(min(high, 2**31 - 1)) if integer else min(high, 1e12))
        super().__init__(param, box, parent)
        default = param.defaultValue()
        if default is not None:
            box.setValue(int(default) if integer else float(default))
            box.setClearValue(int(default) if integer else float(default))
        box.valueChanged.connect(self.changed)

    def value(self):
        return self.widget.value()

    def set_value(self, value) -> None:
        if value is not None:
            self.widget.setValue(value)


class EnumInput(ParameterInput):
    def __init__(self, param, parent=None):
        combo = QComboBox()
        combo.addItems(param.options())
        super().__init__(param, combo, parent)
        default = param.defaultValue()
        if isinstance(default, int) and 0 <= default < combo.count():
            combo.setCurrentIndex(default)
        combo.currentIndexChanged.connect(self.changed)

    def value(self):
        return self.widget.currentIndex()

    def set_value(self, value) -> None:
        if isinstance(value, int):
            self.widget.setCurrentIndex(value)


class StringInput(ParameterInput):
    def __init__(self, param, parent=None):
        edit = QLineEdit()
        super().__init__(param, edit, parent)
        default = param.defaultValue()
        if default is not None:
            edit.setText(str(default))
        edit.textChanged.connect(self.changed)

    def value(self):
        return self.widget.text()

    def set_value(self, value) -> None:
        self.widget.setText("" if value is None else str(value))

    def problem(self) -> str:
        if not self.optional() and not self.value().strip():
            return _tr("fill in “{}”").format(self.label)
        return ""


class BooleanInput(ParameterInput):
    def __init__(self, param, parent=None):
        box = QCheckBox()
        super().__init__(param, box, parent)
        box.setChecked(bool(param.defaultValue()))
        box.toggled.connect(self.changed)

    def value(self):
        return self.widget.isChecked()

    def set_value(self, value) -> None:
        self.widget.setChecked(bool(value))


def make_input(param, inputs: dict[str, ParameterInput]) -> ParameterInput | None:
    """The input widget for ``param`` (None for types left to the full dialog).
    ``inputs`` holds the inputs made so far, for a field's parent layer."""
    if isinstance(param, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
        return LayerInput(param)
    if isinstance(param, QgsProcessingParameterField):
        if param.allowMultiple():
            return None
        parent = inputs.get(param.parentLayerParameterName())
        return FieldInput(param, parent if isinstance(parent, LayerInput) else None)
    if isinstance(param, QgsProcessingParameterNumber):
        return NumberInput(param)
    if isinstance(param, QgsProcessingParameterEnum):
        return None if param.allowMultiple() else EnumInput(param)
    if isinstance(param, QgsProcessingParameterBoolean):
        return BooleanInput(param)
    if isinstance(param, QgsProcessingParameterString):
        return StringInput(param)
    return None
