"""Repeats: paragraphs that only say again what the body says elsewhere.

Pages print the article's opening twice or three times around the body: a synopsis box, a
picture caption that repeats the summary, a teaser of the story's first lines cut short. Each
copy is a paragraph whose every sentence is a sentence of another paragraph (a copy cut short
ends with the start of one). Such a paragraph is left out: nothing it says is lost, the
other paragraph still says it.

Sentences are compared whole, after a dateline ("SHANGHAI: ", "LONDON — ") is set aside, so
the work is one pass over the body's sentences, with no search of the body per sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from .._model import Block, Paragraph, Section

__all__ = ["drop_repeats"]

# where one sentence ends and the next begins: a full stop, a question or exclamation mark (which stays with
# its sentence), a closing quote, white space. (The pattern opens with the mark, not a look-behind, so that the
# search skips from one mark to the next at C speed instead of trying every position.)
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+(?=[“\"‘'A-Z0-9])")
# a dateline opening a paragraph: "SHANGHAI: ", "NEW DELHI — ", "LONDON (Reuters) - "
_DATELINE = re.compile(r"\A[A-Z][A-Z .,'’\-]{2,40}(?:\([^()]{1,30}\))?\s*[:—–-]\s+")
#: Paragraphs shorter than this are never judged repeats ("Read more.", a one-line credit).
_MIN_REPEAT = 80
#: How many characters of a sentence cut short must match the start of a sentence elsewhere.
_MIN_CUT = 20
#: How many characters of a sentence's start are indexed to find the sentence a copy cut short begins.
_PREFIX = 20
#: How many sentences sharing a start are tried for a copy cut short (the work stays linear on any page).
_TRIES = 8


def _sentences(text: str) -> list[str]:
    text = _DATELINE.sub("", text, count=1) if text[:1].isupper() else text
    text = text.strip()
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        pieces.append(text[start : match.start() + 1])  # the sentence with its closing mark
        start = match.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if piece]


def drop_repeats(sections: list[Section]) -> list[Section]:
    """The sections without the paragraphs whose sentences all stand in other paragraphs of the body.

    A paragraph printed again whole (an interview's question put to each guest, a meal plan's dish on
    each day) is no repeat: only a paragraph whose sentences stand in paragraphs that differ from it
    (a synopsis made of the first sentence and the start of the third paragraph) is one.
    """
    texts = [block.text for section in sections for block in section.blocks if isinstance(block, Paragraph)]
    if len(texts) < 2:
        return sections
    split = [_sentences(text) for text in texts]
    # over the paragraphs still kept: how often each sentence stands in them, and each paragraph's text
    counts: Counter[str] = Counter()
    for sentences in split:
        counts.update(sentences)
    twins: Counter[str] = Counter(texts)
    # the sentences by their start, listed when the first paragraph gets past the test of its first sentence
    # (few do): the keys of ``counts`` stay as they are when sentences are subtracted, so the listing does too
    starts: dict[str, list[str]] | None = None
    repeats: set[int] = set()
    for index, (text, sentences) in enumerate(zip(texts, split, strict=True)):
        if len(text) < _MIN_REPEAT or not sentences:
            continue
        if len(sentences) > 1 and counts[sentences[0]] < 2:
            continue  # its first sentence stands in no other paragraph (the test below would fail on it)
        if starts is None:
            starts = _index_starts(counts)
        own = Counter(sentences)
        copies = twins[text]

        def elsewhere(sentence: str, own: Counter[str] = own, copies: int = copies) -> bool:
            return counts[sentence] > copies * own[sentence]

        last = sentences[-1]
        if all(elsewhere(sentence) for sentence in sentences[:-1]) and (
            elsewhere(last) or _cut_from(last, counts, starts)
        ):
            repeats.add(index)
            counts.subtract(sentences)
            twins[text] -= 1
    if not repeats:
        return sections
    kept: list[Section] = []
    index = 0
    for section in sections:
        blocks: list[Block] = []
        for block in section.blocks:
            if isinstance(block, Paragraph):
                index += 1
                if index - 1 in repeats:
                    continue
            blocks.append(block)
        if blocks or section.heading is not None:
            kept.append(Section(section.heading, section.level, tuple(blocks)))
    return kept


def _index_starts(counts: Counter[str]) -> dict[str, list[str]]:
    """The sentences of ``counts`` long enough to be cut short, by their first characters."""
    starts: dict[str, list[str]] = {}
    for sentence in counts:
        if len(sentence) >= _PREFIX:
            starts.setdefault(sentence[:_PREFIX], []).append(sentence)
    return starts


def _cut_from(sentence: str, counts: Counter[str], starts: dict[str, list[str]]) -> bool:
    """Whether ``sentence`` is cut short ("... across the country hav", "... before the...") from a longer
    sentence that a paragraph still kept holds."""
    cut = sentence.rstrip(".…").rstrip()
    if len(cut) < _MIN_CUT:
        return False
    return any(
        other != sentence and counts[other] > 0 and other.startswith(cut)
        for other in starts.get(cut[:_PREFIX], ())[:_TRIES]
    )
