"""Does every reader take linear time and bounded memory? Double the input, time each step.

For each reader (from_html, from_text, from_markdown, from_json) and each shape of input
(a realistic article, one endless paragraph, a paragraph dense with quote marks, deep
nesting, many headings), the input doubles from ``--start-mb`` up to ``--max-mb`` (50 MB
for the realistic shape, ``--max-mb-shapes`` for the others); each size is read in a fresh
process, which reports the time and its peak RSS. The time ratio of one step to the one
before must stay near 2 (linear); a ratio near 4 means quadratic work.

Each step may take ``--seconds-per-mb`` CPU seconds per MB of its size (at least
``--min-timeout``; the child's CPU time is limited with RLIMIT_CPU, so that other jobs on a
shared machine do not cut a step short, and wall time may be ten times that): a linear
reader slower than that budget stops early, a quadratic one stops where its curve leaves
the line. Two modes: ``full`` is the public reader; ``structure``
is the same reader called with ``quotes=False``, so the cost of the structure
(parsing, blocks, metadata) is measured apart from the quote extractor's.

Results accumulate in ``benchmarks/results/scaling.json`` (a run replaces the rows of the
readers, shapes and modes it ran), and ``benchmarks/results/scaling.md`` is written from
all of them.

    .venv/bin/python benchmarks/bench_scaling.py                    # the full run (hours)
    .venv/bin/python benchmarks/bench_scaling.py --readers text,json --modes structure
    .venv/bin/python benchmarks/bench_scaling.py --readers html --shapes article --max-mb 3.2
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "scaling.md"
STORE = ROOT / "benchmarks" / "results" / "scaling.json"
MODES = ("full", "structure")
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
        sections: list[dict[str, Any]] = [{"blocks": [{"type": "paragraph", "text": "First."}]}]
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


def _child(reader: str, shape: str, size: int, mode: str) -> None:
    import gc

    import newsmodel as nm

    data = SHAPES[shape](reader, size)
    readers: dict[str, Callable[..., nm.Article]] = {
        "html": nm.from_html,
        "text": nm.from_text,
        "markdown": nm.from_markdown,
        "json": nm.from_json,
    }
    function = readers[reader]
    warm = {"html": "<p>Warm.</p>", "text": "Warm\n\nUp.\n", "markdown": "# Warm\n\nUp.\n", "json": '{"headline": "w"}'}
    function(warm[reader])  # imports and compiled patterns, outside the measurement
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu_start = time.perf_counter(), time.process_time()
    outcome = "ok"
    try:
        options: dict[str, object] = {"limits": nm.Limits(max_input_bytes=10 * len(data) + 1000)}
        if mode == "structure":
            options["quotes"] = False
        function(data, **options)
    except nm.NewsmodelError as error:
        outcome = f"{type(error).__name__}: {str(error)[:80]}"
    except BaseException as error:  # a bug: report it, the parent lists it
        outcome = f"BUG {type(error).__name__}: {str(error)[:80]}"
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "bytes": len(data.encode("utf-8")),
                "seconds": cpu,
                "wall_seconds": elapsed,
                "peak_rss_mb": after / 1024,
                "extra_rss_mb": (after - before) / 1024,
                "outcome": outcome,
            }
        )
    )


# --------------------------------------------------------------------------- the run (parent)


def _limit_cpu(seconds: float) -> Callable[[], None]:
    def limit() -> None:  # runs in the child before it starts: the kernel stops it past its CPU budget
        whole = max(1, int(seconds))
        resource.setrlimit(resource.RLIMIT_CPU, (whole, whole + 5))

    return limit


def _measure(reader: str, shape: str, size: int, mode: str, timeout: float) -> dict[str, Any]:
    """Read one input in a child process with a budget of ``timeout`` CPU seconds (wall time: 10 times that)."""
    command = [sys.executable, __file__, "--child", reader, shape, str(size), mode]
    over = {"bytes": size, "seconds": None, "outcome": f"CPU budget of {timeout:.0f} s run out"}
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=10 * timeout, check=False, preexec_fn=_limit_cpu(timeout)
        )
    except subprocess.TimeoutExpired:
        return {"bytes": size, "seconds": None, "outcome": f"wall-time timeout after {10 * timeout:.0f} s"}
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return over
    if done.returncode != 0:
        return {"bytes": size, "seconds": None, "outcome": f"crashed: {done.stderr.strip().splitlines()[-1:]}"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _series(args: argparse.Namespace, reader: str, shape: str, mode: str) -> list[dict[str, Any]]:
    """Double the size of one shape until the last size, a timeout or a crash."""
    rows: list[dict[str, Any]] = []
    last = args.max_mb if shape == "article" else args.max_mb_shapes
    size, previous = args.start_mb * MB, None
    while size <= last * MB * 1.001:
        timeout = max(args.min_timeout, args.seconds_per_mb * size / MB)
        result = _measure(reader, shape, int(size), mode, timeout)
        seconds = result.get("seconds")
        row = {"reader": reader, "shape": shape, "mode": mode, "timeout": timeout, **result}
        if isinstance(seconds, float):
            row["s_per_mb"] = seconds / (int(result["bytes"]) / MB)
            if isinstance(previous, float) and previous > 0.005 and result["outcome"] == "ok":
                row["ratio"] = seconds / previous
        rows.append(row)
        print(_line(row), flush=True)
        if not isinstance(seconds, float):
            break
        previous = seconds if result["outcome"] == "ok" else None
        size *= 2
    return rows


def main() -> None:
    """Run the doubling series and write the report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--readers", default=",".join(READERS))
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--modes", default=",".join(MODES), help="full, structure (no quote extraction), or both")
    parser.add_argument("--start-mb", type=float, default=50 / 64, help="first size (default 0.78 MB)")
    parser.add_argument("--max-mb", type=float, default=50, help="last size of the realistic shape (default 50)")
    parser.add_argument("--max-mb-shapes", type=float, default=12.5, help="last size of the other shapes")
    parser.add_argument(
        "--seconds-per-mb", type=float, default=30, help="CPU seconds a step may take per MB (default 30)"
    )
    parser.add_argument(
        "--min-timeout", type=float, default=60, help="the least CPU time a step may take (default 60 s)"
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--store", type=Path, default=STORE, help="the accumulated rows (JSON)")
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], args.child[1], int(args.child[2]), args.child[3])
        return

    started = time.perf_counter()
    for reader in args.readers.split(","):
        for shape in args.shapes.split(","):
            for mode in args.modes.split(","):
                if mode == "structure" and reader == "json":
                    continue  # from_json finds no quotes: its structure is the whole read
                # Saved after each series, so that a run cut short keeps what it measured.
                _save(args, _series(args, reader, shape, mode), time.perf_counter() - started)


