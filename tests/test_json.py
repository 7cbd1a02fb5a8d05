"""JSON both ways: round trip, determinism, schema, and errors that name the bad field."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given, settings

import newsmodel as nm
from newsmodel.strategies import articles
from tests.conftest import ROUND_TRIP_EXAMPLES


@settings(max_examples=ROUND_TRIP_EXAMPLES)
@given(articles())
def test_json_round_trip(article: nm.Article) -> None:
    assert nm.from_json(nm.to_json(article)) == article


@given(articles())
def test_json_is_deterministic(article: nm.Article) -> None:
    assert nm.to_json(article) == nm.to_json(nm.from_json(nm.to_json(article)))


@given(articles())
def test_json_validates_against_the_schema(article: nm.Article) -> None:
    jsonschema.Draft202012Validator(nm.json_schema()).validate(json.loads(nm.to_json(article)))


def test_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(nm.json_schema())


def test_schema_file_in_docs_is_current() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "docs" / "article.schema.json"
    assert json.loads(path.read_text(encoding="utf-8")) == nm.json_schema()


def test_document_carries_schema_version() -> None:
    assert json.loads(nm.to_json(nm.Article()))["schema_version"] == 1


def test_bytes_input() -> None:
    assert nm.from_json('{"headline": "Ü"}'.encode()).headline == "Ü"


def test_dates_round_trip_as_written() -> None:
    article = nm.from_json('{"date_published": "2024-11-07", "date_modified": "2024-11-07T10:30:00+03:00"}')
    assert nm.to_json(article, indent=None) == (
        '{"schema_version": 1, "date_published": "2024-11-07", "date_modified": "2024-11-07T10:30:00+03:00"}'
    )


@pytest.mark.parametrize(
    ("document", "path", "message"),
    [
        ("{", None, "invalid JSON at line 1"),
        ("[]", "", "JSON object"),
        ('{"schema_version": 2}', "schema_version", "version"),
        ('{"headline": 5}', "headline", "expected str"),
        ('{"headline": " padded"}', "headline", "normal form"),
        ('{"nonsense": 1}', "", "unknown key"),
        ('{"sections": [{"blocks": [{"type": "paragraph"}]}]}', "sections[0].blocks[0].text", "missing"),
        ('{"sections": [{"blocks": [{"type": "video"}]}]}', "sections[0].blocks[0]", "unknown type 'video'"),
        ('{"sections": [{"blocks": [{"text": "x"}]}]}', "sections[0].blocks[0]", "type"),
        ('{"sections": [{"blocks": [{"type": "paragraph", "text": 3}]}]}', "sections[0].blocks[0].text", "expected"),
        (
            '{"sections": [{"heading": "A", "level": 2}, {"heading": "B", "level": 2, "blocks": [{"type": "paragraph", '
            '"text": "x", "marks": [{"type": "emphasis", "start": 0, "end": 9}]}]}]}',
            "sections[1].blocks[0]",
            "range 0:9",
        ),
        ('{"date_published": "07/11/2024"}', "date_published", "ISO 8601"),
        ('{"date_published": "2024-02-30"}', "date_published", "day is out of range"),
        ('{"authors": [{"name": "A", "url": "javascript:alert(1)"}]}', "authors[0].url", "URL"),
        ('{"sections": [{"heading": "A", "level": "2"}]}', "sections[0].level", "expected int"),
        ('{"sections": [{"heading": "A", "level": true}]}', "sections[0].level", "expected int"),
        (
            '{"quotes": [{"text": "x", "locations": [{"section": 0, "block": 0, "start": 0, "end": 1}]}]}',
            "quotes[0].locations[0]",
            "no block",
        ),
    ],
)
def test_bad_json_names_the_field(document: str, path: str | None, message: str) -> None:
    with pytest.raises(nm.JSONFormatError, match=message) as caught:
        nm.from_json(document)
    assert caught.value.path == path
    if path:
        assert str(caught.value).startswith(path)


def test_deeply_nested_json_fails_cleanly() -> None:
    with pytest.raises(nm.JSONFormatError, match="nested too deeply"):
        nm.from_json("[" * 100_000 + "]" * 100_000)


def test_not_utf8_bytes() -> None:
    with pytest.raises(nm.JSONFormatError, match="UTF-8"):
        nm.from_json(b'{"headline": "\xff"}')


def test_wrong_argument_type() -> None:
    with pytest.raises(TypeError):
        nm.from_json(5)  # type: ignore[arg-type]
