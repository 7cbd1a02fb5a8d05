"""From the main content's DOM to sections, blocks and inline marks.

The walk is iterative (explicit stacks), so that no page, however deeply nested, can
exhaust Python's recursion limit. Text and marks are built together in one pass
(:class:`InlineText`): HTML whitespace is collapsed as it is appended, ``<br>`` becomes a
line feed, and every mark records the offsets of the text as it stands, so that the
offsets stay exact in the model's normal form. Marks that would break the model's rules
(whitespace at an edge, empty, touching another of their kind, crossing another mark)
are shrunk, merged or dropped by :func:`clean_marks`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from selectolax.lexbor import LexborNode

from .._errors import ModelError
from .._model import (
    Block,
    Blockquote,
    Cell,
    Code,
    Embed,
    Emphasis,
    Figure,
    Image,
    Inline,
    Link,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    Preformatted,
    Section,
    Strong,
    Table,
    block_texts,
    check_marks,
    mark_sort_key,
)
from .._normal import _CONTROL, _SURROGATE, normalize_preformatted, normalize_text, normalize_url
from ._authors import drop_author_lines
from ._meta_values import printed_byline
from ._repeats import drop_repeats
from ._vocab import (
    BOILERPLATE_TEXT,
    CAPTION_CREDIT,
    CAPTION_CREDIT_MAX,
    CAPTION_WORDS,
    CODE_TAGS,
    CREDIT_CLASS,
    EMBED_HOSTS,
    EMBED_QUOTE_CLASS,
    EMPHASIS_TAGS,
    HEADING_TAGS,
    MEDIA_JUNK,
    PERMALINK_TAIL,
    RELATED_LABEL,
    STRONG_TAGS,
    TEASER_LABEL,
    class_tokens,
    furniture_line,
    image_path,
)

__all__ = ["BodyOptions", "InlineText", "build_sections", "clean_marks", "inline_of"]

_LANGUAGE = re.compile(r"(?:^|\s)(?:language|lang)-([A-Za-z0-9_+.#-]{1,64})(?:\s|$)")
_SPACES = " \n"
# Nesting past which blockquotes and lists inside lists are read as plain text: real
# pages never come near it, and it bounds the work on hostile ones.
_MAX_NESTING = 24
_INLINE_BREAK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "table",
        "tr",
        "blockquote",
        "figure",
        "pre",
        "section",
        "article",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "footer",
        "address",
        "hr",
        "figcaption",
        "details",
        "summary",
    }
)
_MARK_KIND: dict[str, str] = {"a": "a"}
_MARK_KIND.update(dict.fromkeys(EMPHASIS_TAGS, "em"))
_MARK_KIND.update(dict.fromkeys(STRONG_TAGS, "strong"))
_MARK_KIND.update(dict.fromkeys(CODE_TAGS, "code"))
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "button", "select", "textarea", "head"})


# --------------------------------------------------------------------------- inline text


class InlineText:
    """Text and marks built together, already in the model's normal form.

    ``breaks`` says whether ``<br>`` is a line feed (paragraphs, items, captions) or a
    space (headings, cells).
    """

    __slots__ = ("base", "breaks", "last", "length", "marking", "marks", "open", "parts")

    def __init__(self, base: str | None, *, breaks: bool = True) -> None:
        self.base = base
        self.breaks = breaks
        self.parts: list[str] = []
        self.length = 0
        # The last character written: "" at the start, " ", "\n", or "x" for any other.
        self.last = ""
        self.marks: list[tuple[str, int, int, str | None, str | None]] = []
        # Open marks: (kind, start, href, title), or None for an element that adds no mark.
        self.open: list[tuple[str, int, str | None, str | None] | None] = []
        # The places in ``open`` of the entries that are marks (at most one per kind), so
        # that elements nested thousands deep cost nothing when marks open and close.
        self.marking: list[int] = []

    def text(self, raw: str) -> None:
        """Append a text node's text (HTML whitespace collapses)."""
        if not raw:
            return
        if raw.isspace():
            # Whitespace alone (most text nodes between elements) collapses to one space;
            # no control character removed below counts as whitespace.
            if self.last == "x":
                self.parts.append(" ")
                self.length += 1
                self.last = " "
            return
        if not raw.isprintable():  # (a printable text holds no control character nor surrogate)
            raw = _CONTROL.sub("", raw)
            if not raw.isascii():
                raw = _SURROGATE.sub("\ufffd", raw)
        if not raw.isascii() and not unicodedata.is_normalized("NFC", raw):
            raw = unicodedata.normalize("NFC", raw)
        # Each run of white space becomes one space, as re.sub(r"\s+", " ", raw) would make it
        # (str.split and \s take the same characters for white space), in a fraction of the time.
        words = raw.split()
        if not words:
            if not raw:
                return
            value = " "
        else:
            value = " ".join(words)
            if raw[0].isspace():
                value = " " + value
            if raw[-1].isspace():
                value += " "
        if value[0] == " " and self.last != "x":
            value = value[1:]
            if not value:
                return
        self.parts.append(value)
        self.length += len(value)
        self.last = " " if value[-1] == " " else "x"

    def space(self) -> None:
        """Append a space unless the text is empty or already ends with whitespace."""
        if self.last == "x":
            self.parts.append(" ")
            self.length += 1
            self.last = " "

    def line_break(self) -> None:
        """Append a line feed (``<br>``, or a block edge inside an item), or a space."""
        if not self.breaks:
            self.space()
            return
        if self.last == "x":
            self.parts.append("\n")
            self.length += 1
        elif self.last == " ":
            self.parts[-1] = self.parts[-1][:-1] + "\n"
        else:
            return
        self.last = "\n"

    def open_mark(self, kind: str, href: str | None = None, title: str | None = None) -> None:
        """Open a mark at the current end (None is pushed when it would nest in its own kind)."""
        for place in self.marking:
            entry = self.open[place]
            if entry is not None and (entry[0] == kind or entry[0] == "code"):
                self.open.append(None)
                return
        if kind == "a" and href is None:
            self.open.append(None)
            return
        self.marking.append(len(self.open))
        self.open.append((kind, self.length, href, title))

    def close_mark(self) -> None:
        if not self.open:
            return
        entry = self.open.pop()
        if entry is not None:
            self.marking.pop()
        if entry is not None and self.length > entry[1]:
            self.marks.append((entry[0], entry[1], self.length, entry[2], entry[3]))

    def is_empty(self) -> bool:
        return self.length == 0

    def finish(self) -> tuple[str, tuple[Mark, ...]]:
        """The text and its marks; open marks end here (and are reopened by :meth:`carry`)."""
        for place in self.marking:
            entry = self.open[place]
            if entry is not None and self.length > entry[1]:
                self.marks.append((entry[0], entry[1], self.length, entry[2], entry[3]))
        text = "".join(self.parts)
        if text and text[-1] in _SPACES:
            text = text[:-1]
        if not text:
            return "", ()
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            # A combining character at the start of a text node joined the character
            # before it: the offsets no longer hold, so the text keeps no marks.
            return normalize_text(text, multiline=True), ()
        return text, clean_marks(text, self.marks)

    def carry(self) -> InlineText:
        """A new builder that continues the marks still open here (a block inside a link)."""
        fresh = InlineText(self.base, breaks=self.breaks)
        fresh.open = self.open.copy()
        fresh.marking = self.marking.copy()
        for place in fresh.marking:
            entry = fresh.open[place]
            if entry is not None:
                fresh.open[place] = (entry[0], 0, entry[2], entry[3])
        return fresh


