"""Precision of "strengthened" and "softened" on real texts (eighth trial, 5 December
2026): general drafting rules that keep a one-sided verdict from a provision where the
hand-judged benchmark sees no change of force. Each rule is pinned with short made-up
sentences in resolution style, with a control that the rule leaves alone."""

from __future__ import annotations

from drafting import change_between as _change

import resdiff

CLOSING = "Decides to remain seized of the matter."


def _draft(preamble: list[str], operative: list[str]) -> str:
    pps = "\n\n".join(preamble)
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"The Security Council,\n\n{pps}\n\n{ops}\n"


FIRST = "Recalling the statement of its President of 2 February 2031,"
ASK = "Calls upon the parties to observe the ceasefire in Freedonia;"


def test_a_bare_recall_of_resolutions_promoted_to_the_operative_part_asks_nothing() -> None:
    # A recital that only restates a resolution by number becomes an operative "Recalls"
    # of it and of the texts adopted since: a declaratory recall in either part, judged
    # reworded (Cyprus 1974), not a provision promoted.
    old = _draft(
        [FIRST, "Reaffirming the provisions of its resolution 1001 (2031) of 3 March 2031,"],
        [ASK, CLOSING],
    )
    new = _draft(
        [FIRST],
        [
            "Recalls its resolutions 1001 (2031) of 3 March, 1002 (2031) of 9 March and "
            "1003 (2031);",
            ASK,
            CLOSING,
        ],
    )
    kind, shifts = _change(resdiff.compare(old, new), "PP2", "OP1")
    assert kind == "reworded", shifts
    assert not any(d != "neutral" for d, _ in shifts), shifts


def test_a_bare_recall_of_resolutions_moved_into_the_preamble_loses_nothing() -> None:
    # The mirror: "Recalls its resolutions ..." in the operative part becomes "Recalling
    # its resolutions ..." in the preamble (judged reworded, Cyprus 1974).
    old = _draft(
        [FIRST],
        ["Recalls its resolutions 1001 (2031) and 1002 (2031) of 9 March 2031;", ASK, CLOSING],
    )
    new = _draft(
        [
            FIRST,
            "Recalling its resolutions 1001 (2031), 1002 (2031) of 9 March and 1003 (2031) of "
            "20 March 2031,",
        ],
        [ASK, CLOSING],
    )
    kind, shifts = _change(resdiff.compare(old, new), "OP1", "PP2")
    assert kind == "reworded", shifts


def test_a_restatement_with_content_of_its_own_still_moves_its_force() -> None:
    # Control: what the recall says besides the numbers ("the right of Freedonia to live in
    # peace") is the Council's own word, and its place in the operative part weighs.
    old = _draft(
        [FIRST, "Reaffirming the right of Freedonia to live in peace, free from interference,"],
        [ASK, CLOSING],
    )
    new = _draft(
        [FIRST],
        [
            "Reaffirms the right of Freedonia to live in peace, free from interference;",
            ASK,
            CLOSING,
        ],
    )
    kind, shifts = _change(resdiff.compare(old, new), "PP2", "OP1")
    assert kind == "strengthened", shifts
    assert ("stronger", "place promoted to the operative part: preamble → operative") in shifts


def test_resolutions_reaffirmed_in_all_their_components_are_not_a_bare_recall() -> None:
    # Control: "in all their components" says how firmly the texts bind (Lebanon 1982,
    # judged strengthened when it moved into the operative part).
    old = _draft(
        [FIRST, "Reaffirming its resolutions 1001 (2031) and 1002 (2031),"],
        [ASK, CLOSING],
    )
    new = _draft(
        [FIRST],
        [
            "Reaffirms its resolutions 1001 (2031) and 1002 (2031) in all their components;",
            ASK,
            CLOSING,
        ],
    )
    kind, shifts = _change(resdiff.compare(old, new), "PP2", "OP1")
    assert kind == "strengthened", shifts


def test_paragraphs_that_open_alike_pair_though_rewritten() -> None:
    # resdiff.align.acts.same_openings: the same lead (by its lemma) and the same five
    # words after it, one such paragraph left on each side.
    old = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Strongly condemns all actions contrary to the provisions of the mandate and, in "
        "particular, continued acts of violence that prevent its fulfilment by the Force;\n\n"
        "2. Decides to remain seized of the question.\n"
    )
    new = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Condemns all actions contrary to the provisions of the resolutions cited above "
        "that have prevented the full implementation of the mandate, causing death and "
        "destruction among the civilian population;\n\n"
        "2. Decides to remain seized of the question.\n"
    )
    from resdiff.align.acts import same_openings

    class Scorer:  # the words' score, whatever it is: the opening decides the pair
        def score(self, i: int, j: int) -> float:
            return 0.25

    old_ops = resdiff.parse(old, format="text").operative
    new_ops = resdiff.parse(new, format="text").operative
    found = same_openings(old_ops, new_ops, {1: None}, {1}, Scorer())  # type: ignore[dict-item,arg-type]
    assert found == [(0, 0, 0.25)]
    # And the pair, once made, reads as the judges read it: the censure lowered.
    cmp = resdiff.compare(resdiff.parse(old, format="text"), resdiff.parse(new, format="text"))
    assert [c.kind for c in cmp.changes if c.old == ("OP1",)] == ["softened"]


def test_paragraphs_that_open_alike_pair_only_one_to_one() -> None:
    # Two leftover requests on one side that open alike: no pairing by the opening.
    old = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Requests the Secretary-General to report regularly on the elections held in "
        "the country last year;\n\n2. Decides to remain seized of the question.\n"
    )
    new = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Requests the Secretary-General to report regularly on progress made in the "
        "reform of the police;\n\n"
        "2. Requests the Secretary-General to report regularly on cooperation with the "
        "regional organizations;\n\n3. Decides to remain seized of the question.\n"
    )
    from resdiff.align.acts import same_openings

    old_ops = resdiff.parse(old, format="text").operative
    new_ops = resdiff.parse(new, format="text").operative
    # Nothing taken yet but the closing formulas: the one old request has two new
    # partners that open as it does, so the opening decides nothing.
    found = same_openings(old_ops, new_ops, {2: None}, {1}, None)  # type: ignore[dict-item,arg-type]
    assert found == []
