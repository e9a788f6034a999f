"""The HTML report: one self-contained file a delegate can open offline or forward.

Everything is inline (CSS, a few lines of script) and a Content-Security-Policy pinned to
the hashes of that CSS and script forbids the page from loading or running anything
else, so the file never reaches the network and text from a draft can never execute.
The page works without script: the inline redline is the default view; the script only
adds the side-by-side toggle and the filter that hides unchanged paragraphs.

Colours live in :data:`PALETTE`, and :data:`CONTRAST_PAIRS` lists every text/background
pair the stylesheet uses, so a test can hold each pair to WCAG AA (4.5:1). Insertions
are underlined and deletions struck through, so the redline reads without colour too.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from html import escape

from ..explain import describe_shift, describe_shift_in
from ..model import Change, Comparison, DraftInfo, FlagStatus, Redline, Shift
from ._common import (
    DELETE,
    EQUAL,
    INSERT,
    KEY_CHANGES_TITLE,
    WARNINGS_TITLE,
    PlacedHeading,
    TrackedBy,
    changed_lines,
    comparison_of,
    direction_words,
    document_phrase,
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
    pair_titles,
    section_move,
    segments,
    side_segments,
    sponsors_phrase,
    text_change_title,
    text_changes_phrase,
    warning_lines,
)
from ._common import (
    title as change_title,
)

# The stylesheet and the fragment helpers moved to .css; named here too, where callers
# have always imported them from.
from .css import CONTRAST_PAIRS as CONTRAST_PAIRS
from .css import FRAGMENT_SCOPE as FRAGMENT_SCOPE
from .css import PALETTE as PALETTE
from .css import fragment_of as fragment_of
from .css import page_fragment as page_fragment
from .css import scope_css as scope_css
from .css import scoped_stylesheet as scoped_stylesheet
from .css import stylesheet as stylesheet

# Only what the filter and the toggle need; the page is complete without it.
_SCRIPT = """
(function () {
  var root = document.documentElement, body = document.body;
  root.classList.add("js");
  var buttons = document.querySelectorAll("[data-view]");
  function show(view) {
    body.classList.toggle("sbs", view === "sbs");
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-view") === view));
    });
  }
  buttons.forEach(function (b) {
    b.addEventListener("click", function () { show(b.getAttribute("data-view")); });
  });
  var hide = document.getElementById("hide-unchanged");
  if (hide) {
    hide.addEventListener("change", function () {
      body.classList.toggle("hide-unchanged", hide.checked);
    });
  }
})();
"""

_ARROWS = {"softer": "▼", "stronger": "▲", "neutral": "◆"}


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _e(text: str) -> str:
    return escape(text, quote=True)


def _anchor_ids(change: Change) -> list[str]:
    # New-side refs as printed ("OP3"), old-side ones prefixed ("old-OP3"), so a link can
    # point at either draft's numbering.
    return list(change.new) + [f"old-{r}" for r in change.old]


def _redline_html(change: Change) -> str:
    return redline_html(change.redline)


def redline_html(redline: Redline) -> str:
    """A word redline as one run of HTML, deletions in ``<del>`` and insertions in
    ``<ins>`` (both marked ``whole`` when nothing is kept), every word escaped: the
    comparison report and the product reports (provenance, precedents) alike."""
    parts: list[str] = []
    prev: tuple[int, str] | None = None
    segs = segments(redline)
    # A wholly added or dropped paragraph gets a lighter line: the badge already says what
    # happened, and a thick rule through every word makes the text hard to read.
    whole = ' class="whole"' if all(op != EQUAL for op, _ in segs) else ""
    for op, text in segs:
        if needs_gap(prev, op, text):
            parts.append(" ")
        if op == EQUAL:
            parts.append(_e(text))
        elif op == DELETE:
            parts.append(f"<del{whole}>{_e(text)}</del>")
        else:
            parts.append(f"<ins{whole}>{_e(text)}</ins>")
        prev = (op, text)
    return "".join(parts)


def _side_html(change: Change, side: int) -> str:
    tag = "del" if side == DELETE else "ins"
    return "".join(
        _e(text) if op == EQUAL else f"<{tag}>{_e(text)}</{tag}>"
        for op, text in side_segments(change.redline, side)
    )


def _badge(text: str, cls: str, *, big: bool = False) -> str:
    return f'<span class="badge {cls}{" big" if big else ""}">{_e(text)}</span>'


def _shift_html(shift: Shift) -> str:
    d = shift.direction
    word = {"softer": "softer", "stronger": "stronger", "neutral": "neutral"}[d]
    return (
        f'<li><span class="dir dir-{d}" aria-hidden="true">{_ARROWS[d]}</span>'
        f'<span class="sr">{word}: </span>{_e(describe_shift(shift))}</li>'
    )


def _heading_html(change: Change, level: int, tail: str = "", who: str = "") -> str:
    ids = _anchor_ids(change)
    primary = ids[0] if ids else ""
    extra = "".join(f'<span class="anchor" id="{_e(i)}"></span>' for i in ids[1:])
    badges = [_badge(change.kind, f"k-{change.kind}")]
    if change.moved:
        badges.append(_badge("moved", "moved"))
    notes = "".join(
        f'<span class="note">{_e(n)}</span>'
        for n in (section_move(change), match_note(change), who)
        if n
    )
    h = min(level, 6)
    return (
        f'<div class="head">{extra}<h{h}>'
        f'<a href="#{_e(primary)}">{_e(change_title(change))}</a></h{h}>'
        f"{''.join(badges)}{notes}{tail}</div>"
    )


def _change_html(change: Change, level: int, tracked: TrackedBy | None = None) -> str:
    ids = _anchor_ids(change)
    id_attr = f' id="{_e(ids[0])}"' if ids else ""
    tag = "article" if level == 3 else "section"
    if is_quiet(change):
        return (
            f'<{tag} class="change quiet k-unchanged"{id_attr}>'
            + _heading_html(change, level, f'<p class="text">{_e(change.new_text)}</p>')
            + f"</{tag}>"
        )
    out = [
        f'<{tag} class="change k-{change.kind}"{id_attr}>',
        _heading_html(change, level, who=tracked.change(change) if tracked else ""),
    ]
    if change.shifts:
        out.append('<ul class="shifts">')
        out += [_shift_html(s) for s in change.shifts]
        out.append("</ul>")
    if change.redline:
        out.append(f'<div class="view-inline"><p class="text">{_redline_html(change)}</p></div>')
        old_ref = " + ".join(change.old)
        new_ref = " + ".join(change.new)
        old_body = (
            f'<p class="text">{_side_html(change, DELETE)}</p>'
            if change.old
            else '<p class="text absent">Not in the old draft.</p>'
        )
        new_body = (
            f'<p class="text">{_side_html(change, INSERT)}</p>'
            if change.new
            else '<p class="text absent">Not in the new draft.</p>'
        )
        out.append(
            '<div class="view-sbs">'
            f'<div class="col old"><p class="col-head">Old{" · " + _e(old_ref) if old_ref else ""}'
            f"</p>{old_body}</div>"
            f'<div class="col new"><p class="col-head">New{" · " + _e(new_ref) if new_ref else ""}'
            f"</p>{new_body}</div></div>"
        )
    if change.children:
        out.append('<div class="children">')
        out += [_change_html(child, level + 1, tracked) for child in change.children]
        out.append("</div>")
    out.append(f"</{tag}>")
    return "".join(out)


def _draft_heading_html(heading: PlacedHeading) -> str:
    # A heading of the drafts between the changes: plain when kept, its words inserted
    # or deleted when added or dropped.
    words = _e(heading.text)
    tag = {"added": "ins", "dropped": "del"}.get(heading.status)
    if tag:
        words = f"<{tag}>{words}</{tag}>"
    note = heading_note(heading)
    note_html = f'<span class="note">{_e(note)}</span>' if note else ""
    return f'<p class="draft-heading">{words}{note_html}</p>'


def _text_changes_html(cmp: Comparison) -> str:
    """The annexes and footnotes that differ: the lines that changed, named, not
    weighed; empty when none does."""
    if not cmp.text_changes:
        return ""
    out = [
        '<section class="card" aria-labelledby="annexes-h">'
        '<h2 id="annexes-h">Annexes and footnotes <span class="muted">(named, not weighed)'
        "</span></h2>"
    ]
    for text_change in cmp.text_changes:
        out.append(f"<h3>{_e(text_change_title(text_change))}</h3>")
        differing, kept = changed_lines(text_change)
        out += [f'<p class="text">{redline_html(line)}</p>' for line in differing]
        if kept:
            out.append(f'<p class="muted">{kept} line{"s" if kept != 1 else ""} unchanged</p>')
    out.append("</section>\n")
    return "".join(out)


def _changes_html(cmp: Comparison) -> str:
    """Every change, with the drafts' headings where they stand among them."""
    before, after = headings_among(cmp)
    out: list[str] = []
    tracked = TrackedBy(cmp)
    for k, change in enumerate(cmp.changes):
        out += [_draft_heading_html(h) for h in before.get(k, [])]
        out.append(_change_html(change, 3, tracked))
    out += [_draft_heading_html(h) for h in after]
    return "".join(out)


