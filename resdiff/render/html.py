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
from collections.abc import Callable, Iterable
from html import escape
from typing import TypeVar

from ..explain import describe_shift, describe_shift_in
from ..model import CHANGE_KINDS, Change, Comparison, DraftInfo, FlagStatus, Redline, Shift
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
    side_segments,
    sponsors_phrase,
    text_change_title,
    text_changes_phrase,
    warning_lines,
)
from ._common import (
    title as change_title,
)

#: Every colour the stylesheet uses, by role. Each becomes a CSS custom property
#: (``--text``, ``--ins-bg``, ...); nothing else in the CSS names a colour.
PALETTE: dict[str, str] = {
    "text": "#1b1f24",
    "muted": "#4f5761",
    "page": "#f3f4f6",
    "surface": "#ffffff",
    "rule": "#d5d9de",
    "accent": "#0b3a66",
    "on-accent": "#ffffff",
    "on-accent-muted": "#d3e2f1",
    "link": "#0a4a86",
    "ins-fg": "#0b4a1f",
    "ins-bg": "#d9f1df",
    "del-fg": "#7f1616",
    "del-bg": "#fbe2e2",
    "added-fg": "#0b4a1f",
    "added-bg": "#d9f1df",
    "dropped-fg": "#7f1616",
    "dropped-bg": "#fbe2e2",
    "softened-fg": "#723a00",
    "softened-bg": "#fdebd3",
    "strengthened-fg": "#0b3d7a",
    "strengthened-bg": "#dde9f8",
    "mixed-fg": "#56206f",
    "mixed-bg": "#efe2f6",
    "reworded-fg": "#39424c",
    "reworded-bg": "#e6e9ed",
    "unchanged-fg": "#4f5761",
    "unchanged-bg": "#eef0f3",
    "moved-fg": "#174d4b",
    "moved-bg": "#d9efed",
    "kept-fg": "#0b3d7a",
    "kept-bg": "#dde9f8",
    "absent-fg": "#4f5761",
    "absent-bg": "#eef0f3",
    "softer-fg": "#8a3b00",
    "stronger-fg": "#0b3d7a",
    "neutral-fg": "#4f5761",
    "head-bg": "#f7f8fa",
}

#: Every (text colour, background colour) pair the stylesheet puts together.
CONTRAST_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "surface"),
    ("text", "page"),
    ("text", "head-bg"),
    ("muted", "surface"),
    ("muted", "page"),
    ("muted", "head-bg"),
    ("link", "surface"),
    ("link", "page"),
    ("on-accent", "accent"),
    ("on-accent-muted", "accent"),
    ("ins-fg", "ins-bg"),
    ("del-fg", "del-bg"),
    *((f"{k}-fg", f"{k}-bg") for k in CHANGE_KINDS),
    ("moved-fg", "moved-bg"),
    ("kept-fg", "kept-bg"),
    ("absent-fg", "absent-bg"),
    ("softer-fg", "surface"),
    ("stronger-fg", "surface"),
    ("neutral-fg", "surface"),
)

