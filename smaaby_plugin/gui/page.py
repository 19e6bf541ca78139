"""A dock page: one family of algorithms, a chooser, and the essential inputs of the
chosen algorithm built from its own parameter definitions (one base class; a family
page only names its group and, where it helps, the parameters it shows first)."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsApplication, QgsProcessingDestinationParameter
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QWidget

from smaaby_plugin import paths
from smaaby_plugin.gui.params import ParameterInput, make_input

__all__ = [
    "AlgorithmEntry",
    "AlgorithmPage",
    "LandusePage",
    "CatchmentsPage",
    "CentrePage",
    "PAGE_CLASSES",
]

FORM_CLASS, _ = uic.loadUiType(str(paths.form("algorithm_page.ui")))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmaabyDock", text)


@dataclass(frozen=True)
class AlgorithmEntry:
    """An algorithm on a page; ``essential`` lists the parameters shown (in order).
    Empty: every parameter that is not advanced."""

    alg_id: str
    essential: tuple[str, ...] = ()


class AlgorithmPage(QWidget):
    """One family of algorithms. Subclasses set ``GROUP_ID`` and may set ``ENTRIES``
    (order and essential parameters); algorithms of the group not listed there are
    offered too, with all their non-advanced parameters."""

    GROUP_ID = ""

    @staticmethod
    def title() -> str:
        return ""

    ENTRIES: tuple[AlgorithmEntry, ...] = ()
    #: algorithms of the group the page does not offer (they need no dock)
    SKIP: tuple[str, ...] = ()

    algorithmChanged = pyqtSignal(str)  # noqa: N815 (Qt style)
    inputsChanged = pyqtSignal()  # noqa: N815

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = FORM_CLASS()
        self.ui.setupUi(self)
        self.inputs: dict[str, ParameterInput] = {}
        self._hidden_required: list[str] = []
        self.refresh_algorithms()
        self.ui.algorithmCombo.currentIndexChanged.connect(self._algorithm_changed)
        self._algorithm_changed()

    # -- the algorithms of the family -------------------------------------------------
    def available_algorithms(self) -> list:
        """The family's algorithms registered now: ENTRIES first, then the others."""
        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("smaaby")
        if provider is None:
            return []
        in_group = {
            a.name(): a
            for a in provider.algorithms()
            if a.groupId() == self.GROUP_ID and a.name() not in self.SKIP
        }
        ordered = [in_group.pop(e.alg_id) for e in self.ENTRIES if e.alg_id in in_group]
        return ordered + sorted(in_group.values(), key=lambda a: a.displayName())

    def refresh_algorithms(self) -> None:
        """Fill the chooser again (a family member may have been registered since)."""
        combo = self.ui.algorithmCombo
        current = self.current_alg_id()
        combo.blockSignals(True)
        combo.clear()
        for alg in self.available_algorithms():
            combo.addItem(alg.icon(), alg.displayName(), alg.id())
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if combo.count() == 0:
            self.ui.descriptionLabel.setText(
                _tr(
                    "No algorithm of this family is installed. Is the Småby Processing "
                    "provider loaded (Settings › Options › Processing)?"
                )
            )

    def current_alg_id(self) -> str:
        return self.ui.algorithmCombo.currentData() or ""

    def set_algorithm(self, alg_id: str) -> bool:
        """Choose an algorithm by id (``smaaby:x`` or ``x``); False if not on this page."""
        full = alg_id if ":" in alg_id else f"smaaby:{alg_id}"
        index = self.ui.algorithmCombo.findData(full)
        if index < 0:
            return False
        self.ui.algorithmCombo.setCurrentIndex(index)
        return True

    def current_algorithm(self):
        alg_id = self.current_alg_id()
        return QgsApplication.processingRegistry().algorithmById(alg_id) if alg_id else None

    # -- the form -----------------------------------------------------------------------
    def _essential(self, alg) -> list:
        entry = next((e for e in self.ENTRIES if f"smaaby:{e.alg_id}" == alg.id()), None)
        params = [
            p
            for p in alg.parameterDefinitions()
            if not isinstance(p, QgsProcessingDestinationParameter)
        ]
        if entry is not None and entry.essential:
            by_name = {p.name(): p for p in params}
            return [by_name[n] for n in entry.essential if n in by_name]
        return [
            p for p in params if not p.flags() & p.FlagAdvanced and not p.flags() & p.FlagHidden
        ]

    def _clear_form(self) -> None:
        form = self.ui.form
        while form.rowCount():
            form.removeRow(0)
        for item in self.inputs.values():
            item.deleteLater()
        self.inputs = {}

    def _algorithm_changed(self, *_args) -> None:
        self._clear_form()
        alg = self.current_algorithm()
        if alg is None:
            self.ui.moreLabel.setText("")
            return
        summary = alg.shortDescription() or (alg.shortHelpString() or "").split("\n")[0]
        self.ui.descriptionLabel.setText(summary)
        self.ui.descriptionLabel.setToolTip(alg.shortHelpString())
        shown = self._essential(alg)
        for param in shown:
            item = make_input(param, self.inputs)
            if item is None:
                continue
            item.setParent(self)
            self.inputs[param.name()] = item
            label = QLabel(param.description())
            label.setToolTip(item.widget.toolTip())
            label.setWordWrap(True)
            self.ui.form.addRow(label, item.widget)
            item.changed.connect(self.inputsChanged)
        # required parameters the page cannot show and that have no default
        self._hidden_required = [
            p.description()
            for p in alg.parameterDefinitions()
            if not isinstance(p, QgsProcessingDestinationParameter)
            and p.name() not in self.inputs
            and not p.flags() & p.FlagOptional
            and p.defaultValue() is None
        ]
        n_more = len(
            [
                p
                for p in alg.parameterDefinitions()
                if not isinstance(p, QgsProcessingDestinationParameter)
                and p.name() not in self.inputs
            ]
        )
        self.ui.moreLabel.setText(
            _tr("{} more parameters with their defaults under “Advanced…”.").format(n_more)
            if n_more
            else ""
        )
        self.algorithmChanged.emit(alg.id())

    # -- values ---------------------------------------------------------------------------
    def parameters(self) -> dict:
        """The values of the inputs shown (others take the algorithm's defaults)."""
        values = {}
        for name, item in self.inputs.items():
            value = item.value()
            if value is None or value == "":
                continue
            values[name] = value
        return values

    def set_parameters(self, values: dict) -> None:
        """Set inputs by parameter name (layers first, so fields follow their layer)."""
        ordered = sorted(
            values.items(),
            key=lambda kv: (
                kv[0] in self.inputs and type(self.inputs[kv[0]]).__name__ == "FieldInput"
            ),
        )
        for name, value in ordered:
            if name in self.inputs:
                self.inputs[name].set_value(value)

    def problems(self) -> list[str]:
        """What must be chosen before a run can start ([] when ready)."""
        if self.current_algorithm() is None:
            return [_tr("choose an analysis")]
        found = [p for p in (item.problem() for item in self.inputs.values()) if p]
        found += [_tr("set “{}” under “Advanced…”").format(name) for name in self._hidden_required]
        return found


