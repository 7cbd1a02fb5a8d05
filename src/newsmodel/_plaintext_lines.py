"""Plain text, step one: lines, chunks, fences, and what a single line is.

The reader (:mod:`newsmodel._plaintext`) works on *chunks*: runs of non-blank lines
between blank lines, each line kept with its indentation. The tests here decide what
one line is (a list item, a heading, a byline, a widget label ...); the writer uses the
same tests to know when a line needs the escape (a leading backslash).
"""

from __future__ import annotations

import bisect
from datetime import date, datetime
from typing import NamedTuple

from ._normal import normalize_preformatted, normalize_text
from ._plaintext_vocab import (
    AUTHOR_BOX,
    BULLET,
    BYLINE,
    CLOSING_PUNCTUATION,
    DATE_LINE,
    DATELINE_ALONE,
    FOREIGN_MONTHS,
    HASH_HEADING,
    INLINE_RELATED,
    MAX_CATEGORY_LINE,
    MAX_HEADING_LINE,
    MAX_MARKER_LINE,
    MONTHS,
    NUMBERED,
    NUMBERED_HEADING,
    RELATED_HEADING,
    TRAILING_CLOSERS,
    WIDGET_LINE,
)

__all__ = [
    "ESCAPE",
    "Chunk",
    "Line",
    "chunks_of",
    "closes",
    "is_caps",
    "is_widget",
    "list_marker",
    "parse_date",
]

#: A line starting with this is literal text: not a marker, and never joined to the line before.
ESCAPE = "\\"


class Line(NamedTuple):
    """One non-blank line: its indentation (tabs count four) and its text without outer whitespace."""

    indent: int
    text: str

    @property
    def escaped(self) -> bool:
        return self.text.startswith(ESCAPE)


class Chunk(NamedTuple):
    """Lines between blank lines; or, for a fence, the preformatted text it holds."""

    lines: tuple[Line, ...]
    #: For a fenced block: its text (normal form) and language ("" when none given).
    pre: tuple[str, str] | None = None


def _fence(stripped: str) -> tuple[str, str] | None:
    if not stripped.startswith("```"):
        return None
    ticks = len(stripped) - len(stripped.lstrip("`"))
    language = stripped[ticks:]
    if not language.isascii() or not all(ch.isalnum() or ch in "_+.#-" for ch in language):
        return None
    return stripped[:ticks], language


