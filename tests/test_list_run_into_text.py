"""A list run into its paragraph's own sentence (issue 9, named shifts on paired
provisions): "Decides that the strategic priorities of MONUSCO are to contribute to the
following objectives: (a) Protection of civilians, as described in paragraph 29 (i) below;
(b) Support to the stabilisation ..." became one sentence, "... are (i) to contribute to
the protection of civilians and (ii) to support to the stabilisation ..." (MONUSCO 2022,
judged reworded by two judges): no item removed, no reach widened. An item whose words the
sentence does not hold is still removed. And a life-cycle word a request only names
("recommendations on the period of extension of the mandate") extends nothing."""

from __future__ import annotations

from drafting import lifecycle_labels, op1

LISTED = (
    "Decides that the strategic priorities of the Mission are to contribute to the "
    "following objectives:\n"
    "(a) Protection of civilians, as described in paragraph 5 below;\n"
    "(b) Support to the stabilisation and strengthening of State institutions and key "
    "governance and security reforms, as described in paragraph 6 below;"
)


def test_items_run_into_the_sentence_are_neither_removed_nor_a_wider_reach() -> None:
    kind, shifts = op1(
        LISTED,
        "Decides that the strategic priorities of the Mission are (i) to contribute to the "
        "protection of civilians and (ii) to support the stabilisation and strengthening of "
        "State institutions and key governance and security reforms;",
    )
    assert kind == "reworded"
    assert not [t for d, t in shifts if d != "neutral"]
    assert any("the list run into the paragraph's own sentence" in t for _, t in shifts)


def test_an_item_the_sentence_leaves_out_is_still_removed() -> None:
    # Near miss: the stabilisation item is gone, another objective came in its place.
    kind, shifts = op1(
        LISTED,
        "Decides that the strategic priorities of the Mission are (i) to contribute to the "
        "protection of civilians and (ii) to monitor the arms embargo along the borders of "
        "the country;",
    )
    assert kind != "reworded"
    assert any(d == "softer" and "item removed" in t for d, t in shifts)


def test_recommendations_on_the_period_of_an_extension_extend_nothing() -> None:
    # A life-cycle word named in a request, not done (S/RES/784 (1992), judged reworded).
    asked = (
        "Requests the Secretary-General to submit to it recommendations on the period of "
        "extension of the mandate, on the mandate and strength that the Mission will need;"
    )
    assert lifecycle_labels(asked) == []
    # Near miss: the Council's own extension still extends.
    assert lifecycle_labels(
        "Approves the extension of the mandate of the Mission for a further period of six months;"
    ) == ["extended"]
