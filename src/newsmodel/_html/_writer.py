"""Writing articles as HTML pages (being built)."""

from __future__ import annotations

from .._errors import UnsupportedFormatError
from .._model import Article


def to_html(article: Article, *, fragment: bool = False) -> str:
    raise UnsupportedFormatError("writing HTML is not available yet")
