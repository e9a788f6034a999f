"""A one-line string shaped like a path is read as a path whatever the system and whether
or not its folders' names hold spaces (review of newuser23): "/Users/me/My Drafts/x.xm"
and "C:\\Drafts\\x.tx" were read as one-line drafts, a made-up draft a history then
followed; the "no such file" of a string taken for a path says how to read it as text."""

from __future__ import annotations

import pytest

import resdiff

TEXT = "The Security Council,\n\n1. Decides to remain seized of the matter.\n"


@pytest.mark.parametrize(
    "source",
    [
        "/home/me/My Drafts/S_RES_2646_2022.xm",
        "~/My Drafts/japan",
        "../My Drafts/japan draft",
        r"C:\Users\me\My Drafts\japan.tx",
        r"corpus\akn\S_RES_2646_2022.xm",
        "S/RES/1695",
    ],
)
def test_a_path_that_names_no_file_is_refused_saying_how_to_read_text(source: str) -> None:
    with pytest.raises(resdiff.ResolutionParseError, match=r"no such file.*paths=False"):
        resdiff.parse(source)
    with pytest.raises(resdiff.ResolutionParseError, match="no such file"):
        resdiff.history([source, source])


def test_one_line_drafts_are_still_text() -> None:
    for text in ("1. Decides to remain seized of the matter.", "Decides: 1/2 of the funds."):
        assert resdiff.parse(text).operative
    assert resdiff.parse("/home/me/My Drafts/x.xm", paths=False).source.format == "text"
    assert resdiff.parse(TEXT).operative


def test_a_home_path_is_read_from_the_home_folder(
    tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Review of the thirty-third merge: newuser23's rule takes "~/..." for a path (a home
    # path), but the reader opened it as written, so a file that is there was "no such
    # file". A shell expands "~" for the command line; a script's string is expanded here,
    # and named as the user wrote it.
    folder = tmp_path / "My Drafts"  # type: ignore[operator]
    folder.mkdir()
    (folder / "japan.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("HOME", str(tmp_path))
    draft = resdiff.parse("~/My Drafts/japan.txt")
    assert draft.operative
    assert draft.name == "japan.txt"
    with pytest.raises(resdiff.ResolutionParseError, match=r"~/My Drafts/none\.txt: no such file"):
        resdiff.parse("~/My Drafts/none.txt")
