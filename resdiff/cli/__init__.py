"""The ``resdiff`` command line. Argument parsing only: every command calls the public API.

The package's rooms: :mod:`.parser` (the arguments), :mod:`.commands` (``parse``,
``schema``, ``check``, ``compare``), :mod:`.products` (``history``, ``series``,
``provenance``, ``index``, ``precedents``) and :mod:`.output` (where and how a report is
written, and the drafts' warnings on standard error); this module runs a command.

Exit codes: 0 success, 1 a check failed (``resdiff check``), 2 bad input or usage. Errors
are one line on stderr, never a traceback.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from ..collect import fewer_collections
from ..errors import ResdiffError
from .commands import _cmd_check, _cmd_compare, _cmd_parse, _cmd_schema
from .output import _inputs, check_output, plain_streams
from .parser import _build_parser, _limits
from .products import (
    _cmd_history,
    _cmd_index,
    _cmd_precedents,
    _cmd_provenance,
    _cmd_series,
)


def _needs_check_command(argv: Sequence[str]) -> bool:
    """Whether the ``check`` sub-command must be built: its arguments live in the red-lines
    module, whose import (pydantic models) ``--version`` and the other commands should not
    pay for. It is built for ``check`` itself, for the help that lists every command, and
    for an unknown command, so that argparse's error names them all."""
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    if command is None:
        return not argv or any(arg in ("-h", "--help") for arg in argv)
    return command not in _COMMANDS or command == "check"


def _command_only(argv: Sequence[str]) -> str | None:
    """The command named first in ``argv``, whose sub-parser alone is then built; ``None``
    (every command built) when the arguments open otherwise: with the top level's own
    options (its help lists every command), an unknown command (argparse's error names
    them all), or nothing."""
    return argv[0] if argv and argv[0] in _COMMANDS else None


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

    from ..collect import THRESHOLD

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
    # Before anything is printed: a report's arrows and quotes on a stream that cannot
    # write them (cp1252, Latin-1) are written as ASCII, not raised as a traceback.
    plain_streams()
    parser = _build_parser(
        with_check=_needs_check_command(arguments), only=_command_only(arguments)
    )
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        # First: finding the files a folder source holds loads the model (and pydantic).
        _without_pydantic_plugins()
        if getattr(args, "output", None):
            # Before any work: a report that cannot be written is said at once.
            check_output(args.output, inputs=_inputs(args))
        from ..api import limits_in_force

        with limits_in_force(_limits(args)):
            code = _COMMANDS[args.command](args)
        sys.stdout.flush()
        return code
    except ResdiffError as exc:
        from ..safe import printable

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
