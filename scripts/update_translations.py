"""Extract the user-visible strings and update the Qt translation file(s).

    .venv/bin/python scripts/update_translations.py            update resources/i18n/smaaby_nb.ts
    .venv/bin/python scripts/update_translations.py --check    report untranslated strings, exit 1
    .venv/bin/python scripts/update_translations.py --fill F   take translations from a JSON file
                                                               ({"source": "translation"} or
                                                               {"context|source": ...})

pylupdate5 may be absent and does not know our conventions, so this is a small
extractor over the Python AST and the .ui files:

- ``QCoreApplication.translate("Context", "text")`` anywhere;
- module functions that only return ``QCoreApplication.translate("Context", arg)``
  (``_tr``, ``tr``, ``_tr_group``): a call ``_tr("text")`` is ("Context", "text");
- ``self.tr(x)`` / ``alg.tr(x)`` of Processing algorithms, whose context is the concrete
  algorithm class (``SmaabyAlgorithm.tr`` uses ``type(self).__name__``): a call in a
  class counts for every concrete subclass; a call in a module-level helper taking the
  algorithm (``alg.tr``) counts for every algorithm of the modules that import it;
  ``self.tr(self.HELP)`` is resolved per concrete class, class constants through their
  bases, names through module constants and imports, comprehensions over constant lists
  (``[alg.tr(t) for _, t in _CODE_LISTS]``) element by element;
- Qt Designer forms: every ``<string>`` not marked ``notr``, context the form's class.

The .ts keeps existing translations, reuses the translation of an identical source text
from another context, marks the rest unfinished and drops strings no longer in the code.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PY_DIRS = [ROOT / "smaaby_plugin", ROOT / "processing_algorithms"]
SKIP_DIRS = {"core", "__pycache__"}  # core never talks to the user through Qt
ALGORITHM_BASE = "SmaabyAlgorithm"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    filename: str
    line: int


@dataclass
class Module:
    name: str  # dotted, as imported (smaaby_plugin.processing_algorithms.base)
    path: Path
    tree: ast.Module
    constants: dict = field(default_factory=dict)  # name -> ast node (module level)
    imports: dict = field(default_factory=dict)  # local name -> (module, name)
    classes: dict = field(default_factory=dict)  # name -> ast.ClassDef
    translators: dict = field(default_factory=dict)  # function name -> context
    imported_modules: set = field(default_factory=set)


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[0] == "processing_algorithms":
        parts = ["smaaby_plugin", *parts]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def python_files(with_core: bool = False) -> list[Path]:
    """The plugin's Python files; ``core`` only on request (it never calls tr(), but its
    constants may be what an adapter translates)."""
    skip = {"__pycache__"} if with_core else SKIP_DIRS
    files = []
    for base in PY_DIRS:
        for path in sorted(base.rglob("*.py")):
            if skip & set(path.relative_to(base).parts[:-1]):
                continue
            files.append(path)
    return files


def _is_translate_call(node) -> bool:
    func = node.func if isinstance(node, ast.Call) else None
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
    )


def load_module(path: Path) -> Module:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = Module(_module_name(path), path, tree)
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and node.value is not None:
                    module.constants[target.id] = node.value
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                module.imports[alias.asname or alias.name] = (node.module, alias.name)
                module.imported_modules.add(f"{node.module}.{alias.name}")
            module.imported_modules.add(node.module)
        elif isinstance(node, ast.ClassDef):
            module.classes[node.name] = node
        elif isinstance(node, ast.FunctionDef) and len(node.args.args) >= 1:
            body = [n for n in node.body if not isinstance(n, ast.Expr)]
            if (
                len(body) == 1
                and isinstance(body[0], ast.Return)
                and _is_translate_call(body[0].value)
            ):
                ctx = body[0].value.args[0]
                if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
                    module.translators[node.name] = ctx.value
    return module


class Project:
    """All modules, their classes and a resolver for translated expressions."""

    def __init__(self, files: list[Path]):
        self.modules = {m.name: m for m in (load_module(p) for p in files)}
        self.warnings: list[str] = []
        # class name -> (module, ClassDef); names are unique enough in this project
        self.classes = {}
        for module in self.modules.values():
            for name, node in module.classes.items():
                self.classes.setdefault(name, (module, node))

    # -- classes ----------------------------------------------------------------------------
    def bases(self, name: str) -> list[str]:
        entry = self.classes.get(name)
        if entry is None:
            return []
        _module, node = entry
        names = []
        for base in node.bases:
            if isinstance(base, ast.Name):
                names.append(base.id)
            elif isinstance(base, ast.Attribute):
                names.append(base.attr)
        return names

    def mro(self, name: str) -> list[str]:
        order, todo = [], [name]
        while todo:
            current = todo.pop(0)
            if current in order:
                continue
            order.append(current)
            todo.extend(self.bases(current))
        return order

    def is_algorithm(self, name: str) -> bool:
        return ALGORITHM_BASE in self.mro(name)

    def class_attr(self, name: str, attr: str):
        for cls in self.mro(name):
            entry = self.classes.get(cls)
            if entry is None:
                continue
            module, node = entry
            for item in node.body:
                targets = (
                    item.targets
                    if isinstance(item, ast.Assign)
                    else [item.target]
                    if isinstance(item, ast.AnnAssign)
                    else []
                )
                for target in targets:
                    if isinstance(target, ast.Name) and target.id == attr:
                        return module, item.value
        return None, None

    def concrete_algorithms(self) -> list[str]:
        out = []
        for name in self.classes:
            if name == ALGORITHM_BASE or not self.is_algorithm(name):
                continue
            _m, value = self.class_attr(name, "ALG_ID")
            if isinstance(value, ast.Constant) and value.value:
                out.append(name)
        return sorted(out)

    def subclasses(self, name: str) -> list[str]:
        return [c for c in self.concrete_algorithms() if name in self.mro(c)]

    # -- constants ----------------------------------------------------------------------------
    def lookup_name(self, module: Module, name: str, depth: int = 0):
        if depth > 5:
            return None, None
        if name in module.constants:
            return module, module.constants[name]
        if name in module.imports:
            source, original = module.imports[name]
            target = self.modules.get(source)
            if target is not None:
                return self.lookup_name(target, original, depth + 1)
        return None, None

    def resolve(self, node, module: Module, cls: str | None, env: dict) -> list[str]:
        """The strings an expression can be (empty when it cannot be known)."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            # "text " + POLICY: every combination of what each side can be
            left = self.resolve(node.left, module, cls, env)
            right = self.resolve(node.right, module, cls, env)
            return [a + b for a in left for b in right]
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in module.imports
        ):
            # ac.MISSING_POLICY after "from package import _access as ac"
            source, original = module.imports[node.value.id]
            target = self.modules.get(f"{source}.{original}")
            if target is not None:
                owner, value = self.lookup_name(target, node.attr)
                return self.resolve(value, owner, cls, {}) if value is not None else []
        if isinstance(node, ast.JoinedStr):
            self.warnings.append(
                f"{module.path.name}:{node.lineno}: an f-string is passed "
                "to tr(); it cannot be translated"
            )
            return []
        if isinstance(node, ast.Name):
            if node.id in env:
                return list(env[node.id])
            owner, value = self.lookup_name(module, node.id)
            return self.resolve(value, owner, cls, {}) if value is not None else []
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("self", "cls", "alg")
            and cls
        ):
            owner, value = self.class_attr(cls, node.attr)
            return self.resolve(value, owner, cls, {}) if value is not None else []
        if isinstance(node, ast.Subscript):
            index = node.slice.value if isinstance(node.slice, ast.Index) else node.slice
            mapping = self._mapping(node.value, module)
            if mapping is not None:  # LABELS[key]: the keys the index can be, else all
                keys = self.resolve(index, module, cls, env)
                chosen = [mapping[k] for k in keys if k in mapping] or list(mapping.values())
                return [s for value in chosen for s in self.resolve(value, module, cls, {})]
            values = self._sequence(node.value, module, cls)
            if isinstance(index, ast.Constant) and isinstance(index.value, int):
                out = []
                for value in values:
                    if isinstance(value, (ast.Tuple, ast.List)) and index.value < len(value.elts):
                        out += self.resolve(value.elts[index.value], module, cls, {})
                return out
            return []
        if isinstance(node, (ast.Tuple, ast.List)):
            return []
        return []

    def _mapping(self, node, module: Module):
        """A constant dict with string keys as {key: value node}, else None."""
        if isinstance(node, ast.Name):
            owner, value = self.lookup_name(module, node.id)
            return self._mapping(value, owner) if value is not None else None
        if isinstance(node, ast.Dict):
            return {
                k.value: v
                for k, v in zip(node.keys, node.values)
                if isinstance(k, ast.Constant) and isinstance(k.value, str)
            }
        return None

    def _sequence(self, node, module: Module, cls: str | None) -> list:
        """Elements of a constant tuple/list expression (as AST nodes); a single tuple
        (such as GROUP_LANDUSE) is returned as a one-element list."""
        if isinstance(node, ast.Name):
            owner, value = self.lookup_name(module, node.id)
            return self._sequence(value, owner, cls) if value is not None else []
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("self", "cls", "alg")
            and cls
        ):
            owner, value = self.class_attr(cls, node.attr)
            return self._sequence(value, owner, cls) if value is not None else []
        if isinstance(node, (ast.Tuple, ast.List)):
            return [node]
        return []

    def iterate(self, node, module: Module, cls: str | None) -> list:
        """Elements of the iterable of a comprehension (AST nodes)."""
        if isinstance(node, ast.Name):
            owner, value = self.lookup_name(module, node.id)
            return self.iterate(value, owner, cls) if value is not None else []
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("self", "cls", "alg")
            and cls
        ):
            owner, value = self.class_attr(cls, node.attr)
            return self.iterate(value, owner, cls) if value is not None else []
        if isinstance(node, (ast.Tuple, ast.List)):
            return list(node.elts)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("items", "values")
            and not node.args
        ):
            mapping = self._mapping(node.func.value, module)
            if mapping is None:
                return []
            if node.func.attr == "values":
                return list(mapping.values())
            return [ast.Tuple(elts=[ast.Constant(k), v]) for k, v in mapping.items()]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
            if node.func.id in ("list", "tuple", "sorted"):
                return self.iterate(node.args[0], module, cls)
        return []


