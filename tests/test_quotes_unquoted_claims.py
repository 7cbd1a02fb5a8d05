"""Claims without quote marks: reported speech read from its verb, its subject and its clause (invented fixtures)."""

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


def test_a_clause_of_concession_or_time_after_a_comma_ends_the_claim() -> None:
    """'..., despite ...', '..., though ...', '..., after ...', '..., whom ...': the reporter's frame after the
    claim is no part of it; an aside closed by a comma ('the ferry, despite its age, would ...') or right
    after 'that' stays inside."""
    found = _claims("Tom Hale said the ferry would run on time, despite the storm warnings from the harbour office.")
    assert ("the ferry would run on time", "Tom Hale", "said") in found
    found = _claims("Ann Lee said all crews sign the harbour rules, though she did not say who wrote them.")
    assert ("all crews sign the harbour rules", "Ann Lee", "said") in found
    found = _claims("Tom Hale said the ferry, despite its age, would run on time all winter.")
    assert ("the ferry, despite its age, would run on time all winter", "Tom Hale", "said") in found
    found = _claims("Ann Lee said that, though the dock looks old, the harbour is safe for all crews.")
    assert ("that, though the dock looks old, the harbour is safe for all crews", "Ann Lee", "said") in found


def test_according_to_behind_a_conjunction_a_parenthesis_or_a_colon_opens_the_claim() -> None:
    """'But according to X, ...', '(According to X, ...)', '...: According to X, ...': the credit still opens
    the claim, which runs to the sentence end (or the closing parenthesis)."""
    found = _claims("But according to the harbour office, the ferry will run all winter.")
    assert ("the ferry will run all winter", "the harbour office", "according to") in found
    found = _claims("Crews pay the fee. (According to Tom Hale, the fee has not changed in ten years.)")
    assert ("the fee has not changed in ten years", "Tom Hale", "According to") in found
    found = _claims("The fees are no secret: According to new figures, the harbour earned more than ever.")
    assert ("the harbour earned more than ever", "new figures", "According to") in found


def test_a_claim_inside_an_according_to_claim_is_a_claim_too() -> None:
    """'According to X, Y said ...': the credit's claim, and Y's claim inside it."""
    found = _claims("According to the harbour office, Tom Hale said the ferry would run all winter.")
    assert ("Tom Hale said the ferry would run all winter", "the harbour office", "According to") in found
    assert ("the ferry would run all winter", "Tom Hale", "said") in found


def test_as_reported_by_a_source_credits_the_clause() -> None:
    """'As reported by X, ...' and '..., as first reported by X.': the passive credit leads or closes the claim."""
    found = _claims("As reported by the Harbour Times, the ferry will run all winter.")
    assert ("the ferry will run all winter", "Harbour Times", "reported") in found
    found = _claims("The ferry will run all winter, as first reported by the Harbour Times.")
    assert ("The ferry will run all winter", "Harbour Times", "reported") in found


def test_a_quote_in_an_aside_after_the_opening_name_leaves_the_verb_to_the_name() -> None:
    """'Tom Hale, who calls the plan “a scandal,” said ...': the quote sits in the aside, so the verb after it is
    the name's own and reports the clause after it; a quote opening the sentence is still credited."""
    found = _claims("Tom Hale, who calls the plan “a scandal,” said the harbour council should resign at once.")
    assert ("the harbour council should resign at once", "Tom Hale", "said") in found
    found = _claims("“We will keep the harbour open,” Tom Hale said on Friday.")
    assert not any(cue == "said" for _, _, cue in found)


def test_a_participle_of_speech_opening_the_sentence_credits_the_main_subject() -> None:
    """'Noting that ..., Tom Hale said ...': the participle's clause, up to the comma, is the main subject's."""
    found = _claims("Noting that the ferry had run late all week, Tom Hale asked the council for a new boat.")
    assert ("that the ferry had run late all week", "Tom Hale", "Noting") in found
    found = _claims("Saying the harbour had no money left, Ann Lee cut the ferry timetable.")
    assert ("the harbour had no money left", "Ann Lee", "Saying") in found


