"""Timelines of a :class:`~resdiff.history.History`: plain text, Markdown and one
self-contained HTML page.

One row per provision, one column per revision; each cell gives the provision's ref
there, what that revision did to it (a kind badge) and the strength of its lead phrase
on both axes (``A6`` prescriptive force, ``B5`` censure). In HTML the cell's title (and a
line for screen readers) lists the named shifts. A summary on top states Chapter VII,
the Article 39 determination and the use of force per revision.

The HTML page follows the comparison report (:mod:`resdiff.render.html`): the same
palette, everything inline, a Content-Security-Policy pinned to the hash of its CSS and
no script at all, so it never reaches the network. :data:`CONTRAST_PAIRS` lists every
text/background pair the stylesheet uses, each held to WCAG AA by the tests. The page
shell (:mod:`.page`) is shared with the provenance, lineage, series and precedents
reports; the wording the three formats share is :mod:`.timeline_words`.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ..compiled import compile_cached
from ..display import register
from ._common import format_date
from .css import fragment_of
from .markdown import escape_md
from .page import CONTRAST_PAIRS, badge, direction_badge, e, page, stylesheet
from .timeline_words import (
    ARROWS,
    KEY_CHANGES_SHOWN,
    _annex_cells,
    _cell_words,
    _flag_rows,
    _heading_cells,
    _heading_lines,
    _shift_line,
    _short,
    _step_lines,
    _step_note,
    _title,
    key_change_line,
    key_change_parts,
    key_change_wrapped,
    revision_facts,
    step_verdicts,
    wrap_citing,
)

# The shared wording stood here first: its public names stay importable from here.
from .timeline_words import HEADINGS_NAMED as HEADINGS_NAMED
from .timeline_words import IN_DISPUTE as IN_DISPUTE
from .timeline_words import heading_words as heading_words

if TYPE_CHECKING:
    from ..history import History, Provision, Revision, Step
    from ..model import Shift

__all__ = [
    "CONTRAST_PAIRS",
    "render_timeline_html",
    "render_timeline_markdown",
    "render_timeline_text",
    "stylesheet",
]

# ---------------------------------------------------------------------------------------
# Text


#: A tier as the text timeline writes it beside a lead phrase: "urges (A3)", "(A3 · B1)".
_TIER_CODE = compile_cached(r"\((?:A[1-6]|B[1-7])(?: · B[1-7])?\)")


def _shift_rows(shift: Shift, step: Step, width: int) -> list[str]:
    """A shift of a step as the text timeline lists it under the step's row: "- " and the
    shift in words, wrapped under the row's text (the full list and the compact one)."""
    return textwrap.wrap(
        f"- {_shift_line(shift, step)}",
        width=width,
        initial_indent="        ",
        subsequent_indent="          ",
        break_on_hyphens=False,
    )


def _tier_key(lines: list[str], width: int) -> list[str]:
    """The key to the tier codes of ``lines`` (a blank line, then the key), or nothing
    when they hold none: the HTML timeline says it in its legend; the text said nothing."""
    if not any(_TIER_CODE.search(line) for line in lines):
        return []
    return [
        "",
        *textwrap.wrap(
            "Tiers beside a lead phrase: A = prescriptive force (1 declaratory … 6 decides, "
            "authorizes), B = censure or concern (1 expresses concern … 7 condemns in the "
            "strongest terms). A verb that restates a binding decision ranks as that "
            "decision (“Reaffirms that ... shall apply”: A6).",
            width=width,
        ),
    ]


