"""Texts put in series: by metadata (agenda item and title subject), by text (IDF-weighted
cosines over candidates from an inverted index of telling words, never all pairs), and
short rollovers by the resolution they cite or the body they renew (see the package
docstring)."""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..classify.acted import PRINTED_ACRONYM
from ..model import Clause, Draft
from ..skipped import SYMBOL_NUMBER
from .model import Evidence, SeriesOptions, TextMetadata

if TYPE_CHECKING:
    from ..lexicon import Lexicon

# ---------------------------------------------------------------------------------------
# Putting texts in series

#: Words too common in resolutions to tell one series from another.
_STOP = frozenset(
    {"the", "of", "and", "to", "in", "on", "its", "all", "for", "with", "by", "as", "that",
     "an", "at", "be", "is", "are", "this", "their", "from", "or", "which", "including",
     "has", "have", "been", "also", "other", "such", "these", "those", "any", "further"}
)  # fmt: skip
_CITATION = re.compile(r"\b(\d{1,4})\s*\(((?:19|20)\d{2})\)")
_SYMBOL_NUMBER = SYMBOL_NUMBER
#: The body a renewal acts on: a mission's acronym after its name, "the mandate of
#: UNSOM", "the deployment of AMISOM", "to establish UNITAMS".
_BODY = re.compile(
    r"\b(?:Mission|Missions|Force|Office|Operation|Directorate|Mechanism|Commission)\b"
    rf"[^();]{{0,80}}?\(({PRINTED_ACRONYM})\)"
    r"|\bmandates?\s+of\s+(?:the\s+)?([A-Z][A-Z]{2,})\b"
    r"|\bdeployment\s+of\s+(?:the\s+)?(?:[\w,]+\s+){0,2}?([A-Z][A-Z]{2,})\b"
    r"|\b([A-Z][A-Z]{2,})(?:'s|’s)\s+mandate\b"
    r"|\b(?:establish|extend|renew|terminate)\w*\s+(?:the\s+)?([A-Z][A-Z]{2,})\b"
)
#: Capitals that name no body: organisations and places a renewal mentions in passing.
_NOT_BODIES = frozenset(
    {"UN", "USA", "DPRK", "CAR", "DRC", "AU", "EU", "ECOWAS", "IGAD", "COVID", "ISIL",
     "UNSC", "UNDP", "UNICEF", "UNHCR", "OCHA", "OHCHR", "PRST"}
)  # fmt: skip


def _words(text: str) -> list[str]:
    from ..align import normalise

    return [w for w in normalise(text).split() if len(w) > 2 and w not in _STOP and not w.isdigit()]


def _vector(bag: Counter[str], idf: Mapping[str, float], default: float) -> dict[str, float]:
    weights = {w: (1.0 + math.log(c)) * idf.get(w, default) for w, c in bag.items()}
    norm = math.sqrt(sum(x * x for x in weights.values())) or 1.0
    return {w: x / norm for w, x in weights.items()}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def _lifecycle_texts(draft: Draft) -> list[str]:
    """The operative paragraphs (sub-paragraphs included) with a life-cycle word."""
    return [
        c.full_text()
        for c in draft.operative
        if any(p.lifecycle for part in c.walk() for p in part.phrases)
    ]


#: A body named in full, as the texts of the 1970s–1990s name what they renew: its
#: capitalised words up to the kind of body, then where it serves and its number, as one
#: name ("United Nations Interim Force in Lebanon", "United Nations Observer Group in
#: Central America", "United Nations Angola Verification Mission II"): cut at the kind of
#: body, UNIFIL's series was labelled "United Nations Interim Force", and every "United
#: Nations Mission in …" or "United Nations Operation in …" was one body (a reviewer's).
_FULL_NAME = (
    r"(?:(?:First|Second|Third|Fourth|Fifth)\s+)?"
    r"United\s+Nations\s+(?:[A-Z][\w-]*\s+){0,4}?"
    r"(?:Force|Mission|Group|Operation|Office|Commission)"
    r"(?:\s+(?:in|for|on)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w-]*){0,5}){0,2}"
    r"(?:\s+[IVX]{1,4}\b)?"
)
#: A body whose mandate a renewal renews named in full, with no acronym: the scanned
#: texts of the 1970s "renew the mandate of the United Nations Emergency Force" and "… of
#: the United Nations Disengagement Observer Force", or "set up … a United Nations
#: Disengagement Observer Force" (350 (1974)); read only where no acronym is.
_BODY_IN_FULL = re.compile(
    r"\b(?:mandate\s+of\s+the|(?:set\s+up|establish)\s+(?:[\w,]+\s+){0,4}?an?)"
    rf"\s+({_FULL_NAME})"
)
#: A force whose stationing a renewal extends where it serves ("Extends the stationing in
#: Cyprus of the United Nations Peace-keeping Force", UNFICYP 1964–1992): the force in
#: that place, the name its later texts give it ("the United Nations Peacekeeping Force
#: in Cyprus (UNFICYP)"). A name the series answers to (``--series``), not a body that
#: groups texts: two series extending one force's stationing stay as the words make them.
_STATIONED = re.compile(
    r"\bstationing\s+(?:in\s+(?:the\s+)?([A-Z][\w-]*)\s+)?of\s+the"
    rf"\s+({_FULL_NAME})"
)


