"""The word lists behind the paragraph's one verb scan keep the shape its readers rely on.

``_attributions._cue_starts`` tells whether a cue follows a comma from the verb scan's matches instead of
searching :data:`CUE` again; that holds while the lists below keep these properties.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel._quotes import _attributions
from newsmodel._quotes._coref import _NAME_RE
from newsmodel._quotes._cues import (
    CLAIM_CUE_WORDS,
    CLAIM_ONLY_CUES,
    CLAIM_STANCE_VERBS,
    CLOSED_MENTION,
    CLOSED_NAME,
    CUE,
    STANCE_NOUNS,
    STANCE_VERBS,
)
from newsmodel._quotes._sentences import Masked
from newsmodel._quotes._speakers import _BODY_HEAD_LINK, _BODY_TAIL, _MENTION_RE, MENTION_LOWER_OPENERS

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


# --------------------------------------------------------------------------- the name pattern's shape

# :data:`CLOSED_NAME` as a whole word, written as the plain look-around form that WHOLE_NAME must equal
_PLAIN_WHOLE_NAME = re.compile(rf"(?=[A-Z\u00C0-\u00DE])(?<![\w’'])(?:{CLOSED_NAME})(?![\w’'])")
_NAME_PIECES = (
    "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Capt.", "Supt.", "Maj.", "Mr", "Mrs", "Jr.", "Sr.", "St.", "Mt.", "Ft.",
    "Jt.", "U.S.", "A.B.", "J.", "Senator", "Ambassador", "Ann", "Lee", "Tom", "Hale", "Émile", "van", "de", "St",
    "harbour", "council", " ", "  ", ", ", ". ", "’", "'", "-", ".", "x", "4", "(", "\n",
)  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Tom Hale said", "Mrs. Ann Lee and Dr.  Ann Vale", "U.S. Senator Ann Lee", "Tom Hale Jr. said",
        "St. Louis and Mt. Hood, Ft. Worth", "J. Ann Lee", "Sen.Ann", "Émile van der Hale", "x Tom", "’Tom", "Tom’s",
        "MrsLee", "A.B. Ambassador Ann Lee", "Supt. Ann", "Maj. Tom-Hale", "Jt. Lee", "Mr.", "Ann", "",
    ],
)  # fmt: skip
def test_whole_name_is_the_plain_name_pattern(text: str) -> None:
    """Speed guard: WHOLE_NAME (the capital read first, for the search's skip) finds what the plain form finds."""
    assert _spans(_NAME_RE, text) == _spans(_PLAIN_WHOLE_NAME, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=12))
def test_whole_name_matches_as_the_plain_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _spans(_NAME_RE, text) == _spans(_PLAIN_WHOLE_NAME, text)


# --------------------------------------------------------------------------- the mention pattern's gate

# the mention pattern as it was before its gate: every capital and every word start in one of these letters tried
_PLAIN_MENTION = re.compile(rf"(?=[A-Z\u00C0-\u00DEtaosmhiwcerp])(?<![\w’'\-])(?:{CLOSED_MENTION})(?![\w’'])")
_MENTION_PIECES = (
    *MENTION_LOWER_OPENERS, "The", "A", "His", "He", "It", "Sources", "president", "senior", "official", "spokesman",
    "of", "the", "Harbour", "Council", "Ann", "Lee", "Tom", "Hale", "Dr.", "U.S.", "Émile", "said", "theirs", "item",
    "aide", "thee", "hiss", " ", "  ", ", ", ". ", "’", "'", "-", "x", "\n",
)  # fmt: skip


def test_mention_gate_lists_every_lower_case_opener() -> None:
    """Speed guard: every word in lower case that opens a mention of CLOSED_MENTION (the words its source spells,
    "[Tt]he" read as "the") is one the gate of _MENTION_RE lets through."""
    source = re.sub(r"\[[A-Z]([a-z])\]", r"\1", CLOSED_MENTION)
    words = set(re.findall(r"[a-z]+", source))
    words |= {word[:-1] for word in words}  # "an?" spelled "an": "a" too
    openers = {
        word
        for word in words
        if any(_PLAIN_MENTION.match(word + tail) for tail in (" senior official said", " said", ",", ""))
    }
    assert openers
    assert openers <= set(MENTION_LOWER_OPENERS)


@pytest.mark.parametrize(
    "text",
    [
        "the senior official said", "Then the Harbour Council spokesman said", "a spokesman of the Harbour Council",
        "Sources said he and she and they", "theirs, hiss and item: it-Lee", "anti-Harbour aides", "x the president",
    ],
)  # fmt: skip
def test_mention_gate_finds_what_the_plain_pattern_finds(text: str) -> None:
    """Speed guard: the gated _MENTION_RE finds what the plain form finds."""
    assert _spans(_MENTION_RE, text) == _spans(_PLAIN_MENTION, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MENTION_PIECES), max_size=14))
def test_mention_gate_matches_as_the_plain_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _spans(_MENTION_RE, text) == _spans(_PLAIN_MENTION, text)


_BODY_PIECES = (
    "the", "Joint", "Committee", "Council", "Department", "Centers", "Office", "on", "of", "for", "and", "Trade",
    "Health", "Tuesday", "Ann", "Lee", " ", "  ", ", ", "\n", "x",
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["the Joint Committee on Trade and ", "the Department of Health, Trade and ", "Centers for Disease "]
)
def test_body_tail_holds_its_head_and_preposition(text: str) -> None:
    assert _BODY_TAIL.search(text) is not None
    assert _BODY_HEAD_LINK.search(text) is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BODY_PIECES), max_size=14))
def test_body_head_gate_holds_in_every_body_tail(pieces: list[str]) -> None:
    """Speed guard: _BODY_TAIL is searched only where _BODY_HEAD_LINK finds a head and its preposition."""
    text = "".join(pieces)
    if _BODY_TAIL.search(text) is not None:
        assert _BODY_HEAD_LINK.search(text) is not None
