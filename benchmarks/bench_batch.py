"""A batch of every page under ../shared/data through the CLI: pages per second, peak memory, failures.

Runs ``newsmodel convert <all pages> --to json -o <tmp>.jsonl -j 2`` as a subprocess,
samples the resident memory of it and its workers from /proc while it runs, and writes
benchmarks/results/batch.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("NEWSMODEL_DATA", ROOT.parent / "shared" / "data")).resolve()


def pages() -> list[str]:
    found = sorted(str(path) for path in DATA.glob("*/html/*.html.gz"))
    found += sorted(str(path) for path in DATA.glob("readability-pages/*/source.html.gz"))
    return found


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        stack.extend(int(child) for child in children)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    inputs = pages()
    if not inputs:
        print(f"no pages under {DATA}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "out.jsonl"
        failures = Path(scratch) / "failures.jsonl"
        command = [sys.executable, "-m", "newsmodel", "convert", *inputs, "--to", "json", "-o", str(listing),
                   "--failures", str(failures), "-j", str(args.jobs), "--from", "html"]  # fmt: skip
        started = time.perf_counter()
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_rss_kib(process.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        summary = process.stderr.read() if process.stderr else ""
        converted = sum(1 for _ in listing.open(encoding="utf-8")) if listing.exists() else 0
        failed = [json.loads(line) for line in failures.open(encoding="utf-8")] if failures.exists() else []
    lines = [
        "## Batch through the CLI",
        "",
        f"`python benchmarks/bench_batch.py`: `newsmodel convert` over every page under ../shared/data "
        f"({len(inputs)} pages, gzipped HTML) to JSON Lines with `-j {args.jobs}`, wall time including "
        "start-up; memory is the peak resident size of the main process and its workers together.",
        "",
        "| pages | converted | failed | seconds | pages / s | peak memory |",
        "|---|---|---|---|---|---|",
        f"| {len(inputs)} | {converted} | {len(failed)} | {seconds:.1f} | {len(inputs) / seconds:.1f} "
        f"| {peak / 1024:.0f} MiB |",
        "",
    ]
    if failed:
        lines += ["Failures:", ""] + [f"- `{Path(item['input']).name}`: {item['error']}" for item in failed[:20]]
    out = ROOT / "benchmarks" / "results" / "batch.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    print(summary.strip().splitlines()[-1] if summary.strip() else "", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
