"""The lesson series: student versions built from the solutions (and never drifting from them), the
notebooks' structure, every lesson run headless in both versions, the word-by-word explanations and the
widgets' static fallback."""
import ast
import json
import re
import shutil
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from analysis.report.run.kernels import resolve_trait_classes
from analysis.report.run.runner import list_reports

from analysis.teaching.tool import explain
from analysis.teaching.helpers import lessons, widgets
from analysis.measures.sentiment import vader
from analysis.paths import SEED_ARTICLES, TEACHING_DIR
from analysis.pysource import parse as parse_python

SOLUTIONS = lessons.lesson_sources()
STUDENTS = [TEACHING_DIR / p.name for p in SOLUTIONS]
CARD_FIELDS = ("What you will learn", "Level", "Time", "What you need to know first", "Libraries")
ALLOWED_TYPES = {"str", "int", "float", "bool", "list"}


def read(path):
    return nbformat.read(path, as_version=4)


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


# ------------------------------------------------------------------ write once, never drift

LESSONS = ("01", "02", "03", "04", "05", "06", "07")


def test_there_are_seven_lessons_in_reading_order():
    assert [p.name[:2] for p in SOLUTIONS] == list(LESSONS)
    assert all(p.exists() for p in STUDENTS)


def test_committed_student_notebooks_equal_a_fresh_build():
    assert lessons.stale() == [], "run: python -m analysis.teaching.helpers.lessons build"


def test_a_changed_student_notebook_is_reported_as_stale(tmp_path):
    lessons.build(tmp_path)
    assert lessons.stale(tmp_path) == []
    target = tmp_path / SOLUTIONS[2].name
    target.write_text(target.read_text(encoding="utf-8").replace("Your turn", "Our turn"), encoding="utf-8")
    (tmp_path / SOLUTIONS[0].name).unlink()
    assert lessons.stale(tmp_path) == [SOLUTIONS[0].name, SOLUTIONS[2].name]


