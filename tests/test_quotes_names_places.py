"""Names next to places and titles: countries are no persons, titles before names, descriptions set off by commas."""

from __future__ import annotations

import pytest

from newsmodel._quotes._desk import find_quotes


def _speakers(paragraphs: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    found = find_quotes(paragraphs)
    return [
        (q.speaker.mention, q.speaker.name, q.speaker.role) if q.speaker is not None else (None, None, None)
        for q in found.quotes
    ]


def test_a_country_is_no_person_a_pronoun_stands_for() -> None:
    paragraphs = [
        "Maren Holt, a historian, said the archive was thin.",
        "According to Holt, the Slovak Republic could follow the others.",
        "“It takes only one case,” she said.",
    ]
    assert _speakers(paragraphs) == [("she", "Maren Holt", None)]


def test_the_united_states_is_an_organisation() -> None:
    paragraphs = ["Ida Bell spoke first. According to Bell, the United States could act.", "“Soon,” she said."]
    assert _speakers(paragraphs) == [("she", "Ida Bell", None)]


def test_names_inside_a_description_set_off_by_commas_are_not_the_subject() -> None:
    paragraph = (
        "“Costs are rising,” Tomas Greer, the head of the Harbour Bank of New Lisbon, said in a speech on "
        "Monday. “The doubt is lasting.”"
    )
    assert [s[0] for s in _speakers([paragraph])] == ["Tomas Greer", "Tomas Greer"]


def test_a_dotted_abbreviation_before_a_title_stays_in_the_name() -> None:
    paragraph = "“Justice was served,” said U.S. Attorney Erin Vale."
    assert _speakers([paragraph]) == [("U.S. Attorney Erin Vale", "Erin Vale", "U.S. Attorney")]


def test_a_dotted_abbreviation_ending_a_sentence_does_not_join_the_next_word() -> None:
    paragraph = "He moved to the U.S. Then Ray Olsen said “fine” to him."
    assert _speakers([paragraph]) == [("Ray Olsen", "Ray Olsen", None)]


def test_the_place_after_a_title_belongs_to_the_role() -> None:
    paragraph = "Norway’s ambassador to Chile Arne Voss has said the talks need “resolve and patience” on both sides."
    assert _speakers([paragraph]) == [
        ("Norway’s ambassador to Chile Arne Voss", "Arne Voss", "Norway’s ambassador to Chile")
    ]


def test_a_capital_opening_an_adverbial_is_no_speaker() -> None:
    paragraphs = ["Soon, the Lindqvist label was pitching its line as “a return to plain things” to buyers."]
    assert _speakers(paragraphs) == [(None, None, None)]


def test_a_capital_word_the_cast_knows_still_speaks() -> None:
    paragraphs = ["Dana Pruitt spoke first.", "Pruitt, at the rally, promised “a fair deal” to the crowd."]
    assert [s[1] for s in _speakers(paragraphs)] == ["Dana Pruitt"]


def test_a_quote_opening_its_sentence_is_not_credited_to_a_verb_of_stance_before_it() -> None:
    paragraph = (
        "Halvorsen says there was a “sameness in the endings” that made the play seem flat. "
        "“I did not think it could carry one more loss.”"
    )
    assert [s[0] for s in _speakers([paragraph])] == ["Halvorsen", "Halvorsen"]


def test_a_quote_opening_its_sentence_after_a_credit_goes_to_that_speaker() -> None:
    paragraph = "Also, the mayor is no planner, Ostrander said. “She is a caretaker!”"
    assert [s[0] for s in _speakers([paragraph])] == ["Ostrander"]


def _cues(paragraph: str) -> list[str | None]:
    found = find_quotes([paragraph])
    return [paragraph[q.cue.start : q.cue.end] if q.cue is not None else None for q in found.quotes]


def test_a_noun_after_the_quote_is_no_cue() -> None:
    paragraph = 'He had "a box of wires and red tubes," and that was enough to get his demands heard.'
    assert _cues(paragraph) == [None]
    assert _speakers([paragraph]) == [("He", None, None)]


def test_a_quote_ending_its_sentence_takes_no_cue_from_the_next() -> None:
    paragraph = (
        "With rents and food prices rising, it was no surprise that this was the year of “plain wealth.” "
        "The idea that money should whisper, not shout, spread."
    )
    assert _cues(paragraph) in ([], [None])
    assert _speakers([paragraph]) in ([], [(None, None, None)])


def test_the_antecedent_of_a_relative_clause_before_the_cue_speaks() -> None:
    paragraph = 'He was fined as the constable who made the arrest said he was "tired of this kind of thing."'
    assert _speakers([paragraph]) == [("the constable", None, None)]


def test_a_description_with_a_relative_clause_gives_the_name_it_describes() -> None:
    paragraph = "Ivo Brandt, a former firefighter who responded said: “She told a strange tale.”"
    assert _speakers([paragraph]) == [("Ivo Brandt", "Ivo Brandt", None)]


def test_a_phrase_opening_with_a_verb_is_no_speaker() -> None:
    paragraph = (
        "Ortiz, 25, made news when he professed that he would “no longer stay silent” and filmed himself "
        "shouting “Free the river!” on the bridge."
    )
    assert all(s[0] != "filmed himself" for s in _speakers([paragraph]))


def test_a_contracted_pronoun_resolves_like_the_pronoun() -> None:
    paragraphs = ["Dana Pruitt spoke at the hall.", "She’d said it would be “a gift of fortune.”"]
    assert _speakers(paragraphs) == [("She", "Dana Pruitt", None)]  # the mention without its "’d"


def test_a_present_tense_verb_closing_the_credit_credits_the_quote() -> None:
    assert _speakers(["“Our grandmother kept us fed,” he reflects, thinking of the farm."])[0][0] == "he"
    assert _speakers(["“Pop goes to Ana Ruiz,” reflects Neil. “Fair enough.”"]) == [
        ("Neil", "Neil", None),
        ("Neil", "Neil", None),
    ]


def test_a_present_tense_verb_that_goes_on_is_no_credit() -> None:
    assert all(s[0] != "Mr. Brolin" for s in _speakers(["In “Hail, Tiber!,” Mr. Brolin gets into the spirit."]))


def test_an_age_between_the_cue_and_the_name() -> None:
    paragraph = "“I was unable to stand,” wrote 43-year-old Martin Tayne of Aberdeen, Scotland, in a case study."
    assert _speakers([paragraph]) == [("Martin Tayne", "Martin Tayne", None)]


def test_a_description_with_an_abbreviation_set_off_by_commas() -> None:
    paragraph = (
        "“Instead, they failed,” Gerald Barrow, the U.S. attorney for the Southern District of New York, said "
        "in a release. “They lied.”"
    )
    assert [s[0] for s in _speakers([paragraph])] == ["Gerald Barrow", "Gerald Barrow"]


def test_a_place_after_a_preposition_is_not_the_subject_of_the_verb() -> None:
    paragraph = (
        "The lawsuit, filed in the District Court for the Eastern District of New York, seeks that Ames be "
        "“restrained.”"
    )
    assert _speakers([paragraph]) == [("The lawsuit", None, None)]


def test_a_group_opening_a_sentence_is_unnamed() -> None:
    found = find_quotes(["Authorities said the man was “armed and dangerous.”"])
    speaker = found.quotes[0].speaker
    assert speaker is not None
    assert speaker.name is None
    assert speaker.kind == "unnamed"


def test_a_lone_name_before_a_verb_of_speech_is_someone_a_pronoun_stands_for() -> None:
    paragraphs = [
        "Hideo Kojima made a game last year.",
        "Varga said the film ran long. “We are not done with these stories,” he said.",
    ]
    assert _speakers(paragraphs) == [("he", "Varga", None)]


def test_a_capitalised_common_word_is_no_speaker() -> None:
    paragraphs = ["Her happiness was real.", "Happiness is “making long calls to friends” at night."]
    assert _speakers(paragraphs) in ([], [(None, None, None)])


def test_a_common_word_opening_a_group_gives_the_group() -> None:
    paragraphs = [
        "Federal labor groups have long campaigned against having contractors do jobs that are "
        "considered “inherently governmental.” Some federal work is private."
    ]
    found = find_quotes(paragraphs)
    speaker = found.quotes[0].speaker
    assert speaker is not None
    assert speaker.mention == "Federal labor groups"
    assert speaker.kind == "unnamed"


def test_a_title_in_capitals_is_nobody_a_pronoun_stands_for() -> None:
    paragraphs = [
        "Relationship coach Jo Hemmings says secrets are common.",
        "A star of Made In Chelsea has spoken about it. “It is not a betrayal of trust,” she says.",
    ]
    assert _speakers(paragraphs) == [("she", "Jo Hemmings", None)]


def test_an_inverted_credit_is_not_skipped_for_a_later_cue() -> None:
    paragraph = "“There are many voters here,” said majority leader Abe Aiyash, a Democrat who said that twice."
    assert _speakers([paragraph]) == [("Abe Aiyash", "Abe Aiyash", "majority leader")]


def test_an_indefinite_description_is_no_name() -> None:
    paragraphs = [
        "Democrat Hilda Crane spoke first.",
        "Abe Aiyash, a Democrat who said that, while “the mayor is by far the worst,” voters are tired.",
    ]
    assert _speakers(paragraphs)[0][1] != "Democrat Hilda Crane"


def test_two_descriptions_set_off_by_commas_before_the_cue() -> None:
    paragraph = (
        "Gil Horn, the executive director of Fair Print, a media watchdog, says, “There has never been a war like it.”"
    )
    assert _speakers([paragraph]) == [("Gil Horn", "Gil Horn", None)]


def test_a_day_after_the_name_is_no_part_of_it() -> None:
    paragraph = "Norway’s Defense Ministry on Sunday said the strikes hit “military command and control sites,” only."
    found = find_quotes([paragraph])
    speaker = found.quotes[0].speaker
    assert speaker is not None
    assert speaker.mention == "Norway’s Defense Ministry"


def test_a_pronoun_once_resolved_fixes_the_persons_gender() -> None:
    paragraphs = [
        "Ilse Marr, a resident, said the night was long.",
        "Tomasz Wrobel visited the city. “We will rebuild,” he said.",
        "“I am sorry to leave,” she added.",
    ]
    assert [s[1] for s in _speakers(paragraphs)] == ["Tomasz Wrobel", "Ilse Marr"]


def test_a_ministry_keeps_its_title_word_and_its_country() -> None:
    paragraph = "“The drones were shot down over the sea,” Norland’s Defense Ministry said."
    assert _speakers([paragraph]) == [("Norland’s Defense Ministry", "Norland’s Defense Ministry", None)]


def test_a_department_after_the_is_named_whole() -> None:
    paragraph = "“No visas were refused,” the Justice Department said."
    assert _speakers([paragraph])[0][1] == "Justice Department"


def test_a_title_before_a_person_is_still_a_role() -> None:
    paragraph = "“No visas were refused,” said Defense Secretary Ida Marr."
    assert _speakers([paragraph]) == [("Defense Secretary Ida Marr", "Ida Marr", "Defense Secretary")]


def test_the_name_after_an_inverted_description_is_the_speaker() -> None:
    paragraph = "“We will rebuild the bridges,” said the country’s foreign minister, Ola Brandt."
    assert [s[:2] for s in _speakers([paragraph])] == [("Ola Brandt", "Ola Brandt")]


def test_a_possessive_description_before_a_name_credits_the_name() -> None:
    paragraph = "“We will rebuild the bridges,” said Norland’s foreign minister, Ola Brandt, who spoke in Vesby."
    assert [s[:2] for s in _speakers([paragraph])] == [("Ola Brandt", "Ola Brandt")]


def test_a_name_followed_by_an_affiliation_stays_the_speaker() -> None:
    paragraph = "“We will rebuild the bridges,” said Ola Brandt, Westwood Capital."
    assert [s[:2] for s in _speakers([paragraph])] == [("Ola Brandt", "Ola Brandt")]


def test_a_name_made_of_common_words_is_no_one_a_pronoun_stands_for() -> None:
    paragraphs = [
        "Mia Holt, 24, joined the cast in June.",
        "Love Island returned to screens on Monday, and the island was busy; love was in the air.",
        "“It was hard to go,” she said.",
    ]
    assert _speakers(paragraphs) == [("she", "Mia Holt", None)]


def test_a_title_of_common_words_before_a_name_still_names_a_person() -> None:
    paragraphs = [
        "Doctor Neeraj Sethi runs the clinic; every doctor there works nights.",
        "“We are seeing more cases,” he said.",
    ]
    assert "Neeraj Sethi" in (_speakers(paragraphs)[0][1] or "")


def test_a_role_noun_in_capitals_before_a_name_is_its_role() -> None:
    paragraphs = ["Author Ada Brill spoke at the fair.", "“Women are buying books,” Brill said."]
    assert _speakers(paragraphs) == [("Brill", "Ada Brill", "Author")]


@pytest.mark.parametrize("place", ["the Gaza Strip", "the Arctic Ocean", "Silicon Valley", "Orange County"])
def test_a_place_is_no_one_a_pronoun_stands_for(place: str) -> None:
    paragraphs = [
        "Tom Okafor, a reporter, spoke on Monday.",
        f"{place[0].upper()}{place[1:]} has changed a lot in ten years.",
        "“It is changing fast,” he said.",
    ]
    assert _speakers(paragraphs) == [("he", "Tom Okafor", None)]


def test_a_body_named_in_common_words_after_of_is_no_one_a_pronoun_stands_for() -> None:
    paragraphs = [
        "Anat Keller wrote the story on Monday.",
        "She said she was told by the Ministry of Welfare and Social Affairs that the social services were busy.",
        "“We stand by every word,” she said.",
    ]
    assert _speakers(paragraphs) == [("she", "Anat Keller", None)]


def test_an_occasion_is_no_one_a_pronoun_stands_for() -> None:
    paragraphs = [
        "Cal Ruddy, a pastor, married the couple in March.",
        "Decision Day ended their marriage, according to a fan account.",
        "“It was love,” he said.",
    ]
    assert _speakers(paragraphs) == [("he", "Cal Ruddy", None)]


def test_a_body_named_with_a_possessive_is_an_organisation() -> None:
    paragraphs = ["Kaja Lind, the European Union’s policy chief, spoke in Brussels.", "“I am sorry,” she said."]
    assert _speakers(paragraphs) == [("she", "Kaja Lind", None)]


def test_a_school_is_no_one_a_pronoun_stands_for() -> None:
    paragraphs = [
        "Ola Brandt taught there for years.",
        "Westmount High School opened its doors on Monday.",
        "“It was a joy,” she wrote.",
    ]
    assert _speakers(paragraphs) == [("she", "Ola Brandt", None)]


@pytest.mark.parametrize(("first", "pronoun"), [("Kamala", "she"), ("Ivanka", "she"), ("Doug", "he"), ("Rishi", "he")])
def test_a_first_name_common_in_the_news_tells_the_pronoun(first: str, pronoun: str) -> None:
    other = "Doug" if pronoun == "she" else "Kamala"
    paragraphs = [
        f"{first} Reyes met {other} Bell on Monday.",
        f"{other} Bell spoke first.",
        f"“We agreed,” {pronoun} said.",
    ]
    assert _speakers(paragraphs) == [(pronoun, f"{first} Reyes", None)]


def test_a_speaker_in_parentheses_is_named_without_the_parenthesis() -> None:
    paragraph = "(Lind’s spokeswoman rejected the claim that Brandt had ever “attacked” Holt, and left.)"
    assert [s[0] for s in _speakers([paragraph])] == ["Lind’s spokeswoman"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“We will vote no,” Sen. Ida Marsh (D-Ore.) said.", ("Sen. Ida Marsh", "Ida Marsh", "Sen.")),
        ("“The wood does the work,” Joe Brandt (one of the founders) explains.", ("Joe Brandt", "Joe Brandt", None)),
    ],
)
def test_a_parenthesis_between_the_name_and_the_cue_stays_out_of_the_name(
    paragraph: str, expected: tuple[str, str, str | None]
) -> None:
    assert _speakers([paragraph]) == [expected]


