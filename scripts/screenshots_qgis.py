"""Startup code for QGIS desktop (``qgis --code``), run by scripts/screenshots.sh.

Opens Eksempelby, opens the Småby dock, runs service areas from the dock (a real
background task), makes a print layout of the run, opens it in the layout designer and
grabs the windows as PNG files into $SMAABY_SHOTS. Then QGIS quits. Each step waits
for the previous one through timers, so QGIS's event loop keeps running.
"""

import os
import traceback

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

OUT = os.environ["SMAABY_SHOTS"]
SAMPLE = os.environ["SMAABY_SAMPLE"]
TAG = os.environ.get("SMAABY_TAG", "en")
LOG = open(
    os.path.join(os.environ.get("SMAABY_WORK", OUT), f"screenshots_{TAG}.log"),
    "w",  # noqa: SIM115
    encoding="utf-8",
)
STATE = {}


def log(text):
    LOG.write(text + "\n")
    LOG.flush()


def shot(widget, name):
    path = os.path.join(OUT, f"{name}.png")
    ok = widget.grab().save(path)
    log(f"{'saved' if ok else 'FAILED'} {path} {widget.width()}x{widget.height()}")


def later(ms, step):
    def run():
        try:
            step()
        except Exception:  # a failing step must still end QGIS
            log(traceback.format_exc())
            QTimer.singleShot(500, quit_qgis)

    QTimer.singleShot(ms, run)


def quit_qgis():
    LOG.close()
    QgsApplication.exit(0)


def load_sample():
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:25833"))
    for name in ("population", "roads", "centres", "tettsteder"):
        layer = QgsVectorLayer(f"{SAMPLE}|layername={name}", name, "ogr")
        log(f"layer {name} valid={layer.isValid()} n={layer.featureCount()}")
        project.addMapLayer(layer)
    roads = project.mapLayersByName("roads")[0]
    roads.renderer().symbol().setColor(roads.renderer().symbol().color().fromRgb(120, 120, 120))
    population = project.mapLayersByName("population")[0]
    population.setOpacity(0.35)
    iface.mainWindow().showMaximized()
    iface.mapCanvas().setExtent(project.mapLayersByName("tettsteder")[0].extent().buffered(3000))
    later(3000, open_dock)


def open_dock():
    plugin = plugins.get("smaaby_plugin")
    log(f"plugin loaded: {plugin is not None}")
    plugin.toggle_dock(True)
    dock = plugin.dock
    STATE["dock"] = dock
    # the Region page first (travel time to services), then the catchments run
    region = [type(p).__name__ for p in dock.pages].index("RegionPage")
    dock.ui.pages.setCurrentIndex(region)
    page = dock.current_page()
    combo = page.ui.algorithmCombo
    log(f"region algorithms: {[combo.itemText(i) for i in range(combo.count())]}")
    page.set_algorithm("serviceaccess")
    project = QgsProject.instance()
    page.set_parameters(
        {
            "ORIGINS": project.mapLayersByName("population")[0],
            "DESTINATIONS": project.mapLayersByName("centres")[0],
            "NETWORK": project.mapLayersByName("roads")[0],
        }
    )
    later(1500, lambda: (shot(dock, f"dock_region_{TAG}"), later(200, catchments_page)))


def catchments_page():
    dock = STATE["dock"]
    dock.ui.pages.setCurrentIndex(1)  # catchments
    page = dock.current_page()
    combo = page.ui.algorithmCombo
    log(f"catchment algorithms: {[combo.itemText(i) for i in range(combo.count())]}")
    page.set_algorithm("serviceareas")
    project = QgsProject.instance()
    page.set_parameters(
        {
            "CENTRES": project.mapLayersByName("centres")[0],
            "NETWORK": project.mapLayersByName("roads")[0],
            "POPULATION": project.mapLayersByName("population")[0],
        }
    )
    if "CENTRE_ID_FIELD" in page.inputs:
        page.inputs["CENTRE_ID_FIELD"].set_value("name")
    if "THRESHOLDS" in page.inputs:
        page.inputs["THRESHOLDS"].set_value("5, 10, 20")
    dock.ui.runName.setText(
        "Tjenesteområder 5–10–20 min" if TAG == "nb" else "Service areas 5–10–20 min"
    )
    log(f"problems: {page.problems()}")
    later(1500, lambda: (shot(dock, f"dock_{TAG}"), later(200, start_run)))


def start_run():
    dock = STATE["dock"]
    run = dock.run()
    log(f"run started: {run is not None}; status: {dock.ui.statusLabel.text()}")
    STATE["run"] = run
    later(500, wait_run)


def wait_run(tries=[0]):  # noqa: B006 (a counter kept between calls)
    run = STATE.get("run")
    tries[0] += 1
    if run is not None and run.is_running() and tries[0] < 240:
        later(500, wait_run)
        return
    dock = STATE["dock"]
    log(f"run finished; status: {dock.ui.statusLabel.text()}")
    iface.mapCanvas().refreshAllLayers()
    later(4000, after_run)


def after_run():
    shot(iface.mainWindow(), f"qgis_results_{TAG}")
    dock = STATE["dock"]
    dock.ui.templateCombo.setCurrentIndex(dock.ui.templateCombo.findData("a4_landscape"))
    layout = dock.create_layout()
    STATE["layout"] = layout
    log(f"layout: {layout.name() if layout else None}; status {dock.ui.statusLabel.text()}")
    if layout is not None:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = 110
        QgsLayoutExporter(layout).exportToImage(os.path.join(OUT, f"layout_{TAG}.png"), settings)
    later(5000, grab_designer)


def grab_designer():
    designers = iface.openLayoutDesigners() if hasattr(iface, "openLayoutDesigners") else []
    log(f"designers open: {len(designers)}")
    if designers:
        window = designers[0].window()
        window.resize(1500, 950)
        designers[0].view().zoomFull() if hasattr(designers[0], "view") else None
        later(2500, lambda: (shot(window, f"layout_designer_{TAG}"), later(500, quit_qgis)))
    else:
        later(500, quit_qgis)


later(2000, load_sample)
