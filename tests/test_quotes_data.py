"""The quote desk on real news (PolNeAR dev): never raises, every span valid, quotes found."""

from __future__ import annotations

import gzip
import json

import pytest

from newsmodel import Article, Paragraph, Section
from newsmodel._normal import normalize_text
from newsmodel._quotes import extract_quotes

from .conftest import DATA


@pytest.mark.data
def test_every_dev_article_gives_a_valid_article_with_quotes() -> None:
    files = sorted((DATA / "polnear" / "dev").glob("*.json.gz"))
    assert files
    quotes = 0
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            text = json.load(handle)["text"]
        paragraphs = [normalize_text(p, multiline=True) for p in text.split("\n\n")[1:]]
        body = [Paragraph(p) for p in paragraphs if p]
        if not body:
            continue
        found = extract_quotes(Article(sections=[Section(blocks=body)]))  # the model checks every location
        quotes += len(found.quotes)
    assert quotes > len(files)  # political news quotes people: more than one quote an article on average
