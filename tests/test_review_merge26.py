"""Review of the twenty-sixth session's merge: what the merged branches got wrong
together, on made-up texts."""

from __future__ import annotations

from drafting import CLOSING, draft

import resdiff

_RECITAL = "Recalling its resolutions 2500 (2020) and 2588 (2021),"
_OLD = (
    "Decides that, until 31 July 2022, all Member States shall continue to take the necessary "
    "measures to prevent the direct or indirect supply, sale or transfer to the territory, "
    "from or through their territories or by their nationals, of arms and related materiel of "
    "all types;"
)


def test_a_measure_carried_on_by_reference_is_not_listed_as_added() -> None:
    # fix16 reads the embargo "carried on by reference to paragraph 1 of resolution 2588"
    # and no longer lists it dropped; the summary still listed "Measures added: the
    # measures cited (OP1)", a measure added where the clause says one was carried on.
    new = (
        "Decides to renew until 31 July 2023 the measures imposed by paragraph 1 of "
        "resolution 2588 (2021);"
    )
    cmp = resdiff.compare(draft([_OLD, CLOSING], _RECITAL), draft([new, CLOSING], _RECITAL))
    notes = [s.note or "" for c in cmp.changes for s in c.shifts if s.feature == "measure"]
    assert any(n.startswith("carried on by reference to") for n in notes)
    assert cmp.summary.measures_added == ()
    assert cmp.summary.measures_dropped == ()
    assert "Measures added:           none" in str(cmp)


def test_measures_cited_beside_a_named_measure_kept_are_still_added() -> None:
    # Not carried: the old text imposed nothing, so the measures cited are added.
    old = "Requests the Secretary-General to report on the situation;"
    new = (
        "Decides to renew until 31 July 2023 the measures imposed by paragraph 1 of "
        "resolution 2588 (2021);"
    )
    cmp = resdiff.compare(draft([old, CLOSING], _RECITAL), draft([new, CLOSING], _RECITAL))
    assert [m.measure for m in cmp.summary.measures_added] == ["by_reference"]
