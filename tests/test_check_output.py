"""``resdiff check -o FILE``: the red-lines report written to a file, as ``compare`` and
``history`` write theirs (an analyst's trial found none), the exit status unchanged and
no input overwritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resdiff.cli import main
from resdiff.negotiation.red_lines import main_check

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"
JAPAN = EXAMPLES / "japan-draft.txt"
ADOPTED = EXAMPLES / "adopted-compromise.txt"
SPEC = """
[[rule]]
type = "chapter_vii"
name = "Chapter VII must stay"
present = true
"""


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "lines.toml"
    path.write_text(SPEC, encoding="utf-8")
    return path


@pytest.mark.parametrize("run", [main, main_check], ids=["resdiff", "main_check"])
def test_the_report_goes_to_the_file_and_the_status_stays(
    run: object, spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.txt"
    prefix = ["check"] if run is main else []
    args = [*prefix, str(ADOPTED), "--against", str(JAPAN), "--red-lines", str(spec)]
    assert run([*args, "-o", str(out)]) == 1  # type: ignore[operator]
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "FAIL  Chapter VII must stay" in out.read_text(encoding="utf-8")
    assert f"wrote {out}" in captured.err
    # JSON under a JSON name (``resdiff check`` refuses "--format json -o report.txt", as
    # every command refuses a report whose name says another format).
    as_json = tmp_path / "report.json"
    assert run([*args, "--format", "json", "-o", str(as_json)]) == 1  # type: ignore[operator]
    assert json.loads(as_json.read_text(encoding="utf-8"))["exit_code"] == 1


@pytest.mark.parametrize("which", ["draft", "against", "red_lines"])
def test_the_report_never_overwrites_an_input(
    which: str, spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    base = tmp_path / "base.txt"
    draft.write_text(ADOPTED.read_text(encoding="utf-8"), encoding="utf-8")
    base.write_text(JAPAN.read_text(encoding="utf-8"), encoding="utf-8")
    target = {"draft": draft, "against": base, "red_lines": spec}[which]
    before = target.read_bytes()
    code = main(
        ["check", str(draft), "--against", str(base), "--red-lines", str(spec), "-o", str(target)]
    )
    assert code == 2
    assert "would be overwritten" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_a_missing_folder_is_one_line(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "report.txt"
    assert main(["check", str(JAPAN), "--red-lines", str(spec), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no such folder" in err and "Traceback" not in err
