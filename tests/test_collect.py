"""resdiff.collect: the cyclic collector runs less often while resdiff works, and the
caller's threshold comes back whatever happens."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

import resdiff
from resdiff.collect import THRESHOLD, fewer_collections


@pytest.fixture(autouse=True)
def _default_threshold() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_the_threshold_is_raised_inside_and_restored_after() -> None:
    with fewer_collections():
        assert gc.get_threshold() == (THRESHOLD, 10, 10)
        with fewer_collections():  # reentrant: parse inside compare
            assert gc.get_threshold()[0] == THRESHOLD
        assert gc.get_threshold()[0] == THRESHOLD
    assert gc.get_threshold() == (700, 10, 10)


def test_the_threshold_is_restored_after_an_error() -> None:
    with pytest.raises(resdiff.ResdiffError):
        resdiff.parse("")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_disabled_or_rarer_collector_is_left_alone() -> None:
    gc.set_threshold(0)
    with fewer_collections():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold()[0] == 0
    gc.set_threshold(500_000)
    with fewer_collections():
        assert gc.get_threshold()[0] == 500_000
    assert gc.get_threshold()[0] == 500_000


def test_a_threshold_the_program_set_meanwhile_is_kept() -> None:
    with fewer_collections():
        gc.set_threshold(1_000)
    assert gc.get_threshold()[0] == 1_000


def test_threads_leaving_in_any_order_restore_the_callers_threshold() -> None:
    inside = threading.Barrier(3)
    leave_first = threading.Event()

    def work(wait: bool) -> None:
        with fewer_collections():
            inside.wait()
            if wait:
                leave_first.wait(5)
            else:
                leave_first.set()

    threads = [threading.Thread(target=work, args=(w,)) for w in (True, False)]
    for t in threads:
        t.start()
    inside.wait()
    for t in threads:
        t.join(5)
    assert gc.get_threshold() == (700, 10, 10)


def test_parse_and_compare_run_with_fewer_collections(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    import resdiff.read as read

    original = read.load

    def load(*args: object, **kwargs: object) -> resdiff.Draft:
        seen.append(gc.get_threshold()[0])
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(read, "load", load)
    text = "The Security Council,\n\nRecalling x,\n\n1. Decides to act.\n"
    resdiff.compare(text, text)
    assert seen == [THRESHOLD, THRESHOLD]
    assert gc.get_threshold() == (700, 10, 10)