def test_concur_is_a_verb_of_speech() -> None:
    paragraph = "Neil Hale concurs. “The presenters are wrong for this show.”"
    found = find_quotes([paragraph])
    cues = [paragraph[q.cue.start : q.cue.end] if q.cue else None for q in found.quotes]
    assert (_speakers([paragraph]), cues) == ([("Neil Hale", "Neil Hale", None)], ["concurs"])


def test_an_imperative_opening_a_sentence_names_no_one() -> None:
    paragraph = "Imagine how their moods were at the end of the trip, and they discover “There was no room.”"
    assert _speakers([paragraph]) == [(None, None, None)]


def test_a_trust_is_an_organisation() -> None:
    paragraphs = [
        "Lia Brook runs a dental practice.",
        "The Nuffield Trust said waiting lists had grown.",
        "“It must be terrifying,” she says.",
    ]
    assert _speakers(paragraphs) == [("she", "Lia Brook", None)]


def test_an_acronym_is_an_organisation() -> None:
    paragraphs = [
        "Lia Brook runs a dental practice in Kent.",
        "The BDA said waiting lists had grown.",
        "“It must be terrifying,” she says.",
    ]
    assert _speakers(paragraphs) == [("she", "Lia Brook", None)]


def test_a_body_after_a_possessive_is_no_part_of_the_owner_s_name() -> None:
    paragraphs = ["When a patient walks into Beth’s NHS dental clinic, she helps.", "“It is hard,” she says."]
    assert _speakers(paragraphs) == [("she", None, None)]


