"""Writing articles as HTML pages: clean, safe, standard markup that ``from_html`` reads back.

The layout is the HTML contract shared with the reader (docs/html.md): a ``<head>`` with
the title, description, canonical link, OpenGraph and ``article:*`` tags and one JSON-LD
``NewsArticle``; a ``<body>`` holding one ``<article>`` with a ``<header>``, one
``<section>`` per section, and the related posts in an ``<aside>``.

Two rules keep the round trip exact:

* Inside an element that holds text (``<p>``, ``<li>``, ``<td>``, ``<figcaption>`` ...)
  the text is written exactly as the model holds it, a line feed as ``<br>``;
  indentation goes only between block elements, where a reader drops it.
* Every text is escaped, every attribute quoted and escaped, and only http(s) and mailto
  URLs are written: a URL of any other kind is dropped with its element (a link keeps its
  text). The model refuses such URLs already; the writer checks again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from html import escape

from .._converter import format_date
from .._errors import ModelError
from .._model import (
    Article,
    Block,
    Blockquote,
    Cell,
    Code,
    Embed,
    Emphasis,
    Figure,
    Image,
    Link,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    Preformatted,
    RelatedPost,
    Section,
    Strong,
    Table,
    check_marks,
)
from ._jsonld import article_jsonld, dumps_jsonld, safe_url
from ._vocab import BOILERPLATE_TEXT

__all__ = ["to_html"]

_INDENT = "  "
_LANGUAGE_TAG = re.compile(r"\A[A-Za-z0-9-]{1,64}\Z")
_CODE_LANGUAGE = re.compile(r"\A[A-Za-z0-9_+.#-]{1,64}\Z")
#: The heading of the related-posts aside (furniture: readers leave it out of the body).
RELATED_HEADING = "Related posts"

# A place in the body: (section, block, path), as in Location.
_Place = tuple[int, int, tuple[int, ...]]
# A quote span to show: start, end, speaker (or None).
_Span = tuple[int, int, str | None]


def _text(value: str) -> str:
    """Escape text content (``&``, ``<``, ``>``)."""
    return escape(value, quote=False)


def _attr(value: str) -> str:
    """Escape an attribute value for double quotes (``&``, ``<``, ``>``, ``"``, ``'``)."""
    return escape(value, quote=True)


def _tag(name: str, attributes: Iterable[tuple[str, str | int | None]] = ()) -> str:
    """An opening tag; attributes whose value is None are left out."""
    parts = [name]
    for key, value in attributes:
        if value is None:
            continue
        parts.append(f'{key}="{_attr(str(value))}"')
    return "<" + " ".join(parts) + ">"


# --------------------------------------------------------------------------- inline text


class _Node:
    """An element over ``text[start:end]`` (or a text run, when ``open`` is None)."""

    __slots__ = ("children", "close", "end", "open", "start")

    def __init__(self, start: int, end: int, open_tag: str | None = None, close_tag: str = "") -> None:
        self.start = start
        self.end = end
        self.open = open_tag
        self.close = close_tag
        self.children: list[_Node] = []


def _mark_tags(mark: Mark) -> tuple[str, str] | None:
    if isinstance(mark, Link):
        href = safe_url(mark.href, mailto=True)
        if href is None:
            return None
        title = mark.title if isinstance(mark.title, str) and mark.title else None
        return _tag("a", [("href", href), ("title", title)]), "</a>"
    if isinstance(mark, Strong):
        return "<strong>", "</strong>"
    if isinstance(mark, Emphasis):
        return "<em>", "</em>"
    if isinstance(mark, Code):
        return "<code>", "</code>"
    return None


def _fill(node: _Node) -> None:
    """Add text runs for the gaps between ``node``'s element children (depth-first, no recursion)."""
    stack = [node]
    while stack:
        current = stack.pop()
        children: list[_Node] = []
        position = current.start
        for child in current.children:
            if child.start > position:
                children.append(_Node(position, child.start))
            children.append(child)
            position = child.end
            stack.append(child)
        if current.end > position:
            children.append(_Node(position, current.end))
        current.children = children


def _mark_tree(text: str, marks: tuple[Mark, ...]) -> _Node:
    """The marks as a tree of elements over ``text`` (marks are properly nested)."""
    root = _Node(0, len(text), "", "")
    try:
        check_marks("marks", text, marks)
    except ModelError:
        # Only reachable with validation bypassed: write the text without its marks
        # rather than markup that does not nest.
        marks = ()
    stack = [root]
    for mark in marks:
        tags = _mark_tags(mark)
        while len(stack) > 1 and stack[-1].end <= mark.start:
            stack.pop()
        if tags is None:
            continue
        node = _Node(mark.start, mark.end, *tags)
        stack[-1].children.append(node)
        stack.append(node)
    _fill(root)
    return root


def _wrap(node: _Node, start: int, end: int, open_tag: str, close_tag: str) -> None:
    """Wrap ``[start, end)`` inside ``node`` in an element, splitting it at element edges.

    Elements already there are never split (a link stays one ``<a>``); the new element is
    cut into one piece per run of siblings it covers, and goes inside an element it only
    partly covers.
    """
    children: list[_Node] = []
    run: list[_Node] = []

    def flush() -> None:
        if run:
            span = _Node(run[0].start, run[-1].end, open_tag, close_tag)
            span.children = list(run)
            children.append(span)
            run.clear()

    for child in node.children:
        if child.end <= start or child.start >= end:
            flush()
            children.append(child)
        elif start <= child.start and child.end <= end:
            run.append(child)
        elif child.open is None:
            if child.start < start:
                flush()
                children.append(_Node(child.start, start))
            run.append(_Node(max(child.start, start), min(child.end, end)))
            if child.end > end:
                flush()
                children.append(_Node(end, child.end))
        else:
            flush()
            _wrap(child, max(start, child.start), min(end, child.end), open_tag, close_tag)
            children.append(child)
    flush()
    node.children = children


def _render(root: _Node, text: str, *, breaks: bool = True) -> str:
    out: list[str] = []
    # An explicit stack of (node, closing?) so that deep nesting cannot exhaust recursion.
    stack: list[tuple[_Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            out.append(node.close)
            continue
        if node.open is None:
            run = _text(text[node.start : node.end])
            out.append(run.replace("\n", "<br>") if breaks else run)
            continue
        out.append(node.open)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.children))
    return "".join(out)


def _inline(text: str, marks: tuple[Mark, ...] = (), spans: Iterable[_Span] = (), *, breaks: bool = True) -> str:
    """Inline HTML for text with its marks and the quote spans shown over it.

    Line feeds become ``<br>`` unless ``breaks`` is false (preformatted text keeps them).
    """
    if not isinstance(text, str):
        return ""
    root = _mark_tree(text, marks)
    for start, end, speaker in spans:
        open_tag = _tag("span", [("class", "quote"), ("data-speaker", speaker)])
        _wrap(root, start, end, open_tag, "</span>")
    return _render(root, text, breaks=breaks)


# --------------------------------------------------------------------------- the writer


class _Page:
    """Lines of HTML with indentation, and the quote spans of each text in the body."""

    def __init__(self, article: Article) -> None:
        self.lines: list[str] = []
        self.spans: dict[_Place, list[_Span]] = {}
        for quote in article.quotes:
            speaker = None
            if quote.speaker is not None:
                speaker = quote.speaker.name or quote.speaker.mention
            for location in quote.locations:
                place = (location.section, location.block, tuple(location.path))
                self.spans.setdefault(place, []).append((location.start, location.end, speaker))

    def add(self, depth: int, line: str) -> None:
        self.lines.append(_INDENT * depth + line)

    def inline(self, place: _Place | None, text: str, marks: tuple[Mark, ...] = (), *, breaks: bool = True) -> str:
        spans: list[_Span] = []
        if place is not None and isinstance(text, str):
            for start, end, speaker in self.spans.get(place, ()):
                # Show the quote without whitespace at its edges (a reader may trim text
                # at element edges); the JSON-LD extension keeps the exact range.
                end = min(end, len(text))
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if start < end:
                    spans.append((start, end, speaker))
        return _inline(text, marks, spans, breaks=breaks)


def _iso(value: date) -> str:
    return format_date(value)


def _image_tag(image: Image) -> str | None:
    src = safe_url(image.url)
    if src is None:
        return None
    return _tag("img", [("src", src), ("alt", image.alt), ("width", image.width), ("height", image.height)])


def _figure(page: _Page, depth: int, figure: Figure, place: _Place | None, css_class: str | None = None) -> None:
    page.add(depth, _tag("figure", [("class", css_class)]))
    img = _image_tag(figure.image)
    if img is not None:
        page.add(depth + 1, img)
    caption = figure.caption
    if caption is not None or figure.credit is not None:
        inner = page.inline(place, caption.text, caption.marks) if caption is not None else ""
        if figure.credit is not None:
            credit = f'<small class="credit">{_text(figure.credit)}</small>'
            inner = f"{inner} {credit}" if inner else credit
        # a caption the reader would take for a control or a gallery's counter ("1/7") is marked as one kept
        kept = " data-caption" if caption is not None and BOILERPLATE_TEXT.match(caption.text) else ""
        page.add(depth + 1, f"<figcaption{kept}>{inner}</figcaption>")
    page.add(depth, "</figure>")


def _list(page: _Page, depth: int, block: ListBlock, section: int, index: int, path: tuple[int, ...]) -> None:
    name = "ol" if block.ordered else "ul"
    start = block.start if block.ordered and block.start != 1 else None
    page.add(depth, _tag(name, [("start", start)]))
    for i_index, item in enumerate(block.items):
        _item(page, depth + 1, item, section, index, (*path, i_index))
    page.add(depth, f"</{name}>")


def _item(page: _Page, depth: int, item: ListItem, section: int, index: int, path: tuple[int, ...]) -> None:
    text = page.inline((section, index, path), item.text, item.marks) if item.text else ""
    if not item.children:
        page.add(depth, f"<li>{text}</li>")
        return
    page.add(depth, f"<li>{text}")
    for c_index, child in enumerate(item.children):
        _list(page, depth + 1, child, section, index, (*path, c_index))
    page.add(depth, "</li>")


def _row(page: _Page, place: tuple[int, int], r_index: int, row: tuple[Cell, ...], cell_tag: str) -> str:
    cells = []
    for c_index, cell in enumerate(row):
        content = page.inline((*place, (r_index, c_index)), cell.text, cell.marks) if cell.text else ""
        cells.append(f"<{cell_tag}>{content}</{cell_tag}>")
    return "<tr>" + "".join(cells) + "</tr>"


def _table(page: _Page, depth: int, table: Table, section: int, index: int) -> None:
    page.add(depth, "<table>")
    if table.caption is not None:
        page.add(depth + 1, f"<caption>{_inline(table.caption.text, table.caption.marks)}</caption>")
    if table.header_rows:
        page.add(depth + 1, "<thead>")
        for r_index, row in enumerate(table.header_rows):
            page.add(depth + 2, _row(page, (section, index), r_index, row, "th"))
        page.add(depth + 1, "</thead>")
    if table.rows:
        page.add(depth + 1, "<tbody>")
        offset = len(table.header_rows)
        for r_index, row in enumerate(table.rows, start=offset):
            page.add(depth + 2, _row(page, (section, index), r_index, row, "td"))
        page.add(depth + 1, "</tbody>")
    page.add(depth, "</table>")


def _blockquote(page: _Page, depth: int, block: Blockquote, section: int, index: int) -> None:
    page.add(depth, "<blockquote>")
    for p_index, paragraph in enumerate(block.paragraphs):
        page.add(depth + 1, f"<p>{page.inline((section, index, (p_index,)), paragraph.text, paragraph.marks)}</p>")
    if block.citation is not None:
        page.add(depth + 1, f"<footer><cite>{_inline(block.citation.text, block.citation.marks)}</cite></footer>")
    page.add(depth, "</blockquote>")


def _embed(page: _Page, depth: int, block: Embed, place: _Place) -> None:
    provider = block.provider if isinstance(block.provider, str) and block.provider else None
    page.add(depth, _tag("figure", [("class", "embed"), ("data-provider", provider)]))
    if block.text is not None:
        page.add(depth + 1, f"<p>{page.inline(place, block.text)}</p>")
    url = safe_url(block.url)
    if url is not None:
        page.add(depth + 1, f"<figcaption>{_tag('a', [('href', url)])}{_text(url)}</a></figcaption>")
    page.add(depth, "</figure>")


def _preformatted(page: _Page, depth: int, block: Preformatted, place: _Place) -> None:
    language = block.language if isinstance(block.language, str) and _CODE_LANGUAGE.match(block.language) else None
    code = _tag("code", [("class", f"language-{language}" if language else None)])
    # One entry: the lines of the text must not get indentation.
    page.add(depth, f"<pre>{code}{page.inline(place, block.text, breaks=False)}</code></pre>")


def _block(page: _Page, depth: int, block: Block, section: int, index: int) -> None:
    place: _Place = (section, index, ())
    if isinstance(block, Paragraph):
        page.add(depth, f"<p>{page.inline(place, block.text, block.marks)}</p>")
    elif isinstance(block, ListBlock):
        _list(page, depth, block, section, index, ())
    elif isinstance(block, Table):
        _table(page, depth, block, section, index)
    elif isinstance(block, Blockquote):
        _blockquote(page, depth, block, section, index)
    elif isinstance(block, Figure):
        _figure(page, depth, block, place)
    elif isinstance(block, Embed):
        _embed(page, depth, block, place)
    elif isinstance(block, Preformatted):
        _preformatted(page, depth, block, place)


def _section(page: _Page, depth: int, section: Section, s_index: int) -> None:
    page.add(depth, "<section>")
    if section.heading is not None:
        level = section.level if isinstance(section.level, int) and 2 <= section.level <= 6 else 2
        page.add(depth + 1, f"<h{level}>{_text(section.heading)}</h{level}>")
    for b_index, block in enumerate(section.blocks):
        _block(page, depth + 1, block, s_index, b_index)
    page.add(depth, "</section>")


def _header(page: _Page, depth: int, article: Article) -> None:
    start = len(page.lines)
    for category in article.categories:
        page.add(depth + 1, f'<p class="category">{_text(category)}</p>')
    if article.headline is not None:
        page.add(depth + 1, f"<h1>{_text(article.headline)}</h1>")
    for css_class, value in (
        ("dek", article.alternative_headline),
        ("byline", article.byline),
        ("dateline", article.dateline),
    ):
        if value is not None:
            page.add(depth + 1, f'<p class="{css_class}">{_text(value)}</p>')
    times = []
    for css_class, moment in (("published", article.date_published), ("modified", article.date_modified)):
        if isinstance(moment, date):
            iso = _iso(moment)
            times.append(f'<time class="{css_class}" datetime="{_attr(iso)}">{_text(iso)}</time>')
    if times:
        page.add(depth + 1, f'<p class="dates">{" ".join(times)}</p>')
    if article.image is not None:
        _figure(page, depth + 1, article.image, None, "lead-image")
    if len(page.lines) > start:
        page.lines.insert(start, _INDENT * depth + "<header>")
        page.add(depth, "</header>")


def _related_post(post: RelatedPost) -> str:
    url = safe_url(post.url)
    parts = [f"{_tag('a', [('href', url)])}{_text(post.title)}</a>"]
    if post.image is not None:
        img = _image_tag(post.image)
        if img is not None:
            parts.append(img)
    if isinstance(post.date, date):
        iso = _iso(post.date)
        parts.append(f'<time datetime="{_attr(iso)}">{_text(iso)}</time>')
    if post.summary is not None:
        parts.append(f"<p>{_text(post.summary)}</p>")
    return "<li>" + " ".join(parts) + "</li>"


def _related(page: _Page, depth: int, posts: tuple[RelatedPost, ...]) -> None:
    if not posts:
        return
    page.add(depth, '<aside class="related-posts">')
    page.add(depth + 1, f"<h2>{RELATED_HEADING}</h2>")
    page.add(depth + 1, "<ul>")
    for post in posts:
        page.add(depth + 2, _related_post(post))
    page.add(depth + 1, "</ul>")
    page.add(depth, "</aside>")


def _article(page: _Page, depth: int, article: Article) -> None:
    page.add(depth, "<article>")
    _header(page, depth + 1, article)
    for s_index, section in enumerate(article.sections):
        _section(page, depth + 1, section, s_index)
    _related(page, depth + 1, article.related_posts)
    page.add(depth, "</article>")


def _head(page: _Page, article: Article) -> None:
    page.add(0, "<head>")
    page.add(0, '<meta charset="utf-8">')
    if article.headline is not None:
        page.add(0, f"<title>{_text(article.headline)}</title>")
    if article.description is not None:
        page.add(0, _tag("meta", [("name", "description"), ("content", article.description)]))
    canonical = safe_url(article.canonical_url)
    if canonical is not None:
        page.add(0, _tag("link", [("rel", "canonical"), ("href", canonical)]))
    meta: list[tuple[str, str | None]] = [
        ("og:type", "article"),
        ("og:title", article.headline),
        ("og:description", article.description),
        ("og:url", safe_url(article.url)),
    ]
    if article.image is not None:
        meta.append(("og:image", safe_url(article.image.image.url)))
    for key, moment in (("published_time", article.date_published), ("modified_time", article.date_modified)):
        if isinstance(moment, date):
            meta.append((f"article:{key}", _iso(moment)))
    meta.extend(("article:section", category) for category in article.categories)
    meta.extend(("article:tag", keyword) for keyword in article.keywords)
    for key, value in meta:
        if value is not None:
            page.add(0, _tag("meta", [("property", key), ("content", value)]))
    page.add(0, '<script type="application/ld+json">')
    page.lines.append(dumps_jsonld(article_jsonld(article)))
    page.add(0, "</script>")
    page.add(0, "</head>")


def to_html(article: Article, *, fragment: bool = False) -> str:
    """Write ``article`` as a complete HTML5 document, or with ``fragment`` as its ``<article>``.

    The output is deterministic and indented; it holds no script other than the JSON-LD
    (which a fragment leaves out, with the rest of the ``<head>``). See docs/html.md for
    the layout and the JSON-LD mapping.

    Raises:
        TypeError: ``article`` is not an :class:`~newsmodel.Article`.
    """
    if not isinstance(article, Article):
        raise TypeError(f"to_html() takes an Article, got {type(article).__name__}")
    page = _Page(article)
    if fragment:
        _article(page, 0, article)
        return "\n".join(page.lines) + "\n"
    page.add(0, "<!DOCTYPE html>")
    language = article.language if isinstance(article.language, str) and _LANGUAGE_TAG.match(article.language) else None
    page.add(0, _tag("html", [("lang", language)]))
    _head(page, article)
    page.add(0, "<body>")
    _article(page, 0, article)
    page.add(0, "</body>")
    page.add(0, "</html>")
    return "\n".join(page.lines) + "\n"
