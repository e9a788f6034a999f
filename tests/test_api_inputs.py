"""What the Python API takes as a draft, as a server that reads its users' drafts needs it
(API review, 3 December): text that is never a server file, names for uploads, file
objects, and wrong arguments refused before any work."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import resdiff
from resdiff.errors import ResdiffError, ResolutionParseError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"
JAPAN = (EXAMPLES / "japan-draft.txt").read_text(encoding="utf-8")
ADOPTED = (EXAMPLES / "adopted-compromise.txt").read_text(encoding="utf-8")


def texts(draft: resdiff.Draft) -> list[str]:
    return [c.text for c in draft.walk()]


def test_with_paths_off_a_string_is_never_a_file_nor_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A one-line string a user sent ("/etc/passwd") was read as the server's file, and
    # "-" read the server's standard input.
    secret = tmp_path / "secret.txt"
    secret.write_text("The Security Council,\n\n1. Decides the secret word is swordfish.\n")
    assert "swordfish" in " ".join(texts(resdiff.parse(str(secret))))
    draft = resdiff.parse(str(secret), paths=False, analyze=False)
    assert "swordfish" not in draft.model_dump_json()

    class Untouchable(io.StringIO):
        def read(self, *args: object) -> str:
            raise AssertionError("standard input was read")

    monkeypatch.setattr(sys, "stdin", Untouchable())
    with pytest.raises(ResolutionParseError, match="no paragraphs"):
        resdiff.parse("-", paths=False)
    cmp = resdiff.compare(str(secret), ADOPTED, paths=False)
    assert "swordfish" not in cmp.model_dump_json()


def test_an_upload_is_named_in_errors_and_reports() -> None:
    cmp = resdiff.compare(
        JAPAN.encode(), ADOPTED.encode(), old_name="japan.txt", new_name="adopted.txt"
    )
    # A draft with a symbol goes by it; one without, by the name it was given.
    assert (cmp.old.name, cmp.new.name) == ("japan.txt", "S/RES/1695 (2006)")
    assert cmp.new.path == "adopted.txt"
    with pytest.raises(ResolutionParseError) as named:
        resdiff.parse(b"\x00\x01", name="upload.docx")
    assert str(named.value).startswith("upload.docx:")
    # Two drafts given as text: the error says which one was bad.
    with pytest.raises(ResdiffError) as old:
        resdiff.compare("Decides\x00 to act.", JAPAN)
    with pytest.raises(ResdiffError) as new:
        resdiff.compare(JAPAN, "Decides\x00 to act.")
    assert str(old.value).startswith("<old draft>:1:8:")
    assert str(new.value).startswith("<new draft>:1:8:")


def test_file_objects_bytearrays_and_memoryviews_read_as_their_bytes() -> None:
    data = JAPAN.encode()
    expected = texts(resdiff.parse(data))
    for source in (io.BytesIO(data), io.StringIO(JAPAN), bytearray(data), memoryview(data)):
        assert texts(resdiff.parse(source)) == expected, type(source)

    class Upload(io.BytesIO):
        name = "upload.txt"

    assert resdiff.parse(Upload(data)).source.path == "upload.txt"
    # An upload over the size limit is refused having read one byte past it, not all.
    big = io.BytesIO(b"x" * 5_000)
    with pytest.raises(ResolutionParseError, match="limit"):
        resdiff.parse(big, limits=resdiff.Limits(max_bytes=1_000))
    assert big.tell() == 1_001


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"source": None}, TypeError, "not NoneType"),
        ({"source": 42}, TypeError, "not int"),
        ({"source": JAPAN, "format": "html"}, ValueError, "format must be one of"),
        ({"source": JAPAN, "version": "bogus"}, ValueError, "version must be one of"),
        ({"source": JAPAN, "limits": {"max_bytes": 10}}, TypeError, "resdiff.Limits"),
    ],
)
def test_wrong_arguments_are_refused_before_any_work(
    kwargs: dict[str, object], error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        resdiff.parse(**kwargs)  # type: ignore[arg-type]


def test_a_string_with_a_nul_byte_is_text_refused_with_its_place() -> None:
    # "report\x00.txt" ends like a file name: it was taken for a path and the system's
    # bare ValueError ("embedded null byte") came out.
    with pytest.raises(ResolutionParseError, match=r"^<text>:1:7: binary file"):
        resdiff.parse("report\x00.txt")


def test_reports_for_people_show_a_drafts_control_characters_as_escapes() -> None:
    # str(cmp) and render(cmp, "text") passed a draft's ESC sequences and bidi overrides
    # to the terminal or log that printed them (the command line escaped them already).
    from resdiff.render import render

    hostile = JAPAN.replace("Condemns", "Condemns \x1b]0;pwned\x07\x1b[2J \u202e", 1)
    cmp = resdiff.compare(hostile, ADOPTED)
    draft = resdiff.parse(hostile)
    for shown in (str(cmp), render(cmp, "text"), render(cmp, "md"), str(draft)):
        assert "\x1b" not in shown and "\u202e" not in shown
        assert "\\x1b" in shown
    # The data itself is kept: JSON writes it as JSON escapes.
    assert "\\u001b" in cmp.model_dump_json()


def test_a_comparison_is_immutable_and_hashes_down_to_its_counts() -> None:
    # summary.counts was a plain dict: a cached comparison shared between requests could
    # be changed in place, and no comparison hashed.
    import pickle

    cmp = resdiff.compare(JAPAN, ADOPTED)
    with pytest.raises(TypeError, match="immutable"):
        cmp.summary.counts["softened"] = 999  # type: ignore[index]
    with pytest.raises(TypeError, match="immutable"):
        cmp.summary.counts.update(softened=999)
    assert hash(cmp) == hash(resdiff.compare(JAPAN, ADOPTED))
    assert pickle.loads(pickle.dumps(cmp)) == cmp
    assert json.loads(cmp.model_dump_json())["summary"]["counts"] == dict(cmp.summary.counts)


def test_a_file_objects_content_is_never_a_path_nor_standard_input(tmp_path: Path) -> None:
    # An upload holding "/path/to/a/server/file" or "-" was read as that file, or as the
    # server's standard input: what a stream gives is always the draft's text (a
    # stranger's review, 3 December).
    secret = tmp_path / "secret.txt"
    secret.write_text("The Security Council,\n\n1. Decides the word is swordfish.\n")
    for stream in (io.StringIO(str(secret)), io.BytesIO(str(secret).encode())):
        assert "swordfish" not in resdiff.parse(stream, analyze=False).model_dump_json()
    with pytest.raises(ResolutionParseError, match="no paragraphs"):
        resdiff.parse(io.StringIO("-"))


def test_a_stream_that_gives_its_bytes_in_pieces_is_read_to_its_end() -> None:
    # One read() of a raw stream (a pipe, a socket) gives what has arrived: half an upload
    # was compared without a word said.
    data = JAPAN.encode()

    class Trickle(io.RawIOBase):
        def __init__(self) -> None:
            self.at = 0

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            chunk = data[self.at : self.at + min(size if size > 0 else 100, 100)]
            self.at += len(chunk)
            return chunk

    assert texts(resdiff.parse(Trickle())) == texts(resdiff.parse(data))
