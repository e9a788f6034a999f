"""The life-cycle stages a text decides and what each acts on: the labels
(lifecycle.toml: "extended", "maintained" ...) its operative clauses decide, the names near
each place one is decided, and a change's stages no longer stated made to weigh nothing
where the new text still decides them. Read by :mod:`.summary` (which re-exports
``_names_near`` for :mod:`.drafts`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..model import DECISION_TIER, Change, Clause, Draft, Shift


def _labels_acted(draft: Draft, lexicon: Lexicon) -> dict[str, tuple[frozenset[str], bool]]:
    """The life-cycle labels (lifecycle.toml: "extended", "maintained" ...) the operative
    clauses of ``draft`` decide, each with the names near the places it is decided (see
    :func:`_names_near`) and whether one of those places names nothing. Only what the
    text decides, as :meth:`~resdiff.classify.drafts.Drafts.continues` reads it: a
    request for recommendations "on whether to extend the mandate", an intention "to
    consider extending" it or "Decides not to extend" renews nothing."""
    names: dict[str, set[str]] = {}
    nameless: set[str] = set()
    for clause in draft.operative:
        for label, (near, unnamed) in _acted_in(clause, lexicon).items():
            names.setdefault(label, set()).update(near)
            if unnamed:
                nameless.add(label)
    return {label: (frozenset(found), label in nameless) for label, found in names.items()}


def _acted_in(clause: Clause, lexicon: Lexicon) -> dict[str, tuple[frozenset[str], bool]]:
    """:func:`_labels_acted` for one operative paragraph (read: its phrases found)."""
    entries = lexicon.lifecycle
    names: dict[str, set[str]] = {}
    nameless: set[str] = set()
    for part in clause.walk():
        labels = {
            entries[x].label
            for phrase in part.phrases
            if phrase.led
            and ((phrase.axis_a or 0) >= DECISION_TIER or lexicon.acts_once(phrase.lemma))
            and _NOT_TO.match(part.text, phrase.start + len(phrase.text)) is None
            for x in phrase.lifecycle
            if x in entries
        }
        # Once a paragraph and label: _names_near reads every place of the label in
        # the text (a paragraph of a thousand "and decides to extend" read it a
        # thousand times, 80 s).
        for label in labels:
            near = _names_near(part.text, label, lexicon)
            names.setdefault(label, set()).update(near)
            if not near:
                nameless.add(label)
    return {label: (frozenset(found), label in nameless) for label, found in names.items()}


#: A word that names something ("ONUSAL", "Observer", "Panel"): capitalised.
_NAME = compile_cached(r"[A-Z][\w-]*+")
#: A digit beside a word: the word is a month's name in a date ("30 April 2024").
_DIGIT_BEFORE = compile_cached(r"\d\s*+$")
_DIGIT_AFTER = compile_cached(r"\s*+\d")
_NOT_TO = compile_cached(r"\s*+not\b", re.IGNORECASE)
#: How many characters either side of a life-cycle word its object is looked for in.
_OBJECT_REACH = 80


def _names_near(text: str, label: str, lexicon: Lexicon) -> frozenset[str]:
    """The capitalised words within :data:`_OBJECT_REACH` characters of each life-cycle
    word of ``label`` in ``text``, but the text's first and a month's name in a date:
    what the stage acts on ("the mandate of the Observer Mission will be extended", "to
    extend the mandate of UNMISS")."""
    names: set[str] = set()
    for m in lexicon.lifecycle_in(text):
        if m.label != label:
            continue
        begin, stop = max(0, m.start - _OBJECT_REACH), min(len(text), m.end + _OBJECT_REACH)
        for word in _NAME.finditer(text, begin, stop):
            if (
                word.start() == 0
                or _DIGIT_BEFORE.search(text, max(0, word.start() - 3), word.start())
                or _DIGIT_AFTER.match(text, word.end(), word.end() + 3)
            ):
                continue
            names.add(word.group())
        names |= initials(text[begin:stop], at_start=begin == 0)
    return frozenset(names)


