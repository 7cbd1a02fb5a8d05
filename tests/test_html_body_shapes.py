"""from_html's body on page shapes the main-content rules must read (hand-written fixtures)."""

from __future__ import annotations

import pytest

import newsmodel as nm
from newsmodel import Article, Block, Figure, Paragraph
from newsmodel._html._reader import from_html

_PROSE = (
    "The harbour board met on Tuesday night and voted to dredge the inner basin before the autumn storms. ",
    "Fishing crews have complained for two seasons that their boats touch the bottom at low tide. ",
    "The work will cost the town about four hundred thousand pounds, most of it from a regional grant. ",
)


def _page(inner: str) -> str:
    return f"<html><body><main><article>{inner}</article></main></body></html>"


def _blocks(article: Article) -> list[Block]:
    return [block for section in article.sections for block in section.blocks]


def test_a_figcaption_outside_a_figure_captions_the_picture_before_it() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='media image'><div class='frame'><img src='/dredger.jpg' alt=''></div>"
        "<figcaption class='media-caption'>The dredger in the outer basin. Picture: Ann Vale</figcaption></div>"
        f"<p>{_PROSE[1]}</p>"
    )
    blocks = _blocks(from_html(html, "https://harbour.example/news/dredging"))
    figures = [block for block in blocks if isinstance(block, Figure)]
    assert len(figures) == 1
    assert figures[0].caption is not None
    assert figures[0].caption.text == "The dredger in the outer basin. Picture: Ann Vale"
    paragraphs = [block.text for block in blocks if isinstance(block, Paragraph)]
    assert paragraphs == [_PROSE[0].strip(), _PROSE[1].strip()]


def test_a_figcaption_with_no_picture_before_it_stays_text() -> None:
    html = _page(f"<p>{_PROSE[0]}</p><div><figcaption>Harbour board minutes, page two.</figcaption></div>")
    assert "Harbour board minutes, page two." in from_html(html).text


def test_shopping_buttons_of_sponsored_links_are_left_out() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='buy'><a rel='nofollow sponsored' href='https://shop.example/a'><span>View at Shopmart</span>"
        " <span>$29</span></a> <a rel='sponsored' href='https://store.example/a'>$31 at Store</a></div>"
        f"<p>{_PROSE[1]} Read the <a rel='sponsored' href='https://shop.example/b'>harbour guide</a> first.</p>"
    )
    text = from_html(html).text
    assert "Shopmart" not in text
    assert "$31 at Store" not in text
    assert "Read the harbour guide first." in text


def test_the_lone_article_element_is_taken_from_a_wrapper_that_also_holds_cards() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/story/{n}'>Another harbour story, number {n}</a></h3>"
        f"<p class='dek'>A summary of another story from the same writer about the coast, number {n}.</p></div>"
        for n in range(4)
    )
    html = (
        "<html><body><div class='page'><article>"
        + "".join(f"<p>{prose}</p>" for prose in _PROSE * 2)
        + "</article>"
        + f"<section class='collections'><h2>More from Ann Vale</h2>{cards}</section></div></body></html>"
    )
    text = from_html(html).text
    assert _PROSE[2].strip() in text
    assert "A summary of another story" not in text


def test_an_amp_picture_is_a_figure_and_its_caption_no_paragraph() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<figure class='image--embedded'><amp-img src='/quay.jpg' width='615' height='400' layout='responsive'>"
        "</amp-img><figcaption>The quay at low tide (Image: Ann Vale)</figcaption></figure>"
        f"<p>{_PROSE[1]}</p>"
    )
    article = from_html(html, "https://harbour.example/news/dredging")
    figures = [block for block in _blocks(article) if isinstance(block, Figure)]
    assert [figure.image.url for figure in figures] == ["https://harbour.example/quay.jpg"]
    assert figures[0].caption is not None
    assert figures[0].caption.text == "The quay at low tide (Image: Ann Vale)"
    paragraphs = [block.text for block in _blocks(article) if isinstance(block, Paragraph)]
    assert paragraphs == [_PROSE[0].strip(), _PROSE[1].strip()]


def test_a_sign_in_box_inside_the_article_is_left_out() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='wall signin-box'><p>Already a subscriber? Sign in to read the full story</p></div>"
        f"<p>{_PROSE[1]}</p>"
        "<div class='login-prompt'><p>You are logged in. Switch accounts</p></div>"
        f"<p>{_PROSE[2]}</p>"
    )
    text = from_html(html).text
    assert _PROSE[2].strip() in text
    assert "Already a subscriber" not in text
    assert "You are logged in" not in text


