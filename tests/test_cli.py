"""The command line: parse, compare, schema, version; bad input exits 2 with one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import resdiff
from resdiff.cli import main

ROOT = Path(__file__).resolve().parents[1]
JAPAN = str(ROOT / "examples" / "dprk-2006" / "japan-draft.txt")
ADOPTED = str(ROOT / "examples" / "dprk-2006" / "adopted-compromise.txt")


def test_parse_outline_lists_every_paragraph(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", JAPAN]) == 0
    out = capsys.readouterr().out
    assert "PP12" in out and "OP4(a)(ii)" in out and "OP7" in out and "[Chapter VII]" in out


def test_parse_json_has_the_contract_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", JAPAN, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # The reconstructed Japan-led draft has no document symbol.
    assert data["symbol"] is None and data["kind"] == "draft" and data["chapter_vii"] is True
    assert "Japan" in data["sponsors"] and len(data["operative"]) == 7
    assert {"ref", "text", "children"} <= set(data["operative"][3])
    assert data["operative"][3]["children"][0]["ref"] == "OP4(a)"


def test_compare_json_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", JAPAN, ADOPTED, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "resdiff.comparison/10" and data["summary"]["chapter_vii"] == "dropped"
    assert main(["compare", JAPAN, ADOPTED]) == 0
    assert "Chapter VII" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("suffix", "marker"), [(".html", "<!DOCTYPE html>"), (".md", "# "), (".json", '"schema"')]
)
def test_compare_format_follows_the_output_suffix(tmp_path: Path, suffix: str, marker: str) -> None:
    target = tmp_path / f"report{suffix}"
    assert main(["compare", JAPAN, ADOPTED, "-o", str(target)]) == 0
    assert marker in target.read_text(encoding="utf-8")


def test_unknown_output_suffix_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", JAPAN, ADOPTED, "-o", str(tmp_path / "report.xyz")]) == 2
    assert "--format" in capsys.readouterr().err


def test_schema_prints_the_draft_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"symbol", "preamble", "operative"} <= set(schema["properties"])


@pytest.mark.parametrize(
    "name", ["draft", "comparison", "lineage", "series", "history", "provenance"]
)
def test_checked_in_schema_is_current(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", name]) == 0
    current = json.loads(capsys.readouterr().out)
    stored = json.loads((ROOT / "resdiff" / "schemas" / f"{name}.schema.json").read_text())
    assert current == stored, f"run: resdiff schema {name} > resdiff/schemas/{name}.schema.json"


def test_bad_input_exits_2_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    broken = tmp_path / "broken.xml"
    broken.write_text("<akomaNtoso><statement>\n<preamble></statement>")
    for path in (empty, binary, broken, tmp_path / "missing.txt"):
        run = subprocess.run(
            [sys.executable, "-m", "resdiff", "parse", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 2, run.stderr
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("resdiff: error: "), run.stderr
        assert "Traceback" not in run.stderr
        assert str(path) in lines[0]


def test_version_and_module_entry_point() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "resdiff", "--version"], capture_output=True, text=True, check=True
    )
    assert run.stdout.startswith("resdiff ")


def test_a_command_leaves_the_garbage_collector_as_it_found_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The command line collects less often while a command runs (a long comparison
    # spent 12% of its time collecting); a program that calls main keeps its settings.
    import gc

    before = gc.get_threshold()
    assert main(["compare", JAPAN, ADOPTED]) == 0
    assert gc.get_threshold() == before
    # And on the ways out that are not a success: a file problem (exit 2), an unknown
    # command and --help (argparse exits).
    assert main(["compare", JAPAN, "/nonexistent/draft.txt"]) == 2
    assert gc.get_threshold() == before
    import contextlib

    for argv in (["no-such-command"], ["--help"]):
        with contextlib.suppress(SystemExit):
            main(argv)
        assert gc.get_threshold() == before, argv
    capsys.readouterr()


def test_parse_writes_the_draft_out_whole_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(ROOT / "examples" / "dprk-2006" / "adopted-compromise.txt")
    assert main(["parse", path, "--format", "text"]) == 0
    out = capsys.readouterr().out
    draft = resdiff.parse(path)
    assert "The Security Council," in out
    assert f"1. {draft.operative[0].text}" in out
    assert [c.text for c in resdiff.parse(out).walk()] == [c.text for c in draft.walk()]
