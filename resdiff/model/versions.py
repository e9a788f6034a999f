"""Reading a document written under an older version of one of resdiff's published JSON
schemas. Each schema grows only by fields that default, so an older document reads as it
is once it carries the current name; the models' ``_upgrade`` validators say, version by
version, what was added."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any


def renamed_to(data: Any, older: Collection[str], current: str) -> Any:
    """``data`` under the ``current`` schema name when its ``schema`` is one of ``older``;
    anything else is returned as it is (validation then says what does not fit)."""
    if isinstance(data, dict) and data.get("schema") in older:
        return {**data, "schema": current}
    return data
