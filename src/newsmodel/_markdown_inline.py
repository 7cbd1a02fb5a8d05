"""Inline Markdown: text with its marks, written escaped, and read back from tokens.

Writing escapes exactly the characters that CommonMark would otherwise read as markup
(see :func:`escape_text`), writes links as ``[text](url "title")``, emphasis as ``*``,
strong as ``**``, code as backtick spans, and line breaks as backslash-newline. Where
CommonMark has no form for a mark (a delimiter that its flanking rules would not read
as opening or closing, inline code across a line break), that mark alone is written as
inline HTML (``<em>``, ``<strong>``, ``<code>``), which the reader understands.

Reading turns markdown-it's inline tokens into plain text (in normal form) and mark
ranges over it, with offsets counted as the text is put together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace

from ._errors import ModelError
from ._model import Code, Emphasis, Link, Mark, Strong, check_marks, mark_sort_key
from ._normal import is_url, normalize_text, normalize_url

__all__ = ["InlineReader", "escape_text", "escape_title", "format_destination", "render_inline"]

# --------------------------------------------------------------------------- writing

# Characters escaped wherever they are: they open or close inline markup.
_ALWAYS = frozenset("\\*`[]<")
# "&" only where it would start an entity or character reference.
_ENTITY_AHEAD = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# A line that starts like an ordered list marker: 1-9 digits then "." or ")" then a space or the end.
_ORDERED_START = re.compile(r"\d{1,9}[.)](?: |$)")
# A line that a GFM table could read as its delimiter row.
_DELIMITER_ROW = re.compile(r"[-:|][-:| ]*")
_BACKTICK_RUN = re.compile(r"`+")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def escape_text(text: str, *, line_start: bool, cell: bool = False) -> str:
    """Escape plain text so that CommonMark reads it back as the same characters.

    ``line_start`` says that the text begins a line of a block, where ``#``, ``>``,
    list markers, setext underlines and fences would be read as block markup; text
    after each line feed also begins a line. ``cell`` also escapes ``|``.
    A line feed becomes a hard break (backslash, newline).
    """
    out: list[str] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index:
            out.append("\\\n")
        if not line:
            continue
        start = 0
        if (line_start or index) and not cell:
            first = line[0]
            if first in "#>-+=|" or (first == "~" and line.startswith("~~~")):
                out.append("\\" + first)
                start = 1
            elif first == ":" and _DELIMITER_ROW.fullmatch(line):
                out.append("\\:")
                start = 1
            elif first.isdigit():
                match = _ORDERED_START.match(line)
                if match:
                    marker_end = match.end() - (1 if match.group().endswith(" ") else 0)
                    out.append(_escape_run(line, 0, marker_end - 1, cell))
                    out.append("\\" + line[marker_end - 1])
                    start = marker_end
        out.append(_escape_run(line, start, len(line), cell))
    return "".join(out)


def _escape_run(line: str, start: int, end: int, cell: bool) -> str:
    pieces: list[str] = []
    last = start
    for index in range(start, end):
        ch = line[index]
        escape = False
        if ch in _ALWAYS:
            escape = True
        elif ch == "_":
            escape = not (0 < index < len(line) - 1 and _is_word(line[index - 1]) and _is_word(line[index + 1]))
        elif ch == "&":
            escape = _ENTITY_AHEAD.match(line, index) is not None
        elif ch == "|":
            escape = cell
        if escape:
            pieces.append(line[last:index])
            pieces.append("\\" + ch)
            last = index + 1
    pieces.append(line[last:end])
    return "".join(pieces)


def escape_title(title: str, *, cell: bool = False) -> str:
    """A link or image title, double-quoted, read back as the same characters."""
    escaped = title.replace("\\", "\\\\").replace('"', '\\"')
    escaped = _ENTITY_AHEAD.sub("\\\\&", escaped)
    if cell:
        escaped = escaped.replace("|", "\\|")
    return f'"{escaped}"'


def format_destination(url: str) -> str:
    """A link destination: bare when it can be, else in angle brackets."""
    if "&" in url:
        url = _ENTITY_AHEAD.sub("\\\\&", url)
    if not url or "(" in url or ")" in url:
        return f"<{url}>"
    return url


def _code_span(content: str, cell: bool) -> str:
    longest = max((len(run) for run in _BACKTICK_RUN.findall(content)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if content.startswith("`") or content.endswith("`") else ""
    if cell:
        content = content.replace("|", "\\|")
    return f"{fence}{pad}{content}{pad}{fence}"


def _char_class(ch: str) -> int:
    """0 whitespace, 1 punctuation, 2 other: what CommonMark's flanking rules look at."""
    if isWhiteSpace(ord(ch)):
        return 0
    if isMdAsciiPunct(ord(ch)) or isPunctChar(ch):
        return 1
    return 2


