"""The bad-input battery (issue 10 item 8): every algorithm of the provider x every case of
``tests/qgis/battery/cases.py`` (its docstring lists the cases, where they apply, and the
outcome each expects).

Every case runs through ``processing.run`` with a ``QgsProcessingContext`` and a feedback
that keeps the log, and asserts one outcome: a clean ``QgsProcessingException`` that names
the layer or parameter (no traceback, no Python exception class name), or success with the
documented log line (and, for the CRS and name cases, the numbers of the EPSG:25833 run
within 0.1 %). After every case every input file is byte-identical (sha256) to before.
Five algorithms (DETERMINISTIC) give identical outputs (attributes and WKB) on two runs.

The summary table (case x algorithm -> outcome) is written after the module to
``$SMAABY_BATTERY_TABLE`` (default: ``battery_table.md`` in pytest's temporary folder),
e.g. ``SMAABY_BATTERY_TABLE=/tmp/battery_table.md pytest -q tests/qgis/test_battery.py``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
import os
import sys
import time
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

HERE = Path(__file__).resolve().parent


def _load_battery():
    # tests/qgis is not a package (its name would shadow qgis itself): load the helper
    # package under a name of its own
    name = "smaaby_battery"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name,
            HERE / "battery" / "__init__.py",
            submodule_search_locations=[str(HERE / "battery")],
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return (
        importlib.import_module(f"{name}.fixtures"),
        importlib.import_module(f"{name}.recipes"),
        importlib.import_module(f"{name}.cases"),
    )


fixtures, recipes, cases = _load_battery()

# and two of the newer ones: a solver (locationallocation) and the transit router
DETERMINISTIC = (
    "landuseaccount",
    "serviceareas",
    "shapecompactness",
    "locationallocation",
    "transittraveltime",
)
RESULTS: dict[tuple[str, str], tuple[str, str, str]] = {}  # (alg, case) -> (group, status, detail)


def _algorithm_classes():
    # the same discovery as the provider's loadAlgorithms (the registered provider is
    # compared with it in test_every_algorithm_has_a_recipe)
    from smaaby_plugin.processing_algorithms.provider import algorithm_classes

    return algorithm_classes()


_KEEP = []  # the instances own their parameter definitions


def _definitions(cls) -> dict:
    alg = cls()
    alg.initAlgorithm({})
    _KEEP.append(alg)
    return {d.name(): d for d in alg.parameterDefinitions()}


def _collect():
    specs = fixtures.town()
    found = []
    for cls in _algorithm_classes():
        name = cls.ALG_ID
        recipe = recipes.RECIPES.get(name)
        if recipe is None:
            found.append(pytest.param(name, "recipe", id=f"{name}-recipe"))
            continue
        for case in cases.cases_for(name, recipe, specs, _definitions(cls)):
            found.append(pytest.param(name, case.id, id=f"{name}-{case.id}"))
    return found


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, text):  # noqa: N802
        self.lines.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.lines.append(text)
        self.warnings.append(text)
        super().pushWarning(text)

    def reportError(self, text, fatalError=False):  # noqa: N802, N803
        self.lines.append(text)
        super().reportError(text, fatalError)


_QTYPES = {"int": QVariant.LongLong, "real": QVariant.Double, "text": QVariant.String}


def memory_layer(spec) -> QgsVectorLayer:
    """``spec`` as a memory layer in EPSG:25833 (a NaN cannot be stored in a GeoPackage:
    SQLite turns it into NULL)."""
    uri = f"{spec.geom_type}?crs=EPSG:{fixtures.EPSG}" if spec.geom_type != "None" else "None"
    layer = QgsVectorLayer(uri, spec.name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(n, _QTYPES[k]) for n, k in spec.fields.items()])
    layer.updateFields()
    features = []
    for geometry, attrs in spec.rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(QgsGeometry.fromWkt(geometry.wkt))
        feature.setAttributes([attrs.get(n) for n in spec.fields])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    assert layer.isValid()
    return layer


class Battery:
    """Session-wide: the town written once, and the valid run of each algorithm."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.specs = fixtures.town()
        self.sources = fixtures.write_all(self.specs, str(folder / "town"))
        self.original = {
            f: Path(f).read_bytes() for f in (fixtures.file_of(s) for s in self.sources.values())
        }
        self.base: dict[str, dict] = {}
        self.definitions = {c.ALG_ID: _definitions(c) for c in _algorithm_classes()}
        self.seconds: dict[str, float] = {}

    def ctx(self, alg: str, case_id: str) -> cases.Ctx:
        folder = self.folder / alg / case_id.replace("[", "_").replace("]", "")
        folder.mkdir(parents=True, exist_ok=True)
        return cases.Ctx(
            recipes.RECIPES[alg],
            self.specs,
            self.sources,
            str(folder),
            self.definitions[alg],
            memory_layer,
        )

    def case(self, alg: str, case_id: str) -> cases.Case:
        found = cases.cases_for(alg, recipes.RECIPES[alg], self.specs, self.definitions[alg])
        return next(c for c in found if c.id == case_id)

    def input_files(self, made) -> list[str]:
        files = [fixtures.file_of(s) for s in self.sources.values()]
        for source in made:
            path = fixtures.file_of(source)
            if path.endswith(".shp"):
                files += [path[:-4] + ext for ext in (".shp", ".shx", ".dbf", ".prj")]
            else:
                files.append(path)
        return files

    def valid_outputs(self, alg: str) -> dict:
        """The outputs of the valid run (run once, on first use)."""
        if alg not in self.base:
            ctx = self.ctx(alg, "valid")
            params = ctx.params(os.path.join(ctx.folder, f"out{len(self.base)}"))
            results, log, error = run(alg, params)
            assert error is None, f"the valid run of smaaby:{alg} failed: {error}"
            self.base[alg] = results
        return self.base[alg]


