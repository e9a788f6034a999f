"""LibreOffice's accept-all and reject-all of the Word report against the drafts' full
text, annexes and footnotes included (not in CI: it needs LibreOffice and ~20 s).

For each pair, ``resdiff compare A B -o report.docx`` is written (:func:`render_docx`),
then LibreOffice (headless, a Basic macro in a throw-away user profile) opens it, accepts
every tracked change (``.uno:AcceptAllTrackedChanges``) or rejects every one, and saves
it as plain text. The tracked text (between the report's note on accepting changes and
its closing note, without the report's "Preamble" / "Operative part" headings) must give
the paragraphs of the new draft, or of the old one, word for word: enacting formula,
headings and numbered paragraphs in the order printed, each annex's title and
paragraphs, the footnotes' words (:func:`resdiff.testing.report_text.full_text`). The
same is checked of resdiff's own XML-level accept-all and reject-all
(:func:`resdiff.testing.report_text.tracked_text`), which ``tests/test_docx_annexes.py``
runs in CI. An empty paragraph LibreOffice leaves where one vanished is counted, not
compared.

Run from anywhere::

    PYTHONPATH=. python benchmarks/docx_libreoffice.py [--corpus ../shared/corpus/akn]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import resdiff
from resdiff.model import Draft
from resdiff.render import render_docx
from resdiff.render.docx import enacting_formula
from resdiff.testing.report_text import full_text, tracked_text, words

ROOT = Path(__file__).resolve().parents[1]

#: Pairs with annexes or footnotes. The first four are real successions (the 1988
#: Committee's Monitoring Team annex; the Somalia/al-Shabaab annexes A-C, retitled in
#: 2022); 2557 -> 2558 (an annex dropped, footnotes added) and its reverse are not one
#: series, but the only corpus text with footnotes is 2558.
PAIRS = (
    ("S_RES_2557_2020.xml", "S_RES_2611_2021.xml"),
    ("S_RES_2611_2021.xml", "S_RES_2665-2228829E.xml"),
    ("S_RES_2551_2020.xml", "S_RES_2607_2021.xml"),
    ("S_RES_2607_2021.xml", "S_RES_2662-2226129E.xml"),
    ("S_RES_2557_2020.xml", "S_RES_2558_2020.xml"),
    ("S_RES_2558_2020.xml", "S_RES_2557_2020.xml"),
)

#: A text with three annexes, and the orders its annexes are printed in again (made up:
#: no pair of the corpus reorders its annexes): each moved annex tracked as a move.
REORDERED = ("S_RES_2607_2021.xml", (2, 0, 1), (1, 2, 0))


def _reordered(
    draft: Draft, spec: tuple[str, tuple[int, int, int], tuple[int, int, int]]
) -> list[tuple[str, Draft, Draft]]:
    """``draft`` against itself with its annexes printed in each order of ``spec``, one
    way and back (the old draft in the new order): annexes moved, their words kept."""
    out = []
    for order in spec[1:]:
        moved = draft.model_copy(update={"annexes": tuple(draft.annexes[k] for k in order)})
        name = f"{spec[0]} annexes {''.join(map(str, order))}"
        out += [(name, draft, moved), (f"{name} (back)", moved, draft)]
    return out


#: The macro: each line of the list file is "input<TAB>output<TAB>accept|reject".
_MACRO = """Sub ConvertList(listPath As String)
    Dim args(0) As New com.sun.star.beans.PropertyValue
    args(0).Name = "Hidden"
    args(0).Value = True
    Dim out(1) As New com.sun.star.beans.PropertyValue
    out(0).Name = "FilterName"
    out(0).Value = "Text (encoded)"
    out(1).Name = "FilterOptions"
    out(1).Value = "UTF8,LF,,,"
    disp = createUnoService("com.sun.star.frame.DispatchHelper")
    n = FreeFile
    Open listPath For Input As #n
    Do While Not EOF(n)
        Line Input #n, entry
        parts = Split(entry, Chr(9))
        If UBound(parts) = 2 Then
            doc = StarDesktop.loadComponentFromURL(ConvertToURL(parts(0)), "_blank", 0, args())
            frame = doc.getCurrentController().getFrame()
            If parts(2) = "accept" Then
                disp.executeDispatch(frame, ".uno:AcceptAllTrackedChanges", "", 0, Array())
            Else
                disp.executeDispatch(frame, ".uno:RejectAllTrackedChanges", "", 0, Array())
            End If
            doc.storeToURL(ConvertToURL(parts(1)), out())
            doc.close(True)
        End If
    Loop
    Close #n
    StarDesktop.terminate()