#: A card's noun by what the text is (:func:`document_phrase`): a text the Council
#: adopted or made is not a draft; anything else, or a text the reader could not tell,
#: keeps "draft".
_CARD_NOUNS = {"adopted resolution": "resolution", "presidential statement": "statement"}


def _role(side: str, info: DraftInfo) -> str:
    """The heading of a draft's card: "Old draft", but "Old resolution" over an adopted
    resolution and "Old statement" over a statement the Council made (two adopted texts
    were headed "Old draft" and "New draft")."""
    noun = _CARD_NOUNS.get(document_phrase(info) or "", "draft")
    return f"{side} {noun}"


def _draft_card(role: str, info: DraftInfo) -> str:
    facts = "".join(f"<p>{_e(f)}</p>" for f in draft_facts(info))
    sponsors = (
        f'<p><span class="muted">Sponsors:</span> {_e(", ".join(info.sponsors))}</p>'
        if info.sponsors
        else ""
    )
    warned = warning_lines(info)
    warnings = (
        f'<details class="warnings"><summary>{_e(WARNINGS_TITLE)} ({len(info.warnings)})'
        "</summary><ul>" + "".join(f"<li>{_e(w)}</li>" for w in warned) + "</ul></details>"
        if warned
        else ""
    )
    return (
        f'<div class="card"><p class="role">{_e(role)}</p>'
        f'<p class="sym">{_e(draft_title(info))}</p>{facts}{sponsors}{warnings}</div>'
    )


