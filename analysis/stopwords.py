"""The project's own English stop-word list, used when looking for the words that separate groups.

Provenance: written for this project by hand (November 2026), from English grammar rather than copied from
any published list (NLTK's, spaCy's, scikit-learn's or the Snowball list). It holds only *function words*:
articles, pronouns and possessives, prepositions, conjunctions, auxiliary and modal verbs with their
contracted forms, and a few discourse fillers. Words that can carry framing are deliberately kept OUT of the
list, even when other stop-word lists include them: reporting verbs (``said``, ``claimed``), hedges and
boosters (``may``, ``could``, ``clearly``, ``never``), negations (``not``, ``no``), quantities (``all``,
``many``, ``few``) and time words (``later``, ``ago``). A change of list changes which words a comparison
reports, so changes belong in the project's history with a reason.

Words are lower case, as they are after :func:`analysis.compare.words.normalise`; curly apostrophes are
normalised to ``'`` before lookup.
"""
from __future__ import annotations

_ARTICLES_AND_DETERMINERS = "a an the this that these those such own"
_PRONOUNS = (
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself "
    "she her hers herself it its itself they them their theirs themselves one oneself who whom whose "
    "which what whatever whoever whichever"
)
_PREPOSITIONS = (
    "about above across after against along amid amidst among amongst around as at before behind below "
    "beneath beside besides between beyond by despite down during except for from in inside into like near "
    "of off on onto out outside over per since than through throughout till to toward towards under "
    "underneath until unto up upon via with within without"
)
_CONJUNCTIONS = "and but or nor so yet both either neither whether if because although though while whereas"
_AUXILIARIES = (
    "be am is are was were been being have has had having do does did doing "
    "shall should will would can "  # modal verbs of certainty (may, might, must, could) stay: they hedge
    "i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd we'd they'd "
    "i'll you'll he'll she'll we'll they'll that's there's here's what's who's let's "
    "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't "
    "shouldn't can't cannot"
)
_ADVERBS_AND_FILLERS = "there here then also just too very quite rather how when where why s t"

#: The stop words, lower case. Membership is all the comparison code needs.
STOP_WORDS: frozenset[str] = frozenset(
    " ".join([_ARTICLES_AND_DETERMINERS, _PRONOUNS, _PREPOSITIONS, _CONJUNCTIONS, _AUXILIARIES,
              _ADVERBS_AND_FILLERS]).split()
)


def is_stop_word(word: str) -> bool:
    """True when ``word`` (any case, straight or curly apostrophe) is on the project's stop-word list."""
    return word.lower().replace("\u2019", "'") in STOP_WORDS
