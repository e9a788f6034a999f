"""The hand-judged benchmark: resdiff's verdicts against a drafting expert's on real texts.

Pairs of consecutive Security Council resolutions of the same mandate or sanctions regime
(``benchmarks/judged/pairs.toml``), every changed provision judged by hand with a one-line
reason (``benchmarks/judged/<id>.json``; how they were made is in
``benchmarks/judged/README.md``). Twelve pairs tuned the engine (``dev``); four were set
aside before any tuning (``holdout``), six more once those had been opened
(``holdout2``), and four more judged blind on 30 November and scored once after that
day's tuning (``holdout3``). Each set is reported apart::

    .venv/bin/python benchmarks/judged.py                  # every set, then the targets
    .venv/bin/python benchmarks/judged.py --set dev        # one set
    .venv/bin/python benchmarks/judged.py --disagreements  # + every disagreement
    .venv/bin/python benchmarks/judged.py --json out.json  # + figures as JSON
    .venv/bin/python benchmarks/judged.py --half even      # the sets at even places only

It prints, per set:

- **kind accuracy**: resdiff's kind equals the judge's, over every judged provision, and
  over the paired ones alone (neither added nor dropped); a provision resdiff pairs
  differently counts as wrong;
- **precision and recall** for ``softened`` and for ``strengthened``;
- **wrong named shifts**: the share of resdiff's named shifts that are wrong (rules in
  :func:`shift_problem`: a direction the judge saw no reason for, a value that is a
  fragment of a symbol, citation or date, or two values of different types paired),
  split into the shifts of provisions judged with both texts and those of provisions
  judged added or dropped (where a shift is wrong when the judge denies the addition or
  removal any force);
- **added/dropped effect**: of the provisions judged added or dropped, those to which
  resdiff's weighed shifts give the judged effect (softer, stronger, neutral, mixed):
  the under-calls count too, which the wrong-shift share cannot see;
- **direction**: ``summary.direction`` against the judge's, per pair;
- **pairing**: judged provisions whose pairing resdiff reproduces;
- **key changes borne out**: of the first three key changes of each comparison (what
  every report opens with), the share whose direction the judge's verdict on the same
  provision shares ("mixed" shares both): a key change the judges do not bear out is a
  false headline;
- a **95% interval** for each figure, by resampling whole pairs, beside its target, and a
  **strict precision** that counts as wrong every softened or strengthened verdict on
  provisions the judges paired otherwise (see :func:`intervals`);
- with ``--set all``, the sets pooled, and pooled again for the 2020–2022 texts, the
  scanned texts and the pairs across the two;
- with ``--disagreements``, every provision where the kinds differ, with both reasons,
  and every key change the judges do not bear out.

The judged files are the truth; resdiff is never used to make them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from statistics import quantiles
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
JUDGED = HERE / "judged"
CORPUS = ROOT.parent / "shared" / "corpus" / "akn"
sys.path.insert(0, str(ROOT))

import resdiff  # noqa: E402
from resdiff.model import Change, Comparison, Shift  # noqa: E402

#: The issue's targets, on every set.
TARGETS = {
    "kind_accuracy": 0.90,
    "softened_recall": 0.80,
    "softened_precision": 0.85,
    "strengthened_recall": 0.80,
    "strengthened_precision": 0.85,
    "wrong_shift_share": 0.05,
}

Key = tuple[tuple[str, ...], tuple[str, ...]]
#: The verdicts that say which way a provision moved (``--false-verdicts``).
VERDICTS = ("softened", "strengthened", "mixed")

# Families of shift features: a directional shift of resdiff's is right when the judge
# names a shift of the same direction in the same family (the two vocabularies differ in
# detail: a judge's "new demand" is resdiff's "verb added").
_FAMILIES: dict[str, set[str]] = {
    "force": {
        "verb",
        "lead",
        "modifier",
        "modal",
        "section",
        "demand",
        "clause",
        "degree",
        "emphasis",
    },
    "censure": {"censure", "degree", "modifier", "concern", "clause", "emphasis"},
    "qualifier": {"hedge", "condition", "exemption", "addressee", "modal", "scope"},
    "measure": {
        "measure",
        "measure-mode",
        "lifecycle",
        "mandate",
        "quantity",
        "exemption",
        "use-of-force",
        "scope",
    },
    "flag": {"chapter-vii", "art39", "use-of-force"},
}

# Whole units a named value must not be a fragment of. Written here, apart from the
# library, so the check does not agree with resdiff by construction.
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# A symbol ends in a letter or digit: the full stop after "S/Agenda/8979." ends the
# sentence; "S/Agenda/2329/Rev. 1" is one symbol, its revision (or addendum, corrigendum)
# spaced in print. Only after those words: "document S/10514.\n3 In the absence" ends a
# sentence before a footnote's number, which is no part of the symbol.
_SYMBOL = (
    r"[A-Z]{1,3}(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+"
    r"(?:(?:(?<=Rev)|(?<=Add)|(?<=Corr))\. ?\d+)?(?:\s+\(\d{4}\))?"
)
_UNITS = re.compile(
    rf"\b{_SYMBOL}"
    # 2375 (2017); the Council's first resolutions have one or two digits: 54 (1948).
    r"|\b\d{1,4}\s+\(\d{4}\)"
    rf"|\b\d{{1,2}}\s*{_MONTHS}(?:\s+\d{{4}})?"  # 31 July 2021, as printed "31July 2021"
    rf"|\b{_MONTHS}\s+\d{{4}}"  # July 2021
    r"|\b(?:early|mid|late|end)-\d{4}"  # mid-2022
    r"|\bparagraphs?\s+\d+(?:\s*\([a-z]+\))*"  # paragraph 12 (g)
)


@dataclass
class Counts:
    """What one set adds up to."""

    items: int = 0
    #: Items the judges marked wrongly paired (the sheet's pairing), not scored: see
    #: :func:`_scored`.
    rejected: int = 0
    kind_right: int = 0
    paired_items: int = 0
    paired_right: int = 0
    pairing_right: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    shifts: int = 0
    wrong_shifts: int = 0
    #: The named shifts of provisions judged with an old and a new text, and the wrong
    #: ones among them: the wrong-shift share where both sides hold the words compared
    #: (on an added or dropped provision a shift is wrong when the judges deny that the
    #: addition or removal changes the text's force at all).
    paired_shifts: int = 0
    paired_wrong_shifts: int = 0
    #: Provisions judged added or dropped, and those whose effect resdiff's shifts imply
    #: as the judge does (see :func:`implied_effect`): under-calls counted as well as
    #: over-calls, which the wrong-shift share alone cannot see.
    effects: int = 0
    effects_right: int = 0
    unnamed_shifts: int = 0
    wrong_by_reason: Counter[str] = field(default_factory=Counter)
    directions: list[tuple[str, str, str]] = field(default_factory=list)
    #: The first key changes of each comparison (what every report opens with) and how
    #: many of them a judge's verdict on the same provision bears out.
    key_changes: int = 0
    key_changes_right: int = 0
    key_changes_unjudged: int = 0
    key_misses: list[str] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    shift_examples: list[str] = field(default_factory=list)
    #: resdiff's softened and strengthened verdicts on provisions no judged item pairs
    #: the same way (the judges paired them otherwise): left out of precision, counted
    #: as wrong in the strict precision.
    unlisted_verdicts: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, other: Counts) -> None:
        """Add ``other``'s counts to these (the pooled figures of several sets): every
        field, numbers summed, counters and lists joined."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, Counter):
                mine.update(theirs)
            elif isinstance(mine, list):
                mine.extend(theirs)
            else:
                setattr(self, f.name, mine + theirs)

    def pr(self, kind: str) -> tuple[float, float, int, int]:
        """Precision, recall, found, truth for one kind."""
        truth = sum(v for (t, _), v in self.confusion.items() if t == kind)
        found = sum(v for (_, f), v in self.confusion.items() if f == kind)
        hit = self.confusion[(kind, kind)]
        return (hit / found if found else 1.0, hit / truth if truth else 1.0, found, truth)

    def strict_precision(self, kind: str) -> tuple[float, int]:
        """Precision counting as wrong every verdict of ``kind`` on provisions the judges
        paired otherwise (:attr:`unlisted_verdicts`); the number of such verdicts."""
        _, _, found, _ = self.pr(kind)
        extra = self.unlisted_verdicts[kind]
        hit = self.confusion[(kind, kind)]
        return (hit / (found + extra) if found + extra else 1.0, extra)


