"""Shared pieces of the robustness tests (``test_robust_*.py``): no tests of its own.

The readers under test, how to tell "not available yet" from a pass, the rule for which
exceptions a reader may raise, a guard that turns a hang into a failure, the evaluation
pages (read by path, never copied), and strategies for hostile input.
"""

from __future__ import annotations

import gzip
import os
import random
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import strategies as st

import newsmodel as nm
from tests.conftest import DATA

#: Each reader by its format name, called the way a user calls it.
READERS: dict[str, Callable[..., nm.Article]] = {
    "html": nm.from_html,
    "text": nm.from_text,
    "markdown": nm.from_markdown,
    "json": nm.from_json,
}
#: The readers that take bytes as well as str.
BYTES_READERS = ("html", "json")
#: A small valid input for each reader: used to warm it up and to see whether it is there yet.
SAMPLES: dict[str, str] = {
    "html": "<html><head><title>T</title></head><body><article><h1>T</h1><p>One.</p></article></body></html>",
    "text": "Headline\n\nFirst paragraph.\n",
    "markdown": "# Headline\n\nFirst paragraph.\n",
    "json": '{"headline": "Headline"}',
}

#: A call that runs longer than this is a hang: generous, so that it never fires on a slow
#: machine for a real reason, but it turns an endless loop into a failure with a traceback.
HANG_SECONDS = float(os.environ.get("NEWSMODEL_HANG_SECONDS", "60"))


@cache
def available(name: str) -> bool:
    """Whether a reader is implemented (the stubs raise UnsupportedFormatError)."""
    try:
        READERS[name](SAMPLES[name])
    except nm.UnsupportedFormatError:
        return False
    except Exception:  # a broken reader is there: let the tests say how it is broken
        return True
    return True


def needs(name: str) -> pytest.MarkDecorator:
    """Skip a test until its reader has landed (never count a stub as a pass)."""
    return pytest.mark.skipif(not available(name), reason=f"from_{name} not available yet (UnsupportedFormatError)")


def writer_available(name: str) -> bool:
    """Whether ``to_<name>`` is implemented."""
    writer = {"html": nm.to_html, "text": nm.to_text, "markdown": nm.to_markdown, "json": nm.to_json}[name]
    try:
        writer(nm.Article(headline="x"))
    except nm.UnsupportedFormatError:
        return False
    return True


class Hang(AssertionError):
    """A reader ran past ``HANG_SECONDS`` on one input."""


#: How many times ``seconds`` of wall time the guard allows when the block waits rather than works.
WALL_FACTOR = 4


@contextmanager
def hang_guard(seconds: float = HANG_SECONDS) -> Iterator[None]:
    """Raise Hang in the main thread when the block spends more than ``seconds`` of CPU time (the work of a
    hang or of super-linear code, whatever else the machine is doing), or more than ``WALL_FACTOR`` times
    that of wall time (a block that waits instead of working)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def alarm(signum: int, frame: FrameType | None) -> None:
        cpu = signum == signal.SIGPROF
        spent = f"{seconds:.0f} s of CPU" if cpu else f"{seconds * WALL_FACTOR:.0f} s of wall-clock"
        raise Hang(f"still running after {spent} time: a hang or super-linear work")

    previous_cpu = signal.signal(signal.SIGPROF, alarm)
    previous_wall = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds * WALL_FACTOR)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGPROF, previous_cpu)
        signal.signal(signal.SIGALRM, previous_wall)


def read(name: str, data: Any, *, seconds: float = HANG_SECONDS, **kwargs: Any) -> nm.Article | nm.NewsmodelError:
    """Run a reader on hostile input; return the article or the documented error it raised.

    Fails on anything else: another exception (RecursionError, IndexError, a bare
    ValueError ...), a hang, UnsupportedFormatError from a reader that is there, an error
    without a message, a ParseError naming another format, or an article that cannot be
    written to JSON and read back equal (what a reader returns must be storable).
    """
    try:
        with hang_guard(seconds):
            article = READERS[name](data, **kwargs)
    except nm.UnsupportedFormatError as error:
        raise AssertionError(f"from_{name} raised UnsupportedFormatError on input: {error}") from error
    except nm.NewsmodelError as error:
        check_error(name, error)
        return error
    assert isinstance(article, nm.Article), f"from_{name} returned {type(article).__name__}"
    assert nm.from_json(nm.to_json(article)) == article, "the article read does not survive JSON"
    return article


def check_error(name: str, error: nm.NewsmodelError) -> None:
    """A documented error has a message, and a ParseError names the reader's format."""
    assert str(error), f"{type(error).__name__} without a message"
    if isinstance(error, nm.ParseError):
        assert error.format == name, f"ParseError.format is {error.format!r}, expected {name!r}"


