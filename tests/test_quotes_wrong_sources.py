"""Quotes and claims: wrong sources, wrong spans and false speech that were fixed (one invented fixture each)."""

from __future__ import annotations

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _article(*paragraphs: str) -> Article:
    return extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))


def _claims(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.content, a.source.mention, a.cue) for a in _article(*paragraphs).attributions]


def _quotes(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker and q.speaker.name, q.cue) for q in _article(*paragraphs).quotes]


def test_a_refusal_and_the_verb_it_refuses_give_one_claim() -> None:
    """'declined to comment on the report': the refusal's claim alone (nothing was said about the report);
    'refused to endorse Tom Hale': the refused stance's object, cued by the whole phrase."""
    assert _claims("Tom Hale, a spokesman for the Harbour Council, declined to comment on the report.") == [
        ("to comment on the report", "Tom Hale", "declined")
    ]
    assert _claims("Ann Lee declined to say whether the ferry would run in winter.") == [
        ("to say whether the ferry would run in winter", "Ann Lee", "declined")
    ]
    assert _claims("The harbour board refused to endorse Tom Hale for the council seat.") == [
        ("Tom Hale for the council seat", "The harbour board", "refused to endorse")
    ]


def test_a_report_is_no_source_as_a_verb_or_before_a_relative_clause() -> None:
    """'we can report that ...': a verb; 'a report that could raise ...': a relative clause. 'There were reports
    that ...' still credits the reports, so does a report after a preposition ('fits with reports that ...'), and in
    'polls that show ...' the polls are the source of what they show."""
    fits = _claims("The closure fits with reports that the harbour wall had cracked.")
    assert ("the harbour wall had cracked", "reports", None) in fits
    verb = _claims("We can report that the ferry ran late all winter.")
    assert not any(mention == "report" for _, mention, _ in verb)
    assert _claims("The council released a report that could raise new questions about the port.") == []
    assert ("the ferry ran late", "reports", None) in _claims("There were reports that the ferry ran late.")
    polls = _claims("Tom Hale pointed to polls that show him leading the race.")
    assert ("him leading the race", "polls", "show") in polls


def test_a_title_before_a_name_and_an_act_is_no_speech() -> None:
    """'“Harbour Lights,” Tom Hale teed up Ann Lee’s cameo': a song's name in title case, then a name and a verb
    that is no verb of speech with its object: no credit. A sentence quoted keeps its speaker, whatever the verb
    ('“Did we wake him up?” Tom Hale inserted his face ...'), and so does a title-case quote before a verb alone."""
    song = _quotes("After a song, “Harbour Lights,” Tom Hale teed up Ann Lee’s cameo.")
    assert not any(name == "Tom Hale" for _, name, _ in song)
    assert ("Did we wake him up?", "Tom Hale", "inserted") in _quotes(
        "“Did we wake him up?” Tom Hale inserted his face between them."
    )
    assert ("Harbour Lights,", "Tom Hale", "beamed") in _quotes("“Harbour Lights,” Tom Hale beamed.")


def test_a_transcript_label_in_capitals_names_its_speaker() -> None:
    """'ODO BRANN: ...' (a first name the lists do not know) speaks when 'BRANN: ...' opens another paragraph;
    in such a transcript a one-word label the running text writes as a name ('HARBOUR:' beside 'Harbour') speaks
    too, and the claims inside a turn are read as well. A dateline ('NEW PORT: ...') stays no speaker."""
    found = _claims(
        "ANN LEE: Why not debate the mayor?",
        "ODO BRANN: This is a man who never ran a negative ad, ever.",
        "LEE: You said the ferry would run on time.",
        "BRANN: I think the ferry runs on time.",
        "Mayor Tobin Harbour joined them later.",
        "HARBOUR: We never said that at all.",
    )
    assert ("This is a man who never ran a negative ad, ever", "ODO BRANN", None) in found
    assert ("I think the ferry runs on time", "BRANN", None) in found
    assert ("We never said that at all", "HARBOUR", None) in found
    assert ("the ferry runs on time", "I", "think") in found
    dateline = _claims("NEW PORT: The harbour board said that the ferry would run all winter.")
    assert dateline == [("that the ferry would run all winter", "The harbour board", "said")]


