"""The reports' stylesheet: the colours (:data:`PALETTE`, held to WCAG AA through
:data:`CONTRAST_PAIRS`), the comparison report's rules, and the scoping that lets a
resdiff page sit inside someone else's (a notebook cell) without restyling it.

Kept apart from :mod:`.html` so that every page renderer (history, lineage, provenance,
series, precedents) shares one palette and one way of becoming a notebook fragment."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..model import CHANGE_KINDS

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

#: The (text colour, background colour) pairs both stylesheets put together, this one and
#: the product pages' (:data:`resdiff.render.page.CONTRAST_PAIRS`): body text and muted
#: text, the masthead, the redline, the change kinds' badges, and the shift arrows on a
#: cell's background.
SHARED_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "surface"),
    ("text", "page"),
    ("text", "head-bg"),
    ("muted", "surface"),
    ("muted", "page"),
    ("muted", "head-bg"),
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
#: Every (text colour, background colour) pair the stylesheet puts together.
CONTRAST_PAIRS: tuple[tuple[str, str], ...] = (
    *SHARED_PAIRS,
    ("link", "surface"),
    ("link", "page"),
)

#: The badges of the change kinds and of a move, as both stylesheets write them (this one
#: and the product pages', :func:`resdiff.render.page.stylesheet`): a kind's badge in the
#: kind's pair of :data:`SHARED_PAIRS`, so a kind added to the model is styled, and held to
#: WCAG AA, on every page at once.
BADGE_RULES = (
    "".join(
        f".badge.k-{kind}{{color:var(--{kind}-fg);background:var(--{kind}-bg)}}\n"
        for kind in CHANGE_KINDS
    )
    + ".badge.moved{color:var(--moved-fg);background:var(--moved-bg)}\n"
)

# Colours by var() only, so the palette above is the single source of truth.
_CSS_RULES = (
    """
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
.quiet .head h3{white-space:nowrap;flex:none}
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
"""
    + BADGE_RULES
    + """\
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
)


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
