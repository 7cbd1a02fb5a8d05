"""Claims without quote marks whose source is no name: a short phrase closing the sentence, a noun phrase before
a verb of stance (fixture sentences written for these tests)."""

from __future__ import annotations

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes
from newsmodel._quotes._desk import find_quotes


def _claims(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    article = extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))
    return [(a.content, a.source.mention, a.cue) for a in article.attributions]


def test_a_closing_credit_may_name_its_source_with_capitalised_words() -> None:
    """'..., Dutch port officials said Friday.': any short phrase that opens no clause is the source."""
    claims = _claims("The ferry will resume its crossings next month, Dutch port officials said Friday.")
    assert ("The ferry will resume its crossings next month", "Dutch port officials", "said") in [
        (content, source, cue) for content, source, cue in claims
    ]


def test_a_clause_before_a_closing_verb_is_no_source() -> None:
    """'..., which is more than the mayor said.': a relative clause, not a credit."""
    claims = _claims("The repairs cost four million dollars, which is more than the mayor said.")
    assert all(not content.startswith("The repairs") for content, _, _ in claims)


def test_a_noun_phrase_is_the_subject_of_a_verb_of_stance() -> None:
    """'the ferry company refused to ...', 'Both unions sought ...': a phrase that is no mention still holds
    the stance."""
    claims = _claims("After the storm, the ferry company refused to refund the tickets sold for that week.")
    assert ("to refund the tickets sold for that week", "the ferry company", "refused") in claims
    claims = _claims("Both unions sought a longer notice period for the closures.")
    assert ("a longer notice period for the closures", "Both unions", "sought") in claims


def test_a_noun_phrase_before_a_noun_like_verb_is_no_source() -> None:
    """'His sharp attacks on ...', 'a clerk backed by the union', 'Lee continues to face questions': nouns and
    participles after a phrase, not verbs of its stance."""
    assert _claims("Their loud attacks on the harbour plan were about more than money.") == []
    assert _claims("The clerk, a veteran of the port, was backed by the union in the vote.") == []
    claims = _claims("Mayor Ann Lee continues to face questions about the late bridge repairs.")
    assert all(source != "Mayor Ann Lee continues to face" for _, source, _ in claims)


def test_a_plural_noun_after_a_counting_word_is_no_verb() -> None:
    """'dodged several questions on whether ...': "questions" after "several" is a noun, so no source is read
    back from it; "two reports say" keeps its verb."""
    claims = _claims("On Monday, Mayor Ann Lee dodged several questions on whether she would keep the ferry.")
    assert all(cue != "questions" for _, _, cue in claims)
    claims = _claims("Two reports say that the harbour will close in May.")
    assert "that the harbour will close in May" in [content for content, _, cue in claims if cue == "say"]
    assert all(cue != "reports" for _, _, cue in claims)


def test_a_clause_between_commas_lends_its_subject_to_the_verb_after_it() -> None:
    """'Later, he praised the plan, then criticized ...': the phrase between the commas is a clause, no appositive, so
    the source is its subject, not the words before the first comma."""
    claims = _claims("A year later, he praised the harbour plan, then criticized the ferry company.")
    assert ("the ferry company", "he", "criticized") in claims
    claims = _claims("Looking into the first week of May, we use several models, called the “ensembles,” for this.")
    assert all(not source.startswith("Looking") for _, source, _ in claims)


def test_a_verb_of_speech_inside_a_loose_phrase_ends_the_outer_speaker() -> None:
    """'Hale said the council pledged ...': the phrase before the later verb is what Hale said, so Hale is the
    source, not 'Hale said the council'; 'the council did not ...' keeps its subject before the auxiliary."""
    claims = _claims("Hale said the council pledged full support for the harbour, including a new pier.")
    assert ("full support for the harbour, including a new pier", "Hale", "pledged") in claims
    claims = _claims("Tom Hale said the report also shows a fall in harbour fees.")
    assert ("a fall in harbour fees", "the report", "shows") in claims
    claims = _claims("Most of the pilots I spoke with insist the channel is safe.")
    assert all(source != "Most of the pilots I" for _, source, _ in claims)


