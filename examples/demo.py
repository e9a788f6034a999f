"""The resdiff demo: read the three 2006 example drafts, print their outlines, compare
them, and write HTML, Markdown and JSON reports. Run it with ``make demo``."""

from __future__ import annotations

import sys
from pathlib import Path

import resdiff
from resdiff.render import render, render_text

HERE = Path(__file__).resolve().parent
DRAFTS = HERE / "dprk-2006"
OUT = HERE.parent / "out" / "dprk-2006"

PAIRS = [
    ("japan-draft", "china-russia-draft", "the rival draft"),
    ("japan-draft", "adopted-compromise", "the adopted compromise"),
    ("china-russia-draft", "adopted-compromise", "the adopted compromise"),
]


def rule(title: str) -> None:
    print()
    print(title)
    print("=" * len(title))


def main() -> int:
    drafts = {path.stem: resdiff.parse(path) for path in sorted(DRAFTS.glob("*.txt"))}
    for name, draft in drafts.items():
        rule(f"Outline of {name}.txt")
        print(draft.outline())
        for warning in draft.warnings:
            print(f"  warning: {warning}")

    OUT.mkdir(parents=True, exist_ok=True)
    for old, new, what in PAIRS:
        cmp = resdiff.compare(drafts[old], drafts[new])
        rule(f"{old} → {new} ({what})")
        print(render_text(cmp, only_changes=True))
        stem = f"{old}--{new}"
        for fmt, suffix in (("html", "html"), ("md", "md"), ("json", "json")):
            (OUT / f"{stem}.{suffix}").write_text(render(cmp, fmt) + "\n", encoding="utf-8")

    rule("Reports")
    for path in sorted(OUT.iterdir()):
        print(f"  {path.relative_to(HERE.parent)}")
    print(
        f"\nOpen {(OUT / 'japan-draft--adopted-compromise.html').relative_to(HERE.parent)}"
        " in a browser for the redline."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
