"""The measure registry is complete: every measure, span kind, lexicon kind and summary column is declared once.

These tests fail when someone adds a measure (or a span kind, or a lexicon) without declaring it in
``analysis/measures/registry.py``.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import fields

import pytest

import analysis.measures as measures_pkg
from analysis import Config, analyze_corpus, load_corpus
from analysis.measures.base import Measure
from analysis.measures.registry import REGISTRY, STYLES, lexicon_kinds, span_kinds, summary_columns
from analysis.paths import SEED_ARTICLES


@pytest.fixture(scope="module")
def seed_tables():
    return analyze_corpus(load_corpus(SEED_ARTICLES))


def _measure_classes():
    found = {}
    for info in pkgutil.iter_modules(measures_pkg.__path__):
        module = importlib.import_module(f"analysis.measures.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Measure) and cls is not Measure and cls.__module__ == module.__name__:
                found[cls.name] = cls
    return found


def test_every_measure_class_is_registered_once():
    names = [spec.name for spec in REGISTRY]
    assert len(names) == len(set(names))
    assert set(_measure_classes()) == set(names)


def test_every_registered_lexicon_kind_is_a_config_field_with_a_shipped_file():
    config_fields = {f.name for f in fields(Config)}
    for kind in lexicon_kinds():
        assert kind in config_fields, f"Config has no field for lexicon kind {kind!r}"
        assert getattr(Config(), kind), f"no shipped lexicon file for {kind!r}"


def test_every_span_kind_the_seeds_produce_is_declared_with_a_label_colour_and_style(seed_tables):
    declared = span_kinds()
    seen = set(seed_tables.matches["measure"])
    assert seen, "the seeds produced no matches at all"
    assert seen <= set(declared), f"undeclared span kinds: {seen - set(declared)}"
    for name, kind in declared.items():
        assert kind.label and kind.style in STYLES
        if name != "loaded":  # loaded-term categories take the categorical palette by lexicon order
            for category in set(seed_tables.matches.query("measure == @name")["category"]):
                assert kind.color(category).startswith("#")


def test_every_summary_column_is_in_the_articles_table(seed_tables):
    missing = set(summary_columns()) - set(seed_tables.articles.columns)
    assert not missing, f"declared columns no measure produces: {missing}"


def test_each_measure_builds_from_the_registry_and_names_itself_as_declared(seed_tables):
    from analysis.pipeline import analyzer_for
    built = analyzer_for(Config()).measures
    assert [m.name for m in built] == [spec.name for spec in REGISTRY]


@pytest.mark.parametrize("spec", REGISTRY, ids=lambda s: s.name)
def test_every_measure_fires_on_its_declared_example_sentence(spec):
    """Each spec carries a sentence where it fires: every span kind it declares as shown on a page or in
    the browser turns up there, or (for a measure without spans) its columns are not all zero."""
    from analysis import analyze

    assert spec.example, f"{spec.name} declares no example sentence"
    result = analyze(spec.example)
    found = {s.measure for s in result.spans()}
    shown = {k.name for k in spec.spans if k.page or k.browser}
    assert shown <= found, f"{spec.name}: {sorted(shown - found)} not found in {spec.example!r}"
    if not spec.spans:
        values = result.values()
        assert any(values[c] for c in spec.columns), f"{spec.name}: all columns zero on its example"


def test_docs_matches_names_every_span_kind_and_every_column():
    from analysis.paths import PROJECT_DIR
    from analysis.pipeline import MATCH_COLUMNS

    doc = (PROJECT_DIR / "docs" / "matches.md").read_text(encoding="utf-8")
    measure_row = next(line for line in doc.splitlines() if line.startswith("| `measure`"))
    assert not [k for k in span_kinds() if f"`{k}`" not in measure_row]
    assert not [c for c in MATCH_COLUMNS if f"`{c}`" not in doc]