def test_a_company_name_is_no_person_a_pronoun_stands_for() -> None:
    paragraphs = ["Harbour Depot reported strong sales in Dover.", "“Our stores did well,” she said."]
    assert _speakers(paragraphs) == [("she", None, None)]


def test_a_country_as_a_source_is_an_organisation_and_a_surname_stays_a_person() -> None:
    from newsmodel import Article, Paragraph, Section, SourceKind
    from newsmodel._quotes import extract_quotes

    paragraph = Paragraph("Norway warned that the port would close.")
    article = extract_quotes(Article(sections=[Section(blocks=[paragraph])]))
    assert [(a.source.mention, a.source.kind) for a in article.attributions] == [("Norway", SourceKind.ORGANIZATION)]
    paragraphs = ["The brewer Meghan Ireland opened the bar in May.", "“It took a year,” Ireland says."]
    assert _speakers(paragraphs) == [("Ireland", "Meghan Ireland", None)]


def test_an_occupation_that_is_also_a_surname_before_a_first_name_is_a_role() -> None:
    """'Farmer Tom Hale': no surname comes before a first name, so 'Farmer' is his role, and 'Hale' later is
    Tom Hale; 'Mary Ann Lee' opens with a first name and keeps it; 'Housecleaner Maria': a role and a first
    name alone."""
    paragraphs = [
        "“The harvest was poor,” Farmer Tom Hale said.",
        "“Rain came late,” Hale added.",
        "“The port is shut,” Mary Ann Lee said.",
        "“Work is scarce,” Housecleaner Maria said.",
    ]
    assert _speakers(paragraphs) == [
        ("Farmer Tom Hale", "Tom Hale", "Farmer"),
        ("Hale", "Tom Hale", "Farmer"),
        ("Mary Ann Lee", "Mary Ann Lee", None),
        ("Housecleaner Maria", "Maria", "Housecleaner"),
    ]


