"""A later text whose recital reaffirms that the measures shall continue in effect keeps
them in force, the items of their lists too (S/RES/232 (1966) -> 388 (1976): judged
stronger, two measures added and the earlier ones reaffirmed)."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.model import Comparison

OLD_OPS = [
    "Decides that all States Members of the United Nations shall prevent:\n\n"
    "(a) The import into their territories of copper and chrome originating in the "
    "territory;\n\n"
    "(b) Any activities by their nationals which promote the export of copper and chrome "
    "from the territory;\n\n"
    "(c) The sale or supply of arms and ammunition of all types to the territory;",
    "Calls upon all States to report on the measures they have taken;",
]
NEW_OPS = [
    "Decides that all Member States shall take appropriate measures to ensure that their "
    "nationals do not insure:\n\n"
    "(a) Any commodities exported from the territory in contravention of resolution 100 "
    "(1970);\n\n"
    "(b) Any property in the territory of any commercial undertaking;",
    "Urges States not Members of the United Nations to act in accordance with the present "
    "resolution;",
]
KEEPS = (
    "Reaffirming that the measures provided for in resolution 100 (1970), as well as the "
    "measures initiated by Member States in pursuance thereof, shall continue in effect,"
)


def _adopted(symbol: str, year: str, preamble: str, operative: list[str]) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"Resolution {symbol} ({year})\nof 6 April {year}\n\nThe Security Council,\n\n"
        f"Reaffirming its resolution 90 (1965),\n\n{preamble}\n\n"
        f"Acting under Chapter VII of the Charter of the United Nations,\n\n{ops}\n"
    )


def _compare(recital: str) -> Comparison:
    old = _adopted("100", "1970", "Gravely concerned at the situation in the territory,", OLD_OPS)
    new = _adopted("200", "1976", recital, NEW_OPS)
    return resdiff.compare(old, new)


def test_a_recital_reaffirming_the_measures_keeps_them_in_force() -> None:
    cmp = _compare(KEEPS)
    assert not cmp.summary.measures_dropped
    gone = [s for c in cmp.changes for p in c.walk() for s in p.shifts if s.feature == "measure"]
    assert gone and all(
        s.direction == "neutral" and "keeps the measures" in (s.note or "") for s in gone
    )
    # The items of the measure's list stand with it: named, not weighed.
    items = [
        s
        for c in cmp.changes
        for p in c.walk()
        for s in p.shifts
        if s.feature == "scope" and s.new is None and (s.detail or "").startswith("item of a list")
    ]
    assert all(s.direction == "neutral" and s.weight == 0 for s in items)


@pytest.mark.parametrize(
    "recital",
    [
        # History told, not the measures restated.
        "Recalling that the measures provided for in resolution 100 (1970) shall continue in "
        "effect,",
        # The resolution reaffirmed, its measures not said to stand.
        "Reaffirming its resolution 100 (1970) and the measures initiated by Member States,",
        # Something else continues: a committee's work.
        "Reaffirming that the Committee established by resolution 100 (1970) shall continue "
        "its work,",
    ],
)
def test_other_recitals_keep_nothing(recital: str) -> None:
    # The measures gone from the paired decision still weigh.
    cmp = _compare(recital)
    weighed = [
        s
        for c in cmp.changes
        for p in c.walk()
        for s in p.shifts
        if s.feature == "measure" and s.new is None and s.direction == "softer"
    ]
    assert weighed
