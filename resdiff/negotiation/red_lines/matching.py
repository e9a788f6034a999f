"""What the red-line rules find in a draft's text: the paragraphs a selector names,
phrases in any spelling and inflection, a verb's tier, the alternatives of a bracketed
part, the words of a quantity, and excerpts to show as evidence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...brackets import readings
from ...compiled import compile_cached
from ...lexicon.wordforms import word_forms
from ...model import Clause, Draft, Phrase
from .models import Axis, ParagraphSelector
from .results import Evidence, Status

if TYPE_CHECKING:
    from ...lexicon import Lexicon


_EXCERPT = 90


def _excerpt(text: str, start: int = 0, end: int | None = None) -> str:
    """About ``_EXCERPT`` characters of ``text`` around ``start:end``, its spaces single
    (a reading of an alternative keeps the offsets of the brackets it drops as spaces)."""
    return " ".join(_excerpt_at(text, start, end).split())


def _excerpt_at(text: str, start: int = 0, end: int | None = None) -> str:
    end = len(text) if end is None else end
    if len(text) <= _EXCERPT:
        return text
    if end - start >= _EXCERPT or start < _EXCERPT // 3:
        cut = text[: max(_EXCERPT, 0)]
        return cut[: cut.rfind(" ")] + " …" if " " in cut else cut + "…"
    left = max(0, start - _EXCERPT // 3)
    piece = text[left : left + _EXCERPT]
    if left:
        piece = "… " + piece[piece.find(" ") + 1 :]
    if left + _EXCERPT < len(text):
        piece = piece[: piece.rfind(" ")] + " …"
    return piece


def _norm(text: str, lexicon: Lexicon) -> str:
    return lexicon.fold(text)


def _holds(wanted: str, text: str) -> bool:
    """Whether ``text`` (folded as :func:`_norm` folds) holds the words of ``wanted``
    (folded alike) in a row, each as the start of a word, its inflection aside: "the
    launches" is found in "the launching" and "the launched", not in "relaunch"."""
    return _phrase_rx(wanted).search(text) is not None


@functools.lru_cache(maxsize=256)
def _phrase_rx(wanted: str) -> re.Pattern[str]:
    words = re.findall(r"\w+", wanted)
    if not words:
        return re.compile(re.escape(wanted))
    # A short word ("the", "of", "on") stands as it is: "the\w*" would find "their".
    parts = [re.escape(w) + r"\b" if len(w) <= 3 else _forms(_stem(w)) for w in words]
    return re.compile(r"\b" + r"\W+".join(parts))


@functools.lru_cache(maxsize=256)
def _inflected_rx(wanted: str) -> re.Pattern[str]:
    """``wanted``'s words in a row, each in any of its inflected forms and as no other
    word: "exercise vigilance" finds "exercising vigilance", "take note" "taking note",
    "carry out" "carried out"; "peace" does not find "peacekeeping", nor "state"
    "statement" (the forbidden phrase's matcher: a false break is as bad as a miss)."""
    words = re.findall(r"\w+", wanted)
    if not words:
        return re.compile(re.escape(wanted))
    parts = [
        "(?:" + "|".join(re.escape(f) for f in sorted(word_forms(w), key=len, reverse=True)) + ")"
        for w in words
    ]
    return re.compile(r"\b" + r"\W+".join(parts) + r"\b")


def _forms(stem: str) -> str:
    """A pattern for the forms of a word from its stem: the stem and any ending, and for
    a stem that ends in a silent "e" the forms that drop it ("exercise" → "exercising",
    "exercised"; "state" → "stating"), besides every form that keeps it."""
    if len(stem) >= 5 and stem.endswith("e") and stem[-2] not in "aeiou":
        return re.escape(stem[:-1]) + r"(?:e\w*|ing\w*|ed\b)"
    return re.escape(stem) + r"\w*"


def _stem(word: str) -> str:
    """A word without its plural or verb ending, for :func:`_holds`: "launches" →
    "launch", "states" → "state", "launching" → "launch", "decided" → "decid"."""
    w = word.lower()
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    if w.endswith("es") and w[:-2].endswith(("ch", "sh", "x", "ss", "z")):
        return w[:-2]
    return _singular(w)


