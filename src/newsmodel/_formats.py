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


def from_text(text: str, *, limits: Limits | None = None, quotes: bool = True) -> Article:
    """Read a plain-text article (category line, headline, paragraphs, sub-headings).

    Args:
        text: the article.
        limits: size limits (default: ``Limits()``).
        quotes: find quotes and attributions in the body; ``False`` reads the structure
            alone (the article's quotes and attributions are empty), several times faster.

    Raises:
        InputTooLargeError: the text is larger than ``limits.max_input_bytes``.
    """
    _require_str(text, "from_text")
    from ._plaintext import from_text as parse

    return parse(text, limits=limits, quotes=quotes)


def to_text(article: Article) -> str:
    """Write an article as plain text in the layout :func:`from_text` reads."""
    from ._plaintext import to_text as render

    return render(article)


def from_markdown(markdown: str, *, limits: Limits | None = None, quotes: bool = True) -> Article:
    """Read a Markdown article (front matter, then CommonMark with GFM tables).

    Args:
        markdown: the article.
        limits: size limits (default: ``Limits()``).
        quotes: find quotes and attributions in the body (or read those newsmodel's front
            matter states); ``False`` reads the structure alone (quotes and attributions
            empty).

    Raises:
        ParseError: invalid front matter, naming the key or line.
        InputTooLargeError: the text is larger than ``limits.max_input_bytes``.
    """
    _require_str(markdown, "from_markdown")
    check_size(markdown, "markdown", limits)
    from ._markdown import from_markdown as parse

    return parse(markdown, quotes=quotes)


def to_markdown(article: Article) -> str:
    """Write an article as Markdown with YAML front matter."""
    from ._markdown import to_markdown as render

    return render(article)


def from_html(
    html: str | bytes,
    url: str | None = None,
    *,
    encoding: str | None = None,
    limits: Limits | None = None,
    quotes: bool = True,
) -> Article:
    """Read a news page: metadata, the body with its structure, quotes and related posts.

    Args:
        html: the page, as text or as bytes (the charset is detected: BOM, ``encoding``,
            ``<meta charset>``, then the bytes themselves).
        url: the page's URL, for resolving relative links. Never fetched.
        encoding: the charset of ``html`` as bytes when the caller knows it (from the
            HTTP ``Content-Type``, for instance).
        limits: size limits (default: ``Limits()``).
        quotes: find quotes and attributions in the body (or read those a page written by
            :func:`to_html` states); ``False`` reads metadata, body and related posts
            alone (quotes and attributions empty), about twice as fast.

    Raises:
        InputTooLargeError: the page is larger than ``limits.max_input_bytes``.
    """
    if not isinstance(html, str | bytes | bytearray):
        raise TypeError(f"from_html() takes str or bytes, got {type(html).__name__}")
    check_size(html, "html", limits)
    from ._html import from_html as parse

    return parse(bytes(html) if isinstance(html, bytearray) else html, url=url, encoding=encoding, quotes=quotes)


def to_html(article: Article, *, fragment: bool = False) -> str:
    """Write an article as a complete HTML5 document (or, with ``fragment``, its ``<article>``)."""
    from ._html import to_html as render

    return render(article, fragment=fragment)
