"""Markdown both ways: round trip, stability, escaping, foreign Markdown, bad input."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    Paragraph,
    Preformatted,
    Section,
    Strong,
    Table,
)
from newsmodel.strategies import articles
from tests.conftest import DATA, ROUND_TRIP_EXAMPLES, SEED

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "markdown"


def _body(markdown: str) -> str:
    """The Markdown after the front matter."""
    return markdown.split("\n---\n", 1)[1].lstrip("\n")


def _one(*blocks: object) -> Article:
    return Article(sections=[Section(None, 1, blocks)])


# --------------------------------------------------------------------------- properties


@settings(max_examples=ROUND_TRIP_EXAMPLES)
@given(articles())
def test_markdown_round_trip(article: Article) -> None:
    assert nm.from_markdown(nm.to_markdown(article)) == article


@given(articles())
def test_markdown_is_stable(article: Article) -> None:
    """Writing what was read gives the same bytes."""
    markdown = nm.to_markdown(article)
    assert nm.to_markdown(nm.from_markdown(markdown)) == markdown


@given(articles())
def test_markdown_is_deterministic(article: Article) -> None:
    """The same article gives the same bytes, also when rebuilt from its JSON."""
    assert nm.to_markdown(article) == nm.to_markdown(nm.from_json(nm.to_json(article)))


@given(articles())
def test_markdown_agrees_with_json(article: Article) -> None:
    assert nm.from_markdown(nm.to_markdown(article)) == nm.from_json(nm.to_json(article))


# --------------------------------------------------------------------------- escaping

AWKWARD_TEXTS = [
    "*a.*b",
    "a*b*c",
    "foo_bar_baz",
    "_under_",
    "snake_case word",
    "# not a heading",
    "## also not",
    "1. not a list",
    "1) not a list",
    "2024. A year",
    "123456789. long number",
    "- not a bullet",
    "+ not a bullet",
    "> not a quote",
    "<b>not html</b>",
    "<https://example.com> not an autolink",
    "[not](a link)",
    "![not](an image)",
    "[ref]: https://example.com",
    "&amp; &copy; &#39; &#x41; & alone",
    "back\\slash \\* \\",
    "a | pipe",
    "| leading pipe",
    ":-- | --",
    "`code` and ``more``",
    "===",
    "---",
    "***",
    "___",
    "~~~ fence",
    "``` fence",
    "    four spaces",
    "Table: looks like a caption",
    "— looks like a citation",
    "{header-rows=2}",
    "trailing hash #",
    "#",
    "a\n# b\n- c\n1. d\n> e\n===",
]


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_paragraph_text_comes_back_as_written(text: str) -> None:
    text = nm.normalize_text(text, multiline=True)
    article = _one(Paragraph(text))
    assert nm.from_markdown(nm.to_markdown(article)) == article


@pytest.mark.parametrize("text", [t for t in AWKWARD_TEXTS if "\n" not in t])
def test_text_in_every_place_comes_back_as_written(text: str) -> None:
    """Headings, list items, cells, quotes, captions, credits, alt text, embeds."""
    text = nm.normalize_text(text)
    article = Article(
        headline=text,
        sections=[
            Section(
                None,
                1,
                [
                    ListBlock([ListItem(text, children=[ListBlock([ListItem(text)], ordered=True, start=7)])]),
                    Table(
                        [[Cell(text)]],
                        [
                            [
                                Cell(text),
                            ]
                        ],
                        Inline(text),
                    ),
                    Paragraph(text),
                    Blockquote([Paragraph(text)], Inline(text)),
                    Blockquote([Paragraph(text)]),
                    Figure(Image("https://example.com/a.jpg", text, 10, 20), Inline(text), text),
                    Embed("https://example.com/v", text, text),
                ],
            ),
            Section(text, 2, [Paragraph(text)]),
        ],
    )
    assert nm.from_markdown(nm.to_markdown(article)) == article


def test_plain_emphasis_uses_markdown() -> None:
    article = _one(Paragraph("a big day", [Emphasis(2, 5), Strong(6, 9)]))
    assert _body(nm.to_markdown(article)) == "a *big* **day**\n"


def test_emphasis_that_cannot_flank_falls_back_to_html() -> None:
    """``foo*.bar*`` is not emphasis in CommonMark: that one mark is written as <em>."""
    article = _one(Paragraph("foo.bar and baz", [Emphasis(3, 7), Emphasis(12, 15)]))
    markdown = nm.to_markdown(article)
    assert _body(markdown) == "foo<em>.bar</em> and *baz*\n"
    assert nm.from_markdown(markdown) == article


def test_code_across_a_line_break_falls_back_to_html() -> None:
    article = _one(Paragraph("a\nb c", [Code(0, 3)]))
    markdown = nm.to_markdown(article)
    assert "<code>" in markdown
    assert nm.from_markdown(markdown) == article


def test_code_span_fence_is_longer_than_backticks_inside() -> None:
    article = _one(Paragraph("x ``a`b`` y", [Code(2, 9)]))
    markdown = nm.to_markdown(article)
    assert "``` ``a`b`` ```" in markdown
    assert nm.from_markdown(markdown) == article


def test_link_urls_come_back_byte_exact() -> None:
    urls = [
        "https://example.com/a%20b?q=%E2%9C%93&amp;x#frag",
        "https://xn--bcher-kva.example/(paren)",
        "http://127.0.0.1:8080/path*with_stars",
        "mailto:desk@example.com",
    ]
    article = _one(Paragraph("one two three four", [Link(i * 4, i * 4 + 3, url, "t") for i, url in enumerate(urls)]))
    assert nm.from_markdown(nm.to_markdown(article)) == article


def test_preformatted_fence_outgrows_backticks_and_keeps_whitespace() -> None:
    article = _one(Preformatted("  ```\n\tx = 1  \n````", "python"))
    markdown = nm.to_markdown(article)
    assert "`````python\n" in markdown
    assert nm.from_markdown(markdown) == article


def test_adjacent_lists_stay_apart() -> None:
    article = _one(
        ListBlock([ListItem("a")]),
        ListBlock([ListItem("b")]),
        ListBlock([ListItem("c")], ordered=True, start=3),
        ListBlock([ListItem("d")], ordered=True),
    )
    markdown = nm.to_markdown(article)
    assert _body(markdown) == "- a\n\n* b\n\n3. c\n\n1) d\n"
    assert nm.from_markdown(markdown) == article


@pytest.mark.parametrize("header_rows", [0, 1, 2])
def test_table_header_rows_are_kept(header_rows: int) -> None:
    rows = [[Cell(f"r{r}c{c}") for c in range(2)] for r in range(3)]
    table = Table(rows[:header_rows], rows[header_rows:])
    article = _one(table)
    assert nm.from_markdown(nm.to_markdown(article)) == article


def test_table_of_one_empty_header_row_is_kept() -> None:
    article = _one(Table([[Cell(), Cell()]], [[Cell("a"), Cell("b")]]))
    markdown = nm.to_markdown(article)
    assert "Table: {header-rows=1}" in markdown
    assert nm.from_markdown(markdown) == article


def test_forms_for_figures_embeds_citations_captions() -> None:
    article = _one(
        Table([[Cell("h")]], [[Cell("1")]], Inline("Figures in millions")),
        Blockquote([Paragraph("Words.")], Inline("A Person")),
        Figure(Image("https://example.com/p.jpg", "A podium", 640, 480), Inline("Caption here"), "AP"),
        Embed("https://www.youtube.com/watch?v=x", "YouTube", "A video"),
    )
    assert _body(nm.to_markdown(article)) == (
        "| h |\n| --- |\n| 1 |\n\nTable: Figures in millions\n\n"
        "> Words.\n>\n> — A Person\n\n"
        '![A podium](https://example.com/p.jpg "AP"){width=640 height=480}\\\nCaption here\n\n'
        "<https://www.youtube.com/watch?v=x> (YouTube)\\\nA video\n"
    )


def test_dates_are_quoted_strings_in_front_matter() -> None:
    from datetime import date, datetime, timedelta, timezone

    article = Article(
        date_published=date(2024, 11, 7),
        date_modified=datetime(2024, 11, 7, 10, 30, tzinfo=timezone(timedelta(hours=3))),
    )
    markdown = nm.to_markdown(article)
    assert "date_published: '2024-11-07'" in markdown
    assert "date_modified: '2024-11-07T10:30:00+03:00'" in markdown
    assert nm.from_markdown(markdown) == article


# --------------------------------------------------------------------------- foreign Markdown


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.md")), ids=lambda p: p.stem)
def test_foreign_markdown_fixture(path: Path) -> None:
    """Each sample parses to the structure in its sidecar file (quotes left to the extractor's tests)."""
    article = nm.from_markdown(path.read_text(encoding="utf-8"))
    expected = nm.from_json(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert attrs.evolve(article, quotes=(), attributions=()) == expected


def test_headline_comes_from_the_first_heading_without_front_matter() -> None:
    article = nm.from_markdown("Intro.\n\n# Title\n\ntext\n")
    assert article.headline is None
    assert article.sections[1].heading == "Title"
    assert nm.from_markdown("# Title\n\ntext\n").headline == "Title"


def test_a_first_heading_unlike_the_front_matter_title_is_kept_as_a_section() -> None:
    article = nm.from_markdown("---\ntitle: Title\n---\n# Another\n\ntext\n")
    assert article.headline == "Title"
    assert article.sections[0].heading == "Another"
    assert nm.from_markdown("---\ntitle: Title\n---\n# Title\n\ntext\n").sections[0].heading is None


def test_raw_html_is_kept_as_text_never_interpreted() -> None:
    article = nm.from_markdown('<script>alert("x")</script>\n\nA <img src=x onerror=alert(1)> B\n')
    first, second = article.sections[0].blocks
    assert first == Preformatted('<script>alert("x")</script>', "html")
    assert second == Paragraph("A <img src=x onerror=alert(1)> B")


def test_relative_links_resolve_against_the_front_matter_url() -> None:
    article = nm.from_markdown("---\nurl: https://example.com/news/a\n---\n[b](../b) [c](c)\n")
    marks = article.sections[0].blocks[0].marks
    assert [m.href for m in marks if isinstance(m, Link)] == ["https://example.com/b", "https://example.com/news/c"]


def test_unusable_link_keeps_its_text() -> None:
    article = nm.from_markdown("[click](javascript:alert(1)) here\n")
    assert article.sections[0].blocks[0] == Paragraph("click here")


# --------------------------------------------------------------------------- bad input

#: Pieces of Markdown (and of newsmodel's own forms) that random documents are made of.
PIECES = [
    *("# ", "## ", "> ", "- ", "* ", "1. ", "3) ", "\n", "\n\n", "  ", "\t", "|", "| --- |", "---", "***", "```"),
    *("~~~", "    ", "![a](b)", '![x](https://e.com/i.png "t"){width=3}', "<https://e.com/v>", " (Y)", "\\\n"),
    *("[", "]", "(", ")", "*", "**", "_", "`", "<em>", "</em>", "<b>", "<div>", "</div>", "<!--", "&amp;", "&#0;"),
    *("Table: ", "{header-rows=3}", "— ", "text", "é", "\u0301", "[r]: /u", "[r]", "---\n", "+++\n", "title: x\n"),
    *("schema_version: 1\n", "date: 2024-01-01\n", "\x00", "\r", "\u2028", "<br>", "[l](https://x.org 't')"),
]


@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=40))
def test_any_markdown_reads_or_raises_parse_error_and_then_round_trips(parts: list[str]) -> None:
    """Random documents: an article or a ParseError, never another exception; what is read round-trips."""
    try:
        article = nm.from_markdown("".join(parts))
    except nm.ParseError:
        return
    assert nm.from_markdown(nm.to_markdown(article)) == article


