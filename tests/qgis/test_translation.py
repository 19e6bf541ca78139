"""The Norwegian bokmål translation is complete: every string the plugin shows at run time
(algorithm names, groups, help texts, parameter labels and help, outputs, the dock, its
pages and forms) has a translation in the compiled resources/i18n/smaaby_nb.qm, and the
extractor of scripts/update_translations.py finds every one of them."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from smaaby_plugin import paths


def _extractor():
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


class _Recorder(QTranslator):
    """Records every (context, source) asked for and translates nothing."""

    def __init__(self):
        super().__init__()
        self.seen: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        self.seen.add((context, source))
        return None

    def isEmpty(self):  # noqa: N802
        return False


@pytest.fixture(scope="module")
def shown_strings(qgis_iface, smaaby_plugin_loaded):
    """Everything the plugin asks Qt to translate while building its algorithms and dock."""
    recorder = _Recorder()
    QCoreApplication.installTranslator(recorder)
    try:
        provider = QgsApplication.processingRegistry().providerById("smaaby")
        provider.longName()
        for listed in provider.algorithms():
            alg = listed.createInstance()
            alg.initAlgorithm({})
            alg.displayName(), alg.group(), alg.shortHelpString(), alg.tags()
        from smaaby_plugin.gui.dock import SmaabyDock

        dock = SmaabyDock(qgis_iface, qgis_iface.mainWindow())
        for page in dock.pages:
            for index in range(page.ui.algorithmCombo.count()):
                page.ui.algorithmCombo.setCurrentIndex(index)
            page.problems()
        dock.close()
        dock.deleteLater()
    finally:
        QCoreApplication.removeTranslator(recorder)
    return recorder.seen


def _ours(context: str, algorithm_classes: set[str]) -> bool:
    return (
        context.startswith("Smaaby")
        or context in algorithm_classes
        or context in {"AlgorithmPageBody"}
    )


def test_every_shown_string_has_a_bokmal_translation(shown_strings):
    qm = paths.resource("i18n", "smaaby_nb.qm")
    assert qm.exists(), "resources/i18n/smaaby_nb.qm is missing: run `make build`"
    translator = QTranslator()
    assert translator.load(str(qm))
    classes = {
        type(a).__name__
        for a in QgsApplication.processingRegistry().providerById("smaaby").algorithms()
    }
    ours = {(c, s) for c, s in shown_strings if _ours(c, classes) and s.strip()}
    assert len(ours) > 300  # the recorder did see the algorithms and the dock
    # const char * in Qt: the source texts are UTF-8 bytes
    missing = sorted(
        (c, s[:70]) for c, s in ours if not translator.translate(c.encode(), s.encode("utf-8"))
    )
    assert missing == [], f"{len(missing)} strings without a translation: {missing[:20]}"


def test_the_extractor_finds_every_shown_string(shown_strings):
    module = _extractor()
    messages, _warnings = module.extract()
    extracted = {(m.context, m.source) for m in messages}
    classes = {
        type(a).__name__
        for a in QgsApplication.processingRegistry().providerById("smaaby").algorithms()
    }
    ours = {(c, s) for c, s in shown_strings if _ours(c, classes) and s.strip()}
    missed = sorted((c, s[:70]) for c, s in ours - extracted)
    assert missed == [], f"shown but not extracted: {missed[:20]}"


def test_ts_file_is_complete_and_current():
    module = _extractor()
    assert module.main(["--check"]) == 0


def test_an_installed_bokmal_translator_changes_what_qgis_shows(smaaby_plugin_loaded):
    translator = QTranslator()
    assert translator.load(str(paths.resource("i18n", "smaaby_nb.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        registry = QgsApplication.processingRegistry()
        alg = registry.createAlgorithmById("smaaby:townprofile")
        assert alg.displayName() == "Tettstedsprofil (PDF-rapport)"
        assert alg.group() == "Sentrum og kompakthet"
        assert alg.parameterDefinition("TOWN_NAME").description() == "Tettstedsnavn"
        landuse = registry.createAlgorithmById("smaaby:landuseaccount")
        assert landuse.displayName() == "Arealregnskap etter sone"
        assert landuse.shortHelpString().startswith("Beregner arealet av hver arealklasse")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert (
        registry.createAlgorithmById("smaaby:townprofile").displayName()
        == "Town profile (PDF report)"
    )
