"""Keeping some series only: ``resdiff series --series NAME`` and ``series(only=...)``.

An analyst following one file asks for it by the name they know it by: the label a
report gives the series ("United Nations Disengagement Observer Force"), the acronym or
full name of the body its renewals name ("UNDOF"), or a resolution it holds ("350",
"350 (1974)", "S/RES/350 (1974)"). The names are matched case-insensitively, with runs
of spaces made one; a name that matches no series is an error naming it and the nearest
labels, never an empty report.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence

from ..errors import ResdiffError
from ..model import Draft
from .grouping import _acronyms, _bodies, _number, body_key, stationed_bodies
from .model import Mandate

__all__ = ["known_acronyms", "mandate_names", "select_mandates", "spells_inside"]


#: A label told apart from another of the same name by its years, or a number:
#: "UNFICYP, 2020–2022", "Lebanon, 1981", "Lebanon (2)".
_DISTINGUISHED = re.compile(r"(.+?)(?:, \d{4}(?:–\d{4})?)?(?: \(\d{1,3}\))?")


def _fold(name: str) -> str:
    """A name as matched: case folded, spaces made one and hyphens inside a word dropped,
    a number before a body's name put after it (:func:`~.grouping.body_key`): "UNFICYP"'s
    old texts spell "Peace-keeping", its new ones "Peacekeeping"."""
    return body_key(name)


def mandate_names(
    mandate: Mandate,
    drafts: Sequence[Draft],
    known: Mapping[str, str] | None = None,
    *,
    full_names: Mapping[str, frozenset[str]] | None = None,
) -> frozenset[str]:
    """The names ``mandate`` answers to, folded (see the module docstring): its label,
    the bodies its texts renew (acronym, and full name where a text gives both), and
    each of its texts' symbol, number and "number (year)". ``known`` (folded full name
    to folded acronym, :func:`known_acronyms`) gives a body named in full only its
    acronym from another text that gives both, and an acronym its full name.
    ``full_names`` (:func:`_full_names` of ``known``) is that mapping turned round, made
    once by a caller naming many series: without it, it is made here once a series, never
    once a text (a scan of every known body a text was time in texts times bodies)."""
    names = {_fold(mandate.label)}
    # The label without the years (or number) that tell apart series of one name
    # (labels._distinct_labels): "UNFICYP, 2020–2022" answers to "UNFICYP", the name its
    # renewals give it only in passing ("Expresses its full support for UNFICYP, and
    # decides to extend its mandate"), as it did before its 1964– series took that name.
    stem = _DISTINGUISHED.fullmatch(mandate.label)
    if stem:
        names.add(_fold(stem.group(1)))
    if known and full_names is None:
        full_names = _full_names(known)
    for k in mandate.texts:
        draft = drafts[k]
        bodies = {_fold(b) for b in _bodies(draft) | stationed_bodies(draft)}
        names.update(bodies)
        if known:
            # A body its 1974 renewals name in full only ("the United Nations
            # Disengagement Observer Force") answers to the acronym a later text gives
            # it ("... Observer Force (UNDOF)"), and an acronym to its full name: what
            # the texts say, never a guess.
            names.update(known[b] for b in bodies if b in known)
            assert full_names is not None
            for b in bodies:
                names.update(full_names.get(b, ()))
        if draft.symbol:
            names.add(_fold(draft.symbol))
        number = _number(draft)
        if number is not None:
            names.add(number[0])
            names.add(_fold(f"{number[0]} ({number[1]})"))
    return frozenset(names)


def known_acronyms(drafts: Sequence[Draft]) -> dict[str, str]:
    """Every body the ``drafts`` name in full with an acronym ("the United Nations
    Disengagement Observer Force (UNDOF)"), folded full name to folded acronym; a full
    name given two acronyms keeps the first."""
    found: dict[str, str] = {}
    for draft in drafts:
        for full, short in _acronyms(draft).items():
            found.setdefault(_fold(full), _fold(short))
    return found


def _full_names(known: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """``known`` turned round: each folded acronym to the folded full names given it."""
    found: dict[str, set[str]] = {}
    for full, short in known.items():
        found.setdefault(short, set()).add(full)
    return {short: frozenset(fulls) for short, fulls in found.items()}


def select_mandates(
    mandates: Sequence[Mandate],
    drafts: Sequence[Draft],
    only: Sequence[str],
    spelt: dict[str, str] | None = None,
) -> list[Mandate]:
    """The series of ``mandates`` (their texts indices into ``drafts``) that answer to
    any name of ``only`` (:func:`mandate_names`), in their order. A name that matches
    none is a :class:`~resdiff.errors.ResdiffError` naming it and the nearest labels,
    unless it is the acronym one body's name spells (:func:`_spelt`), when the series of
    that body are kept, or a resolution no text read is, which series' titles name or
    every text of one series cites (:func:`_cited`: a sanctions regime is known by the
    resolution that set it up, "1533"); ``spelt`` (if given) takes such a name to how it
    was found ("spelt from “United Nations Emergency Force”")."""
    known = known_acronyms(drafts)
    full_names = _full_names(known)
    names = [mandate_names(m, drafts, known, full_names=full_names) for m in mandates]
    kept: set[str] = set()
    for asked in only:
        folded = _fold(asked)
        hits = [m.id for m, held in zip(mandates, names, strict=True) if folded in held]
        if not hits:
            found = _spelt(asked, mandates, drafts)
            if found is not None:
                full, hits = found
                if spelt is not None:
                    spelt[asked] = f"spelt from “{full}”"
        if not hits:
            alone = _text_alone(folded, mandates, drafts)
            if alone is None:
                by_citation = _cited(asked, mandates, drafts)
                if by_citation is not None:
                    how, hits = by_citation
                    if spelt is not None:
                        spelt[asked] = how
        if not hits:
            if alone is not None:
                # A text read but in no series: "no series has that … resolution" read as
                # if it was not read (an analyst's --series 232 of the scanned texts,
                # user23, 232 (1966) being alone).
                raise ResdiffError(
                    f"--series {asked!r}: {alone} was read but is in no series: no other "
                    "text read was found to renew it or to be renewed by it (resdiff "
                    "history compares the texts you give it)"
                )
            labels = {_fold(m.label): m.label for m in mandates}
            near = difflib.get_close_matches(folded, list(labels), n=3, cutoff=0.4)
            hint = (
                "; nearest: " + ", ".join(repr(labels[n]) for n in near)
                if near
                else " (resdiff series without --series lists them)"
            )
            raise ResdiffError(
                f"--series {asked!r}: no series has that label, body or resolution{hint}"
            )
        kept.update(hits)
    return [m for m in mandates if m.id in kept]


def _text_alone(folded: str, mandates: Sequence[Mandate], drafts: Sequence[Draft]) -> str | None:
    """The symbol of a text read that ``folded`` names (its symbol, number or "number
    (year)", as :func:`mandate_names` names a series' texts) and that no series of
    ``mandates`` holds; ``None`` if there is none."""
    held = {k for m in mandates for k in m.texts}
    for k, draft in enumerate(drafts):
        if k in held:
            continue
        number = _number(draft)
        names = {_fold(draft.symbol)} if draft.symbol else set()
        if number is not None:
            names |= {number[0], _fold(f"{number[0]} ({number[1]})")}
        if folded in names:
            return draft.symbol or draft.name
    return None


#: A name typed as an acronym: letters only, three or more, in any case ("UNEF", "unef").
_ACRONYM_ASKED = re.compile(r"[A-Za-z]{3,12}")
#: A name's words, for the letters-inside rule (a hyphen parts "Iran-Iraq", "Peace-keeping").
_NAME_WORD = re.compile(r"[^\W\d_]+")
#: The letters a word gives an acronym by the letters-inside rule, at most.
_INSIDE_LETTERS = 3
#: The shortest acronym the letters-inside rule reads: "UNOSOM", "UNTAC", not "UNF".
_INSIDE_SHORTEST = 5


def spells_inside(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is spelt from ``name`` with letters from inside its words, as
    drafters coin acronyms that :func:`resdiff.classify.acted.initials` does not read:
    "UNOSOM" (United Nations Operation in SOMalia), "UNPROFOR" (United Nations PROtection
    FORce), "UNIIMOG" (United Nations Iran-Iraq Military Observer Group). The rule,
    bounded: the acronym (five letters or more) is the name's words' opening letters in
    order, at most three from a word; the first word and the last give at least one (a
    leading "the" aside), and of the words between, small ones ("in", "for") may give
    none, a capitalised one may not: a name with a capitalised word dropped is another
    body's ("UNMIL", the Mission in Liberia, is not "United Nations Support MIssion in
    Libya"; "UNOCA", the Office for Central Africa, is not the "United Nations Observer
    Group in Central America"; user25's review: so "UNFICYP" is found by its texts
    printing it, not from "United Nations Peacekeeping Force in Cyprus").
    Case-insensitive; at most words × letters × 3 steps."""
    letters = acronym.upper()
    words = _NAME_WORD.findall(name)
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(letters) < _INSIDE_SHORTEST or len(words) < 2:
        return False
    reach = {0}  # letters spelt so far
    last = len(words) - 1
    for i, word in enumerate(words):
        upper = word.upper()
        after: set[int] = set()
        for spelt in reach:
            if 0 < i < last and not word[:1].isupper():
                after.add(spelt)
            for n in range(1, min(_INSIDE_LETTERS, len(upper), len(letters) - spelt) + 1):
                if letters[spelt : spelt + n] != upper[:n]:
                    break
                after.add(spelt + n)
        reach = after
    return len(letters) in reach


#: A resolution typed: "1533", "1533 (2004)", "S/RES/1533 (2004)".
_RESOLUTION_ASKED = re.compile(r"(?:S/RES/)?(\d{1,4})(?:\s*\(((?:19|20)\d\d)\))?", re.IGNORECASE)
#: A resolution cited by number and year in a title or a text: "Resolution 1533 (2004)".
_CITATION = re.compile(r"\b(\d{1,4})\s*\(((?:19|20)\d\d)\)")


def _cited(
    asked: str, mandates: Sequence[Mandate], drafts: Sequence[Draft]
) -> tuple[str, list[str]] | None:
    """The series a resolution that no text read is answers for, and how: a sanctions
    regime is known by the resolution that set it up ("the 1533 regime"), which a
    corpus of its renewals does not hold. First the series whose title names it
    ("… the Group of Experts Established pursuant to Resolution 1533 (2004)", as the
    metadata gives it), all of them; else the one series every text of which cites it.
    ``None`` where neither; a :class:`~resdiff.errors.ResdiffError` where every text of
    two series or more cites it and no title names it (MONUSCO's renewals cite 1533
    as the sanctions' do): never a guess."""
    typed = _RESOLUTION_ASKED.fullmatch(asked.strip())
    if typed is None:
        return None
    number, year = typed.groups()

    def names_it(text: str) -> bool:
        return any(
            c.group(1) == number and year in (None, c.group(2)) for c in _CITATION.finditer(text)
        )

    titled = [m.id for m in mandates if names_it(m.label)]
    if titled:
        return "named by the series' title", titled
    every = [
        m
        for m in mandates
        if m.texts
        and all(names_it(" ".join(p.full_text() for p in drafts[k].paragraphs)) for k in m.texts)
    ]
    if len(every) > 1:
        listed = " and ".join(f"“{m.label}”" for m in every)
        raise ResdiffError(
            f"--series {asked!r}: no text read is that resolution, and every text of "
            f"{len(every)} series cites it, {listed}: give a label"
        )
    if every:
        return "cited by every text of the series, not read itself", [every[0].id]
    return None


#: The most words a spelling is looked for in, inside a longer name (a series' title).
_SPELLING_WORDS = 12


def _spelling(rule: Callable[[str], bool], name: str) -> str:
    """The fewest consecutive words of ``name`` (a dozen at most) that ``rule`` reads as
    spelling the acronym asked, their punctuation at either end left off; ``name`` whole
    where no shorter run does."""
    words = name.split()
    for size in range(2, min(len(words), _SPELLING_WORDS) + 1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i : i + size]).strip(",;:()")
            if rule(part):
                return part
    return name


def _spelt(
    asked: str, mandates: Sequence[Mandate], drafts: Sequence[Draft]
) -> tuple[str, list[str]] | None:
    """The body's full name that the acronym ``asked`` spells and the ids of the series
    whose texts name that body in full (their label or a body they renew): first by
    initials, :func:`resdiff.classify.acted.initials`, compare's own rule for a body named
    in full in one text and by its acronym in the other ("UNEF", which no text of the
    corpus prints, is "the United Nations Emergency Force" its texts name); where no name
    spells it so, by letters from inside the words (:func:`spells_inside`: "UNFICYP").
    Letters are read in any case ("unef"). ``None`` where no body's name spells it; a
    :class:`~resdiff.errors.ResdiffError` where two bodies' names do by the same rule
    (never a guess: both are named)."""
    if not _ACRONYM_ASKED.fullmatch(asked):
        return None
    from ..classify.acted import initials

    letters = asked.upper()
    named: dict[str, set[str]] = {}  # a name with a space to the series that name it
    for m in mandates:
        names = {m.label}
        for k in m.texts:
            names |= _bodies(drafts[k]) | stationed_bodies(drafts[k])
        for name in names:
            if " " in name:
                named.setdefault(name, set()).add(m.id)

    def by_initials(name: str) -> bool:
        return letters in initials(name)

    def from_inside(name: str) -> bool:
        return spells_inside(letters, name)

    for rule, how in ((by_initials, "initials"), (from_inside, "letters from inside its words")):
        fulls: dict[str, str] = {}  # folded full name to its first spelling met
        hits: dict[str, list[str]] = {}
        for name in sorted(named):
            if rule(name):
                # The words that spell it, not a whole title the metadata gave ("DRC" in
                # "renewal of measures on arms embargo against the Democratic Republic of
                # the Congo imposed by …"): what the report quotes, and one key for two
                # titles that name it alike.
                words = _spelling(rule, name)
                key = _fold(words)
                fulls.setdefault(key, words)
                found = hits.setdefault(key, [])
                found.extend(i for i in sorted(named[name]) if i not in found)
        if len(fulls) > 1:
            listed = " and ".join(f"“{n}”" for n in sorted(fulls.values()))
            raise ResdiffError(
                f"--series {asked!r}: no text read prints it, and it spells the names of "
                f"{len(fulls)} bodies ({how}), {listed}: give the name"
            )
        if fulls:
            ((key, full),) = fulls.items()
            order = {m.id: n for n, m in enumerate(mandates)}
            return full, sorted(hits[key], key=order.__getitem__)
    return None
