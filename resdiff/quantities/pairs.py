"""Numbers paired through the redline: each text a sequence of words in which every
quantity is one unit; the two sequences are diffed, and a quantity deleted is paired with
the quantity of the same type inserted in the same run of changes, never by its position
in a list (:func:`paired_quantities`)."""

from __future__ import annotations

import itertools
import re
from collections import Counter, deque
from collections.abc import Sequence

from ..compiled import compile_cached
from ..lexicon import Lexicon, QuantityMatch
from ..redline import EQUAL, diff_units, tokenize

_SPACING = compile_cached(r"\s+")


def _units(text: str, found: Sequence[QuantityMatch]) -> tuple[list[str], dict[int, QuantityMatch]]:
    """The text as units (each quantity one unit) and, by unit index, the quantities."""
    units: list[str] = []
    where: dict[int, QuantityMatch] = {}
    pos = 0
    for q in found:
        units.extend(tokenize(text[pos : q.start]))
        where[len(units)] = q
        # The type and the value make the unit: "every 90 days" and "every 120 days" are
        # two units of one type, and equal values of one type are one unit.
        units.append(f"\x00{q.id}\x00{_value_of(q)[1]}\x00{q.unit or ''}")
        pos = q.end
    units.extend(tokenize(text[pos:]))
    return units, where


def paired_quantities(
    old: str, new: str, lexicon: Lexicon
) -> list[tuple[QuantityMatch | None, QuantityMatch | None]]:
    """The quantities that changed between two texts: ``(old, new)`` for a quantity
    replaced at the same place, ``(old, None)`` removed, ``(None, new)`` added."""
    old_q, new_q = lexicon.quantities_in(old), lexicon.quantities_in(new)
    if not old_q and not new_q:
        return []
    old_units, old_at = _units(old, old_q)
    new_units, new_at = _units(new, new_q)
    # A quantity found on both sides did not change, wherever the diff put it: only what
    # one side has more of can be replaced ("2564 (2021)" kept in a list that grows).
    old_keys = Counter(old_units[k] for k in old_at)
    new_keys = Counter(new_units[k] for k in new_at)
    only_old = old_keys - new_keys
    only_new = new_keys - old_keys
    if not only_old and not only_new:
        return []

    # Each quantity the diff deletes or inserts, with its run of changes: the base run
    # ends at any word left equal; the list run goes on across the separators of a list
    # (", and " between two items), for the references a list enumerates.
    events: list[tuple[int, int, bool, str, QuantityMatch]] = []
    run = listed_run = 0
    i = j = 0
    for op, units in diff_units(old_units, new_units):
        if op == EQUAL:
            if any(u.strip() and (u[0].isalnum() or u[0] == "\x00") for u in units):
                run += 1
                if not _LIST_SEPARATOR.fullmatch("".join(units)):
                    listed_run += 1
            elif not _LIST_SEPARATOR.fullmatch("".join(units)):
                listed_run += 1
            i += len(units)
            j += len(units)
        elif op < 0:
            events.extend(
                (run, listed_run, True, old_units[k], old_at[k])
                for k in range(i, i + len(units))
                if k in old_at
            )
            i += len(units)
        else:
            events.extend(
                (run, listed_run, False, new_units[k], new_at[k])
                for k in range(j, j + len(units))
                if k in new_at
            )
            j += len(units)
    # References pair within their list run, every other quantity within its base run.
    groups: dict[tuple[bool, int], list[tuple[int, int, bool, str, QuantityMatch]]] = {}
    for event in events:
        reference = event[4].kind == "reference"
        groups.setdefault((reference, event[1] if reference else event[0]), []).append(event)
    placed: list[tuple[int, tuple[QuantityMatch | None, QuantityMatch | None]]] = []
    # What each text holds, by type and value, wherever it stands.
    held = ({_value_of(q) for q in old_q}, {_value_of(q) for q in new_q})
    for (reference, _), group in sorted(groups.items(), key=lambda item: item[1][0][0]):
        spans_list = reference and group[0][0] != group[-1][0]
        where = group[0][0]
        placed.extend(
            (where, pair)
            for pair in _pair_run(
                group,
                only_old,
                only_new,
                spans_list=spans_list,
                held=held,
                texts=(old, new),
            )
        )
    placed.sort(key=lambda item: item[0])
    return _pair_leftovers([pair for _, pair in placed], held)


