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
import math
import re
import reprlib
import tokenize
import types
from pathlib import Path
from typing import Any

import yaml

from analysis.compare.groups import N_BOOT_RANGE
from analysis.errors import ParameterError
from analysis.pysource import parse as parse_python

#: Names IPython puts in a notebook's namespace; never parameters.
_IPYTHON_NAMES = frozenset({"In", "Out", "get_ipython", "exit", "quit", "open"})

ACCEPTS = {
    "str": "text (quote it in YAML if it looks like a number)",
    "int": "a whole number",
    "float": "a number (not .nan or .inf)",
    "bool": "true or false",
    "list": "a list, or text with items separated by commas",
}

#: Limits of numeric parameters by name, (lowest, highest), checked before a run starts and again in the
#: notebook. ``n_boot`` (resamples per interval and permutations per test) costs time and memory in
#: proportion: the default 2,000 takes about a second on the seeds; 50,000 is 25 times that.
LIMITS = {"n_boot": N_BOOT_RANGE}

#: How much of a value an error message shows: a value is never expanded in full (a YAML alias bomb or a
#: 5 MB string would otherwise make the message itself hang or fill the screen).
_SHOW = reprlib.Repr()
_SHOW.maxstring, _SHOW.maxother, _SHOW.maxlist, _SHOW.maxdict, _SHOW.maxlevel = 80, 80, 6, 6, 3


def shown(value: Any) -> str:
    """``repr(value)`` cut to about 80 characters and 3 levels of nesting, for error messages."""
    return _SHOW.repr(value)


def coerce(name: str, value: Any, type_name: str) -> Any:
    """``value`` converted to the parameter's type (``str``, ``int``, ``float``, ``bool``, ``list``...).

    Raises :class:`ParameterError` naming ``name`` and what it accepts when no safe conversion exists.
    """
    value = _coerce(name, value, type_name.split("[")[0].strip().lower())
    low, high = LIMITS.get(name, (None, None))
    if low is not None and isinstance(value, (int, float)) and not low <= value <= high:
        raise ParameterError(name, f"got {shown(value)}", f"a number from {low:,} to {high:,}")
    return value


def _coerce(name: str, value: Any, base: str) -> Any:
    if base in ("str", "string"):
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            _fail(name, value, "str")
        return str(value)
    if base == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no"):
            return value.strip().lower() in ("true", "yes")
        _fail(name, value, "bool")
    if base == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
        _fail(name, value, "int")
    if base == "float":
        return _float(name, value)
    if base in ("list", "tuple"):
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value]
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        _fail(name, value, "list")
    return value


def _float(name: str, value: Any) -> float:
    """A finite float: ``.nan`` and ``.inf`` are refused (every comparison with NaN is false, so a NaN
    threshold would pass any range check and select nothing)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        _fail(name, value, "float")
    try:
        number = float(value)
    except (ValueError, OverflowError):
        _fail(name, value, "float")
    if not math.isfinite(number):
        _fail(name, value, "float")
    return number


def _fail(name: str, value: Any, base: str):
    raise ParameterError(name, f"got {shown(value)}", ACCEPTS[base])


def _type_name(annotation: Any) -> str:
    if isinstance(annotation, str):
        return annotation
    origin = getattr(annotation, "__origin__", None)
    return (origin or annotation).__name__ if hasattr(origin or annotation, "__name__") else str(annotation)


def _assigned(source: str) -> set[str]:
    """Names a cell's code binds at its top level (assignments, imports, loops, with ... as)."""
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
    try:
        tree = parse_python(code)
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
        tree = parse_python(source)
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


# --- reading parameters: --params FILE.yaml and -p name=value ---------------------------------------------


class AliasError(yaml.YAMLError):
    """The YAML uses an anchor (``&name``) or an alias (``*name``); ``line`` is 1-based."""

    def __init__(self, line: int):
        self.line = line
        super().__init__(f"line {line} uses a YAML anchor or alias (&name / *name)")


class _NoAliasLoader(yaml.SafeLoader):
    """The safe loader, refusing anchors and aliases: one line of aliases can stand for billions of values
    (a "billion laughs" bomb), and parameters never need them."""

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise AliasError(event.start_mark.line + 1)
        return super().compose_node(parent, index)


def load_yaml(text: str):
    """``text`` read as YAML with the safe loader, anchors and aliases refused (:class:`AliasError`)."""
    return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass


def read_params_file(path: str | Path) -> dict:
    """Parameters from a YAML mapping (safe loader, no anchors or aliases); a clear :class:`ParameterError`
    naming the file otherwise."""
    path = Path(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ParameterError("--params", f"{path} does not exist", "the path of a YAML file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ParameterError("--params", f"{path} cannot be read ({exc})", "a UTF-8 YAML file") from None
    except AliasError as exc:
        raise ParameterError("--params", f"{path}, {exc}",
                             "plain values; write each value out instead of an anchor and alias") from None
    except yaml.YAMLError as exc:
        raise ParameterError("--params", f"{path} is not valid YAML ({shown(str(exc))})",
                             "a YAML mapping name: value") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ParameterError("--params", f"{path} holds a {type(data).__name__}, not a mapping",
                             "lines of the form name: value")
    return {str(k): v for k, v in data.items()}


def parse_assignment(text: str) -> tuple[str, object]:
    """``name=value`` from the command line; the value is read as YAML (numbers, true/false, lists) with the
    safe loader, and kept as text when it is not plain YAML (or uses an anchor or alias, which is then never
    expanded)."""
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise ParameterError(shown(text), "is not of the form name=value",
                             "name=value, for example -p top_n=15")
    try:
        value = load_yaml(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return name.strip(), value
