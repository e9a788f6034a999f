"""Speed benchmark: ``resdiff.compare`` on drafts of 50, 500 and 5,000 paragraphs, beside
flat word diffs of the same texts (``redlines`` and ``difflib``).

The drafts are built from real paragraphs: the Security Council resolutions of
``../shared/corpus/akn`` and the older scanned ones of ``../shared/corpus/scanned``,
concatenated (a third preambular, the rest operative, each text once). About 10% of the
paragraphs are then edited with :func:`resdiff.testing.mutate` (moves, splits, merges,
drops, inserts, verb and hedge edits). For each size it prints the best of three wall
times of

- ``compare only``: two drafts analysed beforehand;
- ``compare + analysis``: the same drafts not yet analysed, so ``compare`` analyses them;
- ``redlines``: ``Redlines(old, new).output_markdown`` on the two full texts;
- ``difflib``: ``SequenceMatcher(None, old.split(), new.split()).get_opcodes()``;

the peak memory of ``compare`` (tracemalloc, a separate run), and the time per paragraph
at each size (growth). Then the readers of the formats users receive, in process and as
the whole command (``resdiff parse FILE``, a fresh Python each time): a 100-paragraph
Word file with automatic numbering (aim < 0.5 s) and a 50-page PDF made by LibreOffice
in the UN layout (aim < 2 s; skipped, with the reason, when LibreOffice is missing)::

    .venv/bin/python benchmarks/speed.py [--sizes 50 500 5000] [--repeat 3]
        [--redlines-timeout 300] [--profile] [--stages] [--json PATH] [--no-formats]
        [--no-difflib]

Then the whole process, what a user waits for: each command run in a fresh Python, best
of ``--repeat`` runs after one first run that writes the bytecode and the lexicon cache
(that first run is printed too, as ``first run``), and its CPU time (user + system, best
of the same runs: on a shared machine it tells versions apart where the wall time mostly
measures the other jobs), with the in-process figure and redlines beside it:

- ``resdiff --version`` (aim ≤ 0.15 s);
- ``resdiff compare`` of a typical real pair, S/RES/2554 (2020) → S/RES/2608 (2021), 49
  paragraphs each (aim ≤ 0.35 s);
- ``resdiff compare`` of the 500- and 5,000-paragraph drafts above, written to temporary
  Akoma Ntoso files (aims ≤ 0.5 s and at least 17× faster than redlines; ≤ 3 s);
- ``resdiff history`` of ten Libya resolutions of 2020–2022 (aim ≤ 1.5 s).

The commands run with a temporary bytecode folder and cache folder (``XDG_CACHE_HOME``),
so the figures neither depend on nor touch the user's.

``--dense`` times only the plain-text reader on dense hostile texts, the shapes the fuzz
campaign (``benchmarks/fuzz.py``) finds slowest per byte (thousands of one-line units,
one paragraph of thousands of short lines), as plain text and as Markdown, in seconds
per MB of input against the aim of issue 11 (2 s per MB).

``--no-difflib`` skips difflib (quadratic: minutes at 5,000 paragraphs). ``--profile``
prints the cProfile hot spots of ``compare`` at the largest size;
``--stages`` where its time goes at each size (reading, analysis, alignment,
classification, the text report; CPU time in process).
"""

from __future__ import annotations

import argparse
import cProfile
import difflib
import gc
import io
import itertools
import json
import math
import multiprocessing as mp
import os
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import resdiff  # noqa: E402
from resdiff.align import normalise  # noqa: E402
from resdiff.analyze import analyze  # noqa: E402
from resdiff.model import Clause, Draft  # noqa: E402
from resdiff.testing import build_draft, mutate  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

#: Aims: seconds for ``compare`` at a size (and 500 paragraphs faster than redlines).
AIMS = {500: 0.5, 5000: 5.0}

