"""Hostile and degenerate input: each case is the smallest input that once broke the
reader (a hang, a traceback, a tree nested without bound, a character let through), kept
so that it never comes back."""

from __future__ import annotations

import time

import pytest

import resdiff
from resdiff.errors import ResdiffError, ResolutionParseError
from resdiff.model import MAX_CLAUSE_DEPTH, Draft, clause_depth
from resdiff.render import render

HEAD = "The Security Council,\n\nRecalling x,\n\n"


def _timed(fn: object) -> float:
    assert callable(fn)
    start = time.process_time()
    fn()
    return time.process_time() - start


def test_markdown_heading_with_a_long_run_of_spaces_reads_at_once() -> None:
    text = "# a" + " " * 3000 + "b\n\nThe Security Council,\n\n1. Decides.\n"
    elapsed = _timed(lambda: resdiff.parse(text, format="markdown"))
    assert elapsed < 1.0


@pytest.mark.parametrize(
    ("line", "title"),
    [("# Title", "Title"), ("## Title ##", "Title"), ("# a  b ## #", "a  b ##"), ("#\tx#", "x")],
)
def test_markdown_heading_closing_hashes_are_stripped(line: str, title: str) -> None:
    from resdiff.read.text import _md_heading

    assert _md_heading(line) == title


def test_seven_hashes_are_no_heading() -> None:
    from resdiff.read.text import _md_heading

    assert _md_heading("####### x") is None


def test_paragraph_numbers_above_999_are_paragraph_numbers() -> None:
    text = HEAD + "".join(f"{i}. Decides item {i}.\n\n" for i in range(1, 1302))
    draft = resdiff.parse(text, analyze=False)
    assert len(draft.operative) == 1301
    assert draft.operative[999].ref == "OP1000"
    assert draft.operative[-1].text == "Decides item 1301."


def test_a_year_opening_a_line_is_no_paragraph_number() -> None:
    text = HEAD + "1. Decides to act in\n2006. Nothing else.\n"
    draft = resdiff.parse(text, analyze=False)
    assert [c.ref for c in draft.operative] == ["OP1"]
    assert "2006." in draft.operative[0].text


def test_a_repeated_label_is_a_sibling_with_a_warning() -> None:
    draft = resdiff.parse(HEAD + "1. Decides:\n(a) x\n(a) y\n(b) z\n", analyze=False)
    children = draft.operative[0].children
    assert [c.ref for c in children] == ["OP1(a)", "OP1(a)-2", "OP1(b)"]
    assert all(not c.children for c in children)
    repeats = [w for w in draft.warnings if w.code == "numbering-repeat"]
    assert len(repeats) == 1 and repeats[0].line == 7 and "(a)" in repeats[0].message


def test_four_hundred_repeated_labels_stay_flat_and_round_trip() -> None:
    draft = resdiff.parse(HEAD + "1. Decides:\n" + "(a) x\n" * 400)
    assert clause_depth(draft.operative) == 2
    assert len(draft.operative[0].children) == 400
    assert Draft.model_validate_json(draft.model_dump_json()) == draft
    assert resdiff.compare(draft, draft).changes is not None


def _deepest_text() -> str:
    # Bullets indented two more each line: each a list inside the one before.
    return HEAD + "1. Decides:\n" + "".join(" " * (2 * i) + f"- item {i}\n" for i in range(30))


def test_nesting_past_the_limit_is_kept_flat_with_a_warning_and_nothing_lost() -> None:
    draft = resdiff.parse(_deepest_text())
    assert clause_depth(draft.operative) == MAX_CLAUSE_DEPTH
    words = " ".join(c.text for c in draft.walk())
    assert all(f"item {i}" in words for i in range(30))
    assert any(w.code == "too-deep" for w in draft.warnings)


def test_outline_and_every_renderer_work_at_the_deepest_depth() -> None:
    draft = resdiff.parse(_deepest_text())
    outline = draft.outline()
    assert "item 29" in outline
    comparison = resdiff.compare(draft, draft.model_copy())
    for fmt in ("text", "markdown", "html", "json"):
        assert render(comparison, fmt)
    assert Draft.model_validate_json(draft.model_dump_json()) == draft


