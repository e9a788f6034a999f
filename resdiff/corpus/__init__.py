"""The corpus products: an index of many texts in one file, and the precedents of a draft.

- :class:`Corpus` (:mod:`.index`): ``Corpus.build(sources, path)``, ``Corpus.open(path)``,
  ``corpus.add(sources)``, the documents and paragraphs it holds, and
  ``corpus.precedents(draft)``;
- :mod:`.store`: the SQLite file and its checks; :mod:`.ingest`: the texts read for it;
  :mod:`.search`: candidate search; :mod:`.precedents`: where each paragraph comes from;
  :mod:`.model`: the data the renderers read; :mod:`.cli`: the commands.

Names are imported on first use, so that importing :mod:`resdiff.corpus.cli` for the
command line loads neither sqlite3 nor pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .index import Corpus
    from .model import (
        BuildReport,
        Document,
        IndexedParagraph,
        Precedent,
        PrecedentOptions,
        Precedents,
    )
    from .store import CorpusError

_LAZY = {
    "BuildReport": "model",
    "Corpus": "index",
    "CorpusError": "store",
    "Document": "model",
    "IndexedParagraph": "model",
    "Precedent": "model",
    "PrecedentOptions": "model",
    "Precedents": "model",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


__all__ = [
    "BuildReport",
    "Corpus",
    "CorpusError",
    "Document",
    "IndexedParagraph",
    "Precedent",
    "PrecedentOptions",
    "Precedents",
]
