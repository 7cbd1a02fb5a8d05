"""Markdown both ways: YAML front matter for the metadata, CommonMark + GFM tables for the body.

:func:`to_markdown` writes the article's metadata, quotes and attributions as YAML front
matter in the JSON data form (the cattrs converter's, with ``schema_version``), then the
headline as ``#`` and the body (see :mod:`newsmodel._markdown_writer`).
:func:`from_markdown` reads that back exactly, and also reads Markdown others wrote:
front matter of Hugo, Jekyll, Obsidian or trafilatura (their keys mapped, see
:mod:`newsmodel._markdown_meta`), or none at all; then the quotes are found in the text.
docs/markdown.md states the whole mapping.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import attrs
import yaml
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from ._converter import converter
from ._errors import ModelError, ParseError
from ._json import SCHEMA_VERSION, _describe, _leaf_errors
from ._markdown_meta import foreign_fields
from ._markdown_reader import parse_body
from ._markdown_writer import to_markdown
from ._model import Article, Attribution, Quote

__all__ = ["from_markdown", "to_markdown"]

_BASE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE_LOADER):  # type: ignore[misc]
    """PyYAML's safe loader without YAML 1.1 timestamps: dates stay text, read per field."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BASE_LOADER.yaml_implicit_resolvers.items()
}
_OPEN = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n")
_CLOSE_YAML = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_CLOSE_TOML = re.compile(r"^\+\+\+[ \t]*\r?$", re.MULTILINE)


def _error(message: str, path: str | None = None) -> ParseError:
    return ParseError(message, format="markdown", path=path)


def split_front_matter(markdown: str) -> tuple[str | None, str | None, str, int]:
    """Split off front matter: (kind "yaml"/"toml" or None, its text, the body, body's first line)."""
    match = _OPEN.match(markdown)
    if match is None:
        return None, None, markdown, 0
    closing = (_CLOSE_YAML if match.group(1) == "---" else _CLOSE_TOML).search(markdown, match.end())
    if closing is None:
        # An opening "---" without a closing one is a thematic break, not front matter.
        return None, None, markdown, 0
    raw = markdown[match.end() : closing.start()]
    rest = markdown[closing.end() :]
    if rest.startswith("\r\n"):
        rest = rest[2:]
    elif rest.startswith("\n"):
        rest = rest[1:]
    body_line = markdown.count("\n", 0, closing.end()) + 1
    return ("yaml" if match.group(1) == "---" else "toml"), raw, rest, body_line


