"""Claims without quote marks: objects of cues, documents, questions, mid-sentence credits, stances held by
shares, relative pronouns and possessors (one fixture sentence each, written for these tests)."""

from __future__ import annotations

import pytest

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _article(*paragraphs: str) -> Article:
    return extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))


def _claims(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    return [(a.content, a.source.mention, a.cue) for a in _article(*paragraphs).attributions]


# (sentence, content, mention of the source, cue)
CLAIMS = [
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
        "Senator Ann Lee",
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
]


@pytest.mark.parametrize(("sentence", "content", "mention", "cue"), CLAIMS)
def test_claim_shape(sentence: str, content: str, mention: str, cue: str | None) -> None:
    assert (content, mention, cue) in _claims(sentence)


def test_a_framing_claim_runs_on_after_a_quoted_phrase() -> None:
    """'warned of a “bitter” fight that could ...': the quote is a phrase inside the claim, which runs to the
    end of its clause."""
    claims = _claims("Mayor Ann Lee warned of a “bitter” fight that could split the council for years.")
    assert any(content == "of a “bitter” fight that could split the council for years" for content, _, _ in claims)


def test_a_framing_claim_ends_with_a_whole_utterance() -> None:
    claims = _claims("Mayor Ann Lee called the plan “a disgrace,” adding that she would vote against it.")
    assert any(content.endswith("“a disgrace,”") for content, _, _ in claims)


def test_a_pair_of_dashes_is_an_aside_inside_the_content() -> None:
    claims = _claims("The mayor said the towns – and not the state – are in charge of the bridges.")
    assert ("the towns – and not the state – are in charge of the bridges", "The mayor", "said") in claims


def test_a_relative_clause_after_a_comma_ends_the_content() -> None:
    claims = _claims("Lee said the voters had not heard anything new from Mr. Reed, who held a rally on Friday.")
    assert ("the voters had not heard anything new from Mr. Reed", "Lee", "said") in claims


def test_a_transcript_label_names_the_speaker() -> None:
    claims = _claims("PAUL HART: Do you think the council will vote for the bridge this year?")
    assert ("Do you think the council will vote for the bridge this year", "PAUL HART", None) in claims


def test_a_dateline_or_a_related_link_is_no_speaker_label() -> None:
    assert _claims("WASHINGTON: The council voted on the bridge today.") == []
    assert _claims("Related: Council Votes On The Bridge Today.") == []


def test_a_poll_opening_the_sentence_is_the_source() -> None:
    claims = _claims("In a Daily Star poll released Monday, the mayor led the race by ten points.")
    assert ("the mayor led the race by ten points", "a Daily Star poll released Monday", "In") in claims


def test_a_one_word_answer_after_said() -> None:
    claims = _claims("Asked about the bridge, the mayor said no. Her deputy said yes.")
    assert ("no", "the mayor", "said") in claims
    assert ("yes", "Her deputy", "said") in claims


def test_a_phrase_after_a_preposition_is_no_subject_of_say() -> None:
    """'In June, ... say': the words before the verb hold a comma and a preposition, not one noun phrase."""
    claims = _claims("In the towns along the river the farmers say they were never asked.")
    assert all(not mention.startswith("In the towns") for _, mention, _ in claims)


def test_a_passive_object_cue_names_no_source() -> None:
    """'X was accused of ...': X is not the one who accused."""
    claims = _claims("The mayor was accused of hiding the cost of the new bridge.")
    assert all(cue != "accused" for _, _, cue in claims)


def test_what_someone_called_something_is_no_stance() -> None:
    claims = _claims("It was what aide Tom Reed called the start of a new era for the party.")
    assert all(cue != "called" for _, _, cue in claims)


def test_show_as_a_noun_before_a_title_is_no_cue_for_the_quote() -> None:
    """'show' reports a claim only without quote marks: a title after the noun 'show' stays a title."""
    article = _article("She was the star of the reality show “Cake Island” for three seasons.")
    assert article.quotes == ()


def test_a_cue_after_a_closing_quote_mark_gives_no_claim() -> None:
    """Two single marks, a comma, 'said X, a pollster': X credits the quote; what follows is an appositive."""
    claims = _claims("''The race is close,'' said Paul Hart, a pollster in the state capital.")
    assert all(not content.startswith("Paul Hart") for content, _, _ in claims)


def test_a_sentence_after_a_straight_single_quote_is_its_own() -> None:
    """''...'' quotes: a claim ends with its sentence, before the next one opens with two single marks."""
    claims = _claims("He said the club would close in May. ''We had no other choice,'' he said of the board.")
    assert ("the club would close in May", "He", "said") in claims


def test_no_stays_a_word_before_a_new_sentence() -> None:
    """'No.' is a number only before a digit: 'said no. But ...' ends a sentence."""
    claims = _claims("The mayor said no. But she said the council would vote again.")
    assert ("the council would vote again", "she", "said") in claims
    assert all("But she" not in content for content, _, _ in claims)
