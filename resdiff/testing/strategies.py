"""Hypothesis strategies for realistic drafts of Security Council resolutions.

Use them to test code that reads, analyses or compares drafts — resdiff itself, or your
own tools built on it::

    from hypothesis import given
    from resdiff.testing.strategies import drafts, draft_texts, revisions

    @given(drafts(chapter_vii=True))
    def test_my_rule_sees_chapter_vii(draft):
        assert draft.chapter_vii

    @given(draft_texts())
    def test_parser_keeps_every_paragraph(text):
        assert resdiff.parse(text).operative

    @given(revisions(drafts(), max_edits=2))
    def test_compare_finds_drops(revision):
        old, new, truth = revision
        cmp = resdiff.compare(old, new)
        ...

The drafts are in UN form (domain.md §1): a masthead with a year-series symbol
(``S/2023/506``), the date and a sponsors line; the enacting formula; preambular
paragraphs opening with a lead phrase of the lexicon and ending with ","; operative
paragraphs opening with a lexicon verb in the 3rd person ("Calls upon", "Strongly
condemns", "Decides that all Member States shall ...") and ending with ";", the last one
"Decides to remain seized of the matter."; sometimes sub-paragraphs (a), (b); sometimes
an Article 39 determination, a Chapter VII invocation as the last preambular paragraph,
and sanctions measures (arms embargo, asset freeze, travel ban, missile items) in a
mandatory, hortatory or voluntary mode. The words come from the lexicon (lead phrases,
verbs) and a small built-in bank of complements, one topic per paragraph so that no two
paragraphs read alike.

Every strategy returns analysed :class:`~resdiff.model.Draft` objects (or their plain
text, :func:`draft_texts`), built directly rather than parsed, so that the parser can be
tested against them: ``resdiff.parse(to_text(draft))`` must give the same paragraphs.
"""

from __future__ import annotations

import datetime as _dt
import functools
import random
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from hypothesis import strategies as st

from ..analyze import analyze, analyze_clause
from ..explain import and_list
from ..lexicon import Lexicon
from ..model import Clause, Draft, Section
from .mutate import EDITS, Truth, mutate

__all__ = [
    "CHAPTER_VII_FORMULA",
    "REMAIN_SEIZED",
    "Revision",
    "clauses",
    "draft_texts",
    "drafts",
    "pool_clauses",
    "revisions",
    "to_text",
]

#: The Chapter VII formula the strategies put in, as the last preambular paragraph.
CHAPTER_VII_FORMULA = "Acting under Chapter VII of the Charter of the United Nations,"
#: The closing operative paragraph.
REMAIN_SEIZED = "Decides to remain seized of the matter."

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

_PLACES = (
    "Mali",
    "South Sudan",
    "Somalia",
    "Libya",
    "Haiti",
    "Yemen",
    "the Central African Republic",
    "the Democratic Republic of the Congo",
    "the Sudan",
    "Afghanistan",
)

_SPONSORS = (
    "Albania", "Brazil", "Ecuador", "France", "Gabon", "Ghana", "Japan", "Malta",
    "Mozambique", "Norway", "Switzerland", "United Arab Emirates", "Ireland", "Mexico",
    "Kenya", "India", "China", "Russian Federation", "United States of America",
    "United Kingdom of Great Britain and Northern Ireland", "Trinidad and Tobago",
    "Saint Vincent and the Grenadines", "Republic of Korea", "Sierra Leone", "Guyana",
)  # fmt: skip


@dataclass(frozen=True)
class _Topic:
    """One subject a paragraph can be about, in the shapes the frames need.

    ``action`` follows "to" ("Calls upon X to ..."), ``statement`` follows "that" in a
    recital, ``event`` is what censure or concern is about, ``noun`` what is welcomed or
    supported. ``{place}`` and ``{date}`` are filled in per draft.
    """

    action: str
    statement: str
    event: str | None = None
    noun: str | None = None