def test_build_writes_every_lesson_a_zip_to_hand_out_and_the_guides_apart(tmp_path, capsys):
    guides = tmp_path / "teacher"
    assert lessons.main(["build", "--out", str(tmp_path), "--zip", "lessons.zip", "--guides", str(guides)]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 2 * len(SOLUTIONS) + 1 and printed[len(SOLUTIONS)].endswith("lessons.zip")
    with zipfile.ZipFile(tmp_path / "lessons.zip") as zf:
        assert sorted(zf.namelist()) == sorted(f"lessons/{p.name}" for p in SOLUTIONS)
    assert sorted(p.name for p in guides.iterdir()) == [f"{p.stem}.md" for p in SOLUTIONS]
    assert lessons.main(["check"]) == 0


def _solution_strings(source: str) -> set[str]:
    """String values (not dict keys) written in a solution cell."""
    tree = parse_python(source)
    keys = {id(k) for node in ast.walk(tree) if isinstance(node, ast.Dict) for k in node.keys}
    return {n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in keys and n.value}


@pytest.mark.parametrize("solution", SOLUTIONS, ids=lambda p: p.stem)
def test_student_version_replaces_every_solution_and_keeps_everything_else(solution):
    sol, stu = read(solution), read(TEACHING_DIR / solution.name)
    assert [c.id for c in sol.cells] == [c.id for c in stu.cells]
    replaced = 0
    for a, b in zip(sol.cells, stu.cells):
        if lessons.SOLUTION_TAG not in a.metadata.get("tags", []):
            assert (a.cell_type, a.source) == (b.cell_type, b.source)
            continue
        replaced += 1
        assert b.metadata["tags"] == [lessons.YOUR_TURN_TAG]
        if a.cell_type == "markdown":
            assert b.source.strip() == lessons.ANSWER_BOX.strip()
            continue
        assert b.source.startswith("# Your turn")
        values = "\n".join(line for line in b.source.splitlines() if not line.lstrip().startswith("#"))
        for value in _solution_strings(a.source):
            assert json.dumps(value) not in values and repr(value) not in values, value
        assigned = re.compile(r"^(\w+) =", re.M)
        assert set(assigned.findall(a.source)) == set(assigned.findall(b.source))
    assert replaced >= 2


def test_stub_source_keeps_instructions_and_the_shape_of_each_value():
    source = '''# Your turn: do this.
# And this.
words = ["a", "b"]
name = "x"  # a comment
scores = {"1": 0.5, 2: "y", "z": [1]}
entries = [{"term": "t", "neutral": ["n"]}, {"term": "u", "neutral": []}]
number = (1 + 2) / 3
print(words)
# Keep this comment too.
text = ("long "
        "text")  # student: """Paste here."""
'''
    assert lessons.stub_source(source) == '''# Your turn: do this.
# And this.
words = []
name = ""
scores = {
    "1": None,
    2: "",
    "z": [],
}
entries = [
    {
        "term": "",
        "neutral": [],
    },
]
number = None
# Keep this comment too.
text = """Paste here."""'''


def test_stub_source_adds_an_instruction_when_the_solution_has_none():
    assert lessons.stub_source("x = 1").splitlines()[0].startswith("# Your turn")


# ------------------------------------------------------------------ what every lesson looks like

@pytest.mark.parametrize("path", SOLUTIONS + STUDENTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_notebook_rules(path):
    nb = read(path)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = code_cells(nb)
    assert all(not c.outputs and c.execution_count is None for c in code), "save notebooks without outputs"
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    for line in params[0].source.splitlines():
        m = re.match(r"^(\w+): (\w+) = .+  # \S", line)
        assert m and m.group(2) in ALLOWED_TYPES, line
    after = code[code.index(params[0]) + 1].source
    assert "%matplotlib inline" in after and "check_parameters(globals())" in after
    for cell in code:
        body = "\n".join(line for line in cell.source.splitlines() if not line.startswith("%"))
        tree = parse_python(body)
        assert not [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.Lambda))]
        for banned in ("input(", "pip install", "urlopen", "requests.", "download(", "plt.show"):
            assert banned not in cell.source, banned


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.stem)
def test_every_lesson_has_a_card_an_explanation_exercises_and_discussion(path):
    nb = read(path)
    card = nb.cells[0].source
    assert card.startswith(f"# Lesson {int(path.name[:2])} · ")
    assert all(f"**{field}**" in card for field in CARD_FIELDS)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "## 1. The idea" in text and "Your turn" in text and "## Discussion questions" in text
    first_code = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code" and "check_parameters" not in
                      c.source and "parameters" not in c.metadata.get("tags", []))
    assert any("## 1. The idea" in c.source for c in nb.cells[:first_code]), "explain before any code"
    turns = [i for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and lessons.SOLUTION_TAG in c.metadata.get("tags", [])]
    for i in turns:
        assert any("exercises.check_" in c.source or "lessons.save_article" in c.source
                   for c in nb.cells[i + 1:i + 4]), f"no check after cell {i}"


# ------------------------------------------------------------------ every lesson, run headless

def test_running_a_lesson_again_in_the_same_kernel_is_not_taken_for_unknown_parameters():
    from analysis.errors import ParameterError

    history = ["", 'work: str = "work"  # a folder', "%matplotlib inline\nfrom analysis.teaching.helpers import lessons\n"
               "params = lessons.check_parameters(globals())", "seeds, tables = 1, 2\nmy_marks = {}"]
    namespace = {"__annotations__": {"work": "str"}, "work": 42, "In": history, "seeds": 1, "tables": 2,
                 "my_marks": {}, "params": {}, "lessons": lessons}
    assert lessons.check_parameters(namespace) == {"work": "42"} and namespace["work"] == "42"
    namespace.update(In=[*history, "# Parameters\nwokr = 'x'\n"], wokr="x")
    with pytest.raises(ParameterError, match="wokr"):
        lessons.check_parameters(namespace)