def test_a_ticker_of_headlines_with_summaries_cut_short_is_left_out() -> None:
    """A list of linked headlines, each with a summary cut short ("..."), is a teaser list even with no
    heading, picture or date in its items."""
    teasers = "".join(
        f"<li><a href='https://harbour.example/news/{slug}'>{title}</a>"
        f"<span>HARBOURTON: {summary} and the board said it would meet again before the end of the...</span></li>"
        for slug, title, summary in (
            ("ferry", "Ferry fares rise again", "Ferry fares will rise by a tenth from March"),
            ("pier", "Pier repairs delayed", "The repairs to the north pier have been put off until the spring"),
            ("lights", "New lights for the quay", "Forty new lamps will line the quay by the winter"),
        )
    )
    html = (
        "<html><body><div class='content'><div class='ticker'><b>Latest</b><ul>"
        f"{teasers}</ul></div><h1>Dredging approved</h1>"
        + "".join(f"<p>{sentence}</p>" for sentence in _PROSE)
        + "</div></body></html>"
    )
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert "Ferry fares" not in text
    assert "north pier" not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_a_synopsis_and_a_caption_that_repeat_the_opening_are_left_out() -> None:
    """A synopsis box made of the first sentence and the start of a later paragraph cut short, and a
    picture caption repeating it, say nothing the body does not: they are left out, the body stays whole."""
    first = "The harbour board voted on Tuesday to dredge the inner basin before the autumn storms."
    later = "Fishing crews have complained for two seasons that their boats touch the bottom at low tide."
    synopsis = f"{first} {later[:40]}..."
    html = _page(
        f"<div class='synopsis'>{synopsis}</div>"
        f"<div class='picture'><img src='/basin.jpg' alt=''><span class='caption'>{synopsis}</span></div>"
        f"<p>HARBOURTON: {first} The work starts in August.</p><p>{_PROSE[2]}</p><p>{later}</p>"
    )
    paragraphs = [b.text for b in _blocks(from_html(html, "https://harbour.example/news/dredging"))
                  if isinstance(b, Paragraph)]  # fmt: skip
    assert paragraphs == [f"HARBOURTON: {first} The work starts in August.", _PROSE[2].strip(), later]


def test_a_paragraph_printed_again_whole_stays() -> None:
    """An interview that puts the same question to each guest prints it again whole: each copy stays."""
    question = "What did you think when you first heard that the harbour would be dredged this autumn?"
    html = _page(
        f"<h2>Ann Lee</h2><p>{question}</p><p>{_PROSE[0]}</p><h2>Tom Hale</h2><p>{question}</p><p>{_PROSE[1]}</p>"
    )
    text = from_html(html, "https://harbour.example/news/interviews").text
    assert text.count(question) == 2


def test_a_list_article_keeps_every_item_however_deep_its_prose() -> None:
    """'Five things for the harbour': each thing a block of its own under one wrapper, its prose nested too deep
    for the paragraphs' votes to meet; the longest item alone would win. The list of like items is the body."""
    things = (
        ("A new tide gauge", "The old gauge at the pier head has been wrong by a hand's width since the spring."),
        ("Lamps on the quay", "Forty lamps would light the quay for the crews who land their catch before dawn."),
        ("A slipway", "The slipway by the chandlery crumbled in the winter storms and nobody has mended it. " * 3),
        ("Bins for nets", "Old nets left on the quay foul the propellers of every boat that moors near them."),
        ("A dredger", "The inner basin needs a dredger twice a year, and the board owns none of its own."),
    )
    deep = "<div><div><div><div><div><div><div><div><div>{}</div></div></div></div></div></div></div></div></div>"
    items = "".join(
        f"<div class='item-wrapper'><div class='thing'><h2>{number}. {title}</h2>{deep.format(f'<p>{text}</p>')}"
        "</div></div>"
        for number, (title, text) in enumerate(things, 1)
    )
    html = f"<html><body><nav><a href='/'>Home</a></nav><div class='list'>{items}</div></body></html>"
    text = from_html(html, "https://harbour.example/lists/five-things").text
    for title, prose in things:
        assert title in text
        assert prose.strip() in text


def test_the_article_goes_on_after_a_sign_in_walls_heading() -> None:
    """A sign-in wall left mid-article, its class read as the article's ('article-content__sign-in-group'):
    its heading goes, the paragraphs after it stay with the article."""
    longer = [sentence * 2 for sentence in _PROSE]
    html = _page(
        f"<div class='article-content'><p>{longer[0]}</p>"
        "<div class='article-content__sign-in-group'><h2>Sign In or Create an Account</h2><div>or</div></div>"
        f"<p>{longer[1]}</p><p>{longer[2]}</p></div>"
    )
    article = from_html(html, "https://harbour.example/news/dredging")
    assert all(sentence.strip() in article.text for sentence in longer)
    assert "Sign In" not in article.text