def _uses_self(node) -> bool:
    return any(isinstance(n, ast.Name) and n.id in ("self", "cls") for n in ast.walk(node))


def _comprehension_env(project: Project, module: Module, cls, generators) -> dict:
    env = {}
    for gen in generators:
        _bind(project, module, cls, gen.target, project.iterate(gen.iter, module, cls), env)
    return env


def _bind(project: Project, module: Module, cls, target, elements: list, env: dict) -> None:
    """What each name of a loop target can be, over the iterable's elements; nested
    targets (``for name, (attr, label) in X.items()``) too."""
    if isinstance(target, ast.Name):
        env[target.id] = [s for e in elements for s in project.resolve(e, module, cls, {})]
    elif isinstance(target, ast.Tuple):
        for i, elt in enumerate(target.elts):
            parts = [
                element.elts[i]
                for element in elements
                if isinstance(element, (ast.Tuple, ast.List)) and i < len(element.elts)
            ]
            _bind(project, module, cls, elt, parts, env)


class _Visitor(ast.NodeVisitor):
    def __init__(self, project: Project, module: Module, out: list[Message]):
        self.project = project
        self.module = module
        self.out = out
        self.cls: str | None = None
        self.env: dict = {}
        self.aliases: set[str] = set()

    def visit_ClassDef(self, node):  # noqa: N802
        outer = self.cls
        self.cls = node.name
        self.generic_visit(node)
        self.cls = outer

    def _comprehension(self, node):
        outer = self.env
        self.env = {
            **outer,
            **_comprehension_env(self.project, self.module, self.cls, node.generators),
        }
        self.generic_visit(node)
        self.env = outer

    visit_ListComp = visit_GeneratorExp = visit_SetComp = _comprehension  # noqa: N815

    def visit_For(self, node):  # noqa: N802
        # for title, text in [("Before", "..."), ...]: self.tr(title)
        outer = self.env
        self.env = {**outer, **_comprehension_env(self.project, self.module, self.cls, [node])}
        self.generic_visit(node)
        self.env = outer

    def visit_FunctionDef(self, node):  # noqa: N802
        # tr = alg.tr (or self.tr): tr("...") is then the algorithm's tr
        outer = set(self.aliases)
        for item in ast.walk(node):
            if (
                isinstance(item, ast.Assign)
                and isinstance(item.value, ast.Attribute)
                and item.value.attr == "tr"
                and isinstance(item.value.value, ast.Name)
                and item.value.value.id in ("self", "alg")
            ):
                self.aliases |= {t.id for t in item.targets if isinstance(t, ast.Name)}
        self.generic_visit(node)
        self.aliases = outer

    def _emit(self, contexts, node, line):
        if not contexts:
            return
        if (
            self.cls is not None
            and self.project.is_algorithm(self.cls)
            and _uses_self(node)
            and self.cls not in self.project.concrete_algorithms()
        ):
            # self.X in a base class: each concrete algorithm has its own X
            outer = self.cls
            for concrete in self.project.subclasses(outer):
                self.cls = concrete
                self._emit(contexts, node, line)
            self.cls = outer
            return
        values = self.project.resolve(node, self.module, self.cls, self.env)
        for context in contexts:
            for value in values:
                if value:
                    self.out.append(
                        Message(context, value, str(self.module.path.relative_to(ROOT)), line)
                    )

    def _algorithm_contexts(self) -> list[str]:
        if self.cls is not None and self.project.is_algorithm(self.cls):
            subclasses = self.project.subclasses(self.cls)
            return subclasses
        if self.cls is None:  # a module-level helper called with the algorithm
            users = [
                name
                for name in self.project.concrete_algorithms()
                if self.project.classes[name][0] is self.module
                or self.module.name in self.project.classes[name][0].imported_modules
                or any(
                    self.module.name.endswith("." + part)
                    for part in self.project.classes[name][0].imported_modules
                )
            ]
            return users
        return []

    def visit_Call(self, node):  # noqa: N802
        func = node.func
        if _is_translate_call(node) and len(node.args) >= 2:
            ctx = node.args[0]
            if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
                self._emit([ctx.value], node.args[1], node.lineno)
        elif isinstance(func, ast.Name) and func.id in self.module.translators and node.args:
            self._emit([self.module.translators[func.id]], node.args[0], node.lineno)
        elif isinstance(func, ast.Name) and node.args and func.id in self.module.imports:
            source, original = self.module.imports[func.id]
            target = self.project.modules.get(source)
            if target is not None and original in target.translators:
                self._emit([target.translators[original]], node.args[0], node.lineno)
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and node.args
            and isinstance(func.value, ast.Name)
            and func.value.id in ("self", "alg")
        ) or (isinstance(func, ast.Name) and func.id in self.aliases and node.args):
            if self.cls is not None and self.project.is_algorithm(self.cls):
                self._emit_per_class(node)
            else:
                self._emit(self._algorithm_contexts(), node.args[0], node.lineno)
        self.generic_visit(node)

    def _emit_per_class(self, node):
        # resolve self.X per concrete class: each has its own DISPLAY_NAME, HELP, ...
        outer = self.cls
        for concrete in self.project.subclasses(outer):
            self.cls = concrete
            self._emit([concrete], node.args[0], node.lineno)
        self.cls = outer


