"""Every "READER:" note of the judges (``judged/*.json`` and ``judged/second/*.json``),
re-checked on the engine at hand: what each note names, sorted by cause, whether the
provisions it names still read so, and what resdiff gets wrong on the items they annotate.

    python benchmarks/reader_notes.py [--half even|odd] [--set NAME ...] [--list] [--tsv FILE]

A note is sorted by the words it uses (:data:`CAUSES`, first match wins) into a paragraph
cut or joined wrongly, a label damaged ("(6)" for "(b)"), a citation or symbol damaged
("387 1976)", "587 (1991)" for 687, "$/25240"), a lead word damaged ("Reguests",
"| Demands"), a footnote mark glued into the text, punctuation (a final "," or ":" for
";", a full stop for a comma), letters ("ail", "authonzed") or other. For a footnote mark,
the numbers the note names (one to three digits, in quotes or after "trailing", "number",
"marker", "footnote") are looked for in the texts of the provisions the item names, as
``parse`` reads them now: a number standing as a word of its own, not after "resolution",
"paragraph", "Add." and the like and not before a month or a bracket, is "still there"
(each such hit to be read by hand: "of 3, 11 and 22 March" is a date, not a call). Notes
of the other causes are listed for reading by hand: the script says what the provisions
read now, not whether that is right.

For the first judges' items that ``judged.py`` scores (an item its judge marked wrongly
paired is not), the costs are ``judged.score_comparison`` on the pair's comparison with
that item alone: the kind, the pairing, and the named shifts ``judged.shift_problem``
calls wrong; they are summed by cause, and ``--list`` prints every item resdiff gets
wrong. A wrong item is not a misreading's cost until the misreading is shown to cause it
(RESULTS §2dj repaired the prints by hand to tell). Sets being judged blind (any set
``judged.SETS`` does not list yet) are skipped.
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
from resdiff.model import Clause, Comparison, Draft  # noqa: E402

#: Causes, by the words of the note (first match wins, in this order; all bounded, no
#: nested repeats). A note naming two misreadings ("'Haying' is 'Having'; footnote
#: numbers 3 and 4 glued in") is counted under the first cause listed here.
CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "paragraph cut or joined",
        re.compile(
            r"run together|read into (?:old |new )?(?:OP|PP|the end|\()|glued (?:on)?to (?:OP|PP)"
            r"|glued (?:on)?to the end of (?:OP|PP|\(|both)|two (?:preambular )?paragraphs"
            r"|one paragraph|not a paragraph|not a provision|not a recital|part (?:label|heading)"
            r"|heading|quoted|quotation|opening statement|enacting formula|lead-in"
            r"|split|is the end of|lost the opening|loses the opening|closing clause|closing line"
            r"|read as (?:a )?(?:separate|new|own)|paragraph of its own|own paragraph"
            r"|made the reader|the reader glued|read as operative|closing words"
            r"|numbers this paragraph|cut in two|glued to \(e\)|lacks 'The Security Council"
            r"|took the recital for",
            re.IGNORECASE,
        ),
    ),
    (
        "label damaged",
        re.compile(
            r"'\((?:6|1|2|ad|a)\)'|sub-?paragraph '?\(|\(6\)|label|nested|sub-items"
            r"|misnumbered|mislabelled|'3 \(6\)'",
            re.IGNORECASE,
        ),
    ),
    (
        "citation damaged",
        # A quoted citation, date or symbol with a slip: "'387 1976)'", "'587 (1991)'",
        # "'70S'", "'S11 (1982)'", "'$/25240'", "'Add.1l'", "'i993'", "'il August 1949'".
        re.compile(
            r"'[^']{0,30}\d{3}\)[^']{0,30}'|'\d{1,3}S\b|'S\d{2}\b|'[$8]/\d|S\$/|Add\.1l"
            r"|'i\d{3}'|'il [A-Z]|'\d{1,3} \([1I]\)'|'\d{1,4}\(\d{4}\)'|IIT|'IJ'|'63lst'",
        ),
    ),
    (
        "lead word damaged",
        # The word that opens a paragraph, misread ("'Reguests'", "'Haying'", "'faving'",
        # "'| Demands'", "'~—' before 'Requests'", "'Welcome' for 'Welcomes'").
        re.compile(
            r"'(?:Reguests|Haying|faving|Welcome|Express|Calls _on|\| ?Demands|~—)'"
            r"|'\|' before|opens with|before '(?:Demands|Requests)'",
        ),
    ),
    (
        "footnote mark glued",
        # Not "call": in the notes it is the provision's call upon someone ("The call on
        # all other States ... is the same"), never a footnote's call without "footnote".
        re.compile(r"footnote|foot-note|marker|note number|trailing", re.IGNORECASE),
    ),
    (
        "punctuation",
        re.compile(
            r"full stop|comma|semicolon|colon|'[;:,.]'|ends? (?:with|in) '|';\.'"
            r"|'\w+\. \w+' is|resumption\. without|while\. the",
            re.IGNORECASE,
        ),
    ),
    (
        "letters",
        re.compile(r"'[^']{1,40}' (?:is|for|with)|OCR|slip|stray|print reads|scan reads"),
    ),
    ("other", re.compile(r".")),
)

#: The causes whose notes name footnote numbers to look for in the text read now.
NUMBERED = ("footnote mark glued",)

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
    # A sentence also ends after a quoted mark ("the closing ':' is a ';'. The call ...")
    # or a bracketed year ("resolution 338 (1973). Same"): else the next sentence's words
    # sort the note.
    end = re.search(
        r"(?:(?<=[a-z')\]]{2})|(?<=[;:,.!?]')|(?<=\d\)))\. (?=[A-Z'‘(])|; (?=[a-z])", note
    )
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


def cause_of(note: str) -> str:
    """The cause a READER: note names, by its words (:data:`CAUSES`, first match wins)."""
    return next(name for name, pattern in CAUSES if pattern.search(note))


def _footnote_pattern() -> re.Pattern[str]:
    return next(pattern for name, pattern in CAUSES if name == "footnote mark glued")


def _costs(pair: dict[str, Any], cmp: Comparison, item: dict[str, Any]) -> dict[str, int]:
    """What resdiff gets wrong on one judged item, by judged.py's own scoring
    (:func:`judged.score_comparison` on the pair with this item alone): the kind, the
    pairing, and the named shifts judged wrong (:func:`judged.shift_problem`)."""
    counts = judged.Counts()
    alone = {**pair, "judged": {**pair["judged"], "changes": [item]}}
    judged.score_comparison(alone, cmp, counts)
    return {
        "kind wrong": counts.items - counts.kind_right,
        "pairing wrong": counts.items - counts.pairing_right,
        "wrong shifts": counts.wrong_shifts,
        "with a wrong shift": int(counts.wrong_shifts > 0),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tsv", type=Path, help="write every note, one a line, here")
    parser.add_argument(
        "--half",
        choices=("even", "odd"),
        help="only the sets at even or odd places of judged.SETS (tune on the even half)",
    )
    parser.add_argument(
        "--set", action="append", choices=judged.SETS, help="only this set (repeatable)"
    )
    parser.add_argument(
        "--list", action="store_true", help="list every noted item resdiff gets wrong"
    )
    args = parser.parse_args(argv)
    # The sets judged.SETS lists: a set judged blind is the lead's to read (the suffixes
    # of the blind sets of one session, "-h53", "-h54", went stale at the next).
    sets = [
        name
        for name in judged.SETS
        if (args.half is None or judged.SETS.index(name) % 2 == (args.half == "odd"))
        and (not args.set or name in args.set)
    ]
    pairs = {p["id"]: p for p in judged.open_pairs() if p["set"] in sets}
    drafts: dict[str, Draft] = {}
    comparisons: dict[str, Comparison] = {}

    def draft(name: str) -> Draft:
        if name not in drafts:
            drafts[name] = resdiff.parse(CORPUS / name)
        return drafts[name]

    def compared(pair: dict[str, Any]) -> Comparison:
        # As judged.score_pair compares a pair: the same call, so the same verdicts.
        if pair["id"] not in comparisons:
            comparisons[pair["id"]] = resdiff.compare(CORPUS / pair["old"], CORPUS / pair["new"])
        return comparisons[pair["id"]]

    rows: list[dict[str, Any]] = []
    files = sorted(JUDGED.glob("*.json")) + sorted((JUDGED / "second").glob("*.json"))
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        pair_id = data["id"]
        if pair_id not in pairs:
            continue
        pair = pairs[pair_id]
        first = path.parent == JUDGED
        # The items judged.py scores (an item its judge marked wrongly paired is not).
        scored = {str(c["item"]): c for c in pair["judged"]["changes"]} if first else {}
        for change in data["changes"]:
            reason = change.get("reason", "")
            if "READER:" not in reason:
                continue
            note = _reader_note(reason)
            cause = cause_of(note)
            texts = []
            for side in ("old", "new"):
                clauses = {c.ref: c for c in draft(pair[side]).paragraphs}
                texts += [_text(clauses[r]) for r in change.get(side) or () if r in clauses]
            row: dict[str, Any] = {
                "file": str(path.relative_to(JUDGED)),
                "set": pair.get("set", "?"),
                "era": judged.era_of(pair),
                "item": change["item"],
                "old": ",".join(change.get("old") or ()),
                "new": ",".join(change.get("new") or ()),
                "kind": change.get("kind", ""),
                "cause": cause,
                "note": note,
                "state": "",
                "cost": "",
            }
            if cause in NUMBERED or _footnote_pattern().search(note) is not None:
                numbers = _numbers(note)
                left = sorted(n for n in numbers if any(_still(n, t) for t in texts))
                if numbers or cause in NUMBERED:
                    row["state"] = (
                        "no number named"
                        if not numbers
                        else (f"still: {' '.join(left)}" if left else "fixed")
                    )
            item = scored.get(str(change["item"]))
            if item is not None:
                cmp = compared(pair)
                row["costs"] = _costs(pair, cmp, item)
                found = {(c.old, c.new): c.kind for c in cmp.changes}
                got = found.get((tuple(item["old"]), tuple(item["new"])), "(paired otherwise)")
                row["cost"] = "right" if got == item["kind"] else f"resdiff {got}"
                if row["costs"]["wrong shifts"]:
                    row["cost"] += f", {row['costs']['wrong shifts']} wrong shift(s)"
            rows.append(row)
    counts = Counter((r["cause"], r["state"].split(":")[0]) for r in rows)
    print(f"{len(rows)} notes in {len({r['file'] for r in rows})} files")
    for (cause, state), n in sorted(counts.items()):
        print(f"  {cause:24} {state or '(read by hand)':18} {n}")
    keys = ("kind wrong", "pairing wrong", "with a wrong shift", "wrong shifts")
    print("\nfirst judges' scored items, by cause (what resdiff gets wrong now):")
    print(f"  {'cause':24} {'items':>6} {'scanned':>8} " + " ".join(f"{k:>18}" for k in keys))
    for cause, _ in CAUSES:
        mine = [r for r in rows if r["cause"] == cause and "costs" in r]
        if not mine:
            continue
        sums = [sum(r["costs"][k] for r in mine) for k in keys]
        scanned = sum(r["era"] == "scanned" for r in mine)
        print(f"  {cause:24} {len(mine):>6} {scanned:>8} " + " ".join(f"{n:>18}" for n in sums))
    if args.list:
        print("\nnoted items resdiff gets wrong (kind or a wrong named shift):")
        for r in rows:
            if r["cost"] and r["cost"] != "right":
                print(
                    f"- [{r['cause']}] {r['file']} #{r['item']} old {r['old']} new {r['new']}: "
                    f"judged {r['kind']}, {r['cost']} {r['state']}\n    {r['note'][:200]}"
                )
    if args.tsv:
        keys_tsv = ("file", "set", "item", "old", "new", "kind", "cause", "state", "cost", "note")
        lines = ["\t".join(keys_tsv)]
        lines += ["\t".join(str(r[k]).replace("\t", " ") for k in keys_tsv) for r in rows]
        args.tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
