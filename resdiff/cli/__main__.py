"""``python -m resdiff.cli``: the command line, as ``resdiff`` and ``python -m resdiff``."""

from . import console_main

console_main()