def _flag_badge(status: FlagStatus) -> str:
    return _badge(status, f"s-{status}")


def _glance_shift(change: Change) -> tuple[Shift | None, int]:
    """The shift that explains a change at a glance, and how many shifts it has in all
    (its sub-paragraphs' included): of a softened or strengthened change, its heaviest
    shift in that direction, wherever it stands (a renewal date moved on in OP1 does not
    explain OP1 softened by an exemption widened in OP1(g)); else its first shift."""
    shifts = [s for c in change.walk() for s in c.shifts]
    if not shifts:
        return None, 0
    wanted = {"softened": "softer", "strengthened": "stronger"}.get(change.kind)
    weighing = [s for s in shifts if wanted is not None and s.direction == wanted]
    if weighing:
        # Heaviest first; the first named wins a tie.
        best = max(weighing, key=lambda s: (s.weight or 0.0, -shifts.index(s)))
        return best, len(shifts)
    return (change.shifts[0] if change.shifts else shifts[0]), len(shifts)


def _glance(changes: Iterable[Change]) -> str:
    items: list[str] = []
    for change in changes:
        if is_quiet(change):
            continue
        ids = _anchor_ids(change)
        first, count = _glance_shift(change)
        if first is not None:
            why = describe_shift_in(change, first)
        else:
            why = (
                "moved"
                if change.kind == "unchanged"
                else {
                    "added": "new paragraph",
                    "dropped": "paragraph removed",
                }.get(change.kind, "wording changed")
            )
        more = f" (+{count - 1} more)" if count > 1 else ""
        items.append(
            f'<li><a href="#{_e(ids[0] if ids else "")}">{_e(change_title(change))}</a>'
            f"{_badge(change.kind, f'k-{change.kind}')} "
            f'<span class="note">{_e(why + more)}</span></li>'
        )
    if not items:
        return ""
    return (
        '<nav class="glance" aria-label="Changes at a glance"><h3>Changes at a glance</h3>'
        f"<ol>{''.join(items)}</ol></nav>"
    )


