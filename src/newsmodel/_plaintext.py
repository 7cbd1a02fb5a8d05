"""Plain text both ways (not yet available)."""

from __future__ import annotations

from ._errors import UnsupportedFormatError
from ._model import Article


def from_text(text: str) -> Article:
    raise UnsupportedFormatError("reading plain text is not available yet")


def to_text(article: Article) -> str:
    raise UnsupportedFormatError("writing plain text is not available yet")
