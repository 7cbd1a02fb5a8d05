"""The long fuzz run: minutes of hostile input per reader, and a report of what broke.

Throws at each of from_html, from_text, from_markdown and from_json, for ``--seconds``
each: random bytes and text, soups of the format's own syntax with control characters and
lone surrogates, real pages from the data folder damaged (cut, tags deleted, bytes flipped,
controls inserted, lines shuffled), and wrong encodings (UTF-16 with and without BOM,
UTF-32, Latin-1 labelled UTF-8, mixed). Allowed outcomes: an article that survives JSON,
or a documented NewsmodelError. Anything else (another exception, a call past
``--hang-seconds``) is a finding; synthetic findings are shrunk and shown, findings on
real pages are named by page and seed only (the pages are not ours to copy).
Writes ``benchmarks/results/fuzz.md``.

    .venv/bin/python benchmarks/fuzz.py --seconds 120
    .venv/bin/python benchmarks/fuzz.py --readers markdown --seconds 600 --seed 7
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_robust_support import (  # noqa: E402
    BYTES_READERS,
    CORRUPTIONS,
    ENCODINGS,
    NASTY,
    READERS,
    TOKENS,
    Hang,
    corrupt,
    encodings_of,
    hang_guard,
    page_bytes,
    page_paths,
)

import newsmodel as nm  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "fuzz.md"


@dataclass
class Finding:
    """One kind of failure (exception type and where it was raised) with its first example."""

    key: str
    count: int = 0
    example: str = ""
    recipe: str = ""


@dataclass
class Tally:
    """What one reader did with its inputs."""

    tried: int = 0
    seconds: float = 0.0
    kinds: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    findings: dict[str, Finding] = field(default_factory=dict)
    slowest: tuple[float, str] = (0.0, "")


# --------------------------------------------------------------------------- inputs


def _soup(rng: random.Random, name: str) -> str:
    parts = []
    for _ in range(rng.randint(0, 120)):
        roll = rng.random()
        if roll < 0.6:
            parts.append(rng.choice(TOKENS[name]))
        elif roll < 0.75:
            parts.append("".join(rng.choice(NASTY) for _ in range(rng.randint(1, 3))))
        elif roll < 0.9:
            parts.append(rng.choice(["word ", "Word. ", "two words ", "A sentence. ", "x" * 40]))
        else:
            parts.append("".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 5))))
    return "".join(parts)


def make_input(rng: random.Random, name: str, pages: tuple[Path, ...]) -> tuple[str, Any, bool]:
    """(kind, input, synthetic): synthetic inputs may be shown in the report."""
    kind = rng.choice(["bytes", "text", "soup", "soup", "soup", "encoding", "page", "page"])
    if kind == "page" and not pages:
        kind = "soup"
    if kind == "bytes":
        raw = rng.randbytes(rng.randint(0, 600))
        return kind, raw if name in BYTES_READERS else raw.decode("latin-1"), True
    if kind == "text":
        return kind, "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(0, 300))), True
    if kind == "soup":
        return kind, _soup(rng, name), True
    if kind == "encoding":
        raw = encodings_of(_soup(rng, name), rng.choice(ENCODINGS))
        return kind, raw if name in BYTES_READERS else raw.decode(rng.choice(["latin-1", "utf-8"]), "replace"), True
    path = rng.choice(pages)
    seed = rng.getrandbits(32)
    operations = tuple(rng.sample(CORRUPTIONS, rng.randint(1, 3)))
    raw = corrupt(page_bytes(path), seed, operations)
    recipe = f"page {path.relative_to(path.parents[2])}, seed {seed}, {'+'.join(operations)}"
    return recipe, raw if name in BYTES_READERS else raw.decode("utf-8", errors="replace"), False


# --------------------------------------------------------------------------- running


def attempt(name: str, data: Any, hang_seconds: float) -> tuple[str, str | None]:
    """(outcome, failure key or None)."""
    try:
        with hang_guard(hang_seconds):
            article = READERS[name](data)
            if nm.from_json(nm.to_json(article)) != article:
                return "bug", "the article does not survive JSON"
    except Hang:
        return "hang", f"hang (> {hang_seconds:.0f} s)"
    except nm.UnsupportedFormatError:
        return "unsupported", "UnsupportedFormatError"
    except nm.ModelError as error:  # documented, but from a reader it means the reader built an invalid value
        return "ModelError", f"ModelError: {str(error)[:60]}"
    except nm.NewsmodelError as error:
        return type(error).__name__, None
    except BaseException as error:  # what the run is looking for
        frame = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        return "bug", f"{type(error).__name__} at {where}"
    return "article", None


def shrink(name: str, data: Any, key: str, hang_seconds: float, tries: int = 300) -> Any:
    """A smaller input with the same failure (chunks removed while it still fails the same way)."""
    if key.startswith("hang"):
        return data
    chunk = max(1, len(data) // 2)
    while chunk >= 1 and tries > 0:
        start, changed = 0, False
        while start < len(data) and tries > 0:
            candidate = data[:start] + data[start + chunk :]
            tries -= 1
            if attempt(name, candidate, hang_seconds)[1] == key:
                data, changed = candidate, True
            else:
                start += chunk
        if not changed:
            chunk //= 2
    return data


def fuzz(name: str, seconds: float, seed: int, hang_seconds: float, pages: tuple[Path, ...]) -> Tally:
    """Throw inputs at one reader for ``seconds``."""
    rng = random.Random(f"{seed}-{name}")
    tally = Tally()
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        kind, data, synthetic = make_input(rng, name, pages)
        began = time.perf_counter()
        outcome, key = attempt(name, data, hang_seconds)
        took = time.perf_counter() - began
        tally.tried += 1
        tally.kinds[kind if synthetic else "damaged page"] += 1
        tally.outcomes[outcome] += 1
        if took > tally.slowest[0]:
            tally.slowest = (took, kind)
        if key == "UnsupportedFormatError":
            break
        if key is not None:
            finding = tally.findings.setdefault(key, Finding(key))
            finding.count += 1
            if not finding.example:
                if synthetic:
                    small = shrink(name, data, key, hang_seconds)
                    finding.example = f"from_{name}({small!r:.600})"
                    finding.recipe = kind
                else:
                    finding.recipe = kind
    tally.seconds = time.perf_counter() - start
    return tally


def main() -> None:
    """Fuzz each reader and write the report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=120, help="time per reader (default 120)")
    parser.add_argument("--readers", default=",".join(READERS))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--hang-seconds", type=float, default=30, help="a call past this is a hang")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    pages = page_paths()
    tallies: dict[str, Tally] = {}
    for name in args.readers.split(","):
        tallies[name] = fuzz(name, args.seconds, args.seed, args.hang_seconds, pages)
        tally = tallies[name]
        print(f"from_{name}: {tally.tried} inputs, {dict(tally.outcomes)}, findings: {list(tally.findings)}")
    _write(args, tallies, len(pages))


