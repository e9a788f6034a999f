"""The document direction where a mission's or a measure's life cycle is read (issue 9
§7, fourteenth session of 5 December 2026): a renewal moved to another paragraph, a
renewal a follow-up does not repeat, a measure kept "fully" in force, an armistice the
Council decides, and a text whose one change is too light to move it. Ordinary wording
of our own, with near-misses that must not fire."""

from __future__ import annotations

import pytest
from drafting import draft, reworded, weighed_shift
from drafting import lifecycle_labels as labels

import resdiff
from resdiff.classify.summary import direction
from resdiff.lexicon import Lexicon
from resdiff.model import Shift

# -- the lexicon ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reaffirms its decision that the present measures against the territory shall "
        "remain fully in force until the aims of resolution 100 are achieved;",
        "Decides that the measures shall remain in force;",
    ],
)
def test_measures_kept_fully_in_force_are_maintained(text: str) -> None:
    assert labels(text) == ["maintained"]


@pytest.mark.parametrize(
    "text",
    [
        "Requests the parties to remain fully committed to the cease-fire;",
        "Requests the Secretary-General to keep the Council fully informed;",
        "Notes that the parties remain in full agreement on the timetable;",
    ],
)
def test_other_things_that_remain_are_not_maintained(text: str) -> None:
    assert "maintained" not in labels(text)


def test_an_armistice_the_council_decides_is_established() -> None:
    text = (
        "Decides that, in order to eliminate the threat to the peace in the region, an "
        "armistice shall be established in all sectors;"
    )
    assert labels(text) == ["established"]


@pytest.mark.parametrize(
    "text",
    [
        # An ask of the parties: it weighs as its verb.
        "Calls upon the parties to seek agreement forthwith with a view to the immediate "
        "establishment of an armistice;",
        "Declares that no armistice shall be established without the consent of both parties;",
        "Notes that the armistice lines shall be respected by both parties;",
    ],
)
def test_an_armistice_asked_for_or_refused_is_not(text: str) -> None:
    assert "established" not in labels(text)


# -- a renewal moved to another paragraph -------------------------------------------

_HEAD_OLD = "Resolution 700 (1992)\n\n"
_HEAD_NEW = "Resolution 710 (1993)\n\n"
_PREAMBLE = ["Recalling its resolution 650 (1991),"]
_OLD = draft(
    [
        "Approves the proposal of the Secretary-General to extend the current mandate of "
        "the Observer Mission for a period ending on 30 November 1992;",
        "Urges both parties to respect scrupulously the commitments they have assumed;",
        "Decides to remain seized of the matter.",
    ],
    _PREAMBLE,
    _HEAD_OLD,
)


def _new(extension: bool) -> str:
    operative = [
        "Approves the report of the Secretary-General;",
        "Urges both parties to respect scrupulously the commitments they have assumed;",
        "Calls upon both parties to cooperate fully with the Observer Mission;",
        "Decides to remain seized of the matter.",
    ]
    if extension:
        operative.insert(
            1,
            "Also decides that the mandate of the Observer Mission will be extended "
            "until 31 May 1993 and that it will be reviewed at that time;",
        )
    return draft(operative, _PREAMBLE, _HEAD_NEW)


def _ended(cmp: resdiff.model.Comparison) -> list[Shift]:
    return [
        s
        for c in cmp.changes
        for part in c.walk()
        for s in part.shifts
        if s.feature == "lifecycle" and s.old == "extended" and s.new is None
    ]


def test_a_renewal_moved_to_another_paragraph_is_no_renewal_dropped() -> None:
    cmp = resdiff.compare(_OLD, _new(extension=True))
    # Still named where the old paragraph stated it ...
    assert _ended(cmp)
    # ... but the text still extends the mandate: the new call decides.
    assert cmp.summary.direction == "stronger"


