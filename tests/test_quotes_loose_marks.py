"""Quote marks typed loosely: an opening curly mark followed by a space, a closing mark after a
space, and a quote after a colon that is never closed."""

from __future__ import annotations

from newsmodel._quotes._marks import pair_marks


def _quoted(paragraph: str) -> list[str]:
    return [paragraph[p.parts[0].start : p.parts[0].end] for p in pair_marks([paragraph])]


def test_a_left_mark_followed_by_a_space_opens_a_quote() -> None:
    paragraph = "Rowe kept saying, “ you have to give them a path, you have to make it possible.”"
    assert _quoted(paragraph) == ["you have to give them a path, you have to make it possible."]


def test_a_left_mark_with_a_space_inside_an_open_quote_opens_nothing() -> None:
    paragraph = "“They see that. “ And nobody answered."
    assert _quoted(paragraph) == []


def test_a_closing_mark_after_a_stray_space_closes() -> None:
    paragraph = '"Well, what does that mean? " Brill asked, according to a transcript.'
    assert _quoted(paragraph) == ["Well, what does that mean?"]


def test_a_long_quote_after_a_colon_left_open_runs_to_the_end_of_its_paragraph() -> None:
    paragraph = (
        "More from the report: “Larger samples gave better results in every state we looked at. "
        "The smaller ones missed by five points. [Harbour Gazette.]"
    )
    assert _quoted(paragraph) == [
        "Larger samples gave better results in every state we looked at. The smaller ones missed by five points."
    ]


def test_a_short_or_unintroduced_open_quote_stays_unpaired() -> None:
    assert _quoted("He said: “we will see") == []
    assert _quoted("The plan, he said, is “a start for the harbour and the town and the fleet") == []


def test_an_open_quote_continued_by_the_next_paragraph_is_not_cut_at_the_first() -> None:
    paragraphs = [
        "The report said: “Larger samples gave better results in every state we looked at.",
        "“Smaller ones did not.”",
    ]
    pairs = pair_marks(paragraphs)
    assert [len(p.parts) for p in pairs] == [2]


def test_a_right_mark_typed_as_the_opening_one_opens_when_another_closes_later() -> None:
    assert _quoted("He says,” there are a lot of people who never get listened to.”") == [
        "there are a lot of people who never get listened to."
    ]
    assert _quoted("” … if the mayor can visit, then surely she can too,” the editorial said.") == [
        "… if the mayor can visit, then surely she can too,"
    ]


def test_a_lone_right_mark_with_nothing_to_close_it_opens_nothing() -> None:
    assert _quoted("He says,” there are a lot of people.") == []


def _found(paragraph: str) -> list[str]:
    from newsmodel._quotes._desk import find_quotes

    return [paragraph[p.start : p.end] for q in find_quotes([paragraph]).quotes for p in q.parts]


def test_two_apostrophes_typed_as_a_double_mark_are_one_mark() -> None:
    paragraph = "''We will rebuild the pier,'' Mr. Hale said. ''And the town knows it.''"
    assert _found(paragraph) == ["We will rebuild the pier,", "And the town knows it."]


def test_a_claim_never_cuts_a_pair_of_apostrophes_in_two() -> None:
    from newsmodel._quotes._desk import find_quotes

    paragraph = "Mr. Hale told the council ''that the pier will open in May.''"
    contents = [paragraph[c.content.start : c.content.end] for c in find_quotes([paragraph]).claims]
    assert contents
    assert all(not content.endswith("'") or content.endswith("''") for content in contents)
