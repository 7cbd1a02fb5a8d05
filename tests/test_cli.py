"""The command line, through main(argv) without a subprocess."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import newsmodel as nm
from newsmodel._cli import guess_format, main


class _Stdin(io.StringIO):
    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.buffer = io.BytesIO(data)


def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=_Stdin(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_convert_json_to_json_from_stdin() -> None:
    code, out, err = run(["convert", "-", "--to", "json"], b'{"headline": "Hi"}')
    assert (code, err) == (0, "")
    assert nm.from_json(out) == nm.Article(headline="Hi")


def test_convert_to_a_file(tmp_path: Path) -> None:
    source = tmp_path / "a.json"
    source.write_text(nm.to_json(nm.Article(headline="Hi")), encoding="utf-8")
    target = tmp_path / "b.json"
    code, _, _ = run(["convert", str(source), "--to", "json", "-o", str(target)])
    assert code == 0
    assert nm.from_json(target.read_bytes()).headline == "Hi"


def test_bad_input_gives_a_message_and_exit_code_1() -> None:
    code, out, err = run(["convert", "-", "--from", "json", "--to", "json"], b'{"headline": 1}')
    assert code == 1
    assert out == ""
    assert "headline" in err


def test_missing_file() -> None:
    code, _, err = run(["convert", "/nonexistent/article.json", "--to", "json"])
    assert code == 1
    assert "No such file" in err


def test_unknown_format() -> None:
    code, _, err = run(["convert", "-", "--to", "pdf"], b"{}")
    assert code == 1
    assert "unknown format 'pdf'" in err


def test_usage_error_exit_code() -> None:
    code, _, _ = run(["convert"])
    assert code == 2


def test_schema_command() -> None:
    code, out, _ = run(["schema"])
    assert code == 0
    assert json.loads(out) == nm.json_schema()


def test_inspect_summarises() -> None:
    article = nm.Article(
        headline="Hi", authors=[nm.Person("Jane Doe")], sections=[nm.Section(blocks=[nm.Paragraph("a b")])]
    )
    code, out, _ = run(["inspect", "-"], nm.to_json(article).encode())
    assert code == 0
    assert "headline:   Hi" in out
    assert "Jane Doe" in out


@pytest.mark.parametrize(
    ("path", "data", "expected"),
    [
        ("a.json", b"", "json"),
        ("a.md", b"", "markdown"),
        ("a.htm", b"", "html"),
        ("a.txt", b"", "text"),
        ("-", b'  {"headline": 1}', "json"),
        ("-", b"<!DOCTYPE html><html>", "html"),
        ("-", b"---\ntitle: x\n---\n", "markdown"),
        ("-", b"International\n\nHeadline\n\nBody.", "text"),
    ],
)
def test_format_guess(path: str, data: bytes, expected: str) -> None:
    assert guess_format(path, data) == expected
