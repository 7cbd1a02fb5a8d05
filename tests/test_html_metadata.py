"""Page loading and metadata: golden fixtures for every source pattern, charsets, properties.

Each ``tests/fixtures/html_metadata/<name>.html`` is a small hand-written page; the
``<name>.json`` beside it holds the fields ``extract_metadata`` must give (fields not
listed are not checked; ``url`` is also passed to ``load_document`` as the page URL).
"""

from __future__ import annotations

import gzip
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import newsmodel as nm
from newsmodel._html._document import decode_html, load_document
from newsmodel._html._meta_jsonld import JsonLd, parse_jsonld
from newsmodel._html._meta_values import (
    clean_name,
    clean_person_name,
    parse_date,
    parse_language,
    split_byline,
    url_date,
)
from newsmodel._html._metadata import Metadata, _site_match, extract_metadata, strip_site_name
from newsmodel.strategies import articles

from .conftest import DATA

FIXTURES = Path(__file__).parent / "fixtures" / "html_metadata"
NO_VALUE = {"null", "none", "undefined", "nan", "n/a", "[object object]"}
CASES = sorted(path.stem for path in FIXTURES.glob("*.html"))


def _plain(field: str, value: Any) -> Any:
    """A metadata value in the fixtures' JSON terms."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if field == "authors":
        return [{"name": p.name, "url": p.url, "role": p.role} for p in value]
    if field == "publisher" and value is not None:
        return {"name": value.name, "url": value.url, "logo": value.logo.url if value.logo else None}
    if field == "image" and value is not None:
        plain = {
            "url": value.image.url,
            "width": value.image.width,
            "height": value.image.height,
            "caption": value.caption.text if value.caption else None,
            "credit": value.credit,
        }
        if value.image.alt is not None:
            plain["alt"] = value.image.alt
        return plain
    if isinstance(value, tuple):
        return list(value)
    return value


@pytest.mark.parametrize("name", CASES)
def test_fixture(name: str) -> None:
    """Each source pattern gives the fields its fixture expects."""
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    html = (FIXTURES / f"{name}.html").read_bytes()
    meta = extract_metadata(load_document(html, expected.get("url")))
    for field, want in expected.items():
        got = _plain(field, getattr(meta, field))
        if field == "image" and isinstance(want, dict) and isinstance(got, dict) and "alt" not in want:
            got.pop("alt", None)
        assert got == want, f"{name}: {field}"


def test_every_fixture_has_expectations() -> None:
    """No fixture page is left without its expected fields."""
    assert CASES
    for name in CASES:
        assert (FIXTURES / f"{name}.json").is_file(), name


def test_date_only_stays_a_date() -> None:
    """A date without a time is a date, not a datetime at midnight."""
    meta = extract_metadata(load_document('<meta property="article:published_time" content="2020-05-06">'))
    assert type(meta.date_published) is date


def test_zone_kept_as_fixed_offset() -> None:
    """A zone in the source is kept as a fixed offset."""
    value = parse_date("2020-05-06T07:08:09+05:30")
    assert isinstance(value, datetime)
    assert value.utcoffset() is not None
    assert value.isoformat() == "2020-05-06T07:08:09+05:30"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("July 10, 2015", "2015-07-10"),
        ("10 July 2015 14:05", "2015-07-10T14:05:00"),
        ("Dec. 22, 2023, 7:58 AM EST", "2023-12-22T07:58:00-05:00"),
        ("20200102", "2020-01-02"),
        ("1577934245", "2020-01-02T03:04:05+00:00"),
    ],
)
def test_parse_date_lenient(raw: str, iso: str) -> None:
    """Dates in the shapes pages write them, read as the source said."""
    value = parse_date(raw)
    assert value is not None
    assert value.isoformat() == iso


@pytest.mark.parametrize("raw", ["", "July", "not a date", "0000-00-00", "12:30", "9999999999999999999"])
def test_parse_date_refuses(raw: str) -> None:
    """Text without a full date gives None."""
    assert parse_date(raw) is None


def test_url_date() -> None:
    """A date in a URL path is found; none is invented."""
    assert url_date("https://x.example/2021/03/04/story") == date(2021, 3, 4)
    assert url_date("https://x.example/2021-03-04-story") == date(2021, 3, 4)
    assert url_date("https://x.example/story-2021") is None


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("BY JANE DOE", ["JANE DOE"]),
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe July 10, 2015", ["Jane Doe"]),
        ("Jane Doe | The Daily Paper", ["Jane Doe"]),
        ("Written by Jane Doe on 3 March 2020", ["Jane Doe"]),
        ("By Jane Doe Contributions from John Roe", ["Jane Doe"]),
        ("Jane Doe MS, RDN", ["Jane Doe"]),
        ("jane@paper.example", []),
        ("Print", []),
        ("Jane Doe (with John Roe and Ann Lee)", ["Jane Doe", "John Roe", "Ann Lee"]),
        ("Jeanne Roux (avec Paul Vidal et Anne Lebrun)", ["Jeanne Roux", "Paul Vidal", "Anne Lebrun"]),
        ("By Jane Doe (AP)", ["Jane Doe"]),
        ("Richard (R.J.) Doe", ["Richard (R.J.) Doe"]),
        ("Par Jeanne Roux", ["Jeanne Roux"]),
        ("Por Ana Ruiz y Luis Gil", ["Ana Ruiz", "Luis Gil"]),
        ("Von Anna Weber und Jan Kohl", ["Anna Weber", "Jan Kohl"]),
        ("Von Miller", ["Von Miller"]),
    ],
)
def test_split_byline(byline: str, names: list[str]) -> None:
    """A printed byline gives names only: no "By", dates, outlets, contributors or e-mail."""
    assert [name for name, _ in split_byline(byline)] == names


def test_split_byline_role() -> None:
    """A role after a comma is the person's role, not another person."""
    assert split_byline("Jane Doe, Staff Writer") == [("Jane Doe", "Staff Writer")]
    assert split_byline("Jane Doe (Staff Writer)") == [("Jane Doe", "Staff Writer")]


def test_clean_name_refuses_junk() -> None:
    """Empty values, "null", "Print", addresses and URLs are not names."""
    for junk in ("", "null", "Print", "someone@example.com", "https://example.com/jane"):
        assert clean_name(junk) is None


@pytest.mark.parametrize(
    ("raw", "tag"),
    [("en", "en"), ("en_US", "en-US"), ("EN-gb", "en-GB"), ("zh-hant-tw", "zh-Hant-TW"), ("und", None), ("?", None)],
)
def test_parse_language(raw: str, tag: str | None) -> None:
    """Language values become canonical BCP 47 tags."""
    assert parse_language(raw) == tag


@pytest.mark.parametrize(
    ("title", "names", "headline"),
    [
        ("Storm hits coast | The Herald", ["The Herald"], "Storm hits coast"),
        ("Storm hits coast - Herald.com", ["Herald"], "Storm hits coast"),
        ("The Herald: Storm hits coast", ["The Herald"], "Storm hits coast"),
        ("Storm hits coast - what we know", ["The Herald"], "Storm hits coast - what we know"),
        # no site name known: a short last part after a bar, a dash or "::" is taken for one (not after a hyphen)
        ("Storm hits the coast tonight – My website", [], "Storm hits the coast tonight"),
        ("Storm hits the coast tonight :: Harbour Blogs ::", [], "Storm hits the coast tonight"),
        ("Storm hits the coast tonight - what we know", [], "Storm hits the coast tonight - what we know"),
        ("Storm hits – what we know so far tonight", [], "Storm hits – what we know so far tonight"),
    ],
)
def test_strip_site_name(title: str, names: list[str], headline: str) -> None:
    """The site's name is taken off either end of a title, and nothing else."""
    assert strip_site_name(title, names, []) == headline


