"""An ask taken out of one paragraph whose object stands in a paragraph or list item the
same revision puts in: moved there, not withdrawn (RESULTS §2fv).

"... and urges both sides to take all appropriate measures to ensure the safety and
security of UNFICYP personnel" gone from a kept paragraph, while an added paragraph
"requests the Secretary-General, Member States and all parties to continue to take all
appropriate measures to ensure the safety and security and freedom of movement of
UNFICYP personnel" (S/RES/2587 → 2618); "recalls its requests in its resolutions 2378
(2017) and 2436 (2018) that the Secretary-General ensure that performance data ..."
gone with its paragraph, while an item put into the new omnibus request reads
"peacekeeping performance requirements under resolutions 2378 (2017) and 2436 (2018)".
The judges read both as moved ("the urging on personnel safety moves to new OP13",
"its substance folded into OP16(b)"): the removal is named, not weighed, while the
added provision keeps its own reading, so one ask is not counted twice, softer where it
went and stronger where it came.

Only within one part (an operative ask that now stands in a recital was demoted, which
weighs), only where the host asks at least as firmly (a demand become an appeal is
softer, as the judges read it), and only where most of the object's words stand in the
host (the ask widened) or most of an added item's words stand in the object (the ask
condensed into a list). Found through an inverted index of the added provisions'
words, with a bounded amount of work, never by comparing every pair."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..clauses import clause_views, content_words
from ..clauses.views import ClauseView
from ..model import Change, Clause, Shift
from .drafts import Drafts, _as_firm
from .kinds import named_not_weighed

#: Least number of content words the removed ask's object and its host share.
SHARED_WORDS = 5
#: Least share of the object's words the host holds (the ask widened where it went), or of
#: an added list item's words the object holds (the ask condensed into an item).
SHARE = 0.75
#: Postings counted, at most, per paragraph of the two drafts (and this many besides).
WORK_PER_PARAGRAPH = 200
WORK_BASE = 50_000
#: The shift features of an ask taken out.
_ASKS = frozenset({"verb"})


def asks_moved(
    changes: tuple[Change, ...],
    old: Sequence[Clause],
    new: Sequence[Clause],
    drafts: Drafts,
) -> tuple[Change, ...]:
    """``changes`` with each ask taken out whose object stands in a provision the revision
    adds (see the module) named, not weighed: "its ask stands in new OP13"."""
    added = [r for c in changes for x in c.walk() if x.kind == "added" for r in x.new]
    if not added:
        return changes
    # Each added provision's clause, its top paragraph (whose leads govern an item) and
    # its section.
    top_of: dict[str, Clause] = {}
    clause_of: dict[str, Clause] = {}
    for paragraph in new:
        for part in paragraph.walk():
            top_of[part.ref] = paragraph
            clause_of[part.ref] = part
    hosts = [r for r in added if r in clause_of]
    words = [content_words(clause_of[r].full_text()) for r in hosts]
    index: dict[str, list[int]] = defaultdict(list)
    for k, held in enumerate(words):
        for w in held:
            index[w].append(k)
    old_of = {part.ref: part for paragraph in old for part in paragraph.walk()}
    old_top = {part.ref: paragraph for paragraph in old for part in paragraph.walk()}
    work = WORK_BASE + WORK_PER_PARAGRAPH * (len(old) + len(new))

    def note_for(change: Change, shift: Shift) -> str | None:
        nonlocal work
        if (
            shift.feature not in _ASKS
            or shift.direction != "softer"
            or shift.old is None
            or shift.new is not None
            or work <= 0
        ):
            return None
        ref = shift.ref or (change.old[0] if change.old else None)
        clause = old_of.get(ref or "")
        if clause is None:
            return None
        view = _removed_view(clause, shift)
        if view is None or len(view.words) < SHARED_WORDS:
            return None
        counts: Counter[int] = Counter()
        for w in view.words:
            postings = index.get(w, ())
            work -= len(postings)
            counts.update(postings)
        section = old_top[clause.ref].section
        for k, common in counts.most_common():
            if common < SHARED_WORDS:
                break
            ref_k = hosts[k]
            top = top_of[ref_k]
            item = top is not clause_of[ref_k]
            if top.section != section:
                continue
            widened = common >= SHARE * len(view.words)
            condensed = item and common >= SHARE * len(words[k])
            if not (widened or condensed):
                continue
            shared = view.words & words[k]
            if not _as_firm(drafts.read(top), view.phrase, shared):
                continue
            return f"its ask stands in new {ref_k}"
        return None

    # Only a change one of whose asks moved is read again: named_not_weighed reads a paired
    # change's kind from its shifts, which would undo a kind another rule gave it.
    return tuple(
        named_not_weighed(c, note_for)
        if any(note_for(x, s) for x in c.walk() for s in x.shifts if s.direction != "neutral")
        else c
        for c in changes
    )


def _removed_view(clause: Clause, shift: Shift) -> ClauseView | None:
    """The clause of ``clause`` the removed ``shift`` names: the one its quote opens, or
    the one whose lead is the shift's word."""
    views = clause_views(clause)
    quote = shift.clause_words
    if quote:
        head = " ".join(quote.replace("\u2026", " ").split()[:5]).lower()
        for v in views:
            if " ".join(v.text.split()).lower().startswith(head):
                return v
    lead = (shift.old or "").lower()
    for v in views:
        if v.phrase.led and v.phrase.text.lower() == lead:
            return v
    return None
