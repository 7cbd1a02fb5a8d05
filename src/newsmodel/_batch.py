"""Converting many articles at once: inputs, worker processes, sinks, and the summary.

The batch streams: inputs are listed lazily (files, directories, globs, WARC records),
handed to worker processes a small window at a time, and each result is written as soon
as it arrives, so memory stays flat however many pages there are. A page that fails is
recorded and the batch goes on; the summary at the end lists the failures.
"""

from __future__ import annotations

import glob
import itertools
import json
import multiprocessing
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

import attrs

from ._errors import NewsmodelError, UnsupportedFormatError
from ._model import Article

__all__ = ["Failure", "Item", "Summary", "iter_items", "run_batch"]

#: File extensions a directory walk picks up, with the format each one means.
INPUT_EXTENSIONS = {
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".gz": "gzip",
    ".warc": "warc",
}
#: How many tasks each worker holds at once: enough to keep it busy, few enough to keep
#: memory flat when inputs are large WARC records.
WINDOW_PER_WORKER = 8


@attrs.frozen
class Item:
    """One input: a file to read, or bytes already read (stdin, a WARC record)."""

    #: How the input is named in messages and output file names.
    name: str
    path: str | None = None
    data: bytes | None = None
    #: The page's URL, when known (a WARC record's target URI).
    url: str | None = None
    #: The input format, when known; otherwise guessed from name and content.
    format: str | None = None


@attrs.frozen
class Failure:
    """An input that could not be converted, and why."""

    name: str
    error: str


@attrs.frozen
class Summary:
    """What a batch did."""

    pages: int
    failures: tuple[Failure, ...]
    seconds: float

    @property
    def converted(self) -> int:
        return self.pages - len(self.failures)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def describe(self) -> str:
        lines = [
            f"{self.pages} input(s), {self.converted} converted, {len(self.failures)} failed, "
            f"{self.seconds:.1f} s, {self.pages_per_second:.1f} pages/s"
        ]
        for failure in self.failures[:20]:
            lines.append(f"  failed: {failure.name}: {failure.error}")
        if len(self.failures) > 20:
            lines.append(f"  ... and {len(self.failures) - 20} more")
        return "\n".join(lines)


