"""from_html's body: each block type, inline marks, boilerplate, related posts (hand-written fixtures)."""

from __future__ import annotations

import contextlib
import gzip
import re
import string
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsmodel import (
    Article,
    Blockquote,
    Code,
    Embed,
    Emphasis,
    Figure,
    Link,
    ListBlock,
    ListItem,
    NewsmodelError,
    Paragraph,
    Preformatted,
    Section,
    Strong,
    Table,
    to_html,
)
from newsmodel._errors import ParseError
from newsmodel._html._reader import from_html
from tests.conftest import DATA

FIXTURES = Path(__file__).parent / "fixtures" / "html_body"


def _blocks(article):  # type: ignore[no-untyped-def]
    return [block for section in article.sections for block in section.blocks]


@pytest.fixture(scope="module")
def blog():  # type: ignore[no-untyped-def]
    return from_html((FIXTURES / "blog_post.html").read_bytes(), "https://coastal.example/news/2024/bridge.html")


def test_paragraph_marks_and_links_resolved_against_base(blog) -> None:  # type: ignore[no-untyped-def]
    first = _blocks(blog)[0]
    assert isinstance(first, Paragraph)
    assert first.text.startswith("The harbour bridge reopened")
    link = next(m for m in first.marks if isinstance(m, Link))
    assert first.text[link.start : link.end] == "eight months of repairs"
    assert link.href == "https://coastal.example/city/works.html"  # <base href> wins over the page URL
    assert link.title == "Works"
    emphasis = next(m for m in first.marks if isinstance(m, Emphasis))
    assert first.text[emphasis.start : emphasis.end] == "brief"


def test_strong_code_and_line_break(blog) -> None:  # type: ignore[no-untyped-def]
    second = _blocks(blog)[1]
    assert "\nA second line follows." in second.text
    kinds = {type(m): second.text[m.start : m.end] for m in second.marks}
    assert kinds == {Strong: "cyclists", Code: "route-7"}


def test_bare_text_in_a_div_is_a_paragraph(blog) -> None:  # type: ignore[no-untyped-def]
    assert any(isinstance(b, Paragraph) and b.text.startswith("Bare text in a div") for b in _blocks(blog))


def test_sections_and_levels(blog) -> None:  # type: ignore[no-untyped-def]
    assert [(s.heading, s.level) for s in blog.sections] == [(None, 1), ("What changed", 2), ("Video", 3)]


def test_headline_and_byline_are_metadata_not_body(blog) -> None:  # type: ignore[no-untyped-def]
    assert "Harbour bridge reopens" not in blog.text
    assert "By Ana Lima" not in blog.text


def test_nested_and_numbered_lists(blog) -> None:  # type: ignore[no-untyped-def]
    lists = [b for b in _blocks(blog) if isinstance(b, ListBlock)]
    assert lists[0].items[0].text == "New deck"
    assert lists[0].items[0].children[0].items[0].text == "Steel beams"
    assert lists[1].ordered
    assert lists[1].start == 3


def test_table_header_colspan_and_padding(blog) -> None:  # type: ignore[no-untyped-def]
    table = next(b for b in _blocks(blog) if isinstance(b, Table))
    assert [c.text for c in table.header_rows[0]] == ["Item", "Cost"]
    assert [[c.text for c in row] for row in table.rows] == [["Deck", ""], ["Lanes", ""]]
    assert table.caption is not None
    assert table.caption.text == "Costs"


def test_blockquote_citation(blog) -> None:  # type: ignore[no-untyped-def]
    quote = next(b for b in _blocks(blog) if isinstance(b, Blockquote))
    assert [p.text for p in quote.paragraphs] == ["It is safer than ever."]
    assert quote.citation is not None
    assert quote.citation.text == "Mayor Rui Costa"