def _write(args: argparse.Namespace, tallies: dict[str, Tally], page_count: int) -> None:
    lines = [
        "## Fuzzing: hostile input to every reader",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}: "
        f"`benchmarks/fuzz.py --seconds {args.seconds:.0f} --seed {args.seed}` ({args.seconds:.0f} s per reader; "
        f"{page_count} real pages available for damaging; a call past {args.hang_seconds:.0f} s counts as a hang).",
        "",
        "| reader | inputs tried | articles | documented errors | findings (bugs) | slowest input |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, tally in tallies.items():
        documented = sum(
            n for outcome, n in tally.outcomes.items() if outcome not in ("article", "bug", "hang", "ModelError")
        )
        bugs = tally.outcomes["bug"] + tally.outcomes["hang"] + tally.outcomes["ModelError"]
        lines.append(
            f"| from_{name} | {tally.tried:,} | {tally.outcomes['article']:,} | {documented:,} | {bugs:,} | "
            f"{tally.slowest[0]:.2f} s |"
        )
    lines += ["", "Inputs by kind: " + "; ".join(f"from_{n}: {dict(t.kinds)}" for n, t in tallies.items()), ""]
    found = [(name, finding) for name, tally in tallies.items() for finding in tally.findings.values()]
    if not found:
        lines.append("No finding: every input gave an article or a documented error.")
    else:
        lines += ["### Findings", ""]
        for name, finding in found:
            lines.append(f"- **from_{name}**: {finding.key}, {finding.count} inputs (first from: {finding.recipe})")
            if finding.example:
                lines.append(f"  - shrunk reproducer: `{finding.example}`")
    lines.append("")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
