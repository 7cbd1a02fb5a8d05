"""Reading the Markdown body: markdown-it tokens to sections and blocks.

The walk over markdown-it's flat token stream keeps its own stack of open containers
(lists, items, blockquotes), so nesting depth never becomes Python recursion. The forms
:mod:`newsmodel._markdown_writer` uses for figures, embeds, citations and table captions
are recognised here; everything else CommonMark can say is mapped as docs/markdown.md
describes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ._errors import ParseError
from ._markdown_inline import InlineReader
from ._model import (
    Block,
    Blockquote,
    Cell,
    Embed,
    Figure,
    Image,
    Inline,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    Preformatted,
    Section,
    Table,
)
from ._normal import is_url, normalize_preformatted, normalize_text

__all__ = ["MAX_NESTING", "Body", "parse_body", "parse_inline"]

#: How deep containers may nest (markdown-it's ``maxNesting``). Deeper input is refused
#: with a ParseError, since markdown-it would drop what lies below this depth.
MAX_NESTING = 100

_SIZE = re.compile(r"\{(?:width=(\d{1,9}))? ?(?:height=(\d{1,9}))?\}")
_TABLE_CAPTION = re.compile(r"Table:(?: \{header-rows=(\d{1,4})\})?(?: |$)")
_CITATION = "— "
_LANGUAGE = re.compile(r"[A-Za-z0-9_+.#-]+")


class _Parser(MarkdownIt):
    """CommonMark + GFM tables, keeping link destinations exactly as written."""

    def validateLink(self, url: str) -> bool:
        # Every destination is read; normalize_url later decides which are usable.
        return True

    def normalizeLink(self, url: str) -> str:
        # No percent-encoding or punycode here: URLs come back byte-exact.
        return url

    def normalizeLinkText(self, link: str) -> str:
        return link


@cache
def parser() -> MarkdownIt:
    """The shared markdown-it parser (CommonMark preset, ``table`` enabled, no linkify)."""
    md = _Parser("commonmark", {"maxNesting": MAX_NESTING})
    md.enable("table")
    return md


def parse_inline(source: str) -> tuple[str, tuple[Mark, ...]]:
    """Read one run of inline Markdown into plain text and marks."""
    tokens = parser().parseInline(source)
    reader = InlineReader()
    for token in tokens:
        reader.feed(token.children or ())
    return reader.result()


class Body:
    """What the body gives: the headline (a leading ``#``) and the sections."""

    __slots__ = ("headline", "sections")

    def __init__(self, headline: str | None, sections: list[Section]) -> None:
        self.headline = headline
        self.sections = sections


def _check_depth(tokens: Sequence[Token], line_offset: int) -> None:
    for token in tokens:
        if token.nesting == 1 and token.level + 1 >= MAX_NESTING:
            line = (token.map[0] + 1 + line_offset) if token.map else None
            raise ParseError(
                f"Markdown nests blocks more than {MAX_NESTING} deep"
                + (f" (at line {line})" if line is not None else ""),
                format="markdown",
                path=f"line {line}" if line is not None else None,
            )


def _inline(token: Token, *, multiline: bool = True, base: str | None = None) -> InlineReader:
    reader = InlineReader(multiline=multiline, base=base)
    reader.feed(token.children or ())
    return reader


def _shift(marks: Sequence[Mark], offset: int, limit: int | None = None) -> tuple[Mark, ...]:
    """Marks moved by ``offset`` (dropping those that start before 0 or end past ``limit``)."""
    import attrs

    moved: list[Mark] = []
    for mark in marks:
        start, end = mark.start + offset, mark.end + offset
        if start < 0 or (limit is not None and end > limit):
            continue
        moved.append(attrs.evolve(mark, start=start, end=end))
    return tuple(moved)


def _join(pieces: Sequence[tuple[str, tuple[Mark, ...]]], separator: str = "\n") -> tuple[str, tuple[Mark, ...]]:
    text_parts: list[str] = []
    marks: list[Mark] = []
    offset = 0
    for text, piece_marks in pieces:
        if not text:
            continue
        if text_parts:
            text_parts.append(separator)
            offset += len(separator)
        text_parts.append(text)
        marks.extend(_shift(piece_marks, offset))
        offset += len(text)
    return "".join(text_parts), tuple(marks)


class _Frame:
    __slots__ = ("children", "items", "kind", "ordered", "parts", "start")

    def __init__(self, kind: str, ordered: bool = False, start: int = 1) -> None:
        self.kind = kind
        self.ordered = ordered
        self.start = start
        self.items: list[ListItem] = []
        self.parts: list[tuple[str, tuple[Mark, ...], str]] = []
        self.children: list[ListBlock] = []


class _Builder:
    """Turns the token stream into sections, one token at a time."""

    def __init__(self, base: str | None, headline: str | None = None) -> None:
        self.base = base
        # The headline the front matter gives: a leading "#" that says the same is it.
        self.known_headline = headline
        self.headline: str | None = None
        self.sections: list[tuple[str | None, int, list[Block]]] = [(None, 1, [])]
        self.stack: list[_Frame] = []
        # The outermost open blockquote: everything inside it becomes its paragraphs.
        self.quote: _Frame | None = None
        self.quote_depth = 0
        self.figures: list[Figure] = []
        # The last table's rows as read, for a caption paragraph that may follow.
        self.table_rows: tuple[list[tuple[Cell, ...]], list[tuple[Cell, ...]], bool] | None = None
        self.seen_content = False

    @property
    def blocks(self) -> list[Block]:
        return self.sections[-1][2]

    # -- where content goes

    def _add_block(self, block: Block) -> None:
        self.blocks.append(block)
        self.seen_content = True
        if not isinstance(block, Table):
            self.table_rows = None
        if not self.stack:
            self._flush_figures()

    def _flush_figures(self) -> None:
        if self.figures:
            figures, self.figures = self.figures, []
            self.blocks.extend(figures)
            self.table_rows = None

    def _add_text(self, text: str, marks: tuple[Mark, ...], raw: str = "") -> None:
        """Text inside a container (a paragraph, or a block flattened to one)."""
        if not text:
            return
        if self.quote is not None:
            self.quote.parts.append((text, marks, raw))
        elif self.stack and self.stack[-1].kind == "item":
            self.stack[-1].parts.append((text, marks, raw))
        else:
            self._add_block(Paragraph(text, marks))

    # -- tokens

    def run(self, tokens: Sequence[Token]) -> None:
        index = 0
        size = len(tokens)
        while index < size:
            token = tokens[index]
            kind = token.type
            if kind == "inline":
                index += 1
                continue
            if kind == "heading_open":
                self._heading(token, tokens[index + 1])
                index += 3
            elif kind == "paragraph_open":
                self._paragraph(tokens[index + 1])
                index += 3
            elif kind in ("bullet_list_open", "ordered_list_open"):
                if self.quote is None:
                    start = token.attrGet("start")
                    ordered = kind == "ordered_list_open"
                    self.stack.append(_Frame("list", ordered, int(start) if start is not None and ordered else 1))
                index += 1
            elif kind == "list_item_open":
                if self.quote is None:
                    self.stack.append(_Frame("item"))
                index += 1
            elif kind == "list_item_close":
                if self.quote is None:
                    self._close_item()
                index += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                if self.quote is None:
                    self._close_list()
                index += 1
            elif kind == "blockquote_open":
                self.quote_depth += 1
                if self.quote is None:
                    self.quote = _Frame("quote")
                index += 1
            elif kind == "blockquote_close":
                self.quote_depth -= 1
                if self.quote_depth == 0:
                    self._close_quote()
                index += 1
            elif kind == "table_open":
                index = self._table(tokens, index)
            elif kind in ("fence", "code_block"):
                self._code(token)
                index += 1
            elif kind == "html_block":
                self._html_block(token)
                index += 1
            else:
                # hr and anything else without text.
                index += 1
        self._flush_figures()

    def _heading(self, token: Token, inline: Token) -> None:
        text = normalize_text(_inline(inline, multiline=False, base=self.base).result()[0])
        if self.stack or self.quote is not None:
            self._add_text(text, ())
            return
        if not text:
            return
        level = int(token.tag[1])
        if level == 1 and not self.seen_content and self.known_headline in (None, text):
            self.headline = text
            self.seen_content = True
            return
        self._flush_figures()
        self.sections.append((text, max(level, 2), []))
        self.table_rows = None
        self.seen_content = True

    def _paragraph(self, inline: Token) -> None:
        children = inline.children or []
        if not self.stack and self.quote is None:
            if self.table_rows is not None and inline.content.startswith("Table:") and self._table_caption(inline):
                return
            if children and children[0].type == "image":
                figure = self._figure(children)
                if figure is not None:
                    self._add_block(figure)
                    return
            if children and children[0].type == "link_open" and children[0].markup == "autolink":
                embed = self._embed(children)
                if embed is not None:
                    self._add_block(embed)
                    return
        reader = _inline(inline, base=self.base)
        text, marks = reader.result()
        for url, alt, title in reader.images:
            self.figures.append(_make_figure(url, alt, title, None, None, None))
        self._add_text(text, marks, inline.content)
        if not self.stack and self.quote is None:
            self._flush_figures()

    # -- figures and embeds

    def _figure(self, children: list[Token]) -> Figure | None:
        image = children[0]
        index = 1
        width = height = None
        if index < len(children) and children[index].type == "text":
            match = _SIZE.fullmatch(children[index].content)
            if match is None or not (match.group(1) or match.group(2)):
                return None
            width = int(match.group(1)) if match.group(1) else None
            height = int(match.group(2)) if match.group(2) else None
            index += 1
        if index < len(children):
            if children[index].type not in ("hardbreak", "softbreak"):
                return None
            index += 1
        url = _url(str(image.attrGet("src") or ""), self.base)
        if url is None:
            return None
        alt_reader = InlineReader(multiline=False)
        alt_reader.feed(image.children or ())
        alt = alt_reader.result()[0] or None
        title = image.attrGet("title")
        caption = None
        if index < len(children):
            reader = InlineReader(base=self.base)
            reader.feed(children[index:])
            text, marks = reader.result()
            for extra in reader.images:
                self.figures.append(_make_figure(*extra, None, None, None))
            caption = Inline(text, marks) if text else None
        return _make_figure(url, alt, str(title) if title else None, width, height, caption)

    def _embed(self, children: list[Token]) -> Embed | None:
        if len(children) < 3 or children[2].type != "link_close":
            return None
        url = str(children[0].attrGet("href") or "")
        if not is_url(url):
            return None
        index = 3
        provider = None
        line: list[Token] = []
        while index < len(children) and children[index].type not in ("hardbreak", "softbreak"):
            line.append(children[index])
            index += 1
        if line:
            reader = InlineReader(multiline=False)
            reader.feed(line)
            said = reader.result()[0]
            if len(said) < 3 or said[0] != "(" or said[-1] != ")":
                return None
            provider = normalize_text(said[1:-1]) or None
        text = None
        if index < len(children):
            reader = InlineReader(base=self.base)
            reader.feed(children[index + 1 :])
            text = reader.result()[0] or None
        return Embed(url, provider, text)

    # -- containers

    def _close_item(self) -> None:
        frame = self.stack.pop()
        text, marks = _join([(t, m) for t, m, _ in frame.parts])
        if not text and not frame.children:
            return
        item = ListItem(text, marks if text else (), tuple(frame.children))
        if self.stack and self.stack[-1].kind == "list":
            self.stack[-1].items.append(item)

    def _close_list(self) -> None:
        frame = self.stack.pop()
        if not frame.items:
            return
        block = ListBlock(tuple(frame.items), frame.ordered, frame.start)
        if self.stack and self.stack[-1].kind == "item":
            self.stack[-1].children.append(block)
        elif not self.stack:
            self._add_block(block)

    def _close_quote(self) -> None:
        frame, self.quote = self.quote, None
        if frame is None or not frame.parts:
            return
        parts = frame.parts
        citation = None
        last_text, last_marks, last_raw = parts[-1]
        if len(parts) > 1 and last_raw.startswith(_CITATION) and last_text.startswith(_CITATION):
            cited = last_text[len(_CITATION) :]
            if cited:
                citation = Inline(cited, _shift(last_marks, -len(_CITATION)))
                parts = parts[:-1]
        paragraphs = tuple(Paragraph(text, marks) for text, marks, _ in parts)
        block = Blockquote(paragraphs, citation)
        if self.stack and self.stack[-1].kind == "item":
            for paragraph in paragraphs:
                self.stack[-1].parts.append((paragraph.text, paragraph.marks, ""))
            if citation is not None:
                self.stack[-1].parts.append((citation.text, citation.marks, ""))
        elif not self.stack:
            self._add_block(block)

    # -- tables

    def _table(self, tokens: Sequence[Token], index: int) -> int:
        header: list[tuple[Cell, ...]] = []
        body: list[tuple[Cell, ...]] = []
        row: list[Cell] = []
        in_head = False
        index += 1
        while index < len(tokens) and tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                row = []
            elif token.type == "tr_close":
                (header if in_head else body).append(tuple(row))
            elif token.type == "inline":
                text, marks = _inline(token, multiline=False, base=self.base).result()
                for url, alt, title in _inline(token, multiline=False, base=self.base).images:
                    self.figures.append(_make_figure(url, alt, title, None, None, None))
                row.append(Cell(text, marks))
            index += 1
        if self.stack or self.quote is not None:
            for cells in (*header, *body):
                text, marks = _join([(cell.text, cell.marks) for cell in cells], " | ")
                self._add_text(text, marks)
        else:
            table = _make_table(header, body, None, None)
            if table is not None:
                self._add_block(table)
            # Kept for a caption paragraph, which may also say how many rows are headers
            # (a table of only an empty header row exists only once that is known).
            self.table_rows = (header, body, table is not None)
        return index + 1

    def _table_caption(self, inline: Token) -> bool:
        match = _TABLE_CAPTION.match(inline.content)
        if match is None or self.table_rows is None:
            return False
        header, body, added = self.table_rows
        count = int(match.group(1)) if match.group(1) is not None else None
        reader = _inline(inline, base=self.base)
        text, marks = reader.result()
        prefix = len(match.group(0))
        caption_text = text[prefix:]
        caption = Inline(caption_text, _shift(marks, -prefix)) if caption_text else None
        table = _make_table(header, body, count, caption)
        if table is None:
            return False
        if added:
            self.blocks[-1] = table
        else:
            self.blocks.append(table)
        self.table_rows = None
        for url, alt, title in reader.images:
            self.figures.append(_make_figure(url, alt, title, None, None, None))
        self._flush_figures()
        return True

    # -- code and HTML

    def _code(self, token: Token) -> None:
        content = token.content[:-1] if token.content.endswith("\n") else token.content
        if self.stack or self.quote is not None:
            self._add_text(normalize_text(content, multiline=True), ())
            return
        text = normalize_preformatted(content)
        if not text:
            return
        words = token.info.split() if token.type == "fence" else []
        language = words[0] if words and _LANGUAGE.fullmatch(words[0]) else None
        self._add_block(Preformatted(text, language))

    def _html_block(self, token: Token) -> None:
        # Raw HTML is kept as the text it is and never interpreted: a preformatted
        # block marked "html" (inside a list or quote, plain text).
        content = token.content.rstrip("\n")
        if self.stack or self.quote is not None:
            self._add_text(normalize_text(content, multiline=True), ())
            return
        text = normalize_preformatted(content)
        if text:
            self._add_block(Preformatted(text, "html"))

    # -- result

    def result(self) -> Body:
        while self.stack:
            frame = self.stack[-1]
            if frame.kind == "item":
                self._close_item()
            else:
                self._close_list()
        if self.quote is not None:
            self.quote_depth = 0
            self._close_quote()
        self._flush_figures()
        sections: list[Section] = []
        for heading, level, blocks in self.sections:
            if heading is None and not blocks:
                continue
            sections.append(Section(heading, level, tuple(blocks)))
        return Body(self.headline, sections)


def _url(raw: str, base: str | None) -> str | None:
    from ._normal import normalize_url

    if is_url(raw):
        return raw
    url = normalize_url(raw, base)
    return url if url is not None and is_url(url) else None


def _make_figure(
    url: str, alt: str | None, credit: str | None, width: int | None, height: int | None, caption: Inline | None
) -> Figure:
    credit = normalize_text(credit) if credit else None
    alt = normalize_text(alt) if alt else None
    return Figure(Image(url, alt or None, width or None, height or None), caption, credit or None)


def _make_table(
    header: list[tuple[Cell, ...]], body: list[tuple[Cell, ...]], count: int | None, caption: Inline | None
) -> Table | None:
    """A table from GFM rows; ``count`` is the header-row count its caption line gives."""
    gfm_header = header[0] if header else ()
    empty_header = not any(cell.text for cell in gfm_header)
    if count is None:
        header_rows = [] if empty_header else [gfm_header]
        rows = list(body)
    elif count == 0:
        header_rows = []
        rows = ([] if empty_header else [gfm_header]) + list(body)
    else:
        header_rows = [gfm_header, *body[: count - 1]]
        rows = list(body[count - 1 :])
    if not header_rows and not rows:
        return None
    return Table(tuple(header_rows), tuple(rows), caption)


def parse_body(markdown: str, *, base: str | None = None, headline: str | None = None, line_offset: int = 0) -> Body:
    """Read the Markdown body (everything after the front matter).

    A first ``#`` heading before any content is the headline, unless ``headline`` (from
    the front matter) says otherwise: then it is the first section's heading.
    """
    tokens = parser().parse(markdown)
    _check_depth(tokens, line_offset)
    builder = _Builder(base, headline)
    builder.run(tokens)
    return builder.result()
