"""The evaluation sets under ../shared/data and the metrics their README defines.

Pages are read by path at run time and never copied into the repository. The data
folder is ``../shared/data`` beside the project, or ``$NEWSMODEL_DATA``.

Metrics (shared/data/README.md):

* body: tokens are ``\\w+`` matches, shingles are runs of 4 tokens counted as a
  multiset; per page tp/fp/fn; precision is the mean of tp/(tp+fp) over pages with
  tp+fp > 0, recall the mean of tp/(tp+fn) over pages with tp+fn > 0 (a page with
  fp = fn = 0 scores 1 on both); F1 = 2PR/(P+R) of the two means.
* title: equal after NFKC, case folding, and keeping ``\\w+`` tokens joined by spaces.
* authors: the same set of names, each normalised as titles (pages with gold authors).
* date: the same calendar day (pages with a gold date); each value's day as written,
  in its own zone.
* headings: per page, recall and precision of heading texts (normalised as titles,
  a multiset), averaged over pages with gold headings.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("NEWSMODEL_DATA", ROOT.parent / "shared" / "data")).resolve()
HTML_SETS = ("zyte-aeb", "naeb", "fundus-en", "fundus-acl")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    """One gold item of an HTML set: the page bytes are loaded on demand."""

    set: str
    id: str
    url: str | None
    path: Path
    gold: dict[str, Any]

    def html(self) -> bytes:
        """The page's bytes, as saved."""
        return gzip.decompress(self.path.read_bytes())


def load_set(name: str, limit: int | None = None) -> list[Page]:
    """The items of one HTML set (``gold.jsonl``), in file order."""
    folder = DATA / name
    pages: list[Page] = []
    with (folder / "gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            item = json.loads(line)
            pages.append(Page(name, str(item["id"]), item.get("url"), folder / item["html"], item["gold"]))
            if limit is not None and len(pages) >= limit:
                break
    return pages


def load_readability(limit: int | None = None) -> list[Page]:
    """Mozilla Readability's test pages as items whose ``gold`` body is Readability's own output
    (``expected.html``): not independent gold, a second reader to agree with on 131 varied pages."""
    from selectolax.lexbor import LexborHTMLParser  # a runtime dependency of newsmodel

    pages: list[Page] = []
    for path in sorted((DATA / "readability-pages").glob("*/source.html.gz")):
        expected = gzip.decompress((path.parent / "expected.html.gz").read_bytes()).decode("utf-8", "replace")
        root = LexborHTMLParser(expected).body
        # a space between text nodes: words in neighbouring elements stay apart
        body = root.text(separator=" ") if root is not None else ""
        pages.append(Page("readability-pages", path.parent.name, "http://fakehost/test/", path, {"body": body}))
        if limit is not None and len(pages) >= limit:
            break
    return pages


def all_pages() -> Iterator[tuple[str, Path]]:
    """Every page file under the data folder: the HTML sets and readability-pages sources."""
    for name in HTML_SETS:
        folder = DATA / name / "html"
        if folder.is_dir():
            for path in sorted(folder.glob("*.html.gz")):
                yield name, path
    for path in sorted((DATA / "readability-pages").glob("*/source.html.gz")):
        yield "readability-pages", path


# --------------------------------------------------------------------------- metrics


def normalize_title(text: str | None) -> str:
    """The README's normal form of titles, names and headings."""
    if not text:
        return ""
    return " ".join(_TOKEN.findall(unicodedata.normalize("NFKC", text).casefold()))


def shingles(text: str | None, size: int = 4) -> Counter[tuple[str, ...]]:
    """Runs of ``size`` consecutive ``\\w+`` tokens, as a multiset."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass
class BodyScore:
    """Body precision and recall means over pages (the Zyte benchmark's definition)."""

    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)

    def add(self, predicted: str | None, gold: str | None) -> tuple[float | None, float | None]:
        """Score one page; returns its (precision, recall), None where undefined."""
        pred, ref = shingles(predicted), shingles(gold)
        tp = sum((pred & ref).values())
        fp = sum(pred.values()) - tp
        fn = sum(ref.values()) - tp
        total = tp + fp + fn
        if total == 0:
            self.precisions.append(1.0)
            self.recalls.append(1.0)
            return 1.0, 1.0
        p = r = None
        if tp + fp > 0:
            p = tp / (tp + fp)
            self.precisions.append(p)
        if tp + fn > 0:
            r = tp / (tp + fn)
            self.recalls.append(r)
        return p, r

    @property
    def precision(self) -> float:
        return sum(self.precisions) / len(self.precisions) if self.precisions else 0.0

    @property
    def recall(self) -> float:
        return sum(self.recalls) / len(self.recalls) if self.recalls else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def title_match(predicted: str | None, gold: str | None) -> bool:
    """The README's title equality."""
    return normalize_title(predicted) == normalize_title(gold)


def authors_match(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """The same set of normalised names."""
    return {normalize_title(name) for name in predicted} - {""} == {normalize_title(name) for name in gold} - {""}


def day_of(value: Any) -> str | None:
    """The calendar day of a date, a datetime or an ISO-ish string, as ``YYYY-MM-DD``."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    text = str(value).strip()
    match = re.match(r"(\d{4}-\d{2}-\d{2})", text)
    return match.group(1) if match else None


def date_match(predicted: Any, gold: Any) -> bool:
    """The same calendar day."""
    day = day_of(predicted)
    return day is not None and day == day_of(gold)


def heading_scores(predicted: Iterable[str], gold: Iterable[str]) -> tuple[float, float]:
    """Recall and precision of heading texts on one page (normalised, as multisets)."""
    pred = Counter(h for h in map(normalize_title, predicted) if h)
    ref = Counter(h for h in map(normalize_title, gold) if h)
    hits = sum((pred & ref).values())
    recall = hits / sum(ref.values()) if ref else 1.0
    precision = hits / sum(pred.values()) if pred else (1.0 if not ref else 0.0)
    return recall, precision
