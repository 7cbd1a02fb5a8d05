"""Cleaning the values metadata sources give: text, dates, people's names, languages.

Each function takes what a page wrote and returns a value in the model's normal form,
or None for junk ("null", "Print", an e-mail address where a name should be).
"""

from __future__ import annotations

import functools
import html
import re
import warnings
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from .._normal import normalize_text

__all__ = [
    "ZONE_NAMES",
    "byline_contributors",
    "clean_line",
    "clean_name",
    "clean_person_name",
    "comparable",
    "folded_search",
    "is_by_alone",
    "looks_like_name",
    "opens_with_by",
    "parse_date",
    "parse_language",
    "parse_size",
    "printed_byline",
    "split_byline",
    "split_joined_name",
    "url_date",
]

# What CMSes print for "no value": refused in every field.
_NO_VALUE = frozenset({"", "null", "none", "undefined", "nan", "n/a", "[object object]"})
# What sits where a name should be and is not one: refused as a name.
_JUNK = frozenset(
    {
        "",
        "null",
        "none",
        "nil",
        "undefined",
        "false",
        "true",
        "n/a",
        "na",
        "print",
        "share",
        "email",
        "e-mail",
        "admin",
        "administrator",
        "unknown",
        "anonymous",
        "author",
        "authors",
        "by",
        "posted by",
        "written by",
        "guest",
        "guest author",
        "more",
        "read more",
        "home",
        "[object object]",
    }
)
# Typographic numeric character references CMSes leave inside JSON-LD strings.
# Only the General Punctuation block and WordPress's "&#038;": an apostrophe or "&lt;"
# written out in a headline the page prints may be meant literally.
_TYPOGRAPHIC_REF = re.compile(r"&#(?:(8[0-9]{3}|038)|x(20[0-6][0-9a-fA-F]));")
# Any character reference: named ("&amp;", "&nbsp;"), decimal ("&#039;") or hexadecimal ("&#x27;").
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_WORD = re.compile(r"\w+")


def decode_typographic(text: str) -> str:
    """``text`` with its typographic numeric references (``&#8217;``, ``&#038;``) decoded, no other."""
    return _TYPOGRAPHIC_REF.sub(_typographic, text) if "&#" in text else text


def decode_references(text: str) -> str:
    """``text`` with its character references decoded, when it holds one (``&amp;`` -> ``&``); a value
    escaped three times over (``&amp;amp;hellip;`` in the source) is decoded as often, three rounds at most."""
    for _ in range(3):
        if "&" not in text or _REFERENCE.search(text) is None:
            break
        text = html.unescape(text)
    return text


def _typographic(match: re.Match[str]) -> str:
    number = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
    return chr(number)


def clean_line(value: Any, *, unescape: bool = False) -> str | None:
    """One line of text in normal form, or None when it is empty or junk.

    Args:
        value: what the source gave (anything; only strings and numbers are text).
        unescape: decode character references (``&#8217;``, ``&#039;``, ``&amp;``, ``&nbsp;``), which CMSes
            leave inside JSON-LD strings, and which a value escaped twice keeps in a ``<meta>``'s content
            (the page's source says ``&amp;amp;``).
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    if unescape:
        value = decode_references(value)
    text = normalize_text(value)
    if text.casefold() in _NO_VALUE:
        return None
    return text


@functools.lru_cache(maxsize=4096)
def comparable(text: str) -> str:
    """A form of ``text`` for loose equality: case-folded words joined by spaces.

    (Kept per text: the site's names are compared with every part of every title, the same few texts
    dozens of times a page.)
    """
    return " ".join(_WORD.findall(text.casefold()))


def folded_search(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A test of whether ``pattern`` finds a match in a text: ``pattern.search(text) is not None``, faster.

    ``pattern`` is case-insensitive and writes its letters in lower case (class words: "avatar|photo|...").
    Python tries such a pattern letter by letter in either case, four times slower than a plain search: an
    ASCII text (class values nearly always are) is searched in lower case by the pattern made case-sensitive,
    which finds the same; any other text by ``pattern`` itself (which takes "ſ" for "s", the Kelvin sign for "k").
    """
    if not pattern.flags & re.IGNORECASE or pattern.pattern != pattern.pattern.lower():
        raise ValueError(f"not a case-insensitive pattern in lower case: {pattern.pattern!r}")
    folded = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def found(text: str) -> bool:
        if text.isascii():
            return folded.search(text.lower()) is not None
        return pattern.search(text) is not None

    return found


