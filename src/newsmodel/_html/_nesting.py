"""The nesting check run on a page before it is parsed.

The HTML parser's work grows with the square of the nesting depth: each start tag of
some elements (``<p>``, a heading, ``</h2>``) looks through the stack of open elements,
so a page of 50,000 unclosed ``<section>``\\ s (each closing its own heading) takes a
minute to parse, in C code no signal stops. Real pages stay far below ``MAX_NESTING``.

The depth is followed on the raw text, in two passes:

1. a bound from counting alone: the depth cannot exceed the number of opening tags of
   elements that nest, nor the number of "<" that do not open a closing tag (counts at
   C speed, then one regular expression when they are not enough); on every page of the
   benchmark sets this bound is already under ``MAX_NESTING``, so the check ends here;
2. otherwise a walk over the tags keeping the depth: a closing tag lowers it only when an
   element of that name is open (a stray ``</x>`` closes nothing in the parser either),
   and the text of ``<script>``, ``<style>``, ``<textarea>`` and ``<title>`` is skipped.

Elements the parser closes by itself when the next one opens (``<p>``, ``<li>``, table
cells, headings, links, ...) and void elements do not count: a page of 10,000 unclosed
``<p>`` is flat, not deep. The walk may count a little deeper than the parser would
(it does not know every implied end tag), never shallower on a run of nesting elements.
"""

from __future__ import annotations

import re

from .._errors import ParseError

__all__ = ["MAX_NESTING", "check_nesting"]

#: The deepest nesting of elements (opened without being closed) that a page may hold.
MAX_NESTING = 5000

# Elements that do not nest: void, or closed by the parser when the next one opens (or
# merged into the one already open: html, head, body).
_FLAT = (
    "p|li|br|img|hr|meta|link|input|option|optgroup|td|tr|th|dt|dd|source|wbr|area|col|colgroup|base|param|track|"
    "embed|a|h[1-6]|button|tbody|thead|tfoot|caption|rb|rt|rp|rtc|html|head|body|form|nobr|select|keygen|frame"
)
# Elements whose text is raw (not tags) up to their closing tag.
_RAW = frozenset(("script", "style", "textarea", "title", "xmp", "plaintext", "noembed", "noframes", "iframe"))

_RAW_CLOSE = {name: re.compile(rf"</{name}", re.IGNORECASE) for name in _RAW}

_NESTING_OPEN = re.compile(rf"<(?!(?:{_FLAT})[\s/>])[A-Za-z]", re.IGNORECASE)
_NESTING_OPEN_BYTES = re.compile(_NESTING_OPEN.pattern.encode(), re.IGNORECASE)
_TAG = re.compile(rf"<(/?)((?!(?:{_FLAT})[\s/>])[A-Za-z][A-Za-z0-9:-]*+)", re.IGNORECASE)


def check_nesting(html: str | bytes, limit: int = MAX_NESTING) -> None:
    """Refuse a page whose elements nest ``limit`` deep or more (``ParseError``)."""
    # Opening tags number at most the "<" that do not open a closing tag: two counts at C
    # speed, a few times faster than the search that a long page would need otherwise.
    if isinstance(html, bytes):
        # (The count of one byte by what removing it takes off: the removal finds each "<"
        # at memchr speed, where bytes.count compares every byte in turn, twice as slow.)
        signs = len(html) - len(html.replace(b"<", b""))
        if signs < limit or signs - html.count(b"</") < limit or len(_NESTING_OPEN_BYTES.findall(html)) < limit:
            return
        text = html.decode("latin-1")  # tags are ASCII in every charset a page may use
    else:
        signs = html.count("<")
        if signs < limit or signs - html.count("</") < limit or len(_NESTING_OPEN.findall(html)) < limit:
            return
        text = html
    if _depth_reaches(text, limit):
        raise ParseError(
            f"the page nests more than {limit:,} elements without closing them; it is not a page that can be read",
            format="html",
        )


def _depth_reaches(text: str, limit: int) -> bool:
    """Whether the open elements (of those that nest) ever number ``limit``."""
    depth = 0
    open_names: dict[str, int] = {}
    position = 0
    search = _TAG.search
    while (match := search(text, position)) is not None:
        position = match.end()
        name = match.group(2).lower()
        if match.group(1):
            count = open_names.get(name, 0)
            if count:
                open_names[name] = count - 1
                depth -= 1
            continue
        if name in _RAW:
            close = _RAW_CLOSE[name].search(text, position)
            if close is None:
                return False  # the rest of the page is that element's text
            position = close.end()
            continue
        depth += 1
        if depth >= limit:
            return True
        open_names[name] = open_names.get(name, 0) + 1
    return False