def render_timeline_text(history: History, *, width: int = 88, compact: bool | None = None) -> str:
    """The timeline as plain text: the revisions and their flags, then each provision
    with one line per revision it was touched in and its shifts below.

    ``compact`` (the default for distinct resolutions, :attr:`History.distinct`) keeps
    to what changed in strength: a provision only reworded or unchanged at every step is
    counted, not listed; a listed provision shows the steps that added, dropped, softened
    or strengthened it, and its neutral shifts (dates, symbols, citations moved on) are
    counted. ``compact=False`` lists everything, as for the drafts of one text."""
    if compact is None:
        compact = history.distinct
    heading = textwrap.wrap(
        f"History: {_title(history)}", width=width, subsequent_indent="  ", break_on_hyphens=False
    )
    rule = "=" * min(max(len(line) for line in heading), width)
    lines = [*heading, rule, "", "Revisions", "---------"]
    for rev in history.revisions:
        lines += textwrap.wrap(
            f"[{rev.index}] {rev.name}: " + "; ".join(revision_facts(rev)),
            width=width,
            initial_indent="  ",
            subsequent_indent="      ",
            break_on_hyphens=False,
        )
    lines.append("")
    for name, words in _flag_rows(history):
        cells = " · ".join(f"[{k}] {w or 'none'}" for k, w in enumerate(words))
        if compact:
            lines += textwrap.wrap(
                cells, width=width, initial_indent=f"{name + ':':<26}", subsequent_indent=" " * 26
            )
        else:
            lines.append(f"{name + ':':<26}{cells}")
    lines += _heading_lines(history, width, compact)
    lines += _step_lines(
        "Annexes, footnotes:", _annex_cells(history), width, " (named, not weighed)"
    )
    lines += _verdict_lines(history, width, KEY_CHANGES_SHOWN if compact else None)
    introduced = [len(history.introduced(k)) for k in range(1, len(history.revisions))]
    parts = [f"{len(history.provisions)} provisions followed"]
    parts += [f"{n} new at [{k}]" for k, n in enumerate(introduced, start=1) if n]
    parts += _dropped_counts(history)
    if compact:
        listed = _compact_provisions(history, width)
        lines += _tier_key(listed, width)
        lines += ["", *textwrap.wrap("; ".join(parts) + ".", width=width)]
        lines += listed
        return "\n".join(lines).rstrip() + "\n"
    lines += ["", "; ".join(parts) + ".", "", "Provisions", "----------"]
    for p in history.provisions:
        lines.append("")
        lines.append(_short(f"{_named(p)} · {p.text}", width))
        for k in range(len(history.revisions)):
            ref, kind, strength = _cell_words(p, k)
            step = p.steps[k]
            if ref is None and step is None:
                continue
            note = _step_note(p, step) if step is not None else None
            row = f"  [{k}] {ref or '—':<8} {kind or '':<18} {strength or ''}".rstrip()
            if note:
                row += f"  ({note})"
            lines.append(row)
            if step is not None:
                for shift in step.shifts:
                    lines += _shift_rows(shift, step, width)
    at = lines.index("Provisions") - 1
    lines[at:at] = _tier_key(lines[at:], width)
    return "\n".join(lines).rstrip() + "\n"


def _verdict_lines(history: History, width: int, shown: int | None) -> list[str]:
    """Each step's verdict, as ``resdiff compare`` gives it for the same two texts (issue
    9 §8): its direction and counts, the flags and measures it turned, and its key changes
    heaviest first (``shown``: the first that many, the rest counted). A history of ten
    renewals said what each did to each provision and never whether the renewal was
    softer or stronger (an analyst's finding, twenty-eighth session)."""
    verdicts = step_verdicts(history)
    if not verdicts:
        return []
    lines = ["", "Steps (each as resdiff compare reads it; key changes heaviest first)"]

    def wrap(text: str, first: str, rest: str, max_lines: int | None = None) -> list[str]:
        return textwrap.wrap(
            text,
            width=width,
            initial_indent=first,
            subsequent_indent=rest,
            break_on_hyphens=False,
            max_lines=max_lines,
            placeholder=" …",
        )

    for _, head, turns, keys in verdicts:
        lines += wrap(head, "  ", "      ")
        if turns:
            lines += wrap_citing(
                "; ".join(turns), width=width, initial_indent=" " * 6, subsequent_indent=" " * 8
            )
        for key in keys[:shown]:
            # Two lines at most each in the compact timeline: one cut a mixed change's
            # second half off (its words list both, as compare's key changes do).
            lines += (
                key_change_wrapped(key, width, " " * 6, " " * 8)
                if shown
                else wrap(key_change_line(key), " " * 6, " " * 8)
            )
        more = len(keys) - len(keys[:shown])
        if more > 0:
            word = "change" if more == 1 else "changes"
            lines.append(f"      (+{more} more key {word}: --full, or resdiff compare)")
    return lines


