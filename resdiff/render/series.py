"""A :class:`~resdiff.series.Series` as a table (CSV, Parquet), short text, and one
self-contained HTML dashboard.

The dashboard has one card per series (mandate or regime): a timeline of its texts, each
renewal between two of them marked with its direction (▲ stronger, ▼ softer, ◆ mixed or
neutral), then the key changes of every renewal. On top, the year at a glance: how many
renewals went each way, and the series that were weakened. Like the other pages it is
one file with inline CSS, no script and a Content-Security-Policy that forbids loading
anything.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from ..display import register
from ._common import format_date, heading_phrase
from .css import fragment_of
from .page import badge, e, page
from .timeline_words import key_change_parts, key_change_wrapped, wrap_citing, years_apart

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..series import Mandate, Series, SeriesPair

__all__ = [
    "HEADINGS_SHOWN",
    "render_series_csv",
    "render_series_html",
    "render_series_text",
    "write_series_table",
]

_ARROWS = {"softer": "▼", "stronger": "▲", "mixed": "◆", "neutral": "◆", "unknown": "?"}
_BADGES = {
    "softer": "k-softened",
    "stronger": "k-strengthened",
    "mixed": "k-mixed",
    "neutral": "k-unchanged",
    "unknown": "k-reworded",
}


def _short_name(name: str | None) -> str:
    return (name or "—").removeprefix("S/RES/")


def render_series_csv(series: Series) -> str:
    """The table (:meth:`Series.rows`) as CSV, one row a renewal, with a header."""
    from ..series.model import COLUMNS

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in series.rows():
        writer.writerow(row)
    return out.getvalue()


def parquet_missing() -> str | None:
    """Why a Parquet table cannot be written here (pandas writes it through pyarrow), or
    ``None``: checked before the work, so a command fails before it writes anything."""
    import importlib.util

    if importlib.util.find_spec("pandas") is None or importlib.util.find_spec("pyarrow") is None:
        return "a Parquet table needs pandas and pyarrow: pip install 'resdiff[parquet]'"
    return None


def write_series_table(series: Series, path: str | Path) -> Path:
    """Write the table as CSV or Parquet, by the suffix (``.csv``, ``.parquet``).

    Parquet needs pandas and pyarrow (``pip install 'resdiff[parquet]'``);
    raises ``ImportError`` naming them when they are missing, and ``ValueError`` for
    another suffix."""
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        out.write_text(render_series_csv(series), encoding="utf-8")
        return out
    if suffix != ".parquet":
        raise ValueError(f"cannot tell the table format from {str(out)!r}: use .csv or .parquet")
    missing = parquet_missing()
    if missing:
        raise ImportError(missing)
    series.to_dataframe().to_parquet(out, index=False)
    return out


def _pair_line(series: Series, p: SeriesPair) -> str:
    old, new = series.text(p.old), series.text(p.new)
    counts = ", ".join(
        f"{p.counts.get(k, 0)} {k}"
        for k in ("strengthened", "softened", "mixed", "added", "dropped")
        if p.counts.get(k, 0)
    )
    # Worded as the history words a step's (timeline_words.skipped_words), by one rule:
    # what the later text cites between, or the metadata lists in the series, unread.
    skipped = f" — between them, not read: {_listed(p.skipped)}" if p.skipped else ""
    # A renewal of the text that set the body up: what it does not restate is the
    # founding text's, still in force, not withdrawn (186 → 192 read "10 dropped").
    founded = (
        " — from the founding text, which the renewal continues: what it does not "
        "restate is not withdrawn"
        if old.founding
        else ""
    )
    return (
        f"{_short_name(old.name)} → {_short_name(new.name)} "
        f"({format_date(new.date) or 'undated'}): {_ARROWS[p.direction]} {p.direction}"
        + (f"; {counts}" if counts else "")
        + founded
        + skipped
        + _gap_note(p)
        + _rollover_note(p)
    )


def _listed(names: Sequence[str]) -> str:
    """ "2550 (2020) and 2575 (2021)", as the history lists a step's."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _gap_note(p: SeriesPair) -> str:
    """Two texts of a series years apart are said to be: a pair decades apart read as one
    renewal (the corpus holds no text between them), by the history's rule."""
    words = None if p.skipped else years_apart(p.old_date, p.new_date)
    return f" — {words}" if words else ""


def _rollover_note(p: SeriesPair) -> str:
    """What a technical rollover does to a pair: it keeps the old text in force (what it
    leaves out is not withdrawn), and the next full text is compared with that text."""
    note = ""
    if p.rollover:
        note += f" — technical rollover: {p.rollover}, which stays in force"
    if p.through:
        names = ", ".join(_short_name(t) for t in p.through)
        word = "rollover" if len(p.through) == 1 else "rollovers"
        note += f" — compared with the text in force through the {word} {names}"
    return note