def test_figure_caption_credit_and_no_pixel(blog) -> None:  # type: ignore[no-untyped-def]
    figures = [b for b in _blocks(blog) if isinstance(b, Figure)]
    assert len(figures) == 1
    assert figures[0].image.url == "https://coastal.example/img/bridge.jpg"
    assert (figures[0].image.width, figures[0].image.height, figures[0].image.alt) == (800, 450, "The bridge")
    assert figures[0].caption is not None
    assert figures[0].caption.text == "The bridge at dawn."
    assert figures[0].credit == "Photo: J. Reis"


def test_embeds(blog) -> None:  # type: ignore[no-untyped-def]
    embeds = [b for b in _blocks(blog) if isinstance(b, Embed)]
    assert [(e.provider, e.url) for e in embeds] == [
        ("YouTube", "https://www.youtube.com/embed/abc123"),
        ("X", "https://twitter.com/city/status/1"),
    ]
    assert embeds[1].text == "The bridge is open!"


def test_preformatted_with_language(blog) -> None:  # type: ignore[no-untyped-def]
    pre = next(b for b in _blocks(blog) if isinstance(b, Preformatted))
    assert pre.language == "python"
    assert pre.text == 'print("open")\n    done()'


@pytest.mark.parametrize(
    "furniture",
    ["We use cookies", "Share", "Sign up for our newsletter", "View all posts by", "Great news, finally", "All rights"],
)
def test_boilerplate_left_out(blog, furniture: str) -> None:  # type: ignore[no-untyped-def]
    assert furniture not in blog.text


def test_read_more_teaser_left_out(blog) -> None:  # type: ignore[no-untyped-def]
    assert "Another story about bridges" not in blog.text


def test_jetpack_related_posts(blog) -> None:  # type: ignore[no-untyped-def]
    posts = blog.related_posts
    assert [p.title for p in posts] == ["Ferry service expands to the islands", "Tunnel works begin next year"]
    assert posts[0].url == "https://coastal.example/2024/ferry"
    assert posts[0].image is not None
    assert posts[0].image.url == "https://coastal.example/img/ferry.jpg"
    assert posts[0].date == date(2024, 3, 2)
    assert posts[0].summary == "More boats this summer."
    assert "Ferry service" not in blog.text


def test_yarpp_and_labelled_widgets() -> None:
    article = from_html((FIXTURES / "widgets.html").read_text())
    titles = {p.title for p in article.related_posts}
    assert titles == {"Tax rates stay the same", "Parks get new benches", "Heavy rain expected this weekend"}
    assert [b.text for b in _blocks(article)] == [  # type: ignore[union-attr]
        "The council approved the budget on Tuesday by a wide margin, ending months of debate over spending.",
        "The plan adds money for schools and parks, and cuts the cost of permits for small shops in the centre.",
    ]
    assert "Maria Silva" not in article.text
    assert not any(isinstance(b, Figure) for b in _blocks(article))  # the author's headshot


def test_unusable_href_keeps_text() -> None:
    html = "<article><p>See <a href='javascript:alert(1)'>this page</a> for the long details of it all.</p></article>"
    paragraph = _blocks(from_html(html))[0]
    assert paragraph.text == "See this page for the long details of it all."
    assert paragraph.marks == ()


def test_marks_shrink_merge_and_drop() -> None:
    html = (
        "<article><p>A<em> spaced </em>word, <b>bo</b><b>ld</b> and <em></em>empty <i><em>twice</em></i>.</p></article>"
    )
    paragraph = _blocks(from_html(html))[0]
    assert paragraph.text == "A spaced word, bold and empty twice."
    spans = [(type(m).__name__, paragraph.text[m.start : m.end]) for m in paragraph.marks]
    assert spans == [("Emphasis", "spaced"), ("Strong", "bold"), ("Emphasis", "twice")]


def test_tiny_articles_are_found() -> None:
    assert _blocks(from_html("<article><section><p>Hi.</p></section></article>")) == [Paragraph("Hi.")]
    table = _blocks(from_html("<article><section><table><tr><td>x</td></tr></table></section></article>"))
    assert isinstance(table[0], Table)


