"""smaaby:townprofile: a multi-page A4 PDF profile of one town (the report without the GUI).

A thin adapter: it reads the parameters, picks the town and its centre and draws the
distance circles with ``core.centre.town_profile``, gets the figures from
smaaby:centreindicators (and smaaby:landuseaccount and smaaby:serviceareas where land use
or a network is given) run as child algorithms, and hands the layers and figures to
``report.town_profile``, which lays the pages out in a project of its own (so the
algorithm runs the same under qgis_process as in the desktop) and writes the PDF.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from smaaby_plugin import layers as bridge
from smaaby_plugin.core.centre.centre_indicators import parse_distances
from smaaby_plugin.core.centre.town_profile import (
    centre_in_town,
    distance_circles,
    indicator_figures,
    pick_town,
    ring_width,
)
from smaaby_plugin.core.errors import Cancelled, InputError
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.report import town_profile
from smaaby_plugin.report.catalog import table_rows
from smaaby_plugin.report.runlayout import plugin_version


class TownProfile(SmaabyAlgorithm):
    ALG_ID = "townprofile"
    DISPLAY_NAME = "Town profile (PDF report)"
    TAGS = "tettstedsprofil, arealprofil, report, rapport, PDF, layout, sentrum, profile"
    HELP = (
        "Writes a multi-page A4 PDF profile of one town (tettsted) and its key figures as "
        "a table, for councils and reports; the same as the dock's print layouts, without "
        "the desktop (qgis_process, models, batch).\n\n"
        "Pages: (1) a map of the town with its centre, the distance circles of DISTANCES "
        "and the population density in rings around the centre, with the key figures; "
        "(2) the centre indicators of smaaby:centreindicators (population, area, density, "
        "share of the population within each distance of the centre, population-weighted "
        "mean distance, proximity index, Clark density gradient D(r) = D0 e^(-b r), "
        "built-up land per inhabitant, land-use and business mix; see that algorithm's "
        "help for the formulas and sources) and a chart of density by distance ring; "
        "(3) where LANDUSE is given, the land-use account of the town "
        "(smaaby:landuseaccount: area by class in daa and its share) with a map and a "
        "chart; (4) where NETWORK is given, the catchment of the centre along the roads "
        "(smaaby:serviceareas, distance bands of DISTANCES) with the population reached, "
        "and walking distances in the indicators.\n\n"
        "The town is the feature of TOWNS whose NAME_FIELD equals TOWN_NAME (a layer "
        "with one town needs neither). Its centre is the CENTRE point inside it, or the "
        "centre-zone polygon with the most area inside it. Units: m, km², inhabitants, "
        "daa.\n\n"
        "Bad input: a TOWN_NAME that is not in the layer (the names found are listed), "
        "several towns with that name (their feature ids are listed; other names may "
        "repeat), several towns without TOWN_NAME, no centre inside the town (the nearest "
        "one's distance is given), population that lies outside the town, or the errors "
        "of the child algorithms stop the run with a message; nothing is written then.\n"
        "Missing values: a null or NaN population counts as 0 (the log says how many); "
        "text, negative, infinite or absurd values (above 10,000,000 for one feature) stop "
        "the run.\n"
        "CRS: all inputs are computed in the first input's projected CRS, or the UTM zone "
        "of the data when it is geographic or Web Mercator; a layer without a CRS stops "
        "the run."
    )

    TOWNS = "TOWNS"
    NAME_FIELD = "NAME_FIELD"
    TOWN_NAME = "TOWN_NAME"
    CENTRE = "CENTRE"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    DISTANCES = "DISTANCES"
    NETWORK = "NETWORK"
    LANDUSE = "LANDUSE"
    CLASS_FIELD = "CLASS_FIELD"
    BUSINESSES = "BUSINESSES"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    TITLE = "TITLE"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def define(self, config):
        people = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        self.add(
            QgsProcessingParameterFeatureSource(
                self.TOWNS, self.tr("Towns"), [QgsProcessing.TypeVectorPolygon]
            ),
            self.tr("Town outlines (tettsteder, settlements); the profile is of one of them."),
        )
        self.add(
            QgsProcessingParameterField(
                self.NAME_FIELD,
                self.tr("Town name field"),
                parentLayerParameterName=self.TOWNS,
                optional=True,
            ),
            self.tr("Field with the towns' names; needed when TOWNS holds several towns."),
        )
        self.add(
            QgsProcessingParameterString(self.TOWN_NAME, self.tr("Town name"), optional=True),
            self.tr(
                "Name of the town to profile, as in the name field (case does not "
                "matter). Empty: the layer's only town."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.CENTRE, self.tr("Centre"), people),
            self.tr(
                "The town centre: points (e.g. the town square) or centre-zone polygons "
                "(smaaby:centrezones); the one inside the town is used."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.POPULATION, self.tr("Population"), people),
            self.tr("Population points (addresses, buildings) or polygons (SSB 250 m cells)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field"),
                parentLayerParameterName=self.POPULATION,
                type=QgsProcessingParameterField.Numeric,
            ),
            self.tr("Numeric field with the number of inhabitants."),
        )
        self.add(
            QgsProcessingParameterString(
                self.DISTANCES,
                self.tr("Distances from the centre (m)"),
                defaultValue="500,1000,2000",
            ),
            self.tr(
                "Comma-separated distances in metres for the circles, the shares of the "
                "population and the catchment bands."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.NETWORK, self.tr("Road network"), [QgsProcessing.TypeVectorLine], optional=True
            ),
            self.tr(
                "Optional roads and paths: walking distances along them, and a catchment page."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.LANDUSE, self.tr("Land use"), [QgsProcessing.TypeVectorPolygon], optional=True
            ),
            self.tr(
                "Optional land use or land cover (AR5, SOSI arealformål): a land-use "
                "account page, and built-up land per inhabitant."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CLASS_FIELD,
                self.tr("Land-use class field"),
                parentLayerParameterName=self.LANDUSE,
                optional=True,
            ),
            self.tr("Field with the numeric class code (e.g. arealtype)."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.BUSINESSES, self.tr("Businesses"), people, optional=True
            ),
            self.tr("Optional business points: the business mix in the centre."),
        )
        self.add(
            QgsProcessingParameterField(
                self.CATEGORY_FIELD,
                self.tr("Business category field"),
                parentLayerParameterName=self.BUSINESSES,
                optional=True,
            ),
            self.tr("Field with the business category (e.g. the NACE code)."),
        )
        self.add(
            QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True),
            self.tr("Title of the report; empty: “Town profile: <name>”."),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF, self.tr("Town profile (PDF)"), self.tr("PDF files (*.pdf)")
            ),
            self.tr("The PDF file to write."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE, self.tr("Key figures"), QgsProcessing.TypeVector
            ),
            self.tr("The profile's key figures as a table: section, key, label, value, unit."),
        )

    # -- run -------------------------------------------------------------------------------
    def compute(self, parameters, context, feedback):
        towns_source = self.parameterAsSource(parameters, self.TOWNS, context)
        centre_source = self.parameterAsSource(parameters, self.CENTRE, context)
        if towns_source is None or centre_source is None:
            raise InputError(self.tr("TOWNS and CENTRE must be layers that can be opened."))
        # Every geometry input is checked here, before any child algorithm runs; the
        # profile is computed in the first metric CRS among them (TOWNS first).
        inputs = [self.TOWNS, self.CENTRE, self.POPULATION, self.NETWORK, self.LANDUSE]
        inputs.append(self.BUSINESSES)
        sources = [
            self.parameterAsSource(parameters, n, context)
            if parameters.get(n) not in (None, "")
            else None
            for n in inputs
        ]
        if sources[2] is None:
            raise InputError(self.tr("POPULATION must be a layer that can be opened."))
        crs = bridge.working_crs(sources, context, feedback, inputs)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        towns = bridge.read_source(
            towns_source,
            self.TOWNS,
            context,
            feedback,
            fields=[name_field] if name_field else [],
            target_crs=crs,
        )
        names = (
            bridge.text_column(towns, name_field).to_numpy()
            if name_field
            else np.array([str(f) for f in towns.fids])
        )
        index = pick_town(
            list(names),
            self.parameterAsString(parameters, self.TOWN_NAME, context).strip() or None,
            towns.fids,
        )
        town_name = str(names[index])
        town_geom = towns.geometry[index]
        centres = bridge.read_source(centre_source, self.CENTRE, context, feedback, target_crs=crs)
        centre_geom = centres.geometry[centre_in_town(town_geom, centres.geometry)]
        distances = self._distances(parameters, context)
        feedback.setProgress(5)

        town_layer = bridge.memory_layer(
            pd.DataFrame({"name": [town_name]}), [town_geom], crs, name=self.tr("Town")
        )
        centre_layer = bridge.memory_layer(
            pd.DataFrame({"name": [self.tr("Centre")]}), [centre_geom], crs, name=self.tr("Centre")
        )
        indicators = self._indicators(
            parameters,
            context,
            feedback,
            town_layer,
            centre_layer,
            town_name,
            distances,
            ring_width(town_geom, centre_geom),
        )
        self.check_cancel(feedback)
        feedback.setProgress(40)
        table = indicators.get("OUTPUT_TABLE")
        if table is None or table.featureCount() == 0:
            raise InputError(
                self.tr("smaaby:centreindicators gave no figures for {}.").format(town_name)
            )
        names_in_table = [f.name() for f in table.fields()]
        row = dict(zip(names_in_table, table_rows(table, names_in_table)[0]))
        figures = indicator_figures(row, distances)

        landuse = {}
        if parameters.get(self.LANDUSE) not in (None, ""):
            landuse = self._landuse(parameters, context, feedback, town_layer, town_name)
        self.check_cancel(feedback)
        feedback.setProgress(60)
        catchment = {}
        if parameters.get(self.NETWORK) not in (None, ""):
            catchment = self._catchment(parameters, context, feedback, centre_layer, distances)
        self.check_cancel(feedback)
        feedback.setProgress(70)

        key_rows = town_profile.key_figure_rows(
            figures,
            str(row.get("distance_method") or ""),
            landuse.get("OUTPUT_TABLE"),
            catchment.get("OUTPUT_POLYGONS"),
        )
        circles = bridge.memory_layer(
            pd.DataFrame({"distance_m": distances}),
            distance_circles(centre_geom, distances),
            crs,
            name=self.tr("Distance from the centre"),
        )
        roads = None
        if parameters.get(self.NETWORK) not in (None, ""):
            extent = town_layer.extent()
            extent.combineExtentWith(circles.extent())
            roads = self._map_copy(
                parameters,
                self.NETWORK,
                context,
                feedback,
                crs,
                extent.buffered(extent.width() * 0.1),
            )
            self.check_cancel(feedback)
            roads.setName(self.tr("Roads"))
        maps = town_profile.ProfileLayers(
            town=town_layer,
            centre=centre_layer,
            circles=circles,
            rings=indicators.get("OUTPUT_RINGS"),
            roads=roads,
            landuse=landuse.get("OUTPUT_PIECES"),
            bands=catchment.get("OUTPUT_POLYGONS"),
        )
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or self.tr(
            "Town profile: {}"
        ).format(town_name)
        source = self._source_text(parameters, context, crs)
        # recorded before writing: a cancelled or failed run removes it
        pdf = self.record_output(parameters, self.OUTPUT_PDF, context)
        dest = self.write(parameters, self.OUTPUT_TABLE, context, key_rows, feedback=feedback)
        # Everything above runs in the background (Cancel works); the pages are laid out
        # and printed in postProcessAlgorithm, on the main thread, as layouts must be. The
        # layers made here go into the context's store, which QGIS hands to that thread.
        store = context.temporaryLayerStore()
        for layer in (town_layer, centre_layer, circles, roads):
            if layer is not None and store.mapLayer(layer.id()) is None:
                store.addMapLayer(layer)
        self._render = (pdf, title, town_name, crs, maps, key_rows, source, dest)
        # the outputs are given by postProcessAlgorithm once the PDF is written: QGIS
        # keeps these results when the post-processing gives none (a cancel there)
        return {}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        render, self._render = getattr(self, "_render", None), None
        if render is None:  # cancelled or failed in compute: nothing to lay out
            return {}
        pdf, title, town_name, crs, maps, key_rows, source, dest = render
        store = context.temporaryLayerStore()
        for layer in vars(maps).values():
            if layer is not None and store.mapLayer(layer.id()) is not None:
                store.takeMapLayer(layer)  # the profile's own project takes them over
        try:
            pages = town_profile.write_pdf(
                pdf, title, town_name, crs, maps, key_rows, source, self.progress(feedback, 75, 100)
            )
        except Cancelled:
            return self.discard_cancelled(context, feedback)
        except OSError as error:  # report.pdf.PdfExportError, or the folder itself
            self._outputs.discard(context)
            raise QgsProcessingException(
                self.tr("The PDF could not be written to {} ({}).").format(pdf, error)
            ) from None
        feedback.pushInfo(self.tr("Wrote {} page(s) to {}.").format(pages, pdf))
        feedback.setProgress(100)
        return {self.OUTPUT_PDF: pdf, self.OUTPUT_TABLE: dest}

    def _distances(self, parameters, context) -> list[float]:
        # the same rule as smaaby:centreindicators, which gets these distances
        return parse_distances(self.parameterAsString(parameters, self.DISTANCES, context) or "")

    # -- child algorithms ------------------------------------------------------------------
    def _child(self, alg_id, params, context, feedback) -> dict:
        import processing

        if QgsApplication.processingRegistry().algorithmById(alg_id) is None:
            raise InputError(self.tr("The algorithm {} is not installed.").format(alg_id))
        results = processing.run(
            alg_id, params, context=context, feedback=feedback, is_child_algorithm=True
        )
        layers = {}
        for key, value in results.items():
            if isinstance(value, str):
                layer = QgsProcessingUtils.mapLayerFromString(value, context)
                if layer is not None:
                    layers[key] = layer
        return layers

    def _indicators(
        self, parameters, context, feedback, town_layer, centre_layer, town_name, distances, ring
    ) -> dict:
        indicator_params = {
            "TOWNS": town_layer,
            "NAME_FIELD": "name",
            "CENTRES": centre_layer,
            "POPULATION": parameters[self.POPULATION],
            "POPULATION_FIELD": self.parameterAsString(parameters, self.POPULATION_FIELD, context),
            "DISTANCES": ",".join(f"{d:g}" for d in distances),
            # 10-15 rings for the density chart, whatever the town's size
            "RING_WIDTH": ring,
            "OUTPUT_TABLE": QgsProcessing.TEMPORARY_OUTPUT,
            "OUTPUT_RINGS": QgsProcessing.TEMPORARY_OUTPUT,
        }
        optional = {
            self.NETWORK: "NETWORK",
            self.LANDUSE: "LANDUSE",
            self.CLASS_FIELD: "CLASS_FIELD",
            self.BUSINESSES: "BUSINESSES",
            self.CATEGORY_FIELD: "CATEGORY_FIELD",
        }
        for ours, theirs in optional.items():
            if parameters.get(ours) not in (None, ""):
                indicator_params[theirs] = parameters[ours]
        feedback.pushInfo(self.tr("Centre indicators of {}…").format(town_name))
        return self._child("smaaby:centreindicators", indicator_params, context, feedback)

    def _landuse(self, parameters, context, feedback, town_layer, town_name) -> dict:
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        if not class_field:
            raise InputError(self.tr("CLASS_FIELD: choose the land-use class field."))
        feedback.pushInfo(self.tr("Land-use account of {}…").format(town_name))
        return self._child(
            "smaaby:landuseaccount",
            {
                "LANDUSE": parameters[self.LANDUSE],
                "CLASS_FIELD": class_field,
                "ZONES": town_layer,
                "ZONE_FIELD": "name",
                "UNIT": 1,
                "OUTPUT_TABLE": QgsProcessing.TEMPORARY_OUTPUT,
                "OUTPUT_PIECES": QgsProcessing.TEMPORARY_OUTPUT,
            },
            context,
            feedback,
        )

    def _catchment(self, parameters, context, feedback, centre_layer, distances) -> dict:
        registry = QgsApplication.processingRegistry()
        alg = registry.algorithmById("smaaby:serviceareas")
        if alg is None:
            feedback.pushWarning(
                self.tr("smaaby:serviceareas is not installed: no catchment page.")
            )
            return {}
        wanted = {
            "CENTRES": centre_layer,
            "CENTRE_ID_FIELD": "name",
            "NETWORK": parameters[self.NETWORK],
            "COST": 0,
            "THRESHOLDS": ",".join(f"{d:g}" for d in distances),
            "POPULATION": parameters[self.POPULATION],
            "POPULATION_FIELD": self.parameterAsString(parameters, self.POPULATION_FIELD, context),
            "OUTPUT_POLYGONS": QgsProcessing.TEMPORARY_OUTPUT,
        }
        known = {p.name() for p in alg.parameterDefinitions()}
        params = {k: v for k, v in wanted.items() if k in known}
        feedback.pushInfo(self.tr("Catchment of the centre along the network…"))
        return self._child("smaaby:serviceareas", params, context, feedback)

    # -- the map and the source line -------------------------------------------------------
    def _map_copy(self, parameters, name, context, feedback, crs, extent=None):
        """The input as a memory layer of the profile's own project (never the caller's
        layer object), clipped to ``extent``."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        if extent is not None:
            request.setFilterRect(extent)
        layer = source.materialize(request, feedback)
        layer.setName(source.sourceName() or name)
        return layer

    def _source_text(self, parameters, context, crs) -> str:
        names = []
        for name in (
            self.TOWNS,
            self.CENTRE,
            self.POPULATION,
            self.NETWORK,
            self.LANDUSE,
            self.BUSINESSES,
        ):
            if parameters.get(name) in (None, ""):
                continue
            source = self.parameterAsSource(parameters, name, context)
            if source is not None and source.sourceName() not in names:
                names.append(source.sourceName())
        return self.tr(
            "Data: {}. Analysis: Småby {} (smaaby:townprofile, "
            "smaaby:centreindicators). Coordinate system: {}."
        ).format(", ".join(names), plugin_version(), crs.authid())
