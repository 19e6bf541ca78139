"""Parameters and reading shared by the network algorithms (preparenetwork,
serviceareas, catchmentallocation, odmatrix, huffcatchment): the road network with its
cost, speed and direction settings, and points attached to it.

Not an algorithm module (the leading underscore keeps the provider from scanning it).

Use::

    from smaaby_plugin.processing_algorithms.catchments import _network as nw

    def define(self, config):
        ...                                    # your point layers first
        nw.add_network_parameters(self)        # NETWORK, COST, speeds, directions, snapping
    def compute(self, parameters, context, feedback):
        crs = nw.working_crs(self, parameters, context, feedback, [self.CENTRES])
        setup = nw.read_network(self, parameters, context, feedback, crs,
                                progress=self.progress(feedback, 0, 20))
        centres = self.read(parameters, self.CENTRES, context, feedback, target_crs=crs)
        att = nw.attach(self, setup, centres, self.CENTRES, feedback,
                        progress=self.progress(feedback, 20, 25))
        # see smaaby_plugin.core.catchments.network
        costs = setup.net.cost_matrix(att, other_att, progress=self.progress(feedback, 25, 60))

Which speed a link gets (speed-limit lines, then the speed field, then the road class's
default) is core's policy, ``link_attributes.link_speeds``; this module only reads the
parameters and layers it needs. Networks are reused within a session through
``_network_cache``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from smaaby_plugin import layers
from smaaby_plugin.core.catchments import link_attributes as attributes
from smaaby_plugin.core.catchments import network as core
from smaaby_plugin.core.catchments import network_prepare as prepare
from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.progress import Progress, report, scaled
from smaaby_plugin.processing_algorithms.catchments import _network_cache as cache

__all__ = [
    "NetworkSetup",
    "add_network_parameters",
    "add_centre_parameters",
    "add_max_snap_parameters",
    "attach",
    "cost_label",
    "ids_of",
    "link_attributes",
    "link_component",
    "parse_numbers",
    "read_network",
    "read_population",
    "read_with_ids",
    "report_parts",
    "working_crs",
]

NETWORK = "NETWORK"
COST = "COST"
SPEED_FIELD = "SPEED_FIELD"
SPEED_LAYER = "SPEED_LAYER"
SPEED_LAYER_FIELD = "SPEED_LAYER_FIELD"
SPEED_MATCH_TOLERANCE = "SPEED_MATCH_TOLERANCE"
ROAD_CLASS_FIELD = "ROAD_CLASS_FIELD"
DEFAULT_SPEEDS = "DEFAULT_SPEEDS"
DIRECTION_FIELD = "DIRECTION_FIELD"
DIRECTION_MODE = "DIRECTION_MODE"
FORWARD_VALUES = "FORWARD_VALUES"
BACKWARD_VALUES = "BACKWARD_VALUES"
CLOSED_VALUES = "CLOSED_VALUES"
SNAP_TOLERANCE = "SNAP_TOLERANCE"
SPLIT_AT_SHARED_VERTICES = "SPLIT_AT_SHARED_VERTICES"
MAX_SNAP = "MAX_SNAP"
ACCESS_SPEED = "ACCESS_SPEED"

COST_DISTANCE, COST_TIME = 0, 1
MODE_VALUES, MODE_LANES = 0, 1
#: Our default speeds per road class and the fields of a prepared network: core's
#: (``network_prepare``), which the batch shares.
DEFAULT_SPEEDS_TEXT = prepare.DEFAULT_SPEEDS_TEXT
PREPARED_FIELDS = prepare.PREPARED_FIELDS
#: Physical ranges of the parameters (the base class refuses values outside them).
MAX_SNAP_TOLERANCE_M = 100.0  # line ends farther apart than this are not one junction
MAX_MATCH_TOLERANCE_M = 100.0
MAX_ACCESS_M = 100_000.0  # MAX_SNAP: 100 km; 0 = no limit
MIN_SPEED_KMH, MAX_SPEED_KMH = 1.0, 200.0
#: A point this far from the network is far enough to ask whether the CRS or the
#: extent is wrong; one this far off with no limit on MAX_SNAP is warned about.
FAR_M, REMOTE_M = 50_000.0, 5_000.0
#: Largest cost threshold: minutes (a week) or metres (1000 km).
MAX_COST_VALUE = 1_000_000.0


@dataclass
class NetworkSetup:
    """A built network and what the log and outputs need to know about it."""

    net: core.Network
    data: layers.LayerData
    crs: object
    cost: int  # COST_DISTANCE or COST_TIME
    unit: str  # "m" or "min"
    max_snap: float | None
    access_speed: float
    prepared: bool
    speed_kmh: np.ndarray | None  # per NETWORK feature (raw networks)
    speed_source: np.ndarray | None  # "field", "layer" or "default" per feature
    forward: np.ndarray | None  # per NETWORK feature
    backward: np.ndarray | None


def cost_label(unit: str) -> str:
    return "minutes" if unit == "min" else "metres"


def add_network_parameters(alg, *, cost: bool = True, access: bool = True) -> None:
    """Add NETWORK and its settings to an algorithm.

    ``cost=False`` leaves out COST (preparenetwork writes both costs);
    ``access=False`` leaves out MAX_SNAP and ACCESS_SPEED (no points to attach).
    """
    tr = alg.tr
    alg.add(
        QgsProcessingParameterFeatureSource(
            NETWORK, tr("Road network (lines)"), [QgsProcessing.TypeVectorLine]
        ),
        tr(
            "The road or path network (vegnett), e.g. NVDB/FKB veglenke or OSM ways. Lines "
            "meet where their ends (or shared vertices) lie within the snapping tolerance. "
            "A network prepared by 'Prepare road network' (fields min_fw, min_bw) is used "
            "as it is: its minutes and directions replace the speed and direction settings "
            "below. Zero-length and degenerate links are dropped (counted in the log). A "
            "geographic or Web Mercator layer is reprojected to UTM (logged); a layer "
            "without a CRS stops the run."
        ),
    )
    if cost:
        alg.add(
            QgsProcessingParameterEnum(
                COST,
                tr("Cost"),
                options=[tr("Distance (metres)"), tr("Travel time (minutes)")],
                defaultValue=COST_TIME,
            ),
            tr(
                "Distance: metres along the network. Travel time: minutes at each link's "
                "speed (speed field, speed-limit layer, or the default speed of its road "
                "class). Thresholds and MAX_COST are in this unit."
            ),
        )
    alg.add(
        QgsProcessingParameterField(
            SPEED_FIELD,
            tr("Speed field (km/h)"),
            parentLayerParameterName=NETWORK,
            type=QgsProcessingParameterField.Numeric,
            optional=True,
        ),
        tr(
            "Speed of each link in km/h (e.g. speed_kmh). Null, zero or negative speeds get "
            "the default of the link's road class (counted in the log); speeds above 200 "
            "km/h or infinite stop the run with the feature ids."
        ),
        advanced=False,
    )
    alg.add(
        QgsProcessingParameterFeatureSource(
            SPEED_LAYER,
            tr("Speed-limit lines (optional)"),
            [QgsProcessing.TypeVectorLine],
            optional=True,
        ),
        tr(
            "Separate speed-limit lines lying along the links, e.g. NVDB fartsgrense. Each "
            "link gets the length-weighted mean speed of the lines running along it (within "
            "the matching tolerance); links without one use the speed field, then the "
            "default speed. Used only for travel time."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterField(
            SPEED_LAYER_FIELD,
            tr("Speed field of the speed-limit lines"),
            parentLayerParameterName=SPEED_LAYER,
            type=QgsProcessingParameterField.Numeric,
            defaultValue="fartsgrenseVerdi",
            optional=True,
        ),
        tr("The km/h field of the speed-limit lines (NVDB: fartsgrenseVerdi)."),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterDistance(
            SPEED_MATCH_TOLERANCE,
            tr("Speed-line matching tolerance"),
            defaultValue=1.0,
            parentParameterName=NETWORK,
            minValue=0.01,
            maxValue=MAX_MATCH_TOLERANCE_M,
        ),
        tr(
            "A speed-limit line counts for a link where it lies within this distance "
            "(metres, 0.01-100) of it; crossings and touches are ignored."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterField(
            ROAD_CLASS_FIELD,
            tr("Road class field"),
            parentLayerParameterName=NETWORK,
            optional=True,
        ),
        tr(
            "Road class used for default speeds, e.g. vegkategori (E, R, F, K, P, S) in NVDB "
            "or road_class."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterString(
            DEFAULT_SPEEDS,
            tr("Default speeds per road class (km/h)"),
            defaultValue=DEFAULT_SPEEDS_TEXT,
        ),
        tr(
            "class=km/h pairs (1-200 km/h) for links without a speed; * is any other class. "
            "The preset is our assumption for Norwegian roads (E europaveg, R riksveg, "
            "F fylkesveg, K kommunal, P privat, S skogsbilveg), not an official table: set "
            "your own."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterField(
            DIRECTION_FIELD,
            tr("Direction field (one-way)"),
            parentLayerParameterName=NETWORK,
            optional=True,
        ),
        tr(
            "Field saying in which direction a link may be travelled (e.g. oneway, or NVDB "
            "feltoversikt with the lane-list rule). Without it every link is two-way."
        ),
    )
    alg.add(
        QgsProcessingParameterEnum(
            DIRECTION_MODE,
            tr("Direction rule"),
            options=[
                tr("Values listed below"),
                tr("NVDB lane list (feltoversikt): odd lanes forward, even lanes backward"),
            ],
            defaultValue=MODE_VALUES,
        ),
        tr(
            "How to read the direction field. NVDB numbers lanes in the link's direction "
            "with odd numbers and against it with even numbers ('1#2' two-way, '1' forward "
            "only, '2' backward only)."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterString(
            FORWARD_VALUES,
            tr("Values for one-way in line direction"),
            defaultValue="FT",
            optional=True,
        ),
        tr(
            "Comma-separated values of the direction field that allow travel only in the "
            "digitised direction (case is ignored)."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterString(
            BACKWARD_VALUES,
            tr("Values for one-way against line direction"),
            defaultValue="TF",
            optional=True,
        ),
        tr("Comma-separated values that allow travel only against the digitised direction."),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterString(
            CLOSED_VALUES, tr("Values for closed links"), defaultValue="N", optional=True
        ),
        tr(
            "Comma-separated values that close a link in both directions. Any other value, "
            "and null, means two-way."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterDistance(
            SNAP_TOLERANCE,
            tr("Snapping tolerance for line ends"),
            defaultValue=0.1,
            parentParameterName=NETWORK,
            minValue=0.0,
            maxValue=MAX_SNAP_TOLERANCE_M,
        ),
        tr(
            "Line ends (and shared vertices) closer than this many metres (0-100) are joined "
            "into one junction, found with a KD-tree and merged transitively, so rounding "
            "noise (NVDB ends differ by ~1e-5 m) never breaks a junction."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterBoolean(
            SPLIT_AT_SHARED_VERTICES, tr("Join lines at shared vertices"), defaultValue=True
        ),
        tr(
            "Also join lines where a vertex inside one line meets a vertex of another (as "
            "QGIS's network analysis does). Switch off for data where crossing lines share "
            "vertices without meeting (bridges)."
        ),
        advanced=True,
    )
    if access:
        add_max_snap_parameters(alg)


def add_max_snap_parameters(alg) -> None:
    """MAX_SNAP and ACCESS_SPEED: how points reach the network."""
    tr = alg.tr
    alg.add(
        QgsProcessingParameterDistance(
            MAX_SNAP,
            tr("Largest distance from a point to the network"),
            defaultValue=500.0,
            parentParameterName=NETWORK,
            minValue=0.0,
            maxValue=MAX_ACCESS_M,
        ),
        tr(
            "Points (centres, demand) are attached to the nearest link at their projected "
            "position. Points farther than this many metres (at most 100 000) from every "
            "link are left out and reported. 0 = no limit."
        ),
    )
    alg.add(
        QgsProcessingParameterNumber(
            ACCESS_SPEED,
            tr("Speed off the network (km/h)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=5.0,
            minValue=MIN_SPEED_KMH,
            maxValue=MAX_SPEED_KMH,
        ),
        tr(
            "With travel time, the straight leg from a point to the network is costed at "
            "this speed (1-200 km/h; 5 km/h = walking). With distance it counts in metres."
        ),
        advanced=True,
    )


def parse_numbers(alg, text: str, name: str, ceiling: float = MAX_COST_VALUE) -> list[float]:
    """'5, 10,20' -> [5.0, 10.0, 20.0]; an InputError naming ``name`` for text, NaN,
    infinity, zero, negative values and values above ``ceiling``."""
    out = []
    for item in (text or "").replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        try:
            value = float(item)
        except ValueError:
            value = float("nan")
        if not np.isfinite(value) or value <= 0:
            raise InputError(
                alg.tr("{}: '{}' is not a positive number; write e.g. '5, 10, 20, 30'.").format(
                    name, item
                )
            )
        if value > ceiling:
            raise InputError(
                alg.tr(
                    "{}: '{}' is above {:,.0f}, more than any trip (minutes or metres); "
                    "write e.g. '5, 10, 20, 30'."
                ).format(name, item, ceiling)
            )
        out.append(value)
    if not out:
        raise InputError(
            alg.tr("{} is empty; give one or more positive numbers, e.g. '5, 10, 20, 30'.").format(
                name
            )
        )
    return sorted(set(out))


def working_crs(alg, parameters, context, feedback, point_params):
    """The CRS to compute in: the network's if projected, else the first projected
    input, else the UTM zone of the network."""
    names = [NETWORK] + list(point_params)
    if alg.parameterDefinition(SPEED_LAYER) is not None:
        names.append(SPEED_LAYER)
    sources = [alg.parameterAsSource(parameters, n, context) for n in names]
    if sources[0] is None:
        raise InputError(alg.tr("NETWORK: the layer could not be opened."))
    kept = [(n, s) for n, s in zip(names, sources) if s is not None]
    crs = layers.working_crs([s for _, s in kept], context, feedback, [n for n, _ in kept])
    return crs


def _values(alg, parameters, name, context) -> list[str]:
    text = alg.parameterAsString(parameters, name, context) or ""
    return [v.strip() for v in text.split(",") if v.strip()]


def link_attributes(
    alg,
    parameters,
    context,
    feedback,
    data: layers.LayerData,
    crs,
    need_speed: bool,
    progress: Progress | None = None,
):
    """Directions and (if ``need_speed``) speeds per NETWORK feature of a raw network.

    Reads the direction and speed parameters (and the speed-limit lines) and applies
    core's speed policy (``link_attributes.link_speeds``). Returns forward, backward,
    speed_kmh (or None), speed_source (or None); logs the counts of speeds taken from
    the speed-limit lines and from the class defaults.
    """
    n = len(data)
    dfield = alg.parameterAsString(parameters, DIRECTION_FIELD, context)
    forward, backward = prepare.link_directions(
        n,
        data.attributes[dfield].to_numpy(dtype=object) if dfield else None,
        lanes=alg.parameterAsEnum(parameters, DIRECTION_MODE, context) == MODE_LANES,
        forward_values=_values(alg, parameters, FORWARD_VALUES, context),
        backward_values=_values(alg, parameters, BACKWARD_VALUES, context),
        closed_values=_values(alg, parameters, CLOSED_VALUES, context),
    )
    if not need_speed:
        return forward, backward, None, None
    sfield = alg.parameterAsString(parameters, SPEED_FIELD, context)
    field_kmh = None
    if sfield:
        field_kmh = layers.numeric_column(data, sfield, SPEED_FIELD)
        attributes.check_speeds(field_kmh, data.fids, f"{SPEED_FIELD} '{sfield}'")
    layer_kmh = None
    speed_layer = alg.parameterAsSource(parameters, SPEED_LAYER, context)
    if speed_layer is not None:
        lfield = alg.parameterAsString(parameters, SPEED_LAYER_FIELD, context)
        if not lfield:
            raise InputError(
                alg.tr(
                    "SPEED_LAYER_FIELD: choose the km/h field of the "
                    "speed-limit lines (NVDB: fartsgrenseVerdi)."
                )
            )
        lines = layers.read_source(
            speed_layer,
            SPEED_LAYER,
            context,
            feedback,
            fields=[lfield],
            target_crs=crs,
            repair=False,
        )
        report(progress, 0.5)
        line_kmh = layers.numeric_column(lines, lfield, SPEED_LAYER_FIELD)
        attributes.check_speeds(line_kmh, lines.fids, f"{SPEED_LAYER_FIELD} '{lfield}'")
        layer_kmh = attributes.match_speed_lines(
            data.geometry,
            lines.geometry,
            line_kmh,
            tolerance=alg.parameterAsDouble(parameters, SPEED_MATCH_TOLERANCE, context),
            progress=scaled(progress, 0.5, 0.9),
        )
    cfield = alg.parameterAsString(parameters, ROAD_CLASS_FIELD, context)
    speeds = attributes.link_speeds(
        n,
        field_kmh=field_kmh,
        layer_kmh=layer_kmh,
        road_class=data.attributes[cfield].to_numpy(dtype=object) if cfield else None,
        default_speeds=attributes.parse_default_speeds(
            alg.parameterAsString(parameters, DEFAULT_SPEEDS, context)
        ),
    )
    if layer_kmh is not None:
        feedback.pushInfo(
            alg.tr("Speed-limit lines: {} of {} links got a speed from them.").format(
                speeds.counts["layer"], n
            )
        )
    if speeds.counts["default"]:
        if cfield:
            text = alg.tr(
                "{} of {} links had no usable speed (missing, null or zero) "
                "and got the default speed of their road class ({})."
            )
        else:
            text = alg.tr(
                "{} of {} links had no usable speed (missing, null or zero) and, with no "
                "road-class field chosen, got the one default speed ({})."
            )
        feedback.pushInfo(text.format(speeds.counts["default"], n, cfield or DEFAULT_SPEEDS))
    uniform = prepare.uniform_default_speed(speeds)
    if uniform is not None:
        # every link at one default speed: times are distances in disguise
        feedback.pushWarning(
            alg.tr(
                "Every link got the same default speed, {:g} km/h: the travel times only "
                "rescale distances. Choose a speed field, a speed-limit layer (NVDB "
                "fartsgrense) or a road-class field."
            ).format(uniform)
        )
    report(progress, 1.0)
    return forward, backward, speeds.speed_kmh, speeds.source


# The settings that a cached network must share with the run that reuses it.
_CACHE_SETTINGS = (
    SPEED_FIELD,
    SPEED_LAYER_FIELD,
    SPEED_MATCH_TOLERANCE,
    ROAD_CLASS_FIELD,
    DEFAULT_SPEEDS,
    DIRECTION_FIELD,
    DIRECTION_MODE,
    FORWARD_VALUES,
    BACKWARD_VALUES,
    CLOSED_VALUES,
    SNAP_TOLERANCE,
    SPLIT_AT_SHARED_VERTICES,
)


def read_network(
    alg,
    parameters,
    context,
    feedback,
    crs,
    cost: int | None = None,
    need_speed: bool | None = None,
    progress: Progress | None = None,
    walking: bool = False,
) -> NetworkSetup:
    """Read NETWORK once and build the graph with the algorithm's settings.

    ``cost`` overrides the COST parameter (for algorithms without it);
    ``need_speed`` forces speeds to be read (preparenetwork writes minutes always);
    ``progress`` (e.g. ``alg.progress(feedback, 0, 15)``) moves over reading and
    building and raises ``Cancelled`` between the steps; ``walking`` gives the metres
    network of people on foot: a link open in either direction is walked both ways
    (one-way rules are for vehicles), closed links stay closed.

    A network read from an unchanged file with the same settings earlier in this QGIS
    session is reused (the log says so): models, batch runs and the dock then pay for
    reading and building once.
    """
    if walking:
        cost = COST_DISTANCE
    elif cost is None:
        cost = alg.parameterAsEnum(parameters, COST, context)
    max_snap = None
    access = 5.0
    if alg.parameterDefinition(MAX_SNAP) is not None:
        value = alg.parameterAsDouble(parameters, MAX_SNAP, context)
        max_snap = value if value > 0 else None
        access = alg.parameterAsDouble(parameters, ACCESS_SPEED, context)
    key = cache.cache_key(
        alg,
        parameters,
        context,
        NETWORK,
        [SPEED_LAYER],
        _CACHE_SETTINGS,
        (crs.authid(), crs.toWkt(), cost, need_speed, walking),
    )
    cached = cache.lookup(key)
    if cached is not None:
        setup, messages = cached
        feedback.pushInfo(
            alg.tr(
                "NETWORK: reusing the network built earlier in this session "
                "(same file, unchanged, same settings)."
            )
        )
        for kind, text in messages:
            (feedback.pushWarning if kind == "warning" else feedback.pushInfo)(text)
        report(progress, 1.0)
        return replace(setup, max_snap=max_snap, access_speed=access)
    recorder = cache.Recorder(feedback)
    setup = _build_network(
        alg, parameters, context, recorder, crs, cost, need_speed, progress, walking
    )
    setup = replace(setup, max_snap=max_snap, access_speed=access)
    cache.store(key, setup, recorder.messages, setup.net.n_links)
    return setup


def _build_network(
    alg, parameters, context, feedback, crs, cost, need_speed, progress=None, walking=False
) -> NetworkSetup:
    source = alg.parameterAsSource(parameters, NETWORK, context)
    if source is None:
        raise InputError(alg.tr("NETWORK: the layer could not be opened."))
    report(progress, 0.0)
    names = [f.name() for f in source.fields()]
    prepared = all(f in names for f in PREPARED_FIELDS)
    want = []
    if prepared:
        want = list(PREPARED_FIELDS)
    else:
        for p in (DIRECTION_FIELD, SPEED_FIELD, ROAD_CLASS_FIELD):
            f = alg.parameterAsString(parameters, p, context)
            if f and f not in want:
                want.append(f)
    data = None
    if not want:  # geometry only: one batch read straight from the file when possible
        data = layers.read_file_geometries(
            cache.whole_layer(alg, parameters, NETWORK, context),
            NETWORK,
            context,
            feedback,
            target_crs=crs,
            repair=False,
        )
    if data is None:
        # not repaired: make_valid turns a zero-length line into a point, and a line
        # layer has no other invalidity; degenerate links are dropped (and counted) below
        data = layers.read_source(
            source, NETWORK, context, feedback, fields=want, target_crs=crs, repair=False
        )
    if data.kind != "line":
        raise InputError(
            alg.tr(
                "NETWORK must be a line layer; '{}' holds {} geometries. Choose the "
                "road-line layer."
            ).format(source.sourceName(), data.kind)
        )
    report(progress, 0.35)
    tol = alg.parameterAsDouble(parameters, SNAP_TOLERANCE, context)
    split = alg.parameterAsBoolean(parameters, SPLIT_AT_SHARED_VERTICES, context)
    kind = "time" if cost == COST_TIME else "distance"
    speed = speed_src = forward = backward = None
    building = scaled(progress, 0.5, 1.0)
    if prepared:
        fw = layers.numeric_column(data, "min_fw", NETWORK)
        bw = layers.numeric_column(data, "min_bw", NETWORK)
        if walking:
            fw = bw = np.where(np.isfinite(fw) | np.isfinite(bw), 1.0, np.nan)
        feedback.pushInfo(
            alg.tr(
                "NETWORK is a prepared network (fields min_fw, min_bw): its "
                "minutes and directions are used; the speed and direction "
                "settings are ignored."
            )
        )
        net = prepare.build_network(
            data.geometry,
            kind,
            snap_tolerance=tol,
            split_at_shared_vertices=split,
            prepared=(fw, bw),
            progress=building,
        )
    else:
        forward, backward, speed, speed_src = link_attributes(
            alg,
            parameters,
            context,
            feedback,
            data,
            crs,
            need_speed=(kind == "time") if need_speed is None else need_speed,
            progress=scaled(progress, 0.35, 0.5),
        )
        if walking and forward is not None:
            forward = backward = forward | backward
        net = prepare.build_network(
            data.geometry,
            kind,
            snap_tolerance=tol,
            split_at_shared_vertices=split,
            forward=forward,
            backward=backward,
            speed_kmh=speed,
            progress=building,
        )
    if walking:
        feedback.pushInfo(
            alg.tr(
                "Walking: every link open in at least one direction is walked both ways "
                "(one-way rules are for vehicles); closed links stay closed."
            )
        )
    report_network(alg, feedback, net.stats)
    return NetworkSetup(
        net, data, crs, cost, net.unit, None, 5.0, prepared, speed, speed_src, forward, backward
    )


def report_network(alg, feedback, stats) -> None:
    """The log of a built network (``core.NetworkStats``): its counts, the links dropped
    as degenerate and the separate parts, as every network algorithm says them."""
    for line in stats.lines():
        feedback.pushInfo(alg.tr("Network: {}").format(line))
    if stats.dropped_features:
        feedback.pushWarning(
            alg.tr(
                "NETWORK: {} of {} feature(s) have no usable line (zero length or "
                "degenerate, e.g. a link whose ends coincide) and were dropped."
            ).format(stats.dropped_features, stats.features)
        )
    if stats.components > 1:
        feedback.pushWarning(
            alg.tr(
                "The network has {} separate parts; points in a part without a centre or "
                "destination get none (they are counted)."
            ).format(stats.components)
        )


def add_centre_parameters(
    alg, centres: str = "CENTRES", id_field: str = "CENTRE_ID_FIELD", help_text: str = ""
) -> None:
    """CENTRES (points) and CENTRE_ID_FIELD, as the network algorithms share them."""
    tr = alg.tr
    alg.add(
        QgsProcessingParameterFeatureSource(
            centres, tr("Centres (points)"), [QgsProcessing.TypeVectorPoint]
        ),
        help_text
        or tr(
            "The centres (town centres, service points); each is attached to "
            "the nearest link of the network."
        ),
    )
    alg.add(
        QgsProcessingParameterField(
            id_field, tr("Centre id field"), parentLayerParameterName=centres, optional=True
        ),
        tr(
            "Field that names each centre in the outputs (centre_id); without it the "
            "feature id is used. Duplicate or missing ids stop the run."
        ),
    )


def read_with_ids(alg, parameters, name: str, id_param: str, context, feedback, crs, fields=()):
    """Read a point/polygon layer with its id field (or feature ids as text) and any
    further fields; returns (LayerData, ids as an object array). Duplicate or missing
    ids in the id field stop the run (``layers.id_column``)."""
    id_field = alg.parameterAsString(parameters, id_param, context)
    wanted = [f for f in [id_field, *fields] if f]
    data = alg.read(
        parameters, name, context, feedback, fields=list(dict.fromkeys(wanted)), target_crs=crs
    )
    return data, ids_of(data, id_field, id_param)


def ids_of(data: layers.LayerData, id_field: str, id_param: str) -> np.ndarray:
    """The ids of a layer as an object array of text: the id field's values (duplicate or
    missing ids stop the run), or the feature ids without a field."""
    if id_field:
        return layers.id_column(data, id_field, id_param).to_numpy(dtype=object)
    return data.fids.astype(str).astype(object)


def read_population(alg, parameters, name: str, field_param: str, context, feedback, crs):
    """Read a population layer and its counts (1 per feature without a field) under the
    one missing-value policy (``layers.count_column``): null or NaN counts as 0 (logged),
    negative, infinite or absurd counts stop the run. Returns (LayerData, counts)."""
    field = alg.parameterAsString(parameters, field_param, context)
    data = alg.read(
        parameters, name, context, feedback, fields=[field] if field else [], target_crs=crs
    )
    counts = (
        layers.count_column(data, field, field_param, feedback) if field else np.ones(len(data))
    )
    return data, counts


def _km(metres: float) -> str:
    return f"{metres / 1000:,.1f} km" if metres >= 1000 else f"{metres:,.0f} m"


def _extent_distance(setup: NetworkSetup, points: np.ndarray) -> np.ndarray:
    """Metres from each point to the network's bounding box (0 inside it)."""
    box = shapely.box(*shapely.total_bounds(setup.net.lines))
    return shapely.distance(points, box)


