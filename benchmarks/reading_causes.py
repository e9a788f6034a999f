"""The judged provisions resdiff pairs as the judges do and still reads otherwise, sorted
by cause (issue 9, the truth table of RESULTS §2er).

Reads the ``--json`` output of ``judged.py --disagreements`` and keeps the items whose
judged kind and resdiff's kind are both one of reworded, softened, strengthened and
mixed (a pair made as the judges make it, read otherwise). Each gets one cause, in this
order:

- ``threshold``: a second judge (``judged/second/``) reads the provision as resdiff does;
- ``threshold_actively``: the only directed shifts resdiff names are "actively" put in or
  taken out (the seizure formula "remain actively seized", which the first judges
  themselves read now as a strengthening, now as nothing: see §2er);
- ``wrong_direction``: strengthened read softened or the reverse;
- ``not_read``: the judges name a direction resdiff names no shift for (``none``: no
  shift at all; ``neutral``: only neutral ones, dates, symbols, references) or, for a
  judged "mixed", the side resdiff does not name;
- ``weighed_neutral``: resdiff names the words but weighs them neutral by a rule (words
  standing elsewhere, a spent ask, "as soon as possible" of a report);
- ``weighed_directed``: resdiff gives a direction to what the judges call neutral (the
  rule is the first directed shift's name: "reach widened", "operative verb removed" ...);
  for a provision judged one way and read mixed, the opposite shift that makes it mixed.

    python benchmarks/judged.py --half even --disagreements --json /tmp/even.json
    python benchmarks/reading_causes.py /tmp/even.json [--list]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from typing import Any

#: The kinds of a provision both sides hold.
READINGS = frozenset({"reworded", "softened", "strengthened", "mixed"})
_DIRECTED = re.compile(r"^\[(stronger|softer|neutral)\] ([^:]*)")
#: Notes of a neutral shift that say resdiff saw the words and weighed them by a rule.
_WEIGHED = re.compile(
    r"its words stand in|moved from|recast|spent|still imposed|carries on|"
    r"when a report is wanted"
)


def _shifts(item: dict[str, Any]) -> list[tuple[str, str]]:
    """resdiff's shifts of ``item`` as (direction, name)."""
    out = []
    for text in item.get("shifts", []):
        match = _DIRECTED.match(text)
        if match:
            out.append((match.group(1), match.group(2).strip()))
    return out


def _rule(name: str) -> str:
    """A shift's name without the item it names (“item added (item of a list under
    “Requests”)” is one rule whatever the list)."""
    return re.sub(r" \(.*$", "", name)


def cause_of(item: dict[str, Any]) -> tuple[str, str]:
    """The cause of one item (see the module's docstring) and what it turns on."""
    judged, found = item["judged"], item["found"]
    shifts = _shifts(item)
    directed = [(d, n) for d, n in shifts if d != "neutral"]
    if item.get("second") is not None and item["second"] == found:
        return "threshold", "a second judge reads it as resdiff"
    texts = [t for t in item.get("shifts", []) if not t.startswith("[neutral]")]
    if texts and all("“actively”" in t for t in texts) and judged != "mixed":
        return "threshold_actively", "remain actively seized"
    if {judged, found} == {"strengthened", "softened"}:
        return "wrong_direction", _rule(directed[0][1]) if directed else ""
    if found == "reworded":
        if not shifts:
            return "not_read", "none"
        texts = " ".join(item.get("shifts", []))
        if _WEIGHED.search(texts):
            return "weighed_neutral", next(
                (_rule(n) for d, n in shifts if _WEIGHED.search(n) or d == "neutral"), ""
            )
        return "not_read", "neutral"
    if judged == "reworded":
        return "weighed_directed", _rule(directed[0][1]) if directed else ""
    if judged == "mixed":
        unread = "softer" if found == "strengthened" else "stronger"
        return "not_read", f"the {unread} side of a mixed change"
    # Judged one way, read mixed: the opposite shift is what resdiff weighs otherwise.
    opposite = "softer" if judged == "strengthened" else "stronger"
    return "weighed_directed", next((_rule(n) for d, n in directed if d == opposite), "")


def items_of(results: dict[str, Any]) -> list[dict[str, Any]]:
    """The disagreements of ``judged.py --json`` output whose kinds are both readings,
    each with its set and cause."""
    out = []
    for name, figures in results.items():
        if not isinstance(figures, dict):
            continue
        for item in figures.get("disagreements", []):
            if item["judged"] in READINGS and item["found"] in READINGS:
                cause, what = cause_of(item)
                out.append({**item, "set": name, "cause": cause, "what": what})
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the causes with their counts (and with ``--list`` every item)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", help="the --json output of judged.py --disagreements")
    parser.add_argument("--list", action="store_true", help="every item, one line each")
    args = parser.parse_args(argv)
    with open(args.results, encoding="utf-8") as handle:
        items = items_of(json.load(handle))
    confusion = Counter((i["judged"], i["found"]) for i in items)
    print(f"{len(items)} provisions paired as judged and read otherwise")
    for (judged, found), n in sorted(confusion.items()):
        print(f"  judged {judged:<12} read {found:<12} {n}")
    causes = Counter(i["cause"] for i in items)
    for cause, n in causes.most_common():
        print(f"{cause:<20} {n}")
        for what, m in Counter(i["what"] for i in items if i["cause"] == cause).most_common(8):
            print(f"    {m:>3}  {what}")
    if args.list:
        for i in items:
            print(
                f"{i['set']}\t{i['pair']}\t#{i['item']}\t{'+'.join(i['old'])}\t"
                f"{'+'.join(i['new'])}\t{i['judged']}\t{i['found']}\t{i['cause']}\t{i['what']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
