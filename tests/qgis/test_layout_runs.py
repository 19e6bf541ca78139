"""Layouts of real runs, built as the dock builds them (gui.results.add_run, then
runlayout.build_run_layout): what the map shows and frames, the legend, the chart and
the key figures; on Eksempelby and on the real Ås, Hamar and kommune data in
../shared/data (skipped where that folder is absent)."""

from __future__ import annotations

import re
from pathlib import Path

import processing
import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from smaaby_plugin.gui import results
from smaaby_plugin.gui.runner import RunResult
from smaaby_plugin.report import catalog
from smaaby_plugin.report.layout import items_by_id
from smaaby_plugin.report.runlayout import ZONES_OUTPUT, build_run_layout

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
NEEDS_DATA = pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} (real data) is absent")
KOMMUNER = DATA / "norge" / "kommuner2024_25833.gpkg"
DEGENERATE = re.compile(r"^(\S+) – \1$")  # "0 – 0": a class whose bounds print alike


@pytest.fixture
def project():
    project = QgsProject()
    project.setCrs(project.crs().fromOgcWmsCrs("EPSG:25833"))
    yield project
    project.clear()


def _run(project, alg_id, params, name):
    """Run as the dock does and add the run; returns (layout items, layers by output)."""
    context = QgsProcessingContext()
    context.setProject(project)
    out = processing.run(
        f"smaaby:{alg_id}", params, context=context, feedback=QgsProcessingFeedback()
    )
    layers = {}
    for key, value in out.items():
        layer = value if isinstance(value, QgsVectorLayer) else context.getMapLayer(str(value))
        if isinstance(layer, QgsVectorLayer):
            context.temporaryLayerStore().takeMapLayer(layer)
            layers[key] = layer
    added = results.add_run(project, name, RunResult(True, alg_id, params, layers))
    group = getattr(added, "group", added)
    info = results.run_info(group)
    run_layers = results.run_layers(group)
    layout = build_run_layout(project, alg_id, name, run_layers, info["inputs"])
    return items_by_id(layout), results.run_layers(group), layout


def _legend_texts(legend) -> list[str]:
    from qgis.PyQt.QtCore import QModelIndex, Qt

    model = legend.model()
    texts = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts.append(str(model.data(index, Qt.DisplayRole)))
            walk(index)

    walk(QModelIndex())
    return texts


def _bbox(layer, expression=None) -> QgsRectangle:
    rect = QgsRectangle()
    rect.setMinimal()
    request = QgsFeatureRequest()
    if expression:
        request.setFilterExpression(expression)
    for feature in layer.getFeatures(request):
        rect.combineExtentWith(feature.geometry().boundingBox())
    return rect


def _no_ids_charted(chart):
    assert chart is not None and chart.values
    assert "fid" not in chart.title.lower()
    assert not all(label.strip().lstrip("-").isdigit() for label in chart.labels)


# -- Eksempelby -----------------------------------------------------------------------------
@pytest.fixture
def sample(project, eksempelby):
    names = ("kommuner", "tettsteder", "landcover", "commuting")
    layers = {n: QgsVectorLayer(f"{eksempelby}|layername={n}", n, "ogr") for n in names}
    project.addMapLayers(list(layers.values()))
    return layers


def test_table_only_land_use_account_maps_and_frames_its_zones(project, sample):
    zones = sample["tettsteder"]
    zones.selectByExpression("\"name\" = 'Eksempelby'")
    items, layers, _ = _run(
        project,
        "landuseaccount",
        {
            "LANDUSE": sample["landcover"].id(),
            "CLASS_FIELD": "arealtype",
            "ZONES": QgsProcessingFeatureSourceDefinition(zones.id(), True),
            "ZONE_FIELD": "name",
            "OUTPUT_TABLE": "memory:",
        },
        "Account",
    )
    shown = items["map"].layers()
    assert ZONES_OUTPUT in layers and layers[ZONES_OUTPUT] in shown
    assert [f["zone_id"] for f in layers[ZONES_OUTPUT].getFeatures()] == ["Eksempelby"]
    town = _bbox(zones, "\"name\" = 'Eksempelby'")
    extent = items["map"].extent()
    assert extent.contains(town)
    # framed on the town (5 % margin and the box's shape), not on the whole layer
    assert extent.width() < 2.5 * max(town.width(), town.height())
    chart = catalog.chart_data("landuseaccount", layers)
    assert not any("not covered" in label for label in chart.labels)
    assert all(value > 0 for value in chart.values)
    # the bars add up to the area with land use, the note says what is left out
    table = layers["OUTPUT_TABLE"]
    covered = sum(f["area_daa"] for f in table.getFeatures() if f["row_type"] != "uncovered")
    assert sum(chart.values) == pytest.approx(covered, rel=1e-9)


def test_compactness_charts_index_values_not_ids(project, sample):
    items, layers, _ = _run(
        project,
        "shapecompactness",
        {"INPUT": sample["tettsteder"].id(), "INDICES": [0], "OUTPUT": "memory:"},
        "Compactness",
    )
    chart = catalog.chart_data("shapecompactness", layers)
    _no_ids_charted(chart)
    out = layers["OUTPUT"]
    by_name = {f["name"]: f["polsby_popper"] for f in out.getFeatures()}
    assert dict(zip(chart.labels, chart.values)) == pytest.approx(by_name)
    figures = dict(catalog.key_figures("shapecompactness", layers))
    assert figures["Shapes measured"] == str(out.featureCount())
    best = max(by_name, key=by_name.get)
    assert figures["Most compact"].startswith(best)


