"""Known edits with ground truth: mutate a real draft and say what a comparison must find.

:func:`mutate` takes an analysed :class:`~resdiff.model.Draft`, applies a number of
realistic edits chosen with a seeded :class:`random.Random`, and returns a
:class:`Mutation`: the old draft, the new draft (renumbered ``PP1..``/``OP1..``, sub-paragraph
refs rebuilt, re-analysed) and the truth, one :class:`Truth` per provision (edited or
not): its old and new refs, the change kind a correct comparison gives, whether it moved,
and for strength edits the shift feature that must be named.

The edits (:data:`EDITS`):

``drop``
    a paragraph is removed (``dropped``).
``insert``
    a paragraph taken from another text (the ``pool``) is added to its own section, when it
    resembles no paragraph of the draft (``added``).
``move``
    a paragraph goes to a position at least three kept paragraphs away in its section
    (``unchanged``, moved). Moves are applied after the other edits, so the distance holds
    in the final draft.
``split``
    a paragraph of at least 16 words is cut at a ``"; "``, ``", and "`` or ``" and "`` near
    its middle; the second part opens with the verb it continued ("Also decides that ...")
    or, when it already opens with one, with that verb capitalised (``reworded``, one old
    ref, two new refs).
``merge``
    two adjacent paragraphs of one section are joined with ``"; and"`` or ``", and further"``,
    the second lead in lower case (``reworded``, two old refs, one new).
``weaken_verb`` / ``strengthen_verb``
    an operative lead is swapped for one of lower or higher tier that takes the same
    construction ("Requests X to" → "Encourages X to", "Decides that" → "Stresses that",
    "Condemns" → "Strongly deplores") (``softened`` / ``strengthened``; feature ``verb``,
    ``censure`` or ``modifier``).
``add_hedge``
    ", as appropriate,", ", where possible," or "in accordance with their national legal
    authorities and legislation" goes after the addressee or before the final punctuation
    of an operative paragraph (``softened``, feature ``hedge``).
``remove_measure``
    a paragraph or sub-paragraph imposing a sanctions measure is removed (a paragraph:
    ``dropped``; a sub-paragraph: its paragraph ``softened``; feature ``measure``).
``drop_chapter_vii``
    "Acting under Chapter VII of the Charter of the United Nations" becomes "Acting under its
    special responsibility for the maintenance of international peace and security"
    (``softened``, feature ``chapter-vii``).
``add_chapter_vii``
    the reverse, or a new last preambular paragraph invoking Chapter VII when the draft
    has neither (``strengthened`` or ``added``, feature ``chapter-vii``).

No provision is edited twice, and the same seed gives the same mutation. The truth is
kept unambiguous: an inserted paragraph resembles no paragraph of the draft, and moves
never cancel out (the paragraphs not moved form the one longest order-keeping chain).

:func:`build_draft` makes a draft of paragraphs taken from anywhere (renumbered), for
tests and benchmarks.
"""

from __future__ import annotations

import bisect
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..analyze import analyze, analyze_clause
from ..lexicon import Lexicon
from ..model import ChangeKind, Clause, Direction, Draft, Heading, Section

#: Every edit :func:`mutate` knows, by name.
EDITS: tuple[str, ...] = (
    "drop",
    "insert",
    "move",
    "split",
    "merge",
    "weaken_verb",
    "strengthen_verb",
    "add_hedge",
    "remove_measure",
    "drop_chapter_vii",
    "add_chapter_vii",
)

#: The formula put in place of Chapter VII by ``drop_chapter_vii`` (the 2006 compromise).
SPECIAL_RESPONSIBILITY = (
    "Acting under its special responsibility for the maintenance of international peace "
    "and security"
)
#: The Chapter VII formula ``add_chapter_vii`` puts in.
CHAPTER_VII = "Acting under Chapter VII of the Charter of the United Nations"

# Lead phrases that take the same construction, so one can replace another and the words
# after still read: the addressee and "to", a "that" clause, an infinitive, an object.
# The tiers come from the lexicon, never from this table.
_SWAP_GROUPS: dict[str, tuple[tuple[str, ...], str]] = {
    "addressee": (
        (
            "Requires",
            "Calls upon",
            "Strongly urges",
            "Urges",
            "Requests",
            "Strongly encourages",
            "Encourages",
            "Invites",
        ),
        r"(?=\s+(?!that\b)\w)",
    ),
    "that": (
        (
            "Decides",
            "Demands",
            "Insists",
            "Requests",
            "Recommends",
            "Stresses",
            "Emphasizes",
            "Underlines",
        ),
        r"(?=\s+that\b)",
    ),
    "infinitive": (
        ("Decides", "Agrees", "Expresses its intention", "Expresses its readiness"),
        r"(?=\s+to\s+(?!remain\b)\w)",
    ),
    "censure": (
        (
            "Condemns in the strongest terms",
            "Strongly condemns",
            "Condemns",
            "Strongly deplores",
            "Deplores",
        ),
        r"(?=\s+\w)",
    ),
    "object": (("Endorses", "Supports", "Welcomes"), r"(?=\s+(?:the|its|all)\b)"),
}
_CONTINUER = r"(?:Further|Also|Again|Once again|Additionally)"

