"""The text, Markdown, HTML and JSON reports of a comparison.

The comparison is built by hand (renderers never parse or align), modelled on the July
2006 negotiation over the DPRK missile launches: the compromise dropped Chapter VII and
the Article 39 determination, softened "condemns" to "strongly deplores", turned a
mandatory transfer ban into a call to "exercise vigilance", dropped an asset freeze,
split a paragraph, moved one and changed a reporting deadline. The two drafts are
invented, so their symbols are of the year 2099 and cannot be taken for real documents.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from html import unescape
from html.parser import HTMLParser

import pytest

import resdiff
from resdiff.explain import describe_shift
from resdiff.model import (
    CHANGE_KINDS,
    Change,
    ChangeKind,
    Comparison,
    Draft,
    DraftInfo,
    Heading,
    MeasureChange,
    Shift,
    Summary,
)
from resdiff.redline import redline
from resdiff.render import render, render_html, render_markdown, render_text
from resdiff.render._common import segments, title
from resdiff.render.html import CONTRAST_PAIRS, PALETTE, stylesheet


def _same(
    ref: str, text: str, *, section: str = "operative", moved: bool = False, old: str | None = None
) -> Change:
    return Change(
        kind="unchanged",
        old=(old or ref,),
        new=(ref,),
        moved=moved,
        section="preamble" if section == "preamble" else "operative",
        match="moved" if moved else "identical",
        score=1.0,
        redline=redline(text, text),
    )


def _edit(
    kind: ChangeKind,
    old: tuple[str, ...],
    new: tuple[str, ...],
    old_text: str,
    new_text: str,
    shifts: tuple[Shift, ...] = (),
    *,
    section: str = "operative",
    match: str = "similar",
    children: tuple[Change, ...] = (),
) -> Change:
    return Change.model_validate(
        {
            "kind": kind,
            "old": old,
            "new": new,
            "section": section,
            "match": match,
            "score": 0.8 if old and new else 0.0,
            "shifts": shifts,
            "redline": redline(old_text, new_text),
            "children": children,
        }
    )


PP11_OLD = "Acting under Chapter VII of the Charter of the United Nations,"
PP11_NEW = (
    "Acting under its special responsibility for the maintenance of international peace "
    "and security,"
)
OP3_OLD = (
    "Decides that all Member States shall prevent missile and missile-related items, "
    "materials, goods and technology being transferred to the DPRK's missile or weapons "
    "of mass destruction programmes;"
)
OP4_NEW = (
    "Calls upon all Member States, in accordance with their national legal authorities and "
    "legislation and consistent with international law, to exercise vigilance and prevent "
    "missile and missile-related items, materials, goods and technology being transferred "
    "to the DPRK's missile or weapons of mass destruction programmes;"
)


def _changes() -> tuple[Change, ...]:
    asset_children = (
        _edit(
            "dropped",
            ("OP4(a)",),
            (),
            "owned or controlled by the DPRK's missile programme;",
            "",
            match="dropped",
        ),
        _edit(
            "dropped",
            ("OP4(b)",),
            (),
            "of persons and entities acting on their behalf or at their direction;",
            "",
            match="dropped",
        ),
    )
    return (
        _same(
            "PP1",
            "Reaffirming its previous relevant resolutions, including resolution "
            "825 (1993) and resolution 1540 (2004),",
            section="preamble",
        ),
        _edit(
            "added",
            (),
            ("PP2",),
            "",
            "Welcoming the efforts of the Secretary-General to promote dialogue in the region,",
            section="preamble",
            match="added",
        ),
        _same(
            "PP3",
            "Bearing in mind the importance of maintaining peace and stability on "
            "the Korean peninsula and in north-east Asia at large,",
            section="preamble",
            moved=True,
            old="PP2",
        ),
        _edit(
            "dropped",
            ("PP10",),
            (),
            "Determining that the launches constitute a threat "
            "to international peace and security,",
            "",
            section="preamble",
            match="dropped",
            shifts=(
                Shift(
                    feature="art39",
                    old="threat to international peace and security",
                    direction="softer",
                    ref="PP10",
                ),
            ),
        ),
        _edit(
            "softened",
            ("PP11",),
            ("PP11",),
            PP11_OLD,
            PP11_NEW,
            section="preamble",
            shifts=(Shift(feature="chapter-vii", old=PP11_OLD, direction="softer"),),
        ),
        _edit(
            "softened",
            ("OP1",),
            ("OP1",),
            "Condemns the multiple launches by the DPRK of ballistic missiles on 5 July 2006;",
            "Strongly deplores the multiple launches by the DPRK of ballistic missiles on "
            "5 July 2006;",
            (
                Shift(
                    feature="censure",
                    old="condemns",
                    new="strongly deplores",
                    direction="softer",
                    ref="OP1",
                ),
            ),
        ),
        _edit(
            "softened",
            ("OP2",),
            ("OP2", "OP3"),
            "Demands that the DPRK suspend all activities related to its ballistic missile "
            "programme, and in this context re-establish its pre-existing commitments to a "
            "moratorium on missile launching;",
            "Demands that the DPRK suspend all activities related to its ballistic missile "
            "programme; Calls upon the DPRK to re-establish its pre-existing commitments to "
            "a moratorium on missile launching;",
            (
                Shift(
                    feature="verb", old="demands", new="calls upon", direction="softer", ref="OP3"
                ),
            ),
            match="split",
        ),
        _edit(
            "softened",
            ("OP3",),
            ("OP4",),
            OP3_OLD,
            OP4_NEW,
            (
                Shift(feature="verb", old="decides", new="calls upon", direction="softer"),
                Shift(
                    feature="hedge",
                    new="in accordance with their national legal authorities and legislation",
                    direction="softer",
                ),
                Shift(feature="hedge", new="exercise vigilance", direction="softer"),
                Shift(feature="measure-mode", old="mandatory", new="hortatory", direction="softer"),
            ),
        ),
        _edit(
            "dropped",
            ("OP4",),
            (),
            "Decides that all Member States shall freeze the "
            "funds, other financial assets and economic resources:",
            "",
            match="dropped",
            shifts=(Shift(feature="measure", old="asset freeze", direction="softer"),),
            children=asset_children,
        ),
        _edit(
            "reworded",
            ("OP5",),
            ("OP5",),
            "Requests the Secretary-General to report to the Council within 30 days on "
            "the implementation of this resolution;",
            "Requests the Secretary-General to report to the Council within 45 days on "
            "the implementation of this resolution;",
            (Shift(feature="number", old="30 days", new="45 days", direction="neutral"),),
        ),
        _edit(
            "added",
            (),
            ("OP6",),
            "",
            "Urges the DPRK to return immediately to the Six-Party Talks without precondition;",
            match="added",
        ),
        _same("OP7", "Decides to remain seized of the matter.", old="OP6"),
    )


def _comparison(changes: tuple[Change, ...] | None = None) -> Comparison:
    changes = _changes() if changes is None else changes
    counts = {k: sum(1 for c in changes if c.kind == k) for k in CHANGE_KINDS}
    return Comparison(
        old=DraftInfo(
            symbol="S/2099/1",
            name="S/2099/1",
            kind="draft",
            sponsors=("France", "Japan", "United Kingdom", "United States"),
            date=dt.date(2006, 7, 7),
            preamble=11,
            operative=6,
            chapter_vii=True,
            art39=True,
        ),
        new=DraftInfo(
            symbol="S/2099/1/Rev.1",
            name="rev1.txt",
            kind="draft",
            sponsors=("France", "Japan", "United Kingdom", "United States"),
            date=dt.date(2006, 7, 13),
            preamble=11,
            operative=7,
        ),
        changes=changes,
        summary=Summary(
            counts=counts,
            moved=sum(1 for c in changes if c.moved),
            chapter_vii="dropped",
            art39="dropped",
            use_of_force="absent",
            measures_dropped=(
                MeasureChange(
                    measure="asset-freeze", label="asset freeze", old_mode="mandatory", ref="OP4"
                ),
            ),
            measures_changed=(
                MeasureChange(
                    measure="wmd-missile",
                    label="missile-related transfers",
                    old_mode="mandatory",
                    new_mode="hortatory",
                    ref="OP4",
                ),
            ),
            direction="softer",
        ),
    )


@pytest.fixture
def cmp() -> Comparison:
    return _comparison()


def _flat(text: str) -> str:
    """Whitespace folded, so wrapped output can be searched for a phrase."""
    return " ".join(text.split())


def _all_changes(cmp: Comparison) -> list[Change]:
    return [c for top in cmp.changes for c in top.walk()]


# --- shared redline segments ------------------------------------------------------------


def test_segments_move_spaces_outside_markers() -> None:
    ops = ((0, "Condemns"), (1, " strongly"), (0, " the launches"))
    assert segments(ops) == [(0, "Condemns "), (1, "strongly"), (0, " the launches")]
    assert segments(((0, "a"), (-1, " b "), (0, "c"))) == [(0, "a "), (-1, "b"), (0, " c")]


def test_segments_are_linear_in_a_long_run_of_spaces() -> None:
    # Found when the worst-case audit of patterns came to cover every module: the edges
    # of an inserted run were cut by ``^(\s*)(.*?)(\s*)$``, 18 s on 50 KB of spaces.
    run = "# a" + " " * 50_000 + "!"
    start = time.process_time()
    assert segments(((0, "x"), (1, run), (0, "y"))) == [(0, "x"), (1, run), (0, "y")]
    assert time.process_time() - start < 0.5
    # Spaces at the edges, of any kind, still move outside the marker, as one space.
    spaced = ((0, "x"), (1, "\u00a0\t new \u2003"), (0, "y"))
    assert segments(spaced) == [(0, "x "), (1, "new"), (0, " y")]


# --- text ---------------------------------------------------------------------------------


def test_text_names_drafts_and_summary(cmp: Comparison) -> None:
    out = _flat(render_text(cmp))
    for fact in (
        "S/2099/1",
        "S/2099/1/Rev.1",
        "7 July 2006",
        "13 July 2006",
        "France, Japan, United Kingdom, United States",
        "file rev1.txt",
    ):
        assert fact in out
    assert "Chapter VII: dropped" in out
    assert "Article 39 determination: dropped" in out
    assert "Use of force: absent" in out
    assert "Net direction: softer" in out
    assert "2 added, 2 dropped, 4 softened, 1 reworded, 3 unchanged; 1 moved" in out
    assert "asset freeze (OP4): dropped (was mandatory)" in out
    assert "missile-related transfers (OP4): mandatory → hortatory" in out


def test_text_lists_every_change_with_shifts_and_redline(cmp: Comparison) -> None:
    out = _flat(render_text(cmp, width=100))
    for change in _all_changes(cmp):
        assert title(change) in out
        for shift in change.shifts:
            assert _flat(describe_shift(shift)) in out
    assert "OP2 → OP2 + OP3 · softened · split into OP2 and OP3" in out
    assert "PP2 → PP3 · unchanged · moved" in out
    assert "[-Condemns-] {+Strongly deplores+} the multiple launches" in out
    assert "within [-30-] {+45+} days" in out
    assert (
        "Acting under [-Chapter VII of the Charter of the United Nations-] "
        "{+its special responsibility for the maintenance of international peace and security+}"
    ) in out
    assert "PP10 · dropped" in out and "OP6 · added" in out
    assert "{+Urges the DPRK" in out and "[-owned or controlled" in out
    assert "censure softened: condemns → strongly deplores" in out
    assert "measure's mode weakened: mandatory → hortatory" in out
    assert "hedge added: “exercise vigilance”" in out


def test_text_order_children_and_compact_unchanged(cmp: Comparison) -> None:
    lines = render_text(cmp).splitlines()
    labels = [title(c) for c in cmp.changes]
    positions = [
        next(i for i, line in enumerate(lines) if line.lstrip().startswith(label))
        for label in labels
    ]
    assert positions == sorted(positions)
    child = next(line for line in lines if _flat(line) == "old OP4(a) · dropped")
    assert child.startswith("    ")
    pp1 = [line for line in lines if line.startswith("PP1 ")]
    assert len(pp1) == 1 and "unchanged" in pp1[0] and "Reaffirming" in pp1[0]


def test_text_only_changes_skips_quiet_ones(cmp: Comparison) -> None:
    out = render_text(cmp, only_changes=True)
    assert "Reaffirming its previous" not in out
    assert "OP7" not in out.split("Changes\n")[1]
    assert "PP2 → PP3" in out  # moved, so still a change


@pytest.mark.parametrize("width", [50, 72, 88])
def test_text_wraps_at_width(cmp: Comparison, width: int) -> None:
    out = render_text(cmp, width=width)
    assert max(len(line) for line in out.splitlines()) <= width
    assert "\x1b" not in out  # no colour codes


def test_str_is_the_text_report(cmp: Comparison) -> None:
    assert str(cmp) == render_text(cmp)


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_sections_shifts_and_redline(cmp: Comparison) -> None:
    out = render_markdown(cmp)
    assert "### OP1 · softened" in out
    assert "### OP3 → OP4 · softened" in out
    assert "### PP2 → PP3 · unchanged · moved" in out
    assert "#### old OP4(a) · dropped" in out
    assert "| Chapter VII | dropped |" in out
    assert "| Softened | 4 |" in out
    assert "> ~~Condemns~~ **Strongly deplores** the multiple launches" in out
    assert "within ~~30~~ **45** days" in out
    for change in _all_changes(cmp):
        for shift in change.shifts:
            assert f"- {describe_shift(shift)}" in out
    assert "## Unchanged\n\nPP1, OP6 → OP7\n" in out  # the quiet ones, listed once


def test_markdown_escapes_special_characters() -> None:
    change = _edit(
        "reworded",
        ("OP1",),
        ("OP1",),
        "Notes the *so-called* moratorium_1 [see annex] <b>;",
        "Notes the *so-called* moratorium_2 [see annex] <b>;",
    )
    out = render_markdown(_comparison((change,)))
    assert r"\*so-called\*" in out
    assert r"moratorium\_1" in out and r"moratorium\_2" in out
    assert r"\[see annex\]" in out and r"\<b\>" in out
    assert "*so-called*" not in out.replace(r"\*", "")
    # The changed words are still marked, around the escaped text.
    assert r"~~moratorium\_1~~ **moratorium\_2**" in out


# --- HTML ---------------------------------------------------------------------------------

_VOID = {"meta", "br", "input", "link", "img", "hr", "wbr"}


class _Checker(HTMLParser):
    """Checks that elements nest and close, and collects ids, hrefs and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []
        self.script_blocks = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs += attrs
        if tag == "script":
            self.script_blocks += 1
        for name, value in attrs:
            if name == "id" and value is not None:
                self.ids.append(value)
            if name == "href" and value is not None:
                self.hrefs.append(value)
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()


