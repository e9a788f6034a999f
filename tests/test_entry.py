"""Ways in: standard input, formats told from the bytes (not the name), Office files we
refuse with the right reason, and what every product of the engine does with a draft it
could not analyse or with a presidential statement (issue 10 §1 and §3)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_status import BODY, DRAFT_MASTHEAD, FRENCH, PRST

import resdiff
from resdiff.errors import ResolutionParseError
from resdiff.history import history
from resdiff.negotiation.red_lines import RedLines, check
from resdiff.render import render_docx, render_text
from resdiff.testing.wordfile import draft_to_docx

ROOT = Path(__file__).resolve().parent.parent
JAPAN = ROOT / "examples" / "dprk-2006" / "japan-draft.txt"
ADOPTED = ROOT / "examples" / "dprk-2006" / "adopted-compromise.txt"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "resdiff", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


# ---------------------------------------------------------------------- standard input


def test_parse_reads_standard_input() -> None:
    done = _cli("parse", "-", stdin=ADOPTED.read_bytes())
    assert done.returncode == 0, done.stderr
    assert b"OP8" in done.stdout and b"PP13" in done.stdout


def test_compare_reads_one_side_from_standard_input() -> None:
    done = _cli("compare", str(JAPAN), "-", stdin=ADOPTED.read_bytes())
    assert done.returncode == 0, done.stderr
    assert b"Chapter VII" in done.stdout and b"softer" in done.stdout


def test_empty_standard_input_is_one_clear_line() -> None:
    done = _cli("parse", "-", stdin=b"")
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "<stdin>" in err and "Traceback" not in err


# ---------------------------------------------------------------------- format sniffing


def test_a_word_file_is_read_as_word_whatever_its_name(tmp_path: Path) -> None:
    draft = resdiff.parse(ADOPTED)
    renamed = tmp_path / "adopted.txt"
    renamed.write_bytes(draft_to_docx(draft))
    again = resdiff.parse(renamed)
    assert again.source is not None and again.source.format == "docx"
    assert [c.ref for c in again.walk()] == [c.ref for c in draft.walk()]


def test_a_word_97_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(OLE + b"\x00" * 1024)
    with pytest.raises(ResolutionParseError, match=r"x\.docx: .*\(\.doc\).*save it as \.docx"):
        resdiff.parse(path)


def test_a_password_protected_word_file_is_called_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "secret.docx"
    path.write_bytes(OLE + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024)
    with pytest.raises(ResolutionParseError, match=r"encrypted .*password") as info:
        resdiff.parse(path)
    assert ".doc)" not in str(info.value)
    done = _cli("parse", str(path))
    assert done.returncode == 2 and b"encrypted" in done.stderr and b"Traceback" not in done.stderr


# ------------------------------------------------------- drafts that could not be analysed


def test_a_word_report_of_an_unanalysed_comparison_is_written() -> None:
    cmp = resdiff.compare(FRENCH, FRENCH.replace("Condamne", "Déplore"))
    data = render_docx(cmp)
    assert data.startswith(b"PK") and len(data) > 1000


def test_an_unanalysed_side_names_no_shift() -> None:
    # English with Chapter VII against French that acts under it too ("Agissant en vertu
    # du Chapitre VII"): the lexicon reads only the English one, so any "Chapter VII
    # dropped" would be an artefact of the language.
    cmp = resdiff.compare(DRAFT_MASTHEAD + BODY, FRENCH)
    assert cmp.summary.chapter_vii == "unknown"
    assert not [s for c in cmp.changes for s in c.shifts]
    assert not cmp.summary.key_changes
    assert {c.kind for c in cmp.changes} <= {"added", "dropped", "reworded", "unchanged"}
    assert "Chapter VII dropped" not in render_text(cmp)


def test_red_lines_that_need_the_analysis_are_not_checked_on_an_unanalysed_draft() -> None:
    spec = RedLines.from_toml(
        'delegation = "Test"\n'
        '[[rule]]\nname = "Chapter VII"\ntype = "chapter_vii"\n'
        '[[rule]]\nname = "Chapitre"\ntype = "required_phrase"\nphrase = "Chapitre VII"\n'
    )
    result = check(resdiff.parse(FRENCH), spec)
    by_name = {r.name: r for r in result.results}
    assert by_name["Chapter VII"].status == "skipped"
    assert "could not be analysed" in by_name["Chapter VII"].message
    assert "language: fr" in by_name["Chapter VII"].message
    # A phrase is a phrase in any language.
    assert by_name["Chapitre"].status == "pass"
    assert result.ok and "1 not checked (cannot be checked" in str(result)


# ------------------------------------------------------------------ presidential statements


def test_a_history_of_statements_keeps_what_they_are() -> None:
    softer = PRST.replace("urges the DPRK", "encourages the DPRK")
    h = history([PRST, softer], names=["first", "second"])
    assert [r.kind for r in h.revisions] == ["statement", "statement"]
    assert h.revisions[0].symbol == "S/PRST/2006/41"
    assert h.comparisons[0].summary.counts["softened"] == 1


def test_a_comparison_that_cannot_be_weighed_says_so_in_every_report() -> None:
    cmp = resdiff.compare(FRENCH, FRENCH.replace("Condamne", "Déplore"))
    assert cmp.summary.direction == "unknown" and not cmp.summary.key_changes
    text = render_text(cmp)
    assert "Net direction:            unknown" in text
    assert "None weighed: a draft could not be analysed" in text
    assert "neutral" not in text and "Measures added" not in text
    from resdiff.render import render_html, render_markdown

    assert "None weighed" in render_markdown(cmp) and "None weighed" in render_html(cmp)
    assert '"direction":"unknown"' in cmp.model_dump_json()


def test_the_outline_says_what_a_document_is() -> None:
    assert "  [presidential statement]" in resdiff.parse(PRST).outline().splitlines()[:3]
    french = resdiff.parse(FRENCH).outline().splitlines()
    assert "  [language: fr; not analysed]" in french[:4]
    adopted = resdiff.parse(ADOPTED).outline().splitlines()
    assert adopted[1] == "  [adopted resolution]"
    japan = resdiff.parse(JAPAN).outline().splitlines()
    assert japan[1:3] == ["  [draft resolution]", "  [Chapter VII]"]


def test_compare_of_one_word_file_without_tracked_changes_says_so(tmp_path: Path) -> None:
    path = tmp_path / "plain.docx"
    path.write_bytes(draft_to_docx(resdiff.parse(ADOPTED)))
    done = _cli("compare", str(path))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "has no tracked changes" in err and "Traceback" not in err
