"""What a mandate is called in a table: the acronym of the body it renews, the country
of the situation it answers, or its title subject, made distinct where two mandates
would read alike."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..compiled import compile_cached
from ..model import Draft
from .grouping import (
    _CITATION,
    _NOT_BODIES,
    _acronyms,
    _bodies,
    _lifecycle_texts,
    body_key,
    stationed_bodies,
    title_subject,
)
from .model import Mandate, TextMetadata

_CAPITALS = re.compile(r"\b([A-Z][A-Z]{3,})\b")
#: A place's name: capitalised words, "of" or "of the" between them ("Democratic Republic
#: of the Congo").
_PLACE = r"([A-Z][\w'’-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’-]*){0,5})"
_SITUATION = re.compile(r"\bsituation\s+(?:in|concerning|regarding)\s+(?:the\s+)?" + _PLACE)

#: The country a recital reaffirms the sovereignty or unity of: "its strong commitment to
#: the sovereignty, independence, territorial integrity and national unity of Libya" (a
#: sanctions regime's texts often recall no "situation in").
_SOVEREIGN = re.compile(
    r"\b(?:sovereignty|independence|territorial\s+integrity|unity)\s+of\s+(?:the\s+)?" + _PLACE
)

#: Words that make what :data:`_SOVEREIGN` caught a body or a group, not a country.
_NOT_A_COUNTRY = re.compile(
    r"\b(?:Council|Panel|Committee|Experts|Mission|Office|Court|Tribunal|Secretariat"
    r"|Secretary|Member|States|Nations|Organization|Union|Commission|Group|Force)\b"
)


def covers_half(count: int, members: int) -> bool:
    """Whether metadata given for ``count`` texts of a series of ``members`` may speak for
    it (its title, its agenda item): for half of them at least."""
    return 2 * count >= members


def _label(
    drafts: Sequence[Draft], members: Sequence[int], meta: Sequence[TextMetadata | None]
) -> str:
    """A name for a series: the body its renewals name in most of its texts ("UNSOM",
    or a force whose stationing they extend where it serves),
    else the title subject its metadata gives, else the situation its texts recall (or the
    country whose sovereignty they reaffirm) and the resolution their renewals cite
    ("Syrian Arab Republic: resolution 2165 (2014)", "Libya: resolution 2441 (2018)"),
    else the proper names most of its texts share ("Iran and Iraq", "Cyprus, Greece and
    Turkey"), else its first text."""
    half = (len(members) + 1) // 2
    named: Counter[str] = Counter()
    mentioned: Counter[str] = Counter()
    cited: Counter[str] = Counter()
    for k in members:
        texts = _lifecycle_texts(drafts[k])
        # A force whose stationing its renewals extend names the series as a body renewed
        # does: UNFICYP's 1964– series read "Cyprus: resolution 186 (1964)" beside the
        # 2020 series "UNFICYP", both kept by --series UNFICYP (an analyst's run).
        named.update(_bodies(drafts[k]) | stationed_bodies(drafts[k]))
        if texts:
            # The capitals of the first renewal paragraph: "Expresses its full support
            # for UNFICYP, and decides to extend its mandate".
            mentioned.update(set(_CAPITALS.findall(texts[0])) - _NOT_BODIES)
        cited.update(
            {
                f"resolution {m.group(1)} ({m.group(2)})"
                for t in texts
                for m in _CITATION.finditer(t)
            }
        )
    for counts in (named, mentioned):
        if counts:
            body, count = max(counts.items(), key=lambda item: (item[1], item[0]))
            if count >= half:
                return body
    titles = [m.title for k in members if (m := meta[k]) and m.title]
    # A title names the series only where it covers half its texts at least: one text of
    # 2022's metadata named a series of 1982 and 2022 "... on Ukraine" (analyst review).
    if titles and covers_half(len(titles), len(members)):
        # The most common subject (compared folded), shown as its latest title prints it.
        subject = Counter(title_subject(t) for t in titles).most_common(1)[0][0]
        return next(
            title_subject(t, fold=False) for t in reversed(titles) if title_subject(t) == subject
        )
    places: Counter[str] = Counter(
        m.group(1)
        for k in members
        for c in drafts[k].preamble[:3]
        for m in _SITUATION.finditer(c.text)
    )
    if not places:
        places.update(
            m.group(1)
            for k in members
            for c in drafts[k].preamble[:5]
            for m in _SOVEREIGN.finditer(c.text)
            # "the independence of the Panel of Experts", "the unity of the Security
            # Council", "the sovereignty of Member States": no country.
            if not _NOT_A_COUNTRY.search(m.group(1))
        )
    place = places.most_common(1)[0][0] if places else None
    resolution = None
    if cited:
        resolution, count = max(cited.items(), key=lambda item: (item[1], item[0]))
        if count < half:
            resolution = None
    if place or resolution:
        return ": ".join(x for x in (place, resolution) if x)
    names = _shared_names([drafts[k] for k in members])
    if names:
        return ", ".join(names)
    first = drafts[members[0]]
    return f"series from {first.symbol or first.name}"


#: A proper name inside a paragraph: capitalised words, with "of", "of the", "for" or
#: "and" between them ("Bosnia and Herzegovina", "International Court of Justice", "Democratic
#: Republic of the Congo").
# A capital, then letters of any script ("Côte", "Türkiye"), a possessive ("People's")
# or a hyphened part ("Guinea-Bissau").
_WORD = r"[^\W\d_a-z][^\W\d_]{2,}+(?:['’]s)?+(?:-[^\W\d_]++)*+"
_NAME = compile_cached(
    rf"(?<=[\s(“\"]){_WORD}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?|d['’])?{_WORD}){{0,5}}"
)
#: Capitalised words every resolution uses, which name no matter: a name made of them
#: alone, or opening with one (but those of _NAME_OPENERS), is not a series' subject
#: ("Security Council", "Member States", "Government of Cyprus": "Cyprus" is found
#: alone).
_COMMON_NAME_TEXT = """
    Security Council Councils United Nations Nation General Assembly Secretary Secretary-General
    Member Members State States Government Governments Charter Article Articles Chapter
    Resolution Resolutions President Presidents Organization Organizations Committee
    Committees Commission Report Reports Representative Representatives Special Mission
    Missions Force Forces Office Observer Observers Group Groups Party Parties The This
    That These Those Its With Further Also Decides Envoy Envoys Chairman Chairperson
    Chair Panel Experts Team Monitoring Adviser Advisers Coordinator
    Requests Calls Urges Recalling Noting Having Welcoming Reaffirming Expressing Taking
    January February March April May June July August September October November
    December Agreement Agreements Declaration Convention Conventions Protocol Annex
    Rules Procedure Statement Statements Permanent Plan Programme Fund International
    Peace Peace-keeping Peacekeeping Operation Operations Mr Sir Head Heads Chief Letter
    Statute Acceptance Authority Authorities Territory Territories Arab Palestinian Holy
    City Court Justice Rights Human Humanitarian Law Treaty Area Zone Region Add Corr Rev
    Power Powers Occupying Administering
    """
_COMMON_NAME_WORDS = frozenset(_COMMON_NAME_TEXT.split())


#: Common words a proper name may open with ("International Court of Justice", "United
#: Nations Peace-keeping Force in Cyprus" is cut at "in").
_NAME_OPENERS = frozenset({"International", "Security", "Special", "Permanent", "Holy"})


_POSSESSIVE = re.compile(r"['’]s$")
_ROMAN = re.compile(r"[IVXLC]+")


def _within(name: str, other: str) -> bool:
    """Whether ``name`` is one of the names ``other`` joins ("Iraq" in "Iraq and Kuwait"),
    or the country a longer name spells out ("Iran" in "Islamic Republic of Iran"); not
    "Niger" beside "Nigeria", nor "Sudan" beside "South Sudan"."""
    return any(
        part == name or part.endswith((f" of {name}", f" of the {name}"))
        for part in re.split(r",\s+|\s+and\s+", other)
    )


def _shared_names(texts: Sequence[Draft]) -> list[str]:
    """The proper names most of a series' texts share, most shared first (two at most):
    what texts with no body, title, situation or citation in common are about ("Iran and
    Iraq", "International Court of Justice"). Names only a lone text holds are left out."""
    held: Counter[str] = Counter()
    used: Counter[str] = Counter()
    for draft in texts:
        found: Counter[str] = Counter()
        for clause in draft.printed:
            for m in _NAME.finditer(clause.full_text()):
                words = [
                    _POSSESSIVE.sub("", w)
                    for w in m.group().split()
                    if w not in ("of", "for", "and", "the")
                ]
                if all(w in _COMMON_NAME_WORDS for w in words):
                    continue
                if words[0] in _COMMON_NAME_WORDS and words[0] not in _NAME_OPENERS:
                    continue
                if words[0].endswith("ing") or _ROMAN.fullmatch(words[0]):
                    # A participle in capitals, inside a paragraph ("Condemning"), or a
                    # part's number ("III").
                    continue
                found[m.group()] += 1
        held.update(found.keys())
        used.update(found)
    least = max(2, (len(texts) + 1) // 2)
    ranked = sorted(
        (name for name, count in held.items() if count >= least),
        key=lambda name: (-held[name], -used[name], name),
    )
    chosen: list[str] = []
    for name in ranked:
        # "Iraq" beside "Iraq and Kuwait": one name (by whole words: "Niger" is not in
        # "Nigeria", nor "Sudan" one name with "South Sudan").
        if any(_within(name, other) or _within(other, name) for other in chosen):
            continue
        chosen.append(name)
        # A name that joins two already ("Iran and Iraq") says enough.
        if len(chosen) == 2 or " and " in name:
            break
    return chosen


def acronym_labels(mandates: list[Mandate], drafts: Sequence[Draft]) -> list[Mandate]:
    """Series labelled with a body's full name relabelled with the acronym another text
    of the run gives that body ("the United Nations Peacekeeping Force in Cyprus
    (UNFICYP)"): one body under one name, its series told apart by their years
    (:func:`_distinct_labels`). UNFICYP's 1964–1992 series was shown as "United Nations
    Peacekeeping Force in Cyprus" beside the 2020– one, "UNFICYP". What the texts say,
    never a guess: a name no text gives an acronym keeps its full name."""
    full = [m for m in mandates if m.label.startswith("United Nations ")]
    if not full:
        return mandates
    known: dict[str, str] = {}
    for draft in drafts:
        for name, short in _acronyms(draft).items():
            known.setdefault(body_key(name), short)
    return [
        m.model_copy(update={"label": known[body_key(m.label)]})
        if m.label.startswith("United Nations ") and body_key(m.label) in known
        else m
        for m in mandates
    ]


def _distinct_labels(mandates: list[Mandate], drafts: Sequence[Draft]) -> list[Mandate]:
    """Series that share a label told apart by the years of their texts ("Lebanon,
    1980–1994" and "Lebanon, 1981–1982"): two series printed under one name, and one
    name in the table's ``mandate`` column, read as one (a new user's finding). Series
    found apart are different series: a mandate and its financing, a truce of 1948 and
    the status of Jerusalem in 1968, both named for what they recall."""
    seen = Counter(m.label for m in mandates)
    out = []
    for m in mandates:
        if seen[m.label] > 1:
            years = sorted(d.date.year for k in m.texts if (d := drafts[k]).date is not None)
            if years:
                span = str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
                m = m.model_copy(update={"label": f"{m.label}, {span}"})
        out.append(m)
    # Still alike (the same years, or no dates): numbered in order.
    again = Counter(m.label for m in out)
    number: Counter[str] = Counter()
    for k, m in enumerate(out):
        if again[m.label] > 1:
            number[m.label] += 1
            out[k] = m.model_copy(update={"label": f"{m.label} ({number[m.label]})"})
    return out