def test_links_to_the_previous_and_next_posts_are_left_out() -> None:
    """A 'next-prev' block inside the article: the previous and next posts' headlines and summaries."""
    html = _page(
        "".join(f"<p>{sentence}</p>" for sentence in _PROSE)
        + "<div class='grid-container next-prev'><p><a href='/ferry'>Next Harbour News -</a></p>"
        "<div><a href='/ferry'><h5>Ferry fares rise again</h5></a><p>The ferry company raised its fares by a tenth "
        "from March, the third rise in two years, blaming the price of fuel.</p></div></div>"
    )
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert "Ferry fares" not in text
    assert "ferry company" not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_a_speedbump_tile_and_a_video_playlist_in_the_body_are_left_out() -> None:
    """A 'speedbump' tile (a link to another story set between paragraphs) and a video player's playlist of
    other videos at the article's end are no part of the article."""
    html = _page(
        f"<div class='story-body'><p>{_PROSE[0]}</p>"
        "<div class='shortcode speedbump tile'><a class='tile__link' href='/ferry'><div class='tile__body'>"
        "<span class='tile__eyebrow'>News</span><h3 class='tile__name'>Ferry fares rise again in March</h3>"
        "</div></a></div>"
        f"<p>{_PROSE[1]}</p><p>{_PROSE[2]}</p>"
        "<div class='player'><div class='video-playlist'><div>Watch</div><div>Lighthouse keepers look back on forty "
        "winters</div><div><a href='/v/1'>view video</a></div><div><img src='/v/2.jpg' alt=''>"
        "<div>The lifeboat crew's longest night at sea</div></div></div></div></div>"
    )
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert "Ferry fares" not in text
    assert "Lighthouse keepers" not in text
    assert "lifeboat crew" not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_a_grid_of_teaser_cards_in_divs_is_left_out() -> None:
    """A grid of cards after the article, in <div>s of one class rather than a list: each a picture, a linked
    headline and a one-sentence blurb not cut short."""
    cards = "".join(
        f"<div class='thumb'><div class='pic'><a href='/{slug}'><img src='/{slug}.jpg' alt=''></a></div>"
        f"<div class='name'><a href='/{slug}'>{title}</a></div><div class='blurb'>{blurb}</div></div>"
        for slug, title, blurb in (
            ("ferry", "Ferry fares", "The crossing costs a tenth more from March."),
            ("lighthouse", "Lighthouse keepers", "Forty winters on the point, in their own words."),
            ("market", "Fish market", "Why the auction starts two hours before dawn."),
        )
    )
    html = _page(
        f"<div class='story'>{''.join(f'<p>{sentence}</p>' for sentence in _PROSE)}"
        f"<div class='more'><h2>Popular with readers</h2>{cards}</div></div>"
    )
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert "Ferry fares" not in text
    assert "auction" not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_a_list_of_linked_things_each_with_its_paragraph_stays() -> None:
    """Items of one class, each a linked name and a paragraph of prose longer than a blurb, are the article."""
    items = "".join(
        f"<div class='entry-item'><h3><a href='/{number}'>{number}. The {name}</a></h3><p>{sentence * 2}</p></div>"
        for number, (name, sentence) in enumerate(zip(("dredger", "quay", "basin"), _PROSE, strict=True), 1)
    )
    html = _page(f"<div class='story'><p>{_PROSE[2]}</p>{items}</div>")
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert "1. The dredger" in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_a_list_of_headlines_under_a_related_label_paragraph_is_left_out() -> None:
    """'Related content:' in a paragraph of its own, an empty ad slot, then a list whose every item is a link."""
    html = _page(
        "<div class='story'>"
        + "".join(f"<p>{sentence}</p>" for sentence in _PROSE)
        + "<p><strong>Related content:</strong></p><div class='adslot'></div>"
        "<ul><li><a href='/ferry'>Ferry fares rise again in March</a></li>"
        "<li><a href='/quay'>The old quay reopens after <em>two</em> years</a></li></ul></div>"
    )
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert "Ferry fares" not in text
    assert "old quay" not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_a_list_under_a_related_label_with_words_of_its_own_stays() -> None:
    """Items with words outside their links are the article's list, whatever the paragraph before says."""
    html = _page(
        "<div class='story'>"
        + "".join(f"<p>{sentence}</p>" for sentence in _PROSE)
        + "<p>Related reading</p><ul><li><a href='/plan'>The dredging plan</a>, published by the board in May</li>"
        "<li><a href='/grant'>The grant letter</a>, which sets the spending rules</li></ul></div>"
    )
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert "published by the board in May" in text


def test_an_editors_recommendations_heading_and_its_list_are_left_out() -> None:
    html = _page(
        "<div class='story'>"
        + "".join(f"<p>{sentence}</p>" for sentence in _PROSE)
        + "<h4>Editors' Recommendations</h4><ul><li><a href='/ferry'>Ferry fares rise again in March</a></li>"
        "<li><a href='/quay'>The old quay reopens after two years</a></li></ul></div>"
    )
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert "Recommendations" not in text
    assert "Ferry fares" not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_a_reviews_pros_and_cons_lists_are_left_out() -> None:
    """A verdict box: 'Pros' and 'Cons' headings, each over a list, then the review goes on without a heading."""
    html = _page(
        f"<div class='review'><p>{_PROSE[0]}</p>"
        "<div class='verdict'><h4>Pros</h4><ul><li>Quiet engine</li><li>Deep hold</li></ul>"
        "<h4>Cons:</h4><ul><li>Slow in a swell</li></ul></div>"
        f"<p>{_PROSE[1]}</p><p>Cons</p><ul><li>Small galley</li></ul><p>{_PROSE[2]}</p></div>"
    )
    article = from_html(html, "https://harbour.example/reviews/dredger")
    text = article.text
    for word in ("Pros", "Cons", "Quiet engine", "Slow in a swell", "Small galley"):
        assert word not in text
    assert all(sentence.strip() in text for sentence in _PROSE)
    assert all(section.heading is None for section in article.sections)


def test_a_list_under_a_pros_heading_with_prose_first_stays() -> None:
    """Under a 'Pros' heading that opens with prose, the section is the article's own."""
    html = _page(
        f"<div class='review'><p>{_PROSE[0]}</p><h3>Pros</h3><p>{_PROSE[1]}</p><ul><li>Quiet engine</li></ul></div>"
    )
    text = from_html(html, "https://harbour.example/reviews/dredger").text
    assert "Quiet engine" in text
    assert _PROSE[1].strip() in text


def test_notes_on_how_the_site_works_are_left_out() -> None:
    """Short notes on the site's own editorial process or testing, wherever they stand in the body."""
    notes = (
        "The Harbour Times uses trusted sources to support its facts. Read our editorial process to learn more.",
        "This story has been checked according to the Harbour Times's editorial process and policies.",
        "We spend hours on every boat we review. Find out more about how we test.",
        "In order to give you accurate figures, the data used to compile this article came from the harbour board.",
    )
    html = _page("<div class='story'>" + "".join(f"<p>{line}</p>" for line in (*_PROSE, *notes)) + "</div>")
    text = from_html(html, "https://harbour.example/news/dredging").text
    for note in notes:
        assert note not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_a_report_on_a_papers_editorial_process_stays() -> None:
    line = "The council said the paper's editorial process had failed, and asked how we test such claims."
    html = _page(f"<div class='story'><p>{_PROSE[0]}</p><p>{line}</p></div>")
    assert line in from_html(html, "https://harbour.example/news/dredging").text


