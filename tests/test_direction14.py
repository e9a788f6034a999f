"""The document direction on the leads of the fresh blind sets (issue 9 §7, twenty-fourth
session): a renewal a later resolution makes where the old text, another kind of text of
the same file, renewed nothing (S/RES/2593 (2021) -> 2596 (2022), judged mixed); Chapter
VII invoked only to ease a measure (S/RES/2560 (2020) -> 2664 (2022), judged softer); and
the Council's warnings of action under Chapter VII the warning patterns missed (S/RES/50
and 54 (1948), 428 (1978), 670 (1990)). Ordinary wording of our own, with the
counter-examples the rules must leave alone."""

from __future__ import annotations

import pytest
from drafting import reworded, weighed_shift

import resdiff
from resdiff.clauses.views import own_voice
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison


def _adopted(symbol: str, year: str, preamble: list[str], operative: list[str]) -> str:
    recitals = "\n\n".join(preamble)
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"Resolution {symbol} ({year})\nof 6 April {year}\n\nThe Security Council,\n\n"
        f"{recitals}\n\n{ops}\n"
    )


# -- a renewal with no counterpart -----------------------------------------------------

POLITICAL = [
    "Condemns in the strongest terms the attacks on civilians near the airport;",
    "Demands that the territory not be used to threaten or attack any State;",
    "Expresses its deep concern at the humanitarian situation in the territory;",
    "Calls upon all parties to facilitate safe passage for all civilians;",
    "Decides to remain seized of the matter.",
]
RENEWAL = [
    "Decides to extend the mandate of the United Nations Assistance Mission in the "
    "territory until 17 March 1992;",
    "Calls upon all parties to facilitate safe passage for all civilians;",
    "Requests the Secretary-General to report to the Council every three months on the "
    "work of the Mission;",
    "Decides to remain seized of the matter.",
]
RECITALS = ["Recalling its previous resolutions on the territory,"]


def _renewal_after(old_ops: list[str], *, old_symbol: str = "100") -> Comparison:
    old = _adopted(old_symbol, "1990", RECITALS, old_ops)
    new = _adopted("200", "1991", RECITALS, RENEWAL)
    return resdiff.compare(old, new)


def test_a_renewal_after_a_text_that_renewed_nothing_does_not_swallow_what_it_drops() -> None:
    # The condemnation, the demand and the concern gone (operative language softer by
    # more than half the renewal's 25) beside the mission renewed: mixed, where the
    # renewal as a headline read it stronger.
    cmp = _renewal_after(POLITICAL)
    assert cmp.summary.direction == "mixed"


def test_the_renewal_still_decides_against_a_light_balance_the_other_way() -> None:
    # Only the concern gone (6): the renewal is the text's headline.
    ops = [POLITICAL[2], POLITICAL[3], POLITICAL[4]]
    assert _renewal_after(ops).summary.direction == "stronger"


def test_a_renewal_beside_a_text_that_renewed_something_has_a_counterpart() -> None:
    # The rule's own test, on shifts made by hand: a renewal (25) with no old stage is
    # uncountered only where the old text decides no renewal, extension or maintenance
    # of anything (a text that set a mission up renewed nothing); a headline of another
    # kind beside it, or a renewal dropped, is no renewal alone.
    from resdiff.classify import balance

    lexicon = Lexicon.default()
    continuing = frozenset({"extended", "renewed", "maintained"})
    renewal = reworded("OP1", weighed_shift("lifecycle", "stronger", 25.0, new="extended"))
    uncountered = balance.renewal_uncountered
    assert uncountered([renewal], continuing, (), lexicon)
    assert uncountered([renewal], continuing, ("established",), lexicon)
    assert not uncountered([renewal], continuing, ("renewed",), lexicon)
    period = reworded("OP2", weighed_shift("quantity", "stronger", 20.0, detail="renewal period"))
    assert not uncountered([renewal, period], continuing, (), lexicon)
    dropped = reworded("OP1", weighed_shift("lifecycle", "softer", 25.0, old="extended"))
    assert not uncountered([dropped], continuing, (), lexicon)


