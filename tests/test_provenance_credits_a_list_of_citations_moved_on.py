"""A recital of resolutions whose list moved on is its source (user24 left 8 such
recitals uncredited after its share rule: "Reaffirms its resolutions 186 (1964) of 4
March, 187 (1964) …" → "Reaffirms its resolution 186 (1964) of 4 March 1964 and its
subsequent resolutions"). One rule (:func:`resdiff.shared_language.same_citations`): the
same restating lead, and the resolutions one cites all among the other's. Made-up
texts."""

from __future__ import annotations

import resdiff
from resdiff.shared_language import same_citations, shares_language

MONTHS = ("March", "June", "August", "September", "December")
#: Thirteen resolutions, each with its date: the old list.
LISTED = [f"{101 + 2 * i} ({1970 + i // 3}) of {4 + i} {MONTHS[i % 5]}" for i in range(13)]
LONG = "Reaffirms its resolutions " + ", ".join(LISTED[:-1]) + " and " + LISTED[-1] + ";"
SHORT = (
    "Reaffirms its resolution 101 (1970) of 4 March 1970 and its subsequent resolutions "
    "as well as its expressions of consensus on this question;"
)

THREE = (
    "Recalling its resolutions 101 (1970) of 4 March 1970, 104 (1970) of 13 June 1970 "
    "and 107 (1971) of 20 January 1971, by which it condemned the attacks on the "
    "villages of the border region,"
)
FOUR = "Recalling its resolutions 101 (1970), 104 (1970), 107 (1971) and 112 (1971),"


def _text(number: int, year: int, recital: str) -> str:
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 March {year}\n\nThe Security Council,\n\n"
        f"{recital}\n\n"
        "1. Calls upon all States to refrain from supplying arms to Ruritania;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )


def test_a_long_list_cut_to_its_first_and_back_is_one_recital() -> None:
    # Too few words kept in order, even with each citation and date read as one word:
    # uncredited before this rule, both ways.
    assert shares_language(LONG, SHORT, kind="reworded")
    assert shares_language(SHORT, LONG, kind="reworded")


def test_a_list_of_resolutions_moved_on_is_credited() -> None:
    prov = resdiff.provenance(_text(120, 1972, FOUR), {"old": _text(110, 1971, THREE)})
    (pp1,) = [p for p in prov.paragraphs if p.ref == "PP1"]
    assert pp1.origin == "single" and pp1.closest is not None


def test_the_rule_both_ways_and_its_limits() -> None:
    assert same_citations(THREE, FOUR) and same_citations(FOUR, THREE)
    # The same list, words around it rewritten ("Recalling resolution 2378 (2017) and
    # its request …" → "… under resolutions 2378 (2017) and 2436 (2018)").
    assert same_citations(
        "Recalling resolution 101 (1970) and its request that the Secretary-General "
        "report on the use of performance data to improve the evaluation of operations,",
        "Recalling the performance requirements under resolutions 101 (1970) and 104 (1970),",
    )
    # Different resolutions: no shared list.
    assert not same_citations(
        "Recalling resolution 101 (1970) by which it condemned the violations,",
        "Recalling its previous resolution 104 (1970) condemning the military action,",
    )
    # A list one of whose resolutions the other lacks is not held whole.
    assert not same_citations(
        "Recalling its resolutions 101 (1970) and 104 (1970),",
        "Recalling its resolutions 104 (1970) and 112 (1971),",
    )
    # Not a restating lead, or two different ones: no recital of resolutions.
    assert not same_citations(
        "Requests the Secretary-General to report on resolution 101 (1970),",
        "Requests the Secretary-General to transmit resolution 101 (1970) to the Court,",
    )
    assert not same_citations(
        "Recalling its resolution 101 (1970),", "Reaffirming its resolution 101 (1970),"
    )
    # The same number of another year is another resolution.
    assert not same_citations(
        "Recalling its resolution 101 (1970),", "Recalling its resolution 101 (1971),"
    )