def test_a_negated_auxiliary_before_a_loose_source_is_no_part_of_it() -> None:
    """'The video doesn’t show ...': the source is the video, not 'The video doesn’t'."""
    claims = _claims("The video doesn’t show what happened at the pier.")
    assert [source for _, source, cue in claims if cue == "show"] == ["The video"]
    claims = _claims("We wouldn’t complain if the ferry ran late.")
    assert [source for _, source, cue in claims if cue == "complain"] == ["We"]


def test_a_name_opening_the_sentence_before_an_appositive_is_the_source() -> None:
    """'Hale, who was elected in 2014, doesn’t see ...': the appositive closes before the verb; Hale speaks."""
    claims = _claims("Hale, who was elected to the harbour board in 2014, doesn’t see the ferry as a priority.")
    assert ("the ferry as a priority", "Hale", "see") in claims


def test_according_to_closing_the_sentence_is_no_short_source_phrase() -> None:
    """'..., according to a pool report.': the phrase is read as 'according to', not as a source 'according to
    a pool' with the cue 'report'."""
    claims = _claims("The mayor attended the meeting alone, according to a pool report.")
    assert ("The mayor attended the meeting alone", "a pool report", "according to") in claims


def test_according_to_a_source_with_an_appositive_closes_the_sentence() -> None:
    """'..., according to Jane Hill, an analyst at ...': the appositive is no part of the claim."""
    claims = _claims("The harbour lost money for a third year, according to Jane Hill, an analyst at Harbour.")
    assert ("The harbour lost money for a third year", "Jane Hill", "according to") in claims
    claims = _claims("The harbour, according to Jane Hill, was losing money.")
    assert ("The harbour, according to Jane Hill, was losing money", "Jane Hill", "according to") in claims


def test_a_time_between_the_subject_and_its_cue() -> None:
    """'Mayor Ann Lee on Tuesday said that ...': the time sits between the name and the verb."""
    claims = _claims("Mayor Ann Lee on Tuesday said that the bridge would reopen in the spring.")
    assert ("that the bridge would reopen in the spring", "Mayor Ann Lee", "said") in claims


def test_a_share_that_ends_in_a_number_says_something() -> None:
    """'More than six in 10 said they ...': the share is the source; '503 pledged delegates' stays no claim."""
    claims = _claims("More than six in 10 said they would vote for the new harbour tax.")
    assert ("they would vote for the new harbour tax", "More than six in 10", "said") in claims
    assert _claims("Ann Lee has won 503 pledged delegates so far.") == []


def test_a_relative_pronoun_is_the_subject_of_a_cue() -> None:
    """'Tom Reed, who said he would ...': the relative pronoun as written is the source."""
    claims = _claims("The mayor answered Tom Reed, who said he would close the harbour on Sundays.")
    assert ("he would close the harbour on Sundays", "who", "said") in claims


def test_a_negated_auxiliary_is_no_part_of_the_source() -> None:
    claims = _claims("The dock union didn’t endorse a candidate this year.")
    assert ("a candidate", "The dock union", "endorse") in claims  # the closing time is no part of the object


def test_verbs_of_decision_understanding_and_feeling() -> None:
    """'The court ruled that ...', 'ordered a recount', 'Voters worry that ...', 'understood the risk'."""
    claims = _claims("The harbour court ruled that the new fees were unlawful.")
    assert ("that the new fees were unlawful", "The harbour court", "ruled") in claims
    claims = _claims("Mayor Ann Lee ordered a full recount of the ballots.")
    assert ("a full recount of the ballots", "Mayor Ann Lee", "ordered") in claims
    claims = _claims("Many fishermen worry that the quotas will be cut again.")
    assert any(source == "Many fishermen" and cue == "worry" for _, source, cue in claims)


def test_a_coordinated_verb_of_stance_ends_the_claim_before_it() -> None:
    """'X said the bridge was safe and criticized the council ...': the second verb opens a claim of its own."""
    claims = _claims("Mayor Ann Lee said the bridge was safe and criticized the council for the long delay.")
    assert ("the bridge was safe", "Mayor Ann Lee", "said") in claims
    assert any(cue == "criticized" for _, _, cue in claims)


