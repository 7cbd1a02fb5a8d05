"""Claims without quote marks held by verbs and adjectives of will, intention, advocacy and feeling (one
fixture sentence each, written for these tests)."""

from __future__ import annotations

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _claims(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    article = extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))
    return [(a.content, a.source.mention, a.cue) for a in article.attributions]


def test_an_adjective_of_will_reports_what_the_source_would_do() -> None:
    claims = _claims("The harbour master is willing to reopen the north pier next spring.")
    assert ("to reopen the north pier next spring", "The harbour master", "willing") in claims
    claims = _claims("Mayor Ann Lee is determined to finish the bridge before the winter.")
    assert ("to finish the bridge before the winter", "Mayor Ann Lee", "determined") in claims


def test_a_progressive_of_intention_reports_the_plan() -> None:
    claims = _claims("The county board is planning to raise the ferry fares in May.")
    assert ("to raise the ferry fares in May", "The county board", "planning") in claims


def test_verbs_of_pressure_and_advocacy_report_their_object() -> None:
    claims = _claims("Ann Lee pressed the council to publish the audit of the ferry.")
    assert ("the council to publish the audit of the ferry", "Ann Lee", "pressed") in claims
    claims = _claims("The fishermen’s union pushed the county to dredge the harbour.")
    assert any(cue == "pushed" and content == "the county to dredge the harbour" for content, _, cue in claims)


def test_a_note_sounded_is_a_stance() -> None:
    claims = _claims("Ann Lee sounded a cautious note about the cost of the new bridge.")
    assert ("a cautious note about the cost of the new bridge", "Ann Lee", "sounded") in claims


def test_a_refusal_to_comment_names_its_topic() -> None:
    claims = _claims("The harbour master would not comment on the audit of the ferry.")
    assert any(cue == "comment" and "the audit of the ferry" in content for content, _, cue in claims)


def test_a_register_lists_what_it_reports() -> None:
    claims = _claims("The county register lists the pier as a public footpath since 1902.")
    assert any(cue == "lists" and content.startswith("the pier as a public footpath") for content, _, cue in claims)


def test_more_forms_of_the_verbs_of_stance_report_their_object() -> None:
    claims = _claims("The ferry captain worries about the silt in the harbour mouth.")
    assert any(cue == "worries about" and content.startswith("the silt") for content, _, cue in claims)
    claims = _claims("The fishermen’s union is advocating for a second ferry to the island.")
    assert any(cue == "advocating for" and content == "a second ferry to the island" for content, _, cue in claims)
    claims = _claims("The two island councils intend to share the cost of the old ferry.")
    assert any(cue == "intend" and content == "to share the cost of the old ferry" for content, _, cue in claims)
    claims = _claims("Most islanders would welcome a second bridge to the mainland.")
    assert any(cue == "welcome" and content == "a second bridge to the mainland" for content, _, cue in claims)


def test_a_leaning_an_instruction_and_a_choice_report_their_object() -> None:
    claims = _claims("Ann Lee said she is leaning toward the eastern route for the bridge.")
    assert any(cue == "leaning" and content == "toward the eastern route for the bridge" for content, _, cue in claims)
    claims = _claims("The mayor instructed the clerk to publish the audit of the ferry.")
    assert ("the clerk to publish the audit of the ferry", "The mayor", "instructed") in claims
    claims = _claims("The harbour board opted to keep the old ferry for one more year.")
    assert ("to keep the old ferry for one more year", "The harbour board", "opted") in claims


def test_a_noun_of_will_or_statement_reports_its_complement() -> None:
    claims = _claims("The council debated Ann Lee’s decision to close the north pier for the winter.")
    assert any(cue == "decision to" and content == "close the north pier for the winter" for content, _, cue in claims)
    claims = _claims("Islanders were angered by his refusal to publish the audit of the ferry.")
    assert any(cue == "refusal to" and content == "publish the audit of the ferry" for content, _, cue in claims)


