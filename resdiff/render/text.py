"""The plain-text report: ``str(cmp)`` and ``resdiff compare A B --format text``.

No colour and no terminal control codes, so it pastes into an e-mail or a ticket as is.
Redlines use wdiff's markers, ``[-deleted-]`` and ``{+inserted+}``, which people who
review text diffs already know; where the changed words hold a negotiation's own square
brackets, CriticMarkup's ``{--deleted--}`` and ``{++inserted++}``, and the report says so.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator
from itertools import chain

from ..brackets import negotiation_brackets
from ..compiled import compile_cached
from ..display import register
from ..explain import describe_shift
from ..model import Change, Comparison, DraftInfo, Redline
from ._common import (
    DELETE,
    EQUAL,
    KEY_CHANGES_TITLE,
    WARNINGS_TITLE,
    PlacedHeading,
    TrackedBy,
    changed_lines,
    comparison_title,
    counts_phrase,
    direction_words,
    draft_facts,
    draft_title,
    flag_lines,
    heading_note,
    heading_phrase,
    headings_among,
    is_quiet,
    key_change_phrase,
    match_note,
    measure_groups,
    measure_phrase,
    needs_gap,
    no_key_changes,
    section_move,
    segments,
    sponsors_phrase,
    text_change_title,
    text_changes_phrase,
    title,
    warned_drafts,
)

_INDENT = "    "
_SPACES = compile_cached(r" {2,}")


#: The characters :mod:`textwrap` turns into spaces (its ``replace_whitespace``) or
#: expands (tabs): a text holding one is left to it.
_REWRAPPED = compile_cached(r"[\t\n\x0b\x0c\r]")


def _wrap(text: str, width: int, first: str, rest: str | None = None) -> list[str]:
    """Wrap one paragraph; words are never cut (a long word overflows rather than
    losing its meaning) and hyphenated words stay whole."""
    width = max(width, len(first) + 10)
    if (
        text
        and len(first) + len(text) <= width
        and not text[-1].isspace()
        and _REWRAPPED.search(text) is None
    ):
        # What textwrap gives for a text that fits on the first line (most of a report's
        # lines: a label, a short recital, a heading), without splitting it into chunks
        # and joining them again: its first line is the indent and the text as it
        # stands (leading spaces kept on a first line), its only chunk that textwrap
        # could drop is a last one of spaces, and there is none.
        return [first + text]
    lines = textwrap.wrap(
        text,
        width=width,
        initial_indent=first,
        subsequent_indent=first if rest is None else rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [first.rstrip()]


#: How a plain-text redline marks deleted and inserted words: wdiff's ``[-...-]`` and
#: ``{+...+}``, or, where the words changed hold square brackets of a negotiation
#: ("[-[immediately]-]" reads as neither), CriticMarkup's ``{--...--}`` and ``{++...++}``.
Markers = tuple[str, str, str, str]
WDIFF: Markers = ("[-", "-]", "{+", "+}")
CRITIC: Markers = ("{--", "--}", "{++", "++}")
#: The report's line that says which markers it uses, when not wdiff's.
CRITIC_NOTE = (
    "(Deleted words are marked {--so--} and inserted words {++so++}: the drafts' own "
    "square brackets stand in the changed words.)"
)


def markers_for(redlines: Iterable[Redline]) -> Markers:
    """:data:`CRITIC` when a deleted or inserted run of any of ``redlines`` holds a
    negotiator's square bracket (or a half of one, or wdiff's own markers), else
    :data:`WDIFF`: one choice for a whole report. An editor's brackets ("paragraphs [5,
    6, 7, and 8] above", "[sic]") read plainly inside wdiff's marks and keep them."""
    for redline in redlines:
        for op, text in redline:
            if op == EQUAL:
                continue
            if any(m in text for m in WDIFF):
                return CRITIC
            bracketed = "[" in text or "]" in text
            if bracketed and (text.count("[") != text.count("]") or negotiation_brackets(text)):
                return CRITIC
    return WDIFF


