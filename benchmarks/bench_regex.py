"""Catastrophic backtracking: time every compiled regex of newsmodel on adversarial strings.

Imports every module of the package, collects the ``re.Pattern`` objects among their
globals (and inside tuples, lists, dicts and frozensets there), and for each pattern builds
"pump" strings from the pattern's own pieces: each character class and literal it contains,
and pairs of them, repeated n times and followed by a character that makes the match fail.
``search`` and ``findall`` run on n = 256, 512, ... while a call stays under a budget. A
pattern whose time ratio stays near 4 per doubling is quadratic; one that runs out of
budget while the string is still short is exponential. Writes ``benchmarks/results/regex.md``.

Each pattern is timed the way the package calls it. The sources are read (``ast``) for every
use of a pattern's name: a pattern whose every use is ``.match`` or ``.fullmatch`` (it is
tried at one position, after a cue or at a sentence's start) is timed with ``match`` and
``fullmatch`` at the start of the pumped string, where ``search`` would try it at every
position and report the number of positions as the pattern's cost. A name used any other
way (``search``, ``finditer``, ``sub``, handed to a function, kept in a tuple) is searched.

    .venv/bin/python benchmarks/bench_regex.py            # a few minutes
    .venv/bin/python benchmarks/bench_regex.py --max-length 65536 --module _quotes
"""

from __future__ import annotations

import argparse
import ast
import importlib
import itertools
import pkgutil
import platform
import re
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import newsmodel

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "regex.md"

_CATEGORY_SAMPLES = {
    "CATEGORY_DIGIT": "7",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": " ",
}
#: CPU seconds under which the longest probe of a series counts as fast (ratios of a few
#: milliseconds are noise).
FAST = 0.02
#: Characters that end a run without matching most patterns, tried after each pump.
KILLERS = ("\x00", "!", "\n", " ")


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern in newsmodel's modules, with where it lives."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(newsmodel.__path__, "newsmodel."):
        try:
            module = importlib.import_module(info.name)
        except Exception:  # a module that needs an optional dependency
            continue
        for name, value in vars(module).items():
            for index, pattern in _within(value):
                if isinstance(pattern.pattern, str) and id(pattern) not in seen:
                    seen.add(id(pattern))
                    yield f"{info.name}.{name}{index}", pattern


#: The methods that try a pattern at one position only.
ANCHORED = frozenset({"match", "fullmatch"})
_PATTERN_METHODS = frozenset({"match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split"})
#: What reading a pattern's attribute does not run it.
_PATTERN_ATTRIBUTES = frozenset({"pattern", "flags", "groups", "groupindex"})


def package_sources() -> Iterator[str]:
    """The text of every module of newsmodel."""
    for path in sorted(Path(newsmodel.__file__).parent.rglob("*.py")):
        yield path.read_text(encoding="utf-8")


def uses(sources: Iterable[str]) -> dict[str, set[str]]:
    """How each name is used in ``sources``: the pattern methods called on it, or "other".

    Names are compared without their module (two modules' ``_SPLIT`` share their uses), so a name
    reads as anchored only if every module that writes it only matches it.
    """
    found: dict[str, set[str]] = {}
    for source in sources:
        tree = ast.parse(source)
        harmless: set[int] = set()  # the nodes that read a pattern without searching it: a method called, `is`
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _PATTERN_METHODS
            ):
                target = node.func.value
                name = _identifier(target)
                if name is not None:
                    found.setdefault(name, set()).add(node.func.attr)
                    harmless.add(id(target))
            elif isinstance(node, ast.Compare) and all(isinstance(op, ast.Is | ast.IsNot) for op in node.ops):
                harmless.update(id(side) for side in (node.left, *node.comparators))  # "match.re is _TAIL"
            elif isinstance(node, ast.Attribute) and node.attr in _PATTERN_ATTRIBUTES:
                harmless.add(id(node.value))  # "_TAIL.pattern" read to build another pattern
        for node in ast.walk(tree):
            name = _identifier(node)
            if name is not None and id(node) not in harmless and not isinstance(getattr(node, "ctx", None), ast.Store):
                found.setdefault(name, set()).add("other")
    return found


