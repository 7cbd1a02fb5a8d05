"""Round trips of the articles read from real pages: every benchmark page, every format.

The property tests generate articles; these are the articles ``from_html`` makes of real news
pages (long bodies, tables, figures, quotes with their speakers, related posts, odd metadata).
Each must come back equal from JSON, Markdown and newsmodel's own HTML, and what plain text keeps of it
from plain text.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsmodel as nm
from newsmodel._plaintext_writer import plain_form
from newsmodel._quotes import extract_quotes
from tests.test_robust_support import page_bytes, page_paths


def _whole(article: nm.Article) -> nm.Article:
    return article


def _plain_kept(article: nm.Article) -> nm.Article:
    """What plain text carries of an article (docs/plaintext.md), with the quotes the extractor finds in that."""
    return extract_quotes(plain_form(article))


# Each format's writer, reader, and what of an article must come back from it.
FORMATS: dict[
    str, tuple[Callable[[nm.Article], str], Callable[[str], nm.Article], Callable[[nm.Article], nm.Article]]
] = {
    "json": (nm.to_json, nm.from_json, _whole),
    "markdown": (nm.to_markdown, nm.from_markdown, _whole),
    "html": (nm.to_html, nm.from_html, _whole),
    "text": (nm.to_text, nm.from_text, _plain_kept),
}


@pytest.mark.data
@pytest.mark.parametrize("name", sorted(FORMATS))
def test_articles_of_real_pages_round_trip(name: str) -> None:
    write, read, kept = FORMATS[name]
    paths = page_paths()
    assert len(paths) > 500, "the benchmark pages are missing"
    differ = []
    for path in paths:
        article = nm.from_html(page_bytes(path))
        expected = kept(article)
        back = read(write(article))
        if back != expected:
            fields = [
                field.name
                for field in nm.Article.__attrs_attrs__
                if getattr(back, field.name) != getattr(expected, field.name)
            ]
            differ.append(f"{path.parent.name}/{path.name}: {fields}")
    assert not differ, f"{len(differ)} of {len(paths)} articles differ after the {name} round trip: {differ[:10]}"
