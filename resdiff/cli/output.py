"""What the command line writes besides a report's body: the output path checked before
any work (a directory, a missing folder, an input draft refused), the report written
or printed, the drafts' warnings on standard error, and the report format told from a
file name."""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..outputs import check_output as check_output
from ..outputs import write_output as write_output
from ..safe import printable

if TYPE_CHECKING:
    from ..model import Comparison, Draft, DraftInfo


#: The report format a file name asks for, by its suffix.
_SUFFIX_FORMATS = {
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".docx": "docx",
}

#: Document formats a report is sometimes asked in that resdiff does not write: refused by
#: suffix, whatever --format says, rather than a text report written under their name.
_UNWRITTEN = {".pdf": "PDF", ".doc": "Word 97", ".odt": "OpenDocument", ".rtf": "RTF"}


#: What the typography of the reports becomes on a stream that cannot write it (standard
#: output redirected to a file in a Windows code page, a terminal in Latin-1): ASCII that
#: reads the same, rather than a traceback at the first arrow.
_ASCII = {
    "\u2192": "->",
    "\u2190": "<-",
    "\u2194": "<->",
    "\u2026": "...",
    "\u201c": '"',
    "\u201d": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u2013": "-",
    "\u2014": "--",
    "\u2212": "-",
    "\u00b7": "*",
    "\u2022": "*",
    "\u25c6": "*",
    "\u00b6": "P",
    "\u00a7": "S",
    "\u00d7": "x",
    "\u2265": ">=",
    "\u2264": "<=",
    "\u2713": "v",
    "\u2717": "x",
    "\u00a0": " ",
    "\u2500": "-",
    "\u2550": "=",
    "\u2502": "|",
}
ASCII_FALLBACK = "resdiff-ascii"


def _ascii_fallback(exc: UnicodeError) -> tuple[str, int]:
    """The codec error handler :data:`ASCII_FALLBACK`: each character the stream's
    encoding cannot take written as the ASCII that reads like it ("->" for an arrow, an
    accented letter without its accent), "?" where there is none."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for char in exc.object[exc.start : exc.end]:
        plain = _ASCII.get(char)
        if plain is None:
            folded = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
            plain = folded or "?"
        out.append(plain)
    return "".join(out), exc.end


codecs.register_error(ASCII_FALLBACK, _ascii_fallback)


def plain_streams() -> None:
    """Standard output and error made to write what their encoding cannot with
    :data:`ASCII_FALLBACK` (they raised ``UnicodeEncodeError`` at the first "→" a report
    printed to a cp1252 or Latin-1 stream); a stream that is not a text file of Python's
    own, or that writes UTF-8, is left as it is."""
    for stream in (sys.stdout, sys.stderr):
        if not _takes_unicode(stream) and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors=ASCII_FALLBACK)
            except (ValueError, OSError):  # closed, or not reconfigurable after writing
                continue


def _takes_unicode(stream: object) -> bool:
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return True
    try:
        return codecs.lookup(encoding).name in ("utf-8", "utf-16", "utf-32", "utf-8-sig")
    except LookupError:
        return True


def exact_for_stdout(text: str, fmt: str) -> str:
    """``text`` (a report in ``fmt``) as standard output takes it when it does not write
    UTF-8, without a character changed: a JSON report in ASCII with JSON escapes (JSON is
    read as UTF-8, which ASCII is), an HTML or Markdown report in ASCII with character
    references (the HTML report declares UTF-8); a text report is left to
    :data:`ASCII_FALLBACK`."""
    if _takes_unicode(sys.stdout) or text.isascii():
        return text
    if fmt == "json":
        # Non-ASCII characters stand only inside JSON strings, where an escape is the same.
        return "".join(c if ord(c) < 0x80 else json.dumps(c)[1:-1] for c in text)
    if fmt in ("html", "md", "markdown"):
        return text.encode("ascii", "xmlcharrefreplace").decode("ascii")
    return text


#: Readers' warnings a comparison prints per draft before it says how many more there are.
_WARNINGS_SHOWN = 5


def _reader_warnings(name: str, draft: Draft | DraftInfo) -> None:
    """The readers' warnings on stderr, as ``parse`` prints them: a comparison built on a
    partial read (a PDF page with no text layer, comments or numbering the reader set
    aside) must not look complete. At most :data:`_WARNINGS_SHOWN` per draft; ``resdiff
    parse`` shows them all."""
    from ..model import ordered_warnings
    from ..safe import printable

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
    from ..analyze import NOT_A_RESOLUTION_WARNING, reads_as_resolution
    from ..safe import printable

    if not reads_as_resolution(draft):
        shown = "<stdin>" if name == "-" else name
        sys.stderr.write(printable(f"{shown}: warning: {NOT_A_RESOLUTION_WARNING}") + "\n")


def _warn_of_order_and_language(cmp: Comparison) -> None:
    """Warnings on stderr when the drafts are in two languages (no word of one is a word
    of the other) or the new text is dated before the old (every verdict reads the other
    way round if the drafts were given in the wrong order)."""
    from ..read.language import language_name

    langs = cmp.old.language, cmp.new.language
    if langs[0] and langs[1] and langs[0] != langs[1]:
        sys.stderr.write(
            f"resdiff: warning: the drafts are in different languages ({language_name(langs[0])}"
            f", {language_name(langs[1])}): their words cannot be compared; compare two "
            "texts in one language\n"
        )
    old, new = cmp.old.date, cmp.new.date
    if old is not None and new is not None and new < old:
        from ..safe import printable

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
    from ..safe import printable

    for old, new in pairs:
        if old.date is not None and new.date is not None and new.date < old.date:
            sys.stderr.write(
                printable(
                    f"resdiff: warning: {new.name}, of {new.date.day} {new.date:%B %Y}, is "
                    f"dated before {old.name}, of {old.date.day} {old.date:%B %Y}: {advice}"
                )
                + "\n"
            )


def _stdin_once(names: Sequence[str | None]) -> None:
    """Refuse ``-`` (standard input) given for more than one of ``names``: it can be read
    only once. Raises :class:`~resdiff.errors.ResdiffError` (the CLI exits 2)."""
    if sum(1 for name in names if name == "-") > 1:
        from ..errors import ResdiffError

        raise ResdiffError("standard input ('-') can be read only once")


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
    (``history -o h.docx`` would otherwise write a text report under a Word name), or
    when a Word report, binary, would be written to a terminal."""
    from pathlib import Path

    if not args.output:
        given = str(args.format or "text")
        if given == "docx" and sys.stdout.isatty():
            sys.stderr.write(
                "resdiff: error: a docx report is binary: use -o FILE.docx or redirect the output\n"
            )
            return None
        return given
    suffix = Path(args.output).suffix.lower()
    if suffix in _UNWRITTEN:
        sys.stderr.write(
            f"resdiff: error: {args.output!r}: resdiff writes no {_UNWRITTEN[suffix]} report "
            "(name the output .html, and print it from a browser, or .docx)\n"
        )
        return None
    named = _SUFFIX_FORMATS.get(suffix)
    if args.format:
        if named is not None and named != args.format:
            # "-o report.json --format md" would write Markdown under a JSON name.
            sys.stderr.write(
                f"resdiff: error: {args.output!r} names a {named} report but --format is "
                f"{args.format}: name the output for the format, or leave out --format\n"
            )
            return None
        return str(args.format)
    fmt = named
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
    """Every file the command reads (an output must not overwrite one): the files named
    on the command line, ``-`` for standard input, and the files the folders and globs of
    SOURCE and ``--metadata`` expand to, as the command will find them."""
    names: list[str] = []
    for key in ("old", "new", "draft", "final", "against", "spec", "index", "red_lines"):
        value = getattr(args, key, None)
        if isinstance(value, str):
            names.append(value)
    names += list(getattr(args, "drafts", None) or [])
    names += [item.partition("=")[2] for item in getattr(args, "source", None) or []]
    sources = [str(s) for s in getattr(args, "sources", None) or []]
    metadata = [str(m) for m in getattr(args, "metadata", None) or []]
    if sources or metadata:
        names += _expanded(sources, metadata)
    return [n for n in names if n]


