"""The default lexicon kept whole in the user cache (resdiff.lexicon.snapshot, issue 11):
read back it analyses as the lexicon built from its files, and a snapshot that is spoilt,
stale or names anything but the lexicon's own classes is never used."""

from __future__ import annotations

import io
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import resdiff
from resdiff.analyze import analyze
from resdiff.compiled import CHECKSUMS, cache_body
from resdiff.lexicon import Lexicon
from resdiff.lexicon.cache import PATTERNS, cache_key
from resdiff.lexicon.load import package_files
from resdiff.lexicon.snapshot import (
    FORMAT,
    _path,
    code_stamp,
    load_snapshot,
    save_snapshot,
    snapshot_key,
)

ROOT = Path(__file__).resolve().parents[1]

TEXT = (
    "The Security Council,\n\nGravely concerned by the situation,\n\n"
    "Determining that the situation constitutes a threat to international peace and "
    "security,\n\nActing under Chapter VII of the Charter of the United Nations,\n\n"
    "1. Strongly urges all parties to comply fully, as appropriate, within 90 days;\n\n"
    "2. Decides that all States shall prevent the supply of arms and related materiel, "
    "unless the Committee decides otherwise;\n\n"
    "3. Decides to remain seized of the matter.\n"
)


def _snapshots(cache: Path) -> list[Path]:
    return sorted((cache / "resdiff").glob("snapshot-*.pickle"))


def _analysed(cache: Path) -> str:
    """:data:`TEXT` analysed by a fresh interpreter with its cache in ``cache``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env["XDG_CACHE_HOME"] = str(cache)
    code = f"import resdiff\nprint(resdiff.parse({TEXT!r}).model_dump_json())\n"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def _rewrite(path: Path, body: bytes) -> None:
    """``body`` under the header of the snapshot ``path`` (its key kept), checksum right."""
    header = json.loads(path.read_bytes().partition(b"\n")[0])
    header["crc32"] = CHECKSUMS["crc32"](body)
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)


def _kept_name() -> str | None:
    """The name the default lexicon's snapshot takes for the code and lexicon files as
    they are on disk now (None when the code cannot be stamped)."""
    key = snapshot_key(cache_key(package_files()))
    return None if key is None else _path(Path(), key).name


@pytest.fixture(scope="module")
def cold_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, tuple[str, Path]]:
    """The cold runs of the module made so far, by the name of the snapshot they wrote:
    each test works on a copy of one (see :func:`cold_run`)."""
    return {}


@pytest.fixture
def cold_run(
    tmp_path_factory: pytest.TempPathFactory, cold_runs: dict[str | None, tuple[str, Path]]
) -> tuple[str, Path]:
    """:data:`TEXT` analysed by a fresh interpreter with an empty cache folder: what it
    printed, and the folder it wrote (each test works on a copy). Made once for the code
    and lexicon files on disk: six tests start from it, and a run that builds the whole
    lexicon is the dearest of the file. Made again when a file changed since: the
    snapshot of the earlier run is under another key, and a test that read the folder
    found two snapshots, or one written again (a source edited while the suite ran under
    ``-n 2``, review of fix14)."""
    name = _kept_name()
    if name not in cold_runs:
        folder = tmp_path_factory.mktemp("cold-cache")
        cold_runs[name] = (_analysed(folder), folder)
    return cold_runs[name]


def _from_cold(cold_run: tuple[str, Path], tmp_path: Path) -> str:
    """The cold run's folder copied to ``tmp_path``; what the run printed."""
    shutil.copytree(cold_run[1], tmp_path, dirs_exist_ok=True)
    return cold_run[0]


def test_the_first_command_keeps_the_lexicon_and_the_next_reads_it(
    tmp_path: Path, cold_run: tuple[str, Path]
) -> None:
    first = _from_cold(cold_run, tmp_path)
    (kept,) = _snapshots(tmp_path)
    assert kept.name == _kept_name()  # the key worked out here is the command's
    stamp = kept.stat().st_mtime_ns
    assert _analysed(tmp_path) == first
    assert kept.stat().st_mtime_ns == stamp  # read, not written again
    # Without the snapshot (or the patterns' cache), the lexicon built from its files
    # analyses alike.
    for path in (tmp_path / "resdiff").iterdir():
        path.unlink()
    assert _analysed(tmp_path) == first