def _nearest_distance(setup: NetworkSetup, points: np.ndarray) -> float:
    """Metres from the nearest of ``points`` to the network (for the log)."""
    points = points[~(shapely.is_missing(points) | shapely.is_empty(points))]
    if not len(points):
        return float("nan")
    _, distance = shapely.STRtree(setup.net.lines).query_nearest(points, return_distance=True)
    return float(distance.min()) if len(distance) else float("nan")


def attach(
    alg,
    setup: NetworkSetup,
    data: layers.LayerData,
    name: str,
    feedback,
    required: bool = True,
    progress: Progress | None = None,
) -> core.Attachment:
    """Attach a layer's features (points, or a point inside each polygon) to the
    network; report those beyond MAX_SNAP (with how far they lie from the network's
    extent), warn about access legs of more than 5 km, and stop if none is attached and
    ``required`` or every one lies 50 km or more from the network (a CRS or extent
    mistake). ``progress`` moves over the attaching and may raise ``Cancelled``."""
    points = core.as_points(data.geometry)
    att = setup.net.attach(
        points,
        max_snap=setup.max_snap,
        access_speed_kmh=setup.access_speed,
        progress=progress,
    )
    cause = alg.tr(
        "check that {} and NETWORK cover the same area and that each has its right CRS "
        "(a layer with a wrong CRS lands far away)"
    ).format(name)
    far = ~att.attached
    if far.any():
        off = _extent_distance(setup, points[far])
        outside = off > 0
        if outside.any():
            where = alg.tr(" ({} of them outside the network's extent, up to {} from it)").format(
                int(outside.sum()), _km(float(np.nanmax(off)))
            )
        else:
            where = alg.tr(" (the nearest of them {} from it)").format(
                _km(_nearest_distance(setup, points[far]))
            )
        if required and not att.attached.any():
            raise InputError(
                alg.tr(
                    "{}: no feature lies within {:g} m of the network{}; {}, or raise MAX_SNAP."
                ).format(name, setup.max_snap or 0, where, cause)
            )
        advice = cause if outside.any() and np.nanmax(off) >= FAR_M else alg.tr("raise MAX_SNAP")
        feedback.pushWarning(
            alg.tr(
                "{}: {} of {} feature(s) lie farther than {:g} m from the network and are left "
                "out{}; {} to include them."
            ).format(name, int(far.sum()), len(att), setup.max_snap or 0, where, advice)
        )
    remote = att.attached & (att.distance > REMOTE_M)
    if remote.any():
        farthest = float(att.distance[remote].max())
        if att.attached.any() and np.all(att.distance[att.attached] >= FAR_M):
            raise InputError(
                alg.tr(
                    "{}: every feature lies {} or more from the network (the nearest {}); the "
                    "layers do not meet: {}."
                ).format(name, _km(FAR_M), _km(float(att.distance[att.attached].min())), cause)
            )
        feedback.pushWarning(
            alg.tr(
                "{}: {} of {} feature(s) lie more than {} from the network (the farthest {}); "
                "their straight leg to it counts in the cost. If that is not meant, {}, or set "
                "MAX_SNAP."
            ).format(name, int(remote.sum()), len(att), _km(REMOTE_M), _km(farthest), cause)
        )
    return att