def test_a_stance_held_in_a_phrasal_verb_or_an_adjective() -> None:
    claims = _claims("Mayor Ann Lee is open to a second ferry on weekends.")
    assert ("a second ferry on weekends", "Mayor Ann Lee", "open to") in claims
    claims = _claims("Ann Lee is proud of the new footbridge over the river.")
    assert ("the new footbridge over the river", "Ann Lee", "proud of") in claims


def test_an_adjective_of_readiness_or_reluctance_reports_what_the_source_would_do() -> None:
    claims = _claims("Mayor Ann Lee is ready to sign the ferry contract this week.")
    assert ("sign the ferry contract", "Mayor Ann Lee", "ready to") in claims
    claims = _claims("Ann Lee is reluctant to raise the ferry fares again.")
    assert ("raise the ferry fares again", "Ann Lee", "reluctant to") in claims


def test_a_noun_of_response_or_assessment_reports_its_object() -> None:
    claims = _claims("The council praised Ann Lee’s assessment of the damage to the pier.")
    assert any(cue == "assessment of" and content == "the damage to the pier" for content, _, cue in claims)


def test_an_object_reads_past_a_number_and_a_list_of_examples() -> None:
    claims = _claims("Ann Lee wants a ferry fund of $250,000 for the island.")
    assert ("a ferry fund of $250,000 for the island", "Ann Lee", "wants") in claims
    claims = _claims("Ann Lee wants a new harbour plan, including a second pier and a fish market.")
    assert ("a new harbour plan, including a second pier and a fish market", "Ann Lee", "wants") in claims
    claims = _claims("Ann Lee wants a new harbour plan, and the council agreed last week.")
    assert ("a new harbour plan", "Ann Lee", "wants") in claims


def test_an_object_ends_before_a_second_verb_in_the_past() -> None:
    claims = _claims("Ann Lee praised the new ferry timetable and took the first crossing herself.")
    assert ("the new ferry timetable", "Ann Lee", "praised") in claims
    # two verbs sharing one object keep it
    claims = _claims("Ann Lee criticized and rejected the new ferry timetable.")
    assert any(content == "the new ferry timetable" for content, _, _ in claims)


def test_a_pronoun_or_name_as_object_ends_before_the_setting_of_the_stance() -> None:
    claims = _claims("The harbour master endorsed Ann Lee at a crowded meeting in the town hall.")
    assert ("Ann Lee", "The harbour master", "endorsed") in claims
    claims = _claims("The ferry company praised her after the rescue at sea.")
    assert ("her", "The ferry company", "praised") in claims
    # a noun phrase keeps what follows it ("an increase in the fares")
    claims = _claims("The harbour master opposed an increase in the ferry fares.")
    assert ("an increase in the ferry fares", "The harbour master", "opposed") in claims


def test_a_name_before_a_long_appositive_holds_the_stance() -> None:
    claims = _claims(
        "Lee, a Dover councillor who was first elected to the Harbour Board in 2008, criticized the new timetable."
    )
    assert ("the new timetable", "Lee", "criticized") in claims


def test_an_object_of_stance_runs_on_over_during() -> None:
    claims = _claims("Ann Lee pressed for a new pier during the long budget talks of the council.")
    assert ("a new pier during the long budget talks of the council", "Ann Lee", "pressed") in claims


def test_a_spaced_hyphen_is_a_dash_that_ends_the_claim() -> None:
    claims = _claims("Ann Lee said the ferry would run on time - but the council was not so sure.")
    assert ("the ferry would run on time", "Ann Lee", "said") in claims
    claims = _claims("The harbour master praised the new timetable -- a rare compliment from him.")
    assert ("the new timetable", "The harbour master", "praised") in claims
    # a pair of hyphens sets off an aside: the claim reads past it
    claims = _claims("Ann Lee said the ferry - the old one from Dover - would run on time all winter.")
    assert ("the ferry - the old one from Dover - would run on time all winter", "Ann Lee", "said") in claims


