"""Round trip of the real AKN corpus through Word and PDF.

For every file of ``../shared/corpus/akn``: parse the AKN, write it as a ``.docx`` with
real automatic numbering (:func:`resdiff.testing.wordfile.draft_to_docx`), parse the
``.docx`` back; have LibreOffice headless (in batches) save the ``.docx`` again with its
own writer and convert it to PDF, and parse both back. For each leg it prints how many
files keep the AKN structure (preambular count, operative count, sub-paragraph refs), how
many lose no word (the word multiset of :meth:`Draft.texts`; for a hyphenated word that
comes back without its hyphen, "gender-based" as "genderbased", a second figure forgives
it and the mismatch names it), the parse time per file and the slowest file, and every
mismatch. Last, the time to parse a 100-paragraph ``.docx``. ::

    .venv/bin/python benchmarks/formats.py [--no-libreoffice] [--limit N]

Aims: structure ≥ 99% of files, no word lost in 100%, a 100-paragraph ``.docx`` in under
0.5 s. The PDF leg needs ``soffice`` on the PATH and resdiff's PDF reader; without either
it is reported as unavailable.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from akn_render import Structure, differences  # noqa: E402

from resdiff.errors import ResolutionParseError  # noqa: E402
from resdiff.model import Clause, Draft  # noqa: E402
from resdiff.read import load  # noqa: E402
from resdiff.read.akn import parse_akn  # noqa: E402
from resdiff.read.docx import parse_docx  # noqa: E402
from resdiff.testing.wordfile import draft_to_docx  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "akn"
#: Files LibreOffice converts per call (one start-up for many files).
BATCH = 25
_WORD = re.compile(r"[^\W\d_]+|\d+")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_COMPOUND = re.compile(r"\w+(?:-\w+)+")
#: A suspended hyphen before the next word: "troop- and police-contributing".
_SUSPENDED = re.compile(r"(\w+)-\s+(\w+)")


def _text(draft: Draft) -> str:
    return "\n".join(draft.texts()).replace("\u2011", "-")


def words(draft: Draft) -> Counter[str]:
    """The words of everything a draft holds, hyphenated words taken apart the same way
    on both sides (a PDF may break "Secretary-General" at its hyphen)."""
    return Counter(_WORD.findall(_INNER_HYPHEN.sub(" ", _text(draft))))


def joined_compounds(expected: Draft, lost: Counter[str], extra: Counter[str]) -> list[str]:
    """The hyphenated words of ``expected`` that come back with a hyphen missing
    ("gender-responsive" as "genderresponsive", "case-by-case" as "case-bycase": a real
    hyphen at a line end taken for a line-break hyphen); their parts are taken out of
    ``lost`` and the joined words out of ``extra``."""
    found: list[str] = []
    text = _text(expected)
    candidates = _COMPOUND.findall(text) + [f"{a}-{b}" for a, b in _SUSPENDED.findall(text)]
    for compound in candidates:
        parts = compound.split("-")
        if len(parts) > 6:
            continue
        # Each way of dropping some of its hyphens, fewest first.
        masks = sorted(range(1, 1 << (len(parts) - 1)), key=lambda m: bin(m).count("1"))
        for mask in masks:
            pieces: list[list[str]] = [[parts[0]]]
            for k, part in enumerate(parts[1:]):
                if mask >> k & 1:
                    pieces[-1].append(part)
                else:
                    pieces.append([part])
            joined = Counter("".join(p) for p in pieces if len(p) > 1)
            taken = Counter(part for p in pieces if len(p) > 1 for part in p)
            if all(extra[w] >= n for w, n in joined.items()) and all(
                lost[w] >= n for w, n in taken.items()
            ):
                extra.subtract(joined)
                lost.subtract(taken)
                found.append(compound)
                break
    lost += Counter()  # drop the zero counts
    return found


@dataclass
class Leg:
    """The results of one format: per file, structure and words."""

    name: str
    files: int = 0
    structure_ok: int = 0
    words_ok: int = 0
    #: Files that lose no word once hyphenated words joined at a line end are forgiven.
    words_ok_but_hyphens: int = 0
    joined: int = 0
    times: list[tuple[float, str]] = field(default_factory=list)
    mismatches: list[tuple[str, str]] = field(default_factory=list)
    unavailable: str | None = None

    def record(self, name: str, expected: Draft, parse: Callable[[], Draft]) -> None:
        self.files += 1
        start = time.perf_counter()
        try:
            got = parse()
        except ResolutionParseError as exc:
            self.times.append((time.perf_counter() - start, name))
            self.mismatches.append((name, f"error: {exc}"))
            return
        self.times.append((time.perf_counter() - start, name))
        diffs = differences(Structure.of(expected), Structure.of(got))
        before, after = words(expected), words(got)
        lost, extra = before - after, after - before
        if not diffs:
            self.structure_ok += 1
        if not lost:
            self.words_ok += 1
        else:
            compounds = joined_compounds(expected, lost, extra)
            self.joined += len(compounds)
            if compounds:
                shown = ", ".join(compounds[:4]) + (" …" if len(compounds) > 4 else "")
                diffs.append(f"{len(compounds)} hyphenated words lost their hyphen: {shown}")
            if lost:
                shown = ", ".join(sorted(lost.elements())[:8])
                more = f" (+{sum(lost.values()) - 8})" if sum(lost.values()) > 8 else ""
                diffs.append(f"{sum(lost.values())} words lost: {shown}{more}")
            else:
                self.words_ok_but_hyphens += 1
        if diffs:
            self.mismatches.append((name, "; ".join(diffs)))

    def report(self) -> None:
        print(f"== {self.name}")
        if self.unavailable:
            print(f"  unavailable: {self.unavailable}")
            return
        if not self.files:
            print("  no files")
            return
        total = sum(t for t, _ in self.times)
        slowest = max(self.times)
        print(f"  files             {self.files:>6}")
        print(f"  structure agrees  {self.structure_ok:>6}   {self.structure_ok / self.files:.1%}")
        print(f"  no word lost      {self.words_ok:>6}   {self.words_ok / self.files:.1%}")
        if self.words_ok_but_hyphens:
            forgiven = self.words_ok + self.words_ok_but_hyphens
            print(
                f"  … but for hyphens {forgiven:>6}   {forgiven / self.files:.1%}"
                f"   ({self.joined} hyphenated words joined at a line end)"
            )
        print(f"  parse time        {total / self.files * 1000:>6.1f} ms a file on average")
        print(f"  slowest           {slowest[0] * 1000:>6.1f} ms  {slowest[1]}")
        if self.mismatches:
            print("  mismatches:")
            width = max(len(name) for name, _ in self.mismatches)
            for name, what in self.mismatches:
                print(f"    {name:<{width}}  {what}")


def convert(docx_files: list[Path], out_dir: Path, target: str = "pdf") -> str | None:
    """Convert ``.docx`` files with LibreOffice, in batches, to PDF (or to ``.docx`` again,
    saved by LibreOffice's own writer); an error message when LibreOffice is missing or
    fails."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return "LibreOffice (soffice) is not on the PATH"
    out_dir.mkdir(exist_ok=True)
    profile = out_dir.parent / "profile"
    for k in range(0, len(docx_files), BATCH):
        batch = docx_files[k : k + BATCH]
        run = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out_dir),
                *map(str, batch),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if run.returncode != 0:
            return f"soffice failed ({run.returncode}): {run.stderr.strip()[:300]}"
    return None


