"""Size limits on input, so that no input makes a parser do unbounded work.

This is the one place for limits: every reader (``from_html``, ``from_text``,
``from_markdown``, ``from_json``) takes ``limits=`` and checks its input against a
:class:`Limits` before parsing, and raises :class:`~newsmodel.InputTooLargeError` past it.
(Structural caps that protect a parser rather than bound the input, such as the HTML
nesting check, live with their parser.) The defaults let through every real page
(the largest news pages are a few megabytes) with a wide margin; pass your own to change
them::

    import newsmodel as nm
    nm.from_html(page, limits=nm.Limits(max_input_bytes=200_000_000))
"""

from __future__ import annotations

from typing import Any

import attrs

from ._errors import InputTooLargeError

__all__ = ["DEFAULT_LIMITS", "Limits", "check_size"]


def _positive(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError(f"Limits.{attribute.name}: expected a positive integer, got {value!r}")


@attrs.frozen
class Limits:
    """How much input a reader accepts."""

    #: The largest input, in bytes (UTF-8 bytes for str input), that a reader accepts.
    max_input_bytes: int = attrs.field(default=100_000_000, validator=_positive)


DEFAULT_LIMITS = Limits()


def check_size(data: str | bytes, format: str, limits: Limits | None) -> None:  # noqa: A002 - the format's name
    """Raise InputTooLargeError when ``data`` is larger than the limit."""
    limit = (limits or DEFAULT_LIMITS).max_input_bytes
    # A str has at least len() and at most 4 * len() UTF-8 bytes: only encode when in doubt.
    size = len(data)
    if isinstance(data, str) and size <= limit < 4 * size:
        size = len(data.encode("utf-8", errors="surrogatepass"))
    if size > limit:
        raise InputTooLargeError(
            f"{format} input is {size:,} bytes, past the limit of {limit:,} bytes "
            f"(raise it with limits=newsmodel.Limits(max_input_bytes=...))",
            format=format,
        )
