"""The cases of the battery: each is one mutation of one input (or parameter) of a valid
run, with the one outcome the house policy (DESIGN.md §4) expects.

Outcomes:

- ``ok``: the run succeeds; each ``log`` pattern matches a line of the log (``warn``:
  a warning line); with ``same``, every numeric output value equals the valid 25833 run
  within 0.1 %.
- ``error``: a ``QgsProcessingException`` whose message matches every ``mentions``
  group (one of its words: the layer or parameter, and what is wrong; ``re:`` marks a
  regular expression), with no traceback and no Python exception class name in it.
- ``told``: either of the two, as the policy leaves it to the algorithm (issue 10 item
  5: warn, or stop where nothing meaningful can come out), but the message or a warning
  must match ``mentions``.

Which cases apply (a case not listed for an algorithm is not generated for it):

=====================  ==============================================================
case                   generated for
=====================  ==============================================================
valid                  every algorithm (the reference run)
crs_geographic,        every algorithm with a geometry input: all geometry inputs in
crs_webmercator        EPSG:4326 / EPSG:3857 -> ok, log names EPSG:25833, same numbers
crs_mixed              two or more geometry inputs: the second one in EPSG:4326 -> ok,
                       log says the CRSs differ, same numbers
nocrs[P]               every geometry input P, a GeoPackage without SRS -> error naming P
invalidcrs             the first geometry input, a shapefile with a broken .prj -> error
selfintersecting       the first polygon input, one bow-tie polygon -> ok, "repaired"
emptygeom, nullgeom    the first geometry input, one more feature with an empty / null
                       geometry -> ok, the log counts the skipped feature
emptylayer[P]          every input P, no features -> error naming P (an optional P:
                       told: a warning or an error naming P)
single                 the first geometry input with one feature -> ok
missingfield[F]        every count, id, class and numeric field F -> error naming it
text[F]                count and numeric fields: text in the field -> error naming it
numtext[F]             count fields: numbers stored as text -> error naming it (a CSV
                       table's count: ok, same numbers); class fields -> ok, same
null[F], nan[F]        count fields: one null / NaN -> ok, a warning with the count and
                       the share: "1 of 16 features (6.2%) ... counted as 0"
inf[F], negative[F],   count fields: one infinite / -5 / 10^12 value -> error naming
huge[F]                the field
dupid[F]               id fields: two features with one id -> error naming the field
nullid[F]              id fields: one null id -> told (error, or a warning naming the
                       layer or field and the missing id)
zerolength             network algorithms: two zero-length links -> ok, the log counts
                       2 dropped links
disconnected           network algorithms: a road island 3 km away -> ok, the log says
                       the network is in parts
farcentre              network algorithms with centres: C1 (the town profile: every
                       centre) moved 50 km -> told
apart                  two or more geometry inputs: one moved 100 km -> told (extent/CRS)
apart_ids              flow tables: no flow id matches an area id -> told
nanparam[N],           every number parameter N: NaN / 10^12 -> error naming N
hugeparam[N]
nanlist[L], hugelist[L] number lists (thresholds, distances) with "nan" / "1e12" -> error
feed_missing[F],        GTFS FEED (a file): without stop_times.txt / with a time that
feed_badtime,           does not parse -> error naming the file / trip; a DATE without
feed_nodate, feed_far,  service -> error naming the date; the stops 100 km away ->
feed_nowindow           told; START-END 05:00-05:30 (no trip) -> ok, a warning
unicode                every file, layer and field name with spaces and æøå -> ok, same
outputisinput          the first output written over the first input -> error
missingfolder          every output in a folder that does not exist yet -> ok
=====================  ==============================================================
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import shapely

from . import fixtures
from .recipes import RECIPES, Recipe, Ref

FORBIDDEN = re.compile(
    r"Traceback|\b(?:[A-Z][A-Za-z]*Error|[A-Z][A-Za-z]*Exception|InputError|KeyError|"
    r"GEOS\w*)\b"
)


@dataclass
class Expect:
    kind: str  # "ok" | "error" | "told"
    mentions: tuple = ()  # error/told: groups of alternatives, every group must match
    log: tuple = ()  # ok: regexes that must match a log line
    warn: tuple = ()  # ok: regexes that must match a warning line
    same: bool = False
    outputs_exist: bool = False

    def describe(self) -> str:
        if self.kind == "error":
            return "error naming " + " + ".join("/".join(g) for g in self.mentions)
        if self.kind == "told":
            return "warning or error naming " + " + ".join("/".join(g) for g in self.mentions)
        extra = [f"log~{p}" for p in self.log] + [f"warning~{p}" for p in self.warn]
        if self.same:
            extra.append("numbers = 25833 run ±0.1 %")
        return "ok" + (" (" + ", ".join(extra) + ")" if extra else "")


@dataclass
class Case:
    id: str
    group: str  # the row of the summary table
    build: object  # build(ctx) -> (params, Expect)


@dataclass
class Ctx:
    """What a case builds with: the fixtures (specs and their base files), the recipe,
    the algorithm's parameter definitions and a folder of its own."""

    recipe: Recipe
    specs: dict
    sources: dict
    folder: str
    definitions: dict
    memory_layer: object  # memory_layer(spec) -> QgsVectorLayer (NaN cannot go in a file)
    made: list = field(default_factory=list)

    def params(self, out_folder: str | None = None, create: bool = True) -> dict:
        """The valid parameters, outputs in ``out_folder`` (created unless ``create`` is
        False: only the missing-folder case leaves it to the algorithm)."""
        out = out_folder or os.path.join(self.folder, "out")
        if create:
            os.makedirs(out, exist_ok=True)
        params = {}
        for key, value in self.recipe.params.items():
            if key.startswith("OUTPUT"):
                value = os.path.join(out, value)
            params[key] = resolve(value, self.sources)
        return params

    def key(self, param: str) -> str:
        return self.recipe.inputs[param]

    def write(self, spec, name: str, **kwargs) -> str:
        source = fixtures.write(spec, os.path.join(self.folder, f"{name}.gpkg"), **kwargs)
        self.made.append(source)
        return source

    def mutate(self, params: dict, param: str, spec=None, **kwargs) -> dict:
        """``params`` with input ``param`` replaced by ``spec`` (default: its fixture)
        written with ``kwargs`` (see :func:`fixtures.write`)."""
        key = self.key(param)
        spec = spec if spec is not None else self.specs[key]
        source = self.write(spec, f"{param.lower()}_{len(self.made)}", **kwargs)
        return substitute(params, param, key, source, self.sources)


