"""The self-contained HTML page of the product reports (timeline, provenance, lineage,
series, precedents): the shared stylesheet over the palette of :mod:`.css`, the escaping
and badge helpers, and the page shell, with everything inline, no script and a
Content-Security-Policy pinned to the hash of its CSS, so it never reaches the network.
:data:`CONTRAST_PAIRS` lists every text/background pair the stylesheet uses, each held to
WCAG AA by the tests."""

from __future__ import annotations

import base64
import hashlib
from html import escape

from .css import BADGE_RULES, PALETTE, SHARED_PAIRS

__all__ = ["CONTRAST_PAIRS", "badge", "e", "page", "stylesheet"]

#: Every (text colour, background colour) pair :func:`stylesheet` puts together; the
#: colours are :data:`resdiff.render.css.PALETTE`'s.
CONTRAST_PAIRS: tuple[tuple[str, str], ...] = (
    *SHARED_PAIRS,
    # The arrows of the shifts softened and strengthened listed in a cell.
    ("softened-fg", "surface"),
    ("strengthened-fg", "surface"),
)

_CSS_RULES = (
    """
*,*::before,*::after{box-sizing:border-box}
html{color-scheme:light}
body{margin:0;color:var(--text);background:var(--page);
  font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.masthead{color:var(--on-accent);background:var(--accent);padding:20px 0 18px}
.masthead .eyebrow{margin:0 0 4px;color:var(--on-accent-muted);background:var(--accent);
  font-size:12px;letter-spacing:.08em;text-transform:uppercase}
.masthead h1{margin:0;font:600 24px/1.25 Georgia,"Times New Roman",serif}
.wrap{max-width:1280px;margin:0 auto;padding:0 24px}
main.wrap{padding-top:20px;padding-bottom:40px}
h2{font-size:18px;margin:0 0 12px}
h3{font-size:15px;margin:14px 0 6px}
.card{color:var(--text);background:var(--surface);border:1px solid var(--rule);
  border-radius:8px;padding:16px 20px;margin:0 0 18px}
.muted{color:var(--muted);background:var(--surface)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border:1px solid var(--rule);
  font-size:14px}
thead th{color:var(--text);background:var(--head-bg);font-weight:600}
th[scope="row"]{font-weight:600;min-width:14em}
th .sub,td .sub{display:block;font-weight:400;font-size:12.5px;color:var(--muted);
  background:var(--surface)}
thead th .sub{color:var(--muted);background:var(--head-bg)}
td.gone{color:var(--muted);background:var(--page)}
td.gone .sub{color:var(--muted);background:var(--page)}
.ref{font-weight:700;margin-right:4px}
.strength{display:block;font-size:12.5px;color:var(--muted);background:var(--surface)}
.dir-softer{color:var(--softer-fg);background:var(--surface);font-weight:700}
.dir-stronger{color:var(--stronger-fg);background:var(--surface);font-weight:700}
.dir-neutral{color:var(--neutral-fg);background:var(--surface);font-weight:700}
.badge{display:inline-block;padding:0 8px;border-radius:999px;font-size:12px;font-weight:600;
  line-height:1.6;white-space:nowrap}
"""
    + BADGE_RULES
    + """\
.badge.s-kept,.badge.restored{color:var(--kept-fg);background:var(--kept-bg)}
.badge.s-absent{color:var(--absent-fg);background:var(--absent-bg)}
.text{font:15px/1.55 Georgia,"Times New Roman",serif;overflow-wrap:anywhere}
ins{color:var(--ins-fg);background:var(--ins-bg);text-decoration:underline}
del{color:var(--del-fg);background:var(--del-bg);text-decoration:line-through}
ul.plain{margin:4px 0;padding-left:1.2em}
footer{color:var(--muted);background:var(--page);font-size:12.5px;padding:0 0 30px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
  white-space:nowrap}
ul.shifts{list-style:none;margin:4px 0 0;padding:0;font-size:12.5px;line-height:1.35;
  min-width:14em}
ul.shifts li{margin:2px 0}
ul.shifts .d-softer span{color:var(--softened-fg)}
ul.shifts .d-stronger span{color:var(--strengthened-fg)}
ul.shifts .note{color:var(--muted);font-style:italic}
@media print{
  .scroll{overflow:visible}
  .badge,ins,del{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  tr{break-inside:avoid;page-break-inside:avoid}
}
"""
)


def stylesheet() -> str:
    """The CSS of the timeline, provenance, lineage, series and precedents pages: the
    palette as custom properties, then rules that name colours only through them."""
    props = "".join(f"--{name}:{value};" for name, value in PALETTE.items())
    return ":root{" + props + "}" + _CSS_RULES


def e(text: str) -> str:
    """HTML-escape text for an element or an attribute."""
    return escape(text, quote=True)


def badge(text: str, cls: str) -> str:
    """A pill-shaped label (``k-softened``, ``s-kept``, ...)."""
    return f'<span class="badge {cls}">{e(text)}</span>'


#: The badge class of a document direction (a history's step, a lineage's step).
_DIRECTION_CLASSES = {"softer": "k-softened", "stronger": "k-strengthened", "mixed": "k-mixed"}


def direction_badge(direction: str) -> str:
    """A document direction's badge, coloured as the change kind it leans to."""
    return badge(direction, _DIRECTION_CLASSES.get(direction, "k-reworded"))


def page(
    *, title: str, eyebrow: str, heading: str, body: str, footer: str, extra_css: str = ""
) -> str:
    """A complete self-contained HTML5 page: inline CSS (the shared stylesheet, then
    ``extra_css``, which names colours only through the palette's properties), no
    script, and a Content-Security-Policy that forbids loading anything else."""
    css = stylesheet() + extra_css
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    csp = f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{e(csp)}">\n'
        '<meta name="generator" content="resdiff">\n'
        f"<title>{e(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f'<header class="masthead"><div class="wrap"><p class="eyebrow">{e(eyebrow)}</p>'
        f"<h1>{e(heading)}</h1></div></header>\n"
        f'<main class="wrap">\n{body}\n</main>\n'
        f'<footer class="wrap">{e(footer)}</footer>\n</body>\n</html>\n'
    )