#: Aims for the whole process, in seconds (issue 11), and the least speed-up on redlines.
WHOLE_AIMS: dict[str, float] = {
    "version": 0.15,
    "pair": 0.35,
    "500": 0.5,
    "5000": 3.0,
    "history": 1.5,
}
WHOLE_REDLINES_FACTOR = 17.0

#: A typical real pair: the Somalia piracy authorisation renewed, 49 paragraphs each.
REAL_PAIR = ("S_RES_2554_2020.xml", "S_RES_2608_2021.xml")

#: Ten resolutions of one file, Libya 2020-2022, for ``resdiff history``.
HISTORY_FILES = (
    "S_RES_2509_2020.xml",
    "S_RES_2526_2020.xml",
    "S_RES_2542_2020.xml",
    "S_RES_2595_2021.xml",
    "S_RES_2599_2021.xml",
    "S_RES_2619_2022.xml",
    "S_RES_2629_2022.xml",
    "S_RES_2635_2022.xml",
    "S_RES_2644_2022.xml",
    "S_RES_2647_2022.xml",
)

#: The edits applied, in turn, until about 10% of the paragraphs are edited.
EDIT_CYCLE = (
    "move",
    "split",
    "drop",
    "insert",
    "merge",
    "weaken_verb",
    "move",
    "split",
    "strengthen_verb",
    "add_hedge",
)


def corpus_paragraphs() -> tuple[list[Clause], list[Clause]]:
    """Every distinct preambular and operative paragraph of the corpus, in file order."""
    files = sorted((CORPUS / "akn").glob("*.xml")) + sorted((CORPUS / "scanned").glob("*.txt"))
    if not files:
        raise SystemExit(f"corpus not found at {CORPUS}: nothing to benchmark")
    seen: set[str] = set()
    preamble: list[Clause] = []
    operative: list[Clause] = []
    for path in files:
        try:
            draft = resdiff.parse(path, analyze=False)
        except resdiff.ResdiffError:
            continue
        for clause in draft.paragraphs:
            key = normalise(clause.full_text())
            if len(key.split()) < 3 or key in seen:
                continue
            seen.add(key)
            (preamble if clause.section == "preamble" else operative).append(clause)
    return preamble, operative


