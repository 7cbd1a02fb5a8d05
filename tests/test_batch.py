"""Batches through the CLI: directories, globs, JSON Lines, worker processes, failures, WARC."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import newsmodel as nm
from newsmodel._batch import Item, iter_items, output_name, run_batch
from newsmodel._cli import main


def _write_articles(folder: Path, count: int) -> list[nm.Article]:
    folder.mkdir(parents=True, exist_ok=True)
    articles = [nm.Article(headline=f"Story {index}") for index in range(count)]
    for index, article in enumerate(articles):
        (folder / f"story-{index:03d}.json").write_text(nm.to_json(article), encoding="utf-8")
    return articles


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_directory_to_json_lines_on_stdout(tmp_path: Path) -> None:
    articles = _write_articles(tmp_path / "in", 5)
    code, out, err = _run(["convert", str(tmp_path / "in"), "--to", "json", "-j", "1"])
    assert code == 0
    assert [nm.from_json(line) for line in out.splitlines()] == articles
    assert "5 input(s), 5 converted, 0 failed" in err


def test_glob_into_a_directory_with_workers(tmp_path: Path) -> None:
    articles = _write_articles(tmp_path / "in", 12)
    code, _, _ = _run(
        ["convert", str(tmp_path / "in" / "story-*.json"), "--to", "json", "-o", str(tmp_path / "out"), "-j", "2"]
    )
    assert code == 0
    written = sorted((tmp_path / "out").iterdir())
    assert [nm.from_json(path.read_bytes()) for path in written] == articles


def test_json_lines_file_keeps_input_order_with_workers(tmp_path: Path) -> None:
    articles = _write_articles(tmp_path / "in", 40)
    target = tmp_path / "all.jsonl"
    code, _, _ = _run(["convert", str(tmp_path / "in"), "--to", "json", "-o", str(target), "-j", "2"])
    assert code == 0
    assert [nm.from_json(line) for line in target.read_text(encoding="utf-8").splitlines()] == articles


def test_a_failure_is_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    _write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "story-001.json").write_text('{"headline": 1}', encoding="utf-8")
    failures = tmp_path / "failures.jsonl"
    code, out, err = _run(["convert", str(tmp_path / "in"), "--to", "json", "--failures", str(failures), "-j", "1"])
    assert code == 1
    assert len(out.splitlines()) == 2
    assert "1 failed" in err
    assert "story-001.json" in err
    record = json.loads(failures.read_text(encoding="utf-8"))
    assert record["input"].endswith("story-001.json")
    assert "headline" in record["error"]


def test_several_inputs_to_stdout_need_a_directory(tmp_path: Path) -> None:
    _write_articles(tmp_path / "in", 2)
    code, _, err = _run(["convert", str(tmp_path / "in"), "--to", "markdown"])
    assert code == 2
    assert "-o DIRECTORY" in err


def test_unmatched_glob_is_an_input_error(tmp_path: Path) -> None:
    code, _, err = _run(["convert", str(tmp_path / "nothing-*.json"), "--to", "json"])
    assert code == 1
    assert "no file matches" in err


def test_no_progress_line_when_not_a_terminal(tmp_path: Path) -> None:
    _write_articles(tmp_path / "in", 2)
    _, _, err = _run(["convert", str(tmp_path / "in"), "--to", "json", "-j", "1"])
    assert "\r" not in err


def test_progress_line_on_a_terminal() -> None:
    stream = io.StringIO()
    items = [Item(f"a{index}", data=b'{"headline": "x"}', format="json") for index in range(3)]
    summary = run_batch(items, target="jsonl", write=lambda name, text: None, progress=stream)
    assert summary.pages == 3
    assert "\r3 pages, 0 failed" in stream.getvalue()


def test_inputs_are_listed_lazily(tmp_path: Path) -> None:
    _write_articles(tmp_path / "in", 3)
    iterator = iter_items([str(tmp_path / "in")])
    first = next(iterator)
    assert first.path is not None
    assert first.path.endswith("story-000.json")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("/a/b/story.html", "story.md"), ("crawl.warc.gz#12", "crawl-12.md"), ("/x/page.html.gz", "page.md")],
)
def test_output_names(name: str, expected: str) -> None:
    assert output_name(name, ".md") == expected


def test_warc_html_responses_are_read(tmp_path: Path) -> None:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        pages = [
            ("https://example.com/a", "text/html; charset=utf-8", nm.to_json(nm.Article(headline="A")).encode()),
            ("https://example.com/style.css", "text/css", b"body{}"),
        ]
        for url, content_type, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
    assert warcio is not None
    items = list(iter_items([str(path)]))
    assert [(item.url, item.format) for item in items] == [("https://example.com/a", "html")]
