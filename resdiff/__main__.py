"""``python -m resdiff``: the same as the ``resdiff`` command."""

from .cli import console_main

console_main()
