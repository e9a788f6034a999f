"""Shared test fixtures: where the real corpus lives.

The corpus sits next to the project (``<repo>/../shared/corpus``) and is not copied into
it; tests that read it are skipped with a clear reason when it is absent.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The suite must not write into the user's cache (the compiled lexicon goes there): the
# session, and the commands it starts, get a cache folder of their own, removed at exit.
_CACHE = tempfile.mkdtemp(prefix="resdiff-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

#: ``/work/main/../shared/corpus`` for a checkout at ``/work/main``.
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

#: Mark for tests that need the corpus.
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}"
)


@pytest.fixture
def corpus() -> Path:
    """The corpus folder; skips the test when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"real-text corpus not found at {CORPUS}")
    return CORPUS