def test_a_renewal_moved_to_another_paragraph_is_no_headline() -> None:
    # The key changes are ranked as the direction weighs: "no longer extended" led the
    # report of a revision that extends the mandate in another paragraph.
    cmp = resdiff.compare(_OLD, _new(extension=True))
    first = cmp.summary.key_changes[0]
    assert first.old != ("OP1",)
    assert any(k.old == ("OP1",) for k in cmp.summary.key_changes)  # still named


def test_a_renewal_moved_to_another_paragraph_is_not_in_the_reported_balance() -> None:
    # The sums a report gives beside the direction weigh as the direction does: the old
    # renewal, named, counts nothing softer; the same text with no renewal anywhere does.
    moved = resdiff.compare(_OLD, _new(extension=True)).summary
    ended = resdiff.compare(_OLD, _new(extension=False)).summary
    assert moved.weight_softer < 20.0 <= ended.weight_softer


def test_a_renewal_moved_where_the_new_paragraph_names_nothing() -> None:
    # "the mandate", named nowhere near the new renewal: it is taken for the old one.
    old = draft(
        [
            "Approves the proposal of the Secretary-General to extend the present mandate "
            "for a further period of six months;",
            "Urges the parties to cooperate;",
            "Requests a report;",
            "Decides to remain seized of the matter.",
        ],
        _PREAMBLE,
        _HEAD_OLD,
    )
    new = draft(
        [
            "Approves the report of the Secretary-General;",
            "Urges the parties to cooperate;",
            # The report still asked, so that the new call alone moves (a request dropped
            # and a call added, one ask for another, is a trade: mixed, RESULTS §2fr).
            "Requests a report;",
            "Decides to extend the mandate for a further period of six months and calls "
            "upon the parties to cooperate fully;",
            "Decides to remain seized of the matter.",
        ],
        _PREAMBLE,
        _HEAD_NEW,
    )
    cmp = resdiff.compare(old, new)
    assert _ended(cmp)
    assert cmp.summary.direction == "stronger"


def test_a_renewal_no_paragraph_states_still_weighs() -> None:
    cmp = resdiff.compare(_OLD, _new(extension=False))
    assert _ended(cmp)
    assert cmp.summary.direction == "softer"


@pytest.mark.parametrize(
    "elsewhere",
    [
        # What the text asks or intends, not a renewal it decides.
        "Requests the Secretary-General to submit by 1 November 1992 his recommendations "
        "on whether to extend the mandate of the Observer Mission;",
        "Expresses its intention to consider extending the mandate of the Observer Mission;",
        # A renewal of something else.
        "Decides to extend the mandate of the Special Envoy until 31 May 1993;",
    ],
)
def test_a_renewal_dropped_beside_no_renewal_of_the_same_still_weighs(elsewhere: str) -> None:
    operative = [
        "Approves the report of the Secretary-General;",
        "Urges both parties to respect scrupulously the commitments they have assumed;",
        "Calls upon both parties to cooperate fully with the Observer Mission;",
        elsewhere,
        "Decides to remain seized of the matter.",
    ]
    cmp = resdiff.compare(_OLD, draft(operative, _PREAMBLE, _HEAD_NEW))
    assert _ended(cmp)
    # The mission's renewal is gone whatever else the text extends or asks about.
    assert cmp.summary.direction in {"softer", "mixed"}


# -- a follow-up leaves the old renewal standing ------------------------------------


def test_follow_up_leaves_the_old_maintain_decision_standing() -> None:
    old = draft(
        [
            "Decides that, subject to further decision by the Security Council, the "
            "cease-fire shall remain in force until a peaceful settlement is reached;",
            "Instructs the Mediator to supervise the observance of the cease-fire;",
            "Decides to remain seized of the matter.",
        ],
        ["Recalling its resolution 40 (1948),"],
        "Resolution 54 (1948)\n\nAdopted by the Security Council at its 338th meeting, "
        "on 15 July 1948\n\n",
    )
    new = draft(
        [
            "Decides pursuant to its resolution 54 (1948) that each party is responsible "
            "for the actions of the forces under its authority and has the obligation to "
            "prevent any violation of the cease-fire;",
            "Directs the attention of the parties concerned to its resolution 54 (1948);",
        ],
        ["Taking into account the communications from the Mediator,"],
        "Resolution 56 (1948)\n\nAdopted by the Security Council at its 354th meeting, "
        "on 19 August 1948\n\n",
    )
    cmp = resdiff.compare(old, new)
    assert cmp.summary.direction_note is not None  # a follow-up
    assert cmp.summary.direction != "softer"