def redline_text(redline: Redline, markers: Markers | None = None) -> str:
    """The redline on one line in wdiff style: ``[-Condemns-] {+Strongly deplores+}``
    (with ``markers`` given, those; by default wdiff's, or CriticMarkup's where the
    changed words hold square brackets, see :func:`markers_for`)."""
    del_open, del_close, ins_open, ins_close = markers or markers_for((redline,))
    parts: list[str] = []
    prev: tuple[int, str] | None = None
    for op, text in segments(redline):
        if needs_gap(prev, op, text):
            parts.append(" ")
        if op == EQUAL:
            parts.append(text)
        elif op == DELETE:
            parts.append(f"{del_open}{text}{del_close}")
        else:
            parts.append(f"{ins_open}{text}{ins_close}")
        prev = (op, text)
    return _SPACES.sub(" ", "".join(parts)).strip()


def _all_redlines(changes: Iterable[Change]) -> Iterator[Redline]:
    for change in changes:
        for part in change.walk():
            yield part.redline


def _draft_lines(role: str, info: DraftInfo, width: int) -> list[str]:
    head = f"{role}: {draft_title(info)}"
    lines = _wrap(head, width, "", "     ")
    pad = " " * (len(role) + 2)
    lines += _wrap("; ".join(draft_facts(info)), width, pad)
    if info.sponsors:
        lines += _wrap("Sponsors: " + ", ".join(info.sponsors), width, pad, pad + "  ")
    return lines


def _field(name: str, value: str, width: int) -> list[str]:
    # Aligned labels make the summary scannable; values wrap under their own column.
    label = f"{name + ':':<26}"
    return _wrap(value, width, label, " " * len(label))


def _key_lines(cmp: Comparison, width: int) -> list[str]:
    # The few changes to read first, headline first: what the revision did.
    lines = [KEY_CHANGES_TITLE, "-" * len(KEY_CHANGES_TITLE)]
    keys = cmp.summary.key_changes
    if not keys:
        return lines + _wrap(no_key_changes(cmp.summary), width, "")
    who = TrackedBy(cmp)
    for k, key in enumerate(keys, 1):
        lead = f"{k}. "
        lines += _wrap(key_change_phrase(key, who.key(key)), width, lead, " " * len(lead))
    return lines


def _summary_lines(cmp: Comparison, width: int) -> list[str]:
    s = cmp.summary
    lines = ["Summary", "-------"]
    lines += _field("Net direction", f"{s.direction}. {direction_words(s)}", width)
    lines += _field("Changes", counts_phrase(s), width)
    sponsors = sponsors_phrase(cmp)
    if sponsors:
        lines += _field("Sponsors", sponsors, width)
    for name, status, note in flag_lines(cmp):
        lines += _field(name, f"{status}; {note}" if note else status, width)
    for group_name, group in measure_groups(s):
        lines += _field(group_name, "; ".join(measure_phrase(m) for m in group) or "none", width)
    lines += _field(
        "Headings", "; ".join(heading_phrase(h) for h in s.headings) or "none changed", width
    )
    lines += _field("Annexes, footnotes", text_changes_phrase(cmp), width)
    return lines


def _change_lines(
    change: Change,
    width: int,
    depth: int,
    only_changes: bool,
    tracked: TrackedBy | None = None,
    markers: Markers = WDIFF,
) -> list[str]:
    pad = _INDENT * depth
    if is_quiet(change):
        if only_changes:
            return []
        # One compact line: label, verdict, and as much of the text as fits.
        head = f"{pad}{title(change)}  unchanged  "
        room = width - len(head)
        text = change.new_text
        if room < 12:
            return [head.rstrip()]
        if len(text) > room:
            text = text[: room - 1].rstrip() + "…"
        return [head + text]

    marks: list[str] = [change.kind]
    if change.moved:
        marks.append("moved")
    for note in (section_move(change), match_note(change)):
        if note:
            marks.append(note)
    who = tracked.change(change) if tracked else ""
    if who:
        marks.append(who)
    lines = _wrap(f"{title(change)}  ·  " + " · ".join(marks), width, pad, pad + _INDENT)
    body = pad + _INDENT
    for shift in change.shifts:
        lines += _wrap(describe_shift(shift), width, body + "- ", body + "  ")
    if change.redline:
        lines += _wrap(redline_text(change.redline, markers), width, body)
    for child in change.children:
        lines += _change_lines(child, width, depth + 1, only_changes, tracked, markers)
    return lines


