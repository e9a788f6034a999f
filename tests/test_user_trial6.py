"""Findings of a new user's trial of real document formats and an analyst's trial of the
products (4 December 2026, sixth session), each pinned with the smallest input that
shows it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import resdiff
from resdiff.history import history

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "dprk-2006"

AKN = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
<doc name="resolution"><preface><p>The Security Council,</p></preface>
<preamble><container name="preambularParagraph"><p>Recalling its resolutions,</p></container>
</preamble><mainBody>
<paragraph eId="para_1"><num>1.</num><list eId="para_1__list_1">
<intro><p>Requests the Secretary-General to report every three months, including:</p></intro>
<point eId="para_1__list_1__point_i"><num>(i)</num><content><p>the situation;</p></content></point>
<point eId="para_1__list_1__point_ii"><num>(ii)</num>
<content><p>progress made;</p></content></point>
<wrapUp><p>and further requests him to include gender analysis in all reports;</p></wrapUp>
</list></paragraph>
<paragraph eId="para_2"><num>2.</num>
<content><p>Decides to remain seized of the matter.</p></content></paragraph>
</mainBody></doc></akomaNtoso>"""


def test_the_words_after_a_list_close_its_last_item() -> None:
    # S/RES/2612 (2021) OP55 and 2666 OP43: the wrapUp read before the list ("... every
    # three months including: and further requests ..."), so a faithful Word copy of the
    # text compared as reworded.
    draft = resdiff.parse(AKN.encode(), format="akn")
    op1 = draft.operative[0]
    assert op1.text.endswith("including:")
    assert op1.children[-1].text == (
        "progress made; and further requests him to include gender analysis in all reports;"
    )
    printed = "\n\n".join(
        [
            "The Security Council,",
            "Recalling its resolutions,",
            "1. Requests the Secretary-General to report every three months, including:",
            "(i) the situation;",
            "(ii) progress made; and further requests him to include gender analysis in all "
            "reports;",
            "2. Decides to remain seized of the matter.",
        ]
    )
    cmp = resdiff.compare(draft, printed)
    assert {c.kind for c in cmp.changes} == {"unchanged"}


def _run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resdiff", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_history_and_provenance_read_standard_input() -> None:
    japan = (EXAMPLES / "japan-draft.txt").read_text(encoding="utf-8")
    adopted = str(EXAMPLES / "adopted-compromise.txt")
    done = _run("history", "-", adopted, stdin=japan)
    assert done.returncode == 0, done.stderr
    assert "History: <stdin> → S/RES/1695 (2006)" in done.stdout
    done = _run("provenance", adopted, "--source", "J=-", stdin=japan)
    assert done.returncode == 0, done.stderr
    assert "Provenance of S/RES/1695 (2006)" in done.stdout
    done = _run("history", "-", "-", stdin=japan)
    assert done.returncode == 2
    assert done.stderr.strip() == "resdiff: error: standard input ('-') can be read only once"


def test_a_compact_history_says_a_step_is_against_a_text_further_back(corpus: Path) -> None:
    # Libya 2542 -> ... -> 2647: "[5] PP4 strengthened" printed with no word that it is
    # compared with [0], a text two years back; --full said so.
    from resdiff.render.timeline import render_timeline_text

    names = ["2542_2020", "2595_2021", "2599_2021", "2619_2022", "2629_2022", "2647_2022"]
    h = history([corpus / "akn" / f"S_RES_{n}.xml" for n in names])
    out = render_timeline_text(h, compact=True)
    rows = [line for line in out.splitlines() if line.strip().startswith("[5] PP4")]
    assert rows and all("back after a gap; compared with [0]" in row for row in rows), out
    # The list of drops names the ref dropped and where it comes back: its trail of refs
    # ("PP9 → PP4") read as a renumbering.
    flat = " ".join(out.split())
    assert "PP9 (back at [5] as PP4)" in flat
    assert "PP9 → PP4" not in flat


