"""Student notebooks built from the solution notebooks in ``notebooks/teaching/solutions/`` (the only source).

Every cell tagged ``solution`` is replaced by a "Your turn" cell (tagged ``your-turn``):

* a **code** cell keeps its leading comment lines (the instructions) and each assignment with an empty value
  of the same shape (``""``, ``[]``, a dict with the same keys and empty values, ``None`` for numbers and
  anything else); a comment ``# student: EXPR`` at the end of an assignment gives the student's value instead;
* a **markdown** cell (a model answer) becomes an empty answer box.
"""
from __future__ import annotations

import ast
import copy
import io
import re
import tokenize
import zipfile
from pathlib import Path

from analysis.paths import TEACHING_DIR
from analysis.pysource import parse as parse_python

SOLUTIONS_DIR = TEACHING_DIR / "solutions"
LESSON_PATTERN = re.compile(r"^\d\d_\w+\.ipynb$")
SOLUTION_TAG = "solution"
YOUR_TURN_TAG = "your-turn"
ANSWER_BOX = "✏️ **Your answer** (double-click this cell to write here):\n\n"
STUDENT_COMMENT = re.compile(r"#\s*student:\s*(?P<expr>.+?)\s*$")


def lesson_sources(source: str | Path = SOLUTIONS_DIR) -> list[Path]:
    """The solution notebooks (``NN_name.ipynb``) in ``source``, in lesson order."""
    return sorted(p for p in Path(source).glob("*.ipynb") if LESSON_PATTERN.match(p.name))


def _blank(node: ast.expr, source: str, indent: str = "") -> str:
    """An empty value of the same shape as ``node``: ``""`` for text, ``[]`` for a list (one empty dict for a
    list of dicts), the same keys with empty values for a dict, ``None`` for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return '""'
    if isinstance(node, ast.List) and node.elts and isinstance(node.elts[0], ast.Dict):
        return f"[\n{indent}    {_blank(node.elts[0], source, indent + '    ')},\n{indent}]"
    if isinstance(node, (ast.List, ast.Tuple, ast.Set, ast.ListComp)):
        return "[]"
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
        if not node.keys:
            return "{}"
        inner = indent + "    "
        items = [f"{inner}{ast.get_source_segment(source, k)}: {_blank(v, source, inner)},"
                 for k, v in zip(node.keys, node.values)]
        return "{\n" + "\n".join(items) + f"\n{indent}}}"
    return "None"


def _student_values(source: str) -> dict[int, str]:
    """``{line number: EXPR}`` for each ``# student: EXPR`` comment in ``source``."""
    found = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            m = STUDENT_COMMENT.match(token.string)
            if m:
                found[token.start[0]] = m.group("expr")
    return found


def stub_source(source: str) -> str:
    """The student's version of a solution cell's code (see the module docstring)."""
    tree = parse_python(source)
    lines = source.splitlines()
    student = _student_values(source)
    out: list[str] = []
    for stmt in tree.body:
        above = []
        i = stmt.lineno - 2
        while i >= 0 and lines[i].lstrip().startswith("#"):
            above.insert(0, lines[i])
            i -= 1
        if not isinstance(stmt, (ast.Assign, ast.AnnAssign)) or stmt.value is None:
            continue
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        names = " = ".join(ast.get_source_segment(source, t) for t in targets)
        value = student.get(stmt.end_lineno) or _blank(stmt.value, source)
        out.extend(above)
        out.append(f"{names} = {value}")
    if not out or not out[0].lstrip().lower().startswith("# your turn"):
        out.insert(0, "# Your turn: fill in the value(s) below, then run the cell and the check after it.")
    return "\n".join(out)


def student_cell(cell):
    """The "Your turn" cell that replaces a cell tagged ``solution`` (same id, tag ``your-turn``)."""
    import nbformat

    tags = [YOUR_TURN_TAG if t == SOLUTION_TAG else t for t in cell.metadata.get("tags", [])]
    if cell.cell_type == "code":
        new = nbformat.v4.new_code_cell(stub_source(cell.source))
    else:
        new = nbformat.v4.new_markdown_cell(ANSWER_BOX)
    new.id = cell.id
    new.metadata = copy.deepcopy(cell.metadata)
    new.metadata["tags"] = tags
    return new


def student_version(nb, name: str = ""):
    """A copy of the solution notebook ``nb`` with every ``solution`` cell replaced and no outputs."""
    new = copy.deepcopy(nb)
    cells = []
    for cell in new.cells:
        if SOLUTION_TAG in cell.metadata.get("tags", []):
            cells.append(student_cell(cell))
            continue
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cells.append(cell)
    new.cells = cells
    new.metadata["lesson"] = {"student_version_of": f"solutions/{name}" if name else "solutions/",
                              "edit": "Edit the solution notebook and run: python -m analysis.teaching.helpers.lessons build"}
    return new


def render(path: Path) -> str:
    """The text of the student notebook built from the solution notebook at ``path``."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    student = student_version(nb, path.name)
    nbformat.validate(student)
    return nbformat.writes(student) + "\n"


def build(out: str | Path = TEACHING_DIR, source: str | Path = SOLUTIONS_DIR,
          zip_name: str = "") -> list[Path]:
    """Write the student version of every solution notebook in ``source`` into ``out``; with ``zip_name``,
    also pack them (and the lessons' data folder) into ``out/zip_name`` to hand out. Returns the files."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in lesson_sources(source):
        target = out / path.name
        target.write_text(render(path), encoding="utf-8")
        written.append(target)
    if zip_name:
        archive = out / zip_name
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in written:
                zf.write(path, f"lessons/{path.name}")
        written.append(archive)
    return written


def stale(out: str | Path = TEACHING_DIR, source: str | Path = SOLUTIONS_DIR) -> list[str]:
    """Names of the student notebooks in ``out`` that are missing or differ from a fresh build."""
    differ = []
    for path in lesson_sources(source):
        target = Path(out) / path.name
        if not target.exists() or target.read_text(encoding="utf-8") != render(path):
            differ.append(path.name)
    return differ
