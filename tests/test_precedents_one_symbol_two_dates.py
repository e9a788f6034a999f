"""Two indexed files are one text for precedents only when they carry the same symbol
*and* the same date, as the draft's own text is recognised (``excluded_self``): a file
whose symbol was misread or mislabelled, dated otherwise, is another resolution, and its
agreed language counts (review of newuser22, thirty-second session: two files of one
symbol were merged whatever their dates, and an agreed paragraph's second text was lost
from ``agreed_count`` and the list)."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from resdiff.corpus import Corpus

RECITAL = (
    "Recalling its resolutions 425 (1978) and 426 (1978) and all subsequent resolutions "
    "on the United Nations Interim Force in Lebanon,"
)


def _resolution(date: str, decision: str) -> str:
    return (
        f"Resolution 538 (1983)\nof {date}\n\nThe Security Council,\n\n{RECITAL}\n\n"
        f"1. {decision};\n"
    )


def test_one_symbol_on_two_dates_is_two_texts(tmp_path: Path) -> None:
    first = tmp_path / "S_RES_538_1983.txt"
    first.write_text(_resolution("18 October 1983", "Decides to extend the mandate"))
    other = tmp_path / "S_RES_542_1983.txt"  # another resolution, its symbol misread
    other.write_text(_resolution("23 November 1983", "Requests the Secretary-General"))
    draft = tmp_path / "draft.txt"
    draft.write_text(
        f"The Security Council,\n\n{RECITAL}\n\n1. Decides to remain seized of the matter.\n"
    )
    corpus = Corpus.build([first, other], tmp_path / "corpus.rdx")
    found = corpus.precedents(draft, before=_dt.date(1984, 1, 1))

    agreed = found.paragraph("PP1")
    assert agreed.status == "agreed"
    assert agreed.agreed_count == 2
    assert sorted(p.date for p in agreed.precedents if p.date) == [
        _dt.date(1983, 10, 18),
        _dt.date(1983, 11, 23),
    ]


def test_one_symbol_on_one_date_is_still_one_text(tmp_path: Path) -> None:
    text = _resolution("18 October 1983", "Decides to extend the mandate")
    (tmp_path / "S_RES_538_1983.txt").write_text(text)
    (tmp_path / "S_RES_542_1983.txt").write_text(text + "\n21 Document S/16142.\n")
    draft = tmp_path / "draft.txt"
    draft.write_text(f"The Security Council,\n\n{RECITAL}\n\n1. Decides to extend the mandate.\n")
    corpus = Corpus.build(sorted(tmp_path.glob("S_RES_*.txt")), tmp_path / "corpus.rdx")
    found = corpus.precedents(draft, before=_dt.date(1984, 1, 1))
    assert found.paragraph("PP1").agreed_count == 1
    # The file indexed first is the one listed, whichever order the files are found in.
    first = min(d.id for d in corpus.document_facts())
    assert [p.document for p in found.paragraph("PP1").precedents] == [first]
