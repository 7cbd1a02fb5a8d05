"""A cheaper ``__init__`` for the frozen, slotted records the quote desk builds by the thousand.

The ``__init__`` that :func:`dataclasses.dataclass` writes for a frozen class stores each field
with ``object.__setattr__`` (the class's own ``__setattr__`` raises). Storing through the slot
descriptors themselves does the same at about half the cost; an article builds tens of
thousands of spans, pairs and speakers, so the difference shows. Everything else about the
class (equality, hashing, ``repr``, immutability, pickling) is left as the dataclass made it.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

__all__ = ["quick_init"]

_T = TypeVar("_T")


def quick_init(cls: type[_T]) -> type[_T]:
    """Replace the ``__init__`` of a frozen, slotted dataclass by one that sets the slots directly.

    Only plain fields are handled (every field in ``__init__``, no default factory, no
    ``__post_init__``); anything else raises ``TypeError``, so a new field cannot slip by.
    """
    if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init needs a slotted dataclass without __post_init__")
    namespace: dict[str, object] = {}
    params = []
    lines = []
    for item in dataclasses.fields(cls):
        if not item.init or item.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{item.name}: quick_init handles plain fields only")
        namespace[f"_set_{item.name}"] = getattr(cls, item.name).__set__
        if item.default is dataclasses.MISSING:
            params.append(item.name)
        else:
            namespace[f"_default_{item.name}"] = item.default
            params.append(f"{item.name}=_default_{item.name}")
        lines.append(f"    _set_{item.name}(self, {item.name})")
    # the same technique as dataclasses itself: the function is written out once, when the class is made
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines or ["    pass"]) + "\n"
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    setattr(cls, "__init__", init)  # noqa: B010 (mypy does not let a method be assigned to)
    return cls
