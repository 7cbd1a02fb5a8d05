"""A printed zone offset of a day or more is no moment: the date reader gives None, never raises."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import newsmodel as nm
from newsmodel._html._meta_values import parse_date


@pytest.mark.parametrize("raw", ["Jan 5 2020 10:00 +2500", "Jan 5 2020 10:00 -9999", "5 Jan 2020 10:00 UTC+30"])
def test_html_date_with_impossible_offset_is_none(raw: str) -> None:
    assert parse_date(raw, fuzzy=True) is None


def test_html_date_with_possible_offset_is_kept() -> None:
    assert parse_date("Jan 5 2020 10:00 +0200") == datetime(2020, 1, 5, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def test_html_page_with_impossible_offset_reads() -> None:
    page = (
        '<html><body><h1>Title here</h1><time datetime="Jan 5 2020 10:00 +2500">x</time><p>Body text.</p></body></html>'
    )
    assert nm.from_html(page, quotes=False).date_published is None
