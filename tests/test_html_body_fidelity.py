"""from_html's body: general rules for what the body holds (hand-written fixtures, names invented)."""

from __future__ import annotations

from newsmodel import Embed, Figure, Paragraph
from newsmodel._html._reader import from_html

_PROSE = (
    "The Harbour Council voted on Tuesday to rebuild the sea wall before the winter storms arrive. ",
    "Ann Lee, who chairs the works committee, said the first stones would be laid within a month. ",
    "Tom Hale, a fisherman on the quay for thirty years, said the old wall had not been mended since 1990. ",
)


def _page(inner: str) -> str:
    return f"<html><body><main><article>{inner}</article></main></body></html>"


def test_a_title_classed_part_of_a_heading_stays_with_it() -> None:
    items = "".join(
        f"<div class='product'><h2 class='product-title'><span class='number'>{n}.</span> "
        f"<span class='js-item-title-text'>A lamp for the quay number {n}</span></h2><p>{_PROSE[n % 3]}</p></div>"
        for n in range(1, 4)
    )
    article = from_html(_page(items))
    assert "A lamp for the quay number 2" in article.text
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == [f"{n}. A lamp for the quay number {n}" for n in range(1, 4)]


def test_a_title_classed_block_outside_headings_still_goes() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><div><span class='box-title'>Subscribe for the weekly digest</span></div><p>{_PROSE[1]}</p>"
    )
    assert "weekly digest" not in from_html(html).text


def test_the_caption_of_a_picture_a_script_loads_is_left_out() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><figure><div class='lazy-frame' data-src='/wall.jpg'></div>"
        "<figcaption>Ann Lee on the harbour wall last week. Harbour Council</figcaption></figure>"
        f"<figure><span>Image copyright</span> <span>Wire</span><figcaption>Image caption Tom Hale mends a net"
        f"</figcaption></figure><p>{_PROSE[1]}</p>"
    )
    text = from_html(html).text
    assert _PROSE[1].strip() in text
    assert "harbour wall last week" not in text
    assert "mends a net" not in text


def test_a_pull_quote_figure_keeps_its_caption() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><figure><blockquote><p>The wall will hold this winter.</p></blockquote>"
        f"<figcaption>Ann Lee, works committee</figcaption></figure><p>{_PROSE[1]}</p>"
    )
    text = from_html(html).text
    assert "The wall will hold this winter." in text
    assert "Ann Lee, works committee" in text


def test_a_box_opened_by_a_related_posts_heading_goes_whole() -> None:
    teasers = "".join(
        f"<article class='post'><img src='/t{n}.jpg' alt=''><p>{_PROSE[n % 3]} {_PROSE[(n + 1) % 3]} And then</p>"
        "</article>"
        for n in range(4)
    )
    html = (
        "<html><body><div id='primary'><article class='post'><h1>Harbour wall to be rebuilt</h1>"
        f"<p>{_PROSE[0]} {_PROSE[1]} {_PROSE[2]}</p></article>"
        f"<article class='post'><h3 class='relatedpoststitle'>Leia também</h3>{teasers}</article>"
        "</div></body></html>"
    )
    article = from_html(html)
    assert article.text.count(_PROSE[1].strip()) == 1
    assert "Leia também" not in article.text
    assert "And then" not in article.text


def test_a_label_over_several_teaser_links_is_left_out_whole() -> None:
    links = "".join(
        f"<br><a href='https://harbour.example/story/{n}'>"
        f"Harbour Council sets out the next stage of the sea wall works, part {n}</a>"
        for n in range(3)
    )
    html = _page(f"<p>{_PROSE[0]}</p><p><strong>Read more:{links}</strong></p><p>{_PROSE[1]}</p>")
    text = from_html(html).text
    assert _PROSE[1].strip() in text
    assert "next stage" not in text
    assert "Read more" not in text


def test_a_long_paragraph_opening_with_a_label_word_stays() -> None:
    sentence = (
        "Watch the tide tables, Ann Lee told the <a href='https://harbour.example/council'>Harbour Council</a>, "
        "because the wall was "
        "built for the storms of the last century and not for the storms of this one, which come more often."
    )
    html = _page(f"<p>{_PROSE[0]}</p><p>{sentence} {sentence}</p><p>{_PROSE[1]}</p>")
    assert "Watch the tide tables" in from_html(html).text


def _headings(html: str) -> list[str]:
    return [s.heading for s in from_html(html).sections if s.heading]


def test_bold_paragraphs_between_prose_are_the_sub_headings_of_a_page_without_headings() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><p><strong>The vote</strong></p><p>{_PROSE[1]}</p>"
        f"<p><b>What comes next?</b></p><p>{_PROSE[2]}</p><p><strong>Editor's note:</strong></p><p>{_PROSE[0]}</p>"
    )
    assert _headings(html) == ["The vote", "What comes next?"]