# Hedges: the words put in, where they may go, and the lexicon's name for them.
_HEDGES: tuple[tuple[str, str, bool], ...] = (
    ("as appropriate", "as appropriate", True),
    ("where possible", "where possible", True),
    ("to the extent possible", "to the extent possible", True),
    (
        "in accordance with their national legal authorities and legislation",
        "in accordance with their national legal authorities and legislation",
        False,
    ),
)

_SPLIT_AT = re.compile(r"; |, and | and ")
_WORD = re.compile(r"\w+")
_END = re.compile(r"[\s;,.:]*$")


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


# ------------------------------------------------------------------------- internals


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


# ---------------------------------------------------------------------------- edits


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


def _swap_verb(st: _State, *, weaker: bool) -> bool:
    edit = "weaken_verb" if weaker else "strengthen_verb"
    free = [x for x in st.free_items("operative") if x[2].group.old]
    st.rng.shuffle(free)
    for _, _, item in free:
        clause = item.clause
        if clause.lead_phrase is None:
            continue
        old_phrase = clause.lead_phrase
        for group, (forms, after) in _SWAP_GROUPS.items():
            alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            m = re.match(
                rf"(?P<pre>{_CONTINUER}\s+)?(?P<verb>{alternation}){after}",
                clause.text,
                re.IGNORECASE,
            )
            if m is None:
                continue
            options = [f for f in forms if f.lower() != m.group("verb").lower()]
            st.rng.shuffle(options)
            for form in options:
                verb = form.lower() if m.group("pre") else form
                pre = m.group("pre") or ""
                text = pre + verb + clause.text[m.end("verb") :]
                new = _analysed(clause, st.lexicon, text)
                if new.lead_phrase is None:
                    continue
                new_phrase = new.lead_phrase
                axis = "b" if group == "censure" else "a"
                o = old_phrase.axis_b if axis == "b" else (old_phrase.axis_a or 1)
                n = new_phrase.axis_b if axis == "b" else (new_phrase.axis_a or 1)
                if o is None or n is None or o == n or (n < o) != weaker:
                    continue
                if new_phrase.lemma == old_phrase.lemma:
                    feature = "modifier"
                else:
                    feature = "censure" if axis == "b" else "verb"
                item.clause = new
                st.mark(
                    item,
                    edit,
                    "softened" if weaker else "strengthened",
                    feature=feature,
                    direction="softer" if weaker else "stronger",
                )
                return True
    return False


def _hedges_of(clause: Clause) -> set[str]:
    return {h for p in clause.phrases for h in p.hedges}


def _add_hedge(st: _State) -> bool:
    free = [x for x in st.free_items("operative") if x[2].group.old]
    st.rng.shuffle(free)
    for _, _, item in free:
        clause = item.clause
        lead = clause.lead_phrase
        if lead is None or (lead.axis_a or 1) < 2:
            continue
        had = _hedges_of(clause)
        hedges = list(_HEDGES)
        st.rng.shuffle(hedges)
        for words, name, inner in hedges:
            if name in had:
                continue
            texts = []
            after = clause.text[len(lead.text) :]
            if inner and lead.addressee and after.startswith(" " + lead.addressee + " to "):
                cut = len(lead.text) + 1 + len(lead.addressee)
                texts.append(clause.text[:cut] + f", {words}," + clause.text[cut:])
            body, final = _ending(clause.text)
            texts.append(f"{body}, {words}{final}")
            text = st.rng.choice(texts)
            new = _analysed(clause, st.lexicon, text)
            if name not in _hedges_of(new) - had:
                continue
            item.clause = new
            st.mark(item, "add_hedge", "softened", feature="hedge", direction="softer")
            return True
    return False


def _measure_kinds(clauses: Sequence[Clause]) -> set[str]:
    return {m.kind for c in clauses for d in c.walk() for m in d.measures}


def _remove_measure(st: _State) -> bool:
    free = [x for x in st.free_items() if x[2].group.old]
    st.rng.shuffle(free)
    for section, k, item in free:
        clause = item.clause
        if clause.measures:
            st.sections[section].pop(k)
            st.mark(item, "remove_measure", "dropped", feature="measure", direction="softer")
            item.group.items.clear()
            return True
        before = _measure_kinds([clause])
        if not before:
            continue
        for path in _child_paths(clause):
            new = _without(clause, path)
            if before - _measure_kinds([new]):
                item.clause = new
                st.mark(item, "remove_measure", "softened", feature="measure", direction="softer")
                return True
    return False