def _key_changes_html(cmp: Comparison) -> str:
    keys = cmp.summary.key_changes
    if keys:
        who = TrackedBy(cmp)
        items = "".join(
            f"<li>{_badge(key.direction, f'd-{key.direction}')} "
            f"{_e(key_change_phrase(key, who.key(key)))}</li>"
            for key in keys
        )
        body = f'<ol class="keys">{items}</ol>'
    else:
        body = f'<p class="muted">{_e(no_key_changes(cmp.summary))}</p>'
    return (
        '<section class="card keys-card" aria-labelledby="keys-h">'
        f'<h2 id="keys-h">{_e(KEY_CHANGES_TITLE)}</h2>{body}</section>'
    )


def _summary_html(cmp: Comparison) -> str:
    s = cmp.summary
    counts = [
        f"<li>{_badge(f'{n} {kind}', f'k-{kind}' if n else 'zero')}</li>"
        for kind, n in kind_counts(s)
    ]
    counts.append(f"<li>{_badge(f'{s.moved} moved', 'moved' if s.moved else 'zero')}</li>")
    flags = "".join(
        f'<tr><th scope="row">{_e(name)}</th><td>{_flag_badge(status)}'
        + (f' <span class="muted">{_e(note)}</span>' if note else "")
        + "</td></tr>"
        for name, status, note in flag_lines(cmp)
    )
    sponsors = sponsors_phrase(cmp)
    if sponsors:
        flags = f'<tr><th scope="row">Sponsors</th><td>{_e(sponsors)}</td></tr>' + flags
    measures = "".join(
        f'<tr><th scope="row">{_e(group_name)}</th><td>'
        + ("<br>".join(_e(measure_phrase(m)) for m in group) or '<span class="muted">none</span>')
        + "</td></tr>"
        for group_name, group in measure_groups(s)
    )
    headings = "<br>".join(_e(heading_phrase(h)) for h in s.headings) or (
        '<span class="muted">none changed</span>'
    )
    measures += f'<tr><th scope="row">Headings</th><td>{headings}</td></tr>'
    measures += (
        f'<tr><th scope="row">Annexes, footnotes</th><td>{_e(text_changes_phrase(cmp))}</td></tr>'
    )
    return (
        '<section class="card summary" aria-labelledby="summary-h">'
        '<h2 id="summary-h">Summary</h2>'
        f'<p class="verdict">{_badge(s.direction, f"d-{s.direction}", big=True)}'
        f"<span>{_e(direction_words(s))}</span></p>"
        f'<ul class="counts" aria-label="Changes by kind">{"".join(counts)}</ul>'
        '<div class="facts">'
        f'<table class="flags"><caption class="sr">Document flags</caption>{flags}</table>'
        f'<table class="flags"><caption class="sr">Measures and headings</caption>{measures}'
        "</table></div>"
        f"{_glance(cmp.changes)}</section>"
    )


