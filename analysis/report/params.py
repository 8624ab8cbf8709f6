"""Notebook parameters: the types come from the annotations of each notebook's ``parameters`` cell.

A report notebook's parameters cell holds one annotated assignment a line (``corpus: str = "..."  # help``).
The cell right after papermill's injected cell calls :func:`check_parameters` with ``globals()``: it
rejects names that the parameters cell does not declare, converts values papermill guessed the wrong type
for (``-p corpus 123`` injects an int), and stops the run with a :class:`ParameterError` naming the
parameter and what it accepts. The same rules check a run's parameters before any notebook starts
(:func:`coerce`), using the types papermill reads from the notebook.
"""
from __future__ import annotations

import ast
import io
import re
import tokenize
import types
from pathlib import Path
from typing import Any

from ..errors import ParameterError

#: Names IPython puts in a notebook's namespace; never parameters.
_IPYTHON_NAMES = frozenset({"In", "Out", "get_ipython", "exit", "quit", "open"})

ACCEPTS = {
    "str": "text (quote it in YAML if it looks like a number)",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "list": "a list, or text with items separated by commas",
}


def coerce(name: str, value: Any, type_name: str) -> Any:
    """``value`` converted to the parameter's type (``str``, ``int``, ``float``, ``bool``, ``list``...).

    Raises :class:`ParameterError` naming ``name`` and what it accepts when no safe conversion exists.
    """
    base = type_name.split("[")[0].strip().lower()
    if base in ("str", "string"):
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ParameterError(name, f"got {value!r}", ACCEPTS["str"])
        return str(value)
    if base == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no"):
            return value.strip().lower() in ("true", "yes")
        raise ParameterError(name, f"got {value!r}", ACCEPTS["bool"])
    if base == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
        raise ParameterError(name, f"got {value!r}", ACCEPTS["int"])
    if base == "float":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        try:
            return float(value) if isinstance(value, str) else _fail(name, value, "float")
        except ValueError:
            _fail(name, value, "float")
    if base in ("list", "tuple"):
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value]
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        raise ParameterError(name, f"got {value!r}", ACCEPTS["list"])
    return value


def _fail(name: str, value: Any, base: str):
    raise ParameterError(name, f"got {value!r}", ACCEPTS[base])


def _type_name(annotation: Any) -> str:
    if isinstance(annotation, str):
        return annotation
    origin = getattr(annotation, "__origin__", None)
    return (origin or annotation).__name__ if hasattr(origin or annotation, "__name__") else str(annotation)


def _assigned(source: str) -> set[str]:
    """Names a cell's code binds at its top level (assignments, imports, loops, with ... as)."""
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
    return names


def _earlier_runs(namespace: dict) -> set[str]:
    """Names the notebook's own cells assigned in earlier runs in the same kernel ("Run All" twice in
    JupyterLab), found in IPython's ``In`` history, leaving out the parameters cell and papermill's
    injected ``# Parameters`` cell. They are not taken for unknown parameters."""
    names: set[str] = set()
    for source in namespace.get("In") or []:
        if source.lstrip().startswith("# Parameters") or re.search(r"^\w+\s*:\s*\w+\s*=", source, re.M):
            continue
        names |= _assigned(source)
    return names


def check_parameters(namespace: dict) -> dict:
    """Validate a notebook's parameters in place; returns ``{name: value}`` of the declared parameters.

    ``namespace`` is the notebook's ``globals()`` just after the parameters and injected-parameters cells.
    """
    declared = dict(namespace.get("__annotations__", {}))
    leftovers = _earlier_runs(namespace)
    unknown = sorted(
        k for k, v in namespace.items()
        if not k.startswith("_") and k not in declared and k not in _IPYTHON_NAMES and k not in leftovers
        and not isinstance(v, (types.ModuleType, types.FunctionType, type))
    )
    if unknown:
        raise ParameterError(unknown[0], "this notebook has no such parameter",
                             "one of: " + ", ".join(sorted(declared)))
    values = {}
    for name, annotation in declared.items():
        if name not in namespace:
            raise ParameterError(name, "was declared but has no value", "a value in the parameters cell")
        values[name] = namespace[name] = coerce(name, namespace[name], _type_name(annotation))
    return values


def declared_parameters(notebook: str | Path) -> dict[str, dict]:
    """``{name: {"type", "default", "help"}}`` of a notebook's ``parameters`` cell, read with :mod:`ast`
    (nothing in it is executed). ``type`` is the annotation's name, ``default`` the source of the value,
    ``help`` the line's trailing ``# comment``. Unannotated names get the type ``any``.

    Raises :class:`ParameterError` when the notebook has no ``parameters`` cell or it is not valid Python.
    """
    import nbformat

    nb = nbformat.read(str(notebook), as_version=4)
    cells = [c for c in nb.cells if c.cell_type == "code" and "parameters" in c.metadata.get("tags", [])]
    if len(cells) != 1:
        raise ParameterError("parameters", f"{notebook} has {len(cells)} cells tagged 'parameters'",
                             "exactly one code cell tagged parameters")
    source = cells[0].source
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        problem = f"the parameters cell of {notebook} is not valid Python ({exc.msg}, line {exc.lineno})"
        raise ParameterError("parameters", problem, "one 'name: type = value  # help' a line") from None
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    comments = {t.start[0]: t.string.lstrip("#").strip() for t in tokens if t.type == tokenize.COMMENT}
    found = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name, type_name = node.target.id, ast.unparse(node.annotation)
        elif isinstance(node, ast.Assign) and [type(t) for t in node.targets] == [ast.Name]:
            name, type_name = node.targets[0].id, "any"
        else:
            continue
        default = ast.get_source_segment(source, node.value) if node.value is not None else None
        found[name] = {"type": type_name, "default": default, "help": comments.get(node.end_lineno, "")}
    return found
