"""The review of fix11 (the twenty-first session): each test keeps one defect the
review found fixed, on short made-up texts."""

from __future__ import annotations

from pathlib import Path

from drafting import CLOSING, draft

import resdiff

HEAD = (
    "Resolution 9999 (2022)\n\nAdopted by the Security Council at its 9100th meeting, "
    "on 28 July 2022\n\n"
)


def _spec(tmp_path: Path, quantity: str, limit: str) -> Path:
    spec = tmp_path / "lines.toml"
    spec.write_text(
        f'[[rule]]\nname = "A year\'s renewal"\ntype = "quantity"\nquantity = "{quantity}"\n'
        f'at_least = "{limit}"\n',
        encoding="utf-8",
    )
    return spec


def test_a_renewal_red_line_reads_the_end_date_not_another_period(tmp_path: Path) -> None:
    # A renewal to its end date beside another period of the same paragraph: the renewal
    # red line read the other period ("renewal period “period of two years”", held at
    # eleven months) and never the mandate's end date.
    for other, limit, status in (
        ("requests a report covering a period of two years", "13 months", "fail"),
        ("requests a plan for a 90-day period", "11 months", "pass"),
    ):
        renews = f"Decides to extend the mandate of the Mission until 31 July 2023, and {other};"
        text = draft([renews, CLOSING], head=HEAD)
        result = resdiff.check(resdiff.parse(text), _spec(tmp_path, "renewal", limit))
        [rule] = result.results
        assert rule.status == status, rule.message
        quoted = "renewal period “until 31 July 2023” (12 months from 28 July 2022)"
        assert quoted in rule.message
        assert len(rule.evidence) == 1
    # A renewal stated as a period is read so, as before.
    text = draft(
        ["Decides to extend the mandate of the Mission for a period of twelve months;", CLOSING],
        head=HEAD,
    )
    assert resdiff.check(resdiff.parse(text), _spec(tmp_path, "renewal", "11 months")).ok


def test_a_what_if_swaps_an_ask_after_a_continuer() -> None:
    # "In this regard, requests the Secretary-General to report" softened to
    # "encourages" was refused as holding "no one asked “to” act": the check read the
    # lead with its continuer as no ask at all.
    for text in (
        "In this regard, requests the Secretary-General to report;",
        "Further requests the Secretary-General to report;",
    ):
        built = resdiff.Scenario(draft([text, CLOSING])).soften("OP1", to="encourages").build()
        assert built.operative[0].text.endswith("ncourages the Secretary-General to report;")
