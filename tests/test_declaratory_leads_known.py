"""Three declaratory leads of the scanned record the lexicon did not know (RESULTS §2fi item
3, mined from every operative paragraph of ../shared/corpus whose lead went unread):
"Continues to believe that ..." (S/RES/750 (1992)), "Concurs in particular with the
Secretary-General's observation ..." (S/RES/724 (1991)), "Finds that the Republic of
Indonesia is a peace-loving State ..." (S/RES/86 (1950)). Each now reads as a lead of tier
1 (declaratory), with no warning of an unknown verb; "Considers" -> "Continues to believe"
is the same tier, as the judge of cyprus-goodoffices-1992 read it. Made-up texts."""

from __future__ import annotations

import pytest
from drafting import CLOSING, draft, op1

import resdiff


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        (
            "Continues to believe that a high-level meeting represents an effective mechanism;",
            "continue to believe",
        ),
        ("Concurs in particular with the Secretary-General's observation;", "concur"),
        ("Finds that the applicant is a peace-loving State;", "find"),
    ],
)
def test_a_declaratory_lead_is_read(text: str, lemma: str) -> None:
    parsed = resdiff.parse(draft([text, CLOSING]))
    lead = parsed.operative[0].lead_phrase
    assert lead is not None and lead.lemma == lemma and lead.axis_a == 1
    assert not [w for w in parsed.warnings if w.code == "operative-unknown-verb"]


def test_considers_to_continues_to_believe_is_the_same_tier() -> None:
    _, shifts = op1(
        "Considers that a high-level meeting represents an effective mechanism;",
        "Continues to believe that a high-level meeting represents an effective mechanism;",
    )
    assert not [s for s in shifts if "verb" in s[1]], shifts