def test_deep_nesting_does_not_recurse() -> None:
    html = "<article>" + "<blockquote>" * 3000 + "deep words here" + "</blockquote>" * 3000 + "</article>"
    assert "deep words here" in from_html(html).text
    nested = "<ul>" + "<li>x<ul>" * 2000 + "<li>end</li>" + "</ul></li>" * 2000 + "</ul>"
    assert "end" in from_html("<article>" + nested + "</article>").text


def test_pathological_nesting_is_refused_quickly() -> None:
    with pytest.raises(ParseError):
        from_html("<div>" * 100_000 + "x")


# --------------------------------------------------------------------------- furniture rules (issue 6)

_PROSE = (
    "The river rose two metres overnight and the town's lower streets were closed to traffic by dawn. ",
    "Volunteers filled sandbags at the fire station until the water began to fall late in the afternoon. ",
    "The mayor said the new flood wall had held, and that repairs to the old bridge would start in spring. ",
)


def _page(inner: str) -> str:
    return f"<html><body><main><article>{inner}</article></main></body></html>"


def test_caption_outside_a_figure_is_left_out() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='image-block'><div class='media-caption'><p><span>Sandbags stacked by the bank.</span>"
        " <span>(Jo Reed/Wire Photos)</span></p></div></div>"
        f"<p>{_PROSE[1]}</p><span class='photo-credit'>Photo: Jo Reed, Wire Photos</span><p>{_PROSE[2]}</p>"
    )
    text = from_html(html).text
    assert _PROSE[1].strip() in text
    assert "Sandbags stacked" not in text
    assert "Jo Reed" not in text


def test_caption_of_a_figure_and_a_captioned_image_stay() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<figure><img src='/a.jpg' alt=''><figcaption class='caption'>The flood wall at noon.</figcaption></figure>"
        f"<p>{_PROSE[1]}</p>"
        "<div class='wp-caption'><img src='/b.jpg' alt='The old bridge'><p class='wp-caption-text'>Old bridge</p></div>"
        f"<p>{_PROSE[2]}</p>"
    )
    blocks = _blocks(from_html(html, "https://town.example/flood"))
    figures = [b for b in blocks if isinstance(b, Figure)]
    assert figures[0].caption is not None
    assert figures[0].caption.text == "The flood wall at noon."
    assert any(f.image is not None and f.image.url == "https://town.example/b.jpg" for f in figures)


def test_teaser_card_list_with_an_empty_ad_slot_is_left_out() -> None:
    cards = "".join(
        f"<li><a href='/story/{n}'><img src='/t{n}.jpg' alt=''></a><a href='/story/{n}'>Teaser headline {n}</a>"
        f"<p>A summary of another story about something else entirely, number {n}, for the reader.</p></li>"
        for n in range(4)
    )
    html = (
        f"<html><body><main><div class='story'><p>{_PROSE[0]}</p><p>{_PROSE[1]}</p></div>"
        f"<ul class='stream'>{cards[:200]}{cards[200:]}<li class='slot'></li>{cards}</ul></main></body></html>"
    )
    text = from_html(html).text
    assert _PROSE[0].strip() in text
    assert "Teaser headline" not in text
    assert "A summary of another story" not in text


def test_a_long_teaser_list_does_not_outvote_a_short_article() -> None:
    cards = "".join(
        f"<li><a href='/s/{n}'><h3>Other story {n}</h3></a><p>{_PROSE[n % 3]}</p><time>2024-01-0{n + 1}</time></li>"
        for n in range(8)
    )
    html = (
        "<html><body><div id='page'><div class='body'><p>The council met on Monday to discuss the harbour plan "
        "and agreed to publish the full report within a month.</p></div>"
        f"<ul>{cards}</ul></div></body></html>"
    )
    text = from_html(html).text
    assert text.startswith("The council met on Monday")
    assert "Other story" not in text