def stationed_bodies(draft: Draft) -> frozenset[str]:
    """The forces whose stationing the text's life-cycle paragraphs extend, each named
    with where it serves (:data:`_STATIONED`)."""
    return frozenset(
        _in_full(m) for text in _lifecycle_texts(draft) for m in _STATIONED.finditer(text)
    )


#: A body named in full and its acronym right after ("the United Nations Support Mission
#: in Libya (UNSMIL)"), read in one pass over a text.
_FULL_NAME_ACRONYM = re.compile(rf"\b({_FULL_NAME})\s*\(({PRINTED_ACRONYM})\)")
#: The ordinal a text numbers a body by ("the Second United Nations Emergency Force"),
#: as the number after a name says it ("… Verification Mission II").
_ORDINALS = {"First": "I", "Second": "II", "Third": "III", "Fourth": "IV", "Fifth": "V"}
_ORDINAL = re.compile(r"^(First|Second|Third|Fourth|Fifth)\s+")
#: A hyphen inside a word before a small letter ("Peace-keeping"), which later texts
#: drop ("Peacekeeping"); one between two names ("Iran-Iraq") stays where shown.
_INNER_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[a-z])")
#: Where a name says it serves: " in Lebanon", " for the Referendum in Western Sahara".
_WHERE = re.compile(r"\s(?:in|for|on)\s")


def body_name(name: str) -> str:
    """A body's full name as one spelling: spaces made one, a hyphen inside a word
    dropped ("United Nations Peace-keeping Force in Cyprus" and "… Peacekeeping Force in
    Cyprus" are one body, the old texts' spelling and the new), and a number written
    before the name put after it, as the texts also write it ("Second United Nations
    Emergency Force" is "United Nations Emergency Force II", apart from the first). To
    compare, :func:`body_key` folds case and every hyphen besides."""
    name = _INNER_HYPHEN.sub("", " ".join(name.split()))
    m = _ORDINAL.match(name)
    if m:
        name = f"{name[m.end() :]} {_ORDINALS[m.group(1)]}"
    return name


def body_key(name: str) -> str:
    """A full name as compared: :func:`body_name`, case folded and every hyphen inside
    a word dropped ("Peace-Keeping" is "peacekeeping")."""
    return body_name(name).casefold().replace("-", "")


def _in_full(m: re.Match[str]) -> str:
    """The body a :data:`_STATIONED` match names: its name, with where it is stationed
    when the renewal says it and the name does not."""
    name = body_name(m.group(2))
    if m.group(1) and not _WHERE.search(name):
        name = f"{name} in {m.group(1)}"
    return name


_ROMAN = re.compile(r"[IVX]{1,4}")


def _acronyms(draft: Draft) -> dict[str, str]:
    """The acronym the text gives each body it names in full somewhere ("the United
    Nations Support Mission in Libya (UNSMIL)", a recital), so that its renewal names it
    as its neighbours do: one pass over the text (a lookup a name over every paragraph
    took time in the square of a long text's names)."""
    found: dict[str, str] = {}
    for c in draft.paragraphs:
        for m in _FULL_NAME_ACRONYM.finditer(c.full_text()):
            if m.group(2) not in _NOT_BODIES:
                found.setdefault(body_name(m.group(1)), m.group(2))
    return found


