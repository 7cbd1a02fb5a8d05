"""Quotes and claims, wrong attributions fixed in session 27 (one invented fixture each)."""

from __future__ import annotations

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _claims(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    article = extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))
    return [(a.content, a.source.mention, a.cue) for a in article.attributions]


def test_reports_say_that_gives_one_claim() -> None:
    """'Reports say that X': the verb's claim ('that X', as for 'Smith said that X'), not a second one of 'X'."""
    assert _claims("Reports say that the Harbour Council will close the pier.") == [
        ("that the Harbour Council will close the pier", "Reports", "say")
    ]
    assert _claims("Polls show that Ann Lee leads the race for the harbour seat.") == [
        ("that Ann Lee leads the race for the harbour seat", "Polls", "show")
    ]


def test_the_subject_of_a_passive_cue_is_no_source_of_a_relative_clause() -> None:
    """'Tom Hale was praised for a report that showed X': praise is no speech of Tom Hale, and "that" opens the
    report's relative clause; 'it was revealed in March that ...' keeps its claim."""
    assert _claims("Tom Hale was praised for a report that showed the ferry ran late.") == [
        ("the ferry ran late", "report", "showed")
    ]
    claims = _claims("Ann Lee was accused of a theft that shocked the Harbour Council.")
    assert all(source != "Ann Lee" for _, source, _ in claims)
    assert ("that the ferry ran late", "It", "revealed") in _claims("It was revealed in March that the ferry ran late.")


def test_a_plural_after_a_verb_in_ed_is_its_object() -> None:
    """'Ann Lee cited reports that X': one claim, what she cited; the source never holds the verb ('Ann Lee cited'
    before 'reports'). 'He scrapped plans to ...': the plans are his, credited to him."""
    assert _claims("Ann Lee cited reports that the Harbour Council will close the pier.") == [
        ("reports that the Harbour Council will close the pier", "Ann Lee", "cited")
    ]
    assert _claims("Tom Hale scrapped plans to attend the Harbour Council meeting.") == [
        ("to attend the Harbour Council meeting", "Tom Hale", "plans")
    ]
    assert _claims("Ann Lee denied reports that the Harbour Council will close the pier.")[0][1] == "Ann Lee"


def test_a_report_after_a_preposition_is_a_noun() -> None:
    """', amid reports that X': 'reports' is no verb with the words before it as subject; the reports speak."""
    claims = _claims("Ann Lee quit the Harbour Council, amid reports that the ferry company had gone bankrupt.")
    assert claims == [("the ferry company had gone bankrupt", "reports", None)]
    assert _claims("The pier closed on Monday amid claims that the Harbour Council had run out of money.") == []


def test_a_share_after_a_verb_and_that_opens_the_clause() -> None:
    """'Many reports suggest that harbour pilots don't feel ...': the share ('Many ...') never reads back over the
    verb and its "that"; the clause after "that" holds the subject ('Polls show that about half of the crews
    support ...')."""
    claims = _claims("Many reports suggest that harbour pilots don’t feel much better about the council than crews do.")
    assert ("much better about the council than crews do", "harbour pilots", "feel") in claims
    claims = _claims("Polls show that about half of the harbour crews support Ann Lee.")
    assert ("Ann Lee", "about half of the harbour crews", "support") in claims