#: The small words that join the capitalised words of one body's name ("United Nations
#: Mission in South Sudan", "Truce Commission for Palestine"): an acronym may take a
#: letter of them or skip them (UNMISS; "United Nations Interim Force in Lebanon",
#: UNIFIL), and a name printed in full runs on through them (:mod:`.spent`'s names). One
#: list for both readings; grammar, not a user's vocabulary.
JOINING_WORDS = frozenset({"in", "of", "for", "on", "the", "and"})
#: A body's acronym as printed, one pattern for every reader of printed acronyms (the
#: body a set-up clause names, :mod:`.spent`; the body a series renews,
#: :mod:`resdiff.series.grouping`): capitals, small letters allowed inside ("MINUSCA",
#: "UNMISS", "MONUSCO", "UNIKOM", "UNMiK"), three to twelve letters, ending on a
#: capital so that a possessive is left off ("UNPROFOR's" is UNPROFOR), and a second part
#: of two capitals or more after a space or a hyphen, the number or the part a later body
#: of the same name carries ("UNAVEM II", "UNOSOM II"). No group: callers wrap it.
#: Bounded repeats: linear.
PRINTED_ACRONYM = r"[A-Z][A-Za-z]{1,10}[A-Z](?:[- ][A-Z]{2,})?"
#: The small words that stand inside a name but give no acronym its letter ("Peace and
#: Security Council", PSC; "Organization of the Islamic Conference", OIC).
_NO_LETTER = frozenset({"the", "and"})
#: One word of a window, as written.
_WORD = compile_cached(r"[\w-]++")
#: What may stand between two words of one name: spaces only ("Southern Rhodesia,
#: Recalling" is two runs, not "SRR").
_SPACE = compile_cached(r"\s*+")


def initials(window: str, at_start: bool = False) -> set[str]:
    """The acronyms a run of capitalised words in ``window`` spells: a body is named in
    full in one text and by its acronym in the other ("To renew the mandate of the
    United Nations Disengagement Observer Force" in S/RES/830 (1993), "to renew the
    mandate of UNDOF" in 2530 (2020)) and is the same body. Each run gives its
    capitals' initials and, where small words stand inside it, the initials with
    theirs ("the" and "and" give none); only acronyms of three letters or more are kept (a
    drafter's "UN" names no one body). A run stops at punctuation, and the text's first
    word (``at_start``: its lead, "Authorizes the Member States") starts none. Linear in
    the window: one pass over its words."""
    found: set[str] = set()
    run: list[str] = []

    def close() -> None:
        while run and run[-1].lower() in JOINING_WORDS:
            run.pop()
        capitals = [w for w in run if w[:1].isupper()]
        if len(capitals) >= 2:
            spelt = "".join(w[0] for w in run if w.lower() not in _NO_LETTER)
            for letters in ("".join(w[0] for w in capitals), spelt):
                if len(letters) >= 3:
                    found.add(letters.upper())
        run.clear()

    end = 0
    for m in _WORD.finditer(window):
        word = m.group()
        if _SPACE.fullmatch(window, end, m.start()) is None:
            close()
        end = m.end()
        if at_start and m.start() == 0:
            continue
        # A capitalised word, or a small word inside a run ("Mission in South Sudan").
        if (word[:1].isupper() and not word.isdigit()) or (run and word in JOINING_WORDS):
            run.append(word)
        else:
            close()
    close()
    return found


def _stage_unweighed(
    change: Change, labels: frozenset[str], same: Callable[[Change, str], bool] | None = None
) -> Change:
    """``change`` with its life-cycle stages of ``labels`` that a provision no longer
    states ("measure or mandate no longer extended") weighing nothing in the direction:
    they are still named. With ``same``, only where ``same(part, label)``: the new text
    decides the stage of what the part's old words acted on."""

    def unweighed(s: Shift) -> bool:
        return (
            s.feature == "lifecycle"
            and s.new is None
            and s.old in labels
            and (same is None or same(change, s.old))
        )

    if not labels or not any(
        s.feature == "lifecycle" and s.new is None and s.old in labels
        for part in change.walk()
        for s in part.shifts
    ):
        return change
    return change.model_copy(
        update={
            "shifts": tuple(
                s.model_copy(update={"weight": 0.0}) if unweighed(s) else s for s in change.shifts
            ),
            "children": tuple(_stage_unweighed(c, labels, same) for c in change.children),
        }
    )
