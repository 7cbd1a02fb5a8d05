"""Writing an article as Markdown: YAML front matter, then the body as CommonMark + GFM tables.

The forms chosen for what CommonMark has no element for (docs/markdown.md has the whole
mapping); each is one the reader recognises and that escaped text can never produce:

* figure: a paragraph that starts with an image, ``![alt](url "credit"){width=W height=H}``,
  then the caption after a line break;
* embed: a paragraph that starts with an autolink, ``<url> (provider)``, then the
  embed's text after a line break;
* blockquote citation: the blockquote's last paragraph, ``> — citation``;
* table caption and header-row count: the paragraph right after the table,
  ``Table: {header-rows=N} caption`` (the count only when GFM's single header row
  would not say it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from ._json import article_to_data
from ._markdown_inline import escape_text, escape_title, format_destination, render_inline
from ._model import (
    Article,
    Block,
    Blockquote,
    Cell,
    Embed,
    Figure,
    ListBlock,
    Paragraph,
    Preformatted,
    Table,
)

__all__ = ["front_matter", "to_markdown"]

_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_HEADING_CLOSER = re.compile(r"(^| )(#+)$")
_BACKTICK_RUN = re.compile(r"`+")
#: Marks the start of a table's caption paragraph.
TABLE_PREFIX = "Table:"
#: Starts the paragraph that is a blockquote's citation.
CITATION_PREFIX = "— "


def front_matter(article: Article) -> str:
    """The YAML front matter: the article's JSON data form, without the body."""
    data = article_to_data(article)
    data.pop("sections", None)
    dumped: str = yaml.dump(
        data,
        Dumper=_DUMPER,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
    )
    return f"---\n{dumped}---\n"


def to_markdown(article: Article) -> str:
    """Write ``article`` as Markdown with YAML front matter (see the module docstring)."""
    if not isinstance(article, Article):
        raise TypeError(f"to_markdown() takes an Article, got {type(article).__name__}")
    chunks: list[str] = []
    if article.headline is not None:
        chunks.append("# " + _heading_text(article.headline))
    for section in article.sections:
        if section.heading is not None:
            chunks.append("#" * section.level + " " + _heading_text(section.heading))
        previous: Block | None = None
        variant = False
        for block in section.blocks:
            if isinstance(block, ListBlock):
                # Adjacent lists of one kind would merge into one: the second uses the
                # other marker ("*" after "-", ")" after ".").
                variant = isinstance(previous, ListBlock) and previous.ordered == block.ordered and not variant
                chunks.append("\n".join(_list_lines(block, variant)))
            else:
                chunks.append(_block(block, previous))
            previous = block
    body = "\n\n".join(chunks)
    return front_matter(article) + ("\n" + body + "\n" if body else "")


def _heading_text(text: str) -> str:
    rendered = escape_text(text, line_start=False)
    # A final run of "#" after a space would be read as the heading's closing sequence.
    return _HEADING_CLOSER.sub(lambda m: m.group(1) + "\\" + m.group(2), rendered)


def _block(block: Block, previous: Block | None) -> str:
    if isinstance(block, Paragraph):
        rendered = render_inline(block.text, block.marks)
        if isinstance(previous, Table) and rendered.startswith(TABLE_PREFIX):
            rendered = "Table\\:" + rendered[len(TABLE_PREFIX) :]
        return rendered
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Blockquote):
        return _blockquote(block)
    if isinstance(block, Figure):
        return _figure(block)
    if isinstance(block, Embed):
        return _embed(block)
    if isinstance(block, Preformatted):
        return _preformatted(block)
    raise TypeError(f"not a block: {type(block).__name__}")


