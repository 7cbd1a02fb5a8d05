"""The quick ``__init__`` of the desk's frozen records: the same objects as the dataclass would build."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from newsmodel._quotes._desk import Span, Speaker
from newsmodel._quotes._frozen import quick_init


def test_records_keep_defaults_equality_hashing_and_pickling() -> None:
    speaker = Speaker("Ann Lee", Span(0, 1, 8), "Ann Lee", kind="person")
    same = Speaker(mention="Ann Lee", mention_span=Span(0, 1, 8), name="Ann Lee", kind="person")
    assert speaker == same
    assert hash(speaker) == hash(same)
    assert speaker.role is None
    assert speaker.medium is None
    assert pickle.loads(pickle.dumps(speaker)) == speaker
    assert repr(Span(1, 2, 3)) == "Span(paragraph=1, start=2, end=3)"


def test_records_stay_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Span(1, 2, 3).start = 4  # type: ignore[misc]


def test_a_field_it_cannot_set_is_refused() -> None:
    with pytest.raises(TypeError):

        @quick_init
        @dataclasses.dataclass(frozen=True, slots=True)
        class Listed:
            items: list[int] = dataclasses.field(default_factory=list)
