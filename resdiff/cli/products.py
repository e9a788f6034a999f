"""The commands of the products built on the engine: ``history`` (and its lineage of
resolutions), ``series``, ``provenance``, ``index`` and ``precedents``."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from .output import (
    _TEXT_REPORTS,
    _emit,
    _format_of,
    _inputs,
    _reader_warnings,
    _source,
    _stdin_once,
    _warn_of_dates,
    _write_beside,
    check_output,
    write_output,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from pydantic import BaseModel

    from ..history import History


def _emit_product(
    args: argparse.Namespace,
    fmt: str,
    product: BaseModel,
    *,
    text: Callable[[], str],
    markdown: Callable[[], str] | None = None,
    html: Callable[[], str] | None = None,
    csv: Callable[[], str] | None = None,
) -> None:
    """Write a product's report (a history, a lineage, a series, a provenance) in
    ``fmt``: its JSON, or what the renderer of that format writes (text for any other)."""
    if fmt == "json":
        _emit(args, product.model_dump_json(indent=2, by_alias=True), json_report=True)
        return
    render = {"md": markdown, "markdown": markdown, "html": html, "csv": csv}.get(fmt) or text
    _emit(args, render(), fmt=fmt)


def _warn_of_texts(names: list[str], h: History) -> None:
    """The readers' warnings of every text of a history, as compare prints them for its
    two, and a warning where the dates run backwards. ``history --lineage`` reads the
    same texts through the same history, so it warns as ``history`` does (it said
    nothing, and drew a timeline backwards: the twenty-fifth user's finding)."""
    texts = [h.comparisons[0].old] if h.comparisons else []
    texts += [c.new for c in h.comparisons]
    for name, info in zip(names, texts, strict=False):
        _reader_warnings(name, info)
    _warn_of_dates(
        [(c.old, c.new) for c in h.comparisons],
        "history reads the texts oldest first: is the order right?",
    )


def _cmd_history(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..history import history
    from ..render.timeline import (
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
        from ..render.chart import chart_missing

        missing = chart_missing()
        if missing:
            sys.stderr.write(f"resdiff: error: --chart {args.chart!r}: {missing}\n")
            return 2
    if len(args.drafts) < 2 and not args.lineage:
        from ..safe import printable

        if os.path.isdir(args.drafts[0]):
            sys.stderr.write(
                f"resdiff: error: {printable(args.drafts[0])}: is a folder: history needs two "
                "draft files or more, oldest first (to pair a folder's renewals: resdiff "
                "series)\n"
            )
            return 2
        # One text has no history to follow: most often the second file was left off.
        sys.stderr.write(
            f"resdiff: error: history needs two texts or more, oldest first; got one: "
            f"{printable(args.drafts[0])} (to read one text: resdiff parse)\n"
        )
        return 2
    _stdin_once(args.drafts)
    if args.lineage:
        return _lineage(args, fmt)
    try:
        h = history([_source(d) for d in args.drafts], names=args.names)
    except ValueError as exc:  # --name given a wrong number of times
        sys.stderr.write(f"resdiff: error: {exc}\n")
        return 2
    _warn_of_texts(args.drafts, h)
    _emit_product(
        args,
        fmt,
        h,
        text=lambda: render_timeline_text(h, compact=False if args.full else None),
        markdown=lambda: render_timeline_markdown(h),
        html=lambda: render_timeline_html(h),
    )
    if args.chart:
        from ..render.chart import strength_chart

        return _write_beside(args.chart, "chart", lambda: strength_chart(h, args.chart))
    return 0


def _lineage(args: argparse.Namespace, fmt: str) -> int:
    """``resdiff history --lineage``: the measures and quantities of the texts."""

    from ..lineage import lineage
    from ..render.lineage import (
        render_lineage_html,
        render_lineage_markdown,
        render_lineage_text,
    )

    try:
        found = lineage([_source(d) for d in args.drafts], names=args.names)
    except ValueError as exc:  # --name given a wrong number of times
        sys.stderr.write(f"resdiff: error: {exc}\n")
        return 2
    if found.history is not None:
        _warn_of_texts(args.drafts, found.history)
    _emit_product(
        args,
        fmt,
        found,
        text=lambda: render_lineage_text(found),
        markdown=lambda: render_lineage_markdown(found),
        html=lambda: render_lineage_html(found),
    )
    if args.chart:
        from ..render.chart import lineage_chart

        return _write_beside(args.chart, "chart", lambda: lineage_chart(found, args.chart))
    return 0


def _cmd_series(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..render.series import (
        render_series_csv,
        render_series_html,
        render_series_text,
        write_series_table,
    )
    from ..series import SeriesOptions, corpus_series, files_series

    fmt = args.format
    if fmt is None and args.output:
        fmt = {".html": "html", ".htm": "html", ".json": "json", ".csv": "csv", ".txt": "text"}.get(
            Path(args.output).suffix.lower()
        )
        if fmt is None and Path(args.output).suffix.lower() == ".parquet":
            # The table has its own option: "-o renewals.parquet" was refused as a format
            # it could not tell (a new user's trial).
            sys.stderr.write(
                f"resdiff: error: {args.output!r}: the Parquet table is written with "
                f"--table {args.output}; -o writes the report (.html, .json, .csv, .txt)\n"
            )
            return 2
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
            from ..render.series import parquet_missing

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
    window = {"since": args.since, "until": args.until, "only": tuple(args.only or ())}
    if args.index:
        from ..corpus.index import Corpus

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
    from ..safe import printable

    for unread in found.unread:
        sys.stderr.write(printable(f"resdiff: warning: left out {unread}") + "\n")
    for duplicate in found.duplicates:
        sys.stderr.write(printable(f"resdiff: warning: left out {duplicate}") + "\n")
    _emit_product(
        args,
        fmt,
        found,
        text=lambda: render_series_text(found),
        html=lambda: render_series_html(found),
        csv=lambda: render_series_csv(found),
    )
    if args.table:
        return _write_beside(args.table, "table", lambda: write_series_table(found, args.table))
    return 0


def _cmd_provenance(args: argparse.Namespace) -> int:

    from ..provenance import provenance
    from ..render.provenance import (
        render_provenance_html,
        render_provenance_markdown,
        render_provenance_text,
    )

    fmt = _format_of(args, _TEXT_REPORTS)
    if fmt is None:
        return 2
    sources: dict[str, str | os.PathLike[str]] = {}
    for item in args.source:
        name, sep, path = item.partition("=")
        if not sep or not name.strip() or not path:
            sys.stderr.write(f"resdiff: error: --source {item!r}: expected NAME=FILE\n")
            return 2
        if name.strip() in sources:
            sys.stderr.write(f"resdiff: error: --source {name.strip()!r} given twice\n")
            return 2
        sources[name.strip()] = _source(path)
    _stdin_once([args.final, *(item.partition("=")[2] for item in args.source)])
    p = provenance(_source(args.final), sources)
    _warn_of_dates(
        [(c.old, c.new) for c in p.comparisons],
        "provenance traces a final text to earlier sources: is FINAL the last text?",
    )
    _emit_product(
        args,
        fmt,
        p,
        text=lambda: render_provenance_text(p),
        markdown=lambda: render_provenance_markdown(p),
        html=lambda: render_provenance_html(p),
    )
    return 0


def _cmd_index(args: argparse.Namespace) -> int:
    from ..corpus.cli import run_index

    return run_index(args)


def _cmd_precedents(args: argparse.Namespace) -> int:
    from ..corpus.index import Corpus
    from ..corpus.model import PrecedentOptions
    from ..safe import displayable

    fmt = _format_of(args)
    if fmt is None:
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
    from ..render.precedents import render_precedents

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
    _emit(args, report, fmt=fmt)
    return 0
