"""Agreement of the plain-text reader with the AKN reader on the real AKN corpus.

For each file of ``../shared/corpus/akn``: parse the XML, render it as text copied from
the PDF (``tests/akn_render.py``), parse the text, and compare the preambular count, the
operative count and the sub-paragraph refs. Prints one line per file and the agreement
rate::

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

from akn_render import Structure, differences, render_pdf_text  # noqa: E402

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

    agree = 0
    rows: list[tuple[str, str]] = []
    start = time.perf_counter()
    for path in files:
        expected = Structure.of(parse_akn(path.read_text(encoding="utf-8"), path=str(path)))
        try:
            got = Structure.of(parse_text(render_pdf_text(path), path=path.name))
            diffs = differences(expected, got)
        except Exception as exc:  # a crash is a disagreement worth listing
            diffs = [f"text reader raised {type(exc).__name__}: {exc}"]
        if diffs:
            rows.append((path.name, "; ".join(diffs)))
        else:
            agree += 1
            if verbose:
                rows.append((path.name, "agree"))
    elapsed = time.perf_counter() - start

    width = max((len(name) for name, _ in rows), default=10)
    for name, what in rows:
        print(f"{name:<{width}}  {what}")
    total = len(files)
    print()
    print(f"{'files':<10}{total:>6}")
    print(f"{'agree':<10}{agree:>6}")
    print(f"{'disagree':<10}{total - agree:>6}")
    print(f"{'rate':<10}{agree / total:>6.1%}   ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
