"""The concurrent read of ``resdiff compare``'s two drafts (resdiff/cli/pair.py): the same
drafts, the same errors in the same order, and a fall back to reading here whenever the
child cannot give its draft."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import resdiff
from resdiff.cli import main, pair
from resdiff.errors import ResdiffError

ROOT = Path(__file__).resolve().parents[1]
JAPAN = ROOT / "examples" / "dprk-2006" / "japan-draft.txt"
ADOPTED = ROOT / "examples" / "dprk-2006" / "adopted-compromise.txt"

needs_fork = pytest.mark.skipif(
    not sys.platform.startswith("linux") or pair._cores() < 2,
    reason="the concurrent read runs on Linux with two cores only",
)


@pytest.fixture
def small_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    # The example drafts are a few KB: read them concurrently all the same.
    monkeypatch.setattr(pair, "LEAST_BYTES", 1)
    monkeypatch.delenv(pair.SERIAL_ENV, raising=False)


def _read(name: str) -> resdiff.Draft:
    return resdiff.parse(Path(name), analyze=False)


@needs_fork
def test_the_drafts_read_concurrently_are_the_drafts_read_here(small_enough: None) -> None:
    names = (str(JAPAN), str(ADOPTED))
    assert pair.worth_forking(names)
    assert pair.read_pair(names, _read) == [_read(n) for n in names]


def test_what_is_not_worth_a_fork_is_read_here(
    monkeypatch: pytest.MonkeyPatch, small_enough: None
) -> None:
    assert not pair.worth_forking(("-", str(ADOPTED)))
    assert not pair.worth_forking((str(JAPAN), str(ROOT)))  # a directory
    assert not pair.worth_forking((str(JAPAN), str(ROOT / "no-such-file.txt")))
    monkeypatch.setenv(pair.SERIAL_ENV, "1")
    assert not pair.worth_forking((str(JAPAN), str(ADOPTED)))
    monkeypatch.setenv(pair.SERIAL_ENV, "0")
    monkeypatch.setattr(pair, "LEAST_BYTES", 10**9)
    assert not pair.worth_forking((str(JAPAN), str(ADOPTED)))


@needs_fork
def test_an_error_of_the_old_draft_comes_first(small_enough: None, tmp_path: Path) -> None:
    bad_old, bad_new = tmp_path / "old.xml", tmp_path / "new.xml"
    bad_old.write_text("<akomaNtoso><oops", encoding="utf-8")
    bad_new.write_text("<akomaNtoso><also broken", encoding="utf-8")
    with pytest.raises(ResdiffError, match=r"old\.xml"):
        pair.read_pair((str(bad_old), str(bad_new)), _read)


@needs_fork
def test_an_error_of_the_new_draft_is_the_one_read_here(small_enough: None, tmp_path: Path) -> None:
    bad_new = tmp_path / "new.xml"
    bad_new.write_text("<akomaNtoso><oops", encoding="utf-8")
    with pytest.raises(ResdiffError) as concurrent:
        pair.read_pair((str(JAPAN), str(bad_new)), _read)
    with pytest.raises(ResdiffError) as here:
        _read(str(bad_new))
    assert str(concurrent.value) == str(here.value)


@needs_fork
def test_a_child_that_fails_is_read_again_here(small_enough: None) -> None:
    calls: list[tuple[int, str]] = []

    def flaky(name: str) -> resdiff.Draft:
        calls.append((os.getpid(), name))
        if name == str(ADOPTED) and os.getpid() != parent:
            raise MemoryError  # in the child only: not a ResdiffError, not picklable
        return _read(name)

    parent = os.getpid()
    drafts = pair.read_pair((str(JAPAN), str(ADOPTED)), flaky)
    assert drafts == [_read(str(JAPAN)), _read(str(ADOPTED))]
    # Here: the old draft, then the new one again after the child's failure.
    assert calls == [(parent, str(JAPAN)), (parent, str(ADOPTED))]


@needs_fork
def test_compare_reports_the_same_with_the_concurrent_read(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], small_enough: None
) -> None:
    assert main(["compare", str(JAPAN), str(ADOPTED), "--format", "json"]) == 0
    concurrent = capsys.readouterr().out
    monkeypatch.setenv(pair.SERIAL_ENV, "1")
    assert main(["compare", str(JAPAN), str(ADOPTED), "--format", "json"]) == 0
    assert capsys.readouterr().out == concurrent
