"""The edits that change a provision's force: a weaker or stronger verb, a hedge, a
sanctions measure removed, Chapter VII dropped or added, each applied to a
:class:`~.state._State` and marked with the shift feature a comparison must name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...analyze import analyze_clause
from ...model import Clause
from .state import _CONTINUER, _analysed, _ending, _Group, _Item, _State

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
    # Only the measures imposed: a paragraph that lifts one ("the notification requirements
    # ... shall no longer apply") restores it when dropped, a stronger text, not a softer.
    return {m.kind for c in clauses for d in c.walk() for m in d.measures if not m.ends}


def _remove_measure(st: _State) -> bool:
    free = [x for x in st.free_items() if x[2].group.old]
    st.rng.shuffle(free)
    for section, k, item in free:
        clause = item.clause
        if any(not m.ends for m in clause.measures):
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
