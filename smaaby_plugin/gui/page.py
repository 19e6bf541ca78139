"""A dock page: one family of algorithms, a chooser, and the essential inputs of the
chosen algorithm built from its own parameter definitions (one base class; a family
page only names its group and, where it helps, the parameters it shows first)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from qgis.core import QgsApplication, QgsProcessingDestinationParameter
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from smaaby_plugin import paths
from smaaby_plugin.gui.params import ParameterInput, make_input

__all__ = [
    "AlgorithmEntry",
    "AlgorithmPage",
    "LandusePage",
    "CatchmentsPage",
    "RegionPage",
    "CentrePage",
    "ScenariosPage",
    "PAGE_CLASSES",
    "help_with_labels",
]

FORM_CLASS, _ = uic.loadUiType(str(paths.form("algorithm_page.ui")))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmaabyDock", text)


def help_with_labels(alg, text: str) -> str:
    """``text`` with the algorithm's parameter and output names (MAX_SNAP, OUTPUT_PIECES)
    replaced by the labels its dialog shows (“Maximum snapping distance”). One-letter
    names (K) stay: as words they are too common in help texts to be sure."""
    labels = {p.name(): p.description() for p in alg.parameterDefinitions()}
    labels.update({o.name(): o.description() for o in alg.outputDefinitions()})
    names = sorted((n for n in labels if len(n) > 1 and labels[n]), key=len, reverse=True)
    if not names or not text:
        return text or ""
    pattern = re.compile(r"(?<![\w.:])(" + "|".join(map(re.escape, names)) + r")(?![\w])")
    return pattern.sub(lambda m: f"“{labels[m.group(1)]}”", text)


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
    #: algorithms of the group the page does not offer (they need no dock, or another page
    #: of the same group offers them)
    SKIP: tuple[str, ...] = ()
    #: offer only the algorithms in ENTRIES (a page that shares its group with another)
    ONLY_ENTRIES = False

    algorithmChanged = pyqtSignal(str)  # noqa: N815 (Qt style)
    inputsChanged = pyqtSignal()  # noqa: N815

    #: shown when the provider is not loaded (the dock sets it: what is missing)
    missing_text = ""

    def __init__(self, parent=None, missing_text: str = ""):
        super().__init__(parent)
        self.ui = FORM_CLASS()
        self.ui.setupUi(self)
        self.missing_text = missing_text
        self.inputs: dict[str, ParameterInput] = {}
        self._hidden_required: list[str] = []
        # long algorithm names must not make the dock (and its scroll area) wider
        combo = self.ui.algorithmCombo
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        self.ui.helpButton.toggled.connect(self._help_toggled)
        self.ui.helpText.setVisible(False)
        self.refresh_algorithms()
        self.ui.algorithmCombo.currentIndexChanged.connect(self._algorithm_changed)
        self._algorithm_changed()

    def _help_toggled(self, shown: bool) -> None:
        self.ui.helpText.setVisible(shown)
        self.ui.helpButton.setArrowType(Qt.DownArrow if shown else Qt.RightArrow)

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
        if self.ONLY_ENTRIES:
            return ordered
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
            registry = QgsApplication.processingRegistry()
            if self.missing_text:
                text = self.missing_text
            elif registry.providerById("smaaby") is None:
                text = _tr(
                    "Småby's algorithms are not loaded. The log (View › Panels › Log "
                    "Messages, tab Småby) says why."
                )
            else:
                text = _tr("No algorithm of this family is installed.")
            self.ui.descriptionLabel.setText(text)
            self.ui.descriptionLabel.setToolTip("")

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
        self.ui.helpButton.setVisible(alg is not None)
        if alg is None:
            self.ui.moreLabel.setText("")
            self.ui.helpButton.setChecked(False)
            return
        help_text = help_with_labels(alg, alg.shortHelpString() or "")
        summary = alg.shortDescription() or help_text.split("\n")[0]
        self.ui.descriptionLabel.setText(help_with_labels(alg, summary))
        self.ui.descriptionLabel.setToolTip("")
        paragraphs = [html.escape(p) for p in help_text.split("\n") if p.strip()]
        self.ui.helpText.setHtml("".join(f"<p>{p}</p>" for p in paragraphs))
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
            self.ui.form.addRow(label, item.row_widget)
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

    def help_text(self) -> str:
        """The help shown in the page's help panel (plain text)."""
        return self.ui.helpText.toPlainText()

    def problems(self) -> list[str]:
        """What must be chosen before a run can start ([] when ready)."""
        if self.current_algorithm() is None:
            return [_tr("choose an analysis")]
        found = [p for p in (item.problem() for item in self.inputs.values()) if p]
        found += [_tr("set “{}” under “Advanced…”").format(name) for name in self._hidden_required]
        return found


class LandusePage(AlgorithmPage):
    GROUP_ID = "landuse"
    #: the arealregnskap workbook has its own button
    WORKBOOK_ID = "smaaby:arealregnskapreport"
    SKIP = ("arealregnskapreport",)

    workbookRequested = pyqtSignal(str, dict)  # noqa: N815 (alg id, prefilled values)

    @staticmethod
    def title() -> str:
        return _tr("Land use")

    def __init__(self, parent=None, missing_text: str = ""):
        super().__init__(parent, missing_text)
        self.workbook_button = QPushButton(_tr("Arealregnskap workbook…"))
        self.workbook_button.setObjectName("workbookButton")
        self.workbook_button.setToolTip(
            _tr(
                "The arealregnskap as one spreadsheet (.xlsx) with the tables KDD's guidance "
                "asks for: opens its Processing dialog with this page's inputs filled in."
            )
        )
        self.workbook_button.clicked.connect(self.request_workbook)
        self.ui.pageLayout.addWidget(self.workbook_button)
        self.refresh_algorithms()

    def refresh_algorithms(self) -> None:
        super().refresh_algorithms()
        button = getattr(self, "workbook_button", None)
        if button is not None:  # shown only while the algorithm is registered
            registry = QgsApplication.processingRegistry()
            button.setVisible(registry.algorithmById(self.WORKBOOK_ID) is not None)

    def workbook_values(self) -> dict:
        """The page's current inputs that the workbook algorithm has too (same names)."""
        alg = QgsApplication.processingRegistry().algorithmById(self.WORKBOOK_ID)
        if alg is None:
            return {}
        return {
            name: value
            for name, value in self.parameters().items()
            if alg.parameterDefinition(name) is not None
            and not isinstance(alg.parameterDefinition(name), QgsProcessingDestinationParameter)
        }

    def request_workbook(self) -> None:
        self.workbookRequested.emit(self.WORKBOOK_ID, self.workbook_values())

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


