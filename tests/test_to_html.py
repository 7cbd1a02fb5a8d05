"""to_html writes the contract's layout, with the model's texts exactly where a reader looks.

These tests check the writer on its own, with a small reader of our layout written here
(no newsmodel reader involved): every text of the body comes back from its element, the
quote spans never change the text, and the JSON-LD is what the writer meant.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from selectolax.lexbor import LexborHTMLParser, LexborNode

import newsmodel as nm
from newsmodel import (
    Article,
    Blockquote,
    Cell,
    Code,
    Embed,
    Emphasis,
    Figure,
    Image,
    Inline,
    Link,
    ListBlock,
    ListItem,
    Location,
    Organization,
    Paragraph,
    Person,
    Preformatted,
    Quote,
    RelatedPost,
    Section,
    Source,
    SourceKind,
    Strong,
    Table,
)
from newsmodel._html._jsonld import article_jsonld, read_extension
from newsmodel.strategies import articles

from .test_html_safety import check_page
from .test_to_html_jsonld import jsonld_of, vocabulary_problems

# --------------------------------------------------------------------------- a reader of our layout

_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def inline_text(node: LexborNode, *, stop: tuple[str, ...] = ()) -> str:
    """The text of ``node`` as a reader sees it: HTML whitespace collapsed, ``<br>`` as a line feed."""
    pieces: list[str] = []
    stack: list[Any] = [node.child] if node.child is not None else []
    while stack:
        current = stack.pop()
        if current is None:
            continue
        stack.append(current.next)
        if current.tag == "-text":
            pieces.append(_HTML_SPACE.sub(" ", current.text_content or ""))
        elif current.tag == "br":
            pieces.append("\n")
        elif current.tag in stop:
            continue
        elif current.child is not None:
            stack.append(current.child)
    text = "".join(pieces)
    return "\n".join(line.strip(" ") for line in text.split("\n")).strip(" ")


def elements(node: LexborNode) -> list[LexborNode]:
    return [child for child in node.iter() if child.tag not in ("-text", "-comment")]


def read_list(node: LexborNode) -> ListBlock:
    items = []
    for li in elements(node):
        children = tuple(read_list(child) for child in elements(li) if child.tag in ("ul", "ol"))
        items.append(ListItem(inline_text(li, stop=("ul", "ol")), (), children))
    start = int(node.attributes.get("start") or 1)
    return ListBlock(tuple(items), node.tag == "ol", start)


def texts_of_block(node: LexborNode) -> list[str]:
    """The texts of one block element, in the order ``block_texts`` gives them (plus empty cells)."""
    if node.tag == "p":
        return [inline_text(node)]
    if node.tag in ("ul", "ol"):
        return [text for _, text in nm._model.block_texts(read_list(node))]
    if node.tag == "table":
        rows = node.css("tr")
        return [" | ".join(inline_text(cell) for cell in elements(row)) for row in rows]
    if node.tag == "blockquote":
        return [inline_text(p) for p in elements(node) if p.tag == "p"]
    if node.tag == "figure" and "embed" in (node.attributes.get("class") or ""):
        return [inline_text(p) for p in elements(node) if p.tag == "p"]
    if node.tag == "figure":
        caption = node.css_first("figcaption")
        text = inline_text(caption, stop=("small",)) if caption is not None else ""
        return [text] if text else []
    if node.tag == "pre":
        return [node.text(deep=True)]
    raise AssertionError(f"unexpected block <{node.tag}>")


def model_texts(block: nm.Block) -> list[str]:
    if isinstance(block, Table):
        return [" | ".join(cell.text for cell in row) for row in block.all_rows]
    return [text for _, text in nm._model.block_texts(block)]


def parse(page: str) -> LexborHTMLParser:
    return LexborHTMLParser(page)


# --------------------------------------------------------------------------- properties


def check_body_texts(article: Article) -> None:
    """Sections, headings and each block's texts come back from the elements the contract names."""
    tree = parse(nm.to_html(article))
    found = tree.css("article > section")
    assert len(found) == len(article.sections)
    for section, element in zip(article.sections, found, strict=True):
        children = elements(element)
        if section.heading is not None:
            heading = children.pop(0)
            assert heading.tag == f"h{section.level}"
            assert inline_text(heading) == section.heading
        assert len(children) == len(section.blocks)
        for block, child in zip(section.blocks, children, strict=True):
            assert texts_of_block(child) == model_texts(block)