def _check(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


def test_html_is_well_formed_with_anchors(cmp: Comparison) -> None:
    page = render_html(cmp)
    assert page.startswith("<!DOCTYPE html>")
    checker = _check(page)
    assert {"del", "ins", "article", "section", "ul", "table", "button"} <= checker.tags
    ids = set(checker.ids)
    assert len(ids) == len(checker.ids), "ids must be unique"
    for change in _all_changes(cmp):
        for ref in change.new:
            assert ref in ids
        for ref in change.old:
            assert f"old-{ref}" in ids
    assert {"OP3", "old-OP3", "OP4", "old-OP4", "OP4(a)"} - ids == {"OP4(a)"}
    assert "old-OP4(a)" in ids
    for href in checker.hrefs:
        assert href.startswith("#") and href[1:] in ids


def test_html_content(cmp: Comparison) -> None:
    page = render_html(cmp)
    text = _flat(unescape(re.sub(r"<[^>]+>", "", page)))
    for change in _all_changes(cmp):
        assert title(change) in text
        assert f'class="badge k-{change.kind}"' in page
        for shift in change.shifts:
            assert _flat(describe_shift(shift)) in text
    assert "<del>Condemns</del> <ins>Strongly deplores</ins> the multiple launches" in page
    assert "within <del>30</del> <ins>45</ins> days" in page
    assert "censure softened: condemns → strongly deplores" in text
    assert 'class="badge s-dropped">dropped' in page  # Chapter VII status
    assert "asset freeze (OP4): dropped (was mandatory)" in text
    assert "missile-related transfers (OP4): mandatory → hortatory" in text
    assert "4 softened" in text and "1 moved" in text
    assert "d-softer" in page


def test_html_side_by_side_toggle_and_filter(cmp: Comparison) -> None:
    page = render_html(cmp)
    assert 'data-view="sbs"' in page and 'data-view="inline"' in page
    assert 'id="hide-unchanged"' in page
    assert ".hide-unchanged .quiet{display:none}" in page
    # Inline is the default: the side-by-side columns are hidden until the script asks.
    assert ".view-sbs{display:none}" in page and "<body>" in page
    op1 = page.split('id="OP1"')[1].split("</article>")[0]
    old_col = op1.split('class="col old"')[1].split("</div>")[0]
    assert "<del>" in old_col and "<ins>" not in old_col
    assert "Not in the old draft." in page and "Not in the new draft." in page


def test_html_print_stylesheet(cmp: Comparison) -> None:
    css = stylesheet()
    assert "@media print" in css
    printed = css.split("@media print")[1]
    assert ".toolbar,button{display:none !important}" in printed
    assert "break-inside:avoid" in printed and "page-break-inside:avoid" in printed
    assert ".sbs .view-sbs" in printed


def test_html_is_self_contained(cmp: Comparison) -> None:
    page = render_html(cmp)
    assert "http://" not in page and "https://" not in page
    assert "@import" not in page and "url(" not in page
    assert not re.search(r"\ssrc\s*=", page)
    assert "default-src 'none'" in unescape(page)  # and the CSP forbids fetching anything


def test_html_escapes_clause_text() -> None:
    change = _edit(
        "reworded",
        ("OP1",),
        ("OP1",),
        "Notes <script>alert('x')</script> & \"quotes\";",
        "Notes <script>alert('y')</script> & \"quotes\";",
        (Shift(feature="addressee", old="<b>", new="<i>", direction="neutral"),),
    )
    cmp = _comparison((change,))
    page = render_html(cmp, title="<Title & more>")
    checker = _check(page)
    assert checker.script_blocks == 1
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;" in page
    assert "<title>&lt;Title &amp; more&gt;</title>" in page
    assert "&lt;b&gt; → &lt;i&gt;" in page


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(fg: str, bg: str) -> float:
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_contrast_of_every_declared_pair_meets_wcag_aa() -> None:
    for fg, bg in CONTRAST_PAIRS:
        ratio = _contrast(PALETTE[fg], PALETTE[bg])
        assert ratio >= 4.5, f"{fg} on {bg}: {ratio:.2f}:1"


def test_every_css_rule_with_both_colours_is_a_declared_pair() -> None:
    # Each rule that sets a text colour and a background must use a pair held to AA above.
    css = stylesheet()
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", css)
    seen = 0
    for selector, body in rules:
        fg = re.search(r"(?:^|;)\s*color:var\(--([\w-]+)\)", body)
        bg = re.search(r"background(?:-color)?:var\(--([\w-]+)\)", body)
        if fg and bg:
            seen += 1
            assert (fg.group(1), bg.group(1)) in CONTRAST_PAIRS, selector.strip()
    assert seen >= 20
    # No colour is written into the rules themselves: the palette is the only source.
    rules_only = css.split("}", 1)[1]
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b|rgb\(", rules_only)


def test_every_text_colour_is_checked() -> None:
    css = stylesheet()
    used = set(re.findall(r"(?:^|[;{])\s*color:var\(--([\w-]+)\)", css))
    checked = {fg for fg, _ in CONTRAST_PAIRS}
    assert used <= checked


def test_ins_and_del_readable_without_colour() -> None:
    css = stylesheet()
    assert re.search(r"\bins\{[^}]*text-decoration:underline", css)
    assert re.search(r"\bdel\{[^}]*text-decoration:line-through", css)


# --- dispatch -----------------------------------------------------------------------------


def test_render_dispatch(cmp: Comparison) -> None:
    assert render(cmp, "text") == render_text(cmp)
    assert render(cmp, "md") == render(cmp, "markdown") == render_markdown(cmp)
    assert render(cmp, "html") == render_html(cmp)
    with pytest.raises(ValueError, match="text, markdown, md, html, json"):
        render(cmp, "pdf")


def test_json_round_trips(cmp: Comparison) -> None:
    out = render(cmp, "json")
    assert '"schema": "resdiff.comparison/10"' in out
    assert Comparison.model_validate_json(out) == cmp


def test_empty_comparison_renders() -> None:
    empty = _comparison(())
    assert "Both drafts are empty." in render_text(empty)
    assert "No clause changed." in render_text(empty, only_changes=True)
    _check(render_html(empty))
    assert "## Changes" in render_markdown(empty)


def test_side_by_side_columns_spell_each_text_exactly(cmp: Comparison) -> None:
    page = render_html(cmp)
    op4 = page.split('id="OP4"')[1].split("</article>")[0]

    def column(side: str) -> str:
        body = op4.split(f'<div class="col {side}">')[1].split("</div>")[0]
        return unescape(re.sub(r"<[^>]+>", "", body.split("</p>", 1)[1]))

    assert column("new") == OP4_NEW
    assert column("old") == OP3_OLD


def test_markdown_marks_survive_a_real_parser(cmp: Comparison) -> None:
    # CommonMark will not open "~~" or "**" before punctuation glued to a word; a parser
    # shows whether every mark became formatting and every escaped character stayed text.
    markdown_it = pytest.importorskip("markdown_it")
    parser = markdown_it.MarkdownIt("commonmark").enable("strikethrough").enable("table")
    page = parser.render(render_markdown(cmp))
    assert "~~" not in page and "**" not in page
    # Marks that CommonMark would not honour there are HTML tags instead, so no space
    # is put into the text ("programme, and" stays glued).
    assert (
        "programme<del>, and in this context</del> <strong>; Calls upon the DPRK to</strong>"
        in page
    )
    special = _edit(
        "reworded",
        ("OP1",),
        ("OP1",),
        "Notes the *so-called* moratorium_1 [see annex] <b> &amp;",
        "Notes the *so-called* moratorium_2 [see annex] <b> &amp;",
    )
    page = parser.render(render_markdown(_comparison((special,))))
    assert "Notes the *so-called* <s>moratorium_1</s> <strong>moratorium_2</strong>" in page
    assert "[see annex] &lt;b&gt; &amp;amp;" in page


def _headed() -> Comparison:
    """Two drafts with headings: "Political process" kept before OP1, "Sanctions"
    dropped (it stood before old OP2, dropped), "Final provisions" added before OP2."""
    changes = (
        _same("OP1", "Calls upon the parties to resume talks;"),
        _edit("dropped", ("OP2",), (), "Decides that all States shall freeze funds;", ""),
        _same("OP2", "Decides to remain seized of the matter.", old="OP3"),
    )
    base = _comparison(changes)
    old = base.old.model_copy(
        update={
            "headings": (
                Heading(text="Political process", section="operative", before="OP1"),
                Heading(text="Sanctions", section="operative", before="OP2"),
            )
        }
    )
    new = base.new.model_copy(
        update={
            "headings": (
                Heading(text="Political process", section="operative", before="OP1"),
                Heading(text="Final provisions", section="operative", before="OP2"),
            )
        }
    )
    return base.model_copy(update={"old": old, "new": new})


def test_text_shows_the_drafts_headings_between_the_changes() -> None:
    out = render_text(_headed()).split("\nChanges\n")[1]
    order = ["== Political process ==", "OP1  unchanged", "== [-Sanctions-] ==  (heading dropped)"]
    order += ["old OP2", "== {+Final provisions+} ==  (heading added)", "OP3 → OP2"]
    assert [out.index(piece) for piece in order] == sorted(out.index(p) for p in order)
    # Only the headings that changed stand among the changes alone.
    only = render_text(_headed(), only_changes=True).split("\nChanges\n")[1]
    assert "Political process" not in only
    assert "[-Sanctions-]" in only and "{+Final provisions+}" in only


def test_markdown_and_html_show_the_drafts_headings() -> None:
    cmp = _headed()
    md = render_markdown(cmp).split("## Changes")[1]
    assert "— ~~Sanctions~~ — *(heading dropped)*" in md
    assert "— **Final provisions** — *(heading added)*" in md
    assert "Political process" not in md  # it stands before an unchanged clause, listed apart
    page = render_html(cmp)
    _check(page)
    assert '<p class="draft-heading">Political process</p>' in page
    assert (
        '<p class="draft-heading"><del>Sanctions</del><span class="note">heading dropped</span>'
        in page
    )
    assert page.index("Political process</p>") < page.index('id="OP1"')
    assert page.index("<ins>Final provisions</ins>") < page.index('id="OP2"')


def test_a_heading_among_sub_paragraphs_says_which_item_it_stands_before() -> None:
    # MINUSCA 2021 -> 2022: "Urgent temporary measures:" stands before OP36(f)(iii); shown
    # before OP36 with nothing more, it read as a heading of OP36 itself.
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides that the mandate shall include:\n\n(a) Protection of civilians;\n\n"
        "Urgent temporary measures\n\n(b) Arrests at the request of the authorities;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert [(h.text, h.before) for h in draft.headings] == [("Urgent temporary measures", "OP1(b)")]
    shown = render(resdiff.compare(draft, text.replace("Arrests", "Detention")), "text")
    assert "== Urgent temporary measures ==  (before OP1(b))" in shown


def _read_back(draft: Draft) -> tuple[object, ...]:
    return (
        [(c.ref, c.label, c.text) for c in draft.walk()],
        [(h.text, h.before) for h in draft.headings],
        [(a.title, a.paragraphs) for a in draft.annexes],
        [(n.mark, n.text) for n in draft.footnotes],
        draft.enacting_formula,
        draft.symbol,
    )


@pytest.mark.parametrize(
    "name", ["japan-draft.txt", "china-russia-draft.txt", "adopted-compromise.txt"]
)
def test_a_draft_written_out_as_text_reads_back_as_the_same_draft(name: str) -> None:
    from pathlib import Path

    from resdiff.render.draft_text import draft_text

    draft = resdiff.parse(Path(__file__).resolve().parents[1] / "examples" / "dprk-2006" / name)
    text = draft_text(draft)
    assert _read_back(resdiff.parse(text)) == _read_back(draft)
    # Whole: every clause's text stands in it, not cut as the outline cuts it.
    assert all(c.text in text for c in draft.walk())


def test_corpus_drafts_written_out_as_text_read_back_alike() -> None:
    # Every scanned text and a sample of AKN files, read from their own format, then
    # written out and read as text: the same clauses, headings, annexes and footnotes.
    from conftest import CORPUS

    from resdiff.render.draft_text import draft_text

    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    # Resolutions in parts (S/RES/814, 820, 864 (1993)) have recitals between operative
    # paragraphs: written in the order printed, their part headings read back in place.
    files = (
        sorted((CORPUS / "scanned").glob("*.txt"))[:60]
        + sorted((CORPUS / "akn").glob("*.xml"))[:40:4]
        + sorted((CORPUS / "scanned").glob("S_RES_8[126][04]_1993.txt"))
    )
    assert files
    differ = []
    for path in files:
        draft = resdiff.parse(path)
        if _read_back(resdiff.parse(draft_text(draft))) != _read_back(draft):
            differ.append(path.name)
    assert not differ


def test_every_report_says_who_joined_and_who_left_the_sponsors() -> None:
    """Sponsors that joined or left between two drafts are a summary line of every report
    (a General Assembly analyst's finding: both lists were printed in full, the change
    left to the reader); none when the lists agree or a side lists none."""
    from resdiff.render import render_html, render_markdown, render_text

    body = (
        "The General Assembly,\n\nRecalling its resolution 64/292,\n\n"
        "1. Calls upon all States to act.\n"
    )
    old = "A/C.3/78/L.12\n\nArgentina, Brazil and Spain: draft resolution\n\n" + body
    new = (
        "A/C.3/78/L.12/Rev.1\n\nArgentina, Brazil, Ecuador and Paraguay: draft resolution\n\n"
        + body
    )
    cmp = resdiff.compare(old, new)
    said = "joined: Ecuador, Paraguay; left: Spain"
    assert said in render_text(cmp) and said in render_markdown(cmp) and said in render_html(cmp)
    assert "joined:" not in render_text(resdiff.compare(old, old))
    assert "left:" not in render_text(resdiff.compare(old, body))


def test_the_councils_flags_are_not_listed_for_the_assemblys_texts() -> None:
    """Chapter VII, Article 39 and the use of force, absent from two General Assembly (or
    ECOSOC) drafts, are not listed in their reports (a General Assembly analyst's finding:
    noise); a Council draft, or a draft without a symbol, lists them."""
    from resdiff.render import render_markdown, render_text

    body = (
        "The General Assembly,\n\nRecalling its resolution 64/292,\n\n"
        "1. Calls upon all States to act.\n"
    )
    ga = resdiff.compare("A/C.3/78/L.12\n\n" + body, "A/C.3/78/L.12/Rev.1\n\n" + body)
    for report in (render_text(ga), render_markdown(ga)):
        assert "Chapter VII" not in report and "Article 39" not in report
    council = resdiff.compare("S/2024/1\n\n" + body, "S/2024/1/Rev.1\n\n" + body)
    assert "Chapter VII" in render_text(council)
    assert "Chapter VII" in render_text(resdiff.compare(body, body))
