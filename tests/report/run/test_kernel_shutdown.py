"""A notebook that ran to the end leaves no ERROR line behind: its kernel is shut down without an interrupt.

jupyter_client sends SIGINT to a kernel before asking it to shut down; a kernel that gets it while handling a
message logs "[IPKernelApp] ERROR | KeyboardInterrupt caught in kernel." to the run's stderr (seen in 4 of 44
successful scheduled runs, which trips anything that watches logs for ERROR). The notebook here counts every
SIGINT its kernel gets after its cell ran (ipykernel restores ``saved_sigint_handler`` between messages), so
the test sees the interrupt whether or not it happened to land inside a message.

A kernel asked to shut down can also log "ERROR:tornado.general:Uncaught exception in ZMQStream callback ...
ZMQError: Socket operation on non-socket" (ipykernel 7.4: its control thread publishes "idle" while its main
thread closes the sockets; seen once in CI). Like a lane's kernel, a notebook's own kernel is therefore
stopped at once when its notebook ran, and the test checks that no ERROR line of either kind is printed.
"""
from __future__ import annotations

import nbformat
import pytest

from analysis.report.run.kernels import execute

pytestmark = pytest.mark.slow

CELL = """import signal
from pathlib import Path
seen = Path({path!r})
def count(signum, frame):
    with seen.open("a") as out:
        out.write("SIGINT\\n")
get_ipython().kernel.saved_sigint_handler = count
print("ready")"""


def test_a_notebook_that_ran_is_shut_down_without_an_interrupt_or_an_error_line(tmp_path, capfd):
    seen = tmp_path / "signals.txt"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL.format(path=str(seen)))])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    source = tmp_path / "count.ipynb"
    nbformat.write(nb, source)
    (tmp_path / "ipc").mkdir()
    for n in range(3):  # three runs: the interrupt came on every shutdown before the fix
        result = execute(source, tmp_path / f"out{n}.ipynb", {}, tmp_path / "ipc" / f"k{n}", [])
        assert result["status"] == "ok"
        assert "ready" in str(nbformat.read(tmp_path / f"out{n}.ipynb", as_version=4).cells[0].outputs)
    assert not seen.exists(), seen.read_text()
    out, err = capfd.readouterr()
    assert "ERROR" not in out + err and "KeyboardInterrupt" not in out + err
