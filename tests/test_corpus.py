"""The corpus index: built, opened, extended, read back, and refused when it is not one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from corpus_fixtures import SEIZED, renewal, resolution, write_series

import resdiff
from resdiff.cli import main
from resdiff.corpus import Corpus, CorpusError
from resdiff.corpus.ingest import expand_sources, fold, paragraph_key, read_metadata
from resdiff.corpus.store import SCHEMA_VERSION


@pytest.fixture
def series(tmp_path: Path) -> list[Path]:
    return write_series(tmp_path / "texts")


@pytest.fixture
def built(tmp_path: Path, series: list[Path]) -> Corpus:
    corpus = Corpus.build([tmp_path / "texts"], tmp_path / "corpus.rdx", scheduler="sync")
    yield corpus
    corpus.close()


def test_a_build_stores_each_text_with_what_its_reader_found(
    built: Corpus, series: list[Path]
) -> None:
    documents = built.documents()
    assert [d.symbol for d in documents] == [
        "S/RES/2000 (2019)",
        "S/RES/2001 (2020)",
        "S/RES/2002 (2021)",
    ]
    first = documents[0]
    assert str(first.date) == "2019-03-20"
    assert (first.status, first.kind, first.organ) == ("adopted", "resolution", "Security Council")
    assert first.path == str(series[0]) and first.format == "text"
    assert (first.preamble, first.operative) == (2, 4)
    assert built.last_build.indexed == tuple(str(p) for p in series)
    assert (built.last_build.documents, built.last_build.paragraphs) == (3, 18)


def test_paragraphs_keep_the_engine_analysis_and_the_draft_comes_back_whole(
    built: Corpus, series: list[Path]
) -> None:
    paragraphs = built.paragraphs("S/RES/2001 (2020)")
    assert [p.ref for p in paragraphs] == ["PP1", "PP2", "OP1", "OP2", "OP3", "OP4"]
    mandate = paragraphs[2]
    assert (mandate.lead, mandate.axis_a) == ("decide", 6)
    assert mandate.folded == fold(mandate.text)
    assert mandate.clause.phrases and mandate.clause.phrases[0].lemma == "decide"
    assert built.draft("S/RES/2001 (2020)") == resdiff.parse(series[1])


def test_documents_are_found_by_symbol_date_status_and_title(built: Corpus) -> None:
    assert built.document("S/RES/2002 (2021)").date.year == 2021  # type: ignore[union-attr]
    assert [d.symbol for d in built.documents(since=_date("2020-01-01"))] == [
        "S/RES/2001 (2020)",
        "S/RES/2002 (2021)",
    ]
    assert len(built.documents(until=_date("2019-12-31"))) == 1
    assert len(built.documents(status="adopted", organ="Security Council")) == 3
    assert built.documents(symbol="S/RES/9999 (2030)") == []
    with pytest.raises(KeyError):
        built.document("S/RES/9999 (2030)")


def test_adding_skips_unchanged_files_and_replaces_a_changed_one(
    built: Corpus, series: list[Path], tmp_path: Path
) -> None:
    report = built.add([tmp_path / "texts"], scheduler="sync")
    assert report.indexed == () and len(report.unchanged) == 3
    preamble, operative = renewal(2021, verb="Further decides")
    series[2].write_text(resolution(2002, _date("2021-03-20"), preamble, operative))
    report = built.add([series[2]], scheduler="sync")
    assert report.replaced == (str(series[2]),) and report.indexed == (str(series[2]),)
    assert len(built) == 3
    (mandate,) = [p for p in built.paragraphs("S/RES/2002 (2021)") if p.ref == "OP1"]
    assert mandate.text.startswith("Further decides")
    # The old version's words no longer propose it as a candidate: postings were updated.
    ids = {p.id for d in built.documents() for p in built.paragraphs(d)}
    terms = built.term_index()
    assert len(terms.postings("further")) == 1
    extend = terms.postings("extend")
    assert len(extend) == 3 and set(extend) <= ids


def test_a_changed_file_named_from_another_folder_replaces_its_earlier_version(
    series: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Paths were stored as given: a file indexed as "texts/x.txt" and added again as
    # "/abs/texts/x.txt" (or from another folder) was a second text of the same symbol.
    monkeypatch.chdir(tmp_path)
    with Corpus.build(["texts"], "corpus.rdx", scheduler="sync") as corpus:
        assert {d.path for d in corpus.documents()} == {str(p) for p in series}
    preamble, operative = renewal(2021, verb="Further decides")
    series[2].write_text(resolution(2002, _date("2021-03-20"), preamble, operative))
    monkeypatch.chdir(series[2].parent)
    with Corpus.open(tmp_path / "corpus.rdx", writable=True) as corpus:
        report = corpus.add([series[2].name], scheduler="sync")
        assert report.replaced == (str(series[2]),)
        assert len(corpus) == 3


def test_an_unreadable_file_is_reported_and_the_rest_indexed(
    tmp_path: Path, series: list[Path]
) -> None:
    (tmp_path / "texts" / "empty.txt").write_text("   \n")
    with Corpus.build([tmp_path / "texts"], tmp_path / "c.rdx", scheduler="sync") as corpus:
        (failure,) = corpus.last_build.failed
        assert failure.path.endswith("empty.txt") and "empty.txt" in failure.error
        assert len(corpus) == 3


def test_sources_are_files_folders_and_globs_in_a_stable_order(
    tmp_path: Path, series: list[Path]
) -> None:
    folder = tmp_path / "texts"
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.txt").write_text("ignored")
    (folder / "notes.csv").write_text("ignored")
    assert expand_sources([folder]) == [str(p) for p in series]
    assert expand_sources([str(folder / "*2020.txt"), series[1]]) == [str(series[1])]
    with pytest.raises(CorpusError, match="no such file or folder"):
        expand_sources([tmp_path / "missing"])
    with pytest.raises(CorpusError, match="matches no file"):
        expand_sources([str(tmp_path / "*.xml")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="no file resdiff reads"):
        expand_sources([tmp_path / "empty"])


def test_agreed_language_keys_fold_case_spelling_punctuation_and_spacing() -> None:
    a = fold("Decides to remain actively seized of the matter.")
    b = fold("decides to  remain actively-seized of the matter")
    assert paragraph_key(a) == paragraph_key(b)
    assert fold("Authorises the programme") == fold("authorizes the program")
    assert paragraph_key(fold(SEIZED)) != paragraph_key(fold("Decides to remain seized."))


# ---------------------------------------------------------------------------------------
# A file that is not an index


def test_a_missing_file_a_folder_and_a_text_file_are_no_index(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such index file"):
        Corpus.open(tmp_path / "none.rdx")
    with pytest.raises(CorpusError, match="is a directory"):
        Corpus.open(tmp_path)
    text = tmp_path / "draft.txt"
    text.write_text("The Security Council,\n\n1. Decides to act.\n")
    with pytest.raises(CorpusError, match=r"draft\.txt: not a resdiff index"):
        Corpus.open(text)


def test_another_sqlite_database_is_no_index(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(CorpusError, match="without resdiff's tables"):
        Corpus.open(other)
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('format', 'something-else')")
    with pytest.raises(CorpusError, match="names no resdiff format"):
        Corpus.open(other)


def test_an_index_from_a_newer_resdiff_says_to_upgrade(built: Corpus) -> None:
    path = built.path
    built.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(CorpusError, match=f"newer resdiff .*schema {SCHEMA_VERSION + 1}.*upgrade"):
        Corpus.open(path)


def test_a_corrupt_index_is_one_error_naming_the_file(built: Corpus, tmp_path: Path) -> None:
    path = built.path
    built.close()
    data = path.read_bytes()
    truncated = tmp_path / "truncated.rdx"
    truncated.write_bytes(data[: len(data) // 3])
    garbled = tmp_path / "garbled.rdx"
    garbled.write_bytes(data[:100] + b"\xff" * (len(data) - 100))
    for broken in (truncated, garbled):
        wanted = rf"{broken.name}: (corrupt index|not a resdiff)"
        with pytest.raises(CorpusError, match=wanted), Corpus.open(broken) as corpus:
            for document in corpus.documents():
                corpus.paragraphs(document)
                corpus.draft(document)


def test_stored_data_that_does_not_inflate_is_a_corrupt_index(built: Corpus) -> None:
    path = built.path
    built.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE paragraphs SET clause = x'00112233' WHERE id = 1")
        db.execute("UPDATE documents SET date = 'not a date' WHERE id = 2")
    with Corpus.open(path) as corpus:
        with pytest.raises(CorpusError, match="corrupt index: paragraph 1"):
            corpus.paragraphs(corpus.document(1))
        with pytest.raises(CorpusError, match="corrupt index: document 2"):
            corpus.documents()


def test_damaged_rows_are_a_corrupt_index_not_a_traceback(
    built: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zlib

    from resdiff.corpus import index

    path = built.path
    built.close()
    # A blob that inflates past the bound (lowered here, so the test stays small).
    monkeypatch.setattr(index, "_MAX_INFLATED", 100_000)
    bomb = zlib.compress(b"[" * 1_000_000, 9)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE paragraphs SET clause = ? WHERE id = 1", (zlib.compress(b"[" * 5000),))
        db.execute("UPDATE paragraphs SET clause = ? WHERE id = 2", (bomb,))
        db.execute("UPDATE paragraphs SET measures = ? WHERE id = 3", ("[" * 100_000,))
        db.execute("UPDATE documents SET draft = ? WHERE id = 1", (zlib.compress(b'{"x": 1}'),))
        db.execute("UPDATE terms SET postings = x'010203' WHERE term = 'utopia'")
    with Corpus.open(path) as corpus:
        for pid, message in [
            (1, "paragraph 1 is unreadable"),
            (2, "paragraph 2 inflates past"),
            (3, "paragraph 3 has unreadable measures"),
        ]:
            with pytest.raises(CorpusError, match=f"corpus.rdx: corrupt index: {message}"):
                corpus.paragraphs_by_id([pid])
        with pytest.raises(CorpusError, match="document 1 holds no readable draft"):
            corpus.draft(1)
        terms = corpus.term_index()
        with pytest.raises(CorpusError, match="postings of 'utopia' are not whole ids"):
            terms.postings("utopia")


def test_a_read_only_index_is_not_written(built: Corpus, tmp_path: Path) -> None:
    path = built.path
    built.close()
    (new,) = write_series(tmp_path / "more", range(2022, 2023))
    with Corpus.open(path) as corpus, pytest.raises(CorpusError, match="cannot write"):
        corpus.add([new], scheduler="sync")
    with Corpus.open(path) as corpus:
        assert len(corpus) == 3


# ---------------------------------------------------------------------------------------
# Metadata


def test_metadata_gives_the_agenda_item_and_a_missing_title(
    tmp_path: Path, series: list[Path]
) -> None:
    meta = tmp_path / "meta.jsonl"
    rows = [
        {"symbol": "S/RES/2000 (2019)", "resolution_title": "[on Utopia]",
         "agenda_item_name": "The situation in Utopia"},
        {"symbol": "S/RES/2001 (2020)", "agenda": "The situation in Utopia"},
    ]  # fmt: skip
    meta.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    with Corpus.build([series[0], series[1]], tmp_path / "c.rdx", metadata=[meta],
                      scheduler="sync") as corpus:  # fmt: skip
        first, second = corpus.documents()
        assert (first.title, first.agenda) == ("[on Utopia]", "The situation in Utopia")
        assert (second.title, second.agenda) == (None, "The situation in Utopia")
        assert [d.symbol for d in corpus.documents(title="UTOPIA")] == ["S/RES/2000 (2019)"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"symbol": "S/RES/1 (2020)"}\n{oops\n', r"meta\.jsonl:2: not a JSON object"),
        ('["S/RES/1 (2020)"]\n', r"meta\.jsonl:1: expected a JSON object with a \"symbol\""),
        ('{"symbol": "S/RES/1 (2020)", "title": 7}\n', r"meta\.jsonl:1: title must be a string"),
        ("[" * 100_000 + "\n", r"meta\.jsonl:1: not a JSON object"),
    ],
)
def test_bad_metadata_names_the_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    meta = tmp_path / "meta.jsonl"
    meta.write_text(content)
    with pytest.raises(CorpusError, match=message):
        read_metadata([meta])


# ---------------------------------------------------------------------------------------
# The command line


def test_index_build_add_and_info_at_the_command_line(
    tmp_path: Path, series: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "corpus.rdx"
    assert main(["index", "build", str(series[0]), "-o", str(index), "--scheduler", "sync"]) == 0
    assert "indexed 1 file;" in capsys.readouterr().err
    code = main(["index", "add", str(tmp_path / "texts"), "--index", str(index),
                 "--scheduler", "sync"])  # fmt: skip
    assert code == 0
    err = capsys.readouterr().err
    assert "indexed 2 files, 1 unchanged (skipped)" in err and "holds 3 texts" in err
    assert main(["index", "info", "--index", str(index)]) == 0
    out = capsys.readouterr().out
    assert "3 texts, 18 paragraphs" in out and "2019-03-20 to 2021-03-20" in out


def test_index_commands_refuse_bad_input_with_one_line(
    tmp_path: Path, series: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "texts" / "blob.txt").write_bytes(b"\x00\x01binary")
    index = tmp_path / "c.rdx"
    assert main(["index", "build", str(tmp_path / "texts"), "-o", str(index),
                 "--scheduler", "sync"]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert "warning: not indexed:" in err and "blob.txt" in err and "1 failed" in err
    assert len(Corpus.open(index)) == 3
    assert main(["index", "add", str(series[0]), "--index", str(series[0])]) == 2
    assert "not a resdiff index" in capsys.readouterr().err
    assert main(["index", "build", str(tmp_path / "nothing"), "-o", str(index)]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["index", "build", str(series[0]), "-o", str(index),
                 "--scheduler", "ftp://x"]) == 2  # fmt: skip
    assert "expected 'processes', 'sync' or a cluster address" in capsys.readouterr().err


def test_a_build_does_not_replace_a_file_that_is_not_an_index(
    tmp_path: Path, series: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # "-o" pointing at a draft once replaced the draft with an index, silently.
    draft = series[0].read_bytes()
    args = ["index", "build", str(tmp_path / "texts"), "--scheduler", "sync"]
    assert main([*args, "-o", str(series[0])]) == 2
    err = capsys.readouterr().err
    # A draft of the folder is an input, refused before any work.
    assert err.count("\n") == 1 and "is an input of this command" in err
    assert series[0].read_bytes() == draft
    other = tmp_path / "notes.txt"
    other.write_text("not an index\n", encoding="utf-8")
    assert main([*args, "-o", str(other)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "exists and is not a resdiff index: not replaced" in err
    assert other.read_text(encoding="utf-8") == "not an index\n"
    index = tmp_path / "c.rdx"
    assert main([*args, "-o", str(index)]) == 0
    assert main([*args, "-o", str(index)]) == 0  # an index is rebuilt in place
    assert len(Corpus.open(index)) == 3


def _date(text: str):  # type: ignore[no-untyped-def]
    import datetime

    return datetime.date.fromisoformat(text)


def _a_new_text(series: list[Path]) -> Path:
    """A fourth text beside the three of ``series``, for an add to write."""
    preamble, operative = renewal(2022, verb="Further decides")
    path = series[2].with_name("fourth.txt")
    path.write_text(resolution(2003, _date("2022-03-20"), preamble, operative))
    return path


def test_an_add_whose_write_fails_rolls_back_and_says_so_as_a_corpus_error(
    built: Corpus, series: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The round's texts are written, then its postings merged: a failure there leaves
    # none of the round's texts in the index, and the SQLite error is a CorpusError.
    def fails(added: object, removed: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(built, "_merge_postings", fails)
    with pytest.raises(CorpusError, match="cannot write the index: disk I/O error"):
        built.add([_a_new_text(series)], scheduler="sync")
    assert len(built) == 3 and not built._connection.in_transaction
    # The index is still writable: the next add (the failure gone) goes through.
    monkeypatch.undo()
    assert len(built.add([series[2].with_name("fourth.txt")], scheduler="sync").indexed) == 1
    assert len(built) == 4


def test_an_add_interrupted_rolls_back_and_the_interruption_goes_on(
    built: Corpus, series: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(added: object, removed: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(built, "_merge_postings", interrupted)
    with pytest.raises(KeyboardInterrupt):
        built.add([_a_new_text(series)], scheduler="sync")
    assert len(built) == 3 and not built._connection.in_transaction


def test_an_sqlite_error_that_ended_the_transaction_is_still_a_corpus_error(
    built: Corpus, series: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite rolls some failures back itself (a full disk, out of memory): the ROLLBACK
    # after them has no transaction to end, and its own error ("cannot rollback - no
    # transaction is active") must not hide the first one as a bare sqlite3 error.
    def disk_full(added: object, removed: object) -> None:
        built._connection.execute("ROLLBACK")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(built, "_merge_postings", disk_full)
    with pytest.raises(CorpusError, match="database or disk is full"):
        built.add([_a_new_text(series)], scheduler="sync")
    assert len(built) == 3
