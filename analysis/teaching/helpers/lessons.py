"""The lessons' one import: the helpers the notebooks in ``notebooks/teaching/`` call (``lessons.paragraph``,
``lessons.report_link`` ...), and the command that builds the student versions and the teachers' guides.

Each name is defined in a module of its own seam (and documented there):

* :mod:`.passages`: the corpus, work folder, articles, paragraphs and sentences a lesson works on;
* :mod:`.measured`: short texts measured, highlighted and compared; a student's copy of the lexicon;
* :mod:`.shipped`: the shipped loaded-terms lexicon as the lessons show it;
* :mod:`.own_articles`: lesson 5's folder of articles, its report (run quietly in its own process) and the
  link to it (:mod:`analysis.report.lab.links`; the server extension :mod:`analysis.report.lab.server` makes the report's links work);
* :mod:`.tool_insides`: lesson 3's look inside VADER's and TextBlob's word lists and rules;
* :mod:`.annotation`: lesson 6's annotations and agreement views;
* :mod:`.build` and :mod:`.guides`: student notebooks and teachers' guides generated from the solutions.

``python -m analysis.teaching.helpers.lessons build`` writes the student notebooks (``notebooks/teaching/``) and the
teachers' guides (``notebooks/teaching/teacher/``: a 45-minute path and an answer key per lesson);
``python -m analysis.teaching.helpers.lessons check`` exits 1 when a committed file differs from a fresh build.
Nothing imports this module inside the package, so it cannot be part of an import circle.
"""
from __future__ import annotations

import argparse
import sys

from analysis.paths import TEACHING_DIR
from analysis.teaching.helpers.annotation import (ANNOTATION_SENTENCES, EXAMPLE_ANNOTATIONS, agreement_html, agreement_summary,
                         by_text_key, pair_table, save_annotation, tool_annotation)
from analysis.teaching.authoring.build import (ANSWER_BOX, SOLUTION_TAG, SOLUTIONS_DIR, YOUR_TURN_TAG, build, lesson_sources, render,
                    stale, stub_source, student_version)
from analysis.teaching.authoring.guides import GUIDES_DIR, stale_guides, write_guides
from analysis.teaching.tool.markup import tidy
from analysis.teaching.helpers.measured import (article_view, compare_texts, highlight_text, lexicon_copy, loaded_table, score_table,
                       source_table, three_versions, versions_html)
from analysis.teaching.helpers.own_articles import (ARTICLE_TEMPLATE, list_articles, make_report, prepare_article_folder, report_articles,
                           report_link, save_article, split_half_rates)
from analysis.teaching.helpers.passages import (SENTIMENT_SENTENCES, article, check_parameters, corpus_path, first_paragraphs, paragraph,
                       paragraphs, pick_sentences, sentence, show_sentences, work_folder)
from analysis.teaching.tool.shipped import categories_table, lexicon_entries, shipped_categories, shipped_terms, write_lexicon
from analysis.teaching.tool.tool_insides import negation_example, textblob_rows, vader_rows, vader_rules

__all__ = [
    "ANNOTATION_SENTENCES", "ANSWER_BOX", "ARTICLE_TEMPLATE", "EXAMPLE_ANNOTATIONS", "GUIDES_DIR",
    "SENTIMENT_SENTENCES", "SOLUTIONS_DIR", "SOLUTION_TAG", "YOUR_TURN_TAG", "agreement_html",
    "agreement_summary", "article", "article_view", "build", "by_text_key", "categories_table",
    "check_parameters", "compare_texts", "corpus_path", "first_paragraphs", "highlight_text",
    "lesson_sources", "lexicon_copy", "lexicon_entries", "list_articles", "loaded_table", "main",
    "make_report", "negation_example", "pair_table", "paragraph", "paragraphs", "pick_sentences",
    "prepare_article_folder", "render", "report_articles", "report_link", "save_annotation", "save_article",
    "score_table", "sentence", "shipped_categories", "shipped_terms", "show_sentences", "source_table",
    "split_half_rates", "stale", "stale_guides", "student_version", "stub_source", "textblob_rows",
    "three_versions", "tidy", "versions_html", "tool_annotation", "vader_rows", "vader_rules", "work_folder", "write_guides",
    "write_lexicon",
]


def main(argv: list[str] | None = None) -> int:
    """``build [--out DIR] [--zip NAME] [--guides DIR]`` or ``check``; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m analysis.teaching.helpers.lessons",
                                     description="Build the student lessons and the teachers' guides from the "
                                                 "solution notebooks.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write the student notebooks (default: notebooks/teaching/) and the "
                                     "teachers' guides (notebooks/teaching/teacher/)")
    b.add_argument("--out", default=str(TEACHING_DIR), help="folder for the student notebooks")
    b.add_argument("--zip", default="", metavar="NAME",
                   help="also pack the student notebooks into NAME (e.g. lessons.zip) in --out")
    b.add_argument("--guides", default=str(GUIDES_DIR),
                   help="folder for the teachers' guides (never inside the zip to hand out)")
    sub.add_parser("check", help="exit 1 if a committed student notebook or guide differs from a fresh build")
    args = parser.parse_args(argv)
    if args.command == "check":
        differ = stale() + stale_guides()
        for name in differ:
            print(f"{name}: out of date; run python -m analysis.teaching.helpers.lessons build", file=sys.stderr)
        return 1 if differ else 0
    for path in [*build(args.out, zip_name=args.zip), *write_guides(args.guides)]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
