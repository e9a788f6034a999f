"""Review of the twenty-sixth session's merge: what the merged branches got wrong
together, on made-up texts."""

from __future__ import annotations

from pathlib import Path

from drafting import CLOSING, draft

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.lexicon.anchors import CAPITALS, anchors_of, finditer

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


# -- fix16's renewal subject and speed16b's anchors, merged ------------------------------

_SUBJECTS = [
    "Decides that the Panel of Experts on the arms embargo shall continue to assist the "
    "Committee until 1 June 2031;",
    "Decides that the Committee established pursuant to resolution 9999 (2030) concerning "
    "the arms embargo shall continue for a further period of twelve months;",
    "Decides that UNMISS, established by resolution 1996 (2011), shall remain in place for "
    "a further period of six months;",
    "Notes that the measures on which all States shall continue to report until 1 June 2031;",
]


def test_the_renewal_subject_is_found_by_the_anchored_scan_as_by_a_full_scan() -> None:
    lex = Lexicon.default()
    (extend,) = [rx for entry, rx, _ in lex._lifecycle_rx if entry.id == "extend"]
    # The subject opens with a body's name or a run of capitals: both anchors.
    assert {CAPITALS, "panel", "committee"} <= {w for w, _ in anchors_of(extend) or ()}
    found = 0
    for text in _SUBJECTS:
        expected = [m.span() for m in extend.finditer(text)]
        assert [m.span() for m in finditer(extend, text)] == expected
        found += bool(expected)
    assert found == 3


def test_a_users_subject_fragment_opening_with_capitals_is_anchored(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text("[fragments.subject]\npattern = '(?-i:\\b[A-Z]{3}[0-9]+)'\n", encoding="utf-8")
    mine = Lexicon.default().with_overrides(path)
    (extend,) = [rx for entry, rx, _ in mine._lifecycle_rx if entry.id == "extend"]
    assert (CAPITALS, 0) in (anchors_of(extend) or ())
    text = "Decides that WDG7 shall continue to operate until 1 June 2031; wdg8 shall too."
    assert [m.id for m in mine.lifecycle_in(text)] == ["extend"]
    assert [m.span() for m in finditer(extend, text)] == [m.span() for m in extend.finditer(text)]
