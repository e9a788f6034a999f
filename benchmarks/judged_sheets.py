"""Judging sheets for the hand-judged benchmark: each pair of real texts laid out for a
human judge, item by item, with no verdict of resdiff's in sight.

    .venv/bin/python benchmarks/judged_sheets.py [--out build/judged-sheets] [ID ...]

For every pair in ``benchmarks/judged/pairs.toml`` it writes ``<out>/<id>.md``: the two
resolutions' names and dates, then every top-level provision whose words differ (or that
was added or dropped), as paired by resdiff's aligner, with both whole texts
(sub-paragraphs included) and a word diff to read them by. Provisions kept word for word
are listed in one line each so the judge sees the context. The judge writes
``benchmarks/judged/<id>.json`` (format in ``benchmarks/judged/README.md``).

The sheets hold real text, so they are written under ``build/`` (ignored by git) and never
committed: the corpus stays in ``../shared``.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "akn"
sys.path.insert(0, str(ROOT))

import resdiff  # noqa: E402
from resdiff.model import Change, Clause, Draft  # noqa: E402


def load_pairs() -> list[dict[str, str]]:
    """The benchmark's pairs, in file order."""
    with (HERE / "judged" / "pairs.toml").open("rb") as handle:
        return list(tomllib.load(handle)["pair"])


def _block(draft: Draft, refs: tuple[str, ...]) -> str:
    lines: list[str] = []
    for ref in refs:
        clause = draft.clause(ref)
        lines.extend(_clause_lines(clause, 0))
    return "\n".join(lines)


def _clause_lines(clause: Clause, depth: int) -> list[str]:
    pad = "    " * depth
    label = f"{clause.ref}: " if depth == 0 else f"{clause.label or ''} "
    out = [f"{pad}> {label}{clause.text}"]
    for child in clause.children:
        out.extend(_clause_lines(child, depth + 1))
    return out


def _diff(old: str, new: str) -> str:
    from resdiff.redline import redline

    parts = []
    for op, text in redline(old, new):
        if op == 0:
            parts.append(text)
        elif op < 0:
            parts.append(f"[-{text}-]")
        else:
            parts.append(f"{{+{text}+}}")
    return "".join(parts)


def _full(draft: Draft, refs: tuple[str, ...]) -> str:
    return " ¶ ".join(draft.clause(r).full_text() for r in refs)


def sheet(pair: dict[str, str]) -> str:
    """The Markdown sheet of one pair."""
    old = resdiff.parse(CORPUS / pair["old"])
    new = resdiff.parse(CORPUS / pair["new"])
    cmp = resdiff.compare(old, new)
    out = [
        f"# Judging sheet: {pair['id']}",
        "",
        f"Regime: {pair['regime']}",
        "",
        f"- OLD: {old.symbol} ({old.date}), {len(old.preamble)} preambular, "
        f"{len(old.operative)} operative paragraphs",
        f"- NEW: {new.symbol} ({new.date}), {len(new.preamble)} preambular, "
        f"{len(new.operative)} operative paragraphs",
        "",
        "Items are listed in the new text's order (dropped ones where they stood).",
        "`=` lines were kept word for word and need no judgement.",
        "",
    ]
    item = 0
    for change in cmp.changes:
        if change.kind == "unchanged":
            out.append(f"= old {'+'.join(change.old)} = new {'+'.join(change.new)} (same words)")
            continue
        item += 1
        out.extend(_item(item, change, old, new))
    return "\n".join(out) + "\n"


def _item(item: int, change: Change, old: Draft, new: Draft) -> list[str]:
    old_refs = list(change.old)
    new_refs = list(change.new)
    head = f"## Item {item}: old {old_refs or '—'} → new {new_refs or '—'}"
    lines = ["", head, "", f'`"old": {_json(old_refs)}, "new": {_json(new_refs)}`', ""]
    if change.old:
        lines += ["OLD:", "", _block(old, change.old), ""]
    else:
        lines += ["OLD: (nothing: the provision is new)", ""]
    if change.new:
        lines += ["NEW:", "", _block(new, change.new), ""]
    else:
        lines += ["NEW: (nothing: the provision was dropped)", ""]
    if change.old and change.new:
        lines += [
            "WORD DIFF ([-deleted-] {+inserted+}):",
            "",
            _diff(_full(old, change.old), _full(new, change.new)),
            "",
        ]
    return lines


def _json(refs: list[str]) -> str:
    return "[" + ", ".join(f'"{r}"' for r in refs) + "]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", nargs="*", help="pair ids (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "judged-sheets")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: the corpus folder {CORPUS} is absent", file=sys.stderr)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for pair in load_pairs():
        if args.ids and pair["id"] not in args.ids:
            continue
        path = args.out / f"{pair['id']}.md"
        path.write_text(sheet(pair), encoding="utf-8")
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
