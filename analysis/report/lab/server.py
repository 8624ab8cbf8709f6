"""A Jupyter server extension that serves report folders so every link of every page works in a browser tab.

The server's own ``/files/`` URL opens a report page, but in a sandbox (its own CSP) from which the browser
sends no ``Referer``; the server then refuses every link of the page to the next one ("403 Blocking request
from unknown origin"). This extension adds ``<base_url>lesson-reports/<path>``: the files of a report folder
(one holding ``index.html`` and ``manifest.json``, or any folder below one), with the same sandbox. Everything a
report links to is served with a content type a browser shows: pages, images and styles, the article
browser's scripts, ``tables/*.csv``, ``run.log`` and ``manifest.json`` as text and JSON, Parquet files and
notebooks as downloads. Nothing outside a report folder is served, nor a hidden file, nor a link out of one.

Who may read: a page in the sandbox has no origin of its own, so the browser sends the login cookie (SameSite
Lax) only when the user opens a page, not with the scripts that page loads. The extension therefore checks
the login (token or password) on ``lesson-reports/<path>`` and answers with a redirect to
``lesson-reports/~<key>/<path>``, where ``key`` is an HMAC of the report folder under a secret this server
process drew at start: that URL, and every relative link of its pages, reads that report folder and nothing
else, without a cookie, until the server stops. Its pages send no ``Referer`` either, so the key stays here.

Enable it for one run: ``jupyter lab --ServerApp.jpserver_extensions="{'analysis.report.lab.server': True}"``
(``make lab`` does); for every run in the environment:
``jupyter server extension enable --sys-prefix analysis.report.lab.server``.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path
from urllib.parse import quote

from jupyter_server.auth.decorator import allow_unauthenticated, authorized
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
    # CSV as text: browsers save ``text/csv`` instead of showing it; the table then reads in the tab.
    ".json": "application/json; charset=utf-8", ".csv": "text/plain; charset=utf-8",
    ".log": "text/plain; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".md": "text/plain; charset=utf-8",
    ".png": "image/png", ".svg": "image/svg+xml", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
    ".gif": "image/gif", ".pdf": "application/pdf",
}
#: Kinds of files a browser cannot show: sent as attachments (the browser saves them).
DOWNLOADS = {".parquet", ".ipynb", ".zip", ".xlsx"}
#: Bytes sent at a time, so a large Parquet file never sits whole in the server's memory.
CHUNK_BYTES = 1 << 20
#: This server process's secret for report keys (drawn when the module is imported by the server).
_SECRET = secrets.token_bytes(32)


def report_key(relative_folder: str, secret: bytes | None = None) -> str:
    """The key (32 hex characters) that opens the report folder ``relative_folder`` (POSIX, relative to the
    server's root) under ``secret`` (default: this process's)."""
    digest = hmac.new(secret or _SECRET, relative_folder.encode("utf-8"), hashlib.sha256).hexdigest()
    return digest[:32]


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


class _ReportHandler(JupyterHandler):
    auth_resource = "contents"

    @property
    def content_security_policy(self) -> str:
        # As for /files/: a page's scripts run in a unique origin and cannot reach the server's API.
        return super().content_security_policy + "; sandbox allow-scripts allow-popups allow-downloads"

    def _file(self, path: str) -> tuple[Path, str]:
        """The file and its report folder relative to the root (POSIX); 404 for anything not served."""
        root = Path(self.settings["server_root_dir"]).expanduser().resolve()
        found = report_file(root, path)
        if found is None:
            raise web.HTTPError(404, f"{path} is not a file of a report folder")
        return found, report_folder(root, found).relative_to(root).as_posix()


class ReportFileHandler(_ReportHandler):
    """``lesson-reports/<path>`` for a logged-in user: a redirect to the file's keyed URL."""

    def _redirect(self, path: str) -> None:
        _, folder = self._file(path)
        base = url_path_join(self.base_url, PREFIX, "~" + report_key(folder))
        query = f"?{self.request.query}" if self.request.query else ""
        self.redirect(url_path_join(base, quote(path)) + query, permanent=False)

    @web.authenticated
    @authorized
    def head(self, path: str) -> None:
        self._redirect(path)

    @web.authenticated
    @authorized
    def get(self, path: str) -> None:
        self._redirect(path)


class KeyedReportHandler(_ReportHandler):
    """``lesson-reports/~<key>/<path>``: GET (and HEAD) of one file of the report folder the key opens."""

    def _keyed(self, key: str, path: str) -> Path:
        target, folder = self._file(path)
        if not hmac.compare_digest(key, report_key(folder)):
            raise web.HTTPError(404, f"{path} is not a file of a report folder")
        return target

    def _describe(self, target: Path) -> None:
        self.set_header("Content-Type", content_type(target))
        self.set_header("Content-Length", str(target.stat().st_size))
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header("Cache-Control", "no-store")
        if target.suffix.lower() in DOWNLOADS:
            self.set_header("Content-Disposition", f'attachment; filename="{target.name}"')

    @allow_unauthenticated
    def head(self, key: str, path: str) -> None:
        self._describe(self._keyed(key, path))

    @allow_unauthenticated
    async def get(self, key: str, path: str) -> None:
        target = self._keyed(key, path)
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
    prefix = url_path_join(web_app.settings["base_url"], PREFIX)
    web_app.add_handlers(".*$", [(url_path_join(prefix, "~([0-9a-f]{32})/(.+)"), KeyedReportHandler),
                                 (url_path_join(prefix, "(.+)"), ReportFileHandler)])
    serverapp.log.info("analysis.report.lab.server: report folders served under /%s/", PREFIX)