# --------------------------------------------------------------------------- evaluation pages

HTML_SETS = ("zyte-aeb", "naeb", "fundus-en", "fundus-acl")


@cache
def page_paths() -> tuple[Path, ...]:
    """Every gzipped page under the data folder (HTML sets and readability-pages sources)."""
    paths: list[Path] = []
    for name in HTML_SETS:
        paths.extend(sorted((DATA / name / "html").glob("*.html.gz")))
    paths.extend(sorted((DATA / "readability-pages").glob("*/source.html.gz")))
    return tuple(paths)


def page_bytes(path: Path) -> bytes:
    """One page's bytes, read at test time."""
    return gzip.decompress(path.read_bytes())


def page_text(path: Path) -> str:
    """One page as text (UTF-8, bad bytes replaced): for readers that take str."""
    return page_bytes(path).decode("utf-8", errors="replace")


def pages() -> st.SearchStrategy[Path]:
    """A page path (the test is marked ``data`` and skips without the folder)."""
    paths = page_paths()
    if not paths:
        return st.nothing()
    return st.sampled_from(paths)


# --------------------------------------------------------------------------- hostile input

_TAG = re.compile(rb"<[^<>]{0,200}>")

#: Characters parsers trip on: NUL and C0/C1 controls, BOMs, separators, bidi controls,
#: a lone surrogate (possible in a Python str), combining marks, quote marks of all kinds.
NASTY = (
    "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x80\x85\x9f\ufeff\ufffe\uffff\u2028\u2029\u200b\u200d"
    "\u202e\u2066\ud800\udfff\u0301\u0308\u20dd\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u300c\u300d"
    "\"'`\t\r\n "
)

#: Pieces of each format's syntax, for inputs that are nearly well formed.
TOKENS: dict[str, tuple[str, ...]] = {
    "html": (
        "<html>",
        "<head>",
        "<body>",
        "<article>",
        "</article>",
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<br>",
        "<h1>",
        "</h1>",
        "<h2>",
        "<h3>",
        "</h3>",
        "<ul>",
        "<ol start=99999999999>",
        "<li>",
        "</li>",
        "<table>",
        "<tr>",
        "<td>",
        "<th>",
        "<blockquote>",
        "<figure>",
        "<figcaption>",
        "<img src=x>",
        "<pre><code>",
        "</code></pre>",
        "<a href='",
        "'>",
        "</a>",
        "<em>",
        "<strong>",
        "<script>",
        "</script>",
        "<style>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<!DOCTYPE html>",
        "<meta charset=utf-16>",
        "<meta charset='latin-1'>",
        '<meta property="og:title" content="',
        '<meta name="author" content="',
        '<meta property="article:published_time" content="',
        '<script type="application/ld+json">',
        '{"@type":"NewsArticle","headline":',
        '"author":[',
        "<time datetime='",
        "<base href='",
        "<link rel=canonical href='",
        "javascript:",
        "http://",
        "&amp;",
        "&#0;",
        "&#x110000;",
        "&nbsp;",
        "&quot;",
        "<svg>",
        "<math>",
        "<template>",
        "<noscript>",
        "<textarea>",
        "<plaintext>",
        "<aside>",
        "<nav>",
        "<header>",
        "<footer>",
        "<section>",
        "<main>",
        "said",
        "according to",
        "\u201c",
        "\u201d",
    ),
    "text": (
        "\n",
        "\n\n",
        "\n\n\n",
        "#",
        "# ",
        "## ",
        "* ",
        "- ",
        "1. ",
        "> ",
        "| ",
        "---",
        "===",
        "By ",
        "UPDATED",
        "Published ",
        "2024-01-01",
        "said",
        "according to",
        "\u201c",
        "\u201d",
        '"',
        "'",
        "\u2014",
        "   ",
        "\t",
        "WASHINGTON (AP) \u2014 ",
        "http://",
        "Related:",
        "Advertisement",
    ),
    "markdown": (
        "\n",
        "\n\n",
        "---\n",
        "+++\n",
        "# ",
        "## ",
        "###### ",
        "####### ",
        "> ",
        ">",
        "- ",
        "* ",
        "+ ",
        "1. ",
        "99999999999. ",
        "  ",
        "    ",
        "\t",
        "```",
        "```python\n",
        "~~~",
        "`",
        "**",
        "*",
        "_",
        "__",
        "[",
        "]",
        "](",
        ")",
        "![",
        "<",
        ">",
        "<div>",
        "</div>",
        "<!--",
        "|",
        "| --- |",
        "|---|",
        "\\",
        "&amp;",
        "&#0;",
        "[^1]",
        "[x]: http://a",
        "<http://a>",
        "title: ",
        "date: ",
        "authors: [",
        "!!python/object ",
        "&a ",
        "*a",
        "{",
        "}",
        ":",
        "said",
        "\u201c",
        "\u201d",
        '"',
        "'",
    ),
    "json": (
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        '"',
        "null",
        "true",
        "1",
        "-1",
        "1e999",
        "NaN",
        '"schema_version"',
        '"headline"',
        '"sections"',
        '"blocks"',
        '"type"',
        '"paragraph"',
        '"list"',
        '"items"',
        '"children"',
        '"text"',
        '"marks"',
        '"start"',
        '"end"',
        '"quotes"',
        '"locations"',
        '"date_published"',
        '"url"',
        '"http://a"',
        '"2024-01-01"',
        "\\u0000",
        "\\ud800",
        "\\",
        "9" * 30,
    ),
}


