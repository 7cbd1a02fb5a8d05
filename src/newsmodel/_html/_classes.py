"""The class values of a page's elements, gathered once for fast substring queries.

A CSS query such as ``[class*=byline], [class*=uthor]`` walks the whole tree once per
part and compares each class value byte by byte at every position (Lexbor's substring
match), which made such queries the dearest part of reading a page. :class:`ClassIndex`
lists the elements that have a class, in document order, with their values; a
query of substrings then searches the values joined in one string (at C speed) and maps
each hit back to its element.

:meth:`ClassIndex.select` answers as ``tree.css()`` does for a list of ``[class*=...]``
parts: the elements in document order, each listed once per part it matches (Lexbor
lists an element matched by two parts of a list twice). The index is valid as long
as the tree is not changed: build it before anything is removed.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, repeat
from operator import add
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

if TYPE_CHECKING:
    from ._document import Document

__all__ = ["ClassIndex", "page_index"]

# Joins the values: no part searched for holds it, so no hit spans two values.
_JOIN = "\n"
# ASCII letters to lower case (a translation that keeps every position).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class ClassIndex:
    """The elements under a root (the root included) that have a class, in document order."""

    __slots__ = ("_holders", "_lower", "_starts", "_text", "nodes", "values")

    def __init__(self, root: LexborHTMLParser | LexborNode) -> None:
        """Gather the elements of ``root`` (a parsed page or an element) with a class."""
        self.nodes: list[LexborNode] = root.css("[class]")
        # (Indexing the attributes is a little faster than their get(): every element here has a class.)
        classes = [node.attrs["class"] or "" for node in self.nodes]
        #: The class value of each of :attr:`nodes` (``attrs.get("class") or ""``).
        self.values = classes
        # Pages repeat a few values over many elements ("col-md-6" on hundreds): each distinct value is
        # searched once, in a joined text a third as long, and a hit stands for every element holding it.
        holders: dict[str, list[int]] = {}
        for index, value in enumerate(classes):
            held = holders.get(value)
            if held is None:
                holders[value] = [index]
            else:
                held.append(index)
        #: The positions (in :attr:`nodes`) of the elements holding each distinct value, in text order.
        self._holders = list(holders.values())
        self._text = _JOIN.join(holders)
        # Where each distinct value starts in the joined text (its length and a separator after each).
        self._starts = [0, *accumulate(map(add, map(len, holders), repeat(1)))]
        self._lower: str | None = None

    def _find(self, text: str, part: str) -> list[int]:
        """The positions (in :attr:`nodes`) of the elements whose value holds ``part``, each once."""
        found: list[int] = []
        position = text.find(part)
        starts, holders = self._starts, self._holders
        while position != -1:
            value = bisect_right(starts, position) - 1
            found.extend(holders[value])
            position = text.find(part, starts[value + 1])
        return found

    def select(
        self,
        parts: tuple[str, ...],
        checked: tuple[tuple[str, str | None, str], ...] = (),
    ) -> list[LexborNode]:
        """The elements matching a CSS selector list, as ``css()`` lists them: in document
        order, each once per part it matches.

        ``parts``: ``text`` for each ``[class*=text]`` part.
        ``checked``: ``(word, tag, selector)`` for each part that Lexbor matches
        in its own way (a class selector, ``~=``): the elements of that tag (any tag: None)
        whose value holds ``word`` in any ASCII case are tried with the selector itself.
        """
        nodes = self.nodes
        return [nodes[index] for index in self._select(parts, checked)]

    def select_values(
        self,
        parts: tuple[str, ...],
        checked: tuple[tuple[str, str | None, str], ...] = (),
    ) -> list[tuple[LexborNode, str]]:
        """What :meth:`select` lists, each element with its class value (read once, for the index)."""
        nodes, values = self.nodes, self.values
        return [(nodes[index], values[index]) for index in self._select(parts, checked)]

    def _select(self, parts: tuple[str, ...], checked: tuple[tuple[str, str | None, str], ...]) -> list[int]:
        """The positions (in :attr:`nodes`) that :meth:`select` lists, in order, with its repeats."""
        counts: dict[int, int] = {}
        for part in parts:
            for index in self._find(self._text, part):
                counts[index] = counts.get(index, 0) + 1
        if checked and self._lower is None:
            self._lower = self._text.translate(_ASCII_LOWER)
        for word, tag, selector in checked:
            assert self._lower is not None
            for index in self._find(self._lower, word):
                node = self.nodes[index]
                if tag is not None and node.tag != tag:
                    continue
                first = node.css_first(selector)  # the element itself comes first when it matches
                if first is not None and first.mem_id == node.mem_id:
                    counts[index] = counts.get(index, 0) + 1
        out: list[int] = []
        for index in sorted(counts):
            out.extend([index] * counts[index])
        return out


def page_index(doc: Document) -> ClassIndex:
    """The index of ``doc``'s whole tree, built on first use (before the tree is changed)."""
    index = doc.cache.get("classes")
    if not isinstance(index, ClassIndex):
        index = doc.cache["classes"] = ClassIndex(doc.tree)
    return index
