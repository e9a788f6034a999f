"""Chapter VII confined to a stated context (issue 9, the scanned texts' wording of force,
session of 6 December 2026): "Recalling the provisions of resolution N on the mandate of
the Force and in that context acting under Chapter VII of the Charter" grounds the text's
enforcement in the context it names, not in the whole resolution, as "Acting under
Chapter VII of the Charter" alone does. The qualifier is read as a hedge even though the
words naming the context come with it (``with_its_words`` in hedges.toml): those words
are what it confines to. Sentences written for these tests, in the Council's style.
"""

from __future__ import annotations

from drafting import CLOSING
from drafting import change_of as _change
from drafting import draft as _draft

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


def test_the_other_wordings_of_a_stated_purpose_are_the_same_qualifier() -> None:
    lexicon = Lexicon.default()
    for text in (
        "Determined to ensure the security of the Force, and to this end acting under "
        "Chapter VII of the Charter,",
        "for these purposes acting under Chapter VII of the Charter,",
        "and in this context, acting under Chapter VII of the Charter,",
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
