"""The ``resdiff`` command line. Argument parsing only: every command calls the public API.

Exit codes: 0 success, 1 a check failed (``resdiff check``), 2 bad input or usage. Errors
are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from ._version import __version__
from .collect import fewer_collections
from .errors import ResdiffError

if TYPE_CHECKING:
    import datetime as _dt
    from pathlib import Path

    from .model import Comparison, Draft, DraftInfo, Limits


def _build_parser(*, with_check: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="resdiff",
        description="Compare drafts of United Nations resolutions clause by clause.",
    )
    parser.add_argument("--version", action="version", version=f"resdiff {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    limits = _limit_options()

    parse_cmd = commands.add_parser(
        "parse",
        help="read a draft and print its structure",
        description="Read a draft.",
        parents=[limits],
    )
    parse_cmd.add_argument(
        "file", help="plain text, Markdown, Akoma Ntoso XML, Word (.docx) or PDF; - for stdin"
    )
    parse_cmd.add_argument(
        "--version",
        dest="tracked",
        choices=["accepted", "original"],
        default="accepted",
        help="a Word file with tracked changes: read it with every change accepted "
        "(default) or rejected",
    )
    parse_cmd.add_argument(
        "--format",
        choices=["json", "outline", "text"],
        default="outline",
        help="json: the full model; outline: one line per clause (default); text: the "
        "draft written out whole as plain text, which reads back as the same draft",
    )

    compare_cmd = commands.add_parser(
        "compare",
        parents=[limits],
        help="compare two drafts",
        description="Compare two drafts: which provisions were added, dropped, moved, "
        "reworded, softened or strengthened, and why.",
    )
    compare_cmd.add_argument("old", help="the earlier draft (- for stdin)")
    compare_cmd.add_argument(
        "new",
        nargs="?",
        help="the later draft; leave it out to compare the two versions of one Word file "
        "with tracked changes (rejected → accepted)",
    )
    compare_cmd.add_argument(
        "--format",
        choices=["text", "json", "md", "markdown", "html", "docx"],
        default=None,
        help="report format (default: from the -o suffix, else text); docx is a Word "
        "document with the changes as tracked revisions",
    )
    compare_cmd.add_argument("-o", "--output", help="write the report to this file")
    compare_cmd.add_argument(
        "--changes-only",
        action="store_true",
        help="text report: leave out paragraphs that did not change",
    )

    history_cmd = commands.add_parser(
        "history",
        parents=[limits],
        help="follow every provision through several revisions",
        description="Follow every provision through the revisions of a text, oldest "
        "first: its ref, what each revision did to it, and its strength.",
    )
    history_cmd.add_argument(
        "drafts", nargs="+", metavar="DRAFT", help="the revisions, oldest first"
    )
    history_cmd.add_argument(
        "--name",
        action="append",
        dest="names",
        metavar="NAME",
        help="a name for each revision, in order (repeat; default: the symbols)",
    )
    history_cmd.add_argument(
        "--format",
        choices=["text", "json", "md", "markdown", "html"],
        default=None,
        help="report format (default: from the -o suffix, else text)",
    )
    history_cmd.add_argument("-o", "--output", help="write the timeline to this file")
    history_cmd.add_argument(
        "--chart",
        metavar="FILE",
        help="also draw the strength chart (.png or .svg; needs resdiff[chart]); with "
        "--lineage, the chart of the measures and quantities",
    )
    history_cmd.add_argument(
        "--full",
        action="store_true",
        help="text: every provision and shift, even for distinct resolutions (whose "
        "text timeline lists by default only what changed in strength)",
    )
    history_cmd.add_argument(
        "--lineage",
        action="store_true",
        help="follow the measures and their quantities (caps, ceilings, renewal periods, "
        "reporting intervals) through distinct resolutions instead of the paragraphs: "
        "when each measure appeared, changed mode or was lifted, and each step's key "
        "changes (JSON: the full detail, schema resdiff.lineage/3)",
    )

    series_cmd = commands.add_parser(
        "series",
        parents=[limits],
        help="pair the renewals of each mandate or regime and compare them",
        description="Find the series among many adopted texts (the renewals of one mandate "
        "or sanctions regime), compare each text with the one before it, and report the "
        "direction and key changes of every renewal: a table (CSV or Parquet) and an "
        "HTML dashboard.",
    )
    series_cmd.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="files, folders or globs to read (through a temporary index); or give --index",
    )
    series_cmd.add_argument("--index", help="a corpus index (resdiff index build) to read")
    series_cmd.add_argument(
        "--metadata",
        action="append",
        default=[],
        metavar="FILE",
        help="with SOURCEs: JSON lines with each symbol's agenda_item_name and "
        "resolution_title (the UN's data extracts), which group texts too (repeat)",
    )
    series_cmd.add_argument(
        "--format",
        choices=["text", "json", "html", "csv"],
        default=None,
        help="report format (default: from the -o suffix, else text)",
    )
    series_cmd.add_argument(
        "-o", "--output", help="write the report (.html dashboard, .json, .csv, .txt) here"
    )
    series_cmd.add_argument(
        "--table", metavar="FILE", help="also write the table of renewals (.csv or .parquet)"
    )
    series_cmd.add_argument(
        "--since", type=_iso_date, metavar="DATE", help="keep renewals adopted on or after it"
    )
    series_cmd.add_argument(
        "--until", type=_iso_date, metavar="DATE", help="keep renewals adopted on or before it"
    )
    series_cmd.add_argument(
        "--similarity",
        type=float,
        metavar="S",
        help="least text similarity (0-1) for two texts to be one series (default 0.45)",
    )
    series_cmd.add_argument(
        "--scheduler",
        help="where texts are read and pairs compared: 'processes' (the default), 'sync' "
        "or a Dask cluster such as tcp://HOST:8786 (needs resdiff[scale]); default: "
        "$RESDIFF_DASK_SCHEDULER, else processes",
    )
    series_cmd.add_argument(
        "--progress", action="store_true", help="progress bars on standard error (rich)"
    )

    provenance_cmd = commands.add_parser(
        "provenance",
        parents=[limits],
        help="trace each paragraph of a final text to its source drafts",
        description="Say where each paragraph of the final text came from, and which "
        "provisions of each source survived.",
    )
    provenance_cmd.add_argument("final", help="the final (adopted) text")
    provenance_cmd.add_argument(
        "--source",
        action="append",
        required=True,
        metavar="NAME=FILE",
        help="a source draft and its name (repeat for each source)",
    )
    provenance_cmd.add_argument(
        "--format",
        choices=["text", "json", "md", "markdown", "html"],
        default=None,
        help="report format (default: from the -o suffix, else text)",
    )
    provenance_cmd.add_argument("-o", "--output", help="write the report to this file")

    schema_cmd = commands.add_parser(
        "schema", help="print the JSON schema of the models", description="Print a JSON schema."
    )
    schema_cmd.add_argument(
        "model",
        nargs="?",
        choices=["draft", "comparison", "precedents", "lineage", "series", "history", "provenance"],
        default="draft",
        help="which model (default: draft)",
    )
    from .corpus.cli import add_corpus_commands

    add_corpus_commands(commands, limits)
    if with_check:
        from .negotiation.red_lines import add_check_command

        add_check_command(commands)
    return parser


def _needs_check_command(argv: Sequence[str]) -> bool:
    """Whether the ``check`` sub-command must be built: its arguments live in the red-lines
    module, whose import (pydantic models) ``--version`` and the other commands should not
    pay for. It is built for ``check`` itself, for the help that lists every command, and
    for an unknown command, so that argparse's error names them all."""
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    if command is None:
        return not argv or any(arg in ("-h", "--help") for arg in argv)
    return command not in _COMMANDS or command == "check"


