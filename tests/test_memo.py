"""The one guard of the memos keyed by a text (``resdiff.memo``): a long text is worked
out anew, never kept; every memo of the package goes through it."""

from __future__ import annotations

import pathlib
import re

from resdiff.limits import LONGEST_REMEMBERED
from resdiff.memo import recall, remembered

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "resdiff"


def test_remembered_keeps_short_texts_and_works_long_ones_out_anew() -> None:
    worked: list[str] = []

    @remembered(8, longest=5)
    def size(text: str, *, times: int = 1) -> int:
        """Its length."""
        worked.append(text)
        return len(text) * times

    assert size("abc") == size("abc") == 3
    assert size("abc", times=2) == 6
    assert size("abcdefgh") == size("abcdefgh") == 8
    assert worked == ["abc", "abc", "abcdefgh", "abcdefgh"]
    assert size.cache_info().currsize == 2
    assert size.__wrapped__("ab") == 2
    assert size.__doc__ == "Its length."
    size.cache_clear()
    assert size.cache_info().currsize == 0


def test_remembered_by_default_keeps_no_text_over_the_package_limit() -> None:
    @remembered(8)
    def same(text: str) -> str:
        return text

    same("x" * LONGEST_REMEMBERED)
    same("x" * (LONGEST_REMEMBERED + 1))
    assert same.cache_info().currsize == 1


def test_recall_keeps_the_latest_answers_in_the_owners_dict() -> None:
    memo: dict[str, int | None] = {}
    worked: list[str] = []

    def work(text: str) -> int | None:
        worked.append(text)
        return None if text == "none" else len(text)

    assert recall(memo, "none", work, size=3) is None
    assert recall(memo, "none", work, size=3) is None  # an answer of None is kept too
    assert recall(memo, "abc", work, size=3, longest=2) == 3  # too long: not kept
    assert recall(memo, "ab", work, size=2) == 2
    assert recall(memo, "cd", work, size=2) == 2  # the memo is full: the oldest goes
    assert memo == {"ab": 2, "cd": 2}
    assert recall(memo, "ab", work, size=2) == 2
    assert worked == ["none", "abc", "ab", "cd"]


def test_no_module_guards_a_memo_on_its_own() -> None:
    # The limit is read by the guard alone; a module that tests a text's length against
    # it (or calls a memo's __wrapped__ for a long text) wrote the guard again.
    own = []
    for path in PACKAGE.rglob("*.py"):
        if path.name in {"limits.py", "memo.py"}:
            continue
        source = path.read_text(encoding="utf-8")
        if "LONGEST_REMEMBERED" in source or re.search(r"\.__wrapped__\(", source):
            own.append(str(path.relative_to(PACKAGE)))
    assert own == []


class _Racing(dict[str, int]):
    """A memo another thread writes to between ``iter(memo)`` and ``next()``, as a
    server's threads reading through the one default lexicon may (its dict then raised
    "dictionary changed size during iteration" out of the comparison)."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        found = super().__iter__()
        self["another thread's text"] = 0
        return found


def test_recall_makes_room_while_another_thread_writes_to_the_memo() -> None:
    memo = _Racing(a=1, b=1)
    assert recall(memo, "new", len, size=2) == 3
    assert "new" in memo
    assert len(memo) <= 2


def test_recall_with_room_for_none_keeps_the_latest() -> None:
    memo: dict[str, int] = {}
    assert recall(memo, "ab", len, size=0) == 2
    assert recall(memo, "abc", len, size=0) == 3
    assert memo == {"abc": 3}
