"""The verdict leads the last merge review and rounds left open (issue 9, twenty-ninth
session; branch leads19).

1. A police (or military, civilian) component set up within a mission ("Authorizes the
   establishment of a United Nations police component of up to 1,144 personnel as an
   integral part of the Operation", "decides that the Operation shall include a police
   component") enlarges the mission: stronger, read as such (lifecycle.toml's
   ``[lifecycle.component]``), and never as the mandate's renewal: it does not pair with
   the renewal the old text made, nor stand in its place in a paired paragraph.
2. "possible" before the step ("the possible dispatch of United Nations observers",
   "the possible deployment of", "possible establishment of") is a hedge: put in, softer;
   taken out, stronger (hedges.toml).

4. The three readings of "kept in force" (the red lines' ``kept_in_force``, compare's
   renewals ``following.renews_rx`` and its measures kept whole
   ``standing.all_measures_rx``) agree on "remain fully in force", "remain in place",
   "continue in effect" and "shall continue to apply" (lifecycle.toml's ``in_force`` and
   ``kept_applying``).
5. A named measure whose paragraph is dropped, carried on by a new paragraph that renews
   "the measures imposed by paragraphs 1 to 5 of resolution 2588 (2021)": carried on by
   reference, as in one paired paragraph.

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


# -- 1. a police component ------------------------------------------------------------------


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


# -- 2. "possible dispatch" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "kind", "shift"),
    [
        (
            "Requests the Secretary-General to consult the parties on the dispatch of "
            "United Nations observers;",
            "Requests the Secretary-General to consult the parties on the possible dispatch "
            "of United Nations observers;",
            "softened",
            ("softer", "hedge added: “possible dispatch” (a form of “possible”)"),
        ),
        (
            "Requests the Secretary-General to prepare for the possible deployment of a "
            "peace-keeping operation;",
            "Requests the Secretary-General to prepare for the deployment of a "
            "peace-keeping operation;",
            "strengthened",
            ("stronger", "hedge removed: “possible deployment” (a form of “possible”)"),
        ),
        (
            "Takes note of the options for the establishment of a peace-keeping force;",
            "Takes note of the options for the possible establishment of a peace-keeping force;",
            "softened",
            ("softer", "hedge added: “possible establishment” (a form of “possible”)"),
        ),
    ],
)
def test_possible_before_the_step_is_a_hedge(
    old: str, new: str, kind: str, shift: tuple[str, str]
) -> None:
    found_kind, shifts = change_of(_compare([old], [new]), "OP1")
    assert found_kind == kind
    assert shift in shifts


@pytest.mark.parametrize(
    "text",
    [
        "Approves the dispatch as soon as possible of an advance team;",
        "Requests the Secretary-General to deploy the observers as soon as possible;",
        "Calls upon all States to provide all possible assistance;",
        "Requests the Secretary-General to submit recommendations on possible further steps;",
        "Requests the Secretary-General to deploy, where possible, additional observers;",
    ],
)
def test_possible_elsewhere_is_no_such_hedge(text: str) -> None:
    assert "possible" not in [h.hedge for h in Lexicon.default().hedges_in(text)]


# -- 5. measures carried on by reference, in a paragraph of their own ---------------------

_EMBARGO = (
    "Decides that, until 31 July 2022, all Member States shall continue to take the "
    "necessary measures to prevent the direct or indirect supply, sale or transfer of arms "
    "and related materiel to the territory;"
)
_BY_REFERENCE = (
    "Decides to renew until 31 July 2023 the measures imposed by paragraphs 1 to 5 of "
    "resolution 2588 (2021);"
)


def _measure_shifts(cmp: Comparison) -> list[tuple[str, str]]:
    return [
        (s.direction, s.describe())
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.feature == "measure"
    ]


def test_an_embargo_renewed_by_reference_in_another_paragraph_is_carried_on() -> None:
    """The old paragraph that imposed the embargo dropped, a new paragraph renewing "the
    measures imposed by paragraphs 1 to 5 of resolution 2588": the embargo carried on, as
    when the two paragraphs pair (leads18), not the embargo dropped beside "the measures
    cited" added (the merge review of the twenty-eighth session, §2dx (b))."""
    cmp = _compare([_EMBARGO, _REPORT], [_REPORT, _BY_REFERENCE])
    shifts = _measure_shifts(cmp)
    assert [d for d, _ in shifts] == ["neutral", "neutral"]
    assert all(
        "carried on by reference to paragraphs 1, 2, 3, 4, 5 of resolution 2588" in s
        for _, s in shifts
    )
    assert "the arms embargo of old OP1" in shifts[1][1]
    assert not cmp.summary.measures_added
    assert not cmp.summary.measures_dropped
    # The renewal still weighs, as a renewal added.
    renewal = next(c for c in cmp.changes if c.new == ("OP2",))
    assert renewal.kind == "added"
    assert "measure or mandate renewed" in [s.describe() for s in renewal.shifts]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # No measure of the old text to carry on: a renewal added, its measures with it
        # (as a named measure renewed in a paragraph added).
        ([_REPORT], [_REPORT, _BY_REFERENCE]),
        # The embargo still named in the new text: the renewal is one more act.
        ([_EMBARGO, _REPORT], [_EMBARGO, _REPORT, _BY_REFERENCE]),
        # The Panel's mandate, set out in other paragraphs than those the renewal cites
        # (found by the mutation benchmark on S/RES/2649 (2022)).
        (
            [
                "Decides to extend until 30 September 2022 the mandate of the Panel of "
                "Experts, as set out in paragraphs 11 to 15 of resolution 2588 (2021);",
                _REPORT,
            ],
            [_REPORT, _BY_REFERENCE.replace("paragraphs 1 to 5", "paragraphs 1 to 7")],
        ),
        # Another regime's measures (the old text cites resolution 2127, not 2588).
        (
            [
                _EMBARGO.replace("territory;", "territory, as decided in resolution 2127 (2013);"),
                _REPORT,
            ],
            [_REPORT, _BY_REFERENCE],
        ),
    ],
)
def test_a_renewal_by_reference_carries_on_only_what_the_old_text_named(
    old: list[str], new: list[str]
) -> None:
    cmp = _compare(old, new)
    assert not [s for _, s in _measure_shifts(cmp) if "carried on by reference" in s]


