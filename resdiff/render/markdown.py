"""The Markdown report, for a wiki page, a pull request or an e-mail.

GitHub-flavoured Markdown: a summary table, then one section per change headed
``### OP3 → OP4 · softened``. Deletions are ``~~struck~~`` and insertions ``**bold**``
(Markdown has no underline), and every piece of clause text is escaped so that a ``*``,
``_`` or ``<`` in a resolution cannot turn into formatting or HTML.
"""

from __future__ import annotations

from ..compiled import compile_cached
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
    direction_words,
    draft_facts,
    draft_title,
    flag_lines,
    heading_note,
    heading_phrase,
    headings_among,
    is_quiet,
    key_change_phrase,
    kind_counts,
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

# Punctuation that means something inline in CommonMark / GFM: emphasis, code, links,
# raw HTML, tables, strikethrough, entities. CommonMark lets any ASCII punctuation be
# backslash-escaped, so escaping these is always safe.
_INLINE = compile_cached(r"([\\`*_\[\]<>|~])")
_ENTITY = compile_cached(r"&(?=#?\w+;)")
# What would start a block (heading, list, quote, rule) if it opened a line.
_BLOCK_START = compile_cached(r"^(\s*)([#>+=-]|\d+[.)])")
_SPACES = compile_cached(r" {2,}")


def escape_md(text: str) -> str:
    """Escape text so Markdown shows it literally, inline and at the start of a line."""
    text = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))
    return _BLOCK_START.sub(lambda m: m.group(1) + _escape_block(m.group(2)), text)


def _escape_block(mark: str) -> str:
    # "12." becomes "12\." : only the punctuation needs the backslash.
    return mark[:-1] + "\\" + mark[-1]


def redline_md(redline: Redline) -> str:
    """The redline as one Markdown paragraph: ``~~Condemns~~ **Strongly deplores**``."""
    segs = segments(redline)
    parts: list[str] = []
    prev: tuple[int, str] | None = None
    for i, (op, text) in enumerate(segs):
        if needs_gap(prev, op, text):
            parts.append(" ")
        body = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))
        if op == EQUAL:
            parts.append(body)
        else:
            mark = "~~" if op == DELETE else "**"
            following = segs[i + 1][1] if i + 1 < len(segs) else ""
            # CommonMark only opens "~~" / "**" before punctuation when a space or
            # punctuation precedes it, and only closes after punctuation when one follows:
            # "programme~~, and~~" would print its tildes. There the change is marked with
            # HTML tags, which CommonMark passes through, so no space is put into the
            # text ("Good Offices (S/2021/1109)" stays one word, not "( S/2021/...").
            opens_badly = not text[0].isalnum() and bool(parts) and parts[-1][-1:].isalnum()
            closes_badly = not text[-1].isalnum() and following[:1].isalnum()
            if opens_badly or closes_badly:
                tag = "del" if op == DELETE else "ins"
                parts.append(f"<{tag}>{body}</{tag}>")
            else:
                parts.append(f"{mark}{body}{mark}")
        prev = (op, text)
    line = _SPACES.sub(" ", "".join(parts)).strip()
    return _BLOCK_START.sub(lambda m: m.group(1) + _escape_block(m.group(2)), line)


def _cell(text: str) -> str:
    # Inside a table a newline ends the row; escaping already took care of "|".
    return escape_md(text).replace("\n", " ")


def _draft_row(role: str, info: DraftInfo) -> str:
    facts = "; ".join(draft_facts(info))
    sponsors = ", ".join(info.sponsors) or "—"
    return f"| {role} | {_cell(draft_title(info))} | {_cell(facts)} | {_cell(sponsors)} |"


def _change_md(change: Change, level: int, tracked: TrackedBy | None = None) -> list[str]:
    hashes = "#" * min(level, 6)
    marks: list[str] = [change.kind]
    if change.moved:
        marks.append("moved")
    who = tracked.change(change) if tracked else ""
    if who:
        marks.append(escape_md(who))
    heading = f"{hashes} {escape_md(title(change))} · {' · '.join(marks)}"
    lines = [heading, ""]
    notes = [n for n in (section_move(change), match_note(change)) if n]
    if notes:
        note = "; ".join(notes)
        lines += ["*" + escape_md(note[:1].upper() + note[1:]) + "*", ""]
    if change.shifts:
        lines += [f"- {escape_md(describe_shift(s))}" for s in change.shifts]
        lines.append("")
    if change.redline:
        lines += ["> " + redline_md(change.redline), ""]
    for child in change.children:
        if is_quiet(child):
            lines += [f"- {escape_md(title(child))}: unchanged", ""]
        else:
            lines += _change_md(child, level + 1, tracked)
    return lines