_TOPICS: tuple[_Topic, ...] = (
    _Topic(
        "observe the ceasefire agreed on {date} along the line of contact, and to refrain "
        "from any military activity that could endanger civilians",
        "the ceasefire agreed on {date} has been violated repeatedly along the line of "
        "contact, and that civilians have paid the highest price for these violations",
        "the repeated violations of the ceasefire along the line of contact",
        "the ceasefire agreed on {date}",
    ),
    _Topic(
        "allow safe, rapid and unimpeded humanitarian access to all people in need "
        "throughout {place}",
        "humanitarian convoys are being obstructed and looted on the roads of {place}",
        "the obstruction and looting of humanitarian convoys",
        "the opening of new humanitarian corridors",
    ),
    _Topic(
        "release all arbitrarily detained persons without delay, and to account for the "
        "missing and inform their families of their fate",
        "thousands of persons remain arbitrarily detained or missing",
        "the arbitrary detention of thousands of civilians",
    ),
    _Topic(
        "hold free, fair and peaceful elections within the agreed timetable, and to ensure "
        "that all candidates can campaign freely and safely",
        "the electoral calendar has slipped twice since the signing of the agreement, and "
        "that voter registration has not yet begun in several provinces",
        None,
        "the adoption of a consensual electoral calendar",
    ),
    _Topic(
        "resume the political dialogue under the auspices of the regional mediators",
        "only an inclusive political dialogue can bring lasting peace to {place}",
        None,
        "the mediation efforts of the African Union and the regional economic communities",
    ),
    _Topic(
        "clear landmines and explosive remnants of war from farmland and schools",
        "landmines and explosive remnants of war still kill and maim children every week",
        "the laying of new landmines near villages and schools",
    ),
    _Topic(
        "end and prevent the recruitment and use of children by armed groups",
        "armed groups continue to recruit and use children as fighters and porters",
        "the recruitment and use of children by armed groups",
        "the release of children from the ranks of armed groups",
    ),
    _Topic(
        "create the conditions for the voluntary, safe and dignified return of refugees "
        "and internally displaced persons",
        "more than two million people have been displaced by the fighting",
        "the forced displacement of civilians from their homes",
        "the support given by neighbouring countries to refugees",
    ),
    _Topic(
        "hold accountable the perpetrators of sexual and gender-based violence",
        "sexual and gender-based violence is used as a tactic of war",
        "the widespread sexual and gender-based violence against women and girls",
    ),
    _Topic(
        "guarantee the safety, security and freedom of movement of United Nations personnel",
        "peacekeepers have been attacked and their movements restricted",
        "the attacks against peacekeepers and their camps",
        "the courage of the peacekeepers serving in difficult conditions",
    ),
    _Topic(
        "complete the disarmament, demobilization and reintegration of former combatants, "
        "and to offer them vocational training and employment",
        "thousands of former combatants are awaiting demobilization in cantonment sites",
        None,
        "the progress made in the cantonment of former combatants",
    ),
    _Topic(
        "protect journalists, media workers and human rights defenders from reprisals",
        "journalists and human rights defenders face threats, harassment and reprisals",
        "the killing of journalists and human rights defenders",
    ),
    _Topic(
        "stop the illicit exploitation of mineral resources by armed groups",
        "armed groups finance themselves through the illicit exploitation of mineral resources",
        "the illicit exploitation of mineral resources by armed groups",
        "the certification scheme for mineral resources",
    ),
    _Topic(
        "establish a credible and victim-centred transitional justice process",
        "impunity for past crimes feeds new cycles of violence",
        None,
        "the consultations held on transitional justice",
    ),
    _Topic(
        "advance the reform of the security sector, including the police and the judiciary",
        "the police and the judiciary lack the means to protect the population",
        None,
        "the national strategy for the reform of the security sector",
    ),
    _Topic(
        "strengthen the national response to the cholera outbreak",
        "the cholera outbreak has spread to seven provinces",
        "the spread of the cholera outbreak",
        "the vaccination campaign against cholera",
    ),
    _Topic(
        "counter hate speech and incitement to violence, including online",
        "hate speech and incitement to violence against communities are on the rise",
        "the incitement to violence against ethnic communities",
    ),
    _Topic(
        "ensure the full, equal and meaningful participation of women in the peace process",
        "women remain underrepresented at the negotiating table",
        None,
        "the appointment of women to the negotiating delegations",
    ),
    _Topic(
        "cooperate fully with the ceasefire monitoring mechanism",
        "the monitoring mechanism has been denied access to several sites",
        "the denial of access to the monitoring mechanism",
        "the deployment of the monitoring mechanism",
    ),
    _Topic(
        "combat corruption and improve the management of public finances",
        "corruption and opaque public finances undermine confidence in the institutions",
        None,
        "the audit of public finances published last year",
    ),
    _Topic(
        "scale up assistance to communities facing acute food insecurity",
        "half of the population faces acute food insecurity",
        "the use of starvation of civilians as a method of warfare",
        "the pledges made at the recent humanitarian conference",
    ),
    _Topic(
        "conduct prompt, thorough and impartial investigations into the attacks on civilians",
        "attacks on civilians have not been investigated",
        "the deliberate attacks on civilians, schools and hospitals",
    ),
    _Topic(
        "restore state authority and basic services in the northern regions",
        "state authority and basic services are absent from the northern regions",
        None,
        "the return of administrators to the northern regions",
    ),
    _Topic(
        "protect cultural heritage sites from destruction and looting",
        "cultural heritage sites have been destroyed and looted",
        "the destruction of cultural heritage sites",
    ),
    _Topic(
        "fight the trafficking in persons and the smuggling of migrants across the desert",
        "traffickers and smugglers exploit migrants crossing the desert",
        "the trafficking in persons and the abuses suffered by migrants",
    ),
    _Topic(
        "abstain from any interference in the internal affairs of {place}",
        "outside interference has fuelled the conflict in {place}, and that arms continue "
        "to reach the armed groups across porous borders",
        "the external interference in the internal affairs of {place}",
    ),
)