def _singular(word: str) -> str:
    """``word`` without a plural "s" ("troops" → "troop"; not "pass", not "bus")."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _in_section(clause: Clause, section: str | None) -> bool:
    return section in (None, "all") or clause.section == section


def _top_level(draft: Draft, section: str | None) -> list[Clause]:
    return [c for c in draft.paragraphs if _in_section(c, section)]


def _select(draft: Draft, selector: ParagraphSelector, lexicon: Lexicon) -> list[Clause]:
    """The paragraphs (or the sub-paragraph, for a ``ref`` such as ``OP4(a)``) chosen."""
    if selector.ref is not None:
        try:
            clause = draft.clause(selector.ref)
        except KeyError:
            return []
        return [clause] if _in_section(clause, selector.section) else []
    assert selector.contains is not None
    wanted = _norm(selector.contains, lexicon)
    return [
        c
        for c in _top_level(draft, selector.section)
        if _holds(wanted, _norm(c.full_text(), lexicon))
    ]


def _tier(part: Clause, p: Phrase, axis: Axis, lexicon: Lexicon | None = None) -> int | None:
    """The tier on ``axis`` of one led clause of ``part`` (``None``: a recital's clause
    has no prescriptive force). On the force axis a decision whose modal binds less than
    "shall" ranks no higher than what it then is: "Decides that all Member States should
    prevent" a recommendation ("calls upon"), "may prevent" a permission ("encourages")."""
    if axis == "force":
        if part.section == "preamble" and part.label is None:
            return None
        tier = p.axis_a or 1
        rank = lexicon.modal_rank(p.modal) if lexicon is not None and p.modal else None
        if rank is not None and rank in _MODAL_CAP:
            tier = min(tier, _MODAL_CAP[rank])
        return tier
    return p.axis_b or 0


#: The highest force tier a clause reaches under a modal of each rank below "shall" (3):
#: "should", "will" (2) recommend, as "calls upon" (4) does; "may" (1) permits, as
#: "encourages" (2) does (domain.md §2).
_MODAL_CAP = {2: 4, 1: 2}


def _shown_limit(value: str | int | float) -> str:
    """A limit as the spec gave it: "17,000", "90 days"."""
    if isinstance(value, str):
        return " ".join(value.split())
    return f"{value:,}" if float(value).is_integer() else str(value)


def _verdict(
    found: list[tuple[bool, Evidence]], none: str, required: str
) -> tuple[Status, str, tuple[Evidence, ...]]:
    """Pass when something was found and all of it holds; else fail, naming what broke
    (or ``none``: what was not found)."""
    if not found:
        return "fail", f"{none} — {required} required", ()
    broken = tuple(ev for ok, ev in found if not ok)
    shown = broken or tuple(ev for _, ev in found)
    said = "; ".join(dict.fromkeys(f"{e.ref} {e.found}" for e in shown))
    if broken:
        return "fail", f"{said} — {required} required", broken
    return "pass", f"{said} ({required})", shown


def _alternatives(part: Clause) -> list[str]:
    """The readings of a paragraph's own text that a red line must hold under: the text
    as agreed so far, then each alternative still on the table (:func:`readings`), whose
    spaces are made single: a reading keeps the offsets of the brackets it leaves out as
    runs of spaces, and the analysis of a clause reads a window of its words after the
    lead ("Decides that [all Member States][Member States in a position to do so] shall"
    lost its narrowing phrase past the padding). The first reading keeps the offsets the
    paragraph's own analysis gives."""
    if "[" not in part.text and "Alt" not in part.text:
        return [part.text]
    found = readings(part.text)
    return [found[0], *(" ".join(text.split()) for text in found[1:])]


#: How far before a quantity the words that name what it counts may stand ("a troop
#: ceiling of 17,000 personnel").
_NAMED_BEFORE = 60
_NEXT_WORD = compile_cached(r"\W{0,3}[\w’'-]{1,40}")
#: Where the words naming a quantity start: after a semicolon, a colon, a comma followed
#: by a space (not the comma of "17,000"), or "and".
_NAMING_BREAK = compile_cached(r";|:|,(?=\s)|\band\b")


