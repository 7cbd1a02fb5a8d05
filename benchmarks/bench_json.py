"""JSON speed: to_json + from_json round trips per second on generated and seed articles.

Writes benchmarks/results/json.md. The seed article is read at run time from
../shared/seed (never copied into the repository) when the plain-text parser can read it.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

import newsmodel as nm
from newsmodel.strategies import articles

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(os.environ.get("NEWSMODEL_DATA", ROOT.parent / "shared" / "data")).parent / "seed" / "putin-trump-talks.txt"


def sample_articles(count: int) -> list[nm.Article]:
    found: list[nm.Article] = []

    @settings(max_examples=count, database=None, suppress_health_check=list(HealthCheck), deadline=None)
    @given(articles())
    def collect(article: nm.Article) -> None:
        found.append(article)

    collect()
    return found


def rate(items: list[nm.Article], repeat: int = 5) -> float:
    """Round trips per second: the best of ``repeat`` passes (the least disturbed by other load)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for article in items:
            nm.from_json(nm.to_json(article))
        best = min(best, time.perf_counter() - start)
    return len(items) / best


def main() -> int:
    generated = sample_articles(300)
    sizes = [len(nm.to_json(a)) for a in generated]
    lines = [
        "## JSON",
        "",
        "`python benchmarks/bench_json.py`: `from_json(to_json(a))` round trips per second (best of 5 passes).",
        "",
        "| articles | median JSON size | round trips / s |",
        "|---|---|---|",
        f"| {len(generated)} generated (`strategies.articles()`) | {statistics.median(sizes):.0f} B "
        f"| {rate(generated):,.0f} |",
    ]
    if SEED.is_file():
        try:
            seed = nm.from_text(SEED.read_text(encoding="utf-8"))
        except nm.NewsmodelError as error:
            lines.append(f"| seed article | – | not measured: {error} |")
        else:
            lines.append(f"| seed article | {len(nm.to_json(seed))} B | {rate([seed] * 200):,.0f} |")
    out = ROOT / "benchmarks" / "results" / "json.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
