"""The teacher's guide of each lesson, generated from its solution notebook: a path through the lesson in one
45-minute period (what to do, what to shorten, what to skip) and an answer key.

The path is written once, in the solution notebook's metadata (``lesson_plan``: ``prepare``, and one step per
``## `` section with ``minutes``, ``in_45`` = do / short / skip, and ``how``); :func:`plan_problems` says when
a section has no step or a step names no section, so the guide cannot drift from the notebook. The answer key
is every cell tagged ``solution``, under the heading of its exercise, with the check that reads it.

Paths in a guide are written from the project's root, which is JupyterLab's root under ``make lab``
(``seeds/articles/``, ``notebooks/teaching/...``), and each one that exists is a Markdown link relative to the
guide's own folder, so a click in JupyterLab's Markdown view opens it (:func:`linked_paths`).
"""
from __future__ import annotations

import re
from pathlib import Path

from analysis.paths import PROJECT_DIR, TEACHING_DIR
from analysis.teaching.authoring.build import SOLUTION_TAG, SOLUTIONS_DIR, STUDENT_COMMENT, lesson_sources

GUIDES_DIR = TEACHING_DIR / "teacher"
PERIOD_MINUTES = 45
IN_45 = {"do": "do", "short": "do briefly", "skip": "skip (homework or a second period)"}
_HEADING = re.compile(r"^(#{2,3}) (.+?)\s*$", re.M)
#: A path in backticks: project-relative, with at least one folder (``seeds/articles/``, ``a/b.yaml``).
_PATH = re.compile(r"`((?:[\w.-]+/)+[\w.-]*)`")


def lab_path(path: Path) -> str:
    """``path`` as seen from JupyterLab's root under ``make lab`` (the project's root), POSIX style."""
    return Path(path).resolve().relative_to(PROJECT_DIR).as_posix()


def linked_paths(text: str, folder: str | Path = GUIDES_DIR, root: Path = PROJECT_DIR) -> str:
    """``text`` (Markdown) with every backticked path that exists under ``root`` turned into a link
    relative to ``folder`` (where the guide is written); other backticked text is left alone."""
    import os

    def link(match: re.Match) -> str:
        target = root / match.group(1)
        if not target.exists():
            return match.group(0)
        relative = os.path.relpath(target, Path(folder).resolve()).replace(os.sep, "/")
        return f"[{match.group(0)}]({relative}{'/' if target.is_dir() else ''})"

    return _PATH.sub(link, text)


def sections(nb) -> list[str]:
    """The ``## `` section headings of a notebook, in order (without the ``## ``)."""
    return [m.group(2) for c in nb.cells if c.cell_type == "markdown"
            for m in _HEADING.finditer(c.source) if m.group(1) == "##"]


def plan(nb) -> list[dict]:
    """The 45-minute path of a lesson: one dict per section (section, minutes, in_45, how)."""
    return list(nb.metadata.get("lesson_plan", {}).get("steps", []))


def plan_problems(nb) -> list[str]:
    """What is wrong with a notebook's 45-minute path: sections without a step, steps naming no section,
    an unknown ``in_45`` value, or more minutes in class than one period."""
    heads, steps = sections(nb), plan(nb)
    named = [s.get("section") for s in steps]
    problems = [f"section {h!r} has no step in lesson_plan" for h in heads if h not in named]
    problems += [f"step {n!r} names no section of the notebook" for n in named if n not in heads]
    problems += [f"step {s.get('section')!r}: in_45 must be one of {', '.join(IN_45)}"
                 for s in steps if s.get("in_45") not in IN_45]
    total = class_minutes(nb)
    if total > PERIOD_MINUTES:
        problems.append(f"the 45-minute path takes {total} minutes")
    return problems


def class_minutes(nb) -> int:
    """Minutes of the steps done in class (do and short) on the 45-minute path."""
    return sum(int(s.get("minutes", 0)) for s in plan(nb) if s.get("in_45") != "skip")


def _path_table(nb) -> list[str]:
    lines = ["| time | section | in 45 minutes | what to do |", "|---|---|---|---|"]
    clock = 0
    for step in plan(nb):
        minutes = int(step.get("minutes", 0))
        if step["in_45"] == "skip":
            when = "–"
        else:
            when, clock = f"{clock}–{clock + minutes} min", clock + minutes
        lines.append(f"| {when} | {step['section']} | {IN_45[step['in_45']]} | {step.get('how', '')} |")
    return lines


