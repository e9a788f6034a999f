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
    # The first thread enters, then the second; the first leaves while the second is still
    # inside (the threshold stays raised), then the second (it comes back). A
    # save-and-restore per call would put the default back too early, then leave the
    # raised threshold for good.
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, int] = {}

    def first() -> None:
        with fewer_collections():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with fewer_collections():
            second_in.set()
            first_out.wait(5)
            seen["after the first left"] = gc.get_threshold()[0]

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert not any(t.is_alive() for t in threads)
    assert seen == {"after the first left": THRESHOLD}
    assert gc.get_threshold() == (700, 10, 10)


def test_parse_and_compare_run_with_fewer_collections(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each stage is watched: the read (inside parse), the analysis and the comparison
    # (inside compare only).
    import resdiff.analyze as analyze
    import resdiff.classify as classify
    import resdiff.read as read

    seen: list[tuple[str, int]] = []

    def watch(module: object, name: str) -> None:
        original = getattr(module, name)

        def watched(*args: object, **kwargs: object) -> object:
            seen.append((name, gc.get_threshold()[0]))
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, watched)

    watch(read, "load")
    watch(analyze, "analyze_pair")
    watch(classify, "compare_drafts")
    text = "The Security Council,\n\nRecalling x,\n\n1. Decides to act.\n"
    resdiff.compare(text, text)
    assert seen == [
        ("load", THRESHOLD),
        ("load", THRESHOLD),
        ("analyze_pair", THRESHOLD),
        ("compare_drafts", THRESHOLD),
    ]
    assert gc.get_threshold() == (700, 10, 10)


def test_a_forked_child_starts_afresh_with_the_callers_threshold() -> None:
    import resdiff.collect as collect

    with fewer_collections():
        assert gc.get_threshold()[0] == THRESHOLD
        collect._after_fork_in_child()  # what os.fork runs in the child
        assert gc.get_threshold() == (700, 10, 10)
    # The block entered before the fork leaves without going below 0 or restoring twice.
    assert gc.get_threshold() == (700, 10, 10)
    with fewer_collections():
        assert gc.get_threshold()[0] == THRESHOLD
    assert gc.get_threshold() == (700, 10, 10)