def load_pairs() -> list[dict[str, Any]]:
    """Pairs with their judgements, in file order (pairs not yet judged are skipped)."""
    with (JUDGED / "pairs.toml").open("rb") as handle:
        pairs = tomllib.load(handle)["pair"]
    # A judgement file is found by the pair's id, so a repeated id would quietly score
    # one pair against another pair's judgement.
    seen: set[str] = set()
    for pair in pairs:
        if pair["id"] in seen:
            raise ValueError(f"pairs.toml: pair id {pair['id']!r} is listed twice")
        seen.add(pair["id"])
    out = []
    for pair in pairs:
        path = JUDGED / f"{pair['id']}.json"
        if path.exists():
            out.append({**pair, "judged": _scored(json.loads(path.read_text(encoding="utf-8")))})
    return out


def open_pairs() -> list[dict[str, Any]]:
    """The judged pairs of the sets in :data:`SETS`, in file order: a set merged before
    the lead scores it (holdout57 and holdout58 in the twenty-fourth session) is judged
    blind, and a study tool that reads every pair of :func:`load_pairs` would score it,
    print its pairs or train on it (review of the twenty-third session's merge)."""
    return [p for p in load_pairs() if p["set"] in SETS]


#: The second judges' kinds read so far, by the path of their file.
_SECOND_KINDS: dict[Path, dict[Key, str]] = {}


