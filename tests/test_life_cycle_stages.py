"""The growing stages of a life cycle compared within a paired paragraph (set up, carried
on, enlarged), a body "set up" read as established, and a renewal whose second object is
the measures cited or the Panel's mandate. Made-up texts, and the ONUCA and UNEF texts of
../shared where present."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison, Shift

LEX = Lexicon.default()
SCANNED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "scanned"

KEPT = "Approves the report of the Secretary-General;"
SET_UP = "Decides to set up, under its authority, a United Nations Observer Group in the territory;"
ESTABLISH = "Decides to establish a United Nations Observer Group in the territory;"
EXTEND = (
    "Decides to extend the mandate of the United Nations Observer Group in the territory "
    "for a further period of six months;"
)
EXPAND = (
    "Decides to authorize an enlargement of the mandate of the United Nations Observer "
    "Group in the territory;"
)
EXTEND_AND_EXPAND = (
    "Decides to extend the mandate of the United Nations Observer Group in the territory "
    "for a further period of six months and to expand the mandate of the Group to include "
    "the monitoring of the elections;"
)


def _text(symbol: str, operative: list[str], year: int) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"Resolution {symbol} ({year})\nof 1 March {year}\n\nThe Security Council,\n\n"
        "Recalling its previous resolutions on the situation in the territory,\n\n"
        f"{ops}\n"
    )


def _compare(old: str, new: str, *, later: bool) -> Comparison:
    return resdiff.compare(
        _text("S/RES/900", [KEPT, old], 2032),
        _text("S/RES/910" if later else "S/RES/900", [KEPT, new], 2033 if later else 2032),
    )


def _lifecycle(cmp: Comparison) -> list[tuple[str | None, str | None, str]]:
    change = cmp.change_for("OP2", side="new")
    assert list(change.old) == ["OP2"], change
    return [(s.old, s.new, s.direction) for s in change.shifts if s.feature == "lifecycle"]


def _weighed(shifts: tuple[Shift, ...]) -> list[Shift]:
    return [s for s in shifts if s.feature == "lifecycle" and s.weight]


@pytest.mark.parametrize("later", [False, True])
def test_a_mandate_enlarged_where_it_was_set_up_or_carried_on_is_stronger(later: bool) -> None:
    # An extension kept beside the enlargement is an enlargement added (review of §2cm).
    for old, was in ((SET_UP, "established"), (ESTABLISH, "established"), (EXTEND, None)):
        cmp = _compare(old, EXPAND if old != EXTEND else EXTEND_AND_EXPAND, later=later)
        assert _lifecycle(cmp) == [(was, "expanded", "stronger")], old
        assert cmp.summary.direction == "stronger", old


def test_an_enlargement_brought_back_to_an_extension_is_softer_in_a_revised_draft() -> None:
    assert _lifecycle(_compare(EXTEND_AND_EXPAND, EXTEND, later=False)) == [
        ("expanded", "extended", "softer")
    ]


def test_a_later_resolution_extends_the_mandate_as_enlarged() -> None:
    # The enlargement stands: a later resolution that extends the mandate withdraws
    # nothing of it (as a drawdown's level kept, spent.level_kept).
    cmp = _compare(EXTEND_AND_EXPAND, EXTEND, later=True)
    assert _lifecycle(cmp) == [("expanded", "extended", "neutral")]
    assert not _weighed(cmp.change_for("OP2", side="new").shifts)


@pytest.mark.parametrize("later", [False, True])
def test_an_extension_where_the_body_was_set_up_carries_it_on(later: bool) -> None:
    for old in (SET_UP, ESTABLISH):
        cmp = _compare(old, EXTEND, later=later)
        assert _lifecycle(cmp) == [("established", "extended", "neutral")], old
        change = cmp.change_for("OP2", side="new")
        assert [s.note for s in change.shifts if s.feature == "lifecycle"] == [
            "carries on what the old text set up"
        ]
        assert not _weighed(change.shifts)


def test_a_body_set_up_in_other_words_is_established() -> None:
    for text in (
        "Decides to set up immediately, under its authority, a United Nations Emergency "
        "Force to be composed of personnel drawn from States Members;",
        "Decides to set up immediately under its authority a United Nations Disengagement "
        "Observer Force;",
        SET_UP,
    ):
        assert [m.id for m in LEX.lifecycle_in(text)] == ["establish"], text
    for text in (
        # A body named by the act that set it up, a fund, a commission of members, a
        # refusal.
        "Having reviewed the functioning of the United Nations Emergency Force set up under "
        "these resolutions,",
        "Welcomes the intention of the Secretary-General to set up a special Trust Fund to "
        "finance the participation of additional observers;",
        "To set up a commission consisting of representatives of the members of the "
        "Security Council;",
        "Decides not to set up a United Nations Observer Group at present;",
    ):
        assert [m.id for m in LEX.lifecycle_in(text)] == [], text


def _measures(text: str) -> list[tuple[str, str | None]]:
    return sorted((h.measure, h.mode) for h in LEX.measures_in(text))


def test_a_renewal_whose_second_object_is_the_measures_cited_renews_both() -> None:
    assert _measures(
        "Decides to renew until 1 March 2033 the arms embargo imposed by paragraph 4 of "
        "resolution 900 (2031) and the measures imposed by paragraphs 7 and 9 of resolution "
        "900 (2031);"
    ) == [("arms_embargo", "mandatory"), ("by_reference", "mandatory")]
    for panel in (
        "and the mandate of the Panel of Experts established by paragraph 12 of resolution "
        "900 (2031);",
        "and to extend the mandate of the Panel of Experts until 1 April 2033;",
    ):
        assert _measures(
            "Decides to renew until 1 March 2033 the measures imposed by paragraphs 7 and 9 of "
            f"resolution 900 (2031) {panel}"
        ) == [("by_reference", "mandatory"), ("institutions", "mandatory")], panel


def test_what_a_second_object_does_not_renew() -> None:
    # The measures named by the stand-in's own citation are its kind, not a second measure.
    assert _measures(
        "Decides that the travel and financial measures imposed by paragraphs 9 and 12 of "
        "resolution 900 (2031) shall apply to the individuals designated by the Committee;"
    ) == [("asset_freeze", "mandatory"), ("travel_ban", "mandatory")]
    for text in (
        "Decides to extend the mandate of the Panel of Experts to monitor the arms embargo "
        "and the measures imposed by paragraph 7 of resolution 900 (2031);",
        "Decides to renew its commitment to review the arms embargo and the measures imposed "
        "by paragraph 7 of resolution 900 (2031);",
        "Decides to renew the exemptions to the arms embargo and the measures imposed by "
        "paragraph 7 of resolution 900 (2031);",
        "Decides to renew the arms embargo and to review the measures imposed by paragraph 7 "
        "of resolution 900 (2031);",
    ):
        assert "by_reference" not in {m for m, _ in _measures(text)}, text


def _scanned(name: str) -> Path:
    path = SCANNED / name
    if not path.is_file():
        pytest.skip(f"the scanned corpus text {path} is absent")
    return path


def test_onuca_set_up_then_enlarged_is_an_enlargement() -> None:
    # S/RES/644 (1989) OP2 "Decides to set up immediately ... a United Nations Observer
    # Group in Central America" → 650 (1990) OP2 "... an enlargement of the mandate".
    cmp = resdiff.compare(_scanned("S_RES_644_1989.txt"), _scanned("S_RES_650_1990.txt"))
    change = cmp.change_for("OP2", side="new")
    assert ("lifecycle", "established", "expanded", "stronger") in {
        (s.feature, s.old, s.new, s.direction) for s in change.shifts
    }
    assert cmp.summary.direction == "stronger"


def test_unef_set_up_then_extended_is_carried_on() -> None:
    # S/RES/340 (1973) OP3 sets up UNEF; 346 (1974) OP4 extends its mandate by six months:
    # the judge's "plain six-month renewal: neutral".
    cmp = resdiff.compare(_scanned("S_RES_340_1973.txt"), _scanned("S_RES_346_1974.txt"))
    change = cmp.change_for("OP4", side="new")
    lifecycle = [s for s in change.shifts if s.feature == "lifecycle"]
    assert [(s.new, s.direction, s.weight) for s in lifecycle] == [("extended", "neutral", 0.0)]
    # Its term named, as no old period is compared with it.
    assert lifecycle[0].note is not None
    assert lifecycle[0].note.endswith("for a further period of six months, until 24 October 1974")


def test_an_extension_added_after_a_set_up_names_its_term() -> None:
    kept = "Requests the Secretary-General to keep the Council informed;"
    cmp = resdiff.compare(
        _text("S/RES/900", [ESTABLISH, kept], 2032),
        _text(
            "S/RES/910",
            [
                ESTABLISH,
                kept,
                "Decides to extend the mandate of the United Nations Observer Group in the "
                "territory until 1 September 2033;",
            ],
            2033,
        ),
    )
    notes = [
        s.note
        for c in cmp.changes
        if c.kind == "added"
        for s in c.shifts
        if s.feature == "lifecycle"
    ]
    assert notes == ["carries on what the old text set up or extended, until 1 September 2033"]


def test_growth_move_reads_each_side_by_its_furthest_stage() -> None:
    """``Lexicon.growth_move`` itself: the furthest growing stage of each side decides the
    move, a same stage is no move, and a neutral move to a stage the old side already held
    carries nothing on."""
    assert LEX.growth_move({"start": "established"}, {"expand": "expanded"}) == (
        "established",
        "expanded",
        "stronger",
    )
    assert LEX.growth_move({"expand": "expanded"}, {"continue": "extended"}) == (
        "expanded",
        "extended",
        "softer",
    )
    assert LEX.growth_move({"start": "established"}, {"continue": "extended"}) == (
        "established",
        "extended",
        "neutral",
    )
    # Set up and extended → extended: the extension was there already.
    assert (
        LEX.growth_move({"start": "established", "continue": "extended"}, {"continue": "extended"})
        is None
    )
    assert LEX.growth_move({"continue": "extended"}, {"continue": "renewed"}) is None
    assert LEX.growth_move({}, {"expand": "expanded"}) is None
