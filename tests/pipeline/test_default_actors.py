"""The actors file chosen when none is given: the seeds' story file only for the seeds, the general file for
any other corpus, in the report and in ``python -m analysis analyze`` alike."""
from __future__ import annotations

import csv

import pytest
from conftest import run_cli, write_article

from analysis.paths import GENERAL_ACTORS, SEED_ACTORS, SEED_ARTICLES, default_actors
from analysis.pipeline import Config

BODY = ("The White House said on Monday that Congress would vote this week. Officials in Washington expect "
        "a close result.")


def test_the_seeds_keep_their_story_file_and_any_other_corpus_gets_the_general_one(tmp_path):
    assert default_actors(SEED_ARTICLES) == default_actors() == Config().actors == (str(SEED_ACTORS),)
    assert default_actors(tmp_path) == (str(GENERAL_ACTORS),)
    assert default_actors(SEED_ARTICLES, tmp_path) == (str(GENERAL_ACTORS),)  # seeds plus articles of one's own


def test_the_seeds_reached_through_a_link_or_a_trailing_slash_are_still_the_seeds(tmp_path):
    link = tmp_path / "my-seeds"
    link.symlink_to(SEED_ARTICLES, target_is_directory=True)
    assert default_actors(link) == default_actors(str(SEED_ARTICLES) + "/") == (str(SEED_ACTORS),)
    copy = tmp_path / "copy"
    copy.mkdir()
    assert default_actors(copy) == (str(GENERAL_ACTORS),)  # a copy is a corpus of one's own


@pytest.mark.slow
def test_analyze_on_a_users_corpus_does_not_count_the_white_house_as_the_united_states(tmp_path):
    corpus = tmp_path / "news"
    write_article(corpus / "a.txt", {"title": "Vote", "outlet": "Daily"}, BODY)
    done = run_cli("analyze", str(corpus), "--out", str(tmp_path / "out"), "--quiet")
    assert done.returncode == 0, done.stderr
    with open(tmp_path / "out" / "actors.csv", encoding="utf-8") as fh:
        actors = {row["actor"] for row in csv.DictReader(fh)}
    assert "United States" not in actors
    done = run_cli("analyze", str(corpus), "--out", str(tmp_path / "seedlike"), "--quiet",
                   "--actors", str(SEED_ACTORS))
    with open(tmp_path / "seedlike" / "actors.csv", encoding="utf-8") as fh:
        assert "United States" in {row["actor"] for row in csv.DictReader(fh)}  # the story file would