def test_h1_confirms_full_title() -> None:
    """A title printed whole as the page's h1 keeps its " | " part."""
    assert strip_site_name("Cats | Dogs", ["Dogs"], ["Cats | Dogs"]) == "Cats | Dogs"


def test_lenient_jsonld() -> None:
    """Trailing commas, semicolons, comments, control characters and concatenated objects are read."""
    text = '<!-- {"@type": "Article", "headline": "a\tb", "keywords": ["x",],}; {"@type": "WebSite"} -->'
    values = parse_jsonld(text)
    assert [v["@type"] for v in values] == ["Article", "WebSite"]
    assert values[0]["keywords"] == ["x"]


def test_jsonld_unreadable_gives_nothing() -> None:
    """A script that is not JSON at all is skipped, not an error."""
    assert parse_jsonld("{ not json") == []
    assert JsonLd(["]]]", "{"]).nodes == []


def test_jsonld_deep_nesting_is_safe() -> None:
    """Very deep JSON-LD neither recurses without bound nor raises."""
    deep = '{"@graph": ' * 3000 + '{"@type": "Article"}' + "}" * 3000
    JsonLd([deep])
    extract_metadata(load_document(f'<script type="application/ld+json">{deep}</script>'))


# --------------------------------------------------------------------------- loading pages

PAGE = "<html><head>{head}</head><body><h1>Caf\u00e9 \u201cprices\u201d rise</h1></body></html>"
HEADLINE = "Caf\u00e9 \u201cprices\u201d rise"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\xef\xbb\xbf" + PAGE.format(head="").encode("utf-8"), None),
        (PAGE.format(head='<meta charset="windows-1252">').encode("cp1252"), None),
        (PAGE.format(head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').encode("cp1252"),
         None),
        (PAGE.format(head='<meta charset="utf-8">').encode("cp1252"), None),
        (PAGE.format(head='<meta charset="iso-8859-1">').encode("utf-8"), None),
        (PAGE.format(head="").encode("utf-16"), None),
        (PAGE.format(head="").encode("utf-16-le"), None),
        (PAGE.format(head="").encode("utf-8"), None),
        (PAGE.format(head="").encode("cp1252"), "windows-1252"),
    ],
    ids=["bom", "meta-charset", "http-equiv", "declared-utf8-but-latin", "declared-latin-but-utf8", "utf16-bom",
         "utf16-no-bom", "undeclared-utf8", "explicit"],
)  # fmt: skip
def test_charsets(data: bytes, encoding: str | None) -> None:
    """Bytes are decoded from a BOM, an argument, a declaration, or detection."""
    meta = extract_metadata(load_document(data, encoding=encoding))
    assert meta.headline == HEADLINE


def test_latin1_without_declaration() -> None:
    """Latin-1 bytes without any declaration are detected, not mangled."""
    text = "<p>" + "Le caf\u00e9 de la gare ferme ses portes apr\u00e8s trente ann\u00e9es de service. " * 20 + "</p>"
    assert decode_html(text.encode("latin-1")) == text


def test_base_url() -> None:
    """Relative links resolve against <base href>, itself resolved against the page URL."""
    doc = load_document('<base href="/news/"><p>x</p>', "https://paper.example/a/b.html")
    assert doc.url == "https://paper.example/a/b.html"
    assert doc.base_url == "https://paper.example/news/"


def test_load_document_refuses_non_text() -> None:
    """Something that is neither str nor bytes is a ParseError naming the type."""
    with pytest.raises(nm.ParseError, match="str or bytes"):
        load_document(123)  # type: ignore[arg-type]


def test_binary_data_is_a_parse_error() -> None:
    """Binary data is refused with a clear message."""
    with pytest.raises(nm.ParseError, match="binary"):
        load_document(gzip.compress(bytes(range(256)) * 40, mtime=0) * 3)


# --------------------------------------------------------------------------- properties

_TAGS = st.sampled_from(
    ["p", "div", "span", "h1", "time", "meta", "script", "a", "article", "header", "figure", "figcaption", "title"]
)
_ATTRS = st.sampled_from(
    [
        'class="byline"',
        'class="author"',
        'rel="author"',
        'itemprop="author"',
        'itemprop="datePublished"',
        'property="og:title" content="x | y"',
        'name="author" content="By A and B"',
        'type="application/ld+json"',
        'datetime="2020-13-45"',
        'datetime="2020-01-02T03:04:05+01:00"',
        'class="lead-image"',
        'href="javascript:x"',
        'lang="zz-ZZZZ-1"',
        "",
    ]
)


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    """Random, often broken HTML built from the elements metadata extraction looks at."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(_TAGS)
        parts.append(f"<{tag} {draw(_ATTRS)}>")
        parts.append(draw(st.text(max_size=30)))
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    if draw(st.booleans()):
        parts.append('<script type="application/ld+json">' + draw(st.text(max_size=80)) + "</script>")
    return "".join(parts)


@given(html_soup() | st.text(max_size=200) | st.binary(max_size=300))
def test_never_raises_but_newsmodel_errors(page: str | bytes) -> None:
    """Any input gives metadata or a NewsmodelError, never another exception."""
    try:
        meta = extract_metadata(load_document(page))
    except nm.NewsmodelError:
        return
    assert isinstance(meta, Metadata)


_METADATA_FIELDS = [name for name in Metadata.__attrs_attrs__.__dir__() if not name.startswith("_")]


@settings(suppress_health_check=list(HealthCheck))
@given(articles(quotes=False))
def test_reads_back_what_to_html_writes(article: nm.Article) -> None:
    """Every metadata field of to_html's page reads back equal."""
    try:
        page = nm.to_html(article)
    except nm.UnsupportedFormatError:
        pytest.skip("to_html is not available")
    names = [article.publisher.name] if article.publisher else []
    # By the documented rules an author named like the publisher is the organisation,
    # and "null", "undefined" ... are no value: such articles do not read back as written.
    assume(not any(_site_match(person.name, names) for person in article.authors))
    # ... nor does a name the documented name rules change (a URL, an e-mail, "Print").
    assume(all(clean_person_name(person.name) == person.name for person in article.authors))
    texts = [article.headline, article.alternative_headline, article.description, article.byline, article.dateline]
    texts += [*article.categories, *article.keywords, *(p.name for p in article.authors)]
    texts += [p.role for p in article.authors]
    if article.publisher:
        texts += [article.publisher.name, article.publisher.logo.alt if article.publisher.logo else None]
    if article.image:
        texts += [article.image.credit, article.image.image.alt]
    assume(not any(text is not None and text.casefold() in NO_VALUE for text in texts))
    meta = extract_metadata(load_document(page))
    for field in (a.name for a in Metadata.__attrs_attrs__):
        assert getattr(meta, field) == getattr(article, field), field


# --------------------------------------------------------------------------- real pages


