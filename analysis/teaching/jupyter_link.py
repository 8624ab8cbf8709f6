"""Links from a lesson to files the lesson wrote (a report), made to work inside JupyterLab.

JupyterLab shows an ``.html`` file in a sandboxed frame, where every link of a report answers "403 Blocking
request from unknown origin". A report is therefore opened in a browser tab through the Jupyter server's own
``/files/`` URL, where its links work. The kernel learns where the server serves files from the server's
runtime file (``jpserver-<pid>.json``: ``root_dir`` and ``base_url``), found by the process id that
jupyter_client gives every kernel it starts (``JPY_PARENT_PID``).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

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


def files_url(path: str | Path, info: dict | None = None) -> str | None:
    """The server-relative URL (``<base_url>files/<path under root_dir>``) that opens ``path`` in a browser tab,
    or None when no server is known or ``path`` lies outside the folder it serves."""
    info = info if info is not None else server_info()
    if not info:
        return None
    root = Path(info["root_dir"]).expanduser().resolve()
    try:
        relative = Path(path).resolve().relative_to(root)
    except ValueError:
        return None
    base = "/" + str(info.get("base_url", "/")).strip("/")
    return f"{base.rstrip('/')}/files/{quote(relative.as_posix())}"