#: How many of the headings a renewal changed the short text report and the dashboard
#: name before "and N more": a renewal that recasts a resolution into parts changes many
#: (S/RES/2551 (2020) → 2607 (2021), Somalia), and a line of them all buried its key
#: changes. The table, the JSON and the dashboard's unfolded list name them all.
HEADINGS_SHOWN = 3


def render_series_text(
    series: Series, *, key_changes: int = 2, headings: int = HEADINGS_SHOWN, width: int = 88
) -> str:
    """The series as short text: the tally, then per series one line a renewal with its
    direction and counts, the flags it added or dropped and its first ``headings``
    headings changed (then how many more), and its first ``key_changes`` key changes."""
    import textwrap

    lines = [*textwrap.wrap(_tally(series), width=width), ""]
    for m in _active(series):
        lines += textwrap.wrap(
            f"{m.label} ({len(m.texts)} texts)" + (f" — {m.agenda}" if m.agenda else ""),
            width=width,
            subsequent_indent="    ",
        )
        for p in series.pairs_of(m.id):
            lines += wrap_citing(
                _pair_line(series, p), width=width, initial_indent="  ", subsequent_indent="    "
            )
            shown = _heading_phrases(p)
            flags = _flags(p)
            if shown:
                more = len(shown) - max(headings, 0)
                if more > 0:
                    shown = [*shown[: max(headings, 0)], f"and {more} more"]
                flags.append("headings: " + "; ".join(shown))
            if flags:
                # What the HTML card lists first: the flags and headings that changed.
                lines += textwrap.wrap(
                    "! " + "; ".join(flags),
                    width=width,
                    initial_indent="      ",
                    subsequent_indent="        ",
                )
            for k in p.key_changes[:key_changes]:
                lines += key_change_wrapped(k, width, " " * 6, " " * 8)
        lines.append("")
    alone = series.unpaired
    if alone:
        lines += textwrap.wrap(
            f"Alone in their series ({len(alone)}): "
            + ", ".join(_short_name(t.name) for t in alone),
            width=width,
        )
    return "\n".join(lines).rstrip() + "\n"


def _active(series: Series) -> list[Mandate]:
    """The series with a renewal in the report (a window may leave some without)."""
    return [m for m in series.mandates if series.pairs_of(m.id)]


def _tally(series: Series) -> str:
    counts: dict[str, int] = {}
    for p in series.pairs:
        counts[p.direction] = counts.get(p.direction, 0) + 1
    parts = ", ".join(f"{n} {d}" for d, n in sorted(counts.items(), key=lambda item: -item[1]))
    # With a selection the texts listed are the kept series' only; the run read more.
    read = series.read if series.read is not None else len(series.texts)
    texts = f"{read} text{'s' if read != 1 else ''}"
    # "read": the texts grouped, the whole index; the renewals are those compared (a
    # --since/--until window keeps some). "596 texts, 98 series, 46 renewals" over a
    # year's window read as 596 texts of that year (analyst review).
    texts += " read"
    if not series.pairs:
        return f"{texts}, {_how_many(series)}, no renewal compared."
    renewals = f"{len(series.pairs)} renewal{'s' if len(series.pairs) != 1 else ''}"
    spanning = sum(1 for p in series.pairs if p.skipped)
    gaps = (
        f" {spanning} of them span{'s' if spanning == 1 else ''} resolutions between "
        "that no file held (cited by the later text or listed by the metadata; marked "
        "below)."
        if spanning
        else ""
    )
    return (
        f"{texts}, {_how_many(series)}, {renewals} compared in "
        f"{len(_active(series))} of them: {parts}.{gaps}"
    )


def _how_many(series: Series) -> str:
    """The count of series: "99 series", or with a selection "1 of 99 series kept
    (--series UNDOF)": a report of one series says the others were left out, not that
    there were none."""
    if not series.selected:
        return f"{len(series.mandates)} series"
    asked = ", ".join(series.selected)
    found = series.found if series.found is not None else len(series.mandates)
    return f"{len(series.mandates)} of {found} series kept (--series {asked})"


# ---------------------------------------------------------------------------------------
# HTML

_CSS = """
.timeline{display:flex;flex-wrap:wrap;align-items:center;gap:4px 0;margin:6px 0 10px}
.node{display:inline-block;border:1px solid var(--rule);border-radius:6px;padding:2px 8px;
  color:var(--text);background:var(--surface);font-size:13px;white-space:nowrap}
.node .sub{display:block;font-size:11.5px;color:var(--muted);background:var(--surface)}
.edge{display:inline-block;margin:0 6px}
.renewal{margin:8px 0 0}
.renewal h4{font-size:14px;margin:10px 0 4px}
"""