def test_bold_paragraphs_stay_paragraphs_on_a_page_with_headings_or_alone() -> None:
    labels = f"<p>{_PROSE[0]}</p><p><strong>Best lamp overall</strong></p><p>{_PROSE[1]}</p>"
    labels += f"<p><strong>Best lamp for the quay</strong></p><p>{_PROSE[2]}</p>"
    assert _headings(_page(f"<h2>The lamps we tried</h2>{labels}")) == ["The lamps we tried"]
    assert _headings(_page(f"<p>{_PROSE[0]}</p><p><strong>The vote</strong></p><p>{_PROSE[1]}</p>")) == []


def test_headlines_written_as_paragraphs_under_a_label_are_left_out() -> None:
    teasers = "".join(
        f"<p><a href='https://harbour.example/story/{n}'>Harbour Council story number {n}</a></p>"
        + ("<div class='slot'></div>" if n == 1 else "")
        for n in range(3)
    )
    html = _page(f"<p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><p>You may also like...</p>{teasers}")
    text = from_html(html).text
    assert _PROSE[1].strip() in text
    assert "story number" not in text


def test_one_linked_paragraph_after_a_label_stays() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><p>Related:</p><p><a href='https://harbour.example/plan'>The wall plan in full</a></p>"
        f"<p>{_PROSE[1]}</p>"
    )
    assert "The wall plan in full" in from_html(html).text


def test_a_line_under_a_picture_outside_figure_is_its_caption() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><div class='image-block'><div><img src='https://harbour.example/wall.jpg' alt=''>"
        "</div><div><span>The wall at high tide.</span> <span>Photo by Ann Lee</span></div></div>"
        f"<p>{_PROSE[1]}</p>"
    )
    article = from_html(html)
    figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
    assert len(figures) == 1
    assert figures[0].caption is not None
    assert figures[0].caption.text == "The wall at high tide. Photo by Ann Lee"
    paragraphs = [b.text for s in article.sections for b in s.blocks if isinstance(b, Paragraph)]
    assert paragraphs == [_PROSE[0].strip(), _PROSE[1].strip()]


def test_text_beside_a_picture_with_blocks_of_its_own_stays_text() -> None:
    html = _page(
        f"<div><div><img src='https://harbour.example/wall.jpg' alt=''></div><div><p>{_PROSE[0]}</p></div></div>"
        f"<p>{_PROSE[1]}</p>"
    )
    article = from_html(html)
    figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
    assert figures
    assert figures[0].caption is None
    assert _PROSE[0].strip() in article.text


def test_a_call_for_tips_closing_on_an_address_is_left_out() -> None:
    calls = (
        "Do you have a story to tell? Email: ann.lee@harbour.example",
        "Are the roads closed where you live? Get in touch at news@harbour.example",
        "Get in touch with our news team by emailing us at news@harbour.example.",
    )
    html = _page(f"<p>{_PROSE[0]}</p>" + "".join(f"<p>{c}</p>" for c in calls) + f"<p>{_PROSE[1]}</p>")
    text = from_html(html).text
    assert _PROSE[1].strip() in text
    assert "@" not in text


def test_an_address_in_the_story_stays() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><p>Residents can email their views to plans@harbour.example by 5 June.</p>"
        f"<p>{_PROSE[1]}</p>"
    )
    assert "plans@harbour.example" in from_html(html).text


def test_a_contact_line_naming_the_reporter_is_left_out() -> None:
    html = _page(f"<p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><p>Contact reporter Ann Lee at ann.lee@harbour.example</p>")
    text = from_html(html).text
    assert _PROSE[1].strip() in text
    assert "Contact reporter" not in text


def _links(*titles: str) -> str:
    return "".join(f"<li><a href='https://harbour.example/{n}'>{t}</a></li>" for n, t in enumerate(titles))


def test_a_list_of_links_closing_the_article_is_left_out() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><p>{_PROSE[1]}</p>"
        f"<ul>{_links('Ten storms that shaped the coast', 'The quay, then and now')}</ul>"
        "<p><em>Originally published on Harbour News.</em></p>"
        f"<h2>Keep reading</h2><ul>{_links('Ann Lee on the new ferry', 'Tom Hale at sea')}</ul>"
    )
    article = from_html(html)
    assert "Ten storms" not in article.text
    assert "Ann Lee on the new ferry" not in article.text
    assert [s.heading for s in article.sections if s.heading] == []


def test_a_body_that_is_a_list_of_links_alone_gives_an_article_without_sections() -> None:
    # a regression (found by benchmarks/fuzz.py on a damaged page): the headless section left empty once its
    # list went was built anyway, and the model refused it with a ModelError
    article = from_html(_page(f"<ul>{_links('Ann Lee on the new ferry', 'Tom Hale at sea')}</ul>"))
    assert article.sections == ()
    assert "Ann Lee" not in article.text


