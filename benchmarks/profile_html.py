"""Where ``from_html`` spends its time: a per-step breakdown, and optionally a profile.

    .venv/bin/python benchmarks/profile_html.py                      # every HTML set
    .venv/bin/python benchmarks/profile_html.py --set zyte-aeb --limit 40
    .venv/bin/python benchmarks/profile_html.py --set naeb --cprofile 30   # top 30 functions
    .venv/bin/python benchmarks/profile_html.py --nested-tables 1000 2000 4000

The steps are those of :func:`newsmodel._html._reader.from_html`, run one by one on each
page with the same functions (the script checks on every page that the steps give the
article ``from_html`` gives, so the breakdown cannot drift from the reader):

* check: the size and nesting checks on the raw page;
* parse: decoding and parsing (``load_document``);
* metadata: ``extract_metadata`` and ``read_extension`` (quotes the page states);
* related: ``extract_related``;
* content: ``find_content`` (furniture removed, main content found);
* blocks: ``build_sections`` (the content's DOM to sections, blocks, marks);
* article: building the ``Article`` (its validation);
* quotes: ``extract_quotes``.

Per step it prints the median and mean milliseconds per page and the share of the total,
in CPU time of the running thread by default (other processes on a shared machine do not
count), or wall-clock time with ``--wall`` (what ``bench_html.py`` measures).
``--nested-tables`` times ``from_html`` on tables nested N deep (a robustness shape).
No peer extractor is needed. Timings are noisy on a shared machine: compare steps
measured in the same run.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attrs

import newsmodel as nm
from _data import HTML_SETS, load_set
from newsmodel._errors import ModelError
from newsmodel._html._blocks import BodyOptions, build_sections
from newsmodel._html._classes import page_index
from newsmodel._html._content import find_content
from newsmodel._html._document import load_document
from newsmodel._html._jsonld import read_extension
from newsmodel._html._metadata import extract_metadata
from newsmodel._html._nesting import check_nesting
from newsmodel._html._reader import assemble
from newsmodel._html._related import extract_related
from newsmodel._limits import check_size
from newsmodel._quotes import extract_quotes

STEPS = ("check", "parse", "metadata", "related", "content", "blocks", "article", "quotes")


def run_steps(html: bytes, url: str | None, times: dict[str, float], clock: Callable[[], float]) -> nm.Article:
    """``from_html``'s steps one by one, adding each one's seconds (by ``clock``) to ``times``."""
    t0 = clock()
    check_size(html, "html", None)
    check_nesting(html)
    t1 = clock()
    doc = load_document(html, url)
    t2 = clock()
    meta = extract_metadata(doc)
    stated = read_extension(doc)
    t3 = clock()
    related = extract_related(doc.tree, doc.base_url, doc.url, exact=stated is not None, index=page_index(doc))
    t4 = clock()
    content = find_content(doc.tree, meta.headline, meta.byline, exact=stated is not None)
    t5 = clock()
    sections: tuple[nm.Section, ...] = ()
    if content.root is not None:
        options = BodyOptions(
            doc.base_url,
            meta.headline,
            meta.byline,
            skip_headline=not content.headline_seen,
            skip_byline=not content.byline_seen,
            exact=stated is not None,
            authors=tuple(author.name for author in meta.authors),
        )
        sections = build_sections(content.root, options)
    t6 = clock()
    article = assemble(meta, sections, related, exact=stated is not None)
    t7 = clock()
    result = article
    if stated is not None:
        try:
            result = attrs.evolve(article, quotes=stated[0], attributions=stated[1])
        except ModelError:
            stated = None
    if stated is None:
        try:
            result = extract_quotes(article)
        except ModelError:
            result = article
    t8 = clock()
    for name, start, end in zip(STEPS, (t0, t1, t2, t3, t4, t5, t6, t7), (t1, t2, t3, t4, t5, t6, t7, t8), strict=True):
        times[name] += end - start
    return result


def breakdown(sets: list[str], limit: int | None, profile: int | None, *, wall: bool = False) -> None:
    clock = time.perf_counter if wall else time.thread_time
    per_step: dict[str, list[float]] = defaultdict(list)
    totals: list[float] = []
    drift = 0
    profiler = cProfile.Profile() if profile else None
    pages = [page for name in sets for page in load_set(name, limit)]
    for page in pages:
        html = page.html()
        times: dict[str, float] = dict.fromkeys(STEPS, 0.0)
        if profiler is not None:
            profiler.enable()
        article = run_steps(html, page.url, times, clock)
        if profiler is not None:
            profiler.disable()
        if article != nm.from_html(html, url=page.url):
            drift += 1
            print(f"the steps and from_html differ on {page.set}/{page.id}", file=sys.stderr)
        for name, seconds in times.items():
            per_step[name].append(seconds * 1000)
        totals.append(sum(times.values()) * 1000)
    total_mean = statistics.fmean(totals) if totals else 0.0
    kind = "wall-clock" if wall else "CPU (this thread)"
    print(f"{len(pages)} pages ({', '.join(sets)}); per page, {kind} ms")
    print(f"{'step':<10} {'median':>8} {'mean':>8} {'share':>7}")
    for name in STEPS:
        values = per_step[name]
        mean = statistics.fmean(values)
        print(f"{name:<10} {statistics.median(values):8.2f} {mean:8.2f} {mean / total_mean:7.1%}")
    print(f"{'total':<10} {statistics.median(totals):8.2f} {total_mean:8.2f}")
    if drift:
        print(f"WARNING: the steps differ from from_html on {drift} pages", file=sys.stderr)
    if profiler is not None and profile:
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(profile)
        stats.sort_stats("cumulative").print_stats(profile)


def nested_tables(depths: list[int]) -> None:
    for depth in depths:
        # The shape of tests/test_robust_shapes.py: tables nested in cells, never closed.
        html = "<article>" + "<table><tr><td>" * depth + "cell"
        start = time.perf_counter()
        nm.from_html(html)
        print(f"nested tables {depth:>6} deep: {time.perf_counter() - start:.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", action="append", choices=HTML_SETS, help="only this set (repeatable)")
    parser.add_argument("--limit", type=int, help="at most N pages per set")
    parser.add_argument("--cprofile", type=int, metavar="N", help="also print the top N functions (cProfile)")
    parser.add_argument("--wall", action="store_true", help="wall-clock time instead of the thread's CPU time")
    parser.add_argument("--nested-tables", type=int, nargs="+", metavar="DEPTH", help="time nested tables instead")
    args = parser.parse_args()
    if args.nested_tables:
        nested_tables(args.nested_tables)
        return
    breakdown(args.set or list(HTML_SETS), args.limit, args.cprofile, wall=args.wall)


if __name__ == "__main__":
    main()