def second_kinds(pair_id: str) -> dict[Key, str]:
    """The kinds a second judge gave the provisions of a pair (``judged/second/<id>.json``,
    the same format as the first judgement), by their old and new refs; empty where no
    second judge read the pair. Beside a disagreement, it tells a judges' split (the
    second judge gives resdiff's kind, or a third) from an engine defect."""
    path = JUDGED / "second" / f"{pair_id}.json"
    known = _SECOND_KINDS.get(path)
    if known is None:
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        known = _SECOND_KINDS[path] = {
            (tuple(c["old"]), tuple(c["new"])): c["kind"] for c in data.get("changes", ())
        }
    return known


def _scored(judged: dict[str, Any]) -> dict[str, Any]:
    """A pair's judgement with the items its judge marked wrongly paired
    (``"pairing": "wrong: ..."``) set apart under ``"rejected"``: each is the sheet's
    pairing of provisions the judge says correspond otherwise, re-judged as one change in
    a ``"corrected: ..."`` item (407 of the 425), or left with no single item where the
    judge found the provision's words spread over several. Scored as well, they would
    ask resdiff for two pairings of the same provisions at once, and a right grouping
    would count as a miss."""
    changes = judged.get("changes", [])
    rejected = [c for c in changes if str(c.get("pairing", "")).startswith("wrong")]
    if not rejected:
        return judged
    kept = [c for c in changes if not str(c.get("pairing", "")).startswith("wrong")]
    return {**judged, "changes": kept, "rejected": rejected}


#: The kinds of text a pair may join, as :func:`era_of` names them.
ERAS = {
    "modern": "modern texts (2020–2022, Akoma Ntoso)",
    "scanned": "scanned texts (1946–1994)",
    "across": "pairs across the two (a scanned text against a modern one)",
}


def era_of(pair: dict[str, Any]) -> str:
    """``modern`` for a pair of the 2020–2022 Akoma Ntoso texts (the issue's own kind of
    pair), ``scanned`` for one of the scanned texts of 1946–1994 (whose paths lead out of
    the AKN folder), ``across`` for a scanned text against a modern one (an appointment
    or a vacancy decided again decades later)."""
    scanned = [str(pair[side]).startswith("..") for side in ("old", "new")]
    return "scanned" if all(scanned) else "across" if any(scanned) else "modern"


def _index(cmp: Comparison) -> dict[Key, Change]:
    return {(c.old, c.new): c for c in cmp.changes}


def _family_of(feature: str) -> set[str]:
    return {name for name, members in _FAMILIES.items() if feature in members}


def _fragment(value: str, texts: list[str]) -> bool:
    """``value`` stands in the texts only inside a longer unit (a symbol, citation or
    date), so naming it alone is a fragment."""
    value = value.strip()
    if not value:
        return False
    seen = False
    for text in texts:
        for m in re.finditer(rf"(?<![\w/]){re.escape(value)}(?![\w/])", text):
            seen = True
            inside = any(
                u.start() <= m.start() and m.end() <= u.end() and (u.end() - u.start()) > len(value)
                for u in _UNITS.finditer(text, max(0, m.start() - 40), m.end() + 40)
            )
            if not inside:
                return False
    return seen


def _unit_type(value: str) -> str:
    v = value.strip()
    if re.fullmatch(_SYMBOL, v):
        return "symbol"
    if re.fullmatch(r"(?:resolutions?\s+)?\d{1,4}\s+\(\d{4}\)", v):
        return "citation"
    # A day glued to its month is a date as printed ("31January 2021", S/RES/2537 (2020)).
    if re.fullmatch(rf"\d{{1,2}}\s*{_MONTHS}(?:\s+\d{{4}})?|{_MONTHS}\s+\d{{4}}", v):
        return "date"
    if re.fullmatch(r"(?:(?:early|mid|late|end)-)?\d{4}", v):
        return "date"
    return "other"


def unnamed(shift: Shift, judged: dict[str, Any]) -> bool:
    """A directional shift in the judged direction whose kind of reason the judge did not
    name (reported apart: not wrong, but not confirmed either)."""
    if shift.direction == "neutral" or judged["kind"] in ("added", "dropped"):
        return False
    return not any(
        s.get("direction") == shift.direction
        and _family_of(shift.feature) & _family_of(str(s.get("feature")))
        for s in judged.get("shifts", [])
    )


