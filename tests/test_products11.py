"""The products' defects a new user found and nobody fixed (the twenty-first session):
each test keeps one fixed, on short made-up texts or on ../shared (skipped without it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.cli import main

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "akn"
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason="the real texts of ../shared/corpus/akn are not here"
)


def test_an_argument_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `resdiff precedents D --index I --threshold 1.5` printed five lines of usage and
    # then the line that said what was wrong; every other error of the command line is
    # one line, exit 2.
    text = tmp_path / "d.txt"
    text.write_text(draft(["Urges the parties to talk.", CLOSING]), encoding="utf-8")
    for argv in (
        ["precedents", str(text), "--index", str(tmp_path / "i"), "--threshold", "1.5"],
        ["precedents", str(text)],
        ["compare", "--nope", str(text), str(text)],
        ["bogus"],
    ):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1, err
        assert err.startswith("resdiff: error: ") and "usage:" not in err
        assert "--help" in err
    with pytest.raises(SystemExit) as exit_:
        main(["precedents", "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("usage: resdiff precedents")


HEAD = (
    "Resolution 9999 (2022)\n\nAdopted by the Security Council at its 9100th meeting, "
    "on 28 July 2022\n\n"
)
RENEWS = "Decides to extend the mandate of the Mission for a further period ending on {}"


def _spec(tmp_path: Path, quantity: str, limit: str) -> Path:
    spec = tmp_path / "lines.toml"
    spec.write_text(
        f'[[rule]]\nname = "A year\'s renewal"\ntype = "quantity"\nquantity = "{quantity}"\n'
        f'at_least = "{limit}"\n',
        encoding="utf-8",
    )
    return spec


@pytest.mark.parametrize("quantity", ["duration", "renewal"])
def test_a_red_line_reads_a_renewal_s_length_from_its_end_date(
    tmp_path: Path, quantity: str
) -> None:
    # `quantity = "duration"`, `at_least = "12 months"` on S/RES/2646 (2022) said "no
    # duration in the operative part", where OP10 renews "for a further period ending on
    # 31 January 2023" (six months, as the lineage and a comparison read it).
    text = draft([RENEWS.format("31 January 2023;"), CLOSING], head=HEAD)
    result = resdiff.check(resdiff.parse(text), _spec(tmp_path, quantity, "12 months"))
    [rule] = result.results
    assert rule.status == "fail"
    assert "“ending on 31 January 2023” (6 months from 28 July 2022)" in rule.message
    assert rule.evidence[0].value == 187 and rule.evidence[0].unit == "days"
    held = resdiff.check(resdiff.parse(text), _spec(tmp_path, quantity, "6 months"))
    assert held.ok
    # "extend, to 15 July 2023 the mandate" (BINUH's formula): quoted from its "to".
    text = draft(["Decides to extend, to 15 July 2023 the mandate of the Office;", CLOSING])
    text = HEAD.replace("28 July", "15 July") + text
    [rule] = resdiff.check(resdiff.parse(text), _spec(tmp_path, quantity, "13 months")).results
    assert "“to 15 July 2023” (12 months from 15 July 2022)" in rule.message


def test_a_renewal_red_line_reads_only_what_renews(tmp_path: Path) -> None:
    # A period that renews nothing ("for a period of two years" of a report) is a
    # duration, not a renewal.
    text = draft(["Requests a report covering a period of two years;", CLOSING], head=HEAD)
    [rule] = resdiff.check(resdiff.parse(text), _spec(tmp_path, "renewal", "1 month")).results
    assert rule.status == "fail" and "no renewal period in the operative part" in rule.message
    [rule] = resdiff.check(resdiff.parse(text), _spec(tmp_path, "duration", "1 month")).results
    assert rule.status == "pass"


def test_a_day_glued_to_its_month_is_a_date() -> None:
    # S/RES/2537 (2020) OP11 prints "ending on 31January 2021": no date was read, so the
    # comparison named no date shift and the lineage no renewal period.
    old = draft([RENEWS.format("31 July 2020;"), CLOSING], head=HEAD.replace("2022", "2020"))
    new = draft([RENEWS.format("31January 2021;"), CLOSING], head=HEAD.replace("2022", "2020"))
    shifts = [s.describe() for c in resdiff.compare(old, new).changes for s in c.shifts]
    assert any("31 July 2020 → 31January 2021" in s for s in shifts), shifts
    lexicon = resdiff.Lexicon.default()
    dates = [q.value for q in lexicon.quantities_in("until 31January 2021") if q.kind == "date"]
    assert dates == ["31January 2021"]
    # Only a month name may follow a figure so: "12months", "10Mayors" are no dates.
    for text in ("within 12months of", "the 10Mayors of", "2537Decides"):
        assert not [q for q in lexicon.quantities_in(text) if q.kind == "date"], text


@needs_shared
def test_unficyp_s_renewal_of_2020_is_read_from_31january() -> None:
    from resdiff.lineage import lineage

    names = ("S_RES_2506_2020.xml", "S_RES_2537_2020.xml", "S_RES_2587_2021.xml")
    drafts = [resdiff.parse(SHARED / name) for name in names]
    [track] = lineage(drafts).tracks("renewal")
    assert [p.value if p else None for p in track.values] == ["6 months"] * 3


MANY = (
    "Recalls its statement of 5 May 2022, expresses deep regret regarding the "
    "unilateral actions taken, and calls upon the parties to refrain from them;"
)


def test_a_what_if_softens_the_clause_its_verb_fits() -> None:
    # `Scenario(2646).soften("OP3", to="regrets")` was refused ("not weaker than
    # “Recalls”"), where OP3's censure is its later clause "expresses deep regret".
    base = draft([MANY, CLOSING])
    built = resdiff.Scenario(base).soften("OP1", to="regrets").build()
    assert built.operative[0].text == (
        "Recalls its statement of 5 May 2022, regrets the unilateral actions taken, and "
        "calls upon the parties to refrain from them;"
    )
    # Named by its lead or its index among the paragraph's leads (0 the first).
    by_lead = resdiff.Scenario(base).soften("OP1", to="encourages", clause="calls upon")
    by_index = resdiff.Scenario(base).soften("OP1", to="encourages", clause=2)
    for scenario in (by_lead, by_index):
        assert (
            scenario.build()
            .operative[0]
            .text.endswith("and encourages the parties to refrain from them;")
        )
    # The first lead, as before, where the verb fits it.
    first = resdiff.Scenario(draft(["Strongly urges the parties to cease fire;", CLOSING]))
    assert first.soften("OP1", to="urges").build().operative[0].text == (
        "Urges the parties to cease fire;"
    )
    with pytest.raises(resdiff.SpecError, match="has no clause led by “condemns”"):
        resdiff.Scenario(base).soften("OP1", to="regrets", clause="condemns")
    with pytest.raises(resdiff.SpecError, match="name another clause of OP1 with clause="):
        resdiff.Scenario(base).strengthen("OP1", to="recalls")


def test_a_what_if_takes_no_later_clause_of_the_same_axis() -> None:
    # "Strongly encourages …, and calls upon …" softened to "encourages": the first lead
    # ranks on force as "encourages" does (and is no stronger), so the swap is refused
    # with the leads to name, rather than the later "calls upon" swapped unasked.
    text = "Strongly encourages the Government to act, and calls upon the parties to talk;"
    scenario = resdiff.Scenario(draft([text, CLOSING]))
    with pytest.raises(resdiff.SpecError, match="1: “calls upon”"):
        scenario.soften("OP1", to="encourages")
    built = scenario.soften("OP1", to="encourages", clause=1).build()
    assert built.operative[0].text == (
        "Strongly encourages the Government to act, and encourages the parties to talk;"
    )


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # S/RES/2650 (2022) OP17: "Demands the parties cease …" (no "that") softened to
        # "calls upon" read "Calls upon the parties cease …".
        ("Demands the parties cease any restrictions to the movement of the Force;", "soften"),
        # OP2: "Commends the positive role of the Force" strengthened to "urges" read
        # "Urges the positive role of the Force".
        ("Commends the positive role of the Force;", "strengthen"),
    ],
)
def test_a_what_if_refuses_an_ask_with_no_one_asked(text: str, verb: str) -> None:
    scenario = resdiff.Scenario(draft([text, CLOSING]))
    to = "calls upon" if verb == "soften" else "urges"
    with pytest.raises(resdiff.SpecError, match="hold no one asked “to” act"):
        getattr(scenario, verb)("OP1", to=to)


# The review of fix11 (review-fix11): defects of the fixes above.


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
    # A renewal stated as a period is read so, as before, and so is one stated both ways
    # (the period quoted, as the text says it: 186 days from 28 July is six months).
    for said in (
        "for a period of twelve months",
        "for a period of six months, until 30 January 2023",
    ):
        text = draft([f"Decides to extend the mandate of the Mission {said};", CLOSING], head=HEAD)
        result = resdiff.check(resdiff.parse(text), _spec(tmp_path, "renewal", "5 months"))
        assert result.ok
        [evidence] = result.results[0].evidence
        assert evidence.found.startswith(f"renewal period “{said.split(',')[0]}”")


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


def test_a_dateless_draft_is_blamed_only_where_something_renews(tmp_path: Path) -> None:
    # A `duration` rule on a draft with no date that renews nothing said "no duration in
    # the operative part (the draft has no date to count a renewal's end date from)":
    # there was no end date to count.
    bare = resdiff.parse(draft(["Requests the Secretary-General to report;", CLOSING]))
    [rule] = resdiff.check(bare, _spec(tmp_path, "duration", "1 month")).results
    assert rule.message.startswith("no duration in the operative part")
    assert "no date" not in rule.message
    renews = resdiff.parse(draft([RENEWS.format("31 January 2023;"), CLOSING]))
    [rule] = resdiff.check(renews, _spec(tmp_path, "duration", "1 month")).results
    assert "(the draft has no date to count a renewal's end date from)" in rule.message