def resolve(value, sources):
    if isinstance(value, Ref):
        return sources[value.key]
    if isinstance(value, list):
        return [resolve(v, sources) for v in value]
    return value


def substitute(params, param, key, source, sources):
    out = dict(params)
    value = out[param]
    if isinstance(value, list):
        base = sources[key]
        out[param] = [source if v == base else v for v in value]
    else:
        out[param] = source
    return out


def geometry_inputs(recipe: Recipe, specs: dict) -> list[str]:
    return [
        p
        for p, k in recipe.inputs.items()
        if specs[k].geom_type != "None" and p not in recipe.attribute_only
    ]


# -- mutations of a Spec ------------------------------------------------------------------


def _extra_row(spec, geometry):
    """One more feature like the last one (ids made unique) with ``geometry``."""
    out = spec.copy()
    _, attrs = out.rows[-1]
    attrs = {
        k: (f"{v}-x" if isinstance(v, str) else v + 1000 if isinstance(v, int) else v)
        for k, v in attrs.items()
    }
    out.rows.append((geometry, attrs))
    return out


def _set_field(spec, name, kind=None, values=None, first=None):
    """``spec`` with field ``name`` of type ``kind``; ``values`` maps each value, or
    ``first`` replaces the first row's value."""
    out = spec.copy()
    if kind:
        out.fields[name] = kind
    rows = []
    for i, (geometry, attrs) in enumerate(out.rows):
        attrs = dict(attrs)
        if values is not None:
            attrs[name] = values(attrs[name])
        if first is not None and i == 0:
            attrs[name] = first[0]
        rows.append((geometry, attrs))
    out.rows = rows
    return out


def _moved(spec, dx, dy=0.0):
    out = spec.copy()
    out.rows = [
        (g if g is None else shapely.transform(g, lambda c: c + (dx, dy)), a) for g, a in out.rows
    ]
    return out


def _list_with(recipe, name: str, text: str, extra: str) -> str:
    """The valid list ``text`` with ``extra`` added (or, for a list of fixed length, in
    place of its last value)."""
    if name in recipe.fixed_lists:
        return ", ".join([*(v.strip() for v in text.split(",")[:-1]), extra])
    return f"{text}, {extra}"


