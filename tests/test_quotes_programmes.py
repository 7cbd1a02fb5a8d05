"""Programme names, quoted words inside a claim, and relative pronouns as the mention.

- A title-case name after its owner or a medium ("on ABC’s “This Week,”") is a programme,
  even when a credit follows it ("..., Carson admitted that ...").
- Quoted words that would be scare quotes are the source's words when a claim's content
  holds them: a partial quote credited to the claim's source.
- "Beck, who called ...": the relative pronoun is the mention as written, the antecedent's
  name the canonical name (as "he" is resolved).
"""

from __future__ import annotations

from newsmodel._quotes._desk import find_quotes


def _quoted(paragraphs: list[str]) -> list[str]:
    found = find_quotes(paragraphs)
    return [paragraphs[q.parts[0].paragraph][q.parts[0].start : q.parts[0].end] for q in found.quotes]


def test_a_programme_after_its_channel_is_no_quote_even_before_a_credit() -> None:
    paragraphs = ["Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name was wrong."]
    assert _quoted(paragraphs) == []


def test_a_programme_after_interview_with_is_no_quote() -> None:
    paragraphs = ["“We will win,” Clinton said in an interview with “Fox News Sunday.”"]
    assert _quoted(paragraphs) == ["We will win,"]


def test_a_quote_after_a_possessive_that_ends_in_an_exclamation_stays_speech() -> None:
    paragraphs = ["Trump’s “Get Out Now!” rang through the hall, Brill said."]
    assert _quoted(paragraphs) == ["Get Out Now!"]


def test_quoted_words_inside_a_claim_are_a_partial_quote_of_its_source() -> None:
    paragraphs = [
        "Senator Ada Brill spoke in Dover on Monday.",
        "Brill said that the port deal was “hostile” to the town's fishermen.",
    ]
    found = find_quotes(paragraphs)
    assert [c.source.name for c in found.claims] == ["Ada Brill"]
    assert len(found.quotes) == 1
    quote = found.quotes[0]
    assert paragraphs[1][quote.parts[0].start : quote.parts[0].end] == "hostile"
    assert quote.partial
    assert quote.speaker is not None
    assert quote.speaker.name == "Ada Brill"


def test_scare_quotes_outside_any_claim_stay_words() -> None:
    paragraphs = ["The so-called “pivot” to Asia took years."]
    assert _quoted(paragraphs) == []


def test_a_relative_pronoun_before_the_cue_is_the_mention() -> None:
    paragraphs = ["The ruling angered Senator Ada Brill, who called the decision “a gift to the town.”"]
    found = find_quotes(paragraphs)
    assert len(found.quotes) == 1
    speaker = found.quotes[0].speaker
    assert speaker is not None
    assert (speaker.mention, speaker.name) == ("who", "Ada Brill")
    assert speaker.mention_span is not None
    span = speaker.mention_span
    assert paragraphs[0][span.start : span.end] == "who"


def test_a_relative_clause_after_the_cue_leaves_the_name() -> None:
    paragraphs = ["“We will win,” said Senator Ada Brill, who called the decision final."]
    speaker = find_quotes(paragraphs).quotes[0].speaker
    assert speaker is not None
    assert (speaker.mention, speaker.name) == ("Senator Ada Brill", "Ada Brill")


def test_the_antecedent_of_who_is_the_subject_of_the_cue() -> None:
    paragraphs = ["Senator Ada Brill spoke first, and then Mayor Tom Reed, who says the deal is “a disaster.”"]
    speaker = find_quotes(paragraphs).quotes[0].speaker
    assert speaker is not None
    assert (speaker.mention, speaker.name) == ("who", "Tom Reed")


def test_a_sentence_after_a_title_word_and_a_comma_is_speech() -> None:
    paragraphs = ["According to the Brill campaign, “The speech will be given at the harbour on Monday.”"]
    assert _quoted(paragraphs) == ["The speech will be given at the harbour on Monday."]