def _child_paths(clause: Clause, prefix: tuple[int, ...] = ()) -> list[tuple[int, ...]]:
    out = []
    for k, child in enumerate(clause.children):
        if any(d.measures for d in child.walk()):
            out.append((*prefix, k))
            out.extend(_child_paths(child, (*prefix, k)))
    return out


def _without(clause: Clause, path: tuple[int, ...]) -> Clause:
    k, rest = path[0], path[1:]
    children = list(clause.children)
    if rest:
        children[k] = _without(children[k], rest)
    else:
        children.pop(k)
    return clause.model_copy(update={"children": tuple(children)})


def _drop_chapter_vii(st: _State) -> bool:
    for _, _, item in st.free_items("preamble"):
        clause = item.clause
        hit = st.lexicon.chapter_vii_in(clause.text)
        if hit is None or not item.group.old:
            continue
        text = clause.text[: hit.start] + SPECIAL_RESPONSIBILITY + clause.text[hit.end :]
        if st.lexicon.chapter_vii_in(text) is not None:
            continue
        item.clause = _analysed(clause, st.lexicon, text)
        st.mark(item, "drop_chapter_vii", "softened", feature="chapter-vii", direction="softer")
        return True
    return False


def _add_chapter_vii(st: _State) -> bool:
    if st.draft.chapter_vii or st.has_chapter_vii():
        return False
    for _, _, item in st.free_items("preamble"):
        hit = st.lexicon.special_responsibility_in(item.clause.text)
        if hit is None or not item.group.old:
            continue
        text = item.clause.text[: hit.start] + CHAPTER_VII + item.clause.text[hit.end :]
        item.clause = _analysed(item.clause, st.lexicon, text)
        st.mark(
            item, "add_chapter_vii", "strengthened", feature="chapter-vii", direction="stronger"
        )
        return True
    clause = analyze_clause(
        Clause(ref="PP0", section="preamble", text=CHAPTER_VII + ","), st.lexicon
    )
    group = _Group(
        old=(), kind="added", edit="add_chapter_vii", feature="chapter-vii", direction="stronger"
    )
    item = _Item(clause, group, -1)
    group.items.append(item)
    st.groups.append(group)
    st.sections["preamble"].append(item)
    return True


_APPLY: dict[str, Callable[[_State], bool]] = {
    "drop": _drop,
    "insert": _insert,
    "move": _move,
    "split": _split,
    "merge": _merge,
    "weaken_verb": lambda st: _swap_verb(st, weaker=True),
    "strengthen_verb": lambda st: _swap_verb(st, weaker=False),
    "add_hedge": _add_hedge,
    "remove_measure": _remove_measure,
    "drop_chapter_vii": _drop_chapter_vii,
    "add_chapter_vii": _add_chapter_vii,
}


# ----------------------------------------------------------------------- the result


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


def mutate(
    draft: Draft,
    *,
    rng: random.Random,
    edits: int | Sequence[str],
    pool: Sequence[Clause] = (),
    lexicon: Lexicon | None = None,
) -> Mutation:
    """Apply known edits to ``draft`` and return the old draft, the new one and the truth.

    ``edits`` is a number of edits, each drawn at random among those that fit the draft
    (so fewer may be applied when few fit; :attr:`Mutation.edits` lists those applied),
    or a sequence of edit names from :data:`EDITS`, applied in that order (moves last) —
    ``ValueError`` when one fits no provision left. ``pool`` holds paragraphs of other
    texts for ``insert``. ``rng`` makes the result reproducible. The draft is analysed
    first when it was not.
    """
    lex = lexicon or Lexicon.default()
    if draft.lexicon is None:
        draft = analyze(draft, lex)
    st = _State(draft, pool, lex, rng)
    applied: list[str] = []
    moves = 0
    if isinstance(edits, int):
        names = [n for n in EDITS if n != "insert" or pool]
        for _ in range(edits):
            tried: set[str] = set()
            while len(tried) < len(names):
                name = rng.choice(names)
                if name in tried:
                    continue
                tried.add(name)
                if name == "move":
                    moves += 1
                    break
                if _APPLY[name](st):
                    applied.append(name)
                    break
        for _ in range(moves):
            if _move(st):
                applied.append("move")
            elif _drop(st):
                applied.append("drop")
    else:
        unknown = [n for n in edits if n not in _APPLY]
        if unknown:
            raise ValueError(f"unknown edits {unknown}; known: {', '.join(EDITS)}")
        for name in [n for n in edits if n != "move"] + [n for n in edits if n == "move"]:
            if not _APPLY[name](st):
                raise ValueError(f"no provision of {draft.name} fits edit {name!r}")
            applied.append(name)
    new, truth = _build(st)
    return Mutation(old=draft, new=analyze(new, lex), truth=truth, edits=tuple(applied))
