"""Agreement of the plain-text reader with the AKN reader on the real AKN corpus.

For each file of ``../shared/corpus/akn``: parse the XML, render it as text copied from
the PDF (``tests/akn_render.py``), parse the text, and compare the preambular count, the
operative count and the sub-paragraph refs (the structure), then the headings (their
normalised text and the ref of the clause each stands before). Prints one line per
disagreeing file, the structure agreement rate and the heading agreement rate::

    .venv/bin/python benchmarks/akn_agreement.py [-v]

``-v`` also lists the agreeing files.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from akn_render import (  # noqa: E402
    Structure,
    differences,
    heading_differences,
    render_pdf_text,
)

from resdiff.read.akn import parse_akn  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "akn"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    files = sorted(CORPUS.glob("*.xml")) if CORPUS.is_dir() else []
    if not files:
        print(f"AKN corpus not found at {CORPUS}")
        return 2
    try:
        from resdiff.read.text import parse_text
    except ImportError as exc:
        print(f"the plain-text reader is not available: {exc}")
        return 2

    agree = headings_agree = 0
    headings_total = headings_matched = 0
    rows: list[tuple[str, str]] = []
    heading_rows: list[tuple[str, str]] = []
    start = time.perf_counter()
    for path in files:
        expected = Structure.of(parse_akn(path.read_text(encoding="utf-8"), path=str(path)))
        try:
            got = Structure.of(parse_text(render_pdf_text(path), path=path.name))
            diffs = differences(expected, got)
            heading_diffs = heading_differences(expected, got)
        except Exception as exc:  # a crash is a disagreement worth listing
            got = Structure(0, 0, ())
            diffs = heading_diffs = [f"text reader raised {type(exc).__name__}: {exc}"]
        headings_total += len(expected.headings)
        headings_matched += sum(1 for h in expected.headings if h in got.headings)
        if diffs:
            rows.append((path.name, "; ".join(diffs)))
        else:
            agree += 1
            if verbose:
                rows.append((path.name, "agree"))
        if heading_diffs:
            heading_rows.append((path.name, "; ".join(heading_diffs)))
        else:
            headings_agree += 1
    elapsed = time.perf_counter() - start

    width = max((len(name) for name, _ in rows + heading_rows), default=10)
    if rows:
        print("Structure (PP count, OP count, sub-paragraph refs):")
        for name, what in rows:
            print(f"  {name:<{width}}  {what}")
        print()
    if heading_rows:
        print("Heading disagreements:")
        for name, what in heading_rows:
            print(f"  {name:<{width}}  {what}")
        print()
    total = len(files)
    print(f"{'files':<18}{total:>6}")
    print(f"{'structure agree':<18}{agree:>6}   {agree / total:.1%}")
    print(f"{'headings agree':<18}{headings_agree:>6}   {headings_agree / total:.1%}")
    found = headings_matched / headings_total if headings_total else 1.0
    print(f"{'headings found':<18}{headings_matched:>6}   of {headings_total} ({found:.1%})")
    print(f"{'time':<18}{elapsed:>6.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