def check_quote_spans(article: Article) -> None:
    """Without its quote spans, the body is exactly the body of the article without quotes."""
    with_spans = parse(nm.to_html(article, fragment=True))
    with_spans.unwrap_tags(["span"])
    without = parse(nm.to_html(attrs.evolve(article, quotes=()), fragment=True))
    assert with_spans.body is not None
    assert without.body is not None
    assert with_spans.body.html == without.body.html


def check_jsonld(article: Article) -> None:
    tree = parse(nm.to_html(article))
    scripts = tree.css("script")
    assert [script.attributes for script in scripts] == [{"type": "application/ld+json"}]
    assert json.loads(scripts[0].text()) == json.loads(json.dumps(article_jsonld(article)))
    assert read_extension(tree) == (article.quotes, article.attributions)


def check_fragment(article: Article) -> None:
    fragment = nm.to_html(article, fragment=True)
    assert fragment.startswith("<article>\n")
    assert fragment.endswith("</article>\n")
    assert "\n" + fragment in nm.to_html(article)
    assert "<script" not in fragment


@given(articles())
def test_every_body_text_reads_back_from_its_element(article: Article) -> None:
    check_body_texts(article)


@given(articles())
def test_quote_spans_never_change_the_body(article: Article) -> None:
    check_quote_spans(article)


@given(articles())
def test_jsonld_is_what_we_meant_and_the_extension_reads_back(article: Article) -> None:
    check_jsonld(article)


@given(articles())
def test_fragment_is_the_documents_article_element(article: Article) -> None:
    check_fragment(article)


LONG_RUN = int(os.environ.get("TO_HTML_EXAMPLES", "0"))


@pytest.mark.skipif(not LONG_RUN, reason="the long run: set TO_HTML_EXAMPLES=10000")
@settings(max_examples=max(LONG_RUN, 1))
@given(articles())
def test_writer_properties_long_run(article: Article) -> None:
    """All the writer's properties on each article, for one long run (reported in docs/html.md)."""
    check_body_texts(article)
    check_quote_spans(article)
    check_jsonld(article)
    check_fragment(article)
    check_page(nm.to_html(article), article)
    assert vocabulary_problems(jsonld_of(article)) == []


# --------------------------------------------------------------------------- the layout


def sample() -> Article:
    text = "She said “we will win” and left.\nNext line <b> & co."
    return Article(
        headline="Talks end",
        alternative_headline="No deal yet",
        description="What happened",
        url="https://example.com/a",
        canonical_url="https://example.com/a?c=1",
        categories=("World",),
        keywords=("talks", "peace"),
        authors=(Person("Jane Doe", "https://example.com/jane", "Reporter"),),
        byline="By Jane Doe",
        dateline="GENEVA —",
        publisher=Organization("The Paper", "https://example.com/", Image("https://example.com/l.png", "Logo", 60, 60)),
        date_published=datetime(2024, 11, 7, 10, 30, tzinfo=timezone(timedelta(hours=3))),
        date_modified=date(2024, 11, 8),
        language="en-GB",
        image=Figure(
            Image("https://example.com/i.jpg", "A hall", 800, 600), Inline("The hall", (Emphasis(4, 8),)), "AP"
        ),
        sections=(
            Section(
                None,
                1,
                (
                    Paragraph(text, (Link(0, 8, "https://example.com/s", "She"), Strong(4, 8), Emphasis(10, 14))),
                    ListBlock((ListItem("one", children=(ListBlock((ListItem("a"),), True, 3),)), ListItem("two"))),
                ),
            ),
            Section(
                "Details",
                3,
                (
                    Table(((Cell("h1"), Cell("h2")),), ((Cell("x", (Code(0, 1),)), Cell()),), Inline("Cap")),
                    Blockquote((Paragraph("Quoted"),), Inline("Someone")),
                    Figure(Image("https://example.com/f.jpg"), None, "Reuters"),
                    Embed("https://example.com/v", "YouTube", "A video"),
                    Preformatted("  x = 1\n\ty < 2", "python"),
                ),
            ),
        ),
        quotes=(Quote("we will", (Location(0, 0, 10, 17),), Source("Jane Roe", kind=SourceKind.PERSON)),),
        related_posts=(RelatedPost("Earlier", "https://example.com/e", None, date(2024, 1, 2), "Summary"),),
    )