@pytest.fixture(scope="session")
def battery(tmp_path_factory):
    return Battery(tmp_path_factory.mktemp("battery"))


@pytest.fixture(scope="module", autouse=True)
def summary_table(tmp_path_factory):
    """After the module: the table case x algorithm -> outcome, and every failure."""
    started = time.perf_counter()
    yield
    path = os.environ.get("SMAABY_BATTERY_TABLE") or str(
        tmp_path_factory.getbasetemp() / "battery_table.md"
    )
    Path(path).write_text(table(time.perf_counter() - started), encoding="utf-8")
    print(f"\nbattery table: {path}")


def run(alg: str, params: dict):
    """processing.run -> (results or None, Log, error message or None). A non-Qgs
    exception is a failure of its own and propagates."""
    import processing

    log = Log()
    try:
        results = processing.run(
            f"smaaby:{alg}", params, context=QgsProcessingContext(), feedback=log
        )
    except QgsProcessingException as error:
        return None, log, str(error)
    return results, log, None


def _sha256(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# -- comparing outputs --------------------------------------------------------------------


def _read(dest: str):
    """(field names, [(attributes, wkb)]) of an output layer in its order; a file given
    without a layer name (a workbook): every layer's rows, one after the other."""
    from osgeo import ogr

    path, _, layer_part = dest.partition("|layername=")
    ds = ogr.Open(path)
    chosen = [ds.GetLayerByName(layer_part)] if layer_part else list(ds)
    names, rows = None, []
    for layer in chosen:
        definition = layer.GetLayerDefn()
        fields = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        names = fields if names is None else names
        for feature in layer:
            geometry = feature.GetGeometryRef()
            rows.append(
                (
                    [feature.GetField(i) for i in range(len(fields))],
                    bytes(geometry.ExportToIsoWkb()) if geometry is not None else None,
                )
            )
    return names, rows


def _layer_outputs(results: dict) -> dict:
    return {
        k: v
        for k, v in results.items()
        if k.startswith("OUTPUT") and isinstance(v, str) and not v.lower().endswith(".pdf")
    }


def _numbers(dest: str):
    _, rows = _read(dest)
    table = []
    for values, _ in rows:
        texts = tuple(v for v in values if isinstance(v, str))
        numbers = tuple(
            float(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)
        )
        table.append((texts, numbers))
    table.sort(key=lambda r: r[0])
    return [r[1] for r in table]


def _close(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= 1e-3 * max(abs(a), abs(b)) + 1e-3


def compare_numbers(base: dict, results: dict) -> str | None:
    """None when every numeric output value agrees within 0.1 %, else the first difference."""
    for key, dest in _layer_outputs(base).items():
        if key not in results or not results[key]:
            return f"{key} was not written"
        a, b = _numbers(dest), _numbers(results[key])
        if len(a) != len(b):
            return f"{key}: {len(b)} rows instead of {len(a)}"
        for i, (ra, rb) in enumerate(zip(a, b)):
            if len(ra) != len(rb):
                return f"{key} row {i}: {len(rb)} numeric fields instead of {len(ra)}"
            for j, (x, y) in enumerate(zip(ra, rb)):
                if not _close(x, y):
                    return f"{key} row {i} numeric field {j}: {y} instead of {x}"
    return None


# -- the tests ----------------------------------------------------------------------------


def test_every_algorithm_has_a_recipe():
    """The registered provider's algorithms are the battery's: each has a recipe."""
    provider = QgsApplication.processingRegistry().providerById("smaaby")
    registered = {a.name() for a in provider.algorithms()}
    collected = {c.ALG_ID for c in _algorithm_classes()}
    assert registered == collected
    missing = sorted(registered - set(recipes.RECIPES))
    assert not missing, "; ".join(f"no battery recipe for smaaby:{m}" for m in missing)


def _message_problems(message: str) -> list[str]:
    found = cases.FORBIDDEN.findall(message.replace("QgsProcessingException", ""))
    return [f"the message contains {w!r}" for w in found]


def _mention(text: str, word: str) -> bool:
    if word.startswith("re:"):
        return cases.re.search(word[3:], text, cases.re.IGNORECASE) is not None
    return word.lower() in text.lower()


def _mentions(text: str, groups) -> list[str]:
    return [
        f"the message names none of {'/'.join(g)}"
        for g in groups
        if not any(_mention(text, str(w)) for w in g)
    ]


def check(battery: Battery, alg: str, case_id: str) -> tuple[str, str]:
    """Run one case -> (status, detail): status 'ok', 'error' (the expected clean
    message) or 'FAIL' (detail says why)."""
    ctx = battery.ctx(alg, case_id)
    params, expect = battery.case(alg, case_id).build(ctx)
    files = battery.input_files(ctx.made)
    before = {f: _sha256(f) for f in files}
    started = time.perf_counter()
    try:
        results, log, error = run(alg, params)
    except Exception as exc:  # noqa: BLE001 (a traceback is the failure being reported)
        import traceback

        tb = traceback.format_exception(type(exc), exc, exc.__traceback__)
        return "FAIL", f"{type(exc).__name__}: {exc} | {''.join(tb[-3:]).strip()}"
    finally:
        battery.seconds[alg] = battery.seconds.get(alg, 0.0) + time.perf_counter() - started
    problems = [f"input {Path(f).name} was modified" for f in files if _sha256(f) != before[f]]
    for path, content in battery.original.items():
        if problems and _sha256(path) != before[path]:
            Path(path).write_bytes(content)  # the next cases get the town back
    told = " | ".join(log.warnings)
    if error is not None:
        problems += _message_problems(error)
        if expect.kind == "ok":
            problems.append(f"expected success, got: {error}")
        else:
            problems += _mentions(error, expect.mentions)
        status = "error"
        detail = error.replace("Unable to execute algorithm\n", "").strip()
    else:
        detail = told
        status = "ok"
        if expect.kind == "error":
            problems.append(
                "expected an error, but the run succeeded"
                + (f" (warnings: {told})" if told else " without a warning")
            )
        elif expect.kind == "told":
            if not log.warnings:
                problems.append("succeeded without a warning")
            else:
                miss = _mentions(told, expect.mentions)
                if miss:
                    problems.append(f"warnings {told!r}: {'; '.join(miss)}")
        else:
            for pattern in expect.log:
                if not any(cases.re.search(pattern, line) for line in log.lines):
                    problems.append(f"no log line matches {pattern!r}")
            for pattern in expect.warn:
                if not any(cases.re.search(pattern, line) for line in log.warnings):
                    problems.append(f"no warning matches {pattern!r} (warnings: {told or 'none'})")
            problems += [p for line in log.lines for p in _message_problems(line)][:1]
            if expect.same:
                difference = compare_numbers(battery.valid_outputs(alg), results)
                if difference:
                    problems.append(f"numbers differ from the EPSG:25833 run: {difference}")
            if expect.outputs_exist:
                for key, dest in results.items():
                    if key.startswith("OUTPUT") and isinstance(dest, str):
                        if not os.path.exists(fixtures.file_of(dest)):
                            problems.append(f"{key} {dest} does not exist")
            if case_id == "valid":
                battery.base.setdefault(alg, results)
    if problems:
        return "FAIL", "; ".join(problems) + (f" [{status}: {detail[:300]}]" if detail else "")
    if status == "ok" and (expect.warn or expect.kind == "told"):
        status = "warn"  # ran, with the warning the case asks for
    return status, detail


@pytest.mark.parametrize("alg,case_id", _collect())
def test_battery(battery, alg, case_id):
    if case_id == "recipe":
        RESULTS[(alg, case_id)] = ("recipe", "FAIL", f"no battery recipe for smaaby:{alg}")
        pytest.fail(f"no battery recipe for smaaby:{alg}")
    case = battery.case(alg, case_id)
    status, detail = check(battery, alg, case_id)
    RESULTS[(alg, case_id)] = (case.group, status, detail)
    assert status != "FAIL", f"smaaby:{alg} {case_id}: {detail}"


@pytest.mark.parametrize("alg", DETERMINISTIC)
def test_outputs_identical_across_two_runs(battery, alg):
    outputs = []
    for k in range(2):
        ctx = battery.ctx(alg, f"twice{k}")
        results, _, error = run(alg, ctx.params())
        assert error is None, error
        outputs.append(_layer_outputs(results))
    assert outputs[0].keys() == outputs[1].keys() and outputs[0]
    for key in outputs[0]:
        names_a, rows_a = _read(outputs[0][key])
        names_b, rows_b = _read(outputs[1][key])
        assert names_a == names_b, key
        assert len(rows_a) == len(rows_b) > 0, key
        for i, ((va, ga), (vb, gb)) in enumerate(zip(rows_a, rows_b)):
            assert va == vb, f"{key} row {i}: {vb} != {va}"
            assert ga == gb, f"{key} row {i}: geometry differs"


# -- the summary --------------------------------------------------------------------------


def _group_order() -> list[str]:
    """The table's rows in the order the cases are generated (merged over algorithms)."""
    specs, order = fixtures.town(), []
    for cls in _algorithm_classes():
        recipe = recipes.RECIPES.get(cls.ALG_ID)
        if recipe is None:
            continue
        at = 0
        for case in cases.cases_for(cls.ALG_ID, recipe, specs, _definitions(cls)):
            if case.group in order:
                at = order.index(case.group) + 1
            else:
                order.insert(at, case.group)
                at += 1
    return order


def table(seconds: float) -> str:
    algs = sorted({a for a, _ in RESULTS})
    found: dict[str, dict[str, list]] = {}
    for (alg, case_id), (group, status, detail) in RESULTS.items():
        found.setdefault(group, {}).setdefault(alg, []).append((case_id, status, detail))
    order = [g for g in _group_order() if g in found]
    groups = {g: found[g] for g in order + [g for g in found if g not in order]}
    short = {"ok": "ok", "warn": "warn", "error": "msg", "FAIL": "FAIL"}
    lines = [
        "# Bad-input battery: case × algorithm → outcome",
        "",
        "ok = runs (with the log line or the numbers the case asks for); warn = runs and "
        "warns as the case asks; msg = stops with a clean message naming the layer or "
        "parameter; FAIL = not as the policy says (details below); – = the case does not "
        "apply. A cell with several runs (one per field or parameter) shows each outcome "
        "once. The cases and their expected outcomes: tests/qgis/battery/cases.py.",
        "",
        f"{len(RESULTS)} runs, {sum(1 for v in RESULTS.values() if v[1] == 'FAIL')} FAIL, "
        f"{seconds:.0f} s.",
        "",
        "| case | " + " | ".join(algs) + " |",
        "|---|" + "---|" * len(algs),
    ]
    for group, by_alg in groups.items():
        cells = []
        for alg in algs:
            runs = by_alg.get(alg)
            if not runs:
                cells.append("–")
                continue
            seen = []
            for _, status, _ in runs:
                s = short[status]
                if s not in seen:
                    seen.append(s)
            fails = sum(1 for r in runs if r[1] == "FAIL")
            cell = "/".join(seen)
            if fails and len(runs) > 1:
                cell = cell.replace("FAIL", f"FAIL×{fails}")
            cells.append(cell)
        lines.append(f"| {group} | " + " | ".join(cells) + " |")
    lines += ["", "## Failures", ""]
    for (alg, case_id), (_group, status, detail) in sorted(RESULTS.items()):
        if status == "FAIL":
            lines.append(f"- **{alg}** `{case_id}`: {detail}")
    lines += ["", "## Messages and warnings (passing cases)", ""]
    for (alg, case_id), (_group, status, detail) in sorted(RESULTS.items()):
        if status != "FAIL" and detail:
            lines.append(f"- {alg} `{case_id}` ({status}): {detail[:240]}")
    return "\n".join(lines) + "\n"
