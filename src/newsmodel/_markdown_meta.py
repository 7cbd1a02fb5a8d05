"""Front matter that newsmodel did not write: Hugo, Jekyll, Obsidian, trafilatura keys.

One ``extract_<field>()`` per article field, each trying its keys in order (the first
key present wins). Keys no extractor reads are dropped; docs/markdown.md lists both.
A value that cannot be read for its field raises :class:`ParseError` naming the key.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from ._converter import parse_date
from ._errors import ModelError, ParseError
from ._model import Article, Figure, Image, Organization, Person
from ._normal import normalize_text, normalize_url

__all__ = ["FIELD_KEYS", "foreign_fields"]

#: The keys read for each field, in order of preference (matched without regard to case).
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "headline": ("headline", "title"),
    "alternative_headline": ("alternative_headline", "subtitle", "dek", "subheadline"),
    "description": ("description", "summary", "excerpt", "abstract"),
    "url": ("url", "permalink", "link", "source"),
    "canonical_url": ("canonical_url", "canonicalurl", "canonical"),
    "categories": ("categories", "category", "section", "sections"),
    "keywords": ("keywords", "tags", "tag"),
    "authors": ("authors", "author"),
    "byline": ("byline",),
    "dateline": ("dateline",),
    "publisher": ("publisher", "sitename", "site_name", "site"),
    "date_published": ("date_published", "date", "published", "publishdate", "pubdate", "created"),
    "date_modified": ("date_modified", "lastmod", "modified", "updated", "last_modified"),
    "language": ("language", "lang", "inlanguage", "locale"),
    "image": ("image", "featured_image", "cover", "thumbnail", "banner"),
}


def _error(key: str, problem: str) -> ParseError:
    return ParseError(f"front matter: {key}: {problem}", format="markdown", path=key)


def _line(key: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _error(key, f"expected text, got {type(value).__name__}")
    return normalize_text(str(value)) or None


def _lines(key: str, value: Any) -> tuple[str, ...]:
    """A list of texts: a YAML list, or one string (split on ";" and ",")."""
    if value is None:
        return ()
    # str.split, not a regex: "\s*[;,]\s*" tried at every blank of a long run is quadratic;
    # each piece is normalized (outer blanks dropped) by _line.
    if isinstance(value, list):
        items = value
    else:
        items = value.replace(";", ",").split(",") if isinstance(value, str) else [value]
    found: dict[str, None] = {}  # ordered, and a set: thousands of entries stay linear
    for index, item in enumerate(items):
        text = _line(f"{key}[{index}]", item)
        if text:
            found.setdefault(text)
    return tuple(found)


def _url(key: str, value: Any, base: str | None = None) -> str | None:
    text = _line(key, value)
    return normalize_url(text, base) if text else None


def _date(key: str, value: Any) -> date | datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _error(key, f"expected a date, got {type(value).__name__}")
    try:
        return parse_date(value)
    except ValueError:
        pass
    from dateutil import parser as dateparser

    try:
        return dateparser.parse(value)
    except (ValueError, OverflowError) as error:
        raise _error(key, f"expected a date, got {value!r} ({error})") from None


def _people(key: str, value: Any) -> tuple[Person, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    people: list[Person] = []
    seen: set[str] = set()  # the names so far (a set: thousands of names stay linear)
    for index, item in enumerate(items):
        where = f"{key}[{index}]" if isinstance(value, list) else key
        if isinstance(item, dict):
            name = _line(f"{where}.name", item.get("name"))
            if name:
                seen.add(name)
                people.append(
                    Person(name, _url(f"{where}.url", item.get("url")), _line(f"{where}.role", item.get("role")))
                )
            continue
        text = _line(where, item)
        # str.split, not a regex: "\s*;\s*" tried at every blank of a long run is quadratic.
        for part in text.split(";") if text else ():
            name = part.strip()
            if name and name not in seen:
                seen.add(name)
                people.append(Person(name))
    return tuple(people)


def _publisher(key: str, value: Any) -> Organization | None:
    if isinstance(value, dict):
        name = _line(f"{key}.name", value.get("name"))
        return Organization(name, _url(f"{key}.url", value.get("url"))) if name else None
    name = _line(key, value)
    return Organization(name) if name else None


def _image(key: str, value: Any, base: str | None) -> Figure | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        url = _url(f"{key}.url", value.get("url") or value.get("image") or value.get("src"), base)
        if url is None:
            return None
        alt = _line(f"{key}.alt", value.get("alt"))
        caption = _line(f"{key}.caption", value.get("caption"))
        from ._model import Inline

        return Figure(
            Image(url, alt), Inline(caption) if caption else None, _line(f"{key}.credit", value.get("credit"))
        )
    url = _url(key, value, base)
    return Figure(Image(url)) if url else None


def _language(key: str, value: Any) -> str | None:
    text = _line(key, value)
    if text is None:
        return None
    try:
        return Article(language=text).language
    except ModelError:
        raise _error(key, f"expected a language tag such as 'en' or 'pt-BR', got {text!r}") from None


def _find(data: dict[str, Any], field: str) -> tuple[str, Any] | None:
    lowered = {name.lower(): name for name in data}
    for key in FIELD_KEYS[field]:
        if key in lowered:
            name = lowered[key]
            return name, data[name]
    return None


def foreign_fields(data: dict[str, Any]) -> Article:
    """The metadata fields of front matter in others' conventions, as an article without a body."""
    values: dict[str, Any] = {}
    readers: dict[str, Callable[[str, Any], Any]] = {
        "headline": _line,
        "alternative_headline": _line,
        "description": _line,
        "url": _url,
        "canonical_url": _url,
        "categories": _lines,
        "keywords": _lines,
        "authors": _people,
        "byline": _line,
        "dateline": _line,
        "publisher": _publisher,
        "date_published": _date,
        "date_modified": _date,
        "language": _language,
    }
    for field, read in readers.items():
        found = _find(data, field)
        if found is None:
            continue
        key, value = found
        try:
            result = read(key, value)
        except ModelError as error:
            raise _error(key, str(error)) from None
        if result not in (None, ()):
            values[field] = result
    found = _find(data, "image")
    if found is not None:
        try:
            values["image"] = _image(found[0], found[1], values.get("url"))
        except ModelError as error:
            raise _error(found[0], str(error)) from None
    try:
        return Article(**values)
    except ModelError as error:
        raise ParseError(f"front matter: {error}", format="markdown", path=error.field) from None
