"""Comparison tables read as two versions (the thirty-fifth session, branch table25).

Made at run time from the real AKN texts of ``../shared/corpus/akn`` (nothing kept):

- **shapes**: for each pair of :data:`PAIRS` (two successive texts of one mandate), a
  comparison table of one row per provision as resdiff aligns them, written with
  python-docx (header "Original text | Proposed text"; no header; a comments column;
  unchanged rows merged across both columns; "Deleted" and "[…]" cells; rows broken
  across a page and the table broken in two) and by LibreOffice from an HTML table
  ("Zero draft | Rev.1"). Each is read with :func:`resdiff.read_comparison_table`:
  the provisions of each version read right (same ref, same words) against the AKN
  text, the words lost and added, and the comparison's verdicts, direction and key
  changes against ``resdiff.compare`` of the two AKN texts.
- **ordinary tables**: every AKN text written to Word with its masthead as a table, each
  list of sub-paragraphs as a table ("(a) | text"), and its operative part laid out in
  two columns of one table (a two-column layout, the hardest ordinary table): no table
  may be taken for a comparison table. ::

    PYTHONPATH=. python benchmarks/comparison_tables.py [--detail FILE]

Needs python-docx (``pip install python-docx``) and, for the LibreOffice shape, soffice.
"""

from __future__ import annotations

import argparse
import collections
import io
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from comparison_shapes import (  # noqa: E402
    PAIRS,
    docx_table,
    html_table,
    html_to_docx,
    libreoffice,
    plain_of,
    rows_of,
)
from pdf_layouts import agreement  # noqa: E402

import resdiff  # noqa: E402
from resdiff.errors import ResdiffError  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "akn"
_WORD = re.compile(r"\w+")

SHAPES = {
    "docx-header": {},
    "docx-no-header": {"header": None},
    "docx-comments": {"comments": True},
    "docx-merged": {"merged": True},
    "docx-markers": {"markers": True},
    "docx-split": {"split": True},
}


def _words(draft: Any) -> collections.Counter[str]:
    return collections.Counter(w.lower() for c in draft.walk() for w in _WORD.findall(c.text))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _provisions(truth: Any, draft: Any) -> tuple[int, int, int, int]:
    a = {c.ref: _norm(c.text) for c in truth.walk()}
    b = {c.ref: _norm(c.text) for c in draft.walk()}
    wa, wb = _words(truth), _words(draft)
    right = sum(1 for k, t in a.items() if b.get(k) == t)
    return right, len(a), sum((wa - wb).values()), sum((wb - wa).values())


def shapes(detail: list[str]) -> dict[str, dict[str, Any]]:
    """Each shape's figures over the pairs (see the module)."""
    soffice = libreoffice()
    figures: dict[str, dict[str, Any]] = {}
    for pair, (a, b) in PAIRS.items():
        old = resdiff.parse(CORPUS / f"{a}.xml")
        new = resdiff.parse(CORPUS / f"{b}.xml")
        truth = resdiff.compare(old, new)
        rows = rows_of(old, new)
        # What each column holds, read as plain text: the reference for its provisions
        # (the AKN reader and the text reader space a few commas differently).
        plain = [
            resdiff.parse(plain_of([line for r in rows for line in side(r)]))
            for side in (lambda r: r.old, lambda r: r.new)
        ]
        made = {name: docx_table(rows, **kw) for name, kw in SHAPES.items()}  # type: ignore[arg-type]
        if soffice:
            made["lo-html"] = html_to_docx(html_table(rows), soffice)
        for name, data in made.items():
            f = figures.setdefault(name, collections.Counter())
            try:
                got_old, got_new = resdiff.read_comparison_table(data, name=f"{pair}.docx")
            except ResdiffError as exc:
                f["errors"] += 1
                detail.append(f"{name} {pair}: ERROR {exc}")
                continue
            for truth_draft, draft, side in (
                (plain[0], got_old, "old"),
                (plain[1], got_new, "new"),
            ):
                right, total, lost, added = _provisions(truth_draft, draft)
                f["right"] += right
                f["total"] += total
                f["lost"] += lost
                f["added"] += added
                if right != total or lost or added:
                    detail.append(
                        f"{name} {pair} {side}: {right}/{total}, lost {lost} added {added}"
                    )
                    a_map = {c.ref: _norm(c.text) for c in truth_draft.walk()}
                    b_map = {c.ref: _norm(c.text) for c in draft.walk()}
                    for ref, text in a_map.items():
                        if b_map.get(ref) != text:
                            detail.append(
                                f"    {ref}: {text[:70]!r} | {str(b_map.get(ref))[:70]!r}"
                            )
            got = resdiff.compare(got_old, got_new)
            agree, of, same, keys, keys_of = agreement(truth, got)
            f["verdicts"] += agree
            f["verdicts_of"] += of
            f["directions"] += same
            f["pairs"] += 1
            f["keys"] += keys
            f["keys_of"] += keys_of
            if agree != of:
                detail.append(f"{name} {pair}: verdicts {agree}/{of}")
    return figures


