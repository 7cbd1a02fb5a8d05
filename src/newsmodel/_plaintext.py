"""Plain text both ways: ``from_text`` reads an article's text, ``to_text`` writes it back.

The layout (see docs/plaintext.md)::

    International                                   category (kicker) line, optional
    Headline of the article                          the headline
    The dek, when a byline or date line follows      optional
    By Jane Doe and John Roe                         byline / date lines, optional
    Published March 5, 2024
    WASHINGTON (AP) — The first paragraph ...        dateline, optional
    A sub-heading                                    short, no closing punctuation
    - a bulleted item / 1. a numbered item
    Related Posts                                    related posts, their titles listed
    - Title of another article

Chunks are separated by blank lines. The reading rules are general: a table of named
steps (:data:`_BODY_STEPS` picks what each chunk is), the vocabularies in
:mod:`newsmodel._plaintext_vocab`, and line tests in :mod:`newsmodel._plaintext_lines`.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Sequence
from datetime import date
from typing import Any

import attrs

from ._errors import ModelError
from ._limits import Limits, check_size
from ._model import Article, Block, ListBlock, ListItem, Paragraph, Person, Preformatted, RelatedPost, Section
from ._normal import normalize_text
from ._plaintext_lines import (
    ESCAPE,
    Chunk,
    Line,
    byline_names,
    chunks_of,
    closes,
    hash_heading,
    inline_related,
    is_author_box,
    is_caps,
    is_category_line,
    is_header_line,
    is_heading_like,
    is_related_heading,
    is_widget,
    list_marker,
    names_more_from,
    numbered_heading_depth,
    parse_date,
)
from ._plaintext_vocab import CATEGORY_SEPARATOR, DATELINE_ALONE, DATELINE_PREFIX, HEADER_LABEL

__all__ = ["from_text", "read_article", "to_text"]

#: Headlines longer than this are taken for paragraphs.
_MAX_HEADLINE = 300
#: A dek is one line of at most this many characters.
_MAX_DEK = 400
#: A wrapped text's width lies in this range (e-mail, newsletters, terminals).
_WRAP_WIDTHS = range(30, 101)

# --------------------------------------------------------------------------- the entry points


def from_text(text: str, *, limits: Limits | None = None, quotes: bool = True) -> Article:
    """Read a plain-text article: its header, body with sub-headings and lists, related posts.

    Quotes and attributions are then found by :func:`newsmodel._quotes.extract_quotes`
    (unless ``quotes`` is false).

    Raises:
        TypeError: ``text`` is not a str (decode bytes first).
        InputTooLargeError: ``text`` is larger than ``limits.max_input_bytes`` (the
            one size limit of every reader, :class:`newsmodel.Limits`).
    """
    if not isinstance(text, str):
        raise TypeError(f"from_text() takes a str, got {type(text).__name__}; decode bytes first")
    check_size(text, "text", limits)
    from ._quotes import extract_quotes

    article = read_article(text)
    if not quotes:
        return article
    try:
        return extract_quotes(article)
    except ModelError as error:
        # The quote extractor built an invalid quote: keep the article's structure (what
        # this reader is responsible for) and say what was lost, rather than fail the read.
        warnings.warn(f"quotes and attributions left out: {error}", RuntimeWarning, stacklevel=2)
        return article


def to_text(article: Article) -> str:
    """Write an article in the layout :func:`from_text` reads (see docs/plaintext.md)."""
    from ._plaintext_writer import write_article

    return write_article(article)


def read_article(text: str) -> Article:
    """Read the structure of a plain-text article, without looking for quotes."""
    chunks = chunks_of(text)
    width = _wrap_width(chunks)
    if len(chunks) == 1 and _splittable(chunks[0]):
        chunks = _line_chunks(chunks[0], width)
    header, start = _read_header(chunks)
    body = chunks[start:]
    if len(body) == 1 and _splittable(body[0]):
        body = _line_chunks(body[0], width)
    items = _read_items(body, width)
    _resolve_headings(items)
    fields = header.fields
    if items and items[0].kind == "para" and not items[0].escaped and "dateline" not in fields:
        _split_dateline(items[0], fields)
    box_authors = [name for item in items if item.kind == "box" for name in item.payload]
    if box_authors and not fields.get("authors"):
        fields["authors"] = tuple(Person(name) for name in dict.fromkeys(box_authors))
    related = [title for item in items if item.kind == "related" for title in item.payload]
    fields["related_posts"] = tuple(RelatedPost(title) for title in related)
    fields["sections"] = _sections(items)
    return Article(**fields)


# --------------------------------------------------------------------------- wrapped text


def _plain_line(line: Line) -> bool:
    return not line.escaped and list_marker(line.text) is None and not line.text.startswith("#")


def _wrap_width(chunks: Sequence[Chunk]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when its lines are not wrapped.

    Lines are wrapped when most lines followed by another line of the same chunk are
    *full*: the next line's first word would not have fitted after them within the
    longest line's length, and that length is a usual wrapping width.
    """
    width = 0
    for chunk in chunks:
        if chunk.pre is None:
            for line in chunk.lines:
                width = max(width, len(line.text) + line.indent)
    if width not in _WRAP_WIDTHS:
        return None
    pairs = full = 0
    for chunk in chunks:
        if chunk.pre is not None:
            continue
        lines = chunk.lines
        for before, after in itertools.pairwise(lines):
            if _plain_line(before) and _plain_line(after):
                pairs += 1
                if _full(before, after, width):
                    full += 1
    return width if pairs >= 2 and full * 2 >= pairs else None