def test_docx_and_notebook_render_at_the_deepest_depth() -> None:
    from resdiff.notebook import comparison_dataframe
    from resdiff.render.docx import render_docx

    draft = resdiff.parse(_deepest_text())
    changed = resdiff.parse(_deepest_text().replace("item 29", "item twenty-nine"))
    comparison = resdiff.compare(draft, changed)
    assert render_docx(comparison)[:2] == b"PK"
    assert len(comparison_dataframe(comparison, children=True)) > 0


def test_akn_nested_past_the_limit_is_kept_flat() -> None:
    n = 60
    points = "<point><num>(a)</num><content><p>x</p></content>" * n + "</point>" * n
    xml = (
        '<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/'
        'akn/3.0"><doc name="resolution"><preface><p>The Security Council,</p></preface>'
        "<preamble><p>Recalling x,</p></preamble><mainBody><paragraph><num>1.</num><intro>"
        f"<p>Decides:</p></intro><list>{points}</list></paragraph></mainBody></doc>"
        "</akomaNtoso>"
    )
    draft = resdiff.parse(xml, format="akn")
    assert clause_depth(draft.operative) == MAX_CLAUSE_DEPTH
    assert sum(1 for _ in draft.walk()) == 1 + 1 + n
    assert [w.code for w in draft.warnings].count("too-deep") == 1


def test_a_lone_surrogate_is_an_error_naming_line_and_column() -> None:
    with pytest.raises(ResolutionParseError) as caught:
        resdiff.parse(HEAD + "1. Decides \ud800.\n")
    assert (caught.value.line, caught.value.column) == (5, 12)
    assert "surrogate" in str(caught.value)


def test_a_nul_byte_after_the_first_8_kb_is_binary_as_before_them() -> None:
    with pytest.raises(ResolutionParseError) as caught:
        resdiff.parse("x " * 5000 + "\x00y")
    assert (caught.value.line, caught.value.column) == (1, 10001)
    assert "binary" in str(caught.value)


def test_a_nul_character_in_utf16_text_is_binary() -> None:
    with pytest.raises(ResolutionParseError) as caught:
        resdiff.parse((HEAD + "1. Decides\x00.\n").encode("utf-16"))
    assert caught.value.line == 5


def test_errors_are_resdiff_errors() -> None:
    for bad in ("\ud800", "\x00", b"\xff\xfe\x00\xd8"):
        with pytest.raises(ResdiffError):
            resdiff.parse(bad)


def _spec(tmp_path: object, text: str) -> str:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    path = tmp_path / "spec.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


_MIN_RULE = (
    '[[rule]]\nname = "a"\ntype = "min_strength"\nparagraph = { ref = "OP1" }\n'
    'axis = "force"\nat_least = '
)


@pytest.mark.parametrize("value", ["[" * 5000 + "]" * 5000, "{a=" * 5000 + "1" + "}" * 5000])
def test_red_lines_value_nested_5000_deep_is_an_error_naming_the_file(
    tmp_path: object, value: str
) -> None:
    from resdiff.errors import SpecError
    from resdiff.negotiation.red_lines import load_red_lines

    path = _spec(tmp_path, "x = " + value + "\n")
    with pytest.raises(SpecError) as caught:
        load_red_lines(path)
    assert caught.value.path == path and "nested too deep" in str(caught.value)


@pytest.mark.parametrize("value", ["true", "false"])
def test_a_bool_is_not_a_tier(tmp_path: object, value: str) -> None:
    from resdiff.errors import SpecError
    from resdiff.negotiation.red_lines import load_red_lines

    with pytest.raises(SpecError) as caught:
        load_red_lines(_spec(tmp_path, _MIN_RULE + value + "\n"))
    assert caught.value.line == 6 and f"{value} is not a tier" in str(caught.value)


def test_a_tier_number_is_still_a_tier(tmp_path: object) -> None:
    from resdiff.negotiation.red_lines import load_red_lines

    assert load_red_lines(_spec(tmp_path, _MIN_RULE + "1\n")).rules


