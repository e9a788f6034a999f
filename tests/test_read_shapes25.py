"""Shapes of files no round had tried (formats25), each built at test time from made-up
texts: a Word file in Google Docs' export shape (no styles part, no numbering part, the
numbers typed as text, suggestions as ``w:ins`` / ``w:del`` with Google's author and date
forms), an OpenDocument text, an RTF file and a Word 97-2003 ``.doc`` made by LibreOffice
(skipped, with the reason, where it is absent), and files whose extension lies.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from pdf_fixtures import SOFFICE_TIMEOUT, soffice

import resdiff
from resdiff.errors import ResolutionParseError
from resdiff.read.source import CONVERT_HINT
from resdiff.testing.wordfile import draft_to_docx

_OLD = """United Nations S/RES/9001 (2024)

The Security Council,

Recalling its previous resolutions on the situation,

Noting with concern the reports of the Secretary-General,

1. Decides to extend the mandate of the Mission until 31 May 2025;

2. Requests the Secretary-General to report every 90 days, including on:

(a) the political process;

(b) the humanitarian situation;

3. Decides to remain seized of the matter.
"""

_NEW = """United Nations S/RES/9002 (2025)

The Security Council,

Recalling its previous resolutions on the situation and the statements of its President,

Noting with concern the reports of the Secretary-General,

Welcoming the efforts of the parties,

1. Decides to extend the mandate of the Mission until 31 May 2026;

2. Strongly urges all parties to cooperate fully with the Mission;

3. Requests the Secretary-General to report every 120 days, including on:

(a) the political process;

(b) the humanitarian and security situation;