def _quantity_words(text: str, start: int, end: int) -> str:
    """The words that say what a quantity counts: back to the last break before it
    (:data:`_NAMING_BREAK`, within :data:`_NAMED_BEFORE` characters), the quantity, and
    the word after it. "a troop ceiling of 17,000 personnel, and a police ceiling of 2,101
    personnel": the first is the troops', the second the police's."""
    floor = max(0, start - _NAMED_BEFORE)
    cut = floor
    for found in _NAMING_BREAK.finditer(text, floor, start):
        cut = found.end()
    after = _NEXT_WORD.match(text, end)
    return text[cut:start] + text[start:end] + (after.group() if after else "")


def _stem_rx(word: str, lexicon: Lexicon) -> re.Pattern[str]:
    """A word looked for as the start of one, its plural folded: "troops" finds "a troop
    ceiling"."""
    return re.compile(r"\b" + re.escape(_singular(_norm(word, lexicon).strip())))


def named_only(
    draft: Draft, kind: str | None, lexicon: Lexicon, paragraphs: Sequence[Clause] | None
) -> tuple[Evidence, ...]:
    """The paragraphs (the operative ones of ``paragraphs``, if given) that name the
    measure of ``kind`` by one of its names in the lexicon ("the arms embargo") where none of them
    imposes it: "Calls upon the Government to improve the implementation of the arms
    embargo" (named, not imposed), "Decides to terminate the arms embargo" (lifted or
    ended). Read only where a ``measure_mode`` rule found the measure imposed nowhere: a
    lift fails the rule, a name alone leaves it to the resolution that imposed it."""
    if kind is None or not lexicon.measures[kind].names:
        return ()
    entry = lexicon.measures[kind]
    names = "|".join(re.escape(n) for n in entry.names)
    # A name followed by words that make it another thing's ("measures on arms control").
    not_before = "|".join(re.escape(w) for w in entry.names_not_before)
    guard = rf"(?!\s+(?:{not_before})\b)" if not_before else ""
    pattern = compile_cached(rf"\b(?:{names})\b{guard}", re.IGNORECASE)
    chosen = {id(c) for c in paragraphs} if paragraphs is not None else None
    found = []
    # Without a selector the recitals count too: "Recalling its resolution 1970 (2011)
    # imposing the arms embargo" beside an operative part that renews only the
    # inspections (S/RES/2635 (2022)) leaves the embargo in force (review of user14).
    every = draft.operative if chosen is not None else (*draft.preamble, *draft.operative)
    for paragraph in every:
        if chosen is not None and id(paragraph) not in chosen:
            continue
        text = paragraph.full_text()
        m = pattern.search(text)
        if m is not None:
            # A recital that recalls a lift ("Recalling its decision to lift ...") tells a
            # past event: only an operative paragraph lifts.
            operative = paragraph.section == "operative"
            ends = operative and any(
                h.kind == kind and h.ends for c in paragraph.walk() for h in c.measures
            )
            # An exemption from it ("The arms embargo shall not apply to supplies of
            # non-lethal military equipment") narrows the measure the text names: a
            # narrowing crosses a line that the measure stays, as a lift does.
            narrowed = operative and any(p.exemptions for c in paragraph.walk() for p in c.phrases)
            done = _LIFTED if ends else _NARROWED if narrowed else "named, not imposed"
            found.append(
                Evidence(
                    ref=paragraph.ref,
                    excerpt=_excerpt(text, m.start(), m.end()),
                    found=f"{entry.label} {done}",
                )
            )
    return tuple(found)


