"""Write the print-layout templates resources/layouts/{a4,a3}_{portrait,landscape}.qpt.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_layouts.py

The templates are committed. They hold the standard items of
``smaaby_plugin.report.layout.add_standard_items`` (the same builders make the pages
of the town profile); ``fill_layout`` finds them by id. A user may rearrange a
template in the layout designer and save it over the file, as long as the ids stay.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))  # a development script: the plugin as built


def main() -> int:
    from qgis.core import (
        QgsApplication,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
        QgsUnitTypes,
    )

    app = QgsApplication([], False)
    app.initQgis()
    from smaaby_plugin.report.layout import (
        TEMPLATES,
        add_standard_items,
        paper_size_mm,
        template_path,
    )

    project = QgsProject()
    for name in TEMPLATES:
        paper, orientation = name.split("_")
        width, height = paper_size_mm(name)
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        layout.pageCollection().page(0).setPageSize(
            QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters)
        )
        layout.setName(f"Småby {paper.upper()} {orientation}")
        add_standard_items(layout, paper, orientation)
        path = template_path(name)
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
