"""Wordings of force of 1946-1994 (issue 9, the scanned texts, session of 6 December 2026).
Sentences written for these tests, in the Council's style.

Chapter VII confined to a stated context: "Recalling the provisions of resolution N on the
mandate of the Force and in that context acting under Chapter VII of the Charter" grounds the text's
enforcement in the context it names, not in the whole resolution, as "Acting under
Chapter VII of the Charter" alone does. The qualifier is read as a hedge even though the
words naming the context come with it (``with_its_words`` in hedges.toml): those words
are what it confines to.

The legitimacy of a people's struggle for their rights, recognized or reaffirmed by the
Council inside a provision that stays, is a political stance against the régime resisted
(``with_its_words`` in degrees.toml: the words of what the struggle is for come with it).

Earlier measures continued "to the extent not superseded in the present resolution" are
continued only where the new text has not replaced them: a condition (scope.toml), read
with the words of the measures it limits.
"""

from __future__ import annotations

from drafting import CLOSING
from drafting import change_of as _change
from drafting import draft as _draft
from drafting import op1 as _op1

import resdiff
from resdiff.lexicon import Lexicon

_OPS = ["Demands that all parties cease hostilities forthwith;", CLOSING]
_PLAIN = "Acting under Chapter VII of the Charter of the United Nations,"
_CONFINED = (
    "Recalling the provisions of resolution 900 (1993) on the mandate of the Force and in "
    "that context acting under Chapter VII of the Charter of the United Nations,"
)


