"""An exception let through a measure "notwithstanding" it (holdout47, looked at once
scored: S/RES/666 (1990) -> 706 (1991), where oil sales permitted through the Iraq
embargo read as a commodity measure imposed). Written for these tests in resolution
style, with the near misses that must not fire.

- "Authorizes all States, notwithstanding the provisions of paragraph 3 of resolution
  N, to permit the import of petroleum ..." lets through what the measure forbids: an
  exemption added (softer), not a measure on petroleum.
- The items of such a lead-in ("subject to the following conditions: (a) approval of
  each purchase of petroleum ...") are the exception's terms, not measures either.
- "Notwithstanding any contract entered into" presses a measure home; "notwithstanding
  the difficulties" is no exception; a plain embargo on petroleum stays a measure.
"""

from __future__ import annotations

from drafting import CLOSING, change_of, draft

import resdiff
from resdiff.analyze import analyze

_OLD = draft(["Decides that all States shall maintain the measures.", CLOSING])

_LET_THROUGH = (
    "Authorizes all States, notwithstanding the provisions of paragraphs 3 (a) and 4 of "
    "resolution 661 (1990), to permit the import, during a period of six months, of "
    "petroleum and petroleum products originating in the Republic, subject to the "
    "following conditions:"
)
_TERMS = [
    "Approval of each purchase of petroleum and petroleum products by the Committee;",
    "Payment of the full amount of each purchase into an escrow account.",
]


def _new(*operative: str, items: list[str] | None = None) -> str:
    text = draft(["Decides that all States shall maintain the measures.", *operative, CLOSING])
    if items:
        listed = "\n".join(f"({chr(97 + k)}) {t}" for k, t in enumerate(items))
        text = text.replace(operative[0], f"{operative[0]}\n{listed}")
    return text


def _measures(text: str) -> list[tuple[str, str]]:
    analysed = analyze(resdiff.parse(text))
    return [(x.ref, m.kind) for c in analysed.operative for x in c.walk() for m in x.measures]


def test_oil_let_through_the_embargo_is_an_exemption_added_not_a_measure() -> None:
    cmp = resdiff.compare(_OLD, _new(_LET_THROUGH, items=_TERMS))
    kind, shifts = change_of(cmp, "OP2")
    assert kind == "added"
    assert ("softer", "exemption added: “notwithstanding the provisions of”") in shifts, shifts
    assert not any("measure added" in s for _, s in shifts), shifts
    assert cmp.summary.direction == "softer"


def test_the_terms_of_the_exception_are_no_measures() -> None:
    assert _measures(_new(_LET_THROUGH, items=_TERMS)) == []


def test_the_exception_taken_out_is_an_exemption_removed() -> None:
    cmp = resdiff.compare(_new(_LET_THROUGH, items=_TERMS), _OLD)
    kind, shifts = change_of(cmp, "OP2")
    assert kind == "dropped"
    assert ("stronger", "exemption removed: “notwithstanding the provisions of”") in shifts


def test_notwithstanding_any_contract_presses_the_measure_home() -> None:
    # The classic sanctions clause: the ban holds whatever was signed before.
    text = _new(
        "Decides that all States shall prevent the import into their territories of "
        "petroleum originating in the Republic, notwithstanding any contract entered into "
        "or any licence granted before the date of the present resolution;"
    )
    assert ("OP2", "commodity") in _measures(text)
    _, shifts = change_of(resdiff.compare(_OLD, text), "OP2")
    assert not any("exemption" in s for _, s in shifts), shifts


def test_notwithstanding_the_difficulties_is_no_exception() -> None:
    text = _new(
        "Calls upon all States, notwithstanding the difficulties they face, to prevent the "
        "sale of petroleum to the Republic;"
    )
    assert ("OP2", "commodity") in _measures(text)


def test_items_under_a_plain_embargo_stay_measures() -> None:
    text = _new(
        "Decides that all States shall prevent:",
        items=[
            "The import of petroleum originating in the Republic;",
            "The sale of arms and related materiel to the Republic.",
        ],
    )
    assert {k for _, k in _measures(text)} >= {"commodity"}