def shift_problem(shift: Shift, judged: dict[str, Any], old_text: str, new_text: str) -> str | None:
    """Why a named shift of resdiff's is wrong, or ``None`` when it stands.

    - a softer or stronger shift against the judged kind: any on a provision judged
      reworded or unchanged, a stronger one on a softened provision, a softer one on a
      strengthened provision, or against the judged effect of an added or dropped one;
    - a value that is only a fragment of a longer unit in its text ("309" of S/2021/309);
    - an old and a new value of different unit types paired ("1 → 231").
    """
    kind = judged["kind"]
    if shift.direction != "neutral":
        if kind in ("added", "dropped"):
            effect = judged.get("effect", "neutral")
            if effect != shift.direction and effect != "mixed":
                return f"{shift.direction} shift on a provision judged {kind} ({effect})"
        elif (
            kind in ("reworded", "unchanged")
            or (kind == "softened" and shift.direction == "stronger")
            or (kind == "strengthened" and shift.direction == "softer")
        ):
            return f"{shift.direction} shift on a provision judged {kind}"
    if shift.old and _fragment(shift.old, [old_text]):
        return f"fragment: {shift.old!r}"
    if shift.new and _fragment(shift.new, [new_text]):
        return f"fragment: {shift.new!r}"
    if shift.old and shift.new and shift.feature in ("number", "quantity", "date", "reference"):
        a, b = _unit_type(shift.old), _unit_type(shift.new)
        if a != b:
            return f"unlike values paired: {shift.old!r} ({a}) → {shift.new!r} ({b})"
    return None


def score_pair(pair: dict[str, Any], counts: Counts, *, keep_examples: bool) -> None:
    """Compare one pair and add its figures to ``counts``."""
    start = time.perf_counter()
    cmp = resdiff.compare(CORPUS / pair["old"], CORPUS / pair["new"])
    counts.seconds += time.perf_counter() - start
    score_comparison(pair, cmp, counts, keep_examples=keep_examples)


def score_comparison(
    pair: dict[str, Any], cmp: Comparison, counts: Counts, *, keep_examples: bool = False
) -> None:
    """Add to ``counts`` the figures of ``cmp``, a comparison of ``pair``'s two texts
    however they were read (the AKN files here; their Word and PDF forms in
    ``verdict_formats.py``), against the pair's judgements."""
    judged = pair["judged"]
    counts.rejected += len(judged.get("rejected", ()))
    found = _index(cmp)
    counts.directions.append((pair["id"], judged["direction"], cmp.summary.direction))
    score_key_changes(pair, cmp, counts)
    listed = {(tuple(i["old"]), tuple(i["new"])) for i in judged["changes"]}
    for change in cmp.changes:
        if change.kind in ("softened", "strengthened") and (change.old, change.new) not in listed:
            # A verdict on provisions the judges paired otherwise: no judged item is
            # scored against it, so the precision above never sees it.
            counts.unlisted_verdicts[change.kind] += 1
    for item in judged["changes"]:
        key: Key = (tuple(item["old"]), tuple(item["new"]))
        truth = item["kind"]
        change = found.get(key)
        got = change.kind if change is not None else "(paired otherwise)"
        counts.items += 1
        counts.confusion[(truth, got)] += 1
        right = got == truth
        counts.kind_right += right
        if change is not None:
            counts.pairing_right += 1
        if item["old"] and item["new"]:
            counts.paired_items += 1
            counts.paired_right += right
        if not right:
            counts.disagreements.append(
                {
                    "pair": pair["id"],
                    "item": item.get("item"),
                    "old": item["old"],
                    "new": item["new"],
                    "judged": truth,
                    "found": got,
                    # None where no second judge split the provision alike.
                    "second": second_kinds(pair["id"]).get(key),
                    "reason": item.get("reason", ""),
                    "judge_shifts": [
                        f"{s.get('feature')} {s.get('direction')}: {s.get('what')}"
                        for s in item.get("shifts", [])
                    ],
                    "shifts": [
                        f"[{s.direction}] {s.describe()}"
                        for c in (change.walk() if change is not None else ())
                        for s in c.shifts
                    ],
                }
            )
        if change is None:
            continue
        both = bool(item["old"] and item["new"])
        if truth in ("added", "dropped"):
            counts.effects += 1
            effect = item.get("effect", "neutral")
            implied = implied_effect(change)
            mixed = effect == "mixed" and implied != "neutral"
            counts.effects_right += implied == effect or mixed
        old_text, new_text = change.old_text, change.new_text
        for sub in change.walk():
            for shift in sub.shifts:
                counts.shifts += 1
                counts.paired_shifts += both
                problem = shift_problem(shift, item, old_text, new_text)
                if problem is None and unnamed(shift, item):
                    counts.unnamed_shifts += 1
                if problem is not None:
                    counts.wrong_shifts += 1
                    counts.paired_wrong_shifts += both
                    counts.wrong_by_reason[problem.split(":")[0].split(" shift")[0]] += 1
                    if keep_examples:
                        counts.shift_examples.append(
                            f"{pair['id']} {change.label}: {shift.describe()} — {problem}"
                        )


