"""Fuzzing every reader: random and nearly-valid input, damaged real pages, wrong encodings.

Whatever comes in, a reader returns an article (that survives JSON) or raises one of the
library's documented errors with a message; never another exception, never a hang.
`benchmarks/fuzz.py` runs the same inputs for minutes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel as nm
from newsmodel.strategies import articles
from tests.test_robust_support import (
    BYTES_READERS,
    ENCODINGS,
    READERS,
    any_text,
    corrupt,
    corruptions,
    encodings_of,
    needs,
    page_bytes,
    page_text,
    pages,
    read,
    structured_text,
)

ALL = [pytest.param(name, marks=needs(name)) for name in READERS]
STR_ONLY = [pytest.param(name, marks=needs(name)) for name in READERS if name not in BYTES_READERS]
WITH_BYTES = [pytest.param(name, marks=needs(name)) for name in BYTES_READERS]

# Damaged pages are large: fewer examples, and Hypothesis must not complain about their size.
PAGE_SETTINGS = settings(
    max_examples=max(10, settings().max_examples // 4),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


@pytest.mark.parametrize("name", ALL)
@given(text=any_text())
def test_random_text(name: str, text: str) -> None:
    read(name, text)


@pytest.mark.parametrize("name", ALL)
@given(data=st.data())
def test_nearly_valid_text(name: str, data: st.DataObject) -> None:
    read(name, data.draw(structured_text(name)))


@pytest.mark.parametrize("name", WITH_BYTES)
@given(raw=st.binary(max_size=500))
def test_random_bytes(name: str, raw: bytes) -> None:
    read(name, raw)


@pytest.mark.parametrize("name", ALL)
@given(data=st.data(), how=st.sampled_from(ENCODINGS))
def test_wrong_encodings(name: str, data: st.DataObject, how: str) -> None:
    raw = encodings_of(data.draw(structured_text(name)), how)
    if name in BYTES_READERS:
        read(name, raw)
    else:  # a str reader meets wrong encodings as mojibake: bytes decoded with the wrong codec
        read(name, raw.decode("latin-1"))
        read(name, raw.decode("utf-8", errors="surrogateescape"))


@pytest.mark.parametrize("name", ALL)
@given(data=st.data(), seed=st.integers(0, 2**32), operations=corruptions())
@settings(max_examples=max(10, settings().max_examples // 2))
def test_damaged_documents_of_the_format(
    name: str, data: st.DataObject, seed: int, operations: tuple[str, ...]
) -> None:
    """Valid documents written by the library's own writers, then damaged."""
    writer = {"html": nm.to_html, "text": nm.to_text, "markdown": nm.to_markdown, "json": nm.to_json}[name]
    try:
        document = writer(data.draw(articles()))
    except nm.UnsupportedFormatError:
        pytest.skip(f"to_{name} not available yet")
    damaged = corrupt(document.encode("utf-8"), seed, operations)
    read(name, damaged if name in BYTES_READERS else damaged.decode("utf-8", errors="replace"))


@pytest.mark.data
@pytest.mark.parametrize("name", ALL)
@PAGE_SETTINGS
@given(path=pages(), seed=st.integers(0, 2**32), operations=corruptions())
def test_damaged_real_pages(name: str, path: Path, seed: int, operations: tuple[str, ...]) -> None:
    """Real pages cut, stripped of tags, with bytes flipped and controls inserted."""
    damaged = corrupt(page_bytes(path), seed, operations)
    read(name, damaged if name in BYTES_READERS else damaged.decode("utf-8", errors="replace"))


@pytest.mark.data
@pytest.mark.parametrize("name", WITH_BYTES)
@PAGE_SETTINGS
@given(path=pages(), how=st.sampled_from(ENCODINGS))
def test_real_pages_in_wrong_encodings(name: str, path: Path, how: str) -> None:
    read(name, encodings_of(page_text(path), how))


@pytest.mark.data
@needs("html")
def test_every_real_page_reads() -> None:
    """No page of the evaluation data makes from_html fail (they are all real news pages)."""
    from tests.test_robust_support import page_paths

    failures = []
    for path in page_paths():
        result = read("html", page_bytes(path))
        if isinstance(result, nm.NewsmodelError):
            failures.append(f"{path}: {type(result).__name__}: {result}")
    assert not failures, "\n".join(failures[:20])


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        "\x00" * 10_000,
        "\ufeff",
        "\ud800",
        "\r" * 1000,
        "\n" * 10_000,
        "\u2028\u2029" * 1000,
        "\u0301" * 1000,
        "\u202e" + "a" * 100,
        "\t \x0b\x0c" * 1000,
        "\U0001f600" * 1000,
    ],
    ids=lambda text: f"{text[:3]!a}x{len(text)}",
)
def test_degenerate_inputs(name: str, text: str) -> None:
    read(name, text)
    if name in BYTES_READERS:
        read(name, text.encode("utf-8", errors="surrogatepass"))


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("value", [None, 1, 1.5, ["a"], {"a": 1}, object()])
def test_wrong_argument_type_is_a_type_error(name: str, value: object) -> None:
    with pytest.raises(TypeError):
        READERS[name](value)


@pytest.mark.parametrize("name", STR_ONLY)
def test_str_readers_refuse_bytes_with_a_type_error(name: str) -> None:
    with pytest.raises(TypeError):
        READERS[name](b"Headline\n\nText.\n")
