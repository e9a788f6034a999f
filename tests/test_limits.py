"""The limits that protect a server using resdiff as a library: input size and number of
paragraphs, each with a default, overridable, and a clear error naming the limit."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import resdiff
from resdiff.api import limits_in_force
from resdiff.cli import main
from resdiff.errors import ResolutionParseError
from resdiff.model import Limits

HEAD = "The Security Council,\n\nRecalling x,\n\n"


def _ops(n: int) -> str:
    return HEAD + "".join(f"{i}. Decides item {i}.\n\n" for i in range(1, n + 1))


def test_defaults_are_20_mb_and_20000_paragraphs() -> None:
    assert Limits() == Limits(max_bytes=20 * 1024 * 1024, max_paragraphs=20_000)


def test_too_many_paragraphs_names_the_limit_and_how_to_raise_it() -> None:
    with pytest.raises(ResolutionParseError) as caught:
        resdiff.parse(_ops(10), limits=Limits(max_paragraphs=10))
    message = str(caught.value)
    assert "11 paragraphs" in message and "limit of 10" in message
    assert "Limits(max_paragraphs=" in message and "--max-paragraphs" in message


def test_sub_paragraphs_count_towards_the_limit() -> None:
    text = HEAD + "1. Decides:\n(a) x\n(b) y\n"
    assert resdiff.parse(text, limits=Limits(max_paragraphs=4))
    with pytest.raises(ResolutionParseError):
        resdiff.parse(text, limits=Limits(max_paragraphs=3))


def test_the_text_reader_stops_at_the_limit_and_names_the_line() -> None:
    # 60,000 one-line items once took 1.6 s to build before the count refused them; the
    # reader now stops at the item that passes the limit and says where that was.
    text = HEAD + "1. Decides:\n" + "".join(f"({i}) item {i};\n" for i in range(1, 200))
    with pytest.raises(ResolutionParseError) as caught:
        resdiff.parse(text, limits=Limits(max_paragraphs=5))
    error = caught.value
    assert "more than the limit of 5 paragraphs" in str(error)
    assert "--max-paragraphs" in str(error)
    # PP1 (line 3), OP1 (line 5) and items (1)-(4) (lines 6-9) make six clauses: the
    # sixth, on line 9, passes the limit; the reader stops there instead of reading the
    # other 195 items.
    assert error.line == 9


def test_the_clause_that_passes_the_limit_is_named_wherever_it_stands() -> None:
    # A heading after the clause that passes the limit is not named instead of it, and
    # the last unit passing it gives the same refusal as any other.
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to act;\n\n"
        "2. Decides to act;\n\nFinal provisions\n\n3. Decides to remain seized.\n"
    )
    for limit, line in ((2, 7), (3, 11)):
        with pytest.raises(ResolutionParseError) as caught:
            resdiff.parse(text, limits=Limits(max_paragraphs=limit))
        assert caught.value.line == line, limit
        assert "more than the limit of" in str(caught.value)


def test_a_draft_at_the_limit_is_read() -> None:
    assert len(resdiff.parse(_ops(9), limits=Limits(max_paragraphs=10)).operative) == 9


def test_too_many_bytes_in_text_bytes_and_a_file(tmp_path: Path) -> None:
    text = _ops(3)
    limit = Limits(max_bytes=len(text) - 1)
    file = tmp_path / "draft.txt"
    file.write_text(text, encoding="utf-8")
    for source in (text, text.encode(), file, str(file)):
        with pytest.raises(ResolutionParseError) as caught:
            resdiff.parse(source, limits=limit)
        assert f"limit of {len(text) - 1:,} bytes" in str(caught.value)
        assert "--max-bytes" in str(caught.value)
    assert resdiff.parse(file, limits=Limits(max_bytes=len(text)))


def test_compare_applies_the_limits_to_both_drafts() -> None:
    small, large = _ops(2), _ops(5)
    with pytest.raises(ResolutionParseError):
        resdiff.compare(small, large, limits=Limits(max_paragraphs=4))
    assert resdiff.compare(small, large, limits=Limits(max_paragraphs=6))


def test_a_draft_already_read_is_held_to_the_limit_too() -> None:
    draft = resdiff.parse(_ops(5))
    with pytest.raises(ResolutionParseError):
        resdiff.compare(draft, draft, limits=Limits(max_paragraphs=3))


def test_limits_in_force_apply_inside_and_only_inside() -> None:
    with limits_in_force(Limits(max_paragraphs=3)), pytest.raises(ResolutionParseError):
        resdiff.parse(_ops(5))
    assert resdiff.parse(_ops(5))


def test_limits_in_force_are_local_to_a_thread() -> None:
    seen: list[bool] = []

    def other() -> None:
        seen.append(bool(resdiff.parse(_ops(5))))

    with limits_in_force(Limits(max_paragraphs=3)):
        worker = threading.Thread(target=other)
        worker.start()
        worker.join()
    assert seen == [True]


def test_cli_max_paragraphs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "draft.txt"
    file.write_text(_ops(5), encoding="utf-8")
    assert main(["parse", str(file), "--max-paragraphs", "3"]) == 2
    err = capsys.readouterr().err
    assert "limit of 3" in err and "--max-paragraphs" in err and "Traceback" not in err
    assert main(["parse", str(file), "--max-paragraphs", "6"]) == 0


def test_cli_max_bytes_for_compare_and_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(_ops(2), encoding="utf-8")
    new.write_text(_ops(3), encoding="utf-8")
    assert main(["compare", str(old), str(new), "--max-bytes", "20"]) == 2
    assert "limit of 20 bytes" in capsys.readouterr().err
    assert main(["history", str(old), str(new), "--max-bytes", "20"]) == 2
    assert "limit of 20 bytes" in capsys.readouterr().err
    assert main(["compare", str(old), str(new), "--max-bytes", "100000"]) == 0


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_cli_refuses_a_limit_that_is_no_positive_number(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["parse", "x.txt", "--max-bytes", value])
    assert caught.value.code == 2
    assert "--max-bytes" in capsys.readouterr().err


# ---------------------------------------------------------------- the Word reader's


def _word(n: int) -> bytes:
    """A Word draft of the formula and ``n`` typed operative paragraphs."""
    from resdiff.testing.wordfile import WordDocument

    doc = WordDocument()
    doc.paragraph("The Security Council,")
    for i in range(1, n + 1):
        doc.paragraph(f"{i}. Decides item {i};")
    return doc.to_bytes()


def test_the_word_limits_default_to_what_they_were() -> None:
    from resdiff.read.docx import MAX_UNCOMPRESSED
    from resdiff.read.docx.reader import MAX_PARAGRAPH_ELEMENTS

    limits = Limits()
    assert limits.max_docx_unpacked_bytes == MAX_UNCOMPRESSED == 64 * 1024 * 1024
    assert limits.max_docx_paragraphs == MAX_PARAGRAPH_ELEMENTS == 200_000
    assert limits.max_docx_elements == 2_000_000


def test_the_word_paragraph_limit_is_the_callers_and_says_how_to_raise_it() -> None:
    """It was a constant: a 210,000-paragraph .docx was refused whatever Limits said."""
    data = _word(30)
    with pytest.raises(ResolutionParseError) as caught:
        resdiff.parse(data, format="docx", limits=Limits(max_docx_paragraphs=30))
    assert str(caught.value) == (
        "word/document.xml: more than 30 paragraphs, empty ones included (a printed "
        "resolution has a few hundred; raise it: limits=Limits(max_docx_paragraphs=...) in "
        "Python)"
    )
    draft = resdiff.parse(data, format="docx", limits=Limits(max_docx_paragraphs=31))
    assert len(draft.operative) == 30
    with limits_in_force(Limits(max_docx_paragraphs=30)), pytest.raises(ResolutionParseError):
        resdiff.parse(data, format="docx")
    from resdiff.read.docx import parse_docx

    with pytest.raises(ResolutionParseError, match="more than 30 paragraphs"):
        parse_docx(data, limits=Limits(max_docx_paragraphs=30))


def test_the_word_unpacked_size_is_the_callers_and_says_how_to_raise_it(tmp_path: Path) -> None:
    data = _word(3)
    small = Limits(max_docx_unpacked_bytes=1_000)
    file = tmp_path / "draft.docx"
    file.write_bytes(data)
    for source in (data, file):
        with pytest.raises(ResolutionParseError) as caught:
            resdiff.compare(source, _ops(3), limits=small)
        message = str(caught.value)
        assert "more than the limit of 1,000 bytes" in message
        assert "raise it: limits=Limits(max_docx_unpacked_bytes=...) in Python" in message
    assert resdiff.parse(file, limits=Limits(max_docx_unpacked_bytes=1_000_000))


def _pdf_pages(count: int) -> bytes:
    """A PDF of ``count`` blank pages."""
    import io

    pdfium = pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
    document = pdfium.PdfDocument.new()
    for _ in range(count):
        document.new_page(612, 792)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_pdf_page_limit_is_the_callers_and_says_how_to_raise_it(tmp_path: Path) -> None:
    data = _pdf_pages(3)
    with pytest.raises(ResolutionParseError) as caught:
        resdiff.parse(data, format="pdf", limits=Limits(max_pdf_pages=2))
    assert "PDF has 3 pages, more than the limit of 2" in str(caught.value)
    assert "raise it: limits=Limits(max_pdf_pages=...) in Python" in str(caught.value)
    # Within the limit, the same file goes on to be read (and is refused for what it
    # is: blank pages).
    with pytest.raises(ResolutionParseError, match="pages are blank"):
        resdiff.parse(data, format="pdf", limits=Limits(max_pdf_pages=3))
    file = tmp_path / "three.pdf"
    file.write_bytes(data)
    with limits_in_force(Limits(max_pdf_pages=2)), pytest.raises(ResolutionParseError):
        resdiff.parse(file)


def test_the_pdf_character_limits_are_the_callers() -> None:
    from pdf_fixtures import one_page_pdf
    from test_read_pdf import _OPENING

    data = one_page_pdf(_OPENING)
    assert resdiff.parse(data, format="pdf").operative
    with pytest.raises(ResolutionParseError, match=r"Limits\(max_pdf_page_chars=\.\.\.\)"):
        resdiff.parse(data, format="pdf", limits=Limits(max_pdf_page_chars=10))
    with pytest.raises(ResolutionParseError, match=r"Limits\(max_pdf_chars=\.\.\.\)"):
        resdiff.parse(data, format="pdf", limits=Limits(max_pdf_chars=10))


def test_a_text_far_over_the_paragraph_limit_is_refused_before_it_is_read() -> None:
    # 850,000 one-line paragraphs (16 MB, under the size limit) were refused only after
    # every pass of the reader over every line: 27-48 s and 836 MB (API review, 3
    # December). One scan now counts the numbered lines and the blocks of text.
    import time

    numbered = "The Security Council,\n\n" + "".join(
        f"{k}. Decides x.\n" for k in range(1, 850_001)
    )
    blocks = "The Security Council,\n\n" + "Recalling x,\n\n" * 850_000 + "1. Decides.\n"
    for text, line in ((numbered, 40_003), (blocks, 160_001)):
        start = time.process_time()
        with pytest.raises(ResolutionParseError, match="more than the limit of 20,000") as err:
            resdiff.parse(text.encode())
        assert time.process_time() - start < 5, "refused after reading"
        assert err.value.line == line
    # A draft just under the limit still reads, its numbered lines and blocks included.
    under = "The Security Council,\n\n" + "".join(f"{k}. Decides x.\n" for k in range(1, 301))
    assert len(resdiff.parse(under, limits=resdiff.Limits(max_paragraphs=300)).operative) == 300


def test_an_akn_text_far_over_the_paragraph_limit_is_refused_before_it_is_built() -> None:
    # 250,000 paragraphs of Akoma Ntoso (20 MB) were all built, then counted: 17-29 s and
    # 958 MB to be refused (API review, 3 December).
    import time

    paragraphs = "".join(
        f"<paragraph><num>{i}.</num><content><p>Decides {i};</p></content></paragraph>"
        for i in range(60_000)
    )
    xml = (
        '<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/'
        f'akn/3.0"><statement name="resolution"><meta/><mainBody>{paragraphs}</mainBody>'
        "</statement></akomaNtoso>"
    )
    start = time.process_time()
    with pytest.raises(ResolutionParseError, match="more than the limit of 20,000"):
        resdiff.parse(xml.encode())
    assert time.process_time() - start < 3, "refused after building"


def test_blank_lines_however_many_do_not_count_as_paragraphs() -> None:
    # Twenty paragraphs and 170,000 blank lines (170 KB) were refused as more than 20,000
    # paragraphs: each pair of blank lines counted as a block (a stranger's review).
    text = HEAD + "1. Decides:\n" + "".join(f"({i}) item {i};\n" for i in range(1, 20))
    text += "\n" * 170_000 + "2. Decides to remain seized of the matter.\n"
    assert len(resdiff.parse(text, analyze=False).operative) == 2