# Operative frames: lead phrases that take the same construction. Each is kept only when
# the lexicon reads it as a verb of its own (so a lexicon change cannot make the strategies
# produce paragraphs the analysis does not see).
_OP_ADDRESSEE = (
    "Calls upon",
    "Calls on",
    "Strongly urges",
    "Urges",
    "Requests",
    "Encourages",
    "Strongly encourages",
    "Invites",
    "Requires",
    "Further calls upon",
    "Also urges",
)
_OP_THAT = ("Demands that", "Decides that", "Insists that", "Stresses that", "Underlines that")
_OP_CENSURE = (
    "Condemns in the strongest terms",
    "Strongly condemns",
    "Condemns",
    "Strongly deplores",
    "Deplores",
    "Expresses grave concern at",
    "Expresses deep concern at",
    "Expresses concern at",
)
_OP_OBJECT = ("Welcomes", "Supports", "Commends", "Endorses", "Takes note of")
_ADDRESSEES = (
    "all parties",
    "all Member States",
    "the Government of {place}",
    "the authorities of {place}",
    "all armed groups",
    "the Secretary-General",
    "all States",
)

# Preambular lead phrases, by the construction that follows them.
_PP_THAT = (
    "Recalling",
    "Reaffirming",
    "Recognizing",
    "Noting",
    "Stressing",
    "Emphasizing",
    "Underlining",
    "Underscoring",
    "Bearing in mind",
    "Mindful",
    "Convinced",
    "Concerned",
    "Deeply concerned",
    "Gravely concerned",
    "Alarmed",
    "Expressing grave concern",
    "Expressing deep concern",
    "Noting with concern",
    "Deploring",
    "Regretting",
    "Considering",
    "Acknowledging",
    "Aware",
    "Conscious",
)
_PP_EVENT = ("Condemning", "Strongly condemning", "Deploring", "Expressing grave concern at")
_PP_NOUN = ("Welcoming", "Commending", "Expressing its support for", "Taking note of")

_PP_FIXED = (
    "Recalling its previous resolutions and the statements of its President on {place},",
    "Reaffirming its strong commitment to the sovereignty, independence, unity and "
    "territorial integrity of {place},",
    "Guided by the purposes and principles of the Charter of the United Nations,",
    "Having considered the report of the Secretary-General of {date},",
)
_ART39 = (
    "Determining that the situation in {place} continues to constitute a threat to "
    "international peace and security in the region,"
)

# Sanctions measures, each in the three modes; ``{place}`` is the target.
_MEASURES: dict[str, str] = {
    "arms_embargo": "the direct or indirect supply, sale or transfer of arms and related "
    "materiel of all types to {place}",
    "asset_freeze": "freeze without delay the funds, other financial assets and economic "
    "resources owned or controlled by the individuals and entities designated by the "
    "Committee",
    "travel_ban": "the entry into or transit through their territories of the individuals "
    "designated by the Committee",
    "wmd_missile": "the procurement of missiles and missile-related items, materials, goods "
    "and technology from {place}",
}
_MODES = ("mandatory", "hortatory", "voluntary")