def test_a_clause_after_told_is_no_trailer_of_a_closing_credit() -> None:
    """'While ..., Ann Lee told reporters this was ...': what she told them follows; the clause before the comma
    is not her claim. A place or a time after the audience stays a trailer."""
    claims = _claims("While the council argued for weeks, Ann Lee told reporters this was the last chance to act.")
    assert ("this was the last chance to act", "Ann Lee", "told") in claims
    assert all(not content.startswith("While") for content, _, _ in claims)
    claims = _claims("The bridge will reopen in May, Ann Lee told reporters in Dover.")
    assert ("The bridge will reopen in May", "Ann Lee", "told") in claims


def test_a_name_opening_the_sentence_is_the_subject_past_a_long_appositive() -> None:
    """'Tom Reed, whose ferry ... for years, said he ...': the name before the appositive speaks."""
    claims = _claims(
        "Tom Reed, whose ferry company has carried tourists and freight between the two harbours for more than "
        "thirty years without a single serious accident on the crossing, said he would sell the last boat."
    )
    assert ("he would sell the last boat", "Tom Reed", "said") in claims


def test_more_verbs_of_stance_and_recollection() -> None:
    """'Ann Lee bemoaned the cuts', 'voters remember the flood', 'the mayor repeated her promise'."""
    claims = _claims("Mayor Ann Lee bemoaned the cuts to the ferry service.")
    assert ("the cuts to the ferry service", "Mayor Ann Lee", "bemoaned") in claims
    claims = _claims("Older fishermen remember the flood of 1953 in every detail.")
    assert any(cue == "remember" and source == "Older fishermen" for _, source, cue in claims)


def test_a_claim_ends_before_a_new_clause_or_an_aside_after_a_comma() -> None:
    """'..., and the council ...', '..., a swipe at ...': a new clause or an aside on the whole claim ends it."""
    claims = _claims("Ann Lee said the ferry was late again, and the council has done nothing about it for years.")
    assert ("the ferry was late again", "Ann Lee", "said") in claims
    claims = _claims("Ann Lee said the council had failed the town, a swipe at her rival on the council.")
    assert ("the council had failed the town", "Ann Lee", "said") in claims


def test_a_count_opens_the_clause_after_a_verb_of_speech() -> None:
    """'reported at least six ...', 'said about half of ...': a count is no preposition."""
    claims = _claims("The harbour office reported at least six ferries were late on Monday.")
    assert ("at least six ferries were late on Monday", "The harbour office", "reported") in claims


def test_a_question_asked_before_an_answer_without_a_verb_of_speech() -> None:
    """'Asked whether ..., Ann Lee demurred.': whoever opens the answer's clause was asked."""
    claims = _claims("Asked whether she would run again, Ann Lee demurred.")
    assert ("whether she would run again", "Ann Lee", None) in claims


def test_a_closing_credit_may_say_how_it_was_given() -> None:
    claims = _claims("The ferry will not run on Sunday, the harbour master said by phone.")
    assert ("The ferry will not run on Sunday", "the harbour master", "said") in claims


def test_a_name_inside_a_relative_clause_is_no_claim_source() -> None:
    """'Trump, who defeated Kamala Harris, also indicated ...': the source is Trump (the seed's second paragraph)."""
    for sentence in (
        "Ruiz, who defeated council member Ada Brill, also indicated a willingness to talk with the union.",
        "Ruiz, who defeated Ada Brill, wants to talk with the union.",
        "Ruiz, who defeated council member Ada Brill, also said he would call the union.",
    ):
        found = find_quotes([sentence])
        assert [c.source.mention for c in found.claims] == ["Ruiz"], sentence


def test_a_second_verb_after_a_quote_keeps_the_first_subject() -> None:
    """'X called the mayor a “bully,” and said ...': the phrase before "and" holds a verb; the source is X."""
    claims = _claims("Tom Okafor called the mayor a “bully,” and said the ferry plan was dead.")
    assert ("the ferry plan was dead", "Tom Okafor", "said") in claims