@pytest.mark.parametrize(
    ("markdown", "path"),
    [
        ("---\ntitle: [\n---\n", "line 3"),
        ("---\n- a list\n---\n", "front matter"),
        ("---\ndate: not a date\n---\n", "date"),
        ("---\nlanguage: 12\n---\n", "language"),
        ("---\nschema_version: 1\nheadline: 5\n---\n", "headline"),
        ("---\nschema_version: 1\nunknown: 5\n---\n", "unknown"),
        ("---\nschema_version: 1\nquotes: [{text: x}]\n---\n", "quotes[0].locations"),
        ("---\nschema_version: 1\ndate_published: 2024-13-45\n---\n", "date_published"),
        ("---\nschema_version: 2\n---\n", "schema_version"),
        ("---\na: &x [1]\nb: *x\n---\n", "a"),
        ("+++\ntitle = \n+++\n", "front matter"),
    ],
)
def test_bad_front_matter_raises_parse_error_naming_where(markdown: str, path: str) -> None:
    with pytest.raises(nm.ParseError) as caught:
        nm.from_markdown(markdown)
    assert caught.value.format == "markdown"
    assert caught.value.path == path or (path == "" and caught.value.path is not None)


def test_quote_location_outside_the_body_is_a_parse_error() -> None:
    markdown = (
        "---\nschema_version: 1\nquotes:\n- text: x\n  locations:\n  - {section: 0, block: 0, start: 0, end: 1}\n---\n"
    )
    with pytest.raises(nm.ParseError):
        nm.from_markdown(markdown)