_SUB_LEAD = (
    "Requests the Secretary-General to report to the Council within {days} days on:",
    "Calls upon all parties to:",
    "Decides that all Member States shall prevent the direct or indirect supply, sale or "
    "transfer to {place}:",
)
_SUB_ARMS = (
    "arms and related materiel of all types, including weapons and ammunition;",
    "technical assistance, training and financial assistance related to military activities;",
    "armed mercenary personnel, whether or not originating in their territories;",
)
_REPORT = (
    "Requests the Secretary-General to report to the Council within {days} days on the "
    "implementation of this resolution;"
)

# Paragraphs for the ``insert`` edit of :func:`revisions`: words of their own, so that an
# inserted paragraph resembles none of a generated draft.
_POOL: tuple[tuple[Section, str], ...] = (
    ("preamble", "Welcoming the accession of neighbouring States to the Arms Trade Treaty,"),
    ("preamble", "Noting the work of the independent commission on maritime boundaries,"),
    ("preamble", "Recognizing the contribution of youth associations to reconciliation,"),
    ("preamble", "Stressing that locust swarms threaten pastoral livelihoods in the Sahel,"),
    ("operative", "Encourages donors to finance the rehabilitation of irrigation canals;"),
    ("operative", "Requests the Secretariat to translate the agreement into local "
     "languages;"),
    ("operative", "Invites the Peacebuilding Commission to convene a meeting on youth "
     "employment;"),
    ("operative", "Calls upon all Member States to share satellite imagery of illegal "
     "fishing;"),
    ("operative", "Urges the parties to repatriate the remains of fallen soldiers;"),
    ("operative", "Welcomes the reopening of the railway between the two capitals;"),
)  # fmt: skip


# ------------------------------------------------------------------------ helpers


def _lexicon(lexicon: Lexicon | None) -> Lexicon:
    return lexicon or Lexicon.default()


_LINK_WORDS = re.compile(r"\s+(?:at|of|for|that)$")


@functools.cache
def _known_op(lexicon: Lexicon, leads: tuple[str, ...]) -> tuple[str, ...]:
    """The leads the lexicon reads whole as one operative phrase (a linking word after the
    phrase aside: "Expresses grave concern at", "Demands that")."""
    kept = []
    for lead in leads:
        phrase = _LINK_WORDS.sub("", lead)
        hit = lexicon.match_operative(lead + " all parties")
        if hit is not None and hit.start == 0 and hit.text.lower() == phrase.lower():
            kept.append(lead)
    if not kept:
        raise ValueError(f"the lexicon knows none of the operative leads {leads}")
    return tuple(kept)


@functools.cache
def _known_pp(lexicon: Lexicon, leads: tuple[str, ...]) -> tuple[str, ...]:
    """The leads the lexicon reads whole as one preambular lead phrase."""
    kept = []
    for lead in leads:
        phrase = _LINK_WORDS.sub("", lead)
        hit = lexicon.match_preamble(lead + " the")
        if hit is not None and hit.start == 0 and hit.text.lower() == phrase.lower():
            kept.append(lead)
    if not kept:
        raise ValueError(f"the lexicon knows none of the preambular leads {leads}")
    return tuple(kept)


@dataclass(frozen=True)
class _Context:
    """What one draft's paragraphs share: the country and a date."""

    place: str
    date: str
    days: int

    def fill(self, text: str) -> str:
        return text.format(place=self.place, date=self.date, days=self.days)


def _date_text(day: int, month: int, year: int) -> str:
    return f"{day} {_MONTHS[month - 1]} {year}"


def _measure_paragraph(kind: str, mode: str, ctx: _Context) -> str:
    body = ctx.fill(_MEASURES[kind])
    if kind == "asset_freeze":
        heads = {
            "mandatory": "Decides that all Member States shall ",
            "hortatory": "Calls upon all Member States to ",
            "voluntary": "Encourages all Member States to ",
        }
        return heads[mode] + body + ";"
    heads = {
        "mandatory": "Decides that all Member States shall prevent ",
        "hortatory": "Calls upon all Member States to prevent ",
        "voluntary": "Encourages all Member States to prevent ",
    }
    return heads[mode] + body + ";"


@dataclass(frozen=True)
class _Spec:
    """A paragraph to build: its text and its sub-paragraphs' texts."""

    text: str
    children: tuple[str, ...] = ()


