"""Lesson 5 run twice in one kernel, as a class re-runs it in JupyterLab: no error, nothing on stderr (no
"[IPKernelApp] ERROR | KeyboardInterrupt caught in kernel." from the report's own kernels), the kernel's
working folder never moves, and the second report link names a report that exists."""
import re
import shutil

import nbformat
import pytest

from analysis.report.run.runner import list_reports
from analysis.paths import TEACHING_DIR

LESSON = TEACHING_DIR / "05_compare_outlets_yourself.ipynb"


@pytest.mark.slow
def test_lesson_five_runs_twice_in_one_kernel_quietly_and_in_its_own_folder(tmp_path):
    from nbclient import NotebookClient

    folder = tmp_path / "class"
    folder.mkdir()
    nb = nbformat.read(LESSON, as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    params.source = re.sub(r"^report_notebooks: list = \[\]", 'report_notebooks: list = ["01_loaded_terms"]',
                           params.source, flags=re.M)
    where = nbformat.v4.new_code_cell("import os\nprint('cwd:', os.getcwd())")
    nb.cells = [*nb.cells, where]
    client = NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": str(folder)}})
    printed = []
    with client.setup_kernel():
        for _ in range(2):
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
            printed.append(where.outputs[0]["text"].strip())
            outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
            assert not [o for o in outputs if o.output_type == "error"]
            assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    assert printed == [f"cwd: {folder}", f"cwd: {folder}"]
    reports = list_reports(folder / "work" / "reports")  # oldest first; the latest pointers are not reports
    assert len(reports) == 2
    link = next(o.data["text/html"] for c in nb.cells if "report_link" in c.source for o in c.outputs
                if "text/html" in o.get("data", {}))
    assert (reports[-1] / "index.html").as_uri() in link
    shutil.rmtree(folder / "work")
