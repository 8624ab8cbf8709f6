"""A note at the top of every report page that says how to open the report so that its links work.

A report works opened from the file system (``file://``), from any web server that serves its folder, and
inside JupyterLab through ``<base_url>lesson-reports/<path>`` (:mod:`analysis.report.lab.server`). Opened
from Lab's file browser it does not: double-clicked, Lab shows the page in its sandboxed HTML viewer, where
scripts do not run and links go nowhere; "Open in New Browser Tab" uses ``/files/<path>``, where the server
refuses every link of the page ("403 Blocking request from unknown origin").

:data:`OPEN_HINT` is shown unless its script runs and finds the page at an address where links work; at a
``/files/`` address it becomes a link to the same page under ``/lesson-reports/``. Its text reaches the page
as written here: nothing from a corpus or a path is put into it by Python.
"""
from __future__ import annotations

import re

#: Where the hint goes: right after the ``<body ...>`` tag of a report page.
BODY = re.compile(r"<body\b[^>]*>", re.I)

OPEN_HINT = """<div id="frm-open-hint" role="note" style="font:14px/1.45 system-ui,sans-serif;margin:8px 16px;\
padding:8px 12px;border:1px solid #d9a400;border-radius:6px;background:#fff8db;max-width:56em">
<strong>The links of this report do not work where it is open now.</strong> In JupyterLab, open the report
through the link a lesson prints, or replace <code>/files/</code> (or <code>/lab/tree/</code>) in the
address with <code>/lesson-reports/</code> (the server extension that <code>make lab</code> starts).
Outside JupyterLab, open <code>index.html</code> from your file manager.</div>
<script>
(function () {
  var hint = document.getElementById('frm-open-hint'), path = location.pathname, at = path.indexOf('/files/');
  if (!hint) { return; }
  if (at >= 0) {
    var fixed = path.slice(0, at) + '/lesson-reports/' + path.slice(at + 7) + location.hash;
    var link = document.createElement('a');
    link.href = fixed; link.textContent = 'Open this report where its links work';
    hint.textContent = 'JupyterLab refuses the links of a report opened at a /files/ address. ';
    hint.appendChild(link);
  } else if (location.protocol !== 'about:') {
    hint.parentNode.removeChild(hint);
  }
})();
</script>"""


def with_hint(page: str) -> str:
    """``page`` (a whole HTML document) with :data:`OPEN_HINT` right after its ``<body ...>`` tag (once)."""
    found = BODY.search(page)
    if found is None or 'id="frm-open-hint"' in page:
        return page
    return page[:found.end()] + "\n" + OPEN_HINT + page[found.end():]
