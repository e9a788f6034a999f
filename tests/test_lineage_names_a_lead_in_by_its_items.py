"""A quantity of a provision that is a lead-in over items ("Decides:" / "(b) To renew the
mandate ... for another period of six months", as the Council's renewals of the 1970s
print it) is named by the lead-in with its items, not by "Decides:" alone: the lineage
report read "renewal period (OP1) — Decides:: [0] 6 months ..." (UNDOF 1976–1979)."""

from __future__ import annotations

import resdiff
from resdiff.lineage import lineage


def _renewal(number: int, date: str, until: str) -> resdiff.Draft:
    return resdiff.parse(
        f"Resolution {number} (1977)\nof {date}\n\nThe Security Council,\n\n"
        "Having considered the report of the Secretary-General on the Observer Force,\n\n"
        "Decides:\n\n"
        "(a) To call upon the parties concerned to implement resolution 1 (1973);\n\n"
        "(b) To renew the mandate of the Observer Force for another period of six "
        f"months, that is, until {until};\n\n"
        "(c) To request the Secretary-General to submit a report at the end of this "
        "period.\n",
        paths=False,
    )


def test_a_lead_in_is_named_with_its_items() -> None:
    lin = lineage(
        [
            _renewal(10, "26 May 1977", "30 November 1977"),
            _renewal(12, "30 November 1977", "31 May 1979"),
        ]
    )
    (track,) = lin.tracks("renewal")
    # The item that holds the period names it, not the lead-in's first item (review of
    # newuser23: "Decides: To call upon the parties concerned to implement im…").
    assert track.subject.startswith("Decides: (b) To renew the mandate"), track.subject
    assert "::" not in str(lin)