@pytest.mark.parametrize(
    "line",
    [
        "Updated Jan. 12, 2024, 9:41 a.m. ET",
        "Published: Friday 3:15PM",
        "By Jane Roe, Harbour Correspondent",
        "Photo: Tom Poe/Getty Images",
        "(AFP)",
        "Copyright © 2024 Coastal Media. All rights reserved.",
        "Jane Roe can be reached at jane@example.com.",
        "Sign up for our morning newsletter to get the day's stories.",
        "This article originally appeared in the Harbour Gazette.",
        "We may earn a commission when you buy through links on this page.",
        "Click to Read More and View Comments",
        "Your browser does not support the audio element.",
        "Have a confidential tip for our reporters? Get in touch",
        "These items were independently selected by our editors, and the site may get a share of the revenue.",
        "Advert",
        "This slideshow requires JavaScript.",
        "Email Jane Roe at jane@example.com or follow her on the social networks.",
        "Disclaimer: the views expressed by the experts here are their own and not those of the site.",
        "Article continues below",
        "Story continues below advertisement",
        "We apologize, but this video has failed to load.",
        "Try refreshing your browser, or tap here to see other videos from our team.",
        "Sorry, but you can't access this content!",
        "Don't have an account? Create Account",
        "View more offers",
        "Reuse this content",
        "Purchase Licensing Rights",
        "Our Standards: The Harbour Gazette Trust Principles., opens new tab",
        "Join our commenting forum",
        "Go to accessibility shortcuts",
        "Follow the Harbour Gazette on Google News for the latest from the coast.",
        "Jane Roe may be reached at jroe@harbour.example and followed on the social networks.",
        "Contact Jane Roe at jroe@harbour.example.",
        "Write to Jane Roe at jroe@harbour.example",
        "Registration is a free and easy way to support our journalism.",
        "If you enjoy our content, please consider subscribing.",
        "Buy Now",
        "Try Harbour VPN Now",
        "Check Price",
        "Price at",
        "$30 at Harbour Stores",
        "See It!",
        "View full post on Youtube",
        "Get the Harbour Monthly through your letterbox every month. 12 issues for £11.99. Click here for more.",
        "Harbour Boats Magazine Subscription – 5 issues for £5",
        "Join thought-provoking conversations, follow other Gazette readers and see their replies",
        "For more stories like this, check our news page.",
        "For the ferry's full winter timetable, click here.",
        "Wrap up the year with the Gazette! Click here",
    ],
)
def test_furniture_lines_are_left_out(line: str) -> None:
    html = _page(f"<p>{_PROSE[0]}</p><p>{line}</p><p>{_PROSE[1]}</p><div><span>{line}</span></div><p>{_PROSE[2]}</p>")
    text = from_html(html).text
    assert line not in text
    assert all(p.strip() in text for p in _PROSE)


@pytest.mark.parametrize(
    "tail",
    [
        "<h2>Join our commenting forum</h2><p>Join the conversations and follow other readers of the Gazette</p>",
        "<h3>Tell us what YOU think...</h3>",
        "<h2>More to Read</h2>",
        "<p><a href='#signup-end'>skip past newsletter promotion</a></p>",
    ],
)
def test_furniture_headings_and_skip_links_are_left_out(tail: str) -> None:
    html = _page(f"<p>{_PROSE[0]}</p><p>{_PROSE[1]}</p>{tail}")
    article = from_html(html)
    assert [s.heading for s in article.sections] == [None]
    assert article.text == _PROSE[0].strip() + "\n\n" + _PROSE[1].strip()


@pytest.mark.parametrize(
    "line",
    [
        "Try it now",
        "Buy now, she said, before the fees rise.",
        "See it.",
        "The council printed 12 issues for £3 each in 1990, the archivist said.",
        "Click here to get more information on the quay works.",
    ],
)
def test_a_sentence_like_a_shopping_button_stays(line: str) -> None:
    html = _page(f"<p>{_PROSE[0]}</p><p>{line}</p><p>{_PROSE[1]}</p>")
    assert line in from_html(html).text


def test_popovers_and_tooltips_are_left_out() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><div class='d-none' id='fact-check-popover'><p>checked</p><p>trusted source</p></div>"
        f"<p>{_PROSE[1]}</p><div class='glossary-tooltip'><p>A basin is a harbour's inner dock.</p></div>"
        f"<p>The <span class='tooltip'>basin</span> will be dredged in May.</p>"
    )
    text = from_html(html).text
    assert "trusted source" not in text
    assert "inner dock" not in text
    assert "The basin will be dredged in May." in text  # a word of the sentence stays