def test_a_list_of_links_before_more_prose_stays() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><ul>{_links('The council minutes', 'The engineers report')}</ul>"
        f"<p>{_PROSE[1]} {_PROSE[2]}</p>"
    )
    assert "The council minutes" in from_html(html).text


def test_a_table_of_contents_goes_and_the_text_under_its_label_stays() -> None:
    toc = _links("The vote", "What comes next")
    html = _page(
        f"<h2>In this article</h2><ul>{toc}</ul><p>{_PROSE[0]}</p><h2>The vote</h2><p>{_PROSE[1]}</p>"
        f"<p>Contents</p><ul>{toc}</ul><p>{_PROSE[2]}</p>"
    )
    article = from_html(html)
    assert [s.heading for s in article.sections if s.heading] == ["The vote"]
    assert _PROSE[0].strip() in article.text
    assert _PROSE[2].strip() in article.text
    assert "In this article" not in article.text
    assert "Contents" not in article.text
    assert "What comes next" not in article.text


def test_a_paragraph_of_prose_with_a_title_class_stays() -> None:
    lead = (
        "The Harbour Council has agreed to rebuild the sea wall before the winter storms, Ann Lee said at the end "
        "of a long meeting on Tuesday evening."
    )
    html = _page(f"<p class='title'>{lead}</p><p>{_PROSE[1]}</p><p class='card-title'>Storm season ahead</p>")
    text = from_html(html).text
    assert lead in text
    assert "Storm season ahead" not in text


def test_an_embedded_posts_text_is_not_the_hosts_label() -> None:
    def post(inner: str) -> str:
        return (
            "<blockquote class='instagram-media' data-instgrm-permalink='https://www.instagram.com/p/Abc123/'>"
            f"{inner}</blockquote>"
        )

    html = _page(
        f"<p>{_PROSE[0]}</p>"
        + post(
            "<p><a href='https://www.instagram.com/p/Abc123/'>View this post on Instagram</a></p>"
            "<p><a href='https://www.instagram.com/p/Abc123/'>A post shared by Ann Lee (@annlee)</a></p>"
        )
        + post(
            "<p><a href='https://www.instagram.com/p/Abc123/'>The quay at dawn, before the storm</a></p>"
            "<p>A post shared by <a href='https://www.instagram.com/annlee/'>Ann Lee</a> (@annlee)</p>"
        )
        + f"<p>{_PROSE[1]}</p>"
    )
    embeds = [b for s in from_html(html).sections for b in s.blocks if isinstance(b, Embed)]
    assert [e.text for e in embeds] == [None, "The quay at dawn, before the storm"]


def test_a_hosts_stand_in_for_an_embed_is_the_embed() -> None:
    stand_in = (
        "<div data-embed='youtube' class='embed align-center'><div class='frame'>"
        "<img src='/icons/youtube.svg' alt='youtube'>"
        "<a href='https://www.youtube.com/embed/Abc123' aria-label='View full post on Youtube'>"
        "View full post on Youtube</a></div></div>"
    )
    # a box of the same class with words of its own, or links to two places, is read as text
    other = "<div class='embed'><p>The quay at dawn, filmed by <a href='https://vimeo.com/42'>Ann Lee</a>.</p></div>"
    html = _page(f"<p>{_PROSE[0]}</p>{stand_in}{other}<p>{_PROSE[1]}</p>")
    article = from_html(html)
    embeds = [b for s in article.sections for b in s.blocks if isinstance(b, Embed)]
    assert [(e.url, e.provider, e.text) for e in embeds] == [("https://www.youtube.com/embed/Abc123", "YouTube", None)]
    assert "View full post" not in article.text
    assert "The quay at dawn, filmed by Ann Lee." in article.text
    assert not any(isinstance(b, Figure) for s in article.sections for b in s.blocks)


def test_the_caption_classed_line_of_a_picture_a_script_loads_is_left_out() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><figure class='asset'><picture><source srcset='https://harbour.example/q.webp'>"
        "</picture><div class='caption-wrapper'><span><p>Tom Hale on the quay.</p></span>"
        "<span class='credit'>Harbour Council</span></div></figure>"
        f"<p>{_PROSE[1]}</p>"
    )
    text = from_html(html).text
    assert _PROSE[1].strip() in text
    assert "Tom Hale on the quay" not in text


