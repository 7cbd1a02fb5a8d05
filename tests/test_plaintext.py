"""Plain text both ways: the seed, hand-written fixtures, round trips and parser invariants."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel as nm
from newsmodel._normal import normalize_text
from newsmodel._plaintext import from_text, read_article, to_text
from newsmodel._plaintext_writer import plain_form
from newsmodel.strategies import AWKWARD, articles, plain_text_articles
from tests.conftest import ROUND_TRIP_EXAMPLES, SEED

FIXTURES = Path(__file__).parent / "fixtures" / "plaintext"
SEED_TEXT = SEED / "putin-trump-talks.txt"


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed() -> nm.Article:
    if not SEED_TEXT.is_file():
        pytest.skip(f"seed article not found at {SEED_TEXT}")
    return nm.from_text(SEED_TEXT.read_text(encoding="utf-8"))


def test_seed_category_and_headline(seed: nm.Article) -> None:
    assert seed.categories == ("International",)
    assert seed.headline == "Putin Congratulates Trump on Election Victory, Both Signal Openness to Talks"


def test_seed_sections_headings_and_paragraph_counts(seed: nm.Article) -> None:
    shape = [(section.heading, len(section.blocks)) for section in seed.sections]
    assert shape == [
        (None, 2),
        ("Putin Ready for Talks with Trump", 2),
        ("History of Putin-Trump Relations", 1),
        ("Acknowledgment of Trump’s “Courage”", 2),
    ]
    assert all(isinstance(block, nm.Paragraph) for section in seed.sections for block in section.blocks)
    first = seed.sections[0].blocks
    assert isinstance(first[0], nm.Paragraph)
    assert first[0].text.startswith("Russian President Vladimir Putin congratulated")
    assert isinstance(first[1], nm.Paragraph)
    assert first[1].text.startswith("Trump, who defeated")


def test_seed_widget_residue_left_out(seed: nm.Article) -> None:
    assert "+ posts" not in seed.text
    assert "Related Posts" not in seed.text
    assert seed.related_posts == ()


def test_seed_round_trips_through_text_and_json(seed: nm.Article) -> None:
    assert nm.from_text(nm.to_text(seed)) == seed
    assert nm.from_json(nm.to_json(seed)) == seed


def test_seed_written_back_in_its_own_layout(seed: nm.Article) -> None:
    """The seed has nothing ambiguous: to_text writes it plain, no escapes, no labels."""
    written = nm.to_text(seed)
    assert written.startswith("International\n\nPutin Congratulates Trump")
    assert "\\" not in written
    assert "Headline:" not in written
    assert "#" not in written


# --------------------------------------------------------------------------- fixtures


def _fixture_names() -> list[str]:
    return sorted(path.name.removesuffix(".txt") for path in FIXTURES.glob("*.txt"))


def _block_matches(block: nm.Block, spec: str) -> bool:
    kind, _, rest = spec.partition(":")
    if kind == "p":
        return isinstance(block, nm.Paragraph) and block.text.startswith(rest)
    if kind in ("ul", "ol"):
        return isinstance(block, nm.ListBlock) and block.ordered == (kind == "ol") and len(block.items) == int(rest)
    if kind == "pre":
        return isinstance(block, nm.Preformatted)
    raise AssertionError(f"unknown block spec {spec!r}")


def test_there_are_at_least_ten_fixtures() -> None:
    assert len(_fixture_names()) >= 10


@pytest.mark.parametrize("name", _fixture_names())
def test_fixture_structure(name: str) -> None:
    article = nm.from_text((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))
    expected: dict[str, Any] = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert article.categories == tuple(expected.get("categories", ()))
    assert article.headline == expected["headline"]
    assert article.alternative_headline == expected.get("alternative_headline")
    assert article.byline == expected.get("byline")
    assert [person.name for person in article.authors] == expected.get("authors", [])
    assert article.dateline == expected.get("dateline")
    for key in ("date_published", "date_modified"):
        value = expected.get(key)
        assert getattr(article, key) == (date.fromisoformat(value) if value else None)
    got = [(section.heading, section.level, len(section.blocks)) for section in article.sections]
    want = [(section["heading"], section["level"], len(section["blocks"])) for section in expected["sections"]]
    assert got == want
    for section, spec in zip(article.sections, expected["sections"], strict=True):
        for block, block_spec in zip(section.blocks, spec["blocks"], strict=True):
            assert _block_matches(block, block_spec), (block, block_spec)
    assert [post.title for post in article.related_posts] == expected.get("related_posts", [])
    for residue in expected.get("absent", []):
        assert residue not in article.text


@pytest.mark.parametrize("name", _fixture_names())
def test_fixture_round_trip(name: str) -> None:
    article = nm.from_text((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))
    assert nm.from_text(nm.to_text(article)) == article


# --------------------------------------------------------------------------- rules, one at a time


def test_dateline_is_split_from_the_first_paragraph() -> None:
    article = nm.from_text("Headline here\n\nBERLIN (dpa) — The rest stays the paragraph.\n\nMore.")
    assert article.dateline == "BERLIN (dpa) —"
    first = article.sections[0].blocks[0]
    assert isinstance(first, nm.Paragraph)
    assert first.text == "The rest stays the paragraph."


def test_hard_wrapped_text_without_blank_lines_is_cut_at_sentence_ends() -> None:
    text = (
        "Harbour plan approved\n"
        "The port authority voted on Tuesday to approve the second\n"
        "phase of the harbour expansion, a project that has been\n"
        "debated for almost a decade.\n"
        "Critics say the dredging will disturb the seagrass beds that\n"
        "shelter young fish, and a group of residents has promised to\n"
        "appeal.\n"
    )
    article = nm.from_text(text)
    assert article.headline == "Harbour plan approved"
    assert [block.text for block in article.sections[0].blocks if isinstance(block, nm.Paragraph)] == [
        "The port authority voted on Tuesday to approve the second phase of the harbour expansion, "
        "a project that has been debated for almost a decade.",
        "Critics say the dredging will disturb the seagrass beds that shelter young fish, "
        "and a group of residents has promised to appeal.",
    ]


def test_hard_wrapped_paragraphs_are_joined_back() -> None:
    text = (
        "A headline\n\nThe first paragraph is wrapped at forty\ncharacters so that its lines must be\n"
        "joined back again.\n\nThe second one is wrapped the same way\nand ends on this line.\n"
    )
    blocks = nm.from_text(text).sections[0].blocks
    assert [block.text for block in blocks if isinstance(block, nm.Paragraph)] == [
        "The first paragraph is wrapped at forty characters so that its lines must be joined back again.",
        "The second one is wrapped the same way and ends on this line.",
    ]


def test_line_breaks_inside_a_paragraph_are_kept_when_the_text_is_not_wrapped() -> None:
    text = (
        "A headline\n\nRoses are red,\nviolets are blue.\n\n"
        "A second paragraph that is much longer than the lines of the poem above it."
    )
    first = nm.from_text(text).sections[0].blocks[0]
    assert isinstance(first, nm.Paragraph)
    assert first.text == "Roses are red,\nviolets are blue."


def test_numbered_list_keeps_its_start() -> None:
    block = nm.from_text("Headline\n\nIntro.\n\n3. three\n4. four").sections[0].blocks[1]
    assert isinstance(block, nm.ListBlock)
    assert block.ordered
    assert block.start == 3
    assert len(block.items) == 2


def test_a_short_line_at_the_end_is_a_paragraph_not_a_heading() -> None:
    article = nm.from_text("Headline\n\nA paragraph.\n\nThe End")
    assert [section.heading for section in article.sections] == [None]
    assert [block.text for block in article.sections[0].blocks if isinstance(block, nm.Paragraph)][-1] == "The End"


def test_fenced_text_is_preformatted() -> None:
    block = nm.from_text("Headline\n\nIntro.\n\n```python\nx = 1\n\n    y = 2\n```").sections[0].blocks[1]
    assert block == nm.Preformatted("x = 1\n\n    y = 2", "python")


def test_ambiguous_paragraph_is_written_with_the_escape() -> None:
    article = nm.Article(headline="H", sections=(nm.Section(None, 1, (nm.Paragraph("- not a list item"),)),))
    written = nm.to_text(article)
    assert "\\- not a list item" in written
    assert nm.from_text(written) == article


def test_unusual_header_is_written_as_labels() -> None:
    article = nm.Article(headline="H", byline="Staff report", sections=(nm.Section(None, 1, (nm.Paragraph("Text."),)),))
    written = nm.to_text(article)
    assert "Byline: Staff report" in written
    assert nm.from_text(written) == article


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize("value", [b"bytes", None, 3, ["a"]])
def test_non_str_input_is_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError):
        nm.from_text(value)


def test_input_past_the_limit_raises() -> None:
    with pytest.raises(nm.InputTooLargeError) as caught:
        from_text("x" * 101, limits=nm.Limits(max_input_bytes=100))
    assert isinstance(caught.value, nm.NewsmodelError)
    assert caught.value.format == "text"
    assert from_text("x" * 100, limits=nm.Limits(max_input_bytes=100)).headline == "x" * 100
    # The limit counts UTF-8 bytes, as for every reader: 50 "é" are 100 bytes.
    assert from_text("é" * 50, limits=nm.Limits(max_input_bytes=100)).headline == "é" * 50
    with pytest.raises(nm.InputTooLargeError):
        nm.from_text("é" * 51, limits=nm.Limits(max_input_bytes=100))


def test_pathological_lines_are_read() -> None:
    """Long runs of capitals, dashes, backticks and markers: no catastrophic backtracking."""
    nasty = "\n".join(
        ["A" * 5000 + " -", "WASHINGTON " * 500, "`" * 3000, "- " * 3000, "1." * 3000, "#" * 4000, "By " + "A " * 3000]
    )
    assert nm.from_text(nasty * 3).text


# --------------------------------------------------------------------------- properties


@settings(max_examples=ROUND_TRIP_EXAMPLES)
@given(plain_text_articles())
def test_round_trip_in_the_plain_text_domain(article: nm.Article) -> None:
    assert nm.from_text(nm.to_text(article)) == article


def _expected_text(article: nm.Article) -> str:
    """Article.text, with table rows in normal form (plain text cannot keep the space beside an empty end cell)."""
    pieces = []
    for place, piece in article.iter_texts():
        is_row = place is not None and isinstance(article.sections[place[0]].blocks[place[1]], nm.Table)
        pieces.append(normalize_text(piece) if is_row else piece)
    return "\n\n".join(pieces)


@settings(max_examples=ROUND_TRIP_EXAMPLES)
@given(articles())
def test_any_article_keeps_its_text(article: nm.Article) -> None:
    assert nm.from_text(to_text(article)).text == _expected_text(article)


@given(articles())
def test_any_article_reads_back_as_its_plain_form(article: nm.Article) -> None:
    assert read_article(to_text(article)) == plain_form(article)


_PIECES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(AWKWARD),
    st.sampled_from(
        [
            "", " ", "\t", "International", "By Jane Doe and John Roe", "Published March 5, 2024", "WASHINGTON (AP) —",
            "Share this:", "+ posts", "Related Posts", "Read more: A title", "## Heading", "1. Step one", "- item",
            "  - nested", "```", "```python", "\\escaped", "A Short Heading", "A sentence that ends.",
        ]
    ),
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=30).map("\n".join)


@given(st.one_of(st.text(), _TEXTS))
def test_from_text_reads_any_string(text: str) -> None:
    assert isinstance(nm.from_text(text), nm.Article)


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\\]+", "", text)


@given(_TEXTS)
def test_paragraphs_occur_in_the_input(text: str) -> None:
    source = _squeeze(normalize_text(text, multiline=True))
    article = nm.from_text(text)
    for section in article.sections:
        for block in section.blocks:
            if isinstance(block, nm.Paragraph):
                assert _squeeze(block.text) in source


def test_a_more_from_line_without_a_list_after_it_stays_in_the_text() -> None:
    """ "More from ..." heads a list of related titles; before a paragraph it is the article's own words."""
    text = (
        "Harbour vote\n\nThe council voted on Tuesday to close the harbour road for the summer.\n\n"
        "More from the mayor's speech on the vote:\n\n"
        '"We will reopen the road when the work is done," the mayor said.\n\nThe work starts next week.\n'
    )
    article = nm.from_text(text, quotes=False)
    assert "More from the mayor's speech on the vote:" in article.text
    assert article.related_posts == ()
    listed = nm.from_text(text.split("More from")[0] + "More from the Gazette\n\n- Road works begin\n- Tides rise\n")
    assert [post.title for post in listed.related_posts] == ["Road works begin", "Tides rise"]
    assert "More from" not in listed.text


def test_a_fixed_related_label_without_a_list_is_still_left_out() -> None:
    article = nm.from_text(
        "Harbour vote\n\nThe council voted to close the road.\n\nRelated Posts\n\nThe work starts soon.\n"
    )
    assert "Related Posts" not in article.text
    assert "The work starts soon." in article.text
