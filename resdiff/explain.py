"""Plain words for named shifts, shared by every report."""

from __future__ import annotations

from collections.abc import Sequence

from .display import register
from .model import (
    ASK_RECAST,
    CARRIED_BY_REFERENCE,
    CARVED_FROM_LIFTING,
    CHAPTER_VII_RECALLED,
    CLAUSE_BREAK,
    EXEMPTION_ENDED,
    FINDING_DEGREE,
    FINDING_RAISED,
    FLAG_ALREADY_HELD,
    FLAG_STILL_HELD,
    NOT_RESTATED,
    PLACE_OF_THREAT,
    RESTATED,
    SAME_WARNING,
    THREATENED,
    WINDING_DOWN,
    WORDS_ELSEWHERE,
    Change,
    KeyChange,
    Shift,
    shown_parts,
)

#: Words that carry no ask of their own: a run of words added made only of them is the
#: sentence recast around what was added.
_GRAMMAR_ONLY = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "these",
        "this",
        "those",
        "to",
        "which",
        "with",
    ]
)

# feature -> (noun for a change of value, verb for softer, verb for stronger)
_FEATURES: dict[str, tuple[str, str, str]] = {
    "verb": ("operative verb", "weakened", "strengthened"),
    "lead": ("preambular lead phrase", "weakened", "strengthened"),
    "censure": ("censure", "softened", "sharpened"),
    "modifier": ("modifier", "weakened", "strengthened"),
    "hedge": ("hedge", "added", "removed"),
    "modal": ("modal", "weakened", "strengthened"),
    "measure": ("sanctions measure", "removed", "added"),
    "measure-mode": ("measure's mode", "weakened", "strengthened"),
    "addressee": ("addressees", "narrowed", "widened"),
    "degree": ("degree of censure or concern", "lowered", "raised"),
    "emphasis": ("emphasis", "dropped", "added"),
    "condition": ("condition", "added", "removed"),
    "exemption": ("exemption", "added", "removed"),
    "lifecycle": ("life cycle", "wound down", "extended"),
    "scope": ("scope", "narrowed", "widened"),
    "quantity": ("quantity", "changed", "changed"),
    "date": ("date", "moved on", "moved on"),
    "reference": ("reference", "updated", "updated"),
    "number": ("number or date", "changed", "changed"),
    "section": ("place", "demoted to the preamble", "promoted to the operative part"),
    "chapter-vii": ("Chapter VII", "dropped", "invoked"),
    "art39": ("Article 39 determination", "dropped", "made"),
    "use-of-force": ("authorization of force", "dropped", "added"),
    "peace-finding": ("finding of a danger to the peace", "dropped", "made"),
    "warning": ("warning of further action", "dropped", "added"),
    "polarity": ("ask", "withdrawn", "reversed"),
}

#: What a clause led by the feature's word is called, when a shift quotes it
#: (:attr:`Shift.clause_words`).
_CLAUSES = {
    "verb": "operative clause",
    "lead": "preambular clause",
    "censure": "clause of censure",
}
#: The same, of several clauses one shift quotes (:data:`CLAUSE_BREAK`).
_CLAUSES_MANY = {
    "verb": "operative clauses",
    "lead": "preambular clauses",
    "censure": "clauses of censure",
}


def and_list(items: Sequence[str]) -> str:
    """Items joined as a sentence says them: ``"a"``, ``"a and b"``, ``"a, b and c"``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def describe_shift_in(change: Change, shift: Shift) -> str:
    """:func:`describe_shift`, said where it stands when that is one of ``change``'s
    sub-paragraphs (``OP1(g): exemption widened: ...``): two items of a list may change
    alike, and a report that names only the paragraph says one thing twice."""
    line = describe_shift(shift)
    if shift.ref and shift.ref not in set(change.new or change.old):
        old = bool(change.new) and old_side_only(shift.ref, change.old, change.new)
        return f"{'old ' if old else ''}{shift.ref}: {line}"
    return line


def old_side_only(ref: str, old: Sequence[str], new: Sequence[str]) -> bool:
    """Whether ``ref`` (a paragraph's or one of its sub-paragraphs') names the old side
    only: "OP5(a)" in a change OP5 → OP4 is old OP5's item, to be said "old OP5(a)"
    beside "OP4(a)"; in a change OP4 → OP4 it is either side's."""
    root = ref.split("(", 1)[0]
    return root in old and root not in new