End Sub
"""

#: The report's own lines in the tracked text (content controls LibreOffice exports).
_REPORT_LINES = frozenset({"Preamble", "Operative part"})


def _profile(soffice: str, where: Path) -> str:
    """A throw-away LibreOffice user profile holding the macro; its URL."""
    url = (where / "profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={url}", "--headless", "--terminate_after_init"],
        check=True,
        capture_output=True,
        timeout=300,
    )
    module = where / "profile" / "user" / "basic" / "Standard" / "Module1.xba"
    module.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC '
        '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n'
        '<script:module xmlns:script="http://openoffice.org/2000/script" '
        f'script:name="Module1" script:language="StarBasic">{escape(_MACRO)}</script:module>\n',
        encoding="utf-8",
    )
    return url


def _tracked_lines(text: str) -> list[str]:
    """The tracked text of LibreOffice's plain-text export of a report."""
    lines = text.lstrip("\ufeff").split("\n")
    start = next(k for k, line in enumerate(lines) if line.startswith("Accept all changes"))
    end = next(k for k, line in enumerate(lines) if line.startswith("Produced by resdiff."))
    return [line for line in lines[start + 1 : end] if line.strip() not in _REPORT_LINES]


def _paragraphs(paragraphs: list[str]) -> list[str]:
    """Each paragraph's words, one string a paragraph: two paragraphs run into one, or
    one cut in two, differ, as a word changed does."""
    return [" ".join(words([p])) for p in paragraphs]


def _first_difference(got: list[str], expected: list[str]) -> str:
    k = next((i for i, (a, b) in enumerate(zip(got, expected, strict=False)) if a != b), None)
    k = min(len(got), len(expected)) if k is None else k
    shown = [p[:70] for p in (*got[k : k + 1], *expected[k : k + 1])]
    return f"paragraph {k + 1}: {shown!r}"


def main(argv: list[str] | None = None) -> int:
    """Check every pair; print one line per pair and version; 1 if any differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "akn")
    args = parser.parse_args(argv)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) is not on the PATH: apt-get install libreoffice-writer-nogui")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        url = _profile(soffice, where)
        jobs: list[str] = []
        cases = []
        drafts = [
            (f"{a} -> {b}", resdiff.parse(args.corpus / a), resdiff.parse(args.corpus / b))
            for a, b in PAIRS
        ]
        drafts += _reordered(resdiff.parse(args.corpus / REORDERED[0]), REORDERED)
        for k, (name, old, new) in enumerate(drafts):
            cmp = resdiff.compare(old, new)
            report = where / f"report{k}.docx"
            data = render_docx(cmp)
            report.write_bytes(data)
            formula = enacting_formula(cmp)
            for mode, draft in (("accept", new), ("reject", old)):
                out = where / f"report{k}-{mode}.txt"
                jobs.append(f"{report}\t{out}\t{mode}")
                cases.append((name, mode, draft, formula, data, out))
        (where / "jobs.txt").write_text("\n".join(jobs) + "\n", encoding="utf-8")
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={url}",
                "--headless",
                f'macro:///Standard.Module1.ConvertList("{where / "jobs.txt"}")',
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        failed = 0
        for name, mode, draft, formula, data, out in cases:
            expected = _paragraphs(full_text(draft, formula))
            ours = _paragraphs(tracked_text(data, mode))  # type: ignore[arg-type]
            lines = _tracked_lines(out.read_text(encoding="utf-8"))
            # An empty paragraph LibreOffice leaves where one vanished holds no text: it
            # is counted, not compared.
            empty = sum(not line.strip() for line in lines)
            office = _paragraphs([line for line in lines if line.strip()])
            results = []
            for who, got in (("LibreOffice", office), ("resdiff XML", ours)):
                same = got == expected
                failed += not same
                results.append(f"{who} {'=' if same else '≠'}")
                if not same:
                    results.append(_first_difference(got, expected))
            annexes = len(draft.annexes)
            notes = len(draft.footnotes)
            print(
                f"{name:52} {mode:6} {len(expected):4} paragraphs, {annexes} annex(es), "
                f"{notes} footnote(s): {'; '.join(results)}"
                + (f" (LibreOffice leaves {empty} empty paragraph(s))" if empty else "")
            )
        print(f"{len(cases) * 2 - failed}/{len(cases) * 2} texts equal the drafts' full text")
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
