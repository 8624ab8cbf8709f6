"""CPU of each chart of the report's pages, drawn again and again in one process, and its PNG checked.

Runs the code cells of a report's executed notebooks (``reports/<run>/notebooks``, from a report kept by
``bench/report_profile.py --keep DIR``) in this process, in an IPython shell, against the report's own
store; then runs every cell that showed a chart ``--repeat`` more times and prints, per chart cell, the
fastest CPU seconds of the cell (making the figure and drawing its PNG) and of the PNG alone. With
``--save DIR`` the PNGs are written there; with ``--against DIR`` (an earlier ``--save``) each is compared
with the earlier one, pixel by pixel and byte by byte. Run the same report's notebooks with two checkouts'
Pythons (each ``--save``), then compare: a figure that changed shows as ``pixels differ``.

Usage::

    python bench/report_profile.py --size 1000 --keep K
    python bench/chart_speed.py K/reports/latest --repeat 5 --save /tmp/new [--against /tmp/old]
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import sys
import time
from pathlib import Path


def chart_cells(notebook: Path) -> list[str]:
    """The code cells of an executed notebook, the parameters papermill injected included, without the
    bench's probe cell; ``tables_dir`` set to ''."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    out = []
    for cell in cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if cell["cell_type"] != "code" or "remove-from-report" in tags and "_frm_probe" in "".join(cell["source"]):
            continue
        out.append("".join(cell["source"]))
    out.append('tables_dir = ""')
    order = [i for i, c in enumerate(out) if c.startswith("# Parameters")]
    if order:  # the injected parameters, then tables_dir blanked, before the page's own cells
        out.insert(order[0] + 1, out.pop())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="a kept report folder (with notebooks/ and store/)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pages", default="01,02,03,04")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--cprofile", type=Path, help="write a cProfile dump of the repeated chart cells here")
    args = parser.parse_args()

    import numpy as np
    from IPython.core.interactiveshell import InteractiveShell
    from PIL import Image

    from analysis.display.charts import Chart
    from analysis.report.pages.session import RUN_ENV, STORE_ENV

    store = args.report / "store"
    os.environ[STORE_ENV] = str(store)
    os.environ[RUN_ENV] = sorted((store / "runs").glob("*.parquet"))[-1].stem
    drawn: list[tuple[float, bytes]] = []
    plain = Chart._repr_png_

    def timed(self):
        start = time.process_time()
        data = plain(self)
        drawn.append((time.process_time() - start, data))
        return data

    Chart._repr_png_ = timed
    shell = InteractiveShell.instance()
    shell.display_formatter.active_types = ["text/plain", "image/png", "text/html", "text/markdown"]
    shell.display_pub.publish = lambda *a, **k: None
    shell.displayhook.write_format_data = lambda *a, **k: None
    profile = None
    if args.cprofile:
        import cProfile

        profile = cProfile.Profile()
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    total_cell, total_png, differ = 0.0, 0.0, 0
    print("| chart cell | charts | CPU s (cell) | CPU s (PNG) | PNG bytes |" + (" same? |" if args.against else ""))
    print("|---|---:|---:|---:|---:|" + ("---|" if args.against else ""))
    for nb in sorted((args.report / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        if nb.name[:2] not in args.pages.split(","):
            continue
        os.chdir(nb.parent)
        shell.reset(new_session=True)
        gc.collect()  # as a report's kernel does before each page (analysis/report/run/lanes.py)
        gc.freeze()
        for k, source in enumerate(chart_cells(nb)):
            drawn.clear()
            with contextlib.redirect_stdout(io.StringIO()):
                result = shell.run_cell(source, store_history=False, silent=False)
            if result.error_in_exec is not None or result.error_before_exec is not None:
                sys.exit(f"{nb.name} cell {k} failed: {result.error_in_exec or result.error_before_exec}")
            if not drawn:
                continue
            first = [d for _, d in drawn]
            cells, pngs = [], []
            for _ in range(args.repeat):
                drawn.clear()
                start = time.process_time()
                with contextlib.redirect_stdout(io.StringIO()):
                    if profile:
                        profile.enable()
                    shell.run_cell(source, store_history=False)
                    if profile:
                        profile.disable()
                cells.append(time.process_time() - start)
                pngs.append(sum(t for t, _ in drawn))
            name = f"{nb.name[:2]}-{k:02d}"
            same = ""
            for i, data in enumerate(first):
                if args.save:
                    (args.save / f"{name}-{i}.png").write_bytes(data)
                if args.against:
                    old = (args.against / f"{name}-{i}.png").read_bytes()
                    pixels = np.array_equal(np.asarray(Image.open(io.BytesIO(old)).convert("RGBA")),
                                            np.asarray(Image.open(io.BytesIO(data)).convert("RGBA")))
                    differ += not pixels
                    same += ("bytes" if old == data else "pixels") if pixels else "**pixels differ**"
                    same += " "
            total_cell, total_png = total_cell + min(cells), total_png + min(pngs)
            first_line = source.strip().splitlines()[0][:50].replace("|", "/")
            print(f"| {name} `{first_line}` | {len(first)} | {min(cells):.3f} | {min(pngs):.3f} | "
                  f"{sum(map(len, first)):,} |" + (f" {same}|" if args.against else ""), flush=True)
    print(f"| **all** | | **{total_cell:.2f}** | **{total_png:.2f}** | |" + (" |" if args.against else ""))
    gc.unfreeze()  # what the pages left is freed at exit (DuckDB's bindings report frozen objects as leaks)
    if profile:
        profile.dump_stats(args.cprofile)
    if args.against:
        print(f"{differ} figure(s) with different pixels")


if __name__ == "__main__":
    main()
