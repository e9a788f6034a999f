"""A recital recalling earlier Chapter VII decisions is not the text acting under Chapter
VII (RESULTS §2em, §2en), on made-up texts.

"Acting in accordance with previous decisions of the Security Council on ..., taken under
Chapter VII of the Charter" (``[flags.chapter_vii_recalled]``, flags.toml) keeps the text a
Chapter VII text against one that acts under Chapter VII itself, but where the other text
has no Chapter VII at all, its coming or going is the framing of a recital: the measures
stand under the earlier decisions either way.
"""

from __future__ import annotations

from resdiff import compare, parse
from resdiff.lexicon import Lexicon
from resdiff.model import CHAPTER_VII_RECALLED

_RECALLED = (
    "Acting in accordance with previous decisions of the Security Council on Freedonia, "
    "taken under Chapter VII of the Charter,\n\n"
)
_HEAD = "The Security Council,\n\nRecalling its resolutions on the situation in Freedonia,\n\n"
_OPS = (
    "1. Reaffirms its decision that the present sanctions against Freedonia shall remain "
    "fully in force;\n\n"
    "2. Urges all States to implement fully the sanctions against Freedonia;\n"
)
_OPS_TIGHTER = (
    "1. Reaffirms its decision that the present sanctions against Freedonia shall remain "
    "fully in force;\n\n"
    "2. Demands that all States implement scrupulously the sanctions against Freedonia;\n"
)


def _chapter_shifts(old: str, new: str):  # type: ignore[no-untyped-def]
    result = compare(parse(old), parse(new))
    shifts = [
        s for c in result.changes for p in c.walk() for s in p.shifts if s.feature == "chapter-vii"
    ]
    return result, shifts


def test_the_recital_left_out_is_no_chapter_vii_withdrawn() -> None:
    # The measures kept in force and their implementation demanded: the text that no longer
    # recites the earlier Chapter VII decisions is not softer for it.
    result, shifts = _chapter_shifts(_HEAD + _RECALLED + _OPS, _HEAD + _OPS_TIGHTER)
    (gone,) = [s for s in shifts if s.direction == "softer"]
    assert gone.detail == CHAPTER_VII_RECALLED
    assert gone.weight is not None and gone.weight < 4
    assert result.summary.direction == "stronger"


def test_the_recital_made_is_no_chapter_vii_invoked() -> None:
    _, shifts = _chapter_shifts(_HEAD + _OPS, _HEAD + _RECALLED + _OPS)
    (came,) = [s for s in shifts if s.direction == "stronger"]
    assert came.detail == CHAPTER_VII_RECALLED
    assert came.weight is not None and came.weight < 4


def test_the_text_acting_under_chapter_vii_itself_still_weighs_in_full() -> None:
    own = "Acting under Chapter VII of the Charter of the United Nations,\n\n"
    result, shifts = _chapter_shifts(_HEAD + own + _OPS, _HEAD + _OPS_TIGHTER)
    (gone,) = [s for s in shifts if s.direction == "softer"]
    assert gone.detail is None and gone.weight == 100
    assert result.summary.direction == "softer"


def test_own_formula_and_the_recital_are_both_chapter_vii_texts() -> None:
    # "Acting in accordance with Articles 39 and 41" (S/RES/232's form) against the recital
    # of the decisions taken under it: no Chapter VII weighed either way.
    own = "Acting in accordance with Articles 39 and 41 of the United Nations Charter,\n\n"
    _, shifts = _chapter_shifts(_HEAD + own + _OPS, _HEAD + _RECALLED + _OPS)
    assert not any(s.weight for s in shifts if s.direction != "neutral")


def test_the_lexicon_reads_the_recalled_form_apart() -> None:
    lex = Lexicon.default()
    found = lex.chapter_vii_in(_RECALLED)
    assert found is not None and lex.chapter_vii_recalled(found)
    own = lex.chapter_vii_in("Acting under Chapter VII of the Charter of the United Nations,")
    assert own is not None and not lex.chapter_vii_recalled(own)
    # The other forms of the corpus are no basis: a reminder, a lifting, a warning.
    for text in (
        "Reminds States of the importance of strict enforcement of measures imposed under "
        "Chapter VII of the Charter",
        "to terminate the measures taken against Freedonia under Chapter VII of the Charter",
        "the situation will be reconsidered with a view to action under Chapter VII",
    ):
        assert lex.chapter_vii_in(text) is None


def test_the_recalled_form_is_data() -> None:
    mine = Lexicon.default().extend(
        Lexicon.from_toml(
            "[flags.chapter_vii_recalled]\nlabel = 'off'\npatterns = ['x']\ndisabled = true\n",
            name="f.toml",
        )
    )
    assert mine.chapter_vii_in(_RECALLED) is None


def test_the_report_names_the_recital_not_chapter_vii_dropped() -> None:
    from resdiff.explain import describe_shift

    _, shifts = _chapter_shifts(_HEAD + _RECALLED + _OPS, _HEAD + _OPS)
    (gone,) = [s for s in shifts if s.direction == "softer"]
    assert describe_shift(gone).startswith("recital of earlier Chapter VII decisions left out")


def test_the_recital_moved_against_the_formula_is_held_not_weighed() -> None:
    # A recalled Chapter VII gained in one provision while another provision lost the
    # formula (flags_held pairs them): the flag moved, named and not weighed.
    from resdiff.classify.kinds import held_calmed

    result, _ = _chapter_shifts(_HEAD + _OPS, _HEAD + _RECALLED + _OPS)
    (came,) = [c for c in result.changes if any(s.feature == "chapter-vii" for s in c.shifts)]
    calmed = held_calmed(came, {"chapter-vii": "moved from old PP2"})
    (shift,) = [s for s in calmed.shifts if s.feature == "chapter-vii"]
    assert not shift.weight and shift.note == "moved from old PP2"