@st.composite
def _op_paragraph(draw: st.DrawFn, topic: _Topic, ctx: _Context, lexicon: Lexicon) -> _Spec:
    frames = ["addressee", "addressee", "that", "object"]
    if topic.event is not None:
        frames.append("censure")
    if topic.noun is None and "object" in frames:
        frames.remove("object")
    frame = draw(st.sampled_from(frames))
    if frame == "addressee":
        lead = draw(st.sampled_from(_known_op(lexicon, _OP_ADDRESSEE)))
        who = draw(st.sampled_from(_ADDRESSEES))
        text = f"{lead} {who} to {topic.action};"
    elif frame == "that":
        lead = draw(st.sampled_from(_known_op(lexicon, _OP_THAT)))
        who = draw(st.sampled_from(_ADDRESSEES[:5]))
        modal = {"Decides": "shall ", "Stresses": "must ", "Underlines": "must "}
        action = topic.action.replace(", and to ", ", and ")
        text = f"{lead} {who} {modal.get(lead.split()[0], '')}{action};"
    elif frame == "censure":
        assert topic.event is not None
        lead = draw(st.sampled_from(_known_op(lexicon, _OP_CENSURE)))
        where = "" if "{place}" in topic.event else " in {place}"
        text = f"{lead} {topic.event}{where};"
    else:
        assert topic.noun is not None
        lead = draw(st.sampled_from(_known_op(lexicon, _OP_OBJECT)))
        # Sometimes a second verb, as in "Welcomes ..., and encourages ...".
        more = (
            ", and encourages all parties to build on this progress" if draw(st.booleans()) else ""
        )
        text = f"{lead} {topic.noun}{more};"
    return _Spec(ctx.fill(text))


@st.composite
def _pp_paragraph(draw: st.DrawFn, topic: _Topic, ctx: _Context, lexicon: Lexicon) -> _Spec:
    frames = ["that", "that", "that"]
    if topic.event is not None:
        frames.append("event")
    if topic.noun is not None:
        frames.append("noun")
    frame = draw(st.sampled_from(frames))
    if frame == "that":
        lead = draw(st.sampled_from(_known_pp(lexicon, _PP_THAT)))
        text = f"{lead} that {topic.statement},"
    elif frame == "event":
        lead = draw(st.sampled_from(_known_pp(lexicon, _PP_EVENT)))
        text = f"{lead} {topic.event},"
    else:
        lead = draw(st.sampled_from(_known_pp(lexicon, _PP_NOUN)))
        text = f"{lead} {topic.noun},"
    return _Spec(ctx.fill(text))


@st.composite
def _sub_paragraph_spec(
    draw: st.DrawFn, topics: Sequence[_Topic], ctx: _Context, *, arms: bool
) -> _Spec:
    lead = draw(st.sampled_from(_SUB_LEAD if arms else _SUB_LEAD[:2]))
    n = draw(st.integers(min_value=2, max_value=3))
    if lead.startswith("Decides"):
        items = list(_SUB_ARMS[:n])
    elif lead.startswith("Requests"):
        items = [f"the steps taken to {t.action};" for t in topics[:n]]
    else:
        items = [f"{t.action};" for t in topics[:n]]
    return _Spec(ctx.fill(lead), tuple(ctx.fill(item) for item in items))


def _clause(ref: str, section: Section, label: str | None, spec: _Spec) -> Clause:
    children = tuple(
        Clause(ref=f"{ref}({letter})", section=section, label=f"({letter})", text=text)
        for letter, text in zip("abcdefgh", spec.children, strict=False)
    )
    return Clause(ref=ref, section=section, label=label, text=spec.text, children=children)


# ----------------------------------------------------------------------- strategies


@st.composite
def _context(draw: st.DrawFn) -> tuple[_Context, int, int, int]:
    year = draw(st.integers(min_value=2000, max_value=2029))
    month = draw(st.integers(min_value=1, max_value=12))
    day = draw(st.integers(min_value=1, max_value=28))
    earlier = _date_text(
        draw(st.integers(min_value=1, max_value=28)),
        draw(st.integers(min_value=1, max_value=12)),
        year - 1,
    )
    ctx = _Context(
        place=draw(st.sampled_from(_PLACES)),
        date=earlier,
        days=draw(st.sampled_from((30, 45, 60, 90, 120))),
    )
    return ctx, year, month, day


