"""The class and id values of a page's elements, gathered once for fast substring queries.

A CSS query such as ``[class*=byline], [class*=uthor]`` walks the whole tree once per
part and compares each class value byte by byte at every position (Lexbor's substring
match), which made such queries the dearest part of reading a page. :class:`ClassIndex`
lists the elements that have a class or an id, in document order, with both values; a
query of substrings then searches the values joined in one string (at C speed) and maps
each hit back to its element.

:meth:`ClassIndex.select` answers as ``tree.css()`` does for a list of ``[class*=...]`` and
``[id*=...]`` parts: the elements in document order, each listed once per part it matches
(Lexbor lists an element matched by two parts of a list twice). The index is valid as long
as the tree is not changed: build it before anything is removed.
"""

from __future__ import annotations

from bisect import bisect_right
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
    """The elements under a root (the root included) that have a class or id, in document order."""

    __slots__ = ("_ids", "_joined", "nodes")

    def __init__(self, root: LexborHTMLParser | LexborNode) -> None:
        """Gather the elements of ``root`` (a parsed page or an element) with a class or id."""
        nodes: list[LexborNode] = []
        classes: list[str] = []
        ids: list[str] = []
        last = None
        for node in root.css("[class], [id]"):
            key = node.mem_id
            if key == last:
                continue  # an element with both attributes is listed once per part
            last = key
            nodes.append(node)
            classes.append(node.attrs.get("class") or "")
            ids.append(node.id or "")
        self.nodes = nodes
        self._ids = ids
        self._joined: dict[str, tuple[str, list[int]]] = {"class": self._join(classes)}

    @staticmethod
    def _join(values: list[str]) -> tuple[str, list[int]]:
        starts: list[int] = []
        position = 0
        for value in values:
            starts.append(position)
            position += len(value) + 1
        return _JOIN.join(values), starts

    def _values(self, attribute: str) -> tuple[str, list[int]]:
        joined = self._joined.get(attribute)
        if joined is None:
            joined = self._joined[attribute] = self._join(self._ids)
        return joined

    def _lowered(self, attribute: str) -> tuple[str, list[int]]:
        key = attribute + ":lower"
        joined = self._joined.get(key)
        if joined is None:
            text, starts = self._values(attribute)
            joined = self._joined[key] = (text.translate(_ASCII_LOWER), starts)
        return joined

    @staticmethod
    def _find(text: str, starts: list[int], part: str) -> list[int]:
        """The positions of the values holding ``part`` (each once)."""
        found: list[int] = []
        position = text.find(part)
        count = len(starts)
        while position != -1:
            index = bisect_right(starts, position) - 1
            found.append(index)
            if index + 1 >= count:
                break
            position = text.find(part, starts[index + 1])
        return found

    def select(
        self,
        parts: tuple[tuple[str, str], ...],
        checked: tuple[tuple[str, str, str | None, str], ...] = (),
    ) -> list[LexborNode]:
        """The elements matching a CSS selector list, as ``css()`` lists them: in document
        order, each once per part it matches.

        ``parts``: ``(attribute, text)`` for each ``[attribute*=text]`` part ("class" or "id").
        ``checked``: ``(attribute, word, tag, selector)`` for each part that Lexbor matches
        in its own way (a class selector, ``~=``): the elements of that tag (any tag: None)
        whose value holds ``word`` in any ASCII case are tried with the selector itself.
        """
        counts: dict[int, int] = {}
        for attribute, part in parts:
            text, starts = self._values(attribute)
            for index in self._find(text, starts, part):
                counts[index] = counts.get(index, 0) + 1
        for attribute, word, tag, selector in checked:
            text, starts = self._lowered(attribute)
            for index in self._find(text, starts, word):
                node = self.nodes[index]
                if tag is not None and node.tag != tag:
                    continue
                first = node.css_first(selector)  # the element itself comes first when it matches
                if first is not None and first.mem_id == node.mem_id:
                    counts[index] = counts.get(index, 0) + 1
        nodes = self.nodes
        out: list[LexborNode] = []
        for index in sorted(counts):
            out.extend([nodes[index]] * counts[index])
        return out


def page_index(doc: Document) -> ClassIndex:
    """The index of ``doc``'s whole tree, built on first use (before the tree is changed)."""
    index = doc.cache.get("classes")
    if not isinstance(index, ClassIndex):
        index = doc.cache["classes"] = ClassIndex(doc.tree)
    return index