def test_a_participle_after_a_quoted_phrase_hangs_on_the_sentence_subject() -> None:
    """'... called the plan a “harbour scandal,” adding that ...': the comma sits inside the quote, yet the
    participle is the subject's own act, not a credit of the quote; a role between two names leaves the
    subject to the second ('Harbour council spokesman Tom Hale')."""
    found = _claims("Ann Lee called the ferry plan a “harbour scandal,” adding that the council had hidden the cost.")
    assert ("that the council had hidden the cost", "Ann Lee", "adding") in found
    found = _claims("Harbour council spokesman Tom Hale praised the crew, adding that the ferry had never run late.")
    assert ("that the ferry had never run late", "Tom Hale", "adding") in found


def test_a_named_poll_after_a_clause_credits_it() -> None:
    """'Ann Lee led by ten points in the latest Harbour Times poll': the clause is the poll's finding; 'in the
    polls' (no one poll named) and a time clause ('when ... in the polls') give none."""
    found = _claims("Ann Lee led Tom Hale by ten points in the latest Harbour Times poll.")
    assert ("Ann Lee led Tom Hale by ten points", "the latest Harbour Times poll", "in") in found
    found = _claims("Ann Lee led Tom Hale by ten points in the polls.")
    assert not any(cue == "in" for _, _, cue in found)


def test_a_cue_word_after_an_article_or_before_a_verb_is_a_noun() -> None:
    """'noted in a report that ...', 'a council report argued that ...': 'report' is a noun there, and the
    verb gives the one claim; 'officials report that ...' and 'quick to report claims ...' keep the verb."""
    found = _claims("Ann Lee noted in a report that the old pier should be rebuilt before winter.")
    assert [cue for _, _, cue in found] == ["noted"]
    found = _claims("A Harbour Council report argued that the old pier should be rebuilt before winter.")
    assert [(source, cue) for _, source, cue in found] == [("A Harbour Council report", "argued")]
    found = _claims("Harbour officials report that the old pier should be rebuilt before winter.")
    assert [cue for _, _, cue in found] == ["report"]


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


def test_an_aside_closed_before_the_verb_stays_in_the_claim() -> None:
    """ "Police said the driver, a man from Westport, was arrested": the aside describes the claim's own subject and
    its verb follows, so the claim reads on; an aside closing the sentence is still left out."""
    assert _claims("Police said the driver, a man from Westport, was arrested at the scene.") == [
        ("the driver, a man from Westport, was arrested at the scene", "Police", "said")
    ]
    assert _claims("Ann Lee said that the ferry, which is old, would sink.") == [
        ("that the ferry, which is old, would sink", "Ann Lee", "said")
    ]
    assert _claims("Tom Hale said the council would close the pier, a move that critics said was hasty.")[0] == (
        "the council would close the pier",
        "Tom Hale",
        "said",
    )


def test_a_day_right_after_the_cue_is_no_part_of_the_claim() -> None:
    """ "Ann Lee said Friday the pier would close": the day says when it was said; a day that is the claim's own
    subject stays ("said Monday was the deadline")."""
    assert _claims("Ann Lee said Friday the pier would close.") == [("the pier would close", "Ann Lee", "said")]
    assert _claims("Ann Lee said last week Tom Hale would resign.") == [("Tom Hale would resign", "Ann Lee", "said")]
    assert _claims("Ann Lee said Monday was the deadline.") == [("Monday was the deadline", "Ann Lee", "said")]