def describe_unquoted(shift: Shift) -> str:
    """:func:`describe_shift` without the clause a lead added or removed governed
    (:attr:`Shift.clause_words`): how a shift compares with another's. The items of a
    changed lead-in change alike when their shifts do, whichever clause each lost: the
    quote names a shift, it does not set the items apart."""
    if shift.clause_words is None:
        return describe_shift(shift)
    return describe_shift(shift.model_copy(update={"detail": None}))


def describe_shift(shift: Shift) -> str:
    """One line a diplomat can read: ``operative verb weakened: decides → calls upon``;
    a shift that does not weigh where it would says why (``... (its words stand in old
    OP4)``)."""
    if (
        shift.feature == "lifecycle"
        and shift.new is None
        and shift.old is not None
        and (shift.note or "").startswith(NOT_RESTATED)
    ):
        # "measure or mandate no longer drawn down" read as a drawdown reversed (UNIFIL
        # 2020 → 2021, a troop ceiling cut the old text decided): what the old text did
        # stands; the later one does not say it again.
        why = shift.note[len(NOT_RESTATED) :].lstrip(" :") if shift.note else ""
        return f"measure or mandate {shift.old} by the old text, not restated" + (
            f" ({why})" if why else ""
        )
    if shift.feature == "measure" and (shift.note or "").startswith(CARRIED_BY_REFERENCE):
        # "sanctions measure removed: arms embargo (carried on as ...)" read as the embargo
        # lifted and kept at once: the embargo is renewed under its paragraph's number.
        # Of a stand-in added ("the measures cited"), the measure it carries is named in
        # the note.
        return f"sanctions measure {shift.note}: {shift.old or shift.new}"
    # Words read through a fold keep its spaces ("calls  on" of a scan's "Calls _on"):
    # one line reads them single-spaced.
    text = " ".join(_describe(shift).split())
    return f"{text} ({shift.note})" if shift.note else text


