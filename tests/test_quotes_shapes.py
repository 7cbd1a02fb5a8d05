"""More shapes of reported speech, one fixture sentence each (written for these tests)."""

from __future__ import annotations

import pytest

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _article(*paragraphs: str) -> Article:
    return extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))


# (sentence, content, mention of the source, cue)
CLAIMS = [
    pytest.param(
        "The mayor defended the budget, saying the city had no other choice.",
        "the city had no other choice",
        "The mayor",
        "saying",
        id="participle after a comma, without that",
    ),
    pytest.param(
        "A spokeswoman for Acme declined to comment, saying that nobody involved still works there.",
        "that nobody involved still works there",
        "A spokeswoman for Acme",
        "saying",
        id="participle after a comma, with that",
    ),
    pytest.param(
        "I think the plan will pass before the summer.",
        "the plan will pass before the summer",
        "I",
        "think",
        id="verb of belief with a pronoun subject",
    ),
    pytest.param(
        "Sanders, who has backed Canova since May, said he may campaign for him.",
        "he may campaign for him",
        "Sanders",
        "said",
        id="subject before an appositive with a name in it",
    ),
    pytest.param(
        "The deal was unusual for a firm of that size, said Jane Hill, a professor at the state university.",
        "The deal was unusual for a firm of that size",
        "Jane Hill",
        "said",
        id="content, said X, appositive",
    ),
    pytest.param(
        "The senator left the talks early, citing a family emergency at home.",
        "a family emergency at home",
        "The senator",
        "citing",
        id="stance participle after a comma",
    ),
    pytest.param(
        "Ruth Hale, a veteran reporter, asked Mook whether the campaign would hold press conferences.",
        "whether the campaign would hold press conferences",
        "Ruth Hale",
        "asked",
        id="X asked Y whether",
    ),
    pytest.param(
        "A new statewide poll showed a narrow lead for the governor among older voters.",
        "a narrow lead for the governor among older voters",
        "A new statewide poll",
        "showed",
        id="a document shows, without that",
    ),
    pytest.param(
        "Clinton said the servers had been hacked and she accused Trump of encouraging it.",
        "the servers had been hacked",
        "Clinton",
        "said",
        id="content ends before 'and she' with a cue",
    ),
]


@pytest.mark.parametrize(("sentence", "content", "mention", "cue"), CLAIMS)
def test_claim_shape(sentence: str, content: str, mention: str, cue: str) -> None:
    article = _article(sentence)
    found = [(a.content, a.source.mention, a.cue) for a in article.attributions]
    assert (content, mention, cue) in found


def test_not_a_claim_without_a_subject_for_a_verb_of_belief() -> None:
    """'think' without 'that' needs a named or pronoun subject right before it."""
    article = _article("Many of the voters on the list think the plan will pass before the summer.")
    assert all(a.cue != "think" for a in article.attributions)


def test_not_a_finding_when_a_person_shows_something() -> None:
    """'show' or 'found' without 'that' reports a finding only when a document is the subject."""
    article = _article("The guide showed the visitors around the old harbour on Sunday.")
    assert all(a.cue != "showed" for a in article.attributions)


def test_a_quote_after_a_colon_goes_to_the_subject_of_its_sentence() -> None:
    article = _article(
        "Senator Ann Lee sent Governor Tom Reed a statement on the vote: “We will keep working for the families of "
        "this state.”"
    )
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Lee"


def test_the_outer_verb_of_speech_holds_a_quote() -> None:
    """'X wrote that Y, ..., wants “...”': the quote belongs to X, the source of the whole claim."""
    article = _article(
        "Judge Mary Reeves wrote that Governor Tom Reed, who signed the bill in April after a long fight with the "
        "lawmakers of both parties, wants “an attempt to turn back the clock on the rights of many.”"
    )
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.cue) == ("Mary Reeves", "wrote")


def test_speaker_mention_locations_slice_to_the_mention() -> None:
    """A mention found after punctuation starts where the name starts (its location slices to it)."""
    article = _article("The plan is late. : Smith said “it will be ready in May, we promise.”")
    for quote in article.quotes:
        source = quote.speaker
        if source is not None and source.mention_location is not None:
            assert article.excerpt(source.mention_location) == source.mention


def test_a_quote_goes_to_the_name_before_its_appositive() -> None:
    article = _article("Ruth Hale, a veteran reporter, said: “Nobody in the room expected the vote to pass.”")
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.cue) == ("Ruth Hale", "said")
