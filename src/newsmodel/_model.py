"""The article model: frozen attrs classes that every format reads and writes.

The model is the hub of newsmodel: format modules import it, it imports no format.
All classes are frozen, slotted and compared by value; sequences are tuples (lists are
accepted and converted). Invalid values raise :class:`~newsmodel.ModelError` at
construction. The normal form of text is described in :mod:`newsmodel._normal` and in
docs/model.md.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, TypeAlias

import attrs

from ._errors import ModelError
from ._normal import is_url, normalize_preformatted, normalize_text

__all__ = [
    "Article",
    "Attribution",
    "Block",
    "Blockquote",
    "Cell",
    "Code",
    "DateValue",
    "Embed",
    "Emphasis",
    "Figure",
    "Image",
    "Inline",
    "Link",
    "ListBlock",
    "ListItem",
    "Location",
    "Mark",
    "Organization",
    "Paragraph",
    "Person",
    "Preformatted",
    "Quote",
    "QuoteKind",
    "RelatedPost",
    "Section",
    "Source",
    "SourceKind",
    "Strong",
    "Table",
]

DateValue: TypeAlias = date | datetime
# An alias that a field named ``date`` cannot shadow when annotations are resolved.
_Date: TypeAlias = date


# --------------------------------------------------------------------------- validators


def _fail(inst: Any, attribute: attrs.Attribute[Any], problem: str) -> ModelError:
    return ModelError(f"{type(inst).__name__}.{attribute.name}: {problem}", field=attribute.name)


def _check_inline(inst: Any, attribute: attrs.Attribute[Any], value: str, *, multiline: bool) -> None:
    if not isinstance(value, str):
        raise _fail(inst, attribute, f"expected a string, got {type(value).__name__}")
    if not value:
        raise _fail(inst, attribute, "must not be empty")
    if not _plainly_normal(value, multiline=multiline) and normalize_text(value, multiline=multiline) != value:
        raise _fail(
            inst,
            attribute,
            f"text is not in normal form (NFC, single spaces, no control characters, "
            f"no whitespace at the ends{', line breaks as single line feeds' if multiline else ''}): "
            f"{_preview(value)}; use newsmodel.normalize_text()",
        )


def _plainly_normal(value: str, *, multiline: bool) -> bool:
    """True when non-empty ``value`` is plainly in normal form (False: not known, ask ``normalize_text``).

    A printable line (no control character, surrogate, nor white space but the plain
    space) in NFC, with no double space and none at its ends, is what ``normalize_text``
    gives back unchanged; so are such lines joined by single line feeds, when line
    breaks are allowed. The test spares the normalizer's searches on text a parser has
    just normalised (most of what the validators see).
    """
    if value.isprintable():
        # (one line, read once: most values)
        if not value or value[0] == " " or value[-1] == " " or "  " in value:
            return False
    elif multiline and "\n" in value:
        for line in value.split("\n"):
            if not line or line[0] == " " or line[-1] == " " or "  " in line or not line.isprintable():
                return False
    else:
        return False
    return value.isascii() or unicodedata.is_normalized("NFC", value)


def _preview(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


def _line(inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """Validate one line of inline text: non-empty, normal form, no line feed."""
    _check_inline(inst, attribute, value, multiline=False)


def _optional_line(inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _check_inline(inst, attribute, value, multiline=False)


def _lines(inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """Validate inline text that may hold line breaks."""
    _check_inline(inst, attribute, value, multiline=True)


def _optional_lines(inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _check_inline(inst, attribute, value, multiline=True)


def _each_line(inst: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for item in value:
        _check_inline(inst, attribute, item, multiline=False)
    if len(set(value)) != len(value):
        raise _fail(inst, attribute, "holds the same value twice")


def _check_url(inst: Any, attribute: attrs.Attribute[Any], value: str | None, *, mailto: bool = False) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not is_url(value, mailto=mailto):
        kinds = "http(s) or mailto" if mailto else "http(s)"
        raise _fail(
            inst,
            attribute,
            f"expected an absolute ASCII {kinds} URL, got {_preview(str(value))}; use newsmodel.normalize_url()",
        )


def _url(inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Validate an absolute http(s) URL (or None)."""
    _check_url(inst, attribute, value)


