"""Reports of a :class:`~resdiff.provenance.Provenance`: plain text, Markdown and one
self-contained HTML page (the timeline's page shell and palette, see
:mod:`resdiff.render.timeline`).

Each says, in this order: the document flags and which sources the final text agrees
with; where each final paragraph came from (with the redline against its closest
source); and, per source, which paragraphs the final text kept, changed or lost, and
which of its headings and lead-ins ("Resolves:") the final text added, dropped or changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..display import register
from ..explain import describe_shift
from ..model import Shift
from ._common import draft_facts, heading_phrase, wrap_words
from .css import fragment_of
from .html import redline_html
from .markdown import escape_md, redline_md
from .page import badge, e, page
from .text import redline_text

if TYPE_CHECKING:
    from ..provenance import FlagAgreement, ParagraphOrigin, Provenance, SourceProvision

__all__ = ["render_provenance_html", "render_provenance_markdown", "render_provenance_text"]

_ORIGIN_WORDS = {
    "single": "from one source",
    "shared": "same text in several sources",
    "merged": "merged from several sources",
    "new": "new",
}


def _and(names: list[str] | tuple[str, ...]) -> str:
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + f" and {names[-1]}"


def flag_sentence(flag: FlagAgreement) -> str:
    """``Chapter VII: absent from the final text, as in China-Russia (Japan-led has it).``"""
    text = f"{flag.label}: {'present in' if flag.final else 'absent from'} the final text"
    if not flag.differs_from:
        return text + f", as in {_and(flag.agrees_with)}."
    text += f", as in {_and(flag.agrees_with)}" if flag.agrees_with else ", unlike every source"
    verb = "has" if len(flag.differs_from) == 1 else "have"
    return text + f" ({_and(flag.differs_from)} {verb} {'none' if flag.final else 'it'})."


def _taken(p: ParagraphOrigin) -> str:
    """The words a new paragraph takes from a source paragraph that is not its partner
    (a run a merge's part would need), said beside "new": the source's side of the
    report says "words taken into OP12" of the same words (2641 (2022) OP12 "Recalls the
    Secretary General's commitment …", out of 2528 (2020) PP5), and the two must agree."""
    if not p.parts:
        return ""
    pieces = [f"{part.source} {' + '.join(part.refs)} (“{part.excerpt}”)" for part in p.parts]
    return " whole, but it takes words of " + _and(pieces)


def origin_phrase(p: ParagraphOrigin) -> str:
    """Where a final paragraph came from, in words."""

    def at(source: str) -> str:
        refs = p.match_in(source).refs
        return f"{source} {' + '.join(refs)}" if refs else source

    # The share of words a word redline keeps, not the aligner's score that a comparison
    # prints as "N% similar": the two measure differently, and must not read alike.
    pct = f"{round(p.similarity * 100)}% of the words kept"
    if p.origin == "new":
        # The aligner's partner that shares no language is named, with its share, so the
        # reader sees why it is not a source (558 PP4 and 282 PP8: 6% of the words kept).
        paired = [m for m in p.matches if m.refs]
        if paired:
            named = _and(
                [
                    f"{m.source} {' + '.join(m.refs)} ({round(m.similarity * 100)}% of the "
                    "words kept)"
                    for m in paired
                ]
            )
            return (
                f"new (no source has it{_taken(p)}: the comparison pairs it with {named}, "
                "too little)"
            )
        return f"new (no source has it{_taken(p)})"
    if p.origin == "shared":
        who = "both " if len(p.same_text) == 2 else "all of "
        return f"{who}{_and([at(s) for s in p.same_text])} (same text) · {p.kind}" + _pieces(p)
    if p.origin == "merged":
        pieces = []
        for part in p.parts:
            refs = " + ".join(part.refs)
            if part.source == p.closest:
                pieces.append(f"{part.source} {refs} (closest: {p.kind}, {pct})")
            else:
                pieces.append(f"{part.source} {refs} (“{part.excerpt}”)")
        return "merged: " + " + ".join(pieces)
    return (
        f"{at(p.closest or '')} · {p.kind}"
        + ("" if p.kind == "unchanged" else f", {pct}")
        + _pieces(p)
        + _why_closest(p)
    )


def _why_closest(p: ParagraphOrigin) -> str:
    """Why the closest source is not the one that keeps most words, when it is not: its
    clauses agree more with the final paragraph (the same verbs and tiers, measures and
    flags), which decides first. A new user saw a recital credited to the older, less
    similar text with nothing to say why."""
    if p.closest is None:
        return ""
    chosen = p.match_in(p.closest)
    more = [m for m in p.matches if m.refs and m.similarity > chosen.similarity]
    if not more:
        return ""
    best = max(more, key=lambda m: m.similarity)
    if chosen.agreement <= best.agreement:
        # The clauses tie: what chose it is the renewal's rule (the source the paragraph
        # cites, then the words with every date aside, then the later text), not its
        # clauses. UNFICYP 2646 (2022) OP10 read "chosen for its clauses (...: 100.0%
        # against 100.0%)" (an analyst's finding, twenty-eighth session).
        return (
            "; taken as the renewal it revised (the same clauses, and with the dates aside "
            "as many words or more; or the source it cites), though "
            f"{best.source} {' + '.join(best.refs)} keeps more of the words with their "
            f"dates ({round(best.similarity * 100)}%)"
        )
    # Whole percentages, unless they would read alike ("83% against 83%").
    digits = 0 if round(chosen.agreement * 100) != round(best.agreement * 100) else 1
    return (
        f"; chosen for its clauses (the same verbs, tiers, measures and flags: "
        f"{chosen.agreement * 100:.{digits}f}% against {best.agreement * 100:.{digits}f}%), though "
        f"{best.source} {' + '.join(best.refs)} keeps more of the words "
        f"({round(best.similarity * 100)}%)"
    )


def _pieces(p: ParagraphOrigin) -> str:
    """The words a single or shared paragraph took from other paragraphs: "; with words
    of China-Russia PP2 and Japan-led PP2 (“peace and stability ...”)", each run once
    with every source that prints it."""
    extra = [
        part for part in p.parts if not (part.source == p.closest and part.refs == p.closest_refs)
    ]
    if not extra:
        return ""
    runs: dict[str, list[str]] = {}
    for part in extra:
        runs.setdefault(part.excerpt, []).append(f"{part.source} {' + '.join(part.refs)}")
    return "; with words of " + "; ".join(
        f"{_and(where)} (“{excerpt}”)" for excerpt, where in runs.items()
    )


def _counts(prov: Provenance) -> str:
    parts = []
    for name in prov.source_names:
        n = sum(1 for p in prov.paragraphs if p.origin == "single" and p.closest == name)
        parts.append(f"{n} from {name}")
    parts.append(f"{len(prov.with_origin('shared'))} shared")
    parts.append(f"{len(prov.with_origin('merged'))} merged")
    parts.append(f"{len(prov.with_origin('new'))} new")
    return ", ".join(parts)


def _fate(sp: SourceProvision) -> str:
    went = f" → {' + '.join(sp.final)}" if sp.final else ""
    if sp.status == "lost":
        return f"{sp.ref}: lost"
    moved = ", moved" if sp.moved else ""
    kind = "kept" if sp.status == "kept" else sp.kind
    return f"{sp.ref}{went}: {kind}{moved}"


def _headings(prov: Provenance, index: int) -> str:
    """What the final text did to source ``index``'s headings and lead-ins, as compare's
    summary reads them (``compare(source, final)``): "Headings: lead-in dropped
    “Resolves:” (operative part)", or "Headings: none changed"."""
    changes = prov.comparisons[index].summary.headings
    return "Headings: " + ("; ".join(heading_phrase(h) for h in changes) or "none changed")


def _shift_line(shift: Shift) -> str:
    return describe_shift(shift)


# ---------------------------------------------------------------------------------------
# Text


def render_provenance_text(prov: Provenance, *, width: int = 88) -> str:
    """The provenance as plain text (wdiff-style redlines, ``[-old-] {+new+}``)."""

    def wrap(text: str, indent: str, rest: str | None = None) -> list[str]:
        return wrap_words(text, width, indent, rest)

    name = prov.final.symbol or prov.final.name
    heading = f"Provenance of {name}"
    lines = [heading, "=" * min(len(heading), width), ""]
    for s in prov.sources:
        lines += wrap(f"Source {s.name}: " + "; ".join(draft_facts(s.draft)), "", "    ")
    lines += wrap("Final: " + "; ".join(draft_facts(prov.final)), "", "    ")
    lines += ["", "Document flags", "--------------"]
    for flag in prov.flags:
        lines += wrap(flag_sentence(flag), "  ", "    ")
    lines += ["", "Where each paragraph came from", "------------------------------"]
    lines += wrap(_counts(prov) + ".", "", "")
    for p in prov.paragraphs:
        lines.append("")
        lines += wrap(f"{p.ref:<6}{origin_phrase(p)}", "", "      ")
        for shift in p.shifts:
            lines += wrap(f"- {_shift_line(shift)}", "      ", "        ")
        if p.origin != "new" and p.kind != "unchanged":
            lines += wrap(redline_text(p.redline), "      ")
    lines += ["", "What each source kept", "---------------------"]
    for i, s in enumerate(prov.sources):
        lines.append("")
        lines.append(f"{s.name}: {len(s.kept)} kept, {len(s.changed)} changed, {len(s.lost)} lost")
        lines += wrap(_headings(prov, i), "  ", "    ")
        for sp in s.provisions:
            notes = []
            if sp.status != "lost" and sp.final and not sp.closest_to:
                notes.append("another source is closer to the final text")
            if sp.contributes_to:
                notes.append(f"words taken into {', '.join(sp.contributes_to)}")
            note = f" ({'; '.join(notes)})" if notes else ""
            lines += wrap(_fate(sp) + note, "  ", "      ")
            if sp.status != "kept":
                for shift in sp.shifts:
                    lines += wrap(f"- {_shift_line(shift)}", "      ", "        ")
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------------------
# Markdown


def _cell(text: str) -> str:
    return escape_md(text).replace("\n", " ")


def render_provenance_markdown(prov: Provenance) -> str:
    """The provenance in GitHub-flavoured Markdown: a flag table, one row per final
    paragraph, one row per source paragraph, then the redlines."""
    name = prov.final.symbol or prov.final.name
    names = prov.source_names
    lines = [f"# Provenance of {escape_md(name)}", ""]
    lines += ["## Document flags", ""]
    lines += ["| Flag | Final | " + " | ".join(_cell(n) for n in names) + " | Agrees with |"]
    lines.append("|---" * (len(names) + 3) + "|")
    for flag in prov.flags:
        row = [flag.label, "yes" if flag.final else "no"]
        row += ["yes" if flag.sources[n] else "no" for n in names]
        row.append(", ".join(flag.agrees_with) or "none")
        lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
    lines += [""] + [f"- {_cell(flag_sentence(f))}" for f in prov.flags]
    lines += ["", "## Where each paragraph came from", "", _cell(_counts(prov)) + ".", ""]
    lines += ["| Final | Origin | Closest source | Kind | Words kept |", "|---|---|---|---|---|"]
    for p in prov.paragraphs:
        closest = f"{p.closest} {' + '.join(p.closest_refs)}" if p.closest else "—"
        lines.append(
            f"| {_cell(p.ref)} | {_cell(origin_phrase(p))} | {_cell(closest)} | "
            f"{p.kind or 'added'} | {round(p.similarity * 100)}% |"
        )
    for i, s in enumerate(prov.sources):
        lines += ["", f"## {escape_md(s.name)}: what the final text kept", ""]
        lines.append(
            f"{len(s.kept)} kept, {len(s.changed)} changed, {len(s.lost)} lost. "
            f"{_cell(_headings(prov, i))}.",
        )
        lines += ["", "| Ref | Status | Became | Shifts |", "|---|---|---|---|"]
        for sp in s.provisions:
            status = sp.status if sp.status != "changed" else f"changed ({sp.kind})"
            shifts = "; ".join(_shift_line(x) for x in sp.shifts) if sp.status != "kept" else ""
            lines.append(
                f"| {_cell(sp.ref)} | {_cell(status)} | {_cell(' + '.join(sp.final) or '—')} "
                f"| {_cell(shifts)} |"
            )
    edited = [p for p in prov.paragraphs if p.origin != "new" and p.kind != "unchanged"]
    if edited:
        lines += ["", "## Redlines against the closest source", ""]
        for p in edited:
            lines += [
                f"### {escape_md(p.ref)} ← {escape_md(p.closest or '')} "
                f"{escape_md(' + '.join(p.closest_refs))} · {p.kind}",
                "",
                "> " + redline_md(p.redline),
                "",
            ]
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------------------
# HTML


def _list(items: str) -> str:
    return f'<ul class="plain">{items}</ul>' if items else ""


_ORIGIN_BADGE = {
    "single": "s-kept",
    "shared": "k-unchanged",
    "merged": "k-mixed",
    "new": "k-added",
}


def _paragraph_row(p: ParagraphOrigin) -> str:
    shifts = "".join(f"<li>{e(_shift_line(s))}</li>" for s in p.shifts)
    text = (
        f'<p class="text">{redline_html(p.redline)}</p>'
        if p.origin != "new" and p.kind != "unchanged"
        else f'<p class="text">{e(p.text)}</p>'
    )
    kind = badge(p.kind, f"k-{p.kind}") if p.kind else ""
    return (
        f'<tr id="final-{e(p.ref)}"><th scope="row">{e(p.ref)}</th>'
        f"<td>{badge(p.origin, _ORIGIN_BADGE[p.origin])} {kind}"
        f'<span class="sub">{e(origin_phrase(p))}</span>'
        f"{_list(shifts)}</td>"
        f"<td>{text}</td></tr>"
    )


def _source_section(prov: Provenance, index: int) -> str:
    s = prov.sources[index]
    rows = []
    for sp in s.provisions:
        status = (
            badge("kept", "k-unchanged")
            if sp.status == "kept"
            else badge("lost", "k-dropped")
            if sp.status == "lost"
            else badge(sp.kind, f"k-{sp.kind}")
        )
        shifts = (
            "".join(f"<li>{e(_shift_line(x))}</li>" for x in sp.shifts)
            if sp.status != "kept"
            else ""
        )
        notes = []
        if sp.status != "lost" and sp.final and not sp.closest_to:
            notes.append("another source is closer to the final text")
        if sp.contributes_to:
            notes.append("words taken into " + ", ".join(sp.contributes_to))
        note = "".join(f'<span class="sub">{e(n)}</span>' for n in notes)
        rows.append(
            f'<tr><th scope="row">{e(sp.ref)}</th><td>{status}{note}</td>'
            f"<td>{e(' + '.join(sp.final) or '—')}</td>"
            f"<td>{_list(shifts)}"
            f'<span class="sub">{e(sp.text[:140])}</span></td></tr>'
        )
    facts = "; ".join(draft_facts(s.draft))
    return (
        f'<section class="card" aria-labelledby="src-{index}">'
        f'<h2 id="src-{index}">{e(s.name)}: what the final text kept</h2>'
        f'<p class="muted">{e(facts)}. {len(s.kept)} kept, {len(s.changed)} changed, '
        f"{len(s.lost)} lost. {e(_headings(prov, index))}.</p>"
        '<div class="scroll"><table><thead><tr><th scope="col">Ref</th>'
        '<th scope="col">In the final text</th><th scope="col">Became</th>'
        '<th scope="col">Shifts and text</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def render_provenance_html(prov: Provenance, *, title: str | None = None) -> str:
    """One self-contained HTML page: the flags, a row per final paragraph (origin,
    closest source, shifts, redline) and a table per source (kept, changed, lost)."""
    name = prov.final.symbol or prov.final.name
    names = prov.source_names
    flag_rows = "".join(
        f'<tr><th scope="row">{e(f.label)}</th>'
        f"<td>{badge('yes', 's-kept') if f.final else badge('no', 's-absent')}</td>"
        + "".join(
            f"<td>{badge('yes', 's-kept') if f.sources[n] else badge('no', 's-absent')}</td>"
            for n in names
        )
        + f"<td>{e(', '.join(f.agrees_with) or 'none')}</td></tr>"
        for f in prov.flags
    )
    heads = "".join(f'<th scope="col">{e(n)}</th>' for n in names)
    sentences = "".join(f"<li>{e(flag_sentence(f))}</li>" for f in prov.flags)
    flags = (
        '<section class="card" aria-labelledby="flags-h"><h2 id="flags-h">Document flags</h2>'
        f'<ul class="plain">{sentences}</ul>'
        '<div class="scroll"><table><thead><tr><th scope="col">Flag</th>'
        f'<th scope="col">Final</th>{heads}<th scope="col">Agrees with</th></tr></thead>'
        f"<tbody>{flag_rows}</tbody></table></div></section>"
    )
    paragraphs = (
        '<section class="card" aria-labelledby="par-h">'
        '<h2 id="par-h">Where each paragraph came from</h2>'
        f'<p class="muted">{e(_counts(prov))}. Redlines are against the closest source: '
        "struck words were in it, underlined words are new in the final text.</p>"
        '<div class="scroll"><table><thead><tr><th scope="col">Final</th>'
        '<th scope="col">Origin</th><th scope="col">Text</th></tr></thead>'
        f"<tbody>{''.join(_paragraph_row(p) for p in prov.paragraphs)}</tbody></table></div>"
        "</section>"
    )
    sources = "".join(_source_section(prov, i) for i in range(len(prov.sources)))
    return page(
        title=title if title is not None else f"Provenance of {name} — resdiff",
        eyebrow="Provenance of a resolution",
        heading=f"{name} ← {_and(list(names))}",
        body=flags + "\n" + paragraphs + "\n" + sources,
        footer="Produced by resdiff. Deleted words are struck through, inserted words underlined.",
    )


# Provenance.__str__ and _repr_html_ find these through the display hooks.
register("provenance_text", render_provenance_text)


# The notebook shows the page as a fragment whose styles stay inside it.
register("provenance_html", fragment_of(render_provenance_html))
