"""A kernel that serves several pages (``lanes.py``): what one page leaves is collected before the next page,
although the kernel freezes what it holds between pages, and the kernel is gone once the pages ran."""
from __future__ import annotations

import os
import time

import nbformat
import pytest

from analysis.report.run.lanes import Lanes

pytestmark = pytest.mark.slow

#: A page that leaves a reference cycle behind (as every matplotlib figure does), with a finalizer that
#: writes a line when the cycle is collected, and the kernel's process id.
LEAVES_A_CYCLE = """import os, weakref
from pathlib import Path
class Node:
    pass
a, b = Node(), Node()
a.other, b.other = b, a
weakref.finalize(a, lambda seen=Path({seen!r}): seen.write_text("collected"))
Path({pid!r}).write_text(str(os.getpid()))"""  # the cycle stays in the namespace, like a page's figures
#: The next page: says whether the cycle of the page before was collected before it started.
LOOKS = """from pathlib import Path
print("before the second page:", Path({seen!r}).read_text().strip() if Path({seen!r}).exists() else "kept")"""


def _notebook(path, source):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def test_a_page_s_garbage_is_collected_before_the_next_page_and_the_kernel_ends(tmp_path):
    seen, pid = tmp_path / "seen.txt", tmp_path / "pid.txt"
    # the bigger notebook runs first (Lanes runs the biggest first)
    first = _notebook(tmp_path / "a.ipynb", LEAVES_A_CYCLE.format(seen=str(seen), pid=str(pid)) + "\n" + "#" * 500)
    second = _notebook(tmp_path / "b.ipynb", LOOKS.format(seen=str(seen)))
    (tmp_path / "ipc").mkdir()
    (tmp_path / "out").mkdir()
    with Lanes(tmp_path / "ipc", 1, tmp_path) as lanes:
        results, failed = lanes.run([first, second], {"a": {}, "b": {}}, tmp_path / "out", {}, lambda m: None)
    lanes.join()
    assert failed is None and [r["status"] for r in results] == ["ok", "ok"]
    out = nbformat.read(tmp_path / "out" / "b.ipynb", as_version=4)
    assert "before the second page: collected" in out.cells[0].outputs[0]["text"]
    kernel = int(pid.read_text())
    for _ in range(50):  # stopped, not asked: no wait for it to tidy up
        if not os.path.exists(f"/proc/{kernel}") or " Z " in open(f"/proc/{kernel}/stat").read():
            break
        time.sleep(0.1)
    else:
        pytest.fail(f"kernel {kernel} still runs after the pages ran")
    assert not list((tmp_path / "ipc").iterdir()), "the kernel's sockets and connection file are left behind"



def test_code_given_to_then_runs_in_a_kernel_after_the_pages_and_a_failure_comes_back(tmp_path):
    """The front page's chart is drawn this way: by a kernel whose pages ran, before it stops."""
    page = _notebook(tmp_path / "a.ipynb", "import os\nfrom pathlib import Path\n"
                                          f"Path({str(tmp_path / 'page.txt')!r}).write_text(str(os.getpid()))")
    after = tmp_path / "after.txt"
    (tmp_path / "ipc").mkdir()
    (tmp_path / "out").mkdir()
    with Lanes(tmp_path / "ipc", 1, tmp_path) as lanes:
        ran = lanes.then(f"import os\nfrom pathlib import Path\nPath({str(after)!r}).write_text(str(os.getpid()))")
        failed_code = lanes.then("raise ValueError('no chart')")
        results, failed = lanes.run([page], {"a": {}}, tmp_path / "out", {}, lambda m: None)
        assert ran.result(timeout=60) is None
        with pytest.raises(RuntimeError, match="no chart"):
            failed_code.result(timeout=60)
    lanes.join()
    assert failed is None and after.read_text() == (tmp_path / "page.txt").read_text()  # the same kernel


def test_code_left_when_the_lanes_stop_is_cancelled(tmp_path):
    (tmp_path / "ipc").mkdir()
    lanes = Lanes(tmp_path / "ipc", 1, tmp_path)
    left = lanes.then("print('never')")
    lanes.__exit__(None, None, None)  # stopped before any page ran (the kernel was never started)
    assert left.cancelled()


#: What a page can see of its kernel: whether the debugger's package was loaded, the working folder, whether
#: that folder is on ``sys.path`` (ipykernel's launcher puts it back once its own imports are done) and the
#: name of the module the page's code runs in.
KERNEL_STATE = """import os, sys
from pathlib import Path
importable = "" in sys.path or os.getcwd() in sys.path
Path({out!r}).write_text(repr((sys.modules.get("debugpy"), os.getcwd(), importable, __name__)))"""


def test_a_report_kernel_starts_without_the_debugger_and_runs_pages_as_ipykernel_does(tmp_path):
    """The lanes' kernels run ipykernel's own launcher with ``debugpy`` made unimportable (0.07 s of each
    kernel's start); pages still run in the notebook's folder, with that folder importable, as
    ``__main__``."""
    from analysis.report.run.kernels import NO_DEBUGGER, without_debugger

    out = tmp_path / "state.txt"
    page = _notebook(tmp_path / "a.ipynb", KERNEL_STATE.format(out=str(out)))
    (tmp_path / "ipc").mkdir()
    (tmp_path / "out").mkdir()
    with Lanes(tmp_path / "ipc", 1, tmp_path) as lanes:
        results, failed = lanes.run([page], {"a": {}}, tmp_path / "out", {}, lambda m: None)
    lanes.join()
    assert failed is None
    assert out.read_text() == repr((None, str(tmp_path), True, "__main__"))
    command = ["/venv/bin/python", "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    assert without_debugger(command) == ["/venv/bin/python", "-c", NO_DEBUGGER, "-f", "{connection_file}"]
    other = ["/opt/julia", "-i", "kernel.jl", "{connection_file}"]
    assert without_debugger(other) == other  # any other kernel's command is left as it is
