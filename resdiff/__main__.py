"""``python -m resdiff``: the same as the ``resdiff`` command."""

import sys

from .cli import main

sys.exit(main())
