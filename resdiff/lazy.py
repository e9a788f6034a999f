"""Names a package imports on first use (PEP 562), for the package's façade and the
corpus's: one way to look a lazy name up, with one error for a name that is not there."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_names(
    package: str, table: Mapping[str, str], namespace: dict[str, object]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, whose public name ``name``
    lives in its submodule ``table[name]`` (relative, without the leading dot).
    ``namespace`` is the package's ``globals()``: a name found is kept there, so the next
    look-up is a plain attribute read."""

    def __getattr__(name: str) -> object:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(table))

    return __getattr__, __dir__
