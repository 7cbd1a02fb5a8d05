"""Minimal reproducers of bugs the robustness work found, each owned by another module.

Each test is a strict xfail: it fails today and turns into an error (XPASS) the day the bug
is fixed, so that the marker is removed and the test stays as a regression test.
"""

from __future__ import annotations

import pytest

import newsmodel as nm
from tests.test_robust_support import needs, read


@needs("markdown")
@pytest.mark.xfail(
    strict=True,
    reason="quotes (_desk/_speakers): speaker mention '>' points at ':'; from_markdown lets the ModelError out",
)
def test_markdown_quote_with_a_misplaced_speaker_mention() -> None:
    result = read("markdown", ':>warn\'"s"')
    assert isinstance(result, nm.Article), f"{type(result).__name__}: {result}"


@pytest.mark.xfail(strict=True, reason="quotes (_desk/_speakers): a speaker's mention is not the text at its span")
def test_speaker_mention_is_the_text_at_its_span() -> None:
    from newsmodel._quotes import find_quotes

    text = ':>warn\'"s"'
    for spoken in find_quotes([text]).quotes:
        speaker = spoken.speaker
        if speaker is not None and speaker.mention_span is not None:
            span = speaker.mention_span
            assert text[span.start : span.end] == speaker.mention
