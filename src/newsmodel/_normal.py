"""The normal form of text and URLs that every model field holds.

The rules, enforced by the model's validators (see docs/model.md):

* Text is Unicode NFC.
* No control characters (category Cc) other than the line feed, no lone surrogates.
* *Inline* text (headlines, names, paragraphs, list items, cells, captions ...) uses the
  plain space as its only whitespace character, never two in a row, and none at either
  end. A paragraph, list item or caption may also hold single line feeds (line breaks),
  never next to a space or to another line feed.
* *Preformatted* text keeps its spaces, tabs and line feeds, but starts and ends with
  neither a line feed nor a carriage return.
* URLs are ASCII: characters outside RFC 3986 are percent-encoded; no whitespace.

Parsers call :func:`normalize_text` and :func:`normalize_url` on what they read, so that
what they build always passes the validators.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import quote, urljoin, urlsplit

__all__ = [
    "is_normal_text",
    "normalize_preformatted",
    "normalize_text",
    "normalize_url",
]

# Characters removed outright: C0 and C1 controls other than the whitespace ones, and
# DEL. Lone surrogates are replaced, since no encoding can carry them.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Every character str.isspace() accepts, less the line feed.
_SPACE_NO_LF = re.compile(r"[^\S\n]+")
_SPACE_ANY = re.compile(r"\s+")
_LF_RUN = re.compile(r" ?\n[\n ]*")

# Characters allowed unescaped in a URL: RFC 3986 unreserved, reserved, and "%".
_URL_SAFE = "-._~:/?#[]@!$&'()*+,;=%"
_URL_OK = re.compile(r"\A[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*\Z")
# An absolute http(s) URL of a host name and a path of unreserved characters alone (no
# port, user, query, fragment, parameters or escapes): most links on a page. Every step of
# normalize_url gives it back as it is (against a base that can be parsed: an absolute URL
# keeps its own host and path), so it is returned at once.
_PLAIN_URL = re.compile(r"\Ahttps?://[A-Za-z0-9.-]+(?:/[A-Za-z0-9\-._~/]*)?\Z")
# Likewise with the sub-delimiters, "@", ":" and escapes in the path, and a query that is
# not empty (no params ";", fragment, port nor brackets): urljoin gives it back as it is
# (its parse and unparse round-trip such a URL), and quote() changes none of its characters.
_PLAIN_QUERY_URL = re.compile(
    r"\Ahttps?://[A-Za-z0-9.-]+(?:/[A-Za-z0-9\-._~/:@!$&'()*+,=%]*)?(?:\?[A-Za-z0-9\-._~/:@!$&'()*+,=%?]+)?\Z"
)
# A path-absolute reference of plain segments (none empty, none starting with a dot, so
# no dot segment to resolve): against a plain base it is the base's scheme and host
# followed by the path as written.
_PLAIN_PATH = re.compile(r"\A(?:/[A-Za-z0-9\-_~][A-Za-z0-9\-._~]*)+/?\Z")


def normalize_text(text: str, *, multiline: bool = False) -> str:
    """Return ``text`` in the normal form of inline text.

    Control characters are removed, lone surrogates become U+FFFD, the text is put in
    NFC, every run of whitespace becomes one space, and the ends are stripped. With
    ``multiline=True`` line breaks are kept as single line feeds (a run of blank lines
    becomes one line feed).
    """
    # A printable text holds no control character nor surrogate (categories Cc and Cs are
    # not printable), and no white space but the plain space: the test (C speed) spares
    # the searches below on most texts, and the split and join on text already normal.
    printable = text.isprintable()
    if not printable:
        text = _CONTROL.sub("", text)
        if not text.isascii():
            text = _SURROGATE.sub("\ufffd", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        printable = False  # (the test was on the text before)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = _SPACE_NO_LF.sub(" ", text)
        text = _LF_RUN.sub("\n", text)
        return text.strip(" \n")
    if printable and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # what the split and join below would give
    # str.split() and the pattern \s agree on every code point (str.isspace), and split is faster
    return " ".join(text.split())


def normalize_preformatted(text: str) -> str:
    """Return preformatted ``text`` in its normal form.

    Line ends become line feeds, other control characters are removed (tabs stay),
    lone surrogates become U+FFFD, the text is put in NFC, and leading and trailing
    blank lines are removed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text).replace("\x0b", " ").replace("\x0c", " ")
    text = text.replace("\x85", "\n")
    if not text.isascii():
        text = _SURROGATE.sub("\ufffd", text)
        text = unicodedata.normalize("NFC", text)
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def is_normal_text(text: str, *, multiline: bool = False) -> bool:
    """Tell whether ``text`` is already in the normal form of inline text."""
    return normalize_text(text, multiline=multiline) == text


def normalize_url(url: str, base: str | None = None) -> str | None:
    """Return ``url`` as an absolute, ASCII http(s) or mailto URL, or None.

    Whitespace at the ends is stripped, ``base`` resolves a relative reference, the host
    is IDNA-encoded, and characters outside RFC 3986 are percent-encoded. URLs of other
    schemes (``javascript:``, ``data:`` ...) and URLs that cannot be made absolute give
    None.
    """
    if _PLAIN_QUERY_URL.match(url) is not None and (base is None or _parseable(base)):
        return url
    if base is not None and _PLAIN_PATH.match(url) is not None and _PLAIN_URL.match(base) is not None:
        path_start = base.find("/", base.index("://") + 3)
        return (base if path_start == -1 else base[:path_start]) + url
    url = _SPACE_ANY.sub("", _CONTROL.sub("", url))
    if not url:
        return None
    if base is not None:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == "mailto":
        encoded = "mailto:" + quote(parts.path + ("?" + parts.query if parts.query else ""), safe=_URL_SAFE)
        return encoded if len(encoded) > len("mailto:") else None
    if scheme not in ("http", "https") or not parts.netloc:
        return None
    netloc = parts.netloc
    if not netloc.isascii():
        try:
            userinfo, _, hostport = netloc.rpartition("@")
            host, sep, port = hostport.partition(":")
            host = host.encode("idna").decode("ascii")
            netloc = (userinfo + "@" if userinfo else "") + host + sep + port
        except UnicodeError:
            netloc = quote(netloc, safe=_URL_SAFE)
    rest = quote(parts.path, safe=_URL_SAFE)
    # An empty query or fragment ("?", "#") is kept, so that a valid URL comes back as it was.
    if parts.query or "?" in url.partition("#")[0]:
        rest += "?" + quote(parts.query, safe=_URL_SAFE)
    if parts.fragment or "#" in url:
        rest += "#" + quote(parts.fragment, safe=_URL_SAFE)
    result = f"{scheme}://{netloc}{rest}"
    return result if _URL_OK.match(result) else None


@functools.lru_cache(maxsize=256)
def _parseable(base: str) -> bool:
    """Whether ``base`` can be parsed as a URL (``urljoin`` raises ValueError when it cannot)."""
    try:
        urlsplit(base)
    except ValueError:
        return False
    return True


def is_url(value: str, *, mailto: bool = False) -> bool:
    """Tell whether ``value`` is an absolute ASCII http(s) URL (or mailto, if allowed)."""
    if not value or not _URL_OK.match(value):
        return False
    lowered = value[:8].lower()
    if lowered.startswith(("http://", "https://")):
        scheme_end = value.index("://") + 3
        host_end = len(value)
        for sep in "/?#":
            pos = value.find(sep, scheme_end)
            if pos != -1:
                host_end = min(host_end, pos)
        return host_end > scheme_end and value[:scheme_end].islower()
    return mailto and value.startswith("mailto:") and len(value) > len("mailto:")
