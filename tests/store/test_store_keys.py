"""Every Config setting that changes an article's rows is in the store's settings key (issue 25, item 3)."""
from __future__ import annotations

import shutil
from dataclasses import fields, replace

import pytest

from analysis.corpus import Article
from analysis.measures.registry import lexicon_kinds
from analysis.pipeline import Config
from analysis.store import RunStore, RunTables, analyze_into
from analysis.store.keys import settings_key


def _changed(config: Config, name: str, tmp_path):
    """``config`` with field ``name`` set to another value that changes results."""
    value = getattr(config, name)
    if name in (*lexicon_kinds(), "extra_lexicons"):
        source = value[0] if value else getattr(config, "loaded")[0]
        copy = tmp_path / f"{name}.yaml"
        shutil.copyfile(source, copy)
        with open(copy, "a", encoding="utf-8") as fh:
            fh.write("\n# edited\n")
        return replace(config, **{name: (*value, str(copy)) if name == "extra_lexicons" else (str(copy),)})
    if name == "scare_max_words":
        return replace(config, scare_max_words=value + 1)
    if name == "languages":
        return replace(config, languages=("*",))
    pytest.fail(f"Config.{name} is new: say here how to vary it, and make sure the key sees it")


@pytest.mark.parametrize("name", [f.name for f in fields(Config)])
def test_each_config_field_changes_the_settings_key(name, tmp_path):
    base = Config()
    assert settings_key(_changed(base, name, tmp_path)) != settings_key(base)


def test_a_lexicon_moved_elsewhere_keeps_its_key(tmp_path):
    copy = tmp_path / "loaded.yaml"
    shutil.copyfile(Config().loaded[0], copy)
    assert settings_key(Config(loaded=(str(copy),))) == settings_key(Config())


def test_an_article_scored_under_every_language_is_not_reused_under_the_default(tmp_path):
    german = Article(id="de", text="Die Regierung hat gestern neue Gesetze beschlossen. Kritiker sagten, "
                                   "das sei ein Skandal.", language="de")
    store = RunStore(tmp_path / "store")
    analyze_into(store, [german], Config(languages=("*",)))
    record = analyze_into(store, [german], Config())
    assert (record["analysed"], record["reused"]) == (1, 0)
    with RunTables(store) as run:
        assert run.count("articles") == 0 and run.count("not_scored") == 1


def test_every_module_that_decides_rows_is_in_the_reuse_key():
    """A rule changed in any module of the analysis (the voice layer's clauses and hearsay included) must
    change the settings key, or a store would reuse rows made under the old rule."""
    from analysis.paths import PACKAGE_DIR
    from analysis.provenance import NOT_RESULTS, SHARED_CODE

    top_level = {p.name for p in PACKAGE_DIR.glob("*.py")}
    assert top_level - set(NOT_RESULTS) == set(SHARED_CODE)
