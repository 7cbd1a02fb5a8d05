"""Loading a page: bytes to text (finding the charset), text to one parsed tree.

Every step of reading HTML (metadata, body, related posts) works on the one
:class:`Document` that :func:`load_document` builds, so a page is decoded and parsed
once. Nothing here opens a URL or a file.

The charset of bytes is taken, in order, from:

1. a byte order mark (UTF-8, UTF-16, UTF-32);
2. the ``encoding`` the caller gives;
3. ``<meta charset>`` or ``<meta http-equiv="Content-Type" content="...; charset=...">``
   in the first bytes of the page;
4. UTF-8, when the bytes are valid UTF-8;
5. detection by charset-normalizer, when the steps above give nothing or a charset the
   bytes are not valid in (a page declared UTF-8 but saved as Latin-1).

Windows-1252 stands in for ISO-8859-1 and ASCII, as browsers do (the WHATWG encoding
standard), so that curly quotes in such pages survive.
"""

from __future__ import annotations

import codecs
import re

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .._errors import ParseError
from .._normal import normalize_url

__all__ = ["Document", "decode_html", "load_document", "shown_text"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# How far into the page a charset declaration is looked for (the HTML standard's
# prescan reads 1024 bytes; real pages put long <head> comments first, so read more).
_PRESCAN = 8192
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""",
    re.IGNORECASE,
)
# What browsers use instead of the label a page declares (WHATWG encoding standard).
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-user-defined": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
    "unicode": "utf-8",
    "utf8": "utf-8",
    # A page saying "UTF-16" in a <meta> tag was not read as UTF-16 to find that tag.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
# Control characters no text page holds (tab, line feed, form feed, carriage return excepted).
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")


@attrs.frozen
class Document:
    """A page parsed once, with the URLs its links are resolved against.

    Attributes:
        tree: the parsed page (selectolax, Lexbor engine); every reader uses this tree.
        url: the page's URL as the caller gave it, normalised (None when not given or
            not a usable http(s) URL).
        base_url: the URL relative links resolve against: ``<base href>`` resolved
            against ``url``, else ``url``.
    """

    tree: LexborHTMLParser
    url: str | None
    base_url: str | None
    #: What readers of the unchanged tree gather once and share (see ``_classes.page_index``).
    cache: dict[str, object] = attrs.field(factory=dict, init=False, repr=False, eq=False)


def _codec(label: str) -> str | None:
    """The Python codec for a charset label, or None for an unknown label."""
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _declared_charset(data: bytes) -> str | None:
    """The charset named by a ``<meta>`` tag in the first bytes of the page."""
    match = _META_CHARSET.search(data, 0, _PRESCAN)
    return _codec(match.group(1).decode("ascii")) if match else None


def _detect(data: bytes) -> str | None:
    """Guess the charset of ``data`` with charset-normalizer; None when it cannot."""
    from charset_normalizer import from_bytes

    # A sample is enough to tell the charset and keeps detection fast on large pages.
    best = from_bytes(data[:65536] if len(data) > 65536 else data).best()
    if best is None:
        return None
    return _codec(best.encoding)


# UTF-8 bytes are checked in pieces this long: decoding a whole page at once to check it builds a text as long
# as the page (a large allocation, dear on a big page) that is thrown away when the parser reads the bytes.
_PIECE = 65536


def _utf8_head(data: bytes) -> str | None:
    """The first characters of ``data`` read as UTF-8 (all of them, or at least 16,000), when the whole of
    ``data`` is valid UTF-8; None when it is not (``data.decode("utf-8")`` would raise)."""
    view = memoryview(data)
    size = len(data)
    try:
        # (a piece ending inside a character leaves its first bytes to the next piece, as a stream decoder does)
        head, done = codecs.utf_8_decode(view[:_PIECE], "strict", size <= _PIECE)
        while done < size:
            done += codecs.utf_8_decode(view[done : done + _PIECE], "strict", done + _PIECE >= size)[1]
    except UnicodeDecodeError:
        return None
    return head


def _try(data: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """Decode the bytes of a page to text (see the module docstring for the order).

    Args:
        data: the page as bytes.
        encoding: the charset the caller knows (an HTTP header's), or None.

    Returns:
        The text, without a byte order mark. Bytes invalid in every candidate charset
        are decoded as Windows-1252 with replacement characters, never dropped silently.
    """
    return _decode(data, encoding)[0]


def _decode(data: bytes, encoding: str | None, *, whole: bool = True) -> tuple[str, bool]:
    """The text of ``data``, and whether it is ``data`` read as UTF-8 from its first byte.

    ``whole=False``: of a text that is ``data`` read as UTF-8, only its first characters (see ``_utf8_head``);
    the caller gives the parser the bytes.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace"), False
    declared = _declared_charset(data)
    if declared not in (None, "utf-8") and not data.isascii() and _utf8_head(data) is not None:
        # Bytes that are valid UTF-8 with non-ASCII characters are UTF-8 whatever an old
        # <meta> tag says: a page in a single-byte charset is almost never valid UTF-8.
        declared = "utf-8"
    candidates: list[str | None] = []
    if encoding is not None:
        candidates.append(_codec(encoding))
    candidates.extend((declared, "utf-8"))
    for candidate in candidates:
        decoded = _try(data, candidate) if whole or candidate != "utf-8" else _utf8_head(data)
        if decoded is not None:
            return decoded, candidate == "utf-8"
    # UTF-16 without a BOM: NUL bytes at every other position of ASCII markup.
    head = data[:200]
    if head.count(0) * 3 > len(head):
        for codec in ("utf-16-le", "utf-16-be") if head[1:2] == b"\x00" else ("utf-16-be", "utf-16-le"):
            decoded = _try(data, codec)
            if decoded is not None:
                return decoded, False
    decoded = _try(data, _detect(data))
    if decoded is not None:
        return decoded, False
    return data.decode("cp1252", errors="replace"), False


def _base_element(tree: LexborHTMLParser) -> LexborNode | None:
    """The page's first ``<base href>``, as ``css_first("base[href]")`` finds it.

    (Lexbor's lookup by tag name walks the tree faster than a selector does.)
    """
    for base in tree.tags("base"):
        if "href" in base.attrs:
            return base
    return None


def load_document(html: str | bytes, url: str | None = None, *, encoding: str | None = None) -> Document:
    """Decode and parse a page once.

    Args:
        html: the page, as text or as bytes (the charset is found as the module
            docstring says).
        url: the page's URL, used to resolve relative links; never fetched.
        encoding: the charset of ``html`` when the caller knows it (bytes only).

    Returns:
        The parsed :class:`Document`.

    Raises:
        ParseError: when ``html`` is neither text nor bytes, or is binary data rather
            than a page.
    """
    # The parser reads UTF-8: bytes that are already the page's text in UTF-8 go to it as
    # they are, and spare it encoding the text again.
    utf8: bytes | None = None
    if isinstance(html, bytes | bytearray | memoryview):
        data = bytes(html)
        text, as_is = _decode(data, encoding, whole=False)
        if as_is:
            utf8 = data
    elif isinstance(html, str):
        text = html
    else:
        raise ParseError(f"expected the page as str or bytes, got {type(html).__name__}", format="html")
    sample = text[:4096]
    if len(sample) >= 64 and len(_BINARY.findall(sample)) * 20 > len(sample):
        raise ParseError(
            "the input is binary data (control characters), not an HTML page; "
            "pass the page's bytes or text, or its charset as encoding=",
            format="html",
        )
    # (UTF-8 holds a NUL character as a NUL byte and in no other way: the bytes are
    # searched when the parser gets them, a search at C speed where the text's is not.)
    if (b"\x00" in utf8) if utf8 is not None else ("\x00" in text):
        # Lexbor reads NUL as the end of the text in places; a stray one is noise.
        if utf8 is not None:
            text = utf8.decode("utf-8")  # (only its first characters were read)
        text = text.replace("\x00", "")
        utf8 = None
    try:
        tree = LexborHTMLParser(text if utf8 is None else utf8)
    except Exception as error:  # selectolax raises bare exceptions on pathological input
        raise ParseError(f"the page could not be parsed as HTML: {error}", format="html") from error
    page_url = normalize_url(url) if isinstance(url, str) else None
    base_url = page_url
    base = _base_element(tree)
    if base is not None:
        href = base.attrs.get("href")
        if href:
            resolved = normalize_url(href, page_url)
            if resolved is not None:
                base_url = resolved
    return Document(tree=tree, url=page_url, base_url=base_url)


def shown_text(node: LexborNode, separator: str = "") -> str:
    """An element's text as a reader sees it: without the text of the scripts and style sheets inside it (a
    link's inline ``<style>``, a byline box's script), its text nodes joined by ``separator``."""
    if node.css_first("script, style") is None:
        return node.text(separator=separator) or ""
    pieces = []
    for piece in node.traverse(include_text=True):
        parent = piece.parent
        if piece.tag == "-text" and parent is not None and parent.tag not in ("script", "style"):
            pieces.append(piece.text_content or "")
    return separator.join(pieces)
