"""The key changes of the items of one changed lead-in, told as one: "Resolves:" →
"Recommends:" over six items moves each item alike, and six identical lines would crowd
the few key changes a report opens with."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence

from ..analyze.leadins import lead_verb
from ..lexicon import Lexicon
from ..model import Change, Clause, Draft, Heading, KeyChange

#: A top-level operative ref ("OP12"): its prefix and number, to name runs of items.
_TOP = re.compile(r"([A-Z]+)(\d{1,5})")
#: A run of at least this many consecutive items is named by its ends ("OP1–OP6").
RUN = 3


def changed_lead_in(
    old: Draft, new: Draft, lexicon: Lexicon
) -> Callable[[Change], Hashable | None]:
    """For a change, the lead-in that governs its paragraph in both drafts when its words
    changed ("Resolves:" → "Recommends:") and the paragraph takes its verb on both sides,
    as a value that is the same for every such item; None for any other change: under
    no lead-in, under one that did not change, or with a verb of its own on either side
    ("7. Calls upon ..." under "Resolves:" changes as it would anywhere)."""
    verbs: dict[str, str | None] = {}
    # Read once, not per change: each lookup would walk the draft (500 paragraphs).
    governed = old.lead_ins(), new.lead_ins()
    clauses: tuple[dict[str, Clause], dict[str, Clause]] = ({}, {})

    def verb(heading: Heading) -> str | None:
        if heading.text not in verbs:
            found = lead_verb(heading, lexicon)
            verbs[heading.text] = found.text if found is not None else None
        return verbs[heading.text]

    def borrows(side: int, ref: str, heading: Heading) -> bool:
        said = verb(heading)
        if not clauses[side]:
            clauses[side].update((c.ref, c) for c in (old, new)[side].walk())
        clause = clauses[side].get(ref)
        phrases = clause.phrases if clause is not None else ()
        return said is not None and bool(phrases) and phrases[0].text == said

    def lead_in(change: Change) -> Hashable | None:
        if not change.old or not change.new:
            return None
        if not governed[0] or not governed[1]:
            return None
        was = governed[0].get(change.old[0].split("(", 1)[0])
        now = governed[1].get(change.new[0].split("(", 1)[0])
        if was is None or now is None or was.text == now.text:
            return None
        if not borrows(0, change.old[0], was) or not borrows(1, change.new[0], now):
            return None
        return (was.before, was.text, now.before, now.text)

    return lead_in


def refs_named(refs: Sequence[str]) -> str:
    """``OP1–OP4, OP6``: the refs in order, a run of :data:`RUN` or more consecutive
    top-level paragraphs named by its ends."""
    parts: list[str] = []
    run: list[tuple[str, int, str]] = []

    def close() -> None:
        if len(run) >= RUN:
            parts.append(f"{run[0][2]}–{run[-1][2]}")
        else:
            parts.extend(r[2] for r in run)
        run.clear()

    for ref in refs:
        top = _TOP.fullmatch(ref)
        if top is None:
            close()
            parts.append(ref)
            continue
        prefix, number = top.group(1), int(top.group(2))
        if run and (run[-1][0] != prefix or run[-1][1] + 1 != number):
            close()
        run.append((prefix, number, ref))
    close()
    return ", ".join(parts)


def over_items(key: KeyChange, members: Sequence[Change]) -> KeyChange:
    """``key``, the first of ``members`` (the items of one changed lead-in that change
    alike), told once for all of them: "lead-in over OP1–OP6", their refs on each side."""
    old = sorted(dict.fromkeys(r for c in members for r in c.old), key=_number)
    new = sorted(dict.fromkeys(r for c in members for r in c.new), key=_number)
    return key.model_copy(
        update={"label": f"lead-in over {refs_named(new)}", "old": tuple(old), "new": tuple(new)}
    )


def _number(ref: str) -> tuple[str, int, str]:
    top = _TOP.match(ref)
    return (top.group(1), int(top.group(2)), ref) if top else ("", 0, ref)
