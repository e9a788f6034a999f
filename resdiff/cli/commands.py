"""The commands that read and compare drafts: ``parse``, ``schema``, ``check`` and
``compare``. Each calls the public API and a renderer."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING

from .output import (
    _format_of,
    _inputs,
    _reader_warnings,
    _source,
    _warn_if_no_resolution,
    _warn_of_order_and_language,
    _write_report,
    exact_for_stdout,
    write_output,
)
from .parser import _limits

if TYPE_CHECKING:
    from ..model import Comparison, Draft, Limits
    from ..read.docx.versions import TableVersions


def _cmd_check(args: argparse.Namespace) -> int:
    from ..negotiation.red_lines import run_check

    # run_check takes the format from --format, else the -o suffix (.txt, .json), and
    # refuses any other name, for this command and for main_check alike.
    return run_check(args, write=lambda report, fmt: _write_report(args, report, fmt))


def _cmd_parse(args: argparse.Namespace) -> int:
    from ..api import parse
    from ..safe import json_safe, printable

    draft = parse(_source(args.file), version=args.tracked)
    if args.format == "json":
        dumped = json_safe(draft.model_dump_json(indent=2))
        sys.stdout.write(exact_for_stdout(dumped, "json") + "\n")
    elif args.format == "text":
        from ..render.draft_text import draft_text

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
        from ..corpus.model import precedents_json_schema

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
        from ..schema import json_schema

        schema = json_schema(args.model)
    dumped = json.dumps(schema, indent=2, ensure_ascii=False)
    sys.stdout.write(exact_for_stdout(dumped, "json") + "\n")
    return 0


#: The products whose JSON schemas ``resdiff schema`` prints: (module, model class).
_PRODUCT_SCHEMAS = {
    "lineage": ("resdiff.lineage", "Lineage"),
    "series": ("resdiff.series", "Series"),
    "history": ("resdiff.history", "History"),
    "provenance": ("resdiff.provenance", "Provenance"),
}


def _colour_terminal() -> bool:
    """Whether to draw the text report with rich: stdout is a terminal that shows styles
    and rich is installed (``pip install 'resdiff[terminal]'``). On a terminal that shows
    none (``TERM=dumb``, an editor's shell) rich drops the styles, and with them the only
    mark of what was deleted and what inserted: the plain report's ``[-…-]{+…+}`` is
    written there instead."""
    import importlib.util

    if not sys.stdout.isatty():
        return False
    if os.environ.get("TERM", "").strip().lower() in ("dumb", "unknown"):
        return False
    return importlib.util.find_spec("rich") is not None


def _text_width(args: argparse.Namespace) -> int:
    """The width of a plain text report: the terminal's (``COLUMNS`` where set) when it is
    printed to one narrower than 88 columns, else 88 (a file or a pipe)."""
    if args.output or not sys.stdout.isatty():
        return 88
    import shutil

    return max(40, min(88, shutil.get_terminal_size((88, 24)).columns))


def _lead_in_lifted(draft: Draft) -> Draft:
    """``draft`` as read, without the warning that a lead-in ("Resolves:") read as a
    recital has no comma: the comparison's analysis lifts it out of the preamble."""
    from ..analyze.leadins import lift_lead_in
    from ..lexicon import Lexicon

    return lift_lead_in(draft, Lexicon.default())


def _cmd_compare(args: argparse.Namespace) -> int:
    from ..api import compare
    from ..safe import printable

    fmt = _format_of(args)
    if fmt is None:
        return 2
    if args.changes_only and fmt != "text":
        # The other reports keep every paragraph: JSON is data, the HTML report folds the
        # unchanged ones with its own filter, and a Word report tracks changes in the
        # whole text.
        sys.stderr.write(
            f"resdiff: warning: --changes-only shortens the text report only; the {fmt} "
            "report keeps every paragraph\n"
        )
    wants_table = bool(args.columns) or args.column_names
    if args.new is not None and wants_table:
        sys.stderr.write(
            "resdiff: error: --columns and --column-names read one Word comparison table: "
            "give that one file\n"
        )
        return 2
    table_note = ""
    if args.new is None:
        # One Word file: the two versions of its comparison table, else (or a PDF of one
        # printed with its tracked changes) its original (every change rejected)
        # against its proposal.
        from ..api import parse
        from ..read import load, read_bytes

        limits = _limits(args)
        data = read_bytes(args.old, max_bytes=limits.max_bytes)
        name = "<stdin>" if args.old == "-" else args.old
        table, table_note = _comparison_table(args, data, name, limits)
        if table is not None and (wants_table or not _tracked(table)):
            return _compare_table(args, fmt, table)
        if table is not None:
            # Tracked changes are the file's own revision; a table inside it is often an
            # annex that merely looks like a comparison: the changes win unless the
            # table is asked for (review of the thirty-fifth session's merge).
            sys.stderr.write(
                printable(
                    f"resdiff: warning: {name} holds tracked changes and a table that reads "
                    "as a comparison: compared here are the tracked changes; to compare "
                    f"the table instead, give --columns {table.old_column},{table.new_column}"
                )
                + "\n"
            )
        if wants_table:
            sys.stderr.write(printable(f"resdiff: error: {name}: {table_note}") + "\n")
            return 2
        original = load(data, path=name, version="original", limits=limits)
        if original.source is None or original.source.format not in ("docx", "pdf"):
            sys.stderr.write(
                printable(
                    f"resdiff: error: {name}: one draft given, but only a Word file with "
                    "tracked changes (or a PDF of one printed with them) holds two "
                    "versions: give the old and the new draft"
                )
                + "\n"
            )
            return 2
        from ..read.docx import UNTRACKED_WARNING
        from ..read.pdf import UNTRACKED_WARNING as PDF_UNTRACKED

        if any(w.code in (UNTRACKED_WARNING, PDF_UNTRACKED) for w in original.warnings):
            sys.stderr.write(
                printable(
                    f"resdiff: error: {name} has no tracked changes"
                    + (f" and is {table_note}" if table_note.startswith("not a") else "")
                    + ": give the old and the new draft"
                )
                + "\n"
            )
            return 2
        accepted = load(data, path=name, version="accepted", limits=limits)
        _reader_warnings(args.old, _lead_in_lifted(accepted))
        cmp = compare(parse(original), parse(accepted))
        return _report(args, fmt, cmp)
    else:
        if args.old == "-" and args.new == "-":
            sys.stderr.write("resdiff: error: only one of the drafts can be read from stdin\n")
            return 2
        from ..api import parse

        drafts = [parse(_source(name), analyze=False) for name in (args.old, args.new)]
        for name, draft in zip((args.old, args.new), drafts, strict=True):
            _reader_warnings(name, _lead_in_lifted(draft))
            _warn_if_no_resolution(name, draft)
        cmp = compare(*drafts)
    return _report(args, fmt, cmp)


def _comparison_table(
    args: argparse.Namespace, data: bytes, name: str, limits: Limits
) -> tuple[TableVersions | None, str]:
    """The two versions of the comparison table ``data`` holds (a Word file), else
    ``None`` and why not (one line)."""
    from ..api import comparison_table
    from ..errors import ResolutionParseError
    from ..read import sniff_bytes

    try:
        if sniff_bytes(data, path=name) != "docx":
            return None, "not a Word file, so no comparison table"
    except ResolutionParseError as exc:
        return None, exc.message
    columns: tuple[str, str] | None = None
    if args.columns:
        parts = [p.strip() for p in args.columns.split(",")]
        if len(parts) != 2 or not all(parts):
            return None, f"--columns takes two columns, earlier first (1,2): not {args.columns!r}"
        columns = (parts[0], parts[1])
    try:
        return comparison_table(data, name=name, columns=columns, limits=limits), ""
    except ResolutionParseError as exc:
        if not (args.columns or args.column_names) and not exc.message.startswith("not a"):
            raise  # a broken Word file: said as any reading error is
        return None, exc.message


def _compare_table(args: argparse.Namespace, fmt: str, table: TableVersions) -> int:
    """``resdiff compare TABLE.docx``: the comparison of its two columns (or, with
    ``--column-names``, its columns listed)."""
    from ..api import compare
    from ..safe import printable

    if args.column_names:
        lines = []
        for column in table.columns:
            read = {
                table.old_column: "compared: the earlier version",
                table.new_column: "compared: the later version",
            }.get(column.number, _ROLE_NAMES[column.role])
            header = column.header or "(no header)"
            lines.append(f"{column.number}  {header}  —  {read}")
        sys.stdout.write(printable("\n".join(lines)) + "\n")
        return 0
    _reader_warnings(args.old, _lead_in_lifted(table.old))
    _reader_warnings(args.old, _lead_in_lifted(table.new))
    if _tracked(table):
        # Asked for by --columns: compared here are the table's columns, each read with
        # every change accepted; the changes themselves are not (said, never silent).
        sys.stderr.write(
            printable(
                f"resdiff: warning: {args.old} holds tracked changes too: compared here are "
                f"columns {table.old_column} and {table.new_column} of its comparison "
                "table, the tracked changes accepted in both; to compare the tracked "
                "changes, save the file with them rejected and give both files"
            )
            + "\n"
        )
    return _report(args, fmt, compare(table.old, table.new))


def _tracked(table: TableVersions) -> bool:
    """Whether the Word file a comparison table was read from holds tracked changes."""
    from ..read.docx import TRACKED_WARNING

    return any(w.code == TRACKED_WARNING for w in table.new.warnings)


#: How ``--column-names`` says what a column not compared holds.
_ROLE_NAMES = {
    "old": "a version (not compared)",
    "new": "a version (not compared)",
    "version": "a version (not compared)",
    "comments": "comments, kept as notes",
    "label": "paragraph numbers",
    "other": "kept as notes",
}


def _report(args: argparse.Namespace, fmt: str, cmp: Comparison) -> int:
    """Write the report of ``cmp`` in ``fmt`` where ``args`` say."""
    from ..render import render, render_text
    from ..safe import displayable, json_safe

    _warn_of_order_and_language(cmp)
    if fmt != "json":
        # Control characters in the drafts are shown as escapes, never sent to a terminal
        # (or into a Word file, where XML forbids them); JSON keeps them as data.
        cmp = displayable(cmp)
    if fmt == "docx":
        from ..render import render_docx

        data = render_docx(cmp)
        if args.output:
            write_output(args.output, data, inputs=_inputs(args))
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        return 0
    if fmt == "text" and not args.output and _colour_terminal():
        from ..render.terminal import print_comparison

        print_comparison(cmp, only_changes=args.changes_only)
        return 0
    report = (
        render_text(cmp, width=_text_width(args), only_changes=args.changes_only)
        if fmt == "text"
        else render(cmp, fmt)
    )
    # The drafts were made displayable above: only JSON's own escapes remain to do.
    _write_report(args, json_safe(report) if fmt == "json" else report, fmt)
    return 0