def test_a_sentence_on_supporting_journalism_stays() -> None:
    line = "The council said it would support our journalism school's new harbour lab."
    html = _page(f"<p>{_PROSE[0]}</p><p>{line}</p><p>{_PROSE[1]}</p>")
    assert line in from_html(html).text


@pytest.mark.parametrize("line", ["©", "Advert", "By Jane Roe", "12 January 2024"])
def test_furniture_lines_stay_on_a_page_newsmodel_wrote(line: str) -> None:
    """A page carrying the newsmodel extension holds the article's own paragraphs only."""
    article = Article(sections=(Section(blocks=(Paragraph(_PROSE[0].strip()), Paragraph(line))),))
    assert from_html(to_html(article)).sections == article.sections


def _linked_item(text: str, href: str) -> ListItem:
    return ListItem(text, (Link(0, len(text), href),))


@pytest.mark.parametrize(
    "sections",
    [
        (Section("0", 2), Section("RELATED", 2)),  # found by Hypothesis in CI
        (Section("Share this", 2),),
        (Section(blocks=(Paragraph(_PROSE[0].strip()), Paragraph("Share this"))),),
        (Section(blocks=(Blockquote((Paragraph("Advertisement"), Paragraph(_PROSE[1].strip()))),)),),
        (
            Section(blocks=(Paragraph(_PROSE[0].strip()),)),
            Section(
                "Related stories",
                2,
                (
                    ListBlock(
                        (
                            _linked_item("The bridge, a history", "https://a.example/one"),
                            _linked_item("The river in numbers", "https://a.example/two"),
                        )
                    ),
                ),
            ),
        ),
    ],
    ids=["empty-related", "share-heading", "share-paragraph", "quoted-advert", "related-section"],
)
def test_furniture_headings_and_labels_stay_on_a_page_newsmodel_wrote(sections: tuple[Section, ...]) -> None:
    article = Article(sections=sections)
    back = from_html(to_html(article))
    assert back.sections == article.sections
    assert back.related_posts == ()


def test_furniture_line_inside_program_text_stays() -> None:
    html = _page(f"<p>{_PROSE[0]}</p><pre><div>Advert</div>print(1)</pre><p>{_PROSE[1]}</p>")
    blocks = _blocks(from_html(html))
    code = [b for b in blocks if isinstance(b, Preformatted)]
    assert code
    assert "Advert" in code[0].text


@pytest.mark.parametrize(
    "sentence",
    [
        "By the end of the day, the river had fallen by half a metre.",
        "The report was published on January 12, 2024, after a long delay.",
        "He has worked for Reuters and the AP for a decade.",
        "Follow the money, the auditor said.",
    ],
)
def test_prose_that_looks_like_furniture_stays(sentence: str) -> None:
    html = _page(f"<p>{_PROSE[0]}</p><p>{sentence}</p><p>The vote is on <span>January 12, 2024</span>.</p>")
    text = from_html(html).text
    assert sentence in text
    assert "The vote is on January 12, 2024." in text


def test_two_word_boilerplate_classes() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><div class='read-more-box'><a href='/other'><h2>Another story entirely</h2></a>"
        "<p>Its summary, which is longer than a label but not part of this article.</p></div>"
        f"<p>{_PROSE[1]}</p>"
        "<div class='author-box'><p>Jane Roe writes about rivers and has done so for years.</p></div>"
    )
    article = from_html(html)
    assert "Another story" not in article.text
    assert "Its summary" not in article.text
    assert "Jane Roe writes" not in article.text
    assert [s.heading for s in article.sections if s.heading] == []


