"""Names of works in quote marks, seen on real pages: they are no speech."""

from __future__ import annotations

import pytest

from newsmodel._quotes._desk import find_quotes


def _quoted(paragraph: str) -> list[str]:
    found = find_quotes([paragraph])
    return [paragraph[q.parts[0].start : q.parts[0].end] for q in found.quotes]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a name qualifying the noun after it, the noun followed by a comma
        "I have twice appeared as a judge on the American “Dune Race” programs, but our talks were new.",
        # a work one is in
        "In “The House of Quiet Doors,” he describes years of drinking.",
        "These deaths are seen through the eyes of Kevin in “The Iron Gate.”",
        # a work named after the kind of work it is
        "They came out for a surprise version of their single “Walking Down the Lane,” the title track.",
        # a name followed by its verb
        "Yet, as “Dune Race” has become mainstream, a culture war has grown.",
        "“The Iron Gate” tells the story of a wrestler and his sons.",
    ],
)
def test_a_work_in_quote_marks_is_no_quote(paragraph: str) -> None:
    assert _quoted(paragraph) == []


def test_speech_after_in_is_still_speech_when_not_a_title() -> None:
    paragraph = "He said the city was in “a very dangerous place” after the storm."
    assert _quoted(paragraph) == ["a very dangerous place"]


def test_a_name_in_quote_marks_inside_the_credit_does_not_cut_it() -> None:
    paragraph = "“It went well,” Ada Brill, who wore a “Save the Port” badge, said after the vote."
    found = find_quotes([paragraph])
    assert [paragraph[q.parts[0].start : q.parts[0].end] for q in found.quotes] == ["It went well,"]
    speaker = found.quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Ada Brill"


@pytest.mark.parametrize(
    "paragraph",
    [
        "In the 1991 film, viewers see Jame “Buffalo Bill” Gumb keep a victim in the basement.",
        "Former operative and Marine John “Tig” Tiegen found both issues disqualifying.",
    ],
)
def test_a_nickname_inside_a_name_is_no_quote(paragraph: str) -> None:
    assert _quoted(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Her account shifted to posts with titles like “Solidarity with the Strikers!” and a link to a report.",
        "The council published headlines such as “Ferry Fares Frozen” on its site.",
        "The ministry issued fresh advice online today called ‘Preparing for floods and storms.’",
        "He wrote a memoir named “The Harbour at Night” in 1998.",
    ],
)
def test_a_thing_and_the_name_it_is_called_is_no_speech(paragraph: str) -> None:
    assert _quoted(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ("It was what he called “A disaster for the town.”", "A disaster for the town."),
        ("Okafor called the mayor “Mister Tolls.”", "Mister Tolls."),
    ],
)
def test_calling_by_someone_stays_speech(paragraph: str, quoted: str) -> None:
    assert _quoted(paragraph) == [quoted]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a work cited in a footnote: every title-case quote in the note is a title
        "[4] Ann Lee, “The Harbour Works Program,” in Port Engineering, ed. Tom Hale (1970), 12.",
        # a title after "of" holding "&", and a short title in capitals after "of"
        "Tom Hale — a director hot off an adaptation of “Ships & Harbours” — had just found his next film.",
        "Ann Lee announced it on a previous episode of “HWTS.”",
    ],
)
def test_a_cited_work_or_a_title_after_of_is_no_speech(paragraph: str) -> None:
    assert _quoted(paragraph) == []
