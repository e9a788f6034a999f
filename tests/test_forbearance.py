"""A forbearance: "Decides ... not to impose at present the additional measures", "decides
not to seek a further update ... at this time" hold back an act the Council could take
(RESULTS §2fa item 1): softer when it comes, not a decision added (stronger). Made-up
texts, and the two corpus clauses where they lie (../shared)."""

from __future__ import annotations

import pytest
from conftest import CORPUS
from test_review_fix14 import _compare, _resolution

import resdiff

THREAT = (
    "Decides that, if by 1 November 1993 no cease-fire has been reported, it will impose "
    "additional measures against the party concerned;"
)


def _added(paragraph: str) -> list[tuple[str, str]]:
    """The weighed shifts (feature, direction) of ``paragraph`` added beside the threat."""
    cmp = _compare([THREAT], [THREAT, paragraph])
    change = cmp.change_for("OP2", side="new")
    return [(s.feature, s.direction) for s in change.shifts if s.weight]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides, in view of the negotiations under way between the parties, not to impose "
        "at present the additional measures against the party concerned;",
        "Decides not to impose at this stage the measures set out in paragraph 1;",
        "Further decides not to take further measures at this stage;",
        "Decides not to seek a further update from the Secretary-General at this time;",
        "Decides not to request a further report from the Secretary-General;",
    ],
)
def test_a_forbearance_added_is_softer(paragraph: str) -> None:
    # Before: "operative verb added: decides", stronger (8), whatever it decided.
    assert _added(paragraph) == [("lifecycle", "softer")]


@pytest.mark.parametrize(
    ("paragraph", "shift"),
    [
        # A stance, no act of the Council held back (S/RES/478 (1980) OP5).
        ("Decides not to recognize the so-called basic law;", ("verb", "stronger")),
        # An ask of others keeps its verb.
        (
            "Decides to call upon all States not to impose restrictions on the flights;",
            ("verb", "stronger"),
        ),
        ("Urges the parties not to impose restrictions on the Mission;", ("verb", "stronger")),
        # A refused renewal ends what exists ([lifecycle.terminate]), as before.
        ("Decides not to renew the measures imposed by paragraph 1;", ("measure", "softer")),
    ],
)
def test_what_is_no_forbearance(paragraph: str, shift: tuple[str, str]) -> None:
    assert shift in _added(paragraph)
    draft = resdiff.parse(_resolution(876, "19 October 1993", [paragraph]))
    assert "withheld" not in {x for p in draft.operative[0].phrases for x in p.lifecycle}


@pytest.mark.parametrize(
    "text",
    [
        "Decides not to impose at present the measures;",
        # Was no event at all (tests/test_negated_lifecycle.py, before this round).
        "Decides not to impose further measures on the parties;",
    ],
)
def test_a_measure_not_imposed_is_withheld_not_imposed(text: str) -> None:
    draft = resdiff.parse(_resolution(876, "19 October 1993", [text]))
    assert {x for p in draft.operative[0].phrases for x in p.lifecycle} == {"withheld"}


def test_the_question_kept_on_the_list_is_no_forbearance() -> None:
    # "take" only with measures, action or steps: the Council that keeps a question on
    # its list withholds nothing (no event, tests/test_negated_lifecycle.py).
    text = (
        "Decides not to take the question off the list of matters of which the Council is seized;"
    )
    draft = resdiff.parse(_resolution(876, "19 October 1993", [text]))
    assert "withheld" not in {x for p in draft.operative[0].phrases for x in p.lifecycle}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("scanned/S_RES_804_1993.txt", "scanned/S_RES_890_1993.txt"),
        ("akn/S_RES_2607_2021.xml", "akn/S_RES_2662-2226129E.xml"),
    ],
)
def test_the_corpus_forbearances_are_read(old: str, new: str) -> None:
    if not (CORPUS / new).exists():
        pytest.skip("the shared corpus (../shared/corpus) is not here")
    cmp = resdiff.compare(CORPUS / old, CORPUS / new)
    ref = "OP14" if "890" in new else "OP49"
    change = cmp.change_for(ref, side="new")
    found = [(s.feature, s.direction) for sub in change.walk() for s in sub.shifts]
    assert ("lifecycle", "softer") in found
    assert ("verb", "stronger") not in found


# Review of leads22: the forms a drafter writes that the first pattern missed, and a
# "decide" that is another body's.


@pytest.mark.parametrize(
    "paragraph",
    [
        # "Decides further" / "Decides also" stand in 26 places of the corpus.
        "Decides further not to impose at present the additional measures against the party "
        "concerned;",
        "Decides also not to seek a further update from the Secretary-General at this time;",
        # The phrase between commas after the "not" (growth_refused reads this order too).
        "Decides not, at this stage, to impose the additional measures against the party "
        "concerned;",
    ],
)
def test_a_forbearance_in_other_words_added_is_softer(paragraph: str) -> None:
    assert _added(paragraph) == [("lifecycle", "softer")]


@pytest.mark.parametrize(
    "text",
    [
        # The Committee's or the States' decision, which the Council provides for: no act of
        # the Council's held back ("decide", not the Council's "decides").
        "Decides that the Committee may decide not to apply the measures imposed by "
        "paragraph 1 to the individuals it names;",
        "Decides that States shall decide not to impose restrictions on the flights of the "
        "Mission;",
    ],
)
def test_another_bodys_decision_is_no_forbearance(text: str) -> None:
    draft = resdiff.parse(_resolution(876, "19 October 1993", [text]))
    assert "withheld" not in {x for p in draft.operative[0].phrases for x in p.lifecycle}