def test_head_has_title_description_canonical_opengraph_and_article_tags() -> None:
    tree = parse(nm.to_html(sample()))
    head = tree.head
    assert head is not None
    assert tree.css_first("html").attributes == {"lang": "en-GB"}
    assert tree.css_first("meta[charset]").attributes == {"charset": "utf-8"}
    assert tree.css_first("title").text() == "Talks end"
    assert tree.css_first('meta[name="description"]').attributes["content"] == "What happened"
    assert tree.css_first('link[rel="canonical"]').attributes["href"] == "https://example.com/a?c=1"
    meta = [(m.attributes["property"], m.attributes["content"]) for m in tree.css("meta[property]")]
    assert meta == [
        ("og:type", "article"),
        ("og:title", "Talks end"),
        ("og:description", "What happened"),
        ("og:url", "https://example.com/a"),
        ("og:image", "https://example.com/i.jpg"),
        ("article:published_time", "2024-11-07T10:30:00+03:00"),
        ("article:modified_time", "2024-11-08"),
        ("article:section", "World"),
        ("article:tag", "talks"),
        ("article:tag", "peace"),
    ]


def test_header_holds_category_headline_dek_byline_dateline_dates_and_lead_image() -> None:
    tree = parse(nm.to_html(sample()))
    header = tree.css_first("article > header")
    assert [(child.tag, child.attributes.get("class")) for child in elements(header)] == [
        ("p", "category"),
        ("h1", None),
        ("p", "dek"),
        ("p", "byline"),
        ("p", "dateline"),
        ("p", "dates"),
        ("figure", "lead-image"),
    ]
    times = [(t.attributes["class"], t.attributes["datetime"]) for t in header.css("time")]
    assert times == [("published", "2024-11-07T10:30:00+03:00"), ("modified", "2024-11-08")]
    figure = header.css_first("figure")
    assert figure.html == (
        '<figure class="lead-image">\n'
        '      <img src="https://example.com/i.jpg" alt="A hall" width="800" height="600">\n'
        '      <figcaption>The <em>hall</em> <small class="credit">AP</small></figcaption>\n    </figure>'
    )


def test_marks_nest_and_quote_spans_wrap_whole_marks() -> None:
    page = nm.to_html(sample())
    assert (
        '<p><a href="https://example.com/s" title="She">She <strong>said</strong></a> '
        '“<span class="quote" data-speaker="Jane Roe"><em>we w</em>ill</span>'
        " win” and left.<br>Next line &lt;b&gt; &amp; co.</p>"
    ) in page


def test_quote_span_splits_where_it_crosses_a_mark_edge() -> None:
    paragraph = Paragraph("ab cd ef", (Strong(0, 5),))
    article = Article(
        sections=(Section(None, 1, (paragraph,)),), quotes=(Quote("cd ef", (Location(0, 0, 3, 8),), Source("X")),)
    )
    assert (
        '<p><strong>ab <span class="quote" data-speaker="X">cd</span></strong>'
        '<span class="quote" data-speaker="X"> ef</span></p>'
    ) in nm.to_html(article)


