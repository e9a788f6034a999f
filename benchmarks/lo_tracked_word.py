"""A Word file made by another tool than ours, for each pair of the PDF layouts' harness
(the thirty-third session, branch formats23; not in CI: it needs LibreOffice, about
forty seconds).

Each pair's two AKN texts become one OpenDocument text with LibreOffice's automatic
numbering (a list style) and the change from the first to the second recorded as
LibreOffice records tracked changes (``tests/odt_tracked.py``: insertions, deletions,
paragraphs added and dropped, one paragraph moved where one can be, a change inside a
made-up footnote, a comment), which LibreOffice saves as ``.docx``. Both versions are
read (``version="original"`` and ``"accepted"``) and set against the plain text of each
(the list style's numbers, the footnote's call kept after the first recital, as the
Word reader keeps a call): provisions read right, words lost and added, the footnote's
words; the two compared against the plain-text pair: verdicts, direction, key changes,
moves. ::

    PYTHONPATH=. python benchmarks/lo_tracked_word.py [--one-time] [--detail]

``--one-time``: every change at one time (edits of one sitting), where LibreOffice joins
an insertion ending a paragraph with a paragraph inserted after it (see the module
``tests/odt_tracked.py``).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import odt_tracked as odt  # noqa: E402
import pdf_layouts  # noqa: E402
from pdf_fixtures import document_from_akn  # noqa: E402

import resdiff  # noqa: E402
from resdiff.read import load  # noqa: E402

NOTE = ("See S/2019/608.", "See S/2019/608 and S/2020/45, annex.")


def _units(name: str) -> list[odt.Unit]:
    doc = document_from_akn(pdf_layouts.CORPUS / f"{name}.xml")
    return odt.units(doc.blocks, doc.title)


def main() -> None:
    """Print each pair's figures and the totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one-time", action="store_true")
    parser.add_argument("--detail", action="store_true", help="print each provision missed")
    args = parser.parse_args()
    if not pdf_layouts.CORPUS.is_dir():
        raise SystemExit(f"the real-text corpus is not at {pdf_layouts.CORPUS}")
    total = collections.Counter[str]()
    for pair, (old_name, new_name) in pdf_layouts.PAIRS.items():
        new = _units(new_name)
        old = odt.moved(_units(old_name), new)
        fodt = odt.tracked_odt(
            old, new, note=NOTE, comment="Please keep the old date.", one_time=args.one_time
        )
        docx = odt.to_docx(fodt)
        figures = collections.Counter[str]()
        drafts = []
        for version, units, note in (("original", old, NOTE[0]), ("accepted", new, NOTE[1])):
            text = odt.plain_text(odt.noted(units))
            ref = load(text.encode("utf-8"), path="reference.txt")
            draft = load(docx, path=f"{pair}.docx", version=version)
            drafts.append((ref, draft))
            right, of, lost, added = pdf_layouts._provisions(ref, draft)
            figures.update(provisions=right, of=of, lost=lost, added=added)
            figures["notes"] += [n.text for n in draft.footnotes] == [note]
            if args.detail:
                a = {c.ref: pdf_layouts._norm(c.text) for c in ref.walk()}
                b = {c.ref: pdf_layouts._norm(c.text) for c in draft.walk()}
                for ref_id, words in a.items():
                    if b.get(ref_id) != words:
                        print(
                            f"  {pair} {version} {ref_id}: {words[-60:]!r} | {b.get(ref_id)!r:.80}"
                        )
        plain = resdiff.compare(drafts[0][0], drafts[1][0])
        tracked = resdiff.compare(drafts[0][1], drafts[1][1])
        a, b = pdf_layouts._verdicts(plain), pdf_layouts._verdicts(tracked)
        figures["verdicts"] = sum(1 for k, v in a.items() if b.get(k) == v)
        figures["verdicts of"] = len(a)
        figures["directions"] = plain.summary.direction == tracked.summary.direction
        ka = [str(k.model_dump()) for k in plain.summary.key_changes]
        kb = [str(k.model_dump()) for k in tracked.summary.key_changes]
        figures["key"] = sum(1 for k in ka if k in kb)
        figures["key of"] = len(ka)
        figures["moves"] = sum(1 for c in tracked.changes if c.moved and c.kind == "unchanged")
        print(pair, dict(figures))
        total.update(figures)
    print("all", dict(total))


if __name__ == "__main__":
    main()
