"""Småby: land-use accounting, catchments and centre analysis for Norwegian small towns."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Entry point QGIS calls; ``iface`` is None under qgis_process."""
    from smaaby_plugin.plugin import SmaabyPlugin

    return SmaabyPlugin(iface)
