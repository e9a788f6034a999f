"""Review of speed18: the shared lower-casing (:data:`resdiff.memo.lower_case`) keeps at
most its count of texts, none longer than the package's limit, and answers each text by
its own characters (two spellings of one word in different Unicode normal forms are two
texts; a ``str`` subclass gets ``str.lower``'s answer and never another text's)."""

from __future__ import annotations

import threading
import unicodedata

from resdiff.limits import LONGEST_REMEMBERED
from resdiff.memo import lower_case


def test_lower_case_keeps_at_most_its_count_and_no_long_text() -> None:
    lower_case.cache_clear()
    try:
        for n in range(5000):
            lower_case(f"Paragraph {n} of Côte d’Ivoire")
        lower_case("É" * (LONGEST_REMEMBERED + 1))
        info = lower_case.cache_info()
        assert info.currsize == info.maxsize == 4096
        assert lower_case("É" * (LONGEST_REMEMBERED + 1)) == "é" * (LONGEST_REMEMBERED + 1)
        assert lower_case.cache_info().currsize == 4096
    finally:
        lower_case.cache_clear()


def test_lower_case_tells_normal_forms_and_subclasses_apart() -> None:
    composed = unicodedata.normalize("NFC", "CÔTE D’IVOIRE")
    decomposed = unicodedata.normalize("NFD", "CÔTE D’IVOIRE")
    assert lower_case(composed) == composed.lower()
    assert lower_case(decomposed) == decomposed.lower()
    assert len(lower_case(decomposed)) == len(decomposed) != len(composed)

    class Marked(str):
        """A text some caller marks (equal to the plain text of the same characters)."""

    lower_case("İSTANBUL")
    marked = lower_case(Marked("İSTANBUL"))
    assert marked == "İSTANBUL".lower() and type(marked) is str


def test_lower_case_from_threads_at_once() -> None:
    texts = [f"Côte d’Ivoire İ {n}" for n in range(6000)]
    wrong: list[str] = []

    def work(offset: int) -> None:
        for k in range(6000):
            text = texts[(k * 7 + offset) % len(texts)]
            if lower_case(text) != text.lower():
                wrong.append(text)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
    assert lower_case.cache_info().currsize <= 4096
