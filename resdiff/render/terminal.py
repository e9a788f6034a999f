"""The report in a terminal: a colour redline and summary table drawn with ``rich``.

``resdiff compare`` uses it when it writes the text report to a terminal and ``rich`` is
installed (``pip install 'resdiff[terminal]'``); anywhere else it writes the plain text
report. Deleted words are red and struck through, inserted words green and underlined, so
the redline still reads where colour is off (``NO_COLOR``) or not seen.

Every function here returns an ordinary ``rich`` renderable, so the pieces compose with
anything else printed to a :class:`rich.console.Console`::

    from rich.console import Console
    from resdiff.render.terminal import comparison_renderable
    Console().print(comparison_renderable(cmp, only_changes=True))

This module imports ``rich`` at import time; nothing else in :mod:`resdiff` imports it.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..explain import describe_shift
from ..model import Change, Comparison, DraftInfo, Redline, Shift
from ._common import (
    DELETE,
    EQUAL,
    KEY_CHANGES_TITLE,
    WARNINGS_TITLE,
    TrackedBy,
    changed_lines,
    comparison_title,
    direction_words,
    draft_facts,
    draft_title,
    flag_lines,
    heading_phrase,
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
    text_parts_differ,
    title,
    warned_drafts,
)

__all__ = [
    "DELETE_STYLE",
    "INSERT_STYLE",
    "KIND_STYLES",
    "change_renderable",
    "comparison_renderable",
    "print_comparison",
    "redline_text",
    "summary_table",
]

#: Style of deleted words: struck through, so it reads without colour too.
DELETE_STYLE = "red strike"
#: Style of inserted words: underlined, so it reads without colour too.
INSERT_STYLE = "green underline"
#: Style of each change kind's badge, of ``moved``, and of the net directions.
KIND_STYLES: dict[str, str] = {
    "added": "bold green",
    "dropped": "bold red",
    "softened": "bold dark_orange3",
    "strengthened": "bold blue",
    "mixed": "bold magenta",
    "reworded": "bold",
    "unchanged": "dim",
    "moved": "bold cyan",
    "softer": "bold dark_orange3",
    "stronger": "bold blue",
    "neutral": "bold",
}
_FLAG_STYLES = {
    "kept": "blue",
    "added": "green",
    "dropped": "bold red",
    "absent": "dim",
    "unknown": "dim italic",
}
_ARROWS = {"softer": ("▼", "dark_orange3"), "stronger": ("▲", "blue"), "neutral": ("◆", "dim")}
_INDENT = 4


def redline_text(redline: Redline) -> Text:
    """A word redline as styled text: deleted runs in :data:`DELETE_STYLE`, inserted runs
    in :data:`INSERT_STYLE`, kept words plain."""
    text = Text()
    prev: tuple[int, str] | None = None
    for op, piece in segments(redline):
        if needs_gap(prev, op, piece):
            text.append(" ")
        if op == EQUAL:
            text.append(piece)
        else:
            text.append(piece, style=DELETE_STYLE if op == DELETE else INSERT_STYLE)
        prev = (op, piece)
    return text


def _badge(word: str) -> Text:
    return Text(word, style=KIND_STYLES.get(word, ""))


def _shift_text(shift: Shift) -> Text:
    arrow, style = _ARROWS[shift.direction]
    return Text.assemble((arrow + " ", style), describe_shift(shift))


def _head(change: Change, who: str = "") -> Text:
    head = Text.assemble((title(change), "bold"), "  ", _badge(change.kind))
    if change.moved:
        head.append("  ")
        head.append_text(_badge("moved"))
    for note in (section_move(change), match_note(change), who):
        if note:
            head.append(f"  · {note}", style="dim")
    return head


def change_renderable(
    change: Change, *, only_changes: bool = False, tracked: TrackedBy | None = None
) -> RenderableType:
    """One change: its refs and kind, its shifts in plain words (▼ softer, ▲ stronger),
    its redline, then its sub-paragraphs indented. An unchanged clause that stayed in
    place is one dim line, or nothing with ``only_changes``."""
    if is_quiet(change):
        if only_changes:
            return Group()
        line = Text.assemble((title(change), "bold"), "  ", ("unchanged", "dim"), "  ")
        line.append(change.new_text, style="dim")
        line.no_wrap = True
        line.overflow = "ellipsis"
        return line
    body: list[RenderableType] = [_shift_text(s) for s in change.shifts]
    if change.redline:
        body.append(redline_text(change.redline))
    body += [
        change_renderable(child, only_changes=only_changes, tracked=tracked)
        for child in change.children
        if not (only_changes and is_quiet(child))
    ]
    who = tracked.change(change) if tracked else ""
    return Group(_head(change, who), Padding(Group(*body), (0, 0, 0, _INDENT)))


def summary_table(cmp: Comparison) -> Table:
    """The summary: net direction, counts per kind and moves, the Chapter VII, Article 39
    and use-of-force flags, measures and headings."""
    s = cmp.summary
    table = Table(box=box.SIMPLE, show_header=False, pad_edge=False, title_justify="left")
    table.add_column("", style="bold", no_wrap=True)
    table.add_column("", overflow="fold")
    table.add_row(
        "Net direction",
        Text.assemble((s.direction, KIND_STYLES[s.direction]), f". {direction_words(s)}"),
    )
    counts = Text()
    for kind, n in kind_counts(s):
        if n:
            if counts:
                counts.append(", ")
            counts.append(f"{n} {kind}", style=KIND_STYLES[kind])
    if not counts:
        counts.append("no changes", style="dim")
    if s.moved:
        counts.append("; ")
        counts.append(f"{s.moved} moved", style=KIND_STYLES["moved"])
    table.add_row("Changes", counts)
    sponsors = sponsors_phrase(cmp)
    if sponsors:
        table.add_row("Sponsors", Text(sponsors))
    for name, status, note in flag_lines(cmp):
        flag = Text(status, style=_FLAG_STYLES[status])
        if note:
            flag.append(f"; {note}", style="dim")
        table.add_row(name, flag)
    for group_name, group in measure_groups(s):
        table.add_row(
            group_name,
            Text("\n".join(measure_phrase(m) for m in group)) if group else Text("none", "dim"),
        )
    table.add_row(
        "Headings",
        Text("\n".join(heading_phrase(h) for h in s.headings))
        if s.headings
        else Text("none changed", "dim"),
    )
    table.add_row(
        "Annexes, footnotes",
        Text(text_changes_phrase(cmp)) if text_parts_differ(cmp) else Text("none changed", "dim"),
    )
    return table


def _draft_text(role: str, info: DraftInfo) -> Text:
    text = Text.assemble((f"{role}: ", "bold"), (draft_title(info), "bold"))
    facts = "; ".join(draft_facts(info))
    if facts:
        text.append(f"  {facts}", style="dim")
    if info.sponsors:
        text.append(f"\nSponsors: {', '.join(info.sponsors)}", style="dim")
    return text


def _key_changes_text(cmp: Comparison) -> Text:
    keys = cmp.summary.key_changes
    if not keys:
        return Text(no_key_changes(cmp.summary), style="dim")
    text = Text()
    who = TrackedBy(cmp)
    for k, key in enumerate(keys, 1):
        style = {"softer": "red", "stronger": "green"}.get(key.direction, "")
        text.append(f"{k}. ", style="bold")
        text.append(key_change_phrase(key, who.key(key)), style=style)
        if k < len(keys):
            text.append("\n")
    return text


def comparison_renderable(cmp: Comparison, *, only_changes: bool = False) -> Group:
    """The whole report as one renderable: title, the two drafts, the summary table and
    every change in the new draft's order (see :func:`change_renderable`)."""
    parts: list[RenderableType] = [
        Rule(Text(comparison_title(cmp), style="bold")),
        _draft_text("Old", cmp.old),
        _draft_text("New", cmp.new),
        *(
            Text(
                f"{role} draft, {WARNINGS_TITLE.lower()}:\n"
                + "\n".join(f"  - {w}" for w in warned),
                style="yellow",
            )
            for role, warned in warned_drafts(cmp.old, cmp.new)
        ),
        Text(""),
        Text(KEY_CHANGES_TITLE, style="bold underline"),
        _key_changes_text(cmp),
        Text(""),
        Text("Summary", style="bold underline"),
        summary_table(cmp),
        Text("Changes", style="bold underline"),
    ]
    shown = [c for c in cmp.changes if not (only_changes and is_quiet(c))]
    if not shown:
        parts.append(
            Text("No clause changed." if only_changes else "Both drafts are empty.", "dim")
        )
    previous_quiet = True
    tracked = TrackedBy(cmp)
    for change in shown:
        quiet = is_quiet(change)
        # A blank line around each full entry; runs of one-line entries stay together.
        if not (quiet and previous_quiet):
            parts.append(Text(""))
        parts.append(change_renderable(change, only_changes=only_changes, tracked=tracked))
        previous_quiet = quiet
    if cmp.text_changes:
        parts += [Text(""), Text("Annexes and footnotes (named, not weighed)", "bold underline")]
        for text_change in cmp.text_changes:
            parts += [Text(""), Text(text_change_title(text_change), style="bold")]
            differing, kept = changed_lines(text_change)
            for line in differing:
                parts.append(Padding(redline_text(line), (0, 0, 0, 4)))
            if kept:
                parts.append(Text(f"    ({kept} line{'s' if kept != 1 else ''} unchanged)", "dim"))
    return Group(*parts)


def print_comparison(
    cmp: Comparison, console: Console | None = None, *, only_changes: bool = False
) -> None:
    """Print the comparison to a terminal in colour: title, drafts, summary table, then
    every change with its shifts and a redline (deleted words red and struck through,
    inserted words green and underlined), sub-paragraphs indented. ``only_changes``
    leaves out paragraphs that did not change. Prints to ``console``, by default a new
    :class:`rich.console.Console` on standard output."""
    (console or Console()).print(comparison_renderable(cmp, only_changes=only_changes))