def _kernel_manager(prefix: Path, env: dict):
    """A kernel manager over IPC sockets under ``prefix``; its kernel's environment gets ``env`` added."""
    import os

    from jupyter_client.manager import AsyncKernelManager
    from traitlets import Unicode

    async def pre_start(self, **kw):
        kw["env"] = {**os.environ, **kw.get("env", {}), **env}
        return await AsyncKernelManager._async_pre_start_kernel(self, **kw)

    members = {"transport": Unicode("ipc"), "ip": Unicode(str(prefix)), "_async_pre_start_kernel": pre_start}
    return type("IpcKernelManager", (AsyncKernelManager,), members)


def _run(path: Path, out: Path, params: dict, env: dict) -> Path:
    """Execute ``path`` as papermill does, saving no widget state (as JupyterLab saves none by default)."""
    import papermill

    declared = papermill.inspect_notebook(str(path))
    chosen = {k: v for k, v in params.items() if k in declared}
    papermill.execute_notebook(str(path), str(out), parameters=chosen, cwd=str(path.parent),
                               kernel_name="python3", progress_bar=False,
                               kernel_manager_class=_kernel_manager(out.with_suffix(".ipc"), env),
                               store_widget_state=False)
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Every lesson, solution and student version, executed with papermill (three at a time).

    Solutions run as if JupyterLab had started the kernel (so their widgets are live); students run
    headless with ``interactive=False``, and lesson 6 with a class folder of annotation files. Everything a
    lesson writes goes to a temporary work folder.
    """
    root = tmp_path_factory.mktemp("lessons")
    classroom = root / "class-annotations"
    classroom.mkdir()
    shutil.copy(lessons.EXAMPLE_ANNOTATIONS, classroom / "examples.csv")
    (classroom / "dana.csv").write_text("annotator,sentence,phrases\nDana (class),1,client state\n",
                                        encoding="utf-8")
    jobs = {}
    resolve_trait_classes()  # as the runner does before its notebook threads (traitlets is not thread-safe)
    with ThreadPoolExecutor(3) as pool:
        for kind, paths in (("solution", SOLUTIONS), ("student", STUDENTS)):
            for path in paths:
                work = root / f"{kind}-{path.stem}-work"
                params = {"work": str(work), "report_notebooks": ["01_loaded_terms"]}
                env = {widgets.FRONTEND_ENV: str(path)} if kind == "solution" else {}
                if kind == "student":
                    params.update(interactive=False, annotations=str(classroom))
                out = root / f"{kind}-{path.name}"
                jobs[(kind, path.name[:2])] = (pool.submit(_run, path, out, params, env), work)
        return {key: (read(job.result()), work) for key, (job, work) in jobs.items()}


def _outputs(cell):
    return [o for o in cell.get("outputs", []) if o.output_type in ("execute_result", "display_data")]


def _checks(nb):
    """(source, plain text) of every cell that shows an exercise's feedback."""
    found = []
    for cell in code_cells(nb):
        if cell.source.startswith(("exercises.check_", "lessons.save_article(")):
            texts = [o.data.get("text/plain", "") for o in _outputs(cell)]
            found.append((cell.source, texts[0] if texts else ""))
    return found


@pytest.mark.slow
def test_a_lesson_runs_twice_in_one_kernel_as_in_jupyterlab():
    from nbclient import NotebookClient

    nb = read(STUDENTS[0])
    client = NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": str(TEACHING_DIR)}})
    with client.setup_kernel():
        for _ in range(2):
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
    assert not [o for c in code_cells(nb) for o in c.outputs if o.output_type == "error"]


@pytest.mark.slow
def test_every_check_in_a_solution_says_done(runs):
    for n in LESSONS:
        checks = _checks(runs[("solution", n)][0])
        assert checks, n
        for source, text in checks:
            assert text.startswith("Done: "), (n, source, text)


@pytest.mark.slow
def test_every_check_in_a_student_version_gives_feedback_instead_of_an_error(runs):
    for n in LESSONS:
        for source, text in _checks(runs[("student", n)][0]):
            assert text.startswith("Not yet: ") and len(text) > 30, (n, source, text)


