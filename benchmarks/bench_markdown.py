"""Markdown: speed of to_markdown + from_markdown beside JSON, and the round trip of real pages.

``python benchmarks/bench_markdown.py`` writes benchmarks/results/markdown.md:

* articles per second for ``from_markdown(to_markdown(a))`` and each direction alone, on
  the seed article (read at run time from ../shared/seed with ``from_text``, never copied
  into the repository) and on generated articles, beside ``from_json(to_json(a))`` in the
  same run;
* every page of the HTML sets under ../shared/data read with ``from_html``, and how many
  come back equal from ``from_markdown(to_markdown(a))``.

``--pages N`` limits the pages (0: all); ``--examples N`` sets the generated articles.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsmodel as nm
from _data import DATA, HTML_SETS, load_set
from newsmodel.strategies import articles

ROOT = Path(__file__).resolve().parents[1]
SEED = DATA.parent / "seed" / "putin-trump-talks.txt"
RESULTS = ROOT / "benchmarks" / "results" / "markdown.md"


def sample_articles(count: int) -> list[nm.Article]:
    found: list[nm.Article] = []

    @settings(max_examples=count, database=None, suppress_health_check=list(HealthCheck), deadline=None)
    @given(articles())
    def collect(article: nm.Article) -> None:
        found.append(article)

    collect()
    return found


def per_second(items: list[nm.Article], step: Callable[[nm.Article], object], repeat: int = 5) -> float:
    """Articles per second: the best of ``repeat`` passes (the least disturbed by other load)."""
    best = float("inf")
    rounds = max(1, 200 // max(1, len(items)))
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(rounds):
            for article in items:
                step(article)
        best = min(best, time.perf_counter() - start)
    return len(items) * rounds / best


def speed_rows(name: str, items: list[nm.Article]) -> list[str]:
    markdowns = {id(a): nm.to_markdown(a) for a in items}
    md_round = per_second(items, lambda a: nm.from_markdown(nm.to_markdown(a)))
    md_write = per_second(items, nm.to_markdown)
    md_read = per_second(items, lambda a: nm.from_markdown(markdowns[id(a)]))
    json_round = per_second(items, lambda a: nm.from_json(nm.to_json(a)))
    return [
        f"| {name} | {md_round:,.0f} | {md_write:,.0f} | {md_read:,.0f} | {json_round:,.0f} "
        f"| {json_round / md_round:.1f}x |"
    ]


def page_round_trips(limit: int) -> tuple[list[str], int, int, int]:
    lines: list[str] = []
    total = same = unreadable = 0
    for name in HTML_SETS:
        if not (DATA / name / "gold.jsonl").is_file():
            continue
        pages = load_set(name)
        set_total = set_same = 0
        for page in pages:
            if limit and total >= limit:
                break
            try:
                article = nm.from_html(page.html(), url=page.url)
            except nm.NewsmodelError:
                unreadable += 1
                continue
            total += 1
            set_total += 1
            try:
                if nm.from_markdown(nm.to_markdown(article)) == article:
                    same += 1
                    set_same += 1
                else:
                    lines.append(f"- {name}/{page.id}: differs after the round trip")
            except nm.NewsmodelError as error:
                lines.append(f"- {name}/{page.id}: {type(error).__name__}: {error}")
        if set_total:
            lines.insert(0, f"| {name} | {set_total} | {set_same} |")
    return lines, total, same, unreadable


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--pages", type=int, default=0, help="at most this many pages (0: all)")
    options.add_argument("--examples", type=int, default=200, help="generated articles for the speed table")
    args = options.parse_args(argv)

    out = [
        "## Markdown",
        "",
        f"`python benchmarks/bench_markdown.py` ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC). "
        "Articles per second, best of 5 passes, on a shared 2-core machine.",
        "",
        "| articles | Markdown round trip | to_markdown | from_markdown | JSON round trip | JSON / Markdown |",
        "|---|---|---|---|---|---|",
    ]
    if SEED.is_file():
        seed = nm.from_text(SEED.read_text(encoding="utf-8"))
        out += speed_rows("seed article (`from_text`)", [seed])
        seed_note = f"The seed article's Markdown is {len(nm.to_markdown(seed)):,} characters."
    else:
        seed_note = f"Seed article not found at {SEED}."
    generated = sample_articles(args.examples)
    out += speed_rows(f"{len(generated)} generated (`strategies.articles()`)", generated)
    out += ["", seed_note, ""]

    lines, total, same, unreadable = page_round_trips(args.pages)
    table = [line for line in lines if line.startswith("|")]
    notes = [line for line in lines if line.startswith("-")]
    out += [
        "### Real pages through Markdown",
        "",
        f"Every page of the HTML sets read with `from_html`, then `from_markdown(to_markdown(a)) == a`: "
        f"**{same} of {total}** equal" + (f" ({unreadable} pages from_html could not read)." if unreadable else "."),
        "",
        "| set | pages | equal |",
        "|---|---|---|",
        *table,
        "",
        *(notes[:20] or ["No page changed."]),
        "",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    previous = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else ""
    marker = "### Generated articles"
    kept = previous[previous.index(marker) :] if marker in previous else ""
    RESULTS.write_text("\n".join(out) + ("\n" + kept if kept else ""), encoding="utf-8")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
