"""Markdown both ways (not yet available)."""

from __future__ import annotations

from ._errors import UnsupportedFormatError
from ._model import Article


def from_markdown(markdown: str) -> Article:
    raise UnsupportedFormatError("reading Markdown is not available yet")


def to_markdown(article: Article) -> str:
    raise UnsupportedFormatError("writing Markdown is not available yet")