@pytest.mark.slow
def test_lessons_write_into_the_work_folder_they_are_given(runs):
    nb, work = runs[("solution", "02")]
    copy = (work / "my_loaded_terms.yaml").read_text(encoding="utf-8")
    assert "term: Western-led" in copy and "term: client state" in copy
    nb, work = runs[("student", "02")]
    assert "Western-led" not in (work / "my_loaded_terms.yaml").read_text(encoding="utf-8")
    for kind in ("solution", "student"):
        _, work = runs[(kind, "05")]
        reports = list_reports(work / "reports")
        assert len(reports) == 1 and (reports[0] / "index.html").exists()
        assert (reports[0] / "01_loaded_terms.html").exists()
        assert not (reports[0] / "02_sentiment.html").exists()
    assert (runs[("solution", "05")][1] / "my_articles" / "my_article.txt").exists()
    assert not (runs[("student", "05")][1] / "my_articles" / "my_article.txt").exists()
    assert sorted(p.name for p in (runs[("student", "05")][1] / "my_articles").glob("*.txt")) == \
        sorted(p.name for p in SEED_ARTICLES.glob("*.txt"))
    saved = (runs[("solution", "06")][1] / "annotations_you.csv").read_text(encoding="utf-8")
    assert "you,1,client state" in saved


@pytest.mark.slow
def test_lessons_show_no_kernel_messages_and_no_error(runs):
    for (kind, n), (nb, _) in runs.items():
        outputs = [o for c in code_cells(nb) for o in c.get("outputs", [])]
        assert not [o for o in outputs if o.output_type == "error"], (kind, n)
        noise = [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"]
        assert noise == [], (kind, n, noise)
        text = json.dumps([o for o in outputs])
        assert "IPKernelApp" not in text and "KeyboardInterrupt" not in text, (kind, n)


@pytest.mark.slow
def test_lesson_five_links_its_report_and_the_link_names_the_file(runs):
    nb, work = runs[("student", "05")]
    html = "".join(o.data.get("text/html", "") for c in code_cells(nb) for o in _outputs(c))
    index = list_reports(work / "reports")[0] / "index.html"
    assert f'href="{index.as_uri()}"' in html and "Open in New Browser Tab" in html


@pytest.mark.slow
def test_lesson_seven_shows_the_three_versions_side_by_side(runs):
    nb, _ = runs[("solution", "07")]
    html = "".join(o.data.get("text/html", "") for c in code_cells(nb) for o in _outputs(c))
    for column in ("passage", "neutral", "favourable", "hostile"):
        assert f">{column}</th>" in html
    assert "illegal occupation" in html and "Your hostile version" in html


@pytest.mark.slow
def test_lesson_six_compares_a_whole_class_from_a_folder_of_files(runs):
    nb, _ = runs[("student", "06")]
    html = "".join(o.data.get("text/html", "") for c in code_cells(nb) for o in _outputs(c))
    assert "Dana (class)" in html and "A (example)" in html


@pytest.mark.slow
def test_widgets_come_with_a_static_view_and_static_runs_have_none(runs):
    for n in ("01", "02", "03", "04"):
        live = [o.data for c in code_cells(runs[("solution", n)][0]) for o in _outputs(c)
                if widgets.WIDGET_MIME in o.data]
        assert live, n
        assert all('class="frm-hl"' in data["text/html"] for data in live)
        static = [o.data for c in code_cells(runs[("student", n)][0]) for o in _outputs(c)]
        assert not [d for d in static if widgets.WIDGET_MIME in d]
        assert any("Static view" in d.get("text/html", "") for d in static)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["solution", "student"])
def test_figures_render_and_the_html_export_shows_the_static_views(runs, kind):
    from nbconvert import HTMLExporter

    nb, _ = runs[(kind, "01")]
    assert any("image/png" in o.data for c in code_cells(nb) for o in _outputs(c))
    body, _ = HTMLExporter().from_notebook_node(nb)
    assert 'class="frm-hl-text"' in body and "<mark" in body and "Static view" in body
    assert '<script type="application/vnd.jupyter.widget-view+json">' not in body


# ------------------------------------------------------------------ word by word