def _describe(shift: Shift) -> str:
    if shift.feature == "art39" and shift.detail in (
        "subject of the determination",
        PLACE_OF_THREAT,
    ):
        # The determination is made in both texts, of another subject: "dropped" said
        # the threat was no longer found (a researcher's finding on a precedent).
        how = "narrowed" if shift.direction == "softer" else "widened"
        return (
            f"Article 39 determination kept, its subject {how}: "
            f"“{shift.old or '—'}” → “{shift.new or '—'}”"
        )
    if shift.feature == "art39" and shift.detail == THREATENED:
        # Made in both texts: "determination made" read as a new one (an expert's trial
        # of ATMIS 2022, whose summary says the determination is kept).
        how = "narrowed" if shift.direction == "softer" else "widened"
        return (
            f"Article 39 determination kept, the peace it finds threatened {how}: "
            f"“{shift.old}” → “{shift.new}”"
        )
    if shift.feature == "chapter-vii" and shift.detail == CHAPTER_VII_RECALLED:
        # Not "Chapter VII dropped": the measures stand under the earlier decisions it
        # names either way (RESULTS §2en).
        how = "left out" if shift.direction == "softer" else "added"
        return f"recital of earlier Chapter VII decisions {how}: “{shift.old or shift.new}”"
    if shift.feature == "art39" and shift.detail == FINDING_RAISED:
        # The old text found the threat already, short of a determination: "made" would
        # say it found none (issue 9 §6, twenty-sixth session).
        return (
            "finding of a threat to the peace raised to an Article 39 determination: "
            f"“{shift.old}” → “{shift.new}”"
        )
    if shift.feature == "peace-finding" and shift.detail == FINDING_DEGREE:
        # Made in both texts: "dropped" or "made" would say the finding came or went.
        how = "raised to a threat" if shift.direction == "stronger" else "lowered to a danger"
        return f"finding of a danger to the peace {how}: “{shift.old}” → “{shift.new}”"
    if shift.feature == "brackets" and shift.detail:
        # "alternative settled: “[Demands][Calls upon]” → “Calls upon”", "put in
        # brackets: “[immediately]”".
        if shift.old is not None and shift.new is not None:
            return f"{shift.detail}: “{shift.old}” → “{shift.new}”"
        if shift.old is None and shift.new is None:
            return shift.detail
        return f"{shift.detail}: “{shift.new if shift.new is not None else shift.old}”"
    noun, softer, stronger = _FEATURES.get(shift.feature, (shift.feature, "changed", "changed"))
    if shift.direction == "softer":
        verb = softer
    elif shift.direction == "stronger":
        verb = stronger
    elif shift.old is not None and shift.new is None:
        # Named, not weighed (carried by reference, held elsewhere): the words are gone
        # from the new text, whatever their weight.
        verb = "not restated"
    elif shift.new is not None and shift.old is None:
        verb = "stated"
    else:
        verb = "changed"
    words = shift.clause_words
    if words is not None:
        # The clause that went (or came), not its verb alone: "operative verb removed:
        # decides" beside a paragraph that still opens "Decides" read as a contradiction
        # (S/RES/2557 (2020) -> 2615 (2021) OP1, a merge review's finding).
        # Marks the clause quotes itself are single within the quote ("(‘the Committee’)"):
        # nested double marks read as a glitch (see the exemption's entry below).
        words = words.replace("“", "‘").replace("”", "’")
        how = "added" if shift.new is not None else "removed"
        # Two clauses under one lead, one shift (classifier._dedupe): each is quoted.
        quotes = [f"“{w}”" for w in words.split(CLAUSE_BREAK)]
        name = _CLAUSES[shift.feature] if len(quotes) == 1 else _CLAUSES_MANY[shift.feature]
        return f"{name} {how}: {and_list(quotes)}"
    if shift.feature in ("verb", "lead", "modifier") and shift.detail == WINDING_DOWN:
        # A firmer ask to draw down or lift winds the mandate or measure down further.
        how = "firmer" if shift.direction == "softer" else "weaker"
        return f"{how} call to wind down: {shift.old or '—'} → {shift.new or '—'}"
    if shift.feature == "polarity":
        if shift.old is not None:
            return f"ask reversed, the old ask withdrawn: “{shift.old}”"
        return f"ask reversed, its contrary asked: “{shift.new}”"
    if shift.feature == "wording" and shift.detail == WORDS_ELSEWHERE:
        return "wording kept, not in this place"
    if shift.feature in ("verb", "lead") and shift.detail == ASK_RECAST:
        return f"{noun} kept, the ask in its place reworded: {shift.new}"
    if shift.feature in ("verb", "lead", "censure") and shift.detail == SAME_WARNING:
        return f"{noun} changed, the same warning of further action: {shift.old} → {shift.new}"
    if shift.feature in ("verb", "lead") and shift.detail == RESTATED:
        return f"decision restated: {shift.old} → {shift.new}"
    if shift.feature == "exemption" and shift.detail:
        # Said as what is left out: "exemption widened: Bab al-Salam" read as the
        # crossing opened, where it was closed (excluded from the authorization), and so
        # did "now also carved out" (a second reader): "excluded" says it, and the item
        # stays last, where a cut line keeps the words before it.
        if shift.detail == "exemption widened":
            return f"exemption widened, now also excluded: {shift.new or shift.old}"
        if shift.detail == "exemption narrowed":
            return f"exemption narrowed, no longer excluded: {shift.new or shift.old}"
        if shift.detail.startswith(("exemption widened:", "exemption narrowed:")):
            return shift.detail
        if shift.detail == CARVED_FROM_LIFTING:
            # "exemption removed" beside "softened" read as a contradiction (an expert's
            # trial of the DRC sanctions 2022): the carve-out kept part of a measure the
            # paragraph lifts.
            carved = shown_parts(shift.old or shift.new or "")[0]
            if shift.new is None:
                return f"exception to the lifting removed, lifted in full: “{carved}”"
            return f"exception to the lifting added, part of the measure kept: “{carved}”"
    if shift.feature in ("hedge", "condition", "exemption", "emphasis", "warning"):
        phrase = shift.new if shift.new is not None else shift.old
        named = f", {shift.detail}" if shift.feature == "warning" and shift.detail else ""
        words, entry = shown_parts(phrase or "")
        # A phrase named with its entry ("at the request of” (“upon request") says which
        # entry it is a form of: nested quotation marks read as a glitch (an expert's
        # trial of MINUSCA 2021).
        of = f" (a form of “{entry}”)" if entry else ""
        return f"{noun} {'added' if shift.new else 'removed'}: “{words}”{of}{named}"
    if shift.feature == "lifecycle":
        # An exemption ended is the measure whole again: said of the exemption, not of
        # "measure or mandate", which it gives back in full.
        what = "exemption" if shift.detail == EXEMPTION_ENDED else "measure or mandate"
        if shift.old is None:
            return f"{what} {shift.new}"
        if shift.new is None:
            return f"{what} no longer {shift.old}"
        return f"{what}: {shift.old} → {shift.new}"
    if shift.feature in ("quantity", "date", "reference") and shift.old and shift.new:
        what = shift.detail or noun
        how = {"softer": " (softer)", "stronger": " (stronger)"}.get(shift.direction, "")
        old_figure, _, old_rest = shift.old.partition(" ")
        new_figure, _, new_rest = shift.new.partition(" ")
        if shift.feature == "quantity" and old_rest and old_rest == new_rest:
            # One count of the same thing: "480 → 580 Military Observers and Military
            # Staff Officers", its noun said once.
            return f"{what}: {old_figure} → {new_figure} {new_rest}{how}"
        return f"{what}: {shift.old} → {shift.new}{how}"
    if shift.feature == "quantity":
        what = shift.detail or noun
        if shift.new is None and shift.old is not None:
            # "advance notice removed: 20 days" read as no notice asked at all, where only
            # the 20-day minimum went (a researcher's finding on CAR 2648 (2022)).
            return f"{what} of {shift.old} no longer set"
        return f"{what} added: {shift.new}"
    if shift.feature == "scope":
        if shift.detail == "reach widened" and shift.new:
            # The runs a redline put in, each quoted apart: joined, "immediately …
            # expeditious … in particular to abandon" read as one garbled item (an
            # expert's trial of the 2006 examples).
            runs = [r.strip() for r in shift.new.split(" … ") if r.strip()]
            # A run of grammar words only ("that" where "to" became "that suspend") is
            # the sentence recast around what was added, not words of the ask.
            runs = [r for r in runs if not _GRAMMAR_ONLY.issuperset(r.lower().split())] or runs
            return "reach widened, words added: " + ", ".join(f"“{r}”" for r in runs)
        where = f" ({shift.detail})" if shift.detail else ""
        return f"{'item added' if shift.new else 'item removed'}{where}: {shift.new or shift.old}"
    if shift.feature == "degree":
        return f"{noun} {verb}: {shift.old} → {shift.new}"
    if shift.feature == "addressee" and shift.old and shift.new:
        return f"{noun} {verb}: {shift.old} → {shift.new}"
    if shift.feature in ("chapter-vii", "art39", "use-of-force", "peace-finding"):
        if shift.direction == "neutral" and shift.detail in (FLAG_STILL_HELD, FLAG_ALREADY_HELD):
            # Gone from (or come into) this provision while the other draft holds it in
            # another: the note says where.
            gone = shift.detail == FLAG_STILL_HELD
            where = f"{softer} from" if gone else f"{stronger} to"
            return f"{noun} {where} this provision: “{shift.old if gone else shift.new}”"
        if (
            shift.direction == "neutral"
            and shift.old is not None
            and shift.new is not None
            and shift.old.casefold() == shift.new.casefold()
        ):
            # The same words in another place (the formula's recital carried into an
            # operative paragraph): kept, not "changed: X → X".
            return f"{noun} kept: “{shift.new}”"
        words = " → ".join(f"“{t}”" for t in (shift.old, shift.new) if t)
        return f"{noun} {verb}: {words}" if words else f"{noun} {verb}"
    if shift.feature == "measure" and shift.detail and shift.old and shift.new:
        if shift.detail.endswith(": items"):
            how = "widened" if shift.direction == "stronger" else "narrowed"
            return f"{shift.detail} {how}: {shift.old} → {shift.new}"
        if shift.direction == "softer":
            return f"sanctions measure ended: {shift.new}"
        return f"sanctions measure restored: {shift.new} (was {shift.old})"
    if shift.feature == "measure" and (shift.old is None or shift.new is None):
        return f"{noun} {'added' if shift.new else 'removed'}: {shift.new or shift.old}"
    # "Chapter VII dropped", not "Chapter VII dropped: Chapter VII": a value that only
    # repeats the feature's name says nothing more.
    values = {v.casefold() for v in (shift.old, shift.new) if v is not None}
    if values and values <= {noun.casefold()}:
        return f"{noun} {verb}"
    if shift.old is None and shift.new is not None:
        return f"{noun} added: {shift.new}"
    if shift.new is None and shift.old is not None:
        return f"{noun} removed: {shift.old}"
    old, new = shift.old or "", shift.new or ""
    label, sep, _ = old.rpartition(": ")
    if sep and new.startswith(label + sep):
        # "WMD / missile items: mandatory → hortatory", not the label said twice.
        return f"{noun} {verb}: {old} → {new[len(label) + len(sep) :]}"
    return f"{noun} {verb}: {shift.old} → {shift.new}"