def test_a_standfirst_heading_is_read_as_a_paragraph() -> None:
    html = _page(
        "<h2 class='article-deck'>The town counts the cost of the worst flood in forty years</h2>"
        f"<p>{_PROSE[0]}</p><h2>What happens next</h2><p>{_PROSE[1]}</p>"
    )
    article = from_html(html)
    assert [s.heading for s in article.sections if s.heading] == ["What happens next"]
    first = _blocks(article)[0]
    assert isinstance(first, Paragraph)
    assert first.text == "The town counts the cost of the worst flood in forty years"


def test_the_article_body_inside_a_winner_with_a_feed() -> None:
    feed = "".join(
        f"<div class='card'><h3><a href='/s/{n}'>Other story {n}</a></h3><div>{_PROSE[n % 3]}</div></div>"
        for n in range(2)
    )
    html = (
        "<html><body><div class='page'><div class='entry-content'>"
        + "".join(f"<p>{p} {p}</p>" for p in _PROSE * 2)
        + f"</div><div class='picker'>{feed}</div></div></body></html>"
    )
    article = from_html(html)
    assert _PROSE[2].strip() in article.text
    assert "Other story" not in article.text
    assert [s.heading for s in article.sections if s.heading] == []


def test_the_lead_before_the_article_body_is_kept() -> None:
    html = (
        f"<html><body><div class='page'><p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><div class='entry-content'>"
        + "".join(f"<p>{p} {p} {p}</p>" for p in _PROSE * 3)
        + "</div></div></body></html>"
    )
    text = from_html(html).text
    assert text.startswith(_PROSE[0].strip())


def test_paywalled_paragraphs_shipped_hidden_are_read() -> None:
    hidden = "".join(f"<div class='locked' style='display:none'><p>{p} {p}</p></div>" for p in _PROSE)
    html = _page(
        f"<p>{_PROSE[0]}</p>{hidden}"
        "<div style='display:none'><p>Subscribe</p><a href='/in'>Log in</a></div>"
        "<nav hidden><p>" + "A long menu description that is still navigation and not article text. " * 3 + "</p></nav>"
    )
    text = from_html(html).text
    assert f"{_PROSE[2].strip()} {_PROSE[2].strip()}" in text
    assert "Subscribe" not in text
    assert "Log in" not in text
    assert "A long menu description" not in text


def test_a_stray_widget_label_does_not_take_the_rest_of_the_article() -> None:
    html = _page(f"<p>{_PROSE[0]}</p><h2><strong>Don't Miss:</strong></h2> <p>{_PROSE[1]}</p><p>{_PROSE[2]}</p>")
    article = from_html(html)
    assert all(p.strip() in article.text for p in _PROSE)
    assert "Don't Miss" not in article.text


def test_support_box_and_site_notice_are_left_out() -> None:
    notice = (
        "If you buy something through a link on this page, we may receive compensation. By using this site, "
        "you accept our terms of use and agree that your clicks and visits may be collected and used."
    )
    html = _page(
        f"<p>{_PROSE[0]}</p><div class='cli-support-box'><h4>Support our newsroom</h4><p>{_PROSE[2]} Please give.</p>"
        f"</div><p>{_PROSE[1]}</p><p>{notice}</p>"
        "<div class='box'><div class='box-text'>This website uses cookies to measure traffic and to show you offers, "
        "and by staying here you agree to all of that and to the rest of the policy.</div></div>"
    )
    text = from_html(html).text
    assert _PROSE[1].strip() in text
    assert "Please give" not in text
    assert "Support our newsroom" not in text
    assert "we may receive compensation" not in text
    assert "uses cookies" not in text


def test_a_heading_anchor_id_is_not_a_class() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><h2 id='support-for-the-new-wall'>Support for the new wall</h2><p>{_PROSE[1]}</p>"
        f"<h2><span id='related-costs'>Costs</span> of the repairs</h2><p>{_PROSE[2]}</p>"
    )
    headings = [s.heading for s in from_html(html).sections if s.heading]
    assert headings == ["Support for the new wall", "Costs of the repairs"]


