"""smaaby:ssbgrid: SSB grid ids to cell polygons (core.ssbgrid)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from smaaby_plugin import layers
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.ssbgrid import GRID_CRS, decode_ids, invalid_summary, repeated_cells
from smaaby_plugin.core.values import listing
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm

_LISTED = 20  # invalid ids listed one by one in the log


class SsbGrid(SmaabyAlgorithm):
    ALG_ID = "ssbgrid"
    DISPLAY_NAME = "SSB grid cells from grid ids"
    TAGS = (
        "SSB, rutenett, grid, ssbid, rute, befolkning, population, 250 m, 1 km, cells, statistikk"
    )
    HELP = (
        "Turns a table or layer with Statistics Norway's (SSB) grid ids (rutenett, e.g. "
        "population per 250 m or 1 km cell) into the cell squares, in EPSG:25833 (ETRS89 / "
        "UTM 33N), keeping all attributes.\n\n"
        "Decoding: an SSB grid id has 14 digits, the easting of the cell's lower-left "
        "corner plus 2,000,000, then its northing (7 digits each): 22832506748250 is the "
        "cell with its lower-left corner at x 283250, y 6748250. Ids stored as text, as "
        "integers or as decimal numbers from a spreadsheet (22832506748250.0, "
        "2.283250674825E+13) are all read.\n\n"
        "Cell size: CELL_SIZE in metres, or 0 to detect it: the largest of 100000, 50000, "
        "25000, 10000, 5000, 2000, 1000, 500, 250 and 100 m on whose grid at least 90 % of "
        "the corners lie. With very few ids (which may all lie on a coarser grid by "
        "chance) a size written in the field name (ssbid_250m, SSBID1000M, ru250m) "
        "decides. The size used and how it was found are logged and returned as "
        "CELL_SIZE_USED.\n\n"
        "The geometry of the input (if any) is ignored and replaced by the cell; features "
        "without geometry are kept. Rows with the same cell (also when the id is written "
        "differently) each get the cell; the log counts them and gives examples, since a "
        "sum over the cells counts every row.\n\n"
        "Bad input: ids that cannot be decoded are never dropped silently: they go to "
        "OUTPUT_INVALID (all attributes and a reason: empty id, not a number, not 14 digits, "
        "outside Norway's grid extent, not on the grid of the cell size), their number to "
        "INVALID_COUNT, and the first 20 are listed in the log. When no id at all can be "
        "decoded, when most ids lie off the grid of a given CELL_SIZE, or when the cell size "
        "cannot be detected, the algorithm stops with a message.\n"
        "Missing values: an empty (null) id goes to OUTPUT_INVALID as 'empty id'; other "
        "fields are copied as they are.\n"
        "CRS: the input's geometry and CRS are not used; the cells are in EPSG:25833, the "
        "CRS of SSB's grid."
    )

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    CELL_SIZE = "CELL_SIZE"
    OUTPUT = "OUTPUT"
    OUTPUT_INVALID = "OUTPUT_INVALID"
    INVALID_COUNT = "INVALID_COUNT"
    CELL_SIZE_USED = "CELL_SIZE_USED"

    def define(self, config):
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Table or layer with SSB grid ids"), [QgsProcessing.TypeVector]
            ),
            self.tr(
                "Any table (e.g. a CSV of population per cell) or layer of any geometry type "
                "with a field of SSB grid ids."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("Grid id field"), parentLayerParameterName=self.INPUT
            ),
            self.tr(
                "The field with the 14-digit SSB grid ids (e.g. ssbid_250m, SSBID1000M, "
                "ru250m); text or numeric."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.CELL_SIZE,
                self.tr("Cell size (m); 0 = detect from the ids"),
                QgsProcessingParameterNumber.Double,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=100000.0,
            ),
            self.tr(
                "Side of the grid cells in metres (250 for SSB's 250 m grid, 1000 for the "
                "1 km grid). 0 detects it from the ids."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Grid cells"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr("One square per decoded id, in EPSG:25833, with all input attributes."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_INVALID,
                self.tr("Ids that could not be decoded"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=True,
            ),
            self.tr("The rows whose id could not be decoded, with a field 'reason'."),
        )
        self.addOutput(
            QgsProcessingOutputNumber(self.INVALID_COUNT, self.tr("Number of undecodable ids"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.CELL_SIZE_USED, self.tr("Cell size (m)")))

    def compute(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise InputError(self.tr("INPUT: the table or layer could not be opened."))
        field = self.parameterAsString(parameters, self.ID_FIELD, context)
        names = source.fields().names()
        if field not in names:
            raise InputError(
                self.tr("ID_FIELD: field '{}' not found; the input has: {}.").format(
                    field, ", ".join(names)
                )
            )
        # the id alone matters: rows without geometry are kept
        frame = layers.read_source(
            source, self.INPUT, context, feedback, geometry=False, require_features=False
        ).attributes
        if frame.empty:
            raise InputError(self.tr("INPUT has no rows; choose a table with grid ids."))
        feedback.setProgress(40)
        size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        decoded = decode_ids(frame[field].tolist(), cell_size=size or None, field_name=field)
        how = {
            "given": "given",
            "ids": "detected from the ids",
            "field name": "from the field name",
        }
        feedback.pushInfo(
            self.tr("Cell size {} m ({}).").format(
                f"{decoded.cell_size:g}", how[decoded.size_source]
            )
        )
        if decoded.note:
            feedback.pushWarning(self.tr("Cell size: {}.").format(decoded.note))
        valid = decoded.valid
        n_invalid = int((~valid).sum())
        if n_invalid:
            counts = invalid_summary(decoded)
            feedback.pushWarning(
                self.tr(
                    "{} of {} ids could not be decoded ({}); they are in OUTPUT_INVALID."
                ).format(n_invalid, len(valid), ", ".join(f"{k}: {v}" for k, v in counts.items()))
            )
            shown = [i for i in range(len(valid)) if not valid[i]][:_LISTED]
            for i in shown:
                feedback.pushWarning(f"  {frame[field].iloc[i]!r}: {decoded.reason[i]}")
        repeated = repeated_cells(decoded)
        if repeated.any():
            examples = listing(frame[field][repeated].drop_duplicates().tolist(), 5)
            feedback.pushWarning(
                self.tr(
                    "{} row(s) repeat the cell of an earlier row (e.g. {}); each row gets "
                    "its cell, so those cells overlap and a sum over them counts every row. "
                    "If the table has several rows per cell (years, groups), filter it to "
                    "one row per cell."
                ).format(int(repeated.sum()), examples)
            )
        feedback.setProgress(60)
        cells = decoded.cells()
        dest = self.write(
            parameters,
            self.OUTPUT,
            context,
            frame[valid],
            cells[valid],
            QgsCoordinateReferenceSystem(GRID_CRS),
            QgsWkbTypes.Polygon,
            feedback,
        )
        results = {
            self.OUTPUT: dest,
            self.INVALID_COUNT: n_invalid,
            self.CELL_SIZE_USED: float(decoded.cell_size),
        }
        reason_field = "reason" if "reason" not in frame.columns else "ssbgrid_reason"
        invalid = frame[~valid].assign(**{reason_field: decoded.reason[~valid]})
        invalid_dest = self.write(parameters, self.OUTPUT_INVALID, context, invalid)
        if invalid_dest is not None:
            results[self.OUTPUT_INVALID] = invalid_dest
        feedback.setProgress(100)
        return results