def ordinary(detail: list[str]) -> dict[str, int]:
    """Every AKN text written to Word with ordinary tables: how many tables, how many
    taken for comparison tables."""
    import docx

    from resdiff.model import Limits
    from resdiff.read.docx.package import _Package
    from resdiff.read.docx.versions import detect

    counts: collections.Counter[str] = collections.Counter()
    for path in sorted(CORPUS.glob("*.xml")):
        draft = resdiff.parse(path)
        document = docx.Document()
        mast = document.add_table(rows=0, cols=2)
        for k in range(0, len(draft.masthead), 2):
            cells = mast.add_row().cells
            cells[0].text = draft.masthead[k]
            cells[1].text = draft.masthead[k + 1] if k + 1 < len(draft.masthead) else ""
        document.add_paragraph(draft.enacting_formula or "The Security Council,")
        for clause in draft.preamble:
            document.add_paragraph(clause.text)
        for clause in draft.operative:
            document.add_paragraph(f"{clause.label or ''} {clause.text}".strip())
            if clause.children:
                table = document.add_table(rows=0, cols=2)
                for child in clause.children:
                    cells = table.add_row().cells
                    cells[0].text = child.label or ""
                    cells[1].text = child.text
        ops = [f"{c.label or ''} {c.text}".strip() for c in draft.operative]
        half = (len(ops) + 1) // 2
        layout = document.add_table(rows=0, cols=2)
        for k in range(half):
            cells = layout.add_row().cells
            cells[0].text = ops[k]
            cells[1].text = ops[half + k] if half + k < len(ops) else ""
        buffer = io.BytesIO()
        document.save(buffer)
        package = _Package(buffer.getvalue(), path.name, Limits())
        root = package.xml(package.main)
        tables = detect(package, "accepted", root)
        counts["texts"] += 1
        counts["tables"] += len(tables)
        found = [t for t in tables if t.is_comparison]
        counts["taken"] += len(found)
        for t in found:
            detail.append(f"ordinary {path.name}: table {t.number} taken ({t.reason})")
    return dict(counts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--detail", help="write each miss to this file")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}")
        return 1
    detail: list[str] = []
    for name, f in shapes(detail).items():
        print(
            f"{name:16} provisions {f['right']}/{f['total']}, words lost/added "
            f"{f['lost']}/{f['added']}, verdicts {f['verdicts']}/{f['verdicts_of']}, "
            f"directions {f['directions']}/{f['pairs']}, key changes {f['keys']}/{f['keys_of']}"
            f", errors {f['errors']}"
        )
    o = ordinary(detail)
    print(f"ordinary tables: {o['texts']} texts, {o['tables']} tables, {o['taken']} taken")
    if args.detail:
        Path(args.detail).write_text("\n".join(detail) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