def _make_mark(kind: str, start: int, end: int, href: str | None, title: str | None) -> Mark:
    if kind == "a":
        assert href is not None
        return Link(start, end, href, title)
    if kind == "em":
        return Emphasis(start, end)
    if kind == "strong":
        return Strong(start, end)
    return Code(start, end)


def _cuts(text: str, offset: int) -> bool:
    return 0 < offset < len(text) and unicodedata.category(text[offset]).startswith("M")


def clean_marks(text: str, raw: list[tuple[str, int, int, str | None, str | None]]) -> tuple[Mark, ...]:
    """Turn raw mark ranges into marks that pass ``check_marks``: shrink, merge, drop."""
    if not raw:
        return ()
    size = len(text)
    shrunk: list[tuple[str, int, int, str | None, str | None]] = []
    for kind, start, end, href, title in raw:
        end = min(end, size)
        while start < end and text[start] in _SPACES:
            start += 1
        while end > start and text[end - 1] in _SPACES:
            end -= 1
        if start < end and not _cuts(text, start) and not _cuts(text, end):
            shrunk.append((kind, start, end, href, title))
    # Marks exactly as the page nests them, when the model accepts them so.
    as_is = tuple(sorted((_make_mark(*m) for m in shrunk), key=mark_sort_key))
    try:
        check_marks("marks", text, as_is)
    except ModelError:
        pass
    else:
        return as_is
    # Merge touching or overlapping marks of one kind (links only with the same target).
    shrunk.sort(key=lambda m: (m[0], m[3] or "", m[4] or "", m[1], -m[2]))
    merged: list[tuple[str, int, int, str | None, str | None]] = []
    for mark in shrunk:
        if merged:
            prev = merged[-1]
            if prev[0] == mark[0] and prev[3] == mark[3] and prev[4] == mark[4] and mark[1] <= prev[2]:
                if mark[2] > prev[2]:
                    merged[-1] = (prev[0], prev[1], mark[2], prev[3], prev[4])
                continue
        merged.append(mark)
    marks = sorted((_make_mark(*m) for m in merged), key=mark_sort_key)
    kept: list[Mark] = []
    stack: list[Mark] = []
    ends: dict[type, set[int]] = {}
    previous: tuple[int, int, int] | None = None
    for candidate in marks:
        key = mark_sort_key(candidate)
        if previous is not None and key <= previous:
            continue
        while stack and stack[-1].end <= candidate.start:
            stack.pop()
        mark_type = type(candidate)
        if candidate.start in ends.get(mark_type, set()):
            continue
        if stack and candidate.end > stack[-1].end:
            continue
        if any(isinstance(outer, Code) or type(outer) is mark_type for outer in stack):
            continue
        kept.append(candidate)
        stack.append(candidate)
        ends.setdefault(mark_type, set()).add(candidate.end)
        previous = key
    result = tuple(kept)
    try:
        check_marks("marks", text, result)
    except ModelError:
        return ()
    return result


# --------------------------------------------------------------------------- helpers


def _attr(node: LexborNode, name: str) -> str | None:
    return _value(node.attributes, name)


def _value(attributes: dict[str, str | None], name: str) -> str | None:
    """``_attr`` of an element whose attributes were read (each read of them builds them anew)."""
    value = attributes.get(name)
    return value if isinstance(value, str) else None


def _classes(node: LexborNode) -> str:
    attributes = node.attributes
    return (_value(attributes, "class") or "") + " " + (_value(attributes, "id") or "")


def _line(text: str | None) -> str | None:
    if not text:
        return None
    value = normalize_text(text)
    return value or None


def _href(node: LexborNode, base: str | None) -> str | None:
    return _href_of(node.attributes, base)


def _href_of(attributes: dict[str, str | None], base: str | None) -> str | None:
    """``_href`` of an element whose attributes were read."""
    href = _value(attributes, "href")
    if not href or href.lstrip().startswith("#"):
        return None
    return normalize_url(href, base)


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    value = value.strip().removesuffix("px")
    if not value.isdigit() or len(value) > 9:
        return None
    number = int(value)
    return number if number > 0 else None


def _children(node: LexborNode) -> Iterator[LexborNode]:
    """The child nodes (elements, text, comments), in order."""
    return node.iter(include_text=True)


def provider_of(url: str) -> str | None:
    """The provider of an embed, from its URL's host."""
    host = url.split("://", 1)[-1].split("/", 1)[0].split("@")[-1].split(":")[0].lower()
    for suffix, name in EMBED_HOSTS:
        if host == suffix or host.endswith("." + suffix):
            return name
    return None


def inline_of(
    node: LexborNode,
    base: str | None,
    *,
    breaks: bool = True,
    skip: Callable[[LexborNode], bool] | None = None,
    marks: bool = True,
) -> tuple[str, tuple[Mark, ...]]:
    """The text and marks inside ``node``; block edges inside become line breaks (or spaces).

    ``skip`` leaves out the elements it returns True for (nested lists, credits).
    """
    out = InlineText(base, breaks=breaks)
    # The elements entered, each with the sibling after it (as in ``_walk``): closing one
    # ends a mark or a block edge.
    entered: list[tuple[str, LexborNode | None]] = []
    following: LexborNode | None = node.first_child
    while True:
        if following is None:
            if not entered:
                break
            closed, following = entered.pop()
            if marks and closed in _MARK_KIND:
                out.close_mark()
            elif closed in _INLINE_BREAK_TAGS:
                out.line_break()
            continue
        current = following
        following = current.next
        tag = current.tag
        if tag == "-text":
            out.text(current.text_content or "")
            continue
        if tag is None or tag.startswith("-") or tag in _SKIP_TAGS:
            continue
        if skip is not None and skip(current):
            if tag in _INLINE_BREAK_TAGS:
                out.line_break()  # a nested list left out still parts the text before it from the text after
            continue
        if tag == "br":
            out.line_break()
            continue
        if marks and tag in _MARK_KIND:
            kind = _MARK_KIND[tag]
            if kind == "a":
                attributes = current.attributes
                title = _line(_value(attributes, "title"))
                out.open_mark("a", _href_of(attributes, base), title)
            else:
                out.open_mark(kind)
        elif tag in _INLINE_BREAK_TAGS:
            out.line_break()
        elif tag in ("td", "th"):
            out.space()
        entered.append((tag, following))
        following = current.first_child
    return out.finish()


# --------------------------------------------------------------------------- block builders


class BodyOptions:
    """What the walk needs to know about the page: its base URL and its metadata texts."""

    __slots__ = ("authors", "base", "byline", "exact", "headline", "skip_byline", "skip_headline")

    def __init__(
        self,
        base: str | None,
        headline: str | None = None,
        byline: str | None = None,
        *,
        skip_headline: bool = True,
        skip_byline: bool = True,
        exact: bool = False,
        authors: tuple[str, ...] = (),
    ) -> None:
        self.base = base
        #: The names of the article's authors (metadata): printed in the body, they are its byline.
        self.authors = authors
        #: A page ``to_html`` wrote: no paragraph or heading is furniture by its words alone.
        self.exact = exact
        self.headline = _key(headline) if headline else None
        self.byline = _key(byline) if byline else None
        self.skip_headline = skip_headline
        self.skip_byline = skip_byline


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _image(node: LexborNode, base: str | None) -> Image | None:
    """The image of an ``<img>`` (or ``<picture>``/``<source>``), or None when it has no usable URL."""
    url = None
    attributes = node.attributes
    for name in ("src", "data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src"):
        raw = _value(attributes, name)
        if raw and not raw.lstrip().lower().startswith("data:"):
            url = normalize_url(raw, base)
            if url is not None:
                break
    if url is None:
        for name in ("srcset", "data-srcset", "data-lazy-srcset"):
            raw = _value(attributes, name)
            if raw:
                first = raw.strip().split(",")[0].strip().split(" ")[0]
                if first and not first.lower().startswith("data:"):
                    url = normalize_url(first, base)
                    if url is not None:
                        break
    if url is None:
        return None
    return Image(
        url,
        _line(_value(attributes, "alt")),
        _int(_value(attributes, "width")),
        _int(_value(attributes, "height")),
    )


