"""Links from a lesson to a report it wrote, made to work inside JupyterLab.

JupyterLab shows an ``.html`` file in a sandboxed frame, where every link of a report answers "403 Blocking
request from unknown origin"; the server's ``/files/`` URL opens a page in a browser tab, but refuses the
page's links to the next page for the same reason. A report is therefore opened in a browser tab through
``<base_url>lesson-reports/`` (the server extension :mod:`.server`, which ``make lab`` enables), and
through ``/files/`` when the server does not have it (the index opens; its links do not).

The kernel learns where the server serves files from the server's runtime file (``jpserver-<pid>.json``:
``root_dir``, ``base_url``, ``url``, ``token``), found by the process id that jupyter_client gives every kernel
it starts (``JPY_PARENT_PID``), and asks the server (on its own local URL) whether it serves a report file.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote
from urllib.request import Request, urlopen

REPORTS_PREFIX = "lesson-reports"

#: Set by jupyter_client in the environment of every kernel it starts: the process id of its server.
PARENT_ENV = "JPY_PARENT_PID"


def _runtime_dirs() -> list[Path]:
    try:
        from jupyter_core.paths import jupyter_runtime_dir
    except ImportError:
        return []
    return [Path(jupyter_runtime_dir())]


def server_info(pid: str | int | None = None) -> dict | None:
    """The runtime information (``root_dir``, ``base_url``, ``url`` ...) of the Jupyter server whose process
    id is ``pid`` (default: the server that started this kernel); None when there is none (a headless run)."""
    pid = pid if pid is not None else os.environ.get(PARENT_ENV)
    if not pid:
        return None
    for folder in _runtime_dirs():
        path = folder / f"jpserver-{pid}.json"
        try:
            info = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if str(info.get("pid")) == str(pid) and info.get("root_dir"):
            return info
    return None


def _relative(path: str | Path, info: dict) -> str | None:
    root = Path(info["root_dir"]).expanduser().resolve()
    try:
        return quote(Path(path).resolve().relative_to(root).as_posix())
    except ValueError:
        return None


def _base(info: dict) -> str:
    return ("/" + str(info.get("base_url", "/")).strip("/")).rstrip("/")


def files_url(path: str | Path, info: dict | None = None) -> str | None:
    """The server-relative URL (``<base_url>files/<path under root_dir>``) that opens ``path`` in a browser tab,
    or None when no server is known or ``path`` lies outside the folder it serves."""
    info = info if info is not None else server_info()
    relative = _relative(path, info) if info else None
    return f"{_base(info)}/files/{relative}" if relative is not None else None


def serves_reports(relative: str, info: dict, timeout: float = 2.0) -> bool:
    """True when the server answers for ``lesson-reports/<relative>`` (its :mod:`.server` extension is
    on), asked on its own local URL with its token."""
    url = str(info.get("url", "")).rstrip("/") + f"/{REPORTS_PREFIX}/{relative}"
    request = Request(url, method="HEAD", headers={"Authorization": f"token {info.get('token', '')}"})
    try:
        with urlopen(request, timeout=timeout) as answer:
            return answer.status == 200
    except (OSError, ValueError):
        return False


def report_url(index: str | Path, info: dict | None = None) -> tuple[str | None, bool]:
    """``(url, links_work)`` for a report's ``index``: the ``lesson-reports`` URL when the server serves it
    (its links work), else the ``/files/`` URL (the page opens, its links do not), else ``(None, False)``."""
    info = info if info is not None else server_info()
    relative = _relative(index, info) if info else None
    if relative is None:
        return None, False
    if serves_reports(relative, info):
        return f"{_base(info)}/{REPORTS_PREFIX}/{relative}", True
    return f"{_base(info)}/files/{relative}", False