4. Decides to remain seized of the matter.
"""

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _google_docx(old: resdiff.Draft, new: resdiff.Draft, date: str | None) -> bytes:
    """``new`` with ``old`` as suggestions, in the shape Google Docs exports: only the
    document part (no styles, no numbering: each paragraph's label typed before its text,
    a tab between), direct formatting on every run and paragraph, a changed label a
    changed word, and ``date`` (or none) on every change."""
    from resdiff.testing.wordfile.tracked import _entries, _word_diff
    from resdiff.testing.wordfile.units import _units

    ids = iter(range(1, 1_000_000))
    change = ' w:author="Jane Doe" w:id="{}"' + (f' w:date="{date}"' if date else "")

    def run(text: str, kind: str | None = None) -> str:
        parts = []
        for k, line in enumerate(text.split("\n")):
            parts.append("<w:br/>" if k else "")
            for j, piece in enumerate(line.split("\t")):
                parts.append("<w:tab/>" if j else "")
                tag = "w:delText" if kind == "del" else "w:t"
                parts.append(
                    f'<{tag} xml:space="preserve">{escape(piece)}</{tag}>' if piece else ""
                )
        body = (
            '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
            f'<w:sz w:val="24"/><w:rtl w:val="0"/></w:rPr>{"".join(parts)}</w:r>'
        )
        return f"<w:{kind}{change.format(next(ids))}>{body}</w:{kind}>" if kind else body

    def typed(unit: object) -> str:
        label, text = getattr(unit, "label", None), getattr(unit, "text", "")
        return (f"{label}\t{text}" if text else label) if label else text

    paragraphs = []
    for entry in _entries(_units(old), _units(new)):
        mark = ""
        if entry.op in ("ins", "moveTo"):
            runs, mark = run(typed(entry.new), "ins"), "ins"
        elif entry.op in ("del", "moveFrom"):
            runs, mark = run(typed(entry.old), "del"), "del"
        elif typed(entry.old) != typed(entry.new):
            pieces = _word_diff(typed(entry.old), typed(entry.new))
            runs = "".join(run(piece.text, piece.change) for piece in pieces)
        else:
            runs = run(typed(entry.new))
        marked = f"<w:rPr><w:{mark}{change.format(next(ids))}/></w:rPr>" if mark else ""
        paragraphs.append(
            '<w:p><w:pPr><w:spacing w:after="240" w:before="0"/><w:jc w:val="both"/>'
            f"{marked}</w:pPr>{runs}</w:p>"
        )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_NS}><w:body>'
        f'{"".join(paragraphs)}<w:sectPr><w:pgSz w:h="15840" w:w="12240"/></w:sectPr>'
        "</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        package.writestr("word/document.xml", document)
    return out.getvalue()


def _provisions(draft: resdiff.Draft) -> list[tuple[str, str]]:
    return [(c.ref, " ".join(c.text.split())) for c in draft.walk()]


def _verdicts(comparison: resdiff.Comparison) -> list[tuple[object, ...]]:
    return [
        (
            tuple(c.old),
            tuple(c.new),
            c.kind,
            tuple(sorted((s.feature, s.direction) for s in c.shifts)),
        )
        for top in comparison.changes
        for c in top.walk()
    ]


@pytest.mark.parametrize("date", ["2024-03-04T10:12:33.412Z", "2024-03-04T10:12:33", None])
def test_a_google_docs_export_reads_as_the_plain_text_pair(date: str | None) -> None:
    old, new = resdiff.parse(_OLD, paths=False), resdiff.parse(_NEW, paths=False)
    data = _google_docx(old, new, date)
    original = resdiff.parse(data, format="docx", version="original")
    accepted = resdiff.parse(data, format="docx", version="accepted")
    assert _provisions(original) == _provisions(old)
    assert _provisions(accepted) == _provisions(new)
    assert not [w for w in accepted.warnings if w.code.startswith("numbering")]
    plain, word = resdiff.compare(old, new), resdiff.compare(original, accepted)
    assert _verdicts(word) == _verdicts(plain)
    assert word.summary.direction == plain.summary.direction


def _converted(source: Path, target: str, out: Path) -> Path:
    """``source`` converted by LibreOffice to ``target`` (a suffix) in ``out``."""
    with tempfile.TemporaryDirectory(prefix="resdiff-profile-") as profile:
        subprocess.run(
            [
                soffice(),
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                str(source),
            ],
            capture_output=True,
            timeout=SOFFICE_TIMEOUT,
            check=False,
        )
    made = out / f"{source.stem}.{target}"
    if not made.is_file():
        pytest.fail(f"LibreOffice made no .{target} of {source.name}")
    return made


def test_odt_rtf_and_doc_are_refused_in_one_line_naming_how_to_convert(tmp_path: Path) -> None:
    # Each refused, whatever its name says, in one line that names the command that
    # converts it where Word is not at hand; that command's .docx reads as the text.
    soffice()
    draft = resdiff.parse(_NEW, paths=False)
    word = tmp_path / "draft.docx"
    word.write_bytes(draft_to_docx(draft))
    for target in ("odt", "rtf", "doc"):
        made = _converted(word, target, tmp_path / target)
        lying = tmp_path / target / f"lying-{target}.docx"
        lying.write_bytes(made.read_bytes())
        for path in (made, lying):
            with pytest.raises(ResolutionParseError) as caught:
                resdiff.parse(path)
            message = str(caught.value)
            assert "\n" not in message and CONVERT_HINT in message, message
        back = _converted(made, "docx", tmp_path / f"{target}-back")
        assert _provisions(resdiff.parse(back)) == _provisions(draft), target


def test_a_file_whose_extension_lies_is_read_as_what_it_is(tmp_path: Path) -> None:
    draft = resdiff.parse(_NEW, paths=False)
    word = draft_to_docx(draft)
    (tmp_path / "draft.txt").write_bytes(word)
    (tmp_path / "draft.pdf").write_bytes(word)
    for name in ("draft.txt", "draft.pdf"):
        read = resdiff.parse(tmp_path / name)
        assert read.source is not None and read.source.format == "docx"
        assert _provisions(read) == _provisions(draft)
