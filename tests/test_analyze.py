"""Analysis: phrases, tiers, hedges, modals, addressees, measures and document flags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import resdiff
from resdiff.analyze import analyze_clause
from resdiff.lexicon import Lexicon
from resdiff.model import Clause

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def op(text: str, *children: str) -> Clause:
    kids = tuple(
        Clause(ref=f"OP1({chr(97 + k)})", section="operative", label=f"({chr(97 + k)})", text=t)
        for k, t in enumerate(children)
    )
    return analyze_clause(
        Clause(ref="OP1", section="operative", label="1.", text=text, children=kids),
        Lexicon.default(),
    )


@pytest.mark.parametrize(
    ("text", "lemma", "modifier", "axis_a", "axis_b"),
    [
        ("Condemns the launches;", "condemn", None, None, 5),
        ("Strongly condemns the launches;", "condemn", "strongly", None, 6),
        (
            "Condemns in the strongest terms the launches;",
            "condemn",
            "in the strongest terms",
            None,
            7,
        ),
        ("Strongly deplores the launches;", "deplore", "strongly", None, 4),
        ("Decides that all Member States shall prevent ...;", "decide", None, 6, None),
        ("Calls upon the DPRK to re-establish its moratorium;", "call upon", None, 4, None),
        ("Strongly urges the DPRK to return to the talks;", "urge", "strongly", 4, None),
        ("Further requests the Secretary-General to report;", "request", None, 3, None),
        ("Authorises Member States to take all necessary measures;", "authorize", None, 6, None),
    ],
)
def test_lead_phrase_and_tiers(
    text: str, lemma: str, modifier: str | None, axis_a: int | None, axis_b: int | None
) -> None:
    lead = op(text).phrases[0]
    assert (lead.lemma, lead.modifier, lead.axis_a, lead.axis_b) == (
        lemma,
        modifier,
        axis_a,
        axis_b,
    )


def test_a_paragraph_with_two_verbs_has_two_phrases() -> None:
    clause = op("Commends the efforts of the mission and requests the Secretary-General to report;")
    assert [p.lemma for p in clause.phrases] == ["commend", "request"]
    assert clause.phrases[1].addressee == "the Secretary-General"


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Calls upon all Member States to exercise vigilance;", "all Member States"),
        ("Demands that the DPRK suspend all activities;", "the DPRK"),
        ("Requests the Secretary-General to report within 30 days;", "the Secretary-General"),
        ("Urges all parties to the conflict to cease hostilities;", "all parties to the conflict"),
        ("Condemns the launches of ballistic missiles;", None),
    ],
)
def test_addressee(text: str, addressee: str | None) -> None:
    assert op(text).phrases[0].addressee == addressee


def test_hedges_and_modal_are_found_in_the_phrase() -> None:
    clause = op(
        "Calls upon all Member States, in accordance with their national legal authorities and "
        "legislation and consistent with international law, to exercise vigilance;"
    )
    hedges = set(clause.phrases[0].hedges)
    assert {"exercise vigilance", "consistent with international law"} <= hedges
    assert op("Decides that all States shall freeze the funds;").phrases[0].modal == "shall"


def test_measures_listed_in_sub_paragraphs_take_the_mode_of_the_lead_in() -> None:
    clause = op(
        "Decides that all Member States shall prevent the supply, sale or transfer of:",
        "arms and related materiel of all types;",
    )
    assert not clause.measures
    (measure,) = clause.children[0].measures
    assert (measure.kind, measure.mode) == ("arms_embargo", "mandatory")


def test_mode_follows_the_verb() -> None:
    hortatory = op("Calls upon all States to freeze the funds and economic resources of the group;")
    voluntary = op("Encourages all States to freeze the funds and economic resources of the group;")
    assert [m.mode for m in hortatory.measures] == ["hortatory"]
    assert [m.mode for m in voluntary.measures] == ["voluntary"]


def test_unknown_operative_verb_is_a_warning_not_silence() -> None:
    draft = resdiff.parse(
        "The Security Council,\n\n1. Frobnicates the parties;\n\n2. Decides to "
        "remain seized of the matter.\n"
    )
    codes = {w.code for w in draft.warnings}
    assert "operative-unknown-verb" in codes


def test_custom_lexicon_changes_the_analysis(tmp_path: Path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text("[verbs]\nfrobnicate = { axis_a = 5 }\n")
    lexicon = Lexicon.default().extend(extra)
    draft = resdiff.parse("The Security Council,\n\n1. Frobnicates the parties.\n", lexicon=lexicon)
    assert draft.operative[0].phrases[0].axis_a == 5
    assert draft.lexicon == "custom"


def _labels() -> dict[str, str]:
    labels = {}
    for path in sorted((CORPUS / "metadata").glob("*.json")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labels[row["symbol"]] = row.get("chapter_VII") or ""
    return labels


@pytest.mark.skipif(not (CORPUS / "akn").is_dir(), reason="../shared/corpus/akn is absent")
def test_chapter_vii_detection_against_the_corpus_labels() -> None:
    labels = _labels()
    found = missed = extra = 0
    for path in sorted((CORPUS / "akn").glob("*.xml")):
        draft = resdiff.parse(path)
        label = labels.get(draft.symbol or "")
        if label not in ("Chapter VII", ""):
            continue
        if label == "Chapter VII":
            found += draft.chapter_vii
            missed += not draft.chapter_vii
        elif draft.chapter_vii:
            # The label is for the resolution as a whole; these texts do invoke Chapter VII
            # in words (for one decision, or "Article 41 of Chapter VII").
            assert draft.chapter_vii_formula is not None
            assert "chapter vii" in draft.chapter_vii_formula.formula.lower()
            extra += 1
    assert missed == 0 and found == 64
    assert extra <= 4