def _junk_image(node: LexborNode, image: Image, *, in_figure: bool) -> bool:
    """Author headshots, logos, icons and tracking pixels are no part of the article."""
    if MEDIA_JUNK.search(_classes(node)):
        return True
    if in_figure:
        return False
    if image.width is not None and image.width <= 50 and (image.height is None or image.height <= 50):
        return True
    if image.height is not None and image.height <= 2:
        return True
    return bool(MEDIA_JUNK.search(image_path(image.url).rsplit("/", 1)[-1]) or MEDIA_JUNK.search(image.alt or ""))


def _first(node: LexborNode, tags: frozenset[str], *, avoid: frozenset[str] = frozenset()) -> LexborNode | None:
    """The first descendant with one of ``tags`` (not inside an ``avoid`` element), depth-first."""
    stack = list(reversed(list(_children(node))))
    while stack:
        current = stack.pop()
        tag = current.tag
        if tag in tags:
            return current
        if tag is None or tag.startswith("-") or tag in avoid:
            continue
        stack.extend(reversed(list(_children(current))))
    return None


# <amp-img>: the picture of an AMP page, read as an <img>.
_IMG = frozenset({"img", "amp-img"})
_FIGCAPTION = frozenset({"figcaption"})


def _is_credit(node: LexborNode) -> bool:
    return node.tag in ("small", "span", "p", "div", "cite") and bool(CREDIT_CLASS.search(_attr(node, "class") or ""))


_MEDIA = "img, amp-img, iframe, video"


# The most text (characters) beside its caption that a figure of a picture yet to load holds ("Image
# copyright EPA", a visually hidden "Image" label).
_AWAITED_TEXT = 25
_FIGURE_TEXT = "p, blockquote, table, ul, ol, pre, h2, h3, h4, h5, h6"


def _awaited_picture(node: LexborNode) -> bool:
    """A ``<figure>`` whose picture a script loads: no picture yet, a ``<figcaption>``, and besides it no
    block of text and at most a label. Its caption is the picture's, not the article's text (a pull
    quote's or a chart's figure holds its text outside the caption)."""
    caption = _first(node, _FIGCAPTION) or _caption_classed(node)
    if caption is None:
        return False
    rest = len(node.text(strip=True)) - len(caption.text(strip=True))
    if rest > _AWAITED_TEXT:
        return False
    captioned = {block.mem_id for block in caption.css(_FIGURE_TEXT)}
    return all(block.mem_id in captioned for block in node.css(_FIGURE_TEXT))


def _caption_classed(node: LexborNode) -> LexborNode | None:
    """The first element inside ``node`` whose class names a caption (``caption``, ``credit`` ...): a figure's
    caption written without ``<figcaption>``."""
    for element in node.css("[class]"):
        if any(token in CAPTION_WORDS for token in class_tokens(element.attributes.get("class") or "")):
            return element
    return None


# The longest line (characters) under a picture read as its caption.
_MAX_CAPTION = 300
_CAPTION_BLOCKS = "p, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, figure, img, picture, iframe, video"


def _caption_after_picture(node: LexborNode) -> bool:
    """A short line that is the last element of its parent, right after a sibling holding only a picture.

    The parent is then a figure in all but name, and the line its caption: "<div><img><div>The quay at
    dawn. Credit: Ann Lee</div></div>". A line with blocks of its own (paragraphs, lists) is the text.
    """
    after = node.next
    while after is not None and after.tag in ("-text", "-comment"):
        if after.tag == "-text" and (after.text_content or "").strip():
            return False
        after = after.next
    if after is not None:
        return False
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        if before.tag == "-text" and (before.text_content or "").strip():
            return False
        before = before.prev
    if before is None or before.tag in ("-text", "-comment"):
        return False
    if not (before.tag in _IMG or before.tag == "picture" or before.css_first("img, picture, amp-img") is not None):
        return False
    if before.text(strip=True):
        return False
    if node.tag == "p" and (before.tag == "figure" or _element_before(before) is not None):
        # a paragraph is a caption only when it and the picture are all the parent holds (and the picture is no
        # <figure>, which holds its own caption)
        return False
    text = node.text(strip=True)
    # (css() matches the element itself too: a <p> is no block inside itself)
    return 0 < len(text) <= _MAX_CAPTION and all(block.mem_id == node.mem_id for block in node.css(_CAPTION_BLOCKS))


def _stray_caption(figcaption: LexborNode) -> bool:
    """A ``<figcaption>`` outside ``<figure>`` that holds a caption's line, not the text: no picture, no
    paragraphs or lists of its own, at most ``_MAX_STRAY_CAPTION`` characters."""
    text = figcaption.text(strip=True)
    return (
        len(text) <= _MAX_STRAY_CAPTION and figcaption.css_first(_CAPTION_BLOCKS) is None and _picture_near(figcaption)
    )


def _picture_near(node: LexborNode) -> bool:
    """Whether a picture stands just before ``node``: in one of the ``_NEAR`` elements before it, or before its
    parent (a picture inside a link or a frame beside the caption's own box). Without one, a caption's tag
    captions nothing, and its text is read."""
    level: LexborNode | None = node
    for _ in range(2):
        if level is None:
            return False
        before = _element_before(level)
        for _ in range(_NEAR):
            if before is None or before.tag in ("-text", "-comment"):
                break
            if before.tag in _IMG or before.tag == "picture" or before.css_first("img, picture, amp-img") is not None:
                return True
            before = _element_before(before)
        level = level.parent
    return False


#: How many elements before a stray caption (or its parent) may hold its picture.
_NEAR = 3


_MAX_STRAY_CAPTION = 500


def _caption_box(node: LexborNode, entered: list[tuple[str, LexborNode | None]]) -> bool:
    """A ``<div>`` closing on a ``<figcaption>`` outside ``<figure>`` (its credit), with short lines before it
    and no picture or paragraph: the caption's box ("<div><div>The quay at dawn.</div><figcaption>Ann
    Lee</figcaption></div>"), not the text."""
    last = node.last_child
    while last is not None and last.tag in ("-text", "-comment"):
        if last.tag == "-text" and (last.text_content or "").strip():
            return False
        last = last.prev
    if last is None or last.tag != "figcaption" or any(tag == "figure" for tag, _ in entered):
        return False
    if _element_before(last) is None:
        return False  # the <figcaption> alone: read as a stray caption
    return (
        len(node.text(strip=True)) <= _MAX_STRAY_CAPTION
        and node.css_first(_CAPTION_BLOCKS) is None
        and _picture_near(node)
    )


