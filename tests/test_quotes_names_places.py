"""Names next to places and titles: countries are no persons, titles before names, descriptions set off by commas."""

from __future__ import annotations

from newsmodel._quotes._desk import find_quotes


def _speakers(paragraphs: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    found = find_quotes(paragraphs)
    return [
        (q.speaker.mention, q.speaker.name, q.speaker.role) if q.speaker is not None else (None, None, None)
        for q in found.quotes
    ]


def test_a_country_is_no_person_a_pronoun_stands_for() -> None:
    paragraphs = [
        "Maren Holt, a historian, said the archive was thin.",
        "According to Holt, the Slovak Republic could follow the others.",
        "“It takes only one case,” she said.",
    ]
    assert _speakers(paragraphs) == [("she", "Maren Holt", None)]


def test_the_united_states_is_an_organisation() -> None:
    paragraphs = ["Ida Bell spoke first. According to Bell, the United States could act.", "“Soon,” she said."]
    assert _speakers(paragraphs) == [("she", "Ida Bell", None)]


def test_names_inside_a_description_set_off_by_commas_are_not_the_subject() -> None:
    paragraph = (
        "“Costs are rising,” Tomas Greer, the head of the Harbour Bank of New Lisbon, said in a speech on "
        "Monday. “The doubt is lasting.”"
    )
    assert [s[0] for s in _speakers([paragraph])] == ["Tomas Greer", "Tomas Greer"]


def test_a_dotted_abbreviation_before_a_title_stays_in_the_name() -> None:
    paragraph = "“Justice was served,” said U.S. Attorney Erin Vale."
    assert _speakers([paragraph]) == [("U.S. Attorney Erin Vale", "Erin Vale", "U.S. Attorney")]


def test_a_dotted_abbreviation_ending_a_sentence_does_not_join_the_next_word() -> None:
    paragraph = "He moved to the U.S. Then Ray Olsen said “fine” to him."
    assert _speakers([paragraph]) == [("Ray Olsen", "Ray Olsen", None)]


def test_the_place_after_a_title_belongs_to_the_role() -> None:
    paragraph = "Norway’s ambassador to Chile Arne Voss has said the talks need “resolve and patience” on both sides."
    assert _speakers([paragraph]) == [
        ("Norway’s ambassador to Chile Arne Voss", "Arne Voss", "Norway’s ambassador to Chile")
    ]


def test_a_capital_opening_an_adverbial_is_no_speaker() -> None:
    paragraphs = ["Soon, the Lindqvist label was pitching its line as “a return to plain things” to buyers."]
    assert _speakers(paragraphs) == [(None, None, None)]


def test_a_capital_word_the_cast_knows_still_speaks() -> None:
    paragraphs = ["Dana Pruitt spoke first.", "Pruitt, at the rally, promised “a fair deal” to the crowd."]
    assert [s[1] for s in _speakers(paragraphs)] == ["Dana Pruitt"]