def _href(inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """Validate a link target: an absolute http(s) or mailto URL."""
    _check_url(inst, attribute, value, mailto=True)


def _check_date(inst: Any, attribute: attrs.Attribute[Any], value: date | None) -> None:
    if value is not None and not isinstance(value, date):
        raise _fail(inst, attribute, f"expected a date or datetime, got {type(value).__name__}")


def _fixed_zone(value: Any) -> Any:
    """Turn any tzinfo into a fixed-offset ``datetime.timezone`` (what ISO 8601 carries)."""
    if isinstance(value, datetime) and value.tzinfo is not None and type(value.tzinfo) is not timezone:
        offset = value.utcoffset()
        if offset is None:
            return value.replace(tzinfo=None)
        zone = UTC if offset == timedelta(0) else timezone(offset)
        return value.replace(tzinfo=zone)
    return value


_LANGUAGE = re.compile(r"\A[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-[A-Za-z0-9]{1,8})*\Z")


def _canonical_language(value: Any) -> Any:
    """Put a BCP 47 tag in its canonical case: ``en-us`` -> ``en-US``, ``zh-hant`` -> ``zh-Hant``."""
    if not isinstance(value, str):
        return value
    parts = value.replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def _check_language(inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not _LANGUAGE.match(value)):
        raise _fail(inst, attribute, f"expected a BCP 47 language tag such as 'en' or 'pt-BR', got {value!r}")


def _positive(inst: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
        raise _fail(inst, attribute, f"expected a positive integer, got {value!r}")


def _non_negative(inst: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _fail(inst, attribute, f"expected a non-negative integer, got {value!r}")


def _of_type(*types: type) -> Any:
    names = " or ".join(t.__name__ for t in types)

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, types):
            raise _fail(inst, attribute, f"expected {names}, got {type(value).__name__}")

    return check


def _optional_of_type(*types: type) -> Any:
    check = _of_type(*types)

    def optional(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            check(inst, attribute, value)

    return optional


def _each_of_type(*types: type) -> Any:
    names = " or ".join(t.__name__ for t in types)

    def check(inst: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, types):
                raise _fail(inst, attribute, f"item {index}: expected {names}, got {type(item).__name__}")

    return check


def _to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, str | bytes):
        raise ModelError(f"expected a sequence of items, got a {type(value).__name__}")
    return tuple(value)


# --------------------------------------------------------------------------- inline marks


@attrs.frozen
class Link:
    """A hyperlink over ``text[start:end]``."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    #: The target: an absolute http(s) or mailto URL.
    href: str = attrs.field(validator=_href)
    #: The link's title (its tooltip), when it has one.
    title: str | None = attrs.field(default=None, validator=_optional_line)


@attrs.frozen
class Emphasis:
    """Emphasised text (``<em>``, ``*text*``) over ``text[start:end]``."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)


@attrs.frozen
class Strong:
    """Strong text (``<strong>``, ``**text**``) over ``text[start:end]``."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)


@attrs.frozen
class Code:
    """Inline code (``<code>``, backticks) over ``text[start:end]``; holds no other mark."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)


Mark: TypeAlias = Link | Emphasis | Strong | Code
MARK_TYPES: tuple[type, ...] = (Link, Emphasis, Strong, Code)
_MARK_RANK = {Link: 0, Strong: 1, Emphasis: 2, Code: 3}


def mark_sort_key(mark: Mark) -> tuple[int, int, int]:
    """The order marks are kept in: by start, outer (longer) first, then by kind."""
    return (mark.start, -mark.end, _MARK_RANK[type(mark)])


def check_marks(owner: str, text: str, marks: tuple[Mark, ...]) -> None:
    """Check that ``marks`` are well-formed ranges over ``text``.

    The rules, which every format relies on: each mark covers a non-empty range within
    the text that neither starts nor ends with whitespace and never cuts before a
    combining character; marks are sorted (see :func:`mark_sort_key`) and nest
    properly (no partial overlap); a mark never sits inside, or touches, another mark
    of its own kind; links never nest; inline code holds no other mark.
    """
    size = len(text)
    previous: Mark | None = None
    open_marks: list[Mark] = []
    for index, mark in enumerate(marks):
        where = f"{owner}.marks[{index}]"
        if not isinstance(mark, MARK_TYPES):
            raise ModelError(f"{where}: expected Link, Emphasis, Strong or Code, got {type(mark).__name__}")
        start, end = mark.start, mark.end
        if not start < end <= size:
            raise ModelError(f"{where}: range {start}:{end} is not a non-empty range within the text (length {size})")
        if text[start].isspace() or text[end - 1].isspace():
            raise ModelError(f"{where}: range {start}:{end} starts or ends with whitespace")
        if _cuts_cluster(text, start) or _cuts_cluster(text, end):
            raise ModelError(f"{where}: range {start}:{end} cuts a character from its combining mark")
        if previous is not None and mark_sort_key(mark) <= mark_sort_key(previous):
            raise ModelError(f"{where}: marks must be sorted by start, outer marks first, without duplicates")
        while open_marks and open_marks[-1].end <= start:
            closed = open_marks.pop()
            if type(closed) is type(mark) and closed.end == start:
                raise ModelError(f"{where}: touches another {type(mark).__name__} mark; merge them into one")
        if open_marks and end > open_marks[-1].end:
            raise ModelError(f"{where}: range {start}:{end} overlaps another mark without nesting in it")
        for outer in open_marks:
            if isinstance(outer, Code):
                raise ModelError(f"{where}: inline code may not hold another mark")
            if type(outer) is type(mark) or (isinstance(outer, Link) and isinstance(mark, Link)):
                raise ModelError(f"{where}: a {type(mark).__name__} mark nests inside another one")
        open_marks.append(mark)
        previous = mark


def _cuts_cluster(text: str, offset: int) -> bool:
    return 0 < offset < len(text) and unicodedata.category(text[offset]).startswith("M")


def _marks_field() -> Any:
    return attrs.field(default=(), converter=_to_tuple, validator=_each_of_type(*MARK_TYPES))


# --------------------------------------------------------------------------- inline text


@attrs.frozen
class Inline:
    """A run of inline text with its marks: a caption, a citation."""

    #: The plain text (normal form; may hold line breaks).
    text: str = attrs.field(validator=_lines)
    #: Links, emphasis, strong and code, as ranges over ``text``.
    marks: tuple[Mark, ...] = _marks_field()

    def __attrs_post_init__(self) -> None:
        check_marks("Inline", self.text, self.marks)


# --------------------------------------------------------------------------- blocks


@attrs.frozen
class Paragraph:
    """A paragraph of body text."""

    #: The plain text (normal form; single line feeds are line breaks).
    text: str = attrs.field(validator=_lines)
    #: Links, emphasis, strong and code, as ranges over ``text``.
    marks: tuple[Mark, ...] = _marks_field()

    def __attrs_post_init__(self) -> None:
        check_marks("Paragraph", self.text, self.marks)


def _item_text(inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if value == "" and isinstance(value, str):
        return
    _check_inline(inst, attribute, value, multiline=True)


@attrs.frozen
class ListItem:
    """One item of a list: its text, and the lists nested in it."""

    #: The item's own text (may be empty when the item holds only nested lists).
    text: str = attrs.field(validator=_item_text)
    marks: tuple[Mark, ...] = _marks_field()
    #: Lists nested in this item, in order.
    children: tuple[ListBlock, ...] = attrs.field(default=(), converter=_to_tuple)

    def __attrs_post_init__(self) -> None:
        check_marks("ListItem", self.text, self.marks)
        for child in self.children:
            if not isinstance(child, ListBlock):
                raise ModelError(f"ListItem.children: expected ListBlock, got {type(child).__name__}")
        if not self.text and not self.children:
            raise ModelError("ListItem: an item needs text or a nested list")


@attrs.frozen
class ListBlock:
    """A bulleted or numbered list."""

    items: tuple[ListItem, ...] = attrs.field(converter=_to_tuple, validator=_each_of_type(ListItem))
    #: True for a numbered list.
    ordered: bool = attrs.field(default=False, validator=_of_type(bool))
    #: The number of the first item of a numbered list (1 unless the page says otherwise).
    start: int = attrs.field(default=1, validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if not self.items:
            raise ModelError("ListBlock.items: a list needs at least one item")
        if not self.ordered and self.start != 1:
            raise ModelError("ListBlock.start: only a numbered list has a start number")
        if _list_depth(self) > MAX_LIST_DEPTH:
            raise ModelError(f"ListBlock: lists nest more than {MAX_LIST_DEPTH} deep", field="items")


#: How deep lists may nest. Real pages stay under ten; every format can carry this many.
MAX_LIST_DEPTH = 32


def _list_depth(block: ListBlock) -> int:
    """How many lists deep ``block`` goes (1 for a flat list), counted without recursion."""
    depth = 0
    level = [block]
    while level and depth <= MAX_LIST_DEPTH:
        depth += 1
        level = [child for lst in level for item in lst.items for child in item.children]
    return depth


@attrs.frozen
class Cell:
    """One table cell (a single line of inline text, possibly empty)."""

    text: str = attrs.field(default="", validator=_of_type(str))
    marks: tuple[Mark, ...] = _marks_field()

    def __attrs_post_init__(self) -> None:
        if self.text and normalize_text(self.text) != self.text:
            raise ModelError(
                f"Cell.text: text is not in normal form (one line, NFC, single spaces): {_preview(self.text)}"
            )
        check_marks("Cell", self.text, self.marks)


def _to_rows(rows: Iterable[Iterable[Cell]]) -> tuple[tuple[Cell, ...], ...]:
    return tuple(_to_tuple(row) for row in _to_tuple(rows))


@attrs.frozen
class Table:
    """A table: header rows, body rows (all of one width), and an optional caption."""

    #: Header rows (``<thead>``), each a tuple of cells.
    header_rows: tuple[tuple[Cell, ...], ...] = attrs.field(default=(), converter=_to_rows)
    #: Body rows, each a tuple of cells.
    rows: tuple[tuple[Cell, ...], ...] = attrs.field(default=(), converter=_to_rows)
    caption: Inline | None = attrs.field(default=None, validator=_optional_of_type(Inline))

    def __attrs_post_init__(self) -> None:
        all_rows = self.header_rows + self.rows
        if not all_rows:
            raise ModelError("Table: a table needs at least one row")
        width = len(all_rows[0])
        if width == 0:
            raise ModelError("Table: rows need at least one cell")
        for index, row in enumerate(all_rows):
            if len(row) != width:
                raise ModelError(
                    f"Table: row {index} has {len(row)} cells, the first row has {width}; pad with empty cells"
                )
            for cell in row:
                if not isinstance(cell, Cell):
                    raise ModelError(f"Table: row {index}: expected Cell, got {type(cell).__name__}")

    @property
    def all_rows(self) -> tuple[tuple[Cell, ...], ...]:
        """Header rows then body rows: the order a location's row index counts in."""
        return self.header_rows + self.rows


@attrs.frozen
class Blockquote:
    """A block quotation: its paragraphs and, when given, who or what it cites."""

    paragraphs: tuple[Paragraph, ...] = attrs.field(converter=_to_tuple, validator=_each_of_type(Paragraph))
    #: The citation (``<cite>``, ``<footer>``, "— Name"), without a leading dash.
    citation: Inline | None = attrs.field(default=None, validator=_optional_of_type(Inline))

    def __attrs_post_init__(self) -> None:
        if not self.paragraphs:
            raise ModelError("Blockquote.paragraphs: a blockquote needs at least one paragraph")


@attrs.frozen
class Image:
    """A picture: its URL, alternative text and size."""

    url: str = attrs.field(validator=_url)
    alt: str | None = attrs.field(default=None, validator=_optional_line)
    width: int | None = attrs.field(default=None, validator=_positive)
    height: int | None = attrs.field(default=None, validator=_positive)


@attrs.frozen
class Figure:
    """A picture in the body (or the lead image) with its caption and credit."""

    image: Image = attrs.field(validator=_of_type(Image))
    caption: Inline | None = attrs.field(default=None, validator=_optional_of_type(Inline))
    #: The photo credit as printed, without "Photo:" or "©" prefixes kept apart.
    credit: str | None = attrs.field(default=None, validator=_optional_line)


@attrs.frozen
class Embed:
    """An embedded item (a post, a video, a map) kept as a link with its fallback text."""

    url: str = attrs.field(validator=_url)
    #: Who hosts it ("YouTube", "X", "Instagram"), when known.
    provider: str | None = attrs.field(default=None, validator=_optional_line)
    #: The text the page shows in place of the embed (a post's words, a video's title).
    text: str | None = attrs.field(default=None, validator=_optional_lines)


@attrs.frozen
class Preformatted:
    """Preformatted text (``<pre>``, fenced code) with its whitespace kept."""

    text: str = attrs.field()
    #: The language of code, when given ("python").
    language: str | None = attrs.field(default=None)

    @text.validator
    def _check_text(self, attribute: attrs.Attribute[Any], value: str) -> None:
        if not isinstance(value, str) or not value:
            raise _fail(self, attribute, "expected non-empty text")
        if normalize_preformatted(value) != value:
            raise _fail(
                self,
                attribute,
                "text is not in normal form (NFC, no control characters other than tab and line feed, "
                "no blank lines at the ends)",
            )

    @language.validator
    def _check_language(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and (not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9_+.#-]+", value)):
            raise _fail(self, attribute, f"expected a language name such as 'python', got {value!r}")


Block: TypeAlias = Paragraph | ListBlock | Table | Blockquote | Figure | Embed | Preformatted
BLOCK_TYPES: tuple[type, ...] = (Paragraph, ListBlock, Table, Blockquote, Figure, Embed, Preformatted)


@attrs.frozen
class Section:
    """A part of the body under one heading (or, for the first part, under none)."""

    #: The heading as printed, or None for the part before the first heading.
    heading: str | None = attrs.field(default=None, validator=_optional_line)
    #: The heading's level: 2 to 6 (``<h2>`` .. ``<h6>``, ``##`` ..); 1 for the part
    #: without a heading, which sits directly under the headline.
    level: int = attrs.field(default=1)
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_to_tuple, validator=_each_of_type(*BLOCK_TYPES))

    @level.validator
    def _check_level(self, attribute: attrs.Attribute[Any], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _fail(self, attribute, f"expected an integer, got {type(value).__name__}")
        if self.heading is None and value != 1:
            raise _fail(self, attribute, "a section without a heading has level 1")
        if self.heading is not None and not 2 <= value <= 6:
            raise _fail(self, attribute, f"a heading's level is 2 to 6, got {value}")

    def __attrs_post_init__(self) -> None:
        if self.heading is None and not self.blocks:
            raise ModelError("Section: a section without a heading needs at least one block")


# --------------------------------------------------------------------------- people and sources


@attrs.frozen
class Person:
    """A person: an author, or someone a page names."""

    name: str = attrs.field(validator=_line)
    url: str | None = attrs.field(default=None, validator=_url)
    #: What the page says they are ("Staff Writer", "Senior correspondent").
    role: str | None = attrs.field(default=None, validator=_optional_line)


@attrs.frozen
class Organization:
    """An organisation: the publisher of an article."""

    name: str = attrs.field(validator=_line)
    url: str | None = attrs.field(default=None, validator=_url)
    logo: Image | None = attrs.field(default=None, validator=_optional_of_type(Image))


@attrs.frozen
class RelatedPost:
    """A link to another article that the page lists as related."""

    title: str = attrs.field(validator=_line)
    url: str | None = attrs.field(default=None, validator=_url)
    image: Image | None = attrs.field(default=None, validator=_optional_of_type(Image))
    date: _Date | datetime | None = attrs.field(default=None, converter=_fixed_zone, validator=_check_date)
    summary: str | None = attrs.field(default=None, validator=_optional_line)


# --------------------------------------------------------------------------- locations, quotes


@attrs.frozen
class Location:
    """Exact characters of one text in the body.

    ``section`` and ``block`` index ``Article.sections`` and that section's ``blocks``;
    ``path`` picks the text inside the block: ``()`` for a paragraph, a figure's
    caption, an embed's text or preformatted text; ``(item,)`` for a list item and
    ``(item, child, item, ...)`` for an item of a nested list; ``(row, column)`` for a
    table cell, counting header rows first; ``(paragraph,)`` for a paragraph of a
    blockquote. ``start`` and ``end`` are offsets (code points) into that text.
    """

    section: int = attrs.field(validator=_non_negative)
    block: int = attrs.field(validator=_non_negative)
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    path: tuple[int, ...] = attrs.field(default=(), converter=_to_tuple)

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise ModelError(f"Location: end ({self.end}) must be greater than start ({self.start})")
        for step in self.path:
            if not isinstance(step, int) or isinstance(step, bool) or step < 0:
                raise ModelError(f"Location.path: expected non-negative integers, got {self.path!r}")


class SourceKind(enum.Enum):
    """What kind of source a quote or a claim is credited to."""

    PERSON = "person"
    ORGANIZATION = "organization"
    #: A book, a report, a statement, a court filing.
    DOCUMENT = "document"
    #: "officials", "reports", "a source familiar with the talks".
    UNNAMED = "unnamed"
    UNKNOWN = "unknown"


@attrs.frozen
class Source:
    """Who (or what) a quote or claim comes from."""

    #: The canonical name ("Vladimir Putin"), when the text names the source.
    name: str | None = attrs.field(default=None, validator=_optional_line)
    #: The mention as written where the quote is credited ("the Russian president").
    mention: str | None = attrs.field(default=None, validator=_optional_line)
    #: Where the mention is, when it is in the body.
    mention_location: Location | None = attrs.field(default=None, validator=_optional_of_type(Location))
    kind: SourceKind = attrs.field(default=SourceKind.UNKNOWN, converter=SourceKind, validator=_of_type(SourceKind))
    #: What the text says the source is ("Russian President", "investigative reporter").
    role: str | None = attrs.field(default=None, validator=_optional_line)
    #: The organisation the text ties the source to ("the Kremlin").
    organization: str | None = attrs.field(default=None, validator=_optional_line)
    #: The medium the words were given in ("NBC News", "a recent book").
    medium: str | None = attrs.field(default=None, validator=_optional_line)

    def __attrs_post_init__(self) -> None:
        if self.name is None and self.mention is None:
            raise ModelError("Source: a source needs a name or a mention")


class QuoteKind(enum.Enum):
    """How a quote appears in the text."""

    #: Words in quote marks inside running text.
    INLINE = "inline"
    #: A block quotation (``<blockquote>``, a pull quote).
    BLOCK = "block"
    #: A few quoted words inside a paraphrase (called it "a disaster").
    PARTIAL = "partial"


@attrs.frozen
class Quote:
    """Words quoted in the article, with who said them.

    ``locations`` holds one location per paragraph the quote runs over (usually one);
    ``text`` is the located characters joined by a blank line.
    """

    text: str = attrs.field(validator=_of_type(str))
    locations: tuple[Location, ...] = attrs.field(converter=_to_tuple, validator=_each_of_type(Location))
    speaker: Source | None = attrs.field(default=None, validator=_optional_of_type(Source))
    #: The reporting verb or phrase as written ("said", "stating", "according to").
    cue: str | None = attrs.field(default=None, validator=_optional_line)
    cue_location: Location | None = attrs.field(default=None, validator=_optional_of_type(Location))
    kind: QuoteKind = attrs.field(default=QuoteKind.INLINE, converter=QuoteKind, validator=_of_type(QuoteKind))

    def __attrs_post_init__(self) -> None:
        if not self.text:
            raise ModelError("Quote.text: must not be empty")
        if not self.locations:
            raise ModelError("Quote.locations: a quote needs at least one location")

    @property
    def location(self) -> Location:
        """The location of the quote's first (usually only) part."""
        return self.locations[0]


@attrs.frozen
class Attribution:
    """A claim credited to a source without quote marks ("X said that ...")."""

    source: Source = attrs.field(validator=_of_type(Source))
    #: What is credited to the source, as written.
    content: str = attrs.field(validator=_of_type(str))
    location: Location = attrs.field(validator=_of_type(Location))
    #: The reporting verb or phrase as written ("claimed", "according to").
    cue: str | None = attrs.field(default=None, validator=_optional_line)
    cue_location: Location | None = attrs.field(default=None, validator=_optional_of_type(Location))

    def __attrs_post_init__(self) -> None:
        if not self.content:
            raise ModelError("Attribution.content: must not be empty")


# --------------------------------------------------------------------------- the article


def _check_headline(inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    _optional_line(inst, attribute, value)


@attrs.frozen
class Article:
    """A news article: its metadata, its body in sections, and who said what.

    Every field is optional; an empty ``Article()`` is valid. ``text`` gives the body
    as plain text.
    """

    headline: str | None = attrs.field(default=None, validator=_check_headline)
    #: The dek or standfirst under the headline.
    alternative_headline: str | None = attrs.field(default=None, validator=_optional_line)
    #: The summary the page gives of itself (meta description).
    description: str | None = attrs.field(default=None, validator=_optional_line)
    url: str | None = attrs.field(default=None, validator=_url)
    canonical_url: str | None = attrs.field(default=None, validator=_url)
    #: Sections of the publication the article is filed under ("International").
    categories: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_each_line)
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_each_line)
    #: The authors, as people (never one joined string).
    authors: tuple[Person, ...] = attrs.field(default=(), converter=_to_tuple, validator=_each_of_type(Person))
    #: The byline as printed ("By Jane Doe and John Roe").
    byline: str | None = attrs.field(default=None, validator=_optional_line)
    #: The dateline as printed ("WASHINGTON (AP) —").
    dateline: str | None = attrs.field(default=None, validator=_optional_line)
    publisher: Organization | None = attrs.field(default=None, validator=_optional_of_type(Organization))
    date_published: date | datetime | None = attrs.field(default=None, converter=_fixed_zone, validator=_check_date)
    date_modified: date | datetime | None = attrs.field(default=None, converter=_fixed_zone, validator=_check_date)
    #: A BCP 47 language tag ("en", "pt-BR").
    language: str | None = attrs.field(default=None, converter=_canonical_language, validator=_check_language)
    #: The lead image with its caption and credit.
    image: Figure | None = attrs.field(default=None, validator=_optional_of_type(Figure))
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_to_tuple, validator=_each_of_type(Section))
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_to_tuple, validator=_each_of_type(Quote))
    attributions: tuple[Attribution, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_each_of_type(Attribution)
    )
    related_posts: tuple[RelatedPost, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_each_of_type(RelatedPost)
    )

    def __attrs_post_init__(self) -> None:
        for index, section in enumerate(self.sections):
            if index > 0 and section.heading is None:
                raise ModelError(
                    f"Article.sections[{index}]: only the first section may lack a heading",
                    field=f"sections[{index}].heading",
                )
        for index, quote in enumerate(self.quotes):
            where = f"Article.quotes[{index}]"
            parts = [self._slice(loc, f"{where}.locations[{n}]") for n, loc in enumerate(quote.locations)]
            if "\n\n".join(parts) != quote.text:
                raise ModelError(
                    f"{where}.text: {_preview(quote.text)} is not the text at its locations "
                    f"({_preview(chr(10).join(parts))})",
                    field=_field(where, ".text"),
                )
            self._check_source(quote.speaker, f"{where}.speaker")
            self._check_cue(quote.cue, quote.cue_location, where)
        for index, attribution in enumerate(self.attributions):
            where = f"Article.attributions[{index}]"
            found = self._slice(attribution.location, f"{where}.location")
            if found != attribution.content:
                raise ModelError(
                    f"{where}.content: {_preview(attribution.content)} is not the text at its location "
                    f"({_preview(found)})",
                    field=_field(where, ".content"),
                )
            self._check_source(attribution.source, f"{where}.source")
            self._check_cue(attribution.cue, attribution.cue_location, where)

    def _check_source(self, source: Source | None, where: str) -> None:
        if source is not None and source.mention_location is not None:
            found = self._slice(source.mention_location, f"{where}.mention_location")
            if found != source.mention:
                raise ModelError(
                    f"{where}.mention: {source.mention!r} is not the text at its location ({found!r})",
                    field=_field(where, ".mention"),
                )

    def _check_cue(self, cue: str | None, location: Location | None, where: str) -> None:
        if location is not None:
            found = self._slice(location, f"{where}.cue_location")
            if found != cue:
                raise ModelError(
                    f"{where}.cue: {cue!r} is not the text at its location ({found!r})", field=_field(where, ".cue")
                )

    def _slice(self, location: Location, where: str) -> str:
        try:
            container = self.container_text(location)
        except (IndexError, ModelError) as error:
            raise ModelError(f"{where}: {error}", field=_field(where)) from None
        if location.end > len(container):
            raise ModelError(
                f"{where}: range {location.start}:{location.end} is past the end of its text (length {len(container)})",
                field=_field(where),
            )
        return container[location.start : location.end]

    # ----------------------------------------------------------------- reading the body

    @property
    def text(self) -> str:
        """The body as plain text: headings, paragraphs, items, rows ... separated by blank lines."""
        return "\n\n".join(piece for _, piece in self.iter_texts())

    def iter_texts(self) -> Iterator[tuple[tuple[int, int, tuple[int, ...]] | None, str]]:
        """Yield each piece of ``text`` in order, with the (section, block, path) it comes from.

        Headings yield None for their place; a table row yields the place of its first
        cell, its cells joined by " | ".
        """
        for s_index, section in enumerate(self.sections):
            if section.heading is not None:
                yield None, section.heading
            for b_index, block in enumerate(section.blocks):
                for path, piece in block_texts(block):
                    yield (s_index, b_index, path), piece

    def container_text(self, location: Location) -> str:
        """The whole text a location points into (a paragraph, an item, a cell ...)."""
        try:
            block = self.sections[location.section].blocks[location.block]
        except IndexError:
            raise IndexError(f"no block {location.block} in section {location.section}") from None
        return resolve_path(block, location.path)

    def excerpt(self, location: Location) -> str:
        """The characters a location points at."""
        return self.container_text(location)[location.start : location.end]

    def text_span(self, location: Location) -> tuple[int, int]:
        """The offsets in ``self.text`` of the characters a location points at."""
        offset = 0
        target = (location.section, location.block)
        for place, piece in self.iter_texts():
            if place is not None and place[:2] == target:
                block = self.sections[location.section].blocks[location.block]
                if isinstance(block, Table) and len(location.path) == 2 and place[2][:1] == location.path[:1]:
                    row = block.all_rows[location.path[0]]
                    shift = sum(len(cell.text) + 3 for cell in row[: location.path[1]])
                    return offset + shift + location.start, offset + shift + location.end
                if place[2] == location.path:
                    return offset + location.start, offset + location.end
            offset += len(piece) + 2
        raise IndexError(f"location {location} is not in the article's text")


def _field(where: str, suffix: str = "") -> str:
    return where.removeprefix("Article.") + suffix


def block_texts(block: Block) -> Iterator[tuple[tuple[int, ...], str]]:
    """Yield each text of a block that ``Article.text`` shows, with its path."""
    if isinstance(block, Paragraph | Preformatted):
        yield (), block.text
    elif isinstance(block, ListBlock):
        yield from _list_texts(block, ())
    elif isinstance(block, Table):
        for r_index, row in enumerate(block.all_rows):
            if any(cell.text for cell in row):
                yield (r_index, 0), " | ".join(cell.text for cell in row)
    elif isinstance(block, Blockquote):
        for p_index, paragraph in enumerate(block.paragraphs):
            yield (p_index,), paragraph.text
    elif isinstance(block, Figure):
        if block.caption is not None:
            yield (), block.caption.text
    elif isinstance(block, Embed) and block.text is not None:
        yield (), block.text


def _list_texts(block: ListBlock, prefix: tuple[int, ...]) -> Iterator[tuple[tuple[int, ...], str]]:
    for i_index, item in enumerate(block.items):
        if item.text:
            yield (*prefix, i_index), item.text
        for c_index, child in enumerate(item.children):
            yield from _list_texts(child, (*prefix, i_index, c_index))


def resolve_path(block: Block, path: tuple[int, ...]) -> str:
    """The text inside ``block`` that ``path`` picks (see :class:`Location`)."""
    if isinstance(block, Paragraph | Preformatted) and not path:
        return block.text
    if isinstance(block, Figure) and not path and block.caption is not None:
        return block.caption.text
    if isinstance(block, Embed) and not path and block.text is not None:
        return block.text
    if isinstance(block, Blockquote) and len(path) == 1:
        return block.paragraphs[path[0]].text
    if isinstance(block, Table) and len(path) == 2:
        return block.all_rows[path[0]][path[1]].text
    if isinstance(block, ListBlock) and len(path) % 2 == 1:
        item = block.items[path[0]]
        for child_index, item_index in zip(path[1::2], path[2::2], strict=True):
            item = item.children[child_index].items[item_index]
        return item.text
    raise ModelError(f"path {path!r} does not name a text in a {type(block).__name__}")