def implied_effect(change: Change) -> str:
    """The effect resdiff's shifts give a provision added or dropped: the directions of
    its weighed shifts, sub-paragraphs included ("neutral" when none is weighed)."""
    directions = {
        s.direction
        for part in change.walk()
        for s in part.shifts
        if s.direction in ("softer", "stronger") and s.weight
    }
    if len(directions) == 2:
        return "mixed"
    return directions.pop() if directions else "neutral"


#: How many of a comparison's key changes are checked: those a reader sees first.
KEY_CHANGES_CHECKED = 3

#: The direction a judged kind (or an added or dropped provision's effect) states.
_JUDGED_DIRECTION = {
    "softened": "softer",
    "strengthened": "stronger",
    "mixed": "mixed",
    "reworded": "neutral",
    "unchanged": "neutral",
}


def score_key_changes(pair: dict[str, Any], cmp: Comparison, counts: Counts) -> None:
    """The first :data:`KEY_CHANGES_CHECKED` key changes against the judge's verdict on
    the same provision: one is borne out when the judge found the provision changed the
    same way (or both ways, "mixed"). A key change on a provision the judge paired
    otherwise is checked against the judged item that holds its first ref."""
    items = pair["judged"]["changes"]
    by_key = {(tuple(i["old"]), tuple(i["new"])): i for i in items}
    by_old = {r: i for i in items for r in i["old"]}
    by_new = {r: i for i in items for r in i["new"]}
    for key in cmp.summary.key_changes[:KEY_CHANGES_CHECKED]:
        item = by_key.get((key.old, key.new))
        if item is None and key.old:
            item = by_old.get(key.old[0])
        if item is None and key.new:
            item = by_new.get(key.new[0])
        if item is None:
            # A provision no judge listed (kept word for word on the judges' sheet): not
            # scored, but counted, so that headlines moved onto such provisions show.
            counts.key_changes_unjudged += 1
            continue
        truth = _JUDGED_DIRECTION.get(item["kind"]) or item.get("effect")
        counts.key_changes += 1
        if truth in (key.direction, "mixed"):
            counts.key_changes_right += 1
        else:
            counts.key_misses.append(
                f"{pair['id']} {key.label}: resdiff {key.direction} ({key.headline[:80]}), "
                f"judged {item['kind']}{' ' + item['effect'] if item.get('effect') else ''}"
            )


def _print_shift_parts(counts: Counts) -> None:
    paired = counts.paired_wrong_shifts / max(counts.paired_shifts, 1)
    alone = counts.wrong_shifts - counts.paired_wrong_shifts
    print(
        f"  on paired provisions {paired:.3f} ({counts.paired_wrong_shifts}/"
        f"{counts.paired_shifts}); on added or dropped ones "
        f"{alone / max(counts.shifts - counts.paired_shifts, 1):.3f} "
        f"({alone}/{counts.shifts - counts.paired_shifts})"
    )
    print(
        f"added/dropped effect   {counts.effects_right / max(counts.effects, 1):.3f}  "
        f"({counts.effects_right}/{counts.effects}: the direction resdiff's shifts give a "
        "provision added or dropped, against the judged effect)"
    )


def _print_precision_recall(counts: Counts) -> None:
    for kind in ("softened", "strengthened"):
        p, r, nf, nt = counts.pr(kind)
        hit = counts.confusion[(kind, kind)]
        strict, extra = counts.strict_precision(kind)
        print(
            f"{kind:<13} precision {p:.3f} ({hit}/{nf})  recall {r:.3f} ({hit}/{nt})  "
            f"strict precision {strict:.3f} ({hit}/{nf + extra}: {extra} more on provisions "
            "the judges paired otherwise)"
        )


#: Resamples of the pairs behind each 95% interval, and the seed that makes them repeat.
BOOTSTRAP_REPS = 1000
BOOTSTRAP_SEED = 20261204
#: Fewest pairs that must hold a figure's provisions for it to get an interval.
MIN_PAIRS_FOR_INTERVAL = 3