def _element_before(node: LexborNode) -> LexborNode | None:
    """The element (or text) before ``node`` among its siblings, blank text and comments skipped."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        if before.tag == "-text" and (before.text_content or "").strip():
            return before
        before = before.prev
    return before


def figure_of(node: LexborNode, base: str | None, *, bare: bool = False) -> Block | None:
    """A ``<figure>``: an embed (ours, or an iframe), a picture with caption and credit, or None.

    ``bare`` says the figure holds no ``<img>``, ``<iframe>`` or ``<video>`` (the caller
    knows), so only the embed ``to_html`` writes is looked for.
    """
    classes = _attr(node, "class") or ""
    if "embed" in classes.split() or node.attributes.get("data-provider") is not None:
        embed = _our_embed(node, base)
        if embed is not None:
            return embed
    if bare:
        return None
    img = _first(node, _IMG, avoid=_FIGCAPTION)
    image = _image(img, base) if img is not None else None
    if image is None or (img is not None and _junk_image(img, image, in_figure=True)):
        frame = _first(node, frozenset({"iframe", "video"}))
        return embed_of(frame, base) if frame is not None else None
    figcaption = _first(node, _FIGCAPTION)
    if figcaption is None:
        return Figure(image)
    caption, credit = caption_of(figcaption, base)
    return Figure(image, caption, credit)


def caption_of(figcaption: LexborNode, base: str | None) -> tuple[Inline | None, str | None]:
    """A ``<figcaption>``'s caption and the credit its parts with a credit class give."""
    credit: str | None = None
    credit_nodes = [c for c in figcaption.css("*") if _is_credit(c)]
    if credit_nodes:
        credit = _line(" ".join(c.text() for c in credit_nodes))
    text, marks = inline_of(figcaption, base, skip=_is_credit)
    if BOILERPLATE_TEXT.match(text) and "data-caption" not in figcaption.attributes:
        return None, credit  # a control ("Show Caption", "Enlarge this image") or a gallery's counter ("1 / 7")
    return (Inline(text, marks) if text else None), credit


def _our_embed(node: LexborNode, base: str | None) -> Embed | None:
    """The embed figure that ``to_html`` writes: provider attribute, fallback text, link."""
    link = None
    for anchor in node.css("figcaption a[href]"):
        link = _href(anchor, base)
        if link is not None and link.startswith("http"):
            break
        link = None
    if link is None:
        return None
    provider = _line(_attr(node, "data-provider"))
    text: str | None = None
    paragraph = _first(node, frozenset({"p"}), avoid=_FIGCAPTION)
    if paragraph is not None:
        text = inline_of(paragraph, base, marks=False)[0] or None
    return Embed(link, provider, text)


def embed_of(node: LexborNode, base: str | None) -> Embed | None:
    """An ``<iframe>`` or ``<video>`` as an Embed (no fallback text: a player shows none)."""
    raw = _attr(node, "src") or _attr(node, "data-src") or _attr(node, "data-lazy-src")
    if raw is None and node.tag == "video":
        source = node.css_first("source[src]")
        raw = _attr(source, "src") if source is not None else None
    if not raw:
        return None
    url = normalize_url(raw, base)
    if url is None:
        return None
    provider = provider_of(url)
    if provider is None and node.tag == "iframe":
        # Ads and trackers also live in iframes: keep only players and posts we know.
        return None
    return Embed(url, provider, None)


def link_out_embed(node: LexborNode, base: str | None) -> Embed | None:
    """A host's stand-in for an embed its page did not load: a box marked as an embed.

    The box (``data-embed``, or the class ``embed``) holds a link to the post or the
    video at a host we know, an icon perhaps, and no words but the link's label ("View
    full post on YouTube"): the embed, with no text (the label is not the post's).
    """
    attributes = node.attributes  # (read once: each read builds them anew, and most divisions are no embed)
    if attributes.get("data-embed") is None and "embed" not in (_value(attributes, "class") or "").split():
        return None
    words = normalize_text(node.text(separator=" ") or "")
    if len(words) > _LABEL_MAX:
        return None
    url: str | None = None
    label: list[str] = []
    for anchor in node.css("a[href]"):
        link = _href(anchor, base)
        if link is None or provider_of(link) is None or (url is not None and link != url):
            return None  # a link elsewhere, or to two posts: not one embed's stand-in
        url = link
        label.append(normalize_text(anchor.text(separator=" ") or ""))
    if url is None or normalize_text(" ".join(label)) != words:
        return None
    return Embed(url, provider_of(url), None)


#: The longest label a host's embed stand-in shows ("View full post on Instagram").
_LABEL_MAX = 60


def quote_embed_of(node: LexborNode, base: str | None) -> Embed | None:
    """An embedded post written as a blockquote (tweets, Instagram, TikTok)."""
    url = None
    for name in ("data-instgrm-permalink", "cite"):
        raw = _attr(node, name)
        if raw:
            url = normalize_url(raw, base)
            if url is not None:
                break
    if url is None:
        for anchor in reversed(node.css("a[href]")):
            candidate = _href(anchor, base)
            if candidate is not None and candidate.startswith("http") and provider_of(candidate) is not None:
                url = candidate
                break
    if url is None:
        return None
    text = ""
    for paragraph in node.css("p"):
        words = inline_of(paragraph, base, marks=False)[0]
        if words and not _EMBED_FALLBACK.match(words):
            text = words  # the post's words: the first paragraph that is not the host's own label
            break
    return Embed(url, provider_of(url), text or None)


#: The labels a host writes in its embed code in place of the post ("View this post on Instagram", "A post shared by
#: Ann Lee (@annlee)"): no words of the post.
_EMBED_FALLBACK = re.compile(
    r"^\W*(?:view\s+this\s+(?:post|reel|video|photo)\s+on\s+\w+|an?\s+(?:post|video|photo|reel)\s+shared\s+by\b.*)$",
    re.IGNORECASE | re.DOTALL,
)


def pre_of(node: LexborNode) -> Preformatted | None:
    """A ``<pre>`` block, with the language from a ``language-x`` class."""
    for br in node.css("br"):
        br.replace_with("\n")
    # Block elements inside <pre> start on a new line, as a browser shows them.
    for inner in node.css("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, ul, ol, table, section, article"):
        inner.insert_before("\n")
    text = normalize_preformatted(node.text(deep=True))
    if not text.strip():
        return None
    language = None
    for candidate in (node, node.css_first("code")):
        if candidate is None:
            continue
        match = _LANGUAGE.search(_attr(candidate, "class") or "")
        if match:
            language = match.group(1)
            break
    return Preformatted(text, language)


class _ListFrame:
    __slots__ = ("children", "depth", "element", "items", "li", "lis", "nested", "next")

    def __init__(self, element: LexborNode, depth: int) -> None:
        self.element = element
        self.depth = depth
        lis = [child for child in _children(element) if child.tag == "li"]
        if not lis:
            lis = [c for c in _children(element) if c.tag is not None and not c.tag.startswith("-")]
        self.lis = lis
        self.next = 0
        self.items: list[ListItem] = []
        self.li: LexborNode | None = None
        self.nested: list[LexborNode] = []
        self.children: list[ListBlock] = []


def _nested_lists(item: LexborNode) -> list[LexborNode]:
    """The lists inside ``item`` that are not inside another list of it."""
    out: list[LexborNode] = []
    stack = list(reversed(list(_children(item))))
    while stack:
        node = stack.pop()
        if node.tag in ("ul", "ol"):
            out.append(node)
        elif node.tag is not None and not node.tag.startswith("-"):
            stack.extend(reversed(list(_children(node))))
    return out


