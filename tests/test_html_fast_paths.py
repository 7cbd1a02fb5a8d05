"""The HTML reader's fast paths give what the slow paths they stand in front of give."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsmodel._html._document import _utf8_head, load_document
from newsmodel._html._jsonld import ATTRIBUTIONS_KEY, QUOTES_KEY, _may_hold_key
from newsmodel._html._meta_values import _parse_loose, _printed_day, folded_search
from newsmodel._html._metadata import DEK_CLASS, NOT_BYLINE_CLASS
from newsmodel._html._vocab import FURNITURE_LINE, NOTICE_PHRASE, RELATED_CLASS, furniture_line, notice_phrase

_MONTHS = (
    "Jan", "january", "FEB", "Mar.", "April", "May", "May.", "jun", "July", "Aug.", "Sept", "sept.", "Sep", "Oct",
    "NOVEMBER", "Dec.",
)  # fmt: skip
_DAYS = ("1", "09", "29", "31")
_YEARS = ("1799", "2024", "2999")
_CLOCKS = ("", " 12:00 AM", " 12:30 pm", " 11:59pm", " 3:07 pM")


def _texts() -> list[str]:
    texts: list[str] = []
    for month in _MONTHS:
        for day in _DAYS:
            for year in _YEARS:
                texts.append(f"{day} {month.rstrip('.')} {year}")
                texts.append(f"{day} {month.rstrip('.')}, {year}")
                for clock in _CLOCKS:
                    texts.append(f"{month} {day}, {year}{clock}")
                    texts.append(f"{month} {day} {year}{clock}")
    return texts


def test_printed_days_are_read_as_dateutil_reads_them() -> None:
    checked = 0
    for text in _texts():
        fast = _printed_day(text)
        if fast is None:
            continue
        checked += 1
        for fuzzy in (False, True):
            slow = _parse_loose(text, fuzzy=fuzzy)
            assert type(slow) is type(fast), text
            assert slow == fast, text
    assert checked > 500


def test_printed_day_forms() -> None:
    assert _printed_day("Nov. 12, 2023") == date(2023, 11, 12)
    assert _printed_day("12 November 2023") == date(2023, 11, 12)
    assert _printed_day("November 19, 2019 4:20 PM") == datetime(2019, 11, 19, 16, 20)
    assert _printed_day("Dec 1, 2023 12:05 am") == datetime(2023, 12, 1, 0, 5)
    # Left to dateutil: an impossible day, a word that is no month, a zone, a weekday.
    assert _printed_day("Feb 30, 2023") is None
    assert _printed_day("Mayo 3, 2023") is None
    assert _printed_day("Nov 12, 2023 4:20 PM EST") is None
    assert _printed_day("Sunday, Nov 12, 2023") is None


def test_extension_keys_are_found_however_escaped() -> None:
    for key in (QUOTES_KEY, ATTRIBUTIONS_KEY):
        plain = json.dumps({key: []})
        assert _may_hold_key(plain)
        assert _may_hold_key(plain.replace("/", "\\/"))
        assert _may_hold_key(plain.replace("q", "\\u0071").replace("a", "\\u0061"))
        assert _may_hold_key(plain.replace("/", "\\u002F"))
    assert not _may_hold_key(json.dumps({"url": "https://example.com/a"}).replace("/", "\\/"))
    assert not _may_hold_key('{"name": "Caf\\u00e9 \\u0026 Bar"}')


#: Lines each gated form of the furniture-line search matches (or nearly), written with curly quotes, dashes,
#: runs of white space and the letters case-insensitive matching takes for ASCII ones ("ſ", "ı", "K").
_FURNITURE_LINES = (
    "Ann Lee/Getty Images", "The quay at dawn – Tom Hale / AFP", "“The quay” | Reuters",
    "© Harbour Council. All rights reserved.", "Harbour Council — all rights reſerved",
    "We may earn a commission when you buy.", "This story has affiliate links.", "Tom Hale can be reached at the desk",
    "Please consider subscribing to the Harbour Gazette.", "Sign up for our newsletter", "Subscribe to our newſletter",
    "Get the Harbour Monthly delivered: 12 issues for £11.99", "Join the conversation", "For the schedule, click here.",
    "For more stories like\u00a0this, see our page", "For more stories like  this, see our page",
    "For more stories lıke this, see our page", "Additional reporting by Ann Lee", "News delivered to your inbox",
    "Email ann@example.org", "Get in touch at desk@example.org", "A sentence – with a dash and “quotes”.",
)  # fmt: skip


def test_furniture_line_answers_as_the_whole_pattern() -> None:
    """(A guard for a speed change: the gates of furniture_line never turn away a line the pattern matches.)"""
    for line in _FURNITURE_LINES:
        assert furniture_line(line) == (FURNITURE_LINE.match(line) is not None), line


#: Paragraphs holding each form of a site notice (or nearly), some with the letters case-insensitive matching
#: takes for ASCII ones, or with white space other than one space between the words.
_NOTICES = (
    "We may earn a commission from links.", "We\u00a0may  earn a small commission",
    "Harbour has affiliate partnerships.",
    "By using this website you agree.", "Writers may receive a share of the revenue.", "We earn compensation.",
    "Products are independently selected by our editors.", "© Harbour Council. All rights\nreserved.",
    "It may not be reproduced, broadcast", "This website uses cookies.", "We uſe cookies.",
    "Read our editorial policy.",
    "according to the Harbour Gazette's editorial process", "Find out more about how we test.",
    "The data used to compile this article came from the council.", "Disclaimer: none.",
    "This is for informational purposes only.", "This does not constitute legal advice.", "All rights reſerved.",
    "Ann Lee may share the data.", "Tom Hale found the cookies.",
)  # fmt: skip


def test_notice_phrase_answers_as_the_whole_pattern() -> None:
    """(A guard for a speed change: the gates of notice_phrase never turn away a text the pattern finds.)"""
    for text in _NOTICES:
        assert notice_phrase(text) == (NOTICE_PHRASE.search(text) is not None), text


def test_folded_searches_find_what_the_patterns_find() -> None:
    # A regression guard of a speed change: ASCII values in any case, and values with the characters that
    # case-insensitive matching takes for ASCII letters ("ſ", the Kelvin sign, dotted and dotless i).
    values = (
        "byline", "Byline__Avatar", "AUTHOR-BIO", "c-bio", "authority", "dek", "page-DEK top", "Standfirst",
        "wrapper", "wrappers", "Related-Posts", "relatedposts-wrap", "YOU_MAY_ALSO", "more-FROM x", "rp4wp-col",
        "\u017ftandfirst", "\u212aey", "b\u0130o", "b\u0131o", "l\u0130st", "related-po\u017ft", "caf\u00e9 dek", "",
    )  # fmt: skip
    for pattern in (NOT_BYLINE_CLASS, DEK_CLASS, RELATED_CLASS):
        found = folded_search(pattern)
        for value in values:
            assert found(value) == (pattern.search(value) is not None), (pattern.pattern, value)


def test_folded_search_takes_only_lower_case_patterns() -> None:
    for pattern in (re.compile("byline"), re.compile("authName", re.IGNORECASE)):
        with pytest.raises(ValueError, match="lower case"):
            folded_search(pattern)


def test_an_element_matching_two_parts_of_the_metadata_query_is_read_once() -> None:
    """Lexbor lists an element once per part of a selector list it matches: an ``<h1 itemprop>`` or a
    ``<meta name itemprop>`` came twice, and a one-word ``<h1>`` counted as one of two."""
    from newsmodel._html._document import load_document
    from newsmodel._html._metadata import Sources

    page = (
        "<html><head><meta name='author' itemprop='author' content='Ann Lee'></head>"
        "<body><h1 itemprop='headline'>Floods</h1><p>The harbour flooded.</p></body></html>"
    )
    src = Sources(load_document(page))
    assert src.h1 == ["Floods"]
    assert len(src.microdata["author"]) == 1
    assert len(src.microdata["headline"]) == 1


def _long_page(cut: int, tail: bytes) -> bytes:
    """A page declared windows-1252, in UTF-8, whose "€" ends ``cut`` bytes before its first 65,536 bytes end."""
    markup = '<html><head><meta charset="windows-1252"></head><body><p>Ann Lee ' + "é" * 4 + "</p>"
    filler = "x" * (65536 - len(markup.encode()) - cut) + "€ said the Harbour Council</body></html>"
    return (markup + filler).encode() + tail


def _as_utf8(data: bytes) -> str | None:
    """The bytes decoded whole as UTF-8, or None when they are not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


