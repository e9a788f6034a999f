"""A measure lifted at a revision is named with the paragraphs that lift it, not every
paragraph that names it: the DRC sanctions' 2641 (2022) read "[1] ▼ lifted or ended OP1,
OP5" where OP1 renews the measures and OP5 alone reads as an end (user25). Made-up
texts."""

from __future__ import annotations

from resdiff.lineage import lineage
from resdiff.render.lineage import render_lineage_text


def resolution(number: int, year: int, operative: list[str]) -> str:
    body = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, start=1))
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\n"
        f"Adopted by the Security Council at its {8000 + number}th meeting, on 15 March "
        f"{year}\n\nThe Security Council,\n\nActing under Chapter VII of the Charter of the "
        f"United Nations,\n\n{body}\n"
    )


ARMS = "the supply, sale or transfer of arms and related materiel to the country"


def test_the_lifting_paragraph_alone_is_named() -> None:
    lin = lineage(
        [
            resolution(
                2600,
                2021,
                [
                    f"Decides that all Member States shall prevent {ARMS};",
                    "Decides to remain seized of the matter.",
                ],
            ),
            resolution(
                2650,
                2022,
                [
                    f"Decides that all Member States shall continue to prevent {ARMS};",
                    "Decides to lift the measures on the supply, sale or transfer of arms "
                    "and related materiel imposed by paragraph 1 of resolution 2600 (2021);",
                    "Decides to remain seized of the matter.",
                ],
            ),
        ]
    )
    arms = lin.measure("arms_embargo")
    lifted = [e for e in arms.events if e.event == "lifted"]
    assert [e.refs for e in lifted] == [("OP2",)]
    state = arms.states[1]
    assert state is not None and state.refs == ("OP1", "OP2")  # both still name it
    assert "lifted or ended OP2" in " ".join(render_lineage_text(lin).split())