def test_a_heading_that_labels_a_link_to_another_story_goes_alone() -> None:
    card = (
        "<div class='card'><a href='/news/quay-lights'><div><h3>MORE: Quay lights to stay on all night</h3>"
        "</div></a></div>"
    )
    boxed = "<div class='box'><h3>Read more: <a href='/news/ferry'>Ferry fares rise for the winter</a></h3></div>"
    html = _page(f"<p>{_PROSE[0]}</p>{card}<p>{_PROSE[1]}</p>{boxed}<p>{_PROSE[2]}</p>")
    article = from_html(html)
    assert [s.heading for s in article.sections] == [None]
    assert article.text == "\n\n".join(p.strip() for p in _PROSE)


def test_a_linked_heading_that_is_a_label_alone_stays() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><h2>See also<a href='/edit'>[edit]</a></h2><ul><li>The old sea wall</li></ul>"
        f"<h2>More: <a href='/quay'>Quay</a></h2><p>{_PROSE[1]}</p>"
    )
    headings = [s.heading for s in from_html(html).sections if s.heading]
    assert headings == ["See also[edit]", "More: Quay"]


def test_a_heading_that_is_a_furniture_line_goes_alone() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><h3 class='sd-title'>Like this:</h3><p>{_PROSE[1]}</p>"
        f"<h2>Follow the Harbour Gazette on Facebook</h2><p>{_PROSE[2]}</p>"
    )
    article = from_html(html)
    assert [s.heading for s in article.sections] == [None]
    assert article.text == "\n\n".join(p.strip() for p in _PROSE)


def test_a_caption_closed_by_its_credit_outside_a_figure_is_left_out() -> None:
    captions = (
        "The new sea wall seen from the quay at dawn. (Credit: Ann Lee)",
        "A map of the harbour works planned for the winter. Credit: Harbour Council.",
        "Fishermen mend their nets on the old quay on Tuesday [Tom Hale/Reuters]",
    )
    parts = [f"<p>{_PROSE[n]}</p><div class='pic'><img src='/p{n}.jpg'></div><p>{captions[n]}</p>" for n in range(3)]
    article = from_html(_page("".join(parts)))
    assert article.text == "\n\n".join(p.strip() for p in _PROSE)


def test_a_credit_line_alone_and_prose_naming_credit_stay_as_they_were() -> None:
    lines = (
        "Main image credit: Harbour Council",
        "The council said the loan would be repaid by 2030, and the bank agreed. Credit: the town's rating held.",
    )
    html = _page(f"<p>{_PROSE[0]}</p><p>{lines[0]}</p><p>{lines[1]}</p>")
    assert lines[1] in from_html(html).text


def test_an_ad_slots_heading_goes_alone() -> None:
    slot = "<section class='adv-row'><h2>Advertising</h2><div class='slot'></div></section>"
    html = _page(f"<p>{_PROSE[0]}</p>{slot}<p>{_PROSE[1]}</p><p>{_PROSE[2]}</p><h2>The vote</h2><p>{_PROSE[0]}</p>")
    article = from_html(html)
    assert [s.heading for s in article.sections] == [None, "The vote"]
    blocks = article.sections[0].blocks
    assert all(isinstance(b, Paragraph) for b in blocks)
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [p.strip() for p in _PROSE]


def test_a_widget_label_over_the_articles_opening_goes_alone() -> None:
    player = (
        "<div class='video-player'><iframe src='https://www.youtube.com/embed/abc123'></iframe>"
        "<div class='player-placeholder'><h4>Up Next</h4><span class='spinner'></span></div></div>"
    )
    opening = (_PROSE[0] + _PROSE[1]).strip()  # a paragraph of prose (150 characters or more)
    html = _page(f"{player}<p>{opening}</p><h2>The vote</h2><p>{_PROSE[2]}</p>")
    article = from_html(html)
    assert [s.heading for s in article.sections] == [None, "The vote"]
    assert [b.text for b in article.sections[0].blocks if isinstance(b, Paragraph)] == [opening]


def test_a_players_label_after_the_player_goes_alone() -> None:
    player = (
        "<div class='video-player'><iframe src='https://www.youtube.com/embed/abc123'></iframe>"
        "<div class='player-placeholder'><h4>Up Next</h4><span class='spinner'></span></div></div>"
    )
    later = (_PROSE[1] + _PROSE[2]).strip()  # a paragraph of prose (150 characters or more)
    html = _page(f"<p>{_PROSE[0]}</p>{player}<p>{later}</p>")
    article = from_html(html)
    assert [s.heading for s in article.sections] == [None]
    assert [b.text for b in article.sections[0].blocks if isinstance(b, Paragraph)] == [_PROSE[0].strip(), later]


def test_a_heading_opening_with_share_keeps_its_section_unless_it_is_a_share_bar() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><h2>Share prices fall again</h2><p>{_PROSE[1]}</p>"
        f"<h2>Share this article</h2><p>Harbour Gazette</p>"
    )
    article = from_html(html)
    assert [s.heading for s in article.sections] == [None, "Share prices fall again"]
    assert _PROSE[1].strip() in article.text
