"""The front page's findings: the same findings as page 04, in the same words, each linked to its evidence.

Page 04 writes its findings as data (``tables/findings.json``, see :mod:`analysis.compare.findings`); the
front page renders them with :func:`analysis.compare.wording.sentence`, so the two pages cannot disagree, and
links each to the spans behind it: the article browser showing the group's articles with only that
measure's marks, or the articles a pair of sentences comes from. Without page 04's findings the front page
says why there are none.

Other modules add a section after the findings through :func:`findings_html`'s ``extra`` (an HTML block,
e.g. what changed since the last run).
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from analysis.compare.findings import Finding, read_findings
from analysis.compare.wording import sentence
from analysis.display.labels import display_name, html_text
from analysis.report.pages.evidence import BROWSER_PAGE

#: Headings of the front page's sections, by finding kind (in page order).
SECTIONS = (
    ("difference", "How the groups differ, measure by measure"),
    ("substitution", "The same thing in other words"),
    ("shared", "Words every group uses for a story (its topic, not a choice)"),
    ("words", "Words one group uses more"),
    ("no_words", "Words one group uses more"),
)


def _browser(fragment: str) -> str:
    return f'<a href="{html_text(BROWSER_PAGE + "#" + fragment)}">'


def evidence_links(f: Finding, pages: dict[str, str]) -> str:
    """Links to the spans behind a finding and to the page that explains its measure (escaped HTML)."""
    links = []
    spec = f.spec()
    if f.kind == "difference" and spec is not None and spec.spans:
        links.append(f"{_browser(f'g={quote(f.groups[0], safe=str())}&m={spec.spans}')}see the words</a>")
    elif f.kind in ("substitution", "shared", "most_loaded"):
        for article_id in f.articles[:3]:
            links.append(f"{_browser('a=' + quote(str(article_id), safe=''))}article {html_text(article_id)}</a>")
    page = pages.get(spec.page) if spec is not None else pages.get("04")
    if page:
        links.append(f'<a href="{html_text(page)}">how it is measured</a>')
    return " · ".join(links)


def _item(f: Finding, k: int, word: str, pages: dict[str, str]) -> str:
    links = evidence_links(f, pages)
    return (f'<li value="{k}">{html_text(sentence(f, word))}'
            + (f" <small>{links}</small>" if links else "") + "</li>")


def no_findings(folder: Path | None, n_articles: int) -> str:
    """What the front page says when page 04 wrote no findings."""
    if not n_articles:
        return "<p>No article was analysed, so there is nothing to compare.</p>"
    return ("<p>The comparison page (04) did not run or did not finish, so there are no findings to report: "
            "the pages below describe the articles one by one.</p>")


def findings_html(folder: Path, pages: dict[str, str], n_articles: int, extra: str = "") -> str:
    """The front page's findings section, read from ``<folder>/tables/findings.json``: the most loaded
    article as the lede, then each kind of finding under its heading, numbered as on page 04, each with its
    evidence links; then ``extra`` (HTML another module adds, '' for none)."""
    read = read_findings(Path(folder) / "tables")
    if read is None:
        return no_findings(folder, n_articles) + extra
    found, meta = read
    word = display_name(str(meta.get("group_word") or "outlet"))
    numbered = list(enumerate(found, 1))
    out = [f'<p class="lede">{html_text(sentence(f, word))} <small>{evidence_links(f, pages)}</small></p>'
           for _, f in numbered if f.kind == "most_loaded"]
    if meta.get("empty_reason"):
        out.append(f"<p>{html_text(meta['empty_reason'])}</p>")
    design = str(meta.get("design") or "")
    if design:
        out.append(f'<p class="note">How the groups were compared: {html_text(design)}. The numbers match '
                   f"page 04's findings table; each finding links to the words behind it.</p>")
    shown = set()
    for kind, heading in SECTIONS:
        items = [_item(f, k, word, pages) for k, f in numbered if f.kind == kind]
        if items and heading not in shown:
            shown.add(heading)
            out.append(f"<h3>{html_text(heading)}</h3><ol>{''.join(items)}</ol>")
        elif items:
            out[-1] = out[-1].replace("</ol>", "".join(items) + "</ol>")
    return f'<div class="findings">{"".join(out)}</div>' + extra
