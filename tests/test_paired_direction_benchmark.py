"""``benchmarks/paired_direction.py`` lists the provisions the judges call softened or
strengthened that resdiff pairs alike and reads reworded or mixed, sorts them by the
judge's cause and by what resdiff sees, and tallies resdiff's mixed provisions by the
balance of their weights. The drafts here are hand-written in ordinary Council wording."""

from __future__ import annotations

from benchmark_module import load

import resdiff

pd = load("paired_direction")


def _draft(op2: str) -> str:
    return (
        "The Security Council,\n\nRecalling its previous resolutions,\n\n"
        f"1. Decides to remain seized of the matter;\n\n2. {op2}\n"
    )


def test_what_resdiff_sees() -> None:
    soft = {"direction": "softer", "weight": 4.0}
    strong = {"direction": "stronger", "weight": 4.0}
    neutral = {"direction": "neutral", "weight": 0.0}
    assert pd.seen("reworded", [], "softer") == "no shift"
    assert pd.seen("reworded", [neutral], "softer") == "neutral only"
    assert pd.seen("reworded", [{**soft, "weight": 0.0}], "softer") == "direction unweighed"
    assert pd.seen("mixed", [soft, strong], "softer") == "heavier, still mixed"
    # Review of recall16: "outweighed" only where the judged side is the lighter one.
    assert pd.seen("mixed", [soft, {**strong, "weight": 8.0}], "softer") == "outweighed (mixed)"
    assert pd.seen("mixed", [{**soft, "weight": 20.0}, strong, strong], "softer") == (
        "heavier, still mixed"
    )
    assert pd.seen("mixed", [strong], "softer") == "other direction only"


def test_the_cause_is_the_judge_s_first_shift_in_the_judged_direction() -> None:
    item = {
        "kind": "softened",
        "shifts": [
            {"feature": "fact", "direction": "neutral"},
            {"feature": "addressee", "direction": "stronger"},
            {"feature": "degree", "direction": "softer"},
        ],
    }
    assert pd.cause_of(item) == pd.CAUSES["degree"]
    assert pd.cause_of({"kind": "strengthened", "shifts": []}) == "no directed shift named"
    assert (
        pd.cause_of({"kind": "softened", "shifts": [{"feature": "x", "direction": "softer"}]})
        == "x"
    )


def test_rows_and_balance_of_a_judged_pair() -> None:
    old = _draft("Urges all States to provide assistance to the Mission without delay;")
    new = _draft(
        "Urges all States to provide assistance to the Mission, and encourages the Mission"
        " to report;"
    )
    cmp = resdiff.compare(old, new)
    change = next(c for c in cmp.changes if c.new == ("OP2",))
    pair = {
        "id": "made-up",
        "set": "dev",
        "old": "a.xml",
        "new": "b.xml",
        "judged": {
            "changes": [
                {
                    "item": 1,
                    "old": ["OP2"],
                    "new": ["OP2"],
                    "kind": "softened",
                    "reason": "'without delay' dropped",
                    "shifts": [
                        {"feature": "degree", "direction": "softer", "what": "without delay"}
                    ],
                }
            ]
        },
    }
    # "without delay" dropped (softer) beside an encouragement added (stronger): mixed.
    assert change.kind == "mixed"
    (row,) = pd.rows_of(pair, list(cmp.changes))
    assert row["cause"] == pd.CAUSES["degree"]
    # The judged side, "without delay" dropped, weighs no less than the encouragement.
    assert (row["found"], row["seen"]) == ("mixed", "heavier, still mixed")
    assert "without delay" in row["old_text"]
    (balance,) = pd.balance_of(pair, list(cmp.changes))
    assert balance["judged"] == "softened"
    assert balance["n_softer"] == 1 and balance["n_stronger"] == 1
    assert balance["softer"] >= balance["stronger"] > 0
    # Judged reworded, the provision is no row of the tool, but still one of the balance.
    pair["judged"]["changes"][0]["kind"] = "reworded"
    assert pd.rows_of(pair, list(cmp.changes)) == []
    assert [b["judged"] for b in pd.balance_of(pair, list(cmp.changes))] == ["reworded"]
