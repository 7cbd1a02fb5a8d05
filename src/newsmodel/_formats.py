"""The public entry points of the formats other than JSON.

Each format lives in its own module (``_plaintext``, ``_markdown``, ``_html``) with both
directions; this module checks the input against the size limits and forwards, so that
``import newsmodel`` stays cheap and a format's dependencies load when it is first used.
"""

from __future__ import annotations

from ._limits import Limits, check_size
from ._model import Article

__all__ = ["from_html", "from_markdown", "from_text", "to_html", "to_markdown", "to_text"]


def _require_str(value: object, function: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{function}() takes a str, got {type(value).__name__}")


def from_text(text: str, *, limits: Limits | None = None) -> Article:
    """Read a plain-text article (category line, headline, paragraphs, sub-headings).

    Raises:
        InputTooLargeError: the text is larger than ``limits.max_input_bytes``.
    """
    _require_str(text, "from_text")
    from ._plaintext import from_text as parse

    return parse(text, limits=limits)


def to_text(article: Article) -> str:
    """Write an article as plain text in the layout :func:`from_text` reads."""
    from ._plaintext import to_text as render

    return render(article)


def from_markdown(markdown: str, *, limits: Limits | None = None) -> Article:
    """Read a Markdown article (front matter, then CommonMark with GFM tables).

    Raises:
        ParseError: invalid front matter, naming the key or line.
        InputTooLargeError: the text is larger than ``limits.max_input_bytes``.
    """
    _require_str(markdown, "from_markdown")
    check_size(markdown, "markdown", limits)
    from ._markdown import from_markdown as parse

    return parse(markdown)


def to_markdown(article: Article) -> str:
    """Write an article as Markdown with YAML front matter."""
    from ._markdown import to_markdown as render

    return render(article)


def from_html(html: str | bytes, url: str | None = None, *, limits: Limits | None = None) -> Article:
    """Read a news page: metadata, the body with its structure, quotes and related posts.

    Args:
        html: the page, as text or as bytes (the charset is detected).
        url: the page's URL, for resolving relative links.
        limits: size limits (default: ``Limits()``).

    Raises:
        InputTooLargeError: the page is larger than ``limits.max_input_bytes``.
    """
    if not isinstance(html, str | bytes | bytearray):
        raise TypeError(f"from_html() takes str or bytes, got {type(html).__name__}")
    check_size(html, "html", limits)
    from ._html import from_html as parse

    return parse(bytes(html) if isinstance(html, bytearray) else html, url=url)


def to_html(article: Article, *, fragment: bool = False) -> str:
    """Write an article as a complete HTML5 document (or, with ``fragment``, its ``<article>``)."""
    from ._html import to_html as render

    return render(article, fragment=fragment)