def _recital(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    cmp = resdiff.compare(
        _draft(_OPS, ["Gravely concerned at the situation,", old]),
        _draft(_OPS, ["Gravely concerned at the situation,", new]),
    )
    return _change(cmp, "PP2")


def test_chapter_vii_confined_to_a_context_softens_the_recital() -> None:
    kind, shifts = _recital(_PLAIN, _CONFINED)
    assert (
        "softer",
        "hedge added: “in that context acting under Chapter VII” "
        "(a form of “chapter vii in a stated context”)",
    ) in shifts, shifts
    assert kind == "softened", shifts


def test_chapter_vii_freed_of_its_context_strengthens_the_recital() -> None:
    kind, shifts = _recital(_CONFINED, _PLAIN)
    assert any(d == "stronger" and "in that context acting under" in s for d, s in shifts), shifts
    assert kind == "strengthened", shifts


def test_chapter_vii_brought_in_with_its_context_is_invoked_not_hedged() -> None:
    # Nothing was under Chapter VII before: the context confines no basis the old text
    # had, so the Council now acts under Chapter VII (stronger), not under less of it.
    context = "Recalling the provisions of resolution 900 (1993) on the mandate of the Force,"
    kind, shifts = _recital(context, _CONFINED)
    assert not [s for _, s in shifts if s.startswith("hedge")], shifts
    assert kind == "strengthened", shifts
    kind, shifts = _recital(_CONFINED, context)
    assert not [s for _, s in shifts if s.startswith("hedge")], shifts
    assert kind == "softened", shifts
    # A decision under Chapter VII put into a kept demand "to this end".
    demand = "Demands that all parties cease hostilities forthwith;"
    decision = (
        "Demands that all parties cease hostilities forthwith and, to this end, acting under "
        "Chapter VII of the Charter, decides that all States shall prevent the sale of arms "
        "to the parties;"
    )
    kind, shifts = _op1(demand, decision)
    assert not [s for _, s in shifts if s.startswith("hedge")], shifts
    assert kind == "strengthened", shifts


def test_the_other_wordings_of_a_stated_purpose_are_the_same_qualifier() -> None:
    lexicon = Lexicon.default()
    for text in (
        "Determined to ensure the security of the Force, and to this end acting under "
        "Chapter VII of the Charter,",
        "for these purposes acting under Chapter VII of the Charter,",
        "and in this context, acting under Chapter VII of the Charter,",
        # The Council's wording of 2020-2022 (Libya, migrant smuggling, S/RES/2546).
        "Reaffirming the necessity to put an end to the smuggling of migrants, and, for "
        "these specific purposes, acting under Chapter VII of the Charter,",
    ):
        assert [m.hedge for m in lexicon.hedges_in(text)] == ["chapter vii in a stated context"], (
            text
        )


def test_near_misses_are_no_qualifier() -> None:
    lexicon = Lexicon.default()
    for text in (
        # Chapter VII alone, or a context that qualifies something else.
        "Acting under Chapter VII of the Charter of the United Nations,",
        "Stressing in that context the need for restraint, and acting under Chapter VII,",
        "in that context acting under Chapter VI of the Charter,",
        "Recalling that in that context it acted under Chapter VII of the Charter,",
    ):
        assert not [
            m for m in lexicon.hedges_in(text) if m.hedge == "chapter vii in a stated context"
        ], text


def test_the_same_context_kept_is_no_change() -> None:
    # Both texts confine Chapter VII alike; a new resolution cited is a reference only.
    kind, shifts = _recital(_CONFINED, _CONFINED.replace("900 (1993)", "910 (1994)"))
    assert not [s for _, s in shifts if "Chapter VII" in s], shifts
    assert kind not in ("softened", "strengthened"), shifts


# -- the legitimacy of the struggle -------------------------------------------------------


def _pp1(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    ops = ["Calls upon all States to observe the arms embargo;", CLOSING]
    return _change(resdiff.compare(_draft(ops, old), _draft(ops, new)), "PP1")


_RIGHTS = (
    "Reaffirming the inalienable right of the people of the Territory to self-determination "
    "and independence"
)


_RECOGNIZED = (
    "Reaffirms the inalienable rights of the people of the Territory to freedom and "
    "independence in accordance with the Declaration contained in General Assembly "
    "resolution 1514 (XV), and recognizes the legitimacy of their struggle to secure the "
    "enjoyment of their rights as set forth in the Charter of the United Nations;"
)
_RIGHTS_ONLY = (
    "Reaffirms the inalienable right of the people of the Territory to self-determination, "
    "freedom and independence, in accordance with General Assembly resolution 1514 (XV) of "
    "14 December 1960;"
)


def test_the_legitimacy_of_the_struggle_no_longer_recognized_softens_the_paragraph() -> None:
    # Gone in one run with what the struggle is for: still read (with_its_words).
    kind, shifts = _op1(_RECOGNIZED, _RIGHTS_ONLY)
    assert shifts == [("softer", "emphasis removed: “legitimacy of their struggle”")], shifts
    assert kind == "softened", shifts


def test_the_legitimacy_of_the_struggle_recognized_strengthens_the_paragraph() -> None:
    kind, shifts = _op1(_RIGHTS_ONLY, _RECOGNIZED)
    assert shifts == [("stronger", "emphasis added: “legitimacy of their struggle”")], shifts
    assert kind == "strengthened", shifts


def test_the_legitimacy_of_the_struggle_put_into_a_recital_strengthens_it() -> None:
    kind, shifts = _pp1(
        f"{_RIGHTS},",
        f"{_RIGHTS}, and recognizing the legitimacy of their struggle to secure the "
        "enjoyment of those rights,",
    )
    assert ("stronger", "emphasis added: “legitimacy of their struggle”") in shifts, shifts
    assert kind == "strengthened", shifts


def test_the_legitimacy_kept_or_of_something_else_is_no_emphasis() -> None:
    # Kept on both sides, what the struggle is for restated: no shift of its own.
    _, shifts = _pp1(
        f"{_RIGHTS} and the legitimacy of their struggle for equal rights,",
        f"{_RIGHTS} and the legitimacy of their struggle for a non-racial society,",
    )
    assert not [s for _, s in shifts if "legitimacy" in s], shifts
    # The legitimate rights of a Government, the legitimacy of an election: other senses.
    lexicon = Lexicon.default()
    for text in (
        "Reaffirms its recognition of the legitimate rights of the Government",
        "Questions the legitimacy of the elections held in the Territory",
        "the legitimacy of the authorities of the Territory",
    ):
        assert not [m for m in lexicon.emphasis_in(text) if "struggle" in m.phrase], text


# -- to the extent not superseded ---------------------------------------------------------


_CONTINUED = (
    "Reaffirming that the measures provided for in resolution 900 (1970), as well as those "
    "taken by Member States in implementation of that resolution, shall continue in effect,"
)
_LIMITED = (
    "Reaffirming that, to the extent not superseded in the present resolution, the measures "
    "provided for in resolution 900 (1970) shall continue in effect,"
)


def test_measures_continued_without_the_supersession_proviso_strengthen_the_recital() -> None:
    kind, shifts = _pp1(_LIMITED, _CONTINUED)
    assert ("stronger", "condition removed: “to the extent not superseded”") in shifts, shifts
    assert kind == "strengthened", shifts


def test_the_proviso_gone_with_the_measures_recast_is_still_read() -> None:
    # The proviso goes in the same run as the words naming the measures (all of the
    # earlier resolutions' now): it still goes, every measure continued.
    kind, shifts = _pp1(
        "Reaffirming that, to the extent not superseded in the present resolution, the "
        "measures provided for in resolution 900 (1970), as well as those initiated by "
        "Member States in implementation of that resolution, shall continue in effect,",
        "Reaffirming its resolutions 900 (1970), 910 (1971) and 920 (1972), and that the "
        "measures provided for in those resolutions shall continue in effect,",
    )
    assert ("stronger", "condition removed: “to the extent not superseded”") in shifts, shifts
    assert kind == "strengthened", shifts


def test_measures_continued_with_the_proviso_are_not_limited_but_added() -> None:
    # The continuation comes (or goes) with its proviso: measures newly continued, not
    # measures already continued now limited; taken out, they are not continued at all.
    extend = "Decides to extend the mandate of the Force until 15 June 1977;"
    continued = (
        "Decides to extend the mandate of the Force until 15 June 1977, and that the "
        "measures provided for in resolution 900 (1970) shall, to the extent not "
        "superseded in the present resolution, continue in effect;"
    )
    for old, new in ((extend, continued), (continued, extend)):
        kind, shifts = _op1(old, new)
        assert not [s for _, s in shifts if "superseded" in s], shifts
        assert kind != ("strengthened" if old is continued else "softened"), shifts


def test_the_supersession_proviso_put_in_softens_the_recital() -> None:
    kind, shifts = _pp1(_CONTINUED, _LIMITED)
    assert ("softer", "condition added: “to the extent not superseded”") in shifts, shifts
    assert kind == "softened", shifts


def test_supersession_told_otherwise_is_no_condition() -> None:
    lexicon = Lexicon.default()
    for text in (
        "the measures superseded by the present resolution shall be terminated",
        "to the extent possible, the measures shall continue",
        "to the extent that they have been superseded, the provisions lapse",
    ):
        assert not [m for m in lexicon.conditions_in(text) if "superseded" in m.phrase], text
