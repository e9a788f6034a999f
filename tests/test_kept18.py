"""kept18: the words by which a measure is kept in force are the lexicon's, written once
(lifecycle.toml's fragments "in_force" and "end_refused") and read by the three readings
that used to say them apart: the red lines' "kept_in_force", compare's measures kept whole
(``classify.standing.measures_maintained``) and its renewals (``classify.following``). A
user's lexicon that changes them changes all three. Made-up texts only."""

from __future__ import annotations

from pathlib import Path

from test_history18 import EMBARGO_LINE, IMPOSED, _sanctions

import resdiff
from resdiff.classify.following import follows_up
from resdiff.classify.standing import measures_maintained
from resdiff.lexicon import Lexicon

#: Sanctions kept in force "in effect", by a later resolution that cites the one before.
KEPT_IN_EFFECT = _sanctions(
    1002,
    2022,
    [
        "Decides that the present sanctions against Freedonia shall remain in effect;",
        "Decides to remain seized of the matter.",
    ],
    recitals=("Recalling its resolution 1001 (2021),",),
)


def _readings(lexicon: Lexicon, tmp_path: Path) -> tuple[str, str | None, str | None]:
    """What each of the three readings makes of :data:`KEPT_IN_EFFECT`: the red lines'
    status for the arms embargo, the paragraph that keeps every measure, and why the
    text is a follow-up (``None``: it renews or keeps something)."""
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    status = (
        resdiff.check(KEPT_IN_EFFECT, spec, lexicon=lexicon).result("The arms embargo stays").status
    )
    old = resdiff.parse(IMPOSED, lexicon=lexicon)
    new = resdiff.parse(KEPT_IN_EFFECT, lexicon=lexicon)
    return status, measures_maintained(old, new, lexicon), follows_up(old, new, lexicon)


def test_a_users_words_for_in_force_change_all_three_readings(tmp_path: Path) -> None:
    """Before kept18 "in force, in effect" was written three times: in the lexicon for
    check, and in two code patterns for compare, which a user's lexicon could not reach."""
    status, kept_by, follow = _readings(Lexicon.default(), tmp_path)
    # As shipped: the sanctions are kept in force (not checked, not failed), every
    # measure stands, and a text that keeps its measures is no mere follow-up.
    assert (status, kept_by, follow) == ("skipped", "OP1", None)
    mine = tmp_path / "mine.toml"
    # A user for whom only "in force" keeps a measure in force.
    mine.write_text("[fragments.in_force]\npattern = 'in force'\n", encoding="utf-8")
    status, kept_by, follow = _readings(Lexicon.default().with_overrides(mine), tmp_path)
    assert status == "fail"
    assert kept_by is None
    assert follow is not None and "renews nothing" in follow


def test_a_users_end_refused_changes_both_readings_that_read_one(tmp_path: Path) -> None:
    """The end refused ("shall not expire") is read by check and by compare's measures
    kept whole; a renewal reads it as lifecycle.maintain does, not through this fragment."""
    text = KEPT_IN_EFFECT.replace("remain in effect", "not expire")
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_text("[fragments.end_refused]\ndisabled = true\npattern = 'x'\n", encoding="utf-8")
    for lexicon, status, kept_by in (
        (Lexicon.default(), "skipped", "OP1"),
        (Lexicon.default().with_overrides(mine), "fail", None),
    ):
        result = resdiff.check(text, spec, lexicon=lexicon).result("The arms embargo stays")
        assert result.status == status, result.message
        old = resdiff.parse(IMPOSED, lexicon=lexicon)
        assert measures_maintained(old, resdiff.parse(text, lexicon=lexicon), lexicon) == kept_by