def test_many_units_after_a_paragraph_are_read_in_linear_time() -> None:
    # Found by benchmarks/fuzz.py (1,000,000-input campaign, 30 November): every unit
    # looked at the final punctuation of the paragraph before it by joining all of that
    # paragraph's lines, and each unit joined it onto that paragraph: 4,000 repeated
    # lines took 35 s. Now only the paragraph's last lines are joined for the check.
    text = "The Security Council,\n\nRecalling x,\n\n1. Deplores all missile transfer;\n\n"
    text += "24-09862 (E)issile transfer;\n\n" * 4000
    start = time.process_time()
    draft = resdiff.parse(text, format="markdown", analyze=False)
    assert time.process_time() - start < 3.0
    assert "24-09862" in draft.operative[0].text or any("24-09862" in c.text for c in draft.walk())


def test_a_paragraph_of_many_lines_is_joined_once_per_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Found by benchmarks/fuzz.py: every stage that asked for a paragraph's text joined
    # all its lines again, nine times for a paragraph of 20,000 hyphenated lines "x-"
    # (1.0 s, 17 s per MB). A count of the joins, not a time, so that a loaded machine
    # cannot fail it.
    from resdiff.read.text import lines

    text = "The Security Council,\n\nRecalling x,\n\n1. Decides that:\n" + "x-\n" * 20000
    joined: list[int] = []
    real = lines._join_lines

    def counted(found: list[lines._Line]) -> str:
        joined.append(len(found))
        return real(found)

    monkeypatch.setattr(lines, "_join_lines", counted)
    draft = resdiff.parse(text, analyze=False)
    assert "xx" in draft.operative[0].full_text()
    assert sum(1 for n in joined if n > 1000) <= 2  # the paragraph, and its clause


def test_one_line_units_are_tidied_once_per_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # Found while timing benchmarks/fuzz.py's dense shapes: the stages asked for each
    # one-line unit's text about six times, and each time tidied it again (a third of the
    # read of 10,000 Markdown-like headings "# a"). A count of the tidyings, not a time,
    # so that a loaded machine cannot fail it.
    from resdiff.read.text import lines

    units = 2000
    text = "The Security Council,\n\nRecalling x,\n\n1. Decides:\n" + "(a) x\n" * units
    tidied: list[str] = []
    real = lines._join_lines

    def counted(found: list[lines._Line]) -> str:
        if len(found) == 1:
            tidied.append(found[0].text)
        return real(found)

    monkeypatch.setattr(lines, "_join_lines", counted)
    draft = resdiff.parse(text, analyze=False, limits=resdiff.Limits(max_paragraphs=units + 10))
    assert len(list(draft.walk())) == units + 2
    # Each distinct line once: the repeated "(a) x" lines are one text.
    assert len(tidied) == len(set(tidied))


def _akn(body: str) -> str:
    return (
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
        '<statement name="resolution"><preamble><formula name="enactingFormula"><p>The '
        "Security Council,</p></formula><container><p>Recalling x,</p></container>"
        f"</preamble><mainBody>{body}</mainBody></statement></akomaNtoso>"
    )


def test_akn_points_with_one_repeated_label_are_read_in_linear_time() -> None:
    # Found while timing hostile AKN shapes: each repeated "(a)" searched every ref of its
    # list from "-2" upwards, cubic in the points (2,000 points, 109 KB: 14 s).
    n = 2000
    points = "<point><num>(a)</num><content><p>x</p></content></point>" * n
    xml = _akn(f"<paragraph><num>1.</num><list><intro><p>Decides:</p></intro>{points}</list>"
               "</paragraph>")  # fmt: skip
    draft: Draft | None = None

    def read() -> None:
        nonlocal draft
        draft = resdiff.parse(xml, format="akn", analyze=False)

    assert _timed(read) < 3.0
    assert draft is not None
    refs = [c.ref for c in draft.operative[0].children]
    assert refs[:3] == ["OP1(a)", "OP1(a)-2", "OP1(a)-3"] and refs[-1] == f"OP1(a)-{n}"


def test_akn_headings_find_their_clauses_in_linear_time() -> None:
    # Found while timing hostile AKN shapes: every heading looked for the clause after it
    # through every clause of the draft, quadratic (8,000 headings: 4.6 s).
    n = 16000
    # One element a line: a heading stands before the first clause on a later line.
    body = "".join(
        f"<subheading>Part</subheading>\n<paragraph><num>{i}.</num><content><p>Decides x."
        "</p></content></paragraph>\n"
        for i in range(1, n + 1)
    )
    draft: Draft | None = None

    def read() -> None:
        nonlocal draft
        draft = resdiff.parse(_akn(body), format="akn", analyze=False)

    assert _timed(read) < 5.0
    assert draft is not None
    befores = [h.before for h in draft.headings]
    assert befores[0] == "OP1" and befores[-1] == f"OP{n}" and len(befores) == n