@pytest.mark.data
def test_every_data_page_loads() -> None:
    """load_document + extract_metadata run on every page under the data folder without an exception."""
    pages = [*DATA.glob("*/html/*.html.gz"), *DATA.glob("readability-pages/*/source.html.gz")]
    assert pages
    for path in pages:
        extract_metadata(load_document(gzip.decompress(path.read_bytes())))


# --------------------------------------------------------------------------- exact pages

_EXTENSION = '"https://newsmodel.dev/ns#quotes": []'


def _page(jsonld: str, body: str = "") -> str:
    return (
        f'<html><head><script type="application/ld+json">{jsonld}</script></head>'
        f"<body><article><header><h1>Title here</h1>{body}</header></article></body></html>"
    )


@pytest.mark.parametrize("name", ["none", "Home", "By Jane Doe", "Print"])
def test_junk_author_names_are_dropped_or_cut_on_ordinary_pages(name: str) -> None:
    page = _page(f'{{"@type": "NewsArticle", "author": [{{"@type": "Person", "name": "{name}"}}]}}')
    authors = extract_metadata(load_document(page)).authors
    assert authors in ((), (nm.Person("Jane Doe"),))


@pytest.mark.parametrize("name", ["none", "Home", "By Jane Doe", "Print"])
def test_an_exact_page_gives_author_names_as_written(name: str) -> None:
    page = _page(f'{{"@type": "NewsArticle", "author": [{{"@type": "Person", "name": "{name}"}}], {_EXTENSION}}}')
    assert extract_metadata(load_document(page)).authors == (nm.Person(name),)


def test_an_empty_author_list_means_no_authors_only_on_an_exact_page() -> None:
    byline = '<p class="byline">By Jane Doe</p>'
    ordinary = _page('{"@type": "NewsArticle", "author": []}', byline)
    exact = _page(f'{{"@type": "NewsArticle", "author": [], {_EXTENSION}}}', byline)
    assert extract_metadata(load_document(ordinary)).authors == (nm.Person("Jane Doe"),)
    found = extract_metadata(load_document(exact))
    assert found.authors == ()
    assert found.byline == "By Jane Doe"


def test_an_exact_page_with_values_the_model_refuses_falls_back_to_the_rules() -> None:
    page = _page(f'{{"@type": "NewsArticle", "author": [{{"@type": "Person", "name": "  Jane  Doe "}}], {_EXTENSION}}}')
    assert extract_metadata(load_document(page)).authors == (nm.Person("Jane Doe"),)


def test_byline_text_past_the_cap_is_refused_and_addresses_still_go() -> None:
    from newsmodel._html._meta_values import MAX_BYLINE_TEXT

    assert split_byline("By Jane Doe jane.doe@example.com") == [("Jane Doe", None)]
    assert split_byline("Jane " * (MAX_BYLINE_TEXT // 5 + 1)) == []
    assert clean_person_name("J" * (MAX_BYLINE_TEXT + 1)) is None


def test_a_date_after_the_headline_is_found_behind_inline_styles() -> None:
    css = "<style>" + ".x{display:block;margin:0}" * 20 + "</style>"
    page = (
        f"<html><body><article><h1>A headline for the page</h1><span>{css}<span>{css}Jane Doe</span>"
        f"<span>{css}Dec 05, 2023</span></span><p>Body.</p></article></body></html>"
    )
    assert extract_metadata(load_document(page)).date_published == date(2023, 12, 5)


def _dated(published: str, body: str) -> str:
    return _page(f'{{"@type": "NewsArticle", "headline": "Title here", "datePublished": "{published}"}}', body)


def test_a_utc_date_is_given_in_the_zone_the_date_line_prints_with_its_abbreviation() -> None:
    page = _dated(
        "2023-12-20T01:00:21.174Z", '<div class="timestamp">Published 8:00 PM EST, Tue December 19, 2023</div>'
    )
    found = extract_metadata(load_document(page)).date_published
    assert isinstance(found, datetime)
    assert found.isoformat() == "2023-12-19T20:00:21.174000-05:00"


def test_a_utc_date_is_given_in_the_zone_of_a_bare_clock_on_the_date_line() -> None:
    # Metadata to the second, the page to the minute: the same instant all the same.
    page = _dated(
        "2023-12-23T03:00:46Z", '<p class="author">Jane Doe</p><div class="pub-date">December 22, 2023 10:00 PM</div>'
    )
    found = extract_metadata(load_document(page)).date_published
    assert isinstance(found, datetime)
    assert found.isoformat() == "2023-12-22T22:00:46-05:00"


def test_a_date_with_an_offset_is_given_in_the_zone_the_reader_sees() -> None:
    # No date class: the line just after the headline; it prints the instant in UTC.
    page = _dated("2023-12-18T22:57-05:00", "<div><span>By Jane Doe</span><span>Dec 19, 2023 3:57 AM</span></div>")
    found = extract_metadata(load_document(page)).date_published
    assert isinstance(found, datetime)
    assert found.isoformat() == "2023-12-19T03:57:00+00:00"


@pytest.mark.parametrize(
    "line",
    [
        "Updated Dec. 12, 2023, at 3:28 p.m.",  # another moment: an update
        "December 6, 2023",  # no clock: no zone to read
        "Dec. 6, 2023, at 8:52 a.m.",  # seven minutes off: not the same instant
    ],
)
def test_a_date_line_that_is_not_the_same_instant_leaves_the_metadata_zone(line: str) -> None:
    page = _dated("2023-12-06T08:45-05:00", f'<div class="date">{line}</div>')
    found = extract_metadata(load_document(page)).date_published
    assert isinstance(found, datetime)
    assert found.isoformat() == "2023-12-06T08:45:00-05:00"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Posted December 5, 2023 at 3:28 p.m.", "2023-12-05T15:28:00"),
        ("5 December 2023 | 17:23 GMT", "2023-12-05T17:23:00+00:00"),
        ("10:15 AM PST, Tue Dec 5, 2023", "2023-12-05T10:15:00-08:00"),
        ("December 5, 2023 · 6 min read", "2023-12-05"),
    ],
)
def test_a_date_line_without_metadata_gives_its_clock_too(line: str, iso: str) -> None:
    page = f'<html><body><h1>A headline</h1><div class="post-date">{line}</div><p>Body.</p></body></html>'
    found = extract_metadata(load_document(page)).date_published
    assert found is not None
    assert found.isoformat() == iso


def _republished_page(line: str) -> str:
    return _page(
        '{"@type": "NewsArticle", "headline": "Title here", "datePublished": "2019-11-25T08:00:00-05:00",'
        ' "dateModified": "2023-11-27T06:20:00-05:00"}',
        line,
    )


@pytest.mark.parametrize(
    "line",
    [
        '<p class="byline">By Jane Doe</p><time datetime="2023-11-27T06:20:00-05:00">November 27, 2023</time>',
        "<div>By Jane Doe 27 November 2023</div>",
        '<div class="meta">Jane Doe | Nov. 27, 2023, at 6:20 a.m.</div>',
    ],
)
def test_a_date_line_printing_the_modified_day_unlabelled_makes_it_the_published_date(line: str) -> None:
    # Brought out again: the page shows the new day as the article's date.
    meta = extract_metadata(load_document(_republished_page(line)))
    assert meta.date_published == meta.date_modified == datetime.fromisoformat("2023-11-27T06:20:00-05:00")


