"""Credits after a quote: phrasal verbs, role phrases with titles, texts that are read, nested closes.

- "“...,” Trump shot back." / "“...,” he mocks.": phrasal and present-tense verbs of speech.
- "said former Pennsylvania Gov. Ed Rendell", "said former secretary of state Hillary
  Clinton": the words before the name are its role, the name is the speaker.
- "“...,” read the sign." / "reads a Wednesday editorial": a quoted text credited to what
  it is printed on (a document).
- "... the name of 'Clinton,' " said Maxwell.": the outer mark closes after the inner one
  and a space.
"""

from __future__ import annotations

import pytest

from newsmodel._quotes._desk import find_quotes


def _credit(paragraph: str) -> tuple[str | None, str | None, str | None]:
    quotes = find_quotes([paragraph]).quotes
    assert len(quotes) == 1
    quote = quotes[0]
    cue = paragraph[quote.cue.start : quote.cue.end] if quote.cue is not None else None
    if quote.speaker is None:
        return None, None, cue
    return quote.speaker.mention, quote.speaker.name, cue


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“We are winning the port vote,” Ann Lee shot back.", ("Ann Lee", "Ann Lee", "shot back")),
        ("“We are winning the port vote,” Ann Lee fired back.", ("Ann Lee", "Ann Lee", "fired back")),
        ("“The harbour is a museum now,” he mocks.", ("he", None, "mocks")),
        ("“The docks will close,” Tom Reed chimed in.", ("Tom Reed", "Tom Reed", "chimed in")),
        (
            "“The docks will close,” said former Dover Gov. Ed Rendell.",
            ("Gov. Ed Rendell", "Ed Rendell", "said"),
        ),
        (
            "“The docks will close,” said former secretary of state Ann Lee.",
            ("Ann Lee", "Ann Lee", "said"),
        ),
    ],
)
def test_credit_after_a_quote(paragraph: str, expected: tuple[str, str | None, str]) -> None:
    assert _credit(paragraph) == expected


def test_a_quoted_text_is_credited_to_what_it_is_printed_on() -> None:
    paragraph = "“Save our harbour,” read the sign on the fence."
    quote = find_quotes([paragraph]).quotes[0]
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.kind) == ("the sign", "document")


def test_the_outer_mark_closes_after_an_inner_one_and_a_space() -> None:
    paragraph = "\"They want to know why they should not vote for the name of 'Brill,' \" said Ann Lee, a volunteer."
    quotes = find_quotes([paragraph]).quotes
    assert len(quotes) == 1
    quote = quotes[0]
    assert paragraph[quote.parts[0].start : quote.parts[0].end].endswith("the name of 'Brill,'")
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Lee"


def test_a_participle_after_with_and_a_name_credits_that_name() -> None:
    paragraph = "Dockers were angry about the plan, with Senator Ann Lee calling it a “gift to the developers.”"
    assert _credit(paragraph) == ("Senator Ann Lee", "Ann Lee", "calling")


def test_but_now_said_shares_the_subject_of_the_sentence() -> None:
    paragraph = "Tom Reed used to back the mayor, but now said the port had “lost its way entirely.”"
    assert _credit(paragraph) == ("Tom Reed", "Tom Reed", "said")


@pytest.mark.parametrize("verb", ["interjected", "deadpanned", "groused", "scoffed", "opined"])
def test_verbs_of_manner_credit_a_quote(verb: str) -> None:
    paragraph = f"“The harbour will never reopen,” Ann Lee {verb}."
    assert _credit(paragraph) == ("Ann Lee", "Ann Lee", verb)


def test_a_weak_verb_of_manner_reports_no_claim_without_that() -> None:
    paragraph = "Ann Lee snapped a photo of the harbour at dawn."
    assert find_quotes([paragraph]).claims == ()


def test_a_description_and_any_past_verb_after_a_quote_that_goes_on() -> None:
    assert _credit("“Let me help you out,” the port spokeswoman riffed.") == ("the port spokeswoman", None, "riffed")


def test_a_capital_determiner_after_a_question_opens_a_new_sentence() -> None:
    paragraph = "Lee asked: “What difference does it make?” Her critics cited it for years."
    mention, _, cue = _credit(paragraph)
    assert (mention, cue) != ("Her critics", "cited")


