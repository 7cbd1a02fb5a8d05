"""Properties of the quote desk: valid locations, text untouched, never raises, linear by construction."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Article, Blockquote, Inline, Paragraph, QuoteKind, Section
from newsmodel._normal import normalize_text
from newsmodel._quotes import extract_quotes, find_quotes
from newsmodel.strategies import articles

MARKS = "\"'“”‘’„‟«»‹›‚"
# Text made mostly of quote marks, letters, spaces and sentence punctuation: the worst case for pairing.
_QUOTY = st.text(
    st.one_of(
        st.sampled_from(list(MARKS)),
        st.sampled_from(list("aAbB zZ.,;:!?—-\n0")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=300,
)
_WORDY = st.lists(
    st.sampled_from(
        ["said", "Smith", "he", "she", "the", "mayor", "according", "to", "told", "reporters", "that", "Jane",
         "Doe", "“", "”", '"', "‘", "’", ",", ".", "claimed", "A", "book", "by", "reports", "say", "officials",
         "The", "President", "we’ll", "’90s", "«", "»", "„", ":", "and", "added", "saying", "who"]
    ),
    max_size=60,
).map(" ".join)  # fmt: skip


def _paragraphs(texts: list[str]) -> list[str]:
    out = [normalize_text(t, multiline=True) for t in texts]
    return [t for t in out if t]


@given(articles())
def test_extract_quotes_gives_a_valid_article_with_the_same_body(article: Article) -> None:
    """Extraction never changes the text or sections, and every location it makes is valid."""
    found = extract_quotes(article)
    assert found.sections == article.sections
    assert found.text == article.text
    # the model checks every location on construction; build it again to be sure
    assert attrs.evolve(found) == found
    for quote in found.quotes:
        assert "\n\n".join(found.excerpt(loc) for loc in quote.locations) == quote.text
        assert quote.location.section < len(found.sections)


@given(st.lists(st.one_of(_QUOTY, _WORDY), min_size=1, max_size=6))
def test_extract_quotes_never_raises_and_locations_slice_back(texts: list[str]) -> None:
    """Any text with many quote marks: no exception, and every quote slices back to its text."""
    paragraphs = _paragraphs(texts)
    if not paragraphs:
        return
    article = Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])])
    found = extract_quotes(article)
    for quote in found.quotes:
        assert quote.text
        assert "\n\n".join(found.excerpt(loc) for loc in quote.locations) == quote.text
        assert quote.kind is not QuoteKind.BLOCK
    for attribution in found.attributions:
        assert found.excerpt(attribution.location) == attribution.content


@given(st.lists(st.one_of(_QUOTY, _WORDY), min_size=1, max_size=6))
def test_find_quotes_spans_stay_inside_their_paragraphs(texts: list[str]) -> None:
    """The string core: every span is a non-empty range inside its paragraph, in text order."""
    findings = find_quotes(texts)
    for quote in findings.quotes:
        for part in quote.parts:
            assert 0 <= part.start < part.end <= len(texts[part.paragraph])
        assert [p.paragraph for p in quote.parts] == sorted({p.paragraph for p in quote.parts})
    for claim in findings.claims:
        span = claim.content
        assert 0 <= span.start < span.end <= len(texts[span.paragraph])
    starts = [(q.parts[0].paragraph, q.parts[0].start) for q in findings.quotes]
    assert starts == sorted(starts)


def test_headings_are_never_speech() -> None:
    article = Article(
        sections=[
            Section(blocks=[Paragraph("Nothing to see here.")]),
            Section(heading="Acknowledgment of the “Courage” of “everyone,” Smith said", level=2, blocks=[]),
        ]
    )
    assert extract_quotes(article).quotes == ()


def test_blockquote_is_a_block_quote_with_its_citation_as_speaker() -> None:
    article = Article(
        sections=[
            Section(
                blocks=[
                    Paragraph("The senator closed with a poem."),
                    Blockquote(
                        [Paragraph("“Do not go gentle into that good night.”"), Paragraph("Rage, rage.")],
                        citation=Inline("— Dylan Thomas, poet"),
                    ),
                ]
            )
        ]
    )
    found = extract_quotes(article)
    blocks = [q for q in found.quotes if q.kind is QuoteKind.BLOCK]
    assert len(blocks) == 1
    quote = blocks[0]
    assert quote.text == "Do not go gentle into that good night.\n\nRage, rage."
    assert [loc.path for loc in quote.locations] == [(0,), (1,)]
    assert quote.speaker is not None
    assert quote.speaker.name == "Dylan Thomas"
    assert quote.speaker.mention == "Dylan Thomas, poet"


def test_quotes_in_list_items_are_located_in_the_item() -> None:
    from newsmodel import ListBlock, ListItem

    item = "“We will rebuild the bridge,” the mayor said."
    article = Article(sections=[Section(blocks=[ListBlock([ListItem("First point."), ListItem(item)])])])
    found = extract_quotes(article)
    assert [q.text for q in found.quotes] == ["We will rebuild the bridge,"]
    assert found.quotes[0].location.path == (1,)


def test_extraction_replaces_earlier_quotes() -> None:
    article = extract_quotes(Article(sections=[Section(blocks=[Paragraph("“Yes, we can do it,” she said.")])]))
    assert extract_quotes(article) == article


# Adversarial inputs: each finishes because every pattern is linear by construction (bounded
# repetitions, windows of fixed size next to each quote); no timing is asserted.


def test_a_hundred_thousand_quote_marks() -> None:
    for mark in ('"', "“", "”", "'", "’", "«", "„"):
        text = mark * 100_000
        find_quotes([text])
    find_quotes(["“a” " * 25_000])
    find_quotes(["“" + "word " * 20_000 + "”"])


def test_very_long_sentences_and_names() -> None:
    find_quotes(["Smith " * 30_000 + "said that it was fine."])
    find_quotes([("the " * 20_000) + "spokesman said “yes, indeed.”"])
    find_quotes(["A" * 100_000 + " said, “Hello there friends.”"])
    find_quotes([", " * 50_000 + "said Smith."])
    find_quotes(["according to " * 10_000])
    find_quotes([". " * 50_000])
    find_quotes(["Mr. " * 30_000 + "Smith said so."])


def test_many_paragraphs_each_opening_a_quote() -> None:
    paragraphs = ["“This goes on and on,"] * 5_000 + ["“and ends here,” he said."]
    findings = find_quotes(paragraphs)
    assert len(findings.quotes) == 1
    assert len(findings.quotes[0].parts) == 5_001


def test_a_pull_quotes_marks_alone_are_no_part_and_a_closing_dash_names_its_speaker() -> None:
    """A pull quote drawn with a paragraph of marks alone ("“„") and closing with "- Ann Lee": the marks are no
    part of the quote, and the name after the dash is its speaker, located in the paragraph."""
    said = "I had a wonderful time working with the harbour crews this summer."
    article = Article(
        sections=[
            Section(
                blocks=[
                    Paragraph("The festival closed on Sunday."),
                    Blockquote([Paragraph("“„"), Paragraph(f"{said}- Ann Lee")]),
                ]
            )
        ]
    )
    (quote,) = extract_quotes(article).quotes
    assert quote.kind is QuoteKind.BLOCK
    assert quote.text == said
    assert [loc.path for loc in quote.locations] == [(1,)]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == ("Ann Lee", "Ann Lee")
    assert quote.speaker.mention_location is not None
    assert quote.speaker.mention_location.path == (1,)
    marks = Article(sections=[Section(blocks=[Blockquote([Paragraph("“„")])])])
    assert extract_quotes(marks).quotes == ()


def test_a_blockquote_excerpting_a_report_gives_the_quotes_it_credits() -> None:
    """A blockquote that excerpts a report ('“No more delays,” Hale said at a news conference. “...”'): its
    quotes are the ones it credits, located in its paragraphs, not the blockquote whole without a speaker."""
    excerpt = (
        "“No more delays on the bridge,” Tom Hale said at a news conference. “The crews are ready and the money "
        "is there.”"
    )
    article = Article(
        sections=[
            Section(
                blocks=[
                    Paragraph("From the Harbour Gazette:"),
                    Blockquote([Paragraph(excerpt), Paragraph("The council will vote on the plan in March.")]),
                ]
            )
        ]
    )
    quotes = extract_quotes(article).quotes
    assert [q.text for q in quotes] == ["No more delays on the bridge,", "The crews are ready and the money is there."]
    assert all(q.kind is not QuoteKind.BLOCK for q in quotes)
    assert all(q.speaker is not None and q.speaker.name == "Tom Hale" for q in quotes)
    assert all(q.location.path == (0,) for q in quotes)