def _heading_md(heading: PlacedHeading) -> list[str]:
    # A heading of the drafts between the changes: its words plain when kept, marked as
    # a redline's when added or dropped. A rule line rather than a Markdown heading, so
    # that it never reads as one of the report's own sections.
    words = escape_md(heading.text)
    mark = {"added": "**", "dropped": "~~"}.get(heading.status, "")
    note = heading_note(heading)
    return [f"— {mark}{words}{mark} —" + (f" *({note})*" if note else ""), ""]


def render_markdown(cmp: Comparison) -> str:
    """A Markdown report of a comparison: the drafts and summary as tables, then one
    section per change (unchanged clauses that stayed in place are listed in one line
    at the end rather than given a section each), the drafts' headings between them
    (``— Political process —``, marked when added or dropped)."""
    s = cmp.summary
    heading = comparison_title(cmp)
    lines = [f"# Comparison: {escape_md(heading)}", ""]
    lines += ["| | Draft | Details | Sponsors |", "|---|---|---|---|"]
    lines += [_draft_row("Old", cmp.old), _draft_row("New", cmp.new), ""]
    for role, warned in warned_drafts(cmp.old, cmp.new):
        lines += [f"> **{role} draft, {WARNINGS_TITLE.lower()}:**", ">"]
        lines += [f"> - {escape_md(line)}" for line in warned]
        lines.append("")

    lines += [f"## {KEY_CHANGES_TITLE}", ""]
    if s.key_changes:
        who = TrackedBy(cmp)
        lines += [
            f"{k}. {escape_md(key_change_phrase(key, who.key(key)))}"
            for k, key in enumerate(s.key_changes, 1)
        ]
    else:
        lines.append(escape_md(no_key_changes(s)))
    lines.append("")
    lines += ["## Summary", "", f"**Net direction: {s.direction}.** {direction_words(s)}"]
    lines += ["", "| | |", "|---|---|"]
    for kind, n in kind_counts(s):
        lines.append(f"| {kind.capitalize()} | {n} |")
    lines.append(f"| Moved | {s.moved} |")
    sponsors = sponsors_phrase(cmp)
    if sponsors:
        lines.append(f"| Sponsors | {_cell(sponsors)} |")
    for name, status, note in flag_lines(cmp):
        lines.append(f"| {name} | {status}{_cell('; ' + note) if note else ''} |")
    for group_title, group in measure_groups(s):
        value = "; ".join(measure_phrase(m) for m in group) or "none"
        lines.append(f"| {group_title} | {_cell(value)} |")
    headings = "; ".join(heading_phrase(h) for h in s.headings) or "none changed"
    lines += [f"| Headings | {_cell(headings)} |"]
    lines += [f"| Annexes, footnotes | {_cell(text_changes_phrase(cmp))} |", ""]

    lines += ["## Changes", ""]
    quiet: list[str] = []
    before, after = headings_among(cmp, lambda c: not is_quiet(c))
    tracked = TrackedBy(cmp)
    for k, change in enumerate(cmp.changes):
        if is_quiet(change):
            quiet.append(title(change))
            continue
        for placed in before.get(k, []):
            lines += _heading_md(placed)
        lines += _change_md(change, 3, tracked)
    for placed in after:
        lines += _heading_md(placed)
    if cmp.text_changes:
        lines += ["## Annexes and footnotes (named, not weighed)", ""]
        for text_change in cmp.text_changes:
            lines += [f"### {escape_md(text_change_title(text_change))}", ""]
            differing, kept = changed_lines(text_change)
            for line in differing:
                lines += [f"> {redline_md(line)}", ">"]
            if lines[-1] == ">":
                lines.pop()
            if kept:
                lines += ["", f"({kept} line{'s' if kept != 1 else ''} unchanged)"]
            lines.append("")
    if quiet:
        lines += ["## Unchanged", "", escape_md(", ".join(quiet)), ""]
    return "\n".join(lines).rstrip() + "\n"
