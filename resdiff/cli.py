"""The ``resdiff`` command line. Argument parsing only: every command calls the public API.

Exit codes: 0 success, 1 a check failed (``resdiff check``), 2 bad input or usage. Errors
are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import __version__
from .errors import ResdiffError


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="resdiff",
        description="Compare drafts of United Nations resolutions clause by clause.",
    )
    parser.add_argument("--version", action="version", version=f"resdiff {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    parse_cmd = commands.add_parser(
        "parse", help="read a draft and print its structure", description="Read a draft."
    )
    parse_cmd.add_argument("file", help="plain text, Markdown or Akoma Ntoso XML")
    parse_cmd.add_argument(
        "--format",
        choices=["json", "outline"],
        default="outline",
        help="json: the full model; outline: one line per clause (default)",
    )

    compare_cmd = commands.add_parser(
        "compare",
        help="compare two drafts",
        description="Compare two drafts: which provisions were added, dropped, moved, "
        "reworded, softened or strengthened, and why.",
    )
    compare_cmd.add_argument("old", help="the earlier draft")
    compare_cmd.add_argument("new", help="the later draft")
    compare_cmd.add_argument(
        "--format",
        choices=["text", "json", "md", "markdown", "html"],
        default=None,
        help="report format (default: from the -o suffix, else text)",
    )
    compare_cmd.add_argument("-o", "--output", help="write the report to this file")
    compare_cmd.add_argument(
        "--changes-only",
        action="store_true",
        help="text report: leave out paragraphs that did not change",
    )

    schema_cmd = commands.add_parser(
        "schema", help="print the JSON schema of the models", description="Print a JSON schema."
    )
    schema_cmd.add_argument(
        "model",
        nargs="?",
        choices=["draft", "comparison"],
        default="draft",
        help="which model (default: draft)",
    )
    return parser


def _cmd_parse(args: argparse.Namespace) -> int:
    from pathlib import Path

    from . import parse

    draft = parse(Path(args.file))
    if args.format == "json":
        sys.stdout.write(draft.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(draft.outline() + "\n")
        for warning in draft.warnings:
            sys.stderr.write(f"{args.file}: warning: {warning}\n")
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import json_schema

    sys.stdout.write(json.dumps(json_schema(args.model), indent=2, ensure_ascii=False) + "\n")
    return 0


_SUFFIX_FORMATS = {
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}


def _cmd_compare(args: argparse.Namespace) -> int:
    from pathlib import Path

    from . import compare
    from .render import render, render_text

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
    cmp = compare(Path(args.old), Path(args.new))
    report = (
        render_text(cmp, only_changes=args.changes_only) if fmt == "text" else render(cmp, fmt)
    )
    if not report.endswith("\n"):
        report += "\n"
    if args.output:
        Path(args.output).write_text(report, encoding="utf-8")
        sys.stderr.write(f"resdiff: wrote {args.output}\n")
    else:
        sys.stdout.write(report)
    return 0


_COMMANDS = {"parse": _cmd_parse, "compare": _cmd_compare, "schema": _cmd_schema}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return _COMMANDS[args.command](args)
    except ResdiffError as exc:
        sys.stderr.write(f"resdiff: error: {exc}\n")
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
