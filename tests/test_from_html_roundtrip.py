"""Round trip through the HTML contract: ``from_html(to_html(a))`` gives ``a`` back.

The page goes through the general reading path (content finding, pruning, the block
walk). The one allowance for a page newsmodel wrote (it carries the newsmodel extension):
blocks are not judged by their words alone, so a paragraph "©" stays a paragraph.
"""

from __future__ import annotations

from hypothesis import given, settings

from newsmodel import Article
from newsmodel._html._reader import from_html
from newsmodel._html._writer import to_html
from newsmodel.strategies import articles
from tests.conftest import ROUND_TRIP_EXAMPLES


@settings(max_examples=ROUND_TRIP_EXAMPLES)
@given(articles())
def test_body_and_related_posts_round_trip(article: Article) -> None:
    back = from_html(to_html(article))
    assert back.sections == article.sections
    assert back.related_posts == article.related_posts


# The whole-article property (metadata included) is tests/test_html_roundtrip.py::test_html_round_trip.