# Colours by var() only, so the palette above is the single source of truth.
_CSS_RULES = """
*,*::before,*::after{box-sizing:border-box}
html{color-scheme:light;-webkit-text-size-adjust:100%}
body{margin:0;color:var(--text);background:var(--page);
  font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--link)}
.masthead{color:var(--on-accent);background:var(--accent);padding:22px 0 20px}
.masthead .eyebrow{margin:0 0 4px;color:var(--on-accent-muted);background:var(--accent);
  font-size:12px;letter-spacing:.08em;text-transform:uppercase}
.masthead h1{margin:0;font:600 26px/1.25 Georgia,"Times New Roman",serif}
.masthead .arrow{color:var(--on-accent-muted);background:var(--accent);padding:0 .25em}
.wrap{max-width:1100px;margin:0 auto;padding:0 24px}
main.wrap{padding-top:20px;padding-bottom:40px}
h2{font-size:18px;margin:0 0 12px}
h3{font-size:15px;margin:0}
.card{color:var(--text);background:var(--surface);border:1px solid var(--rule);
  border-radius:8px;padding:18px 20px;margin:0 0 18px}
.drafts{display:grid;grid-template-columns:1fr 1fr;gap:18px}
.drafts .card{margin:0}
.card details.warnings{margin-top:8px;font-size:13px;color:var(--muted)}
.card details.warnings summary{cursor:pointer;color:var(--text)}
.drafts .role{margin:0;color:var(--muted);background:var(--surface);font-size:12px;
  letter-spacing:.06em;text-transform:uppercase}
.drafts .sym{margin:2px 0 6px;font:600 19px/1.3 Georgia,"Times New Roman",serif}
.drafts p{margin:2px 0}
.muted{color:var(--muted);background:var(--surface)}
.summary,.keys-card{margin-top:18px}
.keys{margin:6px 0 0;padding-left:22px}
.keys li{margin:4px 0}
.verdict{display:flex;align-items:baseline;gap:12px;margin:0 0 14px;font-size:16px}
.badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:12.5px;
  font-weight:600;line-height:1.6;white-space:nowrap;border:1px solid transparent}
.badge.big{font-size:14px;padding:2px 12px}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:8px;margin:0 0 16px;padding:0}
.facts{display:grid;grid-template-columns:1fr 1fr;gap:4px 28px;align-items:start}
table.flags{border-collapse:collapse;width:100%}
table.flags th,table.flags td{text-align:left;padding:5px 0;border-bottom:1px solid var(--rule);
  vertical-align:top;font-size:14px}
table.flags th{font-weight:600;width:44%;padding-right:12px}
.glance{margin-top:16px}
.glance ol{margin:6px 0 0;padding:0;list-style:none;columns:2;column-gap:28px}
.glance li{break-inside:avoid;padding:3px 0;font-size:14px}
.glance a{font-weight:600;text-decoration:none;margin-right:6px}
.glance a:hover,.glance a:focus{text-decoration:underline}
.toolbar{display:none;position:sticky;top:0;z-index:2;align-items:center;gap:16px;
  color:var(--text);background:var(--page);padding:10px 0;margin:0 0 8px;
  border-bottom:1px solid var(--rule)}
.js .toolbar{display:flex}
.seg{display:inline-flex;border:1px solid var(--accent);border-radius:6px;overflow:hidden}
.seg button{font:inherit;font-size:14px;border:0;padding:5px 14px;cursor:pointer;
  color:var(--text);background:var(--surface)}
.seg button[aria-pressed="true"]{color:var(--on-accent);background:var(--accent)}
.seg button:focus-visible,.toolbar input:focus-visible{outline:3px solid var(--link);
  outline-offset:2px}
.toolbar label{font-size:14px;display:inline-flex;gap:6px;align-items:center;cursor:pointer}
.change{color:var(--text);background:var(--surface);border:1px solid var(--rule);
  border-left:5px solid var(--rule);border-radius:6px;padding:12px 16px;margin:0 0 12px;
  scroll-margin-top:64px}
.change.k-added{border-left-color:var(--added-fg)}
.change.k-dropped{border-left-color:var(--dropped-fg)}
.change.k-softened{border-left-color:var(--softer-fg)}
.change.k-strengthened{border-left-color:var(--stronger-fg)}
.change.k-mixed{border-left-color:var(--mixed-fg)}
.change:target,.change:has(> .head > .anchor:target){outline:3px solid var(--link);
  outline-offset:2px}
.change .change{margin:10px 0 0;padding:10px 14px}
.children{margin-left:18px}
.head{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 10px;position:relative}
.anchor{position:absolute;top:0;left:0;scroll-margin-top:64px}
.head :is(h3,h4,h5,h6){margin:0;font-size:16px;font-weight:700}
.change .change .head :is(h4,h5,h6){font-size:15px}
.head a{color:var(--text);text-decoration:none}
.head a:hover,.head a:focus{text-decoration:underline}
.note{font-size:13px;color:var(--muted);background:var(--surface)}
.shifts{margin:8px 0 4px;padding:0;list-style:none}
.shifts li{margin:2px 0;padding-left:1.4em;text-indent:-1.4em}
.dir{display:inline-block;width:1.4em;text-indent:0;font-weight:700}
.dir-softer{color:var(--softer-fg);background:var(--surface)}
.dir-stronger{color:var(--stronger-fg);background:var(--surface)}
.dir-neutral{color:var(--neutral-fg);background:var(--surface)}
.text{font:16px/1.6 Georgia,"Times New Roman",serif;margin:8px 0 2px;
  overflow-wrap:anywhere}
.draft-heading{font:italic 600 16px/1.4 Georgia,"Times New Roman",serif;margin:18px 0 10px;
  color:var(--text);background:var(--page)}
.draft-heading .note{font:13px/1.4 system-ui,sans-serif;margin-left:8px;
  background:var(--page)}
.quiet{padding:7px 16px}
.quiet .head{flex-wrap:nowrap}
.quiet .text{margin:0;font-size:14.5px;color:var(--muted);background:var(--surface);
  white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-width:0}
ins{color:var(--ins-fg);background:var(--ins-bg);text-decoration:underline;
  text-decoration-thickness:1.5px;text-underline-offset:2px}
del{color:var(--del-fg);background:var(--del-bg);text-decoration:line-through;
  text-decoration-thickness:1.5px}
ins.whole,del.whole{text-decoration-thickness:1px}
ins,del{padding:0 1px;border-radius:2px;-webkit-box-decoration-break:clone;
  box-decoration-break:clone}
.view-sbs{display:none}
.sbs .view-inline{display:none}
.sbs .view-sbs{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin-top:8px}
.col{border:1px solid var(--rule);border-radius:4px;min-width:0}
.col-head{margin:0;padding:3px 10px;font-size:12px;letter-spacing:.05em;
  text-transform:uppercase;color:var(--muted);background:var(--head-bg);
  border-bottom:1px solid var(--rule)}
.col .text{padding:0 10px 6px}
.absent{font-style:italic;color:var(--muted);background:var(--surface)}
.hide-unchanged .quiet{display:none}
.badge.k-added{color:var(--added-fg);background:var(--added-bg)}
.badge.k-dropped{color:var(--dropped-fg);background:var(--dropped-bg)}
.badge.k-softened{color:var(--softened-fg);background:var(--softened-bg)}
.badge.k-strengthened{color:var(--strengthened-fg);background:var(--strengthened-bg)}
.badge.k-mixed{color:var(--mixed-fg);background:var(--mixed-bg)}
.badge.k-reworded{color:var(--reworded-fg);background:var(--reworded-bg)}
.badge.k-unchanged{color:var(--unchanged-fg);background:var(--unchanged-bg)}
.badge.moved{color:var(--moved-fg);background:var(--moved-bg)}
.badge.s-kept{color:var(--kept-fg);background:var(--kept-bg)}
.badge.s-absent{color:var(--absent-fg);background:var(--absent-bg)}
.badge.s-unknown{color:var(--absent-fg);background:var(--absent-bg);font-style:italic}
.badge.s-added{color:var(--added-fg);background:var(--added-bg)}
.badge.s-dropped{color:var(--dropped-fg);background:var(--dropped-bg)}
.badge.zero{color:var(--absent-fg);background:var(--absent-bg);font-weight:400}
.badge.d-softer{color:var(--softened-fg);background:var(--softened-bg)}
.badge.d-stronger{color:var(--strengthened-fg);background:var(--strengthened-bg)}
.badge.d-mixed{color:var(--mixed-fg);background:var(--mixed-bg)}
.badge.d-neutral{color:var(--reworded-fg);background:var(--reworded-bg)}
footer{color:var(--muted);background:var(--page);font-size:12.5px;padding:0 0 30px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
  white-space:nowrap}
@media (max-width:760px){
  .drafts,.facts,.sbs .view-sbs{grid-template-columns:1fr}
  .glance ol{columns:1}
}
@media print{
  @page{margin:16mm 14mm}
  body{font-size:11pt;color:var(--text);background:var(--surface)}
  .toolbar,button{display:none !important}
  .masthead{color:var(--text);background:var(--surface);padding:0 0 8px;
    border-bottom:2px solid var(--text)}
  .masthead .eyebrow,.masthead .arrow{color:var(--muted);background:var(--surface)}
  .wrap{max-width:none;padding:0}
  .drafts{grid-template-columns:1fr 1fr}
  .card,.change{border-color:var(--muted)}
  .change,.drafts .card,table.flags tr,.glance li{break-inside:avoid;page-break-inside:avoid}
  .head{break-after:avoid;page-break-after:avoid}
  .quiet .text{white-space:normal}
  .sbs .view-sbs{grid-template-columns:1fr 1fr}
  a{color:var(--text);text-decoration:none}
  ins,del,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

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


def stylesheet() -> str:
    """The report's complete CSS: the palette as custom properties, then the rules."""
    props = "".join(f"--{name}:{value};" for name, value in PALETTE.items())
    return ":root{" + props + "}" + _CSS_RULES


