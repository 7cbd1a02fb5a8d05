"""Quotes and attributions: who said what, and where (being built)."""

from __future__ import annotations

from .._model import Article

__all__ = ["extract_quotes"]


def extract_quotes(article: Article) -> Article:
    """Return ``article`` with its quotes and attributions found (not yet implemented: unchanged)."""
    return article
