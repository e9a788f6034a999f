"""Recall of "softened" and "strengthened" on real texts (fourteenth round, 5 December
2026, issue 9): asks added or removed inside a paragraph, and the object of an ask
widened or narrowed. Each rule is pinned with short sentences in resolution style,
written for these tests, with the near misses that must not fire.

- A task joined to (or taken from) a list an encouragement governs is an ask more (or
  less): "Encourages the Office to: (a) ...; (b) ...; (c) ..." gaining a (c) asks for
  one more thing, as a request's list does. Not where a firmer ask is recast as an
  encouraged list ("Urges the Government to ..." → "Encourages the Government to: (a)
  ...; (b) ..."): the items restate what was urged, and read as new they would outweigh
  the ask they replace.
- One lower-case word joined by "and" or "or" to what an ask kept at its tier covers
  widens it ("precise timelines" → "precise benchmarks and timelines", "to exchange
  information" → "to assist and exchange information"). Not a name ("the Committee and
  the Panel"), nor a word put in without "and" or "or", nor beside a lead of another
  tier. A quality word joined so ("clear and precise timelines") reads the same way:
  the judges read such words put in as stronger ("full, equal, effective, meaningful
  and safe").
"""

from __future__ import annotations

import resdiff


def _doc(paragraph: str) -> str:
    return (
        "The Security Council,\n\nRecalling its previous resolutions,\n\n"
        f"1. {paragraph}\n\n2. Decides to remain seized of the matter.\n"
    )


def _first(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    cmp = resdiff.compare(_doc(old), _doc(new))
    change = next(c for c in cmp.changes if "OP1" in c.old and "OP1" in c.new)
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


ENCOURAGED = (
    "Encourages the Office, within its current mandate, to bring together the States of "
    "the region to enhance cooperation against illicit maritime flows, and to support the "
    "Government in improving its maritime domain awareness;"
)
ENCOURAGED_LIST = (
    "Encourages the Office, within its current mandate, to:\n\n"
    "(a) bring together the States of the region to enhance cooperation against illicit "
    "maritime flows;\n\n"
    "(b) support the Government in improving its maritime domain awareness;"
)
TASKS_MORE = (
    "\n\n(c) support the coast guard of the Government in training its officers and "
    "protecting its fisheries;\n\n"
    "(d) engage with shipping associations and propose recommendations to the Committee;"
)


def _items(shifts: list[tuple[str, str]]) -> list[str]:
    return [d for d, what in shifts if what.startswith(("item added", "item removed"))]


def test_tasks_joined_to_an_encouraged_list_ask_more() -> None:
    # The encouragement set out as a list, with two tasks more.
    kind, shifts = _first(ENCOURAGED, ENCOURAGED_LIST + TASKS_MORE)
    assert kind == "strengthened"
    assert _items(shifts) == ["stronger", "stronger"]
    # A list kept, one task taken from it: less asked.
    kind, shifts = _first(ENCOURAGED_LIST + TASKS_MORE, ENCOURAGED_LIST + TASKS_MORE[:80] + ";")
    assert "softer" in _items(shifts)


def test_a_firmer_ask_recast_as_an_encouraged_list_adds_no_task() -> None:
    old = (
        "Urges the Government to create a conducive political and security climate for "
        "inclusive elections and to ensure political space for all legally constituted "
        "political parties;"
    )
    new = (
        "Encourages the Government to:\n\n"
        "(a) create a conducive political and security environment for inclusive "
        "elections;\n\n"
        "(b) take steps to include all legally constituted political parties;\n\n"
        "(c) promote the full participation of women in political processes;"
    )
    kind, shifts = _first(old, new)
    assert _items(shifts) == []
    assert kind != "strengthened"


def test_items_under_a_welcome_are_no_asks() -> None:
    old = (
        "Welcomes the steps taken by the Government:\n\n(a) the adoption of the national strategy;"
    )
    new = old + "\n\n(b) the establishment of the national commission on small arms;"
    _, shifts = _first(old, new)
    assert _items(shifts) == []


REQUEST = (
    "Requests the Mission to {} relevant information with the Group of Experts and to "
    "report to the Committee on flows of arms across the border;"
)
ASK = "Reiterates its request to the armed forces to set out precise {} for their deployment;"


def _reach(shifts: list[tuple[str, str]]) -> list[str]:
    return [d for d, what in shifts if what.startswith("reach widened")]


def test_one_word_joined_to_what_an_ask_covers_widens_it() -> None:
    kind, shifts = _first(REQUEST.format("exchange"), REQUEST.format("assist and exchange"))
    assert kind == "strengthened"
    assert _reach(shifts) == ["stronger"]
    kind, shifts = _first(ASK.format("timelines"), ASK.format("benchmarks and timelines"))
    assert kind == "strengthened"
    assert _reach(shifts) == ["stronger"]


def test_one_word_that_is_no_wider_ask_does_not_widen() -> None:
    # A body named beside the one reported to is an addressee, read apart (scope.toml).
    _, shifts = _first(
        REQUEST.format("exchange"),
        REQUEST.format("exchange").replace("the Committee", "the Committee and the Panel"),
    )
    assert _reach(shifts) == []
    # An ask recast under a lead of another tier: the word is part of the recasting.
    _, shifts = _first(
        ASK.format("timelines"),
        "Encourages the armed forces to set out precise benchmarks and timelines for their "
        "deployment;",
    )
    assert _reach(shifts) == []
    # A word added without "and" or "or" is a rewording.
    _, shifts = _first(ASK.format("timelines"), ASK.format("realistic timelines"))
    assert _reach(shifts) == []
