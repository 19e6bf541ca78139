"""The working-CRS policy (DESIGN.md §4): every algorithm computes in metres in a
projected CRS suited to its data, and refuses a layer whose CRS is missing or unknown.

- A layer with no CRS, an invalid one, or GDAL's placeholder ("Undefined geographic SRS",
  written for a GeoPackage layer created without an SRS) stops the run: its coordinates
  cannot be placed on the earth, and guessing gives numbers that are wrong by orders of
  magnitude. The message names the layer and says how to set its CRS.
- The working CRS is the first input's CRS when that is a projected CRS in metres and not
  a Mercator projection (Web Mercator, EPSG:3857, stretches distances by 1/cos(latitude):
  about twice at 60° N). Otherwise it is the UTM zone of the data (EPSG:25832/25833/25835
  in Norway, ETRS89 zones 28-38 in Europe, WGS 84 UTM elsewhere), and the log says why.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsUnitTypes,
)

from smaaby_plugin.core.errors import InputError

__all__ = ["utm_crs_for_lonlat", "check_source_crs", "is_metric_projected", "working_crs"]

_HOW_TO_SET = (
    "set the layer's CRS (Layer Properties > Source > Assigned coordinate reference system, "
    "or Processing > Vector general > Assign projection) and run again"
)


def utm_crs_for_lonlat(lon: float, lat: float) -> QgsCoordinateReferenceSystem:
    """The UTM CRS for a longitude/latitude: ETRS89 (258xx) in Europe, WGS 84 elsewhere."""
    zone = int(math.floor((lon + 180.0) / 6.0)) + 1
    zone = min(max(zone, 1), 60)
    if lat >= 0 and 28 <= zone <= 38 and -35.0 <= lon <= 45.0:
        code = f"EPSG:258{zone:02d}"
    else:
        code = f"EPSG:{(32600 if lat >= 0 else 32700) + zone}"
    return QgsCoordinateReferenceSystem(code)


def _label(name: str, source) -> str:
    layer = source.sourceName() if hasattr(source, "sourceName") else ""
    return f"{name} ('{layer}')" if layer and layer != name else name


def _is_placeholder(crs: QgsCoordinateReferenceSystem) -> bool:
    """GDAL's stand-in for "no SRS": valid to QGIS, but with an unknown datum."""
    description = (crs.description() or "").lower()
    return description.startswith("undefined") or (
        not crs.authid() and 'datum["unknown"' in crs.toWkt().lower()
    )


def check_source_crs(source, name: str) -> None:
    """Raise :class:`InputError` when a geometry layer's CRS cannot be trusted."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise InputError(
            f"{_label(name, source)} has no coordinate reference system (CRS); {_HOW_TO_SET}."
        )
    if _is_placeholder(crs):
        raise InputError(
            f"{_label(name, source)} has an unknown coordinate reference system "
            f"('{crs.description()}', as GDAL writes a file saved without a CRS); "
            f"{_HOW_TO_SET}."
        )
    if crs.isGeographic() or crs.mapUnits() == QgsUnitTypes.DistanceDegrees:
        # metres labelled as degrees (a memory or CSV layer defaults to WGS 84) would
        # vanish in the reprojection, and the run stop for a wrong reason ("no features")
        ext = source.sourceExtent()
        if not ext.isNull() and (
            max(abs(ext.xMinimum()), abs(ext.xMaximum())) > 180
            or max(abs(ext.yMinimum()), abs(ext.yMaximum())) > 90
        ):
            raise InputError(
                f"{_label(name, source)} is in {crs.authid() or crs.description()}, a CRS in "
                f"degrees, but its coordinates reach {ext.xMaximum():,.0f}, "
                f"{ext.yMaximum():,.0f}: they look like metres. Its CRS is probably wrong: "
                f"{_HOW_TO_SET} with the CRS its coordinates are in, e.g. EPSG:25833."
            )


def is_metric_projected(crs: QgsCoordinateReferenceSystem) -> bool:
    """A projected CRS in metres that is not a Mercator projection."""
    if not crs.isValid() or crs.isGeographic() or _is_placeholder(crs):
        return False
    if crs.mapUnits() != QgsUnitTypes.DistanceMeters:
        return False
    return "+proj=merc" not in crs.toProj() and "+proj=longlat" not in crs.toProj()


def _why_not(crs: QgsCoordinateReferenceSystem) -> str:
    if crs.isGeographic() or crs.mapUnits() == QgsUnitTypes.DistanceDegrees:
        return "a geographic CRS (degrees)"
    if "+proj=merc" in crs.toProj():
        return "a Mercator projection, whose distances are too long away from the equator"
    return f"a CRS in {QgsUnitTypes.toString(crs.mapUnits())}, not metres"


def _utm_for_source(source, context, name: str = "the input") -> QgsCoordinateReferenceSystem:
    extent = source.sourceExtent()
    crs = source.sourceCrs()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if crs != wgs84:
        transform = QgsCoordinateTransform(crs, wgs84, context.transformContext())
        try:
            extent = transform.transformBoundingBox(extent)
        except Exception as error:  # QgsCsException: coordinates outside the CRS's area
            raise InputError(
                f"{_label(name, source)}: its coordinates do not fit its CRS "
                f"{crs.authid() or crs.description()} ({error}); check the layer's CRS."
            ) from None
    lon, lat = extent.center().x(), extent.center().y()
    if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lon) > 180 or abs(lat) > 90:
        raise InputError(
            f"The coordinates of {_label(name, source)} ({lon:.1f}, {lat:.1f} after "
            f"transforming to longitude/latitude) do not fit its CRS "
            f"{crs.authid() or crs.description()}; "
            f"if it is wrong, {_HOW_TO_SET}."
        )
    return utm_crs_for_lonlat(lon, lat)


def working_crs(sources, context, feedback=None, names=None) -> QgsCoordinateReferenceSystem:
    """The CRS to compute in for several geometry sources (None entries are skipped):
    the first one's CRS when it is metric projected, otherwise the first metric
    projected CRS among the others, otherwise the UTM zone of the first source's data.
    Every source's CRS is checked first (:func:`check_source_crs`); the choice is
    logged whenever it is not simply the one CRS all inputs share."""
    pairs = [
        (n, s)
        for n, s in zip(names or [f"input {i + 1}" for i in range(len(sources))], sources)
        if s is not None
    ]
    if not pairs:
        raise InputError("No input layer was given.")
    for name, source in pairs:
        check_source_crs(source, name)
    chosen = next((s.sourceCrs() for _, s in pairs if is_metric_projected(s.sourceCrs())), None)
    first_name, first = pairs[0]
    if chosen is None:
        chosen = _utm_for_source(first, context, first_name)
        if feedback is not None:
            feedback.pushInfo(
                f"{_label(first_name, first)} is in {_why_not(first.sourceCrs())} "
                f"({first.sourceCrs().authid() or first.sourceCrs().description()}); "
                f"computing in {chosen.authid()} ({chosen.description()}), the UTM zone "
                f"of the data."
            )
    distinct = {s.sourceCrs().authid() or s.sourceCrs().toWkt() for _, s in pairs}
    if len(distinct) > 1 and feedback is not None:
        listing = ", ".join(
            f"{n}: {s.sourceCrs().authid() or s.sourceCrs().description()}" for n, s in pairs
        )
        feedback.pushInfo(
            f"Inputs are in different CRSs ({listing}); all are reprojected to "
            f"{chosen.authid() or chosen.description()}."
        )
    return chosen