def _claim_sources(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(c.source.mention, c.source.name) for c in find_quotes(paragraphs).claims]


def test_a_description_of_another_bodys_post_is_not_the_person_with_the_title() -> None:
    """'The president of the Harbour Farm Bureau' is not President Tom Hale: he was never named with that
    body; 'the leader of the Labour Party' is Labour leader Ann Lee, and 'the president of the United States'
    names a state, not another body."""
    assert _claim_sources(
        ["President Tom Hale signed the order.", "The president of the Harbour Farm Bureau said farmers were hurting."]
    ) == [("The president of the Harbour Farm Bureau", None)]
    assert _claim_sources(
        ["Labour leader Ann Lee spoke on Monday.", "The leader of the Labour Party said the vote was close."]
    ) == [("The leader of the Labour Party", "Ann Lee")]
    assert _claim_sources(
        ["President Tom Hale spoke on Monday.", "The president of the United States said the vote was close."]
    ) == [("The president of the United States", "Tom Hale")]


def test_a_name_after_a_month_and_a_comma_is_the_subject_not_a_place() -> None:
    """'In a letter in May, Tom Hale, the president of ..., said': 'in May,' is a time, so Tom Hale is no place
    after a place ('in Columbus, Ohio,') and the description is his appositive."""
    letter = "In a letter in May, Tom Hale, the president of the Harbour Farm Bureau, said farmers were hurting."
    assert _claim_sources([letter]) == [("Tom Hale", "Tom Hale")]


