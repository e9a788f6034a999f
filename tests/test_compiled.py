"""The package's regular expressions kept compiled in the user cache (resdiff.compiled):
the same patterns as ``re.compile``, from a file that is never trusted blindly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resdiff import compiled

PATTERNS = [
    (r"^(?P<num>\d+)\.\s+(?P<text>.+)$", re.MULTILINE),
    (r"\bveto(?:ed|es)?\b|\bnegative\s+votes?\s+of\s+a\s+permanent\s+member", re.IGNORECASE),
    ("[\x00-\x08\u200e\u202a-\u202e]", 0),
]


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path) -> compiled._Store:
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return compiled._Store()


def _files(folder: Path) -> list[Path]:
    return sorted((folder / "resdiff").glob("patterns-*.json"))


def test_patterns_come_back_from_the_file_as_re_compiles_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = _fresh(monkeypatch, tmp_path)
    assert [first.compile(p, f) for p, f in PATTERNS] == [re.compile(p, f) for p, f in PATTERNS]
    assert first.dirty
    first.save()
    assert len(_files(tmp_path)) == 1
    second = _fresh(monkeypatch, tmp_path)
    again = [second.compile(p, f) for p, f in PATTERNS]
    assert again == [re.compile(p, f) for p, f in PATTERNS]
    assert not second.dirty  # all read from the file: nothing to write
    assert again[0].match("12. Decides").group("text") == "Decides"


def _one_byte_changed(raw: bytes) -> bytes:
    """A damage that keeps the length and the JSON: one character of the first entry's
    code (base64) turned into another, so that only the checksum can tell."""
    import json

    packed = json.loads(raw.partition(b"\n")[2])[0][3]
    spoilt = ("B" if packed[4] == "A" else "A").join((packed[:4], packed[5:]))
    return raw.replace(packed.encode("ascii"), spoilt.encode("ascii"), 1)


def _sha256_header(raw: bytes) -> bytes:
    """The file as the last version wrote it: its body under a SHA-256 checksum (right),
    the CRC-32 field it is read with now absent."""
    import hashlib
    import json

    head, _, body = raw.partition(b"\n")
    header = json.loads(head)
    del header["crc32"]
    header["sha256"] = hashlib.sha256(body).hexdigest()
    return json.dumps(header).encode("ascii") + b"\n" + body


def test_a_checkout_of_the_sha256_layout_keeps_a_file_of_its_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Two checkouts of one version (two worktrees, or an upgrade undone) share the
    user's cache: had the CRC-32 layout kept the SHA-256 layout's file name, each would
    ignore the other's file and write its own over it on every command."""
    new = _fresh(monkeypatch, tmp_path)
    for p, f in PATTERNS:
        new.compile(p, f)
    new.save()
    with monkeypatch.context() as before:  # the code as it was: layout 1, SHA-256
        before.setattr(compiled, "FORMAT", 1)
        before.setattr(compiled, "_CHECKSUM", "sha256")
        old = _fresh(monkeypatch, tmp_path)
        for p, f in PATTERNS:
            old.compile(p, f)
        old.save()
    assert len(_files(tmp_path)) == 2
    again = _fresh(monkeypatch, tmp_path)
    assert [again.compile(p, f) for p, f in PATTERNS] == [re.compile(p, f) for p, f in PATTERNS]
    assert not again.dirty  # its own file, still there: nothing compiled, nothing to write


@pytest.mark.parametrize(
    "spoil",
    [
        lambda raw: raw[:-5],  # cut short: the checksum fails
        _one_byte_changed,  # damaged, the same length: the checksum fails
        _sha256_header,  # another checksum than the one read: ignored
        lambda raw: b"not json\n" + raw.split(b"\n", 1)[1],
        lambda raw: raw.replace(b'"format": %d' % compiled.FORMAT, b'"format": 99'),
        lambda raw: b"",
        lambda raw: raw.split(b"\n", 1)[0] + b"\n[[1, 2, 3]]",  # checksum wrong too
    ],
)
def test_a_spoilt_file_is_ignored_and_written_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spoil: object
) -> None:
    store = _fresh(monkeypatch, tmp_path)
    for p, f in PATTERNS:
        store.compile(p, f)
    store.save()
    (path,) = _files(tmp_path)
    assert callable(spoil)
    path.write_bytes(spoil(path.read_bytes()))
    reader = _fresh(monkeypatch, tmp_path)
    assert [reader.compile(p, f) for p, f in PATTERNS] == [re.compile(p, f) for p, f in PATTERNS]
    assert reader.dirty
    reader.save()
    (again,) = _files(tmp_path)
    assert again.read_bytes() != b""
    last = _fresh(monkeypatch, tmp_path)
    assert [last.compile(p, f) for p, f in PATTERNS] == [re.compile(p, f) for p, f in PATTERNS]
    assert not last.dirty


def test_code_the_engine_refuses_is_compiled_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = _fresh(monkeypatch, tmp_path)
    store.compile(*PATTERNS[0])
    assert store.known is not None
    final, code, groups, groupindex, indexgroup = store.known[PATTERNS[0]]
    store.known[PATTERNS[0]] = (final, [999999] * len(code), groups, groupindex, indexgroup)
    assert store.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])


def test_a_folder_that_cannot_be_written_only_means_compiling(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    store = _fresh(monkeypatch, blocked)
    assert store.compile(*PATTERNS[1]) == re.compile(*PATTERNS[1])
    store.save()  # never raises
    assert blocked.is_file()


def test_entries_are_decoded_when_asked_for_and_the_others_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import binascii
    import json

    store = _fresh(monkeypatch, tmp_path)
    for p, f in PATTERNS:
        store.compile(p, f)
    store.save()
    (path,) = _files(tmp_path)
    head, _, body = path.read_bytes().partition(b"\n")
    items = json.loads(body)
    # The first pattern's code spoilt (not base64), the checksum made to hold.
    items[next(i for i, item in enumerate(items) if item[0] == PATTERNS[0][0])][3] = "!!"
    body = json.dumps(items, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    header = json.loads(head)
    header["crc32"] = f"{binascii.crc32(body):08x}"
    path.write_bytes(json.dumps(header).encode("ascii") + b"\n" + body)

    reader = _fresh(monkeypatch, tmp_path)
    assert reader.compile(*PATTERNS[1]) == re.compile(*PATTERNS[1])
    assert not reader.dirty  # read from the file, the others not decoded
    assert len(reader.unread) == 2
    assert reader.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    assert reader.dirty  # compiled again: the file is written again, the third kept as read
    reader.save()
    last = _fresh(monkeypatch, tmp_path)
    assert [last.compile(p, f) for p, f in PATTERNS] == [re.compile(p, f) for p, f in PATTERNS]
    assert not last.dirty