def _bowtie(geometry):
    x0, y0, x1, y1 = geometry.bounds
    return shapely.Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1), (x0, y0)])


# -- the cases ----------------------------------------------------------------------------

ERR_CRS = ("CRS", "coordinate reference system")
# how many features, and how much of the total: "1 of 16 features (6.2%) ... as 0"
NULL_WARN = Expect("ok", warn=(r"\b1\b.*(%.*\bas 0\b|\bas 0\b.*%)",))


def _field_of(ctx, layer_param, field_param):
    return ctx.recipe.params[field_param]


def cases_for(alg_name: str, recipe: Recipe, specs: dict, definitions: dict) -> list[Case]:
    """Every case that applies to the algorithm (see the table in the module docstring)."""
    found: list[Case] = []

    def add(case_id, group, build):
        if case_id in recipe.skip:
            return
        if case_id in recipe.overrides:
            kind, mentions = recipe.overrides[case_id]

            def build(ctx, build=build):
                params, _ = build(ctx)
                return params, Expect(kind, mentions=mentions)

        found.append(Case(case_id, group, build))

    geo = geometry_inputs(recipe, specs)
    first = geo[0] if geo else None

    add("valid", "valid run", lambda ctx: (ctx.params(), Expect("ok")))

    if first:
        for epsg, name in ((4326, "crs_geographic"), (3857, "crs_webmercator")):

            def build(ctx, epsg=epsg):
                params = ctx.params()
                for p in geo:
                    params = ctx.mutate(
                        params, p, fixtures.reproject(ctx.specs[ctx.key(p)], epsg), epsg=epsg
                    )
                return params, Expect("ok", log=(r"EPSG:25833",), same=True)

            add(name, name, build)
        if len(geo) > 1:

            def build(ctx):
                p = geo[1]
                params = ctx.mutate(
                    ctx.params(), p, fixtures.reproject(ctx.specs[ctx.key(p)], 4326), epsg=4326
                )
                return params, Expect("ok", log=(r"different CRS",), same=True)

            add("crs_mixed", "crs_mixed", build)
        for p in geo:
            add(
                f"nocrs[{p}]",
                "nocrs",
                lambda ctx, p=p: (
                    ctx.mutate(ctx.params(), p, epsg=fixtures.NO_SRS),
                    Expect("error", mentions=((p,), ERR_CRS)),
                ),
            )

        def build(ctx):
            spec = ctx.specs[ctx.key(first)]
            path = os.path.join(ctx.folder, "invalid_crs", f"{spec.name}.shp")
            source = fixtures.write(spec, path, driver="ESRI Shapefile")
            with open(path[:-4] + ".prj", "w") as prj:
                prj.write("NOT A CRS")
            ctx.made.append(path)
            params = substitute(ctx.params(), first, ctx.key(first), source, ctx.sources)
            return params, Expect("error", mentions=((first,), ERR_CRS))

        add("invalidcrs", "invalidcrs", build)

        polygons = [p for p in geo if specs[recipe.inputs[p]].geom_type == "Polygon"]
        if polygons:
            p = polygons[0]

            def build(ctx, p=p):
                spec = ctx.specs[ctx.key(p)].copy()
                g, a = spec.rows[0]
                spec.rows[0] = (_bowtie(g), a)
                return ctx.mutate(ctx.params(), p, spec), Expect("ok", warn=(r"repaired",))

            add(f"selfintersecting[{p}]", "selfintersecting", build)

        kind = specs[recipe.inputs[first]].geom_type
        empty = {
            "Polygon": shapely.from_wkt("MULTIPOLYGON EMPTY"),
            "Point": shapely.from_wkt("POINT EMPTY"),
            "LineString": shapely.from_wkt("LINESTRING EMPTY"),
        }[kind]
        for name, geometry in (("emptygeom", empty), ("nullgeom", None)):
            add(
                f"{name}[{first}]",
                name,
                lambda ctx, geometry=geometry: (
                    ctx.mutate(
                        ctx.params(), first, _extra_row(ctx.specs[ctx.key(first)], geometry)
                    ),
                    Expect("ok", warn=(r"\b1\b.*(without geometry|no geometry|skipped)",)),
                ),
            )

        def build(ctx):
            spec = ctx.specs[ctx.key(first)].copy()
            spec.rows = spec.rows[:1]
            return ctx.mutate(ctx.params(), first, spec), Expect("ok")

        add(f"single[{first}]", "single", build)

    for p in recipe.inputs:
        # an empty required input stops the run; an empty optional one may be ignored,
        # but not silently
        optional = bool(definitions[p].flags() & definitions[p].FlagOptional)

        def build(ctx, p=p, optional=optional):
            spec = ctx.specs[ctx.key(p)].copy()
            spec.rows = []
            expect = Expect("told" if optional else "error", mentions=((p,),))
            return ctx.mutate(ctx.params(), p, spec), expect

        add(f"emptylayer[{p}]", "emptylayer", build)

    field_roles = (
        [(lp, fp) for lp, fp in recipe.counts]
        + list(recipe.ids)
        + list(recipe.classes)
        + list(recipe.numbers)
    )
    for _lp, fp in field_roles:
        add(
            f"missingfield[{fp}]",
            "missingfield",
            lambda ctx, fp=fp: (
                {**ctx.params(), fp: "no_such_field"},
                Expect("error", mentions=(("no_such_field",),)),
            ),
        )

    def field_case(case_id, group, lp, fp, change, expect):
        def build(ctx):
            name = ctx.recipe.params[fp]
            spec = change(ctx.specs[ctx.key(lp)], name)
            return ctx.mutate(ctx.params(), lp, spec), expect(name)

        add(case_id, group, build)

    def err_field(fp):
        return lambda name: Expect("error", mentions=((fp, name),))

    for lp, fp in list(recipe.counts) + list(recipe.numbers):
        is_count = (lp, fp) in recipe.counts
        role = "count" if is_count else "numeric"
        field_case(
            f"text[{fp}]",
            f"text in a {role} field",
            lp,
            fp,
            lambda s, n: _set_field(s, n, "text", lambda v: str(v), first=("ukjent",)),
            err_field(fp),
        )
        if not is_count:
            continue
        text_ok = (lp, fp) in recipe.count_text_ok
        field_case(
            f"numtext[{fp}]",
            "numbers as text (count)",
            lp,
            fp,
            lambda s, n: _set_field(s, n, "text", lambda v: str(v)),
            (lambda name: Expect("ok", same=True)) if text_ok else err_field(fp),
        )
        field_case(
            f"null[{fp}]",
            "null count",
            lp,
            fp,
            lambda s, n: _set_field(s, n, first=(None,)),
            lambda name: NULL_WARN,
        )

        def build(ctx, lp=lp, fp=fp):
            name = ctx.recipe.params[fp]
            spec = _set_field(ctx.specs[ctx.key(lp)], name, "real", float, first=(float("nan"),))
            layer = ctx.memory_layer(spec)
            params = substitute(ctx.params(), lp, ctx.key(lp), layer, ctx.sources)
            return params, NULL_WARN

        add(f"nan[{fp}]", "NaN count", build)
        for case, value, group in (
            ("inf", float("inf"), "infinite count"),
            ("negative", -5, "negative count"),
            ("huge", 10**12, "huge count (1e12)"),
        ):
            field_case(
                f"{case}[{fp}]",
                group,
                lp,
                fp,
                lambda s, n, value=value: _set_field(
                    s, n, "real" if isinstance(value, float) else None, first=(value,)
                ),
                err_field(fp),
            )

    for lp, fp in recipe.ids:

        def dup(s, n):
            out = s.copy()
            out.rows[1] = (out.rows[1][0], {**out.rows[1][1], n: out.rows[0][1][n]})
            return out

        if len(specs[recipe.inputs[lp]].rows) > 1:
            field_case(f"dupid[{fp}]", "duplicate id", lp, fp, dup, err_field(fp))
        else:
            # one feature (the town): the duplicate is a second town with the same name

            def dup_extra(s, n):
                out = _extra_row(s, shapely.transform(s.rows[0][0], lambda c: c + (2000, 0)))
                out.rows[-1][1][n] = s.rows[0][1][n]
                return out

            field_case(f"dupid[{fp}]", "duplicate id", lp, fp, dup_extra, err_field(fp))
        field_case(
            f"nullid[{fp}]",
            "null id",
            lp,
            fp,
            lambda s, n: _set_field(s, n, first=(None,)),
            lambda name, fp=fp, lp=lp: Expect(
                "told",
                mentions=(
                    (fp, name, lp),
                    (r"re:\bids?\b", r"re:\bnull\b", "missing", "empty", "no value", "no name"),
                ),
            ),
        )

    for lp, fp in recipe.classes:
        field_case(
            f"numtext[{fp}]",
            "numbers as text (class)",
            lp,
            fp,
            lambda s, n: _set_field(s, n, "text", lambda v: str(v)),
            lambda name: Expect("ok", same=True),
        )

    if recipe.network:
        net = recipe.network

        def build(ctx):
            spec = ctx.specs[ctx.key(net)].copy()
            for x, y in ((290, 310), (540, 810)):  # on junctions
                a = {**spec.rows[0][1], "road_id": 900 + x}
                spec.rows.append((fixtures._line((x, y), (x, y)), a))
            return ctx.mutate(ctx.params(), net, spec), Expect(
                "ok", warn=(r"\b2\b.*(zero|degenerate)",)
            )

        add("zerolength", "zero-length links", build)

        def build(ctx):
            spec = ctx.specs[ctx.key(net)].copy()
            square = [(0, 0), (250, 0), (250, 250), (0, 250), (0, 0)]
            for k in range(4):
                (xa, ya), (xb, yb) = square[k], square[k + 1]
                a = {**spec.rows[0][1], "road_id": 800 + k}
                spec.rows.append((fixtures._line((xa + 3000, ya), (xb + 3000, yb)), a))
            return ctx.mutate(ctx.params(), net, spec), Expect(
                "ok", log=(r"\b2\b[^\n]*(component|part|island)",)
            )

        add("disconnected", "disconnected network", build)

        if recipe.centres:
            c = recipe.centres

            def build(ctx):
                spec = ctx.specs[ctx.key(c)].copy()
                # C1: the one the centre algorithms pick for the town
                for i in range(len(spec.rows) if ctx.recipe.far_all else 1):
                    g, a = spec.rows[i]
                    spec.rows[i] = (shapely.transform(g, lambda xy: xy + (50_000, 0)), a)
                return ctx.mutate(ctx.params(), c, spec), Expect(
                    "told",
                    mentions=((c, "C1", "centre", "origin"), ("snap", "network", "far", " km")),
                )

            add(f"farcentre[{c}]", "centre 50 km from the network", build)

    if recipe.apart:
        p = recipe.apart
        add(
            f"apart[{p}]",
            "inputs that do not overlap",
            lambda ctx: (
                ctx.mutate(ctx.params(), p, _moved(ctx.specs[ctx.key(p)], 100_000)),
                Expect(
                    "told",
                    mentions=(
                        ("overlap", "extent", "CRS", "meet", "outside", "reach", "snap", "far"),
                    ),
                ),
            ),
        )
    if recipe.apart_ids:
        lp, fp = recipe.apart_ids
        field_case(
            f"apart_ids[{fp}]",
            "inputs that do not overlap",
            lp,
            fp,
            lambda s, n: _set_field(s, n, values=lambda v: f"99{v}"),
            lambda name: Expect(
                "told",
                mentions=(("match", "not found", "unknown", "none of", "no flow", "not in"),),
            ),
        )

    for name, definition in definitions.items():
        if definition.type() not in ("number", "distance"):
            continue
        label = definition.description()
        for case, value in (("nanparam", float("nan")), ("hugeparam", 1e12)):
            add(
                f"{case}[{name}]",
                "NaN parameter" if case == "nanparam" else "huge parameter (1e12)",
                lambda ctx, name=name, value=value, label=label: (
                    {**ctx.params(), name: value},
                    Expect("error", mentions=((name, label),)),
                ),
            )
    for name, text in recipe.lists.items():
        for case, extra in (("nanlist", "nan"), ("hugelist", "1e12")):
            add(
                f"{case}[{name}]",
                "NaN in a number list" if case == "nanlist" else "huge value in a number list",
                lambda ctx, name=name, text=text, extra=extra: (
                    {**ctx.params(), name: _list_with(ctx.recipe, name, text, extra)},
                    Expect("error", mentions=((name, definitions[name].description()),)),
                ),
            )

    if isinstance(recipe.params.get("FEED"), Ref):
        _feed_cases(add)

    def build(ctx):
        folder = os.path.join(ctx.folder, "æøå mappe med mellomrom")
        parents = {
            n: d.parentLayerParameterName()
            for n, d in ctx.definitions.items()
            if d.type() == "field"
        }
        params = ctx.params(os.path.join(folder, "ut æøå"))
        renames = {}
        for p, key in ctx.recipe.inputs.items():
            spec = ctx.specs[key]
            names = {f: f"{f} æøå" for f in spec.fields}
            renames[p] = names
            source = fixtures.write(
                spec,
                os.path.join(folder, f"{key} æøå {p.lower()}.gpkg"),
                layer_name=f"lag {key} æøå",
                field_names=names,
            )
            ctx.made.append(source)
            params = substitute(params, p, key, source, ctx.sources)
        parents.update(ctx.recipe.text_fields)
        for n, parent in parents.items():
            if parent in renames and isinstance(params.get(n), str):
                params[n] = renames[parent].get(params[n], params[n])
        # the GTFS feed (a file, not a layer) gets a name with æøå too
        for n, value in list(params.items()):
            if value == ctx.sources.get("gtfs"):
                path = os.path.join(folder, "rutetider æøå.zip")
                if not os.path.exists(path):
                    fixtures.write_feed(path)
                    ctx.made.append(path)
                params[n] = path
        return params, Expect("ok", same=True)

    add("unicode", "names and paths with spaces and æøå", build)

    outputs = recipe.outputs()
    if outputs and (first or recipe.inputs):
        target_input = first or next(iter(recipe.inputs))

        def build(ctx):
            # a private copy of the input, so that an algorithm that does overwrite it
            # spoils no other case (the hash check reports it)
            params = ctx.mutate(ctx.params(), target_input)
            value = params[target_input]
            # a multi-layer input (a list): its first layer
            params[outputs[0]] = fixtures.file_of(value[0] if isinstance(value, list) else value)
            return params, Expect("error", mentions=(("input",),))

        add(f"outputisinput[{outputs[0]}]", "output equal to input", build)

    add(
        "missingfolder",
        "missing output folder",
        lambda ctx: (
            ctx.params(os.path.join(ctx.folder, "ny mappe", "under"), create=False),
            Expect("ok", outputs_exist=True),
        ),
    )
    return found


