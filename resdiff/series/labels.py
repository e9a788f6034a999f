"""What a mandate is called in a table: the acronym of the body it renews, the country
of the situation it answers, or its title subject, made distinct where two mandates
would read alike."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..model import Draft
from .grouping import _CITATION, _NOT_BODIES, _bodies, _lifecycle_texts, title_subject
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
    """A name for a series: the body its renewals name in most of its texts ("UNSOM"),
    else the title subject its metadata gives, else the situation its texts recall (or the
    country whose sovereignty they reaffirm) and the resolution their renewals cite
    ("Syrian Arab Republic: resolution 2165 (2014)", "Libya: resolution 2441 (2018)"),
    else its first text."""
    half = (len(members) + 1) // 2
    named: Counter[str] = Counter()
    mentioned: Counter[str] = Counter()
    cited: Counter[str] = Counter()
    for k in members:
        texts = _lifecycle_texts(drafts[k])
        named.update(_bodies(drafts[k]))
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
    first = drafts[members[0]]
    return f"series from {first.symbol or first.name}"


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
