"""The class index answers substring selectors as Lexbor's css() does (order and repeats)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsmodel._html._classes import ClassIndex

PAGE = """<html class="page-dates"><head><title>x</title></head><body class="Category-news">
<div class="xbyline yauthor" id="related-box">a<span class="xy Date">b</span></div>
<p class="category dek">c</p><p class="CATEGORY">d</p><div class="a\fdek">e</div><div class="adek">f</div>
<section id="yarpp-1"><p class="more-link also">g</p></section><div class="">h</div><div class>i</div>
<aside class="BYLINE">j</aside><em id="elat">k</em><span class="Byline uthor authName">l</span>
</body></html>"""

CASES = [
    ("[class*=byline], [class*=Byline], [class*=uthor], [class*=authName]", "byline Byline uthor authName", ()),
    ("[class*=date], [class*=Date]", "date Date", ()),
    ("[class*=elat], [class*=yarpp], [class*=more], [class*=also]", "elat yarpp more also", ()),
    ("[class~=dek], p.category", "", (("dek", None, "[class~=dek]"), ("category", "p", "p.category"))),
    (
        "[class*=uthor], [class~=dek], p.category",
        "uthor",
        (("dek", None, "[class~=dek]"), ("category", "p", "p.category")),
    ),
]


@pytest.mark.parametrize("doctype", ["", "<!DOCTYPE html>"])
@pytest.mark.parametrize(("selector", "words", "checked"), CASES)
def test_html_class_index_matches_css(doctype: str, selector: str, words: str, checked: tuple) -> None:
    tree = LexborHTMLParser(doctype + PAGE)
    parts = tuple(words.split())
    expected = [node.mem_id for node in tree.css(selector)]
    assert expected  # the fixture exercises every case
    assert [node.mem_id for node in ClassIndex(tree).select(parts, checked)] == expected


def test_html_class_index_of_an_element() -> None:
    tree = LexborHTMLParser(PAGE)
    body = tree.body
    assert body is not None
    expected = [node.mem_id for node in body.css("[class*=ate], [class*=a]")]
    got = ClassIndex(body).select(("ate", "a"))
    assert [node.mem_id for node in got] == expected
    assert len(expected) > len({*expected})  # an element matched by two parts is listed twice