def clauses(
    section: Section = "operative", *, lexicon: Lexicon | None = None
) -> st.SearchStrategy[Clause]:
    """One analysed paragraph of a draft, without sub-paragraphs.

    ``section="operative"`` gives ``OP1``, opening with a lexicon verb ("Strongly urges
    all parties to ...", "Condemns ...", "Decides that ...") and ending with ";";
    ``section="preamble"`` gives ``PP1``, opening with a lexicon lead phrase
    ("Gravely concerned that ...") and ending with ",". ``lexicon`` analyses it (default:
    the shipped lexicon).
    """
    lex = _lexicon(lexicon)

    @st.composite
    def build(draw: st.DrawFn) -> Clause:
        ctx, *_ = draw(_context())
        topic = draw(st.sampled_from(_TOPICS))
        if section == "operative":
            spec = draw(_op_paragraph(topic, ctx, lex))
            clause = _clause("OP1", "operative", "1.", spec)
        else:
            spec = draw(_pp_paragraph(topic, ctx, lex))
            clause = _clause("PP1", "preamble", None, spec)
        return analyze_clause(clause, lex)

    return build()


def drafts(
    *,
    min_preamble: int = 2,
    max_preamble: int = 8,
    min_operative: int = 2,
    max_operative: int = 10,
    chapter_vii: bool | None = None,
    measures: bool | None = None,
    sub_paragraphs: bool | None = None,
    lexicon: Lexicon | None = None,
) -> st.SearchStrategy[Draft]:
    """Analysed drafts in UN form.

    The preamble has ``min_preamble`` to ``max_preamble`` paragraphs and the operative
    part ``min_operative`` to ``max_operative`` (both counts include the fixed paragraphs:
    the Chapter VII and Article 39 recitals, the report request and the closing "Decides
    to remain seized of the matter.", which is always the last operative paragraph).

    ``chapter_vii``: ``True`` always invokes Chapter VII ("Acting under Chapter VII of the
    Charter of the United Nations," as the last preambular paragraph), ``False`` never,
    ``None`` sometimes. ``measures`` and ``sub_paragraphs`` likewise for sanctions measures
    (in any mode) and for a paragraph with sub-paragraphs (a), (b). An Article 39
    determination comes sometimes, more often with Chapter VII.
    """
    if not 1 <= min_preamble <= max_preamble:
        raise ValueError("need 1 <= min_preamble <= max_preamble")
    if not 1 <= min_operative <= max_operative:
        raise ValueError("need 1 <= min_operative <= max_operative")
    lex = _lexicon(lexicon)

    @st.composite
    def build(draw: st.DrawFn) -> Draft:
        ctx, year, month, day = draw(_context())
        n_pp = draw(st.integers(min_value=min_preamble, max_value=max_preamble))
        n_op = draw(st.integers(min_value=min_operative, max_value=max_operative))
        ch7 = draw(st.booleans()) if chapter_vii is None else chapter_vii
        ch7 = ch7 and n_pp >= 1
        art39 = n_pp >= (3 if ch7 else 2) and draw(
            st.sampled_from((True, True, False) if ch7 else (False, False, True))
        )
        topics = list(draw(st.permutations(_TOPICS)))

        def topic() -> _Topic:
            # One topic per paragraph while they last, then round again.
            t = topics.pop(0)
            topics.append(t)
            return t

        # --- preamble: a fixed opener sometimes, free recitals, Art. 39, Chapter VII.
        tail = [ctx.fill(_ART39)] if art39 else []
        if ch7:
            tail.append(CHAPTER_VII_FORMULA)
        n_free = max(0, n_pp - len(tail))
        pp_specs: list[_Spec] = []
        if n_free and draw(st.booleans()):
            pp_specs.append(_Spec(ctx.fill(draw(st.sampled_from(_PP_FIXED)))))
        while len(pp_specs) < n_free:
            pp_specs.append(draw(_pp_paragraph(topic(), ctx, lex)))
        pp_specs += [_Spec(t) for t in tail]

        # --- operative: free paragraphs, measures, one with sub-paragraphs, report, close.
        op_specs: list[_Spec] = []
        body = n_op - 1  # the closing paragraph
        with_measures = draw(st.booleans()) if measures is None else measures
        with_subs = draw(st.booleans()) if sub_paragraphs is None else sub_paragraphs
        room = body - int(with_subs and body >= 2)  # a place kept for sub-paragraphs
        if with_measures and room >= 1:
            kinds = draw(
                st.lists(
                    st.sampled_from(sorted(_MEASURES)),
                    min_size=1,
                    max_size=min(3, room),
                    unique=True,
                )
            )
            for kind in kinds:
                mode = draw(st.sampled_from(_MODES))
                op_specs.append(_Spec(_measure_paragraph(kind, mode, ctx)))
        reports = False
        if with_subs and len(op_specs) < body:
            arms = not any("arms and related" in s.text for s in op_specs)
            spec = draw(_sub_paragraph_spec([topic(), topic(), topic()], ctx, arms=arms))
            reports = spec.text.startswith("Requests")
            op_specs.insert(draw(st.integers(0, len(op_specs))), spec)
        wants_report = not reports and body - len(op_specs) >= 2 and draw(st.booleans())
        while len(op_specs) < body - int(wants_report):
            where = draw(st.integers(0, len(op_specs)))
            op_specs.insert(where, draw(_op_paragraph(topic(), ctx, lex)))
        if wants_report:
            op_specs.append(_Spec(ctx.fill(_REPORT)))
        op_specs.append(_Spec(REMAIN_SEIZED))

        n_sponsors = draw(st.integers(min_value=1, max_value=4))
        sponsors = tuple(
            draw(
                st.lists(
                    st.sampled_from(_SPONSORS),
                    min_size=n_sponsors,
                    max_size=n_sponsors,
                    unique=True,
                )
            )
        )
        symbol = f"S/{year}/{draw(st.integers(min_value=100, max_value=999))}"
        date = _date_text(day, month, year)
        draft = Draft(
            symbol=symbol,
            draft_symbol=symbol,
            organ="Security Council",
            kind="draft",
            sponsors=sponsors,
            date=_dt.date(year, month, day),
            masthead=(
                f"United Nations {symbol}",
                "Security Council Distr.: General",
                date,
                "Original: English",
                f"{and_list(sponsors)}: draft resolution",
            ),
            enacting_formula="The Security Council,",
            preamble=tuple(
                _clause(f"PP{k}", "preamble", None, spec) for k, spec in enumerate(pp_specs, 1)
            ),
            operative=tuple(
                _clause(f"OP{k}", "operative", f"{k}.", spec) for k, spec in enumerate(op_specs, 1)
            ),
        )
        return analyze(draft, lex)

    return build()