def test_a_title_after_a_title_word_and_a_comma_stays_a_title() -> None:
    paragraphs = ["She wrote in her memoir, “Tough Choices.” The book sold well."]
    assert _quoted(paragraphs) == []


def test_a_mark_after_an_invisible_direction_mark_opens_a_quote() -> None:
    paragraphs = ["\u202a”This is why the port has to be saved,” said Tom Reed."]
    assert _quoted(paragraphs) == ["This is why the port has to be saved,"]


def test_a_role_phrase_between_an_inverted_cue_and_the_name_is_the_role() -> None:
    paragraphs = ["“The harbour will reopen,” said former Dover port adviser Tom Reed."]
    speaker = find_quotes(paragraphs).quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Tom Reed"


def test_a_weak_verb_credits_a_name_right_after_a_quote_that_goes_on() -> None:
    paragraphs = ["“Our ideas of success are different,” agrees Ann Lee, 30, of Dover."]
    speaker = find_quotes(paragraphs).quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Ann Lee"


def test_a_second_verb_after_but_shares_the_subject_of_the_sentence() -> None:
    paragraphs = ["Brill praised the plan on Monday, but has since said the port needs more money."]
    claims = find_quotes(paragraphs).claims
    said = [c for c in claims if c.cue is not None and paragraphs[0][c.cue.start : c.cue.end] == "said"]
    assert len(said) == 1
    claim = said[0]
    assert claim.source.mention == "Brill"
    assert paragraphs[0][claim.content.start : claim.content.end] == "the port needs more money"


def test_a_stance_verb_after_and_shares_the_subject_of_the_sentence() -> None:
    paragraphs = ["Ann Lee said she was impressed with the crew, and lamented that the harbour was closing."]
    claims = find_quotes(paragraphs).claims
    lamented = [c for c in claims if c.cue is not None and paragraphs[0][c.cue.start : c.cue.end] == "lamented"]
    assert [c.source.name for c in lamented] == ["Ann Lee"]


def test_a_verb_of_reproach_reports_its_object_and_complement() -> None:
    paragraphs = ["Ann Lee ripped the harbour board for closing the docks without warning."]
    claims = find_quotes(paragraphs).claims
    assert [(c.source.name, paragraphs[0][c.content.start : c.content.end]) for c in claims] == [
        ("Ann Lee", "the harbour board for closing the docks without warning")
    ]


def test_an_object_verb_reads_past_the_objects_appositive_to_its_complement() -> None:
    paragraphs = ["Tom Reed accused Ann Lee, the senator from Dover, of hiding the port accounts."]
    claims = find_quotes(paragraphs).claims
    contents = [paragraphs[0][c.content.start : c.content.end] for c in claims]
    assert contents == ["Ann Lee, the senator from Dover, of hiding the port accounts"]


def _claims(paragraph: str) -> list[tuple[str, str | None, str]]:
    found = find_quotes([paragraph]).claims
    return [
        (
            paragraph[c.content.start : c.content.end],
            c.source.name or c.source.mention,
            paragraph[c.cue.start : c.cue.end] if c.cue else "",
        )
        for c in found
    ]


def test_any_short_phrase_closing_the_sentence_is_the_source() -> None:
    paragraph = "With the vote delayed, the harbour board has not met since June, federal officials said."
    assert _claims(paragraph) == [
        ("With the vote delayed, the harbour board has not met since June", "officials", "said")
    ]


def test_an_inverted_credit_with_a_role_before_the_name() -> None:
    paragraph = "The closure could matter more for the town than for the port, said Dover strategist Tom Reed."
    assert _claims(paragraph) == [("The closure could matter more for the town than for the port", "Tom Reed", "said")]


def test_an_appositive_after_the_source_may_hold_a_web_address() -> None:
    paragraph = "The port model will be part of the postmortem, said Ann Lee, editor in chief of Harbour.com."
    assert _claims(paragraph) == [("The port model will be part of the postmortem", "Ann Lee", "said")]


