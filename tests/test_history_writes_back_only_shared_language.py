"""A paragraph dropped and written back later is one provision only where the two share
language (provenance's rule of a credit, :func:`resdiff.provenance.shares_language`):
across a gap the aligner paired two different provisions that share a lead and read
them "mixed, back after a gap" (ONUMOZ: 782 (1992) OP1 "Approves the appointment … of an
interim Special Representative" with 850 (1993) OP9 "Approves the recommendation … that
ONUMOZ should chair the Joint Commission"; five of the six "written back" of 782 → 898
were two provisions, user24's analyst run). Made-up texts."""

from __future__ import annotations

from resdiff.history import history

COMMON = [
    "Calls upon the parties in Ruritania to observe the ceasefire along the river line;",
    "Decides to remain seized of the matter.",
]
APPOINTMENT = (
    "Approves the appointment by the Secretary-General of an interim Special "
    "Representative, and the despatch to Ruritania of a team of up to 25 military observers;"
)
CHAIR = (
    "Approves the recommendation of the Secretary-General that the Mission should chair "
    "the Joint Commission for the Formation of the Defence Force, on the strict "
    "understanding that this entails no obligation for training the new armed forces;"
)


def _text(number: int, month: str, ops: list[str]) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate(ops, start=1))
    return (
        f"Resolution {number} (1993)\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 {month} 1993\n\nThe Security Council,\n\n"
        f"Recalling its resolutions on Ruritania,\n\n{body}\n"
    )


def test_two_provisions_that_share_a_lead_are_not_one_written_back() -> None:
    h = history(
        [
            _text(100, "March", [APPOINTMENT, *COMMON]),
            _text(102, "June", COMMON),
            _text(104, "September", [CHAIR, *COMMON]),
        ]
    )
    assert not h.restored, [p.id for p in h.restored]


def test_a_paragraph_written_back_in_its_own_words_still_is() -> None:
    h = history(
        [
            _text(100, "March", [APPOINTMENT, *COMMON]),
            _text(102, "June", COMMON),
            _text(104, "September", [APPOINTMENT.replace("25", "40"), *COMMON]),
        ]
    )
    assert len(h.restored) == 1
