"""Reading news pages into articles (being built)."""

from __future__ import annotations

from .._errors import UnsupportedFormatError
from .._model import Article


def from_html(html: str | bytes, url: str | None = None) -> Article:
    raise UnsupportedFormatError("reading HTML is not available yet")
