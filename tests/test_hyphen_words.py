"""A word printed with a non-breaking or Unicode hyphen is the same word as with a plain
hyphen when the comparison looks for a clause's words elsewhere: Akoma Ntoso and Word keep
"FC‑G5S" (U+2011) where the other draft, or the same draft printed to PDF, has "FC-G5S"
(found by benchmarks/verdict_formats.py: a call moved to another paragraph read as a new
call in the Word and AKN legs, as a call restated in the PDF leg)."""

from __future__ import annotations

import pytest
from drafting import draft

import resdiff
from resdiff.clauses.views import content_words


@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011"])
def test_the_words_of_a_hyphenated_name_do_not_depend_on_the_hyphen(hyphen: str) -> None:
    assert content_words(f"support to the FC{hyphen}G5S and its partners") == content_words(
        "support to the FC-G5S and its partners"
    )


def test_a_plain_text_reads_its_words_as_before() -> None:
    assert content_words("the Joint Force-led operations") == frozenset(
        {"joint", "force-led", "operations"}
    )


def _verdicts(comparison: resdiff.Comparison) -> list[tuple[str, str, list[str]]]:
    return [
        (
            c.kind,
            ",".join(c.new),
            [f"{s.direction}:{s.describe()}" for x in c.walk() for s in x.shifts],
        )
        for c in comparison.changes
    ]


@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011"])
def test_a_call_moved_with_another_hyphen_reads_as_with_a_plain_one(hyphen: str) -> None:
    """Old OP1's call joins the reporting paragraph; its words stand there whatever hyphen
    the new draft prints (it was read as a call added, the new draft strengthened)."""
    old = draft(
        [
            "Calls upon Member States to support the FC-G5S;",
            "Requests the Secretary-General to report to the Council every three months;",
            "Decides to remain seized of the matter.",
        ]
    )

    def new(mark: str) -> str:
        return draft(
            [
                "Requests the Secretary-General to report to the Council every three months "
                f"and reiterates its call on Member States to support the FC{mark}G5S;",
                "Decides to remain seized of the matter.",
            ]
        )

    plain = _verdicts(resdiff.compare(old, new("-")))
    assert any("its words stand in old OP1" in s for _, _, shifts in plain for s in shifts)
    assert _verdicts(resdiff.compare(old, new(hyphen))) == plain