# ----------------------------------------------------------------------- plain text


def to_text(draft: Draft, *, width: int = 78) -> str:
    """The draft as a UN document reads when copied from its PDF: the masthead in two
    columns, the sponsors line, the enacting formula, indented recitals, numbered
    operative paragraphs and lettered sub-paragraphs, hard-wrapped at ``width``.

    ``resdiff.parse(to_text(draft))`` gives back the draft's symbol, sponsors, date and
    paragraphs (refs and texts).
    """
    lines: list[str] = []
    symbol = draft.symbol or "S/2000/1"
    lines.append(f"{'United Nations':<62}{symbol:>16}")
    lines.append("")
    lines.append(f"{'          Security Council':<63}Distr.: General")
    if draft.date is not None:
        when = draft.date
        lines.append(" " * 63 + f"{when.day} {_MONTHS[when.month - 1]} {when.year}")
    lines.append("")
    lines.append(" " * 63 + "Original: English")
    lines += ["", ""]
    if draft.sponsors:
        # "draft resolution" is kept on one line (a non-breaking space while wrapping).
        lines += [
            line.replace("\u00a0", " ")
            for line in textwrap.wrap(
                f"{and_list(draft.sponsors)}:\u00a0draft\u00a0resolution",
                width=width,
                break_on_hyphens=False,
                break_long_words=False,
            )
        ]
        lines += ["", ""]
    lines.append("          " + (draft.enacting_formula or "The Security Council,"))
    lines.append("")

    def para(first: str, rest: str, text: str) -> None:
        wrapped = textwrap.wrap(
            text,
            width=width,
            initial_indent=first,
            subsequent_indent=rest,
            break_on_hyphens=False,
            break_long_words=False,
        )
        lines.extend(wrapped)
        lines.append("")

    for clause in draft.preamble:
        para("          ", "     ", clause.text)

    def sub(clause: Clause, depth: int) -> None:
        pad = "     " + "     " * depth
        label = f"{clause.label or ''}"
        para(f"{pad}{label:<5}", pad, clause.text)
        for child in clause.children:
            sub(child, depth + 1)

    for clause in draft.operative:
        para(f"     {clause.label or '':<5}", "     ", clause.text)
        for child in clause.children:
            sub(child, 1)
    return "\n".join(lines).rstrip("\n") + "\n"


