"""``resdiff check``: the command line of the red-lines check, as a sub-command of a
CLI (:func:`add_check_command`, :func:`run_check`) or a program of its own
(:func:`main_check`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ...errors import ResdiffError
from ...safe import json_safe, printable
from .checks import check


def add_check_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``resdiff check DRAFT [--against BASE] --red-lines FILE`` to a CLI's
    sub-commands (``commands`` is what ``parser.add_subparsers()`` returned)."""
    cmd = commands.add_parser(
        "check",
        help="check a draft against a delegation's red lines",
        description="Check a draft against red lines written in TOML. Exit status: 0 every "
        "red line holds, 1 one or more is broken, 2 bad input, a bad red-lines file, or no "
        "red line could be checked (rules that compare with a base draft need --against).",
    )
    cmd.add_argument("draft", help="the draft to check")
    cmd.add_argument(
        "--against",
        metavar="BASE",
        help="the draft it revises (needed by no_demotion, no_weakening and no_new_qualifiers)",
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
        help="the base's version (a Word file with tracked changes); given with the draft "
        "as its own base (--against the same file), its original: the draft checked against "
        "what its tracked changes did",
    )
    cmd.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text: a readable report (default); json: the CheckResult model",
    )


def run_check(args: argparse.Namespace) -> int:
    """Run ``resdiff check`` on parsed arguments; returns 0 or 1 (a
    :class:`~resdiff.errors.ResdiffError` propagates: the CLI makes it exit 2)."""
    from ...api import parse

    draft_path = Path(args.draft)
    base_path = Path(args.against) if args.against else None
    if base_path is None and args.base_tracked is not None:
        # "--against-version original" alone: the draft against its own original.
        base_path = draft_path
    draft = parse(draft_path, version=args.tracked) if args.tracked != "accepted" else draft_path
    base = (
        parse(base_path, version=args.base_tracked)
        if base_path is not None and args.base_tracked is not None
        else base_path
    )
    result = check(draft, Path(args.red_lines), base=base)
    if args.format == "json":
        sys.stdout.write(json_safe(result.model_dump_json(indent=2)) + "\n")
    else:
        sys.stdout.write(printable(result.report()) + "\n")
    return result.exit_code


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
