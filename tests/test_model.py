"""The model's rules: immutability, normal form, marks, locations, dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import attrs
import pytest
from dateutil import tz
from hypothesis import given

import newsmodel as nm
from newsmodel.strategies import articles, lines


def _article_with_quote(quote_text: str, start: int, end: int) -> nm.Article:
    return nm.Article(
        sections=[nm.Section(blocks=[nm.Paragraph("She said “it works” today.")])],
        quotes=[nm.Quote(quote_text, [nm.Location(0, 0, start, end)])],
    )


def test_classes_are_frozen() -> None:
    article = nm.Article(headline="A")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "B"  # type: ignore[misc]


def test_sequences_become_tuples() -> None:
    article = nm.Article(keywords=["a", "b"], sections=[nm.Section(blocks=[nm.Paragraph("x")])])
    assert article.keywords == ("a", "b")
    assert isinstance(article.sections, tuple)


def test_equality_is_structural() -> None:
    assert nm.Paragraph("x", [nm.Strong(0, 1)]) == nm.Paragraph("x", (nm.Strong(0, 1),))
    assert nm.Paragraph("x") != nm.Paragraph("y")


@pytest.mark.parametrize("text", ["", " lead", "trail ", "two  spaces", "tab\there", "e\u0301", "nul\x00"])
def test_paragraph_text_must_be_normal(text: str) -> None:
    with pytest.raises(nm.ModelError, match=r"Paragraph\.text"):
        nm.Paragraph(text)


def test_line_breaks_allowed_in_paragraphs_not_headings() -> None:
    assert nm.Paragraph("one\ntwo").text == "one\ntwo"
    with pytest.raises(nm.ModelError, match="heading"):
        nm.Section(heading="one\ntwo", level=2)


def test_normalize_text_gives_normal_form() -> None:
    assert nm.normalize_text("  A\u00a0 b\t\r\nc e\u0301 \x07") == "A b c é"
    assert nm.normalize_text("a \n\n b", multiline=True) == "a\nb"


@given(lines(multiline=True))
def test_normalize_text_is_idempotent(text: str) -> None:
    assert nm.normalize_text(text, multiline=True) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://example.com/a b", "https://example.com/ab"),
        ("/path?q=1", "https://example.com/path?q=1"),
        ("https://例え.jp/ページ", "https://xn--r8jz45g.jp/%E3%83%9A%E3%83%BC%E3%82%B8"),
        ("JavaScript:alert(1)", None),
        ("data:text/html,x", None),
        ("mailto:a@example.com", "mailto:a@example.com"),
        ("", None),
    ],
)
def test_normalize_url(raw: str, expected: str | None) -> None:
    assert nm.normalize_url(raw, "https://example.com/base/") == expected


@pytest.mark.parametrize("bad", ["example.com", "ftp://example.com/", "https://", "https://a.com/ü", "javascript:x"])
def test_urls_are_refused_unless_absolute_ascii_http(bad: str) -> None:
    with pytest.raises(nm.ModelError, match="URL"):
        nm.Person("Jane Doe", url=bad)


def test_links_may_be_mailto() -> None:
    assert nm.Link(0, 1, "mailto:a@example.com").href.startswith("mailto:")


@pytest.mark.parametrize(
    ("marks", "problem"),
    [
        ([nm.Emphasis(0, 20)], "not a non-empty range"),
        ([nm.Emphasis(3, 3)], "not a non-empty range"),
        ([nm.Strong(0, 3), nm.Emphasis(0, 8)], "sorted"),
        ([nm.Emphasis(0, 4), nm.Strong(2, 8)], "overlaps"),
        ([nm.Emphasis(0, 8), nm.Emphasis(0, 3)], "nests inside"),
        ([nm.Emphasis(0, 3), nm.Emphasis(3, 8)], "touches"),
        ([nm.Code(0, 8), nm.Strong(0, 3)], "inline code"),
    ],
)
def test_marks_must_be_well_formed(marks: list[nm.Mark], problem: str) -> None:
    with pytest.raises(nm.ModelError, match=problem):
        nm.Paragraph("abcdefgh", marks)


def test_marks_never_start_or_end_on_whitespace() -> None:
    with pytest.raises(nm.ModelError, match="whitespace"):
        nm.Paragraph("abc defg", [nm.Emphasis(3, 6)])


def test_marks_never_cut_a_combining_character() -> None:
    with pytest.raises(nm.ModelError, match="combining"):
        nm.Paragraph("q\u0301x", [nm.Emphasis(0, 1)])


def test_only_the_first_section_may_lack_a_heading() -> None:
    with pytest.raises(nm.ModelError, match="first section"):
        nm.Article(sections=[nm.Section(blocks=[nm.Paragraph("a")]), nm.Section(blocks=[nm.Paragraph("b")])])


@pytest.mark.parametrize(("heading", "level"), [(None, 2), ("H", 1), ("H", 7)])
def test_heading_levels(heading: str | None, level: int) -> None:
    with pytest.raises(nm.ModelError, match="level"):
        nm.Section(heading=heading, level=level, blocks=[nm.Paragraph("a")])


def test_tables_are_rectangular() -> None:
    with pytest.raises(nm.ModelError, match="row 1 has 1 cells"):
        nm.Table(rows=[[nm.Cell("a"), nm.Cell("b")], [nm.Cell("c")]])


def test_quote_location_must_slice_to_its_text() -> None:
    article = _article_with_quote("it works", 10, 18)
    assert article.excerpt(article.quotes[0].location) == "it works"
    with pytest.raises(nm.ModelError, match=r"quotes\[0\]\.text"):
        _article_with_quote("it work", 10, 18)
    with pytest.raises(nm.ModelError, match="past the end"):
        _article_with_quote("x", 10, 99)


def test_location_into_missing_block_is_refused() -> None:
    with pytest.raises(nm.ModelError, match="no block"):
        nm.Article(quotes=[nm.Quote("x", [nm.Location(0, 0, 0, 1)])])


def test_text_joins_the_body_with_blank_lines() -> None:
    article = nm.Article(
        sections=[
            nm.Section(blocks=[nm.Paragraph("Lead.")]),
            nm.Section(
                heading="Sub",
                level=2,
                blocks=[
                    nm.ListBlock([nm.ListItem("one", children=[nm.ListBlock([nm.ListItem("two")])])]),
                    nm.Table(header_rows=[[nm.Cell("h1"), nm.Cell("h2")]], rows=[[nm.Cell("a"), nm.Cell("b")]]),
                ],
            ),
        ]
    )
    assert article.text == "Lead.\n\nSub\n\none\n\ntwo\n\nh1 | h2\n\na | b"


@given(articles())
def test_text_span_points_into_text(article: nm.Article) -> None:
    text = article.text
    for quote in article.quotes:
        for location in quote.locations:
            start, end = article.text_span(location)
            assert text[start:end] == article.excerpt(location)
    for attribution in article.attributions:
        start, end = article.text_span(attribution.location)
        assert text[start:end] == attribution.content


def test_dates_keep_what_the_source_said() -> None:
    day = nm.Article(date_published=date(2024, 11, 7))
    assert type(day.date_published) is date
    naive = nm.Article(date_published=datetime(2024, 11, 7, 10, 30))
    assert isinstance(naive.date_published, datetime)
    assert naive.date_published.tzinfo is None


def test_zones_become_fixed_offsets() -> None:
    moment = datetime(2024, 11, 7, 10, 30, tzinfo=tz.gettz("Europe/Moscow"))
    article = nm.Article(date_modified=moment)
    assert article.date_modified == moment
    assert article.date_modified.tzinfo == timezone(timedelta(hours=3))  # type: ignore[union-attr]


@pytest.mark.parametrize(("raw", "canonical"), [("en", "en"), ("EN-us", "en-US"), ("zh-hant-tw", "zh-Hant-TW")])
def test_language_tags_are_canonical(raw: str, canonical: str) -> None:
    assert nm.Article(language=raw).language == canonical


@pytest.mark.parametrize("bad", ["english", "e", "en_US_", "12"])
def test_bad_language_tags_are_refused(bad: str) -> None:
    with pytest.raises(nm.ModelError, match="BCP 47"):
        nm.Article(language=bad)


def test_errors_are_value_errors() -> None:
    assert issubclass(nm.ModelError, ValueError)
    assert issubclass(nm.JSONFormatError, nm.ParseError)
    assert issubclass(nm.ParseError, nm.NewsmodelError)


def test_authors_are_people_not_a_string() -> None:
    with pytest.raises(nm.ModelError, match="authors"):
        nm.Article(authors=["Jane Doe"])  # type: ignore[list-item]