def _can_open(before: str, after: str) -> bool:
    """Can a ``*`` run between these characters open emphasis?"""
    next_class = _char_class(after)
    return next_class != 0 and (next_class != 1 or _char_class(before) != 2)


def _can_close(before: str, after: str) -> bool:
    """Can a ``*`` run between these characters close emphasis?"""
    last_class = _char_class(before)
    return last_class != 0 and (last_class != 1 or _char_class(after) != 2)


def render_inline(
    text: str,
    marks: Sequence[Mark],
    *,
    line_start: bool = True,
    cell: bool = False,
    verify: bool = True,
) -> str:
    """Write text with its marks as inline Markdown (see the module docstring)."""
    if not marks:
        return escape_text(text, line_start=line_start, cell=cell)
    html: set[int] = set()
    for index, mark in enumerate(marks):
        if isinstance(mark, Code) and "\n" in text[mark.start : mark.end]:
            html.add(index)
    rendered = _render(text, marks, html, line_start, cell)
    if not any(isinstance(mark, Emphasis | Strong) for mark in marks):
        return rendered
    # Delimiters that CommonMark would not read as opening or closing fall back to HTML,
    # one mark at a time, until every delimiter left flanks as it must.
    for _ in range(len(marks) + 1):
        bad = _misflanked(rendered, text, marks, html, line_start, cell)
        if not bad:
            break
        html |= bad
        rendered = _render(text, marks, html, line_start, cell)
    if verify and not _reads_back(rendered, text, marks, cell):
        html |= {i for i, mark in enumerate(marks) if isinstance(mark, Emphasis | Strong)}
        rendered = _render(text, marks, html, line_start, cell)
    return rendered


# Private-use characters stand in for delimiters while flanking is checked; they never
# reach the output.
_OPEN, _CLOSE = "\ue000", "\ue001"


def _render(text: str, marks: Sequence[Mark], html: set[int], line_start: bool, cell: bool, probe: int = -1) -> str:
    """Write the marks as a tree; ``probe`` marks where mark ``probe``'s delimiters go."""
    out: list[str] = []
    stack: list[tuple[int, Mark]] = []
    position = 0
    at_line_start = line_start

    def emit_text(end: int, before_link: bool) -> None:
        nonlocal position, at_line_start
        if end <= position:
            return
        chunk = text[position:end]
        escaped = escape_text(chunk, line_start=at_line_start, cell=cell)
        if before_link and escaped.endswith("!"):
            escaped = escaped[:-1] + "\\!"
        out.append(escaped)
        at_line_start = chunk.endswith("\n")
        position = end

    def close(index: int, mark: Mark) -> None:
        nonlocal at_line_start
        if index == probe:
            out.append(_CLOSE)
        if isinstance(mark, Link):
            title = f" {escape_title(mark.title, cell=cell)}" if mark.title is not None else ""
            out.append(f"]({format_destination(mark.href)}{title})")
        elif isinstance(mark, Code):
            pass
        elif index in html:
            out.append("</strong>" if isinstance(mark, Strong) else "</em>")
        else:
            out.append("**" if isinstance(mark, Strong) else "*")
        at_line_start = False

    for index, mark in enumerate(marks):
        while stack and stack[-1][1].end <= mark.start:
            closed_index, closed = stack.pop()
            emit_text(closed.end, False)
            close(closed_index, closed)
        emit_text(mark.start, isinstance(mark, Link))
        if isinstance(mark, Code):
            content = text[mark.start : mark.end]
            if index in html:
                out.append("<code>" + escape_text(content, line_start=False, cell=cell) + "</code>")
            else:
                out.append(_code_span(content, cell))
            position = mark.end
            at_line_start = False
            continue
        if isinstance(mark, Link):
            out.append("[")
        elif index in html:
            out.append("<strong>" if isinstance(mark, Strong) else "<em>")
        else:
            out.append("**" if isinstance(mark, Strong) else "*")
        if index == probe:
            out.append(_OPEN)
        at_line_start = False
        stack.append((index, mark))
    while stack:
        closed_index, closed = stack.pop()
        emit_text(closed.end, False)
        close(closed_index, closed)
    emit_text(len(text), False)
    return "".join(out)