# --------------------------------------------------------------------------- dates

_ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
_ISO_LIKE = re.compile(r"\A\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_EPOCH = re.compile(r"\A\d{10}(?:\d{3})?\Z")
_COMPACT = re.compile(r"\A(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\Z")
# A day printed the plainest ways ("Nov. 12, 2023", "12 November 2023", "November 19, 2019 4:20 PM"):
# read here as dateutil reads it (``_printed_day``), where dateutil takes a hundred times longer.
_MONTH_FIRST = re.compile(
    r"\A([A-Za-z]{3,9})\.? (0?[1-9]|[12]\d|3[01]),? ([12]\d{3})(?: (0?[1-9]|1[0-2]):([0-5]\d) ?([AaPp][Mm]))?\Z"
)
_DAY_FIRST = re.compile(r"\A(0?[1-9]|[12]\d|3[01]) ([A-Za-z]{3,9}),? ([12]\d{3})\Z")
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_H = 3600
# Zone abbreviations news pages print; dateutil needs them spelled out.
_ZONES: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "UT": 0,
    "EST": -5 * _H,
    "EDT": -4 * _H,
    "ET": -5 * _H,
    "CST": -6 * _H,
    "CDT": -5 * _H,
    "CT": -6 * _H,
    "MST": -7 * _H,
    "MDT": -6 * _H,
    "PST": -8 * _H,
    "PDT": -7 * _H,
    "PT": -8 * _H,
    "AKST": -9 * _H,
    "HST": -10 * _H,
    "BST": 1 * _H,
    "IST": 5 * _H + 1800,
    "CET": 1 * _H,
    "CEST": 2 * _H,
    "MEZ": 1 * _H,
    "MESZ": 2 * _H,
    "EET": 2 * _H,
    "EEST": 3 * _H,
    "WET": 0,
    "WEST": 1 * _H,
    "JST": 9 * _H,
    "KST": 9 * _H,
    "AEST": 10 * _H,
    "AEDT": 11 * _H,
    "ACST": 9 * _H + 1800,
    "AWST": 8 * _H,
    "NZST": 12 * _H,
    "NZDT": 13 * _H,
    "SGT": 8 * _H,
    "HKT": 8 * _H,
}
#: The zone abbreviations :func:`parse_date` knows, longest first (for a regular expression).
ZONE_NAMES: tuple[str, ...] = tuple(sorted(_ZONES, key=len, reverse=True))
_MIN_YEAR, _MAX_YEAR = 1800, 2200
# Two defaults that differ in every part: a part the text does not give differs
# between the two parses.
_DEFAULT_A = datetime(2001, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2002, 2, 2, 1, 1, 1)


