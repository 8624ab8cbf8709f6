"""A Jupyter server extension that serves report folders so every link of every page works in a browser tab.

The server's own ``/files/`` URL opens a report page, but in a sandbox (its own CSP) from which the browser
sends no ``Referer``; the server then refuses every link of the page to the next one ("403 Blocking request
from unknown origin"). This extension adds ``<base_url>lesson-reports/<path>``: the files of a report folder
(one holding ``index.html`` and ``manifest.json``, or any folder below one), for the same logged-in user
(Lab's token or password, checked on every request), with the same sandbox, without that check. Everything a
report links to is served with its content type: pages, images and styles, the article browser's scripts,
``tables/*.csv`` and ``run.log`` as text, ``manifest.json`` as JSON, Parquet files and notebooks as
downloads. Nothing outside a report folder is served, nor a hidden file, nor a link that leads out of it.

Enable it for one run: ``jupyter lab --ServerApp.jpserver_extensions="{'analysis.report.lab.server': True}"``
(``make lab`` does); for every run in the environment:
``jupyter server extension enable --sys-prefix analysis.report.lab.server``.
"""
from __future__ import annotations

from pathlib import Path

from jupyter_server.auth.decorator import authorized
from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.utils import url_path_join
from tornado import web

#: The URL prefix the extension serves, under the server's base URL.
PREFIX = "lesson-reports"
#: The files that mark a report's folder (written by the report publisher).
MARKERS = ("index.html", "manifest.json")
#: Content type of each kind of file a report holds; text is UTF-8. Any other file is served as bytes to
#: download (``application/octet-stream``).
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8", ".csv": "text/csv; charset=utf-8",
    ".log": "text/plain; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".md": "text/plain; charset=utf-8",
    ".png": "image/png", ".svg": "image/svg+xml", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
    ".gif": "image/gif", ".pdf": "application/pdf",
}
#: Kinds of files a browser cannot show: sent as attachments (the browser saves them).
DOWNLOADS = {".parquet", ".ipynb", ".zip", ".xlsx"}
#: Bytes sent at a time, so a large Parquet file never sits whole in the server's memory.
CHUNK_BYTES = 1 << 20


def report_folder(root: str | Path, target: Path) -> Path | None:
    """The report folder (``MARKERS`` in it) holding ``target``, searched upwards to ``root``; None if none."""
    base = Path(root).expanduser().resolve()
    for folder in target.parents:
        if all((folder / m).is_file() for m in MARKERS):
            return folder
        if folder == base:
            break
    return None


def report_file(root: str | Path, path: str) -> Path | None:
    """The file ``path`` (relative to ``root``) when it may be served: inside ``root``, no hidden part,
    inside a report folder (:func:`report_folder`) once symbolic links are followed; otherwise None."""
    base = Path(root).expanduser().resolve()
    if any(part.startswith(".") for part in Path(path).parts):
        return None
    target = (base / path).resolve()
    try:
        target.relative_to(base)
    except ValueError:
        return None
    if not target.is_file() or report_folder(base, target) is None:
        return None
    return target


def content_type(target: Path) -> str:
    """The ``Content-Type`` a report file is served with (see :data:`CONTENT_TYPES`)."""
    return CONTENT_TYPES.get(target.suffix.lower(), "application/octet-stream")


class ReportFileHandler(JupyterHandler):
    """GET (and HEAD) of one report file for a logged-in user."""

    auth_resource = "contents"

    @property
    def content_security_policy(self) -> str:
        # As for /files/: a page's scripts run in a unique origin and cannot reach the server's API.
        return super().content_security_policy + "; sandbox allow-scripts allow-popups allow-downloads"

    def _file(self, path: str) -> Path:
        found = report_file(self.settings["server_root_dir"], path)
        if found is None:
            raise web.HTTPError(404, f"{path} is not a file of a report folder")
        return found

    def _describe(self, target: Path) -> None:
        self.set_header("Content-Type", content_type(target))
        self.set_header("Content-Length", str(target.stat().st_size))
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Cache-Control", "no-store")
        if target.suffix.lower() in DOWNLOADS:
            self.set_header("Content-Disposition", f'attachment; filename="{target.name}"')

    @web.authenticated
    @authorized
    def head(self, path: str) -> None:
        self._describe(self._file(path))

    @web.authenticated
    @authorized
    async def get(self, path: str) -> None:
        target = self._file(path)
        self._describe(target)
        with target.open("rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                self.write(chunk)
                await self.flush()
        self.finish()


def _jupyter_server_extension_points() -> list[dict]:
    return [{"module": "analysis.report.lab.server"}]


def _load_jupyter_server_extension(serverapp) -> None:
    """Add the ``lesson-reports`` handler to the server."""
    web_app = serverapp.web_app
    pattern = url_path_join(web_app.settings["base_url"], PREFIX, "(.+)")
    web_app.add_handlers(".*$", [(pattern, ReportFileHandler)])
    serverapp.log.info("analysis.report.lab.server: report folders served under /%s/", PREFIX)