def pdf_reader_available() -> str | None:
    """``None`` when resdiff reads PDF, else why not (the reader may still be a stub)."""
    try:
        load(b"%PDF-1.4\n%%EOF\n", path="probe.pdf")
    except ResolutionParseError as exc:
        if "not available" in exc.message:
            return f"resdiff's PDF reader is not available yet ({exc.message})"
    except Exception as exc:  # the probe is not a real PDF; any other failure is fine
        del exc
    return None


def hundred_paragraphs() -> Draft:
    """A draft of 100 paragraphs (20 preambular, 80 operative, every fourth with two
    sub-paragraphs), each with its own words."""
    preamble = tuple(
        Clause(
            ref=f"PP{k}",
            section="preamble",
            text=f"Recalling its resolution {2000 + k} ({2000 + k % 20}) on item {k} and the "
            f"report S/2020/{100 + k} of the Secretary-General,",
        )
        for k in range(1, 21)
    )
    operative = []
    for k in range(1, 81):
        children: tuple[Clause, ...] = ()
        if k % 4 == 0:
            children = tuple(
                Clause(
                    ref=f"OP{k}({key})",
                    section="operative",
                    label=f"({key})",
                    text=f"measure {key} number {k} for the period ending {k} December 2024;",
                )
                for key in "ab"
            )
        operative.append(
            Clause(
                ref=f"OP{k}",
                section="operative",
                label=f"{k}.",
                text=f"Requests the Secretary-General to report on task {k} every {30 + k} days"
                + (":" if children else ";"),
                children=children,
            )
        )
    return Draft(
        masthead=("United Nations", "S/2024/100", "Security Council"),
        enacting_formula="The Security Council,",
        preamble=preamble,
        operative=tuple(operative),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--no-libreoffice",
        action="store_true",
        help="skip the legs that need LibreOffice (the .docx saved again, the PDF)",
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = parser.parse_args(argv)
    files = sorted(CORPUS.glob("*.xml")) if CORPUS.is_dir() else []
    if not files:
        print(f"AKN corpus not found at {CORPUS}")
        return 2
    if args.limit:
        files = files[: args.limit]

    docx_leg = Leg("Word (.docx), written with draft_to_docx")
    resaved_leg = Leg("Word (.docx), the same saved again by LibreOffice")
    pdf_leg = Leg("PDF, the .docx converted by LibreOffice")
    expected: dict[str, Draft] = {}
    write_time = 0.0
    with tempfile.TemporaryDirectory(prefix="resdiff-formats-") as tmp:
        folder = Path(tmp)
        docx_files: list[Path] = []
        for path in files:
            draft = parse_akn(path.read_text(encoding="utf-8"), path=str(path))
            expected[path.stem] = draft
            start = time.perf_counter()
            data = draft_to_docx(draft)
            write_time += time.perf_counter() - start
            target = folder / f"{path.stem}.docx"
            target.write_bytes(data)
            docx_files.append(target)
            docx_leg.record(
                path.name, draft, lambda data=data, p=target: parse_docx(data, path=str(p.name))
            )
        if args.no_libreoffice:
            resaved_leg.unavailable = pdf_leg.unavailable = "skipped (--no-libreoffice)"
        else:
            pdf_leg.unavailable = pdf_reader_available()
            # LibreOffice writes numbering and tracked changes its own way: its .docx is a
            # second, independent writer for the reader.
            start = time.perf_counter()
            failure = convert(docx_files, folder / "resaved", "docx:MS Word 2007 XML")
            print(f"LibreOffice saved {len(docx_files)} .docx again in {_since(start):.1f} s")
            resaved_leg.unavailable = failure
            for path in files if failure is None else []:
                again = folder / "resaved" / f"{path.stem}.docx"
                resaved_leg.record(
                    path.name,
                    expected[path.stem],
                    lambda again=again: parse_docx(again.read_bytes(), path=again.name),
                )
        if pdf_leg.unavailable is None:
            start = time.perf_counter()
            failure = convert(docx_files, folder / "pdf")
            print(f"LibreOffice converted {len(docx_files)} files to PDF in {_since(start):.1f} s")
            pdf_leg.unavailable = failure
            for path in files if failure is None else []:
                pdf = folder / "pdf" / f"{path.stem}.pdf"
                pdf_leg.record(
                    path.name, expected[path.stem], lambda pdf=pdf: load(pdf, format="pdf")
                )

    print(f"draft_to_docx wrote {len(files)} files in {write_time:.1f} s")
    docx_leg.report()
    resaved_leg.report()
    pdf_leg.report()

    # Speed: a 100-paragraph .docx, best of five.
    data = draft_to_docx(hundred_paragraphs())
    best = min(_timed(lambda: parse_docx(data, path="hundred.docx")) for _ in range(5))
    verdict = "meets" if best < 0.5 else "misses"
    print(f"== speed\n  100-paragraph .docx parse: {best * 1000:.1f} ms ({verdict} the 0.5 s aim)")
    return 0


def _since(start: float) -> float:
    return time.perf_counter() - start


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
