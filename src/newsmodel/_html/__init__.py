"""HTML both ways: ``from_html`` reads news pages, ``to_html`` writes clean ones."""

from __future__ import annotations

from ._reader import from_html
from ._writer import to_html

__all__ = ["from_html", "to_html"]