def chunks_of(text: str) -> list[Chunk]:
    """Split text into chunks at blank lines; a fenced block (```) is one chunk with its text kept."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if raw_lines and raw_lines[0].startswith("\ufeff"):
        raw_lines[0] = raw_lines[0][1:]
    # Where each bare fence string ("```", "````") appears, so that finding the line that
    # closes a fence is a binary search, and an unclosed fence costs nothing (linear time).
    bare: dict[str, list[int]] = {}
    for index, raw in enumerate(raw_lines):
        if "```" in raw:
            stripped = raw.strip()
            if stripped.startswith("```") and stripped == "`" * len(stripped):
                bare.setdefault(stripped, []).append(index)
    chunks: list[Chunk] = []
    current: list[Line] = []
    index = 0
    count = len(raw_lines)
    while index < count:
        raw = raw_lines[index]
        stripped = raw.strip()
        fence = _fence(stripped) if stripped.startswith("```") else None
        if fence is not None:
            ticks, language = fence
            positions = bare.get(ticks, [])
            at = bisect.bisect_right(positions, index)
            end = positions[at] if at < len(positions) else -1
            if end != -1:
                if current:
                    chunks.append(Chunk(tuple(current)))
                    current = []
                body = normalize_preformatted("\n".join(raw_lines[index + 1 : end]))
                chunks.append(Chunk((Line(0, stripped),), (body, language)))
                index = end + 1
                continue
        if not stripped or not normalize_text(stripped):
            if current:
                chunks.append(Chunk(tuple(current)))
                current = []
        else:
            expanded = raw.expandtabs(4)
            current.append(Line(len(expanded) - len(expanded.lstrip()), stripped))
        index += 1
    if current:
        chunks.append(Chunk(tuple(current)))
    return chunks


def closes(text: str) -> bool:
    """Tell whether a line ends with closing punctuation (looking through closing quotes and brackets)."""
    end = len(text)
    while end and text[end - 1] in TRAILING_CLOSERS:
        end -= 1
    if end == 0:
        return False
    return text[end - 1] in CLOSING_PUNCTUATION


def is_caps(text: str) -> bool:
    """Tell whether a line is in capitals: at least two cased letters, none of them lowercase."""
    cased = [ch for ch in text if ch.isalpha() and (ch.isupper() or ch.islower())]
    return len(cased) >= 2 and not any(ch.islower() for ch in cased)


def _label(text: str) -> str:
    """A line as widget labels are matched: lowercased, without a trailing ":" or "…".

    A trailing full stop is kept: "Twitter." in running text is a sentence, not a button.
    """
    lowered = text.lower().rstrip()
    if lowered.endswith("..."):
        lowered = lowered[:-3]
    return lowered.rstrip(":…").rstrip()


def is_widget(text: str) -> bool:
    """Tell whether a line is the residue of a share bar, newsletter box or similar widget."""
    return len(text) <= MAX_MARKER_LINE and WIDGET_LINE.fullmatch(_label(text)) is not None


def is_author_box(text: str) -> bool:
    """Tell whether a line is an author box's label: "+ posts", "View all posts by ..."."""
    return len(text) <= MAX_MARKER_LINE and AUTHOR_BOX.fullmatch(_label(text)) is not None


def is_related_heading(text: str) -> bool:
    """Tell whether a line heads a block of related posts: "Related Posts", "Read more:"."""
    return len(text) <= MAX_MARKER_LINE and RELATED_HEADING.fullmatch(_label(text)) is not None


def names_more_from(text: str) -> bool:
    """Whether a related-posts heading is the free "More from ..." form ("More from CNN", "More from the mayor's
    speech:"), which running text also writes; the fixed labels ("Related Posts", "Read more") it never does."""
    return is_related_heading(text) and _label(text).startswith("more from ")


def inline_related(text: str) -> str | None:
    """The title in a one-line promotion ("Read more: Title"), or None."""
    if len(text) > MAX_MARKER_LINE:
        return None
    match = INLINE_RELATED.fullmatch(text)
    return match.group(1) if match else None


def list_marker(text: str) -> tuple[bool, int, str] | None:
    """Read a list item's marker: (ordered, number, the item's text), or None."""
    if not text or not (text[0] in "-*•◦▪‣–" or text[0].isdigit()):
        return None
    match = BULLET.fullmatch(text)
    if match:
        return False, 1, match.group(2) or ""
    if text[0].isdigit():
        match = NUMBERED.fullmatch(text)
        if match:
            return True, int(match.group(1)), match.group(3) or ""
    return None


def hash_heading(text: str) -> tuple[int, str] | None:
    """Read a heading marked with "#": (level, text), or None."""
    if not text.startswith("#"):
        return None
    match = HASH_HEADING.fullmatch(text)
    if not match:
        return None
    return max(2, len(match.group(1))), match.group(2)


def numbered_heading_depth(text: str) -> int:
    """How deep a numbered heading's number is ("2." -> 1, "2.1" -> 2), 0 when unnumbered."""
    if not text[:1].isdigit() or len(text) > MAX_HEADING_LINE:
        return 0
    match = NUMBERED_HEADING.match(text)
    if not match:
        return 0
    return match.group(1).count(".") + 1 - (1 if match.group(1).endswith(".") else 0)


