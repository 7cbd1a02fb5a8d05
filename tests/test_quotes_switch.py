"""``quotes=False`` on every reader: the structure alone, the same as a full read's.

Quote extraction is most of a read's time (docs/reliability.md); a caller who wants the
body and metadata only skips it. The switch must not change anything else.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import newsmodel as nm
from newsmodel.strategies import articles
from tests.conftest import DATA, SEED

Reader = Callable[..., nm.Article]
FORMATS: dict[str, tuple[Callable[[nm.Article], str], Reader]] = {
    "html": (nm.to_html, nm.from_html),
    "markdown": (nm.to_markdown, nm.from_markdown),
    "text": (nm.to_text, nm.from_text),
}


def _without_quotes(article: nm.Article) -> nm.Article:
    return attrs.evolve(article, quotes=(), attributions=())


@pytest.mark.parametrize("name", list(FORMATS))
@settings(max_examples=50)
@given(article=articles())
def test_structure_alone_is_the_full_read_without_quotes(name: str, article: nm.Article) -> None:
    write, read = FORMATS[name]
    document = write(article)
    alone = read(document, quotes=False)
    assert alone.quotes == ()
    assert alone.attributions == ()
    assert alone == _without_quotes(read(document))


def test_seed_article_read_without_quotes() -> None:
    path = SEED / "putin-trump-talks.txt"
    if not path.exists():
        pytest.skip("the seed article is not beside the project")
    text = path.read_text(encoding="utf-8")
    full = nm.from_text(text)
    assert full.quotes  # the seed article has quotes: the switch has something to leave out
    assert nm.from_text(text, quotes=False) == _without_quotes(full)


def _pages(limit: int) -> list[Path]:
    gold = DATA / "naeb" / "gold.jsonl"
    if not gold.exists():
        return []
    with gold.open(encoding="utf-8") as lines:
        items = [json.loads(line) for _, line in zip(range(limit), lines, strict=False)]
    return [gold.parent / item["html"] for item in items]


@pytest.mark.parametrize("page", _pages(5), ids=lambda path: path.name.split(".")[0])
def test_real_page_read_without_quotes(page: Path) -> None:
    html = gzip.decompress(page.read_bytes())
    assert nm.from_html(html, quotes=False) == _without_quotes(nm.from_html(html))


def test_cli_no_quotes() -> None:
    from newsmodel._cli import main

    text = (
        "Bridge to reopen in the spring\n\nThe council voted on Monday to repair the old bridge.\n\n"
        '"We will have it open by April," the mayor said after the vote.\n'
    )

    class Stdin(io.StringIO):
        def __init__(self) -> None:
            super().__init__()
            self.buffer = io.BytesIO(text.encode())

    outputs = []
    for flags in ([], ["--no-quotes"]):
        out = io.StringIO()
        assert main(["convert", "-", "--from", "text", "--to", "json", *flags], stdin=Stdin(), stdout=out) == 0
        outputs.append(nm.from_json(out.getvalue()))
    full, alone = outputs
    assert full.quotes
    assert alone == _without_quotes(full)
