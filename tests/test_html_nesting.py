"""The nesting check that runs before the HTML parser (``_html/_nesting.py``)."""

from __future__ import annotations

import pytest

from newsmodel import ParseError
from newsmodel._html._nesting import check_nesting

LIMIT = 50


@pytest.mark.parametrize("as_bytes", [False, True])
@pytest.mark.parametrize(
    "page",
    [
        "<div>" * LIMIT,
        "<section><h2>Head</h2><p>text</p>" * LIMIT,
        "<section></x></y>" * LIMIT,  # a stray closing tag closes nothing
        "<DIV><Span>" * LIMIT,
        "<blockquote>" * (LIMIT - 1) + "<div>text</div>" + "<blockquote>",
    ],
)
def test_deep_pages_are_refused(page: str, as_bytes: bool) -> None:
    with pytest.raises(ParseError, match="nests more than 50 elements"):
        check_nesting(page.encode() if as_bytes else page, LIMIT)


@pytest.mark.parametrize(
    "page",
    [
        "<div>text</div>" * 10 * LIMIT,  # many elements, shallow
        "<p>one<p>two<li>three<td>four" * LIMIT,  # closed by the parser when the next opens
        "<a href=x>link<h2>head<br><img src=x>" * LIMIT,
        "<script>" + "<div>" * LIMIT + "</script><p>text</p>",  # script text is not tags
        "<div>" * (LIMIT - 1) + "</div>" * (LIMIT - 1) + "<div>" * (LIMIT - 1),
        "<style>" + "<div>" * 2 * LIMIT,  # unclosed: the rest of the page is the style's text
    ],
)
def test_shallow_pages_pass(page: str) -> None:
    check_nesting(page, LIMIT)
    check_nesting(page.encode(), LIMIT)
