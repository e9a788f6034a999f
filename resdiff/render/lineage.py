"""A :class:`~resdiff.lineage.Lineage` as short text, Markdown and one HTML page.

The text report is meant to fit on a screen or two whatever the number of provisions:
the revisions on one line each, a grid of the sanctions measures (one row per measure,
one column per revision, a letter for its mode), the quantities that moved (one line per
track, only the revisions where the value changed), then each step's direction, counts
and first key changes. Everything else — every key change, every value, every provision —
is in the JSON.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ..display import register
from ..model import DOCUMENT_FLAGS
from ._common import format_date, text_changes_phrase, text_parts_differ
from .css import fragment_of
from .markdown import escape_md
from .page import direction_badge, e, page
from .timeline_words import (
    ARROWS,
    HEADINGS_NAMED,
    founding_words,
    gap_words,
    heading_words,
    key_change_line,
    key_change_parts,
    key_change_wrapped,
    skipped_words,
    step_head,
    wrap_citing,
)

if TYPE_CHECKING:
    from ..history import Revision
    from ..lineage import Lineage, LineageStep, MeasureLine, QuantityTrack
    from ..model import MeasureMode

__all__ = [
    "MODE_LETTERS",
    "render_lineage_html",
    "render_lineage_markdown",
    "render_lineage_text",
    "short_name",
]

#: The letter of each measure mode in the grid; ``—`` where no clause names the measure.
MODE_LETTERS: dict[MeasureMode, str] = {"mandatory": "M", "hortatory": "H", "voluntary": "V"}
_ARROWS = ARROWS
#: Key changes shown per step in the text report (the JSON has them all).
KEY_CHANGES_SHOWN = 3


def short_name(name: str) -> str:
    """A revision's name for a narrow column: ``S/RES/2509 (2020)`` → ``2509 (2020)``."""
    return name.removeprefix("S/RES/").removeprefix("A/RES/")


def _cell(m: MeasureLine, k: int) -> str:
    state = m.states[k]
    if state is None:
        return "—"
    letter = MODE_LETTERS[state.mode]
    return letter + ("!" if state.ends else "")


def _event_words(m: MeasureLine) -> list[str]:
    words: list[str] = []
    for ev in m.events:
        arrow = _ARROWS[ev.direction]
        if ev.event == "mode-changed":
            what = f"{ev.old_mode} → {ev.new_mode}"
        elif ev.event == "appeared":
            what = f"appeared ({ev.new_mode})"
        elif ev.event == "restored":
            what = f"named again ({ev.new_mode})"
        elif ev.event == "lifted":
            what = "lifted or ended"
        else:
            what = "no longer named"
        refs = f" {', '.join(ev.refs[:2])}" if ev.refs else ""
        words.append(f"[{ev.revision}] {arrow} {what}{refs}")
    return words


def _track_moves(t: QuantityTrack) -> str:
    """Every revision's value, from the first that holds one, each move with its arrow:
    "[0] 6 months · [1] 12 months ▲ · [2] 12 months" (the quoted provision is its last
    text, so its value must be shown too, not only the moves)."""
    first = next(k for k, v in enumerate(t.values) if v is not None)
    moves = {c.revision: c for c in t.changes}
    parts: list[str] = []
    gap: list[int] = []  # texts in a row without the quantity, shown as the legend says
    for k in range(first, len(t.values)):
        v = t.values[k]
        c = moves.get(k)
        # A value lost with no direction ("[2] —") and the texts after it without one
        # are one run: "[2]–[4] —".
        if v is None and (c is None or (c.new is None and c.direction == "neutral")):
            gap.append(k)
            continue
        if gap:
            parts.append(_gap_words(gap))
            gap = []
        if c is not None:
            # A neutral move (a value the provision gained or lost) has no arrow.
            arrow = "" if c.direction == "neutral" else f" {_ARROWS[c.direction]}"
            parts.append(f"[{k}] {c.new or '—'}{arrow}")
        elif v is not None:
            parts.append(f"[{k}] {v.value}")
    if gap:
        parts.append(_gap_words(gap))
    return " · ".join(parts)