def test_player_labels_and_inbox_plugs_are_left_out() -> None:
    """Short lines that label a video or podcast player, and plugs for stories sent to the reader's inbox."""
    lines = (
        "WATCH | The dredger at work in the inner basin:",
        "Watch this: A night on the harbour",
        "Listen to the full interview with the harbour master:",
        "[Want harbour news delivered right to your inbox? Create a free account today.]",
        "Get all the latest harbour news, direct to your inbox.",
    )
    html = _page("<div class='story'>" + "".join(f"<p>{line}</p>" for line in (*_PROSE, *lines)) + "</div>")
    text = from_html(html, "https://harbour.example/news/dredging").text
    for line in lines:
        assert line.strip("[]") not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_a_sentence_about_watching_stays() -> None:
    line = "Watch the video of the launch, the harbour master told the board, and judge for yourself."
    html = _page(f"<div class='story'><p>{_PROSE[0]}</p><p>{line}</p></div>")
    assert line in from_html(html, "https://harbour.example/news/dredging").text


def test_widget_words_left_as_lines_are_left_out() -> None:
    """Cookie buttons, table and contents hints, share icons' names and screen-reader link text, each a line."""
    lines = (
        "Accept Cookies",
        "Cookie Preferences Cookie List",
        "Swipe to scroll horizontally",
        "Jump to a Section",
        "External link to",
        "Facebook Email",
    )
    html = _page("<div class='story'>" + "".join(f"<p>{line}</p>" for line in (*_PROSE, *lines)) + "</div>")
    text = from_html(html, "https://harbour.example/news/dredging").text
    for line in lines:
        assert line not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_a_footnotes_section_and_a_sources_section_are_left_out() -> None:
    html = _page(
        "<div class='story'>"
        + "".join(f"<p>{sentence}</p>" for sentence in _PROSE)
        + "<h2>Footnotes</h2><p>[1] Harbour Board minutes, May 2023, p. 4.</p>"
        "<h2>3 Sources</h2><ol><li>Harbour Board. Dredging plan. 2023.</li></ol></div>"
    )
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert "minutes" not in text
    assert "Dredging plan" not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_the_first_article_of_an_endless_scroll_feed_is_the_page_s() -> None:
    """The page's article and the next stories loaded under it, each an <article> side by side: the first is
    the page's."""
    ferry = (
        "The ferry company raised its fares by a tenth from March, the third rise in two years. ",
        "It blamed the price of fuel and the cost of the new landing stage at the north quay. ",
        "Season tickets for islanders are frozen until the autumn, the company said on Monday. ",
    )
    market = (
        "The fish market will open two hours earlier from next week to catch the overnight boats. ",
        "Traders asked for the change after a winter in which half the catch waited on the quay. ",
        "The council agreed on condition that the auction bell is not rung before five o'clock. ",
    )
    posts = "".join(
        f"<article class='post'><h1>{headline}</h1>"
        + "".join(f"<p>{sentence * 3}</p>" for sentence in story)
        + "</article>"
        for headline, story in (("Dredging approved", _PROSE), ("Fares rise", ferry), ("Market hours", market))
    )
    html = f"<html><body><main><div class='post-bodies'>{posts}</div></main></body></html>"
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert all(sentence.strip() in text for sentence in _PROSE)
    assert "ferry company" not in text
    assert "fish market" not in text
    # a live blog: the posts sit under the page's one headline, none with a headline of its own; all are the page's
    blog = posts.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    page = f"<html><body><main><h1>Harbour live</h1><div class='post-bodies'>{blog}</div></main></body></html>"
    live = from_html(page, "https://harbour.example/news/live").text
    assert "ferry company" in live
    assert "fish market" in live


def test_an_additional_reporting_credit_is_left_out() -> None:
    line = "Additional reporting by Ann Lee and Tom Hale"
    html = _page("<div class='story'>" + "".join(f"<p>{sentence}</p>" for sentence in _PROSE) + f"<p>{line}</p></div>")
    text = from_html(html, "https://harbour.example/news/dredging").text
    assert "Additional reporting" not in text
    assert all(sentence.strip() in text for sentence in _PROSE)


def test_an_article_whose_blocks_sit_deep_in_wrappers_is_kept_whole() -> None:
    # The first block sits one wrapper less deep than the others: only its paragraphs' votes reach the
    # <article> (votes climb a few levels), which must not then shrink to that block.
    def block(text: str) -> str:
        return f"<div class='story-block'><div class='grid'><div class='cell'><div class='article-text'><p>{text}</p>"

    first = block(_PROSE[0]) + "</div></div></div></div>"
    rest = "".join(block(text) + "</div></div></div></div>" for text in _PROSE[1:] * 3)
    html = (
        "<html><body><main><article><div class='page'><div class='container'><div class='flush'>"
        f"{first}<div class='wrap'>{rest}</div></div></div></div></article></main></body></html>"
    )
    paragraphs = [block.text for block in _blocks(from_html(html)) if isinstance(block, Paragraph)]
    assert paragraphs == [text.strip() for text in (_PROSE[0], *_PROSE[1:] * 3)]


_LONG = (
    "Ann Lee spent thirty winters on the harbour wall, counting the boats that came in after dark and writing "
    "their names in a ledger that the board still keeps in a drawer of the old customs house. ",
    "Tom Hale, who took the ledger over from her, says the names tell the story of the town better than any "
    "history: the families, the storms, the years when the herring came and the years when it did not. ",
    "The board now wants to print the ledger as a book, with the pictures that the harbour club has gathered "
    "since the war, and to give a copy to every school in the county before the summer is out. ",
)


