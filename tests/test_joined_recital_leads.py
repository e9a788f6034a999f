"""Two recital leads over one object, the first with a continuer ("Welcoming also and
supporting to that end the efforts of the Secretary-General"): one clause, as "Welcoming
and supporting" is, not a "supporting" clause of its own (issue 9, the wrong named shifts
of the twenty-first session: "preambular lead phrase strengthened: welcoming →
supporting" where both drafts welcome and support). Only a lead in "-ing" and its
continuers joined by "and" to another lead are one clause: a continuer after other words,
a comma, an object before "and" or a lead not in "-ing" ("Deeply concerned also and
condemning") still open a clause."""

from __future__ import annotations

from drafting import CLOSING, change_of, draft

import resdiff
from resdiff.lexicon import Lexicon

EFFORTS = (
    "the efforts of the Secretary-General and his Special Representative aimed at the "
    "earliest resolution of the crisis through negotiations"
)


def _recital(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    """The kind and shifts of the second recital, ``old`` become ``new``."""
    ops = ["Requests the Secretary-General to report to the Council;", CLOSING]
    first = "Recalling its resolutions,"
    return change_of(resdiff.compare(draft(ops, [first, old]), draft(ops, [first, new])), "PP2")


def _leads(text: str) -> list[str]:
    return [m.phrase for m in Lexicon.default().find_participles(text, len(text.split()[0]))]


def test_a_lead_with_a_continuer_joined_to_another_lead_is_one_clause() -> None:
    assert _leads(f"Welcoming also and supporting to that end {EFFORTS},") == []
    # As without the continuer.
    assert _leads(f"Welcoming and supporting {EFFORTS},") == []


def test_the_continuer_added_names_no_lead_strengthened() -> None:
    _kind, shifts = _recital(
        f"Welcoming and supporting {EFFORTS},",
        f"Welcoming also and supporting to that end {EFFORTS}, and stressing its importance,",
    )
    assert not [t for d, t in shifts if d != "neutral" and "lead" in t], shifts


def test_a_continuer_after_other_words_still_opens_no_join() -> None:
    # "again" after a citation, then "and urging": the urging is a clause of its own.
    assert _leads("Recalling its resolution 1234 (2019) again and urging the parties to talk,") == [
        "urging"
    ]


def test_a_comma_before_the_second_lead_still_opens_a_clause() -> None:
    assert _leads(f"Welcoming also, and urging the parties to support {EFFORTS},") == ["urging"]


def test_a_lead_after_a_continuer_and_an_object_opens_a_clause() -> None:
    # The continuer follows the lead, but an object stands before "and": two clauses.
    assert _leads(f"Welcoming also {EFFORTS} and urging the parties to cooperate,") == ["urging"]


def test_a_call_dropped_beside_a_continued_lead_still_weighs() -> None:
    # The join takes nothing away from a real call that goes.
    _kind, shifts = _recital(
        f"Welcoming also {EFFORTS}, and calling upon the parties to cooperate fully,",
        f"Welcoming also and supporting to that end {EFFORTS},",
    )
    assert any(d == "softer" for d, _ in shifts), shifts


# Review (twenty-first session): the join holds for a lead in "-ing" only, as the gerund
# rule it extends does. "Deeply concerned and condemning the attacks" opens a
# "condemning" clause, so "Deeply concerned also and condemning" must too: the continuer
# changes nothing. Joined, a continuer added read as "censure softened: condemning →
# deeply concerned", and a condemnation added beside a concern went unread.

ATTACKS = "the attacks on civilians in the region"


def _leads_after_first(text: str) -> list[str]:
    """The clauses opened inside a recital after its first lead, as the reader asks."""
    lexicon = Lexicon.default()
    first = lexicon.match_preamble(text)
    assert first is not None, text
    return [m.phrase for m in lexicon.find_participles(text, first.end)]


def test_a_lead_not_in_ing_with_a_continuer_still_opens_a_clause() -> None:
    for lead, joined in (
        ("Deeply concerned", "condemning"),
        ("Mindful", "welcoming"),
        ("Taking note", "welcoming"),
    ):
        plain = _leads_after_first(f"{lead} and {joined} {ATTACKS},")
        assert _leads_after_first(f"{lead} also and {joined} {ATTACKS},") == plain == [joined]
    # A gerund lead still joins, with or without its continuer.
    assert _leads_after_first(f"Noting also and welcoming {EFFORTS},") == []
    assert _leads_after_first(f"Noting and welcoming {EFFORTS},") == []


def test_a_continuer_added_after_a_lead_not_in_ing_names_no_shift() -> None:
    _kind, shifts = _recital(
        f"Deeply concerned and condemning {ATTACKS},",
        f"Deeply concerned also and condemning {ATTACKS},",
    )
    assert not [t for d, t in shifts if d != "neutral"], shifts


def test_a_condemnation_added_beside_a_continued_concern_still_weighs() -> None:
    _kind, shifts = _recital(
        f"Deeply concerned by {ATTACKS},",
        f"Deeply concerned also and condemning {ATTACKS},",
    )
    assert ("stronger", "censure added: condemning") in shifts, shifts


def test_a_censure_joined_to_the_lead_opens_a_clause_of_its_own() -> None:
    # "Noting the attacks" -> "Noting and condemning the attacks" named nothing: the
    # joined "condemning" was read as part of "Noting"'s clause, its censure unread.
    kind, shifts = _recital(
        "Noting the attacks on the mission,", "Noting and condemning the attacks on the mission,"
    )
    assert (kind, shifts) == ("strengthened", [("stronger", "censure added: condemning")])
    assert _leads("Noting also and condemning the attacks on the mission,") == ["condemning"]
    assert _leads("Recalling and deploring the attacks on the mission,") == ["deploring"]
    # A lead of no censure rank stays with the lead before, and a gerund inside the
    # object is no lead joined to the lead.
    assert _leads(f"Welcoming and supporting {EFFORTS},") == []
    assert _leads("Noting the work of the mission in assessing and condemning abuses,") == []
