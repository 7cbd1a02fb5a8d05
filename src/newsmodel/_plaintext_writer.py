"""Plain text, the writing side: ``to_text`` in the layout ``from_text`` reads.

The writer prefers the plain layout (what a person would type). Where a piece of the
article would read back as something else (a paragraph that looks like a heading, a
list or a widget label; an unusual byline), it writes that piece unambiguously: a
leading backslash marks a line as literal text, "#" marks give a heading, and the
header becomes labelled lines ("Headline: ..."). Each layout is checked by reading it
back; the first one that reads back as the article's plain-text form is returned.
"""

from __future__ import annotations

from collections.abc import Iterator

from ._model import (
    Article,
    Block,
    Blockquote,
    Embed,
    Figure,
    ListBlock,
    ListItem,
    Paragraph,
    Person,
    Preformatted,
    RelatedPost,
    Section,
    Table,
)
from ._normal import normalize_text
from ._plaintext import _one_line, _read_items, _wrap_width, date_line, read_article
from ._plaintext_lines import ESCAPE, Chunk, Line, chunks_of, is_caps, list_marker

__all__ = ["plain_form", "write_article"]

#: The heading written above the titles of related posts.
RELATED_HEADING = "Related Posts"


def plain_form(article: Article) -> Article:
    """What plain text keeps of an article: the fields and block shapes :func:`to_text` can write.

    Marks, URLs, images, the description, keywords, publisher and language are left out;
    tables become one paragraph per row (cells joined by " | "), blockquotes their
    paragraphs, figures their captions, embeds their text; quotes and attributions are
    left to the quote extractor. ``from_text(to_text(a))`` equals ``plain_form(a)``
    plus what the quote extractor finds.
    """
    sections: list[Section] = []
    for section in article.sections:
        blocks = tuple(block for original in section.blocks for block in _plain_blocks(original))
        if section.heading is None and not blocks:
            continue
        sections.append(Section(section.heading, section.level, blocks))
    return Article(
        headline=article.headline,
        alternative_headline=article.alternative_headline,
        categories=article.categories,
        authors=tuple(Person(person.name) for person in article.authors),
        byline=article.byline,
        dateline=article.dateline,
        date_published=article.date_published,
        date_modified=article.date_modified,
        sections=tuple(sections),
        related_posts=tuple(RelatedPost(post.title) for post in article.related_posts),
    )


def _plain_blocks(block: Block) -> Iterator[Block]:
    if isinstance(block, Paragraph):
        yield Paragraph(block.text)
    elif isinstance(block, ListBlock):
        yield _plain_list(block)
    elif isinstance(block, Table):
        for row in block.all_rows:
            if any(cell.text for cell in row):
                # A row with an empty first or last cell starts or ends with "|": the
                # paragraph cannot keep the space Article.text puts beside it.
                yield Paragraph(normalize_text(" | ".join(cell.text for cell in row)))
    elif isinstance(block, Blockquote):
        for paragraph in block.paragraphs:
            yield Paragraph(paragraph.text)
    elif isinstance(block, Figure):
        if block.caption is not None:
            yield Paragraph(block.caption.text)
    elif isinstance(block, Embed):
        if block.text is not None:
            yield Paragraph(block.text)
    elif isinstance(block, Preformatted):
        yield block


def _plain_list(block: ListBlock) -> ListBlock:
    items = tuple(ListItem(item.text, (), tuple(_plain_list(child) for child in item.children)) for item in block.items)
    return ListBlock(items, block.ordered, block.start)


def write_article(article: Article) -> str:
    """Write ``article`` as plain text: the plainest layout that reads back as its plain form."""
    target = plain_form(article)
    text = ""
    for escape_all in (False, True):
        for explicit in (False, True):
            text = _render(target, escape_all=escape_all, explicit=explicit)
            if _reads_back(text, target):
                return text
    return text


def _reads_back(text: str, target: Article) -> bool:
    back = read_article(text)
    return back == target


# --------------------------------------------------------------------------- layout


def _render(article: Article, *, escape_all: bool, explicit: bool) -> str:
    chunks: list[str] = []
    body = list(article.sections)
    prefix_dateline = (
        article.dateline is not None
        and not explicit
        and not escape_all
        and bool(body)
        and body[0].heading is None
        and isinstance(body[0].blocks[0], Paragraph)
    )
    chunks.extend(_explicit_header(article) if explicit else _plain_header(article, prefix_dateline))
    body_chunks = _body(body, escape_all=escape_all, escape_lines=escape_all)
    if prefix_dateline:
        body_chunks[0] = f"{article.dateline} {body_chunks[0]}"
    if not escape_all and _wrap_width(chunks_of("\n\n".join(body_chunks))) is not None:
        # The text would look hard-wrapped, and its line breaks would be joined: mark them.
        body_chunks = _body(body, escape_all=False, escape_lines=True)
        if prefix_dateline:
            body_chunks[0] = f"{article.dateline} {body_chunks[0]}"
    chunks.extend(body_chunks)
    if article.related_posts:
        chunks.append("\n".join([RELATED_HEADING, *(f"- {post.title}" for post in article.related_posts)]))
    return "\n\n".join(chunks) + "\n" if chunks else ""


