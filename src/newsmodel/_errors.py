"""The exceptions newsmodel raises.

Every error the library raises on purpose derives from :class:`NewsmodelError`, and
where a builtin fits, from that builtin too, so that ``except ValueError`` also works::

    NewsmodelError
    ├── ModelError (ValueError)             an invalid value given to a model class
    ├── ParseError (ValueError)             input that a parser cannot read
    │   ├── JSONFormatError                 JSON that is not a newsmodel document
    │   └── InputTooLargeError              input past a configured size limit
    └── UnsupportedFormatError (ValueError) a format name that is unknown or not available
"""

from __future__ import annotations

__all__ = [
    "InputTooLargeError",
    "JSONFormatError",
    "ModelError",
    "NewsmodelError",
    "ParseError",
    "UnsupportedFormatError",
]


class NewsmodelError(Exception):
    """Root of every error newsmodel raises."""


class ModelError(NewsmodelError, ValueError):
    """A model class was given a value that breaks its rules.

    The message names the class, the field and what is wrong.

    Attributes:
        field: the name of the field at fault, when the error is about one field.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        super().__init__(message)


class ParseError(NewsmodelError, ValueError):
    """An input could not be read as an article.

    Attributes:
        format: the input format ("json", "html", "markdown", "text").
        path: where in the input the problem is (a field path such as
            ``sections[2].blocks[0].text``, or a line number), or None.
    """

    def __init__(self, message: str, *, format: str, path: str | None = None) -> None:  # noqa: A002 - mirrors the CLI's --from
        self.format = format
        self.path = path
        super().__init__(message)


class JSONFormatError(ParseError):
    """A JSON input is not valid JSON, or not a valid newsmodel document."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message, format="json", path=path)


class InputTooLargeError(ParseError):
    """An input is larger than the configured limit for its format."""


class UnsupportedFormatError(NewsmodelError, ValueError):
    """A format name is unknown, or the format cannot be read or written."""
