"""The document direction on the fresh blind sets of the twenty-seventh session (issue 9
§7, twenty-eighth session), on ordinary wording of our own, with the counter-examples the
rule must leave alone.

A new ask is not a lone light shift. One change lighter than the least weight of operative
language, alone, leaves a text's force as it was (a recital widened, an invitation no
longer made); an appeal or an invitation the Council now makes of others in its operative
part asks more than the old text did, however mildly (UNFICYP 334 → 364: "Appeals again
to all parties concerned to extend their full co-operation to the Force" the one change,
judged stronger by both judges)."""

from __future__ import annotations

import resdiff
from resdiff.model import Comparison


def _adopted(symbol: str, year: str, operative: list[str]) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"Resolution {symbol} ({year})\nof 6 April {year}\n\nThe Security Council,\n\n"
        f"Recalling its previous resolutions on the situation,\n\n{ops}\n"
    )


RENEWAL = (
    "Extends once more the stationing of the observer force for a further period "
    "ending 15 June 1991, in the expectation that sufficient progress will by then have "
    "been made;"
)
RESTRAINT = "Urges the parties concerned to act with the utmost restraint;"


def _with(*added: str) -> Comparison:
    old = _adopted("100", "1990", [RESTRAINT, RENEWAL])
    new = _adopted("200", "1991", [RESTRAINT, RENEWAL.replace("1991", "1992"), *added])
    return resdiff.compare(old, new)


def test_a_new_appeal_alone_makes_the_text_stronger() -> None:
    cmp = _with("Appeals again to all parties concerned to extend their full co-operation.")
    assert cmp.summary.direction == "stronger"


def test_a_new_invitation_alone_makes_the_text_stronger() -> None:
    cmp = _with("Invites all States to contribute to the costs of the observer force.")
    assert cmp.summary.direction == "stronger"


def test_an_invitation_no_longer_made_still_leaves_the_text_as_it_was() -> None:
    # The counter-example the lone-shift rule was written for: an ask left out may have
    # been met; one light change alone is no shift of the text's force.
    invitation = "Invites all States to contribute to the costs of the observer force."
    old = _adopted("100", "1990", [RESTRAINT, RENEWAL, invitation])
    new = _adopted("200", "1991", [RESTRAINT, RENEWAL.replace("1991", "1992")])
    assert resdiff.compare(old, new).summary.direction == "neutral"


def test_the_councils_own_hope_alone_asks_no_one() -> None:
    # A stance of the Council's own at the tier of an ask: it asks no one, so it is
    # still a light change alone. (The review of dir18: the clause is no shift at all,
    # clauses.provision's lone_shift drops a stance before the summary weighs anything, so
    # this guards that rule; the stance test of summary._asks is a second guard that no
    # text reaches today.)
    cmp = _with("Expresses the hope that the talks will make speedy progress.")
    assert cmp.summary.direction == "neutral"


def test_a_recital_widened_alone_is_still_neutral() -> None:
    old = _adopted("100", "1990", [RESTRAINT, RENEWAL]).replace(
        "Recalling its previous resolutions on the situation,",
        "Noting the report of the Secretary-General on the situation,",
    )
    new = _adopted("200", "1991", [RESTRAINT, RENEWAL]).replace(
        "Recalling its previous resolutions on the situation,",
        "Noting the report of the Secretary-General on the situation and the ongoing "
        "efforts of the parties, including in the region,",
    )
    assert resdiff.compare(old, new).summary.direction == "neutral"


# The review of dir18: between two versions of one draft, an ask left out is withdrawn
# (resdiff.classify.following.later_resolution: "a revised draft that leaves something
# out withdraws it"); the reason an invitation no longer made leaves a later resolution
# as it was, that the old resolution's ask stands or was met, does not hold there. An
# appeal added to a draft read stronger while the same appeal deleted read neutral.
APPEAL = "Appeals to all parties concerned to extend their full co-operation to the Force."


def _draft(*operative: str) -> str:
    # No symbol, no date: a draft, not an adopted resolution.
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"The Security Council,\n\nRecalling its previous resolutions on the situation,\n\n{ops}\n"
    )


def test_an_ask_deleted_from_a_revised_draft_softens_it() -> None:
    with_appeal, without = _draft(RESTRAINT, RENEWAL, APPEAL), _draft(RESTRAINT, RENEWAL)
    assert resdiff.compare(without, with_appeal).summary.direction == "stronger"
    assert resdiff.compare(with_appeal, without).summary.direction == "softer"


def test_a_stance_deleted_from_a_revised_draft_is_still_no_shift() -> None:
    hope = "Expresses the hope that the talks will make speedy progress."
    assert resdiff.compare(_draft(RESTRAINT, hope), _draft(RESTRAINT)).summary.direction == (
        "neutral"
    )


def test_a_declaration_deleted_from_a_revised_draft_is_still_neutral() -> None:
    # Only an ask: one light change of another kind alone still leaves a draft as it was.
    welcome = "Welcomes the report of the Secretary-General."
    old = _draft(RESTRAINT, RENEWAL, welcome)
    assert resdiff.compare(old, _draft(RESTRAINT, RENEWAL)).summary.direction == "neutral"