@pytest.mark.parametrize(
    "line",
    [
        "<div>By Jane Doe. Updated November 27, 2023</div>",  # printed as an update
        "<div>Last updated: 27 November 2023</div>",
        '<div><time class="updated" datetime="2023-11-27T06:20:00-05:00">November 27, 2023</time></div>',
        '<div><time itemprop="dateModified">November 27, 2023</time></div>',
        "<div>November 25, 2019 · November 27, 2023</div>",  # the published day is printed too
        "<div>By Jane Doe, November 26, 2023</div>",  # another day: not the modified one
        "<div>By Jane Doe</div>",  # no date line
    ],
)
def test_the_metadata_published_date_stays_unless_the_date_line_shows_the_modified_day_as_its_date(
    line: str,
) -> None:
    meta = extract_metadata(load_document(_republished_page(line)))
    assert meta.date_published == datetime.fromisoformat("2019-11-25T08:00:00-05:00")
    assert meta.date_modified == datetime.fromisoformat("2023-11-27T06:20:00-05:00")


def test_a_person_node_naming_several_people_gives_each_as_an_author() -> None:
    page = _page('{"@type": "NewsArticle", "author": {"@type": "Person", "name": ["Jane Doe", "John Roe", " "]}}')
    assert extract_metadata(load_document(page)).authors == (nm.Person("Jane Doe"), nm.Person("John Roe"))


def test_an_h1_that_only_shows_a_logo_is_not_the_headline() -> None:
    logo = '<h1><a href="/"><svg viewBox="0 0 10 10"><title>THE SITE</title><desc>Site Logo</desc></svg></a></h1>'
    page = (
        '<html><head><meta property="og:title" content="Allies learned to love the Fed"></head>'
        f"<body>{logo}<article><p>Body.</p></article></body></html>"
    )
    assert extract_metadata(load_document(page)).headline == "Allies learned to love the Fed"


def test_an_h1_with_labels_before_and_after_the_metadata_title_gives_the_title() -> None:
    page = (
        '<html><head><meta property="og:title" content="Let kids be kids"></head>'
        "<body><h1>Opinion | Let kids be kids | Editorial</h1><p>Body.</p></body></html>"
    )
    assert extract_metadata(load_document(page)).headline == "Let kids be kids"


def test_a_name_printed_alone_before_the_date_line_date_is_the_author_when_nothing_else_names_one() -> None:
    page = (
        "<html><body><h1>A headline for the page</h1>"
        "<div><span>Jane Doe</span> <span>Dec 05, 2023</span> <span>2 Shares</span></div><p>Body.</p></body></html>"
    )
    assert extract_metadata(load_document(page)).authors == (nm.Person("Jane Doe"),)


@pytest.mark.parametrize(
    "line",
    [
        "New Delhi, News Nation Bureau | Updated: 19 November 2019",  # a place and a desk
        "Jane Doe and John Roe have been married since 30th Jun 2018",  # a sentence
        "Breaking News Dec 05, 2023",  # not a person
    ],
)
def test_words_before_the_date_line_date_that_are_not_only_names_give_no_author(line: str) -> None:
    page = f"<html><body><h1>A headline for the page</h1><div>{line}</div><p>Body.</p></body></html>"
    assert extract_metadata(load_document(page)).authors == ()


def test_people_the_header_credits_as_editors_or_reviewers_are_not_authors() -> None:
    people = ", ".join(f'{{"@type": "Person", "name": "{name}"}}' for name in ("Jane Doe", "John Roe", "Ann Poe"))
    page = _page(
        f'{{"@type": "NewsArticle", "author": [{people}]}}',
        "<div>By Jane Doe | Reviewed by Ann Poe | Edited by John Roe | Dec. 12, 2023</div>",
    )
    assert extract_metadata(load_document(page)).authors == (nm.Person("Jane Doe"),)


def test_an_editor_credit_naming_every_author_drops_no_one() -> None:
    page = _page(
        '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"}]}',
        "<div>Edited by Jane Doe</div>",
    )
    assert extract_metadata(load_document(page)).authors == (nm.Person("Jane Doe"),)


def test_an_outlet_after_a_comma_beside_a_name_is_not_an_author() -> None:
    assert split_byline("Jane Doe, Associated Press") == [("Jane Doe", None)]


def test_microdata_authors_in_one_byline_box_are_co_authors_even_under_different_parents() -> None:
    def person(name: str) -> str:
        return (
            f'<address><p><a itemscope itemtype="https://schema.org/Person" itemprop="author">'
            f'<span itemprop="name">{name}</span></a></p></address>'
        )

    page = (
        "<html><body><h1>A headline for the page</h1>"
        f'<section class="post-byline">{person("Jane Doe")}{person("John Roe")}</section>'
        f'<aside class="teaser">{person("Ann Poe")}</aside><p>Body.</p></body></html>'
    )
    assert extract_metadata(load_document(page)).authors == (nm.Person("Jane Doe"), nm.Person("John Roe"))


@pytest.mark.parametrize(
    "credit",
    [
        '<img src="a.jpg"><style>.c{color:red}</style><div><span>Students march on the campus lawn in May, '
        'asking for higher pay.</span> <span>By <a href="/writer/1/Ann_Poe/">Ann Poe</a></span></div>',
        '<figure><img src="a.jpg"><figcaption>By <a href="/writer/1/Ann_Poe/">Ann Poe</a></figcaption></figure>',
    ],
)
def test_an_author_link_in_a_picture_caption_is_a_photo_credit_not_the_author(credit: str) -> None:
    page = (
        f"<html><body><h1>A headline for the page</h1>{credit}"
        '<div><span>By <a href="/writer/2/Jane_Doe/">Jane Doe</a>, Staff Writer</span></div><p>Body.</p></body></html>'
    )
    assert [p.name for p in extract_metadata(load_document(page)).authors] == ["Jane Doe"]


def test_a_date_the_story_tells_under_the_headline_is_not_taken_for_the_page_date() -> None:
    meta = extract_metadata(load_document(_republished_page("<p>On Monday, Nov. 27, 2023, the council voted.</p>")))
    assert meta.date_published == datetime.fromisoformat("2019-11-25T08:00:00-05:00")


def test_a_site_name_meta_holding_the_page_s_title_is_no_site_name() -> None:
    # application-name (a pinned site's label) set to the article's title: the <h1> printing it is the headline
    page = (
        '<html><head><meta property="og:title" content="Harbour board votes to dredge the basin">'
        '<meta name="application-name" content="Harbour board votes to dredge the basin">'
        '<meta property="og:site_name" content="Harbour News"></head><body>'
        "<header><h1>harbour news back to home</h1></header>"
        "<article><h1>Harbour board votes to dredge the basin</h1><p>The board met on Tuesday.</p></article>"
        "</body></html>"
    )
    assert extract_metadata(load_document(page)).headline == "Harbour board votes to dredge the basin"


def test_an_h1_sharing_no_word_with_the_metadata_title_is_a_label() -> None:
    page = (
        "<html><head><title>Ferry fares rise for the winter</title></head><body>"
        "<h1>Travel Desk</h1><article><p>The county raised the fares on Monday.</p></article></body></html>"
    )
    assert extract_metadata(load_document(page)).headline == "Ferry fares rise for the winter"


