"""Sentences of a paragraph: where they end, found once per paragraph and looked up by bisection.

The quote desk asks "where does the sentence that holds this offset start?" many times per
paragraph (once or more per quote and per cue). Each :class:`Masked` paragraph finds its
sentence boundaries with one scan on first use; every later question is a bisection, so
the work per quote does not grow with the paragraph.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["MEDIUM_HINTS", "REACH", "Masked", "is_abbreviation", "sentence_end", "sentence_start"]

#: How far a sentence is followed: a longer one is cut there (so that the work per quote stays bounded).
REACH = 1000

# A run of sentence punctuation, closing marks and spaces before a capital or an opening mark. The match starts
# only at the first mark of a run and every part is possessive (the parts cannot share a character), so a long
# run of punctuation is read once, not once per starting position. The pattern opens with the mark itself (the
# look-behind on two characters then says that no mark stands before it), so the engine skips straight to the
# next mark instead of trying a match at every character.
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*+[\"”’'»)\]]*+\s++(?=[\"“‘'«(\[]|[A-Z0-9\u00C0-\u00DE])")
#: Words without which no medium is named ("in an interview with", "told CNN").
MEDIUM_HINTS = (
    "interview", "conversation", "appearance", "speaking", "spoke", "talking", "talked", "told", "CNN", "MSNBC",
    "Fox", "NBC", "ABC", "CBS", "NPR", "BBC", "Twitter", "Facebook", "Instagram",
)  # fmt: skip
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr", "inc", "co",
     "corp", "ltd", "no", "vs", "v", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n",
     "d.c", "a.m", "p.m", "prof", "rev", "ft", "mt", "pres", "adm", "cmdr", "maj", "e.g", "i.e", "etc", "rt", "hon"}
)  # fmt: skip
_CLOSING_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "inc", "co", "corp", "ltd", "etc", "jr"})
_SENTENCE_OPENERS = frozenset(
    {"he", "she", "it", "they", "we", "i", "the", "but", "and", "that", "this", "in", "a", "an", "his", "her", "their",
     "there", "on", "at", "as", "when", "while", "if", "so", "yet", "still", "after", "before", "for", "its"}
)  # fmt: skip


# letters joined by dots, the last dot left out: "l.a", "n.y", "u.a.e" (any place or body's initials)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def is_abbreviation(text: str, dot: int) -> bool:
    """Whether the mark at ``dot`` closes an abbreviation ("Mr.", "U.S.") rather than a sentence."""
    if text[dot] != ".":
        return False
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == ".") and dot - begin < 12:
        begin -= 1
    word = text[begin:dot].lower()
    if word in _CLOSING_ABBREVIATIONS or _INITIALS.fullmatch(word):
        # "in the U.S. He said": an abbreviation that can end a sentence ends it before a pronoun or article
        following = text[dot + 1 : dot + 12].split()
        return not following or following[0].lower() not in _SENTENCE_OPENERS
    if word == "no":
        # "No. 2" is a number; "he said no. But ..." ends a sentence
        return text[dot + 1 : dot + 3].lstrip()[:1].isdigit()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


class Masked(str):
    """A paragraph with its quoted words blanked out, and what is worth finding once: its sentence boundaries,
    and whether it names a medium at all.

    For each boundary that ends a sentence it keeps where the boundary starts, where the next
    sentence starts, and where the sentence's own characters end (its final punctuation and
    closing marks included).
    """

    starts: list[int]
    ends: list[int]
    stops: list[int]
    _medium: bool | None

    def __new__(cls, text: str) -> Masked:
        self = super().__new__(cls, text)
        self.starts, self.ends, self.stops = starts, ends, stops = [], [], []
        self._medium = None
        for match in _BOUNDARY.finditer(self):
            start = match.start()
            if is_abbreviation(self, start):
                continue
            starts.append(start)
            ends.append(match.end())
            stops.append(start + len(match.group().rstrip()))
        return self

    @property
    def names_medium(self) -> bool:
        """Whether the paragraph holds a word without which no medium is named (looked for once)."""
        if self._medium is None:
            self._medium = any(hint in self for hint in MEDIUM_HINTS)
        return self._medium

    def sentences(self) -> list[tuple[int, int]]:
        """The sentences as (start, end) offsets."""
        ends, stops = self.ends, self.stops
        # each sentence runs from where the one before it ended (the first from 0) to its own stop
        spans = list(zip([0, *ends], stops, strict=False))
        start = ends[-1] if ends else 0
        if start < len(self):
            spans.append((start, len(self)))
        return spans


def sentence_start(text: Masked, start: int, end: int) -> int:
    """The start of the sentence that holds ``end``, not before ``start`` nor :data:`REACH` before ``end``.

    A boundary counts when it lies inside ``text[start:end]``; the character that opens the next
    sentence may be the one at ``end`` (a quote whose own mark opens its sentence).
    """
    start = max(start, end - REACH)
    starts, ends = text.starts, text.ends
    index = bisect.bisect_right(ends, end) - 1
    if index >= 0 and starts[index] >= start:
        return ends[index]
    return start


def sentence_end(text: Masked, start: int, end: int) -> int:
    """The end of the sentence that starts at ``start`` (its final punctuation included), within :data:`REACH`."""
    end = min(end, start + REACH)
    starts, ends, stops = text.starts, text.ends, text.stops
    index = bisect.bisect_left(starts, start)
    if index < len(starts) and ends[index] < end:
        return stops[index]
    return end