def test_according_to_a_report_and_to_people_familiar_with_it() -> None:
    """ "..., according to a report by X" read "a report" as a verb (no claim); "two people familiar with the matter"
    is the whole source, not "two people"."""
    assert _claims("The pier would close, according to a report by the Harbour Times.") == [
        ("The pier would close", "Harbour Times", "according to")
    ]
    assert _claims("The pier would close, according to two people familiar with the matter.") == [
        ("The pier would close", "two people familiar with the matter", "according to")
    ]
    assert _claims("The pier would close, according to people close to Ann Lee.") == [
        ("The pier would close", "people close to Ann Lee", "according to")
    ]
    assert _claims("The pier would close, a person with knowledge of the talks said.") == [
        ("The pier would close", "a person with knowledge of the talks", "said")
    ]


def test_a_description_after_an_inverted_credit_is_no_part_of_the_claim() -> None:
    """'..., said Ann Lee, of the Harbour Council.', '..., says Tom Hale, founding director of Harbour Watch.',
    '..., according to Tom Hale, of ...': the words after the source's comma describe the source; a verb after it
    ('..., said Ann Lee, is dead.', '..., needs more work.') goes on with the sentence, which stays one claim."""
    found = _claims("The harbour will reopen on Monday, said Ann Lee, of the Harbour Council.")
    assert found == [("The harbour will reopen on Monday", "Ann Lee", "said")]
    found = _claims("The ferry will run all winter, says Tom Hale, founding director of Harbour Watch.")
    assert found == [("The ferry will run all winter", "Tom Hale", "says")]
    found = _claims("Crews will pay less, said Ann Lee, the port’s senior fee officer and harbour master.")
    assert ("Crews will pay less", "Ann Lee", "said") in found
    found = _claims("The new fee for the harbour, said Ann Lee, needs more work.")
    assert ("The new fee for the harbour, said Ann Lee, needs more work", "Ann Lee", "said") in found
    found = _claims("The ferry will run all winter, according to Tom Hale, of the Harbour Council.")
    assert found == [("The ferry will run all winter", "Tom Hale", "according to")]


def test_a_participle_with_its_complement_and_no_object_is_passive() -> None:
    """'he's accused of ...', 'stands accused of ...', 'the skipper accused of ...': "accused" needs its object
    before "of"; with none the verb is passive and its subject credits nothing. The active verb still does."""
    found = _claims("The harbour office said he's accused of taking a boat from the quay.")
    assert not any(cue == "accused" for _, _, cue in found)
    found = _claims("Tom Hale, who stands accused of stealing a boat, left the harbour on Monday.")
    assert not any(cue == "accused" for _, _, cue in found)
    found = _claims("The crew, praised for the rescue at the harbour, went home on Monday.")
    assert not any(cue == "praised" for _, _, cue in found)
    found = _claims("Ann Lee accused Tom Hale of stealing a boat from the harbour.")
    assert ("Tom Hale of stealing a boat from the harbour", "Ann Lee", "accused") in found


def test_a_second_credit_after_a_credit_inside_the_sentence_ends_the_claim() -> None:
    """'..., the harbour office said, according to the Harbour Times.': the credit closes the claim before it, in
    either order of source and verb; the second credit is no part of the claim."""
    found = _claims("There is no sign of a leak, the harbour office said, according to the Harbour Times.")
    assert ("There is no sign of a leak", "the harbour office", "said") in found
    found = _claims("There is no sign of a leak, said Ann Lee, according to the Harbour Times.")
    assert ("There is no sign of a leak", "Ann Lee", "said") in found


def test_a_participle_after_a_verb_and_its_comma_is_no_content_of_that_verb() -> None:
    """'..., Ann Lee said, adding that ...', 'Tom Hale chimed in, noting that ...': the participle makes its own
    claim; it is not what the verb before the comma reported."""
    found = _claims("The fee is too high, Ann Lee said, adding that the harbour would close in May.")
    assert ("that the harbour would close in May", "Ann Lee", "adding") in found
    assert not any(content.startswith("adding") for content, _, _ in found)
    found = _claims("Tom Hale chimed in, noting that the fee had not changed in ten years.")
    assert not any(content.startswith("noting") for content, _, _ in found)
    found = _claims("The crews objected, pointing out that the fee had doubled since May.")
    assert not any(content.startswith("pointing") for content, _, _ in found)