def _gap_words(gap: list[int]) -> str:
    """Texts in a row that do not hold a quantity: "[2] —" or "[1]–[3] —". Left out,
    "[0] every 60 days · [4] every 30 days ▲" hid that [1]–[3] hold none, and the arrow
    compares [4] with [0] (an analyst's trial of UNSMIL's seven texts, 2020–2022)."""
    span = f"[{gap[0]}]" if len(gap) == 1 else f"[{gap[0]}]–[{gap[-1]}]"
    return f"{span} —"


def _track_ref(t: QuantityTrack) -> str:
    """The refs the track's provision held, in order: ``OP3`` or ``OP3 → OP4``."""
    seen: list[str] = []
    for v in t.values:
        if v is not None and (not seen or seen[-1] != v.ref):
            seen.append(v.ref)
    return " → ".join(seen[:3]) + (" …" if len(seen) > 3 else "")


def moved_tracks(lin: Lineage) -> list[QuantityTrack]:
    """The tracks whose value changed, came or went at least once while their provision
    stood (directional moves first)."""
    moved = [t for t in lin.quantities if t.changes]
    return sorted(
        moved,
        key=lambda t: (not any(c.direction != "neutral" for c in t.changes), t.type),
    )


def _step_line(lin: Lineage, step: LineageStep) -> str:
    # Worded as the history's steps are: one reading, one wording.
    return step_head(lin.revisions[step.revision], step.direction, step.counts)


def _rev_flags(rev: Revision, names: tuple[str, str, str]) -> list[str]:
    """The flags a text holds, by ``names`` (Chapter VII, Article 39, force), each marked
    "(in dispute)" where the text reads it from words still in square brackets or an
    alternative, and named so where only a later alternative holds it."""
    flags = []
    for name, on, feature in zip(
        names,
        (rev.chapter_vii, rev.art39, rev.use_of_force),
        DOCUMENT_FLAGS,
        strict=True,
    ):
        disputed = feature in rev.disputed
        if on or disputed:
            flags.append(f"{name} (in dispute)" if disputed else name)
    return flags


def _flag_changes(lin: Lineage, step: LineageStep, *, short: bool = False) -> list[str]:
    """The flags the step added or dropped, then the headings and lead-ins it changed
    (``short``: headings counted by kind beyond
    :data:`~resdiff.render.timeline_words.HEADINGS_NAMED`, lead-ins always named; the Markdown,
    HTML and JSON name every one), then the annexes and footnotes that differ, as
    compare's summary names them (read from the history the lineage keeps); first of
    all, the resolutions the step skips that the later text cites
    (:func:`~resdiff.render.timeline_words.skipped_words`), or where it cites none and
    the distinct resolutions are years apart, that they are
    (:func:`~.timeline_words.gap_words`)."""
    rev = lin.revisions[step.revision]
    skipped = skipped_words(rev, short=short)
    if skipped is None and lin.distinct:
        # Years apart only between distinct resolutions, as the history says it: two
        # drafts of one text years apart have no renewals between them to miss.
        skipped = gap_words(lin.revisions[step.revision - 1], rev)
    # A renewal of the text that set the body up, as the history and the series say it.
    founded = founding_words(lin.revisions[step.revision - 1], rev) if lin.distinct else None
    words = ([founded] if founded else []) + ([skipped] if skipped else [])
    for name, status in (
        ("Chapter VII", step.chapter_vii),
        ("Article 39 determination", step.art39),
        ("use of force", step.use_of_force),
    ):
        if status in ("added", "dropped"):
            words.append(f"{name} {status}")
    # The headings and lead-ins the step changed, worded as compare's summary words them.
    said = heading_words(step.headings, named=HEADINGS_NAMED if short else None)
    if said:
        words.append("headings: " + "; ".join(said))
    if lin.history is not None and step.revision <= len(lin.history.comparisons):
        # An annex rewritten (the 1988 regime's Monitoring Team tasks, 2557 → 2611
        # (2021)) read as if it stood still: no step named it.
        cmp = lin.history.comparisons[step.revision - 1]
        if text_parts_differ(cmp):
            words.append("annexes: " + text_changes_phrase(cmp))
    return words


