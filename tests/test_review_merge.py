"""The defects a review of the twentieth session's merged main found where two branches
met (fix10's report code kept beside user10's ``check -o`` handling; measref10's patterns
beside the pattern cache): each test keeps one fixed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from resdiff.negotiation.red_lines import main_check

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def test_main_check_refuses_a_report_name_the_cli_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # ``resdiff check -o report.html`` is refused (user10), but ``main_check``, the same
    # command as a program of its own, still wrote the text report under an HTML name,
    # and ``-o report.txt --format json`` wrote JSON into a .txt file.
    base = [
        str(EXAMPLES / "dprk-2006" / "adopted-compromise.txt"),
        "--red-lines",
        str(EXAMPLES / "red-lines" / "japan.toml"),
        "-o",
    ]
    for name in ("report.html", "report.md", "report.docx", "report.pdf"):
        assert main_check([*base, str(tmp_path / name)]) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and name in err
        assert not (tmp_path / name).exists()
    assert main_check([*base, str(tmp_path / "report.txt"), "--format", "json"]) == 2
    assert "names a text report but --format is json" in capsys.readouterr().err
    assert not (tmp_path / "report.txt").exists()
    # What the command writes, it still writes, in the format the name says.
    assert main_check([*base, str(tmp_path / "report.json")]) == 1
    assert (tmp_path / "report.json").read_text(encoding="utf-8").startswith("{")
    assert main_check([*base, str(tmp_path / "report.txt")]) == 1
    assert (tmp_path / "report.txt").read_text(encoding="utf-8").startswith("Red lines of")


def test_a_pattern_of_words_of_one_length_is_built_alike_in_every_process(
    tmp_path: Path,
) -> None:
    # The range pattern of measures.toml ("through", "to", "-", "–") was built from a set
    # sorted by length only, so "-" and "–" came in the order of that process's string
    # hashes: the pattern cache a run rebuilt differed from the one it replaced, and
    # tests/test_speed_imports.py::test_a_corrupt_cache_is_ignored_and_rebuilt failed on
    # main under most hash seeds.
    code = (
        "from resdiff.lexicon import Lexicon\n"
        "print(Lexicon.default()._words_rx(['through', 'to', '-', '\\u2013'], '', '').pattern)"
    )
    built = set()
    for seed in ("0", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "XDG_CACHE_HOME": str(tmp_path)}
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr[-2000:]
        built.add(done.stdout)
    assert len(built) == 1, built
