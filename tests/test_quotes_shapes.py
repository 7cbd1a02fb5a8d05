"""More shapes of reported speech, one fixture sentence each (written for these tests): objects of cues,
documents, questions, mid-sentence credits, stances held by shares, relative pronouns and possessors."""

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
    pytest.param(
        "Critics accused the council of hiding the cost of the new bridge.",
        "the council of hiding the cost of the new bridge",
        "Critics",
        "accused",
        id="object of an accusation",
    ),
    pytest.param(
        "Governor Ann Lee urged lawmakers to pass the budget before the recess.",
        "lawmakers to pass the budget before the recess",
        "Governor Ann Lee",
        "urged",
        id="object of urged",
    ),
    pytest.param(
        "Mayor Tom Reed called for an inquiry into the fire at the depot.",
        "an inquiry into the fire at the depot",
        "Mayor Tom Reed",
        "called",
        id="called for: the object after the particle",
    ),
    pytest.param(
        "State tax records from the last decade show the firm paid no tax for six years.",
        "the firm paid no tax for six years",
        "State tax records from the last decade",
        "show",
        id="a document phrase opening the sentence shows",
    ),
    pytest.param(
        "The firm paid no tax for six years, new state tax records show.",
        "The firm paid no tax for six years",
        "new state tax records",
        "show",
        id="a document phrase and a verb of evidence close the sentence",
    ),
    pytest.param(
        "Asked whether she would run again, the senator said she had not decided.",
        "whether she would run again",
        "the senator",
        None,
        id="asked whether ..., X said",
    ),
    pytest.param(
        "In any case, Mr. Hale said, the harbour was far too small for the new ferries.",
        "In any case, Mr. Hale said, the harbour was far too small for the new ferries",
        "Mr. Hale",
        "said",
        id="a credit between commas inside the sentence",
    ),
    pytest.param(
        "The mayor told a local radio station the harbour would reopen in May.",
        "the harbour would reopen in May",
        "The mayor",
        "told",
        id="told an audience, then what was said",
    ),
    pytest.param(
        "Lee said “it breaks my heart” every time she drives past the old mill.",
        "“it breaks my heart” every time she drives past the old mill",
        "Lee",
        "said",
        id="a quote opening a longer content belongs to it",
    ),
    pytest.param(
        "Ann Lee opposed the new tax and the cuts to the school budget.",
        "the new tax and the cuts to the school budget",
        "Ann Lee",
        "opposed",
        id="a stance object runs past 'and'",
    ),
    pytest.param(
        "Mr. Reed endorsed Ann Lee and has appeared at three of her rallies.",
        "Ann Lee",
        "Mr. Reed",
        "endorsed",
        id="a stance object ends before a second verb",
    ),
    pytest.param(
        "Overall, about 6 in 10 older voters supported the new tax.",
        "the new tax",
        "about 6 in 10 older voters",
        "supported",
        id="a share as the subject of a stance",
    ),
    pytest.param(
        "Senator Ann Lee, who on Tuesday endorsed the governor, spoke first.",
        "the governor",
        "who",
        "endorsed",
        id="a relative pronoun's antecedent holds the stance",
    ),
    pytest.param(
        "Most of the farmers voted against the new water rules.",
        "the new water rules",
        "Most of the farmers",
        "voted against",
        id="phrasal verb of stance",
    ),
    pytest.param(
        "Mr. Reed has been the most direct in his attacks on the new water rules, aides said.",
        "the new water rules",
        "his",
        "attacks on",
        id="noun of stance with a possessive pronoun",
    ),
    pytest.param(
        "Lee’s endorsement of Tom Reed is not good news for the mayor.",
        "Tom Reed",
        "Lee",
        "endorsement of",
        id="noun of stance with a possessive name ends at the main verb",
    ),
    pytest.param(
        "At the heart of the dispute, according to Paul Hart, a former envoy, was a change of plan in May.",
        "At the heart of the dispute, according to Paul Hart, a former envoy, was a change of plan in May",
        "Paul Hart",
        "according to",
        id="according to X set off by commas inside the sentence",
    ),
    pytest.param(
        "Lee leads Reed by 40 delegates according to a count by the party, but the race goes on.",
        "Lee leads Reed by 40 delegates",
        "a count by the party",
        "according to",
        id="according to X without a comma before it",
    ),
    pytest.param(
        "Farmers trying to keep their land along the new road say they were never asked.",
        "they were never asked",
        "Farmers trying to keep their land along the new road",
        "say",
        id="a long noun phrase opening the sentence is the subject of say",
    ),
    pytest.param(
        "About one in five say they would not vote at all.",
        "they would not vote at all",
        "About one in five",
        "say",
        id="a share is the subject of say",
    ),
    pytest.param(
        "On Monday, Mayor Ann Lee decided to close the old bridge for the winter.",
        "to close the old bridge for the winter",
        "Mayor Ann Lee",
        "decided",
        id="a verb of decision",
    ),
    pytest.param(
        "Lee hopes that the farmers, the fishermen and the shop owners will back the plan.",
        "that the farmers, the fishermen and the shop owners will back the plan",
        "Lee",
        "hopes",
        id="a that-clause object runs past its commas",
    ),
    pytest.param(
        "Last year the firm gave two million dollars to a group backing Governor Ann Lee.",
        "Governor Ann Lee",
        "a group",
        "backing",
        id="a participle of stance describing the noun before it",
    ),
    pytest.param(
        "Mr. Hale asked her to call the mayor before the vote.",
        "her to call the mayor before the vote",
        "Mr. Hale",
        "asked",
        id="asked someone to do something",
    ),
    pytest.param(
        "Lee had said, “We’ll see,” when asked whether she would run for the council again.",
        "whether she would run for the council again",
        "Lee",
        "asked",
        id="when asked whether, credited to the subject of the sentence",
    ),
    pytest.param(
        "The mayor said the towns – and not the state – are in charge of the bridges.",
        "the towns – and not the state – are in charge of the bridges",
        "The mayor",
        "said",
        id="a pair of dashes is an aside inside the content",
    ),
    pytest.param(
        "Lee said the voters had not heard anything new from Mr. Reed, who held a rally on Friday.",
        "the voters had not heard anything new from Mr. Reed",
        "Lee",
        "said",
        id="a relative clause after a comma ends the content",
    ),
    pytest.param(
        "PAUL HART: Do you think the council will vote for the bridge this year?",
        "Do you think the council will vote for the bridge this year",
        "PAUL HART",
        None,
        id="a transcript label names the speaker",
    ),
    pytest.param(
        "In a Daily Star poll released Monday, the mayor led the race by ten points.",
        "the mayor led the race by ten points",
        "a Daily Star poll released Monday",
        "In",
        id="a poll opening the sentence is the source",
    ),
]


@pytest.mark.parametrize(("sentence", "content", "mention", "cue"), CLAIMS)
def test_claim_shape(sentence: str, content: str, mention: str, cue: str | None) -> None:
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
