"""The session cache of built networks, for ``_network.read_network``.

Models, batch runs and the dock often run several network algorithms on the same road
layer with the same settings; reading and building it once per QGIS session saves most
of a short run. A network is reused only while its file is unchanged: the key holds the
layer's provider, source, subset string, feature count and the file's modification time
and size (and its GeoPackage WAL file), with every network setting. Memory layers,
layers with unsaved edits, selections, feature limits and filters are never cached.

It identifies layers through QGIS, so it stays on the adapter side (core has nothing to
cache). Not an algorithm module (the leading underscore keeps the provider from
scanning it).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry

__all__ = ["Recorder", "cache_key", "clear_cache", "lookup", "store", "whole_layer"]

# Networks built in this QGIS session, by cache_key; the oldest goes first.
_CACHE: dict = {}
_CACHE_ENTRIES = 2
_CACHE_MAX_LINKS = 500_000  # larger networks would hold too much memory between runs


def clear_cache() -> None:
    """Forget the networks kept for reuse (benchmarks measure cold runs with it)."""
    _CACHE.clear()


class Recorder:
    """A feedback that remembers the messages it passes on (to replay them when a
    cached network is reused)."""

    def __init__(self, feedback):
        self._feedback = feedback
        self.messages: list[tuple[str, str]] = []

    def pushInfo(self, text):  # noqa: N802
        self.messages.append(("info", text))
        self._feedback.pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.messages.append(("warning", text))
        self._feedback.pushWarning(text)

    def __getattr__(self, name):
        return getattr(self._feedback, name)


def _file_state(layer):
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path")
    if not path or not os.path.isfile(path):
        return None
    state = [path]
    for p in (path, path + "-wal"):  # GeoPackage writes may land in the WAL file first
        if os.path.isfile(p):
            st = os.stat(p)
            state += [st.st_mtime_ns, st.st_size]
    return tuple(state)


def whole_layer(alg, parameters, name, context):
    """The layer of a parameter when it is used whole (no selection, feature limit or
    filter on the parameter), else None."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if (
            value.selectedFeaturesOnly
            or value.featureLimit != -1
            or getattr(value, "filterExpression", "")
        ):
            return None
    return alg.parameterAsVectorLayer(parameters, name, context)


def _layer_identity(alg, parameters, name, context):
    """What identifies a file-based layer's content now, or None when it cannot be
    cached (memory layers, layers with unsaved edits, selections or filters)."""
    layer = whole_layer(alg, parameters, name, context)
    if layer is None or layer.providerType() == "memory" or layer.isModified():
        return None
    state = _file_state(layer)
    if state is None:
        return None
    return (layer.providerType(), layer.source(), layer.subsetString(), state, layer.featureCount())


def cache_key(
    alg,
    parameters,
    context,
    layer: str,
    optional_layers: Sequence[str],
    settings: Sequence[str],
    extra: tuple,
):
    """The key of a network built from the ``layer`` parameter (and the optional layer
    parameters, e.g. speed-limit lines) with the ``settings`` parameters and ``extra``
    values (CRS, cost); None when it cannot be cached."""
    main = _layer_identity(alg, parameters, layer, context)
    if main is None:
        return None
    others = []
    for name in optional_layers:
        identity = None
        if parameters.get(name) not in (None, ""):
            identity = _layer_identity(alg, parameters, name, context)
            if identity is None:
                return None
        others.append(identity)
    values = tuple(
        alg.parameterAsString(parameters, p, context) if alg.parameterDefinition(p) else None
        for p in settings
    )
    return (main, *others, *extra, values)


def lookup(key):
    """(setup, recorded messages) built earlier with this key, or None."""
    return _CACHE.get(key) if key is not None else None


def store(key, setup, messages, n_links: int) -> None:
    """Keep a built network for reuse (unless it cannot be cached or is too large)."""
    if key is None or n_links > _CACHE_MAX_LINKS:
        return
    while len(_CACHE) >= _CACHE_ENTRIES:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = (setup, messages)