def _expanded(sources: list[str], metadata: list[str]) -> list[str]:
    """The files ``series`` and ``index`` read for their SOURCEs and ``--metadata``, found
    the way they find them: a folder or a glob is never the same file as an output, so
    comparing the output with the names as typed let ``series DIR -o DIR/a.xml`` replace
    a draft it had just read. A source that names nothing stands as typed (the command
    says so when it reads it)."""
    from ..corpus.ingest import expand_sources, metadata_files
    from ..errors import ResdiffError

    names: list[str] = []
    for source in sources:
        try:
            names += expand_sources([source])
        except ResdiffError:
            names.append(source)
    for source in metadata:
        try:
            names += [str(p) for p in metadata_files([source])]
        except ResdiffError:
            names.append(source)
    return names


def _emit(
    args: argparse.Namespace, report: str, *, json_report: bool = False, fmt: str = "text"
) -> None:
    """Write a report to -o or standard output, its control characters made safe (JSON
    escapes in JSON, visible escapes elsewhere)."""
    from ..safe import json_safe, printable

    if json_report:
        _write_report(args, json_safe(report), "json")
    else:
        _write_report(args, printable(report), fmt)


def _write_report(args: argparse.Namespace, report: str, fmt: str = "text") -> None:
    """Write a report in ``fmt``, made safe already, to -o or standard output, ending in a
    newline."""
    if not report.endswith("\n"):
        report += "\n"
    if args.output:
        write_output(args.output, report, inputs=_inputs(args))
    else:
        sys.stdout.write(exact_for_stdout(report, fmt))


def _write_beside(path: object, what: str, write: Callable[[], object]) -> int:
    """Write a file a command makes beside its report (a chart, a table): one line and
    exit 2 when its extra is missing, its data cannot be drawn, or the file cannot be
    written."""
    try:
        write()
    except (ImportError, ValueError) as exc:
        sys.stderr.write(printable(f"resdiff: error: {exc}") + "\n")
        return 2
    except OSError as exc:
        sys.stderr.write(
            printable(f"resdiff: error: {path}: cannot write the {what}: {exc.strerror}") + "\n"
        )
        return 2
    sys.stderr.write(printable(f"resdiff: wrote {path}") + "\n")
    return 0