# -- 4. kept in force, read alike -----------------------------------------------------------


def _three_readings(keeps: str, tmp_path: Path) -> tuple[str, str | None, str | None]:
    """The red lines' status for the arms embargo, the paragraph compare reads as keeping
    every measure, and why compare reads the text as a follow-up (``None``: it renews or
    keeps something), of a later resolution whose one decision is ``keeps``."""
    from test_history18 import EMBARGO_LINE, IMPOSED, _sanctions

    from resdiff.classify.following import follows_up
    from resdiff.classify.standing import measures_maintained

    lexicon = Lexicon.default()
    text = _sanctions(
        1002,
        2022,
        [keeps, "Decides to remain seized of the matter."],
        recitals=("Recalling its resolution 1001 (2021),",),
    )
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    status = resdiff.check(text, spec).result("The arms embargo stays").status
    old, new = resdiff.parse(IMPOSED), resdiff.parse(text)
    return status, measures_maintained(old, new, lexicon), follows_up(old, new, lexicon)


@pytest.mark.parametrize(
    "keeps",
    [
        "Decides that the present sanctions against Freedonia shall remain in force;",
        # S/RES/314 (1972)'s words: compare's two readings missed "fully".
        "Decides that the present sanctions against Freedonia shall remain fully in force;",
        # compare's two read "in place", check did not.
        "Decides that the present sanctions against Freedonia shall remain in place;",
        # compare's renewals read "remain in effect", not "continue in effect".
        "Decides that the present sanctions against Freedonia shall continue in effect;",
        # Only lifecycle.maintain and the passive renewal read "continue to apply".
        "Decides that the present sanctions against Freedonia shall continue to apply;",
        # "In full force" (the common legal form, "shall remain in full force and
        # effect"): the fragment had "in full" before "in force" ("in full in force").
        "Decides that the present sanctions against Freedonia shall remain in full force;",
    ],
)
def test_the_three_readings_of_kept_in_force_agree(keeps: str, tmp_path: Path) -> None:
    assert _three_readings(keeps, tmp_path) == ("skipped", "OP1", None)


@pytest.mark.parametrize(
    ("keeps", "expected"),
    [
        # Not the measures: a truce or arrangements kept in force renew something
        # (compare's renewals), keep no sanctions (check, measures kept whole).
        ("Decides that the truce shall remain in force;", ("fail", None, None)),
        # An exemption of an earlier text kept: no sanctions kept (check reads the
        # exemption, S/RES/2664 (2022) OP4), something kept in force all the same.
        (
            "Decides that paragraph 1 of its resolution 2615 (2021) shall remain in effect;",
            ("fail", None, None),
        ),
    ],
)
def test_the_readings_differ_where_a_drafter_would(
    keeps: str, expected: tuple[str, str | None, str | None], tmp_path: Path
) -> None:
    status, kept_by, follow = _three_readings(keeps, tmp_path)
    assert (status, kept_by) == expected[:2]
    if expected[2] is None:
        assert follow is None
    else:
        assert follow is not None and expected[2] in follow


def test_an_ask_to_continue_to_apply_is_no_renewal_of_compares() -> None:
    """compare's renewals take "continue to apply" after the Council's own modal only: "Calls
    upon all States to continue to apply strict control of the export of chemical products"
    (S/RES/612 (1988) OP4) asks others to go on, it renews nothing in these words."""
    from resdiff.classify.following import renews_rx

    renews = renews_rx(Lexicon.default())
    assert renews.search("Decides that the measures shall continue to apply;") is not None
    assert (
        renews.search(
            "Calls upon all States to continue to apply strict control of the export of "
            "chemical products;"
        )
        is None
    )
