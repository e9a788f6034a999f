"""The corpus commands of the command line: ``resdiff index build|add|info`` and
``resdiff precedents``: their arguments, and the ``index`` command (``precedents`` writes
a report, so it runs in :mod:`resdiff.cli` beside the other reports).

Building the parsers imports nothing but argparse, so ``resdiff --version`` and the other
commands load neither sqlite3 nor Dask.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..safe import printable

if TYPE_CHECKING:
    from .model import BuildReport

__all__ = ["add_corpus_commands", "iso_date", "run_index"]


def iso_date(text: str) -> _dt.date:
    """A date given as YYYY-MM-DD on the command line (an argparse ``type``): the corpus
    commands' and ``resdiff series``'s ``--since`` and ``--until``; a date with a time
    ("2021-01-01T10:00") is its day, as the Python arguments read it
    (:func:`resdiff.corpus.index.day_of`)."""
    from .index import day_of  # only when the option is given: the parsers stay light

    try:
        return day_of(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, found {text!r}") from None


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, found {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, found {value}")
    return value


def add_corpus_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    limits: argparse.ArgumentParser,
) -> None:
    """Add ``index`` and ``precedents`` to the command line's sub-commands (``limits``:
    the shared ``--max-bytes`` / ``--max-paragraphs`` options)."""
    index_cmd = commands.add_parser(
        "index",
        help="build or extend a corpus index of many texts",
        description="A corpus index: every text parsed and analysed once, in one file, "
        "for precedents and series.",
    )
    actions = index_cmd.add_subparsers(dest="index_command", metavar="ACTION")
    scheduler_help = (
        "where texts are parsed: 'processes' (this machine, the default), 'sync' (this "
        "process) or a Dask cluster such as tcp://HOST:8786 (needs resdiff[scale]); "
        "default: $RESDIFF_DASK_SCHEDULER, else processes"
    )
    metadata_help = (
        "JSON lines (a file, or a folder of .json/.jsonl files) with each symbol's "
        "resolution_title and agenda_item_name, as in the UN's data extracts (repeat)"
    )
    build = actions.add_parser(
        "build",
        parents=[limits],
        help="index texts into a new file",
        description="Read every text the sources name (files, folders, glob patterns) and "
        "write a new index file.",
    )
    build.add_argument("sources", nargs="+", metavar="SOURCE", help="a file, folder or glob")
    build.add_argument("-o", "--output", required=True, help="the index file to write")
    build.add_argument("--scheduler", help=scheduler_help)
    build.add_argument(
        "--metadata", action="append", default=[], metavar="FILE", help=metadata_help
    )
    add = actions.add_parser(
        "add",
        parents=[limits],
        help="add texts to an index",
        description="Add texts to an index; files it holds already (same bytes) are "
        "skipped, a changed file at an indexed path replaces its earlier version.",
    )
    add.add_argument("sources", nargs="+", metavar="SOURCE", help="a file, folder or glob")
    add.add_argument("--index", required=True, help="the index file to extend")
    add.add_argument("--scheduler", help=scheduler_help)
    add.add_argument("--metadata", action="append", default=[], metavar="FILE", help=metadata_help)
    info = actions.add_parser(
        "info", help="what an index holds", description="Say what an index holds."
    )
    info.add_argument("--index", required=True, help="the index file")

    precedents_cmd = commands.add_parser(
        "precedents",
        parents=[limits],
        help="say where each paragraph of a draft comes from",
        description="For each paragraph of a draft: agreed language (the same words in an "
        "earlier adopted text), adapted (the best earlier paragraphs, the redline and the "
        "verdict against each) or new.",
    )
    precedents_cmd.add_argument("draft", help="the draft (any format resdiff reads; - for stdin)")
    precedents_cmd.add_argument("--index", required=True, help="the index file to search")
    precedents_cmd.add_argument(
        "--before",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="only texts adopted before this date (default: the draft's own date where "
        "known, else 1 January of the year its symbol names, else no limit)",
    )
    precedents_cmd.add_argument(
        "--threshold",
        type=_share,
        metavar="X",
        help="least similarity (0-1) of an adapted paragraph's precedent (default 0.6)",
    )
    precedents_cmd.add_argument(
        "--format",
        choices=["text", "json", "md", "markdown", "html", "docx"],
        default=None,
        help="report format (default: from the -o suffix, else text)",
    )
    precedents_cmd.add_argument("-o", "--output", help="write the report to this file")


def _say_build(report: BuildReport, target: str) -> int:
    for failure in report.failed:
        sys.stderr.write(printable(f"resdiff: warning: not indexed: {failure.error}") + "\n")
    n = len(report.indexed)
    # Files read and indexed; what the index then holds is counted in texts (_held).
    parts = [f"indexed {n:,} file{'' if n == 1 else 's'}"]
    if report.unchanged:
        parts.append(f"{len(report.unchanged):,} unchanged (skipped)")
    if report.replaced:
        parts.append(f"{len(report.replaced):,} replaced")
    if report.failed:
        parts.append(f"{len(report.failed):,} failed")
    sys.stderr.write(
        printable(
            f"resdiff: {', '.join(parts)}; {target} holds "
            + _held(report.texts, report.documents, report.folded)
            + f", {report.paragraphs:,} paragraphs"
        )
        + "\n"
    )
    return 2 if report.failed else 0


def _held(texts: int, files: int, folded: Sequence[str]) -> str:
    """ "596 texts (597 files: 1 holds a text already counted — S_RES_542_1983.txt: the
    same text as S_RES_538_1983.txt)", or "3 texts" where each file is a text of its
    own: texts counted as a reader counts them, as the precedents report counts them."""
    said = f"{texts:,} text{'' if texts == 1 else 's'}"
    if files == texts:
        return said
    n = len(folded)
    return (
        f"{said} ({files:,} files: {n:,} hold{'s' if n == 1 else ''} a text already "
        f"counted{' — ' + '; '.join(folded[:NAMES_SHOWN]) if folded else ''}"
        f"{f' and {n - NAMES_SHOWN:,} more' if n > NAMES_SHOWN else ''})"
    )


#: How many names ``index info`` lists before "and N more".
NAMES_SHOWN = 10


def _named(names: Iterable[str]) -> str:
    """ ": A, B and C", the first :data:`NAMES_SHOWN` names, then "and N more"; "" if none."""
    listed = list(names)
    if not listed:
        return ""
    shown = ", ".join(listed[:NAMES_SHOWN])
    more = len(listed) - NAMES_SHOWN
    return f": {shown}" + (f" and {more:,} more" if more > 0 else "")


def run_index(args: argparse.Namespace) -> int:
    """Run ``resdiff index build|add|info``; returns the exit code."""
    from .index import Corpus
    from .model import TextKey, text_key, texts_of

    if args.index_command == "build":
        with Corpus.build(
            args.sources,
            args.output,
            scheduler=args.scheduler,
            progress=True,
            metadata=args.metadata,
        ) as c:
            return _say_build(c.last_build, args.output)
    if args.index_command == "add":
        with Corpus.open(args.index, writable=True) as corpus:
            return _say_build(
                corpus.add(
                    args.sources,
                    scheduler=args.scheduler,
                    progress=True,
                    metadata=args.metadata,
                ),
                args.index,
            )
    if args.index_command == "info":
        from ..safe import printable

        with Corpus.open(args.index) as corpus:
            documents = corpus.documents()
            paragraphs = sum(d.preamble + d.operative for d in documents)
            texts, folded = texts_of(documents)
            lines = [
                f"{args.index}: {_held(texts, len(documents), folded)}, {paragraphs:,} paragraphs"
            ]
            dated = [d.date for d in documents if d.date]
            if dated:
                lines.append(
                    f"dated {min(dated).isoformat()} to {max(dated).isoformat()}"
                    f"; {len(documents) - len(dated):,} undated"
                    + _named(d.name for d in documents if not d.date)
                )
            # Two files of one symbol (a second scan, or a file holding another
            # resolution's text: the scanned corpus's S_RES_542_1983.txt is 538 (1983)):
            # precedents and series read both, so the analyst is told which.
            files: dict[str, list[str]] = {}
            for d in documents:
                if d.symbol:
                    files.setdefault(d.symbol, []).append(
                        d.path.replace("\\", "/").rsplit("/", 1)[-1]
                    )
            shared = [f"{s} ({', '.join(names)})" for s, names in files.items() if len(names) > 1]
            if shared:
                lines.append(
                    f"{sum(len(n) for n in files.values() if len(n) > 1):,} files of one symbol"
                    + _named(shared)
                )
            by_status: dict[str, int] = {}
            counted: set[TextKey] = set()
            for d in documents:
                if text_key(d) in counted:
                    continue  # a text two files hold is counted once, as above
                counted.add(text_key(d))
                key = d.status or "status unknown"
                by_status[key] = by_status.get(key, 0) + 1
            lines.append(", ".join(f"{n:,} {s}" for s, n in sorted(by_status.items())))
            sys.stdout.write(printable("\n".join(lines)) + "\n")
        return 0
    sys.stderr.write("resdiff: error: index: give an action: build, add or info\n")
    return 2
