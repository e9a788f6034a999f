"""The README's install commands work as written: resdiff is not on PyPI yet, so
``pip install resdiff`` ended in "No matching distribution found for resdiff" for a new
user who followed the first line (a new user's first hour, thirty-second session)."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _install_block() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Install\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the Install section has no sh block"
    return [line.split("#", 1)[0].strip() for line in block.group(1).splitlines()]


def test_every_install_command_installs_from_the_clone() -> None:
    commands = [c for c in _install_block() if c.startswith("pip install")]
    assert commands, "the Install block gives no pip command"
    for command in commands:
        target = command.removeprefix("pip install").strip().strip("'\"")
        assert target.startswith("."), f"{command!r} asks an index for resdiff"