def _full(before: Line, after: Line, width: int) -> bool:
    first_word = after.text.split(maxsplit=1)[0]
    return before.indent + len(before.text) + 1 + len(first_word) > width


def _splittable(chunk: Chunk) -> bool:
    """Tell whether a lone chunk is single-newline text: each line (or wrapped run) a chunk of its own."""
    lines = chunk.lines
    return (
        chunk.pre is None
        and len(lines) > 1
        and not lines[0].escaped
        and list_marker(lines[0].text) is None
        and not all(HEADER_LABEL.fullmatch(line.text) for line in lines)
    )


def _line_chunks(chunk: Chunk, width: int | None) -> list[Chunk]:
    """Cut single-newline text into chunks: one per line, or per wrapped paragraph."""
    out: list[Chunk] = []
    current: list[Line] = []
    lines = chunk.lines
    for index, line in enumerate(lines):
        if current and (list_marker(line.text) is not None) != (list_marker(current[0].text) is not None):
            out.append(Chunk(tuple(current)))
            current = []
        current.append(line)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is None:
            break
        in_list = list_marker(current[0].text) is not None
        if in_list:
            if list_marker(following.text) is not None or following.indent > current[0].indent:
                continue
        elif (
            width is not None
            and _plain_line(line)
            and _plain_line(following)
            and (_full(line, following, width) or not (closes(line.text) or is_heading_like(line.text)))
        ):
            continue
        out.append(Chunk(tuple(current)))
        current = []
    if current:
        out.append(Chunk(tuple(current)))
    return out


# --------------------------------------------------------------------------- the header


@attrs.define
class _Header:
    fields: dict[str, Any] = attrs.field(factory=dict)


def _single(chunk: Chunk | None) -> str | None:
    """The text of a chunk of one plain line, or None."""
    if chunk is None or chunk.pre is not None or len(chunk.lines) != 1:
        return None
    text = chunk.lines[0].text
    return None if text.startswith(ESCAPE) else text


def _headline_like(text: str | None) -> bool:
    return (
        text is not None
        and len(text) <= _MAX_HEADLINE
        and list_marker(text) is None
        and hash_heading(text) is None
        and not is_header_line(text)
        and not is_widget(text)
        and not is_related_heading(text)
        and not is_author_box(text)
        and HEADER_LABEL.fullmatch(text) is None
    )


def _read_header(chunks: Sequence[Chunk]) -> tuple[_Header, int]:
    """Read the header: category, headline, dek, byline, date lines. Returns it and where the body starts."""
    header = _Header()
    if chunks and chunks[0].pre is None and all(HEADER_LABEL.fullmatch(line.text) for line in chunks[0].lines):
        _read_labels(chunks[0].lines, header.fields)
        return header, 1
    fields = header.fields
    at = 0

    def get(position: int) -> Chunk | None:
        return chunks[position] if position < len(chunks) else None

    first, second = _single(get(0)), _single(get(1))
    if (
        first is not None
        and is_category_line(first)
        and _headline_like(second)
        and second is not None
        and (not closes(second) or len(second.split()) > 5)
        and DATELINE_PREFIX.match(second[:160]) is None
    ):
        fields["categories"] = _categories(first)
        at = 1
    headline = _single(get(at))
    top = get(at)
    if headline is None and top is not None and _titled_chunk(top):
        # The headline with its dek (or a byline, a date) on the next lines of one chunk.
        fields["headline"] = normalize_text(top.lines[0].text)
        for line in top.lines[1:]:
            if is_header_line(line.text):
                _read_header_line(line.text, fields)
            else:
                fields["alternative_headline"] = normalize_text(line.text)
        at += 1
    elif _headline_like(headline) and headline is not None:
        fields["headline"] = normalize_text(headline)
        at += 1
        dek = _single(get(at))
        after = get(at + 1)
        if (
            dek is not None
            and len(dek) <= _MAX_DEK
            and _headline_like(dek)
            and after is not None
            and (_header_chunk(after) or _starts_with_dateline(after))
        ):
            fields["alternative_headline"] = normalize_text(dek)
            at += 1
    while (chunk := get(at)) is not None and _header_chunk(chunk):
        for line in chunk.lines:
            _read_header_line(line.text, fields)
        at += 1
    return header, at


