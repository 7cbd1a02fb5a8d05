"""Claims found in session 28 (more recall of reported speech; one invented fixture each)."""

from __future__ import annotations

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _claims(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    article = extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))
    return [(a.content, a.source.mention, a.cue) for a in article.attributions]


def test_a_credit_between_commas_before_a_short_predicate() -> None:
    """ "The plan, he says, is dead.": two plain words after a credit in subject-verb order finish the clause the
    credit sits in; the sentence is the claim."""
    assert _claims("Tom Hale ran in 1999. This ferry, he says, is different.") == [
        ("This ferry, he says, is different", "he", "says")
    ]
    assert _claims("The harbour plan, the pilots concluded, never worked.") == [
        ("The harbour plan, the pilots concluded, never worked", "the pilots", "concluded")
    ]


def test_a_short_predicate_after_a_credit_stays_out_before_a_quote_or_appositive() -> None:
    """A regression guard (passes on main too): two words after the credit are no clause when a quote follows
    ('..., he said, “..."', the quote desk's) or the credit is inverted ("..., said Ann Lee, the editor.")."""
    claims = _claims("The ferry has greatly slowed the pace of trade, said Ann Lee, Harbourton's editor.")
    assert [(content, source) for content, source, _ in claims] == [
        ("The ferry has greatly slowed the pace of trade", "Ann Lee")
    ]


def test_a_modal_verb_ends_the_object_before_that() -> None:
    """ "said the crew could return next week with that plan": a modal verb shows the clause has begun, so the
    "that" after it is a demonstrative of the clause, not the conjunction opening the content."""
    assert _claims("Ann Lee waved the question away but said the crew could return next week with that plan.") == [
        ("the crew could return next week with that plan", "Ann Lee", "said")
    ]


def test_a_closing_credit_may_carry_a_parenthesis_after_the_name() -> None:
    """ "..., Sen. Ann Lee (R-Kent) told the Gazette.": a short parenthesis after the name (a party and a state, a
    place) stays inside the credit; the name alone is the source, in either order of name and verb."""
    assert _claims("The ferry will be late again on Monday, Sen. Ann Lee (R-Kent) told the Gazette.") == [
        ("The ferry will be late again on Monday", "Sen. Ann Lee", "told")
    ]
    assert _claims("The ferry will be late again on Monday, said Sen. Ann Lee (R-Kent).") == [
        ("The ferry will be late again on Monday", "Sen. Ann Lee", "said")
    ]


def test_an_inverted_credit_may_name_a_group() -> None:
    """ "..., say some pilots.": after an inverted verb a plural noun phrase opened by a determiner is the source
    (the whole phrase, not a name inside it), also before an appositive; "says the rise in fees shows ..." opens a
    clause, not a credit."""
    assert _claims("The new pier is worth the long wait, say some Kent pilots.") == [
        ("The new pier is worth the long wait", "some Kent pilots", "say")
    ]
    assert _claims("The tide was late again, said the pilots, who recall the storms of 2008.") == [
        ("The tide was late again", "the pilots", "said")
    ]
    claims = _claims("Ann Lee of the Harbour Desk (HD), says the rise in ferry fees shows the greed of the owners.")
    assert [(content, cue) for content, _, cue in claims] == [
        ("the rise in ferry fees shows the greed of the owners", "says")
    ]


def test_nearly_every_opens_the_clause_said() -> None:
    """ "said nearly every pilot wants a pier": a share ("nearly every", "almost all", "virtually no") opens the
    clause after "said" as a number does ("said about half of ...")."""
    claims = _claims("Tom Hale said nearly every pilot wants a new pier at the harbour.")
    assert ("nearly every pilot wants a new pier at the harbour", "Tom Hale", "said") in claims


def test_a_subject_found_across_a_verb_of_speech_starts_after_it() -> None:
    """The subject of a verb of stance read as a loose noun phrase stops at a verb of speech before it: in "The
    pilots said the harbour board appears to ..." the board appears to, not "The pilots said the harbour board";
    a phrase that was a subject only with the verb in it now gives its claim ("balked at")."""
    claims = _claims("The pilots said the harbour board appears to ignore the tide tables.")
    assert ("to ignore the tide tables", "the harbour board", "appears") in claims
    claims = _claims("Port staff said the ferry company balked at the cost of new cranes.")
    assert ("the cost of new cranes", "the ferry company", "balked at") in claims


def test_a_second_verb_shares_the_noun_phrase_opening_the_sentence() -> None:
    """ "The harbour council also announced ... and said ...": with no name or pronoun as the subject, the verb
    joined by "and" shares the noun phrase before the sentence's first verb; not "All told, ..." (a verb closed by
    a comma) nor a phrase after a sentence adverb."""
    claims = _claims("The harbour council also announced a new timetable and said the old pier would close in June.")
    assert ("the old pier would close in June", "The harbour council", "said") in claims
    claims = _claims("All told, the sale ends years of mixed signals from Kent Ferries and ends the harbour feud.")
    assert [source for _, source, _ in claims if source == "All"] == []


def test_notes_between_a_source_and_a_comma_is_a_verb() -> None:
    """ "In any case, the pilots note, the tide ...": "note", "notes", "add", "adds" read as nouns elsewhere, but
    between a source and a comma right after them they credit the sentence; "the books add to her work, ..." (an
    object after the verb) does not."""
    assert _claims("In any case, the pilots note, the tide tables are printed a year ahead.") == [
        ("In any case, the pilots note, the tide tables are printed a year ahead", "the pilots", "note")
    ]
    claims = _claims("In truth, both ferry books add to the harbour archive, where the maps fill a whole shelf.")
    assert [cue for _, _, cue in claims if cue == "add"] == []
