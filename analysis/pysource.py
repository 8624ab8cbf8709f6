"""Python source read as a syntax tree, safe from a CPython 3.11 fault.

On Python 3.11 up to 3.11.7, ``ast.parse`` can fail with ``SystemError: AST constructor recursion depth
mismatch`` when the garbage collector runs a finalizer in the middle of building the tree (a finaliser that
raises, such as an event loop left open by a notebook client, upsets the parser's depth count; CPython issue
gh-106905). :func:`parse` keeps the collector off while the tree is built (it runs again right after), so the
tree never depends on what else the process left behind. Importing this module does nothing but define.
"""
from __future__ import annotations

import ast
import gc


def parse(source: str) -> ast.Module:
    """The syntax tree of ``source`` (Python code), as ``ast.parse`` gives it; raises ``SyntaxError`` as it does."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        return ast.parse(source)
    finally:
        if was_on:
            gc.enable()