def link_component(setup: NetworkSetup, att: core.Attachment) -> np.ndarray:
    """The connected component (0 = the largest) of each attached feature's link, -1 for
    features not attached."""
    net = setup.net
    comp = net.component[net.from_node[np.maximum(att.link, 0)]]
    return np.where(att.attached, comp, -1)


def report_parts(
    alg,
    setup: NetworkSetup,
    feedback,
    sources: core.Attachment,
    source_name: str,
    targets: core.Attachment | None = None,
    target_name: str = "",
    weights: np.ndarray | None = None,
) -> int:
    """On a network of several separate parts: warn how many sources lie outside its
    largest part and how many targets (and how much of ``weights``, e.g. people) lie in
    a part without any source, so reach none. Returns that number of targets."""
    if setup.net.stats.components <= 1:
        return 0
    src = link_component(setup, sources)
    small = (src > 0).sum()
    if small:
        feedback.pushWarning(
            alg.tr(
                "{}: {} of {} feature(s) lie in a small separate part of the network (not "
                "its largest part); they reach only that part."
            ).format(source_name, int(small), len(src))
        )
    if targets is None:
        return 0
    tgt = link_component(setup, targets)
    cut_off = (tgt >= 0) & ~np.isin(tgt, src[src >= 0])
    n = int(cut_off.sum())
    if n:
        people = ""
        if weights is not None:
            people = alg.tr(" ({:,.0f} of {:,.0f} people)").format(
                float(np.asarray(weights)[cut_off].sum()), float(np.sum(weights))
            )
        feedback.pushWarning(
            alg.tr(
                "{}: {} of {} feature(s){} lie in a part of the network without any {} and "
                "reach none. Join the parts (the junctions of 'Prepare road network' show "
                "dangling ends) or raise SNAP_TOLERANCE."
            ).format(target_name, n, len(tgt), people, source_name)
        )
    return n
