"""The resdiff demo: read the three 2006 example drafts, print their outlines, compare
them, and write HTML, Markdown and JSON reports. Run it with ``make demo``."""

from __future__ import annotations

import sys
from pathlib import Path

import resdiff
from resdiff.render import render, render_docx, render_text
from resdiff.render.provenance import render_provenance_html, render_provenance_text
from resdiff.render.timeline import render_timeline_html, render_timeline_markdown

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
        (OUT / f"{stem}.docx").write_bytes(render_docx(cmp))

    order = [drafts["japan-draft"], drafts["china-russia-draft"], drafts["adopted-compromise"]]
    timeline = resdiff.history(order, names=["Japan-led", "China-Russia", "Adopted"])
    (OUT / "history.html").write_text(render_timeline_html(timeline), encoding="utf-8")
    (OUT / "history.md").write_text(render_timeline_markdown(timeline), encoding="utf-8")
    origin = resdiff.provenance(
        drafts["adopted-compromise"],
        {"Japan-led": drafts["japan-draft"], "China-Russia": drafts["china-russia-draft"]},
    )
    rule("Whose words survived in the adopted text")
    print(render_provenance_text(origin))
    (OUT / "provenance.html").write_text(render_provenance_html(origin), encoding="utf-8")

    rule("Reports")
    for path in sorted(OUT.iterdir()):
        print(f"  {path.relative_to(HERE.parent)}")
    print(
        f"\nReports written to {OUT.relative_to(HERE.parent)}/ — open "
        "japan-draft--adopted-compromise.html in a browser for the redline, the .docx in Word "
        "or LibreOffice for tracked changes, history.html for the timeline."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
