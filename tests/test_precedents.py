"""Precedents: agreed, adapted and new language against an index of earlier texts, the
date limit, the JSON contract and the reports."""

from __future__ import annotations

import datetime as _dt
import io
import json
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import CORPUS, needs_corpus
from corpus_fixtures import MONTHS, SHARED_PREAMBLE, renewal, resolution, write_series

from resdiff.cli import main
from resdiff.corpus import Corpus, Precedents
from resdiff.corpus.model import PrecedentOptions
from resdiff.render.precedents import render_precedents, verdict_phrase

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "resdiff" / "schemas" / "precedents.schema.json"

NEW_PARAGRAPH = (
    "Welcomes the establishment of a joint commission on fisheries and coastal "
    "management between the two neighbouring island republics;"
)


def draft_text(date: _dt.date, verb: str = "Calls upon the Secretary-General") -> str:
    """A 2022 draft: the shared recitals (agreed language), the mandate paragraph
    softened from "Decides to extend" to ``verb``, a reporting paragraph as before, and a
    new paragraph."""
    when = f"{date.day} {MONTHS[date.month - 1]} {date.year}"
    preamble, operative = renewal(date.year)
    operative[0] = (
        f"{verb} to extend the mandate of the United Nations Mission in Utopia until "
        f"31 March {date.year + 1};"
    )
    operative.insert(3, NEW_PARAGRAPH)
    lines = [f"S/{date.year}/100                                   {when}", "",
             "Security Council", "", "Utopia and Atlantis: draft resolution", "",
             "The Security Council,", ""]  # fmt: skip
    lines += [p + "\n" for p in preamble]
    lines += [f"{k}. {p}\n" for k, p in enumerate(operative, 1)]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("precedents")
    texts = write_series(folder / "texts")
    # A renewal adopted after the draft, whose words the draft has too: never a precedent.
    preamble, operative = renewal(2023, extra=NEW_PARAGRAPH)
    later = folder / "texts" / "S_RES_2010_2023.txt"
    later.write_text(resolution(2010, _dt.date(2023, 3, 20), preamble, operative))
    # A draft in the index is no agreed language.
    (folder / "texts" / "other-draft.txt").write_text(draft_text(_dt.date(2020, 6, 1)))
    path = folder / "corpus.rdx"
    Corpus.build([*texts, later, folder / "texts" / "other-draft.txt"], path,
                 scheduler="sync").close()  # fmt: skip
    (folder / "draft.txt").write_text(draft_text(_dt.date(2022, 3, 1)))
    return path


@pytest.fixture(scope="module")
def found(index: Path) -> Precedents:
    with Corpus.open(index) as corpus:
        return corpus.precedents(index.parent / "draft.txt")


def test_each_paragraph_is_agreed_adapted_or_new(found: Precedents) -> None:
    statuses = {p.ref: p.status for p in found.paragraphs}
    assert statuses == {
        "PP1": "agreed",
        "PP2": "agreed",
        "OP1": "adapted",
        "OP2": "agreed",
        "OP3": "agreed",
        "OP4": "new",
        "OP5": "agreed",
    }
    assert found.counts == {"agreed": 5, "adapted": 1, "new": 1}


def test_agreed_language_names_every_earlier_text_most_recent_first(found: Precedents) -> None:
    pp1 = found.paragraph("PP1")
    assert [p.symbol for p in pp1.precedents] == [
        "S/RES/2002 (2021)",
        "S/RES/2001 (2020)",
        "S/RES/2000 (2019)",
    ]
    assert pp1.agreed_count == 3
    assert {p.ref for p in pp1.precedents} == {"PP1"}
    assert all(p.kind == "unchanged" and p.similarity == 1.0 for p in pp1.precedents)
    assert verdict_phrase(pp1) == "agreed language of S/RES/2002 (2021) PP1 (and 2 earlier texts)"


def test_adapted_language_carries_the_engine_verdict_against_its_precedent(
    found: Precedents,
) -> None:
    op1 = found.paragraph("OP1")
    best = op1.precedents[0]
    assert (best.symbol, best.ref) == ("S/RES/2002 (2021)", "OP1")
    assert 0.5 <= best.similarity < 1.0
    assert best.kind == "softened"
    assert any(
        s.feature == "verb" and (s.old, s.new) == ("decides", "calls upon") for s in best.shifts
    )
    assert (-1, "Decides") in best.redline
    assert verdict_phrase(op1).startswith(
        "softens the language of S/RES/2002 (2021) OP1 ("
    ) and "decides → calls upon" in verdict_phrase(op1)
    # The precedents are ranked: the nearest renewal first, older ones after it.
    assert [p.date.year for p in op1.precedents if p.date] == [2021, 2020, 2019]


