"""The Akoma Ntoso (AKN4UN) reader: real corpus files, hostile XML, and round trips.

Expected values were checked by reading the XML files by hand (counts of ``container``
and numbered ``paragraph`` elements, the ``workflow/step`` attributes).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import resdiff.read as read
from resdiff.errors import ResolutionParseError
from resdiff.model import Draft
from resdiff.read.akn import MAX_DEPTH, parse_akn, split_sponsors

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"
FILES = sorted(CORPUS.glob("*.xml")) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(
    not FILES, reason=f"AKN corpus not found at {CORPUS} (../shared/corpus/akn)"
)


def _read(name: str) -> Draft:
    path = CORPUS / name
    return parse_akn(path.read_text(encoding="utf-8"), path=str(path))


# name, symbol, draft symbol, sponsors (first ones), number of sponsors, date, PP, OP,
# some sub-paragraph refs that must exist
TABLE = [
    (
        "S_RES_2504_2020.xml",
        "S/RES/2504 (2020)",
        "S/2020/24",
        ("Belgium", "Germany"),
        2,
        dt.date(2020, 1, 10),
        6,
        10,
        (),
    ),
    (
        "S_RES_2512_2020.xml",
        "S/RES/2512 (2020)",
        "S/2020/155",
        ("Niger",),
        1,
        dt.date(2020, 2, 28),
        14,
        27,
        ("OP2(a)", "OP2(a)(1)", "OP2(a)(2)", "OP2(b)(1)", "OP5(e)"),
    ),
    (
        "S_RES_2552_2020.xml",
        "S/RES/2552 (2020)",
        "S/2020/1106",
        ("France",),
        1,
        dt.date(2020, 11, 12),
        23,
        55,
        ("OP31(a)(i)", "OP32(e)(iii)", "OP32(e)(vii)"),
    ),
    (
        "S_RES_2558_2020.xml",
        "S/RES/2558 (2020)",
        "S/2020/1246",
        ("Saint Vincent and the Grenadines",),
        1,
        dt.date(2020, 12, 21),
        8,
        6,
        (),
    ),
    (
        "S_RES_2580_2107516E.xml",
        "S/RES/2580 (2021)",
        "S/2021/530",
        ("China", "Estonia", "France", "India"),
        15,
        dt.date(2021, 6, 8),
        1,
        1,
        (),
    ),
    (
        "S_RES_2628_2022.xml",
        "S/RES/2628 (2022)",
        "S/2022/277",
        ("United Kingdom of Great Britain and Northern Ireland",),
        1,
        dt.date(2022, 3, 31),
        27,
        55,
        ("PP16(i)", "PP16(x)", "OP53(g)"),
    ),
    (
        "S_RES_2573_2105595E.xml",
        "S/RES/2573 (2021)",
        "S/2021/402",
        ("Angola", "Armenia"),
        65,
        dt.date(2021, 4, 27),
        22,
        12,
        ("OP9(a)", "OP9(b)"),
    ),
]


@needs_corpus
@pytest.mark.parametrize(
    ("name", "symbol", "draft", "sponsors", "n_sponsors", "date", "n_pp", "n_op", "refs"),
    TABLE,
    ids=[row[0] for row in TABLE],
)
def test_known_files(
    name: str,
    symbol: str,
    draft: str,
    sponsors: tuple[str, ...],
    n_sponsors: int,
    date: dt.date,
    n_pp: int,
    n_op: int,
    refs: tuple[str, ...],
) -> None:
    d = _read(name)
    assert d.symbol == symbol
    assert d.draft_symbol == draft
    assert d.sponsors[: len(sponsors)] == sponsors
    assert len(d.sponsors) == n_sponsors
    assert d.date == date
    assert d.kind == "resolution"
    assert d.organ == "Security Council"
    assert len(d.preamble) == n_pp
    assert len(d.operative) == n_op
    for ref in refs:
        assert d.clause(ref).ref == ref
    assert [c.ref for c in d.preamble] == [f"PP{i}" for i in range(1, n_pp + 1)]
    assert [c.ref for c in d.operative] == [f"OP{i}" for i in range(1, n_op + 1)]


@needs_corpus
def test_masthead_formula_and_text_2504() -> None:
    d = _read("S_RES_2504_2020.xml")
    assert d.masthead == (
        "United Nations",
        "S/RES/2504 (2020)",
        "Security Council",
        "Distr.: General",
        "10 January 2020",
        "Resolution 2504 (2020)",
        "Adopted by the Security Council at its 8700th meeting, on 10 January 2020",
    )
    assert d.adoption == "Adopted by the Security Council at its 8700th meeting, on 10 January 2020"
    assert d.enacting_formula == "The Security Council,"
    assert d.preamble[1].text.startswith("Reaffirming its strong commitment to the sovereignty")
    assert d.preamble[0].label is None
    op10 = d.clause("OP10")
    assert op10.label == "10."
    assert op10.text == "Decides to remain actively seized of the matter."
    # Curly apostrophes are kept as printed (folded only for comparison).
    assert "United Nations\u2019 and their implementing partners\u2019" in d.clause("OP4").text
    assert op10.span is not None and op10.span.first_line == 234
    assert op10.span.last_line == 239


@needs_corpus
def test_sublists_and_bullets_2512() -> None:
    d = _read("S_RES_2512_2020.xml")
    op2 = d.clause("OP2")
    assert op2.text.endswith("requests that UNIOGBIS focus on the following phases:")
    assert [c.label for c in op2.children] == ["(a)", "(b)"]
    a = d.clause("OP2(a)")
    assert a.text == "Phase II (post-electoral phase)"
    # en-dash bullets are numbered by position
    assert [c.ref for c in a.children] == ["OP2(a)(1)", "OP2(a)(2)"]
    assert a.children[0].label == "–"
    assert a.children[0].text.startswith("UNIOGBIS will continue to perform its good offices")
    # a parent's text holds none of its children's words
    assert "good offices function" not in op2.text
    headings = [h.text for h in d.headings]
    assert headings[0] == "Renewal of UNIOGBIS\u2019s mandate"
    assert d.headings[0].before == "OP1"
    assert d.clause("OP1").heading == "Renewal of UNIOGBIS\u2019s mandate"


@needs_corpus
def test_subheading_paragraphs_become_headings_2509() -> None:
    d = _read("S_RES_2509_2020.xml")
    assert [(h.text, h.before) for h in d.headings][:3] == [
        (
            "Prevention of Illicit Exports of Petroleum, including Crude Oil and Refined "
            "Petroleum Products",
            "OP1",
        ),
        ("Effective Oversight of the Financial Institutions", "OP5"),
        ("Arms Embargo", "OP6"),
    ]
    assert all(h.section == "operative" for h in d.headings)


@needs_corpus
def test_unnumbered_points_are_headings_or_continuations() -> None:
    # 2552: "Urgent temporary measures:" is an unnumbered point whose sublist holds (iii);
    # the printed text numbers (i) to (vii) in one run under (e).
    d = _read("S_RES_2552_2020.xml")
    e = d.clause("OP32(e)")
    assert [c.label for c in e.children] == ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)"]
    assert d.clause("OP32(e)(iii)").heading == "Urgent temporary measures:"
    assert d.clause("OP32(e)(iv)").heading == "Special Criminal Court (SCC):"
    assert d.clause("OP32(e)(vi)").heading == "Rule of law:"
    # 2514: an unnumbered point that is a further paragraph of (c) joins (c)'s text, and
    # its list becomes (c)'s sub-paragraphs.
    d = _read("S_RES_2514_2020.xml")
    c = d.clause("OP8(c)")
    assert c.text.startswith("Supporting the Implementation of the Revitalised Agreement")
    assert "To carry out, within its capabilities, the following tasks" in c.text
    assert c.children[0].ref == "OP8(c)(i)"


@needs_corpus
def test_footnote_2558() -> None:
    d = _read("S_RES_2558_2020.xml")
    assert len(d.footnotes) == 1
    note = d.footnotes[0]
    assert note.mark == "1"
    assert note.text == "A/74/976-S/2020/773."
    assert note.line == 194
    pp8 = d.clause("PP8")
    assert "sustaining peace,1 and the valuable inputs" in pp8.text
    assert "A/74/976" not in pp8.text


@needs_corpus
def test_single_unnumbered_paragraph_2580() -> None:
    d = _read("S_RES_2580_2107516E.xml")
    assert len(d.operative) == 1
    op1 = d.operative[0]
    assert op1.label is None
    assert op1.text.startswith("Recommends to the General Assembly that Mr. António Guterres")


@needs_corpus
def test_preamble_block_list_2628() -> None:
    d = _read("S_RES_2628_2022.xml")
    pp16 = d.clause("PP16")
    assert pp16.text.startswith("Recognising that military action alone")
    assert [c.label for c in pp16.children][:3] == ["(i)", "(ii)", "(iii)"]
    assert pp16.children[0].section == "preamble"
    assert pp16.children[1].text == "anti-corruption,"
    assert d.closing == ("*",)


@needs_corpus
def test_annexes_and_numbered_headings_2551() -> None:
    d = _read("S_RES_2551_2020.xml")
    assert [a.title for a in d.annexes] == ["Annex A", "Annex B", "Annex C"]
    annex_a = d.annexes[0]
    assert annex_a.paragraphs[0] == "Items subject to the Committee\u2019s advance approval"
    assert annex_a.paragraphs[1] == (
        "1. Surface to air missiles, including Man-Portable Air-Defence Systems (MANPADS);"
    )
    texts = [h.text for h in d.headings]
    assert "(i) Exemptions, advance approvals and notifications" in texts
    assert "Reporting" in texts  # held in a mainBody <container>
    assert len(d.operative) == 38
    # annex paragraphs are not operative paragraphs
    assert all("MANPADS" not in c.text for c in d.walk())


@needs_corpus
def test_no_enacting_formula_2573() -> None:
    d = _read("S_RES_2573_2105595E.xml")
    assert d.enacting_formula is None
    assert d.preamble[0].text.startswith("Reiterating its primary responsibility")


@needs_corpus
def test_load_goes_through_the_akn_reader() -> None:
    path = CORPUS / "S_RES_2504_2020.xml"
    d = read.load(str(path))
    assert d.source is not None and d.source.format == "akn"
    assert d.symbol == "S/RES/2504 (2020)"
    assert d.source.sha256 is not None


# --------------------------------------------------------------------------------------
# Every file of the corpus


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_file_parses(path: Path) -> None:
    d = parse_akn(path.read_text(encoding="utf-8"), path=str(path))
    assert d.symbol and d.symbol.startswith("S/RES/")
    assert d.draft_symbol and d.draft_symbol.startswith("S/20")
    # S/RES/2638 (2022) (a date for an ICJ election) had no sponsors: its "by" is empty.
    assert d.sponsors or path.name == "S_RES_2638_2022.xml"
    assert d.date is not None
    assert d.preamble and d.operative
    refs = [c.ref for c in d.walk()]
    assert len(refs) == len(set(refs)), "refs must be unique"
    for clause in d.walk():
        # A paragraph may consist only of its sub-paragraphs ("11. (a) Expresses ...",
        # S/RES/2592 OP11 and OP14, S/RES/2605 OP58): then its own text is empty.
        assert clause.text or clause.children, f"{clause.ref} has no text"
        assert clause.span is not None
        assert clause.span.first_line <= clause.span.last_line
        for child in clause.children:
            assert child.ref.startswith(clause.ref + "(")
            assert child.section == clause.section
    for heading in d.headings:
        assert heading.text
    assert Draft.model_validate_json(d.model_dump_json()) == d


# --------------------------------------------------------------------------------------
# Sponsors


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("Belgium and Germany", ("Belgium", "Germany")),
        ("France", ("France",)),
        ("", ()),
        (
            "Germany and United Kingdom of Great Britain and Northern Ireland",
            ("Germany", "United Kingdom of Great Britain and Northern Ireland"),
        ),
        (
            "Trinidad and Tobago, Saint Kitts and Nevis and Bosnia and Herzegovina",
            ("Trinidad and Tobago", "Saint Kitts and Nevis", "Bosnia and Herzegovina"),
        ),
        (
            "Samoa, Ireland, Ireland, and United States of America",
            ("Samoa", "Ireland", "United States of America"),
        ),
        (
            "Antigua and Barbuda and Sao Tome and Principe",
            ("Antigua and Barbuda", "Sao Tome and Principe"),
        ),
    ],
)
def test_split_sponsors(by: str, expected: tuple[str, ...]) -> None:
    assert split_sponsors(by) == expected


# --------------------------------------------------------------------------------------
# Hostile and broken input

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<akomaNtoso><statement><preamble><container><p>&lol9;</p></container></preamble>
</statement></akomaNtoso>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<akomaNtoso><statement><mainBody><paragraph><num>1.</num>
<content><p>&xxe;</p></content></paragraph></mainBody></statement></akomaNtoso>
"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE akomaNtoso SYSTEM "http://example.invalid/akn.dtd">
<akomaNtoso><statement><mainBody/></statement></akomaNtoso>
"""