def _identifier(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def anchored(where: str, used: dict[str, set[str]]) -> bool:
    """Whether a pattern (``module.NAME``, not one inside a container) is only ever matched at a position."""
    if "[" in where:
        return False
    calls = used.get(where.rsplit(".", 1)[1], set())
    return bool(calls) and calls <= ANCHORED


def _within(value: Any, depth: int = 0) -> Iterator[tuple[str, re.Pattern[str]]]:
    if isinstance(value, re.Pattern):
        yield "", value
    elif depth < 2 and isinstance(value, tuple | list | frozenset | set):
        for i, item in enumerate(value):
            for index, pattern in _within(item, depth + 1):
                yield f"[{i}]{index}", pattern
    elif depth < 2 and isinstance(value, dict):
        for key, item in list(value.items())[:200]:
            for index, pattern in _within(item, depth + 1):
                yield f"[{key!r}]{index}", pattern


def pieces(pattern: re.Pattern[str]) -> list[str]:
    """Short strings the pattern's parts match: one character of each class, each literal run."""
    found: list[str] = []

    def walk(tree: Any) -> None:
        literal = ""
        for op, arg in tree:
            name = str(op)
            if name == "LITERAL":
                literal += chr(arg)
                continue
            if literal:
                found.append(literal)
                literal = ""
            if name == "IN":
                found.extend(_class_sample(arg))
            elif name == "ANY":
                found.append("a")
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(arg[2])
            elif name == "SUBPATTERN":
                walk(arg[-1])
            elif name == "BRANCH":
                for branch in arg[1]:
                    walk(branch)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(arg[1])
            elif name == "GROUPREF_EXISTS":
                walk(arg[1])
                if arg[2]:
                    walk(arg[2])
        if literal:
            found.append(literal)

    try:
        walk(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:
        found.append("a")
    unique = list(dict.fromkeys(piece for piece in found if piece))[:24]
    return unique or ["a"]


def _class_sample(items: list[tuple[Any, Any]]) -> list[str]:
    if items and str(items[0][0]) == "NEGATE":
        return ["\x01", "a", " "]
    out = []
    for op, arg in items[:6]:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "RANGE":
            out.append(chr(arg[0]))
        elif name == "CATEGORY":
            out.append(_CATEGORY_SAMPLES.get(str(arg), "a"))
    return out


def pumps(pattern: re.Pattern[str]) -> list[str]:
    """Each piece, and each pair of pieces, as a unit to repeat."""
    singles = pieces(pattern)
    pairs = [a + b for a, b in itertools.permutations(singles[:6], 2)]
    return list(dict.fromkeys(singles + pairs + [" ".join(singles[:4])]))


def _time(pattern: re.Pattern[str], text: str, at_start: bool) -> float:
    # CPU time of this process, not wall time: other jobs on a shared machine do not inflate it.
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        if at_start:
            pattern.match(text)
            pattern.fullmatch(text)
        else:
            pattern.search(text)
            pattern.findall(text)
        best = min(best, time.process_time() - start)
    return best


def probe(
    pattern: re.Pattern[str], unit: str, killer: str, max_length: int, budget: float, at_start: bool = False
) -> list[tuple[int, float]]:
    """Times for growing strings unit*n + killer, until the budget or the length runs out."""
    series: list[tuple[int, float]] = []
    n = max(1, 256 // len(unit))
    while len(unit) * n <= max_length:
        text = unit * n + killer
        seconds = _time(pattern, text, at_start)
        series.append((len(text), seconds))
        if seconds > budget:
            break
        n *= 2
    return series


def verdict(series: list[tuple[int, float]], budget: float) -> tuple[str, float]:
    """'exponential', 'quadratic', 'super-linear' or 'linear', and the last ratio."""
    if len(series) < 2:
        return ("exponential" if series and series[-1][1] > budget else "linear"), 0.0
    if series[-1][1] < FAST:  # whatever the ratios, a pattern this fast at the longest string is no hazard
        return "linear", 0.0
    ratios = [b / a for (_, a), (_, b) in itertools.pairwise(series) if a > 2e-4]
    last = ratios[-1] if ratios else 0.0
    if last > 10:  # one doubling multiplied the time by more than 10
        return "exponential", last
    tail = ratios[-2:]
    if len(tail) == 2 and min(tail) > 3.0:
        return "quadratic", last
    if len(tail) == 2 and min(tail) > 2.5:
        return "super-linear", last
    return "linear", last


def main() -> None:
    """Probe every pattern and write the report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--max-length", type=int, default=16_384, help="longest probe string in the screening (default 16384)"
    )
    parser.add_argument("--budget", type=float, default=0.5, help="seconds after which a series stops")
    parser.add_argument("--module", default="", help="only patterns whose module name contains this")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()

    started = time.perf_counter()
    found: list[tuple[str, re.Pattern[str]]] = [(w, p) for w, p in patterns() if args.module in w]
    used = uses(package_sources())
    at_start = {where for where, _ in found if anchored(where, used)}
    flagged: list[Flag] = []
    probes = 0
    for number, (where, pattern) in enumerate(found, 1):
        print(f"[{number}/{len(found)}] {where}", file=sys.stderr, flush=True)  # a full run takes an hour
        how = where in at_start
        worst: tuple[str, str, str, list[tuple[int, float]]] | None = None
        # the first pump that shows growth is confirmed (the pumps after it would cost a budget each)
        for unit, killer in itertools.product(pumps(pattern), KILLERS):
            series = probe(pattern, unit, killer, args.max_length, args.budget, how)
            probes += len(series)
            kind, _ = verdict(series, args.budget)
            if kind != "linear":
                worst = (kind, unit, killer, series)
                break
        if worst is not None:
            # confirm at a larger size: noise on a shared machine makes single ratios unreliable
            kind, unit, killer, series = worst
            series = probe(pattern, unit, killer, args.max_length * 2, args.budget * 2, how)
            kind, _ = verdict(series, args.budget * 2)
            if kind != "linear":
                call = "match" if how else "search"
                flagged.append((where, call, kind, unit, killer, series))
                print(f"{kind} ({call}): {where} {pattern.pattern[:80]!r} unit={unit!r} killer={killer!r}", flush=True)
        if number < len(found):  # a run stopped early still leaves its report, marked partial
            _write(args, found, len(at_start), flagged, probes, time.perf_counter() - started, number)
    _write(args, found, len(at_start), flagged, probes, time.perf_counter() - started)


#: A flagged pattern: where it lives, how it was called, the verdict, the pump, its end and the timings.
Flag = tuple[str, str, str, str, str, list[tuple[int, float]]]


def _write(
    args: argparse.Namespace,
    found: list[tuple[str, re.Pattern[str]]],
    matched: int,
    flagged: list[Flag],
    probes: int,
    total: float,
    done: int | None = None,
) -> None:
    lines = [
        "## Regular expressions against catastrophic backtracking",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"`benchmarks/bench_regex.py` ({total:.0f} s, CPU times): {len(found)} compiled patterns found in newsmodel's "
        f"modules{' whose name holds ' + repr(args.module) if args.module else ''}, {probes:,} timed probes on "
        f"pumped strings up to {args.max_length * 2:,} characters: {len(found) - matched} patterns searched "
        f"(search + findall), {matched} that the package only ever matches at a position (its sources read for "
        "every use of the name) timed with match + fullmatch at the string's start. A pattern is flagged when its "
        "time grows by more than 2.5× per doubling at the two largest sizes (confirmed by a second, longer "
        "series), or runs out of the budget on a short string.",
        "",
    ]
    if done is not None:
        lines[-1:] = ["", f"**Partial**: written after {done} of the {len(found)} patterns.", ""]
    if not flagged:
        lines.append("No pattern flagged.")
    else:
        lines += [
            "| pattern | called as | verdict | pump | then | sizes → seconds |",
            "|---|---|---|---|---|---|",
        ]
        for where, call, kind, unit, killer, series in flagged:
            timings = ", ".join(f"{n:,}: {s:.3f}" for n, s in series[-3:])
            lines.append(f"| `{where}` | {call} | {kind} | `{unit!r}` | `{killer!r}` | {timings} |")
    lines.append("")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines), encoding="utf-8")
    if done is None:
        print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
