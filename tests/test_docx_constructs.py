"""Word files with tracked changes as delegations send them (user19): each construct of
Word's tracked text written by hand in WordprocessingML (a small zip writer here, no code
shared with the reader or with :mod:`resdiff.testing.wordfile`), with made-up Council
words. For each, the reading of both versions (every change rejected: "Original";
accepted: "No markup") is the text a user sees in Word, paragraph numbers as Word shows
them, and comparing the file's two versions gives the verdicts of the same two texts
given as plain text (but for what the Word file says better: a tracked move names the
paragraph that moved, an unnumbered paragraph stands apart).

Found and fixed here: the result of a field nested in another field's instruction was
printed (Word prints only the outer result); an element the reader did not know lost its
words without a word said; the original version read words hidden or unhidden by a
tracked formatting change with the accepted formatting; a table read as a list lost the
numbers Word's list draws in it. The texts, the defects and the LibreOffice-made inputs:
``benchmarks/README.md``, section user19.
"""

# ruff: noqa: E501 (the drafts' texts and the WordprocessingML are written out whole)
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from handmade_docx import DATE, added, dele, docx, dr, gone, ins, mark, nid, p, r, t

import resdiff
from resdiff.cli import main
from resdiff.errors import ResolutionParseError
from resdiff.model import Comparison, Draft
from resdiff.read import load
from resdiff.read.common import normalize_space
from resdiff.read.text import parse_text

# --------------------------------------------------------------------------- the constructs

F = p(r("The Security Council,"))
REC = p(r("Recalling its previous resolutions on the situation in the region,"))
HEAD = "The Security Council,\n\nRecalling its previous resolutions on the situation in the region,\n\n"


def op(*c: str, n: int = 0, **k: Any) -> str:
    """An operative paragraph (list 1) at level ``n``."""
    return p(*c, num=("1", n), **k)


CASES: dict[str, tuple[str, dict[str, Any], str, str]] = {}


def case(name: str, body: str, old: str, new: str, **kw: Any) -> None:
    """A construct: the body after the formula and a recital, and the two texts."""
    CASES[name] = (F + REC + body, kw, HEAD + old, HEAD + new)


# 1 insertion inside a deletion (ins by France, then deleted by China)
case(
    "ins-in-del",
    op(
        r("Decides that all States shall "),
        ins(dele(dr("immediately "), author="China")),
        r("prevent the supply of arms;"),
    ),
    "1. Decides that all States shall prevent the supply of arms;",
    "1. Decides that all States shall prevent the supply of arms;",
)
case(
    "del-and-ins-replace",
    op(r("Calls upon all parties to "), gone("consider"), added("ensure"), r(" a ceasefire;")),
    "1. Calls upon all parties to consider a ceasefire;",
    "1. Calls upon all parties to ensure a ceasefire;",
)


# moved paragraph whole, with range marks (Word's form)
def moved_body() -> str:
    fr = (
        f'<w:moveFromRangeStart w:id="901" w:author="UK"{DATE} w:name="move1"/>'
        + p(
            f'<w:moveFrom w:id="902" w:author="UK"{DATE}>'
            + r("Urges the parties to resume negotiations;")
            + "</w:moveFrom>",
            num=("1", 0),
            mk=mark("moveFrom", "UK"),
        )
        + '<w:moveFromRangeEnd w:id="901"/>'
    )
    to = (
        f'<w:moveToRangeStart w:id="903" w:author="UK"{DATE} w:name="move1"/>'
        + p(
            f'<w:moveTo w:id="904" w:author="UK"{DATE}>'
            + r("Urges the parties to resume negotiations;")
            + "</w:moveTo>",
            num=("1", 0),
            mk=mark("moveTo", "UK"),
        )
        + '<w:moveToRangeEnd w:id="903"/>'
    )
    return (
        fr
        + op(r("Demands an immediate cessation of hostilities;"))
        + to
        + op(r("Decides to remain seized of the matter."))
    )


