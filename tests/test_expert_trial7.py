"""Findings of a drafting expert's trial of six more real comparisons (UNAMID, the DRC
arms-embargo regime, Syria cross-border aid, Colombia; South Africa 282 → 418 and UNOMIG
892 → 896 among the scanned texts; 4 December 2026, seventh session), each pinned with
the smallest text that shows it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafting import draft as _draft
from drafting import shift_descriptions as _shifts

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.quantities import expired_terms

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CLOSING = "Decides to remain seized of the matter."


def test_a_mandate_continued_by_approval_is_a_renewal() -> None:
    # S/RES/896 (1994) OP6 renews UNOMIG "by approval": read as "Approves the report", an
    # act done once, the renewal was "no longer extended" and the pair softened.
    old = _draft(["Decides to extend the mandate of UNOMIG until 31 January 1994;", CLOSING])
    new = _draft(["Approves the continuation of UNOMIG's mandate until 7 March 1994;", CLOSING])
    cmp = resdiff.compare(old, new)
    change = next(c for c in cmp.changes if c.new == ("OP1",))
    assert change.kind == "reworded", _shifts(cmp)
    assert not any("no longer" in s or "weakened" in s for s in _shifts(cmp)), _shifts(cmp)
    assert cmp.summary.direction == "neutral"
    found = Lexicon.default().lifecycle_in(
        "Approves the continuation of the mandate of the Force until 30 November 1994;"
    )
    assert [m.id for m in found] == ["extend"]
    # Not every continuation: "the continuation of the conflict" continues no mandate.
    assert Lexicon.default().lifecycle_in("Deplores the continuation of the conflict;") == []


def test_readiness_declared_weighs_below_a_condemnation() -> None:
    # 896 OP7 "Declares its readiness ... to consider" was the pair's first key change
    # (as "declares null and void", tier 5), above the new "Condemns" of OP12.
    old = _draft(["Calls upon the parties to respect the cease-fire;", CLOSING])
    new = _draft(
        [
            "Calls upon the parties to respect the cease-fire;",
            "Declares its readiness to consider promptly any recommendation of the "
            "Secretary-General to increase the strength of the mission;",
            "Condemns any attempts to change the demographic composition of the region;",
            CLOSING,
        ]
    )
    keys = resdiff.compare(old, new).summary.key_changes
    assert keys, "a condemnation added is a key change"
    assert "condemns" in keys[0].headline
    assert not any("declares" in k.headline for k in keys)
    lexicon = Lexicon.default()
    # A declaration of legal status keeps its tier.
    assert lexicon.find_verbs("Declares null and void the measures taken;")[0].axis_a == 5
    assert lexicon.find_verbs("Declares its readiness to consider;")[0].axis_a == 2


def test_an_exception_to_a_lifting_removed_says_the_lifting_is_whole() -> None:
    # DRC sanctions 2641 -> 2667 (2022) OP5 -> OP2: "exemption removed" beside
    # "softened" read as a contradiction; the carve-out kept the Annex A items notified.
    old = _draft(
        [
            "Decides that the notification requirements set out in paragraph 5 of "
            "resolution 1807 (2008) shall no longer apply to shipments of arms for the "
            "Government except in relation to items in Annex A, which remain subject to "
            "the notification procedures;",
            CLOSING,
        ]
    )
    new = _draft(
        [
            "Decides that the notification requirements set out in paragraph 5 of "
            "resolution 1807 (2008) shall no longer apply;",
            CLOSING,
        ]
    )
    cmp = resdiff.compare(old, new)
    assert next(c for c in cmp.changes if c.new == ("OP1",)).kind == "softened"
    shifts = _shifts(cmp)
    assert "exception to the lifting removed, lifted in full: “except”" in shifts, shifts
    assert not any(s.startswith("exemption removed") for s in shifts)
    # The reverse: a carve-out added to a lifting keeps part of the measure.
    back = _shifts(resdiff.compare(new, old))
    assert "exception to the lifting added, part of the measure kept: “except”" in back, back
    # An exemption from a measure keeps its own words.
    measure = _draft(
        ["Decides that all States shall prevent the supply of arms to the armed groups;"]
    )
    exempt = _draft(
        [
            "Decides that all States shall prevent the supply of arms to the armed groups, "
            "except supplies of non-lethal equipment for humanitarian use;"
        ]
    )
    assert any(s.startswith("exemption added") for s in _shifts(resdiff.compare(measure, exempt)))


def test_an_embargo_called_for_and_dropped_while_decided_elsewhere_is_not_lifted() -> None:
    # South Africa 282 (1970) -> 418 (1977): old OP6 "Calls upon all States to observe
    # strictly the arms embargo", dropped, was key change "arms embargo removed" while the
    # summary said no measure was dropped: new OP1 makes the embargo mandatory.
    old = _draft(
        [
            "Calls upon all States to observe strictly the arms embargo against the country;",
            "Calls upon all States to report on the measures they have taken;",
            CLOSING,
        ]
    )
    new = _draft(
        [
            "Decides that all States shall cease forthwith any provision to the country of "
            "arms and related materiel of all types, and that the arms embargo shall apply "
            "to all States;",
            "Calls upon all States to report on the measures they have taken;",
            CLOSING,
        ]
    )
    cmp = resdiff.compare(old, new)
    gone = [s for c in cmp.changes for x in c.walk() for s in x.shifts if s.feature == "measure"]
    removed = [s for s in gone if s.new is None]
    assert removed, [s.describe() for s in gone]
    assert all(
        s.direction == "neutral" and "still imposed in new" in (s.note or "") for s in removed
    )
    assert not cmp.summary.measures_dropped
    assert not any(
        "removed" in k.headline and "embargo" in k.headline for k in cmp.summary.key_changes
    )


def test_terms_still_running_when_a_regime_is_amended_are_not_spent() -> None:
    # DRC sanctions 2641 (July 2022) -> 2667 (December 2022), an amendment between
    # renewals: the measures renewed "until 1 July 2023" were "spent: due until 1 July
    # 2023" beside "still in force" in the same paragraph.
    old = "Decides to renew until 1 July 2023 the measures on arms;"
    amend = "Decides that the notification requirements shall no longer apply;"
    renewal = "Decides to renew until 1 July 2024 the measures on arms;"
    december = dt.date(2022, 12, 20)
    assert expired_terms(old, amend, december) == frozenset()
    assert expired_terms(old, renewal, december) == {dt.date(2023, 7, 1)}
    # Run out by the new text's date: ended, renewed or not.
    assert expired_terms(old, amend, dt.date(2023, 8, 1)) == {dt.date(2023, 7, 1)}
    # Without a date, as before: what the new text no longer names.
    assert expired_terms(old, amend) == {dt.date(2023, 7, 1)}


@pytest.mark.parametrize(
    "text",
    [
        "Recalls the Guidelines of the Committee and calls on Member States to use the "
        "procedures and criteria therein, including on the issues of listing and delisting;",
        "Welcomes the work of the Focal Point for De-listing established by resolution 1730;",
        "Encourages the Committee to consider delisting requests promptly;",
    ],
)
def test_the_procedures_of_delisting_open_nothing_to_delisting(text: str) -> None:
    assert Lexicon.default().lifecycle_in(text) == []


def test_a_delisting_decided_is_still_read() -> None:
    found = Lexicon.default().lifecycle_in("Decides to delist the entity named in the annex;")
    assert [m.id for m in found] == ["delist"]


@pytest.mark.skipif(not (CORPUS / "akn").is_dir(), reason=f"real-text corpus not found at {CORPUS}")
def test_the_drc_amendment_spends_no_running_term() -> None:
    akn = CORPUS / "akn"
    cmp = resdiff.compare(akn / "S_RES_2641_2022.xml", akn / "S_RES_2667-2229057E.xml")
    notes = [s.note or "" for c in cmp.changes for x in c.walk() for s in x.shifts]
    assert not any(n.startswith("spent: due until") for n in notes), [
        n for n in notes if n.startswith("spent")
    ]
    assert not any("delisting" in s for s in _shifts(cmp))


@pytest.mark.skipif(
    not (CORPUS / "scanned").is_dir(), reason=f"scanned-text corpus not found at {CORPUS}"
)
def test_unomig_continued_is_a_renewal_and_renews_something() -> None:
    scanned = CORPUS / "scanned"
    cmp = resdiff.compare(scanned / "S_RES_892_1993.txt", scanned / "S_RES_896_1994.txt")
    assert cmp.summary.key_changes[0].new == ("OP6",)
    assert "extended" in cmp.summary.key_changes[0].headline
    assert not any("declares" in k.headline for k in cmp.summary.key_changes)