#: The kinds of step a compact timeline lists a provision for: changed in place.
_SHIFTED_KINDS = frozenset({"softened", "strengthened", "mixed"})


def _named(p: Provision) -> str:
    """A provision's id, with where it last stands when its ref changed on the way (its
    quoted text is its last): "PP4@0, last OP4 at [3]"."""
    last = max((k for k, ref in enumerate(p.refs) if ref is not None), default=None)
    if last is None or p.refs[last] == p.id.split("@", 1)[0]:
        return p.id
    return f"{p.id}, last {p.refs[last]} at [{last}]"


def _compact_provisions(history: History, width: int) -> list[str]:
    """The provisions part of a compact timeline (distinct resolutions): each provision
    softened, strengthened or mixed at some step, with those steps and their directional
    shifts only; then, per revision, the refs of the paragraphs added and dropped; the
    rest (reworded, unchanged) counted."""
    shifted = [
        p for p in history.provisions if any(s and s.kind in _SHIFTED_KINDS for s in p.steps)
    ]
    quiet = sum(
        1
        for p in history.provisions
        if all(s is None or s.kind in ("unchanged", "reworded") for s in p.steps)
    )
    lines = ["", "Provisions changed in strength", "------------------------------"]
    lead = (
        f"{len(shifted)} provision{'' if len(shifted) == 1 else 's'} softened or "
        "strengthened at some step (below, with their directional shifts)"
        if shifted
        else "No provision softened or strengthened at any step"
    )
    rest = len(history.provisions) - len(shifted) - quiet
    only = f"; {rest} only added or dropped" if rest else ""
    lines += textwrap.wrap(
        f"{lead}; {quiet} only reworded or unchanged (dates, symbols and citations moved "
        f"on){only}. A provision is named by where it first stands (PP4@0: PP4 of "
        "revision [0]) and quoted as it last stands. --full or --format json has every "
        "step and shift; --lineage follows the measures and their quantities.",
        width=width,
    )
    for p in shifted:
        lines.append("")
        lines.append(_short(f"{_named(p)} · {p.text}", width))
        for k, step in enumerate(p.steps):
            if step is None or step.kind not in _SHIFTED_KINDS:
                continue
            ref, kind, strength = _cell_words(p, k)
            neutral = sum(1 for s in step.shifts if s.direction == "neutral")
            row = f"  [{k}] {ref or '—':<8} {kind or '':<18} {strength or ''}".rstrip()
            # Said here too: "[5] strengthened" read as against [4], where it is against a
            # text years back (an analyst's trial of the Libya texts).
            note = _step_note(p, step)
            extras = [note] if note else []
            if neutral:
                extras.append(f"+{neutral} neutral")
            if extras:
                row += f"  ({'; '.join(extras)})"
            lines.append(row)
            for shift in step.shifts:
                if shift.direction != "neutral":
                    lines += _shift_rows(shift, step, width)
    moved_in_or_out = [
        p
        for p in history.provisions
        if any(_kind_at(p, k) in ("added", "dropped") for k in range(1, len(history.revisions)))
    ]
    if not moved_in_or_out:
        return [*lines, "", "No paragraph added or dropped at any step."]
    lines += ["", "Added and dropped", "-----------------"]
    for k in range(1, len(history.revisions)):
        # In the order of the text they are numbered in: the history's running order put
        # a paragraph born beside a dropped one first ("[2] added: PP6, PP7, PP1, PP2",
        # an analyst's history of the South African arms embargo, user23).
        added = sorted(
            (p.refs[k] or p.id for p in history.provisions if _kind_at(p, k) == "added"),
            key=_ref_order,
        )
        dropped = sorted(
            (_dropped_at(p, k) for p in history.provisions if _kind_at(p, k) == "dropped"),
            key=_ref_order,
        )
        # A dropped paragraph is named by its ref in the revision before: "[1] added:
        # PP3" beside "[1] dropped: PP3" read as a contradiction where the two PP3s are
        # two paragraphs (an analyst's trial of S/RES/232 → 314 → 388).
        for word, where, refs in (("added", k, added), ("dropped", k - 1, dropped)):
            if refs:
                lines += textwrap.wrap(
                    f"[{k}] {word} ({len(refs)}, as numbered in [{where}]): " + ", ".join(refs),
                    width=width,
                    initial_indent="  ",
                    subsequent_indent="      ",
                    break_on_hyphens=False,
                )
    return lines


