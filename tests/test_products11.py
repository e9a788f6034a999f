"""The products' defects a new user found and nobody fixed (the twenty-first session):
each test keeps one fixed, on short made-up texts or on ../shared (skipped without it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.cli import main

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "akn"
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason="the real texts of ../shared/corpus/akn are not here"
)


def test_an_argument_error_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `resdiff precedents D --index I --threshold 1.5` printed five lines of usage and
    # then the line that said what was wrong; every other error of the command line is
    # one line, exit 2.
    text = tmp_path / "d.txt"
    text.write_text(draft(["Urges the parties to talk.", CLOSING]), encoding="utf-8")
    for argv in (
        ["precedents", str(text), "--index", str(tmp_path / "i"), "--threshold", "1.5"],
        ["precedents", str(text)],
        ["compare", "--nope", str(text), str(text)],
        ["bogus"],
    ):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1, err
        assert err.startswith("resdiff: error: ") and "usage:" not in err
        assert "--help" in err
    with pytest.raises(SystemExit) as exit_:
        main(["precedents", "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("usage: resdiff precedents")
