"""HTML both ways (not yet available)."""

from __future__ import annotations

from .._errors import UnsupportedFormatError
from .._model import Article


def from_html(html: str | bytes, url: str | None = None) -> Article:
    raise UnsupportedFormatError("reading HTML is not available yet")


def to_html(article: Article, *, fragment: bool = False) -> str:
    raise UnsupportedFormatError("writing HTML is not available yet")