def list_of(node: LexborNode, base: str | None) -> ListBlock | None:
    """A ``<ul>``/``<ol>`` with its nested lists (explicit stack; past a depth, nests become text)."""
    stack = [_ListFrame(node, 0)]
    result: ListBlock | None = None
    while stack:
        frame = stack[-1]
        if frame.li is not None and frame.nested:
            stack.append(_ListFrame(frame.nested.pop(0), frame.depth + 1))
            continue
        if frame.li is not None:
            skip = _is_list if frame.depth < _MAX_NESTING else None
            text, marks = inline_of(frame.li, base, skip=skip)
            if text or frame.children:
                frame.items.append(ListItem(text, marks, tuple(frame.children)))
            frame.li, frame.children = None, []
        if frame.next < len(frame.lis):
            frame.li = frame.lis[frame.next]
            frame.next += 1
            frame.nested = _nested_lists(frame.li) if frame.depth < _MAX_NESTING else []
            continue
        stack.pop()
        block: ListBlock | None = None
        if frame.items:
            ordered = frame.element.tag == "ol"
            start = 1
            if ordered:
                raw = (_attr(frame.element, "start") or "").strip()
                if raw.isdigit() and len(raw) < 10:
                    start = int(raw)
            block = ListBlock(tuple(frame.items), ordered, start)
        if stack:
            if block is not None:
                stack[-1].children.append(block)
        else:
            result = block
    return result


def _is_list(node: LexborNode) -> bool:
    return node.tag in ("ul", "ol")


# --------------------------------------------------------------------------- tables


_LAYOUT_BLOCKS = "h1, h2, h3, h4, h5, h6, blockquote, figure, pre"
_LAYOUT_BLOCK_TAGS = frozenset(tag.strip() for tag in _LAYOUT_BLOCKS.split(","))
# A cell with more text than this holds an article's text, not a datum.
_LAYOUT_CELL_TEXT = 400


def _is_layout_table(node: LexborNode, known: dict[LexborNode, bool]) -> bool:
    """A table used for page layout rather than data: read its cells as a container.

    It is one when it holds another table, a heading, a blockquote, a figure or a
    ``<pre>``, or a cell with more than 400 characters of text. ``known`` holds the
    answers already found for the tables of this body: a table holding tables answers
    for all of them in one pass (:func:`_judge_tables`), so that tables nested a
    thousand deep cost a thousand times one table, not a million.
    """
    answer = known.get(node)
    if answer is not None:
        return answer
    # css() matches the element itself too.
    if len(node.css("table")) > 1:
        _judge_tables(node, known)
        return True
    answer = node.css_first(_LAYOUT_BLOCKS) is not None or any(
        len(cell.text()) > _LAYOUT_CELL_TEXT for cell in node.css("td, th")
    )
    known[node] = answer
    return answer


def _judge_tables(root: LexborNode, known: dict[LexborNode, bool]) -> None:
    """Record in ``known`` whether each table under ``root`` (itself included) is a layout table.

    One walk, children before parents: every element sums its text's length and says
    whether it holds a table, a layout block, or a long cell, as ``_is_layout_table``
    would find with selectors on each table in turn. (``len(cell.text())`` is the sum of
    the lengths of the text nodes under the cell.)
    """
    # For each open element: [text length, holds a table, holds a block, holds a long cell].
    totals: list[list[int]] = [[0, 0, 0, 0]]
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            length, tables, blocks, long_cells = totals.pop()
            if tag == "table":
                known[node] = bool(tables or blocks or long_cells)
            elif (tag == "td" or tag == "th") and length > _LAYOUT_CELL_TEXT:
                long_cells = 1
            parent = totals[-1]
            parent[0] += length
            parent[1] |= tables | (tag == "table")
            parent[2] |= blocks | (tag in _LAYOUT_BLOCK_TAGS)
            parent[3] |= long_cells
            continue
        if tag == "-text":
            totals[-1][0] += len(node.text_content or "")
            continue
        if tag is None or tag.startswith("-"):
            continue
        totals.append([0, 0, 0, 0])
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))


def table_of(node: LexborNode, base: str | None) -> Table | None:
    """A data table: header rows from ``<thead>`` (or a first row of ``<th>``), padded to a rectangle."""
    header: list[list[Cell]] = []
    body: list[list[Cell]] = []
    pending_spans: dict[int, int] = {}
    first = True
    for row in node.css("tr"):
        section = row.parent
        in_head = section is not None and section.tag == "thead"
        cells: list[Cell] = []
        column = 0
        spans: dict[int, int] = {}
        all_th = True
        for cell in _children(row):
            if cell.tag not in ("td", "th"):
                continue
            while pending_spans.get(column, 0) > 0:
                cells.append(Cell())
                spans[column] = pending_spans[column] - 1
                column += 1
            all_th = all_th and cell.tag == "th"
            text, marks = inline_of(cell, base, breaks=False)
            cells.append(Cell(text, marks))
            rowspan = _int(_attr(cell, "rowspan")) or 1
            colspan = min(_int(_attr(cell, "colspan")) or 1, 100)
            if rowspan > 1:
                spans[column] = min(rowspan, 1000) - 1
            column += 1
            for _ in range(colspan - 1):
                cells.append(Cell())
                column += 1
        for col, left in pending_spans.items():
            if col >= column and left > 0:
                spans[col] = left - 1
        pending_spans = {k: v for k, v in spans.items() if v > 0}
        if not cells:
            continue
        if in_head or (first and all_th and not header and node.css_first("thead") is None and len(cells) > 1):
            header.append(cells)
        else:
            body.append(cells)
        first = False
    rows = header + body
    if not rows:
        return None
    width = max(len(row) for row in rows)
    for cells_of_row in rows:
        cells_of_row.extend(Cell() for _ in range(width - len(cells_of_row)))
    caption: Inline | None = None
    caption_node = node.css_first("caption")
    if caption_node is not None:
        text, marks = inline_of(caption_node, base)
        if text:
            caption = Inline(text, marks)
    return Table(tuple(tuple(r) for r in header), tuple(tuple(r) for r in body), caption)


# --------------------------------------------------------------------------- the walk


class _Known:
    """What the walk of one body has learnt about its elements (shared with nested walks).

    Each answer is found once for a whole subtree, so that elements nested thousands
    deep are not searched again at every level.
    """

    __slots__ = ("bare_figures", "tables")

    def __init__(self) -> None:
        # Tables judged layout (True) or data (False).
        self.tables: dict[LexborNode, bool] = {}
        # Figures with no picture, video or frame anywhere inside.
        self.bare_figures: set[LexborNode] = set()


# The longest paragraph (characters) of teaser links under a label ("Read more:" and three headlines).
_MAX_TEASERS = 600
#: Characters that show nothing: zero-width spaces and joiners, the word joiner, the byte-order mark,
#: soft hyphens, white space.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad \t\n\r\u00a0"
# The most text (characters) outside its links that a paragraph of teaser links over 200 characters holds: the
# label alone ("Read more:", "Related coverage:").
_TEASERS_UNLINKED = 40


def _teasers(paragraph: Paragraph) -> bool:
    """A teaser paragraph: a label ("Read more:", "Related") and links to other stories, mostly linked.

    A short one may hold a few words besides its link; a longer one (a label over three headlines, each on its
    line) holds nothing but the label outside its links.
    """
    text = paragraph.text
    if not paragraph.marks or not TEASER_LABEL.match(text):
        return False
    linked = sum(m.end - m.start for m in paragraph.marks if isinstance(m, Link))
    if linked * 2 < len(text) - 12:
        return False
    return len(text) < 200 or len(text) - linked <= _TEASERS_UNLINKED


# How many levels above a heading a link around it is looked for (a card: ``<a><div><h3>``).
_LINK_AROUND = 4


# The fewest characters of description before a caption's closing credit.
_CAPTION_WORDS = 20


