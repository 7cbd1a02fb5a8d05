"""JSON: the storage form of an article, both ways, and its JSON Schema.

A document is one JSON object: ``{"schema_version": 1, "headline": ..., "sections": [...]}``
with the fields of :class:`~newsmodel.Article` as the converter writes them (fields at
their default are left out). The output is deterministic: the same article always gives
the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.v import format_exception

from ._converter import converter
from ._errors import JSONFormatError, ModelError
from ._limits import Limits, check_size
from ._model import Article

__all__ = ["SCHEMA_VERSION", "article_from_data", "article_to_data", "from_json", "to_json"]

#: The version of the JSON document format this release reads and writes.
SCHEMA_VERSION = 1


def article_to_data(article: Article) -> dict[str, Any]:
    """The article as plain data (dicts, lists, strings, numbers), schema version first."""
    if not isinstance(article, Article):
        raise TypeError(f"expected an Article, got {type(article).__name__}")
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(converter().unstructure(article))
    return data


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """Write an article as a JSON document (UTF-8 text, keys in model order)."""
    return json.dumps(article_to_data(article), ensure_ascii=False, indent=indent) + (
        "\n" if indent is not None else ""
    )


def from_json(data: str | bytes, *, limits: Limits | None = None) -> Article:
    """Read a JSON document written by :func:`to_json`.

    Raises:
        InputTooLargeError: the document is larger than ``limits.max_input_bytes``.
        JSONFormatError: the input is not JSON, or not a valid article; the message and
            the error's ``path`` name the bad field (``sections[2].blocks[0].text``).
    """
    if isinstance(data, str | bytes | bytearray):
        check_size(data, "json", limits)
    if isinstance(data, bytes | bytearray):
        try:
            text = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise JSONFormatError(f"JSON input is not UTF-8: {error}") from None
    elif isinstance(data, str):
        text = data
    else:
        raise TypeError(f"from_json() takes str or bytes, got {type(data).__name__}")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise JSONFormatError(f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    except RecursionError:
        raise JSONFormatError("JSON nested too deeply to read") from None
    except ValueError as error:  # e.g. an integer past Python's digit limit
        raise JSONFormatError(f"invalid JSON: {error}") from None
    return article_from_data(value)


def article_from_data(value: Any) -> Article:
    """Build an article from plain data as :func:`article_to_data` gives it."""
    if not isinstance(value, dict):
        raise JSONFormatError(f"a newsmodel document is a JSON object, got {_json_type(value)}", path="")
    value = dict(value)
    version = value.pop("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION or type(version) is not int:
        raise JSONFormatError(
            f"schema_version: this release reads version {SCHEMA_VERSION}, the document says {version!r}",
            path="schema_version",
        )
    try:
        return converter().structure(value, Article)
    except ClassValidationError as group:
        path, error = next(_leaf_errors(group, ""))
        raise JSONFormatError(f"{path or 'document'}: {_describe(error)}", path=path) from None
    except ModelError as error:
        path = error.field or ""
        raise JSONFormatError(f"{path or 'document'}: {error}", path=path) from None
    except RecursionError:
        raise JSONFormatError("document nested too deeply to read") from None


def _leaf_errors(error: BaseException, path: str) -> Iterator[tuple[str, BaseException]]:
    """Walk cattrs' exception groups down to the first errors, with their field paths."""
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            name = getattr(note, "name", None)
            index = getattr(note, "index", None)
            step = (f"{path}.{name}" if path else str(name)) if name is not None else f"{path}[{index}]"
            yield from _leaf_errors(inner, step)
        for inner in without:
            yield from _leaf_errors(inner, path)
        return
    if isinstance(error, ForbiddenExtraKeysError):
        yield path, error
        return
    if isinstance(error, ModelError) and error.field:
        yield (f"{path}.{error.field}" if path else error.field), error
        return
    yield path, error


def _describe(error: BaseException) -> str:
    if isinstance(error, ForbiddenExtraKeysError):
        return f"unknown key(s): {', '.join(sorted(error.extra_fields))}"
    if isinstance(error, KeyError):
        return f"missing required field {error.args[0]!r}" if error.args else "missing required field"
    if isinstance(error, ModelError):
        return str(error)
    if isinstance(error, ValueError) and str(error):
        return f"invalid value: {error}"
    return format_exception(error, None)


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )
