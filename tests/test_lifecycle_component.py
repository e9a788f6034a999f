"""A police (or military, civilian) component set up within a mission ("Authorizes the
establishment of a United Nations police component of up to 1,144 personnel as an integral
part of the Operation", "decides that the Operation shall include a police component")
enlarges the mission: stronger, read as such (lifecycle.toml's ``[lifecycle.component]``,
``beside``), and never as the mandate's renewal: it does not pair with the renewal the old
text made (align/parts.py), nor stand in its place in a paired paragraph.

Made-up wording, with the counter-examples that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting import CLOSING, change_of, draft

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison

_WELCOME = "Welcomes the report of the Secretary-General;"
_URGES = "Urges the parties to commence the assembly of troops without delay;"
_REPORT = (
    "Requests the Secretary-General to report every three months on the work of the Operation;"
)
_RENEW = (
    "Decides to renew the mandate of the United Nations Operation in Mozambique for a period "
    "of six months;"
)
_COMPONENT = (
    "Authorizes the establishment of a United Nations police component of up to 1,144 "
    "personnel as an integral part of the Operation with the mandate and deployment "
    "described in the report of the Secretary-General;"
)
_ENLARGED = "measure or mandate enlarged by a new component"


def _compare(old: list[str], new: list[str]) -> Comparison:
    return resdiff.compare(draft([*old, CLOSING]), draft([*new, CLOSING]))


def _stages(text: str) -> list[tuple[str, str]]:
    return [(m.label, m.stage) for m in Lexicon.default().lifecycle_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        _COMPONENT,
        "Decides that the Operation shall include a police component of up to 500 officers;",
        "Decides to establish a civilian police component within the Mission;",
        "Authorizes the creation of a military component of the Mission;",
    ],
)
def test_a_component_set_up_within_a_mission_enlarges_it(text: str) -> None:
    assert _stages(text) == [("enlarged by a new component", "expand")]
    kind, shifts = change_of(_compare([_RENEW], [_RENEW, text]), "OP2")
    assert kind == "added"
    assert shifts == [("stronger", _ENLARGED)]


@pytest.mark.parametrize(
    "text",
    [
        # Proposed by another, recalled, possible, refused, or only asked about.
        "Noting that the Secretary-General, in proposing the establishment of a police "
        "component as an integral part of the Operation, stated his intention,",
        "Takes note of the options for the possible establishment of a police component;",
        # A decision that only contemplates one (review of the twenty-ninth session's
        # merge): "possible" is a hedge, not the component set up.
        "Decides to consider the possible establishment of a police component;",
        "Authorizes the Secretary-General to plan for the potential creation of a military "
        "component;",
        "Decides not to establish a police component;",
        "Recalling its decision to establish a police component,",
        "Requests MINUSMA to improve coordination between its civil, military and police "
        "components;",
        "Underlines the importance of progress in the operationalization of the police "
        "component of the Joint Force;",
    ],
)
def test_a_component_not_set_up_here_is_no_enlargement(text: str) -> None:
    section = "preamble" if text.endswith(",") else "operative"
    d = resdiff.parse(draft([CLOSING], text) if section == "preamble" else draft([text, CLOSING]))
    clause = next(c for c in d.printed if c.section == section)
    assert "component" not in [x for p in clause.phrases for x in p.lifecycle]


def test_a_component_in_place_of_the_renewal_is_not_the_renewal_enlarged() -> None:
    """Paired (the only operative paragraph each side): the renewal not made is the
    renewal gone, and the component added beside it; not "extended → enlarged"."""
    kind, shifts = change_of(
        _compare(
            [_RENEW],
            ["Decides that the Operation shall include a police component of up to 500 officers;"],
        ),
        "OP1",
    )
    assert kind == "mixed"
    assert sorted(shifts) == [
        ("softer", "measure or mandate no longer renewed"),
        ("stronger", _ENLARGED),
    ]


def test_a_renewal_with_a_component_added_is_strengthened() -> None:
    renew_and_add = (
        _RENEW[:-1] + ", and decides that the Operation shall include a police component of "
        "up to 500 officers;"
    )
    kind, shifts = change_of(_compare([_RENEW], [renew_and_add]), "OP1")
    assert kind == "strengthened"
    assert ("stronger", _ENLARGED) in shifts
    assert not [s for s in shifts if s[0] == "softer"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ([_WELCOME, _RENEW, _REPORT], [_WELCOME, _COMPONENT, _REPORT]),
        ([_WELCOME, _URGES, _RENEW, _REPORT], [_WELCOME, _COMPONENT, _URGES, _REPORT]),
        ([_WELCOME, _RENEW, _URGES, _REPORT], [_COMPONENT, _WELCOME, _URGES, _REPORT]),
    ],
)
def test_a_component_does_not_pair_with_the_renewal_it_follows(
    old: list[str], new: list[str]
) -> None:
    """The one act on the mandate left each side pairs (``align.acts.mandate_acts``); a
    paragraph that only adds a component names a mandate (its own) but renews nothing."""
    from resdiff.align import align, read_parts  # new here (run the guards on older trees)

    o, n = resdiff.parse(draft([*old, CLOSING])), resdiff.parse(draft([*new, CLOSING]))
    renewal = next(k for k, c in enumerate(o.printed) if c.text == _RENEW)
    component = next(k for k, c in enumerate(n.printed) if c.text == _COMPONENT)
    parts = read_parts(o.printed, n.printed, Lexicon.default())
    assert parts.new == frozenset({component})
    links = {(link.old, link.new) for link in align(o.printed, n.printed, parts=parts)}
    assert ((renewal,), ()) in links
    # Without the guard the two are the one act on the mandate left each side.
    assert ((renewal,), (component,)) in {(x.old, x.new) for x in align(o.printed, n.printed)}
    assert ((), (component,)) in links
    cmp = _compare(old, new)
    assert cmp.summary.direction == "stronger"
    enlarged = [c for c in cmp.changes if _ENLARGED in [s.describe() for s in c.shifts]]
    assert [c.kind for c in enlarged] == ["added"]


def test_a_users_lexicon_without_the_part_keeps_the_old_reading(tmp_path: object) -> None:
    """The component and the aligner's guard are the lexicon's: switched off, the
    paragraph is an authorization added (weighed by its verb) and no part is read."""
    from resdiff.align import read_parts

    assert isinstance(tmp_path, Path)
    mine = tmp_path / "mine.toml"
    mine.write_text(
        "[lifecycle.component]\ndisabled = true\nlabel = 'x'\nstage = 'expand'\npatterns = ['x']\n",
        encoding="utf-8",
    )
    lexicon = Lexicon.default().with_overrides(mine)
    o = resdiff.parse(draft([_WELCOME, _RENEW, _REPORT, CLOSING]), lexicon=lexicon)
    n = resdiff.parse(draft([_WELCOME, _COMPONENT, _REPORT, CLOSING]), lexicon=lexicon)
    assert read_parts(o.printed, n.printed, lexicon).new == frozenset()
    cmp = resdiff.compare(o, n, lexicon=lexicon)
    assert _ENLARGED not in [s.describe() for c in cmp.changes for s in c.shifts]
