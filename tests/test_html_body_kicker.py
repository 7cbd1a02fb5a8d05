"""from_html's body: the section label printed right before the headline (a kicker) is left out (hand-written
fixtures)."""

from __future__ import annotations

import pytest

from newsmodel import Article, Paragraph, Section, to_html
from newsmodel._html._reader import from_html

_PROSE = (
    "The harbour board met on Tuesday night and voted to dredge the inner basin before the autumn storms. ",
    "Fishing crews have complained for two seasons that their boats touch the bottom at low tide. ",
)
_HEADLINE = "Harbour Council to dredge the inner basin"


def _page(before: str, headline: str = _HEADLINE) -> str:
    return (
        f"<html><head><title>{_HEADLINE}</title></head><body><main><article><div class='top'>{before}"
        f"<h1>{headline}</h1></div><p>{_PROSE[0]}</p><p>{_PROSE[1]}</p></article></main></body></html>"
    )


def _paragraphs(html: str) -> list[str]:
    article = from_html(html, "https://harbour.example/news/dredging")
    return [block.text for section in article.sections for block in section.blocks if isinstance(block, Paragraph)]


@pytest.mark.parametrize(
    "label",
    ["<div>Opinion</div>", "<a href='/news/harbour'>Harbour News</a>", "<p>News | Coast</p>", "<span>Review</span>"],
)
def test_the_label_over_the_headline_is_left_out(label: str) -> None:
    assert _paragraphs(_page(label)) == [p.strip() for p in _PROSE]


@pytest.mark.parametrize(
    "before",
    [
        "<p>The board voted at last.</p>",  # a sentence
        "<div>The harbour board met on Tuesday night, and the vote was close</div>",  # longer than a label
    ],
)
def test_a_sentence_before_the_headline_stays(before: str) -> None:
    assert len(_paragraphs(_page(before))) == 3


def test_a_label_before_another_h1_stays() -> None:
    """A heading of the body written as ``<h1>`` is no headline: the line before it is the article's."""
    assert "Harbour News" in _paragraphs(_page("<div>Harbour News</div>", headline="What the board decided"))


def test_a_short_paragraph_stays_on_a_page_newsmodel_wrote() -> None:
    article = Article(
        headline=_HEADLINE, sections=(Section(blocks=(Paragraph("Opinion"), Paragraph(_PROSE[0].strip()))),)
    )
    assert from_html(to_html(article)).sections == article.sections