def _list_lines(block: ListBlock, variant: bool) -> list[str]:
    """The lines of a list (nested lists indented under their item), without recursion."""
    lines: list[str] = []
    # Work items: (list, variant, indent, item index, blank line before the list)
    stack: list[tuple[ListBlock, bool, str, int, bool]] = [(block, variant, "", 0, False)]
    while stack:
        current, alt, indent, index, blank = stack.pop()
        if index >= len(current.items):
            continue
        if index == 0 and blank:
            lines.append("")
        stack.append((current, alt, indent, index + 1, False))
        item = current.items[index]
        marker = f"{current.start + index}{')' if alt else '.'}" if current.ordered else ("*" if alt else "-")
        inner = indent + " " * (len(marker) + 1)
        if item.text:
            text_lines = render_inline(item.text, item.marks).split("\n")
            lines.append(f"{indent}{marker} {text_lines[0]}")
            lines.extend(inner + line for line in text_lines[1:])
        else:
            lines.append(indent + marker)
        children: list[tuple[ListBlock, bool, str, int, bool]] = []
        before: ListBlock | None = None
        child_alt = False
        for child in item.children:
            child_alt = before is not None and before.ordered == child.ordered and not child_alt
            # Only a list that starts at 1 with a non-empty item may interrupt a paragraph;
            # a blank line lets any other list begin (and keeps sibling lists apart).
            if before is None:
                blank = bool(item.text) and ((child.ordered and child.start != 1) or not child.items[0].text)
            else:
                blank = True
            children.append((child, child_alt, inner, 0, blank))
            before = child
        stack.extend(reversed(children))
    return lines


def _cell(cell: Cell) -> str:
    if not cell.text:
        return ""
    return render_inline(cell.text, cell.marks, line_start=False, cell=True)


def _row(cells: Iterator[str] | list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(table: Table) -> str:
    width = len(table.all_rows[0])
    header_rows = table.header_rows
    lines: list[str] = []
    if header_rows:
        lines.append(_row([_cell(cell) for cell in header_rows[0]]))
    else:
        lines.append(_row([""] * width))
    lines.append(_row(["---"] * width))
    for row in (*header_rows[1:], *table.rows):
        lines.append(_row([_cell(cell) for cell in row]))
    count = len(header_rows)
    needs_count = count > 1 or (count == 1 and not any(cell.text for cell in header_rows[0]))
    if needs_count or table.caption is not None:
        caption = TABLE_PREFIX
        if needs_count:
            caption += f" {{header-rows={count}}}"
        if table.caption is not None:
            rendered = render_inline(table.caption.text, table.caption.marks, line_start=False)
            if rendered.startswith("{"):
                rendered = "\\" + rendered
            caption += " " + rendered
        lines.append("")
        lines.append(caption)
    return "\n".join(lines)


def _blockquote(quote: Blockquote) -> str:
    parts = [render_inline(p.text, p.marks) for p in quote.paragraphs]
    if quote.citation is not None:
        parts.append(CITATION_PREFIX + render_inline(quote.citation.text, quote.citation.marks, line_start=False))
    elif parts[-1].startswith(CITATION_PREFIX):
        # The last paragraph would be read as the citation: write its dash as an entity.
        parts[-1] = "&mdash;" + parts[-1][1:]
    lines: list[str] = []
    for index, part in enumerate(parts):
        if index:
            lines.append(">")
        lines.extend("> " + line for line in part.split("\n"))
    return "\n".join(lines)


def _figure(figure: Figure) -> str:
    image = figure.image
    alt = escape_text(image.alt, line_start=False) if image.alt is not None else ""
    title = f" {escape_title(figure.credit)}" if figure.credit is not None else ""
    line = f"![{alt}]({format_destination(image.url)}{title})"
    size = []
    if image.width is not None:
        size.append(f"width={image.width}")
    if image.height is not None:
        size.append(f"height={image.height}")
    if size:
        line += "{" + " ".join(size) + "}"
    if figure.caption is not None:
        line += "\\\n" + render_inline(figure.caption.text, figure.caption.marks)
    return line


def _embed(embed: Embed) -> str:
    line = f"<{embed.url}>"
    if embed.provider is not None:
        line += " (" + escape_text(embed.provider, line_start=False) + ")"
    if embed.text is not None:
        line += "\\\n" + escape_text(embed.text, line_start=True)
    return line


def _preformatted(block: Preformatted) -> str:
    longest = max((len(run) for run in _BACKTICK_RUN.findall(block.text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{block.language or ''}\n{block.text}\n{fence}"
