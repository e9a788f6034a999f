"""Tools for testing and benchmarking resdiff against known edits.

:mod:`resdiff.testing.mutate` applies realistic, seeded edits to a real draft (drop, insert,
move, split, merge, a weaker or stronger verb, a hedge, a sanctions measure removed,
Chapter VII dropped or added) and says, provision by provision, what a comparison of the
two drafts should find.
"""

from __future__ import annotations

from .mutate import EDITS, Mutation, Truth, build_draft, mutate

__all__ = ["EDITS", "Mutation", "Truth", "build_draft", "mutate"]
