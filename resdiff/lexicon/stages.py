"""The life cycle's stages read from the lexicon's data (lifecycle.toml's ``stages`` and
``growth``), checked against each other: which stages grow what they act on, how far
each growing stage goes, and what one growing stage in place of another does; and the
pieces of pattern the life-cycle patterns write (``fragments``), written out once."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from ..errors import LexiconError
from .lifecycle_entries import (
    FragmentEntry,
    GrowthDirection,
    GrowthMoveEntry,
    LifecycleEntry,
    StageEntry,
)

if TYPE_CHECKING:
    from .load import _Parts

#: The longest a fragment may be once the fragments it writes are written out: the
#: default's longest is about 900 characters. A user's fragment that writes another
#: several times, which writes another several times, grows as the product of their
#: counts (each "{a}{a}" doubles), and a pattern of millions of characters would take
#: minutes to compile: refused, naming the fragment.
MAX_FRAGMENT = 20_000
_PLACEHOLDER = re.compile(r"\{(\w+)\}")

#: Every stage a lifecycle entry may name, each needing its row in ``stages``.
_STAGES = ("start", "continue", "expand", "reduce", "sunset", "suspend", "end")


def compile_stages(
    parts: _Parts,
) -> tuple[frozenset[str], tuple[str, ...], dict[tuple[str, str], GrowthDirection]]:
    """The growing stages, the growing stages furthest first, and the moves between them
    by (old stage, new stage); :class:`~resdiff.errors.LexiconError` naming the file and
    the key of a row that contradicts another: a stage a life-cycle entry names with no
    row (in a lexicon that has stage rows), a growing stage without ``reach`` (or two with
    one ``reach``), a winding-down stage with one, or a move from or to a stage whose row
    says it does not grow."""
    stages = {k: cast("StageEntry", v) for k, v in parts.tables["stages"].items() if not v.disabled}

    def where(section: str, key: str) -> str:
        # A row that is missing is named by the files read.
        return parts.origin.get((section, key), ", ".join(parts.sources))

    # A stage no entry names needs no row: a lexicon of a user's own words alone (no
    # life-cycle entries) has none. Nor does a lexicon with no stage rows at all: a user's
    # file of life-cycle words alone ("[lifecycle.prolong]"), read on its own to be laid
    # over the default (``Lexicon.default().extend(Lexicon.from_toml(...))``), takes its
    # stages from the lexicon it extends, as a file of moves alone does (review of fix13).
    named = {cast("LifecycleEntry", e).stage for e in parts.tables["lifecycle"].values()}
    for stage in _STAGES:
        if parts.tables["stages"] and stage in named and stage not in stages:
            raise LexiconError(
                f'stages: no row for the stage "{stage}" (growing = true or false)',
                path=where("stages", stage),
            )
    reach: dict[int, str] = {}
    for stage, entry in stages.items():
        at = f'stages["{stage}"]'
        if entry.growing and entry.reach is None:
            raise LexiconError(f"{at}: a growing stage needs a reach", path=where("stages", stage))
        if not entry.growing and entry.reach is not None:
            raise LexiconError(
                f"{at}: reach is for growing stages only", path=where("stages", stage)
            )
        if entry.reach is not None:
            if entry.reach in reach:
                raise LexiconError(
                    f'{at}: reach {entry.reach} is also the reach of "{reach[entry.reach]}"',
                    path=where("stages", stage),
                )
            reach[entry.reach] = stage
    growing = frozenset(s for s, e in stages.items() if e.growing)
    moves: dict[tuple[str, str], GrowthDirection] = {}
    for key, raw in parts.tables["growth"].items():
        move = cast("GrowthMoveEntry", raw)
        if move.disabled:
            continue
        for side, stage in (("old", move.old), ("new", move.new)):
            # A stage with no row is told by the lexicon this one extends (a user's file
            # of moves alone is checked once laid over the default).
            if stage in stages and stage not in growing:
                raise LexiconError(
                    f'growth["{key}"]: {side} = "{stage}" is not a growing stage',
                    path=where("growth", key),
                )
        if move.old == move.new:
            raise LexiconError(
                f'growth["{key}"]: old and new are the same stage', path=where("growth", key)
            )
        moves[(move.old, move.new)] = move.direction
    order = tuple(reach[k] for k in sorted(reach))
    return growing, order, moves


def with_growing(
    entries: dict[str, LifecycleEntry], growing: frozenset[str]
) -> dict[str, LifecycleEntry]:
    """Copies of ``entries`` that know whether their stage grows (the parts' entries stay
    as read: a user's lexicon that makes a stage grow changes no other lexicon)."""
    out = {}
    for key, entry in entries.items():
        copy = entry.model_copy()
        copy._growing = entry.stage in growing
        out[key] = copy
    return out


def compile_fragments(parts: _Parts) -> dict[str, str]:
    """Each enabled fragment of ``[fragments]`` by name, the fragments it writes
    (``{name}``) written out, so that a pattern needs one pass; a placeholder with no
    enabled fragment is left as printed (it matches no text). A fragment that writes
    itself, directly or through others (a user's file), or grows past
    :data:`MAX_FRAGMENT` once written out raises :class:`~resdiff.errors.LexiconError`
    naming the file and the fragment, rather than being left half written out."""
    raw = {
        k: cast("FragmentEntry", v).pattern
        for k, v in parts.tables["fragments"].items()
        if not v.disabled
    }
    done: dict[str, str] = {}

    def where(key: str) -> str:
        return parts.origin.get(("fragments", key), ", ".join(parts.sources))

    def write(name: str, chain: tuple[str, ...]) -> str:
        if name in done:
            return done[name]
        if name in chain:
            circle = " -> ".join(f"{{{n}}}" for n in (*chain[chain.index(name) :], name))
            raise LexiconError(
                f'fragments["{chain[0]}"]: a fragment writes itself ({circle})',
                path=where(chain[0]),
            )

        def out(m: re.Match[str]) -> str:
            return write(m[1], (*chain, name)) if m[1] in raw else m[0]

        text = _PLACEHOLDER.sub(out, raw[name])
        if len(text) > MAX_FRAGMENT:
            raise LexiconError(
                f'fragments["{name}"]: written out it is {len(text):,} characters long '
                f"(at most {MAX_FRAGMENT:,})",
                path=where(name),
            )
        done[name] = text
        return text

    for name in sorted(raw):
        write(name, ())
    return done