MINIMAL = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <preamble>
      <formula name="enactingFormula"><p>The Security Council,</p></formula>
      <container name="Recalling"><p><span class="italic">Recalling</span> its resolutions,</p>
      </container>
    </preamble>
    <mainBody>
      <paragraph><num>1.</num><content><p><span>Decides</span> to remain seized.</p>
      </content></paragraph>
    </mainBody>
  </statement>
</akomaNtoso>
"""


@pytest.mark.parametrize(
    "xml",
    [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD],
    ids=["billion-laughs", "external-entity", "external-dtd"],
)
def test_doctype_and_entities_are_refused(xml: str) -> None:
    with pytest.raises(ResolutionParseError, match="DOCTYPE or entity") as info:
        parse_akn(xml, path="evil.xml")
    assert info.value.path == "evil.xml"
    assert info.value.line == 2
    assert "root:" not in str(info.value)


def test_refused_through_load() -> None:
    with pytest.raises(ResolutionParseError, match="DOCTYPE"):
        read.load(BILLION_LAUGHS)


def test_malformed_xml_names_line_and_column() -> None:
    bad = MINIMAL.replace("</content></paragraph>", "</paragraph>")
    with pytest.raises(ResolutionParseError, match="malformed XML: mismatched tag") as info:
        parse_akn(bad, path="broken.xml")
    assert info.value.line == 10
    assert info.value.column is not None
    assert str(info.value).startswith("broken.xml:10:")


def test_undefined_entity_is_malformed() -> None:
    with pytest.raises(ResolutionParseError, match="undefined entity"):
        parse_akn(MINIMAL.replace("seized.", "seized &nbsp;"))


def test_not_akn() -> None:
    with pytest.raises(ResolutionParseError, match=r"root element <akomaNtoso>.*found <html>"):
        parse_akn("<html><body><p>Hello</p></body></html>", path="page.xml")
    with pytest.raises(ResolutionParseError, match="expected a <preamble> or <mainBody>"):
        parse_akn("<akomaNtoso><statement><meta/></statement></akomaNtoso>")
    with pytest.raises(ResolutionParseError, match="expected a document element"):
        parse_akn("<akomaNtoso/>")


def test_too_deep() -> None:
    xml = "<akomaNtoso>" + "<a>" * (MAX_DEPTH + 5) + "</a>" * (MAX_DEPTH + 5) + "</akomaNtoso>"
    with pytest.raises(ResolutionParseError, match="nested more than"):
        parse_akn(xml)


def test_minimal_document() -> None:
    d = parse_akn(MINIMAL)
    assert d.enacting_formula == "The Security Council,"
    assert [c.text for c in d.preamble] == ["Recalling its resolutions,"]
    assert [(c.ref, c.label, c.text) for c in d.operative] == [
        ("OP1", "1.", "Decides to remain seized.")
    ]
    assert d.symbol is None and d.sponsors == ()
    assert Draft.model_validate_json(d.model_dump_json()) == d
