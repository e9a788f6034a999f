"""The same verdicts through Word and PDF: does a pair compared as users receive it (a
Word file, a PDF) get the verdicts its Akoma Ntoso texts get?

For every judged pair whose two texts are AKN (``judged.load_pairs()``, era "modern"):
each text is written as a ``.docx`` with real automatic numbering
(:func:`resdiff.testing.wordfile.draft_to_docx`); LibreOffice headless, in batches
(:func:`formats.convert`), saves each ``.docx`` again with its own writer and converts it
to PDF; each of the three is read back and the pair compared. Each format's comparison is
set against the AKN comparison of the same pair, provision by provision (by refs): the
kind, the direction of each named shift (feature and direction, sub-paragraphs
included), the document direction and the first three key changes; and each is scored
against the judges exactly as ``judged.py`` scores the AKN comparison
(:func:`judged.score_comparison`). ::

    .venv/bin/python benchmarks/verdict_formats.py                # every pair, three formats
    .venv/bin/python benchmarks/verdict_formats.py --no-libreoffice --limit 5
    .venv/bin/python benchmarks/verdict_formats.py --pair unficyp-2022

Per format it prints the pairs read, the provisions whose kind differs from AKN's (count
and share), the shifts, document directions and key changes that differ, the kind
accuracy against the judges beside AKN's, and the time per pair (reading both texts and
comparing); then every difference, each traceable: pair, refs, AKN kind → the format's,
and the shifts only one side names. Aim: no difference at all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import formats  # noqa: E402
import judged  # noqa: E402

import resdiff  # noqa: E402
from resdiff.errors import ResolutionParseError  # noqa: E402
from resdiff.model import Change, Comparison, Draft  # noqa: E402
from resdiff.read import load  # noqa: E402
from resdiff.read.akn import parse_akn  # noqa: E402
from resdiff.testing.wordfile import draft_to_docx  # noqa: E402

Key = tuple[tuple[str, ...], tuple[str, ...]]
#: A draft of one format read from the file of that format written for ``name``.
Reader = Callable[[str], Draft]


def modern_pairs(only: Iterable[str] = (), limit: int = 0) -> list[dict[str, Any]]:
    """The judged pairs whose two texts are both AKN, in file order: only the ids in
    ``only`` when given, the first ``limit`` when non-zero."""
    wanted = set(only)
    pairs = [
        p
        for p in judged.open_pairs()
        if judged.era_of(p) == "modern" and (not wanted or p["id"] in wanted)
    ]
    return pairs[:limit] if limit else pairs


def _shifts(change: Change) -> Counter[tuple[str, str]]:
    """The named shifts of a provision, sub-paragraphs included, as (feature, direction)."""
    return Counter((s.feature, s.direction) for c in change.walk() for s in c.shifts)


def _head(key: tuple[tuple[str, ...], tuple[str, ...], str] | None) -> str:
    return f"{_refs(key[:2])} {key[2]}" if key else "none"


def _refs(key: Key) -> str:
    old, new = key
    return f"{'+'.join(old) or '—'} → {'+'.join(new) or '—'}"


@dataclass
class Difference:
    """One way a format's comparison of a pair departs from the AKN comparison."""

    pair: str
    what: str  # "kind", "shifts", "direction", "key change", "error"
    detail: str


