"""The teaching layer's shape: modules of at most 400 lines, and no import circle through a teaching module,
counting imports written inside functions too (they run as soon as the function does)."""
import ast
from pathlib import Path

import analysis
from analysis.pysource import parse as parse_python

PACKAGE = Path(analysis.__file__).parent
TEACHING = PACKAGE / "teaching"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports(path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that ``path`` imports anywhere in its code (top level or inside functions)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(parse_python(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                root = package.split(".")
                root = root[:len(root) - node.level + 1]
                base = ".".join(root + ([node.module] if node.module else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        found |= {t for t in targets if t in known and t != name}
    return found


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import circle found by a depth-first search (each as the list of modules around it)."""
    found, state, stack = [], {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_no_import_circle_goes_through_the_teaching_layer():
    known = modules()
    graph = {name: imports(path, known) for name, path in known.items()}
    assert graph["analysis.teaching.checks.words"] >= {"analysis.teaching.checks.feedback", "analysis.teaching.tool.shipped"}
    teaching = [c for c in circles(graph) if any(m.startswith("analysis.teaching") for m in c)]
    assert teaching == []


def test_the_circle_search_finds_a_circle_made_inside_a_function(tmp_path):
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c", "a"]]


def test_no_teaching_module_imports_the_notebooks_facades():
    known = modules()
    for name, path in known.items():
        if name.startswith("analysis.teaching"):
            used = imports(path, known)
            assert not used & {"analysis.teaching.helpers.lessons", "analysis.teaching.checks.exercises"}, name


def test_teaching_modules_have_at_most_400_lines():
    long = {p.name: n for p in TEACHING.glob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}
