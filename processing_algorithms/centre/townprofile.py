"""smaaby:townprofile: a multi-page A4 PDF profile of one town (the report without the GUI).

A thin adapter: the figures come from smaaby:centreindicators (and smaaby:landuseaccount
and smaaby:serviceareas where land use or a network is given), run as child
algorithms; core.townprofile picks the town and centre and draws the distance circles;
smaaby_plugin.report lays the pages out. The layout lives in a QgsProject of its own,
so the algorithm runs the same under qgis_process as in the desktop.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemPage,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from smaaby_plugin.core.centre.town_profile import (
    centre_in_town,
    distance_circles,
    indicator_figures,
    pick_town,
    ring_labels,
)
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.report.catalog import AR5, SOSI, table_rows
from smaaby_plugin.report.chart import format_number
from smaaby_plugin.report.layout import (
    ChartData,
    LayoutContent,
    add_standard_items,
    fill_layout,
)
from smaaby_plugin.report.runlayout import plugin_version, today_text
from smaaby_plugin.report.styles import StyleSpec, apply_style

# Page boxes (x, y, w, h in mm) on A4 portrait
_HEAD = {"title": (10, 8, 190, 11), "date": (10, 19, 190, 6), "source": (10, 284, 190, 9)}
_OVERVIEW = {
    **_HEAD,
    "map": (10, 27, 190, 150),
    "north": (186, 30, 11, 15),
    "scalebar": (13, 163, 70, 11),
    "legend": (10, 181, 92, 98),
    "keyfigures": (106, 181, 94, 98),
}
_TABLE_CHART = {**_HEAD, "keyfigures": (10, 27, 190, 130), "chart": (10, 165, 190, 110)}
_MAP_PAGE = {
    **_HEAD,
    "map": (10, 27, 190, 125),
    "north": (186, 30, 11, 15),
    "scalebar": (13, 138, 70, 11),
    "legend": (10, 156, 92, 66),
    "keyfigures": (106, 156, 94, 66),
    "chart": (10, 226, 190, 55),
}


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
        "daa. Computation in the projected CRS of TOWNS (a geographic one is reprojected "
        "to UTM).\n\n"
        "Bad input: a TOWN_NAME that is not in the layer (the names found are listed), "
        "several towns without TOWN_NAME, no centre inside the town, or the errors of the "
        "child algorithms (a non-numeric or negative population, for example) stop the "
        "run with a message; nothing is written then."
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

    def flags(self):
        # layouts are rendered and printed: keep to the main thread, as QGIS's dialog does
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

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

    # -- helpers ---------------------------------------------------------------------------
    def _labels(self, distance_method: str) -> dict:
        walking = distance_method and "straight" not in distance_method
        mean = (
            self.tr("Mean walking distance to the centre")
            if walking
            else self.tr("Mean distance to the centre (straight line)")
        )
        return {
            "population": self.tr("Population"),
            "area_km2": self.tr("Area"),
            "density_km2": self.tr("Density"),
            "pct_within": self.tr("Population within {} m of the centre"),
            "mean_dist_m": mean,
            "proximity": self.tr("Proximity index"),
            "clark_d0_km2": self.tr("Central density D0 (Clark)"),
            "clark_b_per_km": self.tr("Density gradient b (Clark)"),
            "clark_r2": self.tr("Fit of the gradient (R²)"),
            "built_m2_per_inh": self.tr("Built-up land per inhabitant"),
            "landuse_mix": self.tr("Land-use mix in the centre (0–1)"),
            "business_mix": self.tr("Business mix in the centre (0–1)"),
        }

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

    @staticmethod
    def _memory(geometries, crs, fields: dict, rows: list, name: str) -> QgsVectorLayer:
        """A small memory layer (a town, a centre, a few circles) for the child
        algorithms and the map."""
        kind = {3: "Polygon", 6: "MultiPolygon", 0: "Point"}
        first = geometries[0]
        geom_type = kind.get(int(shapely.get_type_id(first)), "Polygon")
        if geom_type == "Polygon":
            geom_type = "MultiPolygon"
        layer = QgsVectorLayer(f"{geom_type}?crs={crs.authid()}", name, "memory")
        layer.dataProvider().addAttributes([QgsField(k, v) for k, v in fields.items()])
        layer.updateFields()
        features = []
        for geometry, values in zip(geometries, rows):
            feature = QgsFeature(layer.fields())
            qgs_geometry = QgsGeometry()
            # 2D: under qgis_process shapely may call an older GEOS that refuses 4D WKB
            qgs_geometry.fromWkb(shapely.to_wkb(geometry, output_dimension=2))
            feature.setGeometry(qgs_geometry)
            feature.setAttributes(list(values))
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        return layer

    def _map_copy(self, parameters, name, context, crs, extent=None):
        """The input as a memory layer of the profile's own project (never the caller's
        layer object), clipped to ``extent``."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        if extent is not None:
            request.setFilterRect(extent)
        layer = source.materialize(request)
        layer.setName(source.sourceName() or name)
        return layer

    # -- run -------------------------------------------------------------------------------
    def compute(self, parameters, context, feedback):
        from smaaby_plugin import layers as bridge

        towns_source = self.parameterAsSource(parameters, self.TOWNS, context)
        centre_source = self.parameterAsSource(parameters, self.CENTRE, context)
        if towns_source is None or centre_source is None:
            raise InputError(self.tr("TOWNS and CENTRE must be layers that can be opened."))
        crs = bridge.working_crs([towns_source], context, feedback, [self.TOWNS])
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
            list(names), self.parameterAsString(parameters, self.TOWN_NAME, context).strip() or None
        )
        town_name = str(names[index])
        town_geom = towns.geometry[index]
        centres = bridge.read_source(centre_source, self.CENTRE, context, feedback, target_crs=crs)
        centre_geom = centres.geometry[centre_in_town(town_geom, centres.geometry)]
        distances = self._distances(parameters, context)
        feedback.setProgress(5)

        town_layer = self._memory(
            [town_geom], crs, {"name": QVariant.String}, [[town_name]], self.tr("Town")
        )
        centre_layer = self._memory(
            [centre_geom], crs, {"name": QVariant.String}, [[self.tr("Centre")]], self.tr("Centre")
        )
        indicator_params = {
            "TOWNS": town_layer,
            "NAME_FIELD": "name",
            "CENTRES": centre_layer,
            "POPULATION": parameters[self.POPULATION],
            "POPULATION_FIELD": self.parameterAsString(parameters, self.POPULATION_FIELD, context),
            "DISTANCES": ",".join(f"{d:g}" for d in distances),
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
        indicators = self._child("smaaby:centreindicators", indicator_params, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40)
        table = indicators.get("OUTPUT_TABLE")
        rings = indicators.get("OUTPUT_RINGS")
        if table is None or table.featureCount() == 0:
            raise InputError(
                self.tr("smaaby:centreindicators gave no figures for {}.").format(town_name)
            )
        names_in_table = [f.name() for f in table.fields()]
        row = dict(zip(names_in_table, table_rows(table, names_in_table)[0]))
        figures = indicator_figures(row, distances)
        labels = self._labels(str(row.get("distance_method") or ""))

        landuse = {}
        if parameters.get(self.LANDUSE) not in (None, ""):
            class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context)
            if not class_field:
                raise InputError(self.tr("CLASS_FIELD: choose the land-use class field."))
            feedback.pushInfo(self.tr("Land-use account of {}…").format(town_name))
            landuse = self._child(
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
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}
        catchment = {}
        if parameters.get(self.NETWORK) not in (None, ""):
            catchment = self._catchment(parameters, context, feedback, centre_layer, distances)
        feedback.setProgress(70)

        key_rows = self._key_rows(figures, labels, landuse, catchment)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or self.tr(
            "Town profile: {}"
        ).format(town_name)
        self._write_pdf(
            pdf,
            title,
            town_name,
            crs,
            centre_geom,
            centre_layer,
            town_layer,
            rings,
            distances,
            key_rows,
            landuse,
            catchment,
            parameters,
            context,
            feedback,
        )
        feedback.setProgress(95)
        dest = self.write(parameters, self.OUTPUT_TABLE, context, key_rows, feedback=feedback)
        feedback.setProgress(100)
        return {self.OUTPUT_PDF: pdf, self.OUTPUT_TABLE: dest}

    def _distances(self, parameters, context) -> list[float]:
        text = self.parameterAsString(parameters, self.DISTANCES, context) or ""
        try:
            values = sorted({float(v) for v in text.replace(";", ",").split(",") if v.strip()})
        except ValueError:
            raise InputError(
                self.tr(
                    "DISTANCES: give metres separated by commas, e.g. 500,1000,2000 (got '{}')."
                ).format(text)
            ) from None
        if not values or values[0] <= 0:
            raise InputError(self.tr("DISTANCES: give at least one positive distance in metres."))
        return values

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

    def _key_rows(self, figures, labels, landuse, catchment) -> pd.DataFrame:
        rows = []
        for key, value, unit, distance in figures.itertuples(index=False):
            if key.startswith("pct_within_"):
                label = labels["pct_within"].format(format_number(distance, 0))
            else:
                label = labels.get(key, key)
            rows.append(("indicators", key, label, value, unit))
        table = landuse.get("OUTPUT_TABLE")
        if table is not None:
            for code, nb, area, share in table_rows(
                table, ["class_code", "label_nb", "area_daa", "share_pct"]
            ):
                if area is None or float(area) < 0.005:  # nothing to print in daa
                    continue
                label = f"{code} {nb}" if code is not None else (nb or "–")
                rows.append(("landuse", f"landuse_area_{code}", label, float(area), "daa"))
                rows.append(
                    ("landuse_share", f"landuse_share_{code}", label, float(share or 0.0), "%")
                )
        bands = catchment.get("OUTPUT_POLYGONS")
        if bands is not None:
            for threshold, population in self._band_rows(bands):
                label = self.tr("Population within {} m along the roads").format(
                    format_number(threshold, 0)
                )
                rows.append(("catchment", f"reach_{threshold:g}m", label, population, "inh."))
        frame = pd.DataFrame(rows, columns=["section", "key", "label", "value", "unit"])
        frame["text"] = [self._value_text(v, u) for v, u in zip(frame["value"], frame["unit"])]
        return frame

    @staticmethod
    def _band_rows(bands) -> list[tuple[float, float]]:
        from smaaby_plugin.report.styles import first_field

        threshold = first_field(bands, ["threshold", "cost", "band"])
        population = first_field(bands, ["population", "pop", "pop_reached"])
        if threshold is None or population is None:
            return []
        totals: dict[float, float] = {}
        for t, p in table_rows(bands, [threshold, population]):
            if t is None:
                continue
            totals[float(t)] = totals.get(float(t), 0.0) + float(p or 0.0)
        return sorted(totals.items())

    @staticmethod
    def _value_text(value, unit) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "–"
        text = format_number(float(value))
        return f"{text} {unit}".strip()

    # -- the PDF ----------------------------------------------------------------------------
    def _write_pdf(
        self,
        pdf,
        title,
        town_name,
        crs,
        centre_geom,
        centre_layer,
        town_layer,
        rings,
        distances,
        key_rows,
        landuse,
        catchment,
        parameters,
        context,
        feedback,
    ) -> None:
        project = QgsProject()  # of its own: qgis_process has no project instance
        project.setCrs(crs if crs.isValid() else QgsCoordinateReferenceSystem("EPSG:25833"))
        circles_geom = distance_circles(centre_geom, distances)
        circles = self._memory(
            list(circles_geom),
            crs,
            {"distance_m": QVariant.Double},
            [[d] for d in distances],
            self.tr("Distance from the centre"),
        )
        extent = town_layer.extent()
        extent.combineExtentWith(circles.extent())
        roads = None
        if parameters.get(self.NETWORK) not in (None, ""):
            roads = self._map_copy(
                parameters, self.NETWORK, context, crs, extent.buffered(extent.width() * 0.1)
            )
            roads.setName(self.tr("Roads"))
        map_layers = {
            "centre": centre_layer,
            "circles": circles,
            "town": town_layer,
            "roads": roads,
            "rings": rings,
        }
        for key, spec in (
            ("centre", StyleSpec("centres.qml", ("name",))),
            ("circles", StyleSpec("circles.qml")),
            ("town", StyleSpec("outline.qml")),
            ("roads", StyleSpec("lines.qml")),
            ("rings", StyleSpec("density.qml", ("density_km2",), mode="graduated", classes=5)),
        ):
            layer = map_layers[key]
            if layer is not None:
                project.addMapLayer(layer, False)
                apply_style(layer, spec)
        if rings is not None:
            rings.setName(self.tr("Density (inh./km²)"))
        town_layer.setName(town_name)

        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        collection = layout.pageCollection()
        collection.page(0).setPageSize("A4", QgsLayoutItemPage.Portrait)
        pages = ["overview", "indicators"]
        if landuse.get("OUTPUT_PIECES") is not None:
            pages.append("landuse")
        if catchment.get("OUTPUT_POLYGONS") is not None:
            pages.append("catchment")
        for _ in pages[1:]:
            page = QgsLayoutItemPage(layout)
            page.setPageSize("A4", QgsLayoutItemPage.Portrait)
            collection.addPage(page)
        layout.setName(title)
        source = self._source_text(parameters, context, crs)
        date = today_text()
        shown = [lyr for lyr in (centre_layer, circles, town_layer, roads, rings) if lyr]
        indicators = key_rows[key_rows["section"] == "indicators"]

        # page 1: the map of the town and the key figures
        items = add_standard_items(layout, page=0, boxes=_OVERVIEW)
        fill_layout(
            layout,
            LayoutContent(
                title=title,
                date_text=date,
                layers=shown,
                crs=crs,
                extent_layers=[town_layer, circles],
                key_header=(self.tr("Key figure"), self.tr("Value")),
                key_figures=list(zip(indicators["label"], indicators["text"]))[:10],
                source=source,
                legend_title=self.tr("Legend"),
            ),
            items,
            project,
        )

        # page 2: all indicators and the density by ring
        items = add_standard_items(layout, page=1, boxes=_TABLE_CHART)
        chart = None
        if rings is not None and rings.featureCount():
            ring_data = sorted(
                table_rows(rings, ["r_inner_m", "r_outer_m", "density_km2"]),
                key=lambda r: r[0] or 0.0,
            )
            chart = ChartData(
                self.tr("Population density by distance from the centre"),
                self.tr("inh./km²"),
                ring_labels([r[0] for r in ring_data], [r[1] for r in ring_data]),
                [float(r[2] or 0.0) for r in ring_data],
            )
        fill_layout(
            layout,
            LayoutContent(
                title=self.tr("{}: centre indicators").format(town_name),
                date_text=date,
                key_header=(self.tr("Indicator"), self.tr("Value")),
                key_figures=list(zip(indicators["label"], indicators["text"])),
                chart=chart,
                source=source,
            ),
            items,
            project,
        )

        page_no = 2
        if "landuse" in pages:
            pieces = landuse["OUTPUT_PIECES"]
            pieces.setName(self.tr("Land use"))
            project.addMapLayer(pieces, False)
            codes = [r[0] for r in table_rows(pieces, ["class_code"]) if r[0] is not None]
            apply_style(pieces, SOSI if codes and max(codes) >= 1000 else AR5)
            account = key_rows[key_rows["section"] == "landuse"]
            shares = key_rows[key_rows["section"] == "landuse_share"]
            colours = _class_colours(pieces)
            items = add_standard_items(layout, page=page_no, boxes=_MAP_PAGE)
            fill_layout(
                layout,
                LayoutContent(
                    title=self.tr("{}: land use").format(town_name),
                    date_text=date,
                    layers=[centre_layer, town_layer, pieces],
                    crs=crs,
                    extent_layers=[town_layer],
                    key_header=(self.tr("Class"), self.tr("Area")),
                    key_figures=[
                        (lab, f"{a} ({s})")
                        for lab, a, s in zip(account["label"], account["text"], shares["text"])
                    ],
                    chart=ChartData(
                        self.tr("Area by land-use class"),
                        "daa",
                        list(account["label"]),
                        list(account["value"]),
                        [colours.get(k.rsplit("_", 1)[1], "#4a7fb0") for k in account["key"]],
                    ),
                    source=source,
                    legend_title=self.tr("Legend"),
                ),
                items,
                project,
            )
            page_no += 1
        if "catchment" in pages:
            bands = catchment["OUTPUT_POLYGONS"]
            bands.setName(self.tr("Reached along the roads"))
            project.addMapLayer(bands, False)
            apply_style(
                bands, StyleSpec("servicearea_bands.qml", ("threshold", "cost"), mode="bands")
            )
            reach = key_rows[key_rows["section"] == "catchment"]
            items = add_standard_items(layout, page=page_no, boxes=_MAP_PAGE)
            fill_layout(
                layout,
                LayoutContent(
                    title=self.tr("{}: catchment of the centre").format(town_name),
                    date_text=date,
                    layers=[lyr for lyr in (centre_layer, town_layer, roads, bands) if lyr],
                    crs=crs,
                    extent_layers=[bands, town_layer],
                    key_header=(self.tr("Distance"), self.tr("Population")),
                    key_figures=list(zip(reach["label"], reach["text"])),
                    chart=ChartData(
                        self.tr("Population reached along the roads"),
                        self.tr("inh."),
                        [
                            f"≤ {format_number(float(k[len('reach_') : -1]), 0)} m"
                            for k in reach["key"]
                        ],
                        list(reach["value"]),
                    ),
                    source=source,
                    legend_title=self.tr("Legend"),
                ),
                items,
                project,
            )
        if feedback.isCanceled():
            return
        exporter = QgsLayoutExporter(layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.rasterizeWholeImage = False
        result = exporter.exportToPdf(pdf, settings)
        if result != QgsLayoutExporter.Success:
            raise QgsProcessingException(
                self.tr("The PDF could not be written to {} ({}).").format(
                    pdf, exporter.errorMessage()
                )
            )
        feedback.pushInfo(self.tr("Wrote {} page(s) to {}.").format(len(pages), pdf))

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


def _class_colours(layer: QgsVectorLayer) -> dict:
    """Class code (as text) -> fill colour of a categorized style, for the chart bars."""
    renderer = layer.renderer()
    colours = {}
    for category in getattr(renderer, "categories", lambda: [])():
        symbol = category.symbol()
        if symbol is not None and category.value() is not None:
            colours[str(category.value())] = symbol.color().name()
    return colours