def _fixed(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    offset = moment.utcoffset()
    if offset is None:
        return moment.replace(tzinfo=None)
    return moment.replace(tzinfo=UTC if offset == timedelta(0) else timezone(offset))


def _plausible(value: date) -> bool:
    return _MIN_YEAR <= value.year <= _MAX_YEAR


def parse_date(raw: Any, *, fuzzy: bool = False) -> date | datetime | None:
    """Read a date as the source wrote it: a date, a naive datetime, or one with a zone.

    ISO 8601 is read directly; anything else through python-dateutil. A value without a
    time stays a :class:`~datetime.date`; a value without a year, or with an impossible
    one, gives None. ``fuzzy`` lets dateutil skip words around the date (visible text).
    """
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        raw = str(int(raw))
    if not isinstance(raw, str):
        return None
    return _parse_text(raw.strip(), fuzzy)


@functools.lru_cache(maxsize=1024)
def _parse_text(text: str, fuzzy: bool) -> date | datetime | None:
    """``parse_date`` of a stripped text, read once per text: a page gives the same date in
    its metadata, its ``<time>`` elements and its date line, and the readers ask again."""
    if not text or len(text) > 200:
        return None
    result: date | datetime | None = None
    if _ISO_DATE.match(text):
        try:
            result = date.fromisoformat(text)
        except ValueError:
            return None
    elif _ISO_LIKE.match(text):
        try:
            result = _fixed(datetime.fromisoformat(text.replace("z", "Z")))
        except ValueError:
            result = None
    elif _EPOCH.match(text):
        seconds = int(text[:10])
        result = datetime.fromtimestamp(seconds, tz=UTC)
    elif match := _COMPACT.match(text):
        try:
            year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
            if match.group(4):
                result = datetime(year, month, day, int(match.group(4)), int(match.group(5)), int(match.group(6) or 0))
            else:
                result = date(year, month, day)
        except ValueError:
            return None
    if result is None:
        result = _printed_day(text) or _parse_loose(text, fuzzy=fuzzy)
    if result is None or not _plausible(result):
        return None
    return result


def _printed_day(text: str) -> date | datetime | None:
    """What ``_parse_loose`` gives for a day printed in one of the plainest forms (None: not one).

    A month's English name or its abbreviation (as dateutil knows them), a day and a year,
    with a 12-hour clock after a month-first day: a date, or a naive datetime at that
    minute (the seconds not given are 0). An impossible day is left to dateutil (None).
    """
    if (match := _MONTH_FIRST.match(text)) is not None:
        month = _MONTHS.get(match.group(1).lower())
        day, year = int(match.group(2)), int(match.group(3))
    elif (match := _DAY_FIRST.match(text)) is not None:
        month = _MONTHS.get(match.group(2).lower())
        day, year = int(match.group(1)), int(match.group(3))
    else:
        return None
    if month is None:
        return None
    try:
        if match.re is _MONTH_FIRST and match.group(4):
            hour = int(match.group(4)) % 12 + (12 if match.group(6) in ("pm", "PM", "pM", "Pm") else 0)
            return datetime(year, month, day, hour, int(match.group(5)))
        return date(year, month, day)
    except ValueError:
        return None


def _all_given(first: datetime) -> bool:
    """Whether a moment read with ``_DEFAULT_A`` shows that the text gave its day and clock.

    Each of year, month, day, hour and minute differs from ``_DEFAULT_A``'s, so none came
    from it, and reading with ``_DEFAULT_B`` would give the same fields: the second reading
    is not needed (a second not given is ``_DEFAULT_A``'s 0 either way).
    """
    return (
        first.year != _DEFAULT_A.year
        and first.month != _DEFAULT_A.month
        and first.day != _DEFAULT_A.day
        and first.hour != _DEFAULT_A.hour
        and first.minute != _DEFAULT_A.minute
    )


def _parse_loose(text: str, *, fuzzy: bool) -> date | datetime | None:
    from dateutil import parser

    try:
        with warnings.catch_warnings():
            # dateutil warns about zone names it does not know; they are dropped.
            warnings.simplefilter("ignore")
            first = parser.parse(text, default=_DEFAULT_A, tzinfos=_ZONES, fuzzy=fuzzy)
            second = None if _all_given(first) else parser.parse(text, default=_DEFAULT_B, tzinfos=_ZONES, fuzzy=fuzzy)
    except (ValueError, OverflowError, TypeError, AttributeError, IndexError):
        return None
    if second is not None:
        if first.year != second.year or first.month != second.month or first.day != second.day:
            return None  # the text gives no year, month or day
        if (first.hour, first.minute) != (second.hour, second.minute):
            return date(first.year, first.month, first.day)
        if first.second != second.second:
            first = first.replace(second=0)
    try:
        return _fixed(first)
    except ValueError:
        return None  # a zone offset of a day or more ("+2500"): no moment


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/\-_.]|\Z)")


def url_date(url: str | None) -> date | None:
    """A date written in a URL's path (``/2020/01/31/``, ``/2020-01-31-``), or None."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


# --------------------------------------------------------------------------- sizes and languages


_SIZE = re.compile(r"\A\s*(\d{1,6})(?:\.0+)?\s*(?:px)?\s*\Z")


def parse_size(raw: Any) -> int | None:
    """A positive pixel size from ``1200``, ``"1200"`` or ``"1200px"``."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw if raw > 0 else None
    if isinstance(raw, float):
        return int(raw) if raw >= 1 and raw.is_integer() else None
    if isinstance(raw, str):
        match = _SIZE.match(raw)
        if match:
            value = int(match.group(1))
            return value if value > 0 else None
    return None


_LANGUAGE = re.compile(r"\A[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-[A-Za-z0-9]{1,8})*\Z")