def test_an_h1_sharing_only_small_words_with_the_title_is_a_label() -> None:
    page = (
        "<html><head><title>Ferries: what the new fares are and how to pay them</title></head><body>"
        "<h1>News and Resources</h1><article><p>The county raised the fares on Monday.</p></article></body></html>"
    )
    assert extract_metadata(load_document(page)).headline == "Ferries: what the new fares are and how to pay them"


def test_an_h1_marked_as_the_title_stays_the_headline_whatever_the_metadata_says() -> None:
    # a guard: the printed headline, its SEO title in the metadata sharing no word with it
    page = (
        '<html><head><meta property="og:title" content="Inside the harbour board vote"></head><body>'
        '<h1 class="post__title">“Between Tide and Stone”</h1><article><p>The board met.</p></article>'
        "</body></html>"
    )
    assert extract_metadata(load_document(page)).headline == "“Between Tide and Stone”"


def test_a_permalink_sign_is_no_part_of_a_headline() -> None:
    page = (
        '<html><body><h1>Harbour rules<a class="headerlink" href="#harbour-rules">¶</a></h1>'
        "<article><p>The board met.</p></article></body></html>"
    )
    assert extract_metadata(load_document(page)).headline == "Harbour rules"


@pytest.mark.parametrize(
    "line", ["<em>Last Updated:</em> January 7, 2025", "Originally published March 3, 2024", "First posted 12/05/2023"]
)
def test_a_date_line_in_a_byline_box_is_no_byline(line: str) -> None:
    """A byline box that holds only when the article changed gives no byline ("Last" is nobody)."""
    html = (
        "<html><body><h1>Harbour dredging starts</h1>"
        f"<div class='author-details'><div><img src='/ann.png' alt=''></div><div>{line}</div></div>"
        "<p>The harbour board voted to dredge the inner basin before the autumn storms.</p></body></html>"
    )
    article = nm.from_html(html)
    assert article.byline is None
    assert article.authors == ()


_STORY = "<p>The harbour board voted to dredge the inner basin before the autumn storms.</p>"


@pytest.mark.parametrize(
    ("markup", "byline"),
    [
        # "By" in an element of its own: the byline is read from the element around it
        (
            "<p class='x1'><span class='byline-prefix'>By </span>"
            "<span itemprop='name'><a href='/by/ann-lee'>Ann Lee</a></span></p>",
            "By Ann Lee",
        ),
        # the parts of a box (name links, a date) read with a space between them: no space before the commas
        (
            "<div class='byline'><span>By</span> <a href='/a'>Ann Lee</a><span>,</span> <a href='/t'>Tom Hale</a>"
            "<time datetime='2024-01-02'>Jan. 2, 2024</time></div>",
            "By Ann Lee, Tom Hale",
        ),
        # a link to the author's box, a screen reader's words after the name
        (
            "<div class='byline'><span>By</span> <a href='/a'>Ann Lee</a> <a href='#bio'>About Ann Lee</a>"
            "<time datetime='2024-01-02'>Jan. 2, 2024</time></div>",
            "By Ann Lee",
        ),
        (
            "<div class='byline'><span>By</span> <a href='/a'><span>Ann Lee</span><span class='sr'>archive page</span>"
            "</a><time datetime='2024-01-02'>Jan. 2, 2024</time></div>",
            "By Ann Lee",
        ),
        # a comment form's field, a reader's name over a comment, an author box's web address: no byline
        ("<form><p class='comment-form-author'><label>Name *</label><input name='author'></p></form>", None),
        (
            "<ol class='comment-list'><li class='comment'><div class='comment-author vcard'>"
            "<cite class='author-name'>Tom Hale</cite></div><p>Dredge it all.</p></li></ol>",
            None,
        ),
        (
            "<ul class='author-meta'><li><a class='website' href='http://ann.example.org'>ann.example.org</a></li></ul>",
            None,
        ),
    ],
)
def test_the_printed_byline_is_the_article_s_byline(markup: str, byline: str | None) -> None:
    html = f"<html><body><article><h1>Harbour dredging starts</h1>{markup}{_STORY}</article></body></html>"
    assert nm.from_html(html).byline == byline


@pytest.mark.parametrize("home", ["/", "https://harbour.example/", "//harbour.example", "/index.html"])
def test_an_h1_that_is_one_link_home_is_the_masthead_not_the_headline(home: str) -> None:
    html = (
        "<html><head><title>Council votes to dredge the harbour</title></head><body>"
        f"<header><h1><a href='{home}'>The Harbour Quay Courier</a></h1></header>"
        f"<article><h3 class='post-title'>Council votes to dredge the harbour</h3>{_STORY}</article></body></html>"
    )
    assert nm.from_html(html, url="https://harbour.example/2024/01/dredging").headline == (
        "Council votes to dredge the harbour"
    )


def test_an_h1_linking_to_the_article_itself_stays_the_headline() -> None:
    html = (
        "<html><head><title>Harbour Gazette</title></head><body>"
        "<h1><a href='/2024/01/dredging'>Council votes to dredge the harbour</a></h1>"
        f"{_STORY}</body></html>"
    )
    assert nm.from_html(html, url="https://harbour.example/2024/01/dredging").headline == (
        "Council votes to dredge the harbour"
    )


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Ann Lee March 3, 2024", "By Ann Lee"),
        ("By admin - 2018-09-16", "By admin"),
        ("Written by Ann Lee Edited by Tom Hale", "Written by Ann Lee"),
        ("Ann Lee —", "Ann Lee"),
    ],
)
def test_a_plain_byline_line_ends_where_its_date_or_editor_begins(line: str, byline: str) -> None:
    page = f"<h1>Harbour dredging starts</h1><p class='byline'>{line}</p>{_STORY}"
    html = f"<html><body><article>{page}</article></body></html>"
    article = nm.from_html(html)
    assert article.byline == byline
    assert line not in article.text  # the byline line stays out of the body


@pytest.mark.parametrize(
    "author",
    ["Ann Lee (http://ann.example/)", "Ann Lee <ann@example.com>", "Ann Lee (www.ann.example)", "Ann Lee (@annlee)"],
)
def test_an_address_in_brackets_after_an_author_s_name_is_no_part_of_it(author: str) -> None:
    html = (
        f"<html><head><meta name='author' content='{author}'></head><body><h1>Harbour tides</h1>{_STORY}</body></html>"
    )
    assert [person.name for person in nm.from_html(html).authors] == ["Ann Lee"]


def test_a_related_posts_label_in_a_subhead_class_is_no_dek() -> None:
    html = (
        "<html><body><article><h1>Harbour tides</h1><p class='dek'>Tides rose a metre above the forecast.</p>"
        f"{_STORY}</article><div><h3 class='subhead'>More from Harbour News</h3></div></body></html>"
    )
    assert nm.from_html(html).alternative_headline == "Tides rose a metre above the forecast."
    alone = f"<html><body><h1>Harbour tides</h1><h2 class='subhead'>More from Harbour News</h2>{_STORY}</body></html>"
    assert nm.from_html(alone).alternative_headline is None


def test_the_parts_of_a_dateline_are_read_apart() -> None:
    html = (
        "<html><body><article><h1>Harbour tides</h1><div class='dateline'><time><span>March 4, 2024</span>"
        f"<span>12:45 PM UTC</span></time><span>Updated</span><span>;</span></div>{_STORY}</article></body></html>"
    )
    assert nm.from_html(html).dateline == "March 4, 2024 12:45 PM UTC Updated;"


