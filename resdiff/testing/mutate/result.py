"""The result of a mutation: :class:`Truth` (what a correct comparison finds for one
provision) and :class:`Mutation`; the new draft renumbered with its headings kept in place,
the truth read off the groups, and :func:`build_draft`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import ChangeKind, Clause, Direction, Draft, Heading
from .state import _Group, _State


@dataclass(frozen=True)
class Truth:
    """What a correct comparison finds for one provision.

    ``old`` and ``new`` are refs in the old and the new draft (empty for an added or
    dropped provision, two for a split or merge); ``kind`` the change kind and ``moved``
    whether it moved. ``edit`` names the edit applied (``None`` for a provision left
    alone, which must come out ``unchanged``); ``feature`` the shift feature the change
    must name (``verb``, ``censure``, ``modifier``, ``hedge``, ``measure``,
    ``chapter-vii``) and ``direction`` its direction, for strength edits.
    """

    old: tuple[str, ...]
    new: tuple[str, ...]
    kind: ChangeKind
    moved: bool = False
    edit: str | None = None
    feature: str | None = None
    direction: Direction | None = None

    @property
    def pair(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``(old refs, new refs)``: what an alignment must pair."""
        return (self.old, self.new)


@dataclass(frozen=True)
class Mutation:
    """A draft, its mutated version, and the truth about every provision."""

    old: Draft
    new: Draft
    truth: tuple[Truth, ...]
    edits: tuple[str, ...] = ()

    @property
    def edited(self) -> tuple[Truth, ...]:
        """The truths of the edited provisions only."""
        return tuple(t for t in self.truth if t.edit is not None)


def _reref(clause: Clause, ref: str, label: str | None) -> Clause:
    """``clause`` renamed ``ref`` with its sub-paragraphs' refs rebuilt under it (each keeps
    its own key: ``OP3(b)`` becomes ``OP5(b)``)."""
    children = tuple(
        _reref(child, ref + _child_key(child), child.label) for child in clause.children
    )
    return clause.model_copy(update={"ref": ref, "label": label, "children": children})


def _child_key(child: Clause) -> str:
    m = re.search(r"(\([^()]*\))$", child.ref)
    return m.group(1) if m else f"({(child.label or '').strip('().')})"


def build_draft(
    preamble: Sequence[Clause], operative: Sequence[Clause], *, symbol: str | None = None
) -> Draft:
    """A draft of these paragraphs (taken from anywhere), renumbered ``PP1..`` and
    ``OP1..`` with sub-paragraph refs rebuilt, not yet analysed."""
    return Draft(
        symbol=symbol,
        preamble=tuple(
            _reref(c.model_copy(update={"section": "preamble"}), f"PP{k}", None)
            for k, c in enumerate(preamble, 1)
        ),
        operative=tuple(
            _reref(c.model_copy(update={"section": "operative"}), f"OP{k}", f"{k}.")
            for k, c in enumerate(operative, 1)
        ),
    )


def _build(st: _State) -> tuple[Draft, tuple[Truth, ...]]:
    preamble: list[Clause] = []
    operative: list[Clause] = []
    new_ref: dict[int, str] = {}
    for k, item in enumerate(st.sections["preamble"], 1):
        preamble.append(_reref(item.clause, f"PP{k}", None))
        new_ref[id(item)] = f"PP{k}"
    for k, item in enumerate(st.sections["operative"], 1):
        operative.append(_reref(item.clause, f"OP{k}", f"{k}."))
        new_ref[id(item)] = f"OP{k}"

    # A heading stays over the paragraph it stood over, unless that one moved or went.
    headings: list[Heading] = []
    for heading in st.draft.headings:
        target = next(
            (
                it
                for g in st.groups
                if g.old[:1] == (heading.before,) and not g.moved
                for it in g.items[:1]
            ),
            None,
        )
        if heading.before is None:
            headings.append(heading)
        elif target is not None:
            headings.append(heading.model_copy(update={"before": new_ref[id(target)]}))

    draft = st.draft.model_copy(
        update={
            "preamble": tuple(preamble),
            "operative": tuple(operative),
            "headings": tuple(headings),
            "warnings": (),
            "lexicon": None,
        }
    )
    order = {
        id(it): n for n, it in enumerate([*st.sections["preamble"], *st.sections["operative"]])
    }
    old_order = {c.ref: n for n, c in enumerate(st.draft.paragraphs)}

    def key(group: _Group) -> tuple[float, float]:
        if group.items:
            return (order[id(group.items[0])], 0.0)
        return (-1.0, old_order[group.old[0]])

    truth = tuple(
        Truth(
            old=g.old,
            new=tuple(new_ref[id(it)] for it in g.items),
            kind=g.kind,
            moved=g.moved,
            edit=g.edit,
            feature=g.feature,
            direction=g.direction,
        )
        for g in sorted(st.groups, key=key)
    )
    return draft, truth
