"""Quote-mark pairing: which marks open and close a quotation, and which are apostrophes.

One regex scan finds the candidate marks; each is judged by its neighbours (a mark
after a space and before a letter opens, one after a letter and before a space or
punctuation closes) and paired with a stack per family, so the work is linear in the
number of marks. Only the outermost pairs are returned: a quote inside a quote belongs
to the outer speaker. A quote may run over several paragraphs when each paragraph
opens with a mark and only the last one closes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Pair", "Part", "pair_marks"]

_MARKS = re.compile("[\"“”„‟«»‹›'‘’‚]")
# the same marks but an apostrophe between two letters or digits (we’ll, Trump’s: the most common mark by far,
# never a quote mark), which the pairing would pass over anyway
_MARKS_OUTSIDE_WORDS = re.compile("[\"“”„‟«»‹›'‘’‚](?!(?<=[^\\W_]['’])[^\\W_])")

_DOUBLE = "double"
_SINGLE = "single"
_GUILLEMET = "guillemet"
_SINGLE_GUILLEMET = "single-guillemet"

_FAMILY = {
    '"': _DOUBLE, "“": _DOUBLE, "”": _DOUBLE, "„": _DOUBLE, "‟": _DOUBLE,
    "'": _SINGLE, "‘": _SINGLE, "’": _SINGLE, "‚": _SINGLE,
    "«": _GUILLEMET, "»": _GUILLEMET, "‹": _SINGLE_GUILLEMET, "›": _SINGLE_GUILLEMET,
}  # fmt: skip
# Characters after which a mark may open a quote (besides spaces and the start).
# Invisible format characters (direction marks, zero-width space, BOM) count as the start of text.
_OPEN_AFTER = frozenset(
    "([{<—–-/,:;\"“”„‟«»‹›'‘’‚\u00a0\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
# Families a quote may open in, outermost first, for the multi-paragraph rule.
_LONG_FAMILIES = (_DOUBLE, _GUILLEMET)


@dataclass(frozen=True, slots=True)
class Part:
    """The quoted characters of one paragraph: ``paragraphs[paragraph][start:end]``."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Pair:
    """An outermost quotation: its parts (one per paragraph) and where its marks are."""

    parts: tuple[Part, ...]
    #: Offset of the opening mark in the first part's paragraph.
    open_mark: int
    #: Offset of the closing mark in the last part's paragraph.
    close_mark: int
    family: str


@dataclass(slots=True)
class _Open:
    offset: int
    char: str
    # Earlier parts of a quote that started in an earlier paragraph.
    carried: tuple[Part, ...] = ()
    first_open: int = -1


