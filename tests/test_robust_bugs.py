"""Minimal reproducers of bugs the robustness work found, each owned by another module.

Each open bug is a strict xfail: it fails today and turns into an error (XPASS) the day the
bug is fixed, so that the marker is removed and the test stays as a regression test.
"""

from __future__ import annotations

import attrs

import newsmodel as nm
from tests.test_robust_support import needs, read


@needs("markdown")
def test_markdown_quote_with_a_misplaced_speaker_mention() -> None:
    """Fixed in 8e0212f (the reader no longer lets a ModelError out); kept as a regression test."""
    result = read("markdown", ':>warn\'"s"')
    assert isinstance(result, nm.Article), f"{type(result).__name__}: {result}"


def test_speaker_mention_is_the_text_at_its_span() -> None:
    from newsmodel._quotes import find_quotes

    text = ':>warn\'"s"'
    for spoken in find_quotes([text]).quotes:
        speaker = spoken.speaker
        if speaker is not None and speaker.mention_span is not None:
            span = speaker.mention_span
            assert text[span.start : span.end] == speaker.mention


def test_a_setting_after_say_before_a_pronoun_does_not_raise() -> None:
    """'had nothing to say to her and maybe he should ...': the setting read after "say" has no "that" group;
    the long-subject reading asked for one and raised IndexError (found on a real page by the benchmark)."""
    from newsmodel._quotes import find_quotes

    text = "The Harbour Gazette literally had nothing to say to her and maybe he should fix that."
    found = find_quotes([text])
    assert all(claim.content.end <= len(text) for claim in found.claims)
    article = nm.from_text("Harbour news\n\n" + text)
    assert nm.to_text(article).endswith(text + "\n")


def test_our_own_page_keeps_a_list_of_tiny_items_around_one_long_item() -> None:
    # found by the HTML round-trip property test: the density vote chose the one long item alone
    long_item = "0 0 0 0 " + "x" * 92
    inner = nm.ListBlock(items=(nm.ListItem(long_item),))
    article = nm.Article(
        sections=(
            nm.Section(
                blocks=(
                    nm.ListBlock(
                        items=(
                            nm.ListItem("0"),
                            nm.ListItem("0", children=(nm.ListBlock(items=(nm.ListItem("", children=(inner,)),)),)),
                            nm.ListItem("", children=(nm.ListBlock(items=(nm.ListItem("0"),)),)),
                        )
                    ),
                )
            ),
        ),
    )
    # the long item is all a quote (the span the page writes around it took part in the vote)
    where = nm.Location(section=0, block=0, start=0, end=len(long_item), path=(1, 0, 0, 0, 0))
    article = attrs.evolve(article, quotes=(nm.Quote(text=long_item, locations=(where,)),))
    assert nm.from_html(nm.to_html(article)) == article


def test_a_plain_text_heading_of_control_characters_alone_is_no_heading() -> None:
    # found by benchmarks/fuzz.py: "# " and a control character gave a Section with an empty heading, which the
    # model refused (ModelError) instead of an article
    article = nm.from_text("Harbour news\n\n# \x07\n\nThe board met on Tuesday.")
    assert all(section.heading for section in article.sections if section.heading is not None)
    assert "The board met on Tuesday." in article.text
    assert nm.from_text("# \x07").sections == ()


def test_markdown_marks_touching_one_kept_before_dropped_ones_are_repaired() -> None:
    # found by benchmarks/fuzz.py on a damaged page, shrunk: runs of asterisks give an emphasis, then two of the
    # same kind opening where it closed; the first of those was dropped as touching, and the second, no longer
    # seen to touch, was kept: the model refused the paragraph (ModelError)
    text = "*!" + "*" * 141 + "!**** ***!" + "*" * 137 + "/*/*"
    article = nm.from_markdown(text)
    assert article.text == "!! !//"


def test_a_line_break_standing_for_a_subject_is_no_speaker() -> None:
    """Found by benchmarks/fuzz.py (a damaged page's style sheet read as text): a line break before a word read as
    a verb of stance (".outline the plan") was taken for the claim's subject, and resolving a mention of white
    space alone raised IndexError out of from_html."""
    article = nm.from_html("<article><p>[<br>.outline the plan for the harbour</p></article>")
    assert "outline the plan for the harbour" in article.text
    assert all(claim.source.mention.strip() for claim in article.attributions)


def test_a_nested_list_parts_the_item_text_around_it() -> None:
    # found by test_never_returns_text_that_is_not_in_the_page: the item's text before and after the nested list
    # was joined into one word ("AA"), a word the page does not hold
    article = nm.from_html("<ul><div></p>A<ul><p><</ul>A", quotes=False)
    item = article.sections[0].blocks[0].items[0]  # type: ignore[union-attr]
    assert item.text == "A\nA"
    html = "<ul><li>Ferries <ul><li>Monday</li></ul>and buses</li></ul>"
    assert nm.from_html(html, quotes=False).sections[0].blocks[0].items[0].text == "Ferries\nand buses"  # type: ignore[union-attr]