def test_two_verbs_joined_by_and_share_their_object() -> None:
    """'liked and respected them': the object of the first verb is the one after the second, not 'and ...'."""
    found = _claims("The crews came to believe that the council liked and respected them.")
    assert ("them", "the council", "liked") in found


def test_a_participle_of_reference_credits_its_object() -> None:
    """'..., Ann Lee said, referencing ...': what the speaker referred to is a claim of the speaker's."""
    found = _claims("“We will win,” Ann Lee said, referencing the harbour vote of last spring.")
    assert ("the harbour vote of last spring", "Ann Lee", "referencing") in found
    found = _claims("“It was the right call,” Tom Hale said, crediting the harbour master for the rescue.")
    assert ("the harbour master for the rescue", "Tom Hale", "crediting") in found


def test_a_name_given_is_no_claim() -> None:
    """'a cold, grey port called Skerry', 'a club called “Harbour Friends”', 'what’s called the “...”': the verb
    of naming gives a name; "called" with a subject and an object still reports ('Ann Lee, a harbour pilot, called
    Tom Hale a liar': the appositive is closed by its comma)."""
    found = _claims("In a cold, grey port called Skerry, the crew waited for the ferry.")
    assert not any(cue == "called" for _, _, cue in found)
    found = _claims('Tom Hale runs a club called "Harbour Friends" in the town.')
    assert not any(cue == "called" for _, _, cue in found)
    found = _claims("Ann Lee says the glow is what’s called the “harbour halo.”")
    assert not any(cue == "called" for _, _, cue in found)
    found = _claims("Ann Lee, a harbour pilot, called Tom Hale a liar.")
    assert ("Tom Hale a liar", "Ann Lee", "called") in found


def test_a_list_in_an_object_is_one_object() -> None:
    """'citing low fees, calm seas and good weather': commas of a list whose last item holds 'and' or 'or' do not
    end the object; a comma before a clause ('..., and the council agreed', '..., which ...') still does, and a
    verb followed by a comma has no object ('romantic, threatening, or both')."""
    found = _claims("“It was a good year,” Ann Lee said, citing low fees, calm seas and good weather.")
    assert ("low fees, calm seas and good weather", "Ann Lee", "citing") in found
    found = _claims("Tom Hale opposed the fee, the levy and the new harbour tax.")
    assert ("the fee, the levy and the new harbour tax", "Tom Hale", "opposed") in found
    found = _claims("Tom Hale opposed the fee, which the council set in May.")
    assert ("the fee", "Tom Hale", "opposed") in found
    found = _claims("Crews found the plan romantic, threatening, or some mix of both.")
    assert not any(content.startswith("or") for content, _, _ in found)


def test_a_cue_word_after_an_adjective_or_in_think_tank_is_a_noun() -> None:
    """'tough questions about ...', 'false claims that ...', 'the common view of ...', 'the Harbour Council think
    tank told ...': a cue word after an adjective, or "think" before "tank", is a noun, never the verb of its
    clause; the verb itself still reports ('Crews think ...'), and after a verb in "-ed" the noun is its object
    ('raised new questions about ...': the subject raised them, as with 'raised questions')."""
    found = _claims("Many tough questions about the harbour fees went unanswered on Monday.")
    assert not any(cue == "questions" for _, _, cue in found)
    found = _claims("Ann Lee pointed to similar claims by other harbour towns.")
    assert not any(cue == "claims" for _, _, cue in found)
    found = _claims("The Harbour Council think tank told reporters the fees would rise.")
    assert not any(cue == "think" for _, _, cue in found)
    assert ("the fees would rise", "The Harbour Council think tank", "told") in found
    found = _claims("Crews think the harbour will close in the winter.")
    assert ("the harbour will close in the winter", "Crews", "think") in found
    found = _claims("The harbour papers raised new questions about the fees.")
    assert ("about the fees", "The harbour papers", "questions") in found