def _count_joins(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of the texts the reader joins from lines, appended as it joins them:
    a quadratic join shows in their sum whatever the machine's load."""
    from resdiff.read.text import lines

    joined: list[int] = []
    real = lines._join_lines

    def counted(found: list[lines._Line]) -> str:
        out = real(found)
        joined.append(len(out))
        return out

    monkeypatch.setattr(lines, "_join_lines", counted)
    return joined


def test_a_paragraph_broken_by_many_pages_is_not_joined_again_at_each_break(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Found by the 1,000,000-input campaign of 1 December (seed 1202, input 606755): at
    # every page break inside a paragraph that had not ended, the reader joined all the
    # paragraph's lines so far to count its words, quadratic (3.6 s per MB). A count of
    # the characters joined, not a time, so that a loaded machine cannot fail it.
    segment = (
        "Calls upon programme related security mandate co-operation as\n"
        "_______________\n1 See S/2023/506, annex.\n"
    )
    text = (
        "The Security Council,\n\nRecalling x,\n\n1. Decides that all States shall act\n"
        + segment * 300
        + "\n2. Decides to remain seized of the matter.\n"
    )
    joined = _count_joins(monkeypatch)
    draft = resdiff.parse(text, analyze=False)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP2"]
    assert sum(joined) < 2 * len(text)  # was 127 times the text


def test_a_paragraph_number_repeated_thousands_of_times_is_read_in_linear_time() -> None:
    # Found while timing hostile texts: each repeat of "1." looked for a free ref from
    # "OP1-2" upwards, quadratic (8,000 paragraphs "1.": 6.6 s, 55 s per MB).
    n = 12000
    text = HEAD + "1. Decides x.\n\n" * n
    draft: Draft | None = None

    def read() -> None:
        nonlocal draft
        draft = resdiff.parse(text, analyze=False)

    assert _timed(read) < 4.0
    assert draft is not None
    refs = [c.ref for c in draft.operative]
    assert refs[:3] == ["OP1", "OP1-2", "OP1-3"] and refs[-1] == f"OP1-{n}"
    assert [w.code for w in draft.warnings].count("numbering-repeat") == n - 1


def test_an_enumeration_inside_a_long_paragraph_is_not_joined_again_at_each_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Found by the campaign of 1 December (seed 1301, input 40782, Markdown, 35 s per MB):
    # each wrapped line opening with "(2)" inside a paragraph that holds "(1)" asked
    # whether the paragraph's joined text held "(1)", joining all its lines again:
    # quadratic. A count of the characters joined, not a time.
    text = (
        "The Security Council,\n\nRecalling x,\n\n1. Decides that (1) the parties act\n"
        + "(2) that the States act and\n" * 2000
        + "(3) that all act.\n\n2. Decides to remain seized of the matter.\n"
    )
    joined = _count_joins(monkeypatch)
    draft = resdiff.parse(text, analyze=False)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP2"]
    assert sum(joined) < 3 * len(text)


def test_the_look_below_a_list_item_does_not_walk_the_text_from_its_start() -> None:
    # Found by benchmarks/fuzz.py (twentieth session, seed 20): the look for the item
    # after "(a)" took the forty lines below it with itertools.islice, which walks the
    # list from its first line, so each item cost as many steps as lines above it: 406 KB
    # of items among hyphenated lines read at 2.4 s per MB, 0.8 s per MB at a quarter of
    # it. The lines are read by slice now; a list that refuses to be walked from its
    # start shows it without a clock.
    from resdiff.read.text.lines import _Line
    from resdiff.read.text.openers import _next_item_below

    class NotFromTheStart(list[_Line]):
        def __iter__(self):  # type: ignore[no-untyped-def]
            raise AssertionError("the lines were walked from the first")

    lines = NotFromTheStart(_Line(no=n, text="x-") for n in range(5000))
    lines[4001] = _Line(no=4001, text="(b) the next item;")
    assert _next_item_below(lines, 4000, "(a)")
    assert not _next_item_below(lines, 4100, "(a)")