def render_html(cmp: Comparison, *, title: str | None = None, fragment: bool = False) -> str:
    """One self-contained HTML5 page reporting a comparison.

    A summary (counts per kind, Chapter VII / Article 39 / use-of-force status, measures,
    net direction, a linked list of the changes), then every change in the new draft's
    order with its refs, a kind badge, its shifts in plain words and an inline word
    redline (``<del>`` / ``<ins>``). Every ref is an anchor (``#OP3``, ``#old-OP3`` for the
    old draft's numbering), and the drafts' headings between the changes (marked when
    added or dropped). With script enabled a toolbar switches to a side-by-side view
    and hides unchanged paragraphs; the page prints cleanly either way.

    With ``fragment=True`` the report is one ``<div class="resdiff">`` to embed in another
    page, such as a notebook cell: its stylesheet is scoped to that element
    (:func:`scoped_stylesheet`), and it has no document head, no script and so no toolbar
    (the inline redline is shown); ``title`` is not used.
    """
    old_t, new_t = pair_titles(cmp.old, cmp.new)
    page_title = title if title is not None else f"{old_t} → {new_t} — resdiff comparison"
    css = stylesheet()
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(_SCRIPT)}; "
        "base-uri 'none'; form-action 'none'"
    )
    changes = _changes_html(cmp) or ('<p class="card muted">Neither draft has any paragraph.</p>')
    masthead = (
        '<header class="masthead"><div class="wrap">'
        f'<p class="eyebrow">{_e(comparison_of(cmp))}</p>'
        f'<h1>{_e(old_t)}<span class="arrow" aria-label="to">→</span>{_e(new_t)}</h1>'
        "</div></header>\n"
    )
    drafts = (
        f'<section class="drafts" aria-label="The two drafts">'
        f"{_draft_card(_role('Old', cmp.old), cmp.old)}"
        f"{_draft_card(_role('New', cmp.new), cmp.new)}</section>\n"
    )
    if fragment:
        return (
            f'<div class="resdiff">\n<style>{scoped_stylesheet()}</style>\n{masthead}'
            '<div class="wrap" style="padding-top:20px;padding-bottom:12px">\n'
            f"{drafts}{_key_changes_html(cmp)}{_summary_html(cmp)}\n"
            f'<section class="changes" aria-label="Changes">{changes}</section>\n'
            f"{_text_changes_html(cmp)}"
            "</div>\n"
            '<footer class="wrap">Produced by resdiff. Deleted words are struck through, '
            "inserted words underlined; ▼ marks a softening, ▲ a strengthening.</footer>\n"
            "</div>\n"
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">\n'
        '<meta name="generator" content="resdiff">\n'
        f"<title>{_e(page_title)}</title>\n"
        f"<style>{css}</style>\n</head>\n<body>\n"
        f"{masthead}"
        '<main class="wrap">\n'
        f"{drafts}"
        f"{_key_changes_html(cmp)}{_summary_html(cmp)}\n"
        '<div class="toolbar" role="toolbar" aria-label="View">'
        '<span class="seg"><button type="button" data-view="inline" aria-pressed="true">'
        'Inline</button><button type="button" data-view="sbs" aria-pressed="false">'
        "Side by side</button></span>"
        '<label><input type="checkbox" id="hide-unchanged"> Hide unchanged paragraphs</label>'
        "</div>\n"
        f'<section class="changes" aria-label="Changes">{changes}</section>\n'
        f"{_text_changes_html(cmp)}"
        "</main>\n"
        '<footer class="wrap">Produced by resdiff. Deleted words are struck through, '
        "inserted words underlined; ▼ marks a softening, ▲ a strengthening.</footer>\n"
        f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