def test_commuting_shed_frames_the_shed_and_its_legend_has_no_degenerate_class(project, sample):
    items, layers, _ = _run(
        project,
        "commutingshed",
        {
            "FLOWS": sample["commuting"].id(),
            "HOME_FIELD": "home_knr",
            "WORK_FIELD": "work_knr",
            "COUNT_FIELD": "employed",
            "AREAS": sample["kommuner"].id(),
            "AREA_ID_FIELD": "kommunenummer",
            "AREA_NAME_FIELD": "kommunenavn",
            "CENTRE_ID": "9901",
            "THRESHOLD": 0.1,
            "OUTPUT": "memory:",
            "OUTPUT_SHED": "memory:",
        },
        "Shed",
    )
    extent = items["map"].extent()
    assert extent.contains(_bbox(layers["OUTPUT_SHED"]))
    texts = _legend_texts(items["legend"])
    assert texts and not any(DEGENERATE.match(t) for t in texts), texts


# -- real data ------------------------------------------------------------------------------
@NEEDS_DATA
def test_aas_account_with_every_kommune_frames_aas_not_norway(project):
    kommuner = QgsVectorLayer(str(KOMMUNER), "kommuner", "ogr")
    cover = QgsVectorLayer(str(DATA / "aas" / "ArealdekkeN50.gpkg"), "N50", "ogr")
    project.addMapLayers([kommuner, cover])
    items, layers, _ = _run(
        project,
        "landuseaccount",
        {
            "LANDUSE": cover.id(),
            "CLASS_FIELD": "klasse",
            "ZONES": kommuner.id(),  # all 357: the land cover is Ås's only
            "ZONE_FIELD": "kommunenummer",
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_PIECES": "memory:",
        },
        "Ås",
    )
    extent = items["map"].extent()
    aas = _bbox(kommuner, "\"kommunenummer\" = '3218'")
    assert extent.contains(aas)
    assert extent.width() < 100_000 and extent.height() < 100_000  # Norway: ~1,700 km
    figures = catalog.key_figures("landuseaccount", layers)
    assert not any("100,0 %" in value or "100.0 %" in value for _, value in figures)
    chart = catalog.chart_data("landuseaccount", layers)
    assert chart.labels[0].startswith("800")  # forest, the largest class, not "not covered"
    assert "not covered" not in " ".join(chart.labels).lower() and chart.note
    assert layers["OUTPUT_PIECES"] in items["map"].layers()


@NEEDS_DATA
def test_hamar_commuting_shed_is_framed_on_the_shed(project):
    kommuner = QgsVectorLayer(str(KOMMUNER), "kommuner", "ogr")
    flows = QgsVectorLayer(
        f"file://{DATA / 'pendling' / 'pendling_2022_nonzero.csv'}?delimiter=,",
        "pendling",
        "delimitedtext",
    )
    project.addMapLayers([kommuner, flows])
    items, layers, _ = _run(
        project,
        "commutingshed",
        {
            "FLOWS": flows.id(),
            "HOME_FIELD": "bosted_knr",
            "WORK_FIELD": "arbeidssted_knr",
            "COUNT_FIELD": "sysselsatte",
            "AREAS": kommuner.id(),
            "AREA_ID_FIELD": "kommunenummer",
            "AREA_NAME_FIELD": "kommunenavn",
            "CENTRE_ID": "3403",
            "THRESHOLD": 0.1,
            "OUTPUT": "memory:",
            "OUTPUT_SHED": "memory:",
        },
        "Hamar shed",
    )
    extent = items["map"].extent()
    shed = _bbox(layers["OUTPUT_SHED"])
    assert extent.contains(shed)
    assert extent.width() < 3 * max(shed.width(), shed.height())
    texts = _legend_texts(items["legend"])
    assert not any(DEGENERATE.match(t) for t in texts), texts
    assert sum(1 for t in texts if " – " in t) >= 3  # the shares keep several classes


@NEEDS_DATA
def test_hamar_town_profile_density_chart_has_8_to_15_bars(tmp_path, monkeypatch):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    from smaaby_plugin.report import town_profile

    charts = []
    real_fill = town_profile.fill_layout

    def spy(layout, content, *args, **kwargs):
        if content.chart is not None:
            charts.append(content.chart)
        return real_fill(layout, content, *args, **kwargs)

    monkeypatch.setattr(town_profile, "fill_layout", spy)
    towns = QgsVectorLayer(str(KOMMUNER), "kommuner", "ogr")
    towns.setSubsetString("\"kommunenummer\" = '3403'")
    centre = QgsVectorLayer("Point?crs=EPSG:25833&field=name:string", "centre", "memory")
    feature = QgsFeature(centre.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(286195, 6746285)))  # Torggata
    feature["name"] = "Torget"
    centre.dataProvider().addFeatures([feature])
    people = QgsVectorLayer(
        f"{DATA / 'norge' / 'popgrid250m_towns_25833.gpkg'}|layername=pop250m_hamar_3403",
        "pop",
        "ogr",
    )
    processing.run(
        "smaaby:townprofile",
        {
            "TOWNS": towns,
            "NAME_FIELD": "kommunenavn",
            "TOWN_NAME": "Hamar",
            "CENTRE": centre,
            "POPULATION": people,
            "POPULATION_FIELD": "pop2019",
            "OUTPUT_PDF": str(tmp_path / "hamar.pdf"),
            "OUTPUT_TABLE": "memory:",
        },
        context=QgsProcessingContext(),
        feedback=QgsProcessingFeedback(),
    )
    density = [c for c in charts if "density" in c.title.lower()]
    assert len(density) == 1
    assert 8 <= len(density[0].labels) <= 15, density[0].labels
    assert "rings of" in density[0].title
    assert (tmp_path / "hamar.pdf").stat().st_size > 10_000