register("shift_text", describe_shift)


#: The mark of a shift's direction where a key change's shifts go both ways.
DIRECTION_MARKS = {"softer": "▼", "stronger": "▲", "neutral": "◆"}


def describe_key_change(key: KeyChange, *, every: bool = True) -> str:
    """Every shift that carries a key change's weight, heaviest first, as
    :func:`describe_shift` words them ("; " between), not only its heaviest (the
    ``headline``, which it falls back on); where they go both ways each is marked with its
    direction, so a mixed renewal reads as both its halves: "▲ renewal period: 3 → 6
    months; ▼ measure or mandate expected to be withdrawn" (UNFICYP 238 (1967): a history
    showed the second half only; issue 9 §8). ``every=False`` (the short text reports):
    the heaviest shift only, or where they go both ways the heaviest of each way."""
    return "; ".join(key_change_reasons(key, every=every)) or key.headline


def goes_both_ways(key: KeyChange) -> bool:
    """Whether the shifts that weigh in ``key`` go both ways (softer and stronger). A
    shift named with its direction but weighing nothing (a stage the new text decides
    elsewhere, "measure or mandate no longer extended"; a censure below a higher one; a
    drawdown told in figures) is no half of a mixed change (review of the thirty-first
    session's merge)."""
    return {s.direction for s in key.shifts if s.weight > 0} >= {"softer", "stronger"}


def key_change_reasons(key: KeyChange, *, every: bool = True) -> list[str]:
    """The words of :func:`describe_key_change`, one item a shift (the short text
    reports give each half of a mixed change its own line, so that a cut never hides
    one); empty where the key change has no shifts. Where the shifts go both ways
    (:func:`goes_both_ways`), one that weighs nothing is marked ◆ (named, not weighed),
    not with the arrow of a way it does not weigh."""
    both = goes_both_ways(key)
    shifts = list(key.shifts)
    if not every:
        if not both:
            return [key.headline]
        heaviest: dict[str, Shift] = {}
        for s in shifts:
            if s.weight > 0:
                heaviest.setdefault(s.direction, s)
        shifts = [s for s in shifts if s in heaviest.values() and s.direction != "neutral"]
    return [
        f"{DIRECTION_MARKS[s.direction if s.weight > 0 else 'neutral']} {describe_shift(s)}"
        if both
        else describe_shift(s)
        for s in shifts
    ]
