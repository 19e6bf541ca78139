"""Helpers of the arealregnskap workbook (smaaby:arealregnskapreport) that the plan
algorithms could share: parameters borrowed from another algorithm, the reserve's
options read from the parameters, the BUILT layers, population counts, and the XLSX
writer (GDAL/OGR's own "XLSX" driver, which every QGIS ships: no new install).

Not an algorithm module (the leading underscore keeps the provider from scanning it).
"""

from __future__ import annotations

import os

import pandas as pd
from osgeo import gdal, ogr
from qgis.core import QgsProcessingParameterDefinition, QgsProviderRegistry

from smaaby_plugin import layers
from smaaby_plugin.core.errors import InputError

__all__ = [
    "borrow_parameters",
    "layer_label",
    "read_population",
    "write_workbook",
]


def borrow_parameters(alg, donor_class, names, *, optional: bool = False) -> list:
    """Add copies of another algorithm's parameter definitions (same name, label, help,
    range, flags), so that the workbook asks exactly what that algorithm asks.
    ``optional`` makes the copies optional. Returns the copies."""
    donor = donor_class()
    donor.initAlgorithm()
    copies = []
    for name in names:
        definition = donor.parameterDefinition(name).clone()
        if optional:
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagOptional)
        alg.addParameter(definition)
        copies.append(definition)
    return copies


def layer_label(layer) -> str:
    """A layer as a planner knows it: its name, and for a layer of a file opened by path
    (named after the file) the file and the layer inside it."""
    if layer is None:
        return ""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path, inner = parts.get("path"), parts.get("layerName")
    if path and inner and layer.name() == os.path.splitext(os.path.basename(path))[0]:
        return f"{os.path.basename(path)}: {inner}"
    return layer.name()


def read_population(alg, parameters, context, feedback, *, layer, field, source, crs):
    """(geometry, counts) of a population layer under the one missing-value policy: a
    null or NaN count is 0 (counted in the log), a negative or infinite one stops."""
    field_name = alg.parameterAsString(parameters, field, context)
    if not field_name:
        raise InputError(
            alg.tr("{}: choose the field with the number of inhabitants ({}).").format(layer, field)
        )
    data = layers.read_source(source, layer, context, feedback, fields=[field_name], target_crs=crs)
    return data.geometry, layers.count_column(data, field_name, field, feedback)


_OGR_TYPES = {"i": ogr.OFTInteger64, "f": ogr.OFTReal, "b": ogr.OFTInteger}


def _field_type(column: pd.Series) -> int:
    if isinstance(column.dtype, pd.api.extensions.ExtensionDtype) and column.dtype.kind == "i":
        return ogr.OFTInteger64
    return _OGR_TYPES.get(column.dtype.kind, ogr.OFTString)


def write_workbook(path: str, sheets: dict[str, pd.DataFrame]) -> None:
    """Write one sheet per frame (the column names are the heading row) with GDAL's XLSX
    driver. Numbers stay numbers; NaN and None are empty cells. Raises ``OSError`` with
    GDAL's message when the file cannot be written."""
    driver = ogr.GetDriverByName("XLSX")
    if driver is None:
        raise OSError("this GDAL has no XLSX driver")
    if os.path.exists(path):
        os.remove(path)  # the driver does not overwrite
    dataset = driver.CreateDataSource(path)
    if dataset is None:
        raise OSError(gdal.GetLastErrorMsg() or f"cannot create {path}")
    try:
        for name, frame in sheets.items():
            layer = dataset.CreateLayer(name, geom_type=ogr.wkbNone)
            if layer is None:
                raise OSError(gdal.GetLastErrorMsg() or f"cannot create the sheet {name}")
            kinds = []
            for column in frame.columns:
                kind = _field_type(frame[column])
                layer.CreateField(ogr.FieldDefn(str(column), kind))
                kinds.append(kind)
            definition = layer.GetLayerDefn()
            for row in frame.itertuples(index=False):
                feature = ogr.Feature(definition)
                for i, (value, kind) in enumerate(zip(row, kinds)):
                    if (
                        value is None
                        or value is pd.NA
                        or (isinstance(value, float) and value != value)
                    ):
                        continue
                    if kind == ogr.OFTString:
                        feature.SetField(i, str(value))
                    elif kind == ogr.OFTReal:
                        feature.SetField(i, float(value))
                    else:
                        feature.SetField(i, int(value))
                if layer.CreateFeature(feature) != 0:
                    raise OSError(gdal.GetLastErrorMsg() or f"cannot write the sheet {name}")
    finally:
        dataset = None  # closing writes the file