def test_words_in_lower_case_after_a_title_word_are_speech() -> None:
    paragraph = "Brill said the harbour report “wasn’t good” for the town."
    assert _quoted([paragraph]) == ["wasn’t good"]


def test_a_lower_case_term_after_the_word_term_stays_a_mention() -> None:
    paragraph = "Brill avoided the term “harbour tax” in her speech."
    assert _quoted([paragraph]) == []


def test_a_participle_after_a_number_is_an_adjective_not_a_cue() -> None:
    assert _claims("Ann Lee has won 503 pledged delegates so far.") == []


def test_a_name_in_quote_marks_before_the_noun_it_qualifies_is_no_quote() -> None:
    paragraphs = [
        "“Harbour Lights” star Ada Brill opened up about her first role.",
        "Delegates wore “Brill for Mayor” pins and “Keep the Port” hats at the rally.",
    ]
    assert _quoted(paragraphs) == []


def test_quoted_words_before_a_pronoun_or_a_determiner_stay_speech() -> None:
    paragraphs = ["“Keep the Port Open” she said, and the crowd answered “Never Again” a dozen times."]
    assert _quoted(paragraphs) == ["Keep the Port Open", "Never Again"]


def _speakers(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    found = find_quotes(paragraphs)
    return [(q.speaker.mention, q.speaker.name) if q.speaker else ("", None) for q in found.quotes]


def test_a_relative_pronoun_after_a_preposition_speaks_for_its_antecedent() -> None:
    paragraphs = ["The plan won support from Ada Brill, who declared on the steps, “We are ready to build.”"]
    assert _speakers(paragraphs) == [("who", "Ada Brill")]


def test_a_time_phrase_may_stand_between_the_relative_pronoun_and_its_verb() -> None:
    paragraphs = ["Brill, who has in the past described the port as “a drain on the town,” voted for it."]
    assert _speakers(paragraphs) == [("who", "Brill")]


def test_an_appositive_between_the_name_and_the_relative_pronoun() -> None:
    paragraphs = [
        "The board may approve it, said Tom Hale, the port’s chief engineer, who added that the work "
        "could start “as soon as the ice melts.”"
    ]
    assert _speakers(paragraphs) == [("who", "Tom Hale")]


def test_a_title_case_name_after_of_is_a_work_or_a_group_not_a_quote() -> None:
    paragraphs = [
        "“The port must stay open,” said Tom Hale, the author of “Harbour Lights and Other Stories,” on Monday.",
        "Brill is the founder of “Fishermen for the Harbour 2024.” She spoke first.",
    ]
    assert _quoted(paragraphs) == ["The port must stay open,"]


def test_chants_and_calls_of_title_case_words_stay_speech() -> None:
    paragraphs = ["There were calls of “Save the Port” as she passed, and chants of “Brill, Brill, Brill.”"]
    assert _quoted(paragraphs) == ["Save the Port", "Brill, Brill, Brill."]


def test_a_title_followed_by_its_byline_is_no_quote() -> None:
    paragraphs = [
        "NOW OPEN—“Harbour art show confronts the new marina,” by the Gazette’s Ada Brill: “Curators say the show "
        "will run all winter.”",
    ]
    assert _quoted(paragraphs) == ["Curators say the show will run all winter."]


def test_lower_case_words_before_a_passive_by_stay_quoted() -> None:
    paragraphs = ["Hale said the port had been “arbitrarily closed” by the council since March."]
    assert _quoted(paragraphs) == ["arbitrarily closed"]


def test_which_after_a_thing_named_after_its_maker_speaks_for_the_maker() -> None:
    paragraphs = ["The mayor linked to the Harbour Gazette report, which notes, “Half the berths stood empty in May.”"]
    assert _speakers(paragraphs) == [("which", "Harbour Gazette")]
