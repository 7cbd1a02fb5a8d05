"""Claims without quote marks whose source is no name: a short phrase closing the sentence, a noun phrase before
a verb of stance (fixture sentences written for these tests)."""

from __future__ import annotations

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _claims(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    article = extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))
    return [(a.content, a.source.mention, a.cue) for a in article.attributions]


def test_a_closing_credit_may_name_its_source_with_capitalised_words() -> None:
    """'..., Dutch port officials said Friday.': any short phrase that opens no clause is the source."""
    claims = _claims("The ferry will resume its crossings next month, Dutch port officials said Friday.")
    assert ("The ferry will resume its crossings next month", "Dutch port officials", "said") in [
        (content, source, cue) for content, source, cue in claims
    ]


def test_a_clause_before_a_closing_verb_is_no_source() -> None:
    """'..., which is more than the mayor said.': a relative clause, not a credit."""
    claims = _claims("The repairs cost four million dollars, which is more than the mayor said.")
    assert all(not content.startswith("The repairs") for content, _, _ in claims)


def test_a_noun_phrase_is_the_subject_of_a_verb_of_stance() -> None:
    """'the ferry company refused to ...', 'Both unions sought ...': a phrase that is no mention still holds
    the stance."""
    claims = _claims("After the storm, the ferry company refused to refund the tickets sold for that week.")
    assert ("to refund the tickets sold for that week", "the ferry company", "refused") in claims
    claims = _claims("Both unions sought a longer notice period for the closures.")
    assert ("a longer notice period for the closures", "Both unions", "sought") in claims


def test_a_noun_phrase_before_a_noun_like_verb_is_no_source() -> None:
    """'His sharp attacks on ...', 'a clerk backed by the union', 'Lee continues to face questions': nouns and
    participles after a phrase, not verbs of its stance."""
    assert _claims("Their loud attacks on the harbour plan were about more than money.") == []
    assert _claims("The clerk, a veteran of the port, was backed by the union in the vote.") == []
    claims = _claims("Mayor Ann Lee continues to face questions about the late bridge repairs.")
    assert all(source != "Mayor Ann Lee continues to face" for _, source, _ in claims)


def test_according_to_closing_the_sentence_is_no_short_source_phrase() -> None:
    """'..., according to a pool report.': the phrase is read as 'according to', not as a source 'according to
    a pool' with the cue 'report'."""
    claims = _claims("The mayor attended the meeting alone, according to a pool report.")
    assert ("The mayor attended the meeting alone", "a pool report", "according to") in claims


def test_according_to_a_source_with_an_appositive_closes_the_sentence() -> None:
    """'..., according to Jane Hill, an analyst at ...': the appositive is no part of the claim."""
    claims = _claims("The harbour lost money for a third year, according to Jane Hill, an analyst at Harbour.")
    assert ("The harbour lost money for a third year", "Jane Hill", "according to") in claims
    claims = _claims("The harbour, according to Jane Hill, was losing money.")
    assert ("The harbour, according to Jane Hill, was losing money", "Jane Hill", "according to") in claims