def test_a_script_in_a_byline_box_is_no_part_of_the_byline() -> None:
    html = (
        "<html><body><article><h1>Harbour tides</h1><div class='byline'><div><img src='/quay.jpg' alt=''>"
        "<script>$(function() { Quay.init({}); });</script></div><span>By</span> <a href='/a'>Ann Lee</a>"
        f"<time datetime='2024-03-04'>March 4, 2024</time></div>{_STORY}</article></body></html>"
    )
    assert nm.from_html(html).byline == "By Ann Lee"


def test_a_byline_class_naming_none_of_the_known_authors_is_passed_over() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Harbour tides", "author": {"@type": "Person", "name": "Ann Lee"}}'
    html = (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
        "<h1>Harbour tides</h1><figure><img src='/quay.jpg' alt=''><span class='credit byline'>Tom Hale Quay Images"
        f"</span></figure><div class='byline'>Ann Lee, Staff Writer</div>{_STORY}</article></body></html>"
    )
    article = nm.from_html(html)
    assert [person.name for person in article.authors] == ["Ann Lee"]
    assert article.byline == "Ann Lee, Staff Writer"


def test_a_logo_word_in_an_image_query_is_no_logo() -> None:
    # "?impolicy=logo-overlay" asks the image server to stamp a logo on a photo: the photo is the article's
    photo = "https://example.com/photos/2024/harbour-ferry.jpeg?impolicy=logo-overlay"
    html = (
        f'<html><head><meta property="og:image" content="{photo}"></head><body><article>'
        "<p>The harbour ferry runs again from Monday, the council said after a long repair of its engines.</p>"
        f'<p><img src="{photo}&amp;w=600" alt="The ferry at the quay" width="600" height="400"></p>'
        "<p>Tickets cost the same as last year, and the first boat leaves at seven in the morning.</p>"
        '</article><img src="https://example.com/assets/site-logo.png?v=3" alt=""></body></html>'
    )
    article = nm.from_html(html)
    assert article.image is not None
    assert article.image.image.url == photo
    images = [b.image.url for s in article.sections for b in s.blocks if isinstance(b, nm.Figure)]
    assert images == [photo + "&w=600"]
    logo = nm.from_html(html.replace(photo, "https://example.com/assets/site-logo.png?v=3"))
    assert logo.image is None


def test_a_twin_article_node_fills_what_the_first_lacks() -> None:
    # a theme's node, then an SEO plugin's for the same article over http: the second alone has keywords and section
    first = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry runs again",
        "mainEntityOfPage": {"@type": "WebPage", "@id": "https://example.com/news/ferry-runs-again/"},
        "datePublished": "2024-05-02",
    }
    second = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry runs again from Monday",
        "url": "http://example.com/news/ferry-runs-again",
        "articleSection": "Local",
        "keywords": ["ferries", "harbour"],
        "datePublished": "2023-01-01",
    }
    other = {"@context": "https://schema.org", "@type": "NewsArticle", "url": "https://example.com/news/other/",
             "headline": "Other", "keywords": ["parks"]}  # fmt: skip
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(n)}</script>' for n in (first, second, other))
    html = f"<html><head>{scripts}</head><body><article><p>The ferry runs again.</p></article></body></html>"
    article = nm.from_html(html, url="https://example.com/news/ferry-runs-again/")
    assert article.keywords == ("ferries", "harbour")
    assert article.categories == ("Local",)
    assert article.date_published == date(2024, 5, 2)  # the chosen node's own value stands


def test_references_escaped_twice_are_decoded_in_metadata() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry runs again",
        "articleSection": "Food &amp; Drink",
        "keywords": ["Harbour &amp; Port", "ferries"],
        "image": {"@type": "ImageObject", "url": "https://example.com/ferry.jpg?w=640&amp;q=80",
                  "caption": "The ferry &ndash; at the quay"},
    }  # fmt: skip
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script>'
        '<meta name="description" content="The council&amp;#039;s ferry runs again &amp;amp; on time.">'
        "</head><body><h1>Ferry runs again</h1><article><p>The ferry runs again &amp;amp; more.</p></article>"
        "</body></html>"
    )
    article = nm.from_html(html)
    assert article.description == "The council's ferry runs again & on time."
    assert article.categories == ("Food & Drink",)
    assert article.keywords == ("Harbour & Port", "ferries")
    assert article.image is not None
    assert article.image.image.url == "https://example.com/ferry.jpg?w=640&q=80"
    assert article.image.caption == nm.Inline("The ferry – at the quay")
    # the body is the page as shown: a reference the page prints stays
    assert article.text == "The ferry runs again &amp; more."


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<meta itemprop="keywords" content="ferries, harbour ">', ("ferries", "harbour")),
        (
            '<span itemprop="keywords">Tagged <a href="/tag/ferries">ferries</a>, '
            '<a href="/tag/port">the port</a></span>',
            ("ferries", "the port"),
        ),
        ('<span itemprop="keywords">ferries, harbour</span>', ("ferries", "harbour")),
    ],
)
def test_microdata_keywords(markup: str, expected: tuple[str, ...]) -> None:
    html = (
        '<html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Ferry</h1>'
        f"<p>The ferry runs again from Monday, the council said.</p>{markup}</article></body></html>"
    )
    assert nm.from_html(html).keywords == expected


def test_the_lead_image_takes_the_caption_the_body_shows_it_with() -> None:
    lead = "https://example.com/uploads/2024/05/harbour-ferry-1200x630.jpg"
    shown = "https://cdn.example.com/uploads/2024/05/harbour-ferry-800x450.jpg?w=800"
    html = (
        f'<html><head><meta property="og:image" content="{lead}"></head><body><article>'
        "<p>The harbour ferry runs again from Monday, the council said after a long repair of its engines.</p>"
        f'<figure><img src="{shown}" alt="The ferry"><figcaption>The ferry at the quay. '
        '<span class="credit">Ann Lee</span></figcaption></figure>'
        "<p>Tickets cost the same as last year, and the first boat leaves at seven in the morning.</p>"
        "</article></body></html>"
    )
    article = nm.from_html(html)
    assert article.image is not None
    assert article.image.image.url == lead
    assert article.image.caption == nm.Inline("The ferry at the quay.")
    assert article.image.credit == "Ann Lee"
    assert article.image.image.alt == "The ferry"
    # another picture lends nothing
    other = nm.from_html(html.replace("harbour-ferry-800x450", "town-hall-800x450"))
    assert other.image == nm.Figure(nm.Image(lead))


