"""from_html's body: the article's authors printed in it (byline lines, the author's note) are left out
(hand-written fixtures)."""

from __future__ import annotations

import pytest

from newsmodel import Article, Paragraph, Person, Section, to_html
from newsmodel._html._reader import from_html

_PROSE = (
    "The harbour board met on Tuesday night and voted to dredge the inner basin before the autumn storms. ",
    "Fishing crews have complained for two seasons that their boats touch the bottom at low tide. ",
    "The work will cost the town about four hundred thousand pounds, most of it from a regional grant. ",
)


def _page(inner: str, author: str = "Ann Lee") -> str:
    return (
        f"<html><head><meta name='author' content='{author}'></head>"
        f"<body><main><article>{inner}</article></main></body></html>"
    )


def _paragraphs(html: str) -> list[str]:
    article = from_html(html, "https://harbour.example/news/dredging")
    return [block.text for section in article.sections for block in section.blocks if isinstance(block, Paragraph)]


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee",
        "By Ann Lee, harbour editor",
        "Ann Lee | Harbour Gazette",
        "Ann Lee5 hours ago",  # a date glued on
        "Ann LeeMar 02, 2024",
    ],
)
def test_a_byline_line_naming_the_author_is_left_out(line: str) -> None:
    html = _page(f"<div><span>{line}</span></div><p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><p>{_PROSE[2]}</p>")
    assert _paragraphs(html) == [p.strip() for p in _PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee said the basin would be dredged.",  # a sentence of the article
        "Ann Lee, the harbour master, said so.",
        "Tom Hale",  # not an author of the article
    ],
)
def test_other_lines_naming_the_author_stay(line: str) -> None:
    html = _page(f"<p>{_PROSE[0]}</p><p>{line}</p><p>{_PROSE[1]}</p><p>{_PROSE[2]}</p>")
    assert line in _paragraphs(html)


def test_a_byline_line_with_two_authors_is_left_out() -> None:
    html = (
        "<html><head><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "Basin to be dredged",'
        ' "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Tom Hale"}]}'
        "</script></head><body><main><article>"
        f"<p>Ann Lee and Tom Hale2 hours ago</p><p>{_PROSE[0]}</p><p>{_PROSE[1]}</p>"
        "</article></main></body></html>"
    )
    assert _paragraphs(html) == [_PROSE[0].strip(), _PROSE[1].strip()]


def test_a_byline_heading_is_left_out_and_what_it_heads_stays() -> None:
    html = _page(f"<h3>By Ann Lee</h3><p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><h2>The vote</h2><p>{_PROSE[2]}</p>")
    article = from_html(html)
    assert [s.heading for s in article.sections] == [None, "The vote"]
    assert _paragraphs(html) == [p.strip() for p in _PROSE]


def test_the_authors_box_at_the_end_is_left_out() -> None:
    """Name, role and note of the author's box; the note's words ("deputy chief of ...") name no newsroom job."""
    note = "Ann Lee is the deputy chief of the Harbour Council's press office and has lived by the basin for years."
    html = _page(
        f"<p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><p>{_PROSE[2]}</p>"
        f"<div class='e19xk9rq9'><img src='/ann.jpg' alt=''><div><a href='/people/ann-lee'>Ann Lee</a>"
        f"<div>Press Officer</div></div><div><p>{note}</p></div></div>"
    )
    assert _paragraphs(html) == [p.strip() for p in _PROSE]


@pytest.mark.parametrize(
    "note",
    [
        "Ann Lee’s latest book, Tides of the Basin, is out now from Harbour Press.",
        "Ann Lee (she/her) covers the harbour and the council for the Gazette.",
        "Ann Lee was the harbour master of the town for twenty years before she took up writing.",
        "• Ann Lee, a former harbour master, is the Gazette's columnist on the coast.",
    ],
)
def test_the_authors_note_under_a_heading_goes_with_its_heading(note: str) -> None:
    html = _page(f"<p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><h2>The writer</h2><p>{note}</p>")
    article = from_html(html)
    assert [s.heading for s in article.sections] == [None]
    assert note not in article.text


def test_the_note_of_someone_else_or_early_in_the_article_stays() -> None:
    early = "Ann Lee is a fisher's daughter and grew up on the quay she now writes about, two streets from the basin."
    other = "Tom Hale is the harbour master and has run the basin since the storm of the last decade."
    html = _page(f"<p>{early}</p><p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><p>{_PROSE[2]}</p><p>{other}</p>")
    paragraphs = _paragraphs(html)
    assert early in paragraphs  # not among the last paragraphs: the story's own words
    assert other in paragraphs  # not the author: a person of the story


def test_the_authors_lines_stay_on_a_page_newsmodel_wrote() -> None:
    article = Article(
        authors=(Person("Ann Lee"),),
        sections=(
            Section(
                blocks=(
                    Paragraph("Ann Lee"),
                    Paragraph(_PROSE[0].strip()),
                    Paragraph("Ann Lee is the deputy chief of the press office."),
                )
            ),
        ),
    )
    assert from_html(to_html(article)).sections == article.sections