def render_lineage_text(
    lin: Lineage, *, width: int = 88, key_changes: int = KEY_CHANGES_SHOWN
) -> str:
    """The lineage as short plain text: revisions, the measures grid and its events, the
    quantities that moved, and each step's direction with its first ``key_changes`` key
    changes."""
    n = len(lin.revisions)
    first, last = lin.revisions[0].name, lin.revisions[-1].name
    heading = f"Lineage: {first} → {last} ({n} texts)" if n > 1 else f"Lineage: {first}"
    lines = [heading, "=" * min(len(heading), width), ""]
    for rev in lin.revisions:
        flags = _rev_flags(rev, ("Ch. VII", "Art. 39", "force"))
        date = format_date(rev.date) or "undated"
        extra = f"; {', '.join(flags)}" if flags else ""
        lines.append(f"  [{rev.index}] {rev.name}: {date}; {rev.operative} operative{extra}")
    lines += ["", f"{lin.provisions} provisions followed.", ""]

    lines += ["Measures (M mandatory, H hortatory, V voluntary, ! lifted or ended, — not named)"]
    if lin.measures:
        label_w = min(26, max(len(m.label) for m in lin.measures) + 1)
        head = " " * (label_w + 2) + " ".join(f"{k:>3}" for k in range(n))
        lines.append(head)
        for m in lin.measures:
            row = f"  {m.label[:label_w]:<{label_w}}" + " ".join(
                f"{_cell(m, k):>3}" for k in range(n)
            )
            lines.append(row.rstrip())
            events = _event_words(m)
            if events:
                lines += textwrap.wrap(
                    "; ".join(events),
                    width=width,
                    initial_indent="      ",
                    subsequent_indent="      ",
                    break_on_hyphens=False,
                )
    else:
        lines.append("  none named in the operative part")
    lines.append("")

    moved = moved_tracks(lin)
    steady = len(lin.quantities) - len(moved)
    lines.append("Quantities that moved (▲ stronger, ▼ softer, — not in that text)")
    if not moved:
        lines.append("  none")
    for t in moved:
        lines += textwrap.wrap(
            f"{t.label} ({_track_ref(t)}) — {t.subject}: {_track_moves(t)}",
            width=width,
            initial_indent="  ",
            subsequent_indent="      ",
            break_on_hyphens=False,
        )
    if steady:
        # "1 more quantity held", not "1 more quantities" (a new user's trial).
        words = "quantity" if steady == 1 else "quantities"
        lines.append(f"  ({steady} more {words} held steady or stood in one text only.)")
    lines.append("")

    if lin.steps:
        lines.append("Steps (key changes, heaviest first)")
    for step in lin.steps:
        lines += textwrap.wrap(
            _step_line(lin, step), width=width, initial_indent="  ", subsequent_indent="      "
        )
        flags = _flag_changes(lin, step, short=True)
        if flags:
            lines += wrap_citing(
                "; ".join(flags),
                width=width,
                initial_indent="      ",
                subsequent_indent="        ",
            )
        for key in step.key_changes[:key_changes]:
            # Two lines at most (a mixed change's halves a line each): a lineage of ten
            # renewals must still fit two screens.
            lines += key_change_wrapped(key, width, " " * 6, " " * 8)
        more = len(step.key_changes) - key_changes
        if more > 0:
            lines.append(f"      (+{more} more key changes in the JSON)")
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------------------
# Markdown


def _md(text: str) -> str:
    return escape_md(text).replace("\n", " ")


