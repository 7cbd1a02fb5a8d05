"""The JSON Schema (draft 2020-12) of the JSON document format, derived from the model.

The schema is built from the attrs classes themselves, so that a new field appears in it
without a second place to edit. It states the shape (keys, types, tags, date formats);
rules that span fields (mark ranges, locations) are the validators' job and are
described in docs/model.md.
"""

from __future__ import annotations

import enum
import types
from datetime import date, datetime
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs

from ._converter import BLOCK_TAGS, MARK_TAGS
from ._json import SCHEMA_VERSION
from ._model import Article

__all__ = ["json_schema"]

_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
_DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$"
_URL_FIELDS = {"url", "canonical_url", "href"}


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of the document :func:`~newsmodel.to_json` writes."""
    return _build()


@cache
def _frozen_schema() -> dict[str, Any]:
    definitions: dict[str, Any] = {}
    root = _class_schema(Article, definitions)
    root["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **root["properties"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsmodel.readthedocs.io/schema/article-{SCHEMA_VERSION}.json",
        "title": "newsmodel article",
        "description": "A news article as written by newsmodel.to_json().",
        **root,
        "$defs": dict(sorted(definitions.items())),
    }


def _build() -> dict[str, Any]:
    import copy

    return copy.deepcopy(_frozen_schema())


def _class_schema(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    hints = get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _type_schema(hints[field.name], definitions)
        if field.name in _URL_FIELDS and schema.get("type") == "string":
            schema = {**schema, "format": "uri"}
        doc = _field_doc(cls, field.name)
        if doc:
            schema = {"description": doc, **schema}
        properties[field.name] = schema
        if field.default is attrs.NOTHING:
            required.append(field.name)
    result: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        result["required"] = required
    if cls.__doc__:
        result = {"description": cls.__doc__.strip().splitlines()[0], **result}
    return result


def _ref(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    name = cls.__name__
    if name not in definitions:
        definitions[name] = {}  # placeholder against recursion (ListItem -> ListBlock)
        definitions[name] = _class_schema(cls, definitions)
        tag = BLOCK_TAGS.get(cls) or MARK_TAGS.get(cls)
        if tag is not None:
            # "type" is required where the class stands in a union (see _type_schema), and
            # optional where the field's type already says the class (a nested list).
            definitions[name]["properties"] = {"type": {"const": tag}, **definitions[name]["properties"]}
    return {"$ref": f"#/$defs/{name}"}


def _type_schema(tp: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = tuple(arg for arg in get_args(tp) if arg is not type(None))
        if set(args) == {date, datetime}:
            return {"type": "string", "anyOf": [{"pattern": _DATE_PATTERN}, {"pattern": _DATETIME_PATTERN}]}
        choices = [_type_schema(arg, definitions) for arg in args]
        if len(choices) == 1:
            return choices[0]
        if all(arg in BLOCK_TAGS or arg in MARK_TAGS for arg in args):
            choices = [{**choice, "required": ["type"]} for choice in choices]
        return {"oneOf": choices}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(get_args(tp)[0], definitions)}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer", "minimum": 0}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if attrs.has(tp):
        return _ref(tp, definitions)
    raise TypeError(f"no JSON Schema for {tp!r}")


def _field_doc(cls: type, name: str) -> str | None:
    """The ``#:`` comment above a field, read from the class's source, if any."""
    import inspect

    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        return None
    lines = source.splitlines()
    for index, text in enumerate(lines):
        if text.strip().startswith(f"{name}:"):
            comment: list[str] = []
            back = index - 1
            while back >= 0 and lines[back].strip().startswith("#:"):
                comment.insert(0, lines[back].strip()[2:].strip())
                back -= 1
            return " ".join(comment) or None
    return None