def _misflanked(
    rendered: str, text: str, marks: Sequence[Mark], html: set[int], line_start: bool, cell: bool
) -> set[int]:
    """The emphasis and strong marks whose ``*`` runs would not open or close."""
    bad: set[int] = set()
    runs = _star_runs(rendered)
    for index, mark in enumerate(marks):
        if index in html or not isinstance(mark, Emphasis | Strong):
            continue
        probed = _render(text, marks, html, line_start, cell, probe=index)
        width = 2 if isinstance(mark, Strong) else 1
        # Offsets of the delimiters in the unprobed output: the open marker follows the
        # opening stars; the close marker, shifted by the open one, precedes the closing stars.
        open_at = probed.index(_OPEN) - width
        close_at = probed.index(_CLOSE) - 1
        # The characters around the whole run of stars that each delimiter sits in.
        before_open, after_open = runs.get(open_at, (" ", " "))
        before_close, after_close = runs.get(close_at, (" ", " "))
        if not _can_open(before_open, after_open) or not _can_close(before_close, after_close):
            bad.add(index)
    return bad


def _star_runs(rendered: str) -> dict[int, tuple[str, str]]:
    """For every ``*`` that is markup (not escaped), the characters around its run."""
    result: dict[int, tuple[str, str]] = {}
    index = 0
    size = len(rendered)
    while index < size:
        ch = rendered[index]
        if ch == "\\":
            index += 2
            continue
        if ch == "*":
            end = index
            while end < size and rendered[end] == "*":
                end += 1
            before = rendered[index - 1] if index else " "
            after = rendered[end] if end < size else " "
            for offset in range(index, end):
                result[offset] = (before, after)
            index = end
            continue
        index += 1
    return result


def _reads_back(rendered: str, text: str, marks: Sequence[Mark], cell: bool) -> bool:
    from ._markdown_reader import parse_inline

    source = rendered.replace("\\|", "|") if cell else rendered
    try:
        got_text, got_marks = parse_inline(source)
    except Exception:
        return False
    return got_text == text and tuple(got_marks) == tuple(marks)


# --------------------------------------------------------------------------- reading