def test_the_authors_note_at_the_end_is_left_out() -> None:
    note = "Jane Roe is a senior reporter for the Harbour Gazette. She covers the coast and the courts."
    early = "Tom Poe is a retired reporter who saw the first flood wall built in the sixties, forty years ago."
    html = _page(f"<p>{early}</p><p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><p>{_PROSE[2]}</p><p>{_PROSE[0]}</p><p>{note}</p>")
    text = from_html(html).text
    assert note not in text
    assert early in text  # not among the last paragraphs: part of the story


def test_labelled_teaser_links_are_left_out() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><p>MORE: <a href='/other'>Town votes on the new harbour fees next week</a></p>"
        f"<p>{_PROSE[1]}</p><p>REQUIRED READING: <a href='/x'>How the flood wall was built</a></p><p>{_PROSE[2]}</p>"
    )
    text = from_html(html, "https://town.example/flood").text
    assert "harbour fees" not in text
    assert "flood wall was built" not in text
    assert _PROSE[2].strip() in text


def test_a_link_in_capitals_is_a_teaser() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><p><strong><a href='/s/1'>HARBOUR FEES TO RISE AFTER THE FLOOD</a></strong></p>"
        f"<p>{_PROSE[1]}</p><p>The agency <a href='/nasa'>NASA</a> SAID SO.</p><p>{_PROSE[2]}</p>"
    )
    text = from_html(html, "https://town.example/flood").text
    assert "HARBOUR FEES" not in text
    assert "The agency NASA SAID SO." in text


# --------------------------------------------------------------------------- properties

_TAGS = ["p", "div", "span", "a", "em", "b", "code", "ul", "ol", "li", "table", "tr", "td", "th", "thead",
         "blockquote", "figure", "figcaption", "img", "pre", "h1", "h2", "h3", "br", "section", "article",
         "aside", "nav", "iframe", "cite", "footer", "header", "script", "small"]  # fmt: skip
_ATTRS = ['', ' class="share"', ' class="entry-content"', ' href="/x"', ' href="javascript:x"', ' src="/i.jpg"',
          ' colspan="3"', ' start="0"', ' class="related-posts"', ' class="language-py"', ' width="1"']  # fmt: skip
