"""``resdiff check``: the command line of the red-lines check, as a sub-command of a
CLI (:func:`add_check_command`, :func:`run_check`) or a program of its own
(:func:`main_check`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from ...errors import ResdiffError
from ...safe import json_safe, printable
from .checks import check


def add_check_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: Sequence[argparse.ArgumentParser] = (),
) -> None:
    """Add ``resdiff check DRAFT [--against BASE] --red-lines FILE`` to a CLI's
    sub-commands (``commands`` is what ``parser.add_subparsers()`` returned); ``parents``
    add options the CLI shares between its commands (the input limits, ``--max-bytes``
    and ``--max-paragraphs``, which the check then applies to both drafts)."""
    cmd = commands.add_parser(
        "check",
        parents=list(parents),
        help="check a draft against a delegation's red lines",
        description="Check a draft against red lines written in TOML. Exit status: 0 every "
        "red line holds, 1 one or more is broken, 2 bad input, a bad red-lines file, or no "
        "red line could be checked (rules that compare with a base draft need --against).",
    )
    cmd.add_argument("draft", help="the draft to check ('-': standard input)")
    cmd.add_argument(
        "--against",
        metavar="BASE",
        help="the draft it revises (needed by no_demotion, no_weakening and "
        "no_new_qualifiers; '-': standard input)",
    )
    cmd.add_argument(
        "--red-lines", required=True, metavar="FILE", help="the red lines (a TOML file)"
    )
    cmd.add_argument(
        "--version",
        dest="tracked",
        choices=["accepted", "original"],
        default="accepted",
        help="a Word draft with tracked changes: check it with every change accepted "
        "(default) or rejected",
    )
    cmd.add_argument(
        "--against-version",
        dest="base_tracked",
        choices=["accepted", "original"],
        default=None,
        help="the base's version (a Word file or a PDF with tracked changes); the draft as "
        "its own base (--against the same file) is read as its original unless this says "
        "otherwise: the draft checked against what its tracked changes did",
    )
    cmd.add_argument(
        "--format",
        choices=["text", "json"],
        default=None,
        help="text: a readable report (default: from the -o suffix, .txt or .json, else "
        "text); json: the CheckResult model, after the verdict (ok, exit_code, and the "
        "count of rules that hold, are broken and were skipped)",
    )
    cmd.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the report to this file, named .txt or .json (never one of the drafts "
        "or the red lines); the exit status still says whether the red lines hold",
    )


def run_check(args: argparse.Namespace, write: Callable[[str, str], None] | None = None) -> int:
    """Run ``resdiff check`` on parsed arguments; returns 0, 1 or 2 (a
    :class:`~resdiff.errors.ResdiffError` propagates: the CLI makes it exit 2).
    ``write`` takes the report, made safe, and its format ("text" or "json") where the
    CLI writes it (``-o``); without it the report goes to standard output."""
    import json

    from ...api import parse
    from ...model import Limits

    if args.draft == "-" and args.against == "-":
        raise ResdiffError("only one of the drafts can be read from standard input")
    fmt = _report_format(args)
    limits = Limits(
        **{
            key: value
            for key in ("max_bytes", "max_paragraphs")
            if (value := getattr(args, key, None)) is not None
        }
    )

    def source(name: str) -> str | Path:
        return name if name == "-" else Path(name)

    draft = parse(source(args.draft), version=args.tracked, limits=limits)
    base = None
    if args.against is not None:
        base_version: Literal["accepted", "original"] = args.base_tracked or "accepted"
        if (
            args.base_tracked is None
            and args.tracked == "accepted"
            and args.against != "-"
            and args.draft != "-"
            and _same_file(args.draft, args.against)
        ):
            # The draft as its own base ("check draft.docx --against draft.docx"): its
            # original, as "resdiff compare draft.docx" compares it, not the same proposal
            # twice, against which every rule that compares held (a new user's trial).
            base_version = "original"
        base = parse(source(args.against), version=base_version, limits=limits)
    elif args.base_tracked is not None:
        # "--against-version original" alone: the draft against its own original.
        if args.draft == "-":
            raise ResdiffError(
                "--against-version without --against compares the draft with itself: "
                "give it as a file, not on standard input"
            )
        base = parse(source(args.draft), version=args.base_tracked, limits=limits)
    result = check(draft, Path(args.red_lines), base=base)
    if fmt == "json":
        verdict = {
            "ok": result.ok,
            "exit_code": result.exit_code,
            "counts": {
                "pass": len(result.passed),
                "fail": len(result.failed),
                "skipped": len(result.skipped),
            },
        }
        data = {**verdict, **json.loads(result.model_dump_json())}
        report = json_safe(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"
    else:
        report = printable(result.report()) + "\n"
    if write is not None:
        write(report, fmt)
    elif getattr(args, "output", None):
        from ...outputs import write_output

        write_output(args.output, report, inputs=_read_by(args))
    else:
        sys.stdout.write(report)
    return result.exit_code


#: The reports ``check`` writes, by the suffix of the ``-o`` file.
_SUFFIXES = {".txt": "text", ".json": "json"}


def _report_format(args: argparse.Namespace) -> str:
    """The report's format: ``--format``, else the ``-o`` suffix (.txt, .json), else text.
    A :class:`~resdiff.errors.ResdiffError` for a name that says no format or another
    one, as ``resdiff check`` refuses it before it gets here (the review of the merge:
    :func:`main_check` wrote the text report under "report.html")."""
    output = getattr(args, "output", None)
    if not output:
        return str(args.format or "text")
    suffix = Path(output).suffix.lower()
    named = _SUFFIXES.get(suffix)
    if named is None and not (args.format and not suffix):
        raise ResdiffError(
            f"{output!r}: check writes no report under that name (name the output .txt or "
            ".json, or give a name without a suffix and --format)"
        )
    if args.format and named and named != args.format:
        raise ResdiffError(
            f"{output!r} names a {named} report but --format is {args.format}: name the "
            "output for the format, or leave out --format"
        )
    return str(args.format or named)


def _same_file(first: str, second: str) -> bool:
    """Whether two names name one file (False where either cannot be looked at: the
    reader then says why)."""
    try:
        return Path(first).samefile(second)
    except OSError:
        return False


def _read_by(args: argparse.Namespace) -> list[str]:
    """The files the check reads, which its report must not overwrite."""
    return [n for n in (args.draft, args.against, args.red_lines) if n]


def main_check(argv: Sequence[str] | None = None) -> int:
    """``resdiff check`` as a program of its own: the same arguments and exit codes
    (0 all hold, 1 one broken, 2 bad input or spec)."""
    parser = argparse.ArgumentParser(prog="resdiff")
    add_check_command(parser.add_subparsers(dest="command", required=True))
    try:
        args = parser.parse_args(["check", *(sys.argv[1:] if argv is None else argv)])
    except SystemExit as exc:
        return 2 if exc.code else 0
    try:
        return run_check(args)
    except ResdiffError as exc:
        sys.stderr.write(f"resdiff: error: {exc}\n")
        return 2