def test_please_recycle_and_a_delegations_footer_are_page_furniture() -> None:
    # A copied UN PDF: "Please recycle" split a recital ("PP2 Please recycle effective,
    # and meaningful participation"); a delegation's "Zero draft (12 May 2020)   Page 1 of
    # 3" swallowed the sub-paragraph after it.
    text = "\n".join(
        [
            "The Security Council,",
            "",
            "Underlining the Agreement, and calling on parties to ensure full,",
            "20-04862 (E)      010620",
            "*2004862*",
            "",
            "                                              Please recycle",
            "effective, and meaningful participation of women in the peace process,",
            "",
            "1. Decides further that UNAMI shall",
            "(a) prioritize the provision of advice;",
            "Zero draft (12 May 2020)                         Page 1 of 3",
            "(b) promote accountability;",
            "",
            "2. Decides to remain seized of the matter.",
        ]
    )
    draft = resdiff.parse(text)
    assert [p.ref for p in draft.preamble] == ["PP1"]
    assert draft.preamble[0].text.endswith("participation of women in the peace process,")
    assert [c.ref for c in draft.operative[0].children] == ["OP1(a)", "OP1(b)"]
    kinds = {(f.kind, f.text) for f in draft.furniture}
    browser = resdiff.parse(text + "\nfile:///home/me/drafts/unami.html 1/1\n")
    assert browser.operative[-1].text == "Decides to remain seized of the matter."
    assert ("page-footer", "Please recycle") in kinds
    assert ("page-footer", "Zero draft (12 May 2020) Page 1 of 3") in kinds
    # A paragraph that only mentions a page is text.
    mention = resdiff.parse(
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Takes note of the annex on Page 2 of 3\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert not mention.furniture


def test_a_gerund_joined_to_another_opens_no_clause() -> None:
    # Libya 2542 -> 2647 PP17 -> PP9: "preambular lead phrase added: supporting", from
    # "the work of UNSMIL in coordinating and supporting the provision of assistance".
    from resdiff.lexicon import Lexicon

    lexicon = Lexicon.default()
    joined = "Welcoming the work of UNSMIL in coordinating and supporting the provision of aid,"
    assert lexicon.find_participles(joined) == []
    urging = "Condemning the attacks and urging the parties to cease hostilities,"
    assert [m.phrase for m in lexicon.find_participles(urging)] == ["urging"]


def test_the_obvious_mistakes_get_the_tools_own_words(tmp_path: Path) -> None:
    import pytest

    adopted = EXAMPLES / "adopted-compromise.txt"
    with pytest.raises(TypeError, match="must map a name to each source draft"):
        resdiff.provenance(adopted, [EXAMPLES / "japan-draft.txt"])  # type: ignore[arg-type]
    done = _run("history", str(EXAMPLES), stdin="")
    assert done.returncode == 2
    assert "is a folder: history needs two draft files or more" in done.stderr
    done = _run("check", str(adopted), "--red-lines", str(tmp_path), stdin="")
    assert done.returncode == 2
    assert "is a folder: expected a red-lines file (.toml)" in done.stderr
    assert "Errno" not in done.stderr


def test_a_few_renewals_given_alone_are_one_series_and_two_missions_are_not(
    corpus: Path,
) -> None:
    # Two UNFICYP renewals alone made no series (log(n / c) weighed every word they share
    # at 0); five made two. MONUSCO's renewal and MINUSCA's must still stay apart.
    from resdiff.series.grouping import group_texts

    def grouped(*numbers: str) -> list[list[str]]:
        drafts = [resdiff.parse(corpus / "akn" / f"S_RES_{n}.xml") for n in numbers]
        return [
            [numbers[k] for k in texts] for texts, _, _ in group_texts(drafts) if len(texts) > 1
        ]

    assert grouped("2587_2021", "2618_2022") == [["2587_2021", "2618_2022"]]
    five = ("2506_2020", "2537_2020", "2587_2021", "2618_2022", "2646_2022")
    assert grouped(*five) == [list(five)]
    assert grouped("2556_2020", "2552_2020") == []
    assert grouped("2587_2021", "2514_2020") == []


def test_markdown_escapes_give_the_character() -> None:
    # pandoc writes "Secretary-General\'s" and "\*as amended\*": the backslash stayed in
    # one, the asterisks went from the other.
    text = (
        "*The Security Council*,\n\n"
        "*Recalling* the Secretary-General\\'s report \\[S/2020/448\\],\n\n"
        "1.  *Decides* to extend the mandate until 31 May 2021 \\*as amended\\*;\n\n"
        "2.  *Decides* to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text, format="markdown")
    assert [p.text for p in draft.paragraphs] == [
        "Recalling the Secretary-General's report [S/2020/448],",
        "Decides to extend the mandate until 31 May 2021 *as amended*;",
        "Decides to remain seized of the matter.",
    ]


def test_markdown_nests_by_indent_tabs_included() -> None:
    # mammoth nests sub-lists with tabs (read as top-level paragraphs, "OP1-2"); and
    # "    3." after "        2." goes back up a level, though 3 would continue both lists.
    deep = (
        "1. *Decides* to extend the mandate of UNAMI until 31 May 2021;\n"
        "2. *Decides further* that UNAMI shall:\n"
        "{i}1. prioritize the provision of advice;\n"
        "{i}2. further advise, support, and assist:\n"
        "{i}{i}1. the Government of Iraq;\n"
        "{i}{i}2. the Council of Representatives;\n"
        "{i}3. promote accountability;\n"
        "3. *Decides* to remain seized of the matter.\n"
    )
    head = "*The Security Council*,\n\n*Recalling* its resolution 2367 (2017),\n\n"
    for indent in ("\t", "    "):
        draft = resdiff.parse(head + deep.format(i=indent), format="markdown")
        op2 = draft.operative[1]
        assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3"]
        assert [c.ref for c in op2.children] == ["OP2(1)", "OP2(2)", "OP2(3)"]
        assert [c.ref for c in op2.children[1].children] == ["OP2(2)(1)", "OP2(2)(2)"]
        assert not draft.warnings


def test_endnotes_and_a_custom_mark_are_notes_not_words_of_the_last_paragraph() -> None:
    # Word's endnotes ("i") ran into the last paragraph ("... seized of the matter. i
    # A/74/976"); a custom mark "*" typed again in its note made a bulleted item.
    from test_hostile_review import W, _docx

    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r8" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/endnotes" Target="endnotes.xml"/>'
        '<Relationship Id="r9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/></Relationships>'
    )
    endnotes = (
        f'<w:endnotes xmlns:w="{W}"><w:endnote w:id="2"><w:p><w:r><w:t>A/74/976-S/2020/773.'
        "</w:t></w:r></w:p></w:endnote></w:endnotes>"
    )
    footnotes = (
        f'<w:footnotes xmlns:w="{W}"><w:footnote w:id="3"><w:p><w:r><w:t>* Reissued for '
        "technical reasons.</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    body = (
        '<w:p><w:r><w:t>1. Welcomes the report</w:t></w:r><w:r><w:endnoteReference w:id="2"/>'
        "</w:r><w:r><w:t>;</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>2. Decides to remain seized of the matter.</w:t></w:r>"
        '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r></w:p>'
    )
    parts = {"word/endnotes.xml": endnotes, "word/footnotes.xml": footnotes}
    draft = resdiff.parse(_docx(body, parts, rels), format="docx")
    assert [(c.ref, c.children) for c in draft.operative] == [("OP1", ()), ("OP2", ())]
    assert draft.operative[-1].text.startswith("Decides to remain seized of the matter.")
    assert [(f.mark, f.text) for f in draft.footnotes] == [
        ("1", "A/74/976-S/2020/773."),
        ("*", "Reissued for technical reasons."),
    ]