@pytest.mark.parametrize(
    "markdown",
    [
        ">" * 10_000 + " deep",
        "> " * 10_000 + "deep",
        "- " * 10_000 + "deep",
        "".join("  " * depth + "- item\n" for depth in range(200)),
    ],
    ids=["quote-markers", "spaced-quote-markers", "list-markers", "indented-lists"],
)
def test_deep_nesting_is_a_parse_error_not_a_recursion_error(markdown: str) -> None:
    with pytest.raises(nm.ParseError, match="nests blocks"):
        nm.from_markdown(markdown)


def test_moderate_nesting_is_read() -> None:
    article = nm.from_markdown("> " * 30 + "deep\n")
    assert article.sections[0].blocks == (Blockquote([Paragraph("deep")]),)


def test_many_delimiters_are_read() -> None:
    article = nm.from_markdown("*" * 5000 + "a" + "*" * 5000 + "\n")
    assert article.text == "a"


# --------------------------------------------------------------------------- the seed and the docs


def _seed_article() -> Article:
    return nm.from_text((SEED / "putin-trump-talks.txt").read_text(encoding="utf-8"))


@pytest.mark.skipif(not SEED.is_dir(), reason="seed article not found")
def test_seed_article_round_trips() -> None:
    article = _seed_article()
    assert nm.from_markdown(nm.to_markdown(article)) == article


