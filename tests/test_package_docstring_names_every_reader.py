"""``help(resdiff)`` names every format :func:`resdiff.parse` reads: it said "plain text,
Markdown or Akoma Ntoso XML" while Word and PDF drafts are read too."""

from __future__ import annotations

from typing import get_args

import resdiff
from resdiff.model import SourceFormat

SAID = {"text": "plain text", "markdown": "Markdown", "akn": "Akoma Ntoso", "docx": "Word",
        "pdf": "PDF"}  # fmt: skip


def test_the_package_docstring_names_every_reader() -> None:
    assert set(get_args(SourceFormat)) == set(SAID)
    doc = resdiff.__doc__ or ""
    for words in SAID.values():
        assert words in doc, words
