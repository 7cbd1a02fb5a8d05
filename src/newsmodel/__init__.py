"""newsmodel: one typed, lossless model for news articles, and the formats around it.

Read an article from HTML, plain text, Markdown or JSON, and write it to any of them::

    import newsmodel as nm

    article = nm.from_html(page, url="https://example.com/news/1")
    print(article.headline, [a.name for a in article.authors])
    for quote in article.quotes:
        print(quote.speaker.name if quote.speaker else "?", quote.text)
    markdown = nm.to_markdown(article)
"""

from __future__ import annotations

from ._errors import (
    InputTooLargeError,
    JSONFormatError,
    ModelError,
    NewsmodelError,
    ParseError,
    UnsupportedFormatError,
)
from ._formats import from_html, from_markdown, from_text, to_html, to_markdown, to_text
from ._json import from_json, to_json
from ._limits import Limits
from ._model import (
    Article,
    Attribution,
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
    Location,
    Mark,
    Organization,
    Paragraph,
    Person,
    Preformatted,
    Quote,
    QuoteKind,
    RelatedPost,
    Section,
    Source,
    SourceKind,
    Strong,
    Table,
)
from ._normal import normalize_preformatted, normalize_text, normalize_url
from ._quotes import extract_quotes
from ._schema import json_schema
from ._version import __version__

__all__ = [
    "Article",
    "Attribution",
    "Block",
    "Blockquote",
    "Cell",
    "Code",
    "Embed",
    "Emphasis",
    "Figure",
    "Image",
    "Inline",
    "InputTooLargeError",
    "JSONFormatError",
    "Limits",
    "Link",
    "ListBlock",
    "ListItem",
    "Location",
    "Mark",
    "ModelError",
    "NewsmodelError",
    "Organization",
    "Paragraph",
    "ParseError",
    "Person",
    "Preformatted",
    "Quote",
    "QuoteKind",
    "RelatedPost",
    "Section",
    "Source",
    "SourceKind",
    "Strong",
    "Table",
    "UnsupportedFormatError",
    "__version__",
    "extract_quotes",
    "from_html",
    "from_json",
    "from_markdown",
    "from_text",
    "json_schema",
    "normalize_preformatted",
    "normalize_text",
    "normalize_url",
    "to_html",
    "to_json",
    "to_markdown",
    "to_text",
]