_WORDS = st.text(string.ascii_letters + " éß&<>\u00a0\n", min_size=0, max_size=12)


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    """Random, often broken HTML made of the elements the reader cares about."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        choice = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(_TAGS))
        if choice == 0:
            parts.append(f"<{tag}{draw(st.sampled_from(_ATTRS))}>")
        elif choice == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(_WORDS))
    return "".join(parts)


def _page_text(html: str) -> tuple[set[str], str]:
    """The page's words (text nodes apart) and its text with text nodes joined.

    The joined text is the text a browser shows, and also the text of the source, since
    ``A<script>…</script>A`` shows "AA" (what is never shown does not separate words).
    """
    tree = LexborHTMLParser(html)
    root = tree.root
    if root is None:
        return set(), ""
    words, source = set(re.findall(r"\w+", root.text(separator=" "))), root.text(separator="")
    tree.strip_tags(["script", "style", "template"])
    return words, source + "\n" + root.text(separator="")


@given(tag_soup())
def test_no_exception_but_newsmodel_errors(html: str) -> None:
    with contextlib.suppress(NewsmodelError):
        from_html(html)


@given(tag_soup())
def test_never_returns_text_that_is_not_in_the_page(html: str) -> None:
    article = from_html(html)
    words, joined = _page_text(html)
    for _, piece in article.iter_texts():
        # No word that the page does not hold (inline elements may join two text nodes).
        for word in re.findall(r"\w+", piece):
            assert word in words or word in joined


# --------------------------------------------------------------------------- real pages


@pytest.mark.data
def test_every_page_of_the_data_reads_without_error() -> None:
    pages = sorted(DATA.glob("*/html/*.html.gz")) + sorted(DATA.glob("readability-pages/*/source.html.gz"))
    assert pages
    failures = []
    for path in pages:
        try:
            from_html(gzip.decompress(path.read_bytes()))
        except Exception as error:
            failures.append(f"{path.relative_to(DATA)}: {error!r}")
    assert not failures, "\n".join(failures)


def test_a_frame_left_out_still_separates_words() -> None:
    article = from_html("<article><p>Before<iframe></iframe>after the frame.</p></article>")
    assert article.text == "Before after the frame."


def test_furniture_query_and_its_python_tests_find_what_the_furniture_selector_finds() -> None:
    """The cheap furniture query, with its value tests made in Python, selects the same
    elements as ``FURNITURE_SELECTOR`` (case-sensitive values, presence of ``hidden``)."""
    from newsmodel._html._content import _FURNITURE_QUERY, _FURNITURE_TAGS, _hidden_or_role
    from newsmodel._html._vocab import FURNITURE_SELECTOR

    page = LexborHTMLParser(
        "<body><nav>n</nav><aside>a</aside><header>h</header><footer>f</footer><form></form><menu></menu>"
        '<div role="navigation">1</div><div role="NAVIGATION">2</div><div role="button">3</div><div role>4</div>'
        '<div hidden>5</div><div aria-hidden="true">6</div><div aria-hidden="TRUE">7</div><div aria-hidden>8</div>'
        '<div style="display:none">9</div><div style="color:red; display: none">10</div>'
        '<div STYLE="DISPLAY:NONE">11</div>'
        '<p style="visibility:hidden">12</p><p style="visibility: hidden">13</p><span role="dialog" style="x">14</span>'
        '<div role="search alertdialog">15</div><div role=" banner">16</div><section role="contentinfo">17</section>'
        "</body>"
    )
    body = page.body
    assert body is not None
    expected = [node.mem_id for node in body.css(FURNITURE_SELECTOR)]
    found = [
        node.mem_id
        for node in body.css(_FURNITURE_QUERY)
        if node.tag in _FURNITURE_TAGS or _hidden_or_role(node.attributes)
    ]
    assert sorted(set(found)) == sorted(set(expected))
    assert len(set(expected)) == 13


_STORY = (
    "<p>The council approved the budget on Tuesday by a wide margin, ending months of debate over spending.</p>"
    "<p>The plan adds money for schools and parks, and cuts the cost of permits for small shops in the centre.</p>"
)


def test_related_posts_are_posts_not_listings_labels_or_style_text() -> None:
    widget = (
        "<div class='related-posts'><h3>Related</h3><ul>"
        "<li><a href='/2024/05/02/harbour-dredging-begins/'>Harbour dredging begins</a></li>"
        "<li><a href='/2024/05/01/ferry/'>Read Next</a> <a href='/2024/05/01/ferry/'>Ferry fares rise in June</a></li>"
        "<li><a href='/news/people/ann-lee-named-harbour-master-a7418181.html'>Ann Lee named harbour master</a></li>"
        "<li><a href='/?p=1864317'>Quay market reopens</a></li>"
        "<li><a href='/2024/04/30/tides/'><style>.b{fill:#000}</style><span>Spring tides flood the quay</span></a></li>"
        "<li><a href='/tag/harbour/'>Harbour</a></li><li><a href='/author/tom-hale/'>Tom Hale</a></li>"
        "<li><a href='/topic/ferries'>Ferries</a></li><li><a href='/search?q=tides'>tides</a></li>"
        "<li><a href='https://shop.example.com/'>Harbour shop</a></li><li><a href='/'>Home</a></li>"
        "</ul></div>"
    )
    article = from_html(
        f"<html><body><article><h1>Budget passes</h1>{_STORY}</article>{widget}</body></html>",
        url="https://harbour.example/2024/05/03/budget/",
    )
    assert [(post.title, post.url) for post in article.related_posts] == [
        ("Harbour dredging begins", "https://harbour.example/2024/05/02/harbour-dredging-begins/"),
        ("Ferry fares rise in June", "https://harbour.example/2024/05/01/ferry/"),
        (
            "Ann Lee named harbour master",
            "https://harbour.example/news/people/ann-lee-named-harbour-master-a7418181.html",
        ),
        ("Quay market reopens", "https://harbour.example/?p=1864317"),
        ("Spring tides flood the quay", "https://harbour.example/2024/04/30/tides/"),
    ]
