"""What a drafting expert and a new user found reading resdiff's reports and products on
real texts (MONUSCO 2612 -> 2666, UNMISS 2514 -> 2625, MINUSMA 2531 -> 2640; the UNISFA
rollover 2550 -> 2606), each fixed with the smallest text that shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus

import resdiff
from resdiff.model import Change, Comparison, Shift


def draft(operative: list[str], preamble: list[str] | None = None, head: str = "") -> str:
    """A small draft resolution: the preamble and the numbered operative paragraphs."""
    pre = "\n\n".join(preamble if preamble is not None else ["Recalling its resolutions,"])
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"{head}The Security Council,\n\n{pre}\n\n{ops}\n"


def shifts(change: Change) -> list[Shift]:
    return [s for c in change.walk() for s in c.shifts]


def change_of(cmp: Comparison, old: str | None = None, new: str | None = None) -> Change:
    return next(
        c
        for top in cmp.changes
        for c in top.walk()
        if (old is None or old in c.old) and (new is None or new in c.new)
    )


# ------------------------------------------------------------------ life-cycle words


@pytest.mark.parametrize(
    "text",
    [
        # MINUSMA 2022: a priority of the mission, not a drawdown nor a body set up.
        "Decides that the strategic priority of MINUSMA is to support the implementation "
        "of a strategy that protects civilians, reduces intercommunal violence, and "
        "re-establishes State presence and authority as well as basic social services;",
        # MINUSCA 2020: the presence of armed groups, not the mission's.
        "Decides that the strategic objective is to support the conditions conducive to "
        "the sustainable reduction of the presence of, and threat posed by, armed groups;",
        "Requests the Mission to support the reestablishment of State authority and "
        "presence throughout the territory;",
        # UNMISS 2020: a party's own mechanism, no body of the Council.
        "Encourages the GoSS to establish internal disciplinary mechanisms including a "
        "confidential reporting mechanism to report;",
    ],
)
def test_the_states_presence_restored_is_no_drawdown_nor_a_body_established(text: str) -> None:
    lexicon = resdiff.Lexicon.default()
    assert not lexicon.lifecycle_in(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Decides to reduce the presence of the Mission in the eastern provinces;", "drawn down"),
        ("Requests the Secretary-General to reduce the troop ceiling of the Force;", "drawn down"),
        ("Decides to establish a presence of the Mission in Gao;", "established"),
        ("Commends the Mission for re-establishing its presence at Camp Faouar;", "established"),
        ("Decides that UNITAMS and UNAMID establish a coordination mechanism;", "established"),
        ("Decides to establish the International Residual Mechanism;", "established"),
    ],
)
def test_the_missions_own_presence_still_counts(text: str, label: str) -> None:
    lexicon = resdiff.Lexicon.default()
    assert label in {m.label for m in lexicon.lifecycle_in(text)}


# ------------------------------------------------- a mandate continued by reference

_OLD_UNISFA = draft(
    [
        "Decides to extend until 15 May 2021 the mandate of UNISFA as set out in paragraph "
        "2 of resolution 1990 (2011) and acting under Chapter VII of the Charter of the "
        "United Nations, further decides to extend until 15 May 2021 the tasks of UNISFA "
        "as set out in paragraph 3 of resolution 1990 (2011);",
        *[f"Demands that the parties implement commitment number {k};" for k in range(1, 9)],
        "Underscores that UNISFA's protection of civilians mandate as set out in paragraph 3 "
        "of resolution 1990 (2011) includes taking the necessary actions to protect "
        "civilians, and in that regard underlines that peacekeepers are authorized to use "
        "all necessary means, which includes the use of force when required;",
        "Decides to remain actively seized of the matter.",
    ],
    head="Resolution 2550 (2020)\n\n",
)


def test_a_rollover_by_reference_keeps_the_chapter_vii_basis_and_force_of_the_mandate() -> None:
    # S/RES/2550 (2020) -> the one-month rollover S/RES/2606 (2021): "extend ... the
    # mandate of UNISFA as set out in paragraphs 1 and 2 of resolution 2575 (2021)". The
    # Chapter VII basis of the tasks and the restated authority to use force stand in
    # the resolutions cited; the demands it leaves out are softer, as the judges read a
    # rollover of the mandate alone.
    new = draft(
        [
            "Decides to extend until 15 December 2021 the mandate of UNISFA as set out in "
            "paragraphs 1 and 2 of resolution 2575 (2021), which refer to relevant "
            "provisions in resolutions 1990 (2011) and 2550 (2020);",
            "Decides to remain actively seized of the matter.",
        ],
        head="Resolution 2606 (2021)\n\n",
    )
    cmp = resdiff.compare(_OLD_UNISFA, new)
    assert cmp.summary.chapter_vii == "kept"
    assert cmp.summary.use_of_force == "kept"
    flags = [
        s for c in cmp.changes for s in shifts(c) if s.feature in ("chapter-vii", "use-of-force")
    ]
    assert {s.feature for s in flags} == {"chapter-vii", "use-of-force"}
    assert all(
        s.direction == "neutral"
        and s.note == "the mandate continues by reference to resolution 2575 (2021)"
        for s in flags
    )
    demands = [
        s for c in cmp.changes if c.kind == "dropped" for s in shifts(c) if s.feature == "verb"
    ]
    assert demands and all(s.direction == "softer" for s in demands)
    assert cmp.summary.direction == "softer"
    assert all(
        "Chapter VII" not in k.headline and "force" not in k.headline
        for k in cmp.summary.key_changes
    )


def test_an_authority_to_use_force_conferred_in_the_old_words_is_not_carried() -> None:
    old = _OLD_UNISFA.replace(
        "Underscores that UNISFA's protection of civilians mandate as set out in paragraph 3 "
        "of resolution 1990 (2011) includes taking the necessary actions to protect "
        "civilians, and in that regard underlines that peacekeepers are authorized",
        "Authorizes UNISFA",
    )
    new = draft(
        [
            "Decides to extend until 15 December 2021 the mandate of UNISFA as set out in "
            "paragraphs 1 and 2 of resolution 2575 (2021);",
            "Decides to remain actively seized of the matter.",
        ],
        head="Resolution 2606 (2021)\n\n",
    )
    cmp = resdiff.compare(old, new)
    force = [s for c in cmp.changes for s in shifts(c) if s.feature == "use-of-force"]
    assert force and all(s.direction == "softer" for s in force)
    assert cmp.summary.use_of_force == "dropped"
    # Without a mandate continued by reference, nothing is carried.
    alone = draft(["Decides to remain actively seized of the matter."])
    plain = resdiff.compare(_OLD_UNISFA, alone)
    assert plain.summary.chapter_vii == "dropped"


@needs_corpus
def test_the_unisfa_rollover_of_2021_keeps_chapter_vii_and_force() -> None:
    akn = CORPUS / "akn"
    cmp = resdiff.compare(akn / "S_RES_2550_2020.xml", akn / "S_RES_2606_2021.xml")
    assert (cmp.summary.chapter_vii, cmp.summary.use_of_force) == ("kept", "kept")
    assert all("Chapter VII" not in k.headline for k in cmp.summary.key_changes)


# ------------------------------------------------------------------ reporting intervals


def test_an_item_given_its_own_interval_is_compared_with_its_lists() -> None:
    # MONUSCO 2021 -> 2022: the benchmarks, reported on "every three months" with the
    # rest of the list, are now updated "every six months": less often, softer; not a
    # reporting interval added, nor a wider ask.
    lead = "Requests the Secretary-General to report to the Council every three months, including:"
    old = draft(
        [
            f"{lead}\n(a) information on the situation in the country;\n"
            "(b) progress towards the realisation of the benchmarks of the Transition plan;",
            "Decides to remain seized of the matter.",
        ]
    )
    new = draft(
        [
            f"{lead}\n(a) information on the situation in the country;\n"
            "(b) every six months, updates on progress towards the realisation of the "
            "benchmarks of the Transition plan;",
            "Decides to remain seized of the matter.",
        ]
    )
    cmp = resdiff.compare(old, new)
    item = change_of(cmp, "OP1(b)")
    quantity = [s for s in shifts(item) if s.feature == "quantity"]
    assert [(s.old, s.new, s.direction) for s in quantity] == [
        ("every three months", "every six months", "softer")
    ]
    assert "lead-in" in (quantity[0].note or "")
    assert not [s for s in shifts(item) if s.detail == "reach widened"]
    assert item.kind == "softened"
    # The same interval spelt out in the item moves nothing.
    same = new.replace("every six months", "every three months")
    assert not [
        s
        for s in shifts(change_of(resdiff.compare(old, same), "OP1(b)"))
        if s.feature == "quantity"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # MINUSMA 2020: one update asked for in a report of a cycle set elsewhere.
        (
            "Requests the Secretary-General to include in his first quarterly report following "
            "the adoption of this resolution an update on these measures;",
            [],
        ),
        # UNSOM 2022: a report cited, not a cycle asked for.
        (
            "Expresses concern about the violations documented in the Secretary-General’s "
            "annual report on children and armed conflict (S/2022/493);",
            [],
        ),
        (
            "Requests the Secretary-General to include this information in his quarterly reports;",
            [],
        ),
        ("Requests the Secretary-General to submit annual reports to the Council;", ["annual"]),
        ("Requests the Panel to brief the Committee on a quarterly basis;", ["quarterly"]),
    ],
)
def test_a_report_of_a_cycle_set_elsewhere_is_no_reporting_interval(
    text: str, found: list[str]
) -> None:
    lexicon = resdiff.Lexicon.default()
    assert [q.value for q in lexicon.quantities_in(text) if q.id == "reporting_interval"] == found


def test_a_term_set_on_an_ask_is_no_wider_ask() -> None:
    # MINUSMA 2022: "to coordinate ... with the French Forces until the planned end of
    # their presence in Mali" sets when the ask ends; it asks for nothing more.
    old = (
        "Requests MINUSMA to continue to coordinate and exchange information with the French "
        "Forces;"
    )
    new = (
        "Requests MINUSMA to continue to coordinate and exchange information with the French "
        "Forces until the planned end of their presence in Mali;"
    )
    cmp = resdiff.compare(draft([old]), draft([new]))
    assert not [s for c in cmp.changes for s in shifts(c) if s.detail == "reach widened"]
    assert change_of(cmp, "OP1").kind != "strengthened"


def test_a_decision_kept_in_the_opening_slot_is_not_weakened_by_a_clause_split_off() -> None:
    # MONUSCO 2021 -> 2022: "Decides that the mandate ... shall include the following
    # priority tasks, and that all tasks should be implemented ..." -> "Decides that the
    # mandate ... shall include the following tasks in priority order ..., further
    # stresses that all tasks should be implemented ...": not "decides -> further stresses".
    old = (
        "Decides that the mandate of MONUSCO shall include the following priority tasks, and "
        "that all MONUSCO’s tasks should be implemented in a manner consistent with respect "
        "for human rights and fundamental freedoms;"
    )
    new = (
        "Decides that the mandate of MONUSCO shall include the following tasks in priority "
        "order in paragraphs 24 through 34, further stresses that all MONUSCO’s tasks should "
        "be implemented in a manner consistent with respect for human rights and fundamental "
        "freedoms, and stresses that the protection of civilians shall be given priority in "
        "decisions about the use of available capacity and resources;"
    )
    cmp = resdiff.compare(draft([old]), draft([new]))
    verbs = [s for c in cmp.changes for s in shifts(c) if s.feature == "verb"]
    assert all(s.direction == "neutral" for s in verbs)
    assert change_of(cmp, "OP1").kind == "reworded"


# ------------------------------------------------------------------------ red lines

_CONDEMN_SPEC = """\
delegation = "Test"

