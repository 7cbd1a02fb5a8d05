"""Speakers handed from one paragraph to the next, and mentions that are no speaker.

Each case is a shape the rules got wrong before: a lead-in ending in a colon, a quote that
runs over several paragraphs after it, a role noun before a name after the quote, a
participle whose clause opens with a place, and a dateline.
"""

from __future__ import annotations

from newsmodel._quotes._coref import Cast
from newsmodel._quotes._desk import find_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    found = find_quotes(paragraphs)
    return [quote.speaker.name if quote.speaker is not None else None for quote in found.quotes]


def test_a_lead_in_ending_in_a_colon_hands_its_speaker_to_the_next_paragraph() -> None:
    paragraphs = [
        "Senator Ada Brill spoke after the vote on the harbour bill.",
        "Brill continued:",
        "“You look at the numbers and you see a town that was promised a port and got a car park.”",
    ]
    assert _speakers(paragraphs) == ["Ada Brill"]


def test_the_lead_in_reaches_a_quote_that_runs_over_several_paragraphs() -> None:
    paragraphs = [
        "Former councillor Dr. Ines Marlow called for an inquiry into the contract.",
        "Dr. Marlow stated:",
        "“The council is not about fair dealing anymore. It is about favours.",
        "“Every resident deserves to know who signed the contract and why.”",
    ]
    assert _speakers(paragraphs) == ["Ines Marlow"]


def test_without_a_colon_nothing_is_handed_over() -> None:
    paragraphs = [
        "Ada Brill left the hall before the vote on the harbour bill.",
        "“You look at the numbers and you see a town that was promised a port and got a car park.”",
    ]
    assert _speakers(paragraphs) == [None]


def test_a_role_noun_before_the_name_after_a_quote() -> None:
    paragraph = (
        "Kent Rowe hoped to emerge as the moderate choice for the district. "
        "“If you don’t want a tax rise, you had better vote for Kent Rowe,” "
        "spokesman Alan Conway said on the radio as the returns came in."
    )
    assert _speakers([paragraph]) == ["Alan Conway"]


def test_a_participle_credits_the_named_person_not_a_place_before_it() -> None:
    paragraphs = [
        "Mayor Nora Quill spoke at the port on Monday.",
        "After the Dunmore floods, Quill released a radio message calling the repairs “a disgrace to the town.”",
    ]
    assert _speakers(paragraphs) == ["Nora Quill"]


def test_a_dateline_is_not_a_speaker() -> None:
    paragraph = (
        "NEW HAVEN (AP) — Judge Alma Pike has taken a swipe at the state budget, saying that "
        "“bold promises” do more harm than good."
    )
    assert _speakers([paragraph]) == ["Alma Pike"]


def test_a_place_after_a_preposition_is_not_the_subject_of_the_cue() -> None:
    paragraph = (
        "The complaint, which was filed in federal court in Harwich, alleged that the board "
        "“failed to keep the data of its members safe.”"
    )
    found = find_quotes([paragraph])
    assert [q.speaker.mention if q.speaker else None for q in found.quotes] == ["The complaint"]


def test_what_follows_a_participle_after_a_quote_is_not_its_speaker() -> None:
    paragraphs = [
        "Mayor Nora Quill spoke at the port on Monday.",
        "Quill delivered a defense of “harbour values,” saying the city embodied the spirit of the coast.",
    ]
    assert _speakers(paragraphs) == ["Nora Quill"]


def test_the_main_clause_subject_before_a_colon_introduces_the_quote() -> None:
    paragraphs = [
        "When Edwin Hale died in 1998, Governor Lena Marsh released the following statement:",
        "“Our state has lost a fierce and faithful servant.”",
    ]
    assert _speakers(paragraphs) == ["Lena Marsh"]