def _credited_caption(text: str) -> bool:
    """A picture's caption left outside its figure: a description closed by its credit ("The quay at dawn.
    (Credit: Ann Lee)"); a credit line alone is a furniture line, read elsewhere."""
    # Every form of the credit holds "[", or "credit" in any case (none of "cred" has a letter that case-insensitive
    # matching pairs with a non-ASCII one): a cheap test spares the search, tried at each position of the text.
    if "[" not in text and "cred" not in text.lower():
        return False
    credit = CAPTION_CREDIT.search(text)
    return credit is not None and credit.start() >= _CAPTION_WORDS


# An ad slot's label written as a heading ("Advertisement", "Advertising").
_AD_LABEL = re.compile(r"^\W*(?:advertisement|advertising|advert|ad)\W*$", re.IGNORECASE)


def _furniture_heading(text: str) -> bool:
    """A heading that is a furniture line ("Like this:", "Follow the Gazette on Facebook"), and not a label that
    takes its section with it ("Join our commenting forum", "Related stories": ``build_sections``)."""
    return furniture_line(text) and not (BOILERPLATE_TEXT.match(text) or RELATED_LABEL.match(text))


def _teaser_heading(text: str) -> bool:
    """Whether a heading is a teaser's label and another story's headline ("MORE: ...", "Read more: ..."); a
    label alone ("See also", "Related") heads a section of the article's own."""
    label = TEASER_LABEL.match(text)
    return label is not None and len(re.findall(r"\w+", text[label.end() :])) >= 2


def _linked(heading: LexborNode) -> bool:
    """Whether a heading holds a link or stands inside one (a teaser card linking another story)."""
    if heading.css_first("a[href]") is not None:
        return True
    node = heading.parent
    for _ in range(_LINK_AROUND):
        if node is None:
            return False
        if node.tag == "a" and node.attributes.get("href"):
            return True
        node = node.parent
    return False


class _Flow:
    """Blocks and headings in reading order, with the inline text being gathered."""

    def __init__(self, options: BodyOptions, known: _Known | None = None) -> None:
        self.options = options
        self.known = _Known() if known is None else known
        self.items: list[tuple[str, int, Block | None]] = []
        self.inline = InlineText(options.base)
        self.deferred: list[Block] = []
        self.blocks_seen = 0
        self.paragraphs_seen = False  # whether a Paragraph is among the blocks of ``items``

    def flush(self) -> None:
        if not self.inline.is_empty():
            carry = self.inline.carry()
            text, marks = self.inline.finish()
            self.inline = carry
            if text:
                self.paragraph(Paragraph(text, marks))
        # An empty builder is kept: its open marks all start at 0, as a carried one's would.
        if self.deferred:
            for block in self.deferred:
                self.block(block)
            self.deferred = []

    def paragraph(self, paragraph: Paragraph) -> None:
        text = paragraph.text
        if not self.options.exact and not text.strip(_INVISIBLE):
            return  # a spacer: a zero-width joiner or space alone ("&zwnj;"), nothing a reader sees
        if len(text) < _MAX_TEASERS and not self.options.exact and _teasers(paragraph):
            return
        if len(text) < 200 and not self.options.exact:
            if BOILERPLATE_TEXT.match(text):
                return
            # (a picture may come first: the byline or the headline repeated opens the text after it)
            first = not self.paragraphs_seen
            if first and self.options.skip_byline and self._is_byline(text):
                return
            if first and self.options.skip_headline and self.options.headline and _key(text) == self.options.headline:
                return
        if len(text) <= CAPTION_CREDIT_MAX and not self.options.exact and _credited_caption(text):
            return
        self.block(paragraph)

    def _is_byline(self, text: str) -> bool:
        """Whether a paragraph is the byline: its words, or the byline line with its date ("By Ann Lee -
        2018-09-16", the metadata's byline ending before the date)."""
        byline = self.options.byline
        return bool(byline) and byline in (_key(text), _key(printed_byline(text) or ""))

    def block(self, block: Block) -> None:
        self.items.append(("block", 0, block))
        self.blocks_seen += 1
        if isinstance(block, Paragraph):
            self.paragraphs_seen = True

    def uncaptioned_picture_last(self) -> bool:
        """Whether the last block is a picture without caption and no text waits after it."""
        if not self.items or not self.inline.is_empty():
            return False
        kind, _, last = self.items[-1]
        return kind == "block" and isinstance(last, Figure) and last.caption is None and last.credit is None

    def caption_last(self, figcaption: LexborNode) -> bool:
        """Give the last block, a picture without caption, the caption of ``figcaption``;
        False (nothing changed) when the last item is not such a picture."""
        if not self.items:
            return False
        kind, _, last = self.items[-1]
        if kind != "block" or not isinstance(last, Figure) or last.caption is not None or last.credit is not None:
            return False
        caption, credit = caption_of(figcaption, self.options.base)
        self.items[-1] = ("block", 0, Figure(last.image, caption, credit))
        return True

    def heading(self, node: LexborNode) -> None:
        self.flush()
        text, _ = inline_of(node, self.options.base, breaks=False, marks=False)
        text = normalize_text(text)
        if not self.options.exact:
            text = PERMALINK_TAIL.sub("", text)
        if not text:
            return
        if not self.options.exact and _AD_LABEL.match(text):
            return  # an ad slot's label: the slot is gone, and the paragraphs after it are the article's
        if not self.options.exact and _furniture_heading(text):
            return  # "Like this:", a photo credit: a widget's label, a line of furniture; what follows goes on
        if not self.options.exact and _teaser_heading(text) and _linked(node):
            return  # "MORE: <another story>": a teaser card's title; what follows goes on with the section before
        tag = node.tag or "h2"
        headline = self.options.skip_headline and self.options.headline and _key(text) == self.options.headline
        if headline and (tag == "h1" or self.blocks_seen == 0):
            return
        level = max(2, int(tag[1]))
        self.items.append((text, level, None))


