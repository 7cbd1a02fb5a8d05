"""Does every reader take linear time and bounded memory? Double the input, time each step.

For each reader (from_html, from_text, from_markdown, from_json) and each shape of input
(a realistic article, one endless paragraph, a paragraph dense with quote marks, deep
nesting, many headings), the input doubles from ``--start-mb`` up to ``--max-mb`` (50 MB
for the realistic shape); each size is read in a fresh process, which reports the time and
its peak RSS. The time ratio of one step to the one before must stay near 2 (linear); a
ratio near 4 means quadratic work. A step that runs past ``--timeout`` seconds ends that
shape (reported as such). Writes ``benchmarks/results/scaling.md``.

    .venv/bin/python benchmarks/bench_scaling.py                    # the full run (tens of minutes)
    .venv/bin/python benchmarks/bench_scaling.py --max-mb 4 --readers html
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "scaling.md"
MB = 1_000_000

# --------------------------------------------------------------------------- input shapes

_SENTENCES = (
    "The council voted on Tuesday to approve the new budget for the coming year.",
    "Officials said the plan would cover roads, schools and the harbour.",
    "\u201cWe have waited a long time for this,\u201d said Maria Lopez, the council\u2019s chair.",
    "Critics argued that the spending was too high, according to a statement.",
    'The mayor told reporters: "It is a fair budget, and it is on time."',
    "Several residents spoke at the meeting, some for and some against.",
)


def _paragraph(i: int) -> str:
    return " ".join(_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(4)) + f" (Item {i}.)"


def _repeat(size: int, piece: Callable[[int], str]) -> list[str]:
    parts, total, i = [], 0, 0
    while total < size:
        text = piece(i)
        parts.append(text)
        total += len(text.encode("utf-8"))
        i += 1
    return parts


def _html_article(size: int) -> str:
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Budget approved</title>'
        '<meta property="og:title" content="Budget approved"><meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Budget approved</h1>'
        '<p class="byline">By Jane Doe</p>'
    )

    def block(i: int) -> str:
        if i % 10 == 9:
            return f"<h2>Part {i // 10}</h2>"
        if i % 7 == 6:
            return f"<ul><li>Point {i} one</li><li>Point {i} <a href='/x/{i}'>two</a></li></ul>"
        return f"<p>{_paragraph(i).replace('council', '<em>council</em>', 1)}</p>\n"

    return head + "".join(_repeat(size, block)) + "</article><footer>Footer</footer></body></html>"


def _text_article(size: int) -> str:
    return "Budget approved\n\nBy Jane Doe\n\n" + "".join(
        _repeat(size, lambda i: f"Part {i // 10}\n\n" if i % 10 == 9 else f"{_paragraph(i)}\n\n")
    )


def _markdown_article(size: int) -> str:
    return "---\ntitle: Budget approved\nauthors: [Jane Doe]\n---\n\n# Budget approved\n\n" + "".join(
        _repeat(
            size,
            lambda i: (
                f"## Part {i // 10}\n\n"
                if i % 10 == 9
                else f"- Point {i} one\n- Point {i} [two](https://example.com/{i})\n\n"
                if i % 7 == 6
                else f"{_paragraph(i).replace('council', '*council*', 1)}\n\n"
            ),
        )
    )


def _json_article(size: int) -> str:
    import newsmodel as nm

    paragraphs = [nm.Paragraph(text) for text in _repeat(int(size * 0.85), _paragraph)]
    sections = [nm.Section(blocks=paragraphs[:10])]
    for start in range(10, len(paragraphs), 10):
        sections.append(nm.Section(heading=f"Part {start // 10}", level=2, blocks=paragraphs[start : start + 10]))
    return nm.to_json(nm.Article(headline="Budget approved", sections=sections), indent=None)


def _wrap(name: str, body: str) -> str:
    if name == "html":
        return f"<html><body><article><h1>Title</h1>{body}</article></body></html>"
    if name == "markdown":
        return f"# Title\n\n{body}"
    if name == "json":
        text = body.strip()  # the model's normal form: no space at either end
        return json.dumps({"headline": "Title", "sections": [{"blocks": [{"type": "paragraph", "text": text}]}]})
    return f"Title\n\n{body}"


def _one_paragraph(name: str, size: int) -> str:
    words = "".join(_repeat(size, lambda i: f"word{i % 1000} "))
    body = f"<p>{words}</p>" if name == "html" else words.strip() + "\n"
    return _wrap(name, body)


def _quote_marks(name: str, size: int) -> str:
    text = "".join(_repeat(size, lambda i: f'\u201cquoted {i}\u201d she said, "and {i}" '))
    return _wrap(name, f"<p>{text}</p>" if name == "html" else text.strip() + "\n")


def _nesting(name: str, size: int) -> str:
    if name == "html":
        depth = size // 11
        return "<html><body>" + "<div>" * depth + "<p>Deep text.</p>" + "</div>" * depth + "</body></html>"
    if name == "markdown":
        return "> " * (size // 2) + "Deep text.\n"
    if name == "text":
        return "Title\n\n" + "".join(_repeat(size, lambda i: " " * (i % 200) + "Line of text.\n"))
    return "[" * (size // 2) + "]" * (size // 2)


def _headings(name: str, size: int) -> str:
    def piece(i: int) -> str:
        if name == "html":
            return f"<h2>Heading {i}</h2><p>Paragraph {i}.</p>"
        if name == "markdown":
            return f"## Heading {i}\n\nParagraph {i}.\n\n"
        if name == "json":
            return ""
        return f"Heading {i}\n\nParagraph {i}.\n\n"

    if name == "json":
        sections = [{"blocks": [{"type": "paragraph", "text": "First."}]}]
        count = size // 90
        sections += [
            {"heading": f"Heading {i}", "level": 2, "blocks": [{"type": "paragraph", "text": f"Paragraph {i}."}]}
            for i in range(count)
        ]
        return json.dumps({"headline": "Title", "sections": sections})
    return _wrap(name, "".join(_repeat(size, piece)))


SHAPES: dict[str, Callable[[str, int], str]] = {
    "article": lambda name, size: {
        "html": _html_article,
        "text": _text_article,
        "markdown": _markdown_article,
        "json": _json_article,
    }[name](size),
    "one-paragraph": _one_paragraph,
    "quote-marks": _quote_marks,
    "nesting": _nesting,
    "headings": _headings,
}
READERS = ("html", "text", "markdown", "json")

# --------------------------------------------------------------------------- one measurement (child)


def _child(reader: str, shape: str, size: int) -> None:
    import gc

    import newsmodel as nm

    data = SHAPES[shape](reader, size)
    function = {"html": nm.from_html, "text": nm.from_text, "markdown": nm.from_markdown, "json": nm.from_json}[reader]
    warm = {"html": "<p>Warm.</p>", "text": "Warm\n\nUp.\n", "markdown": "# Warm\n\nUp.\n", "json": '{"headline": "w"}'}
    function(warm[reader])  # imports and compiled patterns, outside the measurement
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    outcome = "ok"
    try:
        function(data, limits=nm.Limits(max_input_bytes=10 * len(data) + 1000))
    except nm.NewsmodelError as error:
        outcome = f"{type(error).__name__}: {str(error)[:80]}"
    except BaseException as error:  # a bug: report it, the parent lists it
        outcome = f"BUG {type(error).__name__}: {str(error)[:80]}"
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "bytes": len(data.encode("utf-8")),
                "seconds": elapsed,
                "peak_rss_mb": after / 1024,
                "extra_rss_mb": (after - before) / 1024,
                "outcome": outcome,
            }
        )
    )


# --------------------------------------------------------------------------- the run (parent)


def _measure(reader: str, shape: str, size: int, timeout: float) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", reader, shape, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"bytes": size, "seconds": None, "outcome": f"timeout after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"bytes": size, "seconds": None, "outcome": f"crashed: {done.stderr.strip().splitlines()[-1:]}"}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Run the doubling series and write the report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--readers", default=",".join(READERS))
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--start-mb", type=float, default=50 / 64, help="first size (default 0.78 MB)")
    parser.add_argument("--max-mb", type=float, default=50, help="last size of the realistic shape (default 50)")
    parser.add_argument("--max-mb-shapes", type=float, default=12.5, help="last size of the other shapes")
    parser.add_argument("--timeout", type=float, default=180, help="seconds one step may take")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], args.child[1], int(args.child[2]))
        return

    rows: list[str] = []
    worst: list[tuple[float, str]] = []
    problems: list[str] = []
    started = time.perf_counter()
    for reader in args.readers.split(","):
        for shape in args.shapes.split(","):
            last = args.max_mb if shape == "article" else args.max_mb_shapes
            size, previous = args.start_mb * MB, None
            while size <= last * MB * 1.001:
                result = _measure(reader, shape, int(size), args.timeout)
                seconds = result.get("seconds")
                ratio = ""
                if isinstance(seconds, float) and isinstance(previous, float) and previous > 0.005:
                    ratio_value = seconds / previous
                    ratio = f"{ratio_value:.2f}"
                    worst.append((ratio_value, f"{reader}/{shape} at {size / MB:.1f} MB"))
                outcome = str(result.get("outcome"))
                rows.append(
                    f"| {reader} | {shape} | {int(result['bytes']) / MB:.2f} | "  # type: ignore[call-overload]
                    + (f"{seconds:.3f}" if isinstance(seconds, float) else "—")
                    + f" | {ratio} | {_fmt(result.get('extra_rss_mb'))} | {_fmt(result.get('peak_rss_mb'))} | "
                    + f"{outcome} |"
                )
                print(rows[-1], flush=True)
                if outcome != "ok":
                    problems.append(f"{reader}/{shape} at {size / MB:.2f} MB: {outcome}")
                if not isinstance(seconds, float):
                    break
                previous = seconds
                size *= 2
    worst.sort(reverse=True)
    _write(args, rows, worst, problems, time.perf_counter() - started)


def _fmt(value: object) -> str:
    return f"{value:.0f}" if isinstance(value, float) else "—"


def _write(
    args: argparse.Namespace, rows: list[str], worst: list[tuple[float, str]], problems: list[str], total: float
) -> None:
    over = [f"{ratio:.2f} ({where})" for ratio, where in worst if ratio > 2.6]
    lines = [
        "## Scaling: time and memory as the input doubles",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()} with Python "
        f"{platform.python_version()} (a shared 2-core machine: single timings are noisy), "
        f"`benchmarks/bench_scaling.py`, {total / 60:.0f} min in all. Each row is one fresh process: "
        "time of the read alone, peak RSS of the process, and how much it grew during the read.",
        "A linear reader doubles its time when the input doubles (ratio ≈ 2); quadratic work gives ≈ 4.",
        "",
        "| reader | shape | MB | seconds | ratio to previous | RSS growth MB | peak RSS MB | outcome |",
        "|---|---|---:|---:|---:|---:|---:|---|",
        *rows,
        "",
        f"Steps with a ratio above 2.6: {', '.join(over) if over else 'none'}.",
        "",
        "Errors, timeouts and crashes: " + ("; ".join(problems) if problems else "none") + ".",
        "",
    ]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
