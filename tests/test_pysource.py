"""Python source parsed with the garbage collector held off (CPython 3.11's gh-106905 fault, seen in CI)."""
import ast
import gc
import sys

import pytest

from analysis.pysource import parse

SOURCE = "\n".join(f"def f{i}(x):\n    return [x, {{'a': (x, {i})}}]" for i in range(300))


def collections_inside_ast_parse(parser) -> int:
    """How many garbage collections start while ``ast.parse`` builds a tree, with the collector set to run at
    almost every allocation (as in a busy process)."""
    seen = []

    def callback(phase, info):
        frame = sys._getframe()
        while frame is not None:
            if frame.f_code is ast.parse.__code__ and phase == "start":
                seen.append(frame.f_lineno)
            frame = frame.f_back

    gc.collect()   # first the garbage earlier tests left (an open event loop's finaliser can upset the bare parser)
    threshold = gc.get_threshold()
    gc.set_threshold(1)
    gc.callbacks.append(callback)
    try:
        tree = parser(SOURCE)
    except SystemError as error:   # the fault itself: a finaliser ran inside the bare parser
        assert "recursion depth mismatch" in str(error)
        return max(len(seen), 1)
    finally:
        gc.callbacks.remove(callback)
        gc.set_threshold(*threshold)
    assert len(tree.body) == 300
    return len(seen)


def test_no_collection_runs_while_a_tree_is_built_and_the_collector_is_on_again_after():
    assert collections_inside_ast_parse(ast.parse) > 0     # the bare parser can be interrupted
    assert collections_inside_ast_parse(parse) == 0
    assert gc.isenabled()


def test_bad_source_still_raises_a_syntax_error_and_leaves_the_collector_on():
    with pytest.raises(SyntaxError):
        parse("def broken(:\n")
    assert gc.isenabled()
