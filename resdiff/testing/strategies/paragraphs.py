"""One paragraph of a draft: what a draft's paragraphs share (the country, dates), the
lead phrases the lexicon reads whole, a paragraph built in one frame from a topic, and
:func:`clauses`, the strategy of one analysed paragraph.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from hypothesis import strategies as st

from ...analyze import analyze_clause
from ...lexicon import Lexicon
from ...model import Clause, Section
from .vocabulary import (
    _ADDRESSEES,
    _MEASURES,
    _MONTHS,
    _OP_ADDRESSEE,
    _OP_CENSURE,
    _OP_OBJECT,
    _OP_THAT,
    _PLACES,
    _PP_EVENT,
    _PP_NOUN,
    _PP_THAT,
    _SUB_ARMS,
    _SUB_LEAD,
    _TOPICS,
    _Topic,
)

# ------------------------------------------------------------------------ helpers


def _lexicon(lexicon: Lexicon | None) -> Lexicon:
    return lexicon or Lexicon.default()


#: The linking word that ends a lead ("concern at"). The look-behind starts a run of
#: spaces only where it begins: linear, not a retry from each space in a long run.
_LINK_WORDS = re.compile(r"(?<!\s)\s+(?:at|of|for|that)$")


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
