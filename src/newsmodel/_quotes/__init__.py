"""Quotes and attributions: who said what, and where.

:func:`extract_quotes` reads an article's paragraphs, list items and blockquotes (never
its headings) and returns the article with ``quotes`` and ``attributions`` filled in.
The work is done on plain strings by :func:`find_quotes` (see ``_desk.py``); this module
maps what it finds onto the model's :class:`~newsmodel.Location` values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from .._model import (
    Article,
    Attribution,
    Blockquote,
    ListBlock,
    Location,
    Paragraph,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
)
from .._normal import normalize_text
from ._desk import Claimed, Findings, Span, Speaker, Spoken, find_quotes

__all__ = ["Claimed", "Findings", "Span", "Speaker", "Spoken", "extract_quotes", "find_quotes"]

_Place = tuple[int, int, tuple[int, ...]]
_OPENING = '"“„‘«»‚‹'
_CLOSING = '"”“’»«›'


def _running_texts(article: Article) -> Iterator[tuple[_Place, str]]:
    """The paragraphs and list items of the body, in order, with their places."""
    for s_index, section in enumerate(article.sections):
        for b_index, block in enumerate(section.blocks):
            if isinstance(block, Paragraph):
                yield (s_index, b_index, ()), block.text
            elif isinstance(block, ListBlock):
                yield from _items(block, (s_index, b_index), ())


def _items(block: ListBlock, where: tuple[int, int], prefix: tuple[int, ...]) -> Iterator[tuple[_Place, str]]:
    for i_index, item in enumerate(block.items):
        if item.text:
            yield (*where, (*prefix, i_index)), item.text
        for c_index, child in enumerate(item.children):
            yield from _items(child, where, (*prefix, i_index, c_index))


def _line(value: str | None) -> str | None:
    """A value in one-line normal form, or None when nothing is left."""
    if value is None:
        return None
    value = normalize_text(value.replace("\n", " "))
    return value or None


def _location(places: list[_Place], span: Span) -> Location:
    section, block, path = places[span.paragraph]
    return Location(section, block, span.start, span.end, path)


def _source(places: list[_Place], texts: list[str], speaker: Speaker) -> Source | None:
    mention = _line(speaker.mention)
    location = None
    span = speaker.mention_span
    # Keep the location only where it slices to exactly the mention: the Article checks it.
    if mention is not None and span is not None and texts[span.paragraph][span.start : span.end] == mention:
        location = _location(places, span)
    name = _line(speaker.name)
    if name is None and mention is None:
        return None
    return Source(
        name=name,
        mention=mention,
        mention_location=location,
        kind=SourceKind(speaker.kind),
        role=_line(speaker.role),
        organization=_line(speaker.organization),
        medium=_line(speaker.medium),
    )


def _cue(places: list[_Place], texts: list[str], span: Span | None) -> tuple[str | None, Location | None]:
    if span is None:
        return None, None
    written = texts[span.paragraph][span.start : span.end]
    cue = _line(written)
    return cue, (_location(places, span) if cue == written else None)


def _quote(places: list[_Place], texts: list[str], spoken: Spoken) -> Quote:
    locations = tuple(_location(places, part) for part in spoken.parts)
    text = "\n\n".join(texts[part.paragraph][part.start : part.end] for part in spoken.parts)
    cue, cue_location = _cue(places, texts, spoken.cue)
    speaker = _source(places, texts, spoken.speaker) if spoken.speaker is not None else None
    kind = QuoteKind.PARTIAL if spoken.partial else QuoteKind.INLINE
    return Quote(text, locations, speaker, cue, cue_location, kind)


def _attribution(places: list[_Place], texts: list[str], claim: Claimed) -> Attribution | None:
    source = _source(places, texts, claim.source)
    if source is None:
        return None
    span = claim.content
    cue, cue_location = _cue(places, texts, claim.cue)
    return Attribution(source, texts[span.paragraph][span.start : span.end], _location(places, span), cue, cue_location)


# a credit closing a pull quote's last paragraph: "... with them.- Florence Pugh", "... — Ann Lee"
_DASH_CREDIT = re.compile(r"\s*[-—–―]\s*(?P<name>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s*\Z")


def _block_quote(article: Article, s_index: int, b_index: int, block: Blockquote) -> Quote | None:
    """A blockquote as one quote, enclosing marks trimmed, its citation (or a closing dash and name) as the
    speaker. A paragraph of marks alone (a pull quote's decoration) is no part of it; None when nothing is left."""
    locations = []
    parts = []
    credit: str | None = None
    credit_location: Location | None = None
    last = len(block.paragraphs) - 1
    for p_index, paragraph in enumerate(block.paragraphs):
        text = paragraph.text
        if not any(char.isalnum() for char in text):
            continue  # "“„": the marks a pull quote is drawn with
        start, end = 0, len(text)
        if p_index == last and block.citation is None:
            dash = _DASH_CREDIT.search(text)
            if dash is not None and dash.start() > 0 and text[dash.start() - 1] in ".!?”\"’'":
                credit, end = dash.group("name"), dash.start()
                credit_location = Location(s_index, b_index, dash.start("name"), dash.end("name"), (p_index,))
        if len(text) > 2 and text[0] in _OPENING:
            start = 1
        if end - start > 1 and text[end - 1] in _CLOSING and (start == 1 or text.count(text[end - 1]) % 2 == 1):
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            start, end = 0, len(text)
        locations.append(Location(s_index, b_index, start, end, (p_index,)))
        parts.append(text[start:end])
    if not parts:
        return None
    speaker = None
    if block.citation is not None:
        citation = _line(block.citation.text.lstrip("—–-― "))
        if citation is not None:
            name = _line(citation.split(",")[0])
            speaker = Source(name=name, mention=citation, kind=SourceKind.UNKNOWN)
    elif credit is not None:
        speaker = Source(name=credit, mention=credit, mention_location=credit_location, kind=SourceKind.UNKNOWN)
    return Quote("\n\n".join(parts), tuple(locations), speaker, kind=QuoteKind.BLOCK)


def extract_quotes(article: Article) -> Article:
    """Return ``article`` with every quote and attribution of its body found.

    Paragraphs and list items are searched for quote marks and reported speech;
    each blockquote is one block quote whose speaker is its citation, unless it excerpts a
    report that credits quotes of its own (then those are its quotes). Headings are
    never speech. The article's text and sections are left as they are; earlier
    ``quotes`` and ``attributions`` are replaced.
    """
    places: list[_Place] = []
    texts: list[str] = []
    for place, text in _running_texts(article):
        places.append(place)
        texts.append(text)
    findings = find_quotes(texts)
    quotes = [_quote(places, texts, spoken) for spoken in findings.quotes]
    attributions = [a for a in (_attribution(places, texts, c) for c in findings.claims) if a is not None]
    for s_index, section in enumerate(article.sections):
        for b_index, block in enumerate(section.blocks):
            if isinstance(block, Blockquote):
                excerpt = _excerpt(s_index, b_index, block)
                if excerpt is not None:
                    quotes.extend(excerpt[0])
                    attributions.extend(excerpt[1])
                    continue
                quote = _block_quote(article, s_index, b_index, block)
                if quote is not None:
                    quotes.append(quote)
    quotes.sort(key=lambda q: (q.location.section, q.location.block, q.location.path, q.location.start))
    attributions.sort(key=lambda a: (a.location.section, a.location.block, a.location.path, a.location.start))
    return attrs.evolve(article, quotes=tuple(quotes), attributions=tuple(attributions))


def _excerpt(s_index: int, b_index: int, block: Blockquote) -> tuple[list[Quote], list[Attribution]] | None:
    """The quotes and claims of a blockquote that excerpts a report ("“No more handouts,” Breed said at a news
    conference. “People are not ...”"): when its paragraphs credit a quote of their own to a named speaker
    with a cue, and it has no citation, its quotes are those, not the blockquote whole."""
    if block.citation is not None:
        return None
    texts = [paragraph.text for paragraph in block.paragraphs]
    findings = find_quotes(texts)
    if not any(
        spoken.cue is not None and spoken.speaker is not None and spoken.speaker.name for spoken in findings.quotes
    ):
        return None
    places: list[_Place] = [(s_index, b_index, (p_index,)) for p_index in range(len(texts))]
    quotes = [_quote(places, texts, spoken) for spoken in findings.quotes]
    claims = [a for a in (_attribution(places, texts, c) for c in findings.claims) if a is not None]
    return quotes, claims
