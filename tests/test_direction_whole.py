"""The document direction on texts that continue another resolution as a whole (issue 9
§7, 5 December 2026). ATMIS's six-month extension S/RES/2670 (2022), "Reaffirms its
decisions in resolution 2628 (2022) except as follows", against AMISOM's three-month one
of 2021 read as a dropped threat determination, a dropped authorization of force and a
deployment no longer maintained: softer, where its judge found it stronger (the
authorizations run longer; the determination and the authorization stand in 2628)."""

from __future__ import annotations

from drafting import draft

import resdiff
from resdiff.model import Change, Comparison, Direction, Shift


def shifts(cmp: Comparison, feature: str) -> list[Shift]:
    return [
        s for c in cmp.changes for part in c.walk() for s in part.shifts if s.feature == feature
    ]


_OLD = draft(
    [
        "Decides to authorise the Member States of the African Union to maintain the "
        "deployment of AMISOM until 31 March 2022;",
        "Authorises AMISOM to take all necessary measures, in full compliance with "
        "international law, to carry out its mandate;",
        "Decides to remain actively seized of the matter.",
    ],
    [
        "Recalling all its previous resolutions on the situation in Somalia,",
        "Determining that the situation in Somalia continues to constitute a threat to "
        "international peace and security in the region,",
        "Acting under Chapter VII of the Charter of the United Nations,",
    ],
    "Resolution 2614 (2021)\n\n",
)


def _new(lead: str, *, chapter_vii: bool = True) -> str:
    preamble = ["Recalling all its previous resolutions on the situation in Somalia,"]
    if chapter_vii:
        preamble.append("Acting under Chapter VII of the Charter of the United Nations,")
    return draft(
        [
            lead,
            "Requests the Secretary-General to report to the Security Council on the "
            "implementation of this resolution by 30 April 2023, and further requests "
            "Somalia to provide an updated force generation plan;",
            "Decides to remain actively seized of the matter.",
        ],
        preamble,
        "Resolution 2670 (2022)\n\n",
    )


_REAFFIRMS = (
    "Reaffirms its decisions in resolution 2628 (2022) except as follows: exceptionally "
    "extends its authorisations until 30 June 2023;"
)


def test_flags_left_out_stand_in_the_resolution_the_new_text_continues() -> None:
    cmp = resdiff.compare(_OLD, _new(_REAFFIRMS))
    for feature in ("art39", "use-of-force"):
        found = [s for s in shifts(cmp, feature) if s.old and not s.new]
        assert found, feature
        assert all(s.direction == "neutral" and s.weight == 0.0 for s in found)
        assert all("resolution 2628 (2022)" in (s.note or "") for s in found)
    assert (cmp.summary.art39, cmp.summary.use_of_force) == ("kept", "kept")
    maintained = [s for s in shifts(cmp, "lifecycle") if s.old == "maintained"]
    assert all(s.weight == 0.0 for s in maintained)
    assert cmp.summary.direction != "softer"


def test_without_the_continuation_the_flags_are_dropped_and_weighed() -> None:
    # Near miss: the same text with the old resolution only recalled.
    recalls = "Recalls its resolution 2628 (2022) and extends the deployment until 30 June 2023;"
    cmp = resdiff.compare(_OLD, _new(recalls))
    dropped = [s for s in shifts(cmp, "art39") if s.old and not s.new]
    assert dropped and all(s.direction == "softer" and s.weight > 0 for s in dropped)
    assert cmp.summary.art39 == "dropped"
    assert cmp.summary.direction == "softer"


def test_a_rollover_with_no_chapter_vii_of_its_own_drops_the_flags() -> None:
    # Near miss: "Decides to extend resolution 2607 (2021)" with no Chapter VII recital of
    # its own (the two-day Somalia rollover): its judges read the determination dropped.
    rollover = "Decides to extend resolution 2628 (2022) until 30 June 2023;"
    cmp = resdiff.compare(_OLD, _new(rollover, chapter_vii=False))
    dropped = [s for s in shifts(cmp, "art39") if s.old and not s.new]
    assert dropped and all(s.direction == "softer" and s.weight > 0 for s in dropped)


# A renewal that opens a drawdown (one headline change, softer) beside a full new mandate
# of operative asks (stronger): UNISFA 2020, ATMIS 2022, each judged mixed.
_RENEWAL = "Decides to extend the mandate of the Force until 15 May 2021;"
_DRAWDOWN = "Decides to begin the phased drawdown of the Force's troops by 15 May 2021;"
_ASKS = [
    f"Calls upon the parties to {task} without delay;"
    for task in (
        "establish the joint police service",
        "open the border crossing points",
        "withdraw their armed elements from the area",
        "support the local peace conferences",
        "cooperate fully with the Force",
        "facilitate humanitarian access",
        "release the detained civilians",
        "resume the border demarcation",
        "convene the joint oversight committee",
        "implement the agreed security arrangements",
        "ensure the return of the displaced",
        "prevent the entry of armed groups",
        "protect the seasonal migration routes",
        "investigate the attacks on peacekeepers",
        "disarm the local militias",
        "restore the traditional courts",
        "support the community protection committees",
        "provide the Force with land for its bases",
        "issue visas to the Force's personnel",
        "remove the landmines from the roads",
        "finalise the status of the territory",
        "fund the joint administration",
        "appoint the members of the joint committee",
        "host the technical talks",
        "report violations to the Force",
    )
]
_HEAD = "Resolution 2519 (2020)\n\n"
_PRE = ["Recalling its previous resolutions on the situation in Abyei,"]