def _dropped_counts(history: History) -> list[str]:
    """The summary's count of drops: "29 dropped for good; 10 dropped and written back
    later". A bare "29 dropped" above a list of 39 drops (10 of them "back at [k]")
    read as a miscount (an analyst's trial of UNSMIL's seven texts)."""
    words = [f"{len(history.dropped)} dropped for good"]
    if history.restored:
        words.append(f"{len(history.restored)} dropped and written back later")
    return words


def _dropped_at(p: Provision, k: int) -> str:
    """The ref a provision dropped at step ``k`` held before it, and where it comes back
    if it does: "PP9 (back at [5] as PP4)". Its trail of refs ("PP9 → PP4") read as a
    renumbering inside a list of drops (an analyst's trial)."""
    ref = p.refs[k - 1] or p.id
    back = next((j for j in range(k + 1, len(p.refs)) if p.refs[j] is not None), None)
    return f"{ref} (back at [{back}] as {p.refs[back]})" if back is not None else ref


#: A paragraph's ref as a list of refs is ordered: its part, then its number.
_REF_ORDER = compile_cached(r"(PP|OP)(\d{1,6})")


def _ref_order(ref: str) -> tuple[int, int]:
    """Where a ref ("PP4", "OP2 (back at [3] as OP1)") stands in its text: the preamble
    before the operative part, each by number; any other ref after them, in the order
    given (a stable sort)."""
    m = _REF_ORDER.match(ref)
    if m is None:
        return (2, 0)
    return (0 if m.group(1) == "PP" else 1, int(m.group(2)))


def _kind_at(p: Provision, k: int) -> str | None:
    step = p.steps[k]
    return step.kind if step is not None else None


# ---------------------------------------------------------------------------------------
# Markdown


def _md_cell(text: str) -> str:
    return escape_md(text).replace("\n", " ")


def render_timeline_markdown(history: History) -> str:
    """The timeline in GitHub-flavoured Markdown: the revisions, a flag table, one table
    row per provision, then the shifts of every step that had any."""
    n = len(history.revisions)
    heads = [f"\\[{r.index}\\] {_md_cell(r.name)}" for r in history.revisions]
    lines = [f"# History: {escape_md(_title(history))}", ""]
    lines += ["| # | Revision | Details |", "|---|---|---|"]
    for rev in history.revisions:
        facts = _md_cell("; ".join(revision_facts(rev)))
        lines.append(f"| {rev.index} | {_md_cell(rev.name)} | {facts} |")
    lines += ["", "| Flag | " + " | ".join(heads) + " |", "|---" * (n + 1) + "|"]
    for name, words in _flag_rows(history):
        lines.append(f"| {name} | " + " | ".join(w or "—" for w in words) + " |")
    if n > 1:
        steps = _heading_cells(history)
        lines.append("| Headings | " + " | ".join(_md_cell(w or "—") for w in steps) + " |")
        annexes = _annex_cells(history)
        lines.append(
            "| Annexes, footnotes | " + " | ".join(_md_cell(w or "—") for w in annexes) + " |"
        )
    verdicts = step_verdicts(history)
    if verdicts:
        lines += ["", "## Steps", ""]
        lines += [
            "Each step as `resdiff compare` reads the two texts; key changes heaviest first.",
            "",
        ]
        for _, head, turns, keys in verdicts:
            lines += [f"### {_md_cell(head)}", ""]
            lines += [f"- {_md_cell(t)}" for t in turns]
            lines += [f"- {_md_cell(key_change_line(k))}" for k in keys]
            if not turns and not keys:
                lines.append("- No key change.")
            lines.append("")
        lines.pop()
    lines += ["", "## Provisions", ""]
    lines += [
        "Each cell: ref · what that revision did · lead phrase (A = prescriptive force 1–6, "
        "B = censure 1–7).",
        "",
        "| Provision | " + " | ".join(heads) + " |",
        "|---" * (n + 1) + "|",
    ]
    for p in history.provisions:
        cells = []
        for k in range(n):
            ref, kind, strength = _cell_words(p, k)
            step = p.steps[k]
            note = _step_note(p, step) if step is not None else None
            parts = [ref or "—"] + [w for w in (kind, strength, note) if w is not None]
            if ref is None and step is None:
                parts = ["—"]
            cells.append(_md_cell(" · ".join(parts)))
        first = _md_cell(f"{p.id}: {_short(p.text, 60)}")
        lines.append(f"| {first} | " + " | ".join(cells) + " |")
    shifted = [p for p in history.provisions if any(s and s.shifts for s in p.steps)]
    if shifted:
        lines += ["", "## Shifts", ""]
        for p in shifted:
            lines += [f"### {escape_md(p.id)} ({escape_md(p.label)})", ""]
            for step in p.steps:
                if step is None or not step.shifts:
                    continue
                rev = history.revisions[step.revision]
                for shift in step.shifts:
                    lines.append(
                        f"- \\[{step.revision}\\] {_md_cell(rev.name)}, {step.kind}: "
                        f"{_md_cell(_shift_line(shift, step))}"
                    )
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------------------
# HTML