@dataclass
class FormatLeg:
    """One format's comparisons of every pair, set against AKN's and the judges'."""

    name: str
    pairs: int = 0
    provisions: int = 0
    kinds_differ: int = 0
    shifts_differ: int = 0
    directions_differ: int = 0
    key_changes: int = 0
    key_changes_differ: int = 0
    seconds: float = 0.0
    counts: judged.Counts = field(default_factory=judged.Counts)
    differences: list[Difference] = field(default_factory=list)
    unavailable: str | None = None

    def record(self, pair: dict[str, Any], akn: Comparison, read: Reader) -> None:
        """Read ``pair``'s two texts with ``read``, compare them, and add how the result
        departs from ``akn`` and how it scores against the judges."""
        start = time.perf_counter()
        try:
            old, new = read(pair["old"]), read(pair["new"])
            cmp = resdiff.compare(old, new)
        except ResolutionParseError as exc:
            self.differences.append(Difference(pair["id"], "error", str(exc)))
            return
        self.seconds += time.perf_counter() - start
        self.pairs += 1
        judged.score_comparison(pair, cmp, self.counts)
        self.differences.extend(self._compare(pair["id"], akn, cmp))

    def _compare(self, pid: str, akn: Comparison, got: Comparison) -> list[Difference]:
        found: list[Difference] = []
        theirs = {(c.old, c.new): c for c in got.changes}
        mine = {(c.old, c.new): c for c in akn.changes}
        for key, change in mine.items():
            self.provisions += 1
            other = theirs.get(key)
            if other is None:
                self.kinds_differ += 1
                near = sorted(
                    {_refs(k) for k in theirs if set(k[0]) & set(key[0]) or set(k[1]) & set(key[1])}
                )
                found.append(
                    Difference(
                        pid,
                        "kind",
                        f"{_refs(key)}: {change.kind} → paired otherwise ({'; '.join(near)})",
                    )
                )
                continue
            if other.kind != change.kind:
                self.kinds_differ += 1
                found.append(Difference(pid, "kind", f"{_refs(key)}: {change.kind} → {other.kind}"))
            a, b = _shifts(change), _shifts(other)
            if a != b:
                self.shifts_differ += 1
                lost = ", ".join(f"{f} {d}" for f, d in sorted((a - b).elements()))
                extra = ", ".join(f"{f} {d}" for f, d in sorted((b - a).elements()))
                found.append(
                    Difference(
                        pid,
                        "shifts",
                        f"{_refs(key)} ({change.kind}): only AKN [{lost}]; only here [{extra}]",
                    )
                )
        for key in theirs.keys() - mine.keys():
            found.append(Difference(pid, "kind", f"{_refs(key)}: only here, {theirs[key].kind}"))
        if akn.summary.direction != got.summary.direction:
            self.directions_differ += 1
            found.append(
                Difference(pid, "direction", f"{akn.summary.direction} → {got.summary.direction}")
            )
        checked = judged.KEY_CHANGES_CHECKED
        heads = [(k.old, k.new, k.direction) for k in akn.summary.key_changes[:checked]]
        others = [(k.old, k.new, k.direction) for k in got.summary.key_changes[:checked]]
        self.key_changes += max(len(heads), len(others))
        for n, (a_key, b_key) in enumerate(zip_longest(heads, others)):
            if a_key != b_key:
                self.key_changes_differ += 1
                found.append(
                    Difference(pid, "key change", f"#{n + 1}: {_head(a_key)} → {_head(b_key)}")
                )
        return found

    def report(self, akn: judged.Counts) -> None:
        """Print this format's figures and every difference."""
        print(f"\n== {self.name}")
        if self.unavailable:
            print(f"  unavailable: {self.unavailable}")
            return
        provisions = max(self.provisions, 1)
        c = self.counts
        print(f"  pairs read              {self.pairs}")
        print(
            f"  kinds differing         {self.kinds_differ} of {self.provisions} provisions "
            f"({self.kinds_differ / provisions:.2%})"
        )
        print(f"  shifts differing        {self.shifts_differ} provisions")
        print(f"  directions differing    {self.directions_differ} of {self.pairs} pairs")
        print(f"  key changes differing   {self.key_changes_differ} of {self.key_changes}")
        print(
            f"  kind accuracy (judges)  {c.kind_right / max(c.items, 1):.3f} "
            f"({c.kind_right}/{c.items}); AKN {akn.kind_right / max(akn.items, 1):.3f} "
            f"({akn.kind_right}/{akn.items})"
        )
        print(
            f"  time per pair           {self.seconds / max(self.pairs, 1) * 1000:.0f} ms "
            "(reading both texts and comparing)"
        )
        if self.differences:
            print("  differences:")
            for d in self.differences:
                print(f"    {d.pair}  {d.what}: {d.detail}")