def test_a_name_in_title_case_then_an_act_after_it_is_no_speech() -> None:
    """'known as “Harbour Mum,” became a household name when she welcomed twins': with no credit next to it, a
    short title-case name whose sentence goes on with an act in the past ('welcomed') is no quote of the act's
    subject, nor does it frame a claim."""
    article = _article(
        "Ann Lee, who is widely known as “Harbour Mum,” became a household name when she welcomed twins in 2009."
    )
    assert not article.quotes
    assert [(a.content, a.cue) for a in article.attributions] == [("twins", "welcomed")]


def test_one_content_is_credited_by_one_verb() -> None:
    """'The staff member who reported the call recalled that ...': the verb nearest before the clause holds it (no
    second claim of 'reported'); a content lead never runs past a 'that' ('said that even if one thinks that ...':
    the first opens what was said), and a second that-clause after a dash continues the first."""
    assert _claims("The staff member who reported the call recalled that the ferry ran late.") == [
        ("that the ferry ran late", "The staff member", "recalled")
    ]
    found = _claims("Ann Lee said that even if one thinks that the plan failed, the port is safe.")
    assert ("that even if one thinks that the plan failed, the port is safe", "Ann Lee", "said") in found
    found = _claims("The poll shows that crews may be tired — and that the harbour board should not wait.")
    assert ("that crews may be tired — and that the harbour board should not wait", "The poll", "shows") in found


def test_a_plural_subject_states_after_a_quote() -> None:
    """'“...,” the harbour pilots state in the report': 'state' after a quote and its subject, before a place or a
    stop, is the verb crediting the quote (it was read as the noun 'state'); 'the council of the state.' names no
    speaker."""
    quote = _article("“We will build the new pier,” the harbour pilots state in the annual report.").quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.mention == "the harbour pilots"
    assert quote.cue == "state"
    quote = _article("“We will build the new pier,” the Harbour Council states.").quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.mention == "the Harbour Council"
    assert _article("“We will build the new pier,” the council of the state.").quotes[0].speaker is None


def test_a_relative_that_closing_a_source_gives_the_noun_before_it() -> None:
    """'Tom Hale provides harbour results that show ...': the verb's subject is the noun phrase before the relative
    'that', not the whole sentence before it ('Tom Hale provides harbour results that')."""
    found = _claims("Tom Hale provides harbour results that show where the crews came from.")
    assert found == [("where the crews came from", "harbour results", "show")]
    found = _claims("Ann Lee gathered 5,000 signatures for a petition that called for the pier’s closure.")
    assert found == [("the pier’s closure", "a petition", "called")]
    found = _claims("Tom Hale released a letter from his doctor Friday afternoon that says he is well.")
    assert ("he is well", "a letter from his doctor", "says") in found


def test_a_report_before_its_own_verb_and_object_gives_no_claim() -> None:
    """'a report that praised the pier crews', 'studies that illustrate this point': 'that' opens a relative
    clause whose verb is the report's own act, not what the report says; a that-clause opening with its subject
    ('reports that half the crews quit', 'reports that the ferry ran late') still credits the reports."""
    assert _claims("The council released a report that praised the pier crews.") == []
    assert _claims("Several studies that illustrate this point were cited in the harbour plan.") == []
    assert ("the ferry ran late", "reports", None) in _claims("There were reports that the ferry ran late.")
    assert ("half the crews quit", "reports", None) in _claims("There were reports that half the crews quit.")


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


def test_an_order_opening_a_sentence_is_no_one() -> None:
    """A recipe's "Stir in ..., adding ...": one capitalised word before a particle, named nowhere else, is an
    order, not a person saying what follows the participle."""
    assert _claims("Cut the pears. Stir in the lemon juice, adding the pectin powder.") == []
    assert _claims("Peel the plums. Mix with the sugar before adding the harbour honey.") == []


def test_a_name_before_a_preposition_stays_a_source() -> None:
    """A regression guard (passes on main too): a name before a preposition keeps its claims, whether the article
    names it elsewhere, it is a first name, a group or the subject of a finite cue ("Hale on Monday said")."""
    assert _claims("Hale on Monday said the ferry was late.") == [("the ferry was late", "Hale", "said")]
    claims = _claims("Tom Hale runs the harbour.", "Hale on Monday, adding that the ferry was late, left.")
    assert [(source, cue) for _, source, cue in claims] == [("Hale", "adding")]
    claims = _claims("Ann on Monday, adding that the ferry was late, left.")
    assert [(source, cue) for _, source, cue in claims] == [("Ann", "adding")]


