"""Findings of an expert's trial of eight comparisons (4 December 2026): named shifts that
misread the text, each pinned with the smallest text that shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting import draft as _draft

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "dprk-2006"
KEPT = "Calls upon all parties to cease hostilities forthwith;"


def _added(text: str) -> Comparison:
    closing = "Decides to remain seized of the matter."
    return resdiff.compare(_draft([KEPT, closing]), _draft([KEPT, text, closing]))


def _lifecycle(cmp: Comparison) -> list[str]:
    return [
        s.describe()
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.feature == "lifecycle"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Somalia sanctions 2021 OP42: benchmarks for a decision the Council may take.
        "Requests the Secretary-General to provide benchmarks to guide the Security "
        "Council's consideration of possible modification, suspension or lifting of the "
        "arms embargo;",
        # ATMIS 2022 OP51: an assessment of what comes next.
        "Requests the Secretary-General to conduct joint technical assessments to guide the "
        "next steps of the phased drawdown of the Mission;",
        # UNAMID 2020 OP14: a report on the drawdown the Council decided elsewhere.
        "Requests the Secretary-General to keep the Security Council regularly informed "
        "about all relevant developments in relation with the drawdown and withdrawal of "
        "UNAMID;",
        "Requests the Secretary-General to report on the impact of the termination of the "
        "mandate of the Mission;",
    ],
)
def test_a_winding_down_only_named_winds_nothing_down(text: str) -> None:
    assert _lifecycle(_added(text)) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Decides to terminate the mandate of the Mission;", "terminated"),
        ("Decides to suspend the measures imposed by paragraph 5;", "suspended"),
        # The phrase, then the word as an infinitive: the act itself.
        (
            "Requests the Secretary-General, in view of progress, to reduce the troop "
            "ceiling of the Mission;",
            "drawn down",
        ),
        # A timetable for a drawdown prepares it (judged softer): not a mention.
        (
            "Requests the Secretary-General to prepare a timetable for the phased drawdown "
            "of military forces;",
            "drawn down",
        ),
        # Another clause: the mention of the first does not reach the act of the second.
        (
            "Takes note of the report on possible options; decides to terminate the mandate "
            "of the Mission;",
            "terminated",
        ),
    ],
)
def test_a_winding_down_done_still_weighs(text: str, label: str) -> None:
    assert _lifecycle(_added(text)) == [f"measure or mandate {label}"]


def test_a_measure_lifted_is_named_and_a_lifting_considered_is_not() -> None:
    lifted = _added("Decides to lift the arms embargo on the country;")
    assert [s.describe() for c in lifted.changes for s in c.shifts] == [
        "sanctions measure ended: arms embargo lifted"
    ]
    considered = _added(
        "Requests the Secretary-General to assess the conditions for the lifting of the "
        "arms embargo on the country;"
    )
    assert not [s for c in considered.changes for s in c.shifts if s.direction == "softer"]


def test_the_mentions_are_data_a_user_can_change(tmp_path: Path) -> None:
    text = (
        "Requests the Secretary-General to report on the lifting of the arms embargo and "
        "on any developments;"
    )
    assert _lifecycle(_added(text)) == []
    extra = tmp_path / "lexicon"
    extra.mkdir()
    (extra / "mine.toml").write_text('[mentions]\n"report on" = { disabled = true }\n')
    lexicon = Lexicon.default().extend(extra)
    closing = "Decides to remain seized of the matter."
    cmp = resdiff.compare(_draft([KEPT, closing]), _draft([KEPT, text, closing]), lexicon=lexicon)
    assert _lifecycle(cmp) == ["measure or mandate lifted"]


def test_the_embargo_a_provision_serves_is_no_embargo_imposed() -> None:
    lexicon = Lexicon.default()
    # Somalia sanctions 2021 OP5: an authority to inspect vessels renewed, "in order to
    # ensure strict implementation of the arms embargo".
    serves = (
        "Decides to renew the provisions set out in paragraph 15 of resolution 2182 (2014) "
        "and authorises Member States, in order to ensure strict implementation of the arms "
        "embargo on Somalia, to inspect vessels bound to or from Somalia;"
    )
    assert "arms_embargo" not in [m.measure for m in lexicon.measures_in(serves)]
    for referred in ("violations of the arms embargo", "compliance with the arms embargo"):
        text = f"Calls upon all States to report {referred};"
        assert "arms_embargo" not in [m.measure for m in lexicon.measures_in(text)], referred
    imposes = "Decides that all States shall implement an arms embargo on the country;"
    assert "arms_embargo" in [m.measure for m in lexicon.measures_in(imposes)]


def test_a_determination_kept_whose_threatened_peace_widened_is_not_made() -> None:
    determining = (
        "Determining that the situation in Somalia continues to constitute a threat to "
        "{}international peace and security,"
    )
    ops = ["Decides to remain seized of the matter."]
    old = _draft(ops, preamble=determining.format(""))
    new = _draft(ops, preamble=determining.format("regional and "))
    cmp = resdiff.compare(old, new)
    said = [s.describe() for c in cmp.changes for s in c.shifts if s.feature == "art39"]
    assert said == [
        "Article 39 determination kept, the peace it finds threatened widened: "
        "“international peace and security” → “regional and international peace and security”"
    ]
    assert cmp.summary.art39 == "kept"


def test_vigilance_that_keeps_the_duty_to_prevent_is_no_hedge() -> None:
    cmp = resdiff.compare(EXAMPLES / "japan-draft.txt", EXAMPLES / "adopted-compromise.txt")
    op3 = cmp.change_for("OP3")
    said = [s.describe() for c in op3.walk() for s in c.shifts]
    assert "operative verb weakened: decides → requires" in said
    assert not any("vigilance" in s for s in said), said


def test_reach_widened_quotes_each_run_apart() -> None:
    cmp = resdiff.compare(EXAMPLES / "china-russia-draft.txt", EXAMPLES / "adopted-compromise.txt")
    said = [
        s.describe()
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.detail == "reach widened"
    ]
    assert said, "the adopted text widens several asks"
    for text in said:
        assert text.startswith("reach widened, words added: “"), text
        # A run of grammar words only ("that" of "to re-establish" → "that ... suspend")
        # is not quoted as words of the ask.
        assert "“that”" not in text, text
        # Cut between words, never inside one ("… and ex…").
        for run in text.split("“")[1:]:
            quoted = run.split("”")[0]
            if quoted.endswith("…"):
                assert quoted[:-1].rstrip().split()[-1].isalpha(), quoted


def test_a_measure_the_host_paragraph_lacks_is_new_all_the_same() -> None:
    # Adopted OP4 (procurement and financial resources) was cut from the China-Russia
    # OP3 (transfers, hortatory): the missile items stand there, the financial measure
    # does not, and it is among the key changes.
    cmp = resdiff.compare(EXAMPLES / "china-russia-draft.txt", EXAMPLES / "adopted-compromise.txt")
    op4 = cmp.change_for("OP4")
    measures = {s.new: (s.direction, s.note) for s in op4.shifts if s.feature == "measure"}
    assert measures["financial (mandatory)"] == ("stronger", None)
    assert measures["WMD / missile items (mandatory)"] == (
        "neutral",
        "its words stand in old OP3",
    )
    assert any(k.new == ("OP4",) for k in cmp.summary.key_changes)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # MONUSCO 2021 OP5 and OP13, unnamed in an expert's trial.
        (
            "Reiterates that it is prepared to impose targeted sanctions against those who "
            "obstruct the peace process;",
            "prepared to impose targeted sanctions",
        ),
        (
            "Stresses that acts which threaten the peace may lead to sanctions;",
            "may lead to sanctions",
        ),
        (
            "Expresses its readiness to respond with measures against those who obstruct "
            "the Agreement;",
            "readiness to respond with measures",
        ),
    ],
)
def test_a_warning_of_sanctions_is_named(text: str, words: str) -> None:
    said = [s.describe() for c in _added(text).changes for s in c.shifts]
    assert f"warning of further action added: “{words}”" in said, said


def test_sanctions_that_may_follow_are_not_sanctions_imposed() -> None:
    lexicon = Lexicon.default()
    assert not [h for h in lexicon.warnings_in("the talks may lead to a settlement;")]
    text = "Decides that all States shall freeze the assets that may lead to sanctions;"
    assert [m.phrase for m in lexicon.warnings_in(text)] == ["sanctions may follow"]