def test_a_revised_draft_that_adds_a_renewal_is_weighed_as_before() -> None:
    # The same symbol twice: a revised draft, not a later resolution.
    old = _adopted("200", "1991", RECITALS, POLITICAL)
    new = _adopted("200", "1991", RECITALS, RENEWAL)
    assert resdiff.compare(old, new).summary.direction == "stronger"


# -- Chapter VII invoked only to ease a measure ---------------------------------------

LISTING = [
    "Encourages all Member States to submit listing requests to the Committee;",
    "Requests the Monitoring Team to report to the Committee on the listing procedures;",
    "Decides to remain seized of the matter.",
]
EXEMPTING = [
    "Decides that the provision of funds or economic resources necessary to ensure the "
    "timely delivery of humanitarian assistance is permitted and is not a violation of "
    "the asset freeze imposed by paragraph 1 of resolution 50 (2015);",
    "Requests the Monitoring Team to report to the Committee on the implementation of paragraph 1;",
    "Decides to remain seized of the matter.",
]
THREAT = (
    "Reaffirming its determination that terrorism constitutes a threat to international "
    "peace and security,"
)
CHAPTER_VII = "Acting under Chapter VII of the Charter of the United Nations,"


def test_chapter_vii_invoked_to_carve_out_an_exemption_is_the_easings_form() -> None:
    old = _adopted("100", "2020", RECITALS, LISTING)
    new = _adopted("200", "2022", [*RECITALS, THREAT, CHAPTER_VII], EXEMPTING)
    cmp = resdiff.compare(old, new)
    assert cmp.summary.chapter_vii == "added"
    assert cmp.summary.direction == "softer"


def test_chapter_vii_invoked_beside_a_measure_imposed_still_weighs_in_full() -> None:
    # The same exemption, and an arms embargo imposed: Chapter VII is no easing's form.
    embargo = (
        "Decides that all States shall prevent the direct or indirect supply, sale or "
        "transfer of arms and related materiel of all types to the individuals on the List;"
    )
    old = _adopted("100", "2020", RECITALS, LISTING)
    new = _adopted("200", "2022", [*RECITALS, THREAT, CHAPTER_VII], [embargo, *EXEMPTING])
    assert resdiff.compare(old, new).summary.direction == "stronger"


def test_chapter_vii_invoked_with_no_other_headline_still_weighs_in_full() -> None:
    old = _adopted("100", "2020", RECITALS, LISTING)
    new = _adopted("200", "2022", [*RECITALS, THREAT, CHAPTER_VII], LISTING)
    assert resdiff.compare(old, new).summary.direction == "stronger"


# -- the warnings of action under Chapter VII ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # S/RES/50 (1948) OP11 and 54 (1948) OP3, in words of our own.
        "Decides that if the present resolution is rejected by either party, the situation "
        "will be reconsidered with a view to action under Chapter VII of the Charter;",
        "Declares that failure to comply would require immediate consideration by the "
        "Council with a view to such further action under Chapter VII of the Charter as "
        "may be decided upon;",
        # S/RES/670 (1990) PP11: the Council's own action named as the consequence.
        "Underlining to the Government that its continued failure to comply could lead to "
        "further serious action by the Council under the Charter, including under "
        "Chapter VII,",
        # S/RES/428 (1978) OP8: 170 characters of aside before "to consider".
        "Decides to meet again in the event of further acts of violation of the "
        "sovereignty and territorial integrity of the neighbouring Republic by the "
        "armed forces of the occupying régime in order to consider the adoption of more "
        "effective measures, in accordance with the appropriate provisions of the Charter;",
    ],
)
def test_a_warning_of_action_under_chapter_vii_is_read(text: str) -> None:
    assert Lexicon.default().warnings_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # The flag, not a warning.
        "Acting under Chapter VII of the Charter of the United Nations,",
        # An ask of others to act with a view to something else.
        "Calls upon all States to take measures with a view to the implementation of the "
        "decisions taken under Chapter VII of the Charter;",
        # A consequence for others, not the Council's action.
        "Stresses that such failure could lead to further serious action by the "
        "Government under its law;",
    ],
)
def test_other_mentions_of_chapter_vii_are_no_warning(text: str) -> None:
    assert not Lexicon.default().warnings_in(text)


def test_the_recital_that_underlines_speaks_in_the_councils_voice() -> None:
    assert own_voice("Underlining")
