"""What a kept clause covers, widened or narrowed, sorted by the FORM of the change, against
the provisions the judges call reworded or unchanged (issue 9 §1, §3; RESULTS.md §2do).

For every judged item whose two provisions resdiff pairs as the judges do, the word redline
of the two texts (``difflib`` over words and punctuation) is read for the drafting forms by
which what an ask, a censure or a mandate covers grows or shrinks inside a kept clause
(:func:`forms`):

- ``enumeration item``: a short run (at most :data:`ITEM_WORDS` content words) put in or
  taken out beside a list separator ("attacks[+, threats and intimidation+]");
- ``examples``: a run opened by "including", "in particular", "such as", "notably", ...
  ("[-including those involving targeted attacks against civilians, ...-]");
- ``scope word``: "all", "any", "every", "each", "entire", "whole" put in or taken out
  alone or for a determiner, or a territorial run ("throughout the territory of ...");
- ``task``: a run that is one more infinitive ("and to report ...", ", to assist ...");
- ``object replaced``: a short run for a short run ("the FGS" → "the Somali authorities");
- ``other run``: a longer run put in or taken out (a clause, a new limb), and ``rewrite``,
  a long run for a long run;
- ``reference``: a run put in or taken out that cites a resolution, a paragraph or a
  document, or holds a year ("and 2548 (2020)", "as set out in paragraph 34 of ..."):
  where the clause stands, not what it covers, and counted for neither side.

Each form is signed: ``put in`` (what the clause covers may be wider) or ``taken out``
(narrower). The tool then counts each form among the directed provisions resdiff misses
(judged softened or strengthened, read reworded or mixed) and among the counter-class
(judged reworded or unchanged, read reworded or mixed: where a rule reading the form would
turn the verdict), apart for provisions where the form is the only change (``sole``), and
by the clause's lead (a censure or concern, an ask, or other). Last, for each signed form,
the precision a rule reading it would have where resdiff reads reworded or mixed: a form
put in read as stronger, taken out as softer. A form as common in the counter-class as in
the directed provisions is no signal.

    python benchmarks/scope_forms.py --half even [--list FORM] [--json rows.json]
    python benchmarks/scope_forms.py --load rows.json --half even

The judges' files are the truth; the forms are read from the words only. Tune on the even
half (``--half even``); the odd half's lists are not for reading.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judged

import resdiff

#: The judged kinds of a direction, and the reading a signed form would give.
DIRECTED = ("softened", "strengthened")
#: The counter-class: provisions the judges call neither softer nor stronger nor mixed.
COUNTER = ("reworded", "unchanged")
#: resdiff's kinds on which a rule reading a form would turn the verdict.
MISSED = ("reworded", "mixed")
#: At most this many content words make a run an item of a list, not a clause.
ITEM_WORDS = 8
#: A replaced run of at most this many tokens on each side is an object replaced.
SHORT_RUN = 6

# Words and punctuation, each a token (linear: no nested repeats).
_TOKEN = re.compile(r"\w[\w'’-]*|[^\w\s]")
#: Grammar words and punctuation, not counted as content.
_GRAMMAR = frozenset(
    {
        *("the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "by", "with", "its"),
        *("their", "his", "her", "as", "at", "from", "that", "this", "these", "those", "be"),
        *("is", "are", "which", ",", ";", ".", ":", "(", ")", "“", "”", '"', "'"),
    }
)
_SEPARATORS = frozenset({",", ";", "and", "or"})
_SCOPE_WORDS = frozenset({"all", "any", "every", "each", "entire", "whole"})
_EXAMPLE_OPENERS = (
    "including",
    "in particular",
    "particularly",
    "notably",
    "especially",
    "such as",
    "with a particular focus",
    "with particular attention",
)
_TERRITORY = re.compile(
    r"\b(?:throughout|across)\s+(?:the|its|all)\b|\bin\s+all\s+(?:parts|areas|regions)\b", re.I
)
# A resolution, paragraph or document cited, or a date: a run holding one is a reference.
_REFERENCE = re.compile(
    r"\bresolutions?\b|\bparagraphs?\s+\d|\b(?:19|20)\d\d\b|\bS\s*/\s*\d|\bas\s+set\s+out\s+in\b",
    re.I,
)
# The lead of a provision, by its first words: a censure or concern, or an ask. A study's
# approximation (resdiff's own ladders are in the lexicon); both texts must agree.
_CENSURE = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:condemn|deplor|concern|alarm|regret|denounc|indignant|distress"
    r"|anxi|disturb|dismay|shock)",
    re.I,
)
_ASK = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:request|call|urg|demand|decid|encourag|invit|appeal|insist"
    r"|direct|authori[sz]|reiterat)",
    re.I,
)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in _GRAMMAR]


def _run_form(run: list[str], before: list[str], after: list[str]) -> str:
    """The form of a run put in or taken out with nothing in its place."""
    low = [w.lower() for w in run]
    text = " ".join(low).lstrip(", ")
    content = [w.lower() for w in _content(run)]
    if _REFERENCE.search(text):
        # A citation or a date says where the clause stands or when, not what it covers
        # (resdiff's reach rule sets them aside as well): not counted for either side.
        return "reference"
    if any(text.startswith(opener) for opener in _EXAMPLE_OPENERS):
        return "examples"
    if set(content) <= _SCOPE_WORDS or (_TERRITORY.search(text) and len(content) <= ITEM_WORDS):
        return "scope word"
    stripped = [w for w in low if w not in (",", "and")]
    if stripped[:1] == ["to"] and len(content) >= 2:
        return "task"
    near = {w.lower() for w in before[-1:] + after[:1] + run[:1] + run[-1:]}
    if near & _SEPARATORS and len(content) <= ITEM_WORDS:
        return "enumeration item"
    return "other run"


def forms(old: str, new: str) -> list[tuple[str, str]]:
    """The signed forms of the word redline of ``old`` → ``new``: (form, quoted run), each
    form ``"<name> put in"`` or ``"<name> taken out"`` (``object replaced``, ``rewrite`` and
    ``reference`` unsigned). Runs of grammar words alone are skipped."""
    a, b = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(
        None, [w.lower() for w in a], [w.lower() for w in b], autojunk=False
    )
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        gone, come = a[i1:i2], b[j1:j2]
        if not _content(gone) and not _content(come):
            continue
        if _content(gone) and _content(come):
            if len(gone) <= SHORT_RUN and len(come) <= SHORT_RUN:
                scope_in = bool(_SCOPE_WORDS & {w.lower() for w in come})
                scope_out = bool(_SCOPE_WORDS & {w.lower() for w in gone})
                if scope_in != scope_out:
                    sign = "put in" if scope_in else "taken out"
                    out.append((f"scope word {sign}", f"{' '.join(gone)} → {' '.join(come)}"))
                else:
                    out.append(("object replaced", f"{' '.join(gone)} → {' '.join(come)}"))
            else:
                out.append(("rewrite", ""))
            continue
        run, sign = (come, "put in") if _content(come) else (gone, "taken out")
        form = _run_form(run, a[max(0, i1 - 1) : i1], a[i2 : i2 + 1])
        out.append((form if form == "reference" else f"{form} {sign}", " ".join(run)))
    return out


#: The leads :func:`lead_of` tells apart.
LEADS = ("censure or concern", "ask", "other")


def lead_of(old: str, new: str) -> str:
    """``censure or concern``, ``ask`` or ``other``: the lead both texts open with."""
    if _CENSURE.search(old) and _CENSURE.search(new):
        return "censure or concern"
    if _ASK.search(old) and _ASK.search(new):
        return "ask"
    return "other"


def collect(sets: tuple[str, ...]) -> list[dict[str, Any]]:
    """Every judged item of ``sets`` whose provisions resdiff pairs as the judge does:
    both texts, the judged kind (and a second judge's) and resdiff's kind."""
    rows: list[dict[str, Any]] = []
    for pair in judged.open_pairs():
        if pair["set"] not in sets:
            continue
        cmp = resdiff.compare(judged.CORPUS / pair["old"], judged.CORPUS / pair["new"])
        found = {(c.old, c.new): c for c in cmp.changes}
        second = judged.second_kinds(pair["id"])
        for item in pair["judged"]["changes"]:
            if not item["old"] or not item["new"]:
                continue
            key = (tuple(item["old"]), tuple(item["new"]))
            change = found.get(key)
            if change is None:
                continue
            rows.append(
                {
                    "set": pair["set"],
                    "pair": pair["id"],
                    "old": item["old"],
                    "new": item["new"],
                    "judged": item["kind"],
                    "second": second.get(key),
                    "found": change.kind,
                    "old_text": change.old_text,
                    "new_text": change.new_text,
                    "reason": item.get("reason", ""),
                }
            )
    return rows


def signed(rows: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], set[str], bool]]:
    """Each row with the set of its forms and whether it holds one form only (``sole``)."""
    for r in rows:
        found = {f for f, _ in forms(r["old_text"], r["new_text"])}
        yield r, found, len(found) == 1


def table(rows: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    """By form: the directed provisions resdiff misses (``softened``, ``strengthened``,
    ``... sole``) and the counter-class resdiff reads reworded or mixed (``counter``,
    ``counter sole``), each also by lead (``... | <lead>``)."""
    out: dict[str, Counter[str]] = {}
    for r, found, sole in signed(rows):
        if r["found"] not in MISSED:
            continue
        if r["judged"] in DIRECTED:
            column = r["judged"]
        elif r["judged"] in COUNTER:
            column = "counter"
        else:
            continue
        lead = lead_of(r["old_text"], r["new_text"])
        for f in found:
            tally = out.setdefault(f, Counter())
            tally[column] += 1
            tally[f"{column} | {lead}"] += 1
            if sole:
                tally[f"{column} sole"] += 1
    return out


def precision(rows: list[dict[str, Any]]) -> dict[str, tuple[int, int, int, int]]:
    """For each signed form, where resdiff reads reworded or mixed: how many provisions a
    rule reading it (put in → strengthened, taken out → softened) would call right, of how
    many it would touch; then the same for provisions holding that form only."""
    out: dict[str, list[int]] = {}
    for r, found, sole in signed(rows):
        if r["found"] not in MISSED:
            continue
        for f in found:
            if not f.endswith(("put in", "taken out")):
                continue
            want = "strengthened" if f.endswith("put in") else "softened"
            counts = out.setdefault(f, [0, 0, 0, 0])
            counts[1] += 1
            counts[0] += r["judged"] == want
            if sole:
                counts[3] += 1
                counts[2] += r["judged"] == want
    return {f: (c[0], c[1], c[2], c[3]) for f, c in out.items()}


def report(rows: list[dict[str, Any]], label: str) -> None:
    """Print the form table, the leads of the directed rows, and each form's precision."""
    directed = [r for r in rows if r["judged"] in DIRECTED and r["found"] in MISSED]
    counter = [r for r in rows if r["judged"] in COUNTER and r["found"] in MISSED]
    print(
        f"{label}: {len(rows)} paired items; directed and missed {len(directed)}; "
        f"counter-class read reworded or mixed {len(counter)}"
    )
    tallies = table(rows)
    print(
        f"\n  {'form':34} {'soft':>5} {'strong':>6} {'sole':>5} | {'counter':>7} {'sole':>5}"
        "   (directed: censure / ask / other)"
    )
    for f in sorted(tallies, key=lambda k: -(tallies[k]["softened"] + tallies[k]["strengthened"])):
        t = tallies[f]
        sole = t["softened sole"] + t["strengthened sole"]
        leads = " / ".join(
            str(t[f"softened | {lead}"] + t[f"strengthened | {lead}"]) for lead in LEADS
        )
        print(
            f"  {f:34} {t['softened']:5} {t['strengthened']:6} {sole:5} | "
            f"{t['counter']:7} {t['counter sole']:5}   ({leads})"
        )
    print(
        "\n  a rule reading the form (put in → strengthened, taken out → softened), where "
        "resdiff reads reworded or mixed: right / touched (sole: right / touched)"
    )
    for f, (right, touched, sole_right, sole_touched) in sorted(precision(rows).items()):
        share = right / touched if touched else 0.0
        print(
            f"  {f:34} {right:4} / {touched:4} ({share:.2f})   sole {sole_right} / {sole_touched}"
        )
    print("\n  the same by the clause's lead: right / touched")
    for lead in LEADS:
        found = precision([r for r in rows if lead_of(r["old_text"], r["new_text"]) == lead])
        cells = ", ".join(f"{f} {a}/{b}" for f, (a, b, _, _) in sorted(found.items()))
        print(f"  {lead}: {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument("--load", type=Path, help="read the rows --json wrote")
    parser.add_argument("--list", metavar="FORM", help="print the rows holding this form")
    args = parser.parse_args(argv)
    if not judged.CORPUS.is_dir() and not args.load:
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    odd = args.half == "odd"
    sets = tuple(n for n in judged.SETS if judged.SETS.index(n) % 2 == odd)
    rows = json.loads(args.load.read_text(encoding="utf-8")) if args.load else collect(sets)
    rows = [r for r in rows if r["set"] in sets]
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    if args.list:
        for r in rows:
            hits = [run for f, run in forms(r["old_text"], r["new_text"]) if f == args.list]
            if hits and r["found"] in MISSED and r["judged"] in DIRECTED + COUNTER:
                print(
                    f"- {r['pair']} {'+'.join(r['old'])} → {'+'.join(r['new'])}: judged "
                    f"{r['judged']}, resdiff {r['found']}: {' | '.join(hits)[:300]}"
                )
    report(rows, f"{args.half} half")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
