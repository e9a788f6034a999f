"""Product failures found in an analyst's day with the history, provenance, red lines
and reports on the 2020–2022 and scanned corpus texts (the twenty-fourth session's trial,
branch user14).

Each case was first seen on real texts (UNFICYP's renewals S/RES/2506 (2020) → 2646
(2022); Southern Rhodesia's S/RES/232 (1966) → 314 (1972) → 388 (1976)); the tests
rebuild each shape with made-up sentences, never copies of the real texts.
"""

from __future__ import annotations

from resdiff import history
from resdiff.read.text import parse_text
from resdiff.render.timeline import render_timeline_text


def _text(symbol: str, recitals: list[str], operative: list[str]) -> str:
    head = f"United Nations\n\n{symbol}\n\nSecurity Council\n\nThe Security Council,\n\n"
    body = "\n\n".join(recitals) + "\n\n"
    ops = "\n\n".join(f"{i}. {t}" for i, t in enumerate(operative, start=1))
    return head + body + ops + "\n"


def test_history_names_a_dropped_paragraph_by_the_numbering_it_had() -> None:
    # S/RES/232 (1966) → 314 (1972): "[1] added (8): PP1, PP3, …" and "[1] dropped (10):
    # PP2, PP3, …" — the added PP3 is the new text's, the dropped one the old text's, and
    # nothing said so: an analyst read a paragraph added and dropped at once.
    first = parse_text(
        _text(
            "S/RES/9001 (2031)",
            [
                "Recalling its resolution 8000 (2029) on the situation in Eastland,",
                "Noting with concern the closure of the northern border crossings,",
                "Welcoming the report of the Secretary-General on the mission,",
            ],
            [
                "Decides to extend the mandate of the mission until 30 June 2032;",
                "Requests the Secretary-General to report every ninety days;",
            ],
        )
    )
    second = parse_text(
        _text(
            "S/RES/9050 (2032)",
            [
                "Recalling its resolution 8000 (2029) on the situation in Eastland,",
                "Welcoming the report of the Secretary-General on the mission,",
                "Stressing the importance of the electoral calendar agreed by the parties,",
            ],
            [
                "Decides to extend the mandate of the mission until 30 June 2033;",
                "Requests the Secretary-General to report every ninety days;",
            ],
        )
    )
    h = history([first, second])
    text = render_timeline_text(h, compact=True)
    assert "[1] added (1, as numbered in [1]): PP3" in text
    assert "[1] dropped (1, as numbered in [0]): PP2" in text
