"""Two leads of the judged texts read as a drafter reads them (RESULTS §2fi item 3):

- "Decides ... to discontinue further efforts on the basis of resolution 309 (1972)"
  (S/RES/342 (1973)) ends an effort of the Council's own: softer when it comes, not a
  decision added (``[lifecycle.efforts-ended]``); asked of a party it weighs as its verb;
- "Requests the Secretary-General to transmit the present resolution to the International
  Court of Justice ..." (S/RES/284 (1970)) carries the Council's text to the Court, as a
  transmittal to the General Assembly does: housekeeping, unweighed where it comes or goes
  alone (``[procedural]``); with a further ask it weighs as its verb.

Made-up texts."""

from __future__ import annotations

from test_review_fix14 import _compare

ASK = "Calls upon the parties to cooperate with the Secretary-General;"
ENDED = (
    "Decides, in the light of the report and the documents attached thereto, to discontinue "
    "further efforts on the basis of resolution 800 (1993);"
)
TO_THE_COURT = (
    "Requests the Secretary-General to transmit the present resolution to the International "
    "Court of Justice, in accordance with Article 65 of the Statute of the Court, accompanied "
    "by all documents likely to throw light upon the question;"
)


def _shifts(old: list[str], new: list[str], ref: str) -> list[tuple[str, str]]:
    cmp = _compare(old, new)
    change = next(c for c in cmp.changes if ref in (c.new if len(new) > len(old) else c.old))
    return [(s.feature, s.direction) for p in change.walk() for s in p.shifts if s.weight]


def test_efforts_discontinued_by_decision_are_an_effort_ended() -> None:
    # Before: "operative verb added: decides", stronger.
    assert _shifts([ASK], [ASK, ENDED], "OP2") == [("lifecycle", "softer")]


def test_efforts_a_party_is_asked_to_discontinue_weigh_as_the_ask() -> None:
    asked = "Calls upon the parties to discontinue their efforts to acquire arms;"
    assert _shifts([ASK], [ASK, asked], "OP2") == [("verb", "stronger")]


def test_efforts_discontinued_left_out_of_a_later_text_reverse_nothing() -> None:
    # Before: "operative verb removed: decides", softer (namibia-1974: judged spent).
    assert _shifts([ASK, ENDED], [ASK], "OP2") == []


def test_a_transmittal_to_the_court_weighs_nothing_alone() -> None:
    # Before: "operative verb added: requests", stronger (namibia-1970: judged neutral).
    assert _shifts([ASK], [ASK, TO_THE_COURT], "OP2") == []
    assert _shifts([ASK, TO_THE_COURT], [ASK], "OP2") == []


def test_a_transmittal_to_the_court_with_a_further_ask_weighs_as_its_verb() -> None:
    more = (
        "Requests the Secretary-General to transmit the present resolution to the International "
        "Court of Justice and to report to the Council by 1 May 1994;"
    )
    assert ("verb", "stronger") in _shifts([ASK], [ASK, more], "OP2")
