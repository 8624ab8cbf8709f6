"""A Jupyter server extension that serves the lessons' reports so their links work in a browser tab.

The server's own ``/files/`` URL opens a report page, but in a sandbox (its own CSP) from which the browser
sends no ``Referer``; the server then refuses every link of the page to the next one ("403 Blocking request
from unknown origin"). This extension adds ``<base_url>lesson-reports/<path>``: the same files, for the same
logged-in user, with the same sandbox, but without that check, and only for what a report is made of
(``.html`` pages and their images and styles) inside a report folder (one holding ``index.html`` and
``manifest.json``). Nothing else of the server's folder is served.

Enable it for one run: ``jupyter lab --ServerApp.jpserver_extensions="{'analysis.report.lab.server': True}"``
(``make lab`` does); for every run in the environment:
``jupyter server extension enable --sys-prefix analysis.report.lab.server``.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from jupyter_server.auth.decorator import authorized
from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.utils import url_path_join
from tornado import web

#: The URL prefix the extension serves, under the server's base URL.
PREFIX = "lesson-reports"
#: What a report is made of; any other kind of file is not served.
SUFFIXES = {".html", ".png", ".svg", ".jpg", ".jpeg", ".css"}
#: The files that mark a report's folder (written by the report publisher).
MARKERS = ("index.html", "manifest.json")


def report_file(root: str | Path, path: str) -> Path | None:
    """The file ``path`` (relative to ``root``) when it may be served: inside ``root``, no hidden part, a
    report file (:data:`SUFFIXES`) in a report folder (:data:`MARKERS` in it or a folder above it, up to
    ``root``); otherwise None."""
    base = Path(root).expanduser().resolve()
    if any(part.startswith(".") for part in Path(path).parts):
        return None
    target = (base / path).resolve()
    try:
        target.relative_to(base)
    except ValueError:
        return None
    if not target.is_file() or target.suffix.lower() not in SUFFIXES:
        return None
    for folder in target.parents:
        if all((folder / m).is_file() for m in MARKERS):
            return target
        if folder == base:
            break
    return None


class ReportFileHandler(JupyterHandler):
    """GET (and HEAD) of one report file for a logged-in user."""

    auth_resource = "contents"

    @property
    def content_security_policy(self) -> str:
        # As for /files/: a page's scripts run in a unique origin and cannot reach the server's API.
        return super().content_security_policy + "; sandbox allow-scripts"

    def _file(self, path: str) -> Path:
        found = report_file(self.settings["server_root_dir"], path)
        if found is None:
            raise web.HTTPError(404, f"{path} is not a file of a lesson report")
        return found

    def _describe(self, target: Path) -> None:
        self.set_header("Content-Type", mimetypes.guess_type(target.name)[0] or "application/octet-stream")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Cache-Control", "no-store")

    @web.authenticated
    @authorized
    def head(self, path: str) -> None:
        self._describe(self._file(path))

    @web.authenticated
    @authorized
    def get(self, path: str) -> None:
        target = self._file(path)
        self._describe(target)
        self.finish(target.read_bytes())


def _jupyter_server_extension_points() -> list[dict]:
    return [{"module": "analysis.report.lab.server"}]


def _load_jupyter_server_extension(serverapp) -> None:
    """Add the ``lesson-reports`` handler to the server."""
    web_app = serverapp.web_app
    pattern = url_path_join(web_app.settings["base_url"], PREFIX, "(.+)")
    web_app.add_handlers(".*$", [(pattern, ReportFileHandler)])
    serverapp.log.info("analysis.report.lab.server: lesson reports served under /%s/", PREFIX)