def test_the_second_of_two_names_after_a_preposition_is_no_source() -> None:
    """'dialogue between Putin and Trump signals ...': the subject is the dialogue, not Trump."""
    claims = _claims("The chance of talks between Brill and Okafor signals a thaw in the harbour dispute.")
    assert all(source != "Okafor" for _, source, _ in claims)


def test_a_stance_asked_about_is_not_held() -> None:
    """'When asked if he was open to talks, ...': a question put to him, not his stance."""
    claims = _claims("When asked if he was open to talks with the union, the mayor said nothing.")
    assert all(cue != "open to" for _, _, cue in claims)


def test_an_unnamed_antecedent_of_who_is_the_source() -> None:
    """'counter-protesters who vowed ...': the phrase the relative pronoun stands for, not "who"."""
    claims = _claims("The march in Dover was met by dock workers who vowed to keep the harbour open.")
    assert ("to keep the harbour open", "workers", "vowed") in claims  # a bare phrase is its last word
    claims = _claims("It was a hard week for the ferry crews who feared the closure of the port.")
    assert ("the closure of the port", "the ferry crews", "feared") in claims


def test_the_antecedent_of_who_after_a_preposition_is_the_last_noun() -> None:
    """'a practical gift for sailors who love ...': the people, not the gift; 'the sailor in your family who':
    the sailor."""
    claims = _claims("A compass is a practical gift for sailors who love the open sea.")
    assert ("the open sea", "sailors", "love") in claims
    claims = _claims("For the sailor in your family who can never remember the tides, this chart is ideal.")
    assert [source for _, source, _ in claims] == ["the sailor"]


def test_no_antecedent_is_guessed_for_which_after_a_comma_or_for_a_time() -> None:
    """'..., which suggests ...' often stands for the whole clause; 'Brill this year, who endorsed' is no time."""
    claims = _claims("Port traffic was flat over the past year, which suggests a slow recovery for the town.")
    assert all(source != "the past year" for _, source, _ in claims)
    claims = _claims("Voters in Dover re-elected Ada Brill this year, who endorsed the harbour plan.")
    assert all(source != "this year" for _, source, _ in claims)


def test_a_long_phrase_opening_the_sentence_is_the_source_of_said_that() -> None:
    """'A harbour official familiar with the dredging plans said that ...': the whole opening phrase."""
    claims = _claims(
        "A harbour official familiar with the dredging plans said that dredging would close the north pier in May."
    )
    assert (
        "that dredging would close the north pier in May",
        "A harbour official familiar with the dredging plans",
        "said",
    ) in claims


def test_a_description_between_commas_leaves_the_name_the_source() -> None:
    found = _claims("Tom Kirk, a music journalist, offered his view that the harbour album is a triumph.")
    assert [source for _, source, _ in found] == ["Tom Kirk"]


def test_a_description_between_commas_before_a_colon_leaves_the_name_the_speaker() -> None:
    paragraph = "Tom Kirk, a music journalist, offered his take: “The harbour album is a triumph.”"
    (quote,) = find_quotes([paragraph]).quotes
    assert quote.speaker is not None
    assert quote.speaker.mention == "Tom Kirk"


def _sources(paragraph: str) -> list[str | None]:
    return [claim.source.mention for claim in find_quotes([paragraph]).claims]


def test_a_place_after_in_or_at_is_no_subject() -> None:
    """'Health officials in Harbour Bay have confirmed ...': the officials, never the place."""
    assert _sources("Health officials in Harbour Bay have confirmed that a third case was found.") == [
        "Health officials in Harbour Bay"
    ]
    assert _sources("A jury in Harbour Bay found that the artist had broken the law.") == ["A jury in Harbour Bay"]


def test_a_name_before_at_is_the_subject() -> None:
    """'Tom Hale at Harbour Money suggests ...', 'Ann Lee, principal analyst at Harbour Research, sees ...'."""
    assert _sources("Tom Hale at Harbour Money suggests you ask yourself why you want it.") == ["Tom Hale"]
    assert _sources("Ann Lee, principal analyst at Harbour Research, sees the market as ripe.") == ["Ann Lee"]
