"""The flags of one provision compared: Chapter VII, the Article 39 determination and its
subject, the use of force, a finding of a breach of the peace, and the Council's warning
of further action. What the whole text still carries elsewhere is read after every
provision is classified (:mod:`.posture`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..align import RESTATING_LEADS
from ..brackets import fold_brackets
from ..clauses import ClauseView, own_voice
from ..compiled import compile_cached
from ..explain import and_list
from ..lexicon import Lexicon
from ..lexicon.quantity_entries import MONTH_NAMES
from ..model import (
    CHAPTER_VII_RECALLED,
    FINDING_DEGREE,
    FINDING_RAISED,
    PLACE_OF_THREAT,
    Clause,
    Direction,
    Section,
    Shift,
    shown_parts,
)
from ..read.common import is_member_state, is_state
from .drafts import Drafts
from .posture import threatened

__all__ = ["art39_subject", "flag_shifts", "section_shift", "with_warning"]

# The subject of an Article 39 determination: what stands between "determining that" and
# "constitutes a threat".
_ART39_SUBJECT = compile_cached(
    r"\bthat\s+(?P<subject>.{1,300}?)\s+(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)(?:constitutes?"
    r"|constituted|continues?\s+to\s+(?:constitute|threaten|be)|remains?|poses?|represents?"
    r"|threatens?)\b",
    re.IGNORECASE | re.DOTALL,
)


#: Words of a substitute clause shown in a shift (the rest is in the redline).
_PLACE_WORDS = 24


def _in_its_place(old_all: Sequence[Clause], new_all: Sequence[Clause], gone: str) -> str | None:
    """The clause that took the place of a determination that opened the paragraph
    ("Determining that ... constitute a threat ..." → "Affirming that such launches
    jeopardize peace, stability and security ..."), so the reader sees the swap; ``None``
    when the determination stood inside the paragraph or the paragraph is gone."""
    if not old_all or not new_all or not gone:
        return None
    if not old_all[0].text.startswith(gone[:24]):
        return None
    first = new_all[0]
    lead = first.phrases[0] if first.phrases else None
    text = first.text[lead.start : lead.end] if lead is not None else first.text
    words = text.rstrip(" ,;.").split()
    if not words:
        return None
    return " ".join(words[:_PLACE_WORDS]) + (" …" if len(words) > _PLACE_WORDS else "")


#: How far after a warning a hedge still qualifies the Council's own action ("for
#: further action, as appropriate, in the light of developments").
_AFTER_WARNING = 20
#: How far after a warning the measures it names may stand, and the words that name them.
_NAMED_REACH = 150
_NAMING = compile_cached(r"\b(?:includ\w*|such\s+as|in\s+the\s+form\s+of|namely)\b")


def flag_shifts(
    drafts: Drafts, old_all: Sequence[Clause], new_all: Sequence[Clause], ref: str
) -> list[Shift]:
    lexicon = drafts.lexicon
    shifts: list[Shift] = []
    old_flags = _flags(" ".join(c.text for c in old_all), lexicon)
    new_joined = " ".join(c.text for c in new_all)
    new_flags = _flags(new_joined, lexicon)
    for feature in ("chapter-vii", "art39", "use-of-force", "peace-finding"):
        if feature == "peace-finding" and (old_flags["art39"] or new_flags["art39"]):
            # A finding that became a determination (or the reverse) is read as the
            # determination made (or dropped).
            continue
        if feature == "peace-finding":
            degree = _finding_degree(old_flags, new_flags, new_joined, ref)
            if degree is not None:
                shifts.append(degree)
                continue
        if old_flags[feature] and not new_flags[feature]:
            # Name what took its place when it is the known substitute ("Acting
            # under its special responsibility ..."), so the reader sees the swap.
            instead: str | None = None
            if feature == "chapter-vii":
                found = lexicon.special_responsibility_in(new_joined)
                instead = found.text if found else None
            elif feature == "art39":
                instead = _in_its_place(old_all, new_all, old_flags[feature] or "")
            gone = Shift(
                feature=feature,
                old=old_flags[feature],
                new=instead,
                direction="softer",
                ref=ref,
            )
            if feature == "use-of-force":
                gone = drafts.force_held(gone, "new", old_all)
            elif feature == "chapter-vii" and old_flags["chapter-vii-recalled"]:
                gone = gone.model_copy(update={"detail": CHAPTER_VII_RECALLED})
            shifts.append(gone)
        elif new_flags[feature] and not old_flags[feature]:
            came = Shift(
                feature=feature,
                old=None,
                new=new_flags[feature],
                direction="stronger",
                ref=ref,
            )
            if feature == "art39" and _same_place(
                old_flags["situation-subject"], new_flags["art39"] or ""
            ):
                # "Recognizing that ... the situation in Afghanistan remains a threat to
                # international peace and security" → "Determining that the situation
                # ... continues to constitute a threat": the finding raised, still
                # stronger (issue 9 §6, twenty-sixth session).
                came = came.model_copy(
                    update={"old": old_flags["situation-threat"], "detail": FINDING_RAISED}
                )
            if feature == "use-of-force":
                came = drafts.force_held(came, "old", new_all)
            elif feature == "chapter-vii" and new_flags["chapter-vii-recalled"]:
                # The Council acting on its earlier Chapter VII decisions made where the
                # other text has no Chapter VII: framing, weighed as a recital's wording.
                came = came.model_copy(update={"detail": CHAPTER_VII_RECALLED})
            shifts.append(came)
    return shifts


#: A paragraph that only restates resolutions it cites: "Recalls its resolutions 353
#: (1974) of 20 July, 354 (1974) of 23 July ...", "Reaffirming the provisions of its
#: resolution 353 (1974)". A restating lead, then citations, dates and the words that join
#: them, and nothing else.
_BARE_RESTATEMENT = compile_cached(
    r"\W{0,8}(?:(?:further|also)\s+)?(?:" + "|".join(RESTATING_LEADS) + r")\w*\s+"
    r"(?:(?:also|further|again)\s+)?(?:the\s+provisions\s+of\s+)?"
    r"(?:its\s+|the\s+)?(?:previous\s+)?resolutions?\s+"
    r"(?:\d++(?:\s*+\(\d{4}\))?|of\b|and\b|" + "|".join(MONTH_NAMES) + r"|[\s,]++)++[;,.]?\s*+",
    re.IGNORECASE,
)


#: The lead of an operative paragraph that only recalls ("Recalls", "Further recalls"):
#: declaratory, unlike "Reaffirms" or "Reiterates", which commit the Council again.
_RECALL_LEAD = compile_cached(r"\W{0,8}(?:(?:further|also)\s+)?recall", re.IGNORECASE)


def section_shift(old: Section, new: Section, old_text: str, new_text: str, ref: str) -> Shift:
    """A provision moved between the preamble and the operative part: into the preamble
    it is softer, into the operative part stronger (domain.md §6). Not weighed where both
    sides only restate resolutions by number and the operative side only recalls them
    ("Reaffirming the provisions of its resolution 353 (1974)" → "Recalls its resolutions
    353 (1974) ..., 354 (1974) ..."): a declaratory recall cites what binds already and
    asks nothing in either part (judged reworded, Cyprus 1974, both ways). A promotion
    carries what the paragraph does: "Recalling its resolutions 353 ... 358 (1974)" →
    "Reaffirms also its resolutions 353 ... 361 (1974)" commits the Council to them again
    in its operative part (both judges of cyprus-1974-h69: stronger; RESULTS §2en)."""
    direction: Direction = "softer" if new == "preamble" else "stronger"
    operative = new_text if new == "operative" else old_text
    bare = _RECALL_LEAD.match(fold_brackets(operative)) is not None and all(
        _BARE_RESTATEMENT.fullmatch(fold_brackets(t)) is not None for t in (old_text, new_text)
    )
    return Shift(
        feature="section",
        old=old,
        new=new,
        ref=ref,
        direction="neutral" if bare else direction,
        note="a bare restatement of resolutions cited: its place asks nothing" if bare else None,
    )


def art39_subject(lexicon: Lexicon, old_text: str, new_text: str, ref: str) -> list[Shift]:
    """The subject of an Article 39 determination narrowed ("the situation in X" →
    "armed groups in X") or widened."""
    a = lexicon.art39_in(fold_brackets(old_text))
    b = lexicon.art39_in(fold_brackets(new_text))
    if a is None or b is None:
        return []
    shifts = threatened(a.text, b.text, ref)
    sa, sb = _ART39_SUBJECT.search(a.text), _ART39_SUBJECT.search(b.text)
    if sa is None or sb is None:
        return shifts
    old_subject = " ".join(sa.group("subject").split())
    new_subject = " ".join(sb.group("subject").split())
    old_broad = lexicon.broad_threat_subject(old_subject)
    new_broad = lexicon.broad_threat_subject(new_subject)
    if old_broad and new_broad:
        # Both "the situation in ...": a State's situation narrowed to a place within it
        # ("the situation in Sudan" -> "the situation in Darfur", UNAMID 2020, judged
        # softer twice), or widened back to the State.
        narrowed = _place_narrowed(old_subject, new_subject)
        if narrowed is None:
            return shifts
        softer, detail = narrowed, PLACE_OF_THREAT
    elif old_broad == new_broad:
        return shifts
    else:
        softer, detail = old_broad, "subject of the determination"
    return [
        Shift(
            feature="art39",
            old=old_subject,
            new=new_subject,
            direction="softer" if softer else "stronger",
            ref=ref,
            detail=detail,
        ),
        *shifts,
    ]


#: "the situation in <place>": the place a broad determination names.
_SITUATION_IN = compile_cached(
    r"^(?:the\s+)?(?:\w+\s+)?situation\s+in\s+(?P<place>[^,;()]{1,60})$", re.IGNORECASE
)
#: A place named by one to three capitalised words ("Darfur", "South Kordofan"), the
#: only kind read as a part of a State: "the region", "the Great Lakes region", "West
#: Africa" or "the former Yugoslavia" may be wider than the State or another matter.
_PART_OF_A_STATE = compile_cached(r"^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}$")
#: Words of places wider than one State: never read as a part of one.
_WIDER_PLACES = compile_cached(
    r"\b(?:Africa|Asia|Europe|America|East|Gulf|Sahel|Lakes|Balkans|Caucasus|Peninsula"
    r"|Caribbean|Mediterranean|Pacific|Atlantic|Ocean|Middle|Horn)\b"
)


def _place_narrowed(old_subject: str, new_subject: str) -> bool | None:
    """``True`` when a determination's "situation in <a State>" became "situation in
    <a place that is no State>" (narrowed), ``False`` for the way back, ``None`` when
    the places are not one State and a named place that is not one."""
    a, b = _SITUATION_IN.match(old_subject), _SITUATION_IN.match(new_subject)
    if a is None or b is None:
        return None
    old_place, new_place = (" ".join(m.group("place").split()) for m in (a, b))

    def part(place: str) -> bool:
        return (
            _PART_OF_A_STATE.match(place) is not None
            and _WIDER_PLACES.search(place) is None
            # A State by another of its names ("Syria", "Zaire", "the DRC") is no place
            # within one.
            and not is_state(place)
        )

    if is_member_state(old_place) and part(new_place):
        return True
    if is_member_state(new_place) and part(old_place):
        return False
    return None


def with_warning(
    lexicon: Lexicon,
    old_views: Sequence[ClauseView],
    new_views: Sequence[ClauseView],
    ref: str,
    shifts: list[Shift],
) -> list[Shift]:
    """``shifts`` with the warning of further action that came into the provision
    (stronger) or left it (softer). A provision added or dropped whole whose verb
    already weighs it the same way ("Declares its readiness ... to consider additional
    measures") names it without weighing it again ("Reaffirms that it will take
    further measures under the Charter", a declaratory clause, weighs by its warning
    alone); named either way, a warning that moved to another provision is matched
    there (:func:`flags_held`). A hedge that went or came with the warning, inside it,
    is part of it: dropped from ``shifts``."""
    old_found, old_hedges, old_named = _warnings(old_views, lexicon)
    new_found, new_hedges, new_named = _warnings(new_views, lexicon)
    if bool(old_found) == bool(new_found):
        return shifts
    added = bool(new_found)
    direction: Direction = "stronger" if added else "softer"
    whole = not (old_views and new_views)
    weighed = whole and any(s.direction == direction for s in shifts)
    words = (new_found or old_found)[0]
    named = new_named if added else old_named
    warning = Shift(
        feature="warning",
        old=None if added else words,
        new=words if added else None,
        direction="neutral" if weighed else direction,
        ref=ref,
        detail=f"naming {and_list(named)}" if named else None,
        note="weighed by its verb" if weighed else None,
    )
    absorbed = new_hedges if added else old_hedges
    side = new_views if added else old_views
    if absorbed:
        # Every occurrence of the hedge on that side must stand in a warning.
        counted = Counter(h.hedge for v in side for h in lexicon.hedges_in(v.text))
        inside = {k for k, n in absorbed.items() if counted[k] <= n}
        shifts = [s for s in shifts if _hedge_key(s, added) not in inside]
    return [*shifts, warning]


def _warnings(
    views: Sequence[ClauseView], lexicon: Lexicon
) -> tuple[list[str], Counter[str], list[str]]:
    """The Council's warnings of further action in ``views`` (``[warnings]`` in
    measures.toml), each read inside one clause that speaks in the Council's own voice
    (it decides, affirms, declares, warns or states its readiness: not "Welcomes the
    commitment of the Government that it will take further steps", nor "Calls upon
    Member States, in the event of non-compliance, to take appropriate action", nor
    "Recalling its resolution ..., in which it expressed its readiness ..."); with the
    hedges that stand inside a warning or just after it ("to consider" in "... and to
    consider further steps", "for further action, as appropriate"), by entry; and the
    sanctions measures a warning names after it ("readiness to take appropriate
    measures ... that could include assets freeze or travel ban measures", BINUH 2022),
    by label."""
    found: list[str] = []
    absorbed: Counter[str] = Counter()
    named: list[str] = []
    for view in views:
        if not own_voice(view.phrase.lemma if view.phrase.led else ""):
            continue
        matches = lexicon.warnings_in(view.text)
        if not matches:
            continue
        found.extend(" ".join(m.text.split()) for m in matches)
        for h in lexicon.hedges_in(view.text):
            if any(m.start <= h.start and h.end <= m.end + _AFTER_WARNING for m in matches):
                absorbed[h.hedge] += 1
        end = matches[0].end
        for hit in lexicon.measures_in(view.text):
            # Only the measures the warning says it could take ("that could include
            # assets freeze or travel ban measures"), not those it is about ("against
            # individuals who violate the arms embargo").
            between = view.text[end : hit.start].lower()
            if (
                end <= hit.start <= end + _NAMED_REACH
                and _NAMING.search(between)
                and hit.label not in named
            ):
                named.append(hit.label)
    return found, absorbed, named


def _finding_degree(
    old_flags: dict[str, str | None],
    new_flags: dict[str, str | None],
    new_text: str,
    ref: str,
) -> Shift | None:
    """A finding of a danger to the peace that gave its place to a finding of a threat to
    it ("incidents of this nature endanger international peace" → "such armed attacks ...
    pose a serious threat to the peace and security of independent African States",
    Portugal and Guinea 1970, judged stronger), or the reverse: the finding kept, raised
    or lowered (Article 39's words above Article 34's), not dropped or made. ``None``
    where a side holds no finding or both hold one of the same degree. A threat finding
    with no finding on the other side is not weighed: in a modern text it is most often a
    thematic recital ("Recognizing that terrorism poses a threat to international peace
    and security"). Nor where the danger finding's words stand on in ``new_text``: a
    danger finding kept with a threat recital added beside it (in another clause of the
    paragraph, perhaps on another matter) gave its place to nothing."""

    def degree(flags: dict[str, str | None]) -> int:
        return 2 if flags["threat-finding"] else 1 if flags["peace-finding"] else 0

    old_degree, new_degree = degree(old_flags), degree(new_flags)
    if not old_degree or not new_degree or old_degree == new_degree:
        return None
    danger = old_flags["peace-finding"]
    if new_degree > old_degree and danger and danger in new_text:
        return None
    return Shift(
        feature="peace-finding",
        old=old_flags["threat-finding"] or old_flags["peace-finding"],
        new=new_flags["threat-finding"] or new_flags["peace-finding"],
        direction="stronger" if new_degree > old_degree else "softer",
        detail=FINDING_DEGREE,
        ref=ref,
    )


def _flags(text: str, lexicon: Lexicon) -> dict[str, str | None]:
    # Read as the analysis reads the draft: brackets as agreed, alternatives as the
    # first ("Acting under [Chapter VII ...][its special responsibility ...]").
    text = fold_brackets(text)
    art39 = lexicon.art39_in(text)
    found = {
        "chapter-vii": lexicon.chapter_vii_in(text),
        "art39": art39,
        "use-of-force": lexicon.use_of_force_in(text),
        # A determination says more than a finding beside it.
        "peace-finding": None if art39 else lexicon.peace_finding_in(text),
        # A threat to the peace found short of a determination, a step above a danger to
        # it: read only where it takes the place of one (_finding_degree).
        "threat-finding": None if art39 else lexicon.threat_finding_in(text),
    }
    flags = {k: (m.text if m else None) for k, m in found.items()}
    # The Council acting on its earlier Chapter VII decisions, not under Chapter VII itself
    # (flags.toml's chapter_vii_recalled): the measures stand under those decisions.
    recalled = lexicon.chapter_vii_recalled(found["chapter-vii"])
    flags["chapter-vii-recalled"] = (
        found["chapter-vii"].text if found["chapter-vii"] and recalled else None
    )
    # A threat finding of the whole situation ("... the situation in Afghanistan remains a
    # threat to ..."), not a thematic one ("terrorism poses a threat ..."): what a
    # determination raises (art39_broad_subject, flags.toml).
    threat = found["threat-finding"]
    subject = _SUBJECT_CUT.split(text[: threat.start])[-1].strip() if threat else ""
    broad = threat is not None and bool(subject) and lexicon.broad_threat_subject(subject)
    flags["situation-threat"] = threat.text if threat and broad else None
    flags["situation-subject"] = subject if threat and broad else None
    return flags


def _same_place(subject: str | None, determination: str) -> bool:
    """Whether the old text's finding of ``subject`` ("the situation in Afghanistan") is
    the finding a new ``determination`` raises: every name in the subject (a word in
    capitals after its first) stands in the determination too. "Recognizing that the
    situation in Libya remains a threat ..." → "Determining that the situation in
    Afghanistan constitutes a threat ..." raises nothing: a determination made (review of
    fix16)."""
    if subject is None:
        return False
    names = _NAME.findall(subject.split(None, 1)[1] if " " in subject.strip() else "")
    return all(re.search(rf"\b{re.escape(n)}\b", determination) for n in names)


#: A name in a finding's subject: a word that begins with a capital.
_NAME = compile_cached(r"\b[A-Z][\w'’-]*")


#: Where the subject of a finding begins: after the last comma or "that" before its verb
#: ("Recognizing that, notwithstanding ..., the situation in Afghanistan remains a threat").
_SUBJECT_CUT = compile_cached(r",|\bthat\b", re.IGNORECASE)


def _hedge_key(shift: Shift, added: bool) -> str | None:
    """The hedge entry of a hedge shift on the side a warning came (``added``) or went:
    its words, or the entry shown after them ("to consider” (“consider")."""
    if shift.feature != "hedge":
        return None
    shown = shift.new if added else shift.old
    if shown is None:
        return None
    words, entry = shown_parts(shown)
    return entry if entry is not None else words.lower()
