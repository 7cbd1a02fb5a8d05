"""Reading JSON-LD as pages really write it: leniently, then as a flat list of nodes.

Pages put several ``<script type="application/ld+json">`` blocks in one page, wrap
objects in ``@graph`` or in lists, give ``@type`` as a list, refer to nodes by ``@id``,
and write broken JSON: trailing commas and semicolons, raw control characters inside
strings, HTML comments and CDATA markers around the object, two objects one after the
other. :func:`parse_jsonld` reads all of that; :func:`flatten` gives every typed node.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["JsonLd", "node_types", "parse_jsonld"]

_DECODER = json.JSONDecoder(strict=False)  # strict=False: raw control characters inside strings
_WRAPPERS = re.compile(r"<!--|-->|//\s*<!\[CDATA\[|//\s*\]\]>|<!\[CDATA\[|\]\]>")
_TRAILING_COMMA = re.compile(r",\s*(?=[}\]])")
_SEPARATORS = " \t\r\n\f\v;,\ufeff"
# How deep a JSON-LD tree is walked: real ones are a few levels deep; this stops
# pathological nesting without recursion.
_MAX_NODES = 5000
_SCHEMA_PREFIXES = ("http://schema.org/", "https://schema.org/", "schema:")


def _decode_all(text: str) -> list[Any]:
    """Decode the JSON values in ``text``, one after the other, as far as they go."""
    values: list[Any] = []
    pos, size = 0, len(text)
    while pos < size:
        while pos < size and text[pos] in _SEPARATORS:
            pos += 1
        if pos >= size:
            break
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except (ValueError, RecursionError):
            break
        values.append(value)
    return values


def parse_jsonld(script: str) -> list[Any]:
    """Read the JSON values in one JSON-LD script, repairing what browsers would shrug at.

    Returns an empty list when nothing can be read; never raises.
    """
    text = script.strip()
    if not text:
        return []
    try:
        return [_DECODER.decode(text)]
    except (ValueError, RecursionError):
        pass
    text = _WRAPPERS.sub(" ", text)
    values = _decode_all(text)
    if values:
        # A repair that reads further is better; the first pass may stop at a bad comma.
        repaired = _decode_all(_TRAILING_COMMA.sub("", text))
        return repaired if len(repaired) >= len(values) else values
    return _decode_all(_TRAILING_COMMA.sub("", text))


def node_types(node: dict[str, Any]) -> tuple[str, ...]:
    """The node's ``@type`` values, without a schema.org prefix."""
    raw = node.get("@type")
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        return ()
    out: list[str] = []
    for item in raw:
        if isinstance(item, str):
            for prefix in _SCHEMA_PREFIXES:
                if item.startswith(prefix):
                    item = item[len(prefix) :]
                    break
            out.append(item.strip())
    return tuple(out)


class JsonLd:
    """Every typed node of a page's JSON-LD, in page order, with an ``@id`` index."""

    __slots__ = ("_types", "by_id", "nodes")

    def __init__(self, scripts: list[str]) -> None:
        """Parse each script and flatten its values."""
        self.nodes: list[dict[str, Any]] = []
        self.by_id: dict[str, dict[str, Any]] = {}
        for script in scripts:
            for value in parse_jsonld(script):
                self._flatten(value)
        # The types of each node, read once: the readers ask for nodes by type several times a page.
        self._types = [frozenset(node_types(node)) for node in self.nodes]

    def _flatten(self, value: Any) -> None:
        # An explicit stack keeps deep or cyclic-looking trees safe (no recursion).
        stack: list[Any] = [value]
        seen = 0
        while stack and seen < _MAX_NODES:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@type" in item:
                    self.nodes.append(item)
                node_id = item.get("@id")
                if isinstance(node_id, str) and len(item) > 1 and node_id not in self.by_id:
                    self.by_id[node_id] = item
                graph = item.get("@graph")
                if graph is not None:
                    stack.append(graph)
                # Nested article nodes (mainEntity, hasPart) count as nodes too.
                for key in ("mainEntity", "mainEntityOfPage", "hasPart", "itemListElement", "subjectOf"):
                    child = item.get(key)
                    if isinstance(child, dict | list):
                        stack.append(child)

    def resolve(self, value: Any) -> Any:
        """Follow a ``{"@id": ...}`` reference to the node it names, when there is one."""
        if isinstance(value, dict) and len(value) <= 2 and "@id" in value and "@type" not in value:
            target = self.by_id.get(value["@id"]) if isinstance(value["@id"], str) else None
            if target is not None:
                return target
        return value

    def of_type(self, *types: str) -> Iterator[dict[str, Any]]:
        """The nodes that have one of ``types``, in page order."""
        for node, kinds in zip(self.nodes, self._types, strict=True):
            if not kinds.isdisjoint(types):
                yield node