#: The element a fragment's stylesheet is scoped to (see :func:`render_html`).
FRAGMENT_SCOPE = "div.resdiff"


def _scope_selectors(prelude: str, scope: str) -> str:
    # Split on commas outside parentheses (":is(h3,h4)" is one selector).
    selectors: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(prelude):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            selectors.append(prelude[start:i])
            start = i + 1
    selectors.append(prelude[start:])
    scoped: list[str] = []
    for selector in (s.strip() for s in selectors):
        head, _, rest = selector.partition(" ")
        if head in (":root", "html", "body"):
            scoped.append(f"{scope} {rest}" if rest else scope)
        else:
            scoped.append(f"{scope} {selector}")
    return ",".join(scoped)


# Put first in a fragment's stylesheet: undoes what a host page (a notebook's own CSS)
# commonly sets on bare elements and the report relies on inheriting or defaulting.
_FRAGMENT_RESET = """
:is(h1,h2,h3,h4,h5,h6){color:inherit;background:none}
table{border:0;margin:0}
tr,tr:nth-child(odd),tr:hover{background:none}
"""


def scoped_stylesheet(scope: str = FRAGMENT_SCOPE) -> str:
    """The report's CSS with every rule confined to ``scope``, for a report embedded in
    someone else's page (a notebook): see :func:`scope_css`. A short reset comes first,
    against the host page's styles for bare headings, tables and rows."""
    return scope_css(_FRAGMENT_RESET + stylesheet(), scope)


