"""The document direction on the first lead of the fresh blind sets (issue 9 §7,
twenty-fourth session): a renewal a later resolution makes where the old text, another
kind of text of the same file, renewed nothing (S/RES/2593 (2021) -> 2596 (2022), judged
mixed). Ordinary wording of our own, with the counter-examples the rule must leave
alone."""

from __future__ import annotations

import pytest
from drafting import RENEWAL, reworded, weighed_shift

import resdiff
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
RECITALS = ["Recalling its previous resolutions on the territory,"]


def _renewal_after(old_ops: list[str], *, old_symbol: str = "100") -> Comparison:
    old = _adopted(old_symbol, "1990", RECITALS, old_ops)
    new = _adopted("200", "1991", RECITALS, list(RENEWAL))
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
    assert uncountered([renewal], continuing, lambda: (), lexicon)
    assert uncountered([renewal], continuing, lambda: ("established",), lexicon)
    assert not uncountered([renewal], continuing, lambda: ("renewed",), lexicon)
    period = reworded("OP2", weighed_shift("quantity", "stronger", 20.0, detail="renewal period"))
    assert not uncountered([renewal, period], continuing, lambda: (), lexicon)
    dropped = reworded("OP1", weighed_shift("lifecycle", "softer", 25.0, old="extended"))
    assert not uncountered([dropped], continuing, lambda: (), lexicon)


def test_a_revised_draft_that_adds_a_renewal_is_weighed_as_before() -> None:
    # The same symbol twice: a revised draft, not a later resolution.
    old = _adopted("200", "1991", RECITALS, POLITICAL)
    new = _adopted("200", "1991", RECITALS, list(RENEWAL))
    assert resdiff.compare(old, new).summary.direction == "stronger"


# A guard (review of direction14), passing on the engine before the rule too: an old text
# that renews in other words than the new one's has a counterpart, and the rule leaves
# the balance as it was (softer: the condemnation and the demand gone, the renewal
# carried on). Should a reading of the old text's renewals regress, these turn mixed.
@pytest.mark.parametrize(
    "renewal",
    [
        "Decides that the mandate of the United Nations Assistance Mission in the territory "
        "shall continue until 17 March 1991;",
        # Read since the twenty-fifth session (a renewal in the words of its period,
        # lifecycle.toml "extended"; was a strict xfail from the review of direction14).
        "Decides that the Mission shall remain in the territory for a further period of "
        "six months;",
        "Decides to maintain the United Nations Assistance Mission in the territory until 17 "
        "March 1991;",
        "Decides to renew the authorizations set out in paragraph 4 of resolution 50 (1989) "
        "for a period of twelve months;",
        "Decides to extend the mandate of the Mission until 17 April 1991, as a technical "
        "rollover;",
    ],
)
def test_an_old_text_that_renews_in_other_words_is_a_counterpart(renewal: str) -> None:
    ops = [*POLITICAL[:4], renewal, POLITICAL[4]]
    assert _renewal_after(ops).summary.direction == "softer"
