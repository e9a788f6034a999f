"""Histories: provisions followed through revisions, their timelines and the chart.

The 2006 examples are the main case (Japan-led draft → China-Russia draft → adopted
resolution 1695); small invented texts check splits, merges and edge cases.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import resdiff
from resdiff.history import History, history
from resdiff.render.html import PALETTE, page_fragment
from resdiff.render.timeline import (
    CONTRAST_PAIRS,
    render_timeline_html,
    render_timeline_markdown,
    render_timeline_text,
    stylesheet,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"
DRAFTS = [
    EXAMPLES / "japan-draft.txt",
    EXAMPLES / "china-russia-draft.txt",
    EXAMPLES / "adopted-compromise.txt",
]
NAMES = ["Japan-led", "China-Russia", "Adopted"]


@pytest.fixture(scope="module")
def h() -> History:
    return history(DRAFTS, names=NAMES)


# --- the 2006 negotiation ----------------------------------------------------------------


def test_revisions_and_flags(h: History) -> None:
    assert h.names == tuple(NAMES)
    # The two reconstructed drafts carry no symbol; the adopted text is resolution 1695.
    assert [r.symbol for r in h.revisions] == [None, None, "S/RES/1695 (2006)"]
    assert [r.preamble for r in h.revisions] == [12, 11, 13]
    assert [r.operative for r in h.revisions] == [7, 7, 8]
    assert h.chapter_vii == (True, False, False)
    assert h.art39 == (True, False, False)
    assert h.use_of_force == (False, False, False)
    assert h.revisions[0].chapter_vii_formula is not None
    assert len(h.comparisons) == 2
    assert h.comparisons[0] == resdiff.compare(DRAFTS[0], DRAFTS[1])
    assert h.comparisons[1] == resdiff.compare(DRAFTS[1], DRAFTS[2])


def test_condemns_goes_5_4_5(h: History) -> None:
    p = h.provision_for("OP1", revision=0)
    assert p.id == "OP1@0"
    assert p.refs == ("OP1", "OP1", "OP1")
    assert p.axis("b") == (5, 4, 5)
    assert [s.lemma for s in p.strength if s] == ["condemn", "deplore", "condemn"]
    assert p.kinds == (None, "softened", "strengthened")
    step = p.steps[1]
    assert step is not None
    assert any(s.feature == "censure" and s.direction == "softer" for s in step.shifts)
    assert h.provision_for("OP1") is p  # default: the last revision


def test_demand_and_prescriptive_axis(h: History) -> None:
    demand = h.provision_for("OP2", revision=0)
    assert demand.axis("a") == (5, 4, 5)
    # Japan's OP4 (decides that States shall prevent transfers) and OP5 (procurement)
    # merge into China-Russia's OP3 (calls upon States to exercise vigilance, both ways),
    # which the adopted OP3 continues (requires them to exercise vigilance and prevent):
    # decides → calls upon → requires. OP5 lives on in the merged paragraph.
    transfers = h.provision_for("OP4", revision=0)
    assert transfers.refs == ("OP4", "OP3", "OP3")
    assert transfers.axis("a") == (6, 4, 5)
    assert transfers.label == "OP4 → OP3"  # a number kept is named once
    procurement = h.provision_for("OP5", revision=0)
    assert procurement.merged_into == transfers.id
    assert procurement not in h.dropped
    # The Six-Party Talks: strongly urges → urges → strongly urges.
    assert h.provision_for("OP3", revision=0).axis("a") == (4, 3, 4)


def test_asset_freeze_dropped_at_revision_1(h: History) -> None:
    freeze = h.provision_for("OP6", revision=0)
    assert freeze.dropped == 1
    assert freeze.refs == ("OP6", None, None)
    assert freeze in h.dropped
    assert freeze in h.dropped_at(1)
    step = freeze.steps[1]
    assert step is not None and step.kind == "dropped"
    assert any(s.feature == "measure" and "asset freeze" in (s.old or "") for s in step.shifts)
    assert freeze.steps[2] is None
    assert freeze.strength[1] is None and freeze.strength[0] is not None


def test_chapter_vii_paragraph_dropped_then_softened_back(h: History) -> None:
    # Japan's "Acting under Chapter VII" is gone from the China-Russia draft; the adopted
    # "Acting under its special responsibility ..." is that paragraph written back,
    # softened: Chapter VII stays dropped.
    p = h.provision_for("PP12", revision=0)
    assert p.refs == ("PP12", None, "PP13")
    assert p.restored == (2,)
    assert p.dropped is None
    assert p in h.dropped_at(1) and p in h.restored
    back = p.steps[2]
    assert back is not None and back.restored_from == 0
    assert back.kind == "softened"
    shift = next(s for s in back.shifts if s.feature == "chapter-vii")
    assert "special responsibility" in (shift.new or "")
    # The same for the Article 39 determination: absent from the China-Russia draft, back
    # in the adopted text as "such launches jeopardize peace, stability and security in the
    # region and beyond", without the finding.
    art39 = h.provision_for("PP11", revision=0)
    assert art39.refs == ("PP11", None, "PP12") and art39.restored == (2,)
    back = art39.steps[2]
    assert back is not None and back.kind == "softened"
    assert any(s.feature == "art39" and s.direction == "softer" for s in back.shifts)


def test_dropped_for_good_and_introduced(h: History) -> None:
    dropped = {p.id for p in h.dropped}
    assert "OP6@0" in dropped  # the asset freeze, for good
    assert not {"PP11@0", "PP12@0"} & dropped  # Article 39 and Chapter VII: restored
    assert h.provision_for("OP6", revision=0).dropped == 1
    new_1 = {p.id for p in h.introduced(1)}
    assert new_1 == {"PP8@1", "OP4@1", "OP6@1"}  # Stressing dialogue, Underlines, Supports
    assert all(p.introduced == 1 for p in h.introduced(1))
    # The dialogue recital, introduced by China and Russia, stays as the adopted PP8.
    assert h.provision_for("PP8", revision=2) is h.provision("PP8@1")
    # The adopted OP4 (procurement and financial resources) is the Japan-led OP5, which
    # the China-Russia draft merged into its OP3 and the adopted text wrote out again (a
    # new user read it as lost when it was shown as a new provision).
    assert not h.introduced(2)
    procurement = h.provision_for("OP4", revision=2)
    assert procurement.id == "OP5@0" and procurement.restored == (2,)
    assert procurement.merged_into is not None and procurement.refs[1] is None
    # Every paragraph of every revision belongs to exactly one provision.
    for k, draft in enumerate(DRAFTS):
        refs = [p.refs[k] for p in h.provisions if p.refs[k] is not None]
        assert sorted(refs) == sorted(c.ref for c in resdiff.parse(draft).paragraphs)
    assert len({p.id for p in h.provisions}) == len(h.provisions)


def test_lookups(h: History) -> None:
    assert h.provision_for("OP4(a)(ii)", revision=0) is h.provision_for("OP4", revision=0)
    assert h.provision_for("op 1", revision=-3).id == "OP1@0"
    with pytest.raises(KeyError):
        h.provision_for("OP9", revision=0)
    with pytest.raises(IndexError):
        h.provision_for("OP1", revision=3)
    with pytest.raises(KeyError):
        h.provision("nope")
    assert all(p.operative for p in h.operative)
    assert h.provision("OP1@0") in h.surviving


def test_json_round_trip(h: History) -> None:
    text = h.model_dump_json()
    assert '"schema":"resdiff.history/5"' in text
    back = History.model_validate_json(text)
    assert back == h
    assert str(back) == str(h)


def test_frozen(h: History) -> None:
    with pytest.raises(Exception):  # noqa: B017 - pydantic's ValidationError
        h.provisions[0].id = "x"  # type: ignore[misc]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="at least one"):
        history([])
    with pytest.raises(ValueError, match="2 names given for 3 drafts"):
        history(DRAFTS, names=["a", "b"])


def test_single_revision() -> None:
    one = history([DRAFTS[0]])
    assert one.comparisons == ()
    assert one.names == ("japan-draft.txt",)  # no symbol: the file name
    assert all(p.introduced == 0 and p.steps == (None,) for p in one.provisions)
    assert len(one.provisions) == 19


def test_drafts_may_be_parsed_already() -> None:
    drafts = [resdiff.parse(p) for p in DRAFTS[:2]]
    assert history(drafts) == history(DRAFTS[:2])


# --- splits and merges ------------------------------------------------------------------

WHOLE = """The Security Council,