def ratios(counts: Counts) -> dict[str, tuple[int, int]]:
    """Each figure of ``counts`` as (numerator, denominator): what a resample sums."""
    out = {
        "kind_accuracy": (counts.kind_right, counts.items),
        "wrong_shift_share": (counts.wrong_shifts, counts.shifts),
        "direction_agreement": (
            sum(1 for _, t, f in counts.directions if t == f),
            len(counts.directions),
        ),
    }
    for kind in ("softened", "strengthened"):
        _, _, found, truth = counts.pr(kind)
        hit = counts.confusion[(kind, kind)]
        out[f"{kind}_precision"] = (hit, found)
        out[f"{kind}_recall"] = (hit, truth)
        out[f"{kind}_strict_precision"] = (hit, found + counts.unlisted_verdicts[kind])
    return out


def intervals(
    per_pair: list[Counts], reps: int = BOOTSTRAP_REPS, seed: int = BOOTSTRAP_SEED
) -> dict[str, tuple[float, float]]:
    """A 95% interval for each figure, by resampling whole pairs (a cluster bootstrap).

    The provisions of one pair are not independent (one judge, one drafting history, one
    habit of the engine's), so resampling provisions would give intervals far too narrow:
    a set of eight pairs says less than its 300 provisions suggest. Each resample draws as
    many pairs as there are, with replacement, and sums their counts; the interval runs
    from the 2.5th to the 97.5th percentile of the resampled figures. With a handful of
    pairs the percentiles are rough, but they still show how far a set's figure could
    move by chance alone (and percentile intervals from so few pairs tend to be too
    narrow, not too wide).

    A resample whose pairs hold no provision of a figure's kind (no softened one, say)
    has no value for it and is left out; a figure that fewer than
    :data:`MIN_PAIRS_FOR_INTERVAL` pairs hold at all gets no interval, its resamples
    being mostly copies of one or two pairs."""
    rows = [ratios(c) for c in per_pair]
    if not rows:
        return {}
    names = list(rows[0])
    columns = {n: ([r[n][0] for r in rows], [r[n][1] for r in rows]) for n in names}
    rng = random.Random(seed)
    size = len(rows)
    samples: dict[str, list[float]] = {n: [] for n in names}
    for _ in range(reps):
        pick = [rng.randrange(size) for _ in range(size)]
        for n, (nums, dens) in columns.items():
            den = sum(dens[i] for i in pick)
            if den:
                samples[n].append(sum(nums[i] for i in pick) / den)
    out: dict[str, tuple[float, float]] = {}
    for n, values in samples.items():
        held = sum(1 for d in columns[n][1] if d)
        if held >= MIN_PAIRS_FOR_INTERVAL and len(values) >= 2:
            cuts = quantiles(values, n=40, method="inclusive")
            out[n] = (cuts[0], cuts[-1])
    return out


_SHORT = {
    "kind_accuracy": "kind",
    "softened_precision": "softened P",
    "softened_recall": "softened R",
    "strengthened_precision": "strengthened P",
    "strengthened_recall": "strengthened R",
    "softened_strict_precision": "softened strict P",
    "strengthened_strict_precision": "strengthened strict P",
    "wrong_shift_share": "wrong shifts",
    "direction_agreement": "directions",
}


def print_intervals(found: dict[str, tuple[float, float]], pairs: int) -> None:
    """One line of the 95% intervals, each beside the issue's target: "short of" it when
    the whole interval misses it, "meets" it when the whole interval does, "spans" it when
    the target lies inside (chance alone could put the figure on either side)."""
    if not found:
        return
    parts = []
    for name, (lo, hi) in found.items():
        # The strict precision is held to the precision's target.
        target = (
            DIRECTION_TARGET
            if name == "direction_agreement"
            else TARGETS.get(name.replace("_strict", ""))
        )
        mark = ""
        if target is not None:
            if name == "wrong_shift_share":
                missed, met = lo > target, hi <= target
            else:
                missed, met = hi < target, lo >= target
            word = "short of" if missed else "meets" if met else "spans"
            mark = f" ({word} {target:.2f})"
        parts.append(f"{_SHORT.get(name, name)} {lo:.3f}–{hi:.3f}{mark}")
    print(f"95% intervals over the {pairs} pairs (bootstrap): " + "; ".join(parts))


#: The issue's direction target as a share: 11 of 12 pairs.
DIRECTION_TARGET = 11 / 12


