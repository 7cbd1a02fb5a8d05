"""The regex screen (benchmarks/bench_regex.py) times each pattern the way the package calls it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_regex.py"


@pytest.fixture(scope="module")
def screen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_regex_under_test", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


SOURCE = """
import re
_AT_CUE = re.compile(r"\\s*+said")
_ANYWHERE = re.compile(r"\\s*+told")
_HANDED = re.compile(r"\\s*+asked")
_COMPARED = re.compile(r"\\s*+noted")
_BUILT_ON = re.compile(r"\\s*+wrote")

def read(text, at):
    if _AT_CUE.match(text, at) or _AT_CUE.fullmatch(text, at, at + 9):
        return 1
    if _ANYWHERE.search(text) or _COMPARED.match(text, at):
        return 2
    found = _COMPARED.match(text)
    return found is not None and found.re is _COMPARED

def helper(pattern, text):
    return pattern.search(text)

def hand(text):
    return helper(_HANDED, text) or _HANDED.match(text)

_LONGER = re.compile(_BUILT_ON.pattern + "x")
"""


def test_only_matched_patterns_are_timed_at_a_position(screen: ModuleType) -> None:
    used = screen.uses([SOURCE])
    assert screen.anchored("pkg.mod._AT_CUE", used)
    assert screen.anchored("pkg.mod._COMPARED", used)  # "found.re is _COMPARED" runs nothing
    assert not screen.anchored("pkg.mod._ANYWHERE", used)  # searched
    assert not screen.anchored("pkg.mod._HANDED", used)  # handed to a function: searched there, for all we know
    assert not screen.anchored("pkg.mod._BUILT_ON", used)  # never called: nothing says how it would be
    assert not screen.anchored("pkg.mod._GROUP[3]", used)  # one pattern of a container: searched


def test_a_name_searched_in_any_module_is_searched_everywhere(screen: ModuleType) -> None:
    other = "import re\n_AT_CUE = re.compile('x')\n\ndef f(text):\n    return _AT_CUE.sub('', text)\n"
    used = screen.uses([SOURCE, other])
    assert not screen.anchored("pkg.mod._AT_CUE", used)


def test_the_package_has_patterns_of_both_kinds(screen: ModuleType) -> None:
    used = screen.uses(screen.package_sources())
    found = [where for where, _ in screen.patterns()]
    matched = [where for where in found if screen.anchored(where, used)]
    assert 0 < len(matched) < len(found)


class _Recorder:
    """Stands for a pattern: records which methods a probe calls, at which positions."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __getattr__(self, method: str) -> object:
        def call(text: str, *positions: int) -> None:
            self.calls.append(method if not positions else f"{method}{positions}")

        return call


def test_a_probe_at_the_start_calls_match_a_search_probe_search(screen: ModuleType) -> None:
    at_start, searched = _Recorder(), _Recorder()
    screen.probe(at_start, " ", "!", 512, 5.0, at_start=True)
    screen.probe(searched, " ", "!", 512, 5.0)
    assert set(at_start.calls) == {"match", "fullmatch"}
    assert set(searched.calls) == {"search", "findall"}