def _save(args: argparse.Namespace, fresh: list[dict[str, Any]], total: float) -> None:
    """Put a series' rows in the store (replacing that series' old rows) and rewrite the report."""
    ran = {(row["reader"], row["shape"], row["mode"]) for row in fresh}
    stored = json.loads(args.store.read_text(encoding="utf-8")) if args.store.exists() else {"rows": []}
    kept = [row for row in stored["rows"] if (row["reader"], row["shape"], row["mode"]) not in ran]
    when = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    for row in fresh:
        row["measured"] = when
    rows = kept + fresh
    order = {name: index for index, name in enumerate((*READERS, *SHAPES, *MODES))}
    rows.sort(key=lambda row: (order[row["reader"]], order[row["shape"]], order[row["mode"]], row["bytes"]))
    args.store.parent.mkdir(parents=True, exist_ok=True)
    temporary = args.store.with_suffix(".tmp")
    temporary.write_text(json.dumps({"rows": rows}, indent=1) + "\n", encoding="utf-8")
    temporary.replace(args.store)
    _write(args.output, rows, total)


def _fmt(value: object, digits: int = 0) -> str:
    return f"{value:.{digits}f}" if isinstance(value, float) else "—"


def _line(row: dict[str, Any]) -> str:
    return (
        f"| {row['reader']} | {row['shape']} | {row['mode']} | {int(row['bytes']) / MB:.2f} | "
        f"{_fmt(row.get('seconds'), 3)} | {_fmt(row.get('wall_seconds'), 1)} | "
        f"{_fmt(row.get('s_per_mb'), 2)} | {_fmt(row.get('ratio'), 2)} | "
        f"{_fmt(row.get('extra_rss_mb'))} | {_fmt(row.get('peak_rss_mb'))} | {row['outcome']} |"
    )


