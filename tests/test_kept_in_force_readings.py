"""The three readings of "kept in force" (the red lines' ``kept_in_force``, compare's
renewals ``following.renews_rx`` and its measures kept whole ``standing.all_measures_rx``)
agree on "remain fully in force", "remain in full force", "remain in place", "continue in
effect" and "shall continue to apply" (lifecycle.toml's ``in_force`` and ``kept_applying``),
and differ only where a drafter would.

Made-up wording, with the counter-examples that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.lexicon import Lexicon


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
        # S/RES/686 (1991)'s form, "continue to have full force and effect": read by none
        # of the readings before leads20.
        "Decides that the present sanctions against Freedonia shall continue to have full "
        "force and effect;",
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


_STATES = [
    "remain in force",
    "remain fully in force",
    "remain in full force",
    "remain in place",
    "continue in effect",
    "continue to apply",
    # S/RES/686 (1991) OP1's form (leads20).
    "continue to have full force and effect",
]


@pytest.mark.parametrize("state", _STATES)
def test_the_passive_renewal_of_the_measures_cited_reads_the_same_states(state: str) -> None:
    """measures.toml's passive renewal of "the measures cited" (a fourth reading, written
    out in its own words) keeps a measure in force in the words the three readings share:
    "shall remain in full force" read no measure, so a text that said "shall remain in
    force" instead was read as the measures cited added, stronger, for a rewording
    (review of the twenty-ninth session's merge)."""
    text = (
        "Decides that the measures imposed by paragraph 1 of resolution 1001 (2021) "
        f"shall {state} until 1 March 2023;"
    )
    kinds = [m.measure for m in Lexicon.default().measures_in(text)]
    assert "by_reference" in kinds


@pytest.mark.parametrize("state", [s for s in _STATES if s != "remain in force"])
def test_a_state_kept_in_other_words_is_no_measure_added(state: str) -> None:
    """One wording of the measures kept in force for another is no measure added or gone."""
    from drafting import CLOSING, draft

    said = "Decides that the measures imposed by paragraph 1 of resolution 253 (1968) shall {};"
    comparison = resdiff.compare(
        draft([said.format(state), CLOSING]), draft([said.format("remain in force"), CLOSING])
    )
    shifts = [s for c in comparison.changes for s in c.shifts if s.feature == "measure"]
    assert shifts == []


@pytest.mark.parametrize("state", _STATES)
def test_lifecycle_maintain_reads_the_same_states(state: str) -> None:
    """lifecycle.maintain (a fifth reading) keeps the measures in the words the others
    share: it read "remain in force" and "continue to apply" but not "remain in full
    force", so "shall remain in force" -> "shall remain in full force" read the
    measures' maintenance gone, softer (review of the twenty-ninth session's merge)."""
    text = (
        f"Decides that the measures imposed by paragraph 1 of resolution 1001 (2021) shall {state};"
    )
    assert [m.label for m in Lexicon.default().lifecycle_in(text)] == ["maintained"]


@pytest.mark.parametrize("state", [s for s in _STATES if s != "remain in force"])
def test_a_state_kept_in_other_words_is_no_life_cycle_move(state: str) -> None:
    """One wording of the measures kept in force for another moves nothing on the life
    cycle nor among the measures, either way."""
    from drafting import CLOSING, draft

    said = "Decides that the measures imposed by paragraph 1 of resolution 253 (1968) shall {};"
    for a, b in ((state, "remain in force"), ("remain in force", state)):
        comparison = resdiff.compare(
            draft([said.format(a), CLOSING]), draft([said.format(b), CLOSING])
        )
        # "fully" is an emphasis word of its own, weighed as such.
        moved = [s for c in comparison.changes for s in c.shifts if s.feature != "emphasis"]
        assert moved == []


def test_an_ask_to_remain_in_place_is_no_maintenance() -> None:
    """ "In place" is read by lifecycle.maintain after the Council's own modal only: an ask
    that a force stay where it is keeps no measure (tests/test_verdicts.py's
    "Requests the Force to remain in place until the termination of the mandate")."""
    lexicon = Lexicon.default()
    assert lexicon.lifecycle_in("Requests the Force to remain in place until 1 May;") == []
    assert [
        m.label for m in lexicon.lifecycle_in("Decides that the measures shall remain in place;")
    ] == ["maintained"]