def parse_language(raw: Any) -> str | None:
    """A BCP 47 tag from ``en``, ``en_US``, ``EN-us``, ``en-US,fr``; None otherwise."""
    if not isinstance(raw, str):
        return None
    text = raw.strip().replace("_", "-")
    for separator in (",", ";", " "):
        text = text.split(separator, 1)[0]
    if not text or not _LANGUAGE.match(text) or text.lower() in ("und", "mul", "zxx", "xx", "x-default"):
        return None
    parts = text.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


# --------------------------------------------------------------------------- names

_BY_PREFIX = re.compile(
    r"\A(?:(?:view\s+all\s+(?:posts|articles|stories)|more\s+(?:posts|articles|stories)|written|posted|published|"
    r"reported|compiled|story|text|reporting|words|analysis|commentary|opinion|interview)\s+)?by\b[\s:]*"
    # "by" in other languages, before a capitalised name: "Par Ann Lee", "Por ...", "Door ...", "Von Ann Lee"
    # (two words after "Von" at least: "Von Miller" is a first name)
    r"|\A(?:par|por|door|przez)\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))|\Avon\s+(?=(?-i:[A-ZÀ-ÖØ-Þ])\S*\s+\S)",
    re.IGNORECASE,
)
# Where the authors of a byline end: contributors, editors, affiliations, dates.
_BYLINE_END = re.compile(
    r"\b(?:contributions?\s+(?:from|by)|contributors?\s*:|with\s+(?:additional\s+)?reporting|"
    r"additional\s+reporting|(?:edited|reviewed|fact[- ]checked|medically\s+reviewed|photos?|photographs|"
    r"illustrations?|video)\s+by|last\s+updated|updated|published|posted|follow\b)",
    re.IGNORECASE,
)
# Academic and professional letters after a name ("Jane Doe MS, RDN").
_CRED = r"(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?)"
# A comma marks them: "Jane Doe, MD" or "Jane Doe MS, RDN, LD" (not "Jane DOE").
# (A run of white space is entered at its start only, so that a search stays linear.)
_CREDENTIALS = re.compile(rf"(?:(?:,\s*{_CRED})+|(?<!\s)\s+{_CRED}(?:,\s*{_CRED})+)\Z")
_ACRONYM = re.compile(r"\A[A-Z]{2,5}\Z")
_ROMAN = re.compile(r"\A(?:I{1,3}|IV|V|VI{0,3})\Z")
_USERNAME = re.compile(r"\A[a-z0-9_.\-]+\Z|[_0-9@]")
# The label before a byline's names, in the languages of the news: "Author:", "Text:", "Texto:", "Текст:".
_AUTHOR_LABEL = re.compile(
    r"\A(?:authors?|writers?|reporters?|contributors?|byline|text|words|texto|texte|testo|tekst|текст|"
    r"autor(?:es|a|en)?|auteurs?|autore|autori|redacción|redaktion)\s*[:|]\s*",
    re.IGNORECASE,
)
# An address starts where a run of its characters starts (the look-behind): a search then
# tries each run once, linear on a long run of word characters without "@".
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+")
_URLISH = re.compile(r"\A(?:https?:|www\.)|\.(?:com|org|net|co\.uk)\b", re.IGNORECASE)
_DATE_TAIL = re.compile(
    r"(?:\b(?:on|updated|published|posted)\b\s*:?\s*)?"
    r"(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*(?:\d{4})?"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*(?:\d{4})?"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
    r"|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?"
    r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago)"
    r".*\Z",
    re.IGNORECASE | re.DOTALL,
)
# Lower-case joiners only: "E" or "Y" in capitals is an initial, not a conjunction.
# (Entered at the start of a run of white space only: linear on long runs.)
# a parenthesis in a byline opened by the word for "with": the names inside are more bylines
# (These too enter a run of white space at its start only: a search from each of its spaces was quadratic.)
_WITH_PARENTHESIS = re.compile(r"(?<!\s)\s*\(\s*+(?:with|avec|con|mit|com|met)\s++([^()]*+)\)", re.IGNORECASE)
_PARENTHESIS = re.compile(r"(?<!\s)\s*\(([^()]{2,60})\)")
# an agency's initials in parentheses after a name: "Ann Lee (AP)"
_AGENCY_INITIALS = re.compile(r"(?<!\s)\s*\([A-Z]{2,6}\)")
_SPLIT = re.compile(r"(?<!\s)\s*(?:,|;|\||\s(?:[Aa]nd|AND|&|\+|und|et|y|e)\s|/|\s[·•]\s)\s*")
# Words that make a byline part a role or a desk rather than a person's name.
_ROLE_WORDS = frozenset(
    (
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "contributor",
        "contributors",
        "columnist",
        "columnists",
        "producer",
        "photographer",
        "photographers",
        "senior",
        "chief",
        "associate",
        "deputy",
        "managing",
        "executive",
        "political",
        "national",
        "international",
        "foreign",
        "business",
        "sports",
        "science",
        "health",
        "technology",
        "tech",
        "culture",
        "bureau",
        "desk",
        "intern",
        "freelance",
        "special",
        "contributing",
        "assistant",
        "news",
        "analyst",
        "journalist",
        "journalists",
        "author",
        "professor",
        "fellow",
        "analyst",
        "strategist",
        "critic",
        "host",
    )
)
_ORG_WORDS = frozenset(
    (
        "staff",
        "team",
        "desk",
        "newsroom",
        "editorial",
        "board",
        "press",
        "agency",
        "agencies",
        "associated",
        "reuters",
        "afp",
        "wire",
        "wires",
        "services",
        "service",
        "news",
        "media",
        "network",
        "inc",
        "ltd",
        "llc",
        "corporation",
        "company",
        "group",
        "online",
        "digital",
        "magazine",
        "times",
        "post",
        "daily",
        "herald",
        "tribune",
        "journal",
        "gazette",
    )
)
_NAME_HAS_LETTER = re.compile(r"[^\W\d_]")
#: A byline or a name longer than this is not one (a whole header, a 1 MB attribute): it is
#: refused before any pattern runs, which keeps reading bounded on huge values.
MAX_BYLINE_TEXT = 1000


