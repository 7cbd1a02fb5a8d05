"""Claims without quote marks: where a claim ends, and what is no claim (one fixture sentence each, written
for these tests; the shapes themselves are in test_quotes_shapes.py)."""

from __future__ import annotations

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _article(*paragraphs: str) -> Article:
    return extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))


def _claims(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    return [(a.content, a.source.mention, a.cue) for a in _article(*paragraphs).attributions]


def test_a_framing_claim_runs_on_after_a_quoted_phrase() -> None:
    """'warned of a “bitter” fight that could ...': the quote is a phrase inside the claim, which runs to the
    end of its clause."""
    claims = _claims("Mayor Ann Lee warned of a “bitter” fight that could split the council for years.")
    assert any(content == "of a “bitter” fight that could split the council for years" for content, _, _ in claims)


def test_a_framing_claim_ends_with_a_whole_utterance() -> None:
    claims = _claims("Mayor Ann Lee called the plan “a disgrace,” adding that she would vote against it.")
    assert any(content.endswith("“a disgrace,”") for content, _, _ in claims)


def test_a_dateline_or_a_related_link_is_no_speaker_label() -> None:
    assert _claims("WASHINGTON: The council voted on the bridge today.") == []
    assert _claims("Related: Council Votes On The Bridge Today.") == []


def test_according_to_a_description_names_the_speaker_of_the_quote() -> None:
    """'According to the newspaper, “...”': the words between the phrase and the quote are its speaker, and
    they frame no claim."""
    article = _article("The club opposed the change. According to the newspaper, “The rules were never enforced.”")
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.mention == "the newspaper"
    assert all(not a.content.startswith("the newspaper") for a in article.attributions)


def test_a_one_word_answer_after_said() -> None:
    claims = _claims("Asked about the bridge, the mayor said no. Her deputy said yes.")
    assert ("no", "the mayor", "said") in claims
    assert ("yes", "Her deputy", "said") in claims


def test_a_phrase_after_a_preposition_is_no_subject_of_say() -> None:
    """'In June, ... say': the words before the verb hold a comma and a preposition, not one noun phrase."""
    claims = _claims("In the towns along the river the farmers say they were never asked.")
    assert all(not mention.startswith("In the towns") for _, mention, _ in claims)


def test_a_passive_object_cue_names_no_source() -> None:
    """'X was accused of ...': X is not the one who accused."""
    claims = _claims("The mayor was accused of hiding the cost of the new bridge.")
    assert all(cue != "accused" for _, _, cue in claims)


def test_what_someone_called_something_is_no_stance() -> None:
    claims = _claims("It was what aide Tom Reed called the start of a new era for the party.")
    assert all(cue != "called" for _, _, cue in claims)


def test_show_as_a_noun_before_a_title_is_no_cue_for_the_quote() -> None:
    """'show' reports a claim only without quote marks: a title after the noun 'show' stays a title."""
    article = _article("She was the star of the reality show “Cake Island” for three seasons.")
    assert article.quotes == ()


def test_a_cue_after_a_closing_quote_mark_gives_no_claim() -> None:
    """Two single marks, a comma, 'said X, a pollster': X credits the quote; what follows is an appositive."""
    claims = _claims("''The race is close,'' said Paul Hart, a pollster in the state capital.")
    assert all(not content.startswith("Paul Hart") for content, _, _ in claims)


def test_a_sentence_after_a_straight_single_quote_is_its_own() -> None:
    """''...'' quotes: a claim ends with its sentence, before the next one opens with two single marks."""
    claims = _claims("He said the club would close in May. ''We had no other choice,'' he said of the board.")
    assert ("the club would close in May", "He", "said") in claims


def test_no_stays_a_word_before_a_new_sentence() -> None:
    """'No.' is a number only before a digit: 'said no. But ...' ends a sentence."""
    claims = _claims("The mayor said no. But she said the council would vote again.")
    assert ("the council would vote again", "she", "said") in claims
    assert all("But she" not in content for content, _, _ in claims)


def test_a_participle_after_be_is_the_verb_of_the_claim() -> None:
    """'X is calling for ...', 'they’re saying ...', 'he’s hoping ...': after a form of "be" a participle is the
    finite verb, and its subject stands before the auxiliary."""
    claims = _claims("Mayor Ann Lee is calling for a new bridge over the harbour.")
    assert ("a new bridge over the harbour", "Mayor Ann Lee", "calling") in claims
    claims = _claims("They’re quietly saying the ferry will not run again this year.")
    assert ("the ferry will not run again this year", "They", "saying") in claims
    claims = _claims("He’s hoping the council will vote for the plan.")
    assert any(content == "the council will vote for the plan" and source == "He" for content, source, _ in claims)


def test_a_possessive_before_a_participle_is_no_progressive() -> None:
    assert _claims("The mayor’s backing of the bridge plan was firm.") == []


def test_words_with_a_verb_of_their_own_do_not_lead_to_that() -> None:
    """'say it is only fitting that ...': the words before "that" are the claim's own clause, not a time or a
    place between the verb and its "that"."""
    claims = _claims("The mayor’s aides say it is only fitting that she now faces the council alone.")
    assert any(content.startswith("it is only fitting") for content, _, _ in claims)


def test_verbs_of_naming_pleading_and_leaning_report_a_stance() -> None:
    claims = _claims("Mayor Ann Lee named her deputy as the new harbour master.")
    assert any(cue == "named" and source == "Mayor Ann Lee" for _, source, cue in claims)
    claims = _claims("Ann Lee is supportive of the new bridge over the harbour.")
    assert any(content == "the new bridge over the harbour" for content, _, _ in claims)
    claims = _claims("Ann Lee pleaded for calm after the vote on the bridge.")
    assert any(content.startswith("calm") for content, _, _ in claims)


def test_a_stance_held_in_a_phrase() -> None:
    claims = _claims("Ann Lee made it clear she would not back the new bridge.")
    assert any(source == "Ann Lee" and "would not back the new bridge" in content for content, source, _ in claims)
    claims = _claims("The mayor is confident that the ferry will run again by June.")
    assert any(content == "the ferry will run again by June" for content, _, _ in claims)


def test_a_place_closing_an_appositive_is_no_source() -> None:
    claims = _claims("Jane Hill, a teacher in Columbus, Ohio, said the schools would close early this year.")
    assert ("the schools would close early this year", "Jane Hill", "said") in claims


def test_a_credit_between_commas_closes_the_claim_before_a_participle() -> None:
    """'..., Spicer said, adding, “...”': the claim is what comes before the credit, not the quote after it."""
    claims = _claims("The plan will fail in the Senate, Ann Lee said, adding, “We are not going to back down on this.”")
    assert ("The plan will fail in the Senate", "Ann Lee", "said") in claims


def test_a_verb_outside_the_lists_before_that_reports_a_clause() -> None:
    """'Ann Lee calculates that ...': any verb form with a subject before it and a clause after "that"."""
    claims = _claims("Ann Lee calculates that the new bridge would cost twice as much as the tunnel.")
    assert ("the new bridge would cost twice as much as the tunnel", "Ann Lee", "calculates") in [
        (content.removeprefix("that "), source, cue) for content, source, cue in claims
    ]


def test_a_plural_noun_before_that_is_no_verb() -> None:
    assert _claims("The council weighed the issues that the bridge would raise for the ferry.") == []


def test_a_participle_after_a_preposition_hangs_on_the_subject() -> None:
    """'by talking about ...', 'After saying ..., the mayor ...': the subject of the sentence's main clause."""
    claims = _claims("Ann Lee opened her campaign by talking about the bridge over the harbour.")
    assert ("the bridge over the harbour", "Ann Lee", "talking about") in claims
    claims = _claims("After saying the ferry would run again, the mayor left the room.")
    assert ("the ferry would run again", "the mayor", "saying") in claims


def test_a_negated_progressive_is_the_verb_of_the_claim() -> None:
    claims = _claims("Ann Lee isn’t saying what the new bridge will cost.")
    assert ("what the new bridge will cost", "Ann Lee", "saying") in claims


def test_a_participle_after_and_hangs_on_the_subject() -> None:
    claims = _claims("Ann Lee urged the council to act, and criticizing the delay over the bridge at every turn.")
    assert any(source == "Ann Lee" and content.startswith("the delay over the bridge") for content, source, _ in claims)


def test_a_modal_stands_between_a_stance_and_its_subject() -> None:
    claims = _claims("Ann Lee could never support the new bridge over the harbour.")
    assert ("the new bridge over the harbour", "Ann Lee", "support") in claims


def test_a_time_closing_the_object_of_a_stance_is_left_out() -> None:
    claims = _claims("Ann Lee backed the new bridge plan on Tuesday.")
    assert ("the new bridge plan", "Ann Lee", "backed") in claims


def test_a_belief_held_by_a_relative_pronoun() -> None:
    claims = _claims("The senator is close to Ann Lee, who believes the new bridge will never be finished.")
    assert any(content == "the new bridge will never be finished" for content, _, _ in claims)


def test_appearing_somewhere_is_no_stance() -> None:
    assert _claims("Ann Lee appeared at the harbour meeting with the ferry captains.") == []
    claims = _claims("Ann Lee appeared pleased with the vote on the new bridge.")
    assert any(cue == "appeared" for _, _, cue in claims)


def test_more_inverted_credits_close_a_claim() -> None:
    claims = _claims("The bridge will be finished before the winter storms, predicted Ann Lee, the harbour master.")
    assert ("The bridge will be finished before the winter storms", "Ann Lee", "predicted") in claims


def test_an_aside_between_dashes_stands_between_subject_and_cue() -> None:
    claims = _claims("Many ferry captains — including the oldest in the harbour — said the new bridge is too low.")
    assert any(
        source == "Many ferry captains" and content == "the new bridge is too low" for content, source, _ in claims
    )


def test_as_someone_noted_leads_or_closes_a_claim() -> None:
    claims = _claims("As Ann Lee noted on Tuesday, the bridge will not open before the winter.")
    assert ("the bridge will not open before the winter", "Ann Lee", "noted") in claims
    claims = _claims("The bridge will not open before the winter, as Ann Lee noted on Tuesday.")
    assert ("The bridge will not open before the winter", "Ann Lee", "noted") in claims


def test_telling_after_a_comma_reports_what_was_told() -> None:
    claims = _claims("Ann Lee denounced the vote, telling reporters she had nothing to do with it.")
    assert ("she had nothing to do with it", "Ann Lee", "telling") in claims


def test_a_verb_of_speech_that_is_a_stance_reports_its_object() -> None:
    """'agreed to pay ...', 'vowed to fight ...': no clause follows, so the object is the stance."""
    claims = _claims("The ferry company agreed to pay the harbour workers for the lost season.")
    assert any(content == "to pay the harbour workers for the lost season" for content, _, _ in claims)


def test_a_verb_of_belief_or_admission_reports_its_object() -> None:
    claims = _claims("Ann Lee acknowledged the error in the harbour budget last spring.")
    assert any(cue == "acknowledged" and source == "Ann Lee" for _, source, cue in claims)


def test_a_verb_of_belief_reports_its_object_after_a_mention() -> None:
    claims = _claims("Ann Lee thought the bridge plan a costly mistake for the town.")
    assert any(cue == "thought" and source == "Ann Lee" for _, source, cue in claims)


def test_a_verb_of_aspect_or_effort_carries_the_cue_of_its_subject() -> None:
    found = _claims("The harbour board continues to warn that the old pier could collapse.")
    assert ("that the old pier could collapse", "The harbour board", "warn") in found
    found = _claims("Mayor Ann Lee went on to criticize the council for its silence.")
    assert ("the council for its silence", "Mayor Ann Lee", "criticize") in found
    found = _claims("Ann Lee is continuing to insist she will publish the ferry audit.")
    assert ("she will publish the ferry audit", "Ann Lee", "insist") in found


def test_a_time_or_a_medium_may_stand_between_said_and_its_clause() -> None:
    found = _claims("The harbour master said on Friday he would reopen the north pier.")
    assert ("he would reopen the north pier", "The harbour master", "said") in found
    found = _claims("The ferry company said in a statement Tuesday night it had cancelled the late crossing.")
    assert ("it had cancelled the late crossing", "The ferry company", "said") in found
    # a subordinate clause is no setting: "as she sat ..." is not what was said
    found = _claims("Ann Lee said at the pier as she sat on a bench that the ferry was late.")
    assert not any(content.startswith("she sat") for content, _, _ in found)


def test_a_closing_credit_reads_past_an_abbreviation_and_stops_at_a_semicolon() -> None:
    found = _claims("The pier must close for repairs, said Ann Lee, who joined the U.S. Coast Guard in 2001.")
    assert ("The pier must close for repairs", "Ann Lee", "said") in found
    found = _claims("The pier must close for repairs, according to Ann Lee, who joined the U.S. Coast Guard in 2001.")
    assert ("The pier must close for repairs", "Ann Lee", "according to") in found
    found = _claims("The ferry will stop running in winter, the harbour master said; in summer it sails twice a day.")
    assert ("The ferry will stop running in winter", "the harbour master", "said") in found


def test_a_question_to_the_reader_is_no_claim() -> None:
    """'..., you may have wondered?': the reader is no source, and the auxiliaries are no part of one."""
    assert _claims("Could the band go any further, you may have wondered? Here is the answer.") == []


def test_a_closing_source_ends_before_its_auxiliaries() -> None:
    assert _claims("The port will close next week, port officials have said.") == [
        ("The port will close next week", "officials", "said")
    ]


def test_a_time_alone_after_the_cue_is_no_content() -> None:
    """'which Bezos announced earlier this year': what was announced stands before the verb."""
    found = _claims("The lander is based on its Moon vehicle, which the founder Ada Brill announced earlier this year.")
    assert not any(content.startswith("earlier") for content, _, _ in found)
    assert ("Cruz", "Mayor Ann Lee", "criticized") in _claims("Mayor Ann Lee criticized Cruz earlier this week.")


def test_a_sentence_leading_into_a_quote_credited_after_it_is_a_claim() -> None:
    found = _claims("The new pier may be “a costly mistake for the island,” said Ann Lee.")
    assert ("The new pier may be “a costly mistake for the island,”", "Ann Lee", "said") in found
    # a quote that opens its sentence, or one that closes it before the credit, frames nothing
    assert not _claims("“The new pier is a costly mistake,” said Ann Lee.")
    found = _claims("The mayor spoke of “a costly mistake.” Ann Lee said the pier was safe.")
    assert not any(content.startswith("The mayor") for content, _, _ in found)


def test_a_relative_clause_before_the_cue_credits_its_antecedent() -> None:
    """'The senator who was indicted says ...': the senator, not the relative clause's verb phrase."""
    assert _claims("The senator who was indicted says he is innocent.") == [("he is innocent", "The senator", "says")]
    assert _claims("Officials who have seen the report say it is damning.") == [("it is damning", "Officials", "say")]


def test_a_claim_ends_before_a_participle_after_a_comma() -> None:
    found = _claims("Ann Lee said the ferry would return in May, pointing to the repairs at the pier.")
    assert ("the ferry would return in May", "Ann Lee", "said") in found
    found = _claims("Ann Lee said the ferry would stop at three islands, including the two in the bay.")
    assert ("the ferry would stop at three islands, including the two in the bay", "Ann Lee", "said") in found


def test_a_programme_named_in_quote_marks_may_stand_between_said_and_that() -> None:
    found = _claims("Ann Lee said on the radio’s “Harbour Hour” that the ferry would run again in May.")
    assert ("that the ferry would run again in May", "Ann Lee", "said") in found
    # "that" with a comma after it still opens the clause
    found = _claims("The harbour master wrote in a letter that, after the storm, the pier would stay shut.")
    assert ("that, after the storm, the pier would stay shut", "The harbour master", "wrote") in found


def test_a_second_that_clause_after_and_or_but_belongs_to_the_same_claim() -> None:
    found = _claims("Ann Lee said the ferry would run again in May, but that the fares would rise.")
    assert ("the ferry would run again in May, but that the fares would rise", "Ann Lee", "said") in found


def test_a_pronoun_and_an_auxiliary_after_said_stand_for_the_clause() -> None:
    found = _claims("Few councillors would back the pier. Ann Lee said she would.")
    assert ("she would", "Ann Lee", "said") in found


def test_a_long_audience_or_setting_may_stand_between_the_cue_and_that() -> None:
    """'told a crowded hall at the harbour museum in Dover on Friday that ...': the audience takes up to twelve
    words, a setting ('in a letter to the editors of ...') up to ten after its preposition."""
    found = _claims(
        "Tom Hale told a crowded hall at the old harbour museum in Dover on Friday that the pier would reopen."
    )
    assert ("that the pier would reopen", "Tom Hale", "told") in found
    found = _claims("Tom Hale wrote in a long letter to the editors of the Harbour Gazette that the pier would reopen.")
    assert ("that the pier would reopen", "Tom Hale", "wrote") in found


def test_call_before_a_pronoun_object_names_what_the_source_holds() -> None:
    """'Critics call it a folly': a verb of naming after a plural subject; 'a conference call to' and 'call 311'
    are no claim."""
    found = _claims("Critics call it a folly that will sink the harbour budget.")
    assert ("it a folly that will sink the harbour budget", "Critics", "call") in found
    assert not any(
        cue == "call" for _, _, cue in _claims("Tom Hale held a conference call to defend the harbour plan.")
    )
    assert not any(
        cue == "call" for _, _, cue in _claims("Residents who need help can call 311 for the harbour office.")
    )


def test_a_poll_after_a_comma_or_with_has_shown_reports_a_finding() -> None:
    """'For instance, a harbour poll last week showed ...', 'every poll has shown ...': a document opening the
    clause of a verb of evidence, not only the sentence."""
    found = _claims("For instance, a harbour poll last week showed Tom Hale in third place.")
    assert any(cue == "showed" and content == "Tom Hale in third place" for content, _, cue in found)
    found = _claims("Every recent harbour poll has shown Tom Hale in the lead.")
    assert any(cue == "shown" and content == "Tom Hale in the lead" for content, _, cue in found)


def test_point_to_after_a_subject_is_a_stance() -> None:
    """'Critics point to ...': a stance after a plural subject; 'a reference point to make' is a noun."""
    found = _claims("Critics point to the harbour debts that grew under Tom Hale.")
    assert any(cue == "point to" and source == "Critics" for _, source, cue in found)
    assert not any(
        cue == "point to" for _, _, cue in _claims("The jig uses the harbour wall as a reference point to make cuts.")
    )


def test_asked_which_or_whom_opens_the_question() -> None:
    """'when asked which ferry he would take', 'When asked whom she backed, ...': the question is the claim."""
    found = _claims("Tom Hale spoke to the harbour radio when asked which ferry he would take.")
    assert any(content == "which ferry he would take" for content, _, _ in found)
    found = _claims("When asked whom she backed for harbour master, Ann Lee said she had not decided.")
    assert any(content == "whom she backed for harbour master" for content, _, _ in found)


def test_a_group_or_plural_subject_holds_a_belief_without_that() -> None:
    """'Tom Hale's team thinks he ...', 'Harbour strategists think ...', 'few believe ...': a group holds the
    belief even when the subject is no name."""
    found = _claims("Tom Hale's team thinks he is the favourite for harbour master.")
    assert ("he is the favourite for harbour master", "Tom Hale's team", "thinks") in found
    found = _claims("But few believe the harbour can reopen before the winter storms.")
    assert any(source == "few" and cue == "believe" for _, source, cue in found)


def test_asked_why_or_how_alone_is_the_question() -> None:
    """'Asked how, Tom Hale said ...': the question word alone stands for the question asked."""
    found = _claims("Asked how, Tom Hale said he would raise the harbour fees.")
    assert any(content == "how" and source == "Tom Hale" for content, source, _ in found)


def test_a_relative_clause_on_the_subject_ends_before_the_sentence_verb() -> None:
    """'Tom Hale, who said ..., recounted ...': what the relative clause reports ends at the comma that closes it,
    before the sentence's own verb; the main clause's claim is a claim of its own."""
    claims = _claims(
        "Ada Brill, who said Tom Hale misled her in 2019, recounted the meeting on a local radio show.",
        "Tom Hale, who says the port is failing because the fees have doubled, said ships should dock elsewhere.",
        "Harbour Council, which said the budget was balanced, met again on Monday.",
    )
    contents = [content for content, _, _ in claims]
    assert "Tom Hale misled her in 2019" in contents
    assert "the port is failing because the fees have doubled" in contents
    assert "ships should dock elsewhere" in contents
    assert "the budget was balanced" in contents
    assert not any("recounted" in content or "met again" in content for content in contents)


def test_a_relative_clause_between_dashes_names_the_person_before_it() -> None:
    """'Ann Lee — who said ... — left': the name opening the paragraph is no dateline ('LONDON —'), and the
    relative pronoun between the dashes stands for it."""
    (claim,) = _article("Ann Lee — who said the budget was balanced — left the meeting early.").attributions
    assert claim.content == "the budget was balanced"
    assert (claim.source.mention, claim.source.name) == ("who", "Ann Lee")
    (dated,) = _article("HARBOURTON — Ann Lee said the budget was balanced.").attributions
    assert dated.source.name == "Ann Lee"


def test_the_object_of_a_preposition_after_a_noun_is_no_subject() -> None:
    """'Supporters of Tom Hale said', 'The complaint against Tom Hale alleges', 'The Bureau of Harbour Statistics
    reported': the noun phrase is the source, not the name inside it."""
    sources = [
        source
        for _, source, _ in _claims(
            "Supporters of Tom Hale said the vote was rigged.",
            "The complaint against Tom Hale alleges that he lied to the board.",
            "The Bureau of Harbour Statistics reported that landings fell by a tenth.",
        )
    ]
    assert sources == [
        "Supporters of Tom Hale",
        "The complaint against Tom Hale",
        "The Bureau of Harbour Statistics",
    ]