SENTENCES = ["The talks were NOT a failure!!", "The plan was good but the execution was terrible.",
             "This is not bad at all.", "Oh great, another ceasefire that nobody will respect.",
             "very very good but bad bad", "kind of good", "no problem at all, no good", "",
             "Why?? Really???"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_word_by_word_breakdown_adds_up_to_vaders_own_score(sentence):
    assert round(explain.vader_sum(sentence).compound, 4) == vader().polarity_scores(sentence)["compound"]


def test_vader_words_show_the_lexicon_value_and_the_value_after_the_rules():
    table = explain.vader_words("The talks were not a failure.").set_index("word")
    assert table.loc["failure", "lexicon"] == -2.3
    assert table.loc["failure", "score"] == pytest.approx(-2.3 * -0.74)
    assert table.loc["not", "role"] == "negation"
    but = explain.vader_words("good but bad").set_index("word")
    assert but.loc["good", "score"] == pytest.approx(1.9 * 0.5)
    assert but.loc["bad", "score"] == pytest.approx(-2.5 * 1.5)


def test_textblob_phrases_average_to_textblobs_polarity():
    from textblob.en import sentiment

    sentence = "The plan was not very good, but the troops are brave."
    phrases = explain.textblob_phrases(sentence)
    assert list(phrases["phrase"])[0] == "not very good"
    assert phrases["polarity"].mean() == pytest.approx(sentiment(sentence)[0])
    words = explain.textblob_words(sentence).set_index("word")
    assert words.loc["brave", "polarity"] == 0.8


def test_every_measure_lists_what_each_measure_found_and_escapes_the_html():
    # "Officials" is an anonymous source because it is the source of "claimed" (issue 13: only the
    # source of an attribution counts), "so-called" a loaded term, "clearly" a booster.
    found = explain.every_measure('Officials claimed the so-called truce will clearly hold.')
    assert {"loaded term", "booster", "anonymous source"} <= set(found["measure"])
    html = explain.every_measure_html('<script>alert("x")</script> The regime fell.')
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "regime" in html


def test_a_view_without_widgets_is_static_html_only(monkeypatch):
    from analysis.report.pages.session import load

    monkeypatch.setenv(widgets.FRONTEND_ENV, "lesson.ipynb")
    corpus, tables = load(lessons.corpus_path(""))
    view = widgets.article_explorer(corpus, tables, article="official", interactive=False)
    static = view._repr_mimebundle_()
    assert set(static) == {"text/html", "text/plain"}
    assert "Official framing" in static["text/html"] and "Static view" in static["text/html"]
    live = widgets.sentence_explorer("The regime fell.")._repr_mimebundle_()
    assert widgets.WIDGET_MIME in live and "regime" in live["text/html"]


def test_headless_runs_build_no_widget(monkeypatch):
    monkeypatch.delenv(widgets.FRONTEND_ENV, raising=False)
    view = widgets.sentence_explorer("The regime fell.")
    assert view.widget is None and set(view._repr_mimebundle_()) == {"text/html", "text/plain"}


def test_picking_an_article_and_toggling_categories_changes_the_highlights(monkeypatch):
    from analysis.report.pages.session import load

    monkeypatch.setenv(widgets.FRONTEND_ENV, "lesson.ipynb")
    corpus, tables = load(lessons.corpus_path(""))
    view = widgets.article_explorer(corpus, tables, article="original")
    picker, _, boxes, shown = view.widget.children
    categories = [b.description for b in boxes.children]
    assert "covert_framing" in categories and 'data-category="covert_framing"' in shown.value
    next(b for b in boxes.children if b.description == "covert_framing").value = False
    assert 'data-category="covert_framing"' not in shown.value
    assert 'data-category="legal_label"' in shown.value
    picker.value = "neutral"
    assert "Neutral rewrite" in shown.value and 'data-category="covert_framing"' not in shown.value
    sentence = widgets.sentence_explorer("The weather is fine.").widget
    box, button, out = sentence.children
    box.value = "The regime claimed victory."
    assert "regime" in out.value and "loaded term" in out.value