_ARROWS = ARROWS
#: The headings cell of revision 0, which has no revision before it to differ from.
_NOTHING_BEFORE = '<span aria-label="no revision before">—</span>'


def _cell_html(history: History, p: Provision, k: int) -> str:
    ref, _, strength = _cell_words(p, k)
    step = p.steps[k]
    if ref is None and step is None:
        return '<td class="gone"><span aria-label="absent">—</span></td>'
    badges: list[str] = []
    note: str | None = None
    if step is not None:
        badges.append(badge(step.kind, f"k-{step.kind}"))
        if step.moved and step.kind != "dropped":
            badges.append(badge("moved", "moved"))
        if step.restored_from is not None:
            badges.append(badge("back after a gap", "restored"))
        note = _step_note(p, step)
    cls = ' class="gone"' if ref is None else ""
    body = f'<span class="ref">{e(ref or "—")}</span>' + " ".join(badges)
    if strength:
        body += f'<span class="strength">{e(strength)}</span>'
    if step is not None and (note or step.shifts):
        # Shown, not only in a title a pointer reveals: a page printed, or read on a
        # touch screen, showed no reason for any verdict (a researcher's finding).
        items = [f'<li class="note">{e(note)}</li>'] if note else []
        items += [
            f'<li class="d-{s.direction}"><span aria-hidden="true">{_ARROWS[s.direction]}</span> '
            f"{e(_shift_line(s, step))}</li>"
            for s in step.shifts
        ]
        body += f'<ul class="shifts">{"".join(items)}</ul>'
    return f"<td{cls}>{body}</td>"


def _revision_head(rev: Revision) -> str:
    sub = [rev.symbol] if rev.symbol and rev.symbol != rev.name else []
    date = format_date(rev.date)
    if date:
        sub.append(date)
    subs = "".join(f'<span class="sub">{e(s)}</span>' for s in sub)
    return f'<th scope="col">[{rev.index}] {e(rev.name)}{subs}</th>'


def _summary_html(history: History) -> str:
    revs = "".join(
        f"<li><strong>[{r.index}] {e(r.name)}</strong>: {e('; '.join(revision_facts(r)))}</li>"
        for r in history.revisions
    )
    heads = "".join(_revision_head(r) for r in history.revisions)
    flag_rows = "".join(
        f'<tr><th scope="row">{e(name)}</th>'
        + "".join(
            f"<td>{badge(w, 's-kept') if w else badge('none', 's-absent')}</td>" for w in words
        )
        + "</tr>"
        for name, words in _flag_rows(history)
    )
    if len(history.revisions) > 1:
        # What each step did to the headings and lead-ins, and to the annexes and
        # footnotes, beside the flags it may move.
        for label, cells in (
            ("Headings", _heading_cells(history)),
            ("Annexes, footnotes", _annex_cells(history)),
        ):
            flag_rows += (
                f'<tr><th scope="row">{label}</th>'
                + "".join(f"<td>{e(w)}</td>" if w else f"<td>{_NOTHING_BEFORE}</td>" for w in cells)
                + "</tr>"
            )
    counts = [f"{len(history.provisions)} provisions followed"]
    counts += [
        f"{len(history.introduced(k))} new at [{k}]"
        for k in range(1, len(history.revisions))
        if history.introduced(k)
    ]
    counts += _dropped_counts(history)
    return (
        '<section class="card" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>'
        f'<ul class="plain">{revs}</ul>'
        f"<p>{e('; '.join(counts))}.</p>"
        '<div class="scroll"><table>'
        '<caption class="sr">Document flags and headings per revision</caption>'
        f'<thead><tr><th scope="col">Flag</th>{heads}</tr></thead>'
        f"<tbody>{flag_rows}</tbody></table></div></section>"
    )


