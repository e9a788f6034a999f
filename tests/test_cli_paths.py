"""The command line never shows a traceback for a file problem (issue 11 §2, the part the
readers of issue 10 touch): inputs that are folders, endless devices or pipes without a
writer; outputs into a missing folder, onto a folder, onto a full device, or onto one of
the inputs."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import resdiff

ROOT = Path(__file__).resolve().parent.parent
JAPAN = ROOT / "examples" / "dprk-2006" / "japan-draft.txt"
ADOPTED = ROOT / "examples" / "dprk-2006" / "adopted-compromise.txt"


def run(*args: str, stdout: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resdiff", *args],
        capture_output=stdout is None,
        stdout=stdout,
        stderr=subprocess.PIPE if stdout is not None else None,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def one_error_line(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stderr
    err = done.stderr
    assert err.count("\n") == 1 and err.startswith("resdiff: error: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


def test_a_folder_as_input(tmp_path: Path) -> None:
    one_error_line(run("parse", str(tmp_path)), "is a directory")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_an_endless_device_is_cut_at_the_size_limit() -> None:
    one_error_line(run("parse", "/dev/zero"), "/dev/zero", "more than the limit")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_without_a_writer_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    one_error_line(run("parse", str(fifo)), "empty input")


def test_a_report_never_overwrites_an_input(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    shutil.copy(JAPAN, old)
    before = old.read_bytes()
    one_error_line(
        run("compare", str(old), str(ADOPTED), "-o", str(old), "--format", "text"),
        "input of this command",
    )
    assert old.read_bytes() == before


def test_a_report_into_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "report.html"
    one_error_line(run("compare", str(JAPAN), str(ADOPTED), "-o", str(target)), "no such folder")


def test_a_report_onto_a_folder(tmp_path: Path) -> None:
    done = run("compare", str(JAPAN), str(ADOPTED), "-o", str(tmp_path), "--format", "html")
    one_error_line(done, "is a directory")


def test_history_outputs_are_checked_before_the_work(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    one_error_line(
        run("history", str(JAPAN), str(ADOPTED), "-o", str(missing / "h.md")), "no such folder"
    )
    one_error_line(
        run("history", str(JAPAN), str(ADOPTED), "--chart", str(missing / "c.png")),
        "no such folder",
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_device_as_output_or_as_standard_output() -> None:
    one_error_line(
        run("compare", str(JAPAN), str(ADOPTED), "-o", "/dev/full", "--format", "text"),
        "No space left",
    )
    with open("/dev/full", "w") as full:
        done = run("compare", str(JAPAN), str(ADOPTED), stdout=full.fileno())
    one_error_line(done, "cannot write the output")


# ------------------------------------------------------------- control characters

EVIL = (
    "The Security Council,\n\nRecalling its resolutions,\n\n"
    "1. Decides to act \x1b]0;pwned\x07\x1b[2J now \x9b31m and \u202eevil;\n"
)
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


@pytest.mark.parametrize(
    "args",
    [
        ("parse", "{evil}"),
        ("compare", "{japan}", "{evil}"),
        ("compare", "{japan}", "{evil}", "--format", "md"),
        ("compare", "{japan}", "{evil}", "--format", "html"),
        ("history", "{japan}", "{evil}"),
        ("provenance", "{evil}", "--source", "J={japan}"),
    ],
)
def test_control_characters_never_reach_the_terminal(args: tuple[str, ...], tmp_path: Path) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text(EVIL, encoding="utf-8")
    done = run(*(a.format(evil=evil, japan=JAPAN) for a in args))
    assert done.returncode == 0, done.stderr
    assert not any(c in done.stdout or c in done.stderr for c in RAW)
    if args[0] == "parse" or args == ("compare", "{japan}", "{evil}"):
        # Shown as escapes a reader can see.
        assert "\\x1b]0;pwned\\x07" in done.stdout


def test_json_keeps_control_characters_as_json_escapes(tmp_path: Path) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text(EVIL, encoding="utf-8")
    done = run("compare", str(JAPAN), str(evil), "--format", "json")
    assert not any(c in done.stdout for c in RAW)
    cmp = resdiff.Comparison.model_validate_json(done.stdout)
    assert any("\x1b]0;pwned\x07" in (c.new_text or "") for c in cmp.changes)


def test_a_word_report_of_a_draft_with_control_characters_is_valid_xml(tmp_path: Path) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text(EVIL, encoding="utf-8")
    out = tmp_path / "r.docx"
    assert run("compare", str(JAPAN), str(evil), "-o", str(out)).returncode == 0
    with zipfile.ZipFile(out) as package:
        ET.fromstring(package.read("word/document.xml"))


# ------------------------------------------------ outputs onto files read indirectly


def _series_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(JAPAN, folder / name)
    return folder


@pytest.mark.parametrize(
    ("source", "option", "name"),
    [
        ("{folder}", "-o", "b.txt"),
        ("{folder}/*.txt", "-o", "b.txt"),
        # A glob takes whatever it matches, a table's suffix too.
        ("{folder}/*", "--table", "t.csv"),
    ],
)
def test_series_never_overwrites_a_file_of_a_folder_or_glob_it_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str, option: str, name: str
) -> None:
    from resdiff.cli import main

    folder = _series_folder(tmp_path)
    target = folder / name
    if not target.exists():
        target.write_text("symbol,date\n", encoding="utf-8")
    suffix = ["--format", "csv"] if option == "-o" else []
    before = target.read_bytes()
    code = main(["series", source.format(folder=folder), option, str(target), *suffix])
    err = capsys.readouterr().err
    assert code == 2
    said = "is an input of this command: it would be overwritten"
    assert err == f"resdiff: error: {target}: {said}\n"
    assert target.read_bytes() == before


def test_the_inputs_checked_are_the_files_read(tmp_path: Path) -> None:
    """A file of the folder that series does not read (no suffix it reads) may be its
    report; a --metadata folder's JSON files are inputs, by identity (a hard link)."""
    from resdiff.cli.output import _inputs, check_output
    from resdiff.cli.parser import _build_parser
    from resdiff.errors import OutputError

    folder = _series_folder(tmp_path)
    meta = tmp_path / "meta"
    meta.mkdir()
    (meta / "2020.jsonl").write_text("", encoding="utf-8")
    os.link(meta / "2020.jsonl", tmp_path / "linked.jsonl")
    args = _build_parser().parse_args(["series", str(folder), "--metadata", str(meta)])
    assert check_output(str(folder / "report.json"), inputs=_inputs(args))
    with pytest.raises(OutputError, match="is an input of this command"):
        check_output(str(tmp_path / "linked.jsonl"), inputs=_inputs(args))
    with pytest.raises(OutputError, match="is an input of this command"):
        check_output(f"{folder}/./a.txt", inputs=_inputs(args))


