"""How a change names its shifts: each once (a shift found twice over a split, a measure
lifted both as a measure and by its life-cycle word, a widening that only repeats an
emphasis), and a list item quoted short, alike for every item. Read by the
:class:`~resdiff.classify.classifier.Classifier`."""

from __future__ import annotations

from ..model import Shift, quoting_both


def _dedupe(shifts: list[Shift]) -> list[Shift]:
    """One shift per (feature, old, new, direction, ref): a clause compared twice over a
    split, or a measure lifted both as a measure and by its clause's life-cycle word,
    is named once."""
    seen: set[tuple[object, ...]] = set()
    # The labels of the life-cycle words that ended a measure here ("lifted"): the clause
    # that says so needs no second shift of its own.
    ended = {
        s.new.rsplit(" ", 1)[-1]
        for s in shifts
        if s.feature == "measure"
        and s.direction == "softer"
        and s.old
        and s.new
        and s.new.startswith(s.old)
    }
    out: list[Shift] = []
    # Two clauses gone under a verb the provision keeps are one shift quoting both.
    at: dict[tuple[object, ...], int] = {}
    for shift in _emphasis_named_once(shifts):
        key = (shift.feature, shift.old, shift.new, shift.direction, shift.ref)
        if key in seen:
            if key in at:
                out[at[key]] = quoting_both(out[at[key]], shift)
            continue
        if (
            shift.feature == "lifecycle"
            and shift.direction == "softer"
            and shift.new is not None
            and shift.new.rsplit(" ", 1)[-1] in ended
        ):
            continue
        seen.add(key)
        at[key] = len(out)
        out.append(shift)
    return out


#: How many words of a list item a shift quotes: what the item is, not all of it.
ITEM_WORDS = 8
#: What joins an item to the next in its list, not a word of the item: the punctuation
#: at its end and a last "and" or "or" ("propellants ... such systems;", "... ; and").
_ITEM_END = frozenset({"and", "or"})
#: Words whose point is their own: a list's last item "… fuel, lubricants, etc." keeps it
#: (one point serves the abbreviation and the list, as English prints it).
_OWN_POINT = frozenset({"etc.", "al.", "seq."})


def _item_quote(text: str) -> str:
    """A list item as a shift quotes it: its first :data:`ITEM_WORDS` words, cut with
    " …", without what joins it to the next item. Every item is quoted alike: "complete
    rocket systems and unmanned aerial vehicles, together …" was cut while "propellants
    and structural materials usable in such systems;" kept its semicolon (a new user's
    finding on the 2006 example)."""
    words = text.split()
    while words:
        last = words[-1].rstrip(",;:")
        if last.endswith(".") and last.count(".") == 1 and last.lower() not in _OWN_POINT:
            # A full stop ends the list; an abbreviation's ("U.N.") stays.
            last = last[:-1]
        if last.lower() in _ITEM_END and len(words) > 1:
            words.pop()
            continue
        if not last:
            words.pop()
            continue
        words[-1] = last
        break
    if len(words) <= ITEM_WORDS:
        return " ".join(words)
    return " ".join(words[:ITEM_WORDS]).rstrip(",;:") + " …"


def _emphasis_named_once(shifts: list[Shift]) -> list[Shift]:
    """``shifts`` with each word named once: a run of a reach widened that holds only
    words an emphasis shift of the same paragraph names ("immediately") is left to the
    emphasis, which says what the word does; a widening left with no run of its own is
    no widening. The 2006 example, China-Russia -> adopted OP6, read "reach widened,
    words added: “immediately”, …; emphasis added: “immediately”"."""
    emphasis: dict[str | None, set[str]] = {}
    for s in shifts:
        if s.feature == "emphasis" and s.new and not s.old and s.direction != "neutral":
            emphasis.setdefault(s.ref, set()).update(s.new.lower().split())
    if not emphasis:
        return shifts
    out = []
    for s in shifts:
        said = emphasis.get(s.ref)
        if said and s.feature == "scope" and s.detail == "reach widened" and s.new:
            runs = [r for r in s.new.split(" … ") if r.strip()]
            kept = [r for r in runs if not _words_of_run(r) <= said]
            if not kept:
                continue
            if len(kept) < len(runs):
                s = s.model_copy(update={"new": " … ".join(kept)})
        out.append(s)
    return out


def _words_of_run(run: str) -> set[str]:
    """The words of a run of words added, as an emphasis shift names them: without their
    punctuation, and without the "and" or "or" that joins two of them ("fully and
    immediately" is the emphasis "fully" and the emphasis "immediately")."""
    words = {w.strip(",;:.").lower() for w in run.split()}
    return words - _ITEM_END - {""}
