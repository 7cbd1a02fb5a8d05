"""to_html is safe with hostile input: known XSS vectors through every text and URL field.

The model refuses most of these values already; here its validators are switched off so
that the writer's own escaping and URL checks are what is tested. Each page is parsed
with a real HTML parser (selectolax, the Lexbor engine, which follows the HTML standard's
tree construction) and must hold only the elements and attributes the writer writes,
only http(s) and mailto URLs, and exactly one script: the JSON-LD, which must parse back
to what the writer meant to write.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest
from selectolax.lexbor import LexborHTMLParser

import newsmodel as nm
from newsmodel import (
    Article,
    Blockquote,
    Cell,
    Embed,
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
    Table,
)
from newsmodel._html._jsonld import article_jsonld

VECTORS: list[str] = json.loads((Path(__file__).parent / "fixtures" / "xss" / "vectors.json").read_text("utf-8"))
SAFE = "https://example.com/a"

#: Every element the writer writes, with the attributes it may carry.
ALLOWED: dict[str, set[str]] = {
    "html": {"lang"},
    "head": set(),
    "body": set(),
    "meta": {"charset", "name", "property", "content"},
    "title": set(),
    "link": {"rel", "href"},
    "script": {"type"},
    "article": set(),
    "header": set(),
    "section": set(),
    "aside": {"class"},
    **{f"h{level}": set() for level in range(1, 7)},
    "p": {"class"},
    "a": {"href", "title"},
    "em": set(),
    "strong": set(),
    "code": {"class"},
    "br": set(),
    "span": {"class", "data-speaker"},
    "ul": set(),
    "ol": {"start"},
    "li": set(),
    "table": set(),
    "caption": set(),
    "thead": set(),
    "tbody": set(),
    "tr": set(),
    "th": set(),
    "td": set(),
    "blockquote": set(),
    "footer": set(),
    "cite": set(),
    "figure": {"class", "data-provider"},
    "figcaption": set(),
    "img": {"src", "alt", "width", "height"},
    "small": {"class"},
    "time": {"class", "datetime"},
    "pre": set(),
    "-text": set(),
}
CLASSES = {
    "category",
    "dek",
    "byline",
    "dateline",
    "dates",
    "published",
    "modified",
    "lead-image",
    "embed",
    "credit",
    "quote",
    "related-posts",
}
_CODE_CLASS = re.compile(r"\Alanguage-[A-Za-z0-9_+.#-]+\Z")
# "'" is a valid URL character (RFC 3986 sub-delims); attributes are double-quoted.
_URL = re.compile(r"\A(?:https?://[^\s\"<>`]+|mailto:[^\s\"<>`]+)\Z")


def _paragraph(text: str, marks: tuple[Any, ...] = ()) -> Paragraph:
    return Paragraph(text, marks)


def _body(*blocks: Any) -> tuple[Section, ...]:
    return (Section(None, 1, blocks),)


def _forced(obj: Any, **fields: Any) -> Any:
    """``obj`` with ``fields`` set, past the checks that validators=False does not turn off."""
    for name, value in fields.items():
        object.__setattr__(obj, name, value)
    return obj


def _quoted(speaker: Source) -> Article:
    return Article(
        sections=_body(_paragraph("He said hello.")),
        quotes=(Quote("hello", (Location(0, 0, 8, 13),), speaker),),
    )


#: Builders: each puts a value into one text field of an article.
TEXT_FIELDS: dict[str, Callable[[str], Article]] = {
    "headline": lambda v: Article(headline=v),
    "alternative_headline": lambda v: Article(alternative_headline=v),
    "description": lambda v: Article(description=v),
    "categories": lambda v: Article(categories=(v,)),
    "keywords": lambda v: Article(keywords=(v,)),
    "author.name": lambda v: Article(authors=(Person(v),)),
    "author.role": lambda v: Article(authors=(Person("A", role=v),)),
    "byline": lambda v: Article(byline=v),
    "dateline": lambda v: Article(dateline=v),
    "publisher.name": lambda v: Article(publisher=Organization(v)),
    "publisher.logo.alt": lambda v: Article(publisher=Organization("P", logo=Image(SAFE, v))),
    "language": lambda v: Article(language=v),
    "image.caption": lambda v: Article(image=Figure(Image(SAFE), Inline(v))),
    "image.credit": lambda v: Article(image=Figure(Image(SAFE), credit=v)),
    "image.alt": lambda v: Article(image=Figure(Image(SAFE, v))),
    "section.heading": lambda v: Article(sections=(Section(v, 2),)),
    "paragraph": lambda v: Article(sections=_body(_paragraph(v))),
    "link.title": lambda v: Article(sections=_body(_paragraph("a link", (Link(0, 6, SAFE, v),)))),
    "list.item": lambda v: Article(sections=_body(ListBlock((ListItem(v),)))),
    "table.cell": lambda v: Article(
        sections=_body(Table(((_forced(Cell("x"), text=v),),), ((_forced(Cell("y"), text=v),),)))
    ),
    "table.caption": lambda v: Article(sections=_body(Table((), ((Cell("x"),),), Inline(v)))),
    "blockquote.paragraph": lambda v: Article(sections=_body(Blockquote((_paragraph(v),)))),
    "blockquote.citation": lambda v: Article(sections=_body(Blockquote((_paragraph("q"),), Inline(v)))),
    "figure.caption": lambda v: Article(sections=_body(Figure(Image(SAFE), Inline(v)))),
    "figure.credit": lambda v: Article(sections=_body(Figure(Image(SAFE), credit=v))),
    "figure.alt": lambda v: Article(sections=_body(Figure(Image(SAFE, v)))),
    "embed.provider": lambda v: Article(sections=_body(Embed(SAFE, v))),
    "embed.text": lambda v: Article(sections=_body(Embed(SAFE, None, v))),
    "preformatted.text": lambda v: Article(sections=_body(Preformatted(v))),
    "preformatted.language": lambda v: Article(sections=_body(Preformatted("x", v))),
    "related.title": lambda v: Article(related_posts=(RelatedPost(v, SAFE),)),
    "related.summary": lambda v: Article(related_posts=(RelatedPost("t", SAFE, summary=v),)),
    "related.image.alt": lambda v: Article(related_posts=(RelatedPost("t", image=Image(SAFE, v)),)),
    "quote.speaker.name": lambda v: _quoted(Source(v)),
    "quote.speaker.mention": lambda v: _quoted(Source(mention=v)),
    "quote.speaker.role": lambda v: _quoted(Source("S", role=v)),
}

#: Builders: each puts a value into one URL field of an article.
URL_FIELDS: dict[str, Callable[[str], Article]] = {
    "url": lambda v: Article(url=v),
    "canonical_url": lambda v: Article(canonical_url=v),
    "author.url": lambda v: Article(authors=(Person("A", v),)),
    "publisher.url": lambda v: Article(publisher=Organization("P", v)),
    "publisher.logo.url": lambda v: Article(publisher=Organization("P", logo=Image(v))),
    "image.url": lambda v: Article(image=Figure(Image(v))),
    "link.href": lambda v: Article(sections=_body(_paragraph("a link", (Link(0, 6, v),)))),
    "figure.url": lambda v: Article(sections=_body(Figure(Image(v), Inline("c")))),
    "embed.url": lambda v: Article(sections=_body(Embed(v, "X", "t"))),
    "related.url": lambda v: Article(related_posts=(RelatedPost("t", v),)),
    "related.image.url": lambda v: Article(related_posts=(RelatedPost("t", SAFE, Image(v)),)),
}


def _build(builder: Callable[[str], Article], value: str) -> Article:
    with attrs.validators.disabled():
        return builder(value)


def _walk(value: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    stack = [(key, value)]
    while stack:
        key, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.items())
        elif isinstance(value, list):
            stack.extend((key, item) for item in value)
        else:
            yield key, value


def check_page(page: str, article: Article) -> LexborHTMLParser:
    """Assert that ``page`` holds only our elements, attributes and URLs, and one JSON-LD script."""
    tree = LexborHTMLParser(page)
    urls: list[str] = []
    for node in tree.root.traverse(include_text=False):
        assert node.tag in ALLOWED, f"unexpected element <{node.tag}>"
        attributes = node.attributes
        unexpected = set(attributes) - ALLOWED[node.tag]
        assert not unexpected, f"unexpected attributes {unexpected} on <{node.tag}>"
        for token in (attributes.get("class") or "").split():
            assert token in CLASSES or (node.tag == "code" and _CODE_CLASS.match(token)), f"unexpected class {token!r}"
        for name in ("href", "src"):
            if name in attributes:
                urls.append(attributes[name] or "")
        if node.tag == "meta" and attributes.get("property") in ("og:url", "og:image"):
            urls.append(attributes.get("content") or "")
    scripts = tree.css("script")
    assert len(scripts) == 1
    assert scripts[0].attributes == {"type": "application/ld+json"}
    data = json.loads(scripts[0].text(deep=True))
    assert data == json.loads(json.dumps(article_jsonld(article)))
    for key, value in _walk(data):
        if key in ("url", "@id", "relatedLink"):
            urls.append(value)
    for url in urls:
        assert _URL.match(url), f"unsafe URL written: {url!r}"
    return tree


@pytest.mark.parametrize("field", sorted(TEXT_FIELDS))
def test_hostile_text_is_escaped_in_every_text_field(field: str) -> None:
    """Each vector in each text field: only our markup, and the text itself survives."""
    for vector in VECTORS:
        article = _build(TEXT_FIELDS[field], vector)
        tree = check_page(nm.to_html(article), article)
        if re.search(r"[\x00-\x1f]", vector) or field in ("language", "preformatted.language"):
            continue  # the parser rewrites NUL and line ends; tags are written only when valid
        shown = [tree.body.text(deep=True)] if tree.body is not None else []
        shown += [value or "" for node in tree.root.traverse(include_text=False) for value in node.attributes.values()]
        if tree.head is not None and (title := tree.css_first("title")) is not None:
            shown.append(title.text())
        script = tree.css_first("script")
        assert script is not None
        shown += [value for _, value in _walk(json.loads(script.text())) if isinstance(value, str)]
        assert any(vector in text for text in shown), f"{field}: {vector!r} not written as it is"


@pytest.mark.parametrize("field", sorted(URL_FIELDS))
def test_hostile_urls_are_dropped_in_every_url_field(field: str) -> None:
    """Each vector (scripts, javascript:, data:, vbscript: in disguise) in each URL field."""
    for vector in VECTORS:
        article = _build(URL_FIELDS[field], vector)
        check_page(nm.to_html(article), article)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "jAvAsCrIpT:alert(1)",
        " javascript:alert(1)",
        "javascript :alert(1)",
        "\x01javascript:alert(1)",
        "java\tscript:alert(1)",
        "&#106;avascript:alert(1)",
        "javascript&#58;alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "Data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "VbScRiPt:msgbox(1)",
        "HTTPS://example.com/",
        "https://exa mple.com/",
        "//example.com/",
    ],
)
def test_link_with_unsafe_url_keeps_its_text_without_the_link(url: str) -> None:
    article = _build(URL_FIELDS["link.href"], url)
    tree = check_page(nm.to_html(article), article)
    assert tree.css("a") == []
    paragraph = tree.css_first("section p")
    assert paragraph is not None
    assert paragraph.text() == "a link"


def test_jsonld_cannot_be_closed_or_commented_out() -> None:
    article = nm.Article(
        headline="</script><script>alert(1)</script> <!-- x --> & <",
        sections=(nm.Section(None, 1, (nm.Paragraph("</SCRIPT >"), nm.Preformatted("a\u2028b\u2029c"))),),
        quotes=(nm.Quote("a\u2028b", (nm.Location(0, 1, 0, 3),)),),
    )
    page = nm.to_html(article)
    script = page[page.index('<script type="application/ld+json">') : page.index("</script>")]
    for text in ("</", "<!--", "\u2028", "\u2029", "&"):
        assert text not in script.split(">", 1)[1]
    check_page(page, article)


def test_nothing_dangerous_in_a_page_with_every_field_hostile() -> None:
    """All text fields at once hold the same vector: still only our markup."""
    for vector in VECTORS[:20]:
        with attrs.validators.disabled():
            article = Article(
                headline=vector,
                description=vector,
                byline=vector,
                url=vector,
                canonical_url=vector,
                date_published=date(2024, 1, 2),
                sections=(Section(vector, 2, (_paragraph(vector), Embed(vector, vector, vector))),),
            )
        check_page(nm.to_html(article), article)


def test_vector_list_covers_the_known_shapes() -> None:
    """The fixture holds the kinds of vector this test is meant to cover."""
    joined = "\n".join(VECTORS).lower()
    for shape in ("</script", "<!--", "onerror=", "javascript:", "vbscript:", "data:", "&#", "\u2028", "\x00"):
        assert shape in joined
    assert len(VECTORS) >= 80
