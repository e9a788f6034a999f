"""Parse every scanned resolution of ``../shared/corpus/scanned`` and report.

Prints how many files parse, how many lose no word, and how many give warnings, by
warning code::

    .venv/bin/python benchmarks/scanned_report.py [-v]

``-v`` lists every warning.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from resdiff.errors import ResolutionParseError  # noqa: E402
from resdiff.read.checks import accounted, lost_words  # noqa: E402
from resdiff.read.text import parse_text  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "scanned"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not files:
        print(f"scanned corpus not found at {CORPUS}")
        return 2
    parsed = lossless = with_warnings = 0
    files_by_code: Counter[str] = Counter()
    warnings_by_code: Counter[str] = Counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        try:
            draft = parse_text(text, path=path.name)
        except ResolutionParseError as exc:
            print(f"{path.name}: {exc}")
            continue
        parsed += 1
        if accounted(text, draft):
            lossless += 1
        else:
            print(f"{path.name}: lost {lost_words(text, draft)[:10]}")
        codes = Counter(w.code for w in draft.warnings)
        if codes:
            with_warnings += 1
        files_by_code.update(set(codes))
        warnings_by_code.update(codes)
        if verbose:
            for warning in draft.warnings:
                print(f"{path.name}:{warning}")
    print(f"{'files':<22}{len(files):>6}")
    print(f"{'parsed':<22}{parsed:>6}")
    print(f"{'no word lost':<22}{lossless:>6}")
    print(f"{'with warnings':<22}{with_warnings:>6}")
    print()
    print(f"{'warning code':<22}{'files':>6}{'warnings':>10}")
    for code, count in files_by_code.most_common():
        print(f"{code:<22}{count:>6}{warnings_by_code[code]:>10}")
    return 0 if parsed == lossless == len(files) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