def _limit_options() -> argparse.ArgumentParser:
    """The options that raise or lower the input limits (:class:`resdiff.model.Limits`),
    shared by every command that reads drafts."""
    from .limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_PARAGRAPHS

    options = argparse.ArgumentParser(add_help=False)
    group = options.add_argument_group("limits")
    group.add_argument(
        "--max-bytes",
        type=_positive,
        metavar="N",
        help=f"refuse an input larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
    )
    group.add_argument(
        "--max-paragraphs",
        type=_positive,
        metavar="N",
        help="refuse a draft of more than N paragraphs and sub-paragraphs "
        f"(default {DEFAULT_MAX_PARAGRAPHS:,})",
    )
    return options


def _iso_date(text: str) -> _dt.date:
    import datetime

    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, found {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, found {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, found {value}")
    return value


def _limits(args: argparse.Namespace) -> Limits:
    """The limits the command line asks for: the defaults, with what it overrides."""
    from .model import Limits

    given = {
        key: value
        for key in ("max_bytes", "max_paragraphs")
        if (value := getattr(args, key, None)) is not None
    }
    return Limits(**given)


def _cmd_check(args: argparse.Namespace) -> int:
    from .negotiation.red_lines import run_check

    return run_check(args)


def _cmd_parse(args: argparse.Namespace) -> int:

    from .api import parse
    from .safe import json_safe, printable

    draft = parse(_source(args.file), version=args.tracked)
    if args.format == "json":
        sys.stdout.write(json_safe(draft.model_dump_json(indent=2)) + "\n")
    elif args.format == "text":
        from .render.draft_text import draft_text

        sys.stdout.write(printable(draft_text(draft)))
        for warning in draft.warnings:
            sys.stderr.write(printable(f"{args.file}: warning: {warning}") + "\n")
    else:
        sys.stdout.write(printable(draft.outline()) + "\n")
        for warning in draft.warnings:
            sys.stderr.write(printable(f"{args.file}: warning: {warning}") + "\n")
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    if args.model == "precedents":
        from .corpus.model import precedents_json_schema

        schema = precedents_json_schema()
    elif args.model in _PRODUCT_SCHEMAS:
        # A product's model lives above the engine, where resdiff.schema may not reach.
        import importlib

        module, name = _PRODUCT_SCHEMAS[args.model]
        model = getattr(importlib.import_module(module), name)
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            **model.model_json_schema(by_alias=True),
        }
    else:
        from .schema import json_schema

        schema = json_schema(args.model)
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return 0


#: The products whose JSON schemas ``resdiff schema`` prints: (module, model class).
_PRODUCT_SCHEMAS = {
    "lineage": ("resdiff.lineage", "Lineage"),
    "series": ("resdiff.series", "Series"),
    "history": ("resdiff.history", "History"),
    "provenance": ("resdiff.provenance", "Provenance"),
}


_SUFFIX_FORMATS = {
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".docx": "docx",
}


def _colour_terminal() -> bool:
    """Whether to draw the text report with rich: stdout is a terminal and rich is
    installed (``pip install 'resdiff[terminal]'``)."""
    import importlib.util

    return sys.stdout.isatty() and importlib.util.find_spec("rich") is not None


def _cmd_compare(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .api import compare
    from .render import render, render_text
    from .safe import displayable, json_safe

    fmt = args.format
    if fmt is None and args.output:
        suffix = Path(args.output).suffix.lower()
        fmt = _SUFFIX_FORMATS.get(suffix)
        if fmt is None:
            sys.stderr.write(
                f"resdiff: error: cannot tell the report format from {args.output!r}: "
                "use --format\n"
            )
            return 2
    fmt = fmt or "text"
    if fmt == "docx" and not args.output and sys.stdout.isatty():
        sys.stderr.write(
            "resdiff: error: a docx report is binary: use -o FILE.docx or redirect the output\n"
        )
        return 2
    if args.changes_only and fmt != "text":
        # The other reports keep every paragraph: JSON is data, the HTML report folds the
        # unchanged ones with its own filter, and a Word report tracks changes in the
        # whole text.
        sys.stderr.write(
            f"resdiff: warning: --changes-only shortens the text report only; the {fmt} "
            "report keeps every paragraph\n"
        )
    if args.new is None:
        # One Word file: its original (every change rejected) against its proposal.
        from .api import parse
        from .read import load, read_bytes

        limits = _limits(args)
        data = read_bytes(args.old, max_bytes=limits.max_bytes)
        name = "<stdin>" if args.old == "-" else args.old
        original = load(data, path=name, version="original", limits=limits)
        if original.source is None or original.source.format != "docx":
            sys.stderr.write(
                f"resdiff: error: {name}: one draft given, but only a Word file with tracked "
                "changes holds two versions: give the old and the new draft\n"
            )
            return 2
        from .read.docx import UNTRACKED_WARNING

        if any(w.code == UNTRACKED_WARNING for w in original.warnings):
            sys.stderr.write(
                f"resdiff: error: {name} has no tracked changes: give the old and the new draft\n"
            )
            return 2
        accepted = load(data, path=name, version="accepted", limits=limits)
        _reader_warnings(args.old, accepted)
        cmp = compare(parse(original), parse(accepted))
    else:
        if args.old == "-" and args.new == "-":
            sys.stderr.write("resdiff: error: only one of the drafts can be read from stdin\n")
            return 2
        from .api import parse

        drafts = [parse(_source(name), analyze=False) for name in (args.old, args.new)]
        for name, draft in zip((args.old, args.new), drafts, strict=True):
            _reader_warnings(name, draft)
            _warn_if_no_resolution(name, draft)
        cmp = compare(*drafts)
    _warn_of_order_and_language(cmp)
    if fmt != "json":
        # Control characters in the drafts are shown as escapes, never sent to a terminal
        # (or into a Word file, where XML forbids them); JSON keeps them as data.
        cmp = displayable(cmp)
    if fmt == "docx":
        from .render import render_docx

        data = render_docx(cmp)
        if args.output:
            write_output(args.output, data, inputs=_inputs(args))
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        return 0
    if fmt == "text" and not args.output and _colour_terminal():
        from .render.terminal import print_comparison

        print_comparison(cmp, only_changes=args.changes_only)
        return 0
    report = render_text(cmp, only_changes=args.changes_only) if fmt == "text" else render(cmp, fmt)
    if fmt == "json":
        report = json_safe(report)
    if not report.endswith("\n"):
        report += "\n"
    if args.output:
        write_output(args.output, report, inputs=_inputs(args))
    else:
        sys.stdout.write(report)
    return 0


#: Readers' warnings a comparison prints per draft before it says how many more there are.
_WARNINGS_SHOWN = 5


def _reader_warnings(name: str, draft: Draft | DraftInfo) -> None:
    """The readers' warnings on stderr, as ``parse`` prints them: a comparison built on a
    partial read (a PDF page with no text layer, comments or numbering the reader set
    aside) must not look complete. At most :data:`_WARNINGS_SHOWN` per draft; ``resdiff
    parse`` shows them all."""
    from .model import ordered_warnings
    from .safe import printable

    shown = "<stdin>" if name == "-" else name
    for warning in ordered_warnings(draft.warnings)[:_WARNINGS_SHOWN]:
        sys.stderr.write(printable(f"{shown}: warning: {warning}") + "\n")
    more = len(draft.warnings) - _WARNINGS_SHOWN
    if more > 0:
        sys.stderr.write(
            printable(f"{shown}: {more} more warning(s): resdiff parse {shown} shows them all")
            + "\n"
        )


def _warn_if_no_resolution(name: str, draft: Draft) -> None:
    """A warning on stderr for a text in which nothing reads as a resolution (a file
    given by mistake), asked before the comparison of the draft as read: its paragraphs
    are looked at only until one opens with a lead phrase."""
    from .analyze import NOT_A_RESOLUTION_WARNING, reads_as_resolution
    from .safe import printable

    if not reads_as_resolution(draft):
        shown = "<stdin>" if name == "-" else name
        sys.stderr.write(printable(f"{shown}: warning: {NOT_A_RESOLUTION_WARNING}") + "\n")


def _warn_of_order_and_language(cmp: Comparison) -> None:
    """Warnings on stderr when the drafts are in two languages (no word of one is a word
    of the other) or the new text is dated before the old (every verdict reads the other
    way round if the drafts were given in the wrong order)."""
    from .read.language import language_name

    langs = cmp.old.language, cmp.new.language
    if langs[0] and langs[1] and langs[0] != langs[1]:
        sys.stderr.write(
            f"resdiff: warning: the drafts are in different languages ({language_name(langs[0])}"
            f", {language_name(langs[1])}): their words cannot be compared; compare two "
            "texts in one language\n"
        )
    old, new = cmp.old.date, cmp.new.date
    if old is not None and new is not None and new < old:
        from .safe import printable

        sys.stderr.write(
            printable(
                f"resdiff: warning: the new text ({cmp.new.name}, {new.day} {new:%B %Y}) is "
                f"dated before the old ({cmp.old.name}, {old.day} {old:%B %Y}): is the order "
                "of the drafts right? (resdiff compare OLD NEW)"
            )
            + "\n"
        )


def _warn_of_dates(pairs: list[tuple[DraftInfo, DraftInfo]], advice: str) -> None:
    """One warning on stderr for each pair of texts (earlier, later) whose dates run
    backwards, as ``compare`` warns of its two drafts: a history or a provenance read in
    the wrong order states a reversed timeline with confidence (a new user's finding)."""
    from .safe import printable

    for old, new in pairs:
        if old.date is not None and new.date is not None and new.date < old.date:
            sys.stderr.write(
                printable(
                    f"resdiff: warning: {new.name}, of {new.date.day} {new.date:%B %Y}, is "
                    f"dated before {old.name}, of {old.date.day} {old.date:%B %Y}: {advice}"
                )
                + "\n"
            )


def _source(name: str) -> str | os.PathLike[str]:
    """What a command-line argument names: standard input for ``-``, else a path."""
    from pathlib import Path

    return name if name == "-" else Path(name)


#: The report formats each command writes (the others are refused by suffix too).
_TEXT_REPORTS = ("text", "json", "md", "html")


def _format_of(
    args: argparse.Namespace, allowed: tuple[str, ...] = (*_TEXT_REPORTS, "docx")
) -> str | None:
    """The report format: --format, else the -o suffix, else text; None (after an error
    line) when the suffix says nothing, or names a format the command does not write
    (``history -o h.docx`` would otherwise write a text report under a Word name)."""
    from pathlib import Path

    if args.format or not args.output:
        return str(args.format or "text")
    fmt = _SUFFIX_FORMATS.get(Path(args.output).suffix.lower())
    if fmt is None:
        sys.stderr.write(
            f"resdiff: error: cannot tell the report format from {args.output!r}: use --format\n"
        )
    elif fmt not in allowed:
        first = {v: k for k, v in reversed(_SUFFIX_FORMATS.items())}
        suffixes = ", ".join(first[f] for f in allowed if f in first)
        sys.stderr.write(
            f"resdiff: error: {args.output!r}: {args.command} writes no {fmt} report "
            f"(name the output {suffixes}, or use --format)\n"
        )
        return None
    return fmt


def _inputs(args: argparse.Namespace) -> list[str]:
    """Every input file named on the command line (an output must not overwrite one)."""
    names: list[str] = []
    for key in ("old", "new", "draft", "final", "against", "spec", "index"):
        value = getattr(args, key, None)
        if isinstance(value, str):
            names.append(value)
    names += list(getattr(args, "drafts", None) or [])
    names += list(getattr(args, "sources", None) or [])
    names += [item.partition("=")[2] for item in getattr(args, "source", None) or []]
    return [n for n in names if n and n != "-"]


def check_output(target: str, *, inputs: Sequence[str] = ()) -> Path:
    """The path a report may be written to: its folder exists, it is not a folder, and it
    is none of the inputs. Raises :class:`~resdiff.errors.OutputError` otherwise."""
    from pathlib import Path

    from .errors import OutputError

    path = Path(target)
    if path.is_dir():
        raise OutputError("is a directory: give a file name for the report", path=target)
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"no such folder: {str(folder)!r}", path=target)
    for name in inputs:
        try:
            same = path.exists() and path.samefile(name)
        except OSError:
            same = False
        if same:
            raise OutputError("is an input of this command: it would be overwritten", path=target)
    return path


def write_output(target: str, data: str | bytes, *, inputs: Sequence[str] = ()) -> None:
    """Write a report (text as UTF-8) after :func:`check_output`; a write that fails (a
    full device, no permission) is an :class:`~resdiff.errors.OutputError`, not a
    traceback."""
    from .errors import OutputError

    path = check_output(target, inputs=inputs)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with open(path, "wb") as out:
            out.write(payload)
    except OSError as exc:
        raise OutputError(f"cannot write the report: {exc.strerror}", path=target) from None
    sys.stderr.write(f"resdiff: wrote {target}\n")


def _emit(args: argparse.Namespace, report: str, *, json_report: bool = False) -> None:
    """Write a report to -o or standard output, its control characters made safe (JSON
    escapes in JSON, visible escapes elsewhere)."""
    from .safe import json_safe, printable

    report = json_safe(report) if json_report else printable(report)
    if not report.endswith("\n"):
        report += "\n"
    if args.output:
        write_output(args.output, report, inputs=_inputs(args))
    else:
        sys.stdout.write(report)


def _cmd_history(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .history import history
    from .render.timeline import (
        render_timeline_html,
        render_timeline_markdown,
        render_timeline_text,
    )

    fmt = _format_of(args, _TEXT_REPORTS)
    if fmt is None:
        return 2
    if args.chart and Path(args.chart).suffix.lower() not in (".png", ".svg"):
        sys.stderr.write(f"resdiff: error: --chart {args.chart!r}: use a .png or .svg name\n")
        return 2
    if args.chart:
        check_output(args.chart, inputs=_inputs(args))
        from .render.chart import chart_missing

        missing = chart_missing()
        if missing:
            sys.stderr.write(f"resdiff: error: --chart {args.chart!r}: {missing}\n")
            return 2
    if args.lineage:
        return _lineage(args, fmt)
    try:
        h = history([Path(d) for d in args.drafts], names=args.names)
    except ValueError as exc:  # --name given a wrong number of times
        sys.stderr.write(f"resdiff: error: {exc}\n")
        return 2
    # The readers' warnings of every text, as compare prints them for its two.
    texts = [h.comparisons[0].old] if h.comparisons else []
    texts += [c.new for c in h.comparisons]
    for name, info in zip(args.drafts, texts, strict=False):
        _reader_warnings(name, info)
    _warn_of_dates(
        [(c.old, c.new) for c in h.comparisons],
        "history reads the texts oldest first: is the order right?",
    )
    if fmt == "json":
        report = h.model_dump_json(indent=2, by_alias=True)
    elif fmt in ("md", "markdown"):
        report = render_timeline_markdown(h)
    elif fmt == "html":
        report = render_timeline_html(h)
    else:
        report = render_timeline_text(h, compact=False if args.full else None)
    _emit(args, report, json_report=fmt == "json")
    if args.chart:
        from .render.chart import strength_chart

        return _write_beside(args.chart, "chart", lambda: strength_chart(h, args.chart))
    return 0


def _lineage(args: argparse.Namespace, fmt: str) -> int:
    """``resdiff history --lineage``: the measures and quantities of the texts."""
    from pathlib import Path

    from .lineage import lineage
    from .render.lineage import (
        render_lineage_html,
        render_lineage_markdown,
        render_lineage_text,
    )

    try:
        found = lineage([Path(d) for d in args.drafts], names=args.names)
    except ValueError as exc:  # --name given a wrong number of times
        sys.stderr.write(f"resdiff: error: {exc}\n")
        return 2
    if fmt == "json":
        report = found.model_dump_json(indent=2, by_alias=True)
    elif fmt in ("md", "markdown"):
        report = render_lineage_markdown(found)
    elif fmt == "html":
        report = render_lineage_html(found)
    else:
        report = render_lineage_text(found)
    _emit(args, report, json_report=fmt == "json")
    if args.chart:
        from .render.chart import lineage_chart

        return _write_beside(args.chart, "chart", lambda: lineage_chart(found, args.chart))
    return 0


def _write_beside(path: object, what: str, write: Callable[[], object]) -> int:
    """Write a file a command makes beside its report (a chart, a table): one line and
    exit 2 when its extra is missing, its data cannot be drawn, or the file cannot be
    written."""
    try:
        write()
    except (ImportError, ValueError) as exc:
        sys.stderr.write(f"resdiff: error: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"resdiff: error: {path}: cannot write the {what}: {exc.strerror}\n")
        return 2
    sys.stderr.write(f"resdiff: wrote {path}\n")
    return 0


def _cmd_series(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .render.series import (
        render_series_csv,
        render_series_html,
        render_series_text,
        write_series_table,
    )
    from .series import SeriesOptions, corpus_series, files_series

    fmt = args.format
    if fmt is None and args.output:
        fmt = {".html": "html", ".htm": "html", ".json": "json", ".csv": "csv", ".txt": "text"}.get(
            Path(args.output).suffix.lower()
        )
        if fmt is None:
            sys.stderr.write(
                f"resdiff: error: cannot tell the report format from {args.output!r}: "
                "use --format (text, json, html, csv)\n"
            )
            return 2
    fmt = fmt or "text"
    if args.sources and args.index:
        sys.stderr.write("resdiff: error: give the texts (SOURCE ...) or --index FILE, not both\n")
        return 2
    if not args.sources and not args.index:
        sys.stderr.write(
            "resdiff: error: give the texts to group (SOURCE ...) or an index (--index FILE)\n"
        )
        return 2
    if args.metadata and args.index:
        sys.stderr.write(
            "resdiff: error: --metadata goes with SOURCEs; an index takes it when built "
            "(resdiff index build --metadata)\n"
        )
        return 2
    if args.table:
        if Path(args.table).suffix.lower() not in (".csv", ".parquet"):
            sys.stderr.write(
                f"resdiff: error: --table {args.table!r}: use a .csv or .parquet name\n"
            )
            return 2
        check_output(args.table, inputs=_inputs(args))
        if Path(args.table).suffix.lower() == ".parquet":
            from .render.series import parquet_missing

            missing = parquet_missing()
            if missing:
                sys.stderr.write(f"resdiff: error: --table {args.table!r}: {missing}\n")
                return 2
    if args.similarity is not None and not 0.0 <= args.similarity <= 1.0:
        sys.stderr.write(f"resdiff: error: --similarity {args.similarity}: expected 0 to 1\n")
        return 2
    options = SeriesOptions(
        **({"similarity": args.similarity} if args.similarity is not None else {})
    )
    if args.since and args.until and args.since > args.until:
        sys.stderr.write(
            f"resdiff: error: --since {args.since} is after --until {args.until}: "
            "no renewal can fall in that window\n"
        )
        return 2
    window = {"since": args.since, "until": args.until}
    if args.index:
        from .corpus.index import Corpus

        with Corpus.open(args.index) as corpus:
            found = corpus_series(
                corpus, options=options, scheduler=args.scheduler, progress=args.progress, **window
            )
    else:
        found = files_series(
            args.sources,
            metadata=args.metadata,
            options=options,
            scheduler=args.scheduler,
            progress=args.progress,
            **window,
        )
    from .safe import printable

    for unread in found.unread:
        sys.stderr.write(printable(f"resdiff: warning: left out {unread}") + "\n")
    for duplicate in found.duplicates:
        sys.stderr.write(printable(f"resdiff: warning: left out {duplicate}") + "\n")
    if fmt == "json":
        report = found.model_dump_json(indent=2, by_alias=True)
    elif fmt == "html":
        report = render_series_html(found)
    elif fmt == "csv":
        report = render_series_csv(found)
    else:
        report = render_series_text(found)
    _emit(args, report, json_report=fmt == "json")
    if args.table:
        return _write_beside(args.table, "table", lambda: write_series_table(found, args.table))
    return 0


def _cmd_provenance(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .provenance import provenance
    from .render.provenance import (
        render_provenance_html,
        render_provenance_markdown,
        render_provenance_text,
    )

    fmt = _format_of(args, _TEXT_REPORTS)
    if fmt is None:
        return 2
    sources: dict[str, Path] = {}
    for item in args.source:
        name, sep, path = item.partition("=")
        if not sep or not name.strip() or not path:
            sys.stderr.write(f"resdiff: error: --source {item!r}: expected NAME=FILE\n")
            return 2
        if name.strip() in sources:
            sys.stderr.write(f"resdiff: error: --source {name.strip()!r} given twice\n")
            return 2
        sources[name.strip()] = Path(path)
    p = provenance(Path(args.final), sources)
    _warn_of_dates(
        [(c.old, c.new) for c in p.comparisons],
        "provenance traces a final text to earlier sources: is FINAL the last text?",
    )
    if fmt == "json":
        report = p.model_dump_json(indent=2, by_alias=True)
    elif fmt in ("md", "markdown"):
        report = render_provenance_markdown(p)
    elif fmt == "html":
        report = render_provenance_html(p)
    else:
        report = render_provenance_text(p)
    _emit(args, report, json_report=fmt == "json")
    return 0


def _cmd_index(args: argparse.Namespace) -> int:
    from .corpus.cli import run_index

    return run_index(args)


def _cmd_precedents(args: argparse.Namespace) -> int:
    from .corpus.index import Corpus
    from .corpus.model import PrecedentOptions
    from .safe import displayable

    fmt = _format_of(args)
    if fmt is None:
        return 2
    if fmt == "docx" and not args.output and sys.stdout.isatty():
        sys.stderr.write(
            "resdiff: error: a docx report is binary: use -o FILE.docx or redirect the output\n"
        )
        return 2
    given = {"threshold": args.threshold} if args.threshold is not None else {}
    with Corpus.open(args.index) as corpus:
        found = corpus.precedents(
            _source(args.draft), before=args.before, options=PrecedentOptions(**given)
        )
    if not found.documents:
        # Every paragraph then reads "new language": say why, where it is seen.
        limit = f" dated before {found.before}" if found.before else ""
        sys.stderr.write(
            f"resdiff: warning: {args.index}: no adopted text{limit} to search: "
            "every paragraph is reported as new language\n"
        )
    if fmt == "json":
        # The contract is the model's own JSON: no renderer to load.
        _emit(args, found.model_dump_json(indent=2, by_alias=True), json_report=True)
        return 0
    from .render.precedents import render_precedents

    found = displayable(found)
    if fmt == "docx":
        data = render_precedents(found, "docx")
        if args.output:
            write_output(args.output, data, inputs=_inputs(args))
        else:
            sys.stdout.buffer.write(data if isinstance(data, bytes) else data.encode())
            sys.stdout.flush()
        return 0
    report = render_precedents(found, fmt)  # type: ignore[arg-type]  # checked by argparse
    assert isinstance(report, str)
    _emit(args, report)
    return 0


_COMMANDS = {
    "check": _cmd_check,
    "index": _cmd_index,
    "precedents": _cmd_precedents,
    "parse": _cmd_parse,
    "compare": _cmd_compare,
    "history": _cmd_history,
    "series": _cmd_series,
    "provenance": _cmd_provenance,
    "schema": _cmd_schema,
}


def _without_pydantic_plugins() -> None:
    """Build the model's validators without looking for pydantic plugins.

    Before building its first validator pydantic imports ``importlib.metadata`` (and the
    ``email`` package with it) and reads the entry points of every installed package,
    looking for plugins that observe validation: about 18 ms of every command that loads
    the model, for plugins the command line has no use for. Its loader's module is
    replaced by one that finds none, unless the user set ``PYDANTIC_DISABLE_PLUGINS``
    (then pydantic's own loader reads it) or the loader is loaded already (a program that
    calls :func:`main` has its plugins).
    """
    name = "pydantic.plugin._loader"
    if name in sys.modules or "PYDANTIC_DISABLE_PLUGINS" in os.environ:
        return
    import types

    loader = types.ModuleType(name, "pydantic's plugin loader, finding no plugins (resdiff.cli)")
    loader.get_plugins = tuple  # type: ignore[attr-defined]
    sys.modules[name] = loader


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    # A comparison makes hundreds of thousands of small objects and almost no reference
    # cycles, and the cyclic collector, run every 700 allocations, walked them again and
    # again: 0.4 s of a 5,000-paragraph compare (12%), 10% of a 500-paragraph one. It is
    # collected every 200,000 allocations while the command runs (as mypy does, see
    # resdiff.collect), the peak memory the same (145 MB there). From the start: the
    # imports before the command (pydantic, building the model's classes) ran young
    # collections every 700 allocations too, 7-8 ms of every command.
    with fewer_collections():
        return _run(sys.argv[1:] if argv is None else list(argv))


def console_main() -> NoReturn:
    """The ``resdiff`` command and ``python -m resdiff``: :func:`main`, then the process
    ends at once.

    A command is one process that holds, at its end, every object of its reading and
    comparing (hundreds of thousands for a long text). Ending it the usual way first puts
    back the cyclic collector's threshold, which made the next allocation walk every young
    object, then frees each object one by one: 4-6% of the instructions of a whole
    ``resdiff compare`` (of a real pair and of 500 paragraphs, measured with callgrind),
    for memory the system takes back anyway. So the threshold stays raised, standard
    output and error are flushed, the ``atexit`` handlers run (the pattern cache is saved
    there), and the process exits without freeing its objects, as mypy's does. Library
    callers and tests use :func:`main`, which leaves the interpreter as it found it."""
    import atexit
    import contextlib
    import gc

    from .collect import THRESHOLD

    current = gc.get_threshold()
    if current[0] and current[0] < THRESHOLD:
        gc.set_threshold(THRESHOLD, *current[1:])
    try:
        code = _run(sys.argv[1:])
    except SystemExit as exc:
        # argparse's --help, --version and usage errors.
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:
            sys.stderr.write(f"{exc.code}\n")
            code = 1
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe or a full device: _run said so already where it could.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    atexit._run_exitfuncs()
    os._exit(code)


def _run(arguments: list[str]) -> int:
    parser = _build_parser(with_check=_needs_check_command(arguments))
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if getattr(args, "output", None):
            # Before any work: a report that cannot be written is said at once.
            check_output(args.output, inputs=_inputs(args))
        _without_pydantic_plugins()
        from .api import limits_in_force

        with limits_in_force(_limits(args)):
            code = _COMMANDS[args.command](args)
        sys.stdout.flush()
        return code
    except ResdiffError as exc:
        from .safe import printable

        sys.stderr.write(printable(f"resdiff: error: {exc}") + "\n")
        return 2
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except OSError as exc:
        # Writing to standard output failed (a full device, a closed terminal): one line,
        # and stdout replaced so the interpreter's own flush at exit stays quiet.
        if exc.errno not in _OUTPUT_ERRNOS:
            raise
        _quiet_stdout()
        sys.stderr.write(f"resdiff: error: cannot write the output: {exc.strerror}\n")
        return 2


#: Errors of a stream that cannot take more output.
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EIO, errno.EBADF, errno.EPIPE, errno.EFBIG})


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
