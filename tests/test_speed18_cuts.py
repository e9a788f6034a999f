"""The cuts of speed18, each exact: the same answers, less work.

- :func:`resdiff.lexicon.anchors.anchors_of` remembers a pattern's opening words by its
  source and flags, never hashing the compiled pattern (whose hash CPython works out anew
  over the whole compiled code at every look-up);
- :data:`resdiff.memo.lower_case` is the one remembered lower-casing of the screens' keyed
  text, the opening words' lowered text and the content words;
- the AKN reader's heading test splits a paragraph into words only when it has no
  closing punctuation, and only as far as the limit;
- the quantities' number-echo pattern comes from the package's cache of compiled
  patterns, not from ``re`` at every import.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from resdiff.clauses.views import words_text
from resdiff.lexicon import anchors, keywords
from resdiff.lexicon.anchors import anchors_of
from resdiff.memo import lower_case
from resdiff.read.akn import builder
from resdiff.read.akn.builder import _is_heading_like


class _Unhashable:
    """A compiled pattern's source and flags, which cannot be hashed."""

    __hash__ = None  # type: ignore[assignment]

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.pattern = rx.pattern
        self.flags = rx.flags


def test_opening_words_are_remembered_without_hashing_the_compiled_pattern() -> None:
    rx = re.compile(r"(?:decides|requests|urges) to (?:renew|extend)", re.I)
    expected = anchors.leading_anchors(rx.pattern, rx.flags)
    # Before: the memo was keyed by the compiled pattern, so its hash was taken (and a
    # pattern that cannot be hashed raised TypeError).
    assert anchors_of(_Unhashable(rx)) == expected  # type: ignore[arg-type]
    assert anchors_of(rx) == expected


def test_opening_words_are_told_apart_by_flags() -> None:
    text = r"(?:decides|requests) to act"
    plain = anchors_of(re.compile(text))
    ignoring_case = anchors_of(re.compile(text, re.I))
    assert plain == anchors.leading_anchors(text, re.compile(text).flags)
    assert ignoring_case == anchors.leading_anchors(text, re.compile(text, re.I).flags)


_TEXTS = [
    "",
    "Decides to remain seized of the matter.",
    "Reaffirming its “strong commitment” to the sovereignty of Côte d’Ivoire,",
    "İstanbul and the Kelvin sign \u212a, ß, ﬁrearms, ΣΑΣ",
    "tabs\tand\u00a0no-break spaces  twice",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_lower_case_is_str_lower(text: str) -> None:
    assert lower_case(text) == text.lower()


def test_lower_case_on_random_texts() -> None:
    rng = random.Random(18)
    alphabet = "aBcD éÉ İı ß ΣσΑ ‘’“” –— \u212a\u0130\u00a0\t\n"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert lower_case(text) == text.lower()


def test_the_screens_the_anchors_and_the_content_words_share_one_lowering() -> None:
    text = "Urges the “Government of Côte d’Ivoire” to act, speed18 shared lowering"
    lower_case.cache_clear()
    keywords._key_text(text)
    first = lower_case.cache_info()
    anchors._lowered.__wrapped__(text)
    words_text(text)
    after = lower_case.cache_info()
    # Lowered once, found twice (before: each lower-cased the text itself).
    assert (first.misses, first.hits) == (1, 0)
    assert (after.misses, after.hits) == (1, 2)
    assert words_text(text) == text.lower()


class _Counting(str):
    """A text that records how it is split."""

    splits: list[Any]

    def split(self, sep: Any = None, maxsplit: int = -1) -> list[str]:  # type: ignore[override]
        type(self).splits.append(maxsplit)
        return str.split(self, sep, maxsplit)


def _old_heading_like(text: str, *, max_words: int) -> bool:
    if not text or len(text.split()) > max_words:
        return False
    return not text.endswith((".", ";", ","))


def test_a_paragraph_ending_with_a_stop_is_not_split() -> None:
    _Counting.splits = []
    long = _Counting("Recalling its previous resolutions " * 50 + "on the matter,")
    assert not _is_heading_like(long, max_words=6)
    assert _Counting.splits == []


def test_words_are_counted_only_up_to_the_limit() -> None:
    _Counting.splits = []
    assert not _is_heading_like(_Counting("Political process " * 40), max_words=12)
    assert _Counting.splits == [12]


@pytest.mark.parametrize("max_words", [0, 1, 6, 12])
def test_the_heading_test_is_unchanged(max_words: int) -> None:
    rng = random.Random(max_words)
    words = ["Rule", "of", "law", "Political", "process", ":", ".", ",", ";", "a"]
    spaces = [" ", "  ", "\t", "\u00a0", "\n", ""]
    texts = ["", " ", "Rule of law:", "Political process", " Political  process ", "x."]
    for _ in range(2000):
        parts = [rng.choice(spaces)]
        for _ in range(rng.randrange(0, 16)):
            parts += [rng.choice(words), rng.choice(spaces)]
        texts.append("".join(parts))
    for text in texts:
        assert builder._is_heading_like(text, max_words=max_words) == _old_heading_like(
            text, max_words=max_words
        ), text


_COMPILES = """
import re._compiler as rc
seen = []
original = rc.compile
def compile(p, flags=0):
    seen.append(str(p))
    return original(p, flags)
rc.compile = compile
import resdiff.lexicon.quantity_entries
print(sum("seventeen" in p for p in seen))
"""


def test_the_number_echo_pattern_comes_from_the_cache(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(root), *filter(None, [env.get("PYTHONPATH")])])
    env["XDG_CACHE_HOME"] = str(tmp_path)
    runs = [
        subprocess.run(
            [sys.executable, "-c", _COMPILES],
            capture_output=True,
            text=True,
            cwd=root,
            env=env,
            timeout=120,
            check=True,
        )
        for _ in range(2)
    ]
    # The first run compiles it and writes the cache; the next reads it (before: `re`
    # compiled it at every import).
    assert [int(run.stdout.split()[-1]) for run in runs] == [1, 0]