def _titled_chunk(chunk: Chunk) -> bool:
    """Tell whether a chunk is a headline over its dek and header lines ("Title\nDek", "Title\nBy X")."""
    lines = chunk.lines
    if chunk.pre is not None or len(lines) < 2 or any(line.escaped for line in lines):
        return False
    if not _headline_like(lines[0].text):
        return False
    rest = [line.text for line in lines[1:]]
    deks = [text for text in rest if not is_header_line(text)]
    return len(deks) <= 1 and all(len(text) <= _MAX_DEK and _headline_like(text) for text in deks)


def _categories(text: str) -> tuple[str, ...]:
    parts = [normalize_text(part) for part in CATEGORY_SEPARATOR.split(text)]
    return tuple(dict.fromkeys(part for part in parts if part))


def _header_chunk(chunk: Chunk) -> bool:
    return chunk.pre is None and all(not line.escaped and is_header_line(line.text) for line in chunk.lines)


def _starts_with_dateline(chunk: Chunk) -> bool:
    return (
        chunk.pre is None
        and not chunk.lines[0].escaped
        and DATELINE_PREFIX.match(chunk.lines[0].text[:160]) is not None
    )


def _read_header_line(text: str, fields: dict[str, Any]) -> None:
    names = byline_names(text)
    if names is not None and "byline" not in fields:
        fields["byline"] = normalize_text(text)
        fields["authors"] = tuple(Person(name) for name in split_names(names))
        return
    found = parse_date(text)
    if found is not None:
        key = "date_modified" if found[0] == "modified" else "date_published"
        fields.setdefault(key, found[1])
        return
    if DATELINE_ALONE.fullmatch(text) and "dateline" not in fields:
        fields["dateline"] = normalize_text(text)


def _read_labels(lines: Sequence[Line], fields: dict[str, Any]) -> None:
    """Read the explicit header that to_text writes when the plain layout would be ambiguous."""
    categories: list[str] = []
    authors: list[Person] = []
    for line in lines:
        match = HEADER_LABEL.fullmatch(line.text)
        assert match is not None  # the caller checked every line
        label, value = match.group(1), normalize_text(match.group(2))
        if label == "Category":
            categories.append(value)
        elif label == "Author":
            authors.append(Person(value))
        elif label in ("Published", "Updated"):
            found = parse_date(value)
            if found is not None:
                fields.setdefault("date_modified" if label == "Updated" else "date_published", found[1])
        else:
            key = {"Headline": "headline", "Dek": "alternative_headline", "Byline": "byline", "Dateline": "dateline"}
            fields.setdefault(key[label], value)
    fields["categories"] = tuple(dict.fromkeys(categories))
    fields["authors"] = tuple(authors)