def narrowed_where_imposed(
    draft: Draft,
    kind: str,
    lexicon: Lexicon,
    paragraphs: Sequence[Clause] | None,
    base: Draft | None,
    imposed: dict[str, tuple[int, Evidence]],
    carried_over: frozenset[str] | None = None,
) -> tuple[list[Evidence], list[Evidence]]:
    """The operative paragraphs (of ``paragraphs``, if given) that exempt from the measure
    of ``kind`` the draft also imposes or renews (``imposed``: each kind's rank and the
    evidence of it), as evidence: "the arms embargo shall not apply to supplies of
    non-lethal military equipment" beside the paragraph that renews the embargo. First
    those that narrow it anew, which cross a line that the measure stays: given ``base``,
    the draft revised, an exemption compare reads added or softer (or mixed) against it:
    ``carried_over``, the refs of the draft's paragraphs compare reads unchanged,
    reworded or strengthened against the base, are the ones it held; without them, one
    it holds in the same words. The standard exemptions a renewal carries on with a name
    or a date updated ("Reaffirms that the arms embargo shall not apply to ...", S/RES/
    2607 (2021) against 2551 (2020)) are reworded, not new: they pass, named. Then those
    the line lets pass but the report names ("imposed with an exemption"): every one
    where no base is given (the standard exemptions every renewal carries would
    otherwise fail it), and one the base held."""
    new: list[Evidence] = []
    carried: list[Evidence] = []
    if kind not in imposed:
        return new, carried
    held = {" ".join(p.full_text().split()) for p in base.operative} if base is not None else None
    by_ref = {p.ref: p for p in draft.operative}
    label = lexicon.measures[kind].label
    for e in named_only(draft, kind, lexicon, paragraphs):
        paragraph = by_ref.get(e.ref or "")
        if (e.found or "").endswith(_LIFTED) and e.ref != imposed[kind][1].ref:
            # Another of its kind ended beside it ("Decides to terminate the arms embargo
            # on Eritrea" where Somalia's is renewed, S/RES/2444 (2018)): named.
            carried.append(e)
        if not (e.found or "").endswith(_NARROWED) or paragraph is None:
            continue
        if carried_over is not None and base is not None:
            fresh = paragraph.ref not in carried_over
        else:
            fresh = held is not None and " ".join(paragraph.full_text().split()) not in held
        if fresh:
            found = (
                f"{label} imposed ({imposed[kind][1].ref}), narrowed by an exemption the "
                "base did not hold"
            )
            new.append(e.model_copy(update={"found": found}))
        else:
            carried.append(e.model_copy(update={"found": f"{label} exemption"}))
    return new, carried


def with_exemptions(carried: Sequence[Evidence]) -> str:
    """The words a passed ``measure_mode`` rule adds for the exemptions beside the
    measure it found imposed (:func:`narrowed_where_imposed`): "; imposed with an
    exemption (OP2)"; and for a paragraph that lifts or ends one of its kind beside it:
    "; OP3 lifts or ends an arms embargo"."""
    said = ""
    exempting = [e.ref or "" for e in carried if not (e.found or "").endswith(_LIFTED)]
    if exempting:
        many = "exemptions" if len(exempting) > 1 else "an exemption"
        said += f"; imposed with {many} ({', '.join(exempting)})"
    for e in carried:
        if (e.found or "").endswith(_LIFTED):
            label = (e.found or "").removesuffix(" " + _LIFTED)
            said += f"; {e.ref} lifts or ends {'an' if label[:1] in 'aeiou' else 'a'} {label}"
    return said


#: What a paragraph that names a measure it lifts or terminates did to it, as evidence.
_LIFTED = "lifted or ended"
#: ... and one that exempts from it ("shall not apply to supplies of ...").
_NARROWED = "narrowed by an exemption"


def is_lifted(evidence: Evidence) -> bool:
    """Whether a paragraph :func:`named_only` found lifts, ends or narrows the measure
    (each crosses a line that the measure stays)."""
    return (evidence.found or "").endswith((_LIFTED, _NARROWED))


def named_words(named: Sequence[Evidence]) -> str:
    """ "OP5, OP7 name it without imposing it; OP9 lifts or ends it; OP3 exempts from
    it"."""
    parts = []
    for done, one, many in (
        ("named, not imposed", "names it without imposing it", "name it without imposing it"),
        (_LIFTED, "lifts or ends it", "lift or end it"),
        (_NARROWED, "exempts from it", "exempt from it"),
    ):
        refs = [e.ref or "" for e in named if (e.found or "").endswith(done)]
        if refs:
            parts.append(f"{', '.join(refs)} {one if len(refs) == 1 else many}")
    return "; ".join(parts)


