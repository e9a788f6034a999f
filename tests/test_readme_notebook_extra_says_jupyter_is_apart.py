"""The README's `notebook` extra says what it does not bring: Jupyter. A researcher who
installed ``resdiff[notebook]`` to run the README's notebook usage found no kernel and had
to guess the packages (newuser23)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_notebook_row_says_jupyter_is_installed_apart() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    brought = " ".join(extras["notebook"]).lower()
    row = next(
        line
        for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `notebook` |")
    )
    if "ipykernel" not in brought and "jupyter" not in brought:
        assert "Jupyter itself is not an extra" in row and "pip install" in row, row
