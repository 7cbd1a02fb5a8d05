"""Speaker patterns next to a cue: which mention is the subject of the reporting verb."""

from __future__ import annotations

import pytest

from newsmodel._quotes._desk import find_quotes


def _speaker_and_cue(paragraph: str) -> list[tuple[str | None, str | None]]:
    found = find_quotes([paragraph])
    out = []
    for quote in found.quotes:
        mention = quote.speaker.mention if quote.speaker is not None else None
        cue = paragraph[quote.cue.start : quote.cue.end] if quote.cue is not None else None
        out.append((mention, cue))
    return out


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a cue word after a possessive is a noun: the speaker is the subject of "called"
        (
            "Last week, Marla Quint called the council’s plans for the old harbour “a costly mistake,” "
            "and promised a vote.",
            [("Marla Quint", "called")],
        ),
        (
            "The union called Denholm’s report a “work of fiction,” because no worker was asked.",
            [("The union", "called")],
        ),
        # a cue word after a determiner is a noun too
        (
            "Pell Avery repeated his claim that “cheap labour” was behind the closures.",
            [("Pell Avery", None)],
        ),
    ],
)
def test_noun_use_of_a_cue_word(paragraph: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _speaker_and_cue(paragraph) == expected


def test_credit_after_a_full_stop_opens_the_next_sentence() -> None:
    paragraph = "Oren Vale said, “The bridge will open in the spring.” She added, “We are ready.”"
    got = _speaker_and_cue(paragraph)
    assert got[0] == ("Oren Vale", "said")
    assert got[1] == ("She", "added")


def test_credit_after_a_comma_still_wins() -> None:
    paragraph = "The mayor spoke first. “We are ready,” Oren Vale said."
    assert _speaker_and_cue(paragraph) == [("Oren Vale", "said")]


def test_a_word_before_a_three_word_name_does_not_hide_the_first_name() -> None:
    paragraphs = [
        "Tragic Mary Vance has spoken about the night at the harbour.",
        "Vance said Tom Okafor phoned her. She said he then announced: “The ferry is leaving now,” and hung up.",
    ]
    (quote,) = find_quotes(paragraphs).quotes
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("he", "Tom Okafor")


@pytest.mark.parametrize("role", ["Novelist", "Psychoanalyst", "Student", "Oscar-winner"])
def test_an_occupation_opening_a_name_is_its_role(role: str) -> None:
    (quote,) = find_quotes([f"{role} Ann Lee said: “The harbour is calm tonight.”"]).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Ann Lee", role)


@pytest.mark.parametrize(
    ("opening", "role"), [("Head Blender", "Head Blender"), ("Singer-guitarists", "Singer-guitarists")]
)
def test_every_role_word_and_a_plural_occupation_open_a_name(opening: str, role: str) -> None:
    """'Head Blender Ann Lee', 'Singer-guitarists Ann Lee and ...': the role words stay out of the name."""
    (quote,) = find_quotes([f"{opening} Ann Lee said: “The harbour is calm tonight.”"]).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Ann Lee", role)


def test_a_plural_noun_of_people_before_a_preposition_is_no_role() -> None:
    """'Lawyers for Harbour Media allege ...': a group, not a role before a name."""
    (quote,) = find_quotes(["Lawyers for Harbour Media allege the deal was made “for their own benefit.”"]).quotes
    assert quote.speaker is None or quote.speaker.name != "for Harbour Media"


def test_a_compound_adjective_and_a_role_noun_open_the_subject() -> None:
    """'Late-night host Ann Lee turned ... by calling ...': "Late-night" is no name, and the name after the role
    noun is the subject the participle hangs on."""
    paragraph = (
        "Late-night host Ann Lee turned the Harbour Board’s ruling on the pier into a joke by calling the move "
        "“pro-ferry.”"
    )
    (quote,) = find_quotes([paragraph]).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Lee"


def test_a_word_qualifying_a_role_before_a_name_is_no_mention() -> None:
    """'Harbour Party leader Ann Lee', 'Russian President Tom Hale': the capitalised word before the role noun
    qualifies it, so the person a pronoun stands for is the name after the role."""
    paragraphs = [
        "The council met on Monday. Labour leader Ann Lee opened the session, warning that the pier would close.",
        "“We have no choice,” she said.",
    ]
    (quote,) = find_quotes(paragraphs).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Lee"
    claims = find_quotes(paragraphs[:1]).claims
    assert "Labour" not in [claim.source.mention for claim in claims]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ferry crews have been urged to “stay alert on the night crossings”, after reports of attacks.",
        "Harbour residents were warned to be there “or lose their moorings”.",
    ],
)
def test_the_subject_of_a_passive_cue_is_spoken_to_not_speaking(paragraph: str) -> None:
    """'Crews have been urged to “...”': the crews are told, so they are not the speaker."""
    (quote,) = find_quotes([paragraph]).quotes
    assert quote.speaker is None or quote.speaker.mention not in {
        "Ferry",
        "Ferry crews",
        "Harbour",
        "Harbour residents",
    }