def _feed_cases(add) -> None:
    """The GTFS feed (FEED, a file): a required file missing, a time that does not parse,
    a day without service, stops 100 km from the town, a window without departures."""

    def with_feed(ctx, files, name, **changes):
        path = fixtures.write_feed(os.path.join(ctx.folder, f"{name}.zip"), files)
        ctx.made.append(path)
        return {**ctx.params(), "FEED": path, **changes}

    def missing(ctx):
        files = fixtures.feed_files()
        del files["stop_times.txt"]
        params = with_feed(ctx, files, "no_stop_times")
        return params, Expect("error", mentions=(("FEED",), ("stop_times",)))

    def badtime(ctx):
        files = fixtures.feed_files()
        files["stop_times.txt"] = files["stop_times.txt"].replace(
            "t1,07:10:00,07:10:00", "t1,07:1x:00,07:1x:00"
        )
        params = with_feed(ctx, files, "bad_time")
        return params, Expect("error", mentions=(("t1",), ("time", "07:1x")))

    def nodate(ctx):
        # the calendar runs in September 2024
        params = {**ctx.params(), "DATE": "2030-01-07"}
        return params, Expect("error", mentions=(("DATE", "2030-01-07"), ("trip", "service")))

    def far(ctx):
        params = with_feed(ctx, fixtures.feed_files(dx=100_000), "far_feed")
        return params, Expect("told", mentions=(("stop", "feed"), ("km", "far", "reach")))

    add("feed_missing[stop_times]", "GTFS: a required file missing", missing)
    add("feed_badtime", "GTFS: a time that does not parse", badtime)
    add("feed_nodate", "GTFS: a day without service", nodate)
    add("feed_far", "GTFS: stops 100 km from the inputs", far)
    add(
        "feed_nowindow",
        "GTFS: a window without departures",
        lambda ctx: (
            {**ctx.params(), "START": "05:00", "END": "05:30"},
            Expect("ok", warn=(r"No departure in the window 05:00-05:30",)),
        ),
    )


def recipe_of(alg_name: str) -> Recipe | None:
    return RECIPES.get(alg_name)