def test_a_subordinator_is_no_part_of_the_speaker() -> None:
    """'Whenever a programmer thinks, "..."': the speaker is "a programmer", unnamed; "once the report showed"."""
    article = _article('Whenever a harbour pilot thinks, "What a calm sea", the ferry is late.')
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in article.quotes] == [
        ("What a calm sea", "a harbour pilot")
    ]
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert speaker.name is None


def test_a_preposition_opening_the_sentence_is_no_source() -> None:
    """'Despite', 'despite unprecedented' before a cue noun or a participle: the claim goes to the main clause's
    subject, or to nobody; the owner of a cue noun after "despite" is its source."""
    claims = _claims("Despite challenging the honesty of the harbour master, Tom Hale said he could work with him.")
    assert ("the honesty of the harbour master", "Tom Hale", "challenging") in claims
    claims = _claims("Harbour Mayor Ann Lee, R-Vt., despite admitting that she had doubts, backed the plan.")
    assert [source for _, source, cue in claims if cue == "admitting"] == ["Harbour Mayor Ann Lee"]
    claims = _claims("The pier stayed open, despite unprecedented attacks from the press and the crews.")
    assert all(not source.lower().startswith("despite") for _, source, _ in claims if source)
    claims = _claims("Despite Tom Hale’s insistence that the ferry was late, the pier stayed open.")
    assert [source for _, source, cue in claims if cue and cue.startswith("insistence")] == ["Tom Hale"]


def test_an_offer_to_the_reader_is_no_speech() -> None:
    """'Harbour Pro offers you all the information you need': a sales pitch; "offered the crowd an apology" stays."""
    assert _claims("Get Harbour Pro for a small fee. Harbour Pro offers you all the information you need.") == []
    claims = _claims("Tom Hale offered the crowd an apology for the late ferry.")
    assert [(source, cue) for _, source, cue in claims] == [("Tom Hale", "offered")]


def test_a_body_closing_an_appositive_is_no_source() -> None:
    """'Tom Hale, a scientist at the government-funded Harbour Institute, cited reports that X': the name is the
    source, not the body its appositive names (also after a compound adjective)."""
    claims = _claims(
        "Tom Hale, a political scientist at the government-funded Harbour Institute, cited reports that the ferry "
        "was late."
    )
    assert [(source, cue) for _, source, cue in claims] == [("Tom Hale", "cited")]
    claims = _claims("Tom Hale, a scientist at the state-run Harbour Institute, said the ferry was late.")
    assert [(source, cue) for _, source, cue in claims] == [("Tom Hale", "said")]
    claims = _claims("The leader of the Harbour Party, Tom Hale, condemned the attack.")
    assert [(source, cue) for _, source, cue in claims] == [("Tom Hale", "condemned")]


def test_a_vocative_before_a_clause_is_no_appositive() -> None:
    """The rule above, first version, gave "Folks" as a source: 'Folks, if you criticize anyone in The Harbour
    Club, ..., expect ...' is an order to the reader; "Folks" opens no appositive and is no source."""
    assert _claims("Folks, if you criticize anyone in The Harbour Club, or their friends, expect the same thing.") == []


def test_a_name_closing_a_description_of_the_subject_is_no_source() -> None:
    """ "Tom Hale, spokesman for the Harbour Council, said": the council closes Hale's description (an appositive
    opening without an article, or holding a relative clause), so Hale speaks, for a claim as for a quote."""
    assert _claims("Ann Lee, spokeswoman for the Harbour Council, said the pier would close.") == [
        ("the pier would close", "Ann Lee", "said")
    ]
    assert _claims("Ann Lee, president of the Harbour Fund, which owns the pier, said it would close.") == [
        ("it would close", "Ann Lee", "said")
    ]
    assert _claims("Tom Hale, spokesman for the Harbour Council, told reporters that the pier would close.") == [
        ("that the pier would close", "Tom Hale", "told")
    ]
    assert _quotes('Tom Hale, spokesman for the Harbour Council, said: "We will close the pier."') == [
        ("We will close the pier.", "Tom Hale", "said")
    ]
    # no comma closes the description: the phrase around the council speaks, not the name before it
    assert [
        c[1] for c in _claims("After meeting Tom Hale, members of the Harbour Council said the pier would close.")
    ] != ["Tom Hale"]


