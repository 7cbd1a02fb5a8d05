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


@pytest.mark.parametrize(
    "paragraph",
    [
        # a passive of naming, then a second name joined by "or"
        'Ann Lee said the mist over the quay is called the "harbour veil," or "sea wool." It lifts by noon.',
        "Ann Lee says the glow is what’s called the “harbour halo.”",
        # "known as" and a noun after a determiner, then "called"
        "The crews race dinghies in what is now known as “drift racing,” each May.",
        "The crew used the method called “slow tacking” - that is, they turned late.",
    ],
)
def test_a_name_given_in_quote_marks_is_no_quote(paragraph: str) -> None:
    """'is called the “...”', 'what’s called', 'known as', 'the method called', 'the nickname “...”': a name given,
    not words said."""
    assert _quoted(paragraph) == []


def test_a_quote_after_a_name_given_does_not_take_its_naming_verb_as_cue() -> None:
    """'(which is called 'terrain type' ..., because 'aux' means nothing)': "called" gave the name, no quote after
    it in the sentence takes it as its cue; speech after 'called' with an agent or a subject stays speech."""
    found = find_quotes(["The map holds aux (which is called “terrain type” in the menu, because “aux” is vague)."])
    assert all(q.cue is None for q in found.quotes)
    assert _quoted("Tom Hale called the plan “a disgrace.”") == ["a disgrace."]
    assert _quoted("He opposed what the mayor called “a tax on sailors.”") == ["a tax on sailors."]


def test_a_nickname_in_the_credit_is_no_quote() -> None:
    """'..., says Ann Lee, a harbour pilot who won the nickname “Old Anchor” ...': the nickname is no words
    of hers; the quotes around it stay hers."""
    paragraph = "“We will reopen,” says Ann Lee, a harbour pilot who won the nickname “Old Anchor” at sea."
    assert _quoted(paragraph) == ["We will reopen,"]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Ann Lee, "The Harbour Queen," said the fair would open in May.',
        "Tom Hale (“Captain Tom”) said the fair would open in May.",
        'Tom Hale, known to all as "Captain Tom," said the fair would open in May.',
    ],
)
def test_a_nickname_after_a_name_is_no_quote(paragraph: str) -> None:
    """A nickname in title case set off after a name by a comma or a bracket, or after 'known (to all) as', names
    the person; it is no words said, and the credit after it is the sentence's."""
    assert _quoted(paragraph) == []
    claims = [(paragraph[c.content.start : c.content.end], c.source.mention) for c in find_quotes([paragraph]).claims]
    assert claims == [("the fair would open in May", paragraph.split(",")[0].split(" (")[0])]