def draft_texts(
    *,
    min_preamble: int = 2,
    max_preamble: int = 8,
    min_operative: int = 2,
    max_operative: int = 10,
    chapter_vii: bool | None = None,
    measures: bool | None = None,
    sub_paragraphs: bool | None = None,
    lexicon: Lexicon | None = None,
) -> st.SearchStrategy[str]:
    """The plain text of :func:`drafts` (same arguments), as :func:`to_text` writes it:
    for testing a parser, alone or against the draft it came from."""
    return drafts(
        min_preamble=min_preamble,
        max_preamble=max_preamble,
        min_operative=min_operative,
        max_operative=max_operative,
        chapter_vii=chapter_vii,
        measures=measures,
        sub_paragraphs=sub_paragraphs,
        lexicon=lexicon,
    ).map(to_text)


# ----------------------------------------------------------------------- revisions


class Revision(NamedTuple):
    """A draft, a revision of it made with known edits, and the truth: one
    :class:`~resdiff.testing.mutate.Truth` per provision (edited or not), saying which
    refs a correct comparison pairs and what kind of change it finds."""

    old: Draft
    new: Draft
    truth: tuple[Truth, ...]

    @property
    def edited(self) -> tuple[Truth, ...]:
        """The truths of the edited provisions only."""
        return tuple(t for t in self.truth if t.edit is not None)


def pool_clauses(lexicon: Lexicon | None = None) -> tuple[Clause, ...]:
    """Paragraphs the ``insert`` edit of :func:`revisions` takes from: analysed, with
    words of their own so that none resembles a paragraph of :func:`drafts`."""
    lex = _lexicon(lexicon)
    out = []
    for k, (section, text) in enumerate(_POOL, 1):
        ref = f"PP{k}" if section == "preamble" else f"OP{k}"
        label = None if section == "preamble" else f"{k}."
        out.append(analyze_clause(Clause(ref=ref, section=section, label=label, text=text), lex))
    return tuple(out)


def revisions(
    base: st.SearchStrategy[Draft] | Draft | None = None,
    *,
    edits: Sequence[str] | None = None,
    min_edits: int = 1,
    max_edits: int = 3,
    pool: Sequence[Clause] | None = None,
    lexicon: Lexicon | None = None,
) -> st.SearchStrategy[Revision]:
    """Revisions of a draft made by known edits, with the truth: ``(old, new, truth)``.

    ``base`` is a strategy of drafts (default :func:`drafts`) or one draft (parsed with
    :func:`resdiff.parse` when it is not analysed). Each example applies ``min_edits`` to
    ``max_edits`` edits chosen at random among those of
    :data:`~resdiff.testing.mutate.EDITS` that fit the draft (drop, insert, move, split,
    merge, weaken or strengthen a verb, add a hedge, remove a measure, drop or add Chapter
    VII) with :func:`resdiff.testing.mutate`; or, with ``edits``, exactly those edits in
    that order (examples where one does not fit are rejected, so choose edits the drafts
    allow). ``pool`` holds the paragraphs ``insert`` takes (default
    :func:`pool_clauses`).

    ``truth`` has one :class:`~resdiff.testing.mutate.Truth` per provision: old and new
    refs, the change kind, ``moved``, the edit and, for strength edits, the shift feature
    and direction a correct comparison names.
    """
    if edits is not None:
        unknown = [e for e in edits if e not in EDITS]
        if unknown:
            raise ValueError(f"unknown edits {unknown}; known: {', '.join(EDITS)}")
    if not 0 <= min_edits <= max_edits:
        raise ValueError("need 0 <= min_edits <= max_edits")
    lex = _lexicon(lexicon)
    source: st.SearchStrategy[Draft]
    if base is None:
        source = drafts(lexicon=lexicon)
    elif isinstance(base, Draft):
        analysed = base if base.lexicon is not None else analyze(base, lex)
        source = st.just(analysed)
    else:
        source = base
    paragraphs = tuple(pool) if pool is not None else pool_clauses(lexicon)

    @st.composite
    def build(draw: st.DrawFn) -> Revision:
        draft = draw(source)
        seed = draw(st.integers(min_value=0, max_value=2**32 - 1))
        rng = random.Random(seed)
        if edits is not None:
            try:
                mutation = mutate(
                    draft, rng=rng, edits=list(edits), pool=paragraphs, lexicon=lexicon
                )
            except ValueError:
                from hypothesis import reject

                reject()
        else:
            n = draw(st.integers(min_value=min_edits, max_value=max_edits))
            mutation = mutate(draft, rng=rng, edits=n, pool=paragraphs, lexicon=lexicon)
        return Revision(mutation.old, mutation.new, mutation.truth)

    return build()
