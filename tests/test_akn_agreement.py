"""Agreement between the AKN reader and the plain-text reader on the real corpus.

Each AKN file is parsed from the XML (the true structure), rendered to plain text the way
a person copies it from the printed PDF (:mod:`akn_render`), and parsed again with the
plain-text reader. Both readings must give the same number of preambular and operative
paragraphs and the same sub-paragraph refs, on every file. The headings (normalised text
and the ref of the clause each stands before) are compared too; a heading can be
ambiguous in text form, so that check holds the corpus to a minimum agreement rate.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from akn_render import Structure, differences, heading_differences, render_pdf_text

from resdiff.read.akn import parse_akn

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"
FILES = sorted(CORPUS.glob("*.xml")) if CORPUS.is_dir() else []

#: Files where the two readings cannot agree, with the precise reason.
KNOWN_DISAGREEMENTS: dict[str, str] = {}

#: Share of the files whose headings must agree (all 145 did when this was set).
HEADING_AGREEMENT_MIN = 1.0

try:
    from resdiff.read.text import parse_text
except ImportError:  # pragma: no cover - while the text reader is being written
    parse_text = None  # type: ignore[assignment]


def _param(path: Path) -> object:
    reason = KNOWN_DISAGREEMENTS.get(path.name)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(path, id=path.name, marks=marks)


@cache
def _readings(path: Path) -> tuple[Structure, Structure]:
    """The structure read from the XML and the one read from its rendered text."""
    xml_draft = parse_akn(path.read_text(encoding="utf-8"), path=str(path))
    text = render_pdf_text(path)
    text_draft = parse_text(text, path=path.name.replace(".xml", ".txt"))
    return Structure.of(xml_draft), Structure.of(text_draft)


@pytest.mark.skipif(not FILES, reason=f"AKN corpus not found at {CORPUS}")
@pytest.mark.skipif(parse_text is None, reason="resdiff.read.text.parse_text not available")
@pytest.mark.parametrize("path", [_param(p) for p in FILES])
def test_text_reader_agrees_with_akn(path: Path) -> None:
    diffs = differences(*_readings(path))
    assert not diffs, f"{path.name}: " + "; ".join(diffs)


@pytest.mark.skipif(not FILES, reason=f"AKN corpus not found at {CORPUS}")
@pytest.mark.skipif(parse_text is None, reason="resdiff.read.text.parse_text not available")
def test_text_reader_finds_the_headings_of_the_akn_reader() -> None:
    disagreeing: dict[str, str] = {}
    for path in FILES:
        diffs = heading_differences(*_readings(path))
        if diffs:
            disagreeing[path.name] = "; ".join(diffs)
    rate = 1 - len(disagreeing) / len(FILES)
    assert rate >= HEADING_AGREEMENT_MIN, (
        f"headings agree on {rate:.1%} of the files (minimum {HEADING_AGREEMENT_MIN:.1%}):\n"
        + "\n".join(f"{name}: {what}" for name, what in disagreeing.items())
    )


@pytest.mark.skipif(not FILES, reason=f"AKN corpus not found at {CORPUS}")
def test_rendering_is_deterministic_and_looks_copied() -> None:
    path = CORPUS / "S_RES_2504_2020.xml"
    text = render_pdf_text(path)
    assert text == render_pdf_text(path)
    lines = text.splitlines()
    assert lines[:5] == [
        "United Nations",
        "S/RES/2504 (2020)",
        "Security Council",
        "Distr.: General",
        "10 January 2020",
    ]
    assert "      The Security Council," in lines
    assert any(line.startswith("      1.    Calls upon all parties") for line in lines)
    assert max(len(line) for line in lines) <= 80
    assert "20-00407 (E)" in lines  # job number on the first page
    long_text = render_pdf_text(CORPUS / "S_RES_2512_2020.xml").splitlines()
    assert "2/9" in long_text  # page numbers ...
    assert long_text.count("S/RES/2512 (2020)") >= 3  # ... and running headers
    assert any(line.endswith("-") and line[-2].isalpha() for line in long_text)  # hyphenation
    assert "\f" not in text
