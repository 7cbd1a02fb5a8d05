"""The word lists behind the paragraph's one verb scan keep the shape its readers rely on.

``_attributions._cue_starts`` tells whether a cue follows a comma from the verb scan's matches instead of
searching :data:`CUE` again; that holds while the lists below keep these properties.
"""

from __future__ import annotations

import re

import pytest

from newsmodel._quotes import _attributions
from newsmodel._quotes._cues import (
    CLAIM_CUE_WORDS,
    CLAIM_ONLY_CUES,
    CLAIM_STANCE_VERBS,
    CUE,
    STANCE_NOUNS,
    STANCE_VERBS,
)
from newsmodel._quotes._sentences import Masked

_CUE_WORD = re.compile(rf"{CUE}(?![\w’'])")
_SCANNED = (*CLAIM_CUE_WORDS, *STANCE_VERBS, *CLAIM_STANCE_VERBS, *STANCE_NOUNS)


def _is_cue(word: str) -> bool:
    return re.fullmatch(CUE, word) is not None


def test_claim_cues_are_cues_but_the_claim_only_ones() -> None:
    cues = [word for word in CLAIM_CUE_WORDS if word not in CLAIM_ONLY_CUES]
    assert cues
    assert all(_is_cue(word) for word in cues)
    assert all(word[:1].isascii() and word[:1].islower() for word in cues)
    for only in CLAIM_ONLY_CUES:
        assert not _is_cue(only)
        # no cue is a whole-word start of a claim-only cue (the scan would read the longer, no cue)
        assert not any(_is_cue(only[:at]) for at, char in enumerate(only) if char == " ")


def test_no_listed_word_holds_a_comma_or_an_inner_cue_of_another_list() -> None:
    assert not any("," in word for word in _SCANNED)
    inner = [
        word
        for word in _SCANNED
        for at, char in enumerate(word)
        if char == " " and _CUE_WORD.match(word[at + 1 :] + " ") is not None
    ]
    assert all(_is_cue(word) for word in inner)


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan is late, officials said.",
        "The plan is late, he has learned, and it may fail.",
        "The plan is late, as quoted by the paper, and may fail.",
        "The plan is late, new polls show.",
        "The plan is late, critics say, and allies agree, though nobody wrote it down.",
        "He said the plan, which was late, would fail, and she agreed.",
        "According to the memo, the plan, which was late, would fail.",
        "Aides, sayings aside, kept quiet, and nobody spoke.",
        "The plan is late, analysts say; in 2012, the council said it would fail.",
        "The plan is late, analysts noted; in 2012, nobody spoke; the council, it was said, agreed.",
    ],
)
def test_cue_starts_say_what_a_cue_search_says(sentence: str) -> None:
    masked = Masked(sentence)
    verbs = list(_attributions._VERBS_RE.finditer(masked))
    cues = _attributions._cue_starts(verbs)
    search = re.compile(rf"(?<![\w’']){CUE}(?![\w’'])")
    ends = [len(masked)] + [at for at, char in enumerate(sentence) if char == ";"]
    for end in ends:
        for comma in [at for at, char in enumerate(sentence[:end]) if char == ","]:
            expected = search.search(masked, comma + 1, end) is not None
            assert _attributions._cue_between(cues, comma, end) == expected, (sentence, comma, end)