def _can_open(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if not nxt or nxt.isspace():
        return False
    return i == 0 or text[i - 1].isspace() or text[i - 1] in _OPEN_AFTER


def _can_close(text: str, i: int) -> bool:
    if i == 0:
        return False
    if text[i - 1].isspace():
        # "... the name of 'Clinton,' " said Maxwell": a space between an inner closing mark and the outer one;
        # "... what does that mean? " Clinton asked: a stray space between the final stop and the mark
        return i >= 2 and text[i - 2] in "'’.?!," and text[i] in '"”»' and not text[i + 1 : i + 2].strip()
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return not nxt or not nxt.isalnum()


def _part(paragraph: int, text: str, start: int, end: int) -> Part | None:
    """The part between two offsets with surrounding spaces trimmed, or None when empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Part(paragraph, start, end) if end > start else None


def _role(char: str, text: str, i: int, stacks: dict[str, list[_Open]]) -> str:
    """Decide whether the mark at ``i`` opens, closes, or is no quote mark ("")."""
    can_open = _can_open(text, i)
    can_close = _can_close(text, i)
    family = _FAMILY[char]
    pending = stacks[family]
    if char in "'’":
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if prev.isalnum() and nxt.isalnum():
            return ""  # we’ll, Trump’s, rock ’n’ roll inside a word
        if nxt.isdigit() and not can_close:
            return ""  # the ’90s
        if can_close and pending:
            return "close"
        if char == "'" and can_open:
            return "open"
        return ""  # an apostrophe: voters’, ’em, ’til
    if char in "‘‚":
        if can_open:
            return "open"
        return "close" if can_close and pending and char == "‘" else ""
    if char in "“‟":
        if pending and pending[-1].char in "„‚" and can_close:
            return "close"  # German „…“
        if can_open:
            return "open"
        if can_close and pending:
            return "close"
        # “ followed by a space ('saying, “ you have to ...'): a left mark that cannot close still opens
        starts = not pending and (i == 0 or text[i - 1].isspace()) and text[i + 1 : i + 2] == " "
        return "open" if starts else ""
    if char == "”":
        if can_close and pending:
            return "close"
        if not pending and text[i + 1 : i + 2] == " " and (i == 0 or text[i - 1] in ",:") and "”" in text[i + 2 :]:
            return "open"  # 'He says,” there are ...”', '” … if the president ...”': a right mark typed as the left
        return "open" if can_open else ""
    if char == "„":
        return "open" if can_open or not can_close else ""
    if char in "«‹":
        if pending and pending[-1].char in "»›" and can_close:
            return "close"
        return "open" if can_open else ("close" if can_close and pending else "")
    if char in "»›":
        if pending and pending[-1].char in "«‹" and can_close:
            return "close"
        if can_open:
            return "open"
        return "close" if can_close and pending else ""
    # the straight double mark: context decides, the stack breaks ties
    if can_open and can_close:
        return "close" if pending else "open"
    if can_close:
        return "close" if pending else ""
    return "open" if can_open else ""


def pair_marks(paragraphs: Sequence[str]) -> list[Pair]:
    """Pair the quote marks of consecutive paragraphs and return the outermost quotations.

    A quotation left open at the end of a paragraph continues when the next paragraph
    starts with an opening mark of the same family; otherwise it is dropped (unbalanced
    marks are not guessed at).
    """
    pairs: list[Pair] = []
    carry: _Open | None = None
    for index, text in enumerate(paragraphs):
        stacks: dict[str, list[_Open]] = {_DOUBLE: [], _SINGLE: [], _GUILLEMET: [], _SINGLE_GUILLEMET: []}
        found: list[Pair] = []
        for match in _MARKS_OUTSIDE_WORDS.finditer(text):
            i = match.start()
            char = text[i]
            family = _FAMILY[char]
            role = _role(char, text, i, stacks)
            if role == "open":
                opening = _Open(i, char)
                if carry is not None and i == 0 and family == _FAMILY[carry.char]:
                    opening.carried = carry.carried
                    opening.first_open = carry.first_open
                    carry = None
                stacks[family].append(opening)
            elif role == "close":
                opening = stacks[family].pop()
                # marks of other families opened inside and never closed are stale now
                for other, stack in stacks.items():
                    if other != family:
                        while stack and stack[-1].offset > opening.offset:
                            stack.pop()
                part = _part(index, text, opening.offset + 1, i)
                parts = opening.carried + ((part,) if part is not None else ())
                if parts:
                    first = opening.first_open if opening.carried else opening.offset
                    found.append(Pair(parts, first, i, family))
        carry = None
        for family in _LONG_FAMILIES:
            if stacks[family]:
                opening = stacks[family][0]
                nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
                if nxt[:1] and _FAMILY.get(nxt[0]) == family:
                    part = _part(index, text, opening.offset + 1, len(text))
                    if part is not None:
                        first = opening.first_open if opening.carried else opening.offset
                        carry = _Open(opening.offset, opening.char, (*opening.carried, part), first)
                        # what opened inside the carried part cannot pair any more
                        found = [p for p in found if p.parts[0].start < opening.offset or p.parts[0].paragraph != index]
                    break
        if carry is None and stacks[_DOUBLE]:
            introduced = _introduced(index, text, stacks[_DOUBLE][0])
            if introduced is not None:
                found.append(introduced)
        if found:
            pairs.extend(_outermost(found))
    return pairs


# "More from the report: “Today numerous ... results. [Gallup.]": the source in brackets after the quote
_TRAILING_SOURCE = re.compile(r"\s*\[[^\[\]]{1,40}\]\s*\Z")
# Words an unclosed quote after a colon must hold to run to the end of its paragraph.
_INTRODUCED_WORDS = 8


def _introduced(index: int, text: str, opening: _Open) -> Pair | None:
    """A quote opened after a colon and never closed: it runs to the end of its paragraph.

    Only when nothing else could close it (no later double mark) and it is long enough to be
    a passage quoted ('From the report: “Today numerous online survey vendors ...'), not a slip.
    """
    if opening.carried or not text[: opening.offset].rstrip().endswith(":"):
        return None
    if any(_FAMILY[c] == _DOUBLE for c in _MARKS.findall(text, opening.offset + 1)):
        return None
    tail = _TRAILING_SOURCE.search(text, opening.offset + 1)
    end = tail.start() if tail is not None else len(text)
    part = _part(index, text, opening.offset + 1, end)
    if part is None or len(text[part.start : part.end].split()) < _INTRODUCED_WORDS:
        return None
    return Pair((part,), opening.offset, part.end, _DOUBLE)


def _outermost(found: list[Pair]) -> list[Pair]:
    """Keep the pairs that no other pair of the paragraph holds, in text order."""

    def start(pair: Pair) -> int:
        # a quote carried over from an earlier paragraph starts before this one
        return pair.open_mark if len(pair.parts) == 1 else -1

    found.sort(key=lambda p: (start(p), -p.close_mark))
    kept: list[Pair] = []
    reach = -2
    for pair in found:
        if start(pair) < reach:
            continue
        kept.append(pair)
        reach = pair.close_mark
    return kept
