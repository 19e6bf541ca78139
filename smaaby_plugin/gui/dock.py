"""The Småby dock: one page per family of algorithms."""

from qgis.gui import QgsDockWidget
from qgis.PyQt import uic

from smaaby_plugin import paths

FORM_CLASS, _ = uic.loadUiType(str(paths.form("dock.ui")))


class SmaabyDock(QgsDockWidget):
    """Dock placeholder holding the page per family; the pages are filled by the GUI work."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("SmaabyDock")
        self.setWindowTitle(self.tr("Småby"))
        self.body = FORM_CLASS()
        from qgis.PyQt.QtWidgets import QWidget

        self.widget = QWidget(self)
        self.body.setupUi(self.widget)
        self.setWidget(self.widget)