def test_a_relative_clause_after_a_credit_is_no_claim() -> None:
    """ "Tom Hale said, which surprised the council": the clause speaks of the saying; nothing was said in it."""
    assert _claims('"We will close the pier," Tom Hale said, which surprised the Harbour Council.') == []
    assert _claims("Tom Hale said, which surprised nobody.") == []
    assert _quotes('"We will close the pier," Tom Hale said, which surprised the Harbour Council.') == [
        ("We will close the pier,", "Tom Hale", "said")
    ]


def test_a_contracted_pronoun_is_the_pronoun_alone() -> None:
    """ "She'd said ...": the source's mention is "She" (the name pattern, which reads "O'Neill", took the "'d" in),
    and it still stands for the person named before."""
    article = _article("Ann Lee spoke first. She'd said the pier would close.")
    assert [(a.source.mention, a.source.name) for a in article.attributions] == [("She", "Ann Lee")]
    assert [a.source.mention for a in _article("They’ve said the pier would close.").attributions] == ["They"]
    assert [a.source.name for a in _article("Tom O'Neill said the pier would close.").attributions] == ["Tom O'Neill"]


def test_a_description_joined_by_and_to_the_subjects_appositive_is_no_source() -> None:
    """ "Tom Hale, the president of the fund and a former mayor of Westport, said": the second description is part of
    Hale's appositive; a description joined to a name without a comma still speaks with it as before."""
    sentence = "Tom Hale, the president of the Harbour Fund and a former mayor of Westport, said the pier would close."
    assert [c[1] for c in _claims(sentence)] == ["Tom Hale"]
    quote = '"We will close it," Tom Hale, the president of the Harbour Fund and a former mayor of Westport, said.'
    assert [q[1] for q in _quotes(quote)] == ["Tom Hale"]


def test_a_place_closing_a_phrase_or_a_relative_clause_is_no_source() -> None:
    """ "A teacher in Columbus, Ohio, said": the phrase the place closes speaks, not Ohio; "The study, which was
    published in Harbour Science, shows": the place-like name closes a relative clause, the study speaks."""
    assert [c[1] for c in _claims("A teacher in Westport, Maine, said the pier was unsafe.")] == [
        "A teacher in Westport, Maine"
    ]
    study = "The study, which was published in Harbour Science, shows that the pier is unsafe."
    assert [c[1] for c in _claims(study)] == ["The study"]
    assert [c[1] for c in _claims("Ann Lee, a teacher in Westport, Maine, said the pier was unsafe.")] == ["Ann Lee"]


def test_a_name_with_two_particles_is_one_name() -> None:
    """ "Maria de la Cruz", "Jan van der Berg": the name pattern allowed one particle between capitalised words, so
    the speaker was cut to "Maria" (after the verb) or to "Cruz" (before it)."""
    assert [q[1] for q in _quotes('"The water is rising," said Maria de la Cruz, the harbour master.')] == [
        "Maria de la Cruz"
    ]
    assert [q[1] for q in _quotes('Jan van der Berg said: "The dyke will hold."')] == ["Jan van der Berg"]
    assert [c[1] for c in _claims("Ana de los Santos said the pier would close.")] == ["Ana de los Santos"]


def test_a_name_set_off_after_a_description_before_the_cue_is_the_speaker() -> None:
    """'“...,” the mayor, Ann Lee, said': the speaker is the name between the commas, not "the mayor" (the
    credit after the cue, '“...,” said the mayor, Ann Lee', already gave the name); an appositive that is no name
    leaves the description."""
    assert [q[1] for q in _quotes('"We will rebuild," the mayor, Ann Lee, said on Monday.')] == ["Ann Lee"]
    assert [q[1] for q in _quotes('"We will appeal," her lawyer, Tom Hale, told reporters.')] == ["Tom Hale"]
    assert [q[1] for q in _quotes('"We will rebuild," the mayor, a former teacher, said.')] == [None]


def test_a_name_after_the_cue_and_its_description_is_the_speaker_before_the_setting() -> None:
    """'“...,” said the mayor, Ann Lee, on Monday': the name was taken only when the sentence ended after it or a
    description followed; the setting of the saying (a time, a place, "in a statement", "adding") follows it too."""
    assert [q[1] for q in _quotes('"We will rebuild," said the mayor, Ann Lee, on Monday.')] == ["Ann Lee"]
    assert [q[1] for q in _quotes('"We will appeal," said her lawyer, Tom Hale, in a statement.')] == ["Tom Hale"]
    assert [q[1] for q in _quotes('"We will rebuild," said the mayor, Ann Lee, adding that work would start.')] == [
        "Ann Lee"
    ]