@pytest.mark.parametrize(
    "spoil",
    [
        lambda raw: b"",
        lambda raw: b"\x00garbage",
        lambda raw: raw[: len(raw) // 2],  # the checksum fails
        lambda raw: raw.replace(b'"format": 1', b'"format": 2', 1),
    ],
)
def test_a_spoilt_snapshot_is_ignored_and_written_again(
    tmp_path: Path, spoil: object, cold_run: tuple[str, Path]
) -> None:
    expected = _from_cold(cold_run, tmp_path)
    (kept,) = _snapshots(tmp_path)
    good = kept.read_bytes()
    kept.write_bytes(spoil(good))  # type: ignore[operator]
    assert _analysed(tmp_path) == expected
    (again,) = _snapshots(tmp_path)
    # Written again under the same key (its bytes differ: sets pickle in any order).
    assert again.read_bytes().partition(b"\n")[0][:60] == good.partition(b"\n")[0][:60]
    key = json.loads(good.partition(b"\n")[0])["key"]
    assert cache_body(again.read_bytes(), FORMAT, key, "crc32")


class _Planted:
    """Pickles as a call of ``os.system``: what a planted snapshot would hold."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


def test_a_snapshot_that_names_anything_else_is_never_run(
    tmp_path: Path, cold_run: tuple[str, Path]
) -> None:
    expected = _from_cold(cold_run, tmp_path)
    (kept,) = _snapshots(tmp_path)
    marker = tmp_path / "ran"
    planted = pickle.dumps(("resdiff.lexicon.snapshot", _Planted(marker), {}, {}))
    _rewrite(kept, planted)
    assert _analysed(tmp_path) == expected
    assert not marker.exists()
    # Data of another shape, with a right checksum, is ignored too.
    for body in (pickle.dumps(("resdiff.lexicon.snapshot", {}, {}, {})), pickle.dumps([1, 2])):
        (kept,) = _snapshots(tmp_path)
        _rewrite(kept, body)
        assert _analysed(tmp_path) == expected


def test_the_lexicon_read_back_is_the_lexicon_built(tmp_path: Path) -> None:
    built = Lexicon.default()
    literals, anchors = PATTERNS.screens()
    key = "k" * 64
    assert save_snapshot(tmp_path, key, built, literals, anchors)
    kept = load_snapshot(tmp_path, key, Lexicon)
    assert kept is not None
    lexicon, literals_back, anchors_back = kept
    assert lexicon is not built
    assert (literals_back, anchors_back) == (literals, anchors)
    # Every compiled pattern is the one re.compile gives, groups and all.
    patterns = lexicon._prefiltered_patterns()
    assert patterns == built._prefiltered_patterns()
    for rx in patterns:
        again = re.compile(rx.pattern, rx.flags)
        assert rx == again and rx.groupindex == again.groupindex
    draft = resdiff.parse(TEXT, analyze=False)
    read_back = analyze(draft, lexicon=lexicon).model_dump(exclude={"lexicon"})
    assert read_back == analyze(draft, lexicon=built).model_dump(exclude={"lexicon"})
    assert read_back["chapter_vii"] and read_back["art39"]
    # Another key, or the wrong class expected, reads nothing.
    assert load_snapshot(tmp_path, "j" * 64, Lexicon) is None
    assert load_snapshot(tmp_path, key, dict) is None


def test_only_the_lexicon_classes_and_patterns_are_built() -> None:
    from resdiff.lexicon.snapshot import _Unpickler

    for name in ("os", "subprocess", "builtins", "resdiff.api", "resdiff.compiled"):
        with pytest.raises(pickle.UnpicklingError, match="not part of a lexicon"):
            _Unpickler(io.BytesIO(b"")).find_class(name, "system")
    with pytest.raises(pickle.UnpicklingError):
        # A function of a lexicon module is not a class of it.
        _Unpickler(io.BytesIO(b"")).find_class("resdiff.lexicon.snapshot", "save_snapshot")


def test_a_source_file_touched_gives_another_key(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n")
    (package / "sub" / "b.py").write_text("y = 2\n")
    before = code_stamp(package)
    assert before is not None and code_stamp(package) == before
    (package / "sub" / "b.py").write_text("y = 3\n")
    os.utime(package / "sub" / "b.py", ns=(1, 1))
    assert code_stamp(package) != before
    assert code_stamp(tmp_path / "absent") is None
    assert snapshot_key("a" * 64) != snapshot_key("b" * 64)


def test_a_snapshot_that_cannot_be_written_is_only_slower(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert not save_snapshot(blocked, "k" * 64, Lexicon.default(), {}, {})
    assert not save_snapshot(None, "k" * 64, Lexicon.default(), {}, {})
    assert load_snapshot(blocked, "k" * 64, Lexicon) is None


def test_the_header_guards_the_body(tmp_path: Path) -> None:
    assert save_snapshot(tmp_path, "k" * 64, Lexicon.default(), {}, {})
    (path,) = tmp_path.glob("snapshot-*.pickle")
    raw = path.read_bytes()
    assert cache_body(raw, FORMAT, "k" * 64, "crc32") is not None
    assert cache_body(raw, FORMAT, "j" * 64, "crc32") is None
    assert cache_body(raw, FORMAT + 1, "k" * 64, "crc32") is None
    assert cache_body(raw + b"x", FORMAT, "k" * 64, "crc32") is None
    # One byte changed inside the body, its length kept: the CRC-32 fails too.
    head, _, body = raw.partition(b"\n")
    flipped = head + b"\n" + body[:100] + bytes([body[100] ^ 1]) + body[101:]
    assert cache_body(flipped, FORMAT, "k" * 64, "crc32") is None


def test_the_snapshot_is_checked_by_crc32(tmp_path: Path) -> None:
    # SHA-256 of the 1.4 MB snapshot cost 38 million instructions of every command (of
    # 2,473 million; 1 ms), CRC-32 5 million: the header names the checksum it holds.
    assert save_snapshot(tmp_path, "k" * 64, Lexicon.default(), {}, {})
    (path,) = tmp_path.glob("snapshot-*.pickle")
    head, _, body = path.read_bytes().partition(b"\n")
    header = json.loads(head)
    assert set(header) == {"format", "key", "crc32"}
    assert header["crc32"] == f"{zlib.crc32(body):08x}"


def _with_opcodes_before(kept: bytes, opcodes: bytes) -> bytes:
    """The snapshot's pickle with ``opcodes`` run first, before its first frame (their
    result popped): a pickle that reads back as the lexicon and did something else on
    the way."""
    assert kept[:1] == pickle.PROTO and kept[2:3] == pickle.FRAME
    return kept[:2] + opcodes + pickle.POP + kept[2:]


def _pickled(lexicon: Lexicon, literals: object, anchors: object) -> bytes:
    from resdiff.lexicon.snapshot import _TAG, _Pickler

    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump((_TAG, lexicon, literals, anchors))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("target", "state"),
    [
        # setattr on a lexicon class (BUILD with a slot state on the class itself)
        (b"cresdiff.lexicon.match\nLexicon\n", b"N}X\x07\x00\x00\x00plantedK\x01s\x86"),
        (b"cresdiff.lexicon.match\nLexicon\n", b"N}X\x0b\x00\x00\x00_kept_wholeK\x01s\x86"),
        # a function's defaults, and an entry of its __dict__
        (b"cresdiff.compiled\nbuild_packed\n", b"N}X\x0c\x00\x00\x00__defaults__K\x01\x85s\x86"),
        (b"cresdiff.compiled\nbuild_packed\n", b"}X\x07\x00\x00\x00plantedK\x01s"),
        # a class's bases (outside its __dict__: the review of 3 December) and a
        # function's module
        (
            b"cresdiff.lexicon.match\nLexicon\n",
            b"N}X\x09\x00\x00\x00__bases__cresdiff.lexicon.leads\n_Leads\n\x85s\x86",
        ),
        (
            b"cresdiff.compiled\nbuild_packed\n",
            b"N}X\x0a\x00\x00\x00__module__X\x01\x00\x00\x00xs\x86",
        ),
    ],
)
def test_a_snapshot_that_sets_a_class_attribute_is_undone_and_ignored(
    tmp_path: Path, target: bytes, state: bytes
) -> None:
    from resdiff.compiled import build_packed
    from resdiff.lexicon.match import _kept_whole

    built = Lexicon.default()
    literals, anchors = PATTERNS.screens()
    key = "k" * 64
    before = (
        dict(vars(Lexicon)),
        Lexicon.__bases__,
        build_packed.__defaults__,
        build_packed.__module__,
        dict(vars(build_packed)),
    )
    body = _with_opcodes_before(_pickled(built, literals, anchors), target + state + b"b")
    assert save_snapshot(tmp_path, key, built, literals, anchors)
    (path,) = tmp_path.glob("snapshot-*.pickle")
    _rewrite(path, body)
    assert load_snapshot(tmp_path, key, Lexicon, _kept_whole) is None
    assert (
        dict(vars(Lexicon)),
        Lexicon.__bases__,
        build_packed.__defaults__,
        build_packed.__module__,
        dict(vars(build_packed)),
    ) == before
    # The same pickle without the planted opcodes is read back.
    _rewrite(path, _pickled(built, literals, anchors))
    assert load_snapshot(tmp_path, key, Lexicon, _kept_whole) is not None


@pytest.mark.parametrize(
    "spoil",
    ["attribute-none", "attribute-int", "no-parts", "literal-int", "literal-empty", "anchor-bad"],
)
def test_a_snapshot_of_another_shape_inside_is_ignored(tmp_path: Path, spoil: str) -> None:
    # Found by the hostile review of 3 December: each of these, with the right checksum,
    # was read back and failed later with a traceback.
    import copy

    from resdiff.lexicon.match import _kept_whole

    built = Lexicon.default()
    literals, anchors = PATTERNS.screens()
    lexicon = copy.copy(built)
    literals, anchors = dict(literals), dict(anchors)
    if spoil == "attribute-none":
        lexicon._modes = None  # type: ignore[assignment]
    elif spoil == "attribute-int":
        lexicon._verbs = 3  # type: ignore[assignment]
    elif spoil == "no-parts":
        del lexicon._parts
    elif spoil == "literal-int":
        literals[next(iter(literals))] = 5  # type: ignore[assignment]
    elif spoil == "literal-empty":
        literals[("x", 0)] = ("",)
    else:
        anchors[("x", 0)] = (("word", "far"),)  # type: ignore[assignment]
    key = "k" * 64
    assert save_snapshot(tmp_path, key, lexicon, literals, anchors)
    assert load_snapshot(tmp_path, key, Lexicon, _kept_whole) is None
    assert save_snapshot(tmp_path, key, built, *PATTERNS.screens())
    assert load_snapshot(tmp_path, key, Lexicon, _kept_whole) is not None
