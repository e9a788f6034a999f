"""The draft while edits are applied: its paragraphs as items, each in the group of the
provision it came from (the truth in the making), and the text helpers every edit uses.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...analyze import analyze_clause
from ...lexicon import Lexicon
from ...model import ChangeKind, Clause, Direction, Draft, Section

_CONTINUER = r"(?:Further|Also|Again|Once again|Additionally)"
_WORD = re.compile(r"\w+")
#: A text's closing punctuation and spaces. The look-behind starts the run only where it
#: begins, so a long run followed by a word costs one try, not one from each place in it.
_END = re.compile(r"(?<![\s;,.:])[\s;,.:]*$")


@dataclass(eq=False)
class _Group:
    """One provision of the truth while edits are applied: its old refs and the items
    (new paragraphs) it became."""

    old: tuple[str, ...]
    kind: ChangeKind = "unchanged"
    moved: bool = False
    edit: str | None = None
    feature: str | None = None
    direction: Direction | None = None
    items: list[_Item] = field(default_factory=list)


@dataclass(eq=False)
class _Item:
    """One paragraph of the new draft being built."""

    clause: Clause
    group: _Group
    origin: int  # position in the old section, or -1 for an inserted paragraph

    @property
    def free(self) -> bool:
        return self.group.edit is None


class _State:
    def __init__(
        self, draft: Draft, pool: Sequence[Clause], lexicon: Lexicon, rng: random.Random
    ) -> None:
        self.draft = draft
        self.lexicon = lexicon
        self.rng = rng
        self.pool = list(pool)
        self.sections: dict[Section, list[_Item]] = {"preamble": [], "operative": []}
        self.groups: list[_Group] = []
        for section, clauses in (("preamble", draft.preamble), ("operative", draft.operative)):
            for k, clause in enumerate(clauses):
                group = _Group(old=(clause.ref,))
                item = _Item(clause, group, k)
                group.items.append(item)
                self.groups.append(group)
                self.sections[section].append(item)  # type: ignore[index]
        self.seen_norm = [_norm(c.full_text()) for c in draft.paragraphs]

    def free_items(self, section: Section | None = None) -> list[tuple[Section, int, _Item]]:
        out: list[tuple[Section, int, _Item]] = []
        for name, items in self.sections.items():
            if section is not None and name != section:
                continue
            out.extend((name, k, it) for k, it in enumerate(items) if it.free)
        return out

    def mark(
        self,
        item: _Item,
        edit: str,
        kind: ChangeKind,
        *,
        feature: str | None = None,
        direction: Direction | None = None,
    ) -> None:
        group = item.group
        group.edit, group.kind, group.feature, group.direction = edit, kind, feature, direction

    def has_chapter_vii(self) -> bool:
        return any(
            self.lexicon.chapter_vii_in(c.text) is not None
            for items in self.sections.values()
            for it in items
            for c in it.clause.walk()
        )


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _analysed(clause: Clause, lexicon: Lexicon, text: str) -> Clause:
    return analyze_clause(clause.model_copy(update={"text": text}), lexicon)


def _ending(text: str) -> tuple[str, str]:
    """``(body, final punctuation)``."""
    m = _END.search(text)
    assert m is not None
    return text[: m.start()], text[m.start() :].strip()


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:].lower() != first[1:]:
        return text  # an acronym or a name with capitals inside
    return text[:1].lower() + text[1:]
