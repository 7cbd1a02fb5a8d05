"""The one cattrs converter between model objects and plain data (dicts, lists, strings).

JSON uses it directly; Markdown front matter and the HTML JSON-LD reuse it. Its rules:

* Fields equal to their default (None, empty tuples, level 1 ...) are left out.
* Blocks and inline marks are tagged unions with a ``"type"`` key (:data:`BLOCK_TAGS`,
  :data:`MARK_TAGS`).
* Dates are ISO 8601 strings: ``2024-11-07`` for a date, ``2024-11-07T10:30:00+03:00``
  for a datetime (naive when the source gave no zone).
* Enums are their values. Strings, integers and booleans are never coerced: ``"5"`` is
  not an integer and ``1`` is not a string.
* Unknown keys are refused.
"""

from __future__ import annotations

import re
import types
from datetime import date, datetime
from functools import cache
from typing import Any, Union, get_args, get_origin

import cattrs

from ._model import (
    Block,
    Blockquote,
    Code,
    Embed,
    Emphasis,
    Figure,
    Link,
    ListBlock,
    Mark,
    Paragraph,
    Preformatted,
    Strong,
    Table,
)

__all__ = ["BLOCK_TAGS", "MARK_TAGS", "converter", "format_date", "make_converter", "parse_date"]

#: The ``"type"`` of each block class in the data.
BLOCK_TAGS: dict[type, str] = {
    Paragraph: "paragraph",
    ListBlock: "list",
    Table: "table",
    Blockquote: "blockquote",
    Figure: "figure",
    Embed: "embed",
    Preformatted: "preformatted",
}
#: The ``"type"`` of each inline mark class in the data.
MARK_TAGS: dict[type, str] = {Link: "link", Emphasis: "emphasis", Strong: "strong", Code: "code"}

_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
_DATETIME = re.compile(r"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?\Z")


def parse_date(value: str) -> date | datetime:
    """Read an ISO 8601 date (``YYYY-MM-DD``) or datetime, keeping which one it is."""
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    if _DATE.match(value):
        return date.fromisoformat(value)
    if _DATETIME.match(value):
        return datetime.fromisoformat(value)
    raise ValueError(f"expected an ISO 8601 date (YYYY-MM-DD) or datetime (YYYY-MM-DDTHH:MM:SS+HH:MM), got {value!r}")


def format_date(value: date | datetime) -> str:
    """Write a date or datetime as ISO 8601 (``Z`` is written ``+00:00``)."""
    return value.isoformat()


def _is_date_union(cl: Any) -> bool:
    origin = get_origin(cl)
    if origin not in (Union, types.UnionType):
        return False
    args = set(get_args(cl)) - {type(None)}
    return args == {date, datetime}


def _strict(kind: type) -> Any:
    def structure(value: Any, _: Any) -> Any:
        if type(value) is not kind and not (kind is int and type(value) is int):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    return structure


def make_converter() -> cattrs.Converter:
    """Build a converter configured with newsmodel's rules (see the module docstring)."""
    conv = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True, detailed_validation=True)
    for kind in (str, int, bool):
        conv.register_structure_hook(kind, _strict(kind))
    conv.register_structure_hook(float, _strict(float))
    conv.register_structure_hook_func(_is_date_union, lambda value, _: parse_date(value))
    conv.register_unstructure_hook_func(lambda cl: cl in (date, datetime), format_date)
    conv.register_structure_hook(date, lambda value, _: _exact_date(value, date))
    conv.register_structure_hook(datetime, lambda value, _: _exact_date(value, datetime))
    # Marks first: the block classes' hooks are generated with the mark union's hooks.
    _tagged_union(conv, Mark, MARK_TAGS)
    _tagged_union(conv, Block, BLOCK_TAGS)
    return conv


def _tagged_union(conv: cattrs.Converter, union: Any, tags: dict[type, str]) -> None:
    """Configure ``union`` as objects whose ``"type"`` key, written first, names the class."""
    classes = {tag: cls for cls, tag in tags.items()}
    names = ", ".join(repr(tag) for tag in classes)

    def unstructure(value: Any) -> dict[str, Any]:
        cls = type(value)
        return {"type": tags[cls], **conv.unstructure(value, cls)}

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f'expected an object with a "type" key, got {type(value).__name__}')
        if "type" not in value:
            raise ValueError(f'missing "type" key (one of {names})')
        tag = value["type"]
        cls = classes.get(tag) if isinstance(tag, str) else None
        if cls is None:
            raise ValueError(f"unknown type {tag!r} (expected one of {names})")
        rest = {key: item for key, item in value.items() if key != "type"}
        return conv.structure(rest, cls)

    conv.register_unstructure_hook(union, unstructure)
    conv.register_structure_hook(union, structure)


def _exact_date(value: Any, kind: type) -> Any:
    parsed = parse_date(value)
    if type(parsed) is not kind:
        raise ValueError(f"expected {'a datetime' if kind is datetime else 'a date without time'}, got {value!r}")
    return parsed


@cache
def converter() -> cattrs.Converter:
    """The shared converter (built once)."""
    return make_converter()