def _ui_messages(path: Path) -> list[Message]:
    tree = ET.parse(path)
    root = tree.getroot()
    context = (root.findtext("class") or path.stem).strip()
    out = []
    for element in root.iter("string"):
        if element.get("notr") == "true" or not (element.text or "").strip():
            continue
        out.append(Message(context, element.text, str(path.relative_to(ROOT)), 0))
    return out


def extract() -> tuple[list[Message], list[str]]:
    """All (context, source) messages of the plugin, with warnings."""
    project = Project(python_files(with_core=True))
    visited = {_module_name(p) for p in python_files()}
    messages: list[Message] = []
    for module in project.modules.values():
        if module.name in visited:
            _Visitor(project, module, messages).visit(module.tree)
    for path in sorted((ROOT / "forms").glob("*.ui")):
        messages += _ui_messages(path)
    unique: dict[tuple[str, str], Message] = {}
    for message in messages:
        unique.setdefault((message.context, message.source), message)
    return sorted(unique.values(), key=lambda m: (m.context, m.source)), project.warnings


# -- the .ts file ------------------------------------------------------------------------------
def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished) of an existing .ts file."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            out[(name, source)] = (text, kind != "unfinished" and bool(text))
    return out


def write_ts(
    path: Path,
    language: str,
    messages: list[Message],
    translations: dict[tuple[str, str], tuple[str, bool]],
) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            element = ET.SubElement(context, "message")
            ET.SubElement(
                element, "location", filename="../../" + message.filename, line=str(message.line)
            )
            ET.SubElement(element, "source").text = message.source
            text, finished = translations.get((message.context, message.source), ("", False))
            translation = ET.SubElement(element, "translation")
            translation.text = text
            if not finished:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def merge(messages: list[Message], old: dict, fill: dict | None = None) -> dict:
    """Translations for ``messages``: kept, filled from ``fill``, or reused from the same
    source text in another context."""
    by_source: dict[str, str] = {}
    for (_ctx, source), (text, finished) in old.items():
        if finished:
            by_source.setdefault(source, text)
    fill = fill or {}
    merged = {}
    for message in messages:
        key = (message.context, message.source)
        text, finished = old.get(key, ("", False))
        filled = fill.get(f"{message.context}|{message.source}", fill.get(message.source))
        if filled:
            text, finished = filled, True
        elif not finished and message.source in by_source:
            text, finished = by_source[message.source], True
        merged[key] = (text, finished)
    return merged


