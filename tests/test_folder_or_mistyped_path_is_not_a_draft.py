"""A folder, or a mistyped path, given where a draft is expected is refused naming it,
never read as a one-line draft (a researcher's ``history(["corpus/akn"])`` gave a
History of one made-up draft called "draft")."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff

TEXT = "The Security Council,\n\n1. Decides to remain seized of the matter.\n"


def test_a_folder_is_refused_as_a_folder(tmp_path: Path) -> None:
    with pytest.raises(resdiff.ResolutionParseError, match="is a directory"):
        resdiff.parse(str(tmp_path))
    with pytest.raises(resdiff.ResolutionParseError, match="is a directory"):
        resdiff.history([str(tmp_path), str(tmp_path)])


def test_a_mistyped_path_is_reported_missing(tmp_path: Path) -> None:
    (tmp_path / "S_RES_1_2020.txt").write_text(TEXT, encoding="utf-8")
    typo = str(tmp_path / "S_RES_1_2020.tx")
    with pytest.raises(resdiff.ResolutionParseError, match="no such file"):
        resdiff.parse(typo)
    with pytest.raises(resdiff.ResolutionParseError, match="no such file"):
        resdiff.compare(str(tmp_path / "S_RES_1_2020.txt"), typo)


def test_text_and_paths_false_are_unchanged(tmp_path: Path) -> None:
    # A one-line text with spaces is still text, and paths=False never reads a file.
    assert resdiff.parse("1. Decides to remain seized of the matter.").operative
    draft = resdiff.parse(str(tmp_path), paths=False)
    assert draft.source.format == "text"