def test_a_report_never_overwrites_the_file_standard_input_reads(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    shutil.copy(JAPAN, old)
    before = old.read_bytes()
    with open(old, "rb") as stdin:
        done = subprocess.run(
            [sys.executable, "-m", "resdiff", "compare", "-", str(ADOPTED), "-o", str(old)],
            stdin=stdin,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
    one_error_line(done, str(old), "input of this command (standard input)")
    assert old.read_bytes() == before


def test_standard_input_from_a_pipe_is_no_file_to_protect(tmp_path: Path) -> None:
    # The drafts' bytes come through a pipe: the report may replace the file they came from.
    old = tmp_path / "old.txt"
    shutil.copy(JAPAN, old)
    done = subprocess.run(
        [sys.executable, "-m", "resdiff", "compare", "-", str(ADOPTED), "-o", str(old)],
        input=JAPAN.read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert old.read_text(encoding="utf-8").startswith("Comparison: <stdin>")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "ascii"])
def test_reports_print_to_a_stream_that_cannot_write_unicode(encoding: str) -> None:
    # A report printed to a cp1252 file (a redirect on Windows) died at its first arrow
    # with a UnicodeEncodeError traceback (analyst review, 3 December).
    env = {**os.environ, "PYTHONIOENCODING": encoding}

    def run_in(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "resdiff", *args],
            capture_output=True,
            cwd=ROOT,
            env=env,
            timeout=60,
            check=False,
        )

    def main_in(stream_encoding: str, *args: str) -> bytes:
        # The command in this process, its standard output a stream of that encoding as
        # PYTHONIOENCODING makes it: the two commands above and below run whole, in a
        # process of their own; the others check the same streams without the start-up.
        from resdiff.cli import main

        buffer = io.BytesIO()
        stream = io.TextIOWrapper(buffer, encoding=stream_encoding)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(sys, "stdout", stream)
            assert main(list(args)) == 0
            stream.flush()
        return buffer.getvalue()

    text = run_in("compare", str(JAPAN), str(ADOPTED))
    assert text.returncode == 0, text.stderr
    assert b"Traceback" not in text.stderr
    assert "japan-draft.txt -> S/RES/1695 (2006)" in text.stdout.decode(encoding)
    assert main_in(encoding, "history", str(JAPAN), str(ADOPTED))
    # JSON, HTML and Markdown come out in ASCII, every other character escaped: the same
    # data as the UTF-8 report, read back.
    plain = main_in("utf-8", "compare", str(JAPAN), str(ADOPTED), "--format", "json")
    escaped = run_in("compare", str(JAPAN), str(ADOPTED), "--format", "json")
    assert escaped.returncode == 0, escaped.stderr
    assert json.loads(escaped.stdout.decode("ascii")) == json.loads(plain)
    for fmt in ("html", "md"):
        done = main_in(encoding, "compare", str(JAPAN), str(ADOPTED), "--format", fmt)
        assert "&#8594;" in done.decode("ascii")
    parsed = main_in(encoding, "parse", str(JAPAN), "--format", "json")
    assert json.loads(parsed.decode("ascii")) == json.loads(
        main_in("utf-8", "parse", str(JAPAN), "--format", "json")
    )


def test_a_terminal_that_shows_no_styles_gets_the_plain_redline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Under TERM=dumb rich drops its styles, and with them the only mark of what was
    # deleted and what inserted: the plain report's [-...-]{+...+} is written there.
    from resdiff.cli.commands import _colour_terminal

    pytest.importorskip("rich")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("TERM", "dumb")
    assert not _colour_terminal()
    monkeypatch.setenv("TERM", "xterm-256color")
    assert _colour_terminal()


def test_a_history_of_one_text_is_refused_with_one_line() -> None:
    # `resdiff history A` printed a one-revision "history" and exit 0: most often the
    # second file was left off (analyst review, 3 December).
    done = run("history", str(JAPAN))
    one_error_line(done, "history needs two texts or more", "japan-draft.txt")


def test_the_lineage_of_one_text_still_reads() -> None:
    # The one-text refusal of `history` reached `history --lineage`, which reads one text's
    # measures (a stranger's review).
    done = run("history", "--lineage", str(JAPAN))
    assert done.returncode == 0, done.stderr