_FIELD = re.compile(r"{[^{}]*}")


def placeholder_mismatches(messages: list[Message], translations: dict) -> list[Message]:
    """Messages whose translation has other ``{}`` placeholders than the source (a
    ``str.format`` on it would fail or show the wrong value)."""
    out = []
    for message in messages:
        text, finished = translations.get((message.context, message.source), ("", False))
        if finished and sorted(_FIELD.findall(text)) != sorted(_FIELD.findall(message.source)):
            out.append(message)
    return out


def untranslated(messages: list[Message], translations: dict) -> list[Message]:
    return [m for m in messages if not translations.get((m.context, m.source), ("", False))[1]]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="nb")
    parser.add_argument(
        "--check",
        action="store_true",
        help="only report; exit 1 if a string is untranslated or missing",
    )
    parser.add_argument("--fill", help="JSON file of translations to take in")
    parser.add_argument("--dump", help="write the untranslated sources to this JSON file")
    args = parser.parse_args(argv)
    ts = I18N / f"smaaby_{args.lang}.ts"
    messages, warnings = extract()
    old = read_ts(ts)
    fill = json.loads(Path(args.fill).read_text(encoding="utf-8")) if args.fill else None
    merged = merge(messages, old, fill)
    missing = untranslated(messages, merged)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.dump:
        Path(args.dump).write_text(
            json.dumps(
                {f"{m.context}|{m.source}": "" for m in missing}, ensure_ascii=False, indent=1
            ),
            encoding="utf-8",
        )
    if args.check:
        stale = [k for k in read_ts(ts) if k not in {(m.context, m.source) for m in messages}]
        changed = untranslated(messages, old)
        for message in changed:
            print(
                f"untranslated: [{message.context}] {message.source[:90]!r} "
                f"({message.filename}:{message.line})"
            )
        wrong = placeholder_mismatches(messages, old)
        for message in wrong:
            print(f"placeholders differ: [{message.context}] {message.source[:90]!r}")
        print(
            f"{len(messages)} strings, {len(changed)} untranslated, "
            f"{len(stale)} no longer in the code, {len(wrong)} with other placeholders"
        )
        return 1 if changed or stale or wrong else 0
    I18N.mkdir(parents=True, exist_ok=True)
    language = {"nb": "nb_NO"}.get(args.lang, args.lang)
    write_ts(ts, language, messages, merged)
    print(f"{ts.relative_to(ROOT)}: {len(messages)} strings, {len(missing)} untranslated")
    for message in missing[:40]:
        print(f"  [{message.context}] {message.source[:80]!r}")
    if len(missing) > 40:
        print(f"  … and {len(missing) - 40} more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
