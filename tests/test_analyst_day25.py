"""A demanding analyst's day, twenty-fifth session: the Afghanistan file and the 1988
(Taliban) sanctions, 2020–2022, and the Rhodesia sanctions, 1966–1979, through the
products built on ``compare``. Each test failed before its fix."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from conftest import CORPUS, needs_corpus

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"


def _run(*args: str) -> tuple[int, str, str]:
    from resdiff.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_lineage_warns_when_the_dates_run_backwards() -> None:
    # `history` and `provenance` warned of texts given newest first; `history --lineage`
    # said nothing and drew its measures' timeline backwards with confidence.
    japan, adopted = str(EXAMPLES / "japan-draft.txt"), str(EXAMPLES / "adopted-compromise.txt")
    code, out, err = _run("history", "--lineage", adopted, japan)
    assert code == 0 and out.startswith("Lineage:")
    assert "is dated before" in err and "oldest first" in err
    assert "is dated before" not in _run("history", "--lineage", japan, adopted)[2]


@needs_corpus
def test_lineage_prints_the_readers_warnings_as_history_does() -> None:
    # A scan's reading notes (S/RES/232 (1966): "(6) read as (b)") were printed by
    # `history` but not by `history --lineage` over the same texts.
    scanned = CORPUS / "scanned"
    texts = [str(scanned / "S_RES_232_1966.txt"), str(scanned / "S_RES_288_1970.txt")]
    history_err = _run("history", *texts)[2]
    code, _, err = _run("history", "--lineage", *texts)
    assert code == 0
    assert "[numbering-ocr]" in history_err
    assert [line for line in err.splitlines() if "warning" in line] == [
        line for line in history_err.splitlines() if "warning" in line
    ]