def _timeline(series: Series, m: Mandate) -> str:
    by_new = {p.new: p for p in series.pairs_of(m.id)}
    parts: list[str] = []
    for k in m.texts:
        t = series.text(k)
        pair = by_new.get(k)
        if pair is not None:
            mark = badge(f"{_ARROWS[pair.direction]} {pair.direction}", _BADGES[pair.direction])
            parts.append(f'<span class="edge">{mark}</span>')
        parts.append(
            f'<span class="node">{e(_short_name(t.name))}'
            f'<span class="sub">{e(format_date(t.date) or "undated")}</span></span>'
        )
    return f'<div class="timeline" aria-label="timeline of {e(m.label)}">{"".join(parts)}</div>'


def _flags(p: SeriesPair) -> list[str]:
    """The flags a renewal added or dropped ("Chapter VII dropped"), worded as compare's
    summary words them: in the text report and on the dashboard alike."""
    return [
        f"{name} {status}"
        for name, status in (
            ("Chapter VII", p.chapter_vii),
            ("Article 39 determination", p.art39),
            ("use of force", p.use_of_force),
        )
        if status in ("added", "dropped")
    ]


def _heading_phrases(p: SeriesPair) -> list[str]:
    """The headings and lead-ins a renewal changed, worded as compare's summary words
    them ("added “Political process” (operative part)")."""
    return [heading_phrase(h) for h in p.headings]


def _heading_item(p: SeriesPair) -> str:
    """The dashboard's line of the headings a renewal changed: the first
    :data:`HEADINGS_SHOWN`, the rest folded under "and N more" (a ``details`` element,
    which needs no script)."""
    shown = _heading_phrases(p)
    if not shown:
        return ""
    first = e("headings: " + "; ".join(shown[:HEADINGS_SHOWN]))
    rest = shown[HEADINGS_SHOWN:]
    if not rest:
        return f"<li><strong>{first}</strong></li>"
    return (
        f"<li><strong>{first}</strong><details><summary>and {len(rest)} more</summary>"
        f"<strong>{e('; '.join(rest))}</strong></details></li>"
    )


def _renewal(series: Series, p: SeriesPair) -> str:
    keys = "".join(
        f'<li><span class="dir-{e(k.direction)}">{_ARROWS[k.direction]}</span> '
        f"<strong>{e(name)}</strong>: {e(reasons)}</li>"
        for k in p.key_changes
        for name, reasons in (key_change_parts(k),)
    )
    flag_items = "".join(f"<li><strong>{e(f)}</strong></li>" for f in _flags(p)) + _heading_item(p)
    return (
        f'<div class="renewal"><h4>{badge(p.direction, _BADGES[p.direction])} '
        f"{e(_pair_line(series, p))}</h4>"
        f'<ul class="plain">{flag_items}{keys or "<li>No key change.</li>"}</ul></div>'
    )


def render_series_html(series: Series, *, title: str | None = None) -> str:
    """One self-contained HTML dashboard: the tally and the weakened series on top, then
    a card per series with its timeline of directions and every renewal's key changes."""
    weakened = [
        m for m in series.mandates if any(p.direction == "softer" for p in series.pairs_of(m.id))
    ]
    summary = (
        '<section class="card" aria-labelledby="sum-h"><h2 id="sum-h">At a glance</h2>'
        f"<p>{e(_tally(series))}</p>"
        + (
            "<p>Series with a softer renewal: "
            + ", ".join(f'<a href="#{e(m.id)}">{e(m.label)}</a>' for m in weakened)
            + ".</p>"
            if weakened
            else ""
        )
        + "</section>"
    )
    cards = []
    for m in _active(series):
        renewals = "".join(_renewal(series, p) for p in series.pairs_of(m.id))
        agenda = f'<p class="muted">{e(m.agenda)}</p>' if m.agenda else ""
        cards.append(
            f'<section class="card" id="{e(m.id)}" aria-labelledby="{e(m.id)}-h">'
            f'<h2 id="{e(m.id)}-h">{e(m.label)}</h2>{agenda}'
            f"{_timeline(series, m)}{renewals}</section>"
        )
    alone = series.unpaired
    if alone:
        cards.append(
            '<section class="card" aria-labelledby="alone-h"><h2 id="alone-h">'
            f"Alone in their series ({len(alone)})</h2><p>"
            + e(", ".join(_short_name(t.name) for t in alone))
            + "</p></section>"
        )
    return page(
        title=title or "Renewals — resdiff series",
        eyebrow="Series of renewals",
        heading=title or f"{len(series.pairs)} renewals in {len(_active(series))} series",
        body=summary + "\n" + "\n".join(cards),
        footer="Produced by resdiff. ▼ a softer renewal, ▲ a stronger one, ◆ mixed or neutral.",
        extra_css=_CSS,
    )


# Series.__str__ and _repr_html_ find these through the display hooks.
register("series_text", render_series_text)


# The notebook shows the page as a fragment whose styles stay inside it.
register("series_html", fragment_of(render_series_html))