@pytest.mark.skipif(not SEED.is_dir(), reason="seed article not found")
def test_docs_show_the_current_markdown_of_the_seed_body() -> None:
    """docs/markdown.md shows the seed's body as to_markdown writes it (regenerate: see the doc)."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "markdown.md").read_text(encoding="utf-8")
    start = doc.index("<!-- seed-body:start -->")
    end = doc.index("<!-- seed-body:end -->")
    shown = doc[start:end].split("```markdown\n", 1)[1].rsplit("```", 1)[0]
    assert shown == seed_body_excerpt(_seed_article())


def seed_body_excerpt(article: Article) -> str:
    """What the docs show: the seed's Markdown without its quotes and attributions."""
    return nm.to_markdown(attrs.evolve(article, quotes=(), attributions=()))


# --------------------------------------------------------------------------- evaluation pages


def _pages() -> list[tuple[Path, str | None]]:
    pages: list[tuple[Path, str | None]] = []
    for gold in sorted(DATA.glob("*/gold.jsonl")):
        with gold.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    item = json.loads(line)
                    pages.append((gold.parent / item["html"], item.get("url")))
    return pages


@pytest.mark.data
def test_every_data_page_survives_the_markdown_round_trip() -> None:
    """Pages from_html reads come back equal through Markdown (NEWSMODEL_MARKDOWN_PAGES limits them)."""
    limit = int(os.environ.get("NEWSMODEL_MARKDOWN_PAGES", "0")) or None
    failures: list[str] = []
    read = 0
    for path, url in _pages()[:limit]:
        try:
            article = nm.from_html(gzip.decompress(path.read_bytes()), url=url)
        except nm.NewsmodelError:
            continue  # from_html's own failures are counted by its tests, not here
        read += 1
        if nm.from_markdown(nm.to_markdown(article)) != article:
            failures.append(str(path))
    assert read
    assert not failures, f"{len(failures)} of {read} pages changed: {failures[:5]}"
