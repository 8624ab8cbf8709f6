"""Optional interactive views for the lessons (ipywidgets), each with a static fallback.

Every function returns a :class:`View` to show as the last expression of a cell. A live widget is built
only when ``interactive`` is true, ipywidgets is installed and a front end is attached
(:func:`frontend_attached`: JupyterLab and Jupyter Notebook set ``JPY_SESSION_NAME`` for their kernels).
Headless runs (papermill, ``nbconvert --execute``, the tests) therefore show the static view and store no
widget state, so their HTML export shows it too. Even a live view carries the static HTML in its display
bundle, which a front end without the widgets extension shows instead.
"""
from __future__ import annotations

import html
import os
from collections.abc import Sequence

#: Set by jupyter_server (JupyterLab, Notebook 7) in the environment of each kernel it starts for a notebook.
FRONTEND_ENV = "JPY_SESSION_NAME"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


def available() -> bool:
    """True when ipywidgets can be imported."""
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


def frontend_attached() -> bool:
    """True when a Jupyter front end (JupyterLab, Notebook) started the kernel, not a headless run."""
    return bool(os.environ.get(FRONTEND_ENV))


def live(interactive: bool) -> bool:
    """Whether to build a live widget: asked for, ipywidgets installed and a front end attached."""
    return bool(interactive) and available() and frontend_attached()


class View:
    """A view to display: ``static`` HTML, and optionally a live ``widget`` shown instead where possible."""

    def __init__(self, static: str, widget=None):
        self.static = static
        self.widget = widget

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"text/html": self.static, "text/plain": "(an interactive view; its static version is HTML)"}
        if self.widget is not None:
            bundle = self.widget._repr_mimebundle_() or {}
            if WIDGET_MIME in bundle:
                data[WIDGET_MIME] = bundle[WIDGET_MIME]
        return data


def _note(text: str) -> str:
    return f'<p style="color:#555;font-size:0.9em"><em>{html.escape(text, quote=True)}</em></p>'


def _categories(matches, article_id: str, measures: Sequence[str]) -> list[str]:
    rows = matches[(matches["article_id"] == article_id) & matches["measure"].isin(list(measures))]
    return sorted(rows["category"].astype(str).unique())


def article_explorer(corpus, tables, measures: Sequence[str] = ("loaded",), article: str = "",
                     interactive: bool = True) -> View:
    """Pick an article and switch categories on and off to see its highlights change.

    Static view: ``article`` (default the first) with every category of ``measures`` highlighted.
    ``interactive=False`` gives the static view only (see :func:`live`).
    """
    from analysis.report.pages.highlight import article_html
    from analysis.teaching.tool.markup import tidy

    articles = list(corpus)
    by_id = {a.id: a for a in articles}
    chosen = by_id.get(article) or articles[0]
    static = (_note("Static view: in JupyterLab with widgets you can pick another article and switch "
                    "categories on and off here.")
              + tidy(article_html(chosen, tables.matches, measures=tuple(measures))))
    if not live(interactive):
        return View(static)
    import ipywidgets as w

    names = [(f"{a.title or a.id} ({a.outlet or 'outlet unknown'})", a.id) for a in articles]
    picker = w.Dropdown(options=names, value=chosen.id, description="Article:", layout=w.Layout(width="95%"))
    boxes = w.HBox(layout=w.Layout(flex_flow="row wrap"))
    shown = w.HTML()

    def redraw(_=None):
        on = [b.description for b in boxes.children if b.value]
        shown.value = tidy(article_html(by_id[picker.value], tables.matches, measures=tuple(measures),
                                        categories=on or ["(none)"]))

    def new_article(_=None):
        boxes.children = [w.Checkbox(value=True, description=c, indent=False, layout=w.Layout(width="auto"))
                          for c in _categories(tables.matches, picker.value, measures)]
        for box in boxes.children:
            box.observe(redraw, names="value")
        redraw()

    picker.observe(new_article, names="value")
    new_article()
    return View(static, w.VBox([picker, w.Label("Categories shown:"), boxes, shown]))


def sentence_explorer(sentence: str, interactive: bool = True) -> View:
    """Type a sentence and see every measure at once: the highlighted sentence, VADER and TextBlob, and
    everything the lexicons found. Static view: the given ``sentence``."""
    from analysis.teaching.tool.explain import every_measure_html

    static = (_note("Static view: change the sentence in the cell above and run it again; in JupyterLab with "
                    "widgets you can type here directly.") + every_measure_html(sentence))
    if not live(interactive):
        return View(static)
    import ipywidgets as w

    box = w.Textarea(value=sentence, placeholder="Type a sentence", continuous_update=False,
                     layout=w.Layout(width="95%", height="4em"))
    button = w.Button(description="Measure", button_style="primary")
    shown = w.HTML(every_measure_html(sentence))

    def redraw(_=None):
        shown.value = every_measure_html(box.value)

    box.observe(redraw, names="value")
    button.on_click(redraw)
    return View(static, w.VBox([box, button, shown]))