def _summary(rows: list[dict[str, Any]]) -> list[str]:
    """One line per series: the largest size read, s/MB there, the ratios per doubling."""
    lines = [
        "| reader | shape | mode | largest size read (MB) | CPU s/MB there | ratios per doubling | stopped by |",
        "|---|---|---|---:|---:|---|---|",
    ]
    series: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in rows:
        series.setdefault((row["reader"], row["shape"], row["mode"]), []).append(row)
    for (reader, shape, mode), steps in series.items():
        done = [step for step in steps if isinstance(step.get("seconds"), float)]
        ratios = ", ".join(f"{step['ratio']:.2f}" for step in done if "ratio" in step) or "—"
        largest = done[-1] if done else None
        stopped = next((step["outcome"] for step in steps if step.get("seconds") is None), "")
        errors = {step["outcome"].split(":")[0] for step in done if step["outcome"] != "ok"}
        if errors:
            stopped = (stopped + "; " if stopped else "") + "refused: " + ", ".join(sorted(errors))
        lines.append(
            f"| {reader} | {shape} | {mode} | {int(largest['bytes']) / MB if largest else 0:.2f} | "
            f"{_fmt(largest.get('s_per_mb') if largest else None, 2)} | {ratios} | "
            f"{stopped or 'reached the last size'} |"
        )
    return lines


def _write(output: Path, rows: list[dict[str, Any]], total: float) -> None:
    over = [
        f"{row['ratio']:.2f} ({row['reader']}/{row['shape']}/{row['mode']} at {int(row['bytes']) / MB:.1f} MB)"
        for row in rows
        if row.get("ratio", 0) > 2.6
    ]
    problems = [
        f"{row['reader']}/{row['shape']}/{row['mode']} at {int(row['bytes']) / MB:.2f} MB: {row['outcome']}"
        for row in rows
        if row["outcome"] != "ok"
    ]
    dates = sorted({row.get("measured", "?") for row in rows})
    lines = [
        "## Scaling: time and memory as the input doubles",
        "",
        f"Measured {dates[0]} to {dates[-1]} on {platform.machine()} with Python "
        f"{platform.python_version()} (a shared 2-core machine, other jobs running: single timings are noisy, "
        f"and read the ratios rather than the seconds), `benchmarks/bench_scaling.py` (the latest run "
        f"had taken {total / 60:.0f} min when it wrote this). Each row is one fresh process: the CPU time "
        "of the read alone (the process's own, so that other jobs on the machine do not inflate it; "
        "wall time beside it), CPU time per MB, the "
        "ratio of CPU times to the step before, peak RSS of the process and how much it grew during the read. "
        "`full` is the public reader; `structure` is the same reader with quote extraction left out "
        "(`quotes=False`), so the cost of the structure shows apart from the quote extractor's. "
        "A step may take a fixed budget of CPU time per MB (`--seconds-per-mb`, at least `--min-timeout`).",
        "A linear reader doubles its time when the input doubles (ratio ≈ 2); quadratic work gives ≈ 4.",
        "",
        *_summary(rows),
        "",
        "| reader | shape | mode | MB | CPU s | wall s | CPU s/MB | ratio to previous | RSS growth MB | peak RSS MB "
        "| outcome |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
        *(_line(row) for row in rows),
        "",
        f"Steps with a ratio above 2.6: {', '.join(over) if over else 'none'}.",
        "",
        "Errors, timeouts and crashes: " + ("; ".join(problems) if problems else "none") + ".",
        "",
    ]
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