def report(name: str, counts: Counts) -> dict[str, float]:
    """Print one set's figures; return them."""
    figures: dict[str, float] = {
        "kind_accuracy": counts.kind_right / counts.items if counts.items else 1.0,
        "paired_kind_accuracy": (
            counts.paired_right / counts.paired_items if counts.paired_items else 1.0
        ),
        "pairing": counts.pairing_right / counts.items if counts.items else 1.0,
        "wrong_shift_share": counts.wrong_shifts / counts.shifts if counts.shifts else 0.0,
    }
    for kind in ("softened", "strengthened"):
        p, r, _, _ = counts.pr(kind)
        figures[f"{kind}_precision"] = p
        figures[f"{kind}_recall"] = r
        figures[f"{kind}_strict_precision"] = counts.strict_precision(kind)[0]
    agree = sum(1 for _, t, f in counts.directions if t == f)
    figures["direction_agreement"] = agree / len(counts.directions) if counts.directions else 1.0
    figures["key_change_agreement"] = (
        counts.key_changes_right / counts.key_changes if counts.key_changes else 1.0
    )
    print(
        f"\n== {name}: {len(counts.directions)} pairs, {counts.items} judged provisions "
        f"({counts.paired_items} paired), compare {counts.seconds:.1f} s in all"
    )
    print(
        f"kind accuracy          {figures['kind_accuracy']:.3f}  "
        f"({counts.kind_right}/{counts.items})"
    )
    print(
        f"  on paired provisions {figures['paired_kind_accuracy']:.3f}  "
        f"({counts.paired_right}/{counts.paired_items})"
    )
    print(
        f"pairing reproduced     {figures['pairing']:.3f}  ({counts.pairing_right}/{counts.items})"
    )
    if counts.rejected:
        print(
            f"  not scored: {counts.rejected} items the judges marked wrongly paired "
            "(the sheet's pairing; their corrections are scored)"
        )
    _print_precision_recall(counts)
    print(
        f"wrong named shifts     {figures['wrong_shift_share']:.3f}  "
        f"({counts.wrong_shifts}/{counts.shifts})"
        + (f"  {dict(counts.wrong_by_reason.most_common(6))}" if counts.wrong_shifts else "")
    )
    _print_shift_parts(counts)
    print(f"  right direction, reason the judge did not name: {counts.unnamed_shifts}")
    print(f"direction agreement    {agree}/{len(counts.directions)}")
    print(
        f"key changes borne out  {figures['key_change_agreement']:.3f}  "
        f"({counts.key_changes_right}/{counts.key_changes}: the first "
        f"{KEY_CHANGES_CHECKED} of each report, against the judge's verdict on the provision;"
        f" {counts.key_changes_unjudged} on provisions no judge listed)"
    )
    for pid, truth, found in counts.directions:
        mark = "  " if truth == found else "✗ "
        print(f"  {mark}{pid:<28} judged {truth:<8} resdiff {found}")
    kinds = ["added", "dropped", "unchanged", "reworded", "softened", "strengthened", "mixed"]
    print("confusion (rows judged, columns resdiff):")
    cols = [*kinds, "(paired otherwise)"]
    print("  " + " " * 13 + " ".join(f"{c[:8]:>8}" for c in cols))
    for t in kinds:
        row = [counts.confusion[(t, c)] for c in cols]
        if any(row):
            print(f"  {t:<13}" + " ".join(f"{v:>8}" for v in row))
    return figures


def report_pooled(counts: Counts, sets: int, label: str | None = None) -> None:
    """Print the figures of every set run, pooled: what one number for the benchmark as a
    whole says (each set is still reported apart above, and its targets checked apart).
    With ``label``: the pairs of one kind of text only, pooled across the sets."""
    agree = sum(1 for _, t, f in counts.directions if t == f)
    what = f"{label}, pooled over the {sets} sets" if label else f"pooled over {sets} sets"
    print(f"\n== {what}: {len(counts.directions)} pairs, {counts.items} provisions")
    print(
        f"kind accuracy          {counts.kind_right / max(counts.items, 1):.3f}  "
        f"({counts.kind_right}/{counts.items}; paired {counts.paired_right}/"
        f"{counts.paired_items}; pairing {counts.pairing_right}/{counts.items}"
        + (
            f"; {counts.rejected} wrongly paired on the sheets, not scored"
            if counts.rejected
            else ""
        )
        + ")"
    )
    _print_precision_recall(counts)
    print(
        f"wrong named shifts     {counts.wrong_shifts / max(counts.shifts, 1):.3f}  "
        f"({counts.wrong_shifts}/{counts.shifts})"
    )
    _print_shift_parts(counts)
    print(f"direction agreement    {agree}/{len(counts.directions)}")
    print(
        f"key changes borne out  {counts.key_changes_right / max(counts.key_changes, 1):.3f}  "
        f"({counts.key_changes_right}/{counts.key_changes})"
    )


