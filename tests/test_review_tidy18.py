"""A stranger's review of branch tidy18 (twenty-eighth session): what it left behind."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from resdiff.lexicon.load import _TABLES

ROOT = Path(__file__).resolve().parent.parent


def _sentence(readme: str, opening: str) -> str:
    at = readme.index(opening)
    return readme[at : readme.index(":", at + len(opening))]


def test_readme_names_the_module_of_every_entry_model() -> None:
    # The split moved the life cycle's models to lifecycle_entries.py; the README still
    # sent a reader of a lexicon file to entries.py (and quantity_entries.py) for them.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    modules = {
        Path(sys.modules[model.__module__].__file__ or "").name for model, _ in _TABLES.values()
    }
    for opening in (
        "validated by the\nmodels of",
        "each key's meaning is in its model's docstring",
    ):
        named = set(re.findall(r"`(?:resdiff/lexicon/)?(\w+\.py)`", _sentence(readme, opening)))
        assert modules <= named, f"README ({opening!r}) does not name {sorted(modules - named)}"
