"""PolNeAR texts (title on the first line, paragraphs after): title and paragraph count.

The measure, also used by benchmarks/bench_text.py and written down in docs/plaintext.md:

* the gold title is the text's first line; the headline must equal it after NFKC, case
  folding and keeping only ``\\w+`` tokens (the README's title metric; PolNeAR adds a
  full stop to every title);
* the gold paragraphs are the blocks between blank lines (whitespace-only lines count as
  blank) after the first block; when the body has no blank line at all, its lines;
* the parsed paragraphs are the body's blocks plus its sub-headings, plus the dek when it
  stood in a block of its own (a dek on the title's second line is part of the title block).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
import warnings
from pathlib import Path

import pytest

import newsmodel as nm
from tests.conftest import DATA

POLNEAR = DATA / "polnear"


def title_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def gold_blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def check(text: str, article: nm.Article) -> tuple[bool, int, int]:
    """(title right, gold paragraph count, parsed paragraph count) for one PolNeAR text."""
    blocks = gold_blocks(text)
    body = blocks[1:]
    gold = len(body[0]) if len(body) == 1 and len(body[0]) > 1 else len(body)
    parsed = sum(len(section.blocks) + (section.heading is not None) for section in article.sections)
    if article.alternative_headline is not None and len(blocks[0]) == 1:
        parsed += 1
    return title_key(article.headline or "") == title_key(blocks[0][0]), gold, parsed


def _files() -> list[Path]:
    return sorted(POLNEAR.glob("train/*.json.gz")) + sorted(POLNEAR.glob("dev/*.json.gz"))


@pytest.mark.data
def test_polnear_titles_and_paragraph_counts() -> None:
    files = _files()
    if not files:
        pytest.skip(f"PolNeAR not found under {POLNEAR}")
    failures = []
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            text = json.load(stream)["text"]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # a quote-extractor problem is not what this measures
            article = nm.from_text(text)
        title_ok, gold, parsed = check(text, article)
        if not title_ok or gold != parsed:
            failures.append((path.name, title_ok, gold, parsed))
    right = 1 - len(failures) / len(files)
    assert right >= 0.99, failures[:20]