@pytest.mark.parametrize("cut", [0, 1, 2, 3])
@pytest.mark.parametrize("tail", [b"", b"\xff", b"\xe2\x82"])
def test_a_long_page_is_read_as_utf8_only_when_all_of_it_is(cut: int, tail: bytes) -> None:
    # Regression guard for a speed change (passes on main too): the bytes are checked as UTF-8 in pieces, a
    # character split at a piece's end included; a bad byte after the first piece still sends the page to its
    # declared charset.
    data = _long_page(cut, tail)
    whole = _as_utf8(data)
    # valid UTF-8 is read as UTF-8 whatever the page declares; anything else in the charset it declares
    expected = LexborHTMLParser(whole if whole is not None else data.decode("cp1252"))
    assert load_document(data).tree.html == expected.html


@pytest.mark.parametrize("cut", [0, 1, 2, 3])
@pytest.mark.parametrize("tail", [b"", b"\xff", b"\xe2\x82"])
def test_utf8_head_checks_the_bytes_as_decoding_them_whole_does(cut: int, tail: bytes) -> None:
    data = _long_page(cut, tail)
    whole = _as_utf8(data)
    head = _utf8_head(data)
    assert (head is None) == (whole is None)
    assert whole is None or (head is not None and whole.startswith(head) and len(head) >= 16_000)
    assert _utf8_head(b"") == ""
    assert _utf8_head("Ann Lee €".encode()) == "Ann Lee €"