Recalling its resolution 1234 (2000) on the protection of civilians in armed conflict,

1. Strongly condemns the attack on the convoy of the United Nations mission near the \
northern border on 3 March, and demands that all those responsible for the attack be \
identified and brought to justice without delay;

2. Requests the Secretary-General to report on the security of the mission's personnel \
within 60 days;

3. Decides to remain seized of the matter.
"""

SPLIT = """The Security Council,

Recalling its resolution 1234 (2000) on the protection of civilians in armed conflict,

1. Strongly condemns the attack on the convoy of the United Nations mission near the \
northern border on 3 March;

2. Demands that all those responsible for the attack be identified and brought to \
justice without delay;

3. Requests the Secretary-General to report on the security of the mission's personnel \
within 60 days;

4. Decides to remain seized of the matter.
"""


@pytest.fixture(scope="module")
def split_merge() -> History:
    return history([WHOLE, SPLIT, WHOLE], names=["whole", "split", "merged again"])


def test_split_continues_in_first_part(split_merge: History) -> None:
    parent = split_merge.provision_for("OP1", revision=0)
    assert parent.refs == ("OP1", "OP1", "OP1")
    step = parent.steps[1]
    assert step is not None and step.match == "split"
    assert step.new == ("OP1", "OP2")
    part = split_merge.provision_for("OP2", revision=1)
    assert part.split_from == parent.id
    assert parent.split_into == (part.id,)
    assert part.introduced == 1
    first = part.steps[1]
    assert first is not None and first.match == "split" and first.kind != "added"
    assert part.strength[1] is not None and part.strength[1].lemma == "demand"
    assert part in split_merge.introduced(1)


def test_merge_continues_first_old_part(split_merge: History) -> None:
    parent = split_merge.provision_for("OP1", revision=0)
    part = split_merge.provision_for("OP2", revision=1)
    assert part.refs == (None, "OP2", None)
    assert part.merged_into == parent.id
    assert parent.merged_from == (part.id,)
    assert part.dropped is None and part not in split_merge.dropped
    step = part.steps[2]
    assert step is not None and step.match == "merged" and step.old == ("OP1", "OP2")
    assert parent.steps[2] == step
    text = str(split_merge)
    assert "split off from OP1" in text and "merged into OP1" in text
    # The other provisions go on untouched, renumbered.
    assert split_merge.provision_for("OP2", revision=0).refs == ("OP2", "OP3", "OP2")


def test_dropped_paragraph_ends_its_provision() -> None:
    without = re.sub(r"2\. Requests.*?days;\n\n", "", WHOLE, flags=re.S).replace("3.", "2.")
    h = history([WHOLE, without])
    report = h.provision_for("OP2", revision=0)
    assert report.dropped == 1 and report.refs == ("OP2", None)
    assert h.provision_for("OP2", revision=1).id == "OP3@0"


# --- text, Markdown, HTML ---------------------------------------------------------------


def test_text_timeline(h: History) -> None:
    text = render_timeline_text(h)
    assert text == str(h)
    assert text.startswith("History: Japan-led → China-Russia → Adopted")
    assert "Chapter VII:              [0] invoked · [1] none · [2] none" in text
    assert "censure softened: condemns → strongly deplores" in text
    assert "back after a gap; compared with [0]" in text
    for p in h.provisions:
        assert p.id in text


def test_markdown_has_a_row_per_provision(h: History) -> None:
    md = render_timeline_markdown(h)
    table = md.split("## Provisions", 1)[1].split("## Shifts", 1)[0]
    rows = [line for line in table.splitlines() if re.match(r"\| (PP|OP)\d+@\d", line)]
    assert len(rows) == len(h.provisions)
    for row, p in zip(rows, h.provisions, strict=True):
        assert row.startswith(f"| {p.id}:")
        assert row.count(" | ") == len(h.revisions)  # one cell per revision after the first
    assert "| Chapter VII | invoked | — | — |" in md
    assert "OP1 · softened · strongly deplores (B4)" in md
    assert "## Shifts" in md


_VOID = {"meta", "br", "hr", "img", "input", "link"}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.titles: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name == "title" and value:
                self.titles.append(value)
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()


def check_html(page: str) -> _Checker:
    """Balanced tags, unique ids, nothing fetched from outside."""
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    assert len(set(checker.ids)) == len(checker.ids)
    assert not re.search(r"https?://", page)
    assert "<script" not in page and " src=" not in page and "<link" not in page
    assert "Content-Security-Policy" in page and "default-src &#x27;none&#x27;" in page
    return checker


def test_html_timeline(h: History) -> None:
    page = render_timeline_html(h)
    assert h._repr_html_() == page_fragment(page)
    assert page.startswith("<!DOCTYPE html>")
    checker = check_html(page)
    assert {"table", "thead", "tbody", "th", "td"} <= checker.tags
    for p in h.provisions:
        assert p.id in checker.ids
    # The shifts are shown in the cell (a title only reached a pointer: nothing printed,
    # nothing on a touch screen), each with the arrow of its direction.
    assert (
        '<li class="d-softer"><span aria-hidden="true">▼</span> '
        "OP1: censure softened: condemns → strongly deplores</li>"
    ) in page
    assert '<li class="note">back after a gap; compared with [0]</li>' in page
    assert 'class="badge k-softened"' in page and 'class="badge restored"' in page
    summary = page.split('id="prov-h"', 1)[0]
    assert "Chapter VII" in summary and "invoked" in summary


def test_html_escapes_text() -> None:
    nasty = WHOLE.replace("the matter", "the <script>alert('x')</script> matter")
    page = render_timeline_html(history([WHOLE, nasty], names=["<b>", "<i>"]))
    check_html(page)
    assert "&lt;script&gt;" in page and "&lt;b&gt;" in page


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(fg: str, bg: str) -> float:
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_every_colour_pair_meets_wcag_aa() -> None:
    for fg, bg in CONTRAST_PAIRS:
        assert _contrast(PALETTE[fg], PALETTE[bg]) >= 4.5, f"{fg} on {bg}"
    css = stylesheet()
    seen = 0
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        fg = re.search(r"(?:^|;)\s*color:var\(--([\w-]+)\)", body)
        bg = re.search(r"background(?:-color)?:var\(--([\w-]+)\)", body)
        if fg and bg:
            seen += 1
            assert (fg.group(1), bg.group(1)) in CONTRAST_PAIRS, selector.strip()
    assert seen >= 15
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b", css.split("}", 1)[1])


# --- chart ------------------------------------------------------------------------------


def test_chart_png_and_svg(h: History, tmp_path: Path) -> None:
    pytest.importorskip(
        "matplotlib", reason="matplotlib not installed: pip install 'resdiff[chart]'"
    )
    from resdiff.render.chart import strength_chart

    png = strength_chart(h, tmp_path / "strength.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = strength_chart(h, tmp_path / "strength.svg")
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Axis B: censure" in text
    other = strength_chart(h, tmp_path / "chart.out", format="svg")
    assert "<svg" in other.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        strength_chart(h, tmp_path / "chart.pdf")


def test_chart_without_matplotlib_names_the_extra(
    h: History, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from resdiff.render.chart import strength_chart

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=re.escape("pip install 'resdiff[chart]'")):
        strength_chart(h, tmp_path / "x.png")


def test_public_export() -> None:
    # Once resdiff/__init__.py exports history(), the name must be the function, not the
    # submodule of the same name (a lazy __getattr__ export would get this wrong).
    if "history" not in resdiff.__all__:
        pytest.skip("resdiff.history is not exported from resdiff/__init__.py yet")
    assert resdiff.history is history  # type: ignore[comparison-overlap]
    assert resdiff.History is History  # type: ignore[attr-defined]


def test_the_text_timeline_wraps_its_title_and_keys_its_tiers() -> None:
    # Ten resolutions made a 206-character title line under an 88-character rule, and the
    # tier codes ("urges (A3)") had no key in text (analyst review, 3 December).
    from resdiff.render.timeline import render_timeline_text

    drafts = [EXAMPLES / name for name in ("japan-draft.txt", "china-russia-draft.txt")]
    text = render_timeline_text(history([*drafts, EXAMPLES / "adopted-compromise.txt"] * 4))
    assert all(len(line) <= 88 for line in text.splitlines()[:6]), text[:600]
    assert "(A" in text
    assert "A = prescriptive force" in text


def test_a_provision_written_out_again_compares_with_the_paragraph_it_left(h: History) -> None:
    # Japan-led OP5 merged into China-Russia OP3 ("calls upon ... to exercise vigilance")
    # and written out again as adopted OP4 ("Requires ..."): what the last step did to it
    # is a strengthening, measured against that OP3, not a softening against its own
    # text of two revisions before.
    op5 = next(p for p in h.provisions if p.id == "OP5@0")
    step = op5.steps[2]
    assert step is not None and step.restored_from == 1 and step.old == ("OP3",)
    assert step.kind == "strengthened"
    assert any(s.feature == "measure" and s.new and "financial" in s.new for s in step.shifts)
    assert "written out again from OP3; compared with it at [1]" in render_timeline_text(h)


def test_a_provision_merged_long_ago_compares_with_its_own_last_text() -> None:
    # B merged into OP1, then dropped from it, then back word for word: its host no longer
    # held it, and the return is "unchanged" against its own text, not "mixed" against
    # the host (a reviewer's finding).
    head = "Draft resolution\n\nThe Security Council,\n\nReaffirming its resolution 825 (1993),\n\n"

    def draft(*ops: str) -> str:
        return head + "\n\n".join(f"{k}. {t}" for k, t in enumerate(ops, 1)) + "\n"

    a = (
        "Decides that all Member States shall prevent the transfer of missiles and "
        "missile-related items, materials, goods and technology to the DPRK's missile "
        "programmes"
    )
    b = (
        "Decides that all Member States shall freeze without delay the funds, other "
        "financial assets and economic resources of persons and entities associated with "
        "the DPRK's missile programmes"
    )
    merged = a + ", and shall freeze without delay" + b.split("shall freeze without delay", 1)[1]
    z = "Decides to remain seized of the matter."
    h = history(
        [draft(a + ";", b + ";", z), draft(merged + ";", z), draft(a + ";", z),
         draft(a + ";", b + ";", z)]
    )  # fmt: skip
    back = next(p for p in h.provisions if p.id == "OP2@0")
    step = back.steps[3]
    assert step is not None
    assert (step.kind, step.restored_from, step.old) == ("unchanged", 0, ("OP2",))


def test_one_provision_changed_in_strength_is_one_provision() -> None:
    # A new user's trial: "1 provisions softened or strengthened at some step" (the
    # summary of a history of distinct resolutions).
    body = (
        "The Security Council,\n\nNoting the report,\n\n"
        "1. Demands that the parties cease fire;\n\n2. Decides to remain seized.\n"
    )
    texts = [
        f"United Nations S/RES/{n} (2040)\nSecurity Council\n\nResolution {n} (2040)\n\n"
        f"Adopted by the Security Council at its {9000 + n}th meeting, on 15 March 2040\n\n"
        + (
            body
            if n == 3001
            else body.replace("Demands that the parties cease", "Calls upon the parties to cease")
        )
        for n in (3001, 3002)
    ]
    text = " ".join(render_timeline_text(history(texts)).split())
    assert "1 provision softened or strengthened at some step" in text