def test_a_name_in_lower_case_names_nobody() -> None:
    """ "Harbour Council's chief executive said": the title word "chief" split the mention into a role and the name
    "executive"; a name with no capital letter is no name (a description: the source is unnamed)."""
    article = _article('"We will act," Harbour Council\'s chief executive said.')
    assert [(q.speaker.mention, q.speaker.name) for q in article.quotes if q.speaker] == [
        ("Harbour Council's chief executive", None)
    ]
    claims = _article("Harbour Council's chief executive said the pier would close.").attributions
    assert [(a.source.mention, a.source.name) for a in claims] == [("Harbour Council's chief executive", None)]


def test_a_title_after_a_preposition_is_not_the_speaker() -> None:
    """'“...,” said a spokesman for Sen. Ann Lee': the words before an honorific were read as the holder's role
    ("former Sen. Ann Lee"), so the senator spoke; after a preposition the senator is the object of the description.
    """
    quote = '"It is a disgrace," said a spokeswoman for Gov. Ann Lee.'
    assert [(q.speaker.mention, q.speaker.name) for q in _article(quote).quotes if q.speaker] == [
        ("a spokeswoman for Gov. Ann Lee", None)
    ]
    assert [q[1] for q in _quotes('"It is a disgrace," said an aide to Sen. Tom Hale.')] == [None]
    assert [q[1] for q in _quotes('"It is a disgrace," said former Sen. Tom Hale.')] == ["Tom Hale"]


def test_a_capitalised_noun_after_a_in_an_appositive_is_no_source() -> None:
    """ "Tom Hale, a Democrat, said ...": the capitalised noun after "a" names a kind of person, the appositive is
    Hale's (the claim's source was "Democrat"); a sentence opening with such a phrase keeps it as its source."""
    assert [c[1] for c in _claims("Tom Hale, a Democrat, said he was shocked.")] == ["Tom Hale"]
    assert [c[1] for c in _claims("Ann Lee, an Englishwoman, said she would stay in Westport.")] == ["Ann Lee"]
    assert [c[1] for c in _claims("A Democrat said he was shocked.")] == ["A Democrat"]


def test_a_name_after_a_place_and_an_occupation_is_the_speaker() -> None:
    """'“...,” said Westport fisherman Tom Hale': the place was taken for the speaker (the occupation, no role noun
    the patterns know, ended the mention); a word that joins two names leaves the first as before."""
    assert [q[1] for q in _quotes('"It is a disgrace," said Westport fisherman Tom Hale.')] == ["Tom Hale"]
    assert [q[1] for q in _quotes('"We are ready," said Harbour Bay beekeeper Ann Lee, 34.')] == ["Ann Lee"]
    assert [q[1] for q in _quotes('"It is a disgrace," said Tom Hale and Ann Lee.')] == ["Tom Hale"]


def test_a_name_with_where_it_is_from_before_the_cue_is_the_speaker() -> None:
    """'“...,” Ann Lee of the Harbour Council said': the credit after the quote read no mention followed by "of
    ...", and the subject nearest the verb, the council, spoke; a description keeps its place ("analysts at ...")
    and the whole quote is no longer taken for part of a sentence."""
    assert [q[1] for q in _quotes('"We will win," Ann Lee of the Harbour Council said.')] == ["Ann Lee"]
    assert [q[1] for q in _quotes('"We will win," Tom Hale from Westport told reporters.')] == ["Tom Hale"]
    analysts = _article('"We should prepare," analysts at Harbour Bank wrote.').quotes
    found = [(q.speaker.mention, q.kind.value) for q in analysts if q.speaker]
    assert found == [("analysts at Harbour Bank", "inline")]


def test_a_british_title_before_a_name_is_a_role() -> None:
    """ "PM Ann Lee", "Labour MP Tom Hale": the abbreviated titles were read as part of the speaker's name."""
    article = _article('"We will win," said Labour MP Tom Hale.', 'PM Ann Lee said: "We will govern."')
    assert [(q.speaker.name, q.speaker.role) for q in article.quotes if q.speaker] == [
        ("Tom Hale", "Labour MP"),
        ("Ann Lee", "PM"),
    ]


