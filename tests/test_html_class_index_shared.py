"""The class index searches each distinct class value once: elements sharing a value keep their page order."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsmodel._html._classes import ClassIndex

# Values repeated and interleaved (a teaser grid's "card-date" beside the article's "post-date"), one element
# matched by two parts, a value whose only hit is through the case-blind checked part.
PAGE = """<html><body>
<div class="card-date">1</div><p class="post-date byline">2</p><div class="card-date">3</div>
<span class="Date">4</span><p class="post-date byline">5</p><div class="card-date">6</div>
<p class="Category">7</p><p class="category">8</p><div class="card-date">9</div>
</body></html>"""


def test_html_class_index_shared_values_in_page_order() -> None:
    # (a guard for the speed change that searches distinct values: the result is css()'s, repeats and all)
    tree = LexborHTMLParser(PAGE)
    index = ClassIndex(tree)
    for selector, parts, checked, twice in (
        ("[class*=date], [class*=byline], [class*=Date]", ("date", "byline", "Date"), (), True),
        ("[class*=date], p.category", ("date",), (("category", "p", "p.category"),), False),
    ):
        expected = [node.mem_id for node in tree.css(selector)]
        assert (len(expected) > len({*expected})) is twice  # an element matched by two parts is listed twice
        assert [node.mem_id for node in index.select(parts, checked)] == expected
    values = [value for _, value in index.select_values(("date",))]
    assert values == ["card-date", "post-date byline", "card-date", "post-date byline", "card-date", "card-date"]
