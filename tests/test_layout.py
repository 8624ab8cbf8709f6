"""The package keeps the shape the README's layout section promises: small modules, short functions, no
import circle between modules (imports inside functions count too), and a cheap ``import analysis``."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import analysis
from analysis.pysource import parse as parse_python

PACKAGE = Path(analysis.__file__).parent
MAX_MODULE_LINES = 420   # "about 400"
MAX_FUNCTION_LINES = 70  # "about 60"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def test_no_module_is_much_over_400_lines():
    long = {name: len(p.read_text().splitlines()) for name, p in _modules().items()}
    assert not {n: k for n, k in long.items() if k > MAX_MODULE_LINES}


def test_no_function_is_much_over_60_lines():
    long = []
    for name, path in _modules().items():
        for node in ast.walk(parse_python(path.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {n} lines")
    assert not long


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    is_pkg = path.name == "__init__.py"
    base = name.split(".") if is_pkg else name.split(".")[:-1]
    found = set()
    for node in ast.walk(parse_python(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                prefix = base[: len(base) - node.level + 1]
                target = ".".join(prefix + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            candidates = [target] + [f"{target}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        else:
            continue
        for c in candidates:
            if c in known and c != name:
                found.add(c)
    return found


def test_no_import_circle_between_modules_counting_imports_inside_functions():
    modules = _modules()
    known = set(modules)
    graph = {name: _imports(name, path, known) for name, path in modules.items()}
    # a package's __init__ re-exporting its own modules is not a circle of logic: ignore package -> child
    for name in graph:
        graph[name] = {t for t in graph[name] if not t.startswith(name + ".")}
    cycles, state = [], {}

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


#: The flow of the package, from the files read to the pages written. A room may import rooms of its own
#: rank or lower, never higher (``analysis/__init__.py`` and ``__main__.py`` sit on top). ``display`` (names
#: and charts) is shared by compare and report; ``provenance`` and ``batches`` belong with the pipeline; the
#: voice layer (``voice``, ``attribution``, ``speakers``, ``quoting``) belongs with the text it divides.
RANKS = {
    "errors": 0, "paths": 0, "progress": 0, "pysource": 0, "csvio": 0, "stopwords": 0, "columns": 0, "frozen": 0,
    "corpus": 1,
    "text": 2, "sentences": 2, "tagging": 2, "lexicon": 2, "matching": 2, "patterns": 2, "wordindex": 2,
    # the voice layer: built on the Document before any measure (voice reads attribution, speakers, quoting)
    "voice": 2, "statements": 2, "attribution": 2, "clauses": 2, "hearsay": 2, "charges": 2, "speakers": 2, "quoting": 2, "names": 2,
    "embeds": 2, "transcripts": 2, "pasted": 2, "viewpoints": 2, "credited": 2, "echoes": 2, "judging": 2, "governing": 2, "furniture": 2, "headings": 2,
    "measures": 3,
    "display": 4,
    "pipeline": 5, "results": 5, "batches": 5, "provenance": 5,
    "store": 6,
    "compare": 7,
    "report": 8,
    "teaching": 9, "evaluation": 9, "explore": 9,
    "": 10, "__main__": 10,
}
#: Inside report/ and teaching/ the sub-rooms point one way too: teaching/tool (the tool explained: scoring,
#: the shipped lexicon, the libraries inside, HTML pieces) under the checks and authoring, the notebook helpers on top.
SUB_RANKS = {"report": {"pages": 0, "run": 1, "lab": 1},
             "teaching": {"tool": 0, "checks": 1, "authoring": 1, "helpers": 2}}


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_packages_point_one_way_from_corpus_to_report():
    modules = _modules()
    known = set(modules)
    upward = []
    for name, path in modules.items():
        src = _room(name)
        assert src in RANKS, f"{name}: a new room must take its place in RANKS (tests/test_layout.py)"
        for target in _imports(name, path, known) - {"analysis"}:  # "from . import x" names module x
            dst = _room(target)
            if dst != src and RANKS.get(dst, 0) > RANKS[src]:
                upward.append(f"{name} imports {target}")
            subs = SUB_RANKS.get(src, {})
            a, b = name.split(".")[2:3], target.split(".")[2:3]
            if dst == src and a and b and a != b and subs.get(b[0], 0) > subs.get(a[0], 0):
                upward.append(f"{name} imports {target}")
    assert not upward, "\n".join(upward)


def test_no_module_imports_another_modules_private_names():
    found = []
    for name, path in _modules().items():
        for node in ast.walk(parse_python(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("analysis")):
                private = [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
                if private:
                    found.append(f"{name}: {', '.join(private)}")
    assert not found, "\n".join(found)


@pytest.mark.slow
def test_importing_the_package_and_its_errors_loads_no_heavy_library():
    code = ("import sys, analysis, analysis.errors; "
            "heavy = [m for m in ('pandas', 'numpy', 'matplotlib', 'vaderSentiment', 'textblob', 'nltk', "
            "'papermill') if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
