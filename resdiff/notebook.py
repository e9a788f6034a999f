"""resdiff in a notebook: rich displays of drafts and comparisons, and a DataFrame.

Jupyter shows a :class:`~resdiff.model.Draft` or a :class:`~resdiff.model.Comparison`
left as the last expression of a cell through their ``_repr_html_`` methods, which call
:func:`draft_html` and :func:`comparison_html` here. :func:`comparison_dataframe` (also
``Comparison.to_dataframe()``) puts the changes in a pandas DataFrame for filtering and
counting; pandas is an optional dependency: ``pip install 'resdiff[notebook]'``.

Nothing here is imported by ``import resdiff``; the display hooks (:mod:`resdiff.display`)
import it the first time a draft or comparison shows itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import TYPE_CHECKING, Any

from .display import register
from .explain import describe_shift
from .model import Change, Clause, Comparison, Draft, DraftInfo

if TYPE_CHECKING:
    import pandas

__all__ = ["DATAFRAME_COLUMNS", "comparison_dataframe", "comparison_html", "draft_html"]

#: The columns of :func:`comparison_dataframe`, in order.
DATAFRAME_COLUMNS: tuple[str, ...] = (
    "label",
    "kind",
    "old",
    "new",
    "moved",
    "section",
    "old_section",
    "match",
    "score",
    "n_shifts",
    "shifts",
    "features",
    "softer",
    "stronger",
    "neutral",
    "direction",
    "depth",
    "old_text",
    "new_text",
    "old_draft",
    "new_draft",
)

_PANDAS_MISSING = (
    "Comparison.to_dataframe() needs pandas, which resdiff does not install by default: "
    "pip install 'resdiff[notebook]'"
)

# Inline styles only: a notebook's own stylesheet must be left alone, and these few
# rules read on light and dark themes alike (no background colours but the badges).
_TABLE = "border-collapse:collapse;border:0;font-size:13px;text-align:left;margin:4px 0"
_CELL = "padding:2px 10px 2px 0;border-bottom:1px solid #d5d9de;vertical-align:top;text-align:left"
_BADGE = "display:inline-block;padding:0 7px;border-radius:9px;font-size:12px;font-weight:600"
_FLAG_ON = "color:#7f1616;background:#fbe2e2"
_FLAG_OFF = "color:#4f5761;background:#eef0f3"


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _tiers(clause: Clause, axis: str) -> str:
    values = [getattr(p, axis) for p in clause.phrases]
    return " / ".join(str(v) for v in values if v is not None)


def _flag(name: str, on: bool, detail: str | None = None) -> str:
    style = _FLAG_ON if on else _FLAG_OFF
    word = "yes" if on else "no"
    tail = f" <span style='opacity:.8'>{_e(detail)}</span>" if on and detail else ""
    return f"<span style='{_BADGE};{style}'>{_e(name)}: {word}</span>{tail}"


def draft_html(draft: Draft, *, words: int = 12) -> str:
    """A compact HTML view of a draft for a notebook: masthead facts (symbol, kind, organ,
    date, sponsors, paragraph counts, warnings), the Chapter VII / Article 39 / use-of-force
    flags, then one row per clause: ref (sub-paragraphs indented), lead phrase, the first
    ``words`` words, the tiers of its phrases on axis A (prescriptive force, 1–6) and
    axis B (censure, 1–7), and its sanctions measures."""
    from .render._common import document_phrase

    # The same words every report uses: a vetoed draft is never an "adopted resolution".
    kind = document_phrase(DraftInfo(name=draft.name, kind=draft.kind, status=draft.status)) or ""
    facts = [
        f"<strong>{_e(draft.name)}</strong>",
        *(_e(f) for f in (kind, draft.organ) if f),
        *([_e(draft.date.isoformat())] if draft.date else []),
        f"{len(draft.preamble)} preambular, {len(draft.operative)} operative paragraphs",
    ]
    lines = [f"<div>{' · '.join(facts)}</div>"]
    if draft.title:
        lines.append(f"<div><em>{_e(draft.title)}</em></div>")
    if draft.sponsors:
        lines.append(f"<div>Sponsors: {_e(', '.join(draft.sponsors))}</div>")
    formula = draft.chapter_vii_formula.formula if draft.chapter_vii_formula else None
    if draft.analysis_unavailable:
        # Not read by the lexicon: the flags are unknown, not absent.
        language = draft.language or "an unknown language"
        lines.append(f"<div style='margin:4px 0'><em>In {_e(language)}: not analysed</em></div>")
    else:
        lines.append(
            "<div style='margin:4px 0'>"
            + " ".join(
                (
                    _flag("Chapter VII", draft.chapter_vii, formula),
                    _flag("Article 39", draft.art39, draft.art39_ref),
                    _flag("use of force", draft.use_of_force),
                )
            )
            + "</div>"
        )
    if draft.warnings:
        n = len(draft.warnings)
        lines.append(
            f"<div style='color:#8a3b00'>{n} reading warning{'s' if n != 1 else ''}: "
            f"{_e(draft.warnings[0])}{' …' if n > 1 else ''}</div>"
        )
    head = "".join(
        f"<th style='{_CELL}'>{h}</th>" for h in ("ref", "lead", "text", "A", "B", "measures")
    )
    rows: list[str] = []
    for clause in draft.walk():
        depth = clause.ref.count("(")
        measures = ", ".join(f"{m.label} ({m.mode})" for m in clause.measures)
        cells = (
            f"<td style='{_CELL};padding-left:{depth * 14}px;white-space:nowrap'>"
            f"<code>{_e(clause.ref)}</code></td>",
            f"<td style='{_CELL}'><em>{_e(clause.lead or '')}</em></td>",
            f"<td style='{_CELL}'>{_e(_words(clause.text, words))}</td>",
            f"<td style='{_CELL}'>{_e(_tiers(clause, 'axis_a'))}</td>",
            f"<td style='{_CELL}'>{_e(_tiers(clause, 'axis_b'))}</td>",
            f"<td style='{_CELL}'>{_e(measures)}</td>",
        )
        rows.append(f"<tr>{''.join(cells)}</tr>")
    for annex in draft.annexes:
        rows.append(f"<tr><td style='{_CELL}' colspan='6'>Annex: {_e(annex.title)}</td></tr>")
    return (
        "<div class='resdiff-draft' style='font-size:13px;line-height:1.45'>"
        + "".join(lines)
        + f"<table style='{_TABLE}'><thead><tr>{head}</tr></thead>"
        + f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def comparison_html(cmp: Comparison) -> str:
    """The HTML report of a comparison as an embeddable fragment (its styles scoped to
    the report, no script), for a notebook cell."""
    from .render.html import render_html

    return render_html(cmp, fragment=True)


def _rows(changes: tuple[Change, ...], depth: int, children: bool) -> Iterator[dict[str, Any]]:
    for change in changes:
        # Without rows of their own, the sub-paragraphs' shifts are the paragraph's: a
        # row "softened" with no shift, its reason in OP3(b), read as a contradiction.
        shifts = (
            list(change.shifts) if children else [s for part in change.walk() for s in part.shifts]
        )
        directions = [s.direction for s in shifts]
        softer, stronger = directions.count("softer"), directions.count("stronger")
        net = (
            "mixed"
            if softer and stronger
            else "softer"
            if softer
            else "stronger"
            if stronger
            else "neutral"
        )
        yield {
            "label": change.label,
            "kind": change.kind,
            "old": " + ".join(change.old),
            "new": " + ".join(change.new),
            "moved": change.moved,
            "section": change.section,
            "old_section": change.old_section or "",
            "match": change.match,
            "score": change.score,
            "n_shifts": len(shifts),
            "shifts": "; ".join(describe_shift(s) for s in shifts),
            "features": ", ".join(dict.fromkeys(s.feature for s in shifts)),
            "softer": softer,
            "stronger": stronger,
            "neutral": directions.count("neutral"),
            "direction": net,
            "depth": depth,
            "old_text": change.old_text if change.old else "",
            "new_text": change.new_text if change.new else "",
        }
        if children:
            yield from _rows(change.children, depth + 1, children)


def comparison_dataframe(cmp: Comparison, *, children: bool = False) -> pandas.DataFrame:
    """The changes as a pandas DataFrame, one row per change in the new draft's order.

    Columns (:data:`DATAFRAME_COLUMNS`): ``label`` (``OP4 → OP3``), ``kind``, ``old`` and
    ``new`` refs (``" + "``-joined, empty when added or dropped), ``moved``, ``section``,
    ``old_section``, ``match`` and ``score``, ``n_shifts``, ``shifts`` (each described in
    words, ``"; "``-joined), ``features`` (the shifts' features), the direction signals
    ``softer`` / ``stronger`` / ``neutral`` (how many shifts point each way) and
    ``direction`` (their net: softer, stronger, mixed or neutral), ``depth`` (0 for a
    paragraph), the ``old_text`` / ``new_text``, and ``old_draft`` / ``new_draft`` (each
    draft's symbol, else its name, on every row: frames of many comparisons concatenated
    still say which pair a row belongs to). A paragraph's row counts the shifts of its
    sub-paragraphs too; with ``children=True`` the changes of sub-paragraphs follow their
    paragraph's row, at depth 1, 2, ..., and each row counts its own.

    Raises ``ImportError`` naming ``pip install 'resdiff[notebook]'`` when pandas is
    missing.
    """
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(_PANDAS_MISSING) from exc
    pair = {
        "old_draft": cmp.old.symbol or cmp.old.name,
        "new_draft": cmp.new.symbol or cmp.new.name,
    }
    rows = [row | pair for row in _rows(cmp.changes, 0, children)]
    return pandas.DataFrame(rows, columns=list(DATAFRAME_COLUMNS))


# The model's _repr_html_ and to_dataframe find these through the display hooks.
register("draft_html", draft_html)
register("comparison_html", comparison_html)
register("comparison_dataframe", comparison_dataframe)
