"""A loose subject before a cue that is a clause, not a noun phrase, is no speaker.

The words before a cue such as "described" are taken as its subject when no name stands
right there; when they hold a finite verb ("had", "has", "was") they are a clause, and the
speaker is looked for among the mentions instead.
"""

from __future__ import annotations

from newsmodel._quotes._desk import find_quotes


def _speakers(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    found = find_quotes(paragraphs)
    return [
        (quote.speaker.name, quote.speaker.mention) if quote.speaker is not None else (None, None)
        for quote in found.quotes
    ]


def test_a_clause_with_had_before_the_cue_is_not_the_speaker() -> None:
    paragraphs = [
        "Senator Ada Brill spoke in Dover on Monday.",
        "Brill said the mayor had at last described the port as “a gift to the town.”",
    ]
    assert _speakers(paragraphs) == [("Ada Brill", "Brill")]


def test_a_name_followed_by_has_and_an_adverbial_is_not_taken_whole() -> None:
    paragraphs = [
        "Ada Brill, the senator, spoke on Monday.",
        "Brill has in the past described the mayor as “a danger to the harbour.”",
    ]
    assert _speakers(paragraphs) == [("Ada Brill", "Brill")]


def test_a_second_verb_of_the_subject_is_no_speaker() -> None:
    paragraphs = ["Ada Brill lost. But she laid off her staff and began talking about what happens “if we lose.”"]
    assert all(mention != "began" for _, mention in _speakers(paragraphs))


def test_an_auxiliary_going_on_from_the_subject_is_no_speaker() -> None:
    paragraphs = ["They are not hopeful, but do believe showing an “unfiltered” candidate will help."]
    assert all(mention != "do" for _, mention in _speakers(paragraphs))


def test_with_a_name_and_an_adverb_before_a_participle_credits_the_name() -> None:
    paragraph = "At a rally in Dover, Delaware, a protester was pushed, with Ada Brill reportedly yelling: “Get out!”"
    assert _speakers([paragraph]) == [("Ada Brill", "Ada Brill")]


def test_a_word_after_a_hyphen_names_nobody() -> None:
    paragraph = (
        "Tom Okafor called the mayor a “bully,” and said his anti-Norland remarks were useful “propaganda” for "
        "the rebels."
    )
    assert [name for name, _ in _speakers([paragraph])] == ["Tom Okafor", "Tom Okafor"]


def test_a_cue_word_after_a_and_a_modifier_is_a_noun() -> None:
    paragraphs = [
        "Ada Brill finishes on a defiant note: “We will not leave the harbour.”",
        "The mayor struck a more hopeful note: “We will build a second quay.”",
    ]
    found = find_quotes(paragraphs)
    assert [quote.cue for quote in found.quotes] == [None, None]
    assert _speakers(paragraphs) == [("Ada Brill", "Ada Brill"), (None, "The mayor")]


def test_a_noun_after_a_and_a_modifier_in_the_previous_sentence_is_no_cue() -> None:
    paragraphs = ["“The port is full,” said Tom Okafor, who runs a small think tank. “We need a second quay.”"]
    assert _speakers(paragraphs) == [("Tom Okafor", "Tom Okafor"), ("Tom Okafor", "Tom Okafor")]


def test_a_verb_after_a_subject_and_a_helper_stays_a_cue() -> None:
    paragraphs = ["The mayor was silent, but a spokeswoman did suggest the port was “nearly full.”"]
    assert _speakers(paragraphs) == [(None, "a spokeswoman")]