def iter_items(inputs: Sequence[str], *, source: str | None = None, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """List the inputs lazily: files, directories (walked), globs, ``-`` (stdin), WARC files."""
    for spec in inputs:
        if spec == "-":
            data = stdin.read() if stdin is not None else sys.stdin.buffer.read()
            yield Item("<stdin>", data=data, format=source)
            continue
        paths: Iterable[str]
        if os.path.isdir(spec):
            paths = _walk(spec)
        elif glob.has_magic(spec) and not os.path.exists(spec):
            matches = sorted(glob.iglob(spec, recursive=True))
            if not matches:
                raise FileNotFoundError(2, "no file matches the pattern", spec)
            paths = (path for path in matches if os.path.isfile(path))
        else:
            paths = (spec,)
        for path in paths:
            if source == "warc" or _is_warc(path):
                yield from iter_warc(path)
            else:
                yield Item(path, path=path, format=source)


def _walk(directory: str) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if _input_format(name) is not None:
                yield os.path.join(root, name)


def _input_format(name: str) -> str | None:
    lowered = name.lower()
    if lowered.endswith((".warc.gz", ".warc")):
        return "warc"
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return INPUT_EXTENSIONS.get(os.path.splitext(lowered)[1])


def _is_warc(path: str) -> bool:
    return path.lower().endswith((".warc", ".warc.gz"))


def iter_warc(path: str) -> Iterator[Item]:
    """Yield the HTML responses of a WARC file (needs the ``warc`` extra: warcio)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:  # pragma: no cover - depends on the extra
        raise UnsupportedFormatError("reading WARC files needs warcio: pip install 'newsmodel[warc]'") from None
    with open(path, "rb") as stream:
        for index, record in enumerate(ArchiveIterator(stream)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in content_type:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield Item(f"{path}#{index}", data=record.content_stream().read(), url=url, format="html")


def _read(item: Item) -> bytes:
    if item.data is not None:
        return item.data
    assert item.path is not None
    data = Path(item.path).read_bytes()
    if item.path.lower().endswith(".gz"):
        import gzip

        data = gzip.decompress(data)
    return data


def _format_of(item: Item, data: bytes) -> str:
    from ._cli import guess_format

    if item.format:
        return item.format
    name = item.path or item.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return guess_format(name, data)


def convert_item(
    item: Item, target: str, url: str | None = None, quotes: bool = True
) -> tuple[str, str | None, str | None]:
    """Convert one input; return (name, output, error message). Runs in a worker process."""
    from ._cli import WRITERS, read_input

    try:
        data = _read(item)
        article: Article = read_input(data, _format_of(item, data), url=item.url or url, quotes=quotes)
        if target == "jsonl":
            from ._json import to_json

            return item.name, to_json(article, indent=None), None
        return item.name, WRITERS[target](article), None
    except NewsmodelError as error:
        return item.name, None, f"{type(error).__name__}: {error}"
    except OSError as error:
        return item.name, None, f"{error.strerror or error}"
    except Exception as error:
        return item.name, None, f"unexpected {type(error).__name__}: {error}"


def _convert_task(task: tuple[Item, str, str | None, bool]) -> tuple[str, str | None, str | None]:
    return convert_item(*task)


def run_batch(
    items: Iterable[Item],
    *,
    target: str,
    write: Callable[[str, str], None],
    jobs: int = 1,
    url: str | None = None,
    quotes: bool = True,
    progress: IO[str] | None = None,
) -> Summary:
    """Convert every item to ``target`` and pass each output to ``write(name, output)``.

    Args:
        items: the inputs (see :func:`iter_items`).
        target: an output format name, or ``"jsonl"`` for one-line JSON.
        write: called in the main process with each item's name and output, in input order.
        jobs: worker processes; 1 converts in this process.
        url: the URL for a single HTML input without one.
        quotes: look for quotes and attributions (``False``: the structure alone).
        progress: a terminal stream to draw a progress line on, or None.
    """
    started = time.perf_counter()
    failures: list[Failure] = []
    pages = 0
    tasks = ((item, target, url, quotes) for item in items)
    if jobs <= 1:
        results: Iterator[tuple[str, str | None, str | None]] = map(_convert_task, tasks)
        pages, failures = _drain(results, write, progress, started)
    else:
        with multiprocessing.get_context().Pool(jobs) as pool:
            window = jobs * WINDOW_PER_WORKER

            def windows() -> Iterator[tuple[str, str | None, str | None]]:
                iterator = iter(tasks)
                while chunk := list(itertools.islice(iterator, window)):
                    yield from pool.imap(_convert_task, chunk)

            pages, failures = _drain(windows(), write, progress, started)
    if progress is not None:
        progress.write("\n")
    return Summary(pages, tuple(failures), time.perf_counter() - started)


def _drain(
    results: Iterator[tuple[str, str | None, str | None]],
    write: Callable[[str, str], None],
    progress: IO[str] | None,
    started: float,
) -> tuple[int, list[Failure]]:
    failures: list[Failure] = []
    pages = 0
    for name, output, error in results:
        pages += 1
        if error is not None or output is None:
            failures.append(Failure(name, error or "no output"))
        else:
            write(name, output)
        if progress is not None and (pages < 100 or pages % 25 == 0):
            elapsed = time.perf_counter() - started
            rate = pages / elapsed if elapsed > 0 else 0.0
            progress.write(f"\r{pages} pages, {len(failures)} failed, {rate:.1f} pages/s")
            progress.flush()
    return pages, failures


def output_name(name: str, suffix: str) -> str:
    """A file name for an input's output: its base name with the new suffix."""
    base = os.path.basename(name.split("#", 1)[0])
    for known in (".gz", *INPUT_EXTENSIONS):
        if base.lower().endswith(known):
            base = base[: -len(known)]
    if "#" in name:
        base += "-" + name.rsplit("#", 1)[1]
    base = re.sub(r"[^\w.-]+", "_", base) or "article"
    return base + suffix


def write_failures(path: str, failures: Sequence[Failure]) -> None:
    """Write failures as JSON Lines ({"input": ..., "error": ...})."""
    with open(path, "w", encoding="utf-8") as stream:
        for failure in failures:
            stream.write(json.dumps({"input": failure.name, "error": failure.error}, ensure_ascii=False) + "\n")