def _operative_clauses(draft: Draft, paragraphs: Sequence[Clause] | None) -> list[Clause]:
    """Every clause of ``draft``'s operative paragraphs (of ``paragraphs``, if given)."""
    chosen = {id(c) for c in paragraphs} if paragraphs is not None else None
    return [
        clause
        for paragraph in draft.operative
        if chosen is None or id(paragraph) in chosen
        for clause in paragraph.walk()
    ]


def sunsets(
    draft: Draft, kind: str, lexicon: Lexicon, paragraphs: Sequence[Clause] | None, required: str
) -> list[Evidence]:
    """The operative clauses (of ``paragraphs``, if given) that give the measure of
    ``kind`` a sunset (lifecycle.toml's stage "sunset": "shall expire on 1 June 2033",
    "for a final period"), as evidence."""
    found = []
    for clause in _operative_clauses(draft, paragraphs):
        for m in clause.measures:
            entry = lexicon.lifecycle.get(m.action or "")
            if m.kind == kind and entry is not None and entry.stage == "sunset":
                found.append(
                    Evidence(
                        ref=clause.ref,
                        excerpt=_excerpt(clause.text),
                        found=f"{m.label}: {entry.label}",
                        required=required,
                    )
                )
    return found


#: The year of the resolution a citation names, right after its number: "resolution 2255
#: (2015)".
_YEAR_AFTER = compile_cached(r"\s*\((\d{4})\)")


def exempted_by_reference(
    draft: Draft, kind: str | None, lexicon: Lexicon, paragraphs: Sequence[Clause] | None
) -> tuple[Evidence, ...]:
    """The operative paragraphs (of ``paragraphs``, if given) that carve an exemption out
    of the measure of ``kind`` imposed by another resolution's paragraph they cite: an
    exemption (scope.toml's ``[exemptions]``) in a clause that names what the measure's
    exemptions let through (its ``carved`` words) and cites "paragraph 1 (a) of
    resolution 2255 (2015)" (S/RES/2615 (2021) OP1: the asset freeze, still in force,
    narrowed). Read only where a ``measure_mode`` rule found the measure imposed and named
    nowhere: the reason a "stays" line fails is then the exemption, not an absence."""
    if kind is None or not lexicon.measures[kind].carved:
        return ()
    entry = lexicon.measures[kind]
    carved = compile_cached(
        r"\b(?:" + "|".join(re.escape(w) for w in entry.carved) + r")\b", re.IGNORECASE
    )
    cites = [compile_cached(m.cites, re.IGNORECASE) for m in lexicon.measures.values() if m.cites]
    found = []
    for clause in _operative_clauses(draft, paragraphs):
        if not any(p.exemptions for p in clause.phrases) or not carved.search(clause.text):
            continue
        for rx in cites:
            c = next((c for c in rx.finditer(clause.text) if c.group("resolution")), None)
            if c is None:
                continue
            year = _YEAR_AFTER.match(clause.text, c.end())
            resolution = c.group("resolution") + (f" ({year.group(1)})" if year else "")
            found.append(
                Evidence(
                    ref=clause.ref,
                    excerpt=_excerpt(clause.text, c.start(), c.end()),
                    found=f"{entry.label} (imposed by reference, resolution {resolution} "
                    f"paragraph {c.group('paragraphs')}) narrowed by an exemption "
                    f"({clause.ref})",
                )
            )
            break
    return tuple(found)


#: What the evidence of a final renewal or an expiry by reference says it found: of
#: measures cited by paragraph number or kept in force by a general reference. (The
#: words the reading looks for are lifecycle.toml's ``[fragments]``: "renewed_by_reference",
#: "expires_by_reference", "kept_in_force", "this_text", "exempted_from", "not_before";
#: these are only what the report says.)
SUNSET_BY_REFERENCE = "measures given a sunset by reference"
#: What the evidence of measures kept in force by a general reference says it found.
KEPT_BY_REFERENCE = "measures kept in force by reference"
#: What the evidence of measures renewed by the number of their paragraphs says.
RENEWED_BY_NUMBER = "measures renewed by paragraph number"