[[rule]]
name = "Condemnation of the launches"
type = "min_strength"
paragraph = { contains = "launches", section = "operative" }
axis = "censure"
at_least = "condemns"
"""


@pytest.mark.parametrize(
    ("first", "status", "found"),
    [
        ("Condemns the multiple launches of ballistic missiles by the DPRK;", "pass", "condemns"),
        # A new user's test: the condemnation governs terrorism, the launches are only
        # taken note of.
        (
            "Condemns all acts of terrorism in all its forms, and takes note of the multiple "
            "launches of ballistic missiles by the DPRK;",
            "fail",
            "takes note",
        ),
        (
            "Expresses concern at the launches of ballistic missiles, and strongly condemns "
            "all acts of terrorism;",
            "fail",
            "expresses concern",
        ),
        # Words with no lead of their own stand under the lead-in of their list.
        (
            "Condemns the following:\n(a) the multiple launches of ballistic missiles;\n"
            "(b) the nuclear test;",
            "pass",
            "condemns",
        ),
    ],
)
def test_a_red_line_on_a_phrase_is_judged_on_the_clause_that_holds_it(
    first: str, status: str, found: str
) -> None:
    result = resdiff.check(draft([first, "Decides to remain seized of the matter."]), _CONDEMN_SPEC)
    rule = result.result("Condemnation of the launches")
    assert rule.status == status
    assert rule.evidence[0].found.startswith(found)


# ----------------------------------------------------------------------- provenance


def _example(name: str) -> str:
    return str(Path(__file__).resolve().parents[1] / "examples" / "dprk-2006" / name)


def test_words_both_drafts_print_are_credited_to_both() -> None:
    # A new user's finding on the README's own example: adopted OP7 takes "peace and
    # stability on the Korean peninsula and in north-east Asia" from PP2, which the
    # Japan-led and the China-Russia drafts print word for word; it was credited to the
    # Japan-led draft alone, and OP7 called "merged" from the two drafts.
    prov = resdiff.provenance(
        _example("adopted-compromise.txt"),
        {
            "Japan-led": _example("japan-draft.txt"),
            "China-Russia": _example("china-russia-draft.txt"),
        },
    )
    op7 = next(p for p in prov.paragraphs if p.ref == "OP7")
    assert op7.origin == "single" and op7.closest == "China-Russia"
    pieces = {(part.source, part.refs) for part in op7.parts}
    assert {("Japan-led", ("PP2",)), ("China-Russia", ("PP2",))} <= pieces
    for source in prov.sources:
        pp2 = next(sp for sp in source.provisions if sp.ref == "PP2")
        assert pp2.contributes_to == ("OP7",), source.name
    assert "with words of Japan-led PP2 and China-Russia PP2" in str(prov).replace("\n      ", " ")


def test_a_source_given_twice_changes_no_verdict() -> None:
    japan = _example("japan-draft.txt")
    adopted = _example("adopted-compromise.txt")
    alone = resdiff.provenance(adopted, {"A": japan})
    twice = resdiff.provenance(adopted, {"A": japan, "B": japan})
    for one, two in zip(alone.paragraphs, twice.paragraphs, strict=True):
        expected = "shared" if one.origin == "single" else one.origin
        assert two.origin == expected, one.ref


# ------------------------------------------------------------------- command line


def _run(*args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    from resdiff.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_history_and_provenance_warn_when_the_dates_run_backwards() -> None:
    # compare warned; history and provenance said nothing and printed a reversed timeline.
    japan, adopted = _example("japan-draft.txt"), _example("adopted-compromise.txt")
    code, _, err = _run("history", adopted, japan)
    assert code == 0
    assert "is dated before" in err and "oldest first" in err
    assert "is dated before" not in _run("history", japan, adopted)[2]
    code, _, err = _run("provenance", japan, "--source", f"A={adopted}")
    assert code == 0 and "is FINAL the last text?" in err
    assert "is dated before" not in _run("provenance", adopted, "--source", f"A={japan}")[2]


# ------------------------------------------------------------------- promotions


def test_a_recitals_call_made_an_operative_paragraph_is_promoted_not_dropped() -> None:
    # MONUSCO 2021 -> 2022: the recital's "calling on member States ... to scale up
    # funding and contribute to the humanitarian appeals" became OP "Calls on Member
    # States ... to respond swiftly to the humanitarian needs ... through increased
    # contributions": the recital did not soften; the call was promoted.
    recital = (
        "Expressing great concern over the humanitarian situation, calling on member States "
        "and other international partners to scale up funding and contribute to the "
        "humanitarian appeals for the region to help ensure that humanitarian agencies are "
        "able to respond to the needs of vulnerable persons,"
    )
    kept = "Expressing great concern over the humanitarian situation,"
    promoted = (
        "Calls on Member States and international and regional organisations to respond "
        "swiftly to the humanitarian needs identified in the Humanitarian Response Plan "
        "through increased contributions and to ensure that all pledges are honoured;"
    )
    closing = "Decides to remain seized of the matter."
    cmp = resdiff.compare(draft([closing], [recital]), draft([promoted, closing], [kept]))
    pp = change_of(cmp, "PP1", "PP1")
    lead = [s for s in shifts(pp) if s.feature == "lead"]
    assert [(s.direction, s.note) for s in lead] == [("neutral", "its words stand in new OP1")]
    assert pp.kind != "softened"
    added = change_of(cmp, None, "OP1")
    assert added.kind == "added" and any(s.direction == "stronger" for s in shifts(added))
    # Gone with no operative paragraph asking the same addressee, it is a call removed.
    alone = resdiff.compare(draft([closing], [recital]), draft([closing], [kept]))
    assert change_of(alone, "PP1", "PP1").kind == "softened"


# ------------------------------------------------------------------- qualifiers


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # UNMISS 2020 -> 2022: the legal qualifier was there in other words.
        (
            "Calls upon all parties to allow full access to humanitarian personnel, in "
            "compliance with the relevant provisions of international law;",
            "Calls upon all parties to allow full, safe and unhindered access to humanitarian "
            "personnel, in accordance with international law;",
        ),
        # MINUSMA 2020 -> 2022: "preventive" gone from a qualifier kept.
        (
            "Requests the Mission to continue taking appropriate preventive action to stop "
            "sexual exploitation and abuse;",
            "Requests the Mission to continue to take appropriate action to stop sexual "
            "exploitation and abuse;",
        ),
    ],
)
def test_a_qualifier_already_there_in_other_words_is_not_added(old: str, new: str) -> None:
    cmp = resdiff.compare(draft([old]), draft([new]))
    hedges = [s for c in cmp.changes for s in shifts(c) if s.feature == "hedge"]
    # Not weighed: not named at all, or named neutral (a qualifier traded for another).
    assert not [s for s in hedges if s.direction != "neutral"], hedges


def test_a_qualifier_negated_on_the_other_side_still_counts() -> None:
    from resdiff.clauses.wording import _loosely_in

    assert not _loosely_in("where possible", "where it is not possible")
    assert _loosely_in("in accordance with international law", "consistent with international law")


def test_words_a_clause_takes_in_from_a_sibling_it_replaced_are_no_wider_reach() -> None:
    # MONUSCO 2021 -> 2022 OP20 -> OP13: "including by allocating the necessary financial
    # resources" came from the "further calls upon" clause it replaced.
    old = (
        "Calls on the Government to remain fully committed to protecting the civilian "
        "population through professional security forces, further calls upon the "
        "Government to uphold its national commitments to security sector reform, "
        "including by allocating the necessary financial resources and taking into account "
        "the participation of women;"
    )
    new = (
        "Calls on the Government to remain committed to protecting the civilian population "
        "through professional security forces, including by allocating the necessary "
        "financial resources and taking into account the participation of women;"
    )
    cmp = resdiff.compare(draft([old]), draft([new]))
    assert not [s for c in cmp.changes for s in shifts(c) if s.detail == "reach widened"]
    # Words no old clause held still widen it.
    plain = "Calls on the Government to protect the civilian population;"
    wider = (
        "Calls on the Government to protect the civilian population, including by training "
        "judges, prosecutors, police officers and prison staff in every province;"
    )
    again = resdiff.compare(draft([plain]), draft([wider]))
    assert any(s.detail == "reach widened" for c in again.changes for s in shifts(c))


# ------------------------------------------------------------------------- reports


def test_a_flag_kept_that_one_provision_lost_says_where() -> None:
    # MINUSMA 2020 -> 2022: the French forces' authorization dropped (the first key
    # change) while the mission's own stays: "Use of force: kept" alone read as a
    # contradiction to an expert.
    mission = "Authorizes MINUSMA to use all necessary means to carry out its mandate;"
    french = (
        "Authorizes French forces to use all necessary means to intervene in support of "
        "elements of MINUSMA when under imminent and serious threat;"
    )
    closing = "Decides to remain seized of the matter."
    cmp = resdiff.compare(draft([mission, french, closing]), draft([mission, closing]))
    assert cmp.summary.use_of_force == "kept"
    from resdiff.render import render, render_text

    assert "Use of force:             kept; lost in old OP2" in render_text(cmp)
    assert "| Use of force | kept; lost in old OP2 |" in render(cmp, "markdown")
    assert "lost in old OP2" in render(cmp, "html")
    same = resdiff.compare(draft([mission, closing]), draft([mission, closing]))
    assert "Use of force:             kept\n" in render_text(same)


def test_renew_to_extend_is_a_renewal_and_only_for_keeps_a_restriction() -> None:
    # Syria cross-border 2020 -> 2021: "Decides to [-renew-] {+extend+} the decisions
    # ..." was read as "no longer renewed", and "excluding the border crossings of ..."
    # -> "only for the border crossing at Bab al-Hawa" as an exemption removed.
    old = (
        "Decides to renew the decisions in paragraphs 2 and 3 of resolution 2165 (2014), "
        "for a period of twelve months, that is, until 10 July 2021, excluding the border "
        "crossings of Al-Ramtha, Al Yarubiyah and Bab al-Salam;"
    )
    new = (
        "Decides to extend the decisions in paragraphs 2 and 3 of resolution 2165 (2014), "
        "for a period of six months, that is, until 10 January 2022, only for the border "
        "crossing at Bab al-Hawa;"
    )
    cmp = resdiff.compare(draft([old]), draft([new]))
    weighed = {
        (s.feature, s.direction) for c in cmp.changes for s in shifts(c) if s.direction != "neutral"
    }
    assert weighed == {("quantity", "softer")}
    assert change_of(cmp, "OP1").kind == "softened"


def test_a_key_changes_headline_goes_the_way_the_change_goes() -> None:
    # Series showed "▼ OP2: exemption removed" (a stronger shift) for a change that the
    # rest of its shifts made softer.
    from resdiff.classify.summary import key_changes

    change = Change(
        kind="mixed",
        old=("OP2",),
        new=("OP2",),
        section="operative",
        match="similar",
        score=0.5,
        shifts=(
            Shift(feature="exemption", old="excluding", direction="stronger", weight=30.0),
            Shift(feature="lifecycle", old="renewed", direction="softer", weight=25.0),
            Shift(
                feature="quantity",
                old="twelve months",
                new="six months",
                direction="softer",
                weight=20.0,
                detail="duration",
            ),
        ),
    )
    (key,) = key_changes([change])
    assert key.direction == "softer"
    assert key.headline.startswith("measure or mandate no longer renewed")


@pytest.mark.parametrize("product", ["history", "provenance"])
def test_history_and_provenance_json_have_a_published_schema(product: str) -> None:
    # A new user: "resdiff history --format json" writes "resdiff.history/2", and
    # "resdiff schema history" was an invalid choice; provenance had none either.
    import json

    import jsonschema

    schema = json.loads(
        (
            Path(__file__).resolve().parents[1] / "resdiff" / "schemas" / f"{product}.schema.json"
        ).read_text(encoding="utf-8")
    )
    japan, rival, adopted = (
        _example(n) for n in ("japan-draft.txt", "china-russia-draft.txt", "adopted-compromise.txt")
    )
    if product == "history":
        code, out, _ = _run("history", japan, rival, adopted, "--format", "json")
    else:
        code, out, _ = _run("provenance", adopted, "--source", f"A={japan}", "--format", "json")
    assert code == 0
    jsonschema.validate(json.loads(out), schema)


def test_render_takes_a_history_and_says_what_it_cannot_do() -> None:
    from resdiff.render import render

    h = resdiff.history([_example("japan-draft.txt"), _example("adopted-compromise.txt")])
    assert "OP1@0" in render(h, "text")
    assert render(h, "html").lstrip().lower().startswith("<!doctype html")
    assert '"schema": "resdiff.history/5"' in render(h, "json")
    with pytest.raises(ValueError, match="a History renders as text, markdown, html, json"):
        render(h, "docx")
    with pytest.raises(TypeError, match="not str"):
        render("not a report", "text")


def test_a_history_row_says_when_a_shift_stands_on_the_old_side() -> None:
    from resdiff.render.timeline import render_timeline_text

    names = ("japan-draft.txt", "china-russia-draft.txt", "adopted-compromise.txt")
    text = render_timeline_text(resdiff.history([_example(n) for n in names]), compact=False)
    # The asset freeze, dropped at [1]: its shifts name the old paragraph as old.
    assert "- old OP6: operative verb removed: decides" in text
    assert "\n        - OP6: operative verb removed: decides" not in text


def test_a_call_strengthened_to_a_demand_keeps_its_verbs_in_one_form() -> None:
    # "Urges the DPRK to return ..., to work towards ..., and to return ..." became
    # "Demands that the DPRK return ..., to work towards ..., and to return ...".
    built = resdiff.Scenario(resdiff.parse(_example("japan-draft.txt")))
    text = built.strengthen("OP3", to="demands").build().clause("OP3").text
    assert text.startswith("Demands that the DPRK return immediately to the Six-Party Talks")
    assert ", work towards the expeditious implementation" in text
    assert ", and return at an early date to the Treaty" in text
    assert ", to work" not in text and "and to return" not in text


def test_provenance_says_why_the_closest_source_is_not_the_most_similar() -> None:
    from resdiff.provenance import ParagraphOrigin, SourceMatch
    from resdiff.render.provenance import origin_phrase

    p = ParagraphOrigin(
        ref="PP7",
        section="preamble",
        text="x",
        origin="single",
        sources=("2020",),
        closest="2020",
        closest_refs=("PP5",),
        same_text=("2020",),
        kind="strengthened",
        similarity=0.7636,
        matches=(
            SourceMatch(
                source="2021",
                refs=("PP8",),
                kind="reworded",
                match="similar",
                similarity=0.7816,
                agreement=0.83,
            ),
            SourceMatch(
                source="2020",
                refs=("PP5",),
                kind="strengthened",
                match="similar",
                similarity=0.7636,
                agreement=0.9,
            ),
        ),
    )
    said = origin_phrase(p)
    assert "chosen for its clauses" in said and "2021 PP8 keeps more of the words (78%)" in said


def test_the_chart_draws_a_provision_dropped_with_weight() -> None:
    from resdiff.render.chart import most_changed

    names = ("japan-draft.txt", "china-russia-draft.txt", "adopted-compromise.txt")
    h = resdiff.history([_example(n) for n in names])
    chosen, _ = most_changed(h)
    # The mandatory asset freeze, dropped at [1]: the third key change of the talks.
    assert "OP6@0" in {p.id for p in chosen}


@needs_corpus
def test_a_quantity_that_stands_still_has_one_tick_at_its_value() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    from resdiff.lineage import lineage
    from resdiff.render.chart import lineage_figure

    akn = CORPUS / "akn"
    names = (
        "S_RES_2507_2020.xml",
        "S_RES_2536_2020.xml",
        "S_RES_2588_2021.xml",
        "S_RES_2648_2022.xml",
    )
    fig = lineage_figure(lineage([akn / n for n in names]))
    try:
        flat = [ax for ax in fig.axes if "advance notice" in ax.get_title(loc="left")]
        assert flat, [ax.get_title(loc="left") for ax in fig.axes]
        assert list(flat[0].get_yticks()) == [20.0]
    finally:
        plt.close(fig)


def test_the_command_ends_at_once_with_its_exit_code_and_output(tmp_path: Path) -> None:
    # console_main skips the interpreter's teardown (os._exit): the exit codes, the
    # flushed output and the atexit handlers (the pattern cache) must survive it.
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "resdiff", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("resdiff ")
    assert run("compare").returncode == 2
    missing = run("compare", str(tmp_path / "none.txt"), str(tmp_path / "none2.txt"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    done = run("compare", _example("japan-draft.txt"), _example("adopted-compromise.txt"))
    assert done.returncode == 0
    assert done.stdout.rstrip().endswith(done.stdout.rstrip().splitlines()[-1])
    assert "Key changes" in done.stdout and len(done.stdout.splitlines()) > 50
    assert any((tmp_path / "cache" / "resdiff").glob("lexicon-*.json"))


# ---------------------------------------------------- a stranger's review of the above


def test_an_ask_is_not_promoted_to_an_operative_paragraph_on_something_else() -> None:
    # The recital's call for humanitarian access went; OP1 asks the same parties to
    # cease hostilities: two shared words ("parties", "people") do not make it the same ask.
    recital = (
        "Expressing deep concern at the humanitarian situation, and calling upon all parties "
        "to allow full, safe and unhindered humanitarian access to all people in need,"
    )
    kept = "Expressing deep concern at the humanitarian situation,"
    ops = [
        "Calls upon all parties to cease hostilities immediately and to engage in the peace "
        "talks in good faith, in the interest of all people of the Sudan;",
        "Decides to remain seized of the matter.",
    ]
    cmp = resdiff.compare(draft(ops, [recital]), draft(ops, [kept]))
    pp = change_of(cmp, "PP1", "PP1")
    assert pp.kind == "softened"
    assert [s.direction for s in shifts(pp) if s.feature == "lead"] == ["softer"]


def test_an_authority_conferred_in_the_old_words_is_not_carried_even_if_it_cites_a_mandate() -> (
    None
):
    # S/RES/2614 (2021) OP1: "authorises AMISOM to take all necessary measures ... to
    # carry out its mandate, as set out in paragraphs 12 and 13 of its resolution 2568".
    head = "Resolution 2614 (2021)\n\n"
    old = draft(
        [
            "Decides to authorise the Member States of the African Union to maintain the "
            "deployment of AMISOM until 31 March 2022, authorises AMISOM to take all necessary "
            "measures in full compliance with international law to carry out its mandate, as "
            "set out in paragraphs 12 and 13 of its resolution 2568 (2021);",
            *[f"Calls upon the Federal Government to take step number {k};" for k in range(1, 9)],
            "Decides to remain seized of the matter.",
        ],
        head=head,
    )
    new = draft(
        [
            "Decides to extend the mandate of AMISOM as set out in paragraphs 12 and 13 of "
            "resolution 2568 (2021) until 30 June 2022;",
            "Decides to remain seized of the matter.",
        ],
    )
    cmp = resdiff.compare(old, new)
    assert cmp.summary.use_of_force == "dropped"


def test_a_term_that_opens_a_new_ask_still_widens_it() -> None:
    old = "Requests MINUSMA to support the Malian authorities;"
    for inserted in ("within its capabilities", "until the elections"):
        new = (
            f"Requests MINUSMA to support the Malian authorities {inserted}, and to assist in "
            "the disarmament, demobilization and reintegration of former combatants and the "
            "reform of the security sector throughout the country;"
        )
        cmp = resdiff.compare(draft([old]), draft([new]))
        assert any(s.detail == "reach widened" for c in cmp.changes for s in shifts(c)), inserted


def test_a_welcome_turned_into_an_ask_is_a_wider_ask() -> None:
    old = (
        "Calls upon the Government to protect the civilian population, and welcomes the "
        "progress made by the Mission in the disarmament, demobilization and reintegration "
        "of former combatants across the country;"
    )
    new = (
        "Calls upon the Government to protect the civilian population and to complete the "
        "disarmament, demobilization and reintegration of former combatants across the "
        "country;"
    )
    cmp = resdiff.compare(draft([old]), draft([new]))
    assert any(s.detail == "reach widened" for c in cmp.changes for s in shifts(c))


def test_not_only_is_no_restriction_kept() -> None:
    old = (
        "Decides that all Member States shall prevent the supply of arms to the DPRK, except "
        "for supplies approved in advance by the Committee;"
    )
    new = (
        "Decides that all Member States shall prevent the supply of arms to the DPRK, not only "
        "in its territory but also on the high seas;"
    )
    cmp = resdiff.compare(draft([old]), draft([new]))
    exemption = [s for c in cmp.changes for s in shifts(c) if s.feature == "exemption"]
    assert exemption and all(s.direction == "stronger" for s in exemption)


def test_the_blue_line_is_no_legal_qualifier_and_a_negation_before_it_counts() -> None:
    from resdiff.clauses.wording import _loosely_in

    assert not _loosely_in(
        "consistent with international law",
        "respect the Blue Line in its entirety and international law",
    )
    assert not _loosely_in("take appropriate steps", "not take appropriate steps")
    assert _loosely_in("consistent with international law", "in line with international law")


def test_a_red_line_reads_a_list_under_the_clause_that_announces_it() -> None:
    spec = _CONDEMN_SPEC
    text = draft(
        [
            "Condemns in the strongest terms the following acts, and welcomes the report of "
            "the Panel of Experts:\n(a) the multiple launches of ballistic missiles;\n"
            "(b) the nuclear test;",
            "Decides to remain seized of the matter.",
        ]
    )
    rule = resdiff.check(text, spec).result("Condemnation of the launches")
    assert rule.status == "pass" and rule.evidence[0].found.startswith("condemns in the strongest")


# ------------------------------------------------ an expert's reading of sanctions texts


def test_a_body_named_by_the_act_that_set_it_up_is_not_established_again() -> None:
    # South Sudan sanctions 2022: "the Committee established pursuant to resolution 2206
    # (2015)" read as "measure or mandate established" (a key change, weight 25).
    lexicon = resdiff.Lexicon.default()
    for text in (
        "Requests the Committee established pursuant to resolution 2206 (2015) to report;",
        "Approves the proposal that the Observer Mission established by resolution 846 "
        "(1993) be integrated within the Assistance Mission;",
    ):
        assert not lexicon.lifecycle_in(text), text
    assert lexicon.lifecycle_in("Decides to establish a Panel of Experts;")


def test_an_intent_to_impose_sanctions_is_a_warning_not_a_measure() -> None:
    old = [
        "Decides to renew the measures until 31 May 2021, and also expresses its intent to "
        "continue to impose any sanctions that may be appropriate;"
    ]
    new = ["Decides to renew the measures until 31 May 2022;"]
    cmp = resdiff.compare(draft(old), draft(new))
    weighed = [
        (s.feature, s.direction) for c in cmp.changes for s in shifts(c) if s.direction != "neutral"
    ]
    assert ("warning", "softer") in weighed
    assert not [f for f, _ in weighed if f == "lifecycle"]


def test_a_call_to_honour_an_embargo_in_force_imposes_none() -> None:
    # Yemen 2022 OP21: "Urges all Member States to respect and implement their
    # obligations to prevent the direct or indirect supply ... of arms" was a hortatory
    # arms embargo "added" (the embargo of 2216 is mandatory and in force).
    lexicon = resdiff.Lexicon.default()
    text = (
        "Urges all Member States to respect and implement their obligations to prevent the "
        "direct or indirect supply, sale or transfer to designated individuals of arms and "
        "related materiel of all types;"
    )
    assert all(hit.mode is None for hit in lexicon.measures_in(text))
    assert not resdiff.parse(draft([text])).clause("OP1").measures


def test_sanctions_applied_within_the_law_is_housekeeping() -> None:
    # DRC sanctions 2022 OP7, third among the key changes as a demand added; its judges
    # read it neutral.
    safeguard = (
        "Demands that States ensure that all measures taken by them to implement this "
        "resolution comply with their obligations under international law, including "
        "international humanitarian law;"
    )
    closing = "Decides to remain seized of the matter."
    cmp = resdiff.compare(draft([closing]), draft([safeguard, closing]))
    added = change_of(cmp, None, "OP1")
    assert added.kind == "added" and all(s.direction == "neutral" for s in shifts(added))
    assert not cmp.summary.key_changes


# ---------------------------------------------- drafts as analysts receive them


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (
            "<!DOCTYPE html><html><head><meta charset=utf-8></head><body><p>The Security "
            "Council,</p><p>1. Decides to act.</p></body></html>",
            "an HTML page",
        ),
        (
            "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} \\f0 The Security Council,\\par "
            "1. Decides to act.\\par}",
            "an RTF document",
        ),
        (
            '<?xml version="1.0"?><akomaNtoso><act><body/></act></akomaNtoso>',
            "no preamble or operative paragraphs",
        ),
    ],
)
def test_markup_and_an_empty_act_are_refused_in_one_line(data: str, says: str) -> None:
    # A new user: an Outlook HTML draft, an RTF file and a truncated AKN export each got a
    # full comparison with exit 0 ("stronger, 17 dropped"; "Chapter VII dropped").
    with pytest.raises(resdiff.ResdiffError, match=says):
        resdiff.parse(data)


def test_a_page_foot_with_its_page_as_n_of_m_is_furniture() -> None:
    # "2/5 20-01234" and "20-01234 3/5", one space between, as a UN PDF copies them: the
    # footer became a paragraph, split a recital and broke "incl-20-01234 5/5 uding".
    text = (
        "The Security Council,\n\nRecalling its resolutions on the situation, and "
        "expressing concern at the situation in the\n2/5 20-01234\ncountry,\n\n"
        "1. Decides to renew the measures, incl-\n20-01234 3/5\nuding the arms embargo;\n"
    )
    draft_ = resdiff.parse(text)
    assert [c.ref for c in draft_.paragraphs] == ["PP1", "OP1"]
    assert "including the arms embargo" in draft_.clause("OP1").text
    assert "20-01234" not in " ".join(c.text for c in draft_.walk())
    assert {r.text for r in draft_.furniture} >= {"2/5 20-01234", "20-01234 3/5"}


def test_a_draft_quoted_in_a_forwarded_mail_reads_as_the_draft() -> None:
    plain = draft(
        [
            "Decides that all Member States shall prevent the supply of arms;",
            "Decides to remain seized of the matter.",
        ],
        [
            "Determining that the situation constitutes a threat to international peace and "
            "security,"
        ],
    )
    quoted = "\n".join(("> " + line) if line else ">" for line in plain.splitlines())
    cmp = resdiff.compare(plain, quoted)
    assert all(c.kind == "unchanged" for c in cmp.changes)
    assert any(w.code == "quoted-mail" for w in resdiff.parse(quoted).warnings)
    # A text with a quoted line or two is left as it is.
    assert not resdiff.parse(plain + "\n> a reply\n").warnings or all(
        w.code != "quoted-mail" for w in resdiff.parse(plain + "\n> a reply\n").warnings
    )


@pytest.mark.parametrize(
    ("style", "op", "pp", "item"),
    [
        ("1)", "{n}) ", "", "(a) "),
        ("[OP1]", "[OP{n}] ", "[PP{n}] ", "(a) "),
        ("- (a)", "{n}. ", "", "- (a) "),
    ],
)
def test_labels_typed_other_ways_read_as_the_same_draft(
    style: str, op: str, pp: str, item: str
) -> None:
    # A new user's copies of S/RES/2507: "1) Decides", "[OP6] Decides" and "- (a) Supplies"
    # (bulleted lettered items) were read as text, and a format-only change came out as
    # "sanctions measure removed" or eight "exemption widened".
    recitals = ["Recalling its resolutions on the situation,", "Acting under Chapter VII,"]
    ops = [
        "Decides that all Member States shall prevent the supply of arms, and decides that "
        "these measures shall not apply to:",
        "Decides to renew the measures until 31 July 2021;",
        "Decides to remain seized of the matter.",
    ]
    items = ["supplies intended solely for the support of the Mission;", "protective clothing."]

    def text(pp_fmt: str, op_fmt: str, item_fmt: str) -> str:
        pre = "\n\n".join(pp_fmt.format(n=k) + r for k, r in enumerate(recitals, 1))
        first = (
            op_fmt.format(n=1)
            + ops[0]
            + "\n"
            + "\n".join(
                item_fmt.replace("(a)", f"({chr(97 + k)})") + t for k, t in enumerate(items)
            )
        )
        rest = "\n\n".join(op_fmt.format(n=k) + t for k, t in enumerate(ops[1:], 2))
        return f"The Security Council,\n\n{pre}\n\n{first}\n\n{rest}\n"

    plain = text("", "{n}. ", "(a) ")
    typed = text(pp, op, item)
    cmp = resdiff.compare(plain, typed)
    assert all(c.kind == "unchanged" for c in cmp.changes), style
    assert [c.ref for c in resdiff.parse(typed).walk()] == [
        "PP1",
        "PP2",
        "OP1",
        "OP1(a)",
        "OP1(b)",
        "OP2",
        "OP3",
    ]


def test_an_operative_part_numbered_in_brackets_reads_as_numbered() -> None:
    plain = draft(
        [
            "Decides that all Member States shall prevent the supply of arms;",
            "Requests the Secretary-General to report;",
            "Decides to remain seized of the matter.",
        ],
        ["Recalling its resolutions,", "Acting under Chapter VII of the Charter,"],
    )
    bracketed = (
        plain.replace("\n1. ", "\n(1) ").replace("\n2. ", "\n(2) ").replace("\n3. ", "\n(3) ")
    )
    cmp = resdiff.compare(plain, bracketed)
    assert all(c.kind == "unchanged" for c in cmp.changes)
    assert any(w.code == "paren-numbers" for w in resdiff.parse(bracketed).warnings)
    # A list under a lead-in keeps its items: "Agrees that ... the following
    # requirements: (1) There should be ...; (2) ..." (S/RES/118 (1956)).
    suez = (
        "The Security Council,\n\nNoting the declarations made before it,\n\n"
        "Agrees that any settlement should meet the following requirements:\n\n"
        "(1) There should be free and open transit through the Canal;\n\n"
        "(2) The sovereignty of Egypt should be respected;\n"
    )
    assert [c.ref for c in resdiff.parse(suez).walk()][-2:] == ["OP1(1)", "OP1(2)"]


def test_an_e_mail_signature_after_the_draft_is_left_out_and_kept_aside() -> None:
    body = draft(["Decides to renew the measures;", "Decides to remain seized of the matter."])
    signed = body + "\n---\nJean Dupont\nPolitical Coordinator\nTel: +1 212 702 4900\n"
    read = resdiff.parse(signed)
    assert read.clause("OP2").text == "Decides to remain seized of the matter."
    assert any(w.code == "signature" for w in read.warnings)
    assert "Jean Dupont" in {r.text for r in read.furniture}
    assert all(c.kind == "unchanged" for c in resdiff.compare(body, signed).changes)


def test_a_text_of_many_rules_is_read_in_linear_time() -> None:
    # The signature rule is looked for once, from the end: each "---" line looked at the
    # rest of the text before (a hostile input of rules read in quadratic time).
    import time

    from resdiff.read.text.lines import _Line, signature_after

    lines = [_Line(1, "1. Decides to act.")] + [_Line(k, "---") for k in range(2, 40_002)]
    lines.append(_Line(40_002, "Jean Dupont"))
    start = time.process_time()
    assert signature_after(lines) == 40_000
    assert time.process_time() - start < 0.5
