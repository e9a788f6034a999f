"""The AKN reader's ``Node`` and ``_Item``, written out by hand instead of as dataclasses
(speed17b): every field given to ``__init__`` counts in equality and shows in the repr, so
that a field added to one of the hand-written lists and not the others is caught."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from resdiff.read.akn.builder import _Item
from resdiff.read.akn.markup import Node

_NODE: dict[str, Any] = {"tag": "p", "attrs": {"eId": "para_1"}, "line": 3}
_OTHER: dict[str, Any] = {
    "tag": "num",
    "attrs": {},
    "line": 4,
    "end_line": 9,
    "text": "Decides",
    "tail": " ",
    "children": [Node("i", {}, 5)],
    "label": "2.",
    "node": Node("point", {}, 6),
    "parts": ["further decides"],
    "heading": "Sanctions",
    "last_line": 12,
}


def _made(cls: type[Any], **changed: Any) -> Any:
    base = dict(_NODE) if cls is Node else {"label": "1.", "node": Node(**_NODE)}
    return cls(**{**base, **changed})


@pytest.mark.parametrize("cls", [Node, _Item])
def test_every_field_counts_in_equality_and_repr(cls: type[Any]) -> None:
    names = list(inspect.signature(cls.__init__).parameters)[1:]
    assert tuple(names) == cls.FIELDS
    assert set(names) == set(cls.__slots__)
    plain = _made(cls)
    assert plain == _made(cls)
    assert repr(plain) == repr(_made(cls))
    for name in names:
        other = _made(cls, **{name: _OTHER[name]})
        assert other != plain, name
        assert f"{name}={_OTHER[name]!r}" in repr(other), name


@pytest.mark.parametrize("cls", [Node, _Item])
def test_unhashable_and_a_new_list_each(cls: type[Any]) -> None:
    with pytest.raises(TypeError):
        hash(_made(cls))
    first, second = _made(cls), _made(cls)
    assert first.children is not second.children
    assert first != object()