def render_lineage_markdown(lin: Lineage) -> str:
    """The lineage in GitHub-flavoured Markdown: the revisions, the measures grid, the
    quantities that moved, and every step's key changes."""
    n = len(lin.revisions)
    heads = " | ".join(f"\\[{k}\\]" for k in range(n))
    lines = [f"# Lineage: {_md(' → '.join(short_name(x) for x in lin.names))}", ""]
    lines += ["| # | Text | Date | Operative | Flags |", "|---|---|---|---|---|"]
    for rev in lin.revisions:
        flags = ", ".join(_rev_flags(rev, ("Chapter VII", "Article 39", "use of force")))
        lines.append(
            f"| {rev.index} | {_md(rev.name)} | {format_date(rev.date) or '—'} | "
            f"{rev.operative} | {flags or '—'} |"
        )
    lines += ["", "## Measures", ""]
    if lin.measures:
        lines += [f"| Measure | {heads} | Events |", "|---" * (n + 2) + "|"]
        for m in lin.measures:
            cells = " | ".join(_cell(m, k) for k in range(n))
            lines.append(f"| {_md(m.label)} | {cells} | {_md('; '.join(_event_words(m)))} |")
        lines += ["", "M mandatory, H hortatory, V voluntary, ! lifted or ended, — not named."]
    else:
        lines.append("No sanctions measure named in the operative part.")
    lines += ["", "## Quantities that moved", ""]
    moved = moved_tracks(lin)
    for t in moved:
        lines.append(
            f"- **{_md(t.label)}** ({_md(_track_ref(t))}) — {_md(t.subject)}: "
            f"{_md(_track_moves(t))}"
        )
    if not moved:
        lines.append("None.")
    lines += ["", "## Steps", ""]
    for step in lin.steps:
        lines += [f"### {_md(_step_line(lin, step))}", ""]
        for flag in _flag_changes(lin, step):
            lines.append(f"- {_md(flag)}")
        for key in step.key_changes:
            lines.append(f"- {_md(key_change_line(key))}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------------------
# HTML


def render_lineage_html(lin: Lineage, *, title: str | None = None) -> str:
    """One self-contained HTML page: the measures grid, the quantities that moved, and
    each step with its direction and every key change."""
    n = len(lin.revisions)
    heads = "".join(
        f'<th scope="col">[{r.index}] {e(short_name(r.name))}'
        f'<span class="sub">{e(format_date(r.date) or "")}</span></th>'
        for r in lin.revisions
    )
    if lin.measures:
        rows = "".join(
            f'<tr><th scope="row">{e(m.label)}</th>'
            + "".join(f"<td>{e(_cell(m, k))}</td>" for k in range(n))
            + "</tr>"
            for m in lin.measures
        )
        # The events under the grid, not in a column of it: ten revisions leave a column
        # too narrow to read.
        events = "".join(
            f"<li><strong>{e(m.label)}</strong>: {e('; '.join(_event_words(m)))}</li>"
            for m in lin.measures
            if m.events
        )
        measures = (
            '<div class="scroll"><table><caption class="sr">Measures per text</caption>'
            f'<thead><tr><th scope="col">Measure</th>{heads}</tr>'
            f"</thead><tbody>{rows}</tbody></table></div>"
            '<p class="muted">M mandatory, H hortatory, V voluntary, ! lifted or ended, '
            "— not named.</p>"
            + (f'<h3>Events</h3><ul class="plain">{events}</ul>' if events else "")
        )
    else:
        measures = "<p>No sanctions measure named in the operative part.</p>"
    moved = moved_tracks(lin)
    quantity_items = "".join(
        f"<li><strong>{e(t.label)}</strong> ({e(_track_ref(t))}) — {e(t.subject)}: "
        f"{e(_track_moves(t))}</li>"
        for t in moved
    )
    steps = []
    for step in lin.steps:
        keys = "".join(
            f'<li><span class="dir-{e(k.direction)}">{_ARROWS[k.direction]}</span> '
            f"<strong>{e(name)}</strong>: {e(reasons)}</li>"
            for k in step.key_changes
            for name, reasons in (key_change_parts(k),)
        )
        flags = "".join(f"<li>{e(f)}</li>" for f in _flag_changes(lin, step))
        steps.append(
            f"<h3>{direction_badge(step.direction)} {e(_step_line(lin, step))}</h3>"
            f'<ul class="plain">{flags}{keys}</ul>'
        )
    body = (
        '<section class="card" aria-labelledby="m-h"><h2 id="m-h">Measures</h2>'
        f"{measures}</section>\n"
        '<section class="card" aria-labelledby="q-h"><h2 id="q-h">Quantities that moved</h2>'
        f'<ul class="plain">{quantity_items or "<li>None.</li>"}</ul></section>\n'
        '<section class="card" aria-labelledby="s-h"><h2 id="s-h">Steps</h2>'
        f"{''.join(steps) or '<p>One text: no step.</p>'}</section>"
    )
    heading = " → ".join(short_name(x) for x in lin.names)
    return page(
        title=title or f"{heading} — resdiff lineage",
        eyebrow="Lineage of measures and quantities",
        heading=heading,
        body=body,
        footer="Produced by resdiff. ▼ marks a softening, ▲ a strengthening, ◆ a neutral move.",
    )


register("lineage_text", render_lineage_text)


# The notebook shows the page as a fragment whose styles stay inside it.
register("lineage_html", fragment_of(render_lineage_html))