def test_a_claim_ends_before_a_second_source_and_its_verb_of_speech() -> None:
    claims = _claims("Ann Lee said the ferry was safe and two harbour pilots said it was not.")
    assert ("the ferry was safe", "Ann Lee", "said") in claims
    claims = _claims("Some voters preferred Ann Lee and many others later said they would stay home.")
    assert ("Ann Lee", "Some voters", "preferred") in claims
    # a relative clause of the object is no second source
    claims = _claims("The council agreed to hear calls from fishermen and other workers who said they were owed pay.")
    assert any(content.endswith("who said they were owed pay") for content, _, _ in claims)


def test_pledged_before_delegates_is_no_pledge() -> None:
    claims = _claims("Ann Lee leads the race by 120 pledged delegates after the island primaries.")
    assert not any(cue == "pledged" for _, _, cue in claims)
    claims = _claims("Ann Lee pledged to reopen the north pier before the summer.")
    assert ("to reopen the north pier before the summer", "Ann Lee", "pledged") in claims


def test_a_time_after_the_credit_of_a_quote_is_no_claim() -> None:
    claims = _claims("“The ferry will run all winter,” Ann Lee said late last week. The council agreed.")
    assert not any(source == "Ann Lee" for _, source, _ in claims)
    claims = _claims("“The ferry will run,” Ann Lee said Monday in an interview with the island radio.")
    assert not any(source == "Ann Lee" for _, source, _ in claims)
    # a clause after the credit is still a claim
    claims = _claims("“We will see,” Ann Lee said the ferry would run all winter.")
    assert ("the ferry would run all winter", "Ann Lee", "said") in claims


def test_more_verbs_of_belief_complaint_and_praise_report_a_claim() -> None:
    claims = _claims("Ann Lee guessed the ferry would be late again this winter.")
    assert ("the ferry would be late again this winter", "Ann Lee", "guessed") in claims
    claims = _claims("The harbour master laments the loss of the old night ferry.")
    assert ("the loss of the old night ferry", "The harbour master", "laments") in claims
    claims = _claims("Ann Lee praises the crew of the night ferry.")
    assert ("the crew of the night ferry", "Ann Lee", "praises") in claims


def test_claim_with_a_thing_taken_is_no_claim() -> None:
    # "claimed" as taking: a title, a victim, a home; the credit of the sentence is the reporting verb after
    claims = _claims("The storm claimed the lives of six people in Harbourton, officials said.")
    assert all(cue != "claimed" for _, _, cue in claims)
    assert any(source == "officials" and cue == "said" for _, source, cue in claims)
    assert all(cue != "claimed" for _, _, cue in _claims("Ann Lee claimed her first harbour regatta title."))
    # a clause after it is still what was claimed
    assert ("the council lied", "Tom Hale", "claimed") in _claims("Tom Hale claimed the council lied.")
    assert ("the vote was rigged", "Tom Hale", "claimed") in _claims("Tom Hale claimed the vote was rigged.")


def test_a_quote_after_a_claim_of_a_thing_is_credited_by_the_sentence_s_reporter() -> None:
    article = extract_quotes(
        Article(
            sections=[
                Section(
                    blocks=[
                        Paragraph(
                            "Shortly after the fair this year, a fire claimed a barn in Harbourton, Maine, likely "
                            "caused by an “electrical fault” due to extension cords in the barn feeding a number of "
                            "outside lights, the fire chief told local news."
                        )
                    ]
                )
            ]
        )
    )
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in article.quotes] == [
        ("electrical fault", "the fire chief")
    ]


def test_a_linking_verb_before_an_adjective_of_stance_is_no_part_of_the_source() -> None:
    """'The Harbour Council stands ready to act', 'Some crews remain reluctant to ...': the source is the subject
    before the linking verb, not a phrase ending in it; 'Get ready to ...' opens an imperative and credits no one."""
    claims = _claims("The Harbour Council stands ready to act if the harbour floods.")
    assert ("act if the harbour floods", "The Harbour Council", "ready to") in claims
    claims = _claims("Some crews remain reluctant to sail past the harbour wall.")
    assert ("sail past the harbour wall", "Some crews", "reluctant to") in claims
    claims = _claims("Get ready to enjoy the harbour this summer.")
    assert claims == []
