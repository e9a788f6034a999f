"""The edits that change which paragraphs there are and their order: ``drop``,
``insert``, ``move``, ``split`` and ``merge``, each applied to a :class:`~.state._State`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from ...lexicon import Lexicon
from .state import _CONTINUER, _WORD, _ending, _Group, _Item, _lower_first, _norm, _State

_SPLIT_AT = re.compile(r"; |, and | and ")


def _drop(st: _State) -> bool:
    free = st.free_items()
    if not free:
        return False
    section, k, item = st.rng.choice(free)
    st.sections[section].pop(k)
    st.mark(item, "drop", "dropped")
    item.group.items.clear()
    return True


def _insert(st: _State) -> bool:
    if not st.pool:
        return False
    # A paragraph is new when no paragraph of the draft shares half its words in order
    # (word-level Indel similarity below 0.5); otherwise the truth would be ambiguous.
    current = [t.split() for t in st.seen_norm] + [
        _norm(it.clause.full_text()).split() for items in st.sections.values() for it in items
    ]
    for _ in range(40):
        clause = st.rng.choice(st.pool)
        words = _norm(clause.full_text()).split()
        if len(words) < 4:
            continue
        hit = process.extractOne(words, current, scorer=fuzz.ratio, score_cutoff=50)
        if hit is not None:
            continue
        items = st.sections[clause.section]
        if (
            clause.section == "preamble"
            and st.has_chapter_vii()
            and (st.lexicon.chapter_vii_in(clause.full_text()) is not None)
        ):
            continue
        where = st.rng.randint(0, len(items))
        group = _Group(old=(), kind="added", edit="insert")
        item = _Item(clause, group, -1)
        group.items.append(item)
        st.groups.append(group)
        items.insert(where, item)
        return True
    return False


def _move(st: _State) -> bool:
    choices = []
    for section, items in st.sections.items():
        kept = [k for k, it in enumerate(items) if it.group.old]
        if len(kept) < 5:
            continue
        for k, it in enumerate(items):
            if it.free:
                choices.append((section, k))
    st.rng.shuffle(choices)
    for section, k in choices[:20]:
        items = st.sections[section]
        item = items.pop(k)
        # Positions at least three kept (matched) paragraphs away from where it stood.
        targets = []
        for where in range(len(items) + 1):
            lo, hi = sorted((k, where))
            jumped = sum(1 for it in items[lo:hi] if it.group.old)
            if jumped >= 3:
                targets.append(where)
        st.rng.shuffle(targets)
        item.group.moved = True
        for where in targets[:6]:
            items.insert(where, item)
            if _moves_unambiguous(items):
                st.mark(item, "move", "unchanged")
                return True
            items.pop(where)
        item.group.moved = False
        items.insert(k, item)
    return False


def _moves_unambiguous(items: Sequence[_Item]) -> bool:
    """Whether the paragraphs not moved form the one longest order-keeping chain of the
    section, so that the moved ones are exactly those a comparison must flag (two moves
    can otherwise cancel out, or leave a tie)."""
    firsts = [it for it in items if it.group.old and it.group.items[:1] == [it]]
    values = [it.origin for it in firsts]
    ends = _chain_lengths(values)
    starts = _chain_lengths([-v for v in reversed(values)])[::-1]
    longest = max(ends, default=0)
    kept = sum(1 for it in firsts if not it.group.moved)
    if longest != kept:
        return False
    return all(ends[k] + starts[k] - 1 < longest for k, it in enumerate(firsts) if it.group.moved)


def _chain_lengths(values: Sequence[int]) -> list[int]:
    """For each position, the length of the longest increasing chain ending there."""
    tails: list[int] = []
    out = []
    for value in values:
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
        else:
            tails[k] = value
        out.append(k + 1)
    return out


def _split_point(text: str, lexicon: Lexicon, preamble: bool) -> tuple[int, int] | None:
    """Where to cut a paragraph in two: a clause boundary near the middle (each part at
    least a fifth of the words). A bare " and " counts only before a verb or a "to"/"that"
    clause, never inside a noun phrase."""
    words = _WORD.findall(text)
    if len(words) < 16:
        return None
    middle = len(text) / 2
    best: tuple[float, int, int] | None = None
    for m in _SPLIT_AT.finditer(text):
        before = len(_WORD.findall(text[: m.start()]))
        after = len(_WORD.findall(text[m.end() :]))
        if before < 6 or after < 6 or not 0.2 <= before / (before + after) <= 0.8:
            continue
        if m.group() != "; ":
            tail = text[m.end() :]
            if not (
                re.match(r"(?:to|that)\s", tail)
                or lexicon.match_operative(tail[:1].upper() + tail[1:]) is not None
                or (preamble and m.group() == ", and " and re.match(r"\w+ing\b", tail))
            ):
                continue
        # Prefer "; " and ", and " (clause boundaries) to a bare " and ".
        cost = abs(m.start() - middle) / len(text) + (0.15 if m.group() == " and " else 0.0)
        if best is None or cost < best[0]:
            best = (cost, m.start(), m.end())
    return (best[1], best[2]) if best else None


_LEAD_IN = re.compile(r"^(?P<lead>.{0,80}?\b(?:to|that)\b)\s")


def _split(st: _State) -> bool:
    free = st.free_items()
    st.rng.shuffle(free)
    for section, k, item in free:
        clause = item.clause
        if clause.children:
            continue
        point = _split_point(clause.text, st.lexicon, section == "preamble")
        if point is None:
            continue
        start, end = point
        head, tail = clause.text[:start].rstrip(" ,;"), clause.text[end:]
        _, final = _ending(clause.text)
        lead = clause.lead_phrase
        if section == "operative":
            if lead is None:
                continue
            if st.lexicon.match_operative(tail[:1].upper() + tail[1:]) is not None:
                second = tail[:1].upper() + tail[1:]
            else:
                verb = re.sub(rf"^{_CONTINUER}\s+", "", lead.text, flags=re.I)
                lead_in = _LEAD_IN.match(clause.text[lead.start + len(lead.text) :])
                words = verb.lower()
                if lead_in and len(lead_in.group("lead").split()) <= 8:
                    words += lead_in.group("lead")
                    last = lead_in.group("lead").split()[-1]
                    tail = re.sub(rf"^{last}\s+", "", tail)
                second = f"Also {words} {tail}"
            first = head + ";"
        else:
            if st.lexicon.match_preamble(tail[:1].upper() + tail[1:]) is not None:
                second = tail[:1].upper() + tail[1:]
            elif lead is not None and not re.search(r"\b(?:also|further)\b", lead.text, re.I):
                second = f"{lead.text} also {tail}"
            else:
                second = "Also " + tail
            first = head + ","
        if not second.rstrip().endswith((";", ",", ".", ":")):
            second = second.rstrip() + (final[-1:] if final else ";")
        items = st.sections[section]
        a = _Item(clause.model_copy(update={"text": first}), item.group, item.origin)
        b = _Item(clause.model_copy(update={"text": second}), item.group, item.origin)
        items[k : k + 1] = [a, b]
        item.group.items[:] = [a, b]
        st.mark(a, "split", "reworded")
        return True
    return False


def _merge(st: _State) -> bool:
    pairs = []
    for section, items in st.sections.items():
        for k in range(len(items) - 1):
            a, b = items[k], items[k + 1]
            if not (a.free and b.free and a.group.old and b.group.old):
                continue
            if a.clause.children or b.clause.children:
                continue
            if b.clause.lead_phrase is None:
                continue
            pairs.append((section, k))
    if not pairs:
        return False
    section, k = st.rng.choice(pairs)
    items = st.sections[section]
    a, b = items[k], items[k + 1]
    body, _ = _ending(a.clause.text)
    rest = _lower_first(b.clause.text)
    if section == "operative":
        continued = re.match(rf"{_CONTINUER}\b", b.clause.text, re.I) is not None
        joiner = "; and " if continued or st.rng.random() < 0.5 else ", and further "
    else:
        joiner = ", and "
    text = body + joiner + rest
    group = _Group(old=a.group.old + b.group.old, kind="reworded", edit="merge")
    merged = _Item(a.clause.model_copy(update={"text": text}), group, a.origin)
    group.items.append(merged)
    st.groups = [g for g in st.groups if g is not a.group and g is not b.group]
    st.groups.append(group)
    items[k : k + 2] = [merged]
    return True