def _walk(root: LexborNode, flow: _Flow, depth: int = 0) -> None:
    """Read the children of ``root`` into ``flow`` (iterative; ``depth`` counts blockquotes).

    The tree is walked by sibling and first-child links (no list of children is built): each
    element entered waits in ``entered`` with the sibling after it, read before the element
    itself is (a builder changes nothing but what the element holds), and is closed when its
    last child is read.
    """
    base = flow.options.base
    entered: list[tuple[str, LexborNode | None]] = []  # (tag, the sibling after it)
    following: LexborNode | None = root.first_child
    while True:
        if following is None:
            if not entered:
                break
            closed, following = entered.pop()
            if closed in _MARK_KIND:
                flow.inline.close_mark()
            elif closed not in _INLINE_TAGS:
                flow.flush()
            continue
        node = following
        following = node.next
        tag = node.tag
        if tag == "-text":
            flow.inline.text(node.text_content or "")
            continue
        if tag is None or tag.startswith("-") or tag in _SKIP_TAGS:
            continue
        if tag == "br":
            flow.inline.line_break()
            continue
        if tag in _MARK_KIND:
            if tag == "a":
                attributes = node.attributes
                flow.inline.open_mark("a", _href_of(attributes, base), _line(_value(attributes, "title")))
            else:
                flow.inline.open_mark(_MARK_KIND[tag])
            entered.append((tag, following))
            following = node.first_child
            continue
        if tag in _INLINE_TAGS:
            entered.append((tag, following))
            following = node.first_child
            continue
        if tag == "img" or tag == "picture" or tag == "amp-img":
            img = node if tag != "picture" else node.css_first("img")
            image = _image(img, base) if img is not None else None
            if image is not None and img is not None and not _junk_image(img, image, in_figure=False):
                if flow.inline.is_empty():
                    flow.block(Figure(image))
                else:
                    flow.deferred.append(Figure(image))
            continue
        if tag in HEADING_TAGS:
            flow.heading(node)
            continue
        block: Block | None
        if tag in ("ul", "ol"):
            flow.flush()
            block = list_of(node, base)
            if block is not None:
                flow.block(block)
            continue
        if tag == "table" and not _is_layout_table(node, flow.known.tables):
            flow.flush()
            block = table_of(node, base)
            if block is not None:
                flow.block(block)
            continue
        if tag == "blockquote":
            flow.flush()
            if EMBED_QUOTE_CLASS.search(_attr(node, "class") or ""):
                block = quote_embed_of(node, base)
            elif depth < _MAX_NESTING:
                block = blockquote_of(node, flow.options, depth + 1, flow.known)
            else:
                entered.append((tag, following))
                following = node.first_child
                continue
            if block is not None:
                flow.block(block)
            continue
        if tag == "figure":
            flow.flush()
            bare = node in flow.known.bare_figures
            if not bare and node.css_first(_MEDIA) is None:
                bare = True
                flow.known.bare_figures.update(node.css("figure"))  # itself and those inside
            block = figure_of(node, base, bare=bare)
            if block is not None:
                flow.block(block)
            elif bare and not _awaited_picture(node):
                # A figure without a picture (a pull quote, a chart's text): read its content.
                entered.append((tag, following))
                following = node.first_child
            continue
        paragraph_caption = tag == "p" and not flow.options.exact and _caption_after_picture(node)
        if paragraph_caption:
            flow.flush()  # (a picture inside an inline element waits to be flushed)
        if (
            (tag in ("div", "span") or paragraph_caption)
            and flow.uncaptioned_picture_last()
            and _caption_after_picture(node)
        ):
            # A line under a picture, outside <figure> ("<div><div><img></div><div>Caption</div></div>").
            flow.flush()
            if flow.caption_last(node):
                continue
        if tag == "figcaption" and not any(entered_tag == "figure" for entered_tag, _ in entered):
            # A caption outside <figure> ("<div><img><figcaption>"): the picture's right before it.
            flow.flush()
            if flow.caption_last(node):
                continue
            if not flow.options.exact and _stray_caption(node):
                # No picture right before it to take it (one inside a link with a button's label, one a script
                # loads): still a caption by its tag, not the article's text.
                continue
        if tag == "div" and not flow.options.exact and _caption_box(node, entered):
            # A caption's line and its credit in a <figcaption>, boxed together outside <figure>.
            flow.flush()
            continue
        if tag == "div" and not flow.options.exact:
            block = link_out_embed(node, base)
            if block is not None:
                flow.flush()
                flow.block(block)
                continue
        if tag == "pre":
            flow.flush()
            block = pre_of(node)
            if block is not None:
                flow.block(block)
            continue
        if tag in ("iframe", "video"):
            block = embed_of(node, base)
            if block is not None:
                flow.flush()
                flow.block(block)
            else:
                # A frame left out still stands between the words on either side of it.
                flow.inline.text(" ")
            continue
        if tag == "hr":
            flow.flush()
            continue
        # A block container (div, section, li out of a list, a layout table ...).
        flow.flush()
        entered.append((tag, following))
        following = node.first_child
    flow.flush()


_INLINE_TAGS = frozenset(
    {
        "span",
        "small",
        "big",
        "sub",
        "sup",
        "abbr",
        "acronym",
        "time",
        "q",
        "mark",
        "u",
        "s",
        "strike",
        "del",
        "ins",
        "font",
        "bdi",
        "bdo",
        "data",
        "nobr",
        "wbr",
        "ruby",
        "rt",
        "rp",
        "label",
        "output",
        "meter",
        "progress",
        "em",
        "i",
        "strong",
        "b",
        "code",
        "kbd",
        "samp",
        "tt",
        "var",
        "cite",
        "dfn",
        "a",
    }
)


def blockquote_of(node: LexborNode, options: BodyOptions, depth: int, known: _Known | None = None) -> Blockquote | None:
    """A blockquote: its paragraphs (every text inside, in order) and its citation."""
    citation_node: LexborNode | None = None
    for child in _children(node):
        if child.tag in ("footer", "cite"):
            citation_node = child
    citation: Inline | None = None
    if citation_node is not None:
        inner = citation_node
        cites = [c for c in _children(citation_node) if c.tag == "cite"] if citation_node.tag == "footer" else []
        if len(cites) == 1 and normalize_text(citation_node.text()) == normalize_text(cites[0].text()):
            inner = cites[0]
        text, marks = inline_of(inner, options.base, breaks=False)
        if inner.tag != "cite":
            stripped = text.lstrip("—–―-−~ ")
            if stripped != text:
                text, marks = stripped, ()
        if text:
            citation = Inline(normalize_text(text), marks if normalize_text(text) == text else ())
        citation_node.replace_with(" ")
    flow = _Flow(BodyOptions(options.base, skip_headline=False, skip_byline=False, exact=options.exact), known)
    _walk(node, flow, depth)
    paragraphs: list[Paragraph] = []
    for heading, _, block in flow.items:
        if block is None:
            paragraphs.append(Paragraph(normalize_text(heading, multiline=True)))
        elif isinstance(block, Paragraph):
            paragraphs.append(block)
        elif isinstance(block, Blockquote):
            paragraphs.extend(block.paragraphs)
            if block.citation is not None:
                paragraphs.append(Paragraph(block.citation.text, block.citation.marks))
        else:
            # Lists, tables, code inside a quotation: their texts, as paragraphs in normal form.
            for _, text in block_texts(block):
                line = normalize_text(text, multiline=True)
                if line:
                    paragraphs.append(Paragraph(line))
    if not paragraphs:
        if citation is None:
            return None
        return Blockquote((Paragraph(citation.text, citation.marks),))
    return Blockquote(tuple(paragraphs), citation)


#: A heading of a sign-in or subscription wall ("Sign in or create an account", "Subscribe to keep reading").
_WALL_LABEL = re.compile(
    r"^\W*(?:(?:sign|log)\s*(?:in|up)|subscribe|register|create\s+(?:a\s+)?(?:free\s+)?account)\b", re.IGNORECASE
)
#: How long a paragraph under a wall's heading is to be the article's own prose (a wall's blurb is shorter).
_WALL_PROSE = 150


def _wall_over_prose(section: Section) -> bool:
    """Whether a section is a sign-in or subscription wall's heading over the article's own paragraphs."""
    return (
        section.heading is not None
        and _WALL_LABEL.match(section.heading) is not None
        and any(isinstance(block, Paragraph) and len(block.text) >= _WALL_PROSE for block in section.blocks)
    )


def _label_opening_prose(kept: list[Section], section: Section) -> bool:
    """Whether a widget's label heads the article's own paragraphs: its section holds prose, and no paragraph was
    kept before it (the article's opening, a picture or a player before it) or the block right before it is a
    player (a video player's "Up Next", left when its carousel went, is the player's label, not a section's)."""
    if not any(isinstance(block, Paragraph) and len(block.text) >= _WALL_PROSE for block in section.blocks):
        return False
    last = next((s.blocks[-1] for s in reversed(kept) if s.blocks), None)
    return isinstance(last, Embed) or not any(isinstance(b, Paragraph) for s in kept for b in s.blocks)


def _go_on_before(kept: list[Section], blocks: tuple[Block, ...]) -> None:
    """Add ``blocks``, whose heading was dropped, to the last section kept (or, when there is none yet, to a
    first section without a heading)."""
    if kept:
        kept[-1] = Section(kept[-1].heading, kept[-1].level, kept[-1].blocks + blocks)
    elif blocks:
        kept.append(Section(None, 1, blocks))