def test_letters_after_a_name_are_no_part_of_it() -> None:
    """ "Ann Lee MP", "Tom Hale QC": the letters after the name were kept in the speaker's name, and a later "Lee"
    was someone else."""
    article = _article('"We will win," Ann Lee MP said.', '"We will," Lee added.', '"It is over," said Tom Hale QC.')
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Ann Lee", "Ann Lee", "Tom Hale"]


def test_a_verb_phrase_before_a_cue_is_no_source() -> None:
    """'..., making the winter crossing seem ...', '..., signed a petition calling ...': the words before the cue
    are a verb phrase, no noun phrase naming someone; the claim had them as its source and is dropped. A verb of
    speech before a name ("said Ann Lee, calling it ...") still gives the name after it."""
    assert _claims("The ferry company cut its fares, making the winter crossing seem cheap.") == []
    petition = "Dozens of harbour crews, Ann Lee among them, signed a petition calling for a dredging ban."
    assert _claims(petition) == []
    calling = _claims("Tom Hale met the board, said Ann Lee, calling it a good start.")
    assert ("it a good start", "Ann Lee", "calling") in calling
    # before a noun cue the light verb still locates a claim's content ("raising questions about ...")
    raising = _claims("The Harbour Council froze the budget, raising questions about the new ferry.")
    assert [claim[0] for claim in raising] == ["about the new ferry"]


def test_a_name_closing_a_relative_clause_in_an_appositive_is_no_source() -> None:
    """ "Tom Hale, a fisherman who calls himself a proud Harbourite, said ...": the relative clause opened by "who"
    with no comma before it ends at the comma; the name or kind closing it is not the subject."""
    claims = _claims("Tom Hale, a fisherman who calls himself a proud Harbourite, said the plan was wrong.")
    assert ("the plan was wrong", "Tom Hale", "said") in claims
    assert [claim for claim in claims if claim[2] == "said"] == [("the plan was wrong", "Tom Hale", "said")]


def test_a_noun_with_a_relative_clause_opening_the_sentence_is_the_source() -> None:
    """'Many of those who oppose the fee argue that ...': the source is the noun phrase with its relative clause,
    not the clause's last words ('oppose the fee'); what the relative clause's verb holds ends before the main
    verb. A subject of the cue inside a short relative clause ('A skipper who police say ...') stays."""
    found = _claims("Many of those who oppose the fee argue that even discussing it sends the wrong signal.")
    assert ("that even discussing it sends the wrong signal", "Many of those who oppose the fee", "argue") in found
    assert ("the fee", "who", "oppose") in found
    found = _claims("But crews who support the plan say that the harbour will grow.")
    assert ("that the harbour will grow", "crews who support the plan", "say") in found
    found = _claims("A skipper who police say was at the helm left the harbour on Monday.")
    assert not any(mention and mention.startswith("A skipper") for _, mention, _ in found)


def test_the_medium_told_is_no_source_and_a_name_before_its_appositive_is() -> None:
    """'“...,” Ann Lee, the director of the Harbour Council, told The Harbour Times.': the paper is who was told, not
    who said it. '..., Ann Lee, MD, a study author at the Harbour Institute, told Harbour News.': the claim is the
    name's, past its appositive and the letters after it."""
    found = _claims(
        "“That is what is so worrying,” Ann Lee, the director of the Harbour Council, told The Harbour Times."
    )
    assert not any(mention and "Times" in mention for _, mention, _ in found)
    found = _claims(
        "The harbour plan was developed with crews, Ann Lee, MD, MSc, a study author at the Harbour Institute, "
        "told Harbour News."
    )
    assert found == [("The harbour plan was developed with crews", "Ann Lee", "told")]
    found = _claims("Later in the day, Tom Hale, a diver, and Ann Lee, a skipper, testified before the council.")
    assert found == []


def test_a_pronoun_is_no_utility_economist_forum_or_mission() -> None:
    """'Tom Hale, Harbour Economics managing director, ... He said': "he" is the person, not the firm named in his
    appositive; "Gas", "Electric", "Energy", "Economics", "Forum", "Mission", "Hospitals" end an organisation's
    name and "City", "Panhandle", "Pole" a place's, none of which "he" or "she" stands for."""
    found = _article("Tom Hale, Harbour Economics managing director, was more cautious. He said the fee would rise.")
    assert [a.source.name for a in found.attributions] == ["Tom Hale"]
    found = _article("Ann Lee, a Harbour Gas & Electric engineer, spoke first. She said the pipes were old.")
    assert [a.source.name for a in found.attributions] == ["Ann Lee"]


