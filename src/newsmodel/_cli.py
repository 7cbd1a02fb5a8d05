"""The ``newsmodel`` command line: convert between formats, inspect an article, print the schema."""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._batch import iter_items, output_name, run_batch, write_failures
from ._errors import NewsmodelError, UnsupportedFormatError
from ._formats import from_html, from_markdown, from_text, to_html, to_markdown, to_text
from ._json import from_json, to_json
from ._model import Article
from ._schema import json_schema
from ._version import __version__

__all__ = ["FORMATS", "guess_format", "main"]

#: Readers by format name: each takes the input's bytes.
READERS: dict[str, Callable[[bytes], Article]] = {
    "json": from_json,
    "markdown": lambda data: from_markdown(_decode(data)),
    "html": from_html,
    "text": lambda data: from_text(_decode(data)),
}
#: Writers by format name.
WRITERS: dict[str, Callable[[Article], str]] = {
    "json": to_json,
    "markdown": to_markdown,
    "html": to_html,
    "text": to_text,
}
FORMATS = tuple(READERS)
_ALIASES = {"md": "markdown", "txt": "text", "htm": "html", "plain": "text"}
_EXTENSIONS = {
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
}
_SUFFIX = {"json": ".json", "markdown": ".md", "html": ".html", "text": ".txt"}

EXIT_OK = 0
EXIT_INPUT = 1  # the input could not be read or converted
EXIT_USAGE = 2  # bad arguments (argparse's own code)

_EPILOG = """\
examples:
  newsmodel convert article.html --to markdown          # Markdown on stdout
  newsmodel convert article.txt --to json -o article.json
  newsmodel convert pages/ --to json -o articles.jsonl   # a batch, on all cores
  newsmodel convert 'crawl/*.warc.gz' --to markdown -o out/  # HTML responses of WARC files
  curl -s https://example.com/story | newsmodel convert - --from html --to json
  newsmodel inspect article.json                        # headline, authors, quotes ...
  newsmodel schema > article.schema.json                # the JSON Schema
"""


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def _format_name(name: str) -> str:
    name = name.lower()
    name = _ALIASES.get(name, name)
    if name not in READERS:
        raise UnsupportedFormatError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}")
    return name


def guess_format(path: str | None, data: bytes) -> str:
    """Guess an input's format from its file extension, then from its first characters."""
    if path and path != "-":
        found = _EXTENSIONS.get(Path(path).suffix.lower())
        if found:
            return found
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return "json"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta", b"<!--")):
        return "html"
    if head.startswith((b"---\n", b"---\r\n", b"# ")) or b"\n## " in head or b"](http" in head:
        return "markdown"
    if head.startswith(b"<"):
        return "html"
    return "text"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmodel",
        description="Convert news articles between HTML, plain text, Markdown and JSON.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsmodel {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    convert = commands.add_parser(
        "convert",
        help="convert an article to another format",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    convert.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, directories, glob patterns, WARC files, or - for stdin"
    )
    convert.add_argument("--to", required=True, help=f"output format: {', '.join(FORMATS)}")
    convert.add_argument("--from", dest="source", help="input format, or warc (guessed from the extension and content)")
    convert.add_argument("--url", help="the page's URL, for resolving links in HTML")
    convert.add_argument(
        "-o",
        "--output",
        default="-",
        help="output file, directory (for several inputs), a .jsonl file, or - for standard output (default)",
    )
    convert.add_argument("-j", "--jobs", type=int, default=None, help="worker processes for several inputs (all cores)")
    convert.add_argument("--failures", metavar="FILE", help="write the inputs that failed, as JSON Lines, to FILE")
    convert.add_argument("--no-quotes", action="store_true", help="do not look for quotes (structure alone, faster)")

    inspect = commands.add_parser("inspect", help="print a short summary of an article")
    inspect.add_argument("input", help="input file, or - for standard input")
    inspect.add_argument("--from", dest="source", help="input format (guessed from the extension and content)")
    inspect.add_argument("--url", help="the page's URL, for resolving links in HTML")
    inspect.add_argument("--no-quotes", action="store_true", help="do not look for quotes (structure alone, faster)")

    commands.add_parser("schema", help="print the JSON Schema of the JSON format")
    return parser


def _read(path: str, stdin: TextIO) -> bytes:
    if path == "-":
        return stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    return Path(path).read_bytes()


def read_input(data: bytes, name: str, *, url: str | None = None, quotes: bool = True) -> Article:
    """Read one input's bytes in format ``name`` (``url`` for HTML; ``quotes=False``: structure alone)."""
    if name == "html":
        return from_html(data, url=url, quotes=quotes)
    if name == "markdown":
        return from_markdown(_decode(data), quotes=quotes)
    if name == "text":
        return from_text(_decode(data), quotes=quotes)
    return READERS[name](data)


def _load(path: str, source: str | None, url: str | None, stdin: TextIO, *, quotes: bool = True) -> Article:
    data = _read(path, stdin)
    name = _format_name(source) if source else guess_format(path, data)
    return read_input(data, name, url=url, quotes=quotes)