def _strip_credentials(text: str) -> str:
    match = _CREDENTIALS.search(text)
    if match is None:
        return text
    tail = match.group(0).replace(",", " ").split()
    if any(_ROMAN.match(word) for word in tail) or len(text[: match.start()].split()) < 2:
        return text
    return text[: match.start()]


def _cut_outlet(text: str) -> str:
    """ "John Roe The Associated Press" -> "John Roe": a name, then the outlet."""
    words = text.split()
    for cut in (2, 3):
        if len(words) > cut + 1 and looks_like_name(" ".join(words[:cut])) and is_organization(" ".join(words[cut:])):
            return " ".join(words[:cut])
    return text


def clean_person_name(raw: Any) -> str | None:
    """The name of a structured person (a JSON-LD ``Person``): trusted more than a byline.

    Only what such names are known to carry is removed: a "By" prefix and credentials
    after a comma; an e-mail address or a URL alone is refused.
    """
    text = clean_line(raw, unescape=True)
    if (
        text is None
        or len(text) > MAX_BYLINE_TEXT
        or _EMAIL.fullmatch(text)
        or text.lower().startswith(("http://", "https://", "www."))
    ):
        return None
    if text.casefold() in _JUNK:
        return None  # "Print", "admin", "Author": what a CMS puts where no name was set
    stripped = _BY_PREFIX.sub("", text) if text[:3].lower() == "by " else text
    stripped = _strip_credentials(stripped)
    if "&" in stripped:
        unescaped = normalize_text(html.unescape(stripped))
        if looks_like_name(unescaped):
            stripped = unescaped  # "O&#039;Neil": escaped twice by the CMS
    stripped = _cut_outlet(stripped)
    for separator in (" | ", ", "):
        head, found, tail = stripped.partition(separator)
        # "Jane Doe | Sponsored", "Jane Doe, example.com": a name, then something else.
        if found and looks_like_name(head) and not looks_like_name(tail):
            stripped = head
            break
    return normalize_text(stripped) or None


def clean_name(raw: Any) -> str | None:
    """A person's name from a byline fragment, or None when it is not one.

    Strips "By", labels, credentials ("MS, RDN"), an affiliation after " | " and
    trailing dates; refuses e-mail addresses, URLs, user names ("jdoe"), junk words
    and strings too long to be a name.
    """
    text = clean_line(raw, unescape=True)
    if text is None or len(text) > MAX_BYLINE_TEXT:
        return None
    text = _EMAIL.sub(" ", text)
    for separator in (" | ", " / ", " — ", " – "):
        text = text.split(separator, 1)[0]
    text = _AUTHOR_LABEL.sub("", text)
    text = _BY_PREFIX.sub("", text)
    text = _DATE_TAIL.sub("", text)
    text = normalize_text(text.strip(" -–—|:,.·•@"))
    text = _cut_outlet(_strip_credentials(text).strip(" ,"))
    head, comma, tail = text.partition(", ")
    if comma and (is_role(tail) or _ACRONYM.match(tail)):
        text = head
    if not text or text.casefold() in _JUNK or _URLISH.search(text):
        return None
    if _USERNAME.search(text) and " " not in text:
        return None
    if not _NAME_HAS_LETTER.search(text) or len(text) > 60 or len(text.split()) > 6:
        return None
    return text


