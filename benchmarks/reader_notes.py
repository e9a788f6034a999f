"""Every "READER:" note of the judges (``judged/*.json`` and ``judged/second/*.json``),
re-checked on the engine at hand: what each note names, sorted by cause, and whether the
provisions it names still read so.

    python benchmarks/reader_notes.py [--tsv FILE]

A note is sorted by the words it uses (``CAUSES``, first match wins) into a footnote
call, an OCR or print slip, or a matter of structure (a paragraph split, joined, a part's
label or heading, a quotation, a footnote's text). For a footnote call, the numbers the
note names (one to three digits, in quotes or after "trailing", "number", "marker",
"footnote") are looked for in the texts of the provisions the item names, as
``parse`` reads them now: a number standing as a word of its own, not after
"resolution", "paragraph", "Add." and the like and not before a month or a bracket, is
"still there" (each such hit to be read by hand; a number the text itself uses, "paragraph
22", is skipped by those rules, not by sense). Notes of structure and of slips are listed
for reading by hand: the script says what the provisions read now, not whether that is
right. Sets being judged blind (any set ``judged.SETS`` does not list yet: holdout55 and
holdout56 in the twenty-third session) are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
JUDGED = HERE / "judged"
CORPUS = ROOT.parent / "shared" / "corpus" / "akn"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import judged  # noqa: E402

import resdiff  # noqa: E402
from resdiff.model import Clause, Draft  # noqa: E402

#: Causes, by the words of the note (first match wins; all bounded, no nested repeats).
CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "structure",
        re.compile(
            r"run together|read into (?:old |new )?(?:OP|PP|the end|\()|glued (?:on)?to (?:OP|PP)"
            r"|glued (?:on)?to the end of (?:OP|PP|\(|both)|two (?:preambular )?paragraphs"
            r"|one paragraph|not a paragraph|not a provision|not a recital|part (?:label|heading)"
            r"|heading|quoted|quotation|opening statement|enacting formula|lead-in|sub-items"
            r"|misnumbered|mislabelled|labels? of|text of footnote|split|label '2\.' was lost"
            r"|is the end of|lost the opening|loses the opening|closing clause|closing line"
            r"|read as (?:a )?(?:separate|new|own)|paragraph of its own|own paragraph"
            r"|nested|glued to \(|made the reader|the reader glued|read as operative"
            r"|closing words|numbers this paragraph|is misread as '\(",
            re.IGNORECASE,
        ),
    ),
    (
        "footnote call",
        re.compile(r"footnote|foot-note|marker|note number|trailing|call", re.IGNORECASE),
    ),
    ("slip", re.compile(r".")),
)

#: Words after which a number is the text's own ("resolution 22", "paragraph 12").
OWN_BEFORE = re.compile(
    r"(?:resolutions?|paragraphs?|para\.|Add\.|Corr\.|Rev\.|S/|A/|No\.|Nos\.|articles?"
    r"|chapters?|annex|items?|of|and|to|until|by|from|per|some|the|Article|vol\.)\s*$",
    re.IGNORECASE,
)
MONTH_AFTER = re.compile(
    r"^\s*(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|\(|%|per|votes|members|days|months|years|hours|kilometres)",
)
NUMBER = re.compile(r"(?<![\w/.-])(\d{1,3})(?![\w/])")


def _reader_note(reason: str) -> str:
    """The note from "READER:" to the end of its first sentence."""
    note = reason[reason.index("READER:") :]
    end = re.search(r"(?<=[a-z')\]]{2})\. (?=[A-Z'‘(])|; (?=[a-z])", note)
    return note[: end.start() + 1] if end else note


def _numbers(note: str) -> set[str]:
    """The note's footnote numbers: one to three digits, quoted or after a word of note."""
    found = set(re.findall(r"'(\d{1,3})/?'", note))
    found |= set(re.findall(r"(?:trailing|number|marker|footnote|note|call)s? '?(\d{1,3})", note))
    for inside in re.findall(r"(?:numbers?|markers?) \(([^)]{1,40})\)", note):
        found.update(re.findall(r"\b(\d{1,3})\b", inside))
    found |= set(re.findall(r"\bthe (\d{1,3}) after\b", note))
    found |= set(re.findall(r"'\d{4} (\d{1,3})'", note))
    for pair in re.findall(r"'?(\d{1,3})'? ?(?:/|and|->|→) ?'?(\d{1,3})'?", note):
        found.update(pair)
    return {n for n in found if n != "0"}


def _text(clause: Clause) -> str:
    return " ".join([clause.text, *(_text(c) for c in clause.children)])


def _still(number: str, text: str) -> bool:
    for m in NUMBER.finditer(text):
        if m.group(1) != number:
            continue
        before, after = text[max(0, m.start() - 24) : m.start()], text[m.end() : m.end() + 16]
        if OWN_BEFORE.search(before) or MONTH_AFTER.match(after):
            continue
        return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tsv", type=Path, help="write every note, one a line, here")
    args = parser.parse_args()
    # The sets judged.SETS lists: a set judged blind is the lead's to read (the suffixes
    # of the blind sets of one session, "-h53", "-h54", went stale at the next).
    pairs = {p["id"]: p for p in judged.open_pairs()}
    drafts: dict[str, Draft] = {}

    def draft(name: str) -> Draft:
        if name not in drafts:
            drafts[name] = resdiff.parse(CORPUS / name)
        return drafts[name]

    rows: list[dict[str, Any]] = []
    files = sorted(JUDGED.glob("*.json")) + sorted((JUDGED / "second").glob("*.json"))
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        pair_id = data["id"]
        if pair_id not in pairs:
            continue
        pair = pairs[pair_id]
        for change in data["changes"]:
            reason = change.get("reason", "")
            if "READER:" not in reason:
                continue
            note = _reader_note(reason)
            cause = next(name for name, pattern in CAUSES if pattern.search(note))
            texts = []
            for side in ("old", "new"):
                clauses = {c.ref: c for c in draft(pair[side]).paragraphs}
                texts += [_text(clauses[r]) for r in change.get(side) or () if r in clauses]
            row: dict[str, Any] = {
                "file": str(path.relative_to(JUDGED)),
                "set": pair.get("set", "?"),
                "item": change["item"],
                "old": ",".join(change.get("old") or ()),
                "new": ",".join(change.get("new") or ()),
                "cause": cause,
                "note": note,
                "state": "",
            }
            if cause == "footnote call" or (
                cause == "structure" and CAUSES[1][1].search(note) is not None
            ):
                numbers = _numbers(note)
                left = sorted(n for n in numbers if any(_still(n, t) for t in texts))
                row["state"] = (
                    "no number named"
                    if not numbers
                    else (f"still: {' '.join(left)}" if left else "fixed")
                )
            rows.append(row)
    counts = Counter((r["cause"], r["state"].split(":")[0]) for r in rows)
    print(f"{len(rows)} notes in {len({r['file'] for r in rows})} files")
    for (cause, state), n in sorted(counts.items()):
        print(f"  {cause:14} {state or '(read by hand)':18} {n}")
    if args.tsv:
        keys = ("file", "set", "item", "old", "new", "cause", "state", "note")
        lines = ["\t".join(keys)]
        lines += ["\t".join(str(r[k]).replace("\t", " ") for k in keys) for r in rows]
        args.tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
