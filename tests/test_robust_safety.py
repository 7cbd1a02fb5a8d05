"""Safety of the readers: no network, no files, no mutation, no shared state, nothing lost.

* Parsing never opens a URL or a local file named in the input (external entities,
  ``<link>``, ``<img>``, ``<base>``, ``<iframe>``, JSON-LD contexts, Markdown images, YAML
  tags): the network and file functions are replaced for the duration of the parse.
* No reader changes its input (bytearray) and no writer its article; a call's result does
  not depend on the calls before it; parsing from several threads at once gives the
  serial results.
* Every paragraph a writer puts out comes back, once and in order.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import socket
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel as nm
from newsmodel.strategies import articles
from tests.conftest import DATA
from tests.test_robust_support import (
    BYTES_READERS,
    READERS,
    SAMPLES,
    available,
    needs,
    page_bytes,
    page_paths,
    read,
    structured_text,
    writer_available,
)


class Reached(BaseException):
    """A parser reached for the network or the file system (BaseException: no except Exception hides it)."""


PROBE = "newsmodel-probe-4f1c"


def _hostile_inputs(tmp: Path) -> dict[str, list[str]]:
    secret = tmp / f"{PROBE}.txt"
    file_url = secret.as_uri()
    net = "http://127.0.0.1:9"
    return {
        "html": [
            f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "{file_url}">]><x>&xxe;</x>',
            f'<!DOCTYPE html SYSTEM "{file_url}"><html><body><p>&xxe; text</p></body></html>',
            f'<!DOCTYPE x [<!ENTITY % p SYSTEM "{net}/dtd"> %p;]><article><p>Text here.</p></article>',
            f'<html><head><link rel="stylesheet" href="{net}/{PROBE}.css"><link rel="import" href="{file_url}">'
            f'<link rel="canonical" href="{file_url}"><base href="{tmp.as_uri()}/">'
            f'<meta http-equiv="refresh" content="0;url={net}/"><meta property="og:image" content="{net}/i.png">'
            f'<script src="{net}/x.js"></script><style>@import url("{file_url}");</style></head>'
            f'<body><article><h1>Headline</h1><p>First <img src="{PROBE}.txt"> paragraph with words.</p>'
            f'<p>Second <img src="{net}/no-size.png"> <img srcset="{file_url} 1x"> paragraph.</p>'
            f'<iframe src="{file_url}"></iframe><iframe src="{net}/embed"></iframe>'
            f'<object data="{file_url}"></object><embed src="{file_url}"><video src="{net}/v.mp4"></video>'
            f'<svg><image href="{file_url}"/></svg><figure><img src="{net}/f.jpg"><figcaption>Caption'
            "</figcaption></figure></article></body></html>",
            '<html><head><script type="application/ld+json">'
            + json.dumps(
                {
                    "@context": f"{net}/context.jsonld",
                    "@type": "NewsArticle",
                    "headline": "Headline",
                    "image": {"@id": file_url},
                    "author": {"@id": f"{net}/author"},
                    "@graph": [{"@id": file_url}],
                }
            )
            + "</script></head><body><article><p>Body text of the story.</p></article></body></html>",
            f'<html><body><article><p>Relative <a href="{PROBE}.txt">link</a> and '
            f'<img src="/etc/passwd"> and <a href="{file_url}">file</a>.</p></article></body></html>',
        ],
        "markdown": [
            f"# Headline\n\n![image]({file_url})\n\n![image]({net}/no-size.png)\n\nText [link]({PROBE}.txt).\n",
            f"# Headline\n\n![image][ref]\n\n[ref]: {file_url}\n",
            f'# Headline\n\n<img src="{file_url}">\n\n<iframe src="{net}/"></iframe>\n\nText.\n',
            f'---\ntitle: !!python/object/apply:builtins.open ["{secret}"]\n---\n\nText.\n',
            f'---\ntitle: !!python/object/apply:os.mkdir ["{tmp / PROBE}-dir"]\n---\n\nText.\n',
            "---\ntitle: !!python/name:os.system\n---\n\nText.\n",
            "---\ntitle: !!python/object/new:socket.socket []\n---\n\nText.\n",
            f"---\nimage: {file_url}\nurl: {net}/\ninclude: {secret}\n---\n\nText.\n",
            f'{{% include {secret} %}}\n\n.. include:: {secret}\n\n<!--#include file="{secret}" -->\n',
        ],
        "text": [
            f"Headline\n\nSee {file_url} and {net}/ and {secret}.\n\n.. include:: {secret}\n",
        ],
        "json": [
            json.dumps({"headline": "x", "url": file_url}),
            json.dumps({"$ref": file_url}),
            json.dumps({"headline": "x", "image": {"image": {"url": f"{net}/i.png"}}}),
            json.dumps({"@context": f"{net}/c", "headline": "x"}),
        ],
    }


@contextmanager
def sealed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Replace the network and file functions with ones that record the attempt and refuse."""
    attempts: list[str] = []

    def refuse(what: str) -> Callable[..., Any]:
        def refused(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{what}{args!r:.200}")
            raise Reached(f"{what} during a parse: {args!r:.200}")

        return refused

    with monkeypatch.context() as patch:
        for target, attribute in [
            (socket.socket, "connect"),
            (socket.socket, "connect_ex"),
            (socket, "create_connection"),
            (socket, "getaddrinfo"),
            (urllib.request, "urlopen"),
            (urllib.request, "urlretrieve"),
            (builtins, "open"),
            (io, "open"),
            (os, "open"),
        ]:
            patch.setattr(target, attribute, refuse(f"{getattr(target, '__name__', target)}.{attribute}"))
        yield attempts


def _warm_up() -> None:
    """Run each reader once on harmless input first, so that lazy imports are done."""
    for name, sample in SAMPLES.items():
        if available(name):
            read(name, sample)
    if available("markdown"):
        read("markdown", "---\ntitle: T\ndate: 2024-01-01\n---\n\n# T\n\n![a](http://a.example/i.png)\n")
    if available("html"):
        read("html", b'<meta charset="latin-1"><p>caf\xe9</p>')
        read("html", '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script><p>x</p>')


def _cases() -> list[Any]:
    return [
        pytest.param(name, index, marks=needs(name), id=f"{name}-{index}")
        for name, documents in _hostile_inputs(Path("/nonexistent")).items()
        for index in range(len(documents))
    ]


@pytest.mark.parametrize(("name", "index"), _cases())
def test_parsing_opens_no_url_and_no_file(
    name: str, index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / f"{PROBE}.txt").write_text("secret", encoding="utf-8")
    inputs = _hostile_inputs(tmp_path)
    _warm_up()
    document = inputs[name][index]
    with sealed(monkeypatch) as attempts:
        try:
            read(name, document)
            if name == "html":
                read(name, document.encode("utf-8"), url=(tmp_path / "page.html").as_uri())
                read(name, document, url="http://127.0.0.1:9/page")
        except Reached:
            pass
    assert attempts == []
    assert not (tmp_path / f"{PROBE}-dir").exists(), "a YAML tag ran os.mkdir"


# --------------------------------------------------------------------------- no mutation, no shared state


@pytest.mark.parametrize("name", [pytest.param(name, marks=needs(name)) for name in BYTES_READERS])
@given(data=st.data())
@settings(max_examples=30)
def test_readers_do_not_change_a_bytearray(name: str, data: st.DataObject) -> None:
    raw = data.draw(structured_text(name)).encode("utf-8", errors="surrogatepass")
    buffer = bytearray(raw)
    read(name, buffer)
    assert bytes(buffer) == raw


@pytest.mark.parametrize("name", ["html", "text", "markdown", "json"])
@given(article=articles())
@settings(max_examples=25)
def test_writers_do_not_change_the_article(name: str, article: nm.Article) -> None:
    writer = {"html": nm.to_html, "text": nm.to_text, "markdown": nm.to_markdown, "json": nm.to_json}[name]
    if not writer_available(name):
        pytest.skip(f"to_{name} not available yet")
    before = nm.to_json(article)
    first = writer(article)
    assert nm.to_json(article) == before
    assert writer(article) == first, f"to_{name} gives another output the second time"


def _outcome(result: nm.Article | nm.NewsmodelError) -> Any:
    return result if isinstance(result, nm.Article) else (type(result), str(result))


@pytest.mark.parametrize("name", [pytest.param(name, marks=needs(name)) for name in READERS])
@given(data=st.data())
@settings(max_examples=40)
def test_no_state_carries_over_between_calls(name: str, data: st.DataObject) -> None:
    """Reading A, then B, then A again gives the first A's result."""
    first, second = data.draw(structured_text(name)), data.draw(structured_text(name))
    before = _outcome(read(name, first))
    read(name, second)
    assert _outcome(read(name, first)) == before


@needs("html")
def test_a_base_url_does_not_carry_over() -> None:
    page = '<html><body><article><h1>T</h1><p>See <a href="/next">the next story</a> today.</p></article></body></html>'
    before = _outcome(read("html", page))
    read("html", page, url="https://other.example/news/1")
    assert _outcome(read("html", page)) == before


# --------------------------------------------------------------------------- threads


def _thread_inputs(name: str) -> list[Any]:
    pages = [page_bytes(path) for path in page_paths()[:: max(1, len(page_paths()) // 24)][:24]]
    if name == "html":
        return pages
    bodies = []
    for line in (DATA / "naeb" / "gold.jsonl").read_text(encoding="utf-8").splitlines()[:24]:
        bodies.append(json.loads(line)["gold"]["body"])
    if name == "json":
        return [
            nm.to_json(
                nm.Article(sections=[nm.Section(blocks=[nm.Paragraph(_para(p)) for p in b.split("\n") if _para(p)])])
            )
            for b in bodies
        ]
    return bodies


def _para(text: str) -> str:
    return nm.normalize_text(text, multiline=True)


@pytest.mark.data
@pytest.mark.parametrize("name", [pytest.param(name, marks=needs(name)) for name in READERS])
def test_parsing_from_several_threads_gives_the_serial_results(name: str) -> None:
    inputs = _thread_inputs(name)
    assert inputs
    serial = [_outcome(read(name, item)) for item in inputs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        # each input twice, interleaved, so that the same input is read by two threads at once
        threaded = list(pool.map(lambda item: _outcome(read(name, item)), inputs + inputs))
    assert threaded[: len(inputs)] == serial
    assert threaded[len(inputs) :] == serial


# --------------------------------------------------------------------------- nothing lost


def _paragraph_texts(article: nm.Article) -> list[str]:
    return [block.text for section in article.sections for block in section.blocks if isinstance(block, nm.Paragraph)]


def _check_kept(original: nm.Article, result: nm.Article) -> None:
    text, position = result.text, 0
    for paragraph in _paragraph_texts(original):
        found = text.find(paragraph, position)
        assert found >= 0, f"paragraph lost or out of order: {paragraph!r:.200}"
        position = found + len(paragraph)
        if len(paragraph) >= 20:
            assert text.count(paragraph) <= original.text.count(paragraph), f"paragraph repeated: {paragraph!r:.200}"


@pytest.mark.parametrize("name", [pytest.param(name, marks=needs(name)) for name in ("html", "text", "markdown")])
@given(article=articles(quotes=False))
@settings(max_examples=min(100, settings().max_examples))
def test_every_paragraph_comes_back_once_and_in_order(name: str, article: nm.Article) -> None:
    writer = {"html": nm.to_html, "text": nm.to_text, "markdown": nm.to_markdown}[name]
    if not writer_available(name):
        pytest.skip(f"to_{name} not available yet")
    result = read(name, writer(article))
    assert isinstance(result, nm.Article), f"from_{name} refused what to_{name} wrote: {result}"
    _check_kept(article, result)