_CSS = "<style>" + ".x{display:block;margin:0}" * 20 + "</style>"


@pytest.mark.parametrize(
    "element",
    [
        f"<div>{_CSS}<span>Ann Lee</span> <time>Dec 05, 2023</time></div>",
        f"<div>{_CSS}<pre>\nHarbour Council</pre><table> <tr> <td>Tom Hale</td> </tr> </table></div>",
        f"<div><script>var a = '{'x ' * 300}';</script><p>{'The ferry runs again. ' * 20}</p>{_CSS}</div>",
        f"<div><noscript>{_CSS}<p>Harbour Council</p></noscript><p>{'word ' * 80}</p></div>",
        f"<section><svg><style>.y{{fill:red}}</style><title>Harbour</title></svg>{_CSS}{'Ann Lee ' * 50}</section>",
    ],
)
def test_the_shown_text_bound_never_passes_what_a_parse_of_the_copy_shows(element: str) -> None:
    # Regression guard for a speed change: an element whose text without its CSS is surely over 300 characters
    # is not parsed again (_least_shown); the bound it uses must never pass the text the copy shows.
    from newsmodel._html._metadata import _least_shown, _shown_text

    node = LexborHTMLParser(f"<html><body>{element}</body></html>").body.child  # type: ignore[union-attr]
    assert node is not None
    text = node.text(separator=" ") or ""
    copy = LexborHTMLParser(node.html or "")
    for junk in copy.css("style, script"):
        junk.decompose()
    shown = copy.body.text(separator=" ") if copy.body is not None else ""
    assert _least_shown(node, text) <= len(shown or "")
    found = _shown_text(node)
    assert (found if found and len(found) <= 300 else None) == (shown if shown and len(shown) <= 300 else None)


def test_a_bold_name_is_the_byline_after_empty_paragraphs() -> None:
    # Regression guard for a speed change (passes on main too): the lead-name reader reads the first two
    # paragraphs with words lazily; empty ones before and between them are passed over as before.
    import newsmodel as nm

    prose = "The ferry runs again from Monday, the council said after a long meeting that ran late on Tuesday."
    html = (
        "<html><head></head><body><header><h1>Ferry runs again</h1></header><div class='entry-content'>"
        f"<p> </p><p><strong>Ann Lee</strong></p><p></p><p>{prose}</p><p>{prose}</p></div></body></html>"
    )
    assert tuple(person.name for person in nm.from_html(html).authors) == ("Ann Lee",)