#: where a link's speed comes from, on the main form of every network algorithm: the
#: network's own speed field, a speed-limit layer (NVDB fartsgrense) with its km/h field,
#: and the road class for the default speeds (NVDB vegkategori)
SPEED_SOURCE = ("SPEED_FIELD", "SPEED_LAYER", "SPEED_LAYER_FIELD", "ROAD_CLASS_FIELD")


#: the catchments algorithms that tie the region to its centres (travel time to services,
#: accessibility, centrality, location, public transport): the Region page offers them
REGION_ALGORITHMS = (
    "serviceaccess",
    "accessibility",
    "centrality",
    "locationallocation",
    "transitservice",
    "transittraveltime",
)


class CatchmentsPage(AlgorithmPage):
    GROUP_ID = "catchments"
    SKIP = REGION_ALGORITHMS

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
                *SPEED_SOURCE,
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
                *SPEED_SOURCE,
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
                *SPEED_SOURCE,
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
                *SPEED_SOURCE,
                "K",
                "MAX_COST",
                "LINES",
            ),
        ),
        AlgorithmEntry("commutingshed"),
        AlgorithmEntry("commutingregions"),
        AlgorithmEntry("preparenetwork", ("NETWORK", *SPEED_SOURCE, "DIRECTION_FIELD")),
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


#: the inputs the Region page shows first (an algorithm not named here shows every
#: parameter that is not advanced)
REGION_ESSENTIAL = {
    "locationallocation": (
        "DEMAND",
        "WEIGHT_FIELD",
        "CANDIDATES",
        "CANDIDATE_ID_FIELD",
        "NETWORK",
        "PROBLEM",
        "P",
        "T",
    ),
    "serviceaccess": (
        "ORIGINS",
        "POPULATION_FIELD",
        "DESTINATIONS",
        "KIND_FIELD",
        "KINDS",
        "NETWORK",
        "COST",
        "CUTOFF",
        "THRESHOLDS",
        "ZONES",
        "ZONE_ID_FIELD",
    ),
    "accessibility": (
        "ORIGINS",
        "POPULATION_FIELD",
        "DESTINATIONS",
        "WEIGHT_FIELD",
        "KIND_FIELD",
        "NETWORK",
        "COST",
        "CUTOFF",
        "DECAY",
        "BETA",
        "ZONES",
        "ZONE_ID_FIELD",
    ),
    "centrality": (
        "METHOD",
        "ORIGINS",
        "POPULATION_FIELD",
        "WORKPLACES",
        "EMPLOYEES_FIELD",
        "SERVICES",
        "SERVICE_KIND_FIELD",
        "TETTSTEDER",
        "TETTSTED_POPULATION_FIELD",
        "NETWORK",
        "COST",
        "ZONES",
        "ZONE_ID_FIELD",
    ),
    "transitservice": (
        "FEED",
        "DATE",
        "START",
        "END",
        "POPULATION",
        "POPULATION_FIELD",
        "ZONES",
        "ZONE_ID_FIELD",
        "NETWORK",
        "MIN_DEPARTURES",
        "WALK_DISTANCE",
    ),
    "transittraveltime": (
        "FEED",
        "DATE",
        "START",
        "END",
        "ORIGINS",
        "POPULATION_FIELD",
        "DESTINATIONS",
        "DIRECTION",
        "NETWORK",
        "SPEED_FIELD",
        "ZONES",
        "ZONE_ID_FIELD",
        "WITHIN",
        "MAX_WALK",
    ),
}


class RegionPage(AlgorithmPage):
    """The region and its ties to the centre: catchments-group algorithms on a page of
    their own so the Catchments page stays short."""

    GROUP_ID = "catchments"
    ONLY_ENTRIES = True

    @staticmethod
    def title() -> str:
        return _tr("Region")

    ENTRIES = tuple(AlgorithmEntry(a, REGION_ESSENTIAL.get(a, ())) for a in REGION_ALGORITHMS)


class ScenariosPage(AlgorithmPage):
    GROUP_ID = "scenarios"

    @staticmethod
    def title() -> str:
        return _tr("Scenarios")

    ENTRIES = (
        AlgorithmEntry(
            "scenariocompare",
            (
                "ALTERNATIVES",
                "NAME_FIELD",
                "DWELLINGS_FIELD",
                "JOBS_FIELD",
                "LANDCOVER",
                "LANDCOVER_FIELD",
                "SHORE",
                "CENTRE",
                "NETWORK",
                "SPEED_FIELD",
                "POPULATION",
                "POPULATION_FIELD",
                "SERVICES",
                "FEED",
                "OUTPUT_PDF",
            ),
        ),
    )


#: the pages in dock order
PAGE_CLASSES = (LandusePage, CatchmentsPage, RegionPage, CentrePage, ScenariosPage)