def _solution_text(source: str) -> str:
    """A solution cell's code without the ``# student: ...`` comments (which only shape the student cell)."""
    return "\n".join(STUDENT_COMMENT.sub("", line).rstrip() for line in source.splitlines())


def _exercise_heading(cells, index: int) -> str:
    for cell in reversed(cells[:index]):
        if cell.cell_type == "markdown":
            found = [m.group(2) for m in _HEADING.finditer(cell.source)]
            if found:
                return found[-1]
    return "Exercise"


def _check_source(cells, index: int) -> str:
    for cell in cells[index + 1:index + 4]:
        if cell.cell_type == "code" and ("check_" in cell.source or "save_article" in cell.source):
            return cell.source.strip()
    return ""


def answer_key(nb) -> list[str]:
    """The answer key as Markdown lines: every solution cell under its exercise's heading."""
    lines = []
    for i, cell in enumerate(nb.cells):
        if SOLUTION_TAG not in cell.metadata.get("tags", []):
            continue
        lines += ["", f"### {_exercise_heading(nb.cells, i)}", ""]
        if cell.cell_type == "markdown":
            lines.append(cell.source.strip())
            continue
        lines += ["```python", _solution_text(cell.source).strip(), "```"]
        check = _check_source(nb.cells, i)
        if check:
            lines += ["", "Checked by:", "", "```python", check, "```"]
    return lines


def guide_text(path: Path, folder: str | Path = GUIDES_DIR) -> str:
    """The teacher's guide (Markdown) of the solution notebook at ``path``, to be written in ``folder``
    (the paths it names are links relative to it)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    title = nb.cells[0].source.splitlines()[0].lstrip("# ").strip()
    prepare = nb.metadata.get("lesson_plan", {}).get("prepare", "")
    skipped = [s["section"] for s in plan(nb) if s.get("in_45") == "skip"]
    lines = [f"# {title}: teacher's guide", "",
             f"*Generated from `{lab_path(path)}` by `python -m analysis.teaching.helpers.lessons build`: edit the "
             "solution notebook (its `lesson_plan` metadata and its solution cells), not this file. It holds the "
             "answers: do not hand it out.*", "",
             f"## One {PERIOD_MINUTES}-minute period", "",
             f"**Before class.** {prepare}" if prepare else "", "",
             f"Students open `{lab_path(TEACHING_DIR / path.name)}` in JupyterLab (`make lab`) and run its cells from the top, one at a time (Shift + "
             "Enter); a skipped section is still run, just not discussed. The path below takes "
             f"{class_minutes(nb)} minutes in class.", "", *_path_table(nb), ""]
    if skipped:
        lines += [f"Skipped in 45 minutes: {'; '.join(skipped)}. The cells still run; students can read "
                  "them at home or in a second period.", ""]
    lines = linked_paths("\n".join(lines), folder).split("\n")
    lines += ["## Answer key", "", "The solution notebook runs with these answers; every check in it says "
              "\"Done\". Other answers can be right too: the checks explain what they accept."]
    lines += answer_key(nb)
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def guide_path(solution: Path, out: str | Path = GUIDES_DIR) -> Path:
    """Where the guide of ``solution`` is written: ``out/NN_name.md``."""
    return Path(out) / f"{solution.stem}.md"


def write_guides(out: str | Path = GUIDES_DIR, source: str | Path = SOLUTIONS_DIR) -> list[Path]:
    """Write the teacher's guide of every solution notebook in ``source`` into ``out``; returns the files."""
    Path(out).mkdir(parents=True, exist_ok=True)
    written = []
    for path in lesson_sources(source):
        target = guide_path(path, out)
        target.write_text(guide_text(path, out), encoding="utf-8")
        written.append(target)
    return written


def stale_guides(out: str | Path = GUIDES_DIR, source: str | Path = SOLUTIONS_DIR) -> list[str]:
    """Names of the guides in ``out`` that are missing or differ from a fresh build."""
    differ = []
    for path in lesson_sources(source):
        target = guide_path(path, out)
        if not target.exists() or target.read_text(encoding="utf-8") != guide_text(path, out):
            differ.append(target.name)
    return differ
