"""Every Python example in the docs runs, and the model page names every class and field."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

import newsmodel as nm

DOCS = Path(__file__).resolve().parents[1] / "docs"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _examples() -> list[tuple[str, int, str]]:
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for match in _BLOCK.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append((page.relative_to(DOCS).as_posix(), line, match.group(1)))
    return found


@pytest.mark.parametrize(("page", "line", "code"), _examples(), ids=lambda v: str(v)[:40])
def test_doc_example_runs(page: str, line: int, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    exec(compile(code, f"docs/{page}:{line}", "exec"), {"__name__": "__doc_example__"})


def test_model_page_names_every_class_and_field() -> None:
    text = (DOCS / "model.md").read_text(encoding="utf-8")
    for name in nm.__all__:
        value = getattr(nm, name)
        if isinstance(value, type) and attrs.has(value) and value.__module__ == "newsmodel._model":
            assert re.search(rf"\b{name}\b", text), name
            for field in attrs.fields(value):
                assert re.search(rf"\b{field.name}\b", text), f"{name}.{field.name}"