def test_a_verb_after_a_possessive_is_a_noun() -> None:
    """'a friend’s comment', 'the mayor’s plans': after a possessive in lower case the cue word is a noun, as after
    a name's ("Ford’s plans"); the "’s" of "it’s", "she’s" is "is" or "has" and the verb stays a verb."""
    assert _claims("The title comes from a friend’s comment during a storm at the harbour.") == []
    assert _claims("The mayor’s plans won’t help the harbour crews.") == []
    assert _claims("It’s claimed that the fee will rise in May.") == [
        ("that the fee will rise in May", "It", "claimed")
    ]


def test_a_request_for_comment_is_no_claim() -> None:
    """'did not respond to the Harbour Times’ request for comment': the reporter's formula, nothing the paper holds."""
    assert _claims("Harbour police did not respond to the Harbour Times’ request for comment.") == []


def test_sources_that_with_an_adverb_and_a_verb_is_a_relative_clause() -> None:
    """'food sources that either contain iron or ...': "that" opens a relative clause (an adverb, then a verb), not
    what the sources said."""
    assert _claims("Here are some food sources that either contain iron or help the body make more of it.") == []


def test_a_clause_before_a_cue_is_no_source() -> None:
    """A loose phrase holding a finite verb is a clause, no noun phrase: "there were 40 ferry delays (reported)" and
    "It's truly a widely (praised)" were sources; before an auxiliary and adverbs the subject alone is kept ("The
    Harbour Council has long (maintained)")."""
    assert _claims("Last winter there were 40 ferry delays reported nationwide, with two cancellations.") == []
    assert _claims("It's truly a widely praised ferry among the crews.") == []
    council = _claims("The Harbour Council has long maintained that the ferry is safe.")
    assert [claim[1] for claim in council] == ["The Harbour Council"]


def test_an_abbreviation_keeps_its_last_period_in_a_loose_source() -> None:
    """ "The U.S. has said ...": the loose source lost its last period ("The U.S"), which then read as the start of
    "U.S. Secretary ..." named earlier and took that name."""
    article = _article(
        "U.S. Secretary of State Ann Lee arrived in Harbour Bay on Monday.",
        "The U.S. has said that the harbour must stay open.",
    )
    assert [(a.source.mention, a.source.name) for a in article.attributions] == [("The U.S.", "U.S.")]


def test_a_pronoun_after_an_inverted_credit_stands_for_the_speaker() -> None:
    """ "..., said Tom Hale, HG&E's engineer." then "The northern Harbour Vale has seen ..., he said": the name
    after the verb of speech is the speaker "he" stands for, not a later capitalised name that is no subject."""
    article = _article(
        "One Harbour County station has not seen rain since 1905, said Tom Hale, HG&E's principal engineer.",
        "The northern Harbour Vale has seen a fraction of an inch of rain in two months, he said.",
    )
    assert [a.source.name for a in article.attributions] == ["Tom Hale", "Tom Hale"]


def test_a_name_after_said_that_opens_a_clause_is_no_credit() -> None:
    """A guard on the rule above (passes on the code before it too): a name after "said" that opens what was said
    ("He said Bob Ray then ran") or holds a possessive ("said Tom Hale’s plan") is no inverted credit."""
    article = _article("“The man struck me,” Tom Hale alleged. He said Bob Ray then ran when he told him to stop.")
    assert [a.source.name for a in article.attributions] == ["Tom Hale"]
    article = _article("Bob Ray, the harbour master, said Tom Hale’s plan would fail. “It will not hold,” he said.")
    assert [q.speaker and q.speaker.name for q in article.quotes] == ["Bob Ray"]


def test_a_verb_with_a_that_clause_after_a_quote_does_not_credit_it() -> None:
    """'“...” Ann Lee argued that the fee was fair.': a new sentence whose verb has its own clause speaks for
    itself; the quote before it goes on with the speaker before."""
    found = _quotes(
        "“The fee is too high,” Tom Hale wrote in May. “This has its costs: crews will leave the harbour.” "
        "Ann Lee argued that the fee was fair."
    )
    assert ("This has its costs: crews will leave the harbour.", "Tom Hale", "wrote") in found