def _long_read(between: str, after: str = "") -> str:
    def section(opening: str, count: int) -> str:
        part = "".join(f"<p>{opening}{text[0].lower()}{text[1:]}</p>" for text in _LONG[:count])
        # each part deep in layout wrappers: the votes of its paragraphs stop short of the story around them all
        return f"<div class='story-part'>{'<div>' * 7}<div class='column'>{part}</div>{'</div>' * 7}</div>"

    figure = "<figure><img src='/ledger.jpg' alt=''><figcaption>The ledger in the customs house.</figcaption></figure>"
    return (
        "<html><body><div class='story'>"
        f"{section('At first, ', 3)}{figure}{section('Then, ', 3)}{between}{section('Later, ', 2)}{after}"
        "</div><div class='footer-links'><a href='/a'>About us</a></div></body></html>"
    )


def test_an_article_cut_into_sections_by_pictures_is_kept_whole() -> None:
    html = _long_read("<figure><img src='/wall.jpg' alt=''></figure>")
    paragraphs = [block.text for block in _blocks(from_html(html)) if isinstance(block, Paragraph)]
    assert [text.split(",")[0] for text in paragraphs] == ["At first"] * 3 + ["Then"] * 3 + ["Later"] * 2


def test_sections_after_a_list_of_links_are_not_the_article_s() -> None:
    # A guard (the code before the rule gave the same): past a list of links the sections are something else,
    # so the element holding them all is not taken; the winning section stays alone.
    links = "".join(
        f"<li><a href='/story/{n}'>Another harbour story, number {n} of the series</a></li>" for n in range(6)
    )
    html = _long_read(f"<div class='further'><h3>Further reading</h3><ul>{links}</ul></div>")
    paragraphs = [block.text for block in _blocks(from_html(html)) if isinstance(block, Paragraph)]
    assert [text.split(",")[0] for text in paragraphs] == ["At first"] * 3
    assert not any("Another harbour story" in text for text in paragraphs)


def test_words_of_a_sentence_in_an_inline_element_of_a_boilerplate_class_stay() -> None:
    # a popup note, a topic link: the class says what the element does, not that its words are furniture
    html = _page(
        "<p>The board gave the crews to understand that on that point "
        "<a href='javascript:void(0)' class='popup'>its judgment was sound.</a> The vote was final.</p>"
        "<p>The grant will pay for dredging the basin of "
        "<a href='/topics/harbourton' class='popup-topic'>Harbourton</a>.</p>"
        "<p><a href='/topics/harbour-board' class='popup-topic'>Harbour Board</a>’s members met twice.</p>"
        f"<p>{_PROSE[2]}</p>"
    )
    paragraphs = [block.text for block in _blocks(from_html(html)) if isinstance(block, Paragraph)]
    assert paragraphs[:3] == [
        "The board gave the crews to understand that on that point its judgment was sound. The vote was final.",
        "The grant will pay for dredging the basin of Harbourton.",
        "Harbour Board’s members met twice.",
    ]


def test_a_label_and_a_link_of_a_boilerplate_class_are_no_sentence() -> None:
    # A guard (the code before gave the same): a link closing a paragraph after a label is still furniture.
    html = _page(
        f"<p>{_PROSE[0]}</p><p>Read more: <a href='/story/2' class='popup-story'>Harbour board votes again</a></p>"
        f"<p>{_PROSE[1]}</p>"
    )
    text = from_html(html).text
    assert "Harbour board votes again" not in text
    assert _PROSE[1].strip() in text


def test_words_in_an_inline_element_of_a_table_cell_s_sentence_stay() -> None:
    # an old page's layout table: the text stands in the cell itself, not in a <p>
    html = (
        f"<html><body><center><table><tr><td>{_PROSE[0]}{_PROSE[1]}I mean the "
        "<a href='javascript:void(0)' class='popup'>law clerks</a> or "
        "<a href='javascript:void(0)' class='popup'>copyists</a>. They met again."
        f"<p>{_PROSE[2]}</p></td></tr></table></center></body></html>"
    )
    assert "I mean the law clerks or copyists. They met again." in from_html(html).text


def test_spacers_ad_labels_and_buttons_are_no_paragraphs() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><p>&zwnj;</p><p>\u200b</p>"
        "<div class='css-1x'><div class='css-2y'><p>Advertisement</p></div>"
        "<a href='#after-ad' class='css-3z'>SKIP ADVERTISEMENT</a><div id='after-ad'></div></div>"
        f"<p>{_PROSE[1]}</p><div><a href='#' class='expand-reduce'>Keep Reading</a></div>"
        f"<div><span class='slideout-btn'>×</span></div><p>{_PROSE[2]}</p>"
    )
    paragraphs = [block.text for block in _blocks(from_html(html)) if isinstance(block, Paragraph)]
    assert paragraphs == [text.strip() for text in _PROSE]


def test_a_permalink_sign_closing_a_sub_heading_is_no_part_of_it() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><h2>Setting up<a class='headerlink' href='#setting-up' title='Permalink'>¶</a></h2>"
        f"<p>{_PROSE[1]}</p>"
    )
    assert [section.heading for section in from_html(html).sections] == [None, "Setting up"]