def test_a_microdata_date_written_with_its_label_is_read() -> None:
    html = (
        '<html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Ferry</h1>'
        '<span itemprop="datePublished">Posted: Fri 6:45 PM, Feb 16, 2018</span> | '
        '<span itemprop="dateModified">Updated: Sat 8:31 PM, Feb 17, 2018 </span>'
        "<p>The ferry runs again from Monday, the council said.</p></article></body></html>"
    )
    article = nm.from_html(html)
    assert article.date_published == datetime(2018, 2, 16, 18, 45)
    assert article.date_modified == datetime(2018, 2, 17, 20, 31)


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ('<meta name="DC.Creator" content="Lee, Ann">', ("Ann Lee",)),
        ('<meta name="citation_author" content="Dijk, Jan van">', ("Jan van Dijk",)),
        ('<meta name="DC.Creator" content="Ann Lee, Senior Reporter">', ("Ann Lee",)),
        # a repeated meta names one author each
        (
            '<meta name="DC.Creator" content="Hale, T."><meta name="DC.Creator" content="Lee, Ann">',
            ("T. Hale", "Ann Lee"),
        ),
        ('<meta name="author" content="Ann Lee"><meta name="author" content="Tom Hale">', ("Ann Lee", "Tom Hale")),
    ],
)
def test_surname_first_author_metas(meta: str, expected: tuple[str, ...]) -> None:
    html = f"<html><head>{meta}</head><body><article><p>The ferry runs again from Monday.</p></article></body></html>"
    assert tuple(p.name for p in nm.from_html(html).authors) == expected


@pytest.mark.parametrize("label", ["Text:", "Texto:", "Текст:", "Auteur :", "Words:"])
def test_a_byline_label_in_another_language_is_no_part_of_the_name(label: str) -> None:
    html = (
        f'<html><body><article><h1>Ferry runs again</h1><p class="byline">{label} Ana Lima</p>'
        "<p>The ferry runs again from Monday, the council said after a long repair.</p></article></body></html>"
    )
    assert [p.name for p in nm.from_html(html).authors] == ["Ana Lima"]


def test_an_h1_whose_class_says_logo_is_the_masthead() -> None:
    html = (
        '<html><head><meta property="og:title" content="Ferry runs again from Monday :: Harbour Blogs ::">'
        '<meta property="og:site_name" content="Harbour Blogs"></head>'
        '<body><header><h1 class="topbar__logo__title">Harbour Blogs</h1></header>'
        "<article><p>The ferry runs again from Monday, the council said.</p></article></body></html>"
    )
    assert nm.from_html(html).headline == "Ferry runs again from Monday"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<p class="dateline">|</p>', None),
        ('<p class="dateline">Harbour Times |</p>', None),  # the site's name and the row's separator
        ('<p class="dateline">HARBOURTON, Maine — </p>', "HARBOURTON, Maine —"),
        ('<p class="dateline"><span>May 2, 2024</span> | </p>', "May 2, 2024"),
        # a label whose time a script was to write: nothing after it
        (
            '<p class="dateline"><span>May 2, 2024 9:10 AM UTC</span> <span>Updated <time></time> ago</span></p>',
            "May 2, 2024 9:10 AM UTC",
        ),
    ],
)
def test_a_dateline_is_more_than_the_rows_separators_and_the_site_name(markup: str, expected: str | None) -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Harbour Times"></head><body><article>'
        f"<h1>Ferry runs again</h1>{markup}<p>The ferry runs again from Monday, the council said.</p>"
        "</article></body></html>"
    )
    assert nm.from_html(html).dateline == expected


def test_a_subhead_row_of_name_and_times_is_no_dek() -> None:
    html = (
        "<html><body><article><h1>Ferry runs again</h1>"
        '<div class="articleHeader--subhead"><span>ANN LEE</span><time datetime="2019-11-20">Nov. 20, 2019</time>'
        '<time datetime="2019-11-20T06:35">Updated: Nov. 20, 2019 1:35 a.m.</time></div>'
        '<p class="subhead">Boats leave every hour again.</p>'
        "<p>The ferry runs again from Monday, the council said.</p></article></body></html>"
    )
    assert nm.from_html(html).alternative_headline == "Boats leave every hour again."


def test_a_newsletter_plug_in_a_dek_class_is_no_dek() -> None:
    html = (
        '<html><head><meta name="description" content="Boats leave every hour again."></head><body><article>'
        "<h1>Ferry runs again</h1>"
        '<h2 itemprop="alternativeHeadline">Sign up for the Harbour Daily newsletter to get this in your inbox.</h2>'
        "<p>The ferry runs again from Monday, the council said.</p></article></body></html>"
    )
    assert nm.from_html(html).alternative_headline is None


@pytest.mark.parametrize(
    ("site_name", "expected"),
    [
        ("The Harbour Times | HarbourTimes.com", "The Harbour Times"),
        ("Harbour Blog | By: Ann Lee", "Harbour Blog"),
        ("http://www.harbourtimes.example", None),
        ("Harbour &amp;amp; Port News", "Harbour & Port News"),
        ("harbour.example — the harbour's leading news site", "harbour.example"),  # a tagline after a dash
        ("Harbour Notes – the port developer blog", "Harbour Notes"),
        ("Ships – Harbour News", "Ships – Harbour News"),  # two words: part of the name
    ],
)
def test_the_publishers_name_as_the_site_states_it(site_name: str, expected: str | None) -> None:
    html = (
        f'<html><head><meta property="og:site_name" content="{site_name}"></head>'
        "<body><article><p>The ferry runs again from Monday, the council said.</p></article></body></html>"
    )
    publisher = nm.from_html(html).publisher
    assert (publisher.name if publisher else None) == expected


@pytest.mark.parametrize(
    ("last", "url"),
    [
        ("Ferry runs again from Monday | Harbour Times", None),  # the headline with the site's name
        ("Ferry runs again from Monday in May", None),  # the title the page had before
        ("The latest", "https://harbour.example/news/ferry-runs-again/"),  # the page's own address
    ],
)
def test_the_breadcrumbs_item_for_the_article_is_no_section(last: str, url: str | None) -> None:
    items = [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://harbour.example/"},
        {"@type": "ListItem", "position": 2, "name": "Travel", "item": "https://harbour.example/travel/"},
        {"@type": "ListItem", "position": 3, "name": last, **({"item": url} if url else {})},
    ]
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
    html = (
        '<html><head><meta property="og:site_name" content="Harbour Times">'
        f'<script type="application/ld+json">{json.dumps(crumbs)}</script></head>'
        "<body><article><h1>Ferry runs again from Monday</h1><p>The ferry runs again, the council said.</p>"
        "</article></body></html>"
    )
    assert nm.from_html(html, url="https://harbour.example/news/ferry-runs-again").categories == ("Travel",)


@pytest.mark.parametrize(
    ("ld_author", "header", "expected"),
    [
        # a "Watch live" link beside the name is no second author
        ("Ann Lee", '<a href="/ann-lee/">Ann Lee</a> <a href="/live/">WATCH LIVE</a>', ("Ann Lee",)),
        ("Harbour Times staff", '<a href="/live/">WATCH LIVE</a>', ()),
        # the desk wrote it: the byline of a teaser further down is no stand-in
        ("Harbour Times staff", '<a href="/staff/">Harbour Times staff</a>', ()),
    ],
)
def test_the_byline_is_the_first_shown_and_a_watch_live_link_no_name(
    ld_author: str, header: str, expected: tuple[str, ...]
) -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry runs again"}
    ld["author"] = {"@type": "Person", "name": ld_author}
    html = (
        '<html><head><meta property="og:site_name" content="Harbour Times">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        f'<header><h1>Ferry runs again</h1><div class="article-author">{header}</div></header>'
        "<article><p>The ferry runs again from Monday, the council said after a long meeting.</p></article>"
        '<aside><div class="card"><a href="/other/">Bridge shut for repairs</a>'
        '<span class="byline"><a href="/tom-hale/">Tom Hale</a></span></div></aside></body></html>'
    )
    assert tuple(person.name for person in nm.from_html(html).authors) == expected


