"""The teachers' guides: a path through every lesson in one 45-minute period and an answer key, generated from
the solution notebooks like the student versions, and never drifting from them."""
import copy

import nbformat
import pytest

from analysis.teaching.authoring import guides
from analysis.teaching.helpers import lessons

SOLUTIONS = lessons.lesson_sources()


def read(path):
    return nbformat.read(path, as_version=4)


def test_committed_guides_equal_a_fresh_build():
    assert lessons.stale_guides() == [], "run: python -m analysis.teaching.helpers.lessons build"
    assert sorted(p.name for p in lessons.GUIDES_DIR.glob("*.md")) == [f"{p.stem}.md" for p in SOLUTIONS]


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.stem)
def test_every_section_has_a_step_and_the_path_fits_one_period(path):
    nb = read(path)
    assert guides.plan_problems(nb) == []
    assert 35 <= guides.class_minutes(nb) <= guides.PERIOD_MINUTES
    done = [s for s in guides.plan(nb) if s["in_45"] != "skip"]
    assert any(s["section"].startswith("Your turn") for s in done), "a period without an exercise"
    assert any(s["section"] == "Discussion questions" for s in done)


def test_a_section_without_a_step_or_a_step_without_a_section_is_reported():
    nb = read(SOLUTIONS[0])
    changed = copy.deepcopy(nb)
    heading = next(c for c in changed.cells if c.cell_type == "markdown" and "## 2. " in c.source)
    heading.source = heading.source.replace("## 2. ", "## 2b. ")
    problems = guides.plan_problems(changed)
    assert any("has no step" in p and "2b." in p for p in problems)
    assert any("names no section" in p and "2. " in p for p in problems)
    changed = copy.deepcopy(nb)
    changed.metadata["lesson_plan"]["steps"][0]["minutes"] += 10
    assert any("takes" in p and "minutes" in p for p in guides.plan_problems(changed))


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.stem)
def test_the_guide_holds_the_path_and_every_answer(path):
    nb, guide = read(path), guides.guide_text(path)
    assert guide.startswith(f"# {nb.cells[0].source.splitlines()[0][2:]}: teacher's guide")
    for step in guides.plan(nb):
        assert f"| {step['section']} |" in guide
    answers = [c for c in nb.cells if lessons.SOLUTION_TAG in c.metadata.get("tags", [])]
    assert answers
    for cell in answers:
        if cell.cell_type == "markdown":
            assert cell.source.strip() in guide
            continue
        code = "\n".join(line.split("  # student:")[0].rstrip() for line in cell.source.splitlines())
        assert f"```python\n{code.strip()}\n```" in guide
    assert "# student:" not in guide


def test_the_path_table_counts_the_minutes_of_the_steps_done_in_class():
    nb = read(SOLUTIONS[0])
    nb.metadata["lesson_plan"]["steps"] = [
        {"section": "A", "minutes": 10, "in_45": "do", "how": "x"},
        {"section": "B", "minutes": 20, "in_45": "skip", "how": "y"},
        {"section": "C", "minutes": 5, "in_45": "short", "how": "z"},
    ]
    assert guides.class_minutes(nb) == 15
    assert guides._path_table(nb)[2:] == ["| 0–10 min | A | do | x |",
                                           "| – | B | skip (homework or a second period) | y |",
                                           "| 10–15 min | C | do briefly | z |"]