#: The sets of pairs.toml, in the order they were judged (each reported apart).
SETS = (
    "dev",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "tune5",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout37",
    "holdout38",
    "holdout39",
    "holdout40",
    "holdout41",
    "holdout42",
    "holdout43",
    "holdout44",
    "holdout45",
    "holdout46",
    "holdout47",
    "holdout48",
    "holdout49",
    "holdout50",
    "holdout51",
    "holdout52",
    "holdout53",
    "holdout54",
    "holdout55",
    "holdout56",
    "holdout57",
    "holdout58",
    "holdout59",
    "holdout60",
    "holdout61",
    "holdout62",
    "holdout63",
    "holdout64",
    "holdout65",
    "holdout66",
    "holdout67",
    "holdout68",
    "holdout69",
    "holdout70",
    "holdout71",
    "holdout72",
    "holdout73",
    "holdout74",
    "holdout75",
    "holdout76",
    "holdout77",
    "holdout78",
    "holdout79",
    "holdout80",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        choices=(*SETS, "all"),
        default="all",
    )
    parser.add_argument("--pair", action="append", help="only this pair id (repeatable)")
    parser.add_argument(
        "--half",
        choices=("even", "odd"),
        help="only the sets at even (dev, holdout2, ...) or odd (holdout, holdout3, ...) "
        "places of SETS: tune a rule on one half, check it on the other",
    )
    parser.add_argument("--disagreements", action="store_true")
    parser.add_argument(
        "--false-verdicts",
        action="store_true",
        help="with --disagreements, only resdiff's softened, strengthened and mixed verdicts "
        "the judges do not share",
    )
    parser.add_argument("--shifts", action="store_true", help="list the wrong named shifts")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: the corpus folder {CORPUS} is absent", file=sys.stderr)
        return 0
    pairs = load_pairs()
    sets = SETS if args.set == "all" else (args.set,)
    if args.half:
        sets = tuple(n for n in sets if SETS.index(n) % 2 == (args.half == "odd"))
    results: dict[str, Any] = {}
    pooled = Counts()
    # Every pair's counts apart, for the intervals, with the era of its texts.
    scored: list[tuple[str, Counts]] = []
    for name in sets:
        chosen = [p for p in pairs if p["set"] == name and (not args.pair or p["id"] in args.pair)]
        if not chosen:
            continue
        counts = Counts()
        per_pair = []
        for pair in chosen:
            one = Counts()
            score_pair(pair, one, keep_examples=args.shifts)
            counts.add(one)
            per_pair.append(one)
            scored.append((era_of(pair), one))
        figures = report(name, counts)
        found = intervals(per_pair)
        print_intervals(found, len(per_pair))
        pooled.add(counts)
        results[name] = {
            "figures": figures,
            "intervals": {k: list(v) for k, v in found.items()},
            "disagreements": counts.disagreements,
        }
        if args.disagreements:
            print(f"\ndisagreements ({name}):")
            for d in counts.disagreements:
                if args.false_verdicts and d["found"] not in VERDICTS:
                    continue
                second = f" (second judge {d['second']})" if d["second"] else ""
                print(
                    f"- {d['pair']} #{d['item']} old {d['old']} new {d['new']}: "
                    f"judged {d['judged']}{second}, resdiff {d['found']}"
                )
                print(f"    judge: {d['reason']}")
                if d["judge_shifts"]:
                    print(f"    judge shifts: {'; '.join(d['judge_shifts'])}")
                if d["shifts"]:
                    print(f"    resdiff: {'; '.join(d['shifts'][:8])}")
            if counts.key_misses:
                print(f"\nkey changes the judges do not bear out ({name}):")
                for miss in counts.key_misses:
                    print(f"- {miss}")
        if args.shifts:
            print(f"\nwrong named shifts ({name}):")
            for line in counts.shift_examples:
                print(f"- {line}")
    if len(results) > 1:
        report_pooled(pooled, len(results))
        print_intervals(intervals([c for _, c in scored]), len(scored))
        for era, label in ERAS.items():
            part = [c for e, c in scored if e == era]
            if part and len(part) < len(scored):
                group = Counts()
                for c in part:
                    group.add(c)
                report_pooled(group, len(results), label=label)
                print_intervals(intervals(part), len(part))
    print(
        "\ntargets: "
        + ", ".join(
            f"{k} {'≤' if k == 'wrong_shift_share' else '≥'} {v}" for k, v in TARGETS.items()
        )
        + ", direction on at least 11 of 12 pairs"
    )
    for name, result in results.items():
        figures = result["figures"]
        missed = [
            k
            for k, v in TARGETS.items()
            if (figures[k] > v if k == "wrong_shift_share" else figures[k] < v)
        ]
        print(
            f"  {name}: "
            + ("all kind/shift targets met" if not missed else "missed " + ", ".join(missed))
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