def test_a_long_comment_marked_as_an_entry_does_not_outvote_an_article_of_lists() -> None:
    # A blog post of short notes and lists of links, then a reader's long comment whose text is marked up as
    # an entry of its own ("entry-content" inside a comment list's item): the post is the article.
    notes = "".join(f"<li><a href='/bug/{n}'>Bug {n}</a> fixes the tide table for berth {n}</li>" for n in range(12))
    comment = " ".join(_PROSE * 3)
    html = (
        "<html><body><article class='post hentry'><h1 class='entry-title'>Harbour notes, week 12</h1>"
        "<div class='entry-content'><h3>Highlights</h3><p>The new tide tables are live for every berth.</p>"
        f"<ul>{notes}</ul><p>Thanks to Ann Lee for the berth survey.</p></div></article>"
        "<section id='comments'><h3>2 comments</h3><ol class='comment-list'>"
        "<li id='comment-7' class='comment even depth-1 hentry'><h4 class='entry-title'>Tom Hale</h4>"
        f"<blockquote class='entry-content'><p>{comment}</p></blockquote></li></ol></section></body></html>"
    )
    article = from_html(html, "https://harbour.example/notes/week-12")
    assert "The new tide tables are live for every berth." in article.text
    assert "Bug 11 fixes the tide table for berth 11" in article.text
    assert _PROSE[0].strip() not in article.text


def test_a_paragraph_under_a_picture_is_its_caption_when_the_two_are_all_their_parent_holds() -> None:
    """A picture in inline wrappers and a ``<p>`` under it, alone in their ``<div>``: a figure in all but name
    (a credit line after the caption is furniture and goes first)."""
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='image-widget'><span class='image'><span><picture><img src='/dredger.jpg'></picture></span>"
        "<span></span></span><p><span>The dredger in the outer basin at dawn.</span></p><p>Image: Ann Vale</p></div>"
        f"<p>{_PROSE[1]}</p>"
    )
    blocks = _blocks(from_html(html, "https://harbour.example/news/dredging"))
    figures = [block for block in blocks if isinstance(block, Figure)]
    assert len(figures) == 1
    assert figures[0].caption is not None
    assert figures[0].caption.text == "The dredger in the outer basin at dawn."
    assert [block.text for block in blocks if isinstance(block, Paragraph)] == [_PROSE[0].strip(), _PROSE[1].strip()]


def test_a_paragraph_after_a_picture_among_other_paragraphs_stays_text() -> None:
    html = _page(
        f"<div class='entry'><p>{_PROSE[0]}</p><div><img src='/dredger.jpg'></div><p>The vote was close.</p></div>"
    )
    blocks = _blocks(from_html(html, "https://harbour.example/news/dredging"))
    assert [block.text for block in blocks if isinstance(block, Paragraph)] == [
        _PROSE[0].strip(),
        "The vote was close.",
    ]


def test_a_paragraph_after_an_uncaptioned_picture_stays_on_a_page_newsmodel_wrote() -> None:
    from newsmodel import Image, Section, to_html

    article = Article(
        sections=(
            Section(blocks=(Paragraph(_PROSE[0].strip()),)),
            Section("The dredger", 2, (Figure(Image("https://harbour.example/dredger.jpg")), Paragraph("At dawn."))),
        )
    )
    assert from_html(to_html(article)).sections == article.sections


def test_repeat_finder_drops_a_dateline_only_where_it_opens_the_paragraph() -> None:
    from newsmodel._html._repeats import _sentences

    assert _sentences("HARBOURTON — The ferry runs again. It left at seven.") == [
        "The ferry runs again.",
        "It left at seven.",
    ]
    # a run of capitals inside the paragraph is part of its sentence
    assert _sentences("It rose. The U.S. - backed plan is new.") == ["It rose.", "The U.S. - backed plan is new."]


@pytest.mark.parametrize("label", ["Show Caption", "Enlarge this image", "1 / 7", "Photo 2 of 9"])
def test_a_caption_that_is_a_control_or_a_counter_is_no_caption(label: str) -> None:
    html = (
        "<article><p>The harbour ferry runs again from Monday, the council said after a long repair.</p>"
        f'<figure><img src="https://example.com/ferry.jpg" alt="The ferry"><figcaption>{label}</figcaption></figure>'
        "<p>3 / 5</p><p>Tickets cost the same as last year, and the first boat leaves at seven.</p></article>"
    )
    blocks = [b for s in nm.from_html(html).sections for b in s.blocks]
    assert blocks[1] == nm.Figure(nm.Image("https://example.com/ferry.jpg", alt="The ferry"))
    assert [getattr(b, "text", None) for b in blocks] == [
        "The harbour ferry runs again from Monday, the council said after a long repair.",
        None,
        "Tickets cost the same as last year, and the first boat leaves at seven.",
    ]


@pytest.mark.parametrize(
    "box",
    [
        "<a href='https://twitter.com/intent/tweet?text=a'><span class='quote-box'><span class='quote-text'>"
        "Every harbour needs a council that listens.</span><span class='quote-btn'>Click To Tweet<i class='icon'></i>"
        "</span></span></a>",
        "<div class='tweet-box'><span><a href='https://twitter.com/intent/tweet?text=a'>"
        "Every harbour needs a council that listens.</a></span> <a href='https://twitter.com/intent/tweet?text=a'>"
        "<strong>Tweet this</strong></a></div>",
    ],
)
def test_a_tweet_buttons_label_is_no_part_of_the_sentence_it_offers(box: str) -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>{box}<p>{_PROSE[1]}</p>"
        "<p>Tom Hale said the quay opens in spring. <a href='https://twitter.com/intent/tweet?text=b'>tweet this</a>"
        " was all he asked.</p>"
    )
    assert [getattr(block, "text", None) for block in _blocks(from_html(html))] == [
        _PROSE[0].strip(),
        "Every harbour needs a council that listens.",
        _PROSE[1].strip(),
        "Tom Hale said the quay opens in spring. tweet this was all he asked.",
    ]