def make_pair(
    size: int, preamble: list[Clause], operative: list[Clause], seed: int = 0
) -> tuple[Draft, Draft]:
    """An analysed draft of ``size`` paragraphs and its mutated version (about 10% edited)."""
    n_pp = size // 3
    n_op = size - n_pp
    if n_pp > len(preamble) or n_op > len(operative):
        raise SystemExit(f"the corpus has too few paragraphs for a draft of {size}")
    rng = random.Random(seed)
    pp = preamble[:n_pp]
    op = operative[:n_op]
    pool = preamble[n_pp:] + operative[n_op:]
    draft = analyze(build_draft(pp, op, symbol=f"bench-{size}"))
    count = max(1, size // 10)
    edits = [EDIT_CYCLE[k % len(EDIT_CYCLE)] for k in range(count)]
    mutation = mutate(draft, rng=rng, edits=edits, pool=pool)
    return mutation.old, mutation.new


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The best wall time of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def peak_memory(run: Callable[[], object]) -> int:
    """Peak memory allocated while ``run`` runs, in bytes (tracemalloc)."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def full_text(draft: Draft) -> str:
    """The draft's paragraphs as one text, a blank line between paragraphs."""
    return "\n\n".join(c.full_text() for c in draft.paragraphs)


def _redlines_worker(old: str, new: str, repeat: int, out: Any) -> None:
    from redlines import Redlines

    out.put(best_of(repeat, lambda: Redlines(old, new).output_markdown))


def time_redlines(old: str, new: str, repeat: int, timeout: float) -> float | None:
    """Best time of redlines on the two texts, or ``None`` past ``timeout`` seconds (run in
    a child process so that it can be stopped)."""
    try:
        import redlines  # noqa: F401
    except ImportError:
        return float("nan")
    queue: Any = mp.get_context("fork").Queue()
    proc = mp.get_context("fork").Process(target=_redlines_worker, args=(old, new, repeat, queue))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None
    return float(queue.get()) if not queue.empty() else None


def unanalysed(draft: Draft) -> Draft:
    """The same draft as if just read: no analysis."""
    return draft.model_copy(update={"lexicon": None})


def _fmt_s(value: float | None, timeout: float) -> str:
    if value is None:
        return f">{timeout:.0f} s"
    if value != value:  # nan
        return "n/a"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _command(path: Path) -> float:
    """Wall time of ``resdiff parse PATH`` in a fresh interpreter (imports included)."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "resdiff", "parse", str(path)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def time_formats(repeat: int) -> None:
    """The Word and PDF readers on the sizes issue 10 names, in process and whole."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "tests"))
    from formats import hundred_paragraphs

    from resdiff.read.docx import parse_docx
    from resdiff.read.pdf import parse_pdf
    from resdiff.testing.wordfile import draft_to_docx

    print("\nreaders of the formats users receive (best of", repeat, "runs)")
    header = f"{'input':<38}{'in process':>12}{'command':>10}  aim"
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory(prefix="resdiff-speed-") as tmp:
        docx = draft_to_docx(hundred_paragraphs())
        docx_path = Path(tmp) / "hundred.docx"
        docx_path.write_bytes(docx)
        inner = best_of(repeat, lambda: parse_docx(docx, path="hundred.docx"))
        whole = min(_command(docx_path) for _ in range(repeat))
        verdict = "ok" if inner < 0.5 else "MISSED"
        print(
            f"{'Word, 100 paragraphs':<38}{_fmt_s(inner, 0):>12}{_fmt_s(whole, 0):>10}"
            f"  < 0.5 s: {verdict}"
        )
        try:
            from pdf_fixtures import long_document, pdf_bytes

            pdf = pdf_bytes({"long": long_document()})["long"]
        except Exception as exc:  # LibreOffice missing or failing: say so, go on
            print(f"{'PDF, 50 pages':<38}{'skipped':>12}  ({exc})")
            return
        pdf_path = Path(tmp) / "long.pdf"
        pdf_path.write_bytes(pdf)
        import pypdfium2

        pages = len(pypdfium2.PdfDocument(pdf))
        inner = best_of(repeat, lambda: parse_pdf(pdf, path="long.pdf"))
        whole = min(_command(pdf_path) for _ in range(repeat))
        verdict = "ok" if inner < 2.0 else "MISSED"
        label = f"PDF, {pages} pages (LibreOffice)"
        print(f"{label:<38}{_fmt_s(inner, 0):>12}{_fmt_s(whole, 0):>10}  < 2 s: {verdict}")
        time_threaded_pdf(pdf, repeat)


def time_threaded_pdf(pdf: bytes, repeat: int) -> None:
    """The same PDF read in a process running threads (a web server, a notebook): the
    first read starts the resident reader, the next ones find it waiting."""
    import threading

    from resdiff.read.pdf import isolate, parse_pdf

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        isolate.stop_readers()
        start = time.perf_counter()
        parse_pdf(pdf, path="long.pdf")
        first = time.perf_counter() - start
        later = best_of(repeat, lambda: parse_pdf(pdf, path="long.pdf"))
    finally:
        stop.set()
        thread.join()
        isolate.stop_readers()
    label = "the same, in a process running threads"
    print(f"{label:<38}{_fmt_s(later, 0):>12}{'':>10}  first read {_fmt_s(first, 0)}")


def write_akn(draft: Draft, path: Path) -> None:
    """The draft as a minimal Akoma Ntoso file (one ``p`` per paragraph, its sub-paragraphs
    run in), which the AKN reader reads at any size."""
    out = [
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
        '<statement name="resolution"><preamble>',
        '<formula name="enactingFormula"><p>The Security Council,</p></formula>',
    ]
    preamble = [c for c in draft.paragraphs if c.section == "preamble"]
    operative = [c for c in draft.paragraphs if c.section != "preamble"]
    out += [f"<container><p>{escape(c.full_text())}</p></container>" for c in preamble]
    out.append("</preamble><mainBody>")
    out += [
        f"<paragraph><num>{i}.</num><content><p>{escape(c.full_text())}</p></content></paragraph>"
        for i, c in enumerate(operative, 1)
    ]
    out.append("</mainBody></statement></akomaNtoso>\n")
    path.write_text("\n".join(out), encoding="utf-8")


class WholeProcess:
    """Runs ``python -m resdiff ...`` in fresh interpreters, with a bytecode folder and a
    cache folder of its own (so a user's cache neither helps nor is touched)."""

    def __init__(self, folder: Path, repeat: int) -> None:
        self.repeat = repeat
        self.env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        self.env["XDG_CACHE_HOME"] = str(folder / "cache")
        self.env["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
        )

    def _once(self, args: list[str]) -> tuple[float, float]:
        """Wall and CPU time (user + system) of one ``resdiff ARGS``, in seconds."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "resdiff", *args],
            check=True,
            capture_output=True,
            cwd=ROOT,
            env=self.env,
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu

    def time(self, args: list[str]) -> tuple[float, float, float]:
        """(first run, best wall, best CPU of ``repeat`` later runs) of ``resdiff ARGS``,
        in seconds. On a shared machine the CPU time tells two versions apart where the
        wall time mostly measures the other jobs."""
        first, _ = self._once(args)
        runs = [self._once(args) for _ in range(self.repeat)]
        return first, min(w for w, _ in runs), min(c for _, c in runs)


def time_whole_process(
    rows: list[dict[str, Any]],
    pairs: dict[int, tuple[Draft, Draft]],
    repeat: int,
    timeout: float,
) -> list[dict[str, Any]]:
    """The whole-process figures of issue 11, each beside its in-process figure and
    redlines (the rows of the compare table hold those for the synthetic sizes)."""
    akn = CORPUS / "akn"
    cases: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="resdiff-whole-") as tmp:
        folder = Path(tmp)
        runner = WholeProcess(folder, repeat)
        first, best, cpu = runner.time(["--version"])
        cases.append(
            {
                "case": "version",
                "label": "resdiff --version",
                "first": first,
                "whole": best,
                "cpu": cpu,
            }
        )

        old_path, new_path = akn / REAL_PAIR[0], akn / REAL_PAIR[1]
        if old_path.exists() and new_path.exists():
            first, best, cpu = runner.time(["compare", str(old_path), str(new_path)])
            old = resdiff.parse(old_path, analyze=False)
            new = resdiff.parse(new_path, analyze=False)

            def run_pair(o: Draft = old, n: Draft = new) -> object:
                return resdiff.compare(o, n)

            cases.append(
                {
                    "case": "pair",
                    "label": f"compare, real pair ({len(old.paragraphs)}/{len(new.paragraphs)})",
                    "first": first,
                    "whole": best,
                    "cpu": cpu,
                    "inner": best_of(repeat, run_pair),
                    "redlines": time_redlines(full_text(old), full_text(new), repeat, timeout),
                }
            )

        for row in rows:
            size = row["size"]
            if str(size) not in WHOLE_AIMS:
                continue
            old, new = pairs[size]
            old_file, new_file = folder / f"old-{size}.xml", folder / f"new-{size}.xml"
            write_akn(old, old_file)
            write_akn(new, new_file)
            first, best, cpu = runner.time(["compare", str(old_file), str(new_file)])
            cases.append(
                {
                    "case": str(size),
                    "label": f"compare, {size:,} paragraphs",
                    "first": first,
                    "whole": best,
                    "cpu": cpu,
                    "inner": row["compare_analysis"],
                    "redlines": row["redlines"],
                }
            )

        files = [akn / name for name in HISTORY_FILES]
        if all(f.exists() for f in files):
            first, best, cpu = runner.time(["history", *map(str, files)])
            cases.append(
                {
                    "case": "history",
                    "label": f"history, {len(files)} real texts",
                    "first": first,
                    "whole": best,
                    "cpu": cpu,
                }
            )

    print(
        f"\nwhole process: a fresh 'resdiff' command (best of {repeat} runs; 'first run' "
        "writes the bytecode and the lexicon cache; CPU: user + system time of the "
        "command, what a loaded machine does not inflate)"
    )
    header = (
        f"{'case':<34}{'first run':>10}{'command':>10}{'CPU':>10}{'in process':>12}"
        f"{'redlines':>11}{'speed-up':>10}  aim"
    )
    print(header)
    print("-" * len(header))
    for case in cases:
        aim = WHOLE_AIMS[case["case"]]
        ok = case["whole"] <= aim
        verdict = f"≤ {aim:g} s"
        redlines = case.get("redlines")
        ratio = ""
        if redlines is not None and redlines == redlines:
            ratio = f"×{redlines / case['whole']:.1f}"
            case["speedup"] = redlines / case["whole"]
            if case["case"] == "500":
                ok = ok and redlines / case["whole"] >= WHOLE_REDLINES_FACTOR
                verdict += f", ≥ {WHOLE_REDLINES_FACTOR:g}× redlines"
        inner = _fmt_s(case["inner"], timeout) if "inner" in case else ""
        red = _fmt_s(redlines, timeout) if "redlines" in case else ""
        print(
            f"{case['label']:<34}{_fmt_s(case['first'], 0):>10}{_fmt_s(case['whole'], 0):>10}"
            f"{_fmt_s(case['cpu'], 0):>10}{inner:>12}{red:>11}{ratio:>10}  "
            f"{verdict}: {'ok' if ok else 'MISSED'}"
        )
    return cases


def time_stages(pairs: dict[int, tuple[Draft, Draft]], repeat: int) -> list[dict[str, Any]]:
    """Where the time of a comparison goes, in process (best of ``repeat`` runs, CPU
    time): reading the two drafts as Akoma Ntoso files, analysing them as ``compare``
    does (``analyze_pair``: the paragraphs both hold read once, those kept word for word
    with no measure not at all), aligning the paragraphs, classifying the pairs (the rest of
    ``compare``, alignment excluded) and writing the text report. Imports and the
    lexicon's build are the whole process's, not here."""
    from resdiff.align import align
    from resdiff.analyze import AnalysisMemo, analyze_pair
    from resdiff.classify import compare_drafts
    from resdiff.lexicon import Lexicon

    lexicon = Lexicon.default()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="resdiff-stages-") as tmp:
        for size, (old, new) in pairs.items():
            old_file, new_file = Path(tmp) / "old.xml", Path(tmp) / "new.xml"
            write_akn(old, old_file)
            write_akn(new, new_file)
            best: dict[str, float] = {}
            for _ in range(repeat):
                times: dict[str, float] = {}
                # A collection of the benchmark's own corpus landing inside one stage
                # would be charged to it: collect first, and not while timing.
                gc.collect()
                gc.disable()
                start = time.process_time()
                a = resdiff.parse(old_file, analyze=False)
                b = resdiff.parse(new_file, analyze=False)
                times["read"] = time.process_time() - start
                start = time.process_time()
                a, b = analyze_pair(a, b, None, AnalysisMemo())
                times["analyse"] = time.process_time() - start
                start = time.process_time()
                align(a.paragraphs, b.paragraphs)
                times["align"] = time.process_time() - start
                start = time.process_time()
                cmp = compare_drafts(a, b, lexicon=lexicon)
                # The whole of compare_drafts, alignment included: the classification is
                # the best of it less the best alignment (the least of a difference
                # taken run by run is no time of anything).
                times["compare"] = time.process_time() - start
                start = time.process_time()
                str(cmp)
                times["report"] = time.process_time() - start
                gc.enable()
                best = {k: min(v, best.get(k, v)) for k, v in times.items()}
            best["classify"] = max(0.0, best.pop("compare") - best["align"])
            rows.append({"size": size, **best})
    print(
        f"\nwhere the time goes, in process (CPU, best of {repeat} runs; imports and the "
        "lexicon build not included)"
    )
    header = f"{'paragraphs':>10}" + "".join(f"{k:>11}" for k in STAGES)
    print(header)
    print("-" * len(header))
    for row in rows:
        print(f"{row['size']:>10}" + "".join(f"{_fmt_s(row[k], 0):>11}" for k in STAGES))
    return rows


def time_patterns(old: Draft, new: Draft, repeat: int) -> dict[str, dict[str, float]]:
    """The lexicon's pattern look-ups over the distinct texts of a pair (every clause and
    sub-paragraph, as the analysis reads them), CPU time, best of ``repeat``: each lookup
    with its patterns tried at their opening words (``resdiff.lexicon.anchors``) and
    with every pattern scanned over the whole text, as before."""
    from resdiff.analyze import fold_typography
    from resdiff.lexicon import Lexicon, anchors

    lex = Lexicon.default()
    texts = list(dict.fromkeys(
        fold_typography(part.text) for draft in (old, new) for part in draft.walk()
    ))  # fmt: skip
    lookups = {
        "hedges": lex.hedges_in, "conditions": lex.conditions_in,
        "exemptions": lex.exemptions_in, "life cycle": lex.lifecycle_in,
        "measures": lex.measures_in, "quantities": lex.quantities_in,
    }  # fmt: skip
    anchored = anchors.anchors_of
    figures: dict[str, dict[str, float]] = {}
    try:
        for mode in ("anchored", "scanned"):
            anchors.anchors_of = anchored if mode == "anchored" else (lambda rx: None)
            for name, lookup in lookups.items():
                best = math.inf
                for _ in range(repeat):
                    start = time.process_time()
                    for text in texts:
                        lookup(text)
                    best = min(best, time.process_time() - start)
                figures.setdefault(name, {})[mode] = best
    finally:
        anchors.anchors_of = anchored
    print(
        f"\nthe lexicon's patterns over the {len(texts):,} distinct texts of the pair (CPU, "
        f"best of {repeat}): tried at their opening words / scanned"
    )
    for name, row in figures.items():
        print(f"{name:<12}{_fmt_s(row['anchored'], 0):>11}{_fmt_s(row['scanned'], 0):>11}")
    total = {m: sum(r[m] for r in figures.values()) for m in ("anchored", "scanned")}
    print(f"{'all':<12}{_fmt_s(total['anchored'], 0):>11}{_fmt_s(total['scanned'], 0):>11}")
    return figures


#: The stages :func:`time_stages` times, in order.
STAGES = ("read", "analyse", "align", "classify", "report")

#: The reader's aim on any input (issue 11): seconds per megabyte.
DENSE_AIM = 2.0

_HEAD = "The Security Council,\n\nRecalling x,\n\n"

#: Dense hostile texts, by name: the shapes benchmarks/fuzz.py finds slowest per byte.
DENSE_SHAPES: dict[str, str] = {
    "20,000 hyphenated lines 'x-'": _HEAD + "1. Decides that:\n" + "x-\n" * 20_000,
    "16,000 lines 'that x'": _HEAD + "1. Decides\n" + "that x\n" * 16_000,
    "20,000 lines 'x;'": _HEAD + "1. Decides that:\n" + "x;\n" * 20_000,
    "8,000 repeated '(a) x'": _HEAD + "1. Decides:\n" + "(a) x\n" * 8_000,
    "10,000 items '(i)'..'(v)'": _HEAD
    + "1. Decides:\n"
    + "".join(f"({n}) x\n" for n in ("i", "ii", "iii", "iv", "v") * 2_000),
    "15,000 list items '- x'": _HEAD + "1. Decides that:\n" + "- x\n" * 15_000,
    "10,000 headings '# a'": "# a\n\n" * 10_000,
    "8,000 recitals": "The Security Council,\n\n" + "Recalling x,\n\n" * 8_000 + "1. Decides.\n",
    "7,999 numbered paragraphs": _HEAD + "".join(f"{i}. Decides x.\n" for i in range(1, 8_000)),
    "8,000 paragraphs all '1.'": _HEAD + "1. Decides x.\n\n" * 8_000,
    "4,000 furniture lines": _HEAD
    + "1. Deplores all missile transfer;\n\n"
    + "24-09862 (E)issile transfer;\n\n" * 4_000,
}


def time_dense(repeat: int) -> list[dict[str, Any]]:
    """The plain-text reader on :data:`DENSE_SHAPES`, as text and as Markdown: CPU time
    (best of ``repeat``) and seconds per MB, against :data:`DENSE_AIM`."""
    limits = resdiff.Limits(max_paragraphs=100_000)
    rows: list[dict[str, Any]] = []
    header = f"{'dense text':<32}{'format':<10}{'size':>9}{'CPU':>10}{'s/MB':>8}  aim"
    print(f"\nthe text reader on dense hostile texts (CPU, best of {repeat} runs)")
    print(header)
    print("-" * len(header))
    for name, text in DENSE_SHAPES.items():
        size = len(text.encode("utf-8"))
        for fmt in ("text", "markdown"):
            best = float("inf")
            refused = False
            for _ in range(repeat):
                start = time.process_time()
                try:
                    resdiff.parse(text, format=fmt, analyze=False, limits=limits)
                except resdiff.ResdiffError:
                    # Refused ("no paragraphs"): the time to say so counts all the same.
                    refused = True
                best = min(best, time.process_time() - start)
            per_mb = best / (size / 1e6)
            verdict = "ok" if per_mb <= DENSE_AIM else "MISSED"
            rows.append({"shape": name, "format": fmt, "bytes": size, "cpu": best,
                         "s_per_mb": per_mb, "refused": refused})  # fmt: skip
            print(f"{name:<32}{fmt:<10}{size / 1024:>7.0f}KB{_fmt_s(best, 0):>10}"
                  f"{per_mb:>8.2f}  ≤ {DENSE_AIM:g} s/MB: {verdict}"
                  f"{' (refused: no paragraphs)' if refused else ''}")  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--redlines-timeout", type=float, default=300.0)
    parser.add_argument(
        "--profile",
        action="store_true",
        help="print cProfile hot spots of compare at the largest size",
    )
    parser.add_argument("--json", metavar="PATH", help="dump figures as JSON")
    parser.add_argument(
        "--no-formats", action="store_true", help="skip the Word and PDF reader timings"
    )
    parser.add_argument(
        "--no-difflib",
        action="store_true",
        help="skip the difflib timings (minutes at 5,000 paragraphs)",
    )
    parser.add_argument(
        "--stages", action="store_true", help="print where the time of compare goes, stage by stage"
    )
    parser.add_argument(
        "--patterns",
        action="store_true",
        help="time the lexicon's patterns at the largest size, tried at their "
        "opening words and scanned",
    )
    parser.add_argument("--no-whole", action="store_true", help="skip the whole-process timings")
    parser.add_argument(
        "--dense",
        action="store_true",
        help="time only the text reader on dense hostile texts (s per MB)",
    )
    args = parser.parse_args(argv)

    if args.dense:
        dense = time_dense(args.repeat)
        if args.json:
            Path(args.json).write_text(json.dumps({"dense": dense}, indent=2))
            print(f"figures written to {args.json}")
        return 0

    start = time.perf_counter()
    preamble, operative = corpus_paragraphs()
    print(
        f"corpus: {len(preamble)} preambular and {len(operative)} operative paragraphs "
        f"({time.perf_counter() - start:.1f} s to read)"
    )

    rows: list[dict[str, Any]] = []
    pairs: dict[int, tuple[Draft, Draft]] = {}
    for size in args.sizes:
        old, new = make_pair(size, preamble, operative)
        pairs[size] = (old, new)
        old_raw, new_raw = unanalysed(old), unanalysed(new)
        text_old, text_new = full_text(old), full_text(new)
        row: dict[str, Any] = {
            "size": size,
            "new_size": len(new.paragraphs),
            "words": len(text_old.split()),
        }

        def run_compare(o: Draft = old, n: Draft = new) -> object:
            return resdiff.compare(o, n)

        def run_compare_raw(o: Draft = old_raw, n: Draft = new_raw) -> object:
            return resdiff.compare(o, n)

        def run_difflib(a: str = text_old, b: str = text_new) -> object:
            return difflib.SequenceMatcher(None, a.split(), b.split()).get_opcodes()

        row["compare"] = best_of(args.repeat, run_compare)
        row["compare_analysis"] = best_of(args.repeat, run_compare_raw)
        row["peak_mb"] = peak_memory(run_compare) / 2**20
        # difflib is quadratic on a long text (about 150 s at 5,000 paragraphs).
        row["difflib"] = float("nan") if args.no_difflib else best_of(args.repeat, run_difflib)
        row["redlines"] = time_redlines(text_old, text_new, args.repeat, args.redlines_timeout)
        rows.append(row)
        print(f"  {size} paragraphs done", flush=True)

    timeout = args.redlines_timeout
    print()
    header = (
        f"{'paragraphs':>10}{'words':>9}{'compare':>12}{'+analysis':>12}"
        f"{'peak mem':>10}{'redlines':>12}{'difflib':>11}{'µs/para':>9}  aim"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        aim = AIMS.get(row["size"])
        verdict = ""
        if aim is not None:
            ok = row["compare"] < aim
            if row["size"] == 500 and row["redlines"] is not None:
                ok = ok and row["compare"] < row["redlines"]
            verdict = f"< {aim:g} s{' and < redlines' if row['size'] == 500 else ''}: " + (
                "ok" if ok else "MISSED"
            )
        print(
            f"{row['size']:>10}{row['words']:>9}{_fmt_s(row['compare'], timeout):>12}"
            f"{_fmt_s(row['compare_analysis'], timeout):>12}{row['peak_mb']:>8.1f}MB"
            f"{_fmt_s(row['redlines'], timeout):>12}{_fmt_s(row['difflib'], timeout):>11}"
            f"{1e6 * row['compare'] / row['size']:>9.0f}  {verdict}"
        )
    if len(rows) > 1:
        growth = ", ".join(
            f"{a['size']}→{b['size']}: ×{b['compare'] / a['compare']:.1f} time for "
            f"×{b['size'] / a['size']:.0f} paragraphs"
            for a, b in itertools.pairwise(rows)
        )
        print(f"growth: {growth}")

    if args.profile:
        size = max(args.sizes)
        old, new = make_pair(size, preamble, operative)
        profiler = cProfile.Profile()
        profiler.enable()
        resdiff.compare(old, new)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        print(f"\ncProfile of compare at {size} paragraphs (cumulative):")
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
        print(f"cProfile of compare at {size} paragraphs (own time):")
        print(out.getvalue())

    stages: list[dict[str, Any]] = []
    if args.stages:
        stages = time_stages(pairs, args.repeat)

    patterns: dict[str, dict[str, float]] = {}
    if args.patterns:
        patterns = time_patterns(*pairs[max(args.sizes)], args.repeat)

    whole: list[dict[str, Any]] = []
    if not args.no_whole:
        whole = time_whole_process(rows, pairs, args.repeat, args.redlines_timeout)

    if not args.no_formats:
        time_formats(args.repeat)

    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"compare": rows, "whole": whole, "stages": stages, "patterns": patterns},
                indent=2,
            )
        )
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
