"""Are ``resdiff compare``'s reports byte-identical before and after a refactor?

Runs ``resdiff compare OLD NEW --format json|md|html`` in process on the bundled examples
(the three drafts of ``examples/dprk-2006``, each against the adopted text) and on a
fixed, spread sample of the judged pairs of ``benchmarks/judged/pairs.toml`` (every
``len/N``-th pair in file order, modern and scanned alike, of the sets of ``judged.SETS``
only: a set being judged blind is never read), and writes each report under a folder.
``--check`` compares a second run with the folder of a first and names every report that
differs. ::

    .venv/bin/python benchmarks/same_outputs.py --save /tmp/before   # on the old code
    .venv/bin/python benchmarks/same_outputs.py --check /tmp/before  # on the new code

Exit 0 when every report is the same to the byte (or on ``--save``), 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))

from judged import SETS  # noqa: E402

from resdiff.cli import main  # noqa: E402

JUDGED = ROOT / "benchmarks" / "judged" / "pairs.toml"
CORPUS = ROOT.parent / "shared" / "corpus" / "akn"
#: The corpus as the reports name it, relative to the repository (``../shared/...``): an
#: absolute path would differ between a save in one worktree and a check in another.
CORPUS_FROM_ROOT = Path(os.path.relpath(CORPUS, ROOT))
EXAMPLES = ROOT / "examples" / "dprk-2006"
FORMATS = ("json", "md", "html")


def pairs(count: int) -> list[tuple[str, Path, Path]]:
    """The examples, then ``count`` judged pairs spread evenly over the file's order."""
    # Relative to the repository (the reports are written from it): a report names its
    # drafts' paths, and a save in one checkout must match a check in another.
    examples = EXAMPLES.relative_to(ROOT)
    adopted = examples / "adopted-compromise.txt"
    chosen = [
        (f"example-{draft.stem}", draft, adopted)
        for draft in (examples / "japan-draft.txt", examples / "china-russia-draft.txt")
    ]
    chosen.append(("example-japan-china", examples / "japan-draft.txt", chosen[1][1]))
    # Only the sets judged.py scores: a set merged before the lead scores it is judged
    # blind (a list of id suffixes went stale when the blind sets became ordinary ones).
    listed = [
        pair
        for pair in tomllib.loads(JUDGED.read_text(encoding="utf-8"))["pair"]
        if pair["set"] in SETS
    ]
    step = max(1, len(listed) // max(1, count))
    for pair in listed[::step][:count]:
        chosen.append(
            (str(pair["id"]), CORPUS_FROM_ROOT / pair["old"], CORPUS_FROM_ROOT / pair["new"])
        )
    return chosen


def report(old: Path, new: Path, form: str) -> bytes:
    """The bytes ``resdiff compare OLD NEW --format FORM -o FILE`` writes, run from the
    repository's folder (``OLD`` and ``NEW`` may be relative to it)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"report.{form}"
        with (
            contextlib.chdir(ROOT),
            contextlib.redirect_stdout(io.StringIO()),
            contextlib.redirect_stderr(io.StringIO()),
        ):
            code = main(["compare", str(old), str(new), "--format", form, "-o", str(out)])
        return f"exit {code}\n".encode() + (out.read_bytes() if out.exists() else b"")


def run(argv: list[str] | None = None) -> int:
    """Save or check the reports; the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the reports under this folder")
    action.add_argument("--check", type=Path, help="compare with the reports of this folder")
    parser.add_argument("--pairs", type=int, default=20, help="judged pairs (default 20)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: the corpus folder {CORPUS} is absent", file=sys.stderr)
        return 0
    differ: list[str] = []
    total = 0
    for name, old, new in pairs(args.pairs):
        for form in FORMATS:
            data = report(old, new, form)
            total += 1
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"{name}.{form}").write_bytes(data)
            elif (args.check / f"{name}.{form}").read_bytes() != data:
                differ.append(f"{name}.{form}")
    print(f"{total} reports; {len(differ)} differ" + "".join(f"\n  {d}" for d in differ))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(run())
