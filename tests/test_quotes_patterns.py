"""Quote and attribution patterns, one fixture each (tests/fixtures/quotes/patterns.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from newsmodel import Article, Paragraph, QuoteKind, Section, SourceKind
from newsmodel._quotes import extract_quotes

FIXTURES = Path(__file__).parent / "fixtures" / "quotes" / "patterns.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(FIXTURES.read_text(encoding="utf-8"))


def article_of(paragraphs: list[str]) -> Article:
    return Article(sections=[Section(blocks=[Paragraph(p) for p in paragraphs])])


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_pattern(case: dict[str, Any]) -> None:
    """Each pattern gives exactly its quotes (in order) and at least its attributions."""
    article = extract_quotes(article_of(case["paragraphs"]))
    expected = case.get("quotes", [])
    if case.get("no_quotes"):
        assert article.quotes == ()
    assert [q.text for q in article.quotes] == [e["text"] for e in expected]
    for quote, want in zip(article.quotes, expected, strict=True):
        speaker = quote.speaker
        for field in ("name", "mention", "role", "medium"):
            if field in want:
                assert speaker is not None, f"no speaker for {quote.text!r}"
                assert getattr(speaker, field) == want[field]
        if "cue" in want:
            assert quote.cue == want["cue"]
        assert quote.kind is QuoteKind(want.get("kind", "inline"))
        assert len(quote.locations) == want.get("parts", 1)
    for want in case.get("attributions", []):
        matching = [a for a in article.attributions if a.content == want["content"]]
        assert matching, f"no attribution with content {want['content']!r} in {article.attributions}"
        claim = matching[0]
        if "name" in want:
            assert claim.source.name == want["name"]
        if "mention" in want:
            assert claim.source.mention == want["mention"]
        if "cue" in want:
            assert claim.cue == want["cue"]
        if "kind" in want:
            assert claim.source.kind is SourceKind(want["kind"])
        if "medium" in want:
            assert claim.source.medium == want["medium"]
        if "role" in want:
            assert claim.source.role == want["role"]
