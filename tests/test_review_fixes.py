"""Fixes from an outside expert's reading of the reports on real pairs (UNIFIL, UNFICYP,
CAR sanctions, Somalia piracy): each test is the smallest text that showed the fault."""

from __future__ import annotations

from conftest import CORPUS, needs_corpus

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison

PREAMBLE = "Recalling its previous resolutions on the situation,"


def draft(operative: list[str], preamble: list[str] | None = None) -> str:
    pre = "\n\n".join(preamble if preamble is not None else [PREAMBLE])
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"The Security Council,\n\n{pre}\n\n{ops}\n"


def lines(cmp: Comparison) -> list[str]:
    return [s.describe() for c in cmp.changes for part in c.walk() for s in part.shifts]


def test_a_determination_kept_in_a_relative_clause_is_an_article_39_finding() -> None:
    # S/RES/2554 (2020) and 2608 (2021) PP17: the report said "Article 39: absent".
    text = (
        "Determining that the incidents of piracy and armed robbery at sea off the coast of "
        "Somalia are an important factor exacerbating the situation in Somalia, which "
        "continues to constitute a threat to international peace and security in the region,"
    )
    assert Lexicon.default().art39_in(text) is not None
    # A threat named in a relative clause of the subject is still no finding.
    other = (
        "Determining that the activities of groups which continue to threaten peace and "
        "security are to be addressed,"
    )
    assert Lexicon.default().art39_in(other) is None
    doc = resdiff.parse(draft(["Decides to remain seized of the matter."], [text]))
    assert doc.art39


def test_an_ordinal_date_is_the_same_date() -> None:
    # UNIFIL, S/RES/2539 (2020) -> 2591 (2021): "date: February 2020 -> 10 February 2020".
    old = (
        "Calls for the finalization of the investigation of the incident of the 10th of "
        "February 2020;"
    )
    new = "Calls for the finalization of the investigation of the incident of 10 February 2020;"
    cmp = resdiff.compare(draft([old]), draft([new]))
    assert not [line for line in lines(cmp) if line.startswith("date")]
    moved = "Calls for the finalization of the investigation of the incident of 12 February 2020;"
    cmp = resdiff.compare(draft([old]), draft([moved]))
    assert "date: 10th of February 2020 → 12 February 2020" in lines(cmp)


@needs_corpus
def test_the_same_verb_recast_is_one_ask_in_new_words() -> None:
    # UNFICYP, S/RES/2587 (2021) -> 2618 (2022) OP16: "operative verb added: requests
    # (recast: in place of requests)" beside "operative verb removed: requests (recast:
    # requests in its place)": one request recast, told once.
    cmp = resdiff.compare(
        CORPUS / "akn" / "S_RES_2587_2021.xml", CORPUS / "akn" / "S_RES_2618_2022.xml"
    )
    change = next(c for c in cmp.changes if c.new == ("OP16",))
    told = [s.describe() for s in change.shifts]
    assert told == ["operative verb kept, its ask recast in new words: requests"]
    assert all(s.direction == "neutral" and s.weight == 0 for s in change.shifts)


@needs_corpus
def test_a_paragraph_dropped_whose_words_stand_in_another_says_where() -> None:
    # CAR sanctions, S/RES/2536 (2020) -> 2588 (2021): "old PP6 dropped" while its words
    # are the second half of new PP6; the reader is now told where they stand.
    cmp = resdiff.compare(
        CORPUS / "akn" / "S_RES_2536_2020.xml", CORPUS / "akn" / "S_RES_2588_2021.xml"
    )
    change = next(c for c in cmp.changes if c.old == ("PP6",))
    assert change.kind == "dropped"
    told = [s for s in change.shifts if s.feature == "wording"]
    assert [s.describe() for s in told] == [
        "wording kept, not in this place (its words stand in new PP6)"
    ]
    assert told[0].direction == "neutral" and told[0].weight == 0


def test_a_paragraph_dropped_whose_words_stand_nowhere_says_nothing() -> None:
    old = draft(
        ["Decides to remain seized of the matter."],
        [
            "Welcoming the progress made by the national authorities on the key benchmarks,",
            "Stressing the need for the national authorities to ensure the physical protection "
            "of weapons and ammunition transferred to their control,",
        ],
    )
    new = draft(
        ["Decides to remain seized of the matter."],
        ["Welcoming the progress made by the national authorities on the key benchmarks,"],
    )
    cmp = resdiff.compare(old, new)
    dropped = [c for c in cmp.changes if c.kind == "dropped"]
    assert dropped and not [s for c in dropped for s in c.shifts if s.feature == "wording"]