def test_a_figcaption_outside_a_figure_with_no_picture_to_take_it_is_no_text() -> None:
    # the picture sits in a link with a button's label, so the caption has no picture right before it
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='embed'><a href='/quay'><img src='/dredger.jpg' alt=''><span class='btn'>See the quay</span></a>"
        "<figcaption><span>Ann Vale</span><span>//</span><span>Harbour Pictures</span></figcaption></div>"
        f"<p>{_PROSE[1]}</p>"
    )
    texts = [getattr(block, "text", None) for block in _blocks(from_html(html))]
    assert "Ann Vale//Harbour Pictures" not in texts
    assert texts[0] == _PROSE[0].strip()
    assert texts[-1] == _PROSE[1].strip()


def test_a_caption_boxed_with_its_figcaption_credit_outside_a_figure_is_no_text() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='embed'><a href='/quay'><img src='/dredger.jpg' alt=''><span class='btn'>See the quay</span></a>"
        "<div class='box'><div class='line'>The dredger in the outer basin at dawn.</div>"
        "<figcaption><span>Ann Vale</span></figcaption></div></div>"
        f"<p>{_PROSE[1]}</p>"
        # a <div> of the text ending on a stray credit keeps its paragraphs
        f"<div><p>{_PROSE[2]}</p><figcaption>Tom Hale</figcaption></div>"
    )
    texts = [getattr(block, "text", None) for block in _blocks(from_html(html))]
    assert "The dredger in the outer basin at dawn." not in texts
    assert "Ann Vale" not in texts
    assert texts[0] == _PROSE[0].strip()
    assert _PROSE[1].strip() in texts
    assert texts[-1] == _PROSE[2].strip()


def _key_points_page(label: str, points: str) -> str:
    body = "".join(f"<p>{sentence}</p>" for sentence in _PROSE)
    return (
        "<html><body><nav><a href='/'>Home</a></nav><div class='row'><div class='col'>"
        f"<div class='box'><div class='box-head'>{label}</div><div class='box-list'><ul>{points}</ul></div></div>"
        f"<div class='article-body'>{body}</div></div></div><footer>Harbour Gazette</footer></body></html>"
    )


def test_a_key_points_box_right_before_the_body_opens_it() -> None:
    points = "<li>The board voted to dredge the inner basin.</li><li>The work costs about £400,000.</li>"
    blocks = _blocks(from_html(_key_points_page("Key Points", points)))
    assert isinstance(blocks[0], nm.ListBlock)
    assert [item.text for item in blocks[0].items] == [
        "The board voted to dredge the inner basin.",
        "The work costs about £400,000.",
    ]
    assert [getattr(block, "text", None) for block in blocks[1:]] == [sentence.strip() for sentence in _PROSE]
    assert "Key Points" not in from_html(_key_points_page("Key Points", points)).text


@pytest.mark.parametrize(
    ("label", "points"),
    [
        # other stories' headlines under a label
        ("Highlights", "<li><a href='/a'>Ferry strike ends after a week</a></li><li><a href='/b'>Quay lights</a></li>"),
        # a list under a label that is no key points' label
        ("Trending", "<li>The board voted to dredge the inner basin.</li><li>The work costs about £400,000.</li>"),
    ],
)
def test_a_box_before_the_body_that_is_no_key_points_stays_out(label: str, points: str) -> None:
    blocks = _blocks(from_html(_key_points_page(label, points)))
    assert [getattr(block, "text", None) for block in blocks] == [sentence.strip() for sentence in _PROSE]


def test_a_buttons_label_over_a_linked_picture_is_no_text() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='embed'><div class='frame'><a href='/quay'><img src='https://harbour.example/dredger.jpg' alt=''>"
        "<span class='image-button'>See the Whole Quay</span></a>"
        "<div class='box'><div class='line'>The dredger in the outer basin at dawn.</div>"
        "<figcaption>Ann Vale</figcaption></div></div></div>"
        f"<p>{_PROSE[1]}</p>"
    )
    blocks = _blocks(from_html(html))
    assert "See the Whole Quay" not in from_html(html).text
    assert [getattr(block, "text", None) for block in blocks] == [_PROSE[0].strip(), None, _PROSE[1].strip()]
    assert isinstance(blocks[1], Figure)
    # the picture, no longer followed by the label, takes its caption
    assert blocks[1].caption is not None
    assert blocks[1].caption.text.startswith("The dredger in the outer basin at dawn.")


def test_a_video_players_age_gate_is_no_text() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='player'><video src='https://harbour.example/dredge.mp4'></video>"
        "<div class='player-age-gate'><h5>Please enter your date of birth to watch this video</h5>"
        "<select name='month'><option>January</option><option>February</option></select>"
        "<p>By clicking 'enter', you agree to the Harbour Council's terms.</p></div></div>"
        f"<p>{_PROSE[1]}</p>"
    )
    text = from_html(html).text
    assert "date of birth" not in text
    assert "By clicking" not in text
    assert _PROSE[0].strip() in text
    assert _PROSE[1].strip() in text


def test_a_players_clock_is_no_text_and_a_live_time_stamp_stays() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='clip'><div class='player-chrome'><div class='seek'><span class='seek-text'>00:00:00</span></div>"
        "</div></div>"
        "<p><time>10:30</time></p>"
        f"<p>{_PROSE[1]}</p>"
    )
    text = from_html(html).text
    assert "00:00:00" not in text
    assert "10:30" in text
    assert _PROSE[1].strip() in text