def _credits(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    found = find_quotes(paragraphs)
    return [(q.speaker.mention, q.cue and paragraphs[q.cue.paragraph][q.cue.start : q.cue.end]) if q.speaker
            else ("", None) for q in found.quotes]  # fmt: skip


def test_a_time_phrase_opening_the_sentence_is_no_speaker() -> None:
    paragraphs = ["Mayor Ada Brill spoke at noon.", "Hours later, she issued a statement saying, “We will rebuild.”"]
    assert _credits(paragraphs)[0][0] == "she"


def test_a_noun_like_report_inside_the_credit_belongs_to_the_mention() -> None:
    paragraphs = ["“The harbour was never inspected,” the council report said, citing two surveys."]
    assert _credits(paragraphs) == [("the council report", "said")]


def test_present_tense_plural_cues_credit_their_subject() -> None:
    paragraphs = [
        "“The port cannot wait another winter,” the editors conclude.",
        "“It will pay for itself,” the engineers maintain.",
    ]
    assert _credits(paragraphs) == [("the editors", "conclude"), ("the engineers", "maintain")]


def test_from_a_document_and_a_colon_credits_the_document() -> None:
    paragraphs = ["Not every survey is equal. From the report: “Larger samples gave better results in every state.”"]
    assert _credits(paragraphs) == [("the report", None)]


def test_a_possessive_does_not_override_a_verb_of_stance() -> None:
    paragraphs = ["Hale denounced Brill’s plan as “a gift to the developers.”"]
    assert _credits(paragraphs)[0][0] == "Hale"


def test_from_a_name_possessive_and_a_colon_credits_the_owner() -> None:
    paragraphs = ["From Brill’s statement on Facebook: “The port stays open for every boat.”"]
    assert _credits(paragraphs) == [("Brill", None)]


def test_as_someone_puts_it_credits_that_someone() -> None:
    paragraphs = ["The fleet is small, but as Ada Brill puts it, the town is “built on those boats.”"]
    assert _credits(paragraphs) == [("Ada Brill", "puts it")]


def test_lower_case_words_between_an_inverted_cue_and_the_name_stay_out_of_the_mention() -> None:
    paragraphs = [
        "“The harbour welcomes everyone,” said master of ceremonies Tom Hale, a retired pilot.",
        "“I will not call it a mistake,” said retired harbour pilot Ada Brill.",
    ]
    assert _credits(paragraphs) == [("Tom Hale", "said"), ("Ada Brill", "said")]


def test_a_credit_after_the_quote_may_hold_an_appositive_with_quoted_words() -> None:
    paragraphs = ["“It went well,” Ada Brill, who wore a “Save the Port” badge, said after the vote."]
    assert _credits(paragraphs) == [("Ada Brill", "said")]


def test_a_participle_after_a_credit_goes_on_from_that_credit() -> None:
    paragraphs = ["Hale left before the vote was taken, Brill said, adding, “He never liked the harbour.”"]
    assert _credits(paragraphs) == [("Brill", "adding")]


def test_a_place_after_a_place_after_a_preposition_is_no_subject() -> None:
    paragraphs = ["Brill, at a town hall in Dover, Delaware, said the pier was “beyond repair.”"]
    assert _credits(paragraphs)[0][0] == "Brill"


def test_a_pronoun_right_after_a_quote_makes_a_weak_word_a_cue() -> None:
    paragraphs = ["Ada Brill spoke last. “The pier is ours,” Brill says. “What they want is a car park,” she notes."]
    assert _credits(paragraphs) == [("Brill", "says"), ("she", "notes")]


def test_a_credit_that_introduces_the_next_quote_is_not_the_previous_ones() -> None:
    paragraphs = ["Brill replies to Hale with, “Why now? Why today?” Hale then writes back, “Because the tide turned.”"]
    assert _credits(paragraphs) == [("Brill", "replies"), ("Hale", "writes")]


def test_a_plural_noun_after_a_preposition_is_no_cue() -> None:
    paragraphs = ["As the race turned to contests in states with ports, Brill has decried the “harbour tax” loudly."]
    assert _credits(paragraphs) == [("Brill", "decried")]


def test_an_empty_it_is_no_speaker() -> None:
    paragraphs = ["Ada Brill wants the pier rebuilt. It is strange that Hale would call it “a waste of money.”"]
    assert _credits(paragraphs)[0][0] != "It"


def test_state_is_a_cue_only_before_what_is_stated() -> None:
    paragraphs = [
        "Brill wrote a column mocking GOP state leaders as “obsessed” with the pier.",
        "The harbour officials state that the pier is “beyond repair.”",
    ]
    found = _credits(paragraphs)
    assert found[0][1] != "state"
    assert found[1] == ("The harbour officials", "state")


@pytest.mark.parametrize("dash", ["—", "―", "–", "––"])
def test_a_name_after_a_dash_closing_the_paragraph_credits_the_quote(dash: str) -> None:
    mention, name, _ = _credit(f"“The court is not a political body.” {dash} Chief Justice Ada Brill")
    assert (mention, name) == ("Chief Justice Ada Brill", "Ada Brill")


def test_dash_credits_between_quotes_credit_each_quote() -> None:
    paragraph = "“The ferry scares me.” ― Ola Brandt “The fares are too high.” ― Tom Okafor."
    speakers = [(q.speaker.name if q.speaker else None) for q in find_quotes([paragraph]).quotes]
    assert speakers == ["Ola Brandt", "Tom Okafor"]


def test_a_dash_before_a_name_and_a_lower_case_quote_is_no_credit() -> None:
    paragraph = "She saw a woman allegedly being “cured” – Tom Okafor “stretched his hand forward” and cheered."
    speakers = [(q.speaker.name if q.speaker else None) for q in find_quotes([paragraph]).quotes]
    assert "Tom Okafor" not in speakers


def test_asked_to_and_a_verb_after_a_quote_is_a_request_not_a_credit() -> None:
    paragraphs = ["Ada Brill spoke first. “He used me as a prop.” Tom Hale asked to meet her sister."]
    assert _credits(paragraphs)[0][0] != "Tom Hale"


def test_asked_after_a_quote_still_credits_a_question() -> None:
    assert _credits(["“Can we go?” Tom Hale asked the harbour master."]) == [("Tom Hale", "asked")]


def test_a_quote_ending_in_an_inner_quote_and_a_stop_ends_its_sentence() -> None:
    paragraphs = [
        "Tom Hale ran the harbour. Ada Brill spoke first. “He would say: ‘Smile for them.’” Hale would later ask"
        " to see the ledgers. Brill refused."
    ]
    assert _credits(paragraphs)[0][0] != "Hale"


def _quote_speakers(paragraph: str) -> list[tuple[str, str | None]]:
    found = find_quotes([paragraph])
    return [
        (paragraph[q.parts[0].start : q.parts[0].end], q.speaker.name if q.speaker is not None else None)
        for q in found.quotes
    ]


def test_the_agent_of_a_passive_cue_is_the_speaker() -> None:
    """'described by the Harbour Gazette as “...”', 'As explained by the Harbour Safety Agency (HSA), ... “...”':
    the agent after "by" is the speaker; a passive with no agent ('urged to “...”') has none."""
    assert _credit("The story opened with Ann Lee, described by the Harbour Gazette as “the woman in grey.”") == (
        "Harbour Gazette",
        "Harbour Gazette",
        "described",
    )
    assert _credit(
        "As explained by the Harbour Safety Agency (HSA), a survey is a “key building block in port safety.”"
    ) == ("Harbour Safety Agency", "Harbour Safety Agency", "explained")
    assert _credit("Doctors have been urged to “stay calm” this winter.")[:2] == (None, None)


def test_a_title_in_marks_inside_a_credit_leaves_the_credit_readable() -> None:
    """'Sam Lee, a writer who helped Tom Hale with “The Harbour Years,” told me, “...”': the title's marks are
    no speech, so the credit before the quote still reaches back past them to its subject (its description
    here: the name before an appositive holding a relative clause is not yet read through)."""
    paragraph = "Sam Lee, a writer who helped Tom Hale with “The Harbour Years,” told me, “He was misread for decades.”"
    (quote,) = find_quotes([paragraph]).quotes
    assert paragraph[quote.parts[0].start : quote.parts[0].end] == "He was misread for decades."
    assert quote.cue is not None
    assert paragraph[quote.cue.start : quote.cue.end] == "told"
    assert quote.speaker is not None
    assert quote.speaker.mention == "a writer"


def test_told_me_before_a_quote_frames_no_claim() -> None:
    """'told me, “...”': whom it was told stands between the cue and the quote; the quote is the whole of it."""
    found = find_quotes(["Tom Hale told me, “The ferries will stop running in March.”"])
    assert len(found.quotes) == 1
    assert found.claims == ()