def _heading_lines(heading: PlacedHeading, width: int, markers: Markers = WDIFF) -> list[str]:
    # A heading of the drafts between the changes, as "== Political process ==", its
    # words marked as a redline's are when it was added or dropped.
    del_open, del_close, ins_open, ins_close = markers
    words = {
        "added": f"{ins_open}{heading.text}{ins_close}",
        "dropped": f"{del_open}{heading.text}{del_close}",
    }.get(heading.status, heading.text)
    note = heading_note(heading)
    line = f"== {words} ==" + (f"  ({note})" if note else "")
    return _wrap(line, width, "", "   ")


def render_text(cmp: Comparison, *, width: int = 88, only_changes: bool = False) -> str:
    """A plain-text report of a comparison, wrapped to ``width`` columns.

    Lists both drafts, the summary (counts per kind, moves, the Chapter VII, Article 39
    and use-of-force flags, measures, headings, net direction) and then every change in
    the new draft's order with its shifts in plain words and a wdiff-style redline
    (``[-deleted-]``, ``{+inserted+}``), sub-paragraphs indented. Unchanged clauses that
    did not move take one line each, or none with ``only_changes``. The drafts' headings
    stand between the changes as ``== Political process ==``, marked when added or
    dropped (with ``only_changes``, only those).
    """
    title = f"Comparison: {comparison_title(cmp)}"
    lines = _wrap(title, width, "")
    lines.append("=" * min(width, max(len(line) for line in lines)))
    lines += _draft_lines("Old", cmp.old, width)
    lines += _draft_lines("New", cmp.new, width)
    for role, warned in warned_drafts(cmp.old, cmp.new):
        lines.append(f"{role} draft: {WARNINGS_TITLE.lower()}")
        for said in warned:
            lines += _wrap(f"- {said}", width, "     ", "       ")
    lines.append("")
    lines += _key_lines(cmp, width)
    lines.append("")
    lines += _summary_lines(cmp, width)
    lines += ["", "Changes", "-------"]
    shown = [c for c in cmp.changes if not (only_changes and is_quiet(c))]
    markers = markers_for(chain(_all_redlines(shown), (t.redline for t in cmp.text_changes)))
    if markers is CRITIC:
        lines += [*_wrap(CRITIC_NOTE, width, ""), ""]
    if not shown:
        lines.append("No clause changed." if only_changes else "Both drafts are empty.")
    before, after = headings_among(cmp, lambda c: not (only_changes and is_quiet(c)))
    previous_quiet = True
    tracked = TrackedBy(cmp)
    for k, change in enumerate(cmp.changes):
        quiet = is_quiet(change)
        if only_changes and quiet:
            continue
        if k in before:
            lines.append("")
            for heading in before[k]:
                lines += _heading_lines(heading, width, markers)
            previous_quiet = False
        # A blank line around each full entry; runs of compact lines stay together.
        if not (quiet and previous_quiet):
            lines.append("")
        lines += _change_lines(change, width, 0, only_changes, tracked, markers)
        previous_quiet = quiet
    after = [h for h in after if not (only_changes and h.status == "kept")]
    if after:
        lines.append("")
        for heading in after:
            lines += _heading_lines(heading, width, markers)
    if cmp.text_changes:
        lines += ["", "Annexes and footnotes (named, not weighed)", "-" * 42]
        for text_change in cmp.text_changes:
            lines += ["", text_change_title(text_change)]
            differing, kept = changed_lines(text_change)
            for line in differing:
                lines += _wrap(redline_text(line, markers), width, _INDENT, _INDENT)
            if kept:
                lines.append(f"{_INDENT}({kept} line{'s' if kept != 1 else ''} unchanged)")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def render_change(change: Change, *, width: int = 88) -> str:
    """One change as the text report prints it: its label and verdict, each shift in
    plain words (why resdiff says so), and the redline, its sub-paragraphs indented
    below; an unchanged provision that did not move takes one line. What
    ``print(cmp.change_for("OP3"))`` shows. The redline's marks are chosen for this
    change alone (:func:`markers_for`), and CriticMarkup's are explained below it, as
    the report explains them above its changes (:data:`CRITIC_NOTE`)."""
    markers = markers_for(c.redline for c in change.walk())
    lines = _change_lines(change, width, 0, False, None, markers)
    if markers is CRITIC:
        lines += _wrap(CRITIC_NOTE, width, "")
    return "\n".join(line.rstrip() for line in lines) + "\n"


# Comparison.__str__ and Change.__str__ find their text through these hooks (the model
# imports no renderer).
register("comparison_text", render_text)
register("change_text", render_change)