def _pair_run(
    run: list[tuple[int, int, bool, str, QuantityMatch]],
    only_old: Counter[str],
    only_new: Counter[str],
    *,
    spans_list: bool,
    held: tuple[set[tuple[str, str]], set[tuple[str, str]]],
    texts: tuple[str, str],
) -> list[tuple[QuantityMatch | None, QuantityMatch | None]]:
    """Pair the quantities one run of changes deletes with those it inserts, by type, in
    order. ``spans_list``: the run goes across the items of a list of references.
    ``held``: each text's quantities as (type, value); a reference one text cites again elsewhere is
    replaced only in its very slot, after the same word ("extended ... by resolution 2441
    (2018)" → "by resolution 2571 (2021)"), not by one the run brings in elsewhere
    ("resolution 2146 (2014)" cited twice, once in a clause that went, is still the
    provision's basis). ``texts``: the old and the new text."""
    gone = [(unit, q) for _, _, is_old, unit, q in run if is_old]
    came = [(unit, q) for _, _, is_old, unit, q in run if not is_old]
    # A quantity deleted and inserted again in one run of changes stayed where it was
    # (the diff only cut around it: "including, 2441 (2018) and 2473 (2019)" →
    # "including resolutions 2441 (2018), 2509 (2020) ..."). What is left changed only as
    # far as one side has more of it than the other (``only_old``, ``only_new``, spent as
    # they are used).
    kept = Counter(u for u, _ in gone) & Counter(u for u, _ in came)
    removed = _left(gone, kept.copy(), only_old)
    inserted = _left(came, kept, only_new)
    pairs: list[tuple[QuantityMatch | None, QuantityMatch | None]] = []
    old_values, new_values = held
    # The items of a list of references pair in order only one for one: a list that grows
    # or shrinks ("2441 (2018) and 2473 (2019)" → "2441 (2018), 2509 (2020), 2526 (2020)
    # and 2571 (2021)") replaced none of its items by another.
    removed_of_type = Counter(q.id for q in removed)
    inserted_of_type = Counter(n.id for n in inserted)
    waiting: dict[str, deque[QuantityMatch]] = {}
    for n in inserted:
        waiting.setdefault(n.id, deque()).append(n)
    taken: set[int] = set()
    for q in removed:
        queue = waiting.get(q.id)
        partner: QuantityMatch | None = None
        if queue and q.kind != "reference":
            partner = queue.popleft()
        elif queue and not (spans_list and removed_of_type[q.id] != inserted_of_type[q.id]):
            before = _word_before(texts[0], q.start)
            held_q = _value_of(q) in new_values
            # The first few waiting only: pairs go in order, and a long list must not be
            # searched once per item (quadratic).
            for k, n in enumerate(itertools.islice(queue, _SLOT_SEARCH)):
                if (not held_q and _value_of(n) not in old_values) or _word_before(
                    texts[1], n.start
                ) == before:
                    partner = n
                    del queue[k]
                    break
        if partner is not None:
            taken.add(id(partner))
            pairs.append((q, partner))
        else:
            pairs.append((q, None))
    pairs.extend((None, n) for n in inserted if id(n) not in taken)
    return pairs


#: How many of the waiting references of a type a removed one is tried against.
_SLOT_SEARCH = 8


def _left(
    found: list[tuple[str, QuantityMatch]], kept: Counter[str], pool: Counter[str]
) -> list[QuantityMatch]:
    """The quantities of a run of changes that did change: not deleted and inserted again
    in the same run (``kept``), and within what one side has more of (``pool``, spent as
    it is used)."""
    out: list[QuantityMatch] = []
    for unit, q in found:
        if kept[unit] > 0:
            kept[unit] -= 1
        elif pool[unit] > 0:
            pool[unit] -= 1
            out.append(q)
    return out


def _pair_leftovers(
    pairs: list[tuple[QuantityMatch | None, QuantityMatch | None]],
    held: tuple[set[tuple[str, str]], set[tuple[str, str]]],
) -> list[tuple[QuantityMatch | None, QuantityMatch | None]]:
    """Pair the one quantity of a type removed with the one of that type added, when the
    diff set them apart ("briefings every other month ... " → "... a report every three
    months"): in one provision they are the same provision's quantity. Not a value the
    other text still holds: "resolution 2146 (2014)" cited twice, once in a clause that
    went, is still the provision's basis, not replaced by the "2509 (2020)" added
    elsewhere (``held``: each text's quantities, by type and value)."""
    old_values, new_values = held
    gone: dict[str, list[int]] = {}
    came: dict[str, list[int]] = {}
    for k, (o, n) in enumerate(pairs):
        if o is not None and n is None:
            if _value_of(o) not in new_values:
                gone.setdefault(o.id, []).append(k)
        elif n is not None and o is None and _value_of(n) not in old_values:
            came.setdefault(n.id, []).append(k)
    merged: dict[int, tuple[QuantityMatch | None, QuantityMatch | None]] = {}
    dropped: set[int] = set()
    for kind, olds in gone.items():
        news = came.get(kind, [])
        if len(olds) == 1 and len(news) == 1:
            merged[olds[0]] = (pairs[olds[0]][0], pairs[news[0]][1])
            dropped.add(news[0])
    return [merged.get(k, pair) for k, pair in enumerate(pairs) if k not in dropped]


def _word_before(text: str, start: int) -> str:
    """The word before ``start`` in ``text``, in lower case ("" at the start)."""
    words = text[max(0, start - 40) : start].split()
    return words[-1].lower() if words else ""


def _value_of(q: QuantityMatch) -> tuple[str, str]:
    """The type and the value of a quantity, spacing and case folded: what makes it the
    same quantity (with its unit) wherever it stands."""
    return q.id, _SPACING.sub("", q.value.lower())


#: What stands between two items of a list: a comma, "and", "or", or both.
_LIST_SEPARATOR = compile_cached(r"\s*,?\s*(?:(?:and|or)\s+)?", re.IGNORECASE)
