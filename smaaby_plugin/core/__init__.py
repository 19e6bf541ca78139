"""Pure computation for Småby: numpy, scipy, shapely>=2 and pandas only.

Nothing in this package imports ``qgis``; the Processing algorithms in
``smaaby_plugin.processing_algorithms`` are thin adapters around it.
"""