def is_heading_like(text: str) -> bool:
    """Tell whether a line could be a sub-heading: short, capitalised, no closing punctuation, no marker."""
    if not text or len(text) > MAX_HEADING_LINE or closes(text) or text.startswith(ESCAPE):
        return False
    first = text[0]
    if first.islower() or not any(ch.isalpha() for ch in text):
        return False
    if list_marker(text) is not None and not numbered_heading_depth(text):
        return False
    if text.startswith("#") and hash_heading(text) is not None:
        return False
    if len(text.split()) > 16:
        return False
    return not (is_widget(text) or is_author_box(text) or is_related_heading(text) or is_header_line(text))


def is_category_line(text: str) -> bool:
    """Tell whether a line could be a category (kicker) above the headline."""
    return (
        len(text) <= MAX_CATEGORY_LINE
        and len(text.split()) <= 5
        and not closes(text)
        and not text.startswith((ESCAPE, "#"))
        and list_marker(text) is None
        and not is_header_line(text)
        and not is_widget(text)
        and not is_related_heading(text)
        and not is_author_box(text)
        and any(ch.isalpha() for ch in text)
    )


def byline_names(text: str) -> str | None:
    """The names part of a byline ("By Jane Doe" -> "Jane Doe"), or None."""
    if len(text) > 150 or text[:1] not in "BbVvPpDd":
        return None
    match = BYLINE.fullmatch(text)
    if not match:
        return None
    names = match.group(1)
    if not names[0].isupper() or len(names.split()) > 16 or (closes(names.rstrip(".")) and not names.endswith(".")):
        return None
    return names


def parse_date(text: str) -> tuple[str, date] | None:
    """Read a date line: ("published" or "modified", the date), or None.

    "Published March 5, 2024" and "March 5, 2024" give a ``date`` (a time of day given
    without a zone is not kept: the day is); an ISO 8601 value gives a date or datetime.
    """
    if len(text) > 80 or not text[:1].isalnum():
        return None
    match = DATE_LINE.fullmatch(text)
    if not match:
        return None
    label = (match.group("label") or "").lower()
    kind = "modified" if label in _MODIFIED else "published"
    value: date | None
    if match.group("iso"):
        if match.group("rest"):
            return None
        value = _iso(match.group("iso"))
    elif match.group("foreign"):
        words = [word for word in match.group("foreign").replace(".", " ").split() if word != "de"]
        month = FOREIGN_MONTHS.get(words[1].lower(), 0)
        value = _calendar(int(words[2]), month, int(words[0])) if month else None
    else:
        words = (match.group("mdy") or match.group("dmy")).replace(",", " ").replace(".", " ").split()
        month_word, day_word = (words[0], words[1]) if match.group("mdy") else (words[1], words[0])
        value = _calendar(int(words[2]), _month(month_word), int(day_word))
    return (kind, value) if value is not None else None


_MODIFIED = frozenset(
    {"updated", "last updated", "modified", "aktualisiert", "actualizado", "actualizada", "mis à jour"}
    | {"aggiornato", "atualizado"}
)


def _month(word: str) -> int:
    prefix = word[:3].lower()
    for number, name in enumerate(MONTHS, start=1):
        if name[:3].lower() == prefix:
            return number
    return 0


def _calendar(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(value: str) -> date | None:
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def format_date(value: date) -> str:
    """Write a date as :func:`parse_date` reads it: "March 5, 2024", or ISO 8601 for a datetime."""
    if isinstance(value, datetime):
        return value.isoformat()
    if value.year < 1000:
        return value.isoformat()
    return f"{MONTHS[value.month - 1]} {value.day}, {value.year}"


def is_header_line(text: str) -> bool:
    """Tell whether a line is a byline, a date line or a dateline of its own."""
    if len(text) > MAX_MARKER_LINE:
        return False
    if byline_names(text) is not None or parse_date(text) is not None:
        return True
    return text[:1].isupper() and DATELINE_ALONE.fullmatch(text) is not None