def test_no_precedent_is_younger_than_the_draft(found: Precedents) -> None:
    assert found.before == _dt.date(2022, 3, 1)
    dates = [q.date for p in found.paragraphs for q in p.precedents]
    assert dates and all(d is not None and d < found.before for d in dates)
    # The 2023 renewal holds the new paragraph word for word, and is left out.
    assert found.paragraph("OP4").precedents == ()
    assert (found.excluded_later, found.excluded_not_adopted, found.documents) == (1, 1, 3)


def test_before_narrows_the_texts_searched(index: Path) -> None:
    with Corpus.open(index) as corpus:
        early = corpus.precedents(index.parent / "draft.txt", before=_dt.date(2020, 1, 1))
        assert early.documents == 1
        assert {q.symbol for p in early.paragraphs for q in p.precedents} == {"S/RES/2000 (2019)"}
        late = corpus.precedents(index.parent / "draft.txt", before=_dt.date(2024, 1, 1))
        assert late.paragraph("OP4").status == "agreed"
        strict = corpus.precedents(
            index.parent / "draft.txt", options=PrecedentOptions(threshold=0.99, best=1)
        )
        assert strict.paragraph("OP1").status == "new"


def test_an_indexed_text_is_not_its_own_precedent(index: Path) -> None:
    with Corpus.open(index) as corpus:
        own = corpus.draft("S/RES/2001 (2020)")
        found = corpus.precedents(own, before=_dt.date(2030, 1, 1))
        assert found.excluded_self == 1
        assert "S/RES/2001 (2020)" not in {q.symbol for p in found.paragraphs for q in p.precedents}


# ---------------------------------------------------------------------------------------
# The JSON contract


def test_the_json_validates_against_the_published_schema_and_round_trips(
    found: Precedents,
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(found.model_dump_json())
    assert data["schema"] == "resdiff.precedents/3"
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    first = data["paragraphs"][2]["precedents"][0]
    assert {"symbol", "date", "ref", "similarity", "kind", "shifts"} <= set(first)
    assert Precedents.model_validate_json(found.model_dump_json()) == found


def test_the_checked_in_schema_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "precedents"]) == 0
    current = json.loads(capsys.readouterr().out)
    assert current == json.loads(SCHEMA.read_text()), (
        "run: resdiff schema precedents > resdiff/schemas/precedents.schema.json"
    )


# ---------------------------------------------------------------------------------------
# Reports


def test_the_html_report_marks_each_paragraph_and_links_its_precedents(
    found: Precedents,
) -> None:
    html = str(render_precedents(found, "html"))
    assert 'http-equiv="Content-Security-Policy"' in html and "default-src &#x27;none&#x27;" in html
    assert html.count('<tr id="draft-') == 7
    assert 'href="#prec-OP1-0"' in html and 'id="prec-OP1-0"' in html
    assert "agreed language" in html and "new language" in html
    assert "<del>Decides</del>" in html
    assert "<script" not in html and "http://" not in html.replace("http-equiv", "")


def test_the_html_report_escapes_the_draft(index: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        draft_text(_dt.date(2022, 3, 1)).replace("Utopia and Atlantis", "Utopia")
        + "\n7. Welcomes <script>alert(1)</script> & <b>bold</b> efforts;\n"
    )
    with Corpus.open(index) as corpus:
        html = str(render_precedents(corpus.precedents(hostile), "html"))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_text_markdown_and_word_reports(found: Precedents) -> None:
    text = str(found)
    assert text.startswith("Precedents of S/2022/100\n")
    assert "OP1   softens the language of S/RES/2002 (2021) OP1" in text
    assert "[-Decides-] {+Calls upon the Secretary-General+}" in text
    assert "OP4   new language" in text
    markdown = render_precedents(found, "md")
    assert isinstance(markdown, str)
    assert "| OP1 | adapted | S/RES/2002 (2021) OP1 |" in markdown
    assert "> ~~Decides~~ **Calls upon the Secretary-General**" in markdown
    data = render_precedents(found, "docx")
    assert isinstance(data, bytes)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        document = ElementTree.fromstring(package.read("word/document.xml"))
    words = "".join(t.text or "" for t in document.iter() if t.tag.endswith("}t"))
    assert "softens the language of S/RES/2002 (2021) OP1" in words
    assert NEW_PARAGRAPH in words
    strikes = [r for r in document.iter() if r.tag.endswith("}strike")]
    assert strikes