_NOT_PEOPLE = frozenset(
    {"staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "press", "associated"}
    | {"reuters", "ap", "afp", "dpa", "news", "agency", "wire", "service", "bureau", "desk", "team", "and"}
)


def split_names(names: str) -> list[str]:
    """The people in a byline's names part: "Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]."""
    pieces: list[str] = []
    for part in (
        names.replace(" & ", ", ").replace(" and ", ", ").replace(" und ", ", ").replace(" y ", ", ").split(",")
    ):
        name = normalize_text(part).rstrip(".").strip()
        if not name:
            continue
        words = name.split()
        if len(words) > 5 or not name[0].isupper() or all(word.lower() in _NOT_PEOPLE for word in words):
            continue
        if any(word.lower() in _NOT_PEOPLE for word in words) and len(words) <= 2 and words[-1].lower() in _NOT_PEOPLE:
            continue
        pieces.append(name)
    return list(dict.fromkeys(pieces))


def _split_dateline(item: _Item, fields: dict[str, Any]) -> None:
    text = item.payload
    match = DATELINE_PREFIX.match(text[:160])
    if match is None:
        return
    rest = normalize_text(text[match.end() :], multiline=True)
    if rest:
        fields["dateline"] = normalize_text(match.group(1))
        item.payload = rest


# --------------------------------------------------------------------------- the body


@attrs.define
class _Item:
    """What one chunk of the body turned out to be."""

    #: "para", "list", "pre", "heading", "candidate" (a heading if content follows),
    #: "related", "box" (an author box), "widget".
    kind: str
    payload: Any = None
    level: int = 2
    escaped: bool = False


def _read_items(chunks: Sequence[Chunk], width: int | None) -> list[_Item]:
    items: list[_Item] = []
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        index += 1
        if chunk.pre is not None:
            text, language = chunk.pre
            items.append(_Item("pre", Preformatted(text, language or None)) if text else _Item("widget"))
            continue
        lines = chunk.lines
        first = lines[0]
        if first.escaped:
            items.append(_Item("para", _join(lines, None, escaped_first=True), escaped=True))
            continue
        step = _one_line(first.text) if len(lines) == 1 else None
        if step is not None:
            if step.kind == "related" and step.payload == []:
                titles, index = _related_titles(chunks, index)
                if not titles and names_more_from(first.text):
                    # "More from the mayor's speech:" before a paragraph: no list follows, the line is the text's own
                    items.extend(_runs(lines, width))
                    continue
                step.payload = titles
            items.append(step)
            continue
        if is_related_heading(first.text) and all(list_marker(line.text) is not None for line in lines[1:]):
            titles = [normalize_text(marker[2]) for line in lines[1:] if (marker := list_marker(line.text))]
            items.append(_Item("related", [title for title in titles if title]))
            continue
        if all(is_widget(line.text) or is_author_box(line.text) or _name_like(line.text) for line in lines) and any(
            is_widget(line.text) or is_author_box(line.text) for line in lines
        ):
            names = [normalize_text(line.text) for line in lines if _name_like(line.text)]
            items.append(_Item("box", names) if any(is_author_box(line.text) for line in lines) else _Item("widget"))
            continue
        heading = hash_heading(first.text)
        if heading is not None:
            items.append(_Item("heading", normalize_text(heading[1]), heading[0]))
            lines = lines[1:]
        items.extend(_runs(lines, width))
    return items


def _one_line(text: str) -> _Item | None:
    """Read a chunk of one line when it is a widget, a heading or a related-posts promotion."""
    if is_widget(text):
        return _Item("widget")
    if is_author_box(text):
        return _Item("box", [])
    if is_related_heading(text):
        return _Item("related", [])
    title = inline_related(text)
    if title is not None:
        return _Item("related", [normalize_text(title)])
    heading = hash_heading(text)
    if heading is not None:
        return _Item("heading", normalize_text(heading[1]), heading[0])
    if is_heading_like(text):
        depth = numbered_heading_depth(text)
        return _Item("candidate", normalize_text(text), 1 + depth if depth else 0)
    return None


def _related_titles(chunks: Sequence[Chunk], index: int) -> tuple[list[str], int]:
    """The titles listed after a related-posts heading: list chunks and short unpunctuated lines."""
    titles: list[str] = []
    while index < len(chunks):
        chunk = chunks[index]
        if chunk.pre is not None or chunk.lines[0].escaped:
            break
        markers = [list_marker(line.text) for line in chunk.lines]
        if all(marker is not None and not marker[0] for marker in markers):
            titles.extend(normalize_text(marker[2]) for marker in markers if marker and marker[2])
        elif len(chunk.lines) == 1 and (is_widget(chunk.lines[0].text) or is_author_box(chunk.lines[0].text)):
            pass
        elif (
            len(chunk.lines) == 1
            and len(chunk.lines[0].text) <= 200
            and not closes(chunk.lines[0].text.rstrip("?!"))
            and chunk.lines[0].text[-1:] not in ".:;,"
            and not is_related_heading(chunk.lines[0].text)
        ):
            titles.append(normalize_text(chunk.lines[0].text))
        else:
            break
        index += 1
    return [title for title in titles if title], index


def _name_like(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 4
        and len(text) <= 40
        and all(word[:1].isupper() for word in words)
        and not any(ch.isdigit() for ch in text)
        and not closes(text)
    )


def _runs(lines: Sequence[Line], width: int | None) -> list[_Item]:
    """Cut a chunk into paragraphs and lists."""
    items: list[_Item] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.escaped and list_marker(line.text) is not None:
            block, index = _read_list(lines, index, width)
            items.append(_Item("list", block))
            continue
        start = index
        index += 1
        while index < len(lines) and (lines[index].escaped or list_marker(lines[index].text) is None):
            index += 1
        items.append(_Item("para", _join(lines[start:index], width)))
    return items


def _join(lines: Sequence[Line], width: int | None, *, escaped_first: bool = False) -> str:
    """Join a paragraph's lines: with line breaks, or with spaces where the text was hard-wrapped."""
    parts: list[str] = []
    for number, line in enumerate(lines):
        text = line.text
        escaped = text.startswith(ESCAPE)
        if escaped:
            text = text[1:]
        if number and width is not None and not escaped:
            parts.append(" ")
        elif number:
            parts.append("\n")
        parts.append(text)
    return normalize_text("".join(parts), multiline=True)


@attrs.define
class _Level:
    indent: int
    ordered: bool
    start: int
    items: list[list[Any]] = attrs.field(factory=list)  # [text lines, children]


def _read_list(lines: Sequence[Line], index: int, width: int | None) -> tuple[ListBlock, int]:
    """Read a (possibly nested) list from ``lines[index]``; nesting follows indentation."""
    stack: list[_Level] = []
    base = lines[index].indent
    while index < len(lines):
        line = lines[index]
        marker = None if line.escaped else list_marker(line.text)
        if marker is None:
            if line.indent > base or line.escaped:
                stack[-1].items[-1][0].append(line)
                index += 1
                continue
            break
        ordered, number, text = marker
        if stack and line.indent < base:
            break
        while len(stack) > 1 and line.indent < stack[-1].indent:
            _close(stack, width)
        top = stack[-1] if stack else None
        if top is None or (line.indent > top.indent and top.items):
            stack.append(_Level(line.indent, ordered, number))
        elif top.ordered != ordered:
            if len(stack) == 1:
                break
            _close(stack, width)
            stack.append(_Level(line.indent, ordered, number))
        stack[-1].items.append([[Line(line.indent, ESCAPE + text)] if text else [], []])
        index += 1
    while len(stack) > 1:
        _close(stack, width)
    return _list_block(stack[0], width), index


def _close(stack: list[_Level], width: int | None) -> None:
    level = stack.pop()
    stack[-1].items[-1][1].append(_list_block(level, width))


def _list_block(level: _Level, width: int | None) -> ListBlock:
    items = []
    for text_lines, children in level.items:
        text = _join(text_lines, width) if text_lines else ""
        if not text and not children:
            text = "-"
        items.append(ListItem(text, (), tuple(children)))
    return ListBlock(tuple(items), level.ordered, level.start if level.ordered else 1)


def _resolve_headings(items: list[_Item]) -> None:
    """Decide which candidate lines are sub-headings, and their levels.

    A candidate is a heading when content (a paragraph, a list, another heading) follows
    it; a name-like candidate just before an author box is the box's author. Levels:
    "#" marks and numbering give theirs; ALL-CAPS headings rank above the others when a
    text has both.
    """
    content = {"para", "list", "pre", "heading", "candidate"}
    following = False
    for position in range(len(items) - 1, -1, -1):
        item = items[position]
        if item.kind == "candidate":
            nxt = items[position + 1] if position + 1 < len(items) else None
            if nxt is not None and nxt.kind == "box" and _name_like(item.payload):
                nxt.payload = [item.payload, *nxt.payload]
                item.kind = "widget"
                continue
            if not following:
                item.kind = "para"
        if item.kind in content:
            following = True
    plain = [item for item in items if item.kind == "candidate" and item.level == 0]
    caps = [item for item in plain if is_caps(item.payload)]
    mixed = len(caps) not in (0, len(plain))
    for item in items:
        if item.kind == "candidate":
            if item.level == 0:
                item.level = 3 if mixed and not is_caps(item.payload) else 2
            item.level = min(item.level, 6)
            item.kind = "heading"


def _sections(items: Sequence[_Item]) -> tuple[Section, ...]:
    sections: list[Section] = []
    heading: str | None = None
    level = 1
    blocks: list[Block] = []
    for item in items:
        if item.kind == "heading":
            if not item.payload:
                continue  # "# " and control characters alone: nothing is left of the heading once cleaned
            if heading is not None or blocks:
                sections.append(Section(heading, level, tuple(blocks)))
            heading, level, blocks = item.payload, item.level, []
        elif item.kind == "para":
            if item.payload:
                blocks.append(Paragraph(item.payload))
        elif item.kind in ("list", "pre"):
            blocks.append(item.payload)
    if heading is not None or blocks:
        sections.append(Section(heading, level, tuple(blocks)))
    return tuple(sections)


def date_line(kind: str, value: date) -> str:
    """A header line for a date, as :func:`from_text` reads it back."""
    from ._plaintext_lines import format_date

    return ("Updated " if kind == "modified" else "Published ") + format_date(value)