def _steps_html(history: History) -> str:
    """Each step's verdict as ``resdiff compare`` gives it: direction, counts, the flags
    and measures it turned, and every key change, heaviest first."""
    verdicts = step_verdicts(history)
    if not verdicts:
        return ""
    items = []
    for direction, head, turns, keys in verdicts:
        lis = "".join(f"<li>{e(t)}</li>" for t in turns)
        lis += "".join(
            f'<li class="d-{e(k.direction)}"><span aria-hidden="true">{_ARROWS[k.direction]}'
            f"</span> <strong>{e(name)}</strong>: {e(reasons)}</li>"
            for k in keys
            for name, reasons in (key_change_parts(k),)
        )
        items.append(
            f"<h3>{direction_badge(direction)} {e(head)}</h3>"
            + (f'<ul class="plain">{lis}</ul>' if lis else "<p>No key change.</p>")
        )
    return (
        '<section class="card" aria-labelledby="steps-h"><h2 id="steps-h">Steps</h2>'
        '<p class="muted">Each step as <code>resdiff compare</code> reads the two texts; '
        "key changes heaviest first.</p>" + "".join(items) + "</section>\n"
    )


def render_timeline_html(history: History, *, title: str | None = None) -> str:
    """One self-contained HTML page: a summary (revisions, Chapter VII / Article 39 /
    use of force per revision, counts), then a table with one row per provision and one
    column per revision. A cell shows the ref, a kind badge and the lead phrase's tiers;
    its title (and hidden text for screen readers) lists the named shifts."""
    heads = "".join(_revision_head(r) for r in history.revisions)
    rows = []
    for p in history.provisions:
        # The text quoted is the provision's last: say where it stands when the ref
        # changed on the way ("PP11@0, last PP12 at [2]"), as the text report does.
        first = (
            f'<th scope="row" title="{e(p.text)}">{e(_named(p))}'
            f'<span class="sub">{e(_short(p.text, 70))}</span></th>'
        )
        cells = "".join(_cell_html(history, p, k) for k in range(len(history.revisions)))
        rows.append(f'<tr id="{e(p.id)}">{first}{cells}</tr>')
    table = (
        '<section class="card" aria-labelledby="prov-h"><h2 id="prov-h">Provisions</h2>'
        '<p class="muted">Each cell: the ref at that revision, what the revision did to the '
        "provision, and its lead phrase with tiers (A: prescriptive force 1–6; B: censure "
        "1–7), then the shifts that made it so (▼ softer, ▲ stronger, ◆ named, not weighed). "
        "A row quotes the provision's last text.</p>"
        '<div class="scroll"><table><caption class="sr">Provisions per revision</caption>'
        f'<thead><tr><th scope="col">Provision</th>{heads}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )
    page_title = title if title is not None else f"{_title(history)} — resdiff history"
    return page(
        title=page_title,
        eyebrow="History of successive resolutions"
        if history.distinct
        else "History of a draft resolution",
        heading=_title(history),
        body=_summary_html(history) + "\n" + _steps_html(history) + table,
        footer="Produced by resdiff. ▼ marks a softer shift, ▲ a stronger one.",
    )


# History.__str__ and _repr_html_ find these through the display hooks.
register("history_text", render_timeline_text)


# The notebook shows the page as a fragment whose styles stay inside it.
register("history_html", fragment_of(render_timeline_html))