def test_any_past_tense_verb_next_to_a_name_after_a_quote_that_goes_on() -> None:
    paragraphs = [
        "“Would the plan survive a vote in the council?” Hanley pressed.",
        "“This is fantastic!” beamed Dora Whitcombe of Lowestoft.",
    ]
    found = find_quotes(paragraphs)
    assert [(q.speaker.mention if q.speaker else None) for q in found.quotes] == ["Hanley", "Dora Whitcombe"]
    cues = [paragraphs[q.cue.paragraph][q.cue.start : q.cue.end] for q in found.quotes if q.cue is not None]
    assert cues == ["pressed", "beamed"]


def test_a_quote_that_ends_its_sentence_takes_no_verb_after_it_as_a_cue() -> None:
    paragraphs = ["“The harbour will be rebuilt by the spring.” Marlow walked out of the hall."]
    assert _speakers(paragraphs) == [None]


def test_a_dash_and_a_name_in_the_next_paragraph_credit_a_quote() -> None:
    paragraphs = [
        "Quotes of the week.",
        "“The whole idea of a cheap harbour is something we hear about all the time, and it needs to stop.”",
        "- Michelle Marks, a councillor in Harwich.",
    ]
    assert _speakers(paragraphs) == ["Michelle Marks"]


def test_a_noun_in_ly_after_a_determiner_stays_in_the_subject() -> None:
    paragraph = (
        "Led by Mayor Ada Brill, the rally denounced the council’s call for "
        "“a total and complete closure of the harbour to visitors.”"
    )
    found = find_quotes([paragraph])
    assert [q.speaker.mention if q.speaker else None for q in found.quotes] == ["the rally"]


def test_a_name_in_quote_marks_before_the_noun_it_names_is_not_speech() -> None:
    paragraphs = [
        "As the “Never Again” movement grew across the county, the council said it would listen.",
        "Brill said the festival was “a triumph for everyone who came.”",
    ]
    found = find_quotes(paragraphs)
    assert [paragraphs[q.parts[0].paragraph][q.parts[0].start : q.parts[0].end] for q in found.quotes] == [
        "a triumph for everyone who came."
    ]


def test_a_dateline_with_its_state_is_not_a_person() -> None:
    paragraphs = [
        "DES MOINES, Iowa — The vote on the farm bill was close on Monday.",
        "She said the subsidy was “a lifeline for every family here.”",
    ]
    assert _speakers(paragraphs) == [None]


def test_former_is_part_of_a_role_not_of_a_name() -> None:
    cast = Cast()
    cast.scan(0, "Former Brill Hale and Then Gov. Ada Brill met on Monday.")
    assert sorted(cast.people) == ["Ada Brill", "Brill Hale"]


def test_an_inverted_credit_opening_its_clause() -> None:
    paragraph = (
        "Because of how the council drew up the calendar, explained Rosen, "
        "“with this thing being over by March, nobody else stands a chance.”"
    )
    found = find_quotes([paragraph])
    assert [q.speaker.mention if q.speaker else None for q in found.quotes] == ["Rosen"]


def test_he_and_she_pass_over_a_person_the_text_gives_the_other_pronoun() -> None:
    paragraphs = [
        "Mrs. Ada Brill met Governor Tom Hale at the port on Monday.",
        "Brill greeted the crowd first. Then he said the harbour was “a gift to the whole county.”",
    ]
    found = find_quotes(paragraphs)
    assert [q.speaker.name if q.speaker else None for q in found.quotes] == ["Tom Hale"]


def test_the_one_spoken_to_after_told_is_not_the_speaker() -> None:
    paragraph = "Ada Brill, who called her rival after the count, told her supporters, “I still love this town.”"
    assert _speakers([paragraph]) == ["Ada Brill"]


def test_a_quote_without_a_cue_goes_to_the_subject_of_its_own_sentence() -> None:
    paragraphs = [
        "Mayor Nora Quill opened the new pier on Monday.",
        "Governor Tom Hale fired back in March, attacking Quill for “the waste, the delays and the cost.”",
    ]
    found = find_quotes(paragraphs)
    assert [q.speaker.name if q.speaker else None for q in found.quotes] == ["Tom Hale"]


