"""smaaby:preparenetwork: a routable road network with length, minutes per direction and
connected components. Thin adapter to core.catchments.network.build_graph (through
_network.read_network)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSink, QgsWkbTypes

from smaaby_plugin.processing_algorithms.base import SmaabyAlgorithm
from smaaby_plugin.processing_algorithms.catchments import _network as nw


class PrepareNetwork(SmaabyAlgorithm):
    ALG_ID = "preparenetwork"
    DISPLAY_NAME = "Prepare road network"
    TAGS = (
        "network, vegnett, graph, topology, speed, fartsgrense, one-way, enveiskjøring, "
        "NVDB, routing, components, dangling"
    )
    HELP = (
        "Turns road lines into a routable network and writes it out: each link (a line, "
        "or part of a line between junctions) with its length in metres, its travel time "
        "in minutes in and against its digitised direction, its speed and where that speed "
        "came from, its end nodes and its connected component. The other network "
        "algorithms take this output as NETWORK and use its minutes as they are.\n\n"
        "Method: line ends (and vertices shared by several lines) closer than the snapping "
        "tolerance become one junction, found with a KD-tree and merged transitively "
        "(union-find), so that rounding noise never breaks a junction. Minutes = length / "
        "(speed × 1000/60). The speed of a link is, in order: the length-weighted mean of "
        "speed-limit lines lying along it (e.g. NVDB fartsgrense), its speed field, the "
        "default speed of its road class. One-way links come from a direction field with "
        "listed values or from NVDB lane lists (feltoversikt: odd lanes run with the link, "
        "even lanes against it; Statens vegvesen, NVDB Datakatalog). min_fw / min_bw are "
        "null where that direction is closed.\n\n"
        "The log reports the connected components (the largest first), dangling ends "
        "(junctions with a single link: dead ends or gaps), one-way counts and how many "
        "links got a default speed. OUTPUT_NODES shows the junctions with their degree, so "
        "gaps can be found on the map.\n\n"
        "Bad input: null, zero or negative speeds get the default (counted); speeds above "
        "200 km/h or infinite stop the run with the feature ids; default speeds must lie in "
        "1-200 km/h and the snapping tolerance in 0-100 m; lines without geometry, of zero "
        "length or degenerate are dropped (counted).\n\n"
        "CRS: the network is computed in its own projected CRS, or the UTM zone of the data "
        "when it is geographic or Web Mercator (logged); a layer without a CRS, or with "
        "GDAL's 'Undefined geographic SRS' of a file saved without one, stops the run."
    )

    OUTPUT = "OUTPUT"
    OUTPUT_NODES = "OUTPUT_NODES"

    def define(self, config):
        nw.add_network_parameters(self, cost=False, access=False)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Prepared network"), QgsProcessing.TypeVectorLine
            ),
            self.tr(
                "One feature per link: link_id, src_fid (the input feature), length_m, "
                "oneway (B, FT, TF, N), speed_kmh, speed_src (layer, field, default), "
                "min_fw, min_bw (minutes; null = closed), from_node, to_node, component "
                "(0 = the largest)."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_NODES,
                self.tr("Junctions"),
                QgsProcessing.TypeVectorPoint,
                optional=True,
                createByDefault=False,
            ),
            self.tr(
                "One point per junction with node_id, degree (number of link ends), "
                "dangling (1 where only one link ends) and component."
            ),
        )

    def compute(self, parameters, context, feedback):
        crs = nw.working_crs(self, parameters, context, feedback, [])
        setup = nw.read_network(
            self,
            parameters,
            context,
            feedback,
            crs,
            cost=nw.COST_TIME,
            need_speed=True,
            progress=self.progress(feedback, 0, 60),
        )
        net = setup.net
        fin_f = np.isfinite(net.cost_forward)
        fin_b = np.isfinite(net.cost_backward)
        oneway = np.select([fin_f & fin_b, fin_f, fin_b], ["B", "FT", "TF"], "N")
        table = pd.DataFrame(
            {
                "link_id": np.arange(net.n_links, dtype=np.int64),
                "src_fid": setup.data.fids[net.feature],
                "length_m": net.length,
                "oneway": oneway,
                "min_fw": np.where(fin_f, net.cost_forward, np.nan),
                "min_bw": np.where(fin_b, net.cost_backward, np.nan),
                "from_node": net.from_node,
                "to_node": net.to_node,
                "component": net.component[net.from_node],
            }
        )
        if setup.speed_kmh is not None:
            table.insert(4, "speed_kmh", setup.speed_kmh[net.feature])
            table.insert(5, "speed_src", setup.speed_source[net.feature])
        self.check_cancel(feedback)
        dest = self.write(
            parameters,
            self.OUTPUT,
            context,
            table,
            net.lines,
            crs,
            QgsWkbTypes.LineString,
            feedback,
        )
        feedback.setProgress(90)
        self.check_cancel(feedback)
        result = {self.OUTPUT: dest}
        degree = np.bincount(net.from_node, minlength=net.n_nodes) + np.bincount(
            net.to_node, minlength=net.n_nodes
        )
        nodes = pd.DataFrame(
            {
                "node_id": np.arange(net.n_nodes, dtype=np.int64),
                "degree": degree.astype(np.int64),
                "dangling": (degree == 1).astype(np.int64),
                "component": net.component,
            }
        )
        result[self.OUTPUT_NODES] = self.write(
            parameters,
            self.OUTPUT_NODES,
            context,
            nodes,
            shapely.points(net.node_xy),
            crs,
            QgsWkbTypes.Point,
            feedback,
        )
        feedback.setProgress(100)
        return result