def structured_text(name: str, max_size: int = 60) -> st.SearchStrategy[str]:
    """Text made of a format's syntax, nasty characters and random bits."""
    piece = st.one_of(
        st.sampled_from(TOKENS[name]),
        st.text(alphabet=NASTY, max_size=3),
        st.text(max_size=8),
        st.sampled_from(["word", "Word", "two words", "A sentence. ", "x" * 40]),
    )
    return st.lists(piece, max_size=max_size).map("".join)


def any_text() -> st.SearchStrategy[str]:
    """Any str, lone surrogates included."""
    return st.text(st.characters(exclude_categories=()), max_size=300)


def encodings_of(text: str, how: str) -> bytes:
    """The text's bytes in a wrong or awkward encoding."""
    if how == "utf-16":  # with BOM
        return text.encode("utf-16", errors="surrogatepass")
    if how == "utf-16-le":  # without BOM
        return text.encode("utf-16-le", errors="surrogatepass")
    if how == "utf-16-be":
        return text.encode("utf-16-be", errors="surrogatepass")
    if how == "utf-32":
        return text.encode("utf-32", errors="surrogatepass")
    if how == "latin-1-as-utf-8":
        return ('<meta charset="utf-8">' + text).encode("latin-1", errors="replace")
    if how == "cp1252":
        return text.encode("cp1252", errors="replace")
    if how == "mixed":
        half = len(text) // 2
        return text[:half].encode("utf-8", errors="surrogatepass") + text[half:].encode("latin-1", errors="replace")
    if how == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8", errors="surrogatepass")
    raise ValueError(how)


ENCODINGS = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1-as-utf-8", "cp1252", "mixed", "utf-8-bom")


def corrupt(data: bytes, seed: int, operations: tuple[str, ...]) -> bytes:
    """Damage a page: each operation applied once, positions from ``seed``."""
    rng = random.Random(seed)
    out = bytearray(data)
    for operation in operations:
        if not out:
            break
        if operation == "cut":
            del out[rng.randrange(len(out)) :]
        elif operation == "cut-start":
            del out[: rng.randrange(len(out))]
        elif operation == "delete-tags":
            tags = list(_TAG.finditer(out))
            for match in sorted(rng.sample(tags, min(len(tags), rng.randint(1, 200))), key=lambda m: -m.start()):
                del out[match.start() : match.end()]
        elif operation == "flip-bytes":
            for _ in range(rng.randint(1, 64)):
                out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        elif operation == "nul-and-controls":
            for _ in range(rng.randint(1, 64)):
                out.insert(rng.randrange(len(out) + 1), rng.choice(b"\x00\x01\x08\x0b\x0c\x1b\x7f"))
        elif operation == "duplicate-slice":
            start = rng.randrange(len(out))
            out[start:start] = out[start : start + rng.randint(1, 5000)]
        elif operation == "shuffle-lines":
            lines = bytes(out).split(b"\n")
            rng.shuffle(lines)
            out = bytearray(b"\n".join(lines))
        else:
            raise ValueError(operation)
    return bytes(out)


CORRUPTIONS = ("cut", "cut-start", "delete-tags", "flip-bytes", "nul-and-controls", "duplicate-slice", "shuffle-lines")


def corruptions() -> st.SearchStrategy[tuple[str, ...]]:
    """One to three damaging operations, in order."""
    return st.lists(st.sampled_from(CORRUPTIONS), min_size=1, max_size=3).map(tuple)