def test_the_speaker_credited_in_the_sentence_before_outranks_a_later_name() -> None:
    """ "“It is all gone,” Tom Hale said in Eastwick, Harbourshire Downs. He said ...": the place after a comma
    opened no clause of its own; "he" stands for the speaker credited in that sentence. A name in the pronoun's
    own sentence is kept ("After Bob Ray left, he ...")."""
    article = _article(
        "“It is all gone,” Tom Hale said during a news conference in Eastwick, Harbourshire Downs. "
        "He said the flood destroyed 400 homes."
    )
    assert [a.source.name for a in article.attributions] == ["Tom Hale"]
    article = _article("“It is all gone,” Tom Hale said. After Bob Ray saw the pier, he said it would hold.")
    assert [(a.source.mention, a.source.name) for a in article.attributions][-1] == ("he", "Bob Ray")


def test_rt_hon_is_a_style_before_a_name() -> None:
    """'said the Rt. Hon. Ann Lee', 'The Rt. Hon. Ann Lee said', 'the Rt Hon Ann Lee MP': "Rt." and "Hon." end no
    sentence and are no part of the name."""
    assert _quotes("“We will reopen the harbour,” said the Rt. Hon. Ann Lee.") == [
        ("We will reopen the harbour,", "Ann Lee", "said")
    ]
    found = _article("The Rt. Hon. Ann Lee said the harbour would reopen in May.")
    assert [a.source.name for a in found.attributions] == ["Ann Lee"]
    assert _quotes("“We will reopen the harbour,” said the Rt Hon Ann Lee MP.") == [
        ("We will reopen the harbour,", "Ann Lee", "said")
    ]


def test_a_name_written_after_an_article_is_no_one_a_pronoun_stands_for() -> None:
    """ "The Kestrel Downs has seen little rain, she said": a name written after an article (or an article and a
    direction, "the northern ...") is a place, a work or a group, not the woman named before. A known first name
    keeps a name a person's where it qualifies a noun ("The Ann Lee campaign ...": a guard, passes on main)."""
    article = _article(
        "Ann Lee has farmed near the coast for 30 years.", "The Kestrel Downs has seen little rain this year, she said."
    )
    assert [a.source.name for a in article.attributions] == ["Ann Lee"]
    article = _article("The Ann Lee campaign opened an office on Monday. “We will win,” she said.")
    assert [q.speaker and q.speaker.name for q in article.quotes] == ["Ann Lee"]


def test_a_pronoun_after_according_to_stands_for_the_source() -> None:
    """ "According to Ann Lee, a historian, the pier ... “It will stand,” she said": the source named after
    "according to" is the woman "she" stands for, not the mayor named as a subject a paragraph before."""
    quotes = _quotes(
        "Kate Bell, the mayor, opened the pier on Monday.",
        "According to Ann Lee, a historian, the pier was built in 1905. “It will stand for another century,” she said.",
    )
    assert quotes == [("It will stand for another century,", "Ann Lee", "said")]


def test_a_name_holding_a_possessive_is_a_thing_owned() -> None:
    """ "Monday’s Kestrel Budget raised the fee. “...,” she said": a name holding a possessive before words that
    open with no known first name is a thing owned, no one "she" stands for."""
    quotes = _quotes(
        "Ann Lee has run the ferry for 30 years.",
        "Monday’s Kestrel Budget raised the fee. “We will keep the ferry,” she said.",
    )
    assert quotes == [("We will keep the ferry,", "Ann Lee", "said")]


def test_a_nationality_and_a_party_or_people_is_a_description() -> None:
    """ "Norwegian American members of the board ... she said": a nation's or a place's adjective before a party or
    a nation's people ("an Ohio Republican") describes someone, and names no one "she" stands for."""
    quotes = _quotes(
        "Ann Lee has run the ferry for 30 years.",
        "Norwegian American members of the board backed the fee. “We will keep the ferry,” she said.",
    )
    assert quotes == [("We will keep the ferry,", "Ann Lee", "said")]


def test_a_post_after_a_place_is_a_description() -> None:
    """ "Kestrel Secretary of State Tom Hale visited ... “...,” she said": the words before "of" ("Kestrel
    Secretary") are a post, no one "she" stands for."""
    quotes = _quotes(
        "Ann Lee has run the ferry for 30 years.",
        "Kestrel Secretary of State Tom Hale visited the pier on Monday. “We will keep the ferry,” she said.",
    )
    assert quotes == [("We will keep the ferry,", "Ann Lee", "said")]
