"""The checks of the lessons' "Your turn" cells, in one import for the notebooks (``exercises.check_...``).

Every ``check_*`` function returns a :class:`~analysis.teaching.checks.feedback.Feedback` and never raises for a
wrong, missing or odd answer: the feedback says what is right, what is not yet, and a hint for the next try.
The checks live by lesson group: :mod:`.checks_words` (quizzes, lessons 1, 2 and 7),
:mod:`.checks_evidence` (lessons 3 and 4) and :mod:`.checks_class` (lessons 5 and 6); what they share is in
:mod:`.feedback`. Nothing imports this module inside the package.
"""
from __future__ import annotations

from analysis.teaching.checks.classroom import (check_annotation, check_article_folder, check_article_text, check_kappa)
from analysis.teaching.checks.evidence import (anonymous_sources, check_attribution_rewrite, check_hedges_boosters,
                              check_my_scores, check_negation, check_source_questions, check_sources,
                              check_tricky_sentence, word_kind)
from analysis.teaching.checks.words import (Questions, check_framing_functions, check_lexicon_entries, check_loaded_words,
                           check_quiz, check_rewrite, check_same_facts, check_three_versions, entman_excerpts,
                           questions, same_fact_phrases)
from analysis.teaching.checks.feedback import EXERCISES_FILE, Feedback, content

__all__ = [
    "EXERCISES_FILE", "Feedback", "Questions", "anonymous_sources", "check_annotation", "check_article_folder",
    "check_article_text", "check_attribution_rewrite", "check_framing_functions", "check_hedges_boosters",
    "check_kappa", "check_lexicon_entries", "check_loaded_words", "check_my_scores", "check_negation",
    "check_quiz", "check_rewrite", "check_same_facts", "check_source_questions", "check_sources",
    "check_three_versions", "check_tricky_sentence", "content", "entman_excerpts", "questions",
    "same_fact_phrases", "word_kind",
]
