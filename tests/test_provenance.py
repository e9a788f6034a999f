"""Provenance: where each paragraph of a final text came from, and what each source kept.

The main case is resolution 1695 (2006) traced back to the Japan-led and China-Russia
drafts: the compromise kept Japan's "condemns" but took the China-Russia absence of
Chapter VII.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import resdiff
from resdiff.provenance import Provenance, provenance
from resdiff.redline import apply
from resdiff.render.html import page_fragment
from resdiff.render.provenance import (
    render_provenance_html,
    render_provenance_markdown,
    render_provenance_text,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"
JAPAN = EXAMPLES / "japan-draft.txt"
CHINA_RUSSIA = EXAMPLES / "china-russia-draft.txt"
ADOPTED = EXAMPLES / "adopted-compromise.txt"


WHOLE = """The Security Council,

Recalling its resolution 1234 (2000) on the protection of civilians in armed conflict,

1. Strongly condemns the attack on the convoy of the United Nations mission near the \
northern border on 3 March, and demands that all those responsible for the attack be \
identified and brought to justice without delay;

2. Requests the Secretary-General to report on the security of the mission's personnel \
within 60 days;

3. Decides to remain seized of the matter.
"""

_VOID = {"meta", "br", "hr", "img", "input", "link"}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids += [v for k, v in attrs if k == "id" and v]
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
    assert checker.errors == [] and checker.stack == []
    assert len(set(checker.ids)) == len(checker.ids)
    assert not re.search(r"https?://", page)
    assert "<script" not in page and " src=" not in page and "<link" not in page
    assert "default-src &#x27;none&#x27;" in page
    return checker


@pytest.fixture(scope="module")
def prov() -> Provenance:
    return provenance(ADOPTED, {"Japan-led": JAPAN, "China-Russia": CHINA_RUSSIA})


def test_condemns_comes_from_japan(prov: Provenance) -> None:
    op1 = prov.paragraph("OP1")
    assert op1.closest == "Japan-led" and op1.closest_refs == ("OP1",)
    assert op1.origin == "single"
    assert op1.kind == "reworded"  # "multiple", "local time" added; still "Condemns"
    japan, china = op1.match_in("Japan-led"), op1.match_in("China-Russia")
    assert china.refs == ("OP1",) and china.kind == "strengthened"  # strongly deplores →
    assert japan.similarity > china.similarity
    # China-Russia's OP1 became the adopted OP1, but Japan's text is the closer one.
    cr_op1 = prov.source("China-Russia").provision("OP1")
    assert cr_op1.status == "changed" and cr_op1.final == ("OP1",)
    assert cr_op1.closest_to == ()
    assert prov.source("Japan-led").provision("OP1").closest_to == ("OP1",)


def test_chapter_vii_as_china_russia(prov: Provenance) -> None:
    flag = prov.flag("chapter_vii")
    assert flag.final is False
    assert flag.sources == {"Japan-led": True, "China-Russia": False}
    assert flag.agrees_with == ("China-Russia",)
    assert flag.differs_from == ("Japan-led",)
    art39 = prov.flag("art39")
    assert (art39.final, art39.agrees_with) == (False, ("China-Russia",))
    assert prov.flag("use_of_force").agrees_with == ("Japan-led", "China-Russia")


def test_japan_chapter_vii_softened_into_special_responsibility(prov: Provenance) -> None:
    japan = prov.source("Japan-led")
    pp12 = japan.provision("PP12")
    assert pp12.status == "changed" and pp12.kind == "softened" and pp12.final == ("PP13",)
    shift = next(s for s in pp12.shifts if s.feature == "chapter-vii")
    assert shift.direction == "softer"
    assert "Chapter VII" in (shift.old or "")
    assert "special responsibility" in (shift.new or "")
    final_pp13 = prov.paragraph("PP13")
    assert final_pp13.closest == "Japan-led" and final_pp13.kind == "softened"
    # The Article 39 determination is rewritten without the finding ("such launches
    # jeopardize peace, stability and security in the region and beyond") ...
    determination = japan.provision("PP11")
    assert determination.status == "changed" and determination.final == ("PP12",)
    assert any(s.feature == "art39" and s.direction == "softer" for s in determination.shifts)
    # ... and the asset freeze is lost.
    freeze = japan.provision("OP6")
    assert freeze.status == "lost"
    assert any("asset freeze" in (s.old or "") for s in freeze.shifts)
    assert [p.ref for p in japan.lost] == ["OP6"]


def test_shared_text_says_both(prov: Provenance) -> None:
    pp2 = prov.paragraph("PP2")
    assert pp2.origin == "shared"
    assert pp2.same_text == ("Japan-led", "China-Russia") == pp2.sources
    # The same text under different numbers: the recital on the 1998 launch is Japan PP8
    # and China-Russia PP9 (each draft inserted a recital of its own above it).
    pp9 = prov.paragraph("PP9")
    assert pp9.origin == "shared"
    assert pp9.match_in("Japan-led").refs == ("PP8",)
    assert pp9.match_in("China-Russia").refs == ("PP9",)
    assert prov.paragraph("OP8").origin == "shared"
    assert pp2 in prov.from_source("China-Russia") and pp2 in prov.from_source("Japan-led")
    assert "both Japan-led PP2 and China-Russia PP2" in str(prov)


def test_single_sources(prov: Provenance) -> None:
    singles = {p.ref: p.closest for p in prov.paragraphs if p.origin == "single"}
    assert singles["PP8"] == "China-Russia"  # a peaceful solution, through dialogue
    assert singles["OP5"] == "China-Russia"  # Underlines ... restraint
    assert singles["OP6"] == "Japan-led"  # Strongly urges ... Six-Party Talks
    # "profound" and "grave" concern, which the China-Russia draft had toned down.
    assert singles["PP5"] == singles["PP7"] == "Japan-led"


def test_vigilance_wording_merged_from_china_russia(prov: Provenance) -> None:
    # "Requires States, under national law, to exercise vigilance and prevent": Japan's
    # lists, China-Russia's hedges.
    for ref, japan_ref in (("OP3", "OP4"), ("OP4", "OP5")):
        p = prov.paragraph(ref)
        assert p.origin == "merged"
        assert p.closest == "Japan-led" and p.closest_refs == (japan_ref,)
        assert p.sources == ("Japan-led", "China-Russia")
        part = next(x for x in p.parts if x.source == "China-Russia")
        assert part.refs == ("OP3",)
        assert "exercise vigilance" in part.excerpt
        assert "national legal authorities" in part.excerpt
    assert prov.source("China-Russia").provision("OP3").contributes_to == ("OP3", "OP4")
    # A four-word formula ("international peace and security") is not a merge.
    assert prov.paragraph("PP13").origin == "single"


def test_redline_turns_closest_source_into_final(prov: Provenance) -> None:
    drafts = {"Japan-led": resdiff.parse(JAPAN), "China-Russia": resdiff.parse(CHINA_RUSSIA)}
    for p in prov.paragraphs:
        assert p.closest is not None
        old = " ".join(drafts[p.closest].clause(r).full_text() for r in p.closest_refs)
        assert apply(old, p.redline) == p.text


def test_survival_lists_every_source_paragraph(prov: Provenance) -> None:
    for name, path in (("Japan-led", JAPAN), ("China-Russia", CHINA_RUSSIA)):
        report = prov.source(name)
        assert [p.ref for p in report.provisions] == [c.ref for c in resdiff.parse(path).paragraphs]
        assert len(report.kept) + len(report.changed) + len(report.lost) == len(report.provisions)
    # Every China-Russia paragraph is in the final text in some form; Japan lost one.
    cr = prov.source("China-Russia")
    assert [p.ref for p in cr.lost] == []
    assert cr.provision("OP4").status == "kept" and cr.provision("OP4").final == ("OP5",)
    assert not cr.provision("OP4").moved  # renumbered below the new OP4, not moved
    assert prov.source("Japan-led").provision("OP3").moved  # the Six-Party Talks
    assert prov.source_names == ("Japan-led", "China-Russia")
    # The reconstructed drafts have no symbol: they are named by their files.
    assert [c.old.name for c in prov.comparisons] == ["japan-draft.txt", "china-russia-draft.txt"]
    assert {c.old.symbol for c in prov.comparisons} == {None}


def test_json_round_trip(prov: Provenance) -> None:
    text = prov.model_dump_json()
    assert '"schema":"resdiff.provenance/2"' in text
    # Version 1 (comparisons of version 6, no tracked-change authors) still reads.
    import json

    def without_authors(node: object) -> object:
        if isinstance(node, dict):
            return {k: without_authors(v) for k, v in node.items() if k != "tracked_by"}
        if isinstance(node, list):
            return [without_authors(v) for v in node]
        return node

    old = without_authors(json.loads(text))
    assert isinstance(old, dict)
    old["schema"] = "resdiff.provenance/1"
    for comparison in old["comparisons"]:
        comparison["schema"] = "resdiff.comparison/6"
    assert Provenance.model_validate(old) == prov
    assert Provenance.model_validate_json(text) == prov


def test_new_paragraph_and_source_order() -> None:
    final = WHOLE.replace(
        "3. Decides to remain seized",
        "3. Encourages regional organizations to share information on arms flows "
        "across the northern border with the mission;\n\n4. Decides to remain seized",
    )
    p = provenance(final, {"first": WHOLE, "second": WHOLE})
    op3 = p.paragraph("OP3")
    assert op3.origin == "new" and op3.closest is None and op3.kind is None
    assert op3.redline == ((1, op3.text),)
    assert all(m.refs == () and m.kind == "added" for m in op3.matches)
    # Identical sources: everything else is shared, credited to the first listed.
    op1 = p.paragraph("OP1")
    assert op1.origin == "shared" and op1.closest == "first"
    assert "new (no source has it)" in str(p)


def test_needs_a_source() -> None:
    with pytest.raises(ValueError, match="at least one source"):
        provenance(ADOPTED, {})


def test_text_report(prov: Provenance) -> None:
    text = render_provenance_text(prov)
    assert text == str(prov)
    assert "Chapter VII: absent from the final text, as in China-Russia (Japan-led has it)." in text
    assert "OP1   Japan-led OP1 · reworded" in text
    assert "merged: Japan-led OP4" in text
    assert "PP12 → PP13: softened" in text and "PP11 → PP12: softened" in text
    assert "OP6: lost" in text


def test_markdown_report(prov: Provenance) -> None:
    md = render_provenance_markdown(prov)
    final_table = md.split("## Where each paragraph came from", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in final_table.splitlines() if re.match(r"\| (PP|OP)\d+ \|", line)]
    assert [r.split(" | ")[0][2:] for r in rows] == [p.ref for p in prov.paragraphs]
    for source in prov.sources:
        section = md.split(f"## {source.name}: what the final text kept", 1)[1].split("\n## ")[0]
        rows = [line for line in section.splitlines() if re.match(r"\| (PP|OP)\d+ \|", line)]
        assert len(rows) == len(source.provisions)
    assert "| Chapter VII | no | yes | no | China-Russia |" in md
    assert "~~Chapter VII of the Charter of the United Nations~~" in md


def test_html_report(prov: Provenance) -> None:
    page = render_provenance_html(prov)
    assert prov._repr_html_() == page_fragment(page)
    checker = check_html(page)
    assert {f"final-{p.ref}" for p in prov.paragraphs} <= set(checker.ids)
    assert "<del>" in page and "<ins>" in page
    assert 'class="badge k-mixed">merged' in page
    assert "as in China-Russia (Japan-led has it)" in page


def test_public_export() -> None:
    if "provenance" not in resdiff.__all__:
        pytest.skip("resdiff.provenance is not exported from resdiff/__init__.py yet")
    assert resdiff.provenance is provenance  # type: ignore[comparison-overlap]
    assert resdiff.Provenance is Provenance  # type: ignore[attr-defined]