def test_it_saying_something_is_the_organisation_named_before() -> None:
    """'The Harbour Council said ... It added ...': a speaking 'it' is the organisation named just before; an
    empty 'it' ('It seems') and an 'it' after a place ('Hong Kong voted. It said') stay unnamed."""
    assert _claim_sources(
        ["The Harbour Council said the port would close. It added that the ferries would stop on Sunday."]
    ) == [("The Harbour Council", "Harbour Council"), ("It", "Harbour Council")]
    assert _claim_sources(["The Harbour Council met. It seems that the ferries would stop on Sunday."]) == [
        ("It", None)
    ]
    assert _claim_sources(["Hong Kong voted on Monday. It said that the port would close on Sunday."]) == [("It", None)]


def test_an_honorific_without_a_full_stop_stays_in_the_mention() -> None:
    """'Mr Hale', 'Dr Ann Vale' (British style, no full stop): the mention is written with its honorific, as
    'Mr. Hale' is, and the name is without it; the speaker after the quote is found with it."""
    assert _claim_sources(["Tom Hale spoke.", "On Sunday, Mr Hale said the port was shut."]) == [
        ("Mr Hale", "Tom Hale")
    ]
    assert _speakers(["“The port is shut,” explains Dr Ann Vale, a harbour doctor."]) == [
        ("Dr Ann Vale", "Ann Vale", None)
    ]


