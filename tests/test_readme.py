"""The README as a new user reads it: its marked Python examples run and print what they
show, every command-line option is named in it, and its JSON sample and contract versions
are what resdiff writes today (benchmarks/README.md, twenty-third session).

A fenced ``python`` block right after a line ``<!-- readme-test -->`` is checked: a block
of ``>>>`` examples as a doctest (``...`` in a shown output stands for any text), any other
block run as written. Each runs from the repository's root, where the examples' paths
(``examples/dprk-2006/...``) resolve."""

from __future__ import annotations

import argparse
import doctest
import json
import re
from pathlib import Path
from typing import Any

import pytest

import resdiff
from resdiff.cli.parser import _build_parser

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MARK = "<!-- readme-test -->"


def _readme() -> str:
    return README.read_text(encoding="utf-8")


def _marked_blocks() -> list[tuple[int, str]]:
    """(line number, code) of every fenced python block right after the mark."""
    lines = _readme().splitlines()
    blocks: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if line.strip() != MARK:
            continue
        where = f"README.md:{i + 1}"
        assert lines[i + 1].strip() == "```python", f"{where}: the mark is not above a python block"
        end = lines.index("```", i + 2)
        blocks.append((i + 3, "\n".join(lines[i + 2 : end]) + "\n"))
    return blocks


def test_the_readme_marks_its_runnable_examples() -> None:
    # The tour, the history and provenance, and the lexicon override at least: a mark
    # lost in an edit would otherwise leave an example unchecked without a word.
    assert len(_marked_blocks()) >= 3


def _block_id(value: object) -> str:
    return f"line{value}" if isinstance(value, int) else ""


@pytest.mark.parametrize("line, code", _marked_blocks(), ids=_block_id)
def test_a_marked_readme_example_runs_as_shown(
    line: int, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    if ">>>" not in code:
        exec(compile(code, f"README.md:{line}", "exec"), {"__name__": "readme"})
        return
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    test = doctest.DocTestParser().get_doctest(code, {}, f"README.md:{line}", str(README), line)
    out: list[str] = []
    runner = doctest.DocTestRunner(optionflags=flags)
    runner.run(test, out=out.append)
    assert runner.failures == 0, "".join(out)


def _options(parser: argparse.ArgumentParser, path: str) -> list[tuple[str, tuple[str, ...]]]:
    """(command, names) for every sub-command (its name) and option (its spellings, "-o"
    and "--output") of the parser."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((path, (name,)))
                found.extend(_options(sub, f"{path} {name}"))
        elif action.option_strings and "--help" not in action.option_strings:
            found.append((path, tuple(action.option_strings)))
    return found


def test_every_command_line_option_is_named_in_the_readme() -> None:
    # `compare --changes-only`, `series --similarity` and `series --progress` were in
    # `--help` and nowhere in the README.
    text = _readme()
    missing = []
    for command, names in _options(_build_parser(), "resdiff"):
        if names[0].startswith("-"):
            named = any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text) for n in names)
        else:
            named = f"{command} {names[0]}" in text
        if not named:
            missing.append(f"{command} {names[-1]}")
    assert not missing, "README.md does not name: " + ", ".join(missing)


def test_the_readme_names_every_current_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    from resdiff.cli import main

    text = _readme()
    parser = _build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    [names] = [a.choices for a in commands.choices["schema"]._actions if a.choices]
    assert names
    for name in names:
        assert main(["schema", name]) == 0
        current = json.loads(capsys.readouterr().out)["properties"]["schema"]["const"]
        assert current in text, f"README.md does not name {current}"


def _holds(shown: Any, actual: Any, where: str = "") -> list[str]:
    """Where the README's sample (``shown``) says what the actual JSON does not: every key
    shown must be there with what it shows; a list shown, each item somewhere in the list."""
    if isinstance(shown, dict):
        if not isinstance(actual, dict):
            return [f"{where}: {actual!r}"]
        return [
            wrong
            for key, value in shown.items()
            for wrong in (
                _holds(value, actual[key], f"{where}.{key}")
                if key in actual
                else [f"{where}.{key}: no such key"]
            )
        ]
    if isinstance(shown, list):
        if not isinstance(actual, list):
            return [f"{where}: {actual!r}"]
        return [
            f"{where}[{i}]: {item!r} in no item"
            for i, item in enumerate(shown)
            if all(_holds(item, other) for other in actual)
        ]
    if isinstance(shown, str) and "..." in shown and isinstance(actual, str):
        # A string cut short with "..." stands for any text there, as a doctest's output.
        pattern = ".*".join(re.escape(part) for part in shown.split("..."))
        if re.fullmatch(pattern, actual, flags=re.DOTALL):
            return []
    return [] if shown == actual else [f"{where}: README {shown!r}, written {actual!r}"]


def test_the_readme_s_json_sample_is_what_compare_writes() -> None:
    # The sample showed "weight_softer": 250.0 and "weight_stronger": 9.3; the comparison
    # of the two example drafts writes 242.0 and 9.333.
    text = _readme()
    start = text.index('```json\n{"schema": "resdiff.comparison/')
    sample = json.loads(text[start + len("```json\n") : text.index("```", start + 7)])
    cmp = resdiff.compare(
        ROOT / "examples/dprk-2006/japan-draft.txt",
        ROOT / "examples/dprk-2006/adopted-compromise.txt",
    )
    wrong = _holds(sample, json.loads(cmp.model_dump_json()))
    assert not wrong, "README.md's comparison sample: " + "; ".join(wrong)