def test_a_drawdown_against_many_times_its_weight_of_new_asks_is_mixed() -> None:
    old = draft([_RENEWAL, "Decides to remain seized of the matter."], _PRE, _HEAD)
    new = draft([_RENEWAL, _DRAWDOWN, *_ASKS], _PRE, "Resolution 2550 (2020)\n\n")
    cmp = resdiff.compare(old, new)
    drawn = [s for s in shifts(cmp, "lifecycle") if s.new == "drawn down"]
    assert drawn and drawn[0].direction == "softer"
    assert cmp.summary.direction == "mixed"


def test_a_drawdown_beside_a_few_new_asks_stays_softer() -> None:
    # Near miss: the headline decides while the operative part is not many times heavier.
    old = draft([_RENEWAL, "Decides to remain seized of the matter."], _PRE, _HEAD)
    new = draft([_RENEWAL, _DRAWDOWN, *_ASKS[:4]], _PRE, "Resolution 2550 (2020)\n\n")
    assert resdiff.compare(old, new).summary.direction == "softer"


def test_a_balanced_headline_class_leaves_the_operative_part_to_decide() -> None:
    # Near-miss (review): the headline class balanced (a Chapter VII footing dropped, an
    # authorization of force put in, within DOMINANCE of each other) hands the decision
    # to the operative part, whichever way its small net leans; it is not "outweighed".
    from resdiff.classify.summary import direction
    from resdiff.lexicon import Lexicon

    template = resdiff.compare(
        "The Security Council,\n\n1. Demands that the parties cease fire;\n",
        "The Security Council,\n\n1. Calls upon the parties to cease fire;\n",
    ).changes[0]

    def change(feature: str, way: Direction, weight: float, old: str | None) -> Change:
        shift = Shift(feature=feature, old=old, new=None if old else "y", direction=way)
        shift = shift.model_copy(update={"weight": weight})
        return template.model_copy(update={"shifts": (shift,), "children": ()})

    for dropped, put_in in ((31.0, 30.0), (30.0, 31.0)):
        changes = [
            change("chapter-vii", "softer", dropped, "x"),
            change("use-of-force", "stronger", put_in, None),
            change("verb", "softer", 4.0, "demands"),
            change("verb", "softer", 4.0, "requests"),
        ]
        assert direction(changes, Lexicon.default()) == "softer", (dropped, put_in)


# A follow-up (the Council's next word, citing the old text and renewing nothing) that
# does not repeat the old text's Chapter VII footing: S/RES/660 -> 662 (1990), judged
# stronger for its new decision and demand; the missing recital is "formal rather than a
# retreat", for the earlier decisions stand.
_INVASION = draft(
    [
        "Condemns the invasion of Kuwait by Iraq;",
        "Demands that Iraq withdraw immediately and unconditionally all its forces;",
        "Decides to meet again as necessary to consider further steps;",
    ],
    [
        "Alarmed by the invasion of Kuwait on 2 August 1990 by the military forces of Iraq,",
        "Determining that there exists a breach of international peace and security as "
        "regards the Iraqi invasion of Kuwait,",
        "Acting under Articles 39 and 40 of the Charter of the United Nations,",
    ],
    "Resolution 660 (1990)\nof 2 August 1990\n\n",
)
_ANNEXATION_ASKS = [
    "Decides that annexation of Kuwait by Iraq under any form and whatever pretext has no "
    "legal validity, and is considered null and void;",
    "Calls upon all States, international organizations and specialized agencies not to "
    "recognize that annexation, and to refrain from any action or dealing that might be "
    "interpreted as an indirect recognition of the annexation;",
    "Demands that Iraq rescind its actions purporting to annex Kuwait;",
]


def _annexation(asks: list[str]) -> str:
    return draft(
        [*asks, "Decides to keep this item on its agenda and to continue its efforts."],
        [
            "Recalling its resolutions 660 (1990) and 661 (1990),",
            "Gravely alarmed by the declaration by Iraq of a comprehensive and eternal merger "
            "with Kuwait,",
        ],
        "Resolution 662 (1990)\nof 9 August 1990\n\n",
    )


def test_a_follow_up_weighs_the_chapter_vii_footing_it_leaves_out_as_operative_language() -> None:
    cmp = resdiff.compare(_INVASION, _annexation(_ANNEXATION_ASKS))
    assert cmp.summary.direction_note is not None  # weighed as a follow-up
    assert any(s.direction == "softer" for s in shifts(cmp, "chapter-vii"))
    assert cmp.summary.direction == "stronger"


def test_a_follow_up_that_only_leaves_things_out_is_softer() -> None:
    # Near miss: the same follow-up with no new decision or demand of its own.
    cmp = resdiff.compare(_INVASION, _annexation([]))
    assert cmp.summary.direction == "softer"
