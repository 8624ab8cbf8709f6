"""The teacher's guides are read in JupyterLab started by ``make lab``: every path a guide names is a link that
JupyterLab can follow (a file or folder under Lab's root, relative to the guide's folder), and ``make lab``
puts Lab's root at the project's root, where the seeds, the notebooks and the reports all are."""
import re
import subprocess

import pytest

from analysis.paths import PROJECT_DIR
from analysis.teaching.authoring import guides

GUIDES = sorted(guides.GUIDES_DIR.glob("*.md"))
LINK = re.compile(r"\[`([^`]+)`\]\(([^)\s]+)\)")


def _lab_command(*variables: str) -> str:
    done = subprocess.run(["make", "-n", "lab", *variables], cwd=PROJECT_DIR, capture_output=True, text=True,
                          timeout=60, check=True)
    return done.stdout.replace("\\\n", " ")


@pytest.mark.slow  # runs make
def test_make_lab_roots_lab_at_the_project_and_takes_a_port_and_no_browser():
    command = _lab_command("PORT=8899", "BROWSER=no")
    assert "--ServerApp.root_dir=." in command
    assert "--ServerApp.port=8899" in command and "--no-browser" in command
    assert "analysis.report.lab.server" in command
    plain = _lab_command()
    assert "--no-browser" not in plain and "--ServerApp.port=" not in plain
    for reachable in ("seeds/articles", "notebooks/teaching", "notebooks/explore.ipynb"):
        assert (PROJECT_DIR / reachable).exists(), reachable


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.stem)
def test_every_path_a_guide_names_is_a_link_lab_can_follow(guide):
    text = guide.read_text(encoding="utf-8").split("## Answer key")[0]
    links = LINK.findall(text)
    assert links, "a guide names at least the lesson's notebooks"
    for shown, target in links:
        found = (guide.parent / target).resolve()
        assert found.exists(), f"{guide.name}: {target} leads nowhere"
        assert found.is_relative_to(PROJECT_DIR), f"{guide.name}: {target} leaves Lab's root"
        assert found == (PROJECT_DIR / shown).resolve(), f"{guide.name}: `{shown}` links to {target}"
    unlinked = [p for p in re.findall(r"(?<!\[)`((?:[\w.-]+/)+[\w.-]*)`", text)]
    assert unlinked == [], f"{guide.name} names paths that are not links: {unlinked}"
    stem = guide.stem
    assert f"[`notebooks/teaching/{stem}.ipynb`](../{stem}.ipynb)" in text