def _plain_header(article: Article, prefix_dateline: bool) -> list[str]:
    chunks: list[str] = []
    if article.categories:
        chunks.append(" | ".join(article.categories))
    if article.headline is not None:
        chunks.append(article.headline)
    if article.alternative_headline is not None:
        chunks.append(article.alternative_headline)
    meta: list[str] = []
    if article.byline is not None:
        meta.append(article.byline)
    if article.dateline is not None and not prefix_dateline:
        meta.append(article.dateline)
    if article.date_published is not None:
        meta.append(date_line("published", article.date_published))
    if article.date_modified is not None:
        meta.append(date_line("modified", article.date_modified))
    if meta:
        chunks.append("\n".join(meta))
    return chunks


def _explicit_header(article: Article) -> list[str]:
    lines = [f"Category: {category}" for category in article.categories]
    if article.headline is not None:
        lines.append(f"Headline: {article.headline}")
    if article.alternative_headline is not None:
        lines.append(f"Dek: {article.alternative_headline}")
    if article.byline is not None:
        lines.append(f"Byline: {article.byline}")
    lines.extend(f"Author: {person.name}" for person in article.authors)
    if article.dateline is not None:
        lines.append(f"Dateline: {article.dateline}")
    if article.date_published is not None:
        lines.append(f"Published: {article.date_published.isoformat()}")
    if article.date_modified is not None:
        lines.append(f"Updated: {article.date_modified.isoformat()}")
    return ["\n".join(lines)] if lines else []


def _body(sections: list[Section], *, escape_all: bool, escape_lines: bool) -> list[str]:
    plain_headings = set() if escape_all else _plain_headings(sections)
    chunks: list[str] = []
    for index, section in enumerate(sections):
        if section.heading is not None:
            if index in plain_headings:
                chunks.append(section.heading)
            else:
                chunks.append("#" * section.level + " " + section.heading)
        for block in section.blocks:
            chunks.append(_block(block, escape_all=escape_all, escape_lines=escape_lines))
    return chunks


def _plain_headings(sections: list[Section]) -> set[int]:
    """The sections whose heading reads back, written plain, as the same heading at its level."""
    candidates: dict[int, int] = {}  # section index -> the level the plain line reads as (0: unnumbered)
    for index, section in enumerate(sections):
        if section.heading is None:
            continue
        followed = bool(section.blocks) or index + 1 < len(sections)
        item = _one_line(section.heading)
        if not followed or item is None or item.kind != "candidate" or item.payload != section.heading:
            continue
        if item.level and item.level != section.level:
            continue
        candidates[index] = item.level
    while True:
        plain = [index for index, level in candidates.items() if level == 0]
        caps = [index for index in plain if is_caps(sections[index].heading or "")]
        mixed = len(caps) not in (0, len(plain))
        wrong = [index for index in plain if sections[index].level != (3 if mixed and index not in caps else 2)]
        if not wrong:
            return set(candidates)
        for index in wrong:
            del candidates[index]


def _block(block: Block, *, escape_all: bool, escape_lines: bool) -> str:
    if isinstance(block, Paragraph):
        return _paragraph(block.text, escape_all=escape_all, escape_lines=escape_lines)
    if isinstance(block, ListBlock):
        lines = list(_list_lines(block, 0, escape_lines=escape_lines, delimiter="."))
        if len(lines) == 1 and block.ordered and _one_line(lines[0]) is not None:
            lines = list(_list_lines(block, 0, escape_lines=escape_lines, delimiter=")"))
        return "\n".join(lines)
    if isinstance(block, Preformatted):
        longest = max((len(line) - len(line.lstrip("`")) for line in block.text.split("\n")), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}{block.language or ''}\n{block.text}\n{fence}"
    raise TypeError(f"no plain-text form for {type(block).__name__}")  # plain_form leaves none


def _paragraph(text: str, *, escape_all: bool, escape_lines: bool) -> str:
    lines = text.split("\n")
    rest = [
        (ESCAPE if escape_lines or line.startswith(ESCAPE) or list_marker(line) is not None else "") + line
        for line in lines[1:]
    ]
    plain = "\n".join([lines[0], *rest])
    if not escape_all and not lines[0].startswith(ESCAPE) and _reads_as_paragraph(plain, text):
        return plain
    return ESCAPE + plain


def _reads_as_paragraph(chunk: str, text: str) -> bool:
    """Tell whether a chunk, alone in the body, reads back as one paragraph with this text."""
    lines = tuple(Line(0, line) for line in chunk.split("\n"))
    items = _read_items([Chunk(lines)], None)
    return len(items) == 1 and items[0].kind == "para" and items[0].payload == text


def _list_lines(block: ListBlock, indent: int, *, escape_lines: bool, delimiter: str) -> Iterator[str]:
    for number, item in enumerate(block.items, start=block.start):
        marker = f"{number}{delimiter}" if block.ordered else "-"
        lines = item.text.split("\n") if item.text else [""]
        yield " " * indent + marker + (" " + lines[0] if lines[0] else "")
        content = indent + len(marker) + 1
        for line in lines[1:]:
            escape = escape_lines or line.startswith(ESCAPE) or list_marker(line) is not None
            yield " " * content + (ESCAPE if escape else "") + line
        for child in item.children:
            yield from _list_lines(child, content, escape_lines=escape_lines, delimiter=".")
