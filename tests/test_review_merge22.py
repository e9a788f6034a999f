"""The review of the twenty-second session's merge (benchmarks/judged/RESULTS.md §2co).

tracked12's one-line heading between paragraphs printed without blank lines (a browser's
one-column print) leaves a line led by a recital's participle to reader12's rule for a
recital that lost its comma; that rule only saw such a line when blank lines set it
apart, so without them the recital was run into the operative paragraph above it.
Made-up texts.
"""

from __future__ import annotations

import pytest

from resdiff import parse

_TOP = (
    "The Security Council,\n"
    "Recalling its earlier resolutions on the matter,\n"
    "1. Decides to extend the mandate of the Mission until 31 December;\n"
    "2. Requests the Secretary-General to report every three months;\n"
)
_END = (
    "3. Calls upon all parties to respect the ceasefire;\n"
    "4. Decides to remain seized of the matter.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Noting with concern the situation in Haiti",
        "Acting under Chapter VII of the Charter of the United Nations",
        "Welcoming the progress made by the parties",
    ],
)
def test_lost_comma_recital_without_blank_lines_is_a_recital(line: str) -> None:
    draft = parse(_TOP + line + "\n" + _END)
    assert [c.text for c in draft.operative][1] == (
        "Requests the Secretary-General to report every three months;"
    )
    assert line in [c.text for c in draft.preamble]
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3", "OP4"]
    assert "preamble-no-comma" in [w.code for w in draft.warnings]


@pytest.mark.parametrize(
    "line",
    [
        "Creating the conditions for humanitarian assistance",
        "Taking Stock of Progress",
        "Protection of civilians:",
    ],
)
def test_headings_without_blank_lines_stay_headings(line: str) -> None:
    draft = parse(_TOP + line + "\n" + _END)
    assert [h.text for h in draft.headings] == [line]
    assert len(draft.preamble) == 1


def test_a_wrapped_operative_paragraph_is_not_cut() -> None:
    # The line goes on with the paragraph above, which has not ended.
    text = _TOP.replace("every three months;", "every three months and") + (
        "Noting with concern the situation in Haiti\n" + _END
    )
    draft = parse(text)
    assert len(draft.preamble) == 1
    assert draft.operative[1].text.endswith("and Noting with concern the situation in Haiti")