def is_role(text: str) -> bool:
    """Tell whether a byline fragment is a role ("Staff Writer"), not a name."""
    words = comparable(text).split()
    return bool(words) and sum(word in _ROLE_WORDS for word in words) * 2 >= len(words)


def looks_like_name(text: str) -> bool:
    """Tell whether link text reads as a person's name: two to five words, capitalised."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(char.isdigit() for char in text):
        return False
    if any(word.casefold().strip(".,:?!") in _NOT_NAME_WORDS for word in words):
        return False
    return all(word[:1].isupper() or word in _PARTICLES for word in words) and words[0][:1].isupper()


_PARTICLES = frozenset({"de", "da", "del", "der", "van", "von", "bin", "al", "la", "le", "di", "du", "dos", "y", "ibn"})
# Words of page furniture that sit in bylines next to names ("View Author Archive").
_NOT_NAME_WORDS = frozenset(
    (
        "icon", "links", "link", "archive", "view", "bio", "author", "authors", "share", "save", "bookmark",
        "read", "min", "comments", "comment", "print", "email", "follow", "subscribe", "newsletter", "page",
        "more", "posts", "profile", "twitter", "facebook", "feed", "rss", "full", "see", "expertise",
        "credentials", "corrected", "updated", "published", "the", "for", "of", "in", "on", "at", "news",
        "editor", "director", "staff", "team", "contributor", "writer", "reporter", "senior", "social",
        "categories", "date", "partnership", "with", "sponsored", "reviews", "photo", "video", "password",
        "login", "sign", "policy", "fellow", "marketing", "press", "associated", "editorial", "guidelines",
        "account", "redazione", "watch", "listen", "live",
    )
)  # fmt: skip


def is_organization(text: str) -> bool:
    """Tell whether a name looks like a desk or an organisation ("CNN Wire Staff")."""
    words = comparable(text).split()
    return any(word in _ORG_WORDS for word in words) and not (len(words) in (2, 3) and words[-1] not in _ORG_WORDS)


def _byline_head(text: str) -> str:
    line = _EMAIL.sub(" ", text).split(" | ", 1)[0]
    line = _AUTHOR_LABEL.sub("", line)
    line = _BY_PREFIX.sub("", line)
    end = _BYLINE_END.search(line)
    if end is not None:
        line = line[: end.start()]
    line = _DATE_TAIL.sub("", line)
    return _strip_credentials(line.strip(" ,"))


_FURNITURE = re.compile(
    r"\b(?:bookmark|save|share|follow|e-?mail|print|comments?|subscribe|\d+\s*min(?:ute)?s?\s+read|"
    r"social\s+links|view\s+(?:all|author|profile|bio)|author\s+archive|archive\s+page|rss|plus\s+icon|icon|"
    # a link to the author's box after the name: "By Ann Lee About Ann Lee"
    r"about(?=\s+(?-i:[A-Z])))\b",
    re.IGNORECASE,
)


_SPACE_BEFORE_COMMA = re.compile(r"(?<!\s)\s+,")
# A box that opens with when the article was last changed or first printed ("Last Updated: January 7, 2025"):
# a date line in a byline's place, with no name before the date ("Last" is no byline).
_DATE_LINE = re.compile(r"(?:last|first|originally)\s+(?:updated|modified|edited|published|posted)\b", re.IGNORECASE)


def printed_byline(text: str) -> str | None:
    """The byline as printed, without what its box holds after it (dates, "Updated", buttons).

    "By Jane Doe December 22, 2023 at 9:00 AM Updated ... Bookmark Save" gives
    "By Jane Doe"; "By" and roles are kept.
    """
    line = clean_line(text)
    if line is None or len(line) > MAX_BYLINE_TEXT or _DATE_LINE.match(line):
        return None
    end = len(line)
    for pattern in (_BYLINE_END, _DATE_TAIL, _FURNITURE):
        match = pattern.search(line)
        if match is not None and match.start() > 0:
            end = min(end, match.start())
    # (the parts of a box are read with a space between them: "Ann Lee , Tom Hale")
    printed = clean_line(_SPACE_BEFORE_COMMA.sub(",", line[:end]).rstrip(" ,|·•-–—:"))
    # Nothing but "By" before the furniture: no byline here.
    if printed is None or is_by_alone(printed):
        return None
    return printed


def opens_with_by(text: str) -> bool:
    """Whether a byline opens with its "By" ("By Ann Lee", "Written by", "Par Ann Lee")."""
    return _BY_PREFIX.match(text) is not None


def is_by_alone(text: str) -> bool:
    """Whether a byline is its "By" (or "Written by", "Par" ...) and nothing else."""
    return not _BY_PREFIX.sub("", text).strip()


def byline_contributors(text: str) -> list[str]:
    """Names a byline credits after "Contributions from", "Additional reporting by" ..."""
    line = clean_line(text, unescape=True)
    if line is None or len(line) > MAX_BYLINE_TEXT:
        return []
    end = _BYLINE_END.search(line)
    if end is None or not re.match(r"contrib|with|addition", end.group(0), re.IGNORECASE):
        return []
    rest = _BYLINE_END.split(line[end.end() :], 1)[0]
    rest = _DATE_TAIL.sub("", rest)
    return [name for part in _SPLIT.split(rest) if (name := clean_name(part))]


# a web or e-mail address in brackets after a name: the name's link, no part of it
_LINK_IN_BRACKETS = re.compile(r"(?<!\s)\s*[(<\[]\s*+(?:https?://|www\.|mailto:|[\w.+-]+@|@\w)[^)>\]]*+[)>\]]?")


def split_byline(text: str) -> list[tuple[str, str | None]]:
    """Split a printed byline into ``(name, role)`` pairs.

    "By Jane Doe and John Roe" gives two names; "Jane Doe, Staff Writer" gives one name
    with its role; "Jane Doe July 10, 2015" gives the name alone; contributors,
    editors and what follows "Updated" are left out.
    """
    line = clean_line(text, unescape=True)
    if line is None or len(line) > MAX_BYLINE_TEXT:
        return []
    if "://" in line or "@" in line or "www." in line:
        # "Ann Lee (https://ann.example/)", "Ann Lee <ann@example.com>", "Ann Lee (@annlee)"
        line = _LINK_IN_BRACKETS.sub("", line)
    out: list[tuple[str, str | None]] = []
    # "Ann Lee (with Tom Hale and Sam Roe)", "(avec ... et ...)": the names in parentheses are bylines too;
    # "Ann Lee (AP)": an agency's initials beside the name. (A nickname, "Richard (R.J.) Eskow", stays.)
    head = _byline_head(line)
    if "(" in head:
        head = _AGENCY_INITIALS.sub("", _WITH_PARENTHESIS.sub(lambda m: ", " + m.group(1), head))
        # "Ann Lee (Staff Writer)": a role in parentheses, as after a comma
        head = _PARENTHESIS.sub(lambda m: ", " + m.group(1) if is_role(m.group(1)) else m.group(), head)
    parts = [part for raw in _SPLIT.split(head) if (part := raw.strip(" -–—|:,.·•"))]
    for part in parts:
        if len(parts) > 1 and (_ACRONYM.match(part) or " " not in part or (out and is_organization(part))):
            continue  # "CNN", "RDN", "Sponsored", "Associated Press" beside names: an outlet, a credential, a label
        if is_role(part):
            if out and out[-1][1] is None:
                out[-1] = (out[-1][0], normalize_text(part))
            continue
        name = clean_name(part)
        if name is not None:
            out.append((name, None))
    return out


def split_joined_name(name: str) -> list[str]:
    """Split a name that holds several people ("Jane Doe and John Roe").

    Only splits when every part looks like a full name (two to four words, each
    capitalised), so that a single name with "and" in it stays whole.
    """
    parts = [part for part in re.split(r"\s*(?:,|;|\s(?:and|&)\s)\s*", name) if part]
    if len(parts) < 2:
        return [name]
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 4 or not all(word[:1].isupper() for word in words):
            return [name]
    return parts
