"""Quotes and claims, wrong sources fixed in session 27 (second pass; one invented fixture each)."""

from __future__ import annotations

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _article(*paragraphs: str) -> Article:
    return extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))


def _claims(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.content, a.source.mention, a.cue) for a in _article(*paragraphs).attributions]


def test_an_order_opening_a_sentence_is_no_one() -> None:
    """A recipe's "Stir in ..., adding ...": one capitalised word before a particle, named nowhere else, is an
    order, not a person saying what follows the participle."""
    assert _claims("Cut the pears. Stir in the lemon juice, adding the pectin powder.") == []
    assert _claims("Peel the plums. Mix with the sugar before adding the harbour honey.") == []


def test_a_name_before_a_preposition_stays_a_source() -> None:
    """A regression guard (passes on main too): a name before a preposition keeps its claims, whether the article
    names it elsewhere, it is a first name, a group or the subject of a finite cue ("Hale on Monday said")."""
    assert _claims("Hale on Monday said the ferry was late.") == [("the ferry was late", "Hale", "said")]
    claims = _claims("Tom Hale runs the harbour.", "Hale on Monday, adding that the ferry was late, left.")
    assert [(source, cue) for _, source, cue in claims] == [("Hale", "adding")]
    claims = _claims("Ann on Monday, adding that the ferry was late, left.")
    assert [(source, cue) for _, source, cue in claims] == [("Ann", "adding")]


def test_a_subordinator_is_no_part_of_the_speaker() -> None:
    """'Whenever a programmer thinks, "..."': the speaker is "a programmer", unnamed; "once the report showed"."""
    article = _article('Whenever a harbour pilot thinks, "What a calm sea", the ferry is late.')
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in article.quotes] == [
        ("What a calm sea", "a harbour pilot")
    ]
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert speaker.name is None


def test_a_preposition_opening_the_sentence_is_no_source() -> None:
    """'Despite', 'despite unprecedented' before a cue noun or a participle: the claim goes to the main clause's
    subject, or to nobody; the owner of a cue noun after "despite" is its source."""
    claims = _claims("Despite challenging the honesty of the harbour master, Tom Hale said he could work with him.")
    assert ("the honesty of the harbour master", "Tom Hale", "challenging") in claims
    claims = _claims("Harbour Mayor Ann Lee, R-Vt., despite admitting that she had doubts, backed the plan.")
    assert [source for _, source, cue in claims if cue == "admitting"] == ["Harbour Mayor Ann Lee"]
    claims = _claims("The pier stayed open, despite unprecedented attacks from the press and the crews.")
    assert all(not source.lower().startswith("despite") for _, source, _ in claims if source)
    claims = _claims("Despite Tom Hale’s insistence that the ferry was late, the pier stayed open.")
    assert [source for _, source, cue in claims if cue and cue.startswith("insistence")] == ["Tom Hale"]


def test_an_offer_to_the_reader_is_no_speech() -> None:
    """'Harbour Pro offers you all the information you need': a sales pitch; "offered the crowd an apology" stays."""
    assert _claims("Get Harbour Pro for a small fee. Harbour Pro offers you all the information you need.") == []
    claims = _claims("Tom Hale offered the crowd an apology for the late ferry.")
    assert [(source, cue) for _, source, cue in claims] == [("Tom Hale", "offered")]


def test_a_body_closing_an_appositive_is_no_source() -> None:
    """'Tom Hale, a scientist at the government-funded Harbour Institute, cited reports that X': the name is the
    source, not the body its appositive names (also after a compound adjective)."""
    claims = _claims(
        "Tom Hale, a political scientist at the government-funded Harbour Institute, cited reports that the ferry "
        "was late."
    )
    assert [(source, cue) for _, source, cue in claims] == [("Tom Hale", "cited")]
    claims = _claims("Tom Hale, a scientist at the state-run Harbour Institute, said the ferry was late.")
    assert [(source, cue) for _, source, cue in claims] == [("Tom Hale", "said")]
    claims = _claims("The leader of the Harbour Party, Tom Hale, condemned the attack.")
    assert [(source, cue) for _, source, cue in claims] == [("Tom Hale", "condemned")]


def test_a_vocative_before_a_clause_is_no_appositive() -> None:
    """The rule above, first version, gave "Folks" as a source: 'Folks, if you criticize anyone in The Harbour
    Club, ..., expect ...' is an order to the reader; "Folks" opens no appositive and is no source."""
    assert _claims("Folks, if you criticize anyone in The Harbour Club, or their friends, expect the same thing.") == []