def scope_css(css: str, scope: str = FRAGMENT_SCOPE) -> str:
    """``css`` with every rule confined to ``scope``: ``:root``, ``html`` and ``body``
    become the scope element itself, every other selector is prefixed with it, and
    at-rules that can only apply to the whole page (``@page``) are left out. One pass
    over the text; ``@media`` blocks, the only nesting the reports write, are scoped
    inside (at most two levels)."""

    def scope_block(css: str, nested: bool) -> str:
        out: list[str] = []
        i = 0
        while (brace := css.find("{", i)) >= 0:
            depth, j = 0, brace
            while j < len(css):
                if css[j] == "{":
                    depth += 1
                elif css[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            prelude, block = css[i:brace].strip(), css[brace + 1 : j]
            if prelude.startswith("@media") and not nested:
                out.append(f"{prelude}{{{scope_block(block, True)}}}")
            elif not prelude.startswith("@"):
                out.append(f"{_scope_selectors(prelude, scope)}{{{block}}}")
            i = j + 1
        return "".join(out)

    return scope_block(css, False)


#: The object a page renderer draws (a History, a Lineage, ...).
_T = TypeVar("_T")


def fragment_of(render: Callable[[_T], str]) -> Callable[[_T], str]:
    """A renderer of a whole page (a history's, a lineage's) as the notebook display of
    its object: the page made a fragment by :func:`page_fragment`."""

    def shown(obj: _T) -> str:
        return page_fragment(render(obj))

    return shown


def page_fragment(page: str, scope: str = FRAGMENT_SCOPE) -> str:
    """A self-contained HTML page of resdiff's (a history, a lineage, provenance) as an
    embeddable fragment for a notebook cell: its body in one ``<div class="resdiff">``,
    its styles scoped to that div (:func:`scope_css`) so that they do not restyle the
    notebook, its scripts left out (the pages write none their CSP would not allow)."""
    head, _, rest = page.partition("<body")
    body = rest.partition(">")[2].rpartition("</body>")[0] if rest else page
    styles = []
    at = 0
    while (start := head.find("<style>", at)) >= 0:
        end = head.find("</style>", start)
        if end < 0:
            break
        styles.append(head[start + len("<style>") : end])
        at = end
    css = scope_css(_FRAGMENT_RESET + "".join(styles), scope)
    name = scope.rpartition(".")[2]
    return f'<div class="{name}">\n<style>{css}</style>\n{body.strip()}\n</div>\n'


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
    old_t, new_t = draft_title(cmp.old), draft_title(cmp.new)
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
        f'<section class="drafts" aria-label="The two drafts">{_draft_card("Old draft", cmp.old)}'
        f"{_draft_card('New draft', cmp.new)}</section>\n"
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