def test_where_a_person_named_before_is_from_is_no_part_of_the_name() -> None:
    """'Senate leader Tom Hale of Harbourton said': Tom Hale, named before, from Harbourton; 'the National
    Institutes of Health' keeps its whole name."""
    assert _claim_sources(
        ["Senate leader Tom Hale spoke first.", "Senate leader Tom Hale of Harbourton said the schools were full."]
    ) == [("Senate leader Tom Hale of Harbourton", "Tom Hale")]
    assert _claim_sources(["The National Institutes of Health said the trial was safe."]) == [
        ("The National Institutes of Health", "National Institutes of Health")
    ]


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        ("“The basin is unsafe,” said the New Zealand Harbour Board.", "the New Zealand Harbour Board"),
        ("The plan is “reckless,” according to the Quay Valley Trust.", "the Quay Valley Trust"),
        ("“We will dredge it,” said a New Hampshire Republican.", "a New Hampshire Republican"),
        ("“We will dredge it,” said the airline Tuesday.", "the airline"),
    ],
)
def test_a_determiner_before_capitalised_words_takes_them_all(paragraph: str, mention: str) -> None:
    # the shortest phrase after "the" stopped at the first capitalised word: "the New", "the Quay"
    assert [speaker[0] for speaker in _speakers([paragraph])] == [mention]


def _sources(paragraphs: list[str]) -> list[str | None]:
    return [claim.source.mention for claim in find_quotes(paragraphs).claims]


def test_new_opening_a_place_stays_in_the_name() -> None:
    # "New" opening a sentence is trimmed off a name ("New evidence ..."), not off "New Zealand"
    assert _sources(["The harbour will close for a month, New Zealand Harbour Board said."]) == [
        "New Zealand Harbour Board"
    ]
    assert _speakers(["“We will dredge it,” New York Harbour Board said."])[0][0] == "New York Harbour Board"
    assert _sources(["New evidence shows the basin is unsafe, Ann Lee said."]) == ["Ann Lee"]


