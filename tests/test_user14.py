"""Product failures found in an analyst's day with the history, provenance, red lines
and reports on the 2020–2022 and scanned corpus texts (the twenty-fourth session's trial,
branch user14).

Each case was first seen on real texts (UNFICYP's renewals S/RES/2506 (2020) → 2646
(2022); Southern Rhodesia's S/RES/232 (1966) → 314 (1972) → 388 (1976)); the tests
rebuild each shape with made-up sentences, never copies of the real texts.
"""

from __future__ import annotations

from resdiff import check, history
from resdiff.lineage import lineage
from resdiff.read.text import parse_text
from resdiff.render.lineage import render_lineage_markdown, render_lineage_text
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


def _resolution(number: int, year: int, operative: list[str]) -> str:
    body = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, start=1))
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\n"
        f"Adopted by the Security Council at its {8000 + number}th meeting, on 15 March "
        f"{year}\n\nThe Security Council,\n\nRecalling its previous resolutions on the "
        f"situation in Eastland,\n\n{body}\n"
    )


def test_lineage_shows_the_texts_that_do_not_hold_a_quantity() -> None:
    # UNSMIL's seven texts: "reporting interval … [0] every 60 days · [4] every 30 days ▲"
    # under a legend promising "— not in that text": the three short renewals between
    # them, which hold no reporting interval, were left out, and the arrow at [4]
    # compares with [0] unsaid.
    report = "Requests the Secretary-General to report to the Council on the mission {};"
    texts = []
    for k, words in enumerate(["every 60 days", None, None, "every 30 days", None]):
        ops = ["Decides to extend the mandate of the mission until 15 March 2040;"]
        if words is not None:
            ops.append(report.format(words))
        ops.append("Decides to remain seized of the matter.")
        texts.append(_resolution(9100 + k, 2031 + k, ops))
    lin = lineage(texts)
    text = render_lineage_text(lin, width=200)
    assert "[0] every 60 days · [1]–[2] — · [3] every 30 days ▲ · [4] —" in text
    # The Markdown says the same, its brackets escaped.
    assert r"\[1\]–\[2\] — · \[3\] every 30 days ▲" in render_lineage_markdown(lin)


_HEAD = (
    "United Nations\n\nS/2031/100\n\nSecurity Council\n\nDraft resolution\n\n"
    "The Security Council,\n\nRecalling its resolution 8000 (2029) on Eastland,\n\n"
)
_ARMS_LINE = (
    '[[rule]]\nname = "Arms embargo stays mandatory"\ntype = "measure_mode"\n'
    'measure = "arms_embargo"\nmode = "mandatory"\n'
)


def _ops(*operative: str) -> str:
    return _HEAD + "\n\n".join(f"{k}. {t}" for k, t in enumerate(operative, start=1)) + "\n"


def test_a_measure_named_but_not_imposed_is_said_so_in_the_red_line() -> None:
    # S/RES/2644 (2022): OP5 "demands full compliance by all Member States with the arms
    # embargo", OP7 calls for its implementation, and `check` said "no arms embargo
    # named" (beside a renewal by paragraph number) or, without one, only "no arms
    # embargo imposed", with no evidence: an analyst read the embargo as overlooked.
    text = _ops(
        "Demands full compliance by all Member States with the arms embargo;",
        "Decides to remain seized of the matter.",
    )
    result = check(text, _ARMS_LINE).result("Arms embargo stays mandatory")
    # The lead's decision (review of user14): named, not imposed, is not checked.
    assert result.status == "skipped"
    assert "named, not imposed (OP1)" in result.message
    assert [e.ref for e in result.evidence] == ["OP1"]
    renewed = _ops(
        "Decides to renew until 31 July 2033 the measures as set out in paragraphs 9 and 14 "
        "of resolution 8000 (2029);",
        "Calls upon the Government to improve the implementation of the arms embargo;",
    )
    skipped = check(renewed, _ARMS_LINE).result("Arms embargo stays mandatory")
    assert skipped.status == "skipped"
    assert "no arms embargo named" not in skipped.message
    assert "no arms embargo imposed (OP2 names it without imposing it)" in skipped.message
    # One that lifts it is said to.
    lifted = _ops(
        "Decides to terminate the arms embargo imposed by paragraph 4 of resolution 8000 (2029);",
        "Demands full compliance with the arms embargo;",
    )
    message = check(lifted, _ARMS_LINE).result("Arms embargo stays mandatory").message
    assert "(OP2 names it without imposing it; OP1 lifts or ends it)" in message
    # A text that does not name it is reported as before.
    silent = check(_ops("Decides to remain seized of the matter."), _ARMS_LINE)
    assert silent.result("Arms embargo stays mandatory").message == (
        "no arms embargo imposed — at least mandatory required"
    )


def test_history_counts_drops_for_good_apart_from_those_written_back() -> None:
    # UNSMIL's seven texts: "29 dropped" above a list of 39 drops, 10 of them "back at
    # [k]": the count was of provisions dropped for good, and nothing said so.
    recital = "Welcoming the report of the Secretary-General on the mission,"
    stays = "Recalling its resolution 8000 (2029) on the situation in Eastland,"
    closing = "Decides to remain seized of the matter."
    panel = "Requests the panel of experts to report on the embargo every ninety days;"
    ops = "Decides to extend the mandate of the mission until 30 June 2032;"
    texts = [
        _text("S/RES/9001 (2031)", [stays, recital], [ops, panel, closing]),
        _text("S/RES/9050 (2032)", [stays], [ops, closing]),
        _text("S/RES/9090 (2033)", [stays], [ops, panel, closing]),
    ]
    h = history([parse_text(t) for t in texts])
    text = render_timeline_text(h, compact=False)
    assert "1 dropped for good; 1 dropped and written back later." in text
