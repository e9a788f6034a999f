"""An order binds those it names (RESULTS §2eq): "Calls upon the Governments concerned to
order a cease-fire" -> "Orders the Governments concerned, pursuant to Article 40 of the
Charter, to desist from further military action" is the call made binding, as the judges of
every pair that holds S/RES/54 (1948) read it; "Orders" was no lead at all. "Directs the
attention of ... to its resolution" points to a text and directs no one to act. Made-up
texts."""

from __future__ import annotations

from drafting import CLOSING, draft

import resdiff

CALL = (
    "Calls upon the Governments concerned to desist from further military action and to "
    "issue cease-fire orders to their forces;"
)
ORDER = (
    "Orders the Governments concerned, pursuant to Article 40 of the Charter, to desist "
    "from further military action and to issue cease-fire orders to their forces;"
)


def _first(paragraph: str) -> tuple[str, int | None]:
    phrase = resdiff.parse(draft([paragraph, CLOSING])).operative[0].phrases[0]
    return phrase.lemma, phrase.axis_a


def _kind(old: str, new: str) -> str:
    cmp = resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING]))
    return next(c.kind for c in cmp.changes if c.section == "operative")


def test_orders_is_a_binding_lead() -> None:
    assert _first(ORDER) == ("order", 6)
    assert _first("Orders an immediate and unconditional cease-fire in the city;") == ("order", 6)


def test_a_call_made_an_order_is_stronger_and_the_reverse_softer() -> None:
    assert _kind(CALL, ORDER) == "strengthened"
    assert _kind(ORDER, CALL) == "softened"


def test_orders_as_a_noun_opens_no_clause() -> None:
    text = (
        "Demands that the Government ensure that its decrees and orders directing its "
        "commanders to protect civilians are fully implemented;"
    )
    phrases = resdiff.parse(draft([text, CLOSING])).operative[0].phrases
    assert [p.lemma for p in phrases] == ["demand"]


def test_directs_the_attention_is_a_pointer_not_a_direction() -> None:
    assert _first(
        "Directs the attention of the Governments concerned to its resolution 1001 (2021);"
    ) == ("direct attention", 1)
    assert _first("Directs the Committee to report within 30 days;") == ("direct", 5)
