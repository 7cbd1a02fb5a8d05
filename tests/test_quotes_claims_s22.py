"""Claims without quote marks, shapes added in session 22 (one invented fixture sentence each)."""

from __future__ import annotations

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _claims(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    article = extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))
    return [(a.content, a.source.mention, a.cue) for a in article.attributions]


def test_a_share_with_saying_is_the_source() -> None:
    """'with 40 percent of residents saying ...': the share after 'with' said the clause; 'with' and a
    noun that is no share, then a comma, frames none."""
    found = _claims("Ann Lee leads the harbour race, with 40 percent of residents saying she runs the port well.")
    assert ("she runs the port well", "40 percent of residents", "saying") in found
    found = _claims("The ferry left the harbour with two crew members, saying nothing to the council.")
    assert not any(cue == "saying" for _, _, cue in found)
