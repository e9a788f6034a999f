"""The faults a delegation's analyst found in the negotiation tools (red lines, scenarios,
assertions, the pytest plugin), each pinned by the smallest draft that showed it."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import resdiff
from resdiff import Scenario
from resdiff.errors import SpecError
from resdiff.negotiation.red_lines import check, main_check
from resdiff.negotiation.red_lines.checks import MAX_OUTCOMES
from resdiff.testing.assertions import (
    assert_chapter_vii,
    assert_no_weakening,
    assert_softened,
)
from resdiff.testing.plugin import pytest_assertrepr_compare

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "dprk-2006"
JAPAN = EXAMPLES / "japan-draft.txt"
ADOPTED = EXAMPLES / "adopted-compromise.txt"
JAPAN_LINES = ROOT / "examples" / "red-lines" / "japan.toml"

HEAD = "Draft resolution\n\nThe Security Council,\n\nReaffirming its resolution 825 (1993),\n\n"


def _draft(*operative: str) -> str:
    body = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, start=1))
    return HEAD + body + "\n"


def _rule(body: str) -> str:
    return f'[[rule]]\nname = "R"\n{body}\n'


# ------------------------------------------------------------------ alternatives


def test_a_narrowed_alternative_in_a_decision_breaks_the_addressee_line() -> None:
    # The second reading kept the brackets' offsets as a run of spaces, and the analysis
    # of that reading lost "in a position to do so": the line held.
    text = _draft(
        "Decides that [all Member States][Member States in a position to do so] shall "
        "prevent the transfer of missile items to the DPRK;"
    )
    spec = _rule(
        'type = "addressee"\nparagraph = { contains = "missile", section = "operative" }\n'
        'at_least = "all"'
    )
    result = check(text, spec)
    assert result.result("R").status == "fail"
    assert "narrowed" in result.result("R").message


def test_every_outcome_of_the_alternatives_is_checked() -> None:
    # Read as the n-th alternative of every place, the draft condemned in each reading;
    # OP1 "Strongly deplores" with OP3 "Deplores" (both still on the table) condemns
    # nowhere.
    text = _draft(
        "[Condemns][Strongly deplores] the launches of ballistic missiles by the DPRK;",
        "[Deplores][Condemns] the further launches of ballistic missiles by the DPRK;",
    )
    spec = _rule(
        'type = "min_strength"\nparagraph = { contains = "launches" }\naxis = "censure"\n'
        'at_least = "condemns"'
    )
    result = check(text, spec).result("R")
    assert result.status == "fail"
    # The outcome is named by what each disputed paragraph reads, not "alternative 1".
    assert "an outcome still on the table: OP1 “Strongly deplores the launches" in result.message


def test_too_many_outcomes_are_checked_in_part_and_said_so() -> None:
    places = [
        f"[Condemns][Deplores] the launch number {k} of ballistic missiles by the DPRK;"
        for k in range(7)
    ]
    spec = _rule(
        'type = "min_strength"\nparagraph = { contains = "launch" }\naxis = "censure"\n'
        'at_least = "deplores"'
    )
    result = check(_draft(*places), spec)
    assert MAX_OUTCOMES < 2**7 - 1
    assert result.result("R").ok
    assert any("127 outcomes" in w and "not every combination" in w for w in result.warnings)


# ------------------------------------------------------------------- results


def test_a_skipped_rule_is_not_ok() -> None:
    result = check(ADOPTED, JAPAN_LINES)
    skipped = result.result("Nothing demoted to the preamble")
    assert skipped.status == "skipped"
    assert not skipped.ok and not skipped and not skipped.broken
    assert all(r.broken for r in result.failed)
    assert repr(skipped).startswith("<RuleResult SKIP 'Nothing demoted to the preamble': needs")
    # The whole result still counts skipped lines as not broken.
    assert result.exit_code == 1 and len(result.failed) == 2


def test_a_pass_shows_only_what_bears_it_out() -> None:
    result = check(JAPAN, JAPAN_LINES).result("Condemnation of the launches")
    assert result.status == "pass"
    assert [e.ref for e in result.evidence] == ["OP1"]
    assert "OP2 demands (censure 0)" not in str(check(JAPAN, JAPAN_LINES))


# ---------------------------------------------------------------------- spec


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'type = "min_strength"\nparagraph = { ref = "paragraph one" }\naxis = "censure"\n'
            'at_least = "condemns"',
            "ref 'paragraph one' is not a paragraph's ref",
        ),
        (
            'type = "measure_mode"\nmeasure = "arms_embargo"\nat_least = "mandatory"\n'
            'at_most = "voluntary"',
            "at_least 'mandatory' is above at_most 'voluntary'",
        ),
        ('type = "required_phrase"\nphrase = "   "', "phrase: must not be empty"),
        (
            'type = "min_strength"\nparagraph = { ref = "OP1" }\naxis = "censure"\nat_least = 4.5',
            "4.5 is not a tier",
        ),
        (
            'type = "min_strength"\nparagraph = "OP1"\naxis = "censure"\nat_least = "condemns"',
            'write paragraph = { ref = "OP1" }',
        ),
        (
            'type = "min_strength"\nparagraph = "the launches"\naxis = "censure"\n'
            'at_least = "condemns"',
            'write paragraph = { contains = "the launches" }',
        ),
        ('type = "chapter_vii"\npresent = "no"', "present: Input should be a valid boolean"),
    ],
)
def test_spec_mistakes_are_refused(body: str, message: str) -> None:
    with pytest.raises(SpecError, match=message.replace("(", r"\(").replace("{", r"\{")):
        check(ADOPTED, _rule(body))


def test_a_blank_name_is_refused() -> None:
    with pytest.raises(SpecError, match="name: must not be empty"):
        check(ADOPTED, '[[rule]]\nname = "  "\ntype = "chapter_vii"\n')


def test_refs_in_any_case_and_spacing_stay_valid() -> None:
    spec = _rule(
        'type = "min_strength"\nparagraph = { ref = "op 1" }\naxis = "censure"\n'
        'at_least = "condemns"'
    )
    assert check(ADOPTED, spec).result("R").ok


def test_a_matching_word_that_names_nothing_is_said() -> None:
    text = _draft(
        "Decides that the mission shall have a troop ceiling of 17,000 personnel and a police "
        "ceiling of 2,101 personnel;"
    )
    spec = _rule(
        'type = "quantity"\nquantity = "personnel_ceiling"\nmatching = "trops"\nat_least = 1000'
    )
    message = check(text, spec).result("R").message
    assert "2 personnel ceilings read there, none named by “trops”" in message


def test_a_forbidden_phrase_is_found_in_any_form_a_required_one_as_written() -> None:
    text = _draft(
        "Urges States to be exercising vigilance;",
        "Condemning the launches, decides to remain seized of the matter.",
    )
    forbidden = check(text, _rule('type = "forbidden_phrase"\nphrase = "exercise vigilance"'))
    assert forbidden.result("R").status == "fail"
    assert "“exercising vigilance”" in str(forbidden)
    required = check(text, _rule('type = "required_phrase"\nphrase = "condemns the launches"'))
    assert required.result("R").status == "fail"


def test_measures_renewed_by_paragraph_number_are_not_called_absent() -> None:
    text = _draft(
        "Decides to renew until 31 July 2023 the measures and provisions as set out in "
        "paragraphs 9, 14, and 16 to 19 of resolution 2399 (2018);",
    )
    spec = _rule('type = "measure_mode"\nmeasure = "asset_freeze"\nmode = "mandatory"')
    result = check(text, spec).result("R")
    assert result.status == "skipped"
    assert "renews measures of an earlier resolution by paragraph number" in result.message
    # Without such a renewal the measure is absent, and the line broken.
    gone = check(_draft("Decides to remain seized of the matter."), spec).result("R")
    assert gone.status == "fail" and "no asset freeze imposed" in gone.message


# -------------------------------------------------------------------- command


def test_check_reads_stdin_applies_limits_and_gives_its_verdict_in_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(JAPAN.read_bytes())))
    assert main_check(["-", "--red-lines", str(JAPAN_LINES), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["exit_code"] == 0
    assert data["counts"] == {"pass": 6, "fail": 0, "skipped": 1}
    assert data["draft"] == "<stdin>"

    from resdiff.cli import main

    code = main(["check", str(ADOPTED), "--red-lines", str(JAPAN_LINES), "--max-paragraphs", "3"])
    assert code == 2
    assert "limit of 3 paragraphs" in capsys.readouterr().err


# ----------------------------------------------------------------- assertions


def test_assertions_refuse_what_they_cannot_mean() -> None:
    cmp = resdiff.compare(JAPAN, ADOPTED)
    with pytest.raises(ValueError, match="unknown shift feature 'hegde'"):
        assert_softened(cmp, "OP4", side="old", feature="hegde")
    assert_softened(cmp, "OP4", side="old", feature="hedge")
    with pytest.raises(AssertionError, match="weakening"):
        assert_no_weakening(cmp, section="all")
    with pytest.raises(TypeError, match=r"give resdiff\.parse\(\.\.\.\) of it"):
        assert_chapter_vii(str(JAPAN))  # type: ignore[arg-type]


def test_the_plugin_names_a_kind_that_does_not_exist() -> None:
    change = resdiff.compare(JAPAN, ADOPTED).change_for("OP4", side="old")
    lines = pytest_assertrepr_compare(None, "==", change, "softend")  # type: ignore[arg-type]
    assert lines is not None
    assert lines[0].startswith("'softend' is not a change kind (one of added, dropped")


# ------------------------------------------------------------------- scenarios


def test_a_decision_to_act_is_not_turned_into_a_request_of_no_one() -> None:
    draft = resdiff.parse(_draft("Decides to extend the mandate of the mission until 2023;"))
    with pytest.raises(SpecError, match="name no one to ask: use replace_text"):
        Scenario(draft).soften("OP1", to="requests").build()
    with pytest.raises(SpecError, match="name no one to ask"):
        Scenario(draft).soften("OP1", to="encourages").build()
    kept = Scenario(draft).soften("OP1", to="expresses its intention").build()
    assert kept.operative[0].text.startswith("Expresses its intention to extend the mandate")


def test_a_recital_takes_a_participle_and_loses_the_preposition_of_concern() -> None:
    japan = resdiff.parse(JAPAN)

    def pp4(draft: resdiff.Draft) -> str:
        return draft.clause("PP4").text

    assert pp4(japan).startswith("Expressing grave concern at the launching")
    stronger = Scenario(japan).strengthen("PP4", to="condemns").build()
    assert pp4(stronger).startswith("Condemning the launching of ballistic missiles")
    softer = Scenario(japan).soften("PP4", to="noting with concern").build()
    assert pp4(softer).startswith("Noting with concern the launching")
    # And back: a verb's object takes "at" after a noun of feeling.
    op1 = Scenario(japan).soften("OP1", to="expresses grave concern").build()
    assert op1.operative[0].text.startswith("Expresses grave concern at the launches")


def test_an_operative_decision_is_not_inserted_among_the_recitals() -> None:
    with pytest.raises(SpecError, match="opens an operative paragraph, not a recital"):
        Scenario(JAPAN).insert_after(
            "PP2", "Decides that all States shall freeze the assets of the DPRK;"
        ).build()


@pytest.mark.parametrize("count", [0, -2, True])
def test_replace_text_refuses_a_count_that_replaces_nothing(count: int) -> None:
    with pytest.raises(SpecError, match="count must be 1 or more, or -1"):
        Scenario(JAPAN).replace_text("OP1", "launches", "firings", count=count)


def test_a_determination_of_another_subject_is_not_said_dropped() -> None:
    # A precedent on Bosnia beside the DPRK draft read "Article 39 determination dropped",
    # where both texts make one (a researcher's finding).
    from resdiff.explain import describe_shift
    from resdiff.model import Shift

    shift = Shift(
        feature="art39",
        old="the situation in the Republic of Bosnia and Herzegovina",
        new="the launches of ballistic missiles by the DPRK",
        direction="softer",
        detail="subject of the determination",
    )
    said = describe_shift(shift)
    assert said.startswith("Article 39 determination kept, its subject narrowed: “the situation")
    assert "dropped" not in said


def test_a_text_of_many_disputed_places_is_checked_under_a_bounded_number_of_outcomes() -> None:
    from resdiff.negotiation.red_lines.checks import _Outcomes

    places = [
        f"[Condemns][Deplores] the launch number {k} of ballistic missiles by the DPRK;"
        for k in range(150)
    ]
    outcomes = _Outcomes(resdiff.parse(_draft(*places)), resdiff.Lexicon.default())
    assert outcomes.total == 2**150 - 1
    assert len(outcomes._choices) == MAX_OUTCOMES
    # The old way's outcome first: every place's second alternative together.
    assert outcomes._choices[0] == (1,) * 150


def test_a_condemnation_of_a_that_clause_is_refused() -> None:
    draft = resdiff.parse(
        _draft("Expresses grave concern that the DPRK has not returned to the talks;")
    )
    for to in ("condemns", "condemns in the strongest terms"):
        with pytest.raises(SpecError, match="takes what it condemns"):
            Scenario(draft).strengthen("OP1", to=to).build()


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("exercise vigilance", "Urges States to be exercising vigilance;", True),
        ("take note", "Taking note of the report of the Secretary-General;", True),
        ("carry out", "Requests the mission to have carried out its tasks;", True),
        ("apply", "Decides that the measures applied to the entities;", True),
        ("commit", "Condemns the crimes committed in the region;", True),
        ("peace", "Welcomes the peacekeeping mission's work;", False),
        ("state", "Takes note of the statement of the President;", False),
        ("arms", "Stresses the reduction of armaments in the region;", False),
    ],
)
def test_a_forbidden_phrase_is_found_in_its_own_forms_only(
    phrase: str, text: str, found: bool
) -> None:
    result = check(_draft(text), _rule(f'type = "forbidden_phrase"\nphrase = "{phrase}"'))
    assert (result.result("R").status == "fail") is found


def test_scenario_rewrites_of_a_stranger_s_review() -> None:
    draft = resdiff.parse(
        HEAD.replace("Reaffirming its resolution 825 (1993),", "Recalling its resolution 825,")
        + "Expressing further concern that the DPRK has not returned to the talks,\n\n"
        + "Expressing further concern at the launches,\n\n"
        + "1. Expresses its intention to review the mandate and to consider further steps;\n\n"
        + "2. Condemns the attacks on peacekeepers;\n"
    )
    # "Decides" keeps an infinitive ("Decides that to review ..." was written).
    decided = Scenario(draft).strengthen("OP1", to="decides").build()
    assert decided.operative[0].text.startswith("Decides to review the mandate and to consider")
    # The lead the lexicon read ("Expressing") takes its noun of feeling with it.
    with pytest.raises(SpecError, match="takes what it condemns"):
        Scenario(draft).strengthen("PP2", to="strongly condemning").build()
    stronger = Scenario(draft).strengthen("PP3", to="strongly condemning").build()
    assert stronger.clause("PP3").text == "Strongly condemning the launches,"
    # A noun of feeling takes its own preposition.
    thanks = Scenario(draft).soften("OP2", to="expresses its appreciation").build()
    assert thanks.operative[1].text.startswith("Expresses its appreciation for the attacks")


def test_a_participle_doubles_its_consonant() -> None:
    from resdiff.negotiation.scenario import _participle

    assert "regretting" in _participle("regrets")
    assert "strongly condemning" in _participle("strongly condemns")


def test_a_measure_not_renewed_is_not_called_renewed_by_number() -> None:
    text = _draft(
        "Decides not to renew the measures set out in paragraphs 9, 14, and 16 to 19 of "
        "resolution 2399 (2018);"
    )
    spec = _rule('type = "measure_mode"\nmeasure = "asset_freeze"\nmode = "mandatory"')
    assert check(text, spec).result("R").status == "fail"


@pytest.mark.parametrize("ref", ["OP1bis", "OP4alt2", "OP5-2", "OP1-B", "OP1 bis", "op1(a)"])
def test_refs_of_negotiating_drafts_are_refs(ref: str) -> None:
    spec = _rule(
        f'type = "min_strength"\nparagraph = {{ ref = "{ref}" }}\naxis = "censure"\n'
        'at_least = "condemns"'
    )
    check(ADOPTED, spec)  # no SpecError: a ref the readers give is a ref


def test_a_long_draft_is_checked_under_fewer_outcomes() -> None:
    from resdiff.negotiation.red_lines.checks import OUTCOME_PARAGRAPHS, _Outcomes

    places = [
        f"[Requests][Encourages] the Secretary-General to report on item {k};" for k in range(1000)
    ]
    draft = resdiff.parse(_draft(*places), analyze=False)
    outcomes = _Outcomes(draft, resdiff.Lexicon.default())
    assert len(outcomes._choices) == OUTCOME_PARAGRAPHS // len(draft.paragraphs) < MAX_OUTCOMES
    assert "each alternative of the first" in outcomes.partial()[0]


def test_word_forms_inflect_nouns_and_verbs_and_nothing_else() -> None:
    from resdiff.lexicon import word_forms

    assert {"exercising", "exercised", "exercises"} <= word_forms("exercise")
    assert {"carried", "carries", "carrying"} <= word_forms("carry")
    assert {"regretting", "regretted"} <= word_forms("regrets")
    assert "peacekeeping" not in word_forms("peace")
    assert word_forms("all") == {"all"}