#: How much of a paragraph is searched for a renewal by reference: such a decision opens
#: its paragraph, and the patterns' bounded gaps cost a few µs a character.
_BY_REFERENCE_CHARS = 2_000
#: The words one of which a paragraph holds for the ``kept_in_force`` pattern to be tried
#: on it (a cheap screen: the pattern costs about 0.2 µs a character): kept in force or
#: in effect, or an end refused ("shall not expire", which compare reads as the measures
#: kept, lifecycle.maintain; review of the twenty-eighth session's merge).
#: "In place" and "continue to apply" since the three readings of "kept in force" share
#: them (lifecycle.toml's in_force and kept_applying, leads19); "in full force" since the
#: review of leads19 (in_force had read "in full in force", no drafter's form); "full force"
#: and "force and effect" since in_force reads "continue to have full force and effect"
#: (leads20).
_KEPT_SCREEN = (
    "in force",
    "in effect",
    "in full force",
    "in full effect",
    "full force",
    "force and effect",
    "in place",
    "continue to apply",
    "not expire",
    "not terminate",
)
#: How far before the words kept in force an "exemptions to" is looked for.
_EXEMPTED_REACH = 40


def _by_reference_words(
    lexicon: Lexicon,
) -> tuple[re.Pattern[str] | None, ...]:
    """The lexicon's patterns of measures kept by reference (lifecycle.toml's
    ``[fragments]``), each ``None`` where a user switched it off: renewed by paragraph
    number, said to expire by paragraph number, kept in force by a general reference,
    the text's own, an exemption from them, a "not" before a renewal."""
    return tuple(
        lexicon.fragment_rx(name)
        for name in (
            "renewed_by_reference",
            "expires_by_reference",
            "kept_in_force",
            "this_text",
            "exempted_from",
            "not_before",
        )
    )


def _renewed_by_reference(
    draft: Draft, chosen: Sequence[Clause] | None, lexicon: Lexicon
) -> tuple[Evidence, ...]:
    """The operative paragraphs (of ``chosen``, when given) that renew, extend or reaffirm
    measures set out by paragraph number in an earlier resolution (not "Decides not to
    renew the measures ...", which ends them). A renewal for a final period, or those
    measures said to expire on a date, is found as :data:`SUNSET_BY_REFERENCE`: they stay
    until then and end, which a line that they stay must not read as a plain renewal
    (review of life17)."""
    paragraphs = chosen if chosen is not None else draft.operative
    renewed, expires, kept_rx, this_text, exempted, not_before = _by_reference_words(lexicon)
    found = []
    for paragraph in paragraphs:
        if paragraph.section != "operative":
            continue
        head = paragraph.text[:_BY_REFERENCE_CHARS]
        lowered = head.lower()
        m = None
        if "measures" in lowered and "resolution" in lowered:
            for rx in (renewed, expires):
                m = rx.search(head) if rx is not None else None
                if m is not None:
                    break
            if (
                m is not None
                and not_before is not None
                and not_before.search(head, max(0, m.start() - 20), m.start())
            ):
                m = None
        kept = False
        if m is None and kept_rx is not None and any(w in lowered for w in _KEPT_SCREEN):
            own = (
                k
                for k in kept_rx.finditer(head)
                if not (this_text and this_text.search(k[0]))
                and not (
                    exempted
                    and exempted.search(head, max(0, k.start() - _EXEMPTED_REACH), k.start())
                )
            )
            m = next(own, None)
            kept = m is not None
        if m is not None:
            # The cited measures' own life-cycle word, in the words that cite them or
            # after them up to another decision: "renew for a final period until ... the
            # measures imposed by paragraph 1 of resolution 2588", "... shall expire on
            # ..."; not "..., and that the mandate of the Panel shall expire on ...".
            tail = head[m.end() :]
            stop = m.end() + (tail.find(", and") if ", and" in tail else len(tail))
            sunset = any(c.stage == "sunset" for c in lexicon.lifecycle_in(head[m.start() : stop]))
            found.append(
                Evidence(
                    ref=paragraph.ref,
                    excerpt=_excerpt(paragraph.text, m.start(), m.end()),
                    found=SUNSET_BY_REFERENCE
                    if sunset
                    else KEPT_BY_REFERENCE
                    if kept
                    else RENEWED_BY_NUMBER,
                )
            )
    return tuple(found)