class LandusePage(AlgorithmPage):
    GROUP_ID = "landuse"

    @staticmethod
    def title() -> str:
        return _tr("Land use")

    ENTRIES = (
        AlgorithmEntry(
            "landuseaccount",
            (
                "LANDUSE",
                "CLASS_FIELD",
                "ZONES",
                "ZONE_FIELD",
                "POPULATION",
                "POPULATION_FIELD",
                "UNIT",
            ),
        ),
        AlgorithmEntry(
            "planreserve",
            (
                "PLAN",
                "PURPOSE_FIELD",
                "LANDCOVER",
                "LANDCOVER_FIELD",
                "SHORE",
                "SHORE_WIDTH",
                "BUILT_BUFFER",
                "AR5_BUILT",
                "UNIT",
            ),
        ),
        AlgorithmEntry(
            "planchange",
            (
                "OLD_PLAN",
                "OLD_FIELD",
                "NEW_PLAN",
                "NEW_FIELD",
                "LANDCOVER",
                "LANDCOVER_FIELD",
                "SHORE",
                "GROUPING",
                "UNIT",
            ),
        ),
        AlgorithmEntry(
            "changematrix",
            ("BEFORE", "BEFORE_FIELD", "AFTER", "AFTER_FIELD", "ZONES", "ZONE_FIELD", "UNIT"),
        ),
        AlgorithmEntry("landconsumption"),
    )


class CatchmentsPage(AlgorithmPage):
    GROUP_ID = "catchments"

    @staticmethod
    def title() -> str:
        return _tr("Catchments")

    ENTRIES = (
        AlgorithmEntry(
            "serviceareas",
            (
                "CENTRES",
                "CENTRE_ID_FIELD",
                "NETWORK",
                "COST",
                "SPEED_FIELD",
                "THRESHOLDS",
                "MODE",
                "POPULATION",
                "POPULATION_FIELD",
            ),
        ),
        AlgorithmEntry(
            "catchmentallocation",
            (
                "CENTRES",
                "CENTRE_ID_FIELD",
                "DEMAND",
                "POPULATION_FIELD",
                "NETWORK",
                "COST",
                "SPEED_FIELD",
                "MAX_COST",
            ),
        ),
        AlgorithmEntry(
            "huffcatchment",
            (
                "CENTRES",
                "CENTRE_ID_FIELD",
                "ATTRACTIVENESS_FIELD",
                "DEMAND",
                "POPULATION_FIELD",
                "NETWORK",
                "COST",
                "ALPHA",
                "BETA",
                "MAX_COST",
            ),
        ),
        AlgorithmEntry(
            "odmatrix",
            (
                "ORIGINS",
                "ORIGIN_ID_FIELD",
                "DESTINATIONS",
                "DESTINATION_ID_FIELD",
                "NETWORK",
                "COST",
                "K",
                "MAX_COST",
                "LINES",
            ),
        ),
        AlgorithmEntry("commutingshed"),
        AlgorithmEntry("commutingregions"),
        AlgorithmEntry("preparenetwork", ("NETWORK", "SPEED_FIELD", "DIRECTION_FIELD")),
    )


class CentrePage(AlgorithmPage):
    GROUP_ID = "centre"

    @staticmethod
    def title() -> str:
        return _tr("Centre")

    ENTRIES = (
        AlgorithmEntry(
            "centreindicators",
            (
                "TOWNS",
                "NAME_FIELD",
                "CENTRES",
                "POPULATION",
                "POPULATION_FIELD",
                "DISTANCES",
                "NETWORK",
                "LANDUSE",
                "CLASS_FIELD",
                "BUSINESSES",
                "CATEGORY_FIELD",
            ),
        ),
        AlgorithmEntry("settlements"),
        AlgorithmEntry("centrezones"),
        AlgorithmEntry("shapecompactness"),
        AlgorithmEntry("ssbgrid"),
        AlgorithmEntry("townprofile"),
    )


#: the pages in dock order
PAGE_CLASSES = (LandusePage, CatchmentsPage, CentrePage)