_HTML_MARK = re.compile(r"<(/?)(em|i|strong|b|code)\s*>", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


class InlineReader:
    """Builds plain text and mark ranges from markdown-it inline tokens.

    Whitespace is put in normal form while the text is assembled (a run of spaces and
    soft breaks is one space, none at the ends or next to a line break), so mark
    offsets are counted on the final text. ``multiline=False`` turns hard breaks into
    spaces (table cells).
    """

    __slots__ = (
        "_counts",
        "_in_code",
        "_last",
        "_marks",
        "_open",
        "_parts",
        "_pending",
        "_size",
        "base",
        "images",
        "multiline",
    )

    def __init__(self, *, multiline: bool = True, base: str | None = None) -> None:
        self.multiline = multiline
        self.base = base
        #: Images met inside running text: (url, alt, title).
        self.images: list[tuple[str, str | None, str | None]] = []
        self._parts: list[str] = []
        self._size = 0
        self._last = ""
        self._pending = False
        # Each mark: [kind, start, end, href, title]
        self._marks: list[list[Any]] = []
        self._open: list[tuple[str, list[Any] | None]] = []
        self._in_code = False
        self._counts: dict[str, int] = {}

    # -- text

    def text(self, content: str) -> None:
        if not content:
            return
        if _CONTROL.search(content):
            content = _CONTROL.sub("", content)
        if not content.isascii() or " " in content or "\n" in content or "\t" in content:
            content = _SPACES.sub(" ", content)
        if content.startswith(" "):
            self._pending = True
            content = content[1:]
        if not content:
            return
        trailing = content.endswith(" ")
        if trailing:
            content = content[:-1]
        if content:
            self._flush_space()
            self._parts.append(content)
            self._size += len(content)
            self._last = content[-1]
        if trailing:
            self._pending = True

    def space(self) -> None:
        self._pending = True

    def line_break(self) -> None:
        if not self.multiline:
            self._pending = True
            return
        self._pending = False
        if self._size and self._last != "\n":
            self._parts.append("\n")
            self._size += 1
            self._last = "\n"

    def _flush_space(self) -> None:
        if self._pending:
            self._pending = False
            if self._size and self._last != "\n":
                self._parts.append(" ")
                self._size += 1
                self._last = " "

    # -- marks

    def open(self, kind: str, href: str | None = None, title: str | None = None) -> None:
        if self._in_code:
            # Inline code holds no other mark (nor a second code mark).
            self._open.append((kind, None))
            self._counts[kind] = self._counts.get(kind, 0) + 1
            return
        if kind == "code":
            self._in_code = True
        self._flush_space()
        mark = [kind, self._size, -1, href, title]
        self._marks.append(mark)
        self._open.append((kind, mark))
        self._counts[kind] = self._counts.get(kind, 0) + 1

    def close(self, kind: str) -> bool:
        """Close the innermost open mark of ``kind``; False when none is open."""
        if not self._counts.get(kind):
            return False
        for position in range(len(self._open) - 1, -1, -1):
            if self._open[position][0] == kind:
                break
        else:
            return False
        while len(self._open) > position:
            closed, mark = self._open.pop()
            self._counts[closed] -= 1
            if closed == "code" and mark is not None:
                self._in_code = False
            if mark is not None:
                mark[2] = self._size
        return True

    def code(self, content: str) -> None:
        self.open("code")
        self.text(content)
        self.close("code")

    # -- tokens

    def feed(self, tokens: Sequence[Any]) -> None:
        """Read the children of one markdown-it ``inline`` token."""
        for token in tokens:
            kind = token.type
            if kind == "text" or kind == "text_special":
                self.text(token.content)
            elif kind == "softbreak":
                self.space()
            elif kind == "hardbreak":
                self.line_break()
            elif kind == "code_inline":
                self.code(token.content)
            elif kind == "em_open":
                self.open("em")
            elif kind == "em_close":
                self.close("em")
            elif kind == "strong_open":
                self.open("strong")
            elif kind == "strong_close":
                self.close("strong")
            elif kind == "link_open":
                href = self._url(str(token.attrGet("href") or ""))
                title = token.attrGet("title")
                self.open("link", href, str(title) if title is not None else None)
            elif kind == "link_close":
                self.close("link")
            elif kind == "image":
                url = self._url(str(token.attrGet("src") or ""))
                if url is not None:
                    title = token.attrGet("title")
                    self.images.append((url, _plain(token.children or ()), str(title) if title else None))
            elif kind == "html_inline":
                self._html(token.content)
            else:
                self.text(token.content)

    def _html(self, content: str) -> None:
        match = _HTML_MARK.fullmatch(content)
        if match:
            name = match.group(2).lower()
            kind = {"i": "em", "em": "em", "b": "strong", "strong": "strong", "code": "code"}[name]
            if not match.group(1):
                self.open(kind)
                return
            if self.close(kind):
                return
        elif _HTML_BREAK.fullmatch(content):
            self.line_break()
            return
        # Any other inline HTML is kept as the text it is, never interpreted.
        self.text(content)

    def _url(self, raw: str) -> str | None:
        if is_url(raw, mailto=True):
            return raw
        return normalize_url(raw, self.base)

    # -- result

    def result(self) -> tuple[str, tuple[Mark, ...]]:
        """The text in normal form and its marks, valid for the model."""
        while self._open:
            _, mark = self._open.pop()
            if mark is not None:
                mark[2] = self._size
        text = "".join(self._parts)
        stripped = text.rstrip(" \n")
        if len(stripped) != len(text):
            text = stripped
        marks = self._marks
        if normalize_text(text, multiline=self.multiline) != text:
            # Characters that change under NFC: keep the text, drop the marks.
            return normalize_text(text, multiline=self.multiline), ()
        return text, tidy_marks(text, marks)


def _plain(tokens: Sequence[Any]) -> str | None:
    reader = InlineReader(multiline=False)
    reader.feed(tokens)
    text, _ = reader.result()
    return text or None


_KINDS: dict[str, type] = {"em": Emphasis, "strong": Strong, "code": Code}


def tidy_marks(text: str, raw: list[list[Any]]) -> tuple[Mark, ...]:
    """Turn recorded ranges into model marks: trimmed, merged, sorted, and valid."""
    size = len(text)
    built: list[Mark] = []
    for kind, start, end, href, title in raw:
        end = min(end, size)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        if kind == "link":
            if href is None:
                continue
            title = normalize_text(title) if title else None
            built.append(Link(start, end, href, title or None))
        else:
            built.append(_KINDS[kind](start, end))
    if not built:
        return ()
    built.sort(key=mark_sort_key)
    try:
        check_marks("markdown", text, tuple(built))
        return tuple(built)
    except ModelError:
        pass
    return _repair(text, built)


def _repair(text: str, marks: list[Mark]) -> tuple[Mark, ...]:
    """Keep the marks that obey the model's rules, in one pass over the sorted marks.

    Foreign Markdown (or HTML inside it) may nest a mark in one of its own kind, touch
    two of a kind, or open a mark inside inline code; such marks are dropped. The pass
    mirrors :func:`check_marks` with a stack, so it stays linear in the number of marks.
    """
    kept: list[Mark] = []
    stack: list[Mark] = []
    open_kinds: dict[type, int] = {}
    # where the last kept mark of each kind closed: kept marks of one kind never overlap, so a mark touches one
    # of its kind exactly when it opens there (however many marks were dropped since)
    closed_at: dict[type, int] = {}
    previous: Mark | None = None
    for mark in marks:
        if previous is not None and mark_sort_key(mark) == mark_sort_key(previous):
            continue
        if _cuts(text, mark.start) or _cuts(text, mark.end):
            continue
        while stack and stack[-1].end <= mark.start:
            closed = stack.pop()
            open_kinds[type(closed)] -= 1
            closed_at[type(closed)] = closed.end
        touching = closed_at.get(type(mark)) == mark.start
        if touching or (stack and mark.end > stack[-1].end):
            continue
        if open_kinds.get(type(mark)) or open_kinds.get(Code) or (isinstance(mark, Link) and open_kinds.get(Link)):
            continue
        kept.append(mark)
        stack.append(mark)
        open_kinds[type(mark)] = open_kinds.get(type(mark), 0) + 1
        previous = mark
    return tuple(kept)


def _cuts(text: str, offset: int) -> bool:
    import unicodedata

    return 0 < offset < len(text) and unicodedata.category(text[offset]).startswith("M")