def _write(text: str, output: str, stdout: TextIO) -> None:
    if output == "-":
        stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        Path(output).write_text(text, encoding="utf-8")


def _is_single(inputs: Sequence[str], source: str | None) -> bool:
    if len(inputs) != 1 or source == "warc":
        return False
    spec = inputs[0]
    if spec == "-":
        return True
    path = Path(spec)
    return (
        not path.is_dir()
        and not spec.lower().endswith((".warc", ".warc.gz"))
        and (path.exists() or not glob.has_magic(spec))
    )


def _convert_batch(
    args: argparse.Namespace, target: str, source: str | None, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    """Convert several inputs: JSON Lines to a stream or file, or one file each into a directory."""
    output: str = args.output
    jsonl = output.endswith(".jsonl") or (output == "-" and target == "json")
    if output == "-" and not jsonl:
        print("newsmodel: several inputs: give -o DIRECTORY, or --to json for JSON Lines", file=stderr)
        return EXIT_USAGE
    items = iter_items(args.inputs, source=args.source or source, stdin=getattr(stdin, "buffer", None))
    jobs = args.jobs or os.cpu_count() or 1
    progress = stderr if stderr.isatty() else None
    options: dict[str, Any] = {"jobs": jobs, "url": args.url, "quotes": not args.no_quotes, "progress": progress}
    with contextlib.ExitStack() as stack:
        write: Callable[[str, str], None]
        if jsonl:
            stream = stdout if output == "-" else stack.enter_context(open(output, "w", encoding="utf-8"))

            def write(name: str, text: str) -> None:
                stream.write(text + "\n")

            summary = run_batch(items, target="jsonl", write=write, **options)
        else:
            directory = Path(output)
            directory.mkdir(parents=True, exist_ok=True)
            used: set[str] = set()

            def write(name: str, text: str) -> None:
                filename = output_name(name, _SUFFIX[target])
                stem, suffix = os.path.splitext(filename)
                counter = 1
                while filename in used:
                    counter += 1
                    filename = f"{stem}-{counter}{suffix}"
                used.add(filename)
                (directory / filename).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")

            summary = run_batch(items, target=target, write=write, **options)
    if args.failures:
        write_failures(args.failures, summary.failures)
    print(summary.describe(), file=stderr)
    return EXIT_OK if not summary.failures else EXIT_INPUT


def summarize(article: Article) -> str:
    """A short human summary: headline, authors, dates, sections, quotes with speakers."""
    out = [f"headline:   {article.headline or '(none)'}"]
    if article.alternative_headline:
        out.append(f"dek:        {article.alternative_headline}")
    out.append(f"authors:    {', '.join(p.name for p in article.authors) or '(none)'}")
    if article.publisher:
        out.append(f"publisher:  {article.publisher.name}")
    out.append(f"published:  {article.date_published.isoformat() if article.date_published else '(unknown)'}")
    if article.date_modified:
        out.append(f"modified:   {article.date_modified.isoformat()}")
    if article.categories:
        out.append(f"categories: {', '.join(article.categories)}")
    words = len(article.text.split())
    out.append(f"body:       {len(article.sections)} section(s), {words} words")
    for section in article.sections:
        if section.heading:
            out.append(f"  {'#' * section.level} {section.heading}")
    out.append(f"quotes:     {len(article.quotes)}")
    for quote in article.quotes:
        who = (quote.speaker.name or quote.speaker.mention) if quote.speaker else "?"
        text = quote.text if len(quote.text) <= 80 else quote.text[:77] + "..."
        out.append(f"  {who}: “{text}”" + (f" ({quote.cue})" if quote.cue else ""))
    if article.attributions:
        out.append(f"attributions: {len(article.attributions)}")
    if article.related_posts:
        out.append(f"related:    {len(article.related_posts)} post(s)")
    return "\n".join(out) + "\n"


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line with ``argv``; return the exit code (0 ok, 1 bad input, 2 usage)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command is None:
        parser.print_help(stdout)
        return EXIT_USAGE
    try:
        if args.command == "schema":
            _write(json.dumps(json_schema(), indent=2, ensure_ascii=False), "-", stdout)
        elif args.command == "inspect":
            _write(summarize(_load(args.input, args.source, args.url, stdin, quotes=not args.no_quotes)), "-", stdout)
        else:
            target = _format_name(args.to)
            source = None if args.source is None or args.source == "warc" else _format_name(args.source)
            if _is_single(args.inputs, args.source):
                article = _load(args.inputs[0], source, args.url, stdin, quotes=not args.no_quotes)
                _write(WRITERS[target](article), args.output, stdout)
            else:
                return _convert_batch(args, target, source, stdin, stdout, stderr)
    except NewsmodelError as error:
        where = args.input if hasattr(args, "input") else args.inputs[0] if hasattr(args, "inputs") else ""
        print(f"newsmodel: {where}: {error}", file=stderr)
        return EXIT_INPUT
    except OSError as error:
        print(f"newsmodel: {error.filename or ''}: {error.strerror or error}", file=stderr)
        return EXIT_INPUT
    return EXIT_OK
