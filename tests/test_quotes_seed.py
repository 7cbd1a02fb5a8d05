"""The seed article (../shared/seed): every quote and attribution point of its EXPECTED.md."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Article, Paragraph, QuoteKind, Section, SourceKind
from newsmodel._errors import UnsupportedFormatError
from newsmodel._quotes import extract_quotes

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "putin-trump-talks.txt"
# The known structure of the seed page (see EXPECTED.md): label, headline, four sections,
# then the residue of two widgets.
HEADINGS = (
    "Putin Ready for Talks with Trump",
    "History of Putin-Trump Relations",
    "Acknowledgment of Trump’s “Courage”",
)
WIDGETS = ("+ posts", "Related Posts")

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed article not found")


def seed_article() -> Article:
    """Build the seed article by hand: paragraphs split on blank lines, headings known."""
    chunks = [c.strip() for c in SEED.read_text(encoding="utf-8").split("\n\n") if c.strip()]
    category, headline, *body = chunks
    sections: list[Section] = []
    heading: str | None = None
    blocks: list[Paragraph] = []
    for chunk in body:
        if chunk in WIDGETS:
            continue
        if chunk in HEADINGS:
            sections.append(Section(heading, 1 if heading is None else 2, blocks))
            heading, blocks = chunk, []
            continue
        blocks.append(Paragraph(chunk))
    sections.append(Section(heading, 2, blocks))
    return Article(headline=headline, categories=(category,), sections=sections)


def seeds() -> list[Article]:
    articles = [extract_quotes(seed_article())]
    # from_text is being built; the hand-built article covers the seed until then
    with contextlib.suppress(UnsupportedFormatError):
        articles.append(newsmodel.from_text(SEED.read_text(encoding="utf-8")))
    return articles


@pytest.fixture(params=range(2), ids=["hand-built", "from_text"])
def article(request: pytest.FixtureRequest) -> Article:
    found = seeds()
    if request.param >= len(found):
        pytest.skip("newsmodel.from_text is not available yet")
    return found[request.param]


EXPECTED = [
    ("I take this opportunity to congratulate him.", "Vladimir Putin", None, "stating", None),
    ("Ready.", "Vladimir Putin", "the Russian president", "responded", None),
    ("I think we’ll speak,", "Donald Trump", None, "saying", "NBC News"),
    ("He turned out to be a courageous person,", "Vladimir Putin", None, "remarked", None),
    (
        "People show who they are in extraordinary circumstances… and he showed himself, in my opinion, courageously.",
        "Vladimir Putin",
        None,
        "adding",
        None,
    ),
]


def test_seed_quotes_in_order(article: Article) -> None:
    """The five quotes, in order, with speaker, mention, cue and medium."""
    assert [q.text for q in article.quotes] == [e[0] for e in EXPECTED]
    for quote, (_, name, mention, cue, medium) in zip(article.quotes, EXPECTED, strict=True):
        assert quote.speaker is not None
        assert quote.speaker.name == name
        assert quote.speaker.kind is SourceKind.PERSON
        if mention is not None:
            assert quote.speaker.mention == mention
        assert quote.cue == cue
        if medium is not None:
            assert quote.speaker.medium == medium
        assert quote.kind is QuoteKind.INLINE


def test_seed_putin_role(article: Article) -> None:
    """ "Russian President Vladimir Putin" gives the role to every quote of Putin."""
    roles = {q.speaker.role for q in article.quotes if q.speaker and q.speaker.name == "Vladimir Putin"}
    assert roles == {"Russian President"}


def test_seed_heading_courage_is_not_a_quote(article: Article) -> None:
    assert all(q.text != "Courage" for q in article.quotes)


def test_seed_locations_slice_back(article: Article) -> None:
    """Each quote's location points at exactly its characters (the validator checks it too)."""
    for quote in article.quotes:
        assert article.excerpt(quote.location) == quote.text
        assert quote.cue_location is not None
        assert article.excerpt(quote.cue_location) == quote.cue
        assert quote.speaker is not None
        assert quote.speaker.mention_location is not None
        assert article.excerpt(quote.speaker.mention_location) == quote.speaker.mention
    for attribution in article.attributions:
        assert article.excerpt(attribution.location) == attribution.content


def test_seed_woodward_claim(article: Article) -> None:
    """A recent book by investigative reporter Bob Woodward claimed that ..."""
    found = [a for a in article.attributions if a.source.name == "Bob Woodward"]
    assert len(found) == 1
    claim = found[0]
    assert claim.cue == "claimed"
    assert claim.content.startswith("that Trump and Putin remained in occasional contact during Joe Biden’s tenure")
    assert claim.source.role == "investigative reporter"
    assert claim.source.medium == "a recent book"
    assert claim.source.kind is SourceKind.PERSON


def test_seed_trump_noted(article: Article) -> None:
    """Although Trump noted he had spoken with approximately 70 global leaders ..."""
    found = [a for a in article.attributions if a.cue == "noted"]
    assert len(found) == 1
    claim = found[0]
    assert claim.source.name == "Donald Trump"
    assert claim.source.mention == "Trump"
    assert claim.content == "he had spoken with approximately 70 global leaders since his victory"


def test_seed_extraction_keeps_text(article: Article) -> None:
    bare = seed_article()
    assert extract_quotes(bare).sections == bare.sections
    assert extract_quotes(bare).text == bare.text