def _same_body(a: str, b: str) -> bool:
    """Whether two full names may name one body: one is the other, or its start ("the
    United Nations Interim Force" and "the United Nations Interim Force in Lebanon"), but
    a number after it names another ("United Nations Angola Verification Mission" and
    "… Mission II")."""
    wa, wb = body_key(a).split(), body_key(b).split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if long_[: len(short)] != short:
        return False
    rest = long_[len(short) :]
    return not (len(rest) == 1 and _ROMAN.fullmatch(rest[0].upper()))


def _apart(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Whether two texts (or series) renew different bodies: each names one the other
    does not, acronyms against acronyms and full names against full names
    (:func:`_same_body`). A renewal that names its mission in full ("the United Nations
    Support Mission in Libya", 2595 (2021)) is not apart from one that names it
    "UNSMIL"."""
    full_a = {x for x in a if x.startswith("United Nations ")}
    full_b = {x for x in b if x.startswith("United Nations ")}
    short_a, short_b = set(a) - full_a, set(b) - full_b
    return bool(
        (short_a and short_b and short_a.isdisjoint(short_b))
        or (full_a and full_b and not any(_same_body(x, y) for x in full_a for y in full_b))
    )


def _bodies(draft: Draft) -> frozenset[str]:
    """The bodies named by the first operative paragraph with a life-cycle word that
    names any: what the text renews, extends, establishes or ends (by its acronym, else
    by its full name after "the mandate of": :data:`_BODY_IN_FULL`)."""
    for text in _lifecycle_texts(draft):
        found = {next(g for g in m if g) for m in _BODY.findall(text)} - _NOT_BODIES
        if not found:
            names = {body_name(m) for m in _BODY_IN_FULL.findall(text)}
            if names:
                acronyms = _acronyms(draft)
                found = {acronyms.get(name, name) for name in names}
        if found:
            return frozenset(found)
    return frozenset()


#: What a renewal extends named by the resolution that set it up, the whole resolution
#: ("the United Nations Peace-keeping Force established under Security Council
#: resolution 186 (1964)", "the Office of the Ombudsperson, established by resolution
#: 1904 (2009)"), not a paragraph of it ("the Committee established pursuant to
#: paragraph 57 of resolution 2127 (2013)") nor a resolution cited in passing: MINUSCA's
#: mandate cites "paragraph 32 (g) of resolution 2399 (2018)", whose paragraphs the CAR
#: sanctions renew, and the two regimes' renewals, given apart in time, were joined.
_ESTABLISHED_BY = re.compile(
    r"\b(?:established|set\s+up|created)\s+(?:under|by|pursuant\s+to|in\s+pursuance\s+of|in)"
    r"\s+(?:the\s+)?(?:(?:Security\s+)?Council(?:'s|’s)?\s+|its\s+)?resolutions?\s+"
    + _CITATION.pattern
)


def _renewal_citations(draft: Draft) -> frozenset[str]:
    """The resolutions that set up what the paragraphs with a life-cycle word renew
    (:data:`_ESTABLISHED_BY`): "Extends the stationing in Cyprus of the United Nations
    Peace-keeping Force established under resolution 186 (1964)"."""
    return frozenset(
        f"resolution {m.group(1)} ({m.group(2)})"
        for text in _lifecycle_texts(draft)
        for m in _ESTABLISHED_BY.finditer(text)
    )


#: Where the body a founding paragraph sets up serves, as its name says it, right after
#: the lexicon's founding words: "… Mission for the Referendum in Western Sahara", "…
#: Observer Mission in Georgia", "… Peace-keeping Force in Cyprus".
_SERVES_IN = re.compile(
    r"\s+(?:in|for|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:in\s+)?[A-Z][\w-]*){0,4}"
)


#: The life-cycle stages (the lexicon's, ``[lifecycle.*]``) by which a text continues
#: what an earlier one set up: a text that extends or renews anything is a renewal even
#: where it founds something besides (864 (1993) extends UNAVEM II's mandate and
#: establishes the committee of the sanctions it imposes on UNITA).
_CONTINUING = frozenset({"extend", "renew"})


def founding(draft: Draft, lexicon: Lexicon | None = None) -> str | None:
    """The words by which ``draft`` establishes a force, mission or regime: its first
    operative paragraph that founds a body as the Council's own act, compare's reading
    (:func:`resdiff.classify.spent.founds`: "Decides to set up immediately, under its
    authority, a United Nations Emergency Force", "Recommends the creation, with the
    consent of the Government of Cyprus, of a United Nations Peace-keeping Force"), up to
    the body and where it serves; ``None`` for a text that founds nothing, or that also
    extends or renews something (the lexicon's stages, :data:`_CONTINUING`). Such a text
    is a series' start, never a renewal of the text before it. ``lexicon``: the one the
    draft was read with (the default lexicon when ``None``)."""
    from ..classify.spent import founds
    from ..clauses import clause_views
    from ..lexicon import Lexicon

    lexicon = lexicon or Lexicon.default()
    found = None
    for c in draft.operative:
        stages = {s for part in c.walk() for p in part.phrases for s in p.lifecycle}
        if stages & _CONTINUING:
            return None
        if found is None:
            views = clause_views(c)
            words = founds(views[0], lexicon) if views else None
            if (
                words is not None
                and _starts_series(words, lexicon)
                and not _committee_of_another(words, c)
            ):
                serves = _SERVES_IN.match(views[0].text, len(words))
                found = " ".join((words + (serves.group() if serves else "")).split())
    return found


def _starts_series(words: str, lexicon: Lexicon) -> bool:
    """Whether the founding words ``words`` end with a body whose founding starts a series
    (lifecycle.toml, ``[bodies]`` marked ``starts_series``: a force, mission, group,
    operation, office or committee, in any case; not "the Joint Commission" of the
    parties, 762 (1992), nor a compensation commission, 692 (1991), set up beside what the
    series follows). A narrowing of compare's reading (:func:`resdiff.classify.spent.founds`,
    which reads every set-up body), not a second one."""
    tail = words.rstrip().lower()
    for body in lexicon.series_bodies:
        b = body.lower()
        if tail.endswith(b) and (len(tail) == len(b) or not tail[-len(b) - 1].isalnum()):
            return True
    return False


#: The committee a founding paragraph sets up (:func:`_committee_of_another`).
_COMMITTEE = re.compile(r"\b[Cc]ommittee\b")


def _committee_of_another(words: str, clause: Clause) -> bool:
    """Whether ``words`` found a committee for measures an earlier resolution imposed,
    which its paragraph cites by number: 421 (1977) sets up the committee of 418
    (1977)'s arms embargo "to examine the report … on the progress of the implementation
    of resolution 418 (1977)", 724 (1991) that of 713 (1991)'s. Such a text is a step of
    the regime the earlier text began, not its start; a committee of the measures its
    own text imposes ("the measures imposed by paragraphs 3 to 7 above", 748 (1992))
    founds it."""
    if not _COMMITTEE.search(words):
        return False
    return any(_CITATION.search(part.text) for part in clause.walk())


def _from_founding(
    members: list[int], drafts: Sequence[Draft], lexicon: Lexicon | None = None
) -> list[list[int]]:
    """A series' texts (in order) cut before each text that founds what it renews (not
    the first): UNEF II's series opened with 242 (1967), 258 (1968) and 338 (1973), and
    340 (1973), which sets the force up, was read as a renewal of 338. The texts before a
    founding text are a series of their own, if two or more. ``lexicon``: the one the
    drafts were read with (:func:`founding`)."""
    parts: list[list[int]] = [[]]
    for at, k in enumerate(members):
        if at and founding(drafts[k], lexicon) is not None:
            parts.append([])
        parts[-1].append(k)
    return parts


def _number(draft: Draft) -> tuple[str, str] | None:
    m = _SYMBOL_NUMBER.search(draft.symbol or "")
    return (m.group(1), m.group(2)) if m else None


def _order_key(draft: Draft, k: int) -> tuple[_dt.date, int, int]:
    number = _number(draft)
    return (draft.date or _dt.date.max, int(number[0]) if number else 0, k)


class _Union:
    """Disjoint sets of texts (union-find with path halving: no recursion)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for x in range(len(self.parent)):
            found.setdefault(self.find(x), []).append(x)
        return found


#: Fewer texts than this are weighed as if among this many (see _text_similarities).
SMALL_INPUT = 20


def _text_similarities(
    drafts: Sequence[Draft], options: SeriesOptions
) -> dict[tuple[int, int], float]:
    """The similarity of every candidate pair (``i < j``) of texts sharing one of their
    most telling words: the mean of the cosines over all paragraphs and over the
    opening."""
    n = len(drafts)
    bags = [Counter(w for c in d.paragraphs for w in _words(c.full_text())) for d in drafts]
    openings = [
        Counter(w for c in (*d.preamble[:2], *d.operative[:3]) for w in _words(c.full_text()))
        for d in drafts
    ]
    df = Counter(w for bag in bags for w in bag)
    # A few texts are weighed as if among SMALL_INPUT: two renewals given alone share
    # most of their words, and log(n / c) gave every shared word no weight at all (two
    # UNFICYP renewals came out as no series, five as two; an analyst's trial). From
    # SMALL_INPUT texts up the weights are the plain ones.
    seen = n + max(0, SMALL_INPUT - n)
    idf = {w: math.log(seen / c) for w, c in df.items()}
    default = math.log(max(seen, 1))
    whole = [_vector(b, idf, default) for b in bags]
    opening = [_vector(b, idf, default) for b in openings]
    postings: dict[str, list[int]] = {}
    for k, vec in enumerate(whole):
        for w in sorted(vec, key=lambda w: (-vec[w], w))[: options.top_words]:
            postings.setdefault(w, []).append(k)
    # A word among the most telling of very many texts tells no series apart, and would
    # make the candidates grow with the square of the corpus: such lists are left out.
    candidates = {
        (a, b)
        for ks in postings.values()
        if len(ks) <= options.max_posting
        for a in ks
        for b in ks
        if a < b
    }
    return {
        (a, b): 0.5 * _cosine(whole[a], whole[b]) + 0.5 * _cosine(opening[a], opening[b])
        for a, b in sorted(candidates)
    }


_TITLE_ON = re.compile(r"^on\s+", re.IGNORECASE)
_TITLE_DATE = re.compile(
    r"\b(?:until|unitl|as\s+of|with\s+effect\s+from|from)\s+\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
)
_TITLE_PERIOD = re.compile(
    r"\bfor\s+(?:a\s+|an\s+)?(?:further\s+|additional\s+)?(?:period\s+of\s+)?"
    r"\d{1,3}\s+months?",
    re.IGNORECASE,
)
_TITLE_FOR_MONTHS = re.compile(r"\bfor\s+\d{1,3}\s+months?\s+", re.IGNORECASE)


def title_subject(title: str, *, fold: bool = True) -> str:
    """What a title is about, without its dates and periods: ``"Security Council
    resolution 2514 (2020) [on extension of the mandate of the UN Mission in South Sudan
    (UNMISS) until 15 Mar. 2021]"`` → ``"extension of the mandate of the un mission in
    south sudan (unmiss)"`` (lower case, to compare; ``fold=False`` keeps the title's
    case, to show)."""
    text = title[title.find("[") + 1 :] if "[" in title else title
    text = _TITLE_ON.sub("", text.rstrip("] ").strip())
    text = _TITLE_FOR_MONTHS.sub("", _TITLE_PERIOD.sub("", _TITLE_DATE.sub("", text)))
    text = " ".join(text.split())
    return text.lower() if fold else text


def group_texts(
    drafts: Sequence[Draft],
    metadata: Sequence[TextMetadata | None] | None = None,
    options: SeriesOptions | None = None,
    lexicon: Lexicon | None = None,
) -> list[tuple[list[int], list[Evidence], dict[tuple[int, int], float]]]:
    """The series among ``drafts``: each as its texts in order (indices), what put each
    text after the first in it, and the text similarities of its consecutive pairs.
    ``metadata`` (one entry per draft, ``None`` where unknown) groups the texts it
    covers by agenda item and title subject; the rest are grouped by their words, what
    they cite and the bodies they name (see the module docstring). ``lexicon``: the one
    the drafts were read with, which reads a founding text (:func:`founding`; the
    default when ``None``)."""
    opts = options or SeriesOptions()
    n = len(drafts)
    meta = list(metadata) if metadata is not None else [None] * n
    if len(meta) != n:
        raise ValueError(f"{len(meta)} metadata entries for {n} texts")
    order = sorted(range(n), key=lambda k: _order_key(drafts[k], k))
    rank = {k: r for r, k in enumerate(order)}
    sims = _text_similarities(drafts, opts)
    sets = _Union(n)
    evidence: dict[int, Evidence] = {}

    # 1. Metadata: agenda item and title subject.
    by_subject: dict[tuple[str, str], list[int]] = {}
    for k, m in enumerate(meta):
        if m is not None and m.title:
            by_subject.setdefault((m.agenda or "", title_subject(m.title)), []).append(k)
    for ks in by_subject.values():
        for k in ks[1:]:
            sets.union(k, ks[0])
            evidence[k] = "metadata"

    # 2. Words, unless the metadata puts the two texts under different agenda items, or
    # each text renews a body the other does not name (MONUSCO's renewal and MINUSCA's
    # share most of their words: given alone, they read as one series).
    agendas = [m.agenda if m is not None else None for m in meta]
    bodies = [_bodies(d) for d in drafts]
    for (a, b), score in sims.items():
        if (
            score >= opts.similarity
            and not (agendas[a] and agendas[b] and agendas[a] != agendas[b])
            and not _apart(bodies[a], bodies[b])
        ):
            sets.union(a, b)

    # 3. Short texts: what they cite, then the bodies they name.
    groups = sets.groups()

    any_agenda = any(agendas)

    def compatible(a: int, b: int) -> bool:
        """Whether the groups of two texts may be one series: never across agenda items."""
        if not any_agenda:
            return True
        roots = {sets.find(a), sets.find(b)}
        known = {agendas[k] for k in range(n) if sets.find(k) in roots} - {None}
        return len(known) <= 1

    def renew_apart(a: int, b: int) -> bool:
        """Whether the groups of two texts each renew a body the other never names.
        UNEF II's renewals and UNDOF's (1974–1977) all "call upon the parties concerned
        to implement resolution 338 (1973)", and that citation joined them into one
        series, the two forces alternating (an analyst's trial)."""
        ra, rb = sets.find(a), sets.find(b)
        named_a = {x for k in range(n) if sets.find(k) == ra for x in bodies[k]}
        named_b = {x for k in range(n) if sets.find(k) == rb for x in bodies[k]}
        return _apart(named_a, named_b)

    def is_short(k: int) -> bool:
        return len(drafts[k].operative) <= opts.short

    def loose(root: int) -> bool:
        members = groups[root]
        return len(members) == 1 or all(is_short(k) for k in members)

    numbers = {num: k for k in range(n) if (num := _number(drafts[k])) is not None}
    for root, members in list(groups.items()):
        if not loose(root) or not all(is_short(k) for k in members):
            continue
        cited = {
            numbers[(m.group(1), m.group(2))]
            for k in members
            for c in drafts[k].operative
            for m in _CITATION.finditer(c.full_text())
            if (m.group(1), m.group(2)) in numbers
        }
        earlier = sorted(
            (
                c
                for c in cited
                if sets.find(c) != sets.find(root) and rank[c] < max(rank[k] for k in members)
            ),
            key=rank.__getitem__,
        )
        earlier = [c for c in earlier if not renew_apart(root, c)]
        if earlier and compatible(root, earlier[-1]):
            sets.union(root, earlier[-1])
            for k in members:
                evidence.setdefault(k, "citation")
    groups = sets.groups()
    owners: dict[str, list[int]] = {}
    for root, members in groups.items():
        if loose(root):
            continue
        counts = Counter(b for k in members for b in bodies[k])
        for body, count in counts.items():
            if 2 * count > len(members):
                owners.setdefault(body, []).append(root)

    def closeness(group: Sequence[int], other: Sequence[int]) -> float:
        return max(
            (sims.get((min(a, b), max(a, b)), 0.0) for a in group for b in other), default=0.0
        )

    for root, members in list(groups.items()):
        if not loose(root):
            continue
        named = {b for k in members for b in bodies[k] if b in owners}
        roots = sorted({r for b in named for r in owners[b] if compatible(root, r)})
        if roots:
            best = max(roots, key=lambda r: closeness(members, groups[r]))
            sets.union(root, best)
            for k in members:
                evidence.setdefault(k, "body")
    groups = sets.groups()
    loose_roots = [r for r in groups if loose(r)]
    for x, rx in enumerate(loose_roots):
        named_x = {b for k in groups[rx] for b in bodies[k]}
        for ry in loose_roots[x + 1 :]:
            if (
                sets.find(rx) != sets.find(ry)
                and named_x & {b for k in groups[ry] for b in bodies[k]}
                and compatible(rx, ry)
            ):
                sets.union(rx, ry)
                for k in groups[ry]:
                    evidence.setdefault(k, "body")

    # Two series whose texts each name one body in most of them, one after the other in
    # time, are one mandate its words split in two: UNSMIL 2542 → 2595 → 2599 → 2619 and
    # 2629 → 2647 → 2656, once printed as two series named "UNSMIL" (a new user's
    # finding). Series that overlap in time stay apart (a mandate and its financing).
    # So are two whose renewals name the resolution that set up what they renew in most
    # of their texts (_ESTABLISHED_BY): UNFICYP's renewals of 1964–1965 and of 1966–1992
    # each extend "the Force established under resolution 186 (1964)", once two series
    # "Cyprus: resolution 186 (1964)" (an analyst's reading of the scanned texts). Any
    # resolution a renewal cites was too loose: CAR sanctions and MINUSCA both cite
    # paragraphs of 2399 (2018), and given apart in time were joined (a reviewer's).
    groups = sets.groups()
    owned: dict[str, list[int]] = {}
    renews = [_renewal_citations(d) for d in drafts]
    for root, members in groups.items():
        if len(members) < 2:
            continue
        counts = Counter(b for k in members for b in bodies[k] | renews[k])
        for body, count in counts.items():
            # As the series' label counts it: named in half its texts or more.
            if 2 * count >= len(members):
                owned.setdefault(body, []).append(root)
    for body in sorted(owned):
        joined = True
        while joined:
            # The spans of the series as they stand now, earlier unions included, so that
            # a chain of unions never joins two series that overlap in time.
            now: dict[int, list[int]] = {}
            for r in owned[body]:
                now.setdefault(sets.find(r), [])
            for k in range(n):
                if sets.find(k) in now:
                    now[sets.find(k)].append(k)
            spans = sorted(
                (min(rank[k] for k in ks), max(rank[k] for k in ks), root)
                for root, ks in now.items()
            )
            joined = False
            for (_, a_last, ra), (b_first, _, rb) in itertools.pairwise(spans):
                if a_last < b_first and compatible(ra, rb):
                    first_of_b = min(now[rb], key=rank.__getitem__)
                    sets.union(ra, rb)
                    # What joined them: a body named, or the resolution that set up
                    # what both renew (a citation, as the JSON's evidence says).
                    by_citation = body.startswith("resolution ")
                    evidence.setdefault(first_of_b, "citation" if by_citation else "body")
                    joined = True
                    break

    # A text left alone whose renewal extends what one resolution set up joins the one
    # series whose renewals name that resolution so in half their texts or more: UNFICYP's
    # 244 (1967) "Extends the stationing in Cyprus of the United Nations Peace-keeping
    # Force established under the Council's resolution 186 (1964)", six operative
    # paragraphs where the others have three, was no series' (an analyst's trial). Only
    # the founding citation counts (_ESTABLISHED_BY), never any resolution cited: the
    # 1267 and 1988 regimes cite each other's, and a reading of any citation put the one
    # into the other's series.
    groups = sets.groups()
    founders: dict[str, set[int]] = {}
    for g_root, g_members in groups.items():
        if len(g_members) < 2:
            continue
        founding = Counter(c for k in g_members for c in renews[k])
        for founder, count in founding.items():
            if 2 * count >= len(g_members):
                founders.setdefault(founder, set()).add(g_root)
    for g_root, g_members in groups.items():
        if len(g_members) != 1 or not renews[g_members[0]]:
            continue
        owners_of = {r for c in renews[g_members[0]] for r in founders.get(c, ())}
        if len(owners_of) == 1 and compatible(g_root, (only := next(iter(owners_of)))):
            sets.union(g_root, only)
            evidence.setdefault(g_members[0], "citation")

    found: list[tuple[list[int], list[Evidence], dict[tuple[int, int], float]]] = []
    for whole in sets.groups().values():
        whole.sort(key=rank.__getitem__)
        for members in _from_founding(whole, drafts, lexicon):
            if len(members) < 2:
                continue
            pair_sims = {
                (a, b): sims.get((min(a, b), max(a, b)), 0.0)
                for a, b in itertools.pairwise(members)
            }
            found.append(([*members], [evidence.get(k, "text") for k in members], pair_sims))
    found.sort(key=lambda g: rank[g[0][0]])
    return found