def run(pairs: list[dict[str, Any]], folder: Path, libreoffice: bool) -> list[FormatLeg]:
    """Write, convert and read every text of ``pairs`` in ``folder``; the AKN leg first
    (its figures as judged.py prints them), then Word, Word re-saved, PDF."""
    names = sorted({p[side] for p in pairs for side in ("old", "new")})
    docx_files: list[Path] = []
    for name in names:
        path = judged.CORPUS / name
        draft = parse_akn(path.read_text(encoding="utf-8"), path=str(path))
        target = folder / f"{Path(name).stem}.docx"
        target.write_bytes(draft_to_docx(draft))
        docx_files.append(target)

    def from_file(sub: str, suffix: str, fmt: str) -> Reader:
        def read(name: str) -> Draft:
            file = folder / sub / f"{Path(name).stem}{suffix}"
            return load(file.read_bytes(), format=fmt, path=file.name)  # type: ignore[arg-type]

        return read

    akn = FormatLeg("Akoma Ntoso (the reference)")
    legs = [
        FormatLeg("Word (.docx), written with draft_to_docx"),
        FormatLeg("Word (.docx), saved again by LibreOffice"),
        FormatLeg("PDF, the .docx converted by LibreOffice"),
    ]
    readers: list[Reader | None] = [from_file(".", ".docx", "docx"), None, None]
    if not libreoffice:
        legs[1].unavailable = legs[2].unavailable = "skipped (--no-libreoffice)"
    else:
        start = time.perf_counter()
        failure = formats.convert(docx_files, folder / "resaved", "docx:MS Word 2007 XML")
        print(f"LibreOffice saved {len(docx_files)} .docx again in {_since(start):.1f} s")
        legs[1].unavailable = failure
        if failure is None:
            readers[1] = from_file("resaved", ".docx", "docx")
        legs[2].unavailable = formats.pdf_reader_available()
        if legs[2].unavailable is None:
            start = time.perf_counter()
            failure = formats.convert(docx_files, folder / "pdf")
            print(f"LibreOffice converted {len(docx_files)} files to PDF in {_since(start):.1f} s")
            legs[2].unavailable = failure
            if failure is None:
                readers[2] = from_file("pdf", ".pdf", "pdf")
    for pair in pairs:
        start = time.perf_counter()
        reference = resdiff.compare(judged.CORPUS / pair["old"], judged.CORPUS / pair["new"])
        akn.seconds += _since(start)
        akn.pairs += 1
        judged.score_comparison(pair, reference, akn.counts)
        for leg, read in zip(legs, readers, strict=True):
            if read is not None:
                leg.record(pair, reference, read)
    return [akn, *legs]


def _since(start: float) -> float:
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--no-libreoffice",
        action="store_true",
        help="the .docx leg only (no LibreOffice re-save, no PDF)",
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N pairs")
    parser.add_argument("--pair", action="append", default=[], help="only this pair id")
    args = parser.parse_args(argv)
    if not judged.CORPUS.is_dir():
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    pairs = modern_pairs(args.pair, args.limit)
    with tempfile.TemporaryDirectory(prefix="resdiff-verdicts-") as tmp:
        folder = Path(tmp)
        akn, *legs = run(pairs, folder, libreoffice=not args.no_libreoffice)
    c = akn.counts
    print(
        f"== Akoma Ntoso: {akn.pairs} pairs, {c.items} judged provisions, kind accuracy "
        f"{c.kind_right / max(c.items, 1):.3f} ({c.kind_right}/{c.items}), "
        f"{akn.seconds / max(akn.pairs, 1) * 1000:.0f} ms a pair"
    )
    for leg in legs:
        leg.report(c)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
