"""The command line's arguments: the commands, their options and the input limits they
share. Building the parser imports nothing beyond the standard library (``--version``
stays fast); each command imports what it needs when it runs."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, NoReturn

from .._version import __version__

if TYPE_CHECKING:
    from ..model import Limits


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, measuring the terminal only when it writes.

    argparse makes a formatter for every argument it adds (to check its metavar), and
    each asked the terminal's width, importing :mod:`shutil` (and the compression modules
    it imports) on the first: about 3 ms of every command, for a width only help and
    usage messages read. The width and what follows from it are worked out as argparse
    does, on their first read."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        # A stand-in width, so that argparse's own __init__ asks no terminal; both values
        # it derives from it are dropped below when no width was given.
        super().__init__(prog, indent_increment, max_help_position, 80 if width is None else width)
        if width is None:
            self._asked = max_help_position
            del self._width, self._max_help_position

    def __getattr__(self, name: str) -> int:
        # Only attributes not set yet come here: the two dropped above.
        if name not in ("_width", "_max_help_position") or "_asked" not in self.__dict__:
            raise AttributeError(name)
        import shutil

        width = shutil.get_terminal_size().columns - 2
        self._width = width
        self._max_help_position = min(self._asked, max(width - 20, self._indent_increment * 2))
        value: int = self.__dict__[name]
        return value


class _Parser(argparse.ArgumentParser):
    """An argument parser whose help formatter is :class:`_Formatter` unless told
    otherwise; the parsers of the sub-commands are of this class too (argparse makes them
    of the class of their parent)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """An argument error as one line, exit 2, as every other error of the command
        line: argparse printed five lines of usage before it, and the line that said what
        was wrong came last. Where to read the usage is said instead (``--help`` is
        unchanged)."""
        command = self.prog.removeprefix("resdiff").strip()
        where = f"{command}: " if command else ""
        sys.stderr.write(f"resdiff: error: {where}{message} (see {self.prog} --help)\n")
        sys.exit(2)


def _build_parser(*, with_check: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    # Typed as argparse's class: the sub-command helpers of other modules take its parsers.
    # ``only``: the one command whose sub-parser is built (None: every command). Building
    # all of them (argparse makes a parser and a formatter for each option) cost about a
    # tenth of the instructions of a `resdiff compare` of two short drafts beyond Python's
    # and pydantic's own start-up; a command's arguments, help and errors are its
    # sub-parser's alone, so they read the same either way (see cli._command_only).
    parser: argparse.ArgumentParser = _Parser(
        prog="resdiff",
        description="Compare drafts of United Nations resolutions clause by clause.",
    )
    parser.add_argument("--version", action="version", version=f"resdiff {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    limits = _limit_options()

    if only in (None, "parse"):
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
            help="a Word file with tracked changes (or a PDF of a draft printed with them, "
            "its deletions struck through): read it with every change accepted (default) or "
            "rejected",
        )
        parse_cmd.add_argument(
            "--format",
            choices=["json", "outline", "text"],
            default="outline",
            help="json: the full model; outline: one line per clause (default); text: the "
            "draft written out whole as plain text, which reads back as the same draft",
        )

    if only in (None, "compare"):
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
            help="the later draft; leave it out to compare the two versions of one Word file: "
            "the columns of a comparison table, or its tracked changes (rejected → "
            "accepted), or of a PDF printed with them",
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
            "--columns",
            metavar="OLD,NEW",
            help="one Word comparison table: the two columns to compare, earlier first, by "
            "number from 1 or by header text (default: the columns its header names as "
            "versions, else the two that pair provisions row by row)",
        )
        compare_cmd.add_argument(
            "--column-names",
            action="store_true",
            help="one Word comparison table: list its columns (number, header, what each "
            "holds) and stop",
        )
        compare_cmd.add_argument(
            "--changes-only",
            action="store_true",
            help="text report: leave out paragraphs that did not change",
        )

    if only in (None, "history"):
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
            "changes (JSON: the full detail, schema resdiff.lineage/6)",
        )

    if only in (None, "series"):
        # (The corpus commands' date type: imports nothing but argparse and datetime.)
        from ..corpus.cli import iso_date

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
            "resolution_title (the UN's data extracts), which group texts too, and "
            "adoption_date, which tells a renewal that spans texts no file held (repeat)",
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
            "--since", type=iso_date, metavar="DATE", help="keep renewals adopted on or after it"
        )
        series_cmd.add_argument(
            "--until", type=iso_date, metavar="DATE", help="keep renewals adopted on or before it"
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
        series_cmd.add_argument(
            "--series",
            action="append",
            default=[],
            metavar="NAME",
            dest="only",
            help="keep the series with this label, body (acronym or full name) or resolution "
            "(number, 'number (year)' or symbol), case-insensitive; repeatable; only the kept "
            "series are compared",
        )

    if only in (None, "provenance"):
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

    if only in (None, "schema"):
        schema_cmd = commands.add_parser(
            "schema", help="print the JSON schema of the models", description="Print a JSON schema."
        )
        schema_cmd.add_argument(
            "model",
            nargs="?",
            choices=[
                "draft",
                "comparison",
                "precedents",
                "lineage",
                "series",
                "history",
                "provenance",
            ],
            default="draft",
            help="which model (default: draft)",
        )

    if only in (None, "index", "precedents"):
        from ..corpus.cli import add_corpus_commands

        add_corpus_commands(commands, limits)
    if with_check and only in (None, "check"):
        from ..negotiation.red_lines import add_check_command

        add_check_command(commands, parents=[limits])
    return parser


def _limit_options() -> argparse.ArgumentParser:
    """The options that raise or lower the input limits (:class:`resdiff.model.Limits`),
    shared by every command that reads drafts."""
    from ..limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_PARAGRAPHS

    options: argparse.ArgumentParser = _Parser(add_help=False)
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
    from ..model import Limits

    given = {
        key: value
        for key in ("max_bytes", "max_paragraphs")
        if (value := getattr(args, key, None)) is not None
    }
    return Limits(**given)
