"""A quote inside reported speech: whose words they are when the nearest cue is no credit.

- When nothing next to a quote names who said it, but the quote sits inside what a named
  source is reported to have said, the source of the innermost such claim is the speaker.
  A quote that has a speaker keeps it.
- A cue in the future or a modal ("will say", "should reiterate") reports no speech yet:
  the quote goes to the cue of speech already made before it in the sentence, if any.
"""

from __future__ import annotations

from newsmodel._quotes._desk import find_quotes


def _speakers(paragraphs: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    found = find_quotes(paragraphs)
    out = []
    for quote in found.quotes:
        cue = quote.cue
        cue_text = paragraphs[cue.paragraph][cue.start : cue.end] if cue is not None else None
        name = quote.speaker.name if quote.speaker is not None else None
        mention = quote.speaker.mention if quote.speaker is not None else None
        out.append((name, mention, cue_text))
    return out


def test_a_quote_after_a_relative_clause_goes_to_the_claims_source() -> None:
    paragraphs = [
        "Ada Brill, the harbour master, spoke on Monday.",
        "And online she has criticized the wardens for scolding young sailors who support Okafor as “far too loud.”",
    ]
    assert _speakers(paragraphs) == [("Ada Brill", "she", "criticized")]


def test_a_quote_with_its_own_speaker_keeps_it() -> None:
    paragraphs = [
        "Tom Okafor runs the ferry company.",
        "Okafor said the mayor told reporters, “We will not raise the fares.”",
    ]
    _name, mention, cue = _speakers(paragraphs)[0]
    assert (mention, cue) == ("the mayor", "told")


def test_a_quote_outside_any_claim_stays_without_a_speaker() -> None:
    paragraphs = [
        "The harbour was quiet on Monday.",
        "“The ferry will not run again this winter, whatever the council decides.”",
    ]
    assert _speakers(paragraphs) == [(None, None, None)]


def test_a_modal_cue_inside_reported_speech_is_not_the_credit() -> None:
    paragraphs = ["Harbour master Ada Brill said she expected that sailors will say “never” to the new fees."]
    assert _speakers(paragraphs) == [("Ada Brill", "Ada Brill", "said")]


def test_should_before_a_cue_hands_the_quote_to_the_reporting_verb() -> None:
    paragraphs = [
        "Ada Brill said in her speech that the council should reiterate its support for the town’s "
        "“old friends,” naming the ferry crews."
    ]
    assert _speakers(paragraphs) == [("Ada Brill", "Ada Brill", "said")]


def test_a_modal_cue_with_no_report_before_it_keeps_its_subject() -> None:
    assert _speakers(["The sailors will say “never” to the new fees."]) == [(None, "The sailors", "say")]