case(
    "move-paragraph",
    moved_body(),
    "1. Urges the parties to resume negotiations;\n\n2. Demands an immediate cessation of hostilities;\n\n3. Decides to remain seized of the matter.",
    "1. Demands an immediate cessation of hostilities;\n\n2. Urges the parties to resume negotiations;\n\n3. Decides to remain seized of the matter.",
)
# moved words inside a paragraph with range marks inline
case(
    "move-words",
    op(
        f'<w:moveFromRangeStart w:id="911" w:author="UK"{DATE} w:name="move2"/>',
        f'<w:moveFrom w:id="912" w:author="UK"{DATE}>{dr("strongly ")}</w:moveFrom>',
        '<w:moveFromRangeEnd w:id="911"/>',
        r("Condemns "),
        f'<w:moveToRangeStart w:id="913" w:author="UK"{DATE} w:name="move2"/>',
        f'<w:moveTo w:id="914" w:author="UK"{DATE}>{r("strongly ")}</w:moveTo>',
        '<w:moveToRangeEnd w:id="913"/>',
        r("the attacks on civilians;"),
    ),
    "1. strongly Condemns the attacks on civilians;",
    "1. Condemns strongly the attacks on civilians;",
)
# formatting only changes
case(
    "rPrChange",
    op(
        f'<w:r><w:rPr><w:b/><w:rPrChange w:id="{nid()}" w:author="Japan"{DATE}><w:rPr/></w:rPrChange></w:rPr>{t("Demands")}</w:r>',
        r(" that all parties comply;"),
    ),
    "1. Demands that all parties comply;",
    "1. Demands that all parties comply;",
)
case(
    "rPrChange-unstrike",  # old formatting struck, new not: both versions read the text
    op(
        f'<w:r><w:rPr><w:rPrChange w:id="{nid()}" w:author="Japan"{DATE}><w:rPr><w:strike/></w:rPr></w:rPrChange></w:rPr>{t("Demands that all parties comply;")}</w:r>'
    ),
    "1. Demands that all parties comply;",
    "1. Demands that all parties comply;",
)
case(
    "pPrChange-indent",
    op(
        r("Demands that all parties comply;"),
        change='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="0"/>',
    ),
    "1. Demands that all parties comply;",
    "1. Demands that all parties comply;",
)
case(
    "pPrChange-numbered",  # a recital-like plain paragraph made an operative paragraph
    op(r("Welcomes the report of the Secretary-General;"))
    + op(r("Demands that all parties comply;"), change=""),
    "1. Welcomes the report of the Secretary-General;\n\nDemands that all parties comply;",
    "1. Welcomes the report of the Secretary-General;\n\n2. Demands that all parties comply;",
)
case(
    "pPrChange-level",  # (a) promoted to 2.
    op(r("Requests the Secretary-General:"))
    + op(
        r("to report every ninety days;"),
        n=0,
        change='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>',
    )
    + op(r("Decides to remain seized of the matter.")),
    "1. Requests the Secretary-General:\n\n(a) to report every ninety days;\n\n2. Decides to remain seized of the matter.",
    "1. Requests the Secretary-General:\n\n2. to report every ninety days;\n\n3. Decides to remain seized of the matter.",
)
# paragraph marks: split and join
case(
    "mark-inserted-split",
    op(r("Demands an immediate ceasefire."), mk=mark("ins"))
    + op(added("Urges"), r(" the parties to negotiate;")),
    "1. Demands an immediate ceasefire. the parties to negotiate;",
    "1. Demands an immediate ceasefire.\n\n2. Urges the parties to negotiate;",
)
case(
    "mark-deleted-join",
    op(r("Demands an immediate ceasefire"), gone("."), mk=mark("del", "China"))
    + op(gone("Urges", "China"), added(" and urges", "China"), r(" the parties to negotiate;"))
    + op(r("Decides to remain seized of the matter.")),
    "1. Demands an immediate ceasefire.\n\n2. Urges the parties to negotiate;\n\n3. Decides to remain seized of the matter.",
    "1. Demands an immediate ceasefire and urges the parties to negotiate;\n\n2. Decides to remain seized of the matter.",
)
case(
    "paragraph-inserted-whole",  # Word's form: the mark of the new paragraph inserted, its runs inserted
    op(r("Welcomes the report;"))
    + op(added("Urges the parties to negotiate;"), mk=mark("ins"))
    + op(r("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
    "1. Welcomes the report;\n\n2. Urges the parties to negotiate;\n\n3. Decides to remain seized of the matter.",
)
case(
    "paragraph-deleted-whole",
    op(r("Welcomes the report;"))
    + op(gone("Urges the parties to negotiate;"), mk=mark("del", "China"))
    + op(r("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\n2. Urges the parties to negotiate;\n\n3. Decides to remain seized of the matter.",
    "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
)
case(
    "last-paragraph-deleted",  # Word keeps the last mark: the mark before is deleted
    op(r("Welcomes the report;"), mk=mark("del", "China"))
    + op(gone("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
    "1. Welcomes the report;",
)
case(
    "mark-ins-then-del",  # a mark France inserted, China deleted: in neither version
    op(r("Demands an immediate ceasefire"), mk=mark("ins") + mark("del", "China"))
    + op(r(" and urges the parties to negotiate;")),
    "1. Demands an immediate ceasefire and urges the parties to negotiate;",
    "1. Demands an immediate ceasefire and urges the parties to negotiate;",
)
# comments
case(
    "comments",
    op(
        '<w:commentRangeStart w:id="0"/>',
        r("Demands that all parties comply"),
        '<w:commentRangeEnd w:id="0"/>',
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>',
        r(";"),
    )
    + '<w:commentRangeStart w:id="1"/>'
    + op(r("Decides to remain seized of the matter."))
    + '<w:commentRangeEnd w:id="1"/>'
    + p('<w:r><w:commentReference w:id="1"/></w:r>'),
    "1. Demands that all parties comply;\n\n2. Decides to remain seized of the matter.",
    "1. Demands that all parties comply;\n\n2. Decides to remain seized of the matter.",
    comment={"0": "Russia cannot accept", "1": "Silence until Friday"},
)
# numbering: restart with a new instance, levels (a)/(i), override start 5
case(
    "numbering-levels",
    op(r("Decides:"))
    + op(r("that all States shall:"), n=1)
    + op(r("prevent the supply of arms;"), n=2)
    + op(r("prevent the transfer of funds;"), n=2)
    + op(r("that the measures shall apply;"), n=1)
    + op(r("Requests a report."))
    + p(r("Annex"))
    + p(r("The Committee shall meet monthly."), num=("2", 0))
    + p(r("The Committee shall report."), num=("2", 0)),
    "1. Decides:\n\n(a) that all States shall:\n\n(i) prevent the supply of arms;\n\n(ii) prevent the transfer of funds;\n\n(b) that the measures shall apply;\n\n2. Requests a report.\n\nAnnex\n\n1. The Committee shall meet monthly.\n\n2. The Committee shall report.",
    "1. Decides:\n\n(a) that all States shall:\n\n(i) prevent the supply of arms;\n\n(ii) prevent the transfer of funds;\n\n(b) that the measures shall apply;\n\n2. Requests a report.\n\nAnnex\n\n1. The Committee shall meet monthly.\n\n2. The Committee shall report.",
)
case(
    "numbering-start-override",
    p(r("Welcomes the report;"), num=("3", 0))
    + p(r("Decides to remain seized of the matter."), num=("3", 0)),
    "5. Welcomes the report;\n\n6. Decides to remain seized of the matter.",
    "5. Welcomes the report;\n\n6. Decides to remain seized of the matter.",
)
case(
    "numbering-style",
    p(r("Welcomes the report;"), style="OP")
    + p(r("Decides to remain seized of the matter."), style="OP"),
    "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
    "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
)
case(
    "numbering-deleted-sub",
    op(r("Decides:"))
    + op(r("that all States shall act;"), n=1)
    + op(gone("that the Committee shall review;"), n=1, mk=mark("del", "China"))
    + op(r("that the measures shall apply;"), n=1),
    "1. Decides:\n\n(a) that all States shall act;\n\n(b) that the Committee shall review;\n\n(c) that the measures shall apply;",
    "1. Decides:\n\n(a) that all States shall act;\n\n(b) that the measures shall apply;",
)
# fields
case(
    "fldSimple",
    op(
        r("Takes note of the report ("),
        f'<w:fldSimple w:instr=" DOCPROPERTY Symbol \\* MERGEFORMAT ">{r("S/2024/123")}</w:fldSimple>',
        r(");"),
    ),
    "1. Takes note of the report (S/2024/123);",
    "1. Takes note of the report (S/2024/123);",
)
case(
    "complex-field",
    op(
        r("Takes note of the report ("),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> REF symbol \\h </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        r("S/2024/123"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        r(");"),
    ),
    "1. Takes note of the report (S/2024/123);",
    "1. Takes note of the report (S/2024/123);",
)
case(
    "complex-field-tracked",
    op(
        r("Takes note of the report "),
        ins(
            r("("),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://undocs.org/S/2024/123" </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            r("S/2024/123"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            r(")"),
        ),
        r(";"),
    ),
    "1. Takes note of the report ;",
    "1. Takes note of the report (S/2024/123);",
)
case(
    "field-deleted-instr",
    op(
        r("Takes note of the report ("),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        dele('<w:r><w:delInstrText xml:space="preserve"> REF old </w:delInstrText></w:r>'),
        ins('<w:r><w:instrText xml:space="preserve"> REF new </w:instrText></w:r>'),
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        gone("S/2024/100"),
        added("S/2024/123"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        r(");"),
    ),
    "1. Takes note of the report (S/2024/100);",
    "1. Takes note of the report (S/2024/123);",
)
# footnotes
case(
    "footnote-inserted",
    op(
        r("Takes note of the report"),
        ins(
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        ),
        r(";"),
    )
    + op(r("Welcomes the Panel's work"), '<w:r><w:footnoteReference w:id="2"/></w:r>', r(";")),
    "1. Takes note of the report;\n\n2. Welcomes the Panel's work1;\n\n1 S/2024/199.",
    "1. Takes note of the report1;\n\n2. Welcomes the Panel's work2;\n\n1 S/2024/123.\n\n2 S/2024/200.",
    footnotes={"1": r(" S/2024/123."), "2": r(" ") + gone("S/2024/199.") + added("S/2024/200.")},
)


# tables with tracked rows
def row(cell: str, trmk: str = "") -> str:
    trpr = f"<w:trPr>{trmk}</w:trPr>" if trmk else ""
    return f"<w:tr>{trpr}<w:tc>{p(cell)}</w:tc></w:tr>"


case(
    "table-rows",
    op(r("Decides that the following entities are designated:"))
    + "<w:tbl>"
    + row(r("Alpha Trading Company"))
    + row(gone("Beta Shipping Limited"), mark("del", "China"))
    + row(added("Gamma Holdings"), mark("ins"))
    + "</w:tbl>"
    + op(r("Decides to remain seized of the matter.")),
    "1. Decides that the following entities are designated:\n\n• Alpha Trading Company\n\n• Beta Shipping Limited\n\n2. Decides to remain seized of the matter.",
    "1. Decides that the following entities are designated:\n\n• Alpha Trading Company\n\n• Gamma Holdings\n\n2. Decides to remain seized of the matter.",
)
# content controls
case(
    "sdt-block-and-inline",
    '<w:sdt><w:sdtPr><w:alias w:val="Operative"/></w:sdtPr><w:sdtContent>'
    + op(r("Welcomes the report;"))
    + "</w:sdtContent></w:sdt>"
    + op(
        r("Decides that the mandate shall run until "),
        "<w:sdt><w:sdtPr><w:date/></w:sdtPr><w:sdtContent>"
        + r("31 December 2025")
        + "</w:sdtContent></w:sdt>",
        r(";"),
    ),
    "1. Welcomes the report;\n\n2. Decides that the mandate shall run until 31 December 2025;",
    "1. Welcomes the report;\n\n2. Decides that the mandate shall run until 31 December 2025;",
)
case(
    "sdt-tracked-inside",
    op(
        r("Decides that the mandate shall run until "),
        "<w:sdt><w:sdtPr><w:date/></w:sdtPr><w:sdtContent>"
        + gone("31 December 2025")
        + added("30 June 2026")
        + "</w:sdtContent></w:sdt>",
        r(";"),
    ),
    "1. Decides that the mandate shall run until 31 December 2025;",
    "1. Decides that the mandate shall run until 30 June 2026;",
)
# hyperlinks
case(
    "hyperlink",
    op(
        r("Takes note of the report "),
        '<w:hyperlink r:id="rIdH" w:history="1">'
        + r("S/2024/1", '<w:rStyle w:val="Hyperlink"/>')
        + "</w:hyperlink>",
        r(";"),
    ),
    "1. Takes note of the report S/2024/1;",
    "1. Takes note of the report S/2024/1;",
)
case(
    "hyperlink-tracked",
    op(
        r("Takes note of the report "),
        '<w:hyperlink r:id="rIdH">' + gone("S/2024/1") + added("S/2024/2") + "</w:hyperlink>",
        r(";"),
    ),
    "1. Takes note of the report S/2024/1;",
    "1. Takes note of the report S/2024/2;",
)
# smart tag
case(
    "smartTag",
    op(
        r("Welcomes the visit to "),
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
        + r("Juba")
        + "</w:smartTag>",
        r(";"),
    ),
    "1. Welcomes the visit to Juba;",
    "1. Welcomes the visit to Juba;",
)


# text box (modern choice + VML fallback): once
def BOX(inner: str) -> str:
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


case(
    "textbox",
    op(r("Welcomes the report;"))
    + p(BOX(p(r("Stresses the importance of the ceasefire."))))
    + op(r("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\nStresses the importance of the ceasefire.\n\n2. Decides to remain seized of the matter.",
    "1. Welcomes the report;\n\nStresses the importance of the ceasefire.\n\n2. Decides to remain seized of the matter.",
)
case(
    "textbox-tracked",
    op(r("Welcomes the report;"))
    + p(BOX(p(r("Stresses the importance of "), gone("the"), added("a lasting"), r(" ceasefire."))))
    + op(r("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\nStresses the importance of the ceasefire.\n\n2. Decides to remain seized of the matter.",
    "1. Welcomes the report;\n\nStresses the importance of a lasting ceasefire.\n\n2. Decides to remain seized of the matter.",
)
# moved paragraph later edited inside its new place
case(
    "move-then-edit",
    f'<w:moveFromRangeStart w:id="921" w:author="UK"{DATE} w:name="move3"/>'
    + op(
        f'<w:moveFrom w:id="922" w:author="UK"{DATE}>'
        + dr("Urges the parties to resume negotiations;")
        + "</w:moveFrom>",
        mk=mark("moveFrom", "UK"),
    )
    + '<w:moveFromRangeEnd w:id="921"/>'
    + op(r("Demands an immediate cessation of hostilities;"))
    + f'<w:moveToRangeStart w:id="923" w:author="UK"{DATE} w:name="move3"/>'
    + op(
        f'<w:moveTo w:id="924" w:author="UK"{DATE}>'
        + r("Urges the parties to resume ")
        + "</w:moveTo>",
        added("direct ", "US"),
        f'<w:moveTo w:id="925" w:author="UK"{DATE}>' + r("negotiations;") + "</w:moveTo>",
        mk=mark("moveTo", "UK"),
    )
    + '<w:moveToRangeEnd w:id="923"/>',
    "1. Urges the parties to resume negotiations;\n\n2. Demands an immediate cessation of hostilities;",
    "1. Demands an immediate cessation of hostilities;\n\n2. Urges the parties to resume direct negotiations;",
)
# numbering inserted on an unnumbered paragraph via numPr ins (Word 2010 form)
case(
    "numPr-ins",
    op(r("Welcomes the report;"))
    + p(
        r("Decides to remain seized of the matter."),
        ppr_extra='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>' + mark("ins") + "</w:numPr>",
    ),
    "1. Welcomes the report;\n\nDecides to remain seized of the matter.",
    "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
)
# a paragraph inserted by one author and deleted by another (both marks)
case(
    "paragraph-ins-then-del",
    op(r("Welcomes the report;"))
    + op(
        ins(dele(dr("Urges the parties to negotiate;"), author="China")),
        mk=mark("ins") + mark("del", "China"),
    )
    + op(r("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
    "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
)
# deleted tab and soft hyphen, no-break hyphen
case(
    "special-chars",
    op(
        r("Welcomes the "),
        "<w:r><w:t>Secretary</w:t><w:noBreakHyphen/><w:t>General's re</w:t><w:softHyphen/><w:t>port;</w:t></w:r>",
    ),
    "1. Welcomes the Secretary\u2011General's report;",
    "1. Welcomes the Secretary\u2011General's report;",
)

# ---- batch 2
XNS = 'xmlns:x="urn:example:tool"'
case(
    "unknown-inline-w",  # an element of the w namespace this reader does not know, wrapping runs
    op(r("Decides that "), "<w:fooWrap>" + r("all States shall") + "</w:fooWrap>", r(" act;")),
    "1. Decides that all States shall act;",
    "1. Decides that all States shall act;",
)
case(
    "unknown-inline-other",
    op(r("Decides that "), f"<x:span {XNS}>" + r("all States shall") + "</x:span>", r(" act;")),
    "1. Decides that all States shall act;",
    "1. Decides that all States shall act;",
)
case(
    "unknown-block",
    op(r("Welcomes the report;"))
    + f"<x:section {XNS}>"
    + op(r("Urges the parties to negotiate;"))
    + "</x:section>"
    + op(r("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\n2. Urges the parties to negotiate;\n\n3. Decides to remain seized of the matter.",
    "1. Welcomes the report;\n\n2. Urges the parties to negotiate;\n\n3. Decides to remain seized of the matter.",
)
case(
    "no-author-date",
    op(
        r("Calls upon all parties to "),
        '<w:del w:id="5"><w:r><w:delText>consider</w:delText></w:r></w:del><w:ins w:id="6"><w:r><w:t>ensure</w:t></w:r></w:ins>',
        r(" a ceasefire;"),
    ),
    "1. Calls upon all parties to consider a ceasefire;",
    "1. Calls upon all parties to ensure a ceasefire;",
)
case(
    "nested-field",
    op(
        r("Takes note of "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY Symbol </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        r("S/2024/123"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> = "" "the report" "report S/2024/123" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        r("report S/2024/123"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        r(";"),
    ),
    "1. Takes note of report S/2024/123;",
    "1. Takes note of report S/2024/123;",
)
case(
    "footnote-deleted",
    op(r("Takes note of the report"), dele('<w:r><w:footnoteReference w:id="1"/></w:r>'), r(";"))
    + op(r("Welcomes the Panel's work"), '<w:r><w:footnoteReference w:id="2"/></w:r>', r(";")),
    "1. Takes note of the report1;\n\n2. Welcomes the Panel's work2;\n\n1 S/2024/123.\n\n2 S/2024/200.",
    "1. Takes note of the report;\n\n2. Welcomes the Panel's work1;\n\n1 S/2024/200.",
    footnotes={"1": r(" S/2024/123."), "2": r(" S/2024/200.")},
)
case(
    "placeholder-sdt",
    op(
        r("Decides that the mandate shall run until "),
        "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:date/></w:sdtPr><w:sdtContent>"
        + r("Click or tap to enter a date.", '<w:rStyle w:val="PlaceholderText"/>')
        + "</w:sdtContent></w:sdt>",
        r(";"),
    ),
    "1. Decides that the mandate shall run until Click or tap to enter a date.;",
    "1. Decides that the mandate shall run until Click or tap to enter a date.;",
)
case(
    "t-inside-del",  # a tool that writes w:t (not w:delText) inside w:del
    op(r("Calls upon all parties to "), dele(r("consider")), added("ensure"), r(" a ceasefire;")),
    "1. Calls upon all parties to consider a ceasefire;",
    "1. Calls upon all parties to ensure a ceasefire;",
)
case(
    "move-two-paragraphs",
    op(r("Decides:"))
    + f'<w:moveFromRangeStart w:id="931" w:author="UK"{DATE} w:name="move4"/>'
    + op(
        f'<w:moveFrom w:id="932" w:author="UK"{DATE}>'
        + r("that the Panel shall report;")
        + "</w:moveFrom>",
        n=1,
        mk=mark("moveFrom", "UK"),
    )
    + op(
        f'<w:moveFrom w:id="933" w:author="UK"{DATE}>'
        + r("that the Committee shall review;")
        + "</w:moveFrom>",
        n=1,
        mk=mark("moveFrom", "UK"),
    )
    + '<w:moveFromRangeEnd w:id="931"/>'
    + op(r("that all States shall act;"), n=1)
    + f'<w:moveToRangeStart w:id="934" w:author="UK"{DATE} w:name="move4"/>'
    + op(
        f'<w:moveTo w:id="935" w:author="UK"{DATE}>'
        + r("that the Panel shall report;")
        + "</w:moveTo>",
        n=1,
        mk=mark("moveTo", "UK"),
    )
    + op(
        f'<w:moveTo w:id="936" w:author="UK"{DATE}>'
        + r("that the Committee shall review;")
        + "</w:moveTo>",
        n=1,
        mk=mark("moveTo", "UK"),
    )
    + '<w:moveToRangeEnd w:id="934"/>'
    + op(r("Decides to remain seized of the matter.")),
    "1. Decides:\n\n(a) that the Panel shall report;\n\n(b) that the Committee shall review;\n\n(c) that all States shall act;\n\n2. Decides to remain seized of the matter.",
    "1. Decides:\n\n(a) that all States shall act;\n\n(b) that the Panel shall report;\n\n(c) that the Committee shall review;\n\n2. Decides to remain seized of the matter.",
)
case(
    "first-op-deleted",
    op(gone("Welcomes the report;"), mk=mark("del", "China"))
    + op(r("Urges the parties to negotiate;"))
    + op(r("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\n2. Urges the parties to negotiate;\n\n3. Decides to remain seized of the matter.",
    "1. Urges the parties to negotiate;\n\n2. Decides to remain seized of the matter.",
)
case(
    "words-deleted-mark-kept",
    op(r("Welcomes the report;"))
    + op(gone("Urges the parties to negotiate;"))
    + op(r("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\n2. Urges the parties to negotiate;\n\n3. Decides to remain seized of the matter.",
    "1. Welcomes the report;\n\n3. Decides to remain seized of the matter.",
)
case(
    "cell-numbered",
    op(r("Welcomes the report;"))
    + "<w:tbl><w:tr><w:tc>"
    + op(r("Urges the parties to negotiate;"))
    + "</w:tc></w:tr></w:tbl>"
    + op(r("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\n2. Urges the parties to negotiate;\n\n3. Decides to remain seized of the matter.",
    "1. Welcomes the report;\n\n2. Urges the parties to negotiate;\n\n3. Decides to remain seized of the matter.",
)
case(
    "customXml-block",
    '<w:customXml w:uri="urn:un" w:element="operative">'
    + op(r("Welcomes the report;"))
    + "</w:customXml>"
    + op(r("Decides to remain seized of the matter.")),
    "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
    "1. Welcomes the report;\n\n2. Decides to remain seized of the matter.",
)
case(
    "move-no-ranges",
    op(
        f'<w:moveFrom w:id="942" w:author="UK"{DATE}>'
        + r("Urges the parties to resume negotiations;")
        + "</w:moveFrom>",
        mk=mark("moveFrom", "UK"),
    )
    + op(r("Demands an immediate cessation of hostilities;"))
    + op(
        f'<w:moveTo w:id="944" w:author="UK"{DATE}>'
        + r("Urges the parties to resume negotiations;")
        + "</w:moveTo>",
        mk=mark("moveTo", "UK"),
    ),
    "1. Urges the parties to resume negotiations;\n\n2. Demands an immediate cessation of hostilities;",
    "1. Demands an immediate cessation of hostilities;\n\n2. Urges the parties to resume negotiations;",
)
case(
    "endnote",
    op(r("Takes note of the report"), '<w:r><w:endnoteReference w:id="1"/></w:r>', r(";")),
    "1. Takes note of the report1;\n\n1 S/2024/123.",
    "1. Takes note of the report1;\n\n1 S/2024/123.",
    endnotes={"1": r(" S/2024/123.")},
)
case(
    "hidden-mark",  # a paragraph mark formatted hidden: Word shows the two as one paragraph
    op(r("Demands an immediate ceasefire"), mk="<w:vanish/>")
    + p(r(" and urges the parties to negotiate;")),
    "1. Demands an immediate ceasefire and urges the parties to negotiate;",
    "1. Demands an immediate ceasefire and urges the parties to negotiate;",
)
case(
    "ignorable-element",  # w14 is marked ignorable: Word leaves the element out, content and all
    op(
        r("Decides that all States shall act"), "<w14:note>" + r(" at once") + "</w14:note>", r(";")
    ),
    "1. Decides that all States shall act;",
    "1. Decides that all States shall act;",
)
case(
    "field-never-ended",  # an instruction open at the paragraph's end hides nothing after it
    op(
        r("Takes note of the report"),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        r(" S/2024/9"),
    )
    + op(r("Decides to remain seized of the matter.")),
    "1. Takes note of the report\n\n2. Decides to remain seized of the matter.",
    "1. Takes note of the report\n\n2. Decides to remain seized of the matter.",
)


case(  # text hidden with tracked formatting: the original (formatting rejected) shows it
    "rPrChange-hidden",
    op(
        r("Decides that all States shall act"),
        f'<w:r><w:rPr><w:vanish/><w:rPrChange w:id="{nid()}" w:author="Japan"{DATE}><w:rPr/></w:rPrChange></w:rPr>{t(" at once")}</w:r>',
        r(";"),
    ),
    "1. Decides that all States shall act at once;",
    "1. Decides that all States shall act;",
)
case(  # hidden text shown with tracked formatting: the original hides it
    "rPrChange-unhidden",
    op(
        r("Decides that all States shall act"),
        f'<w:r><w:rPr><w:rPrChange w:id="{nid()}" w:author="Japan"{DATE}><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr>{t(" at once")}</w:r>',
        r(";"),
    ),
    "1. Decides that all States shall act;",
    "1. Decides that all States shall act at once;",
)
case(  # a column deleted with tracked changes: the cell's words deleted, the cell marked
    "cellDel",
    op(r("Decides that the following entities are designated:"))
    + "<w:tbl><w:tr><w:tc>"
    + p(r("Alpha Trading Company"))
    + f'</w:tc><w:tc><w:tcPr><w:cellDel w:id="{nid()}" w:author="China"{DATE}/></w:tcPr>'
    + p(gone("listed 2016"))
    + "</w:tc></w:tr></w:tbl>"
    + op(r("Decides to remain seized of the matter.")),
    "1. Decides that the following entities are designated:\n\n• Alpha Trading Company – listed 2016\n\n2. Decides to remain seized of the matter.",
    "1. Decides that the following entities are designated:\n\n• Alpha Trading Company\n\n2. Decides to remain seized of the matter.",
)


def numbered_row(text: str, trmk: str = "", words: str | None = None) -> str:
    """A row whose first cell is numbered by Word's list ("(a)" drawn, no words)."""
    trpr = f"<w:trPr>{trmk}</w:trPr>" if trmk else ""
    return f"<w:tr>{trpr}<w:tc>{p(num=('1', 1))}</w:tc><w:tc>{p(words or r(text))}</w:tc></w:tr>"


case(  # a list of entities in a table, numbered (a), (b) by Word's list, a row deleted
    "table-numbered-column",
    op(r("Decides that the following entities are designated:"))
    + "<w:tbl>"
    + numbered_row("Alpha Trading Company")
    + numbered_row("", mark("del", "China"), gone("Beta Shipping Limited"))
    + numbered_row("Gamma Holdings")
    + "</w:tbl>"
    + op(r("Decides to remain seized of the matter.")),
    "1. Decides that the following entities are designated:\n\n(a) Alpha Trading Company\n\n(b) Beta Shipping Limited\n\n(c) Gamma Holdings\n\n2. Decides to remain seized of the matter.",
    "1. Decides that the following entities are designated:\n\n(a) Alpha Trading Company\n\n(b) Gamma Holdings\n\n2. Decides to remain seized of the matter.",
)
case(  # the same list with the numbers on the words' own paragraphs, one column
    "table-numbered-cells",
    op(r("Decides that the following entities are designated:"))
    + "<w:tbl><w:tr><w:tc>"
    + p(r("Alpha Trading Company"), num=("1", 1))
    + "</w:tc></w:tr><w:tr><w:tc>"
    + p(r("Beta Shipping Limited"), added(" and its subsidiaries"), num=("1", 1))
    + "</w:tc></w:tr></w:tbl>"
    + op(r("Decides to remain seized of the matter.")),
    "1. Decides that the following entities are designated:\n\n(a) Alpha Trading Company\n\n(b) Beta Shipping Limited\n\n2. Decides to remain seized of the matter.",
    "1. Decides that the following entities are designated:\n\n(a) Alpha Trading Company\n\n(b) Beta Shipping Limited and its subsidiaries\n\n2. Decides to remain seized of the matter.",
)


# --------------------------------------------------------------------------- the tests


def _outline(draft: Draft) -> list[tuple[str | None, str]]:
    """Each paragraph's label and words, then each footnote's mark and words."""
    body = [(c.label, normalize_space(c.text)) for c in draft.walk()]
    return body + [(f.mark, normalize_space(f.text)) for f in draft.footnotes]


def _verdicts(cmp: Comparison) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    return sorted((c.kind, c.old, c.new, c.moved) for c in cmp.changes)


def _versions(name: str) -> tuple[dict[str, Draft], dict[str, Draft]]:
    """The file's two versions as read, and the two texts as plain text."""
    body, kw, old, new = CASES[name]
    data = docx(body, **kw)
    read = {v: load(data, path=f"{name}.docx", version=v) for v in ("original", "accepted")}  # type: ignore[arg-type]
    return read, {"original": parse_text(old), "accepted": parse_text(new)}


#: Where the Word file says more than the plain text can: a tracked move names the
#: paragraph that moved (plain text: the shorter way round), and a paragraph whose number
#: a tracked change put on stands apart in the original (plain text: a continuation).
SAYS_MORE = frozenset({"move-paragraph", "pPrChange-numbered"})


@pytest.mark.parametrize("name", sorted(set(CASES) - SAYS_MORE))
def test_each_construct_reads_as_word_shows_both_versions(name: str) -> None:
    read, plain = _versions(name)
    for version in ("original", "accepted"):
        assert _outline(read[version]) == _outline(plain[version]), version
    assert _verdicts(resdiff.compare(read["original"], read["accepted"])) == _verdicts(
        resdiff.compare(plain["original"], plain["accepted"])
    )


def test_a_tracked_move_names_the_paragraph_that_moved_where_plain_text_cannot() -> None:
    read, plain = _versions("move-paragraph")
    assert [_outline(read[v]) for v in read] == [_outline(plain[v]) for v in read]
    moved = [c for c in resdiff.compare(read["original"], read["accepted"]).changes if c.moved]
    assert [(c.old, c.new) for c in moved] == [(("OP1",), ("OP2",))]  # "Urges ..." moved


def test_a_number_put_on_by_a_tracked_change_leaves_the_original_a_paragraph_of_its_own() -> None:
    read, _ = _versions("pPrChange-numbered")
    assert _outline(read["original"])[-1] == (None, "Demands that all parties comply;")
    assert _outline(read["accepted"])[-1] == ("2.", "Demands that all parties comply;")


def _warnings(name: str, code: str) -> list[str]:
    body, kw, _, _ = CASES[name]
    draft = load(docx(body, **kw), path=f"{name}.docx")
    return [w.message for w in draft.warnings if w.code == code]


def test_a_field_nested_in_an_instruction_prints_only_the_outer_result() -> None:
    read, _ = _versions("nested-field")
    for draft in read.values():
        assert _outline(draft)[-1] == ("1.", "Takes note of report S/2024/123;")


def test_a_field_never_ended_hides_nothing_after_its_paragraph_and_is_said() -> None:
    read, _ = _versions("field-never-ended")
    assert _outline(read["accepted"])[-1] == ("2.", "Decides to remain seized of the matter.")
    (message,) = _warnings("field-never-ended", "docx-field")
    assert "S/2024/9" in message


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("unknown-inline-w", "<w:fooWrap> at paragraph 3 read in place"),
        ("unknown-inline-other", "<x:span> at paragraph 3 read in place"),
        ("unknown-block", "<x:section> at paragraph 4 read in place"),
        ("ignorable-element", "<w14:note> at paragraph 3 left out"),
    ],
)
def test_an_element_the_reader_does_not_know_keeps_its_words_or_is_named(
    name: str, said: str
) -> None:
    (message,) = _warnings(name, "docx-unknown-element")
    assert said in message, message


def test_known_elements_without_words_are_not_named() -> None:
    for name in ("comments", "complex-field", "move-paragraph", "textbox", "table-rows"):
        assert not _warnings(name, "docx-unknown-element"), name


def test_a_missing_numbering_part_is_named_as_missing() -> None:
    body, _, _, _ = CASES["numbering-style"]
    draft = load(docx(body, drop=("word/numbering.xml",)), path="x.docx")
    (message, *_) = [w.message for w in draft.warnings if w.code == "docx-numbering"]
    assert "the package has no numbering part (word/numbering.xml)" in message
    assert [c.text for c in draft.walk()][-1] == "Decides to remain seized of the matter."


@pytest.mark.parametrize(
    ("drop", "cause"),
    [
        ("word/document.xml", "no word/document.xml"),
        ("word/_rels/document.xml.rels", None),  # read by the usual part names
        ("word/styles.xml", None),
        ("[Content_Types].xml", None),
    ],
)
def test_a_missing_part_is_named_or_read_without_loss(drop: str, cause: str | None) -> None:
    body, kw, _, new = CASES["footnote-inserted"]
    data = docx(body, drop=(drop,), **kw)
    if cause is not None:
        with pytest.raises(ResolutionParseError, match=cause):
            load(data, path="x.docx")
        return
    assert _outline(load(data, path="x.docx")) == _outline(parse_text(new))


@pytest.mark.parametrize(
    ("part", "data", "cause"),
    [
        ("word/_rels/document.xml.rels", b"<Relationships><Rel", "document.xml.rels, line 1"),
        ("word/numbering.xml", b"<w:numbering", "word/numbering.xml, line 1"),
        ("word/footnotes.xml", b"\x00\x01", "word/footnotes.xml, line 1"),
        ("word/document.xml", b"<html/>", "not a WordprocessingML document"),
    ],
)
def test_a_broken_part_is_a_clear_error_naming_it(part: str, data: bytes, cause: str) -> None:
    body, kw, _, _ = CASES["footnote-inserted"]
    with pytest.raises(ResolutionParseError, match=cause):
        load(docx(body, replace={part: data}, **kw), path="x.docx")


def test_tracked_changes_without_author_or_date_are_read_and_credited_to_no_one() -> None:
    body, kw, _, _ = CASES["no-author-date"]
    draft = load(docx(body, **kw), path="x.docx")
    (note,) = [w.message for w in draft.warnings if w.code == "docx-tracked-changes"]
    assert "an unnamed author" in note


@pytest.mark.parametrize(
    "name", ["mark-deleted-join", "move-two-paragraphs", "table-numbered-column"]
)
def test_resdiff_compare_of_the_one_tracked_file_gives_the_plain_texts_verdicts(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body, kw, old, new = CASES[name]
    path = tmp_path / "draft.docx"
    path.write_bytes(docx(body, **kw))
    assert main(["compare", str(path), "--format", "json"]) == 0
    got = Comparison.model_validate_json(capsys.readouterr().out)
    assert _verdicts(got) == _verdicts(resdiff.compare(parse_text(old), parse_text(new)))


def test_nested_unknown_wrappers_are_scanned_for_words_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each unknown element is scanned for words at most once, however deep the
    wrappers: a scan per level made the reading grow with depth × size."""
    from resdiff.read.docx import runs

    scans: list[object] = []
    holds_text = runs._holds_text

    def counted(el: object, x: object) -> bool:
        scans.append(el)
        return holds_text(el, x)  # type: ignore[arg-type]

    monkeypatch.setattr(runs, "_holds_text", counted)
    counts = []
    for depth in (1, 40):
        scans.clear()
        wrapped = '<x:w xmlns:x="urn:x">' * depth + r("Decides to act;") + "</x:w>" * depth
        draft = load(docx(F + REC + op(wrapped)), path="x.docx")
        assert [c.text for c in draft.walk()][-1] == "Decides to act;"
        counts.append(len(scans))
    assert counts[0] == counts[1], counts


def test_a_file_whose_only_change_hides_words_holds_two_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tracked formatting change that hides words is a change of the text: the
    original is not said to be the accepted version, and the one file compares."""
    body, kw, old, new = CASES["rPrChange-hidden"]
    original = load(docx(body, **kw), path="x.docx", version="original")
    assert "docx-untracked" not in [w.code for w in original.warnings]
    path = tmp_path / "draft.docx"
    path.write_bytes(docx(body, **kw))
    assert main(["compare", str(path), "--format", "json"]) == 0
    got = Comparison.model_validate_json(capsys.readouterr().out)
    assert _verdicts(got) == _verdicts(resdiff.compare(parse_text(old), parse_text(new)))


@pytest.mark.parametrize(
    "rpr",
    [
        # Hidden before and after (a hidden note put in bold): nothing shown or hidden.
        f'<w:vanish/><w:b/><w:rPrChange w:id="{nid()}" w:author="Japan"{DATE}><w:rPr><w:vanish/></w:rPr></w:rPrChange>',
        # Shown before and after: hiding switched off explicitly (w:val="0").
        f'<w:vanish w:val="0"/><w:rPrChange w:id="{nid()}" w:author="Japan"{DATE}><w:rPr/></w:rPrChange>',
    ],
)
def test_a_formatting_change_that_hides_and_shows_nothing_leaves_one_version(rpr: str) -> None:
    """Only a formatting change that hides or shows words makes two versions: the
    original of a file whose change leaves the words as hidden or shown as they were is
    still said to be the accepted version."""
    body = F + REC + op(f"<w:r><w:rPr>{rpr}</w:rPr>{t('Decides to act;')}</w:r>")
    original = load(docx(body), path="x.docx", version="original")
    assert "docx-untracked" in [w.code for w in original.warnings]


@pytest.mark.parametrize("rpr", ["<w:vanish/>", "<w:strike/>"])
def test_a_field_mark_in_a_run_left_out_still_divides_its_field(rpr: str) -> None:
    """A field's marks open, divide and close it whatever their run's formatting: a
    "separate" in a hidden (or, accepted, struck) run read as none left the field's
    result out as instruction text, without a warning."""

    def mark(kind: str, props: str = "") -> str:
        return f'<w:r><w:rPr>{props}</w:rPr><w:fldChar w:fldCharType="{kind}"/></w:r>'

    field = (
        mark("begin")
        + r'<w:r><w:instrText xml:space="preserve"> REF _Ref1 \h </w:instrText></w:r>'
        + mark("separate", rpr)
        + r("S/2024/123")
        + mark("end")
    )
    body = F + REC + op(r("Takes note of the report "), field, r(" of the Secretary-General;"))
    for version in ("original", "accepted"):
        draft = load(docx(body), path="x.docx", version=version)  # type: ignore[arg-type]
        assert [c.text for c in draft.walk()][-1] == (
            "Takes note of the report S/2024/123 of the Secretary-General;"
        ), version