def _load(kind: str, raw: str) -> dict[str, Any]:
    if kind == "toml":
        import tomllib

        try:
            return tomllib.loads(raw)
        except tomllib.TOMLDecodeError as error:
            raise _error(f"front matter is not valid TOML: {error}", "front matter") from None
    try:
        value = yaml.load(raw, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 2 if mark is not None else None
        where = f"line {line}" if line is not None else "front matter"
        raise _error(f"front matter is not valid YAML at {where}: {error.problem or error}", where) from None
    except yaml.YAMLError as error:
        raise _error(f"front matter is not valid YAML: {error}", "front matter") from None
    except RecursionError:
        raise _error("front matter nests too deeply to read", "front matter") from None
    except (ValueError, TypeError, OverflowError) as error:
        raise _error(f"front matter holds a value YAML cannot build: {error}", "front matter") from None
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _error(f"front matter must be a mapping of keys to values, got {type(value).__name__}", "front matter")
    return value


def _plain(value: Any, key: str) -> Any:
    """YAML values as JSON data: dates back to ISO strings; shared (aliased) nodes refused.

    Iterative, so deep YAML cannot exhaust the stack, and each node is visited once, so
    aliases cannot blow up the work (a "billion laughs" document).
    """
    seen: set[int] = set()
    root: list[Any] = [value]
    work: list[tuple[Any, Any, str]] = [(root, 0, key)]
    while work:
        holder, slot, where = work.pop()
        item = holder[slot]
        if isinstance(item, datetime | date):
            holder[slot] = item.isoformat()
        elif isinstance(item, dict | list):
            if id(item) in seen:
                raise _error(f"front matter: {where}: YAML aliases are not supported", where)
            seen.add(id(item))
            if isinstance(item, dict):
                copy = {}
                for name, inner in item.items():
                    if not isinstance(name, str):
                        raise _error(f"front matter: {where}: keys must be strings, got {name!r}", where)
                    copy[name] = inner
                holder[slot] = copy
                work.extend((copy, name, f"{where}.{name}" if where else name) for name in copy)
            else:
                copy_list = list(item)
                holder[slot] = copy_list
                work.extend((copy_list, index, f"{where}[{index}]") for index in range(len(copy_list)))
    return root[0]


def _structure(value: Any, kind: Any, prefix: str) -> Any:
    try:
        return converter().structure(value, kind)
    except (ClassValidationError, IterableValidationError) as group:
        path, error = next(_leaf_errors(group, prefix))
        if isinstance(error, ForbiddenExtraKeysError):
            # Name the first unknown key itself.
            key = sorted(error.extra_fields)[0]
            path = f"{path}.{key}" if path else key
        raise _error(f"front matter: {path or 'document'}: {_describe(error)}", path) from None
    except ModelError as error:
        path = f"{prefix}.{error.field}" if error.field else prefix
        raise _error(f"front matter: {path}: {error}", path) from None
    except (TypeError, ValueError) as error:
        raise _error(f"front matter: {prefix}: {error}", prefix) from None


def from_markdown(markdown: str, *, quotes: bool = True) -> Article:
    """Read a Markdown article: front matter (optional), then CommonMark with GFM tables.

    Raises:
        ParseError: the front matter is not valid YAML (or TOML), or holds a value that
            is not valid for its field (``path`` names the key or the line), or the
            Markdown nests blocks too deeply to read.
    """
    if isinstance(markdown, bytes | bytearray):
        try:
            markdown = bytes(markdown).decode("utf-8")
        except UnicodeDecodeError as error:
            raise _error(f"Markdown input is not UTF-8: {error}") from None
    if not isinstance(markdown, str):
        raise TypeError(f"from_markdown() takes str, got {type(markdown).__name__}")
    markdown = markdown.removeprefix("\ufeff")
    kind, raw, body_text, body_line = split_front_matter(markdown)
    data = _plain(_load(kind, raw), "") if kind is not None and raw is not None else {}
    own = "schema_version" in data
    if own:
        article, stated, attributions = _own_metadata(data)
        base = article.url or article.canonical_url
    else:
        article = foreign_fields(data)
        base = article.url or article.canonical_url
    body = parse_body(body_text, base=base, headline=article.headline, line_offset=body_line)
    headline = article.headline if article.headline is not None else body.headline
    try:
        if own and quotes:
            return attrs.evolve(
                article, headline=headline, sections=body.sections, quotes=stated, attributions=attributions
            )
        article = attrs.evolve(article, headline=headline, sections=body.sections)
    except ModelError as error:
        path = error.field or "front matter"
        raise _error(f"{path}: {error}", path) from None
    if not quotes:
        return article
    from ._quotes import extract_quotes

    return extract_quotes(article)


def _own_metadata(data: dict[str, Any]) -> tuple[Article, tuple[Quote, ...], tuple[Attribution, ...]]:
    """The fields of front matter that :func:`to_markdown` wrote (the JSON data form)."""
    data = dict(data)
    version = data.pop("schema_version")
    if version != SCHEMA_VERSION or type(version) is not int:
        raise _error(
            f"front matter: schema_version: this release reads version {SCHEMA_VERSION}, got {version!r}",
            "schema_version",
        )
    # The body is the Markdown below the front matter, never a front-matter key.
    data.pop("sections", None)
    quotes = _structure(data.pop("quotes", []), tuple[Quote, ...], "quotes")
    attributions = _structure(data.pop("attributions", []), tuple[Attribution, ...], "attributions")
    article = _structure(data, Article, "")
    return article, quotes, attributions
