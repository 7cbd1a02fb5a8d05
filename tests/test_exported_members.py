"""The public API is exactly what __all__ lists, sorted, and every name resolves."""

from __future__ import annotations

import newsmodel


def test_all_is_sorted_and_complete() -> None:
    assert newsmodel.__all__ == sorted(newsmodel.__all__)
    public = {name for name in dir(newsmodel) if not name.startswith("_")} - {"annotations", "strategies"}
    assert public == set(newsmodel.__all__) - {"__version__"}


def test_every_exported_name_resolves() -> None:
    for name in newsmodel.__all__:
        assert getattr(newsmodel, name) is not None


def test_the_contract_names_exist() -> None:
    for name in (
        "from_text",
        "from_html",
        "from_markdown",
        "from_json",
        "to_json",
        "to_markdown",
        "to_html",
        "to_text",
    ):
        assert callable(getattr(newsmodel, name))
    assert issubclass(newsmodel.NewsmodelError, Exception)