def test_an_h1_of_the_site_names_words_is_the_masthead() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Harbour Update News">'
        '<meta property="og:title" content="Harbour ferry timetable - The Summer Update"></head><body>'
        "<header><h1>Harbour News</h1></header><article><h3>Harbour ferry timetable - The Summer Update</h3>"
        "<p>The ferry runs every hour from Monday, the Harbour Council said after its meeting.</p>"
        "</article></body></html>"
    )
    article = nm.from_html(html)
    assert article.headline == "Harbour ferry timetable - The Summer Update"
    assert "Harbour News" not in article.text


@pytest.mark.parametrize(
    ("site_meta", "website_name", "expected"),
    [
        ('<meta property="og:site_name" content="Harbour Times">', "Harbour Times", "Harbour Times"),
        ("", "Harbour Times", "Harbour Times"),  # the WebSite node's name
        ("", "Ships and the sea, every day", "HT"),  # no site name but the tagline: the node's other name
    ],
)
def test_a_publisher_named_by_the_sites_tagline_takes_the_sites_name(
    site_meta: str, website_name: str, expected: str
) -> None:
    tagline = "Ships and the sea, every day"
    graph = [
        {"@type": "WebSite", "@id": "#website", "name": website_name, "description": tagline},
        {"@type": "Organization", "@id": "#org", "name": tagline, "alternateName": "HT",
         "url": "https://harbour.example/"},
        {"@type": "NewsArticle", "headline": "Ferry runs again", "publisher": {"@id": "#org"}},
    ]  # fmt: skip
    html = (
        f'<html><head>{site_meta}<script type="application/ld+json">'
        f"{json.dumps({'@context': 'https://schema.org', '@graph': graph})}</script></head>"
        "<body><article><p>The ferry runs again from Monday, the council said.</p></article></body></html>"
    )
    publisher = nm.from_html(html).publisher
    assert publisher is not None
    assert (publisher.name, publisher.url) == (expected, "https://harbour.example/")


def test_a_publishers_home_page_is_no_logo() -> None:
    publisher = {
        "@type": "Organization",
        "name": "Harbour Times",
        "logo": {"@type": "ImageObject", "url": "https://harbour.example/", "width": 600, "height": 60},
    }
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry", "publisher": publisher}
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
        "<body><article><p>The ferry runs again from Monday, the council said.</p></article></body></html>"
    )
    found = nm.from_html(html).publisher
    assert found is not None
    assert (found.name, found.logo) == ("Harbour Times", None)


@pytest.mark.parametrize(
    ("sections", "expected"),
    [
        (["Featured", "Harbours"], ("Harbours",)),
        (["Articles"], ()),  # a content type: no category, and the breadcrumb is not read instead
        (["front-page"], ()),
        (["Home", "Garden"], ("Home", "Garden")),  # home and garden are topics
    ],
)
def test_labels_that_name_no_topic_are_no_categories(sections: list[str], expected: tuple[str, ...]) -> None:
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Ferries", "item": "https://h.example/f/"}],
    }
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry", "articleSection": sections}
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps([ld, crumbs])}</script></head>'
        "<body><article><p>The ferry runs again from Monday, the council said.</p></article></body></html>"
    )
    assert nm.from_html(html).categories == expected


def test_rdfa_dublin_core_metas_are_read() -> None:
    html = (
        '<html><head><meta property="dc:creator twitter:creator" content="Ann Lee">'
        '<meta property="x:title dc:title" content="Ferry runs again from Monday">'
        '<meta property="dcterms:created" content="2024-05-02"></head>'
        "<body><article><p>The ferry runs again from Monday, the council said after a meeting.</p></article>"
        "</body></html>"
    )
    article = nm.from_html(html)
    assert [person.name for person in article.authors] == ["Ann Lee"]
    assert article.headline == "Ferry runs again from Monday"
    assert article.date_published == date(2024, 5, 2)


def test_a_description_meta_holding_the_sites_name_describes_no_article() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Harbour Times">'
        '<meta name="description" content="Harbour Times Magazine">'
        '<meta property="og:description" content="The ferry runs again from Monday after a winter of repairs.">'
        "</head><body><article><p>The ferry runs again from Monday, the council said.</p></article></body></html>"
    )
    assert nm.from_html(html).description == "The ferry runs again from Monday after a winter of repairs."


def test_an_author_boxs_description_is_no_byline() -> None:
    html = (
        "<html><head></head><body><article><h1>Ferry runs again</h1>"
        "<p>The ferry runs again from Monday, the council said after a long meeting on Tuesday.</p></article>"
        '<div class="author-box"><div class="post-author-description">Tom writes about Harbour Politics, '
        "Coastal Shipping, Secret Societies and other topics.</div></div></body></html>"
    )
    assert nm.from_html(html).authors == ()


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("<p><strong>Ann Lee</strong></p>", ("Ann Lee",)),  # the byline, in bold, opening the text
        ("<p><strong>Ann Lee</strong> opened the new quay on Monday.</p>", ()),  # a sentence: no byline
        ("<p><strong>Harbour Times</strong></p>", ()),  # the site itself
    ],
)
def test_a_name_in_bold_opening_the_text_is_the_byline(lead: str, expected: tuple[str, ...]) -> None:
    prose = "The ferry runs again from Monday, the council said after a long meeting that ran late on Tuesday."
    html = (
        '<html><head><meta name="author" content="Harbour Times"><meta property="og:site_name" content="Harbour Times">'
        "</head><body><header><h1>Ferry runs again</h1></header><div class='entry-content'>"
        f"<figure><img src='https://harbour.example/quay.jpg'></figure>{lead}<p>{prose}</p><p>{prose}</p>"
        "</div></body></html>"
    )
    article = nm.from_html(html)
    assert tuple(person.name for person in article.authors) == expected
    if expected:
        assert article.byline == "Ann Lee"
        assert not article.text.lstrip().startswith("Ann Lee")


def test_a_title_printed_in_a_titled_h2_beats_the_longer_title_tag() -> None:
    # The <h1> is the site's logo; the work's title is printed in an <h2 class="title">, and <title> goes on
    # with the chapter, the author and the site.
    page = (
        "<html><head><title>Harbour Notes - Chapter 1 - Ann Lee | Sea Tales [Harbour Archive]</title></head><body>"
        "<h1 class='heading'><a href='/'><span>Harbour Archive</span></a></h1>"
        "<div class='work'><h2 class='title heading'>Harbour Notes</h2><h3 class='byline'>Ann Lee</h3>"
        "<p>The harbour board met on Tuesday night and voted to dredge the inner basin before the storms.</p>"
        "<p>Fishing crews have complained for two seasons that their boats touch the bottom at low tide.</p>"
        "</div></body></html>"
    )
    assert nm.from_html(page).headline == "Harbour Notes"


def test_a_titled_h2_that_only_opens_a_word_of_the_title_is_no_headline() -> None:
    page = (
        "<html><head><title>Harbour Notes and Tides - Harbour Archive</title></head><body>"
        "<h2 class='title'>Harbour</h2><p>The harbour board met on Tuesday night and voted to dredge.</p>"
        "</body></html>"
    )
    assert nm.from_html(page).headline != "Harbour"
