"""A red-lines file that is not UTF-8 text is refused in a user's words: a draft given
for the red lines is named for what it is, and text in another encoding says which byte
and what to do, never Python's codec message ("'utf-8' codec can't decode byte 0x87 in
position 12: invalid start byte", a new user's first hour, thirty-second session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from resdiff import RedLines, SpecError
from resdiff.cli import main
from resdiff.testing.wordfile import lines_to_docx

DRAFT = Path(__file__).resolve().parent.parent / "examples" / "dprk-2006" / "japan-draft.txt"


def test_a_word_draft_given_as_red_lines_is_named_for_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    word = tmp_path / "draft.docx"
    word.write_bytes(lines_to_docx("The Security Council,\n\n1. Decides;\n"))
    assert main(["check", str(DRAFT), "--red-lines", str(word)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert f"{word}: a Word document or another ZIP package, not a red-lines file" in err
    assert "codec" not in err and "decode" not in err


def test_red_lines_in_another_encoding_say_which_byte(tmp_path: Path) -> None:
    latin = tmp_path / "lines.toml"
    latin.write_bytes('[[rule]]\nname = "Café"\ntype = "chapter_vii"\n'.encode("latin-1"))
    with pytest.raises(SpecError) as caught:
        RedLines.load(latin)
    message = str(caught.value)
    assert "not UTF-8 text (byte 21)" in message and "save the red-lines file as UTF-8" in message
    assert "codec" not in message


def test_red_lines_saved_as_utf8_with_a_bom_are_read(tmp_path: Path) -> None:
    # Windows Notepad's "UTF-8 with BOM": the file is what the message above asks for,
    # and was refused as "invalid TOML: Invalid statement" at 1:1 (review of newuser22).
    bom = tmp_path / "lines.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + '[[rule]]\nname = "Café"\ntype = "chapter_vii"\n'.encode())
    plain = tmp_path / "plain.toml"
    plain.write_bytes('[[rule]]\nname = "Café"\ntype = "chapter_vii"\n'.encode())
    assert [r.name for r in RedLines.load(bom).rules] == ["Café"]
    assert RedLines.load(bom).rules == RedLines.load(plain).rules


def test_a_byte_past_a_bom_is_counted_from_the_file_start(tmp_path: Path) -> None:
    latin = tmp_path / "lines.toml"
    latin.write_bytes(b"\xef\xbb\xbf" + '[[rule]]\nname = "Café"\n'.encode("latin-1"))
    with pytest.raises(SpecError) as caught:
        RedLines.load(latin)
    assert "not UTF-8 text (byte 24)" in str(caught.value)