def test_a_pronoun_after_someone_unnamed_opening_its_sentence_names_nobody() -> None:
    """'A woman has been praised after she called ...': "she" is the woman, not the last woman named."""
    paragraphs = [
        "Ada Brill opened the harbour festival on Monday.",
        "A woman has been praised after she told the crowd: “The pier belongs to all of us.”",
    ]
    (quote,) = find_quotes(paragraphs).quotes
    assert quote.speaker is None or quote.speaker.name != "Ada Brill"


@pytest.mark.parametrize("month", ["Oct.", "Oct,", "Sept."])
def test_a_month_cut_short_is_no_name(month: str) -> None:
    """'Since the Oct. 7 storm, the Harbour Board ... calling for “...”': the board speaks, not "Oct"."""
    paragraph = (
        f"Since the {month} 7 storm, the Harbour Board approved a plan calling for “urgent repairs to the pier,” "
        "but the council voted it down."
    )
    (quote,) = find_quotes([paragraph]).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Harbour Board"


@pytest.mark.parametrize("adverb", ["Perhaps", "Sadly", "Initially", "Besides"])
def test_a_sentence_adverb_is_no_part_of_a_name(adverb: str) -> None:
    (quote,) = find_quotes([f"{adverb} Tom Hale said it best: “The harbour is calm tonight.”"]).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Tom Hale"


def test_an_age_description_stands_for_the_person_named_before() -> None:
    paragraphs = [
        "Harbour FC named Tom Hale as manager on Monday. Hale had been out of work since May.",
        "The 56-year-old said after his appointment: “I am excited to be joining a club with such a heritage.”",
    ]
    (quote,) = find_quotes(paragraphs).quotes
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("The 56-year-old", "Tom Hale")


def test_the_actor_stands_for_the_person_named_before_when_no_one_has_the_role() -> None:
    paragraphs = [
        "The harbour film opened on Friday. Ada Brill plays the ferry captain.",
        "“It was a hard shoot, and I loved it,” the actress said.",
    ]
    (quote,) = find_quotes(paragraphs).quotes
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("the actress", "Ada Brill")


def _she_says(paragraphs: list[str]) -> str | None:
    quote = find_quotes(paragraphs).quotes[-1]
    return quote.speaker.name if quote.speaker else None


def test_a_lone_first_name_with_a_who_clause_is_someone() -> None:
    paragraphs = [
        "“The pier is failing,” says Beth, who runs the harbour cafe.",
        "The council has no plan for the pier.",
        "“It is awful and people need to know,” she says.",
    ]
    assert _she_says(paragraphs) == "Beth"


def test_a_name_after_dr_without_a_stop_opens_its_clause() -> None:
    paragraphs = [
        "Mary Vance runs the harbour cafe.",
        "Dr Ada Brill, a harbour psychologist, says the strain is common.",
        "“It is personal,” she says.",
    ]
    assert _she_says(paragraphs) == "Ada Brill"


def test_a_name_right_before_its_verb_of_speech_is_a_subject() -> None:
    paragraphs = [
        "Mary Vance runs the harbour cafe.",
        "But fellow psychologist and harbour coach Ada Brill says the strain is common.",
        "“It is personal,” she says.",
    ]
    assert _she_says(paragraphs) == "Ada Brill"


def test_an_adjective_opening_a_sentence_is_no_part_of_a_name() -> None:
    paragraphs = ["Joe Hale spoke first. Top Hale aides met on Monday.", "“We will not wait,” Hale said."]
    (quote,) = find_quotes(paragraphs).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Joe Hale"


def test_the_one_remembered_speaking_is_the_speaker_not_the_one_who_remembers() -> None:
    (quote,) = find_quotes(["My son was sad at Christmas. “It’s not fair,” I remember him saying."]).quotes
    assert quote.speaker is not None
    assert quote.speaker.mention == "him"


@pytest.mark.parametrize("place", ["Southern California", "New York", "Texas", "North Carolina", "Los Angeles"])
def test_a_place_is_no_one_a_pronoun_stands_for(place: str) -> None:
    paragraphs = [f"Ada Brill runs the harbour cafe. {place} has had a dry year.", "“We need rain,” she said."]
    assert _she_says(paragraphs) == "Ada Brill"


def test_a_participle_before_a_known_surname_is_no_part_of_the_name() -> None:
    paragraphs = [
        "Harbour CEO Tom Hale spoke on Monday.",
        "Hosting Hale at the fair “is our dream,” Ada Brill said.",
        "“We took that challenge to heart,” Hale told the crowd.",
    ]
    quote = find_quotes(paragraphs).quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "Tom Hale"


@pytest.mark.parametrize("title", ["Secretary of State", "U.S. Secretary of State", "Minister of Defense"])
def test_a_title_joined_by_of_is_the_role_before_the_name(title: str) -> None:
    (quote,) = find_quotes([f"{title} Ada Brill said: “The harbour treaty holds.”"]).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Ada Brill", title)


def test_a_title_holding_a_sentence_adverb_is_no_one_she_stands_for() -> None:
    paragraphs = [
        "Ada Brill starred in the harbour film. Love Actually made her famous.",
        "“I think we are locked into certain ideas,” she said.",
    ]
    assert _she_says(paragraphs) == "Ada Brill"
