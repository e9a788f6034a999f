""" "Calls on" and "calls upon" are one verb (RESULTS §2fw, recall25): `verbs.toml` marks
"call on" ``same_as = "call upon"``, so the clauses of a kept paragraph pair across the
two wordings as they do under one verb. S/RES/876 (1993) -> 896 (1994): "Affirms the right
of refugees ... to return ..., and calls on the parties to facilitate this" -> "Recognizes
the right of all refugees ... to return ..., calls upon the parties to honour the
commitments ..., and urges ...", judged stronger by both judges, was read mixed: the call
taken out and another put in. Only the clauses inside a paired provision: which
paragraphs pair is the aligner's, and does not read it. Made-up texts."""

from __future__ import annotations

from drafting import CLOSING, change_of, draft

import resdiff
from resdiff.lexicon import Lexicon

OLD = (
    "Affirms the right of refugees to return to their homes, and calls on the parties to "
    "facilitate this;"
)
NEW = (
    "Recognizes the right of all refugees to return to their homes, calls upon the parties "
    "to honour their commitments, and urges the parties to reach an agreement;"
)


def _kind(old: str, new: str, lexicon: Lexicon | None = None) -> tuple[str, list[tuple[str, str]]]:
    cmp = resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING]), lexicon=lexicon)
    return change_of(cmp, "OP1")


def test_a_call_on_kept_as_a_call_upon_is_no_verb_removed() -> None:
    kind, shifts = _kind(OLD, NEW)
    assert kind == "strengthened"
    assert ("stronger", "operative verb added: urges") in shifts
    assert not [s for s in shifts if "calls on" in s[1] or "calls upon" in s[1]]


def test_the_other_way_round_too() -> None:
    old = OLD.replace("calls on", "calls upon")
    new = NEW.replace("calls upon", "calls on")
    kind, shifts = _kind(old, new)
    assert kind == "strengthened"
    assert not [s for s in shifts if "calls on" in s[1] or "calls upon" in s[1]]


def test_a_call_on_recast_as_an_urge_is_still_a_verb_changed() -> None:
    new = (
        "Affirms the right of refugees to return to their homes, and urges the parties to "
        "facilitate this;"
    )
    kind, shifts = _kind(OLD, new)
    assert kind == "softened"
    assert [d for d, _ in shifts] == ["softer"]


def test_one_verb_in_the_lexicon() -> None:
    lexicon = Lexicon.default()
    assert lexicon.same_verb("call on", "call upon")
    assert lexicon.same_verb("call upon", "call on")
    assert not lexicon.same_verb("call on", "urge")
    assert not lexicon.same_verb("call for", "call upon")


def test_a_users_lexicon_may_keep_the_two_apart() -> None:
    mine = Lexicon.from_toml(
        '[verbs]\n"call on" = { axis_a = 4, forms = ["calls on"] }\n', name="mine.toml"
    )
    lexicon = Lexicon.default().extend(mine)
    assert not lexicon.same_verb("call on", "call upon")
    kind, shifts = _kind(OLD, NEW, lexicon)
    assert kind == "mixed"
    assert ("softer", "operative verb removed: calls on") in shifts


def test_a_users_lexicon_marking_it_the_other_way_round() -> None:
    # "call upon" marked the other wording of "call on", over the default's "call on" of
    # "call upon": still one verb, not two (review of recall25).
    mine = Lexicon.from_toml(
        '[verbs]\n"call upon" = { axis_a = 4, forms = ["calls upon"], same_as = "call on" }\n',
        name="mine.toml",
    )
    lexicon = Lexicon.default().extend(mine)
    assert lexicon.same_verb("call on", "call upon")
    assert lexicon.same_verb("call upon", "call on")
    assert not lexicon.same_verb("call upon", "urge")
