"""The numbering plan: which list definition and instance numbers each paragraph, so
that Word prints each version's own labels."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .document import WordDocument
from .labels import _OPERATIVE_LEVELS, _Family
from .units import _Unit


@dataclass
class _Lists:
    """The numbering of one version as Word counts it, to choose list instances that
    print each draft's labels: counters per abstract numbering, instances used."""

    starts: dict[str, dict[int, int]]
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def predict(self, abstract: str, num: str, level: int) -> int:
        state = self.counters.get(abstract, {})
        if num not in self.used and level in self.starts[num]:
            return self.starts[num][level]
        current = state.get(level)
        return self.starts[num].get(level, 1) if current is None else current + 1

    def advance(self, abstract: str, num: str, level: int) -> None:
        state = self.counters.setdefault(abstract, {})
        if num not in self.used:
            self.used.add(num)
            for overridden in self.starts[num]:
                state.pop(overridden, None)
        current = state.get(level)
        state[level] = self.starts[num].get(level, 1) if current is None else current + 1
        for deeper in [d for d in state if d > level]:
            del state[deeper]


class _Planner:
    """Chooses the list definition and instance of every numbered paragraph so that Word
    prints the draft's own labels: one list for the operative part and its levels, one
    per other label family; a new instance (``startOverride``) wherever the counters of
    the version being placed would print another number than the draft's."""

    def __init__(self, doc: WordDocument) -> None:
        self.doc = doc
        self.operative = doc.add_abstract(
            [family.level(k) for k, family in enumerate(_OPERATIVE_LEVELS)]
        )
        self.families: dict[_Family, str] = {}
        self.starts: dict[str, dict[int, int]] = {}
        self.abstract_for: dict[str, str] = {}
        self.current: dict[str, str] = {}

    def abstract_of(self, unit: _Unit) -> str:
        assert unit.family is not None
        if unit.operative_list:
            return self.operative
        if unit.family not in self.families:
            levels = [unit.family.level(k) for k in range(9)]
            self.families[unit.family] = self.doc.add_abstract(levels)
        return self.families[unit.family]

    def new_num(self, abstract: str, starts: Mapping[int, int] | None = None) -> str:
        num = self.doc.add_num(abstract, starts=starts)
        self.starts[num] = dict(starts or {})
        self.abstract_for[num] = abstract
        return num

    def place(
        self, unit: _Unit, lists: _Lists, shared: tuple[str, int] | None = None
    ) -> tuple[str, int]:
        """The instance and level for ``unit`` in the version ``lists`` counts, advancing
        its counters. ``shared`` is the instance the paragraph already has in the other
        version: kept when it prints the right label here too."""
        abstract = self.abstract_of(unit)
        level = min(unit.depth, 8)
        assert unit.family is not None
        bullet = unit.family.fmt == "bullet"  # a bullet prints the same whatever the count

        def prints_label(num: str) -> bool:
            return bullet or lists.predict(abstract, num, level) == unit.value

        if shared is not None:
            num, shared_level = shared
            if self.abstract_for[num] == abstract and shared_level == level and prints_label(num):
                lists.advance(abstract, num, level)
                self.current[abstract] = num
                return shared
        num = self.current.get(abstract) or self.new_num(abstract)
        if not prints_label(num):
            num = self.new_num(abstract, {level: unit.value})
        self.current[abstract] = num
        lists.advance(abstract, num, level)
        return num, level
