"""Quote marks typed loosely: an opening curly mark followed by a space."""

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
