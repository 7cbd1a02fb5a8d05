"""docs/html.md shows the current to_html output of the seed article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsmodel as nm

from .conftest import SEED

DOC = Path(__file__).resolve().parents[1] / "docs" / "html.md"
_BLOCK = re.compile(r"<!-- seed-html:start -->\n```html\n(.*?)```\n<!-- seed-html:end -->", re.DOTALL)


def seed_html() -> str:
    return nm.to_html(nm.from_text((SEED / "putin-trump-talks.txt").read_text(encoding="utf-8")))


@pytest.mark.skipif(not SEED.is_dir(), reason="seed article not found")
def test_docs_show_the_current_html_of_the_seed() -> None:
    """Regenerate the block with the command given in docs/html.md when this fails."""
    match = _BLOCK.search(DOC.read_text(encoding="utf-8"))
    assert match is not None, "docs/html.md lacks the seed-html block"
    assert match.group(1) == seed_html()


@pytest.mark.skipif(not SEED.is_dir(), reason="seed article not found")
def test_seed_page_reads_back() -> None:
    article = nm.from_text((SEED / "putin-trump-talks.txt").read_text(encoding="utf-8"))
    assert nm.from_html(seed_html()) == article
