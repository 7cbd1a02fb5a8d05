"""Claims and quotes on shapes met on real pages that are no speech: fact boxes, line-ups and letters under a
label, names given (one invented fixture each, written for these tests)."""

from __future__ import annotations

from newsmodel import Article, Paragraph, Section
from newsmodel._quotes import extract_quotes


def _claims(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    article = extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))
    return [(a.content, a.source.mention, a.cue) for a in article.attributions]


def test_a_label_over_a_list_or_a_figure_is_no_speaker() -> None:
    """'Referee: Ann Lee (Harbourton)', 'Cost: $12 + fees', 'Harbourton: Lee, Hale, Moss, ...': a fact box or a
    line-up (fewer than two words in lower case, and a figure, a comma or a bracket) says nothing."""
    assert _claims("Referee: Ann Lee (Harbourton)") == []
    assert _claims("Harbourton Rovers: Lee, Hale, Moss, Quinn, Dunn, Reyes, Marsh.") == []
    assert _claims("Ferry Pass: $12.50 + fees") == []


def test_a_schedule_a_salutation_or_a_possessive_is_no_speaker_label() -> None:
    """'Date: ...', 'Friday: ...' are a schedule, 'Dear Ann: ...' is written to her, 'Our Policy: ...' is a
    heading."""
    assert _claims("Friday: The harbour council meets to vote on the new ferry timetable.") == []
    assert not any(
        mention == "Dear Ann" for _, mention, _ in _claims("Dear Ann: My neighbour parks his boat across my jetty.")
    )
    assert _claims("Our Policy: The Harbour Times checks every story with two sources.") == []


def test_a_transcript_label_still_names_the_speaker() -> None:
    claims = _claims("TOM HALE: We will keep the harbour open all winter.")
    assert ("We will keep the harbour open all winter", "TOM HALE", None) in claims


def test_a_name_given_after_an_indefinite_noun_is_no_claim() -> None:
    """'a son named Apollo', 'a group called Harbour Watch sued ...': the verb gives a name; 'Ann Lee called Tom
    Hale a liar', 'called on the council to ...' and 'the council named Ann Lee its harbour master' stay."""
    assert not any(cue == "named" for _, _, cue in _claims("Ann Lee and Tom Hale have a son named Apollo."))
    found = _claims("A local group called Harbour Watch sued the council over the pier.")
    assert not any(cue == "called" for _, _, cue in found)
    assert ("Tom Hale a liar", "Ann Lee", "called") in _claims("Ann Lee called Tom Hale a liar.")
    found = _claims("A harbour newspaper called on Mayor Tom Hale to close the pier.")
    assert any(cue == "called" for _, _, cue in found)
    found = _claims("The council named Ann Lee its new harbour master.")
    assert ("Ann Lee its new harbour master", "The council", "named") in found


def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    """'Reviewers say ...' where the article writes 'reviewers' in lower case too: the source is described, not
    named; a word the article never writes in lower case ('Harbourton says ...') and a newspaper's word ('Times')
    stay names."""
    article = extract_quotes(
        Article(
            sections=[
                Section(
                    blocks=[
                        Paragraph("Reviewers say the new ferry is slower than the old one."),
                        Paragraph("Two reviewers rode it across the bay on Sunday."),
                        Paragraph("Harbourton says the timetable will change in May."),
                    ]
                )
            ]
        )
    )
    sources = {a.source.mention: a.source.name for a in article.attributions}
    assert sources["Reviewers"] is None
    assert sources["Harbourton"] == "Harbourton"


def test_a_salutation_a_holiday_or_a_contracted_clause_is_nobody_a_pronoun_stands_for() -> None:
    """'Dear Reader: ...' opens a letter, 'Christmas Eve' is a day, 'Here’s Every ...' opens a clause: 'she' or
    'he' after them stands for none of them."""
    letter = ("Dear Reader: My neighbour parks his boat across my jetty.", "He wants to sell it soon.")
    names = [name for *_, name in _sources(*letter)]
    assert "Dear Reader" not in names
    names = [name for *_, name in _sources("My daughter will visit on Christmas Eve. She wants to stay home.")]
    assert "Christmas Eve" not in names
    names = [name for *_, name in _sources("Here’s Every Harbour Festival Winner. He wants to forget the rain.")]
    assert not any(name and name.startswith("Here") for name in names)


def _sources(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    article = extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))
    return [(a.content, a.source.mention, a.source.name) for a in article.attributions]


def test_all_told_is_no_telling() -> None:
    """'All told, ...' means 'in all': no claim of 'All'; 'They all told the council ...' is speech."""
    assert not any(cue == "told" for *_, cue in _claims("All told, the sale is a happy ending for the harbour."))
    found = _claims("They all told the council the pier was unsafe.")
    assert any(cue == "told" and content == "the pier was unsafe" for content, _, cue in found)