def test_precedents_at_the_command_line(
    index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = str(index.parent / "draft.txt")
    assert main(["precedents", draft, "--index", str(index)]) == 0
    assert "OP1   softens the language of" in capsys.readouterr().out
    for suffix in ("html", "md", "json", "docx"):
        out = tmp_path / f"report.{suffix}"
        assert main(["precedents", draft, "--index", str(index), "-o", str(out)]) == 0
        assert out.stat().st_size > 500
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["before"] == "2022-03-01" and len(data["paragraphs"]) == 7
    assert main(["precedents", draft, "--index", str(index), "--before", "2019-12-31",
                 "--format", "json"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["documents"] == 1


def test_a_draft_older_than_every_text_is_warned_of(
    index: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Nothing to search once read "N paragraphs: ... N new" with no other word on it.
    draft = str(index.parent / "draft.txt")
    assert main(["precedents", draft, "--index", str(index), "--before", "1900-01-01"]) == 0
    captured = capsys.readouterr()
    assert "0 agreed language, 0 adapted" in captured.out
    assert captured.err == (
        f"resdiff: warning: {index}: no adopted text dated before 1900-01-01 to search: "
        "every paragraph is reported as new language\n"
    )
    assert main(["precedents", draft, "--index", str(index)]) == 0
    assert capsys.readouterr().err == ""


def test_precedents_refuse_bad_input_with_one_line(
    index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = str(index.parent / "draft.txt")
    assert main(["precedents", draft, "--index", draft]) == 2
    assert "not a resdiff index" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    assert main(["precedents", str(empty), "--index", str(index)]) == 2
    assert "empty.txt" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["precedents", draft, "--index", str(index), "--before", "last year"])
    assert "expected a date as YYYY-MM-DD" in capsys.readouterr().err
    assert main(["precedents", draft, "--index", str(index), "-o", str(index)]) == 2
    assert "would be overwritten" in capsys.readouterr().err


def test_shared_recitals_are_the_fixture_s_agreed_language() -> None:
    # A guard on the fixture itself: the statuses above mean something only if the draft
    # repeats the recitals word for word and rewrites the mandate paragraph.
    text = draft_text(_dt.date(2022, 3, 1))
    assert all(p in text for p in SHARED_PREAMBLE)
    assert "Decides to extend" not in text and "Calls upon the Secretary-General" in text


# ---------------------------------------------------------------------------------------
# Real texts


@needs_corpus
def test_a_real_renewal_finds_last_year_s_text(tmp_path: Path) -> None:
    # UNFICYP, Cyprus: renewed every six months; 2618 (January 2022) against the 2020-2021
    # renewals and one unrelated text.
    names = ["S_RES_2506_2020", "S_RES_2537_2020", "S_RES_2587_2021", "S_RES_2504_2020"]
    files = [CORPUS / "akn" / f"{n}.xml" for n in names]
    with Corpus.build(files, tmp_path / "c.rdx", scheduler="sync") as corpus:
        found = corpus.precedents(CORPUS / "akn" / "S_RES_2618_2022.xml")
    assert found.before == _dt.date(2022, 1, 27)
    symbols = {q.symbol for p in found.paragraphs for q in p.precedents}
    assert symbols <= {"S/RES/2506 (2020)", "S/RES/2537 (2020)", "S/RES/2587 (2021)"}
    counts = found.counts
    assert counts["agreed"] >= 2 and counts["adapted"] >= 15
    last = found.paragraph("OP20")  # "Decides to remain seized of the matter."
    assert last.status == "agreed" and last.agreed_count == 3
    # The Varosha paragraph, OP3, is adapted from 2587's operative Varosha paragraph
    # (OP14), not "promoted" from its recital PP7, which scores a little higher.
    varosha = found.paragraph("OP3").precedents[0]
    assert (varosha.symbol, varosha.ref) == ("S/RES/2587 (2021)", "OP14")
    assert not any(s.feature == "section" for s in varosha.shifts)


def test_the_draft_line_says_what_it_counts(found: Precedents) -> None:
    # "2 preambular and 5 operative" said nothing about what was counted.
    text = render_precedents(found, "text")
    assert isinstance(text, str)
    assert "2 preambular and 5 operative paragraphs" in text.replace("\n", " ")


def test_a_precedents_word_report_parsed_is_warned_of(found: Precedents, tmp_path: Path) -> None:
    # Review of user14: `resdiff parse` of a precedents Word report read its matter as a
    # draft ("OP1 Precedents of S/2022/100 ...") without the warning a comparison's
    # Word report gets.
    from resdiff import parse

    path = tmp_path / "precedents.docx"
    path.write_bytes(render_precedents(found, "docx"))
    warnings = [w for w in parse(path).warnings if w.code == "docx-report"]
    assert len(warnings) == 1
    assert "a resdiff precedents report, not a draft" in warnings[0].message