@pytest.mark.parametrize("time", ["late Thursday", "early on Monday", "overnight"])
def test_a_credit_closing_the_sentence_may_end_with_a_time(time: str) -> None:
    paragraph = f"The council plans to close the harbour for a month, the harbour master said {time}."
    assert _sources([paragraph]) == ["the harbour master"]


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        ("Last year a storm that experts described as “unprecedented” flooded the harbour.", "experts"),
        ("The council passed what critics called a “reckless” plan.", "critics"),
        ("It was a plan that harbour pilots have called “reckless.”", "harbour pilots"),
    ],
)
def test_a_relative_clause_s_own_subject_speaks(paragraph: str, mention: str) -> None:
    # a description ran over the relative word: "a storm that experts", "The council passed what critics"
    assert [speaker[0] for speaker in _speakers([paragraph])] == [mention]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "The Harbour Joint Committee on Trade and Security pointed out that the plan was “not lawful”.",
            "Harbour Joint Committee on Trade and Security",
        ),
        (
            "The Harbour Bay Department of Roads and Bridges said the road was “closed for good”.",
            "Harbour Bay Department of Roads and Bridges",
        ),
        (
            "The Harbour Centre for Water Safety and Rescue said the beach was “clean again”.",
            "Harbour Centre for Water Safety and Rescue",
        ),
    ],
)
def test_a_public_body_named_with_of_on_or_for_is_named_whole(paragraph: str, name: str) -> None:
    assert [s[1] for s in _speakers([paragraph])] == [name]


def test_a_body_after_a_preposition_leaves_the_subject_in_place() -> None:
    paragraph = "Ann Lee, of the Harbour Institute for Water Safety, said the water was “clean again”."
    assert [s[1] for s in _speakers([paragraph])] == ["Ann Lee"]


def test_a_body_s_name_stops_before_a_day() -> None:
    paragraph = (
        "After meeting the Harbour Security Council on Tuesday, Ann Lee repeated her view that the port was safe."
    )
    assert [c.source.mention for c in find_quotes([paragraph]).claims] == ["Ann Lee"]


def test_a_place_after_in_is_not_the_one_person_a_paragraph_names() -> None:
    paragraph = "Earlier this year in Port Vale, a flood that was described as “unprecedented” closed the road."
    assert _speakers([paragraph]) == [(None, None, None)]


def test_the_one_person_a_paragraph_names_beside_a_place() -> None:
    paragraph = "His standing rose after the floods in Port Vale and Tom Hale’s call for “a total and complete ban”."
    assert [s[1] for s in _speakers([paragraph])] == ["Tom Hale"]


def test_an_opening_adverb_is_no_part_of_a_name() -> None:
    paragraph = "Gradually Tom Hale came round to the plan. “It was fine,” he said."
    assert _speakers([paragraph]) == [("he", "Tom Hale", None)]


def test_the_pronoun_i_after_a_word_is_no_part_of_a_name() -> None:
    paragraph = (
        "Bramble, the clerk, came in and sat down. As for the plan, touching Bramble I was quite sure. “Fine,” he said."
    )
    assert all(name is None or not name.endswith(" I") for _, name, _ in _speakers([paragraph]))


def test_what_a_person_has_is_named_on_its_own() -> None:
    paragraphs = [
        "Ann Parata spoke first. Some tribes refloat whales, while others like Parata’s Harbourwai stand back.",
        "Harbourwai believe that the whales come home to die.",
    ]
    assert [c.source.name for c in find_quotes(paragraphs).claims] == ["Harbourwai"]


def test_the_agent_after_a_quote_named_by_a_passive_cue_speaks() -> None:
    paragraphs = ["The plan was described as “reckless” by Ann Lee, the harbour master."]
    assert [speaker[1] for speaker in _speakers(paragraphs)] == ["Ann Lee"]
    # "by" after a quote the cue does not name ("reported in a “...” by X") is the piece's author, not its speaker
    paragraphs = ["Tom Hale called it an error that was reported in a “hit piece” by the Harbour Gazette."]
    assert [speaker[1] for speaker in _speakers(paragraphs)] == ["Tom Hale"]


def test_a_home_after_comma_from_is_no_person_a_pronoun_stands_for() -> None:
    """'Tom Hale, 24, from Harbour’s Eastfield': where he comes from is no one "he" means later."""
    paragraphs = [
        "“This was the fourth time I was sent back,” said Tom Hale, 24, from Harbour’s Eastfield.",
        "“I boarded a ferry on May 15 and reached the island,” he said.",
    ]
    assert _speakers(paragraphs)[1] == ("he", "Tom Hale", None)
