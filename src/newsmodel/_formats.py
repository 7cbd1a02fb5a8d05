"""The public entry points of the formats other than JSON, and the table of formats.

Each format lives in its own module (``_plaintext``, ``_markdown``, ``_html``) with both
directions; this module only forwards to them, so that ``import newsmodel`` stays cheap
and a format's dependencies load when it is first used.
"""

from __future__ import annotations

from ._model import Article

__all__ = ["from_html", "from_markdown", "from_text", "to_html", "to_markdown", "to_text"]


def from_text(text: str) -> Article:
    """Read a plain-text article (category line, headline, paragraphs, sub-headings)."""
    from ._plaintext import from_text as parse

    return parse(text)


def to_text(article: Article) -> str:
    """Write an article as plain text in the layout :func:`from_text` reads."""
    from ._plaintext import to_text as render

    return render(article)


def from_markdown(markdown: str) -> Article:
    """Read a Markdown article (front matter, then CommonMark with GFM tables)."""
    from ._markdown import from_markdown as parse

    return parse(markdown)


def to_markdown(article: Article) -> str:
    """Write an article as Markdown with YAML front matter."""
    from ._markdown import to_markdown as render

    return render(article)


def from_html(html: str | bytes, url: str | None = None) -> Article:
    """Read a news page: metadata, the body with its structure, quotes and related posts."""
    from ._html import from_html as parse

    return parse(html, url=url)


def to_html(article: Article, *, fragment: bool = False) -> str:
    """Write an article as a complete HTML5 document (or, with ``fragment``, its ``<article>``)."""
    from ._html import to_html as render

    return render(article, fragment=fragment)
