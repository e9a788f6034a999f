"""The parsed ``languages.toml`` kept in the user's cache (resdiff.read.language._parsed):
read back as tomllib parses the file, and passed over when damaged or of another shape."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

import pytest

from resdiff.read import language
from resdiff.read.text import patterns


@pytest.fixture
def raw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return language._data_folder().joinpath("languages.toml").read_text(encoding="utf-8")


def _cache_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "resdiff").glob("languages-*.json"))


def test_the_cached_parse_equals_the_files(raw: str, tmp_path: Path) -> None:
    expected = tomllib.loads(raw)
    assert language._parsed(raw) == expected  # parsed, and kept
    assert len(_cache_files(tmp_path)) == 1
    assert language._parsed(raw) == expected  # read back
    assert language._read_profiles(language._parsed(raw)) == language._read_profiles(expected)


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        json.dumps({"stopwords": {"en": "the"}, "scripts": {}, "names": {}}).encode(),
        json.dumps(
            {"stopwords": {}, "scripts": {"x": {"language": "x", "ranges": [[1]]}}, "names": {}}
        ).encode(),
        json.dumps([1, 2]).encode(),
    ],
)
def test_a_cache_file_of_another_shape_is_passed_over(
    raw: str, tmp_path: Path, body: bytes
) -> None:
    language._parsed(raw)
    (path,) = _cache_files(tmp_path)
    head = json.loads(path.read_bytes().partition(b"\n")[0])
    head["sha256"] = hashlib.sha256(body).hexdigest()  # a body whose checksum holds
    path.write_bytes(json.dumps(head).encode() + b"\n" + body)
    assert language._parsed(raw) == tomllib.loads(raw)


def test_a_damaged_cache_file_is_passed_over(raw: str, tmp_path: Path) -> None:
    language._parsed(raw)
    (path,) = _cache_files(tmp_path)
    path.write_bytes(path.read_bytes()[:-5])
    assert language._parsed(raw) == tomllib.loads(raw)


# ``hyphens.toml`` (the text reader's word lists) is kept the same way.


def _hyphens(tmp_path: Path) -> list[Path]:
    raw = language._data_folder().joinpath("hyphens.toml").read_text(encoding="utf-8")
    parsed = patterns.parsed_toml(raw, patterns._HYPHENS_FORMAT, "hyphens-", patterns._word_tables)
    assert parsed == tomllib.loads(raw)
    return sorted((tmp_path / "resdiff").glob("hyphens-*.json"))


def test_the_hyphen_lists_are_kept_and_read_back(raw: str, tmp_path: Path) -> None:
    (path,) = _hyphens(tmp_path)  # parsed, and kept
    stamp = path.stat().st_mtime_ns
    assert _hyphens(tmp_path) == [path]  # read back, not written again
    assert path.stat().st_mtime_ns == stamp
    # A kept copy of another shape (a word that is not a string) is passed over.
    body = json.dumps({"keep": {"words": [1]}}).encode()
    head = json.loads(path.read_bytes().partition(b"\n")[0])
    head["sha256"] = hashlib.sha256(body).hexdigest()
    path.write_bytes(json.dumps(head).encode() + b"\n" + body)
    assert not patterns._word_tables(json.loads(body))
    _hyphens(tmp_path)
    assert patterns._word_tables(json.loads(path.read_bytes().partition(b"\n")[2]))


@pytest.mark.parametrize(
    "body", [{}, {"keep": {"words": ["a"]}}, {"keep": {}, "join": {}}, {"keep": [], "join": {}}]
)
def test_a_kept_copy_that_lacks_a_list_is_passed_over(
    raw: str, tmp_path: Path, body: dict[str, object]
) -> None:
    # Well formed and signed, but without every list the reader reads: the reader would
    # fail on every command that reads a text until the copy were deleted (a stranger's
    # review, 5 December, eleventh session). It is parsed again instead.
    (path,) = _hyphens(tmp_path)
    text = json.dumps(body).encode()
    head = json.loads(path.read_bytes().partition(b"\n")[0])
    head["sha256"] = hashlib.sha256(text).hexdigest()
    path.write_bytes(json.dumps(head).encode() + b"\n" + text)
    assert not patterns._word_tables(body)
    _hyphens(tmp_path)  # parsed again, equal to the file, and kept again
    assert patterns._word_tables(json.loads(path.read_bytes().partition(b"\n")[2]))