#: The label of a review's verdict box: a list of the product's pros or cons.
_VERDICT_LABEL = re.compile(r"^\W*(?:pros|cons)\W*$", re.IGNORECASE)
#: The label of a table of contents: a list of links to the article's own sections.
_CONTENTS_LABEL = re.compile(
    r"^\W*(?:in\s+this\s+(?:article|story|guide|post|review)|(?:table\s+of\s+)?contents|on\s+this\s+page)\W*$",
    re.IGNORECASE,
)


def _without_verdict_lists(sections: list[Section]) -> list[Section]:
    """Sections without a review's verdict box: a "Pros" or "Cons" label (a heading or a paragraph) and the
    list right under it are the product box the review repeats, not its text. Blocks after the list under
    such a heading go on with the section before. A table of contents goes the same way: its label ("In this
    article", "Contents") and the list right under it, or the label alone once its list of links is gone."""
    kept: list[Section] = []
    for section in sections:
        blocks = _unlabelled(section.blocks)
        heading = section.heading
        if heading is not None and _VERDICT_LABEL.match(heading) and blocks and isinstance(blocks[0], ListBlock):
            _go_on_before(kept, blocks[1:])
            continue
        if heading is not None and _CONTENTS_LABEL.match(heading):
            # a table of contents: its label, and its list when the list is still there
            _go_on_before(kept, blocks[1:] if blocks and isinstance(blocks[0], ListBlock) else blocks)
            continue
        kept.append(section if len(blocks) == len(section.blocks) else Section(heading, section.level, blocks))
    return kept


#: The shortest paragraph (characters) of prose after which a list of links is inside the article.
_CLOSING_PROSE = 150


def _without_closing_link_lists(sections: list[Section]) -> list[Section]:
    """Sections without the lists of links that close the article: each item one link and nothing more (the
    headlines of other stories), with no paragraph of prose after the list. A heading over such a list alone
    labels it ("Keep reading") and goes with it. A list of links followed by prose is the article's."""
    kept: list[Section] = []
    closing = True  # no prose after this point
    for section in reversed(sections):
        blocks: list[Block] = []
        dropped = False
        for block in reversed(section.blocks):
            if closing and isinstance(block, ListBlock) and _links_only(block):
                dropped = True
                continue
            if isinstance(block, Paragraph) and len(block.text) >= _CLOSING_PROSE:
                closing = False
            blocks.append(block)
        if not dropped:
            kept.append(section)
        elif blocks:
            kept.append(Section(section.heading, section.level, tuple(reversed(blocks))))
        # (a section left empty goes whole: its heading labelled the list, or it had none)
    kept.reverse()
    return kept


def _links_only(block: ListBlock) -> bool:
    """A list of two items or more, each one link and nothing more."""
    if len(block.items) < 2:
        return False
    return all(
        not item.children
        and any(isinstance(mark, Link) and mark.start == 0 and mark.end >= len(item.text) for mark in item.marks)
        for item in block.items
    )


def _unlabelled(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` without any "Pros" or "Cons" paragraph and the list right after it."""
    kept: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if (
            isinstance(block, Paragraph)
            and index + 1 < len(blocks)
            and isinstance(blocks[index + 1], ListBlock)
            and (_VERDICT_LABEL.match(block.text) or _CONTENTS_LABEL.match(block.text))
        ):
            index += 2
            continue
        kept.append(block)
        index += 1
    return tuple(kept) if len(kept) < len(blocks) else blocks


#: The longest bold paragraph (characters) read as a sub-heading, and the shortest paragraphs of prose around it.
_BOLD_HEADING = 80
_BOLD_PROSE = 80
#: How many bold paragraphs between paragraphs of prose make a page that writes its sub-headings so.
_BOLD_HEADINGS = 2
#: The end of a bold paragraph that is a lead-in or a sentence, not a heading ("Editor's note:", "Tom Hale.").
_BOLD_LEAD_IN = re.compile(r"[.:;,\u2026\-\u2013\u2014]\s*$")


def _bold_headings(items: list[tuple[str, int, Block | None]]) -> list[tuple[str, int, Block | None]]:
    """The items with bold paragraphs read as sub-headings, on a page that writes its sub-headings so.

    A page without any heading element in its body whose short paragraphs, bold and nothing else, stand between
    paragraphs of prose two times or more (``<p><strong>Reforms</strong></p>``) marks its sections that way. A
    page with heading elements uses them for its sections, and its bold lines are labels (a product's verdict).
    """
    if any(block is None for _, _, block in items):
        return items
    found: list[int] = []
    for index in range(1, len(items) - 1):
        block = items[index][2]
        between = _prose(items[index - 1][2]) and _prose(items[index + 1][2])
        if between and isinstance(block, Paragraph) and _bold_line(block):
            found.append(index)
    if len(found) < _BOLD_HEADINGS:
        return items
    changed = list(items)
    for index in found:
        block = items[index][2]
        assert isinstance(block, Paragraph)  # (found above)
        changed[index] = (normalize_text(block.text), 2, None)
    return changed


def _bold_line(paragraph: Paragraph) -> bool:
    """A short paragraph, bold from end to end and nothing else, that does not read as a lead-in or a label."""
    text = paragraph.text
    if len(text) > _BOLD_HEADING or "\n" in text or _BOLD_LEAD_IN.search(text):
        return False
    marks = paragraph.marks
    if len(marks) != 1 or not isinstance(marks[0], Strong) or marks[0].start > 0 or marks[0].end < len(text):
        return False
    return not (BOILERPLATE_TEXT.match(text) or RELATED_LABEL.match(text) or TEASER_LABEL.match(text))


def _prose(block: Block | None) -> bool:
    return isinstance(block, Paragraph) and len(block.text) >= _BOLD_PROSE


def build_sections(root: LexborNode, options: BodyOptions) -> tuple[Section, ...]:
    """The sections of the body under ``root``: one per heading, the first without one."""
    flow = _Flow(options)
    _walk(root, flow)
    items = flow.items if options.exact else _bold_headings(flow.items)
    sections: list[Section] = []
    heading: str | None = None
    level = 1
    blocks: list[Block] = []
    for text, item_level, block in items:
        if block is None:
            if heading is not None or blocks:
                sections.append(Section(heading, level, tuple(blocks)))
            heading, level, blocks = text, item_level, []
        else:
            blocks.append(block)
    if heading is not None or blocks:
        sections.append(Section(heading, level, tuple(blocks)))
    if options.exact:
        return tuple(sections)
    # Sections under a furniture heading ("Comments", "Up next", "Related stories"): their
    # widget was not recognised by its class, but its label says what it is.
    kept: list[Section] = []
    for section in sections:
        heading = section.heading
        if (
            heading is None
            or len(heading) > 60
            or not (BOILERPLATE_TEXT.match(heading) or RELATED_LABEL.match(heading))
        ):
            kept.append(section)
        elif _wall_over_prose(section) or _label_opening_prose(kept, section):
            # "Sign in or create an account" over the article's next paragraphs: a sign-in wall left its
            # heading mid-article; the paragraphs after it go on with the section before
            _go_on_before(kept, section.blocks)
    sections = kept
    sections = _without_verdict_lists(sections)
    sections = _without_closing_link_lists(sections)
    sections = drop_author_lines(sections, options.authors)
    sections = drop_repeats(sections)  # a synopsis or a caption that repeats the body's opening
    # A furniture heading left at the end with nothing under it ("Share this", "Comments").
    while (
        sections and not sections[-1].blocks and sections[-1].heading and BOILERPLATE_TEXT.match(sections[-1].heading)
    ):
        sections.pop()
    return tuple(sections)