# -- one light change does not move a text -------------------------------------------


def test_one_recital_widened_alone_is_neutral() -> None:
    lexicon = Lexicon.default()
    one = [reworded("PP3", weighed_shift("scope", "stronger", 1.0), section="preamble")]
    assert direction(one, lexicon) == "neutral"
    dropped = [reworded("OP4", weighed_shift("verb", "softer", 2.667, old="invites"))]
    assert direction(dropped, lexicon) == "neutral"


def test_one_operative_ask_or_two_light_changes_still_move_it() -> None:
    lexicon = Lexicon.default()
    ask = [reworded("OP9", weighed_shift("emphasis", "stronger", 4.0, new="all"))]
    assert direction(ask, lexicon) == "stronger"
    two = [
        reworded("PP3", weighed_shift("scope", "stronger", 1.0), section="preamble"),
        reworded("PP4", weighed_shift("censure", "stronger", 1.0), section="preamble"),
    ]
    assert direction(two, lexicon) == "stronger"


# -- a censure in the operative part ---------------------------------------------------


def _censure_pair(condemnation: str) -> tuple[str, str]:
    old = draft(
        [
            "Calls upon the Government to release all the detainees without delay;",
            "Decides to remain seized of the matter.",
        ],
        ["Recalling its resolution 300 (1980),"],
        "Resolution 310 (1981)\n\n",
    )
    new = draft(
        ([condemnation] if condemnation.endswith(";") else [])
        + ["Decides to remain seized of the matter."],
        ["Recalling its resolution 300 (1980),"]
        + ([condemnation] if condemnation.endswith(",") else []),
        "Resolution 320 (1982)\n\n",
    )
    return old, new


def test_an_operative_condemnation_outweighs_a_call_left_out() -> None:
    cmp = resdiff.compare(*_censure_pair("Condemns the armed attack on the border village;"))
    censures = [
        s for c in cmp.changes for part in c.walk() for s in part.shifts if s.feature == "censure"
    ]
    assert censures and all(s.weight == 6.0 for s in censures)
    assert cmp.summary.direction == "stronger"


def test_a_condemning_recital_does_not() -> None:
    cmp = resdiff.compare(*_censure_pair("Condemning the armed attack on the border village,"))
    assert cmp.summary.direction == "softer"


def test_a_paragraph_deciding_many_renewals_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Where the names near each renewal are read: once a paragraph and label, not once a
    # clause (a paragraph of 1,000 "and decides to extend" took 80 s, quadratic).
    import resdiff.classify.acted as acted

    calls: list[str] = []
    near = acted._names_near

    def counted(text: str, label: str, lexicon: Lexicon) -> frozenset[str]:
        calls.append(label)
        return near(text, label, lexicon)

    monkeypatch.setattr(acted, "_names_near", counted)
    body = "Decides to extend the mandate of the Mission" + (
        ", and decides to extend the mandate of the Mission" * 200
    )
    old = draft([body + ";", "Decides to remain seized of the matter."], _PREAMBLE, _HEAD_OLD)
    new = draft(
        [body + ";", "Urges the parties to cooperate;", "Decides to remain seized of the matter."],
        _PREAMBLE,
        _HEAD_NEW,
    )
    # Parsed first, as a caller holding drafts does: every paragraph analysed.
    resdiff.compare(resdiff.parse(old), resdiff.parse(new))
    assert 0 < len(calls) <= 2