def test_an_article_written_straight_in_the_body_outweighs_a_quoted_box() -> None:
    # An old hand-written page: the article's paragraphs are children of <body>, and a <blockquote> of readers'
    # letters after them is the only container that holds prose.
    letters = "".join(f"<p>Ann Lee wrote that the harbour dredging was long overdue, letter {n}.</p>" for n in range(3))
    html = (
        "<html><head><title>Dredging notes</title></head><body>"
        "<h1>Dredging notes</h1>"
        + "".join(f"<p>{sentence}</p>" for sentence in _PROSE)
        + f"<hr><b>Letters:</b><blockquote>{letters}</blockquote></body></html>"
    )
    text = from_html(html).text
    for sentence in _PROSE:
        assert sentence.strip() in text
    assert "letter 2" in text


def test_a_section_whose_id_is_its_headings_words_stays() -> None:
    # Documentation generators give each section the id of its heading's words: a word of it ("sharing") is no
    # share bar.
    html = _page(
        "".join(f"<p>{sentence}</p>" for sentence in _PROSE * 2)
        + "<div class='section' id='sharing-the-dredging-costs'><h2>Sharing the dredging costs</h2>"
        "<p>The council and the fishing cooperative will split the bill, Ann Lee told the board.</p></div>"
    )
    article = from_html(html)
    assert [section.heading for section in article.sections if section.heading] == ["Sharing the dredging costs"]
    assert "split the bill" in article.text


def test_a_share_box_whose_id_repeats_its_label_is_left_out() -> None:
    # A regression guard for the rule above: a widget's id repeats its label too, and stays a widget's.
    html = _page(
        f"<p>{_PROSE[0]}</p><p>{_PROSE[1]}</p>"
        "<div id='share-this-story'><h3>Share this story</h3><p>Send it to a friend who likes the harbour.</p></div>"
    )
    text = from_html(html).text
    assert "Share this story" not in text
    assert "Send it to a friend" not in text


def test_the_paragraphs_introducing_a_winning_table_stay() -> None:
    # A list article of one data table: its cells of prose outvote the element around it, whose long list of
    # references counts against it; the paragraphs before the table are the article's.
    rows = "".join(
        f"<tr><td>Dredger {n}</td><td>{1990 + n}</td><td>The dredger number {n} cleared the inner basin of the "
        f"harbour in {1990 + n}, working through the winter tides with a crew of twelve.</td></tr>"
        for n in range(8)
    )
    notes = "".join(
        f"<li>Harbour Council, annual report {1990 + n}, pages {n} to {n + 9}, harbour archive, shelf {n}.</li>"
        for n in range(30)
    )
    html = (
        "<html><body><div id='content'><h1>Harbour dredgers</h1><div class='text'>"
        f"<p>{_PROSE[0]}</p><p>{_PROSE[1]}</p>"
        f"<table class='wikitable'><tbody><tr><th>Name</th><th>Year</th><th>Notes</th></tr>{rows}</tbody></table>"
        f"<h2>References</h2><ol class='references'>{notes}</ol></div></div></body></html>"
    )
    text = from_html(html).text
    assert _PROSE[0].strip() in text
    assert "dredger number 7" in text


def test_a_video_players_control_bar_is_no_text() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p>"
        "<div class='harbour-player'><video src='https://harbour.example/dredge.mp4'></video>"
        "<div class='player-control-bar'><div class='play-control'><span class='control-text'>Play</span></div>"
        "<div class='current-time-display'><span class='control-text'>Current Time </span>0:00</div>"
        "<div class='load-progress'><span class='control-text'><span>Loaded</span>: 0%</span></div>"
        "<div class='remaining-time-display'><span class='control-text'>Remaining Time</span> -0:00</div></div></div>"
        f"<p>{_PROSE[1]}</p>"
    )
    text = from_html(html).text
    assert "Current Time" not in text
    assert "Loaded" not in text
    assert _PROSE[1].strip() in text


def test_a_gallerys_legends_longer_than_the_article_are_left_out() -> None:
    # A gallery of other stories' pictures in the body: its legends (a list apart from the pictures) hold more
    # text than the article itself.
    legends = "".join(
        f"<li><h2><span class='counter'>{n}/20</span> Ferry news {n}</h2><p>The ferry number {n} sailed to the "
        f"islands on time this week, its captain said after a long and windy crossing of the sound.</p></li>"
        for n in range(1, 21)
    )
    html = _page(
        f"<p>{_PROSE[0]}</p><div class='gallery'><ul class='slides'><li><img src='/ferry.jpg' alt=''></li></ul>"
        f"<ul class='legends'>{legends}</ul></div><p>{_PROSE[1]}</p>"
    )
    text = from_html(html).text
    assert "ferry number 7" not in text
    assert _PROSE[1].strip() in text


def test_a_maps_legend_is_no_paragraph() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><div class='map'><img src='/harbour-depths.png' alt='Depths of the harbour'>"
        "<div class='map-legend'><ul><li>Less than 2 metres</li><li>More than 2 metres</li></ul></div></div>"
        f"<p>{_PROSE[1]}</p>"
    )
    text = from_html(html).text
    assert "Less than 2 metres" not in text
    assert _PROSE[1].strip() in text


def test_a_list_of_points_each_with_a_screenshot_linked_to_its_file_stays() -> None:
    # Each item a short point and a picture opening at full size: no teaser cards linking to other stories.
    items = "".join(
        f"<li><b>Dredger {n}</b> cleared the inner basin.<ul><li><a href='https://harbour.example/files/dredger-{n}"
        f".png'><img src='https://harbour.example/files/dredger-{n}-300x200.png' alt=''></a></li></ul></li>"
        for n in range(1, 4)
    )
    html = _page(f"<p>{_PROSE[0]}</p><h4>Dredgers</h4><ul>{items}</ul><p>{_PROSE[1]}</p>")
    text = from_html(html).text
    assert "Dredger 2 cleared the inner basin." in text
