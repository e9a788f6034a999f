"""Review of the twentieth session's new-user branch: each test keeps one defect the
review found fixed, on short made-up texts."""

from __future__ import annotations

from drafting import CLOSING, draft

import resdiff


def _op1_recast(operative: str, to: str) -> str:
    base = resdiff.parse(draft([operative, CLOSING]))
    return resdiff.Scenario(base).strengthen("OP1", to=to).build().clause("OP1").text


def test_parties_to_armed_conflict_stay_the_object_s_words() -> None:
    # "parties to" read as the verb's "to" unless an article or a capital followed, and
    # the commonest object with neither, "all parties to armed conflict(s)" (children
    # and armed conflict; "urges all parties to armed conflict to immediately cease such
    # attacks"), read "Demands that all parties armed conflict to immediately cease".
    assert _op1_recast(
        "Urges all parties to armed conflict to immediately cease such attacks;", "demands"
    ) == ("Demands that all parties to armed conflict immediately cease such attacks;")
    assert _op1_recast("Urges all parties to conflicts to end hostilities;", "demands") == (
        "Demands that all parties to conflicts end hostilities;"
    )
    assert _op1_recast("Calls upon the parties to it to comply with it;", "demands") == (
        "Demands that the parties to it comply with it;"
    )
    assert _op1_recast(
        "Calls upon the parties to relevant treaties to comply with them;", "demands"
    ) == ("Demands that the parties to relevant treaties comply with them;")
    # The verb's "to" after "parties" still goes (the branch's fix).
    assert _op1_recast("Urges all parties to cooperate fully;", "demands") == (
        "Demands that all parties cooperate fully;"
    )
