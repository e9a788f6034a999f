"""Which set-up bodies start a series is lexicon data (lifecycle.toml ``[bodies]``,
``starts_series``), not a list in the series' code: a body a user marks ``set_up`` and
``starts_series`` founds a series as a Force does, one marked ``set_up`` alone is read by
compare but starts none, and ``starts_series`` without ``set_up`` is refused (the merge
review of the thirty-fourth session: ``_SERIES_BODY`` left in code). Made-up texts."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.errors import LexiconError
from resdiff.lexicon import Lexicon
from resdiff.series.grouping import founding

#: The founding reading's creation form, which reads the bodies the table marks
#: ``set_up`` ("Recommends the creation, with the consent of …, of a … Force").
FOUND = (
    "1. Recommends the creation, with the consent of the Government of Ruritania, of a "
    "United Nations Verification Directorate in Ruritania;\n\n"
    "2. Decides to remain seized of the matter.\n"
)
TEXT = (
    "Resolution 104 (1970)\n\nAdopted by the Security Council at its 1104th meeting, on "
    "15 March 1970\n\nThe Security Council,\n\nRecalling its resolutions on Ruritania,\n\n" + FOUND
)


def _lexicon(tmp_path: Path, entry: str) -> Lexicon:
    mine = tmp_path / "mine.toml"
    mine.write_text(f'[bodies]\n"Directorate" = {{ {entry} }}\n', encoding="utf-8")
    return Lexicon.default().with_overrides(mine)


def test_the_default_series_bodies_are_the_tables() -> None:
    lex = Lexicon.default()
    assert set(lex.series_bodies) == {
        "Committee",
        "Group",
        "Mission",
        "Office",
        "Force",
        "Operation",
    }
    assert set(lex.series_bodies) <= set(lex.set_up_bodies)
    assert "Commission" in lex.set_up_bodies and "Commission" not in lex.series_bodies


def test_a_body_a_user_marks_starts_a_series(tmp_path: Path) -> None:
    draft = resdiff.parse(TEXT, paths=False)
    assert founding(draft) is None  # no "Directorate" in the default table
    set_up_only = _lexicon(tmp_path, "set_up = true")
    assert founding(resdiff.parse(TEXT, paths=False, lexicon=set_up_only), set_up_only) is None
    both = _lexicon(tmp_path, "set_up = true, starts_series = true")
    words = founding(resdiff.parse(TEXT, paths=False, lexicon=both), both)
    assert words is not None and words.endswith("Directorate in Ruritania")


def test_starts_series_without_set_up_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="Directorate"):
        _lexicon(tmp_path, "starts_series = true")