def test_initials_with_dots_end_no_sentence_before_a_name() -> None:
    """'in L.A. County', 'the N.Y. harbour': initials joined by dots end a sentence only before a word that opens
    one ('moved to L.A. They said ...'), as 'U.S.' does."""
    found = _claims("Most fees in L.A. County went up last year, said Ann Lee, a harbour researcher.")
    assert ("Most fees in L.A. County went up last year", "Ann Lee", "said") in found
    found = _claims("The crews moved to L.A. They said the fee was too high.")
    assert ("the fee was too high", "They", "said") in found


def test_asked_about_a_topic_is_no_claim() -> None:
    """'Asked about the harbour, Ann Lee said: ...': the topic put to her is nothing she claimed; a question put in
    words ('Asked whether the harbour would reopen, ...') stays a claim."""
    found = _claims('Asked about the harbour, Ann Lee said: "We will reopen it in May."')
    assert not any(content.startswith("about") for content, _, _ in found)
    found = _claims("Asked whether the harbour would reopen in May, Ann Lee said the council would decide.")
    assert ("whether the harbour would reopen in May", "Ann Lee", None) in found


def test_a_particle_alone_is_no_claim() -> None:
    """'what you’re looking for', 'the people who seem to have ...': the particle left after the verb holds nothing."""
    assert _claims("It is always worth checking back if you don’t find what you’re looking for.") == []
    assert _claims("Then there are the crews who seem to have read none of the harbour rules.") == []


def test_a_comma_between_two_adjectives_does_not_end_an_object() -> None:
    """'agree to large, specific fee cuts', 'called for a joint, international authority': the comma stands
    between two adjectives of one noun; a comma before a clause still ends the object."""
    found = _claims("The council called for a joint, international harbour authority for the bay.")
    assert ("a joint, international harbour authority for the bay", "The council", "called") in found
    found = _claims("Tom Hale warned of the cost in the past, nevertheless voting for the fee on Monday.")
    assert ("of the cost in the past", "Tom Hale", "warned") in found


def test_whom_a_stance_of_telling_told_is_no_part_of_the_claim() -> None:
    """'assured the public on Monday, in a letter, that the risks were low': whom they assured, then the claim; a
    relative or a determiner "that" ('persuaded the board to cut fees that ...', 'assured of a win in that port')
    keeps the object."""
    found = _claims("The council assured the public on Monday, in a letter to residents, that the risks were low.")
    assert ("that the risks were low", "The council", "assured") in found
    found = _claims("Tom Hale persuaded the board to cut the fees that crews pay at the harbour.")
    assert not any(content.startswith("that crews") for content, _, _ in found)


def test_a_claim_inside_a_relative_clause_ends_with_it() -> None:
    """'On her blog, which the council has since said it is reviewing, Ann Lee praised ...', 'The fee, which Ann
    Lee said was a mistake, was cut': the relative clause closes before the sentence's own subject or verb."""
    found = _claims("On her harbour blog, which the council has since said it is reviewing, Ann Lee praised the fee.")
    assert ("it is reviewing", "the council", "said") in found
    found = _claims("The fee, which Ann Lee said was a mistake, was cut in May.")
    assert ("was a mistake", "Ann Lee", "said") in found


def test_a_participle_of_belief_after_be_is_passive() -> None:
    """'It is also regarded as vital to the harbour', '(The board is widely believed to have ...)': the subject is
    what others believe or regard, and credits nothing; 'Ann Lee regarded the fee as unfair' stays."""
    assert _claims("It is also regarded as vital to the harbour, which lost the ferry deal.") == []
    assert _claims("(The harbour board is widely believed to have raised the fee.)") == []
    assert ("the fee as unfair", "Ann Lee", "regarded") in _claims("Ann Lee regarded the fee as unfair.")
