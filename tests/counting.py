"""Work counted in tests: a callable, or a compiled pattern's methods, wrapped so that a
test can say how often a stage asked it (and about what), without timing anything."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest


class Counted:
    """A callable, or a compiled pattern's methods, counted by the arguments' first."""

    def __init__(self, target: Any) -> None:
        self.target = target
        self.calls: list[Any] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(args[0] if args else None)
        return self.target(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.target, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(args[0] if args else None)
            return method(*args, **kwargs)

        return counted


def count(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> Counted:
    """Replace ``module.name`` with a :class:`Counted` wrapper for the test; return it."""
    counted = Counted(getattr(module, name))
    monkeypatch.setattr(module, name, counted)
    return counted


def count_in(monkeypatch: pytest.MonkeyPatch, modules: Sequence[object], name: str) -> Counted:
    """Replace ``name`` in each of ``modules`` (a stage whose steps stand in several
    modules, each importing it) with one :class:`Counted` wrapper; return it."""
    counted = Counted(getattr(modules[0], name))
    for module in modules:
        monkeypatch.setattr(module, name, counted)
    return counted