def test_a_leading_clause_or_a_capital_that_is_no_noun_is_not_that_subject() -> None:
    paragraphs = [
        "Mayor Nora Quill opened the new pier on Monday.",
        "As the crowd cheered, Quill promised “a pier for every village on the coast.”",
        "Between 2001 and 2007, the town lost “half of its fishing fleet.”",
    ]
    found = find_quotes(paragraphs)
    assert [q.speaker.name if q.speaker else None for q in found.quotes][:1] == ["Nora Quill"]
    assert all(q.speaker is None or q.speaker.mention != "Between" for q in found.quotes)


def test_a_mention_inside_a_relative_clause_is_not_the_subject_of_the_verb() -> None:
    paragraphs = [
        "Kent Rowe has captured two of the three counties.",
        "Rowe, who has a commanding lead among the delegates, mocked his rival for “having a tough night.”",
    ]
    assert _speakers(paragraphs) == ["Kent Rowe"]


def test_according_to_an_outlet_after_its_article() -> None:
    paragraph = "According to the Harbour Gazette, “the council had known about the leak for a year.”"
    found = find_quotes([paragraph])
    assert [q.speaker.mention if q.speaker else None for q in found.quotes] == ["Harbour Gazette"]


def test_a_later_quote_of_a_sentence_goes_to_the_subject_of_the_whole_sentence() -> None:
    paragraphs = [
        "Mayor Nora Quill opened the new pier on Monday.",
        "Governor Tom Hale answered Nora Quill on WXRT’s “Morning Show” that her pier was “a stunt for the cameras.”",
    ]
    found = find_quotes(paragraphs)
    assert [q.speaker.name if q.speaker else None for q in found.quotes][-1] == "Tom Hale"


def test_a_cue_with_an_object_before_a_quote_frames_a_claim() -> None:
    paragraph = "Carson took the stage in Baltimore and called the political system “rotten to the core.”"
    found = find_quotes([paragraph])
    assert [paragraph[q.parts[0].start : q.parts[0].end] for q in found.quotes] == ["rotten to the core."]
    contents = [paragraph[c.content.start : c.content.end] for c in found.claims]
    assert contents == ["the political system “rotten to the core.”"]
    assert [c.source.mention for c in found.claims] == ["Carson"]


def test_a_quote_right_after_its_cue_frames_no_second_claim() -> None:
    paragraph = "Carson said, “The political system is rotten to the core.”"
    assert find_quotes([paragraph]).claims == ()


def test_a_quote_running_over_paragraphs_goes_on_with_the_last_speaker_where_it_opens() -> None:
    """'“...,” says Ada. “... || “...”': a lone first name credited just before is no registered person,
    but the quote that opens after it, with no cue of its own, is still hers."""
    paragraphs = [
        "“That is a shame,” says Ada, who has run the ferry for years. “I cannot see how the port will cope.",
        "“It will take a decade to mend.”",
    ]
    assert _speakers(paragraphs) == ["Ada", "Ada"]


def test_a_longer_name_ending_in_a_known_person_is_that_person() -> None:
    """'The Legendary Ada Brill and the Harbour' (a film's title) after 'Ada Brill': 'Brill' stays Ada Brill."""
    paragraphs = [
        "Ada Brill knows the harbour well.",
        "The studio released a film titled The Legendary Ada Brill and the Harbour.",
        "“That tells the pilots a lot,” Brill said.",
    ]
    assert _speakers(paragraphs) == ["Ada Brill"]


def test_a_first_name_in_capitals_before_a_surname_is_the_same_name() -> None:
    """'SARAH Brill was ...' (a paper's capitals for an article's first words): 'Sarah' and 'she' are her."""
    paragraphs = [
        "SARAH Brill was so nervous on the pier that she forgot her lines, after playing the Sea Witch.",
        "She said: “I am broken.”",
        "Sarah admitted: “My mind went blank.”",
    ]
    assert _speakers(paragraphs) == ["Sarah Brill", "Sarah Brill"]