def test_blocks_are_written_as_the_contract_says() -> None:
    page = nm.to_html(sample())
    expected = """
  <section>
    <h3>Details</h3>
    <table>
      <caption>Cap</caption>
      <thead>
        <tr><th>h1</th><th>h2</th></tr>
      </thead>
      <tbody>
        <tr><td><code>x</code></td><td></td></tr>
      </tbody>
    </table>
    <blockquote>
      <p>Quoted</p>
      <footer><cite>Someone</cite></footer>
    </blockquote>
    <figure>
      <img src="https://example.com/f.jpg">
      <figcaption><small class="credit">Reuters</small></figcaption>
    </figure>
    <figure class="embed" data-provider="YouTube">
      <p>A video</p>
      <figcaption><a href="https://example.com/v">https://example.com/v</a></figcaption>
    </figure>
    <pre><code class="language-python">  x = 1
\ty &lt; 2</code></pre>
  </section>
  <aside class="related-posts">
    <h2>Related posts</h2>
    <ul>
      <li><a href="https://example.com/e">Earlier</a> <time datetime="2024-01-02">2024-01-02</time> <p>Summary</p></li>
    </ul>
  </aside>
</article>
"""
    assert expected in page
    assert '<ul>\n      <li>one\n        <ol start="3">\n          <li>a</li>\n        </ol>\n      </li>' in page


def test_jsonld_maps_the_metadata_to_schema_org() -> None:
    data = article_jsonld(sample())
    assert data["@type"] == "NewsArticle"
    assert data["author"] == [
        {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/jane", "jobTitle": "Reporter"}
    ]
    assert data["publisher"]["logo"] == {
        "@type": "ImageObject",
        "url": "https://example.com/l.png",
        "width": 60,
        "height": 60,
        "description": "Logo",
    }
    assert data["image"]["caption"] == "The hall"
    assert data["image"]["creditText"] == "AP"
    assert data["mainEntityOfPage"] == {
        "@type": "WebPage",
        "@id": "https://example.com/a?c=1",
        "relatedLink": ["https://example.com/e"],
    }
    assert data["articleSection"] == ["World"]
    assert data["keywords"] == ["talks", "peace"]
    assert data["hasPart"] == [
        {"@type": "Quotation", "text": "we will", "spokenByCharacter": {"@type": "Person", "name": "Jane Roe"}}
    ]


def test_empty_article_is_a_minimal_valid_page() -> None:
    page = nm.to_html(Article())
    assert page.startswith('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n')
    assert "<article>\n</article>" in page
    data = json.loads(parse(page).css_first("script").text())
    assert data == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "author": [],
        "https://newsmodel.dev/ns#quotes": [],
        "https://newsmodel.dev/ns#attributions": [],
    }


def test_read_extension_ignores_pages_without_it_and_bad_data() -> None:
    assert read_extension(parse("<html><body><p>x</p></body></html>")) is None
    broken = '<script type="application/ld+json">{"https://newsmodel.dev/ns#quotes": [{"text": 1}]}</script>'
    assert read_extension(parse(broken)) is None
    graph = (
        '<script type="application/ld+json">{not json</script>'
        '<script type="Application/LD+JSON">{"@graph": [{"@type": "WebPage"}, '
        '{"https://newsmodel.dev/ns#quotes": [{"text": "x", "locations": [{"section": 0, "block": 0, '
        '"start": 0, "end": 1}]}]}]}</script>'
    )
    assert read_extension(parse(graph)) == ((Quote("x", (Location(0, 0, 0, 1),)),), ())


def test_to_html_refuses_what_is_not_an_article() -> None:
    import pytest

    with pytest.raises(TypeError, match="Article"):
        nm.to_html({"headline": "x"})  # type: ignore[arg-type]
