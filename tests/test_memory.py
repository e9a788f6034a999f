"""Memory in long-running use (issue 11 §2): a notebook or a server calls
:func:`resdiff.compare` thousands of times. The memos keyed by text (the reader's
per-line tests, the lexicon's lowered and keyed texts, the bracket folds, the mandate
references) kept every text they were asked about, up to thousands of entries each: a
process comparing drafts of one 2.5 MB paragraph kept 22 MB more after each comparison.
A text longer than ``LONGEST_REMEMBERED`` is now worked out anew rather than kept."""

from __future__ import annotations

import gc
import sys

import pytest

import resdiff
from resdiff.brackets import bracket_groups, every_alternative, fold_brackets
from resdiff.classify import reference
from resdiff.lexicon import anchors, keywords
from resdiff.limits import LONGEST_REMEMBERED
from resdiff.read import load

#: A word found in no other text of the test run, lower case so that the lowered and
#: keyed copies of a text hold it too.
MARK = "zqmemmark"


def _long_paragraph(tag: str, words: int) -> str:
    """One paragraph of ``words`` words, brackets and a mandate reference among them
    (so that the bracket folds and the reference's memo are asked about it too)."""
    filler = " ".join(f"{MARK}{tag}{k}" if k % 50 else f"[{MARK}{tag}{k}]" for k in range(words))
    return (
        "1. Decides to extend the mandate of UNIFIL as set out in resolution 2650 (2022) "
        f"until 31 August 2024, and {filler}"
    )


def _draft(paragraph: str) -> str:
    return (
        "The Security Council,\n\nRecalling its resolution 2650 (2022),\n\n"
        f"{paragraph};\n\n(a) {MARK} item;\n\n2. Decides to remain seized of the matter.\n"
    )


def _long(item: object) -> bool:
    return isinstance(item, str) and len(item) > LONGEST_REMEMBERED and MARK in item


def _long_strings_held() -> int:
    """How many strings over ``LONGEST_REMEMBERED`` characters holding :data:`MARK` any
    container the collector tracks refers to (looking into the tuples it refers to: the
    keys of a memo with a keyword argument, which the collector stops tracking)."""
    gc.collect()
    seen: set[int] = set()
    for holder in gc.get_objects():
        for held in gc.get_referents(holder):
            for item in held if isinstance(held, tuple) else (held,):
                if _long(item):
                    seen.add(id(item))
    return len(seen)


def _long_strings_memoised() -> int:
    """How many such strings the memos of resdiff's modules hold (:func:`_long_strings_held`
    narrowed to them, and so fast): each memo's table, its keys and answers, and the
    tuples among them (through ``resdiff.memo``'s guard to the memo it keeps)."""
    seen: set[int] = set()
    walked: set[int] = set()
    memos = {
        id(value): value
        for name, module in list(sys.modules.items())
        if name.startswith("resdiff")
        for value in list(vars(module).values())
        if callable(getattr(value, "cache_info", None))
    }
    for memo in memos.values():
        todo = list(gc.get_referents(memo))
        while todo:
            item = todo.pop()
            if _long(item):
                seen.add(id(item))
            elif isinstance(item, dict):
                todo.extend(item.keys())
                todo.extend(item.values())
            elif isinstance(item, tuple):
                todo.extend(item)
            elif callable(getattr(item, "cache_info", None)) and id(item) not in walked:
                walked.add(id(item))
                todo.extend(gc.get_referents(item))
    return len(seen)


def _compare_once(tag: str) -> None:
    paragraph = _long_paragraph(tag, 1_500)
    assert len(paragraph) > 2 * LONGEST_REMEMBERED
    old = load(_draft(paragraph), format="text")
    new = load(_draft(paragraph + " more"), format="text")
    comparison = resdiff.compare(old, new)
    assert comparison.changes


def test_a_long_paragraph_is_not_kept_after_the_comparison_returns() -> None:
    _compare_once("a")
    # The texts, the drafts and the comparison are gone: nothing should hold the
    # paragraph any more. The memos held it (and its lowered and keyed copies) until
    # they filled: 256 to 8,192 texts each.
    assert _long_strings_held() == 0
    _compare_once("b")
    assert _long_strings_held() == 0


@pytest.mark.parametrize(
    "ask",
    [
        keywords._keyed,
        anchors._lowered,
        reference._mandate_sources,
        bracket_groups,
        fold_brackets,
        every_alternative,
    ],
    ids=["keyed", "lowered", "mandate", "bracket-groups", "fold", "every-alternative"],
)
def test_a_memo_gives_a_long_text_the_same_answer_without_keeping_it(ask: object) -> None:
    assert callable(ask)
    short = f"Decides [{MARK}] as set out in resolution 2650 (2022)"
    long = short + " x" * LONGEST_REMEMBERED
    answer = ask(long)
    # The answer is what the memo's own function gives; nothing of the text is kept
    # (the answer itself, a text of the same length, is dropped here).
    assert ask(long) == answer
    del answer
    assert _long_strings_memoised() == 0
    assert ask(short) == ask(short)