def test_let_us_is_no_name() -> None:
    """'Let me say that ...': the writer speaks; the source is 'me', not a person named 'Let me'."""
    found = _sources("Let me say that the pier was a mistake.")
    assert ("that the pier was a mistake", "me", None) in found


def test_a_description_in_capitals_is_no_name() -> None:
    """'Harbour council engineers said ...', 'Both ferry companies say ...': capitalised words and then a common
    noun describe the source; 'Ann Lee herself said ...' keeps the person."""
    found = _sources("Harbour Council engineers said the pier was unsafe.")
    assert ("the pier was unsafe", "Harbour Council engineers", None) in found
    found = _sources("Both companies say the ferry will run in May.")
    assert ("the ferry will run in May", "Both companies", None) in found
    found = _sources("Ann Lee herself said the pier was unsafe.")
    assert all(name is not None for *_, name in found)


def test_looking_is_a_stance_only_as_an_aim() -> None:
    """'looking at 300 miles', 'looking stunning', 'looking back' is a look, no stance; 'looking to expand' and
    'looking for a buyer' are aims held by their subject."""
    assert not any(cue == "looking" for *_, cue in _claims("With the big battery, you’re looking at 300 miles."))
    assert not any(cue == "looking" for *_, cue in _claims("The council is looking back on a hard year."))
    assert not any(cue == "looking" for *_, cue in _claims("Ann Lee was looking stunning in the new photos."))
    found = _claims("Harbour Council is looking to sell the old ferry.")
    assert any(cue == "looking" and mention == "Harbour Council" for _, mention, cue in found)
    found = _claims("Tom Hale is looking for a buyer for the pier.")
    assert any(cue == "looking" and mention == "Tom Hale" for _, mention, cue in found)


def _speakers(*paragraphs: str) -> list[str | None]:
    article = extract_quotes(Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])]))
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_the_stops_of_an_abbreviation_end_no_credit() -> None:
    """'“...,” Tom Hale, a scientist at the Harbour Space Center in Kingsport, Norland, and Mill University in
    Bayton, D.C., said': the stops of 'D.C.' end no sentence; Tom Hale speaks, not the university."""
    quote = (
        "“Water is hard to find beyond the Earth,” Tom Hale, a scientist at the Harbour Space Center in Kingsport,"
        " Norland, and Mill University in Bayton, D.C., said in a statement."
    )
    assert _speakers(quote) == ["Tom Hale"]


def test_a_label_names_a_speaker_only_as_a_person() -> None:
    """A paragraph's label before a colon is its speaker when it opens with a first name, opens more than one
    paragraph (a transcript) or names someone the running text names; a dateline, a recipe's or a fact box's
    heading, or a title's first half is no speaker."""
    assert _claims("HARBOURTON WEST: Nearly 150 sailors returned home on Wednesday after the strike ended.") == []
    assert _claims("Apples: Cut them into thick slices and sprinkle with lemon juice so they stay white.") == []
    title = "Harbour Tales: The Long Tide is a film that means many things to many of its viewers."
    assert _claims(title, "The film opens in the harbour.") == []
    found = _claims("Ann Lee: We will build the new pier this year, and it will be great.")
    assert [mention for _, mention, _ in found] == ["Ann Lee"]
    interview = ("Quarles: We took the boats out before the storm came in.", "Moss: We were out on the pier.")
    found = _claims(*interview, *interview)
    assert [mention for _, mention, _ in found] == ["Quarles", "Moss", "Quarles", "Moss"]
    found = _claims("Quinlan: I felt proud of the crew and of the whole town.", "The crew thanked Quinlan for it.")
    assert [mention for _, mention, _ in found][:1] == ["Quinlan"]


def test_reports_as_a_verb_is_no_second_source() -> None:
    """'The Harbour Gazette reports that ...' credits the Gazette alone: 'reports' is its verb, no source of the
    same clause; 'noted in a 2022 report that ...' likewise. 'Reports that the mayor would resign ...' keeps its
    source."""
    found = _claims("The Harbour Gazette reports that 28 sailors were quarantined after the storm.")
    assert [mention for _, mention, _ in found] == ["The Harbour Gazette"]
    found = _claims("The Harbour Bureau noted in a 2022 report that the median stay was four years.")
    assert {mention for _, mention, _ in found} == {"The Harbour Bureau"}
    found = _claims("Reports that the mayor would resign spread through the harbour on Monday.")
    assert [mention for _, mention, _ in found] == ["Reports"]


def test_a_clause_opener_is_no_source() -> None:
    """'There’s a saying that ...', 'It’s worth noting that ...', 'Did you write that ...?', 'What’s more, ...
    offering ...': the words opening a clause, an aside or a question name no source."""
    found = _claims(
        "There’s a saying that goes “the tide waits for no one” in the harbour. It’s worth noting that the pier is"
        " old. Did you write that the ferry was late?"
    )
    assert found == []
    found = _claims("Ann Lee wrote that the ferry was late.")
    assert [mention for _, mention, _ in found] == ["Ann Lee"]
