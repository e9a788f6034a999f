"""A shift, the named reason for a verdict, and the words verdicts are told in: the
change kinds, directions and match methods, the features a :class:`Shift` names, and the
details and notes the classifier's rules give a shift (:data:`LEAD_REASONS`,
:func:`join_clauses`). :mod:`.comparison` builds its changes and summary of these; every
name here is importable from there and from ``resdiff.model`` too."""

# No ``from __future__ import annotations``: pydantic reads the fields' annotations as
# objects (see :mod:`.comparison`).

from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from ..display import hook
from .draft import Frozen, FrozenDict

ChangeKind = Literal[
    "unchanged", "reworded", "softened", "strengthened", "mixed", "added", "dropped"
]
Direction = Literal["softer", "stronger", "neutral"]
MatchMethod = Literal[
    "identical", "normalised", "similar", "moved", "split", "merged", "added", "dropped"
]
#: A document flag across a comparison: in both drafts, added, dropped, in neither, or
#: unknown when either draft could not be analysed (a text not in English).
FlagStatus = Literal["kept", "added", "dropped", "absent", "unknown"]
#: Opens the note of a flag shift named, not weighed, because the new text states again a
#: flag the old text carried by reference (a rollover that extends a resolution as a
#: whole, or a mandate "as set out in resolution 2575 (2021)"): the reports say "kept;
#: stated again in the new draft" by it.
RESTATED_FLAG_NOTE = "the old text "
#: ``unknown`` when a draft could not be analysed (not in English): nothing was weighed.
NetDirection = Literal["softer", "stronger", "mixed", "neutral", "unknown"]
#: How many changes of each kind: a dict that cannot be changed (:class:`FrozenDict`).
KindCounts = Annotated[dict[ChangeKind, int], AfterValidator(FrozenDict)]


def symbol_key(symbol: str) -> str:
    """A document symbol as look-ups compare it: its spaces and case aside, so that
    "S/RES/2618(2022)" and "s/res/2618 (2022)" find "S/RES/2618 (2022)"."""
    return "".join(symbol.split()).upper()


#: Every feature a shift names (``Shift.feature``), for filters that check their argument
#: (:meth:`Comparison.where`).
SHIFT_FEATURES: tuple[str, ...] = (
    "verb", "lead", "censure", "modifier", "degree", "hedge", "condition", "exemption",
    "modal", "measure", "measure-mode", "addressee", "emphasis", "lifecycle", "scope",
    "quantity", "date", "reference", "number", "section", "chapter-vii", "art39",
    "use-of-force", "peace-finding", "warning", "polarity", "brackets", "wording",
)  # fmt: skip

#: Every change kind, in the order reports list them.
CHANGE_KINDS: tuple[ChangeKind, ...] = (
    "added",
    "dropped",
    "softened",
    "strengthened",
    "mixed",
    "reworded",
    "unchanged",
)

#: A word-level redline: diff-match-patch operations (-1 delete, 0 keep, 1 insert).
Redline = tuple[tuple[int, str], ...]


class Shift(Frozen):
    """A named reason for a verdict: one feature that changed, from what to what.

    ``feature`` is one of ``verb`` (prescriptive force, axis A; a demand added or removed),
    ``lead`` (a preambular lead phrase), ``censure`` (axis B), ``modifier``, ``degree``
    (the intensity of a censure or concern), ``hedge``, ``condition``, ``exemption``,
    ``modal``, ``addressee`` (who is addressed, and how widely), ``measure``,
    ``measure-mode``, ``lifecycle`` (a measure or mandate imposed, renewed, lifted,
    terminated, given a sunset), ``quantity`` (a typed number: a cap, a duration, a
    reporting interval, a deadline; ``detail`` names the type), ``date`` and
    ``reference`` (neutral: a renewal date, a document symbol or citation moved on),
    ``number`` (a number or date changed), ``emphasis`` (an adverb of urgency or
    insistence, "immediately", "without precondition"), ``scope`` (the reach of an ask:
    words or list items added to or taken from what is asked), ``warning`` (a warning of
    further action: "Expresses its readiness to consider the imposition of further
    measures"), ``section`` (a paragraph moved between the preamble and the operative
    part), ``chapter-vii``,
    ``art39``, ``use-of-force``, ``peace-finding`` (a finding of a danger to the peace
    short of an Article 39 determination), ``polarity`` (an ask turned into its contrary
    by a negation: the old ask withdrawn, softer, and its contrary asked, stronger),
    ``brackets`` (negotiation brackets or labelled alternatives settled, put in or taken
    away: named, not weighed) and ``wording`` (neutral: the words of a paragraph added or
    dropped stand in another paragraph). :data:`SHIFT_FEATURES` lists them all.

    ``old`` and ``new`` are the feature's value on each side as printed or read (a verb,
    a phrase, a mode, a quantity), ``None`` on the side where it is absent;
    ``direction`` is ``softer``, ``stronger`` or ``neutral`` (named, not weighed).

    A lead (``verb``, ``lead``, ``censure``) added or removed where the provision holds
    the same lead on its other side has ``detail`` set to its clause as printed, cut
    short (:attr:`clause_words`): "operative verb removed: decides" beside a paragraph
    that still opens "Decides" read as a contradiction, where one of its decisions went.
    The words name the shift; they do not weigh it.

    ``weight`` is how much the shift counts in the document's balance (Chapter VII
    weighs most, preambular language least; the ladder is data in the lexicon).
    """

    feature: str
    old: str | None = None
    new: str | None = None
    direction: Direction
    ref: str | None = Field(default=None, description="The clause the shift was found in.")
    detail: str | None = Field(
        default=None, description="What the feature is about: a quantity's type, a measure."
    )
    weight: float = Field(default=0.0, ge=0.0, description="Weight in the document balance.")
    note: str | None = Field(
        default=None,
        description="Why the shift does not weigh where it would: the words of an added or "
        "dropped paragraph stand in a paragraph of the other draft.",
    )

    def describe(self) -> str:
        """The shift in plain words: ``operative verb weakened: decides → calls upon``."""
        text: str = hook("shift_text")(self)
        return text

    @property
    def clause_words(self) -> str | None:
        """The clause of a lead added or removed, as printed and cut short (its
        ``detail``), or ``None``: set only where the provision holds the same lead on its
        other side, so that the shift says which of its clauses went or came ("operative
        clause removed: “Decides that all States shall continue to take the measures …”").
        Two clauses under one such lead, told as one shift, are parted by
        :data:`CLAUSE_BREAK`. Every rule that reads ``detail`` for what a shift is about
        reads such a shift as having none: the words name it, they do not weigh it.

        A lead's ``detail`` that names why the shift weighs as it does (one of
        :data:`LEAD_REASONS`: "restated", "asks to wind down", ...) is no quote, on
        whichever side the lead stands. (The quote keeps its place in ``detail``: a field of
        its own would move the words out of the key a reader of the published contract
        finds them in, and the older documents could be sorted only by this same test.)"""
        if (
            self.feature in CLAUSE_LEADS
            and self.detail is not None
            and self.detail not in LEAD_REASONS
            and (self.old is None) != (self.new is None)
        ):
            return self.detail
        return None


#: The features of a lead whose shift added or removed may quote its clause
#: (:attr:`Shift.clause_words`).
CLAUSE_LEADS = frozenset({"verb", "lead", "censure"})
#: :attr:`Shift.detail` of a lead swapped for another that restates the same standing
#: decision in the same words ("Decides that ..." → "Reaffirms that ..."): neutral.
RESTATED = "restated"
#: :attr:`Shift.detail` of a lead or modifier that asks harder (or less) for a drawdown
#: or a lifting: its direction turned, the force of the ask working against what it acts on.
WINDING_DOWN = "asks to wind down"
#: What parts the clauses one shift quotes (:func:`join_clauses`): a quote is the
#: clause's words joined by single spaces, so it never holds a newline.
CLAUSE_BREAK = "\n"


def join_clauses(quoted: str, more: str) -> str:
    """The quote of a shift that stands for two clauses gone (or come) under the same
    lead of one provision, each quote once ("decides that the Panel shall visit …" and
    "decides that the Mission shall report …" under one "decides" the provision keeps):
    parted by :data:`CLAUSE_BREAK`."""
    told = quoted.split(CLAUSE_BREAK)
    return quoted if more in told else CLAUSE_BREAK.join([*told, more])


def quoting_both(kept: Shift, same: Shift) -> Shift:
    """``kept``, the shift told for two of one provision's clauses (the same feature,
    lead, direction and ref), quoting ``same``'s clause too when both quote one, under
    the same note ("spent: due ..." is not said of a clause it is not true of)."""
    if kept.clause_words and same.clause_words and kept.note == same.note:
        return kept.model_copy(
            update={"detail": join_clauses(kept.clause_words, same.clause_words)}
        )
    return kept


#: :attr:`Shift.detail` of a flag (force) gone from one provision while the new text
#: holds it in another: named, not weighed; its note says where.
FLAG_STILL_HELD = "still held elsewhere"
#: :attr:`Shift.detail` of a flag come into one provision that the old text held in another.
FLAG_ALREADY_HELD = "already held elsewhere"
#: :attr:`Shift.detail` of an ask gone and one come under the same verb in one provision:
#: the same ask in new words, named once, not weighed.
ASK_RECAST = "same ask in new words"
#: :attr:`Shift.detail` of a lead swapped between a stance ("reiterates its readiness")
#: and a declaratory verb ("reaffirms that it will") in a clause that warns of further
#: action on both sides: the same warning, named, not weighed.
SAME_WARNING = "the same warning"
#: How the note of a winding-down a later resolution does not restate opens (the
#: classifier writes it, the reports word it).
NOT_RESTATED = "not restated by the later text"
#: How the note of a named measure carried on by the number of the paragraph that imposed
#: it opens ("renew ... the measures imposed by paragraph 1 of resolution 2588 (2021)"
#: where the old text named the arms embargo): "carried on", not "removed".
CARRIED_BY_REFERENCE = "carried on by reference to"
#: :attr:`Shift.detail` of a carve-out from a lifting ("shall no longer apply ... except
#: in relation to items in Annex A"): removed, the measure is lifted in full (softer);
#: added, part of it is kept (stronger). Worded so, not as an exemption from a measure,
#: whose directions are the reverse.
CARVED_FROM_LIFTING = "exception to a lifting"
#: :attr:`Shift.detail` of a life-cycle shift whose winding-down words end an exemption
#: ("the exemption ... shall expire", "this paragraph shall no longer apply after ..." in a
#: paragraph that carves out of a measure): come, the measure applies in full again
#: (stronger); gone, the exemption goes on (softer).
EXEMPTION_ENDED = "end of an exemption"
#: :attr:`Shift.detail` of a polarity shift: an ask turned into its contrary.
ASK_REVERSED = "ask reversed"
#: :attr:`Shift.detail` of a paragraph added or dropped whose words (nearly all) stand in
#: a paragraph of the other draft: named, not weighed; its note says where.
WORDS_ELSEWHERE = "words kept elsewhere"

#: The :attr:`Shift.detail` of an Article 39 determination kept whose threatened peace
#: widened or narrowed ("international peace and security" → "regional and
#: international peace and security").
THREATENED = "what is threatened"

#: The :attr:`Shift.detail` of an Article 39 determination kept whose situation is named
#: in a narrower place, or back in the whole State ("the situation in Sudan" → "the
#: situation in Darfur"): the wording of the finding, not a finding made or withdrawn.
PLACE_OF_THREAT = "place of the determination"

#: The :attr:`Shift.detail` of a finding short of Article 39 made in both texts, raised
#: from a danger to the peace to a threat to it or lowered back ("incidents of this nature
#: endanger international peace" → "such armed attacks ... pose a serious threat to the
#: peace and security of independent African States"): the finding kept, its degree moved.
FINDING_DEGREE = "degree of the finding"

#: The :attr:`Shift.detail` of a Chapter VII flag made or left out whose only form on its
#: side is the Council acting on its earlier Chapter VII decisions ("Acting in accordance
#: with previous decisions ..., taken under Chapter VII"): the measures stand under those
#: decisions either way, so the recital's coming or going is framing, weighed as the
#: wording of its paragraph, not as Chapter VII invoked or withdrawn.
CHAPTER_VII_RECALLED = "Chapter VII by reference to earlier decisions"

#: The :attr:`Shift.detail` of an Article 39 determination made where the old text found
#: the same situation a threat in other words ("Recognizing that ... remains a threat" →
#: "Determining that ... continues to constitute a threat", S/RES/2557 → 2611): a finding
#: raised to a formal determination, stronger (four of the pair's five judges).
FINDING_RAISED = "finding raised to a determination"

#: The details a rule gives a lead's shift (``verb``, ``lead``, ``censure``) to say why it
#: weighs as it does: never the quote of a clause (:attr:`Shift.clause_words`). A rule that
#: names a lead's shift with a detail of its own adds it here.
LEAD_REASONS = frozenset(
    {
        RESTATED,
        WINDING_DOWN,
        SAME_WARNING,
        ASK_RECAST,
        ASK_REVERSED,
        FLAG_STILL_HELD,
        FLAG_ALREADY_HELD,
        WORDS_ELSEWHERE,
        NOT_RESTATED,
        CARVED_FROM_LIFTING,
        THREATENED,
        PLACE_OF_THREAT,
    }
)

#: Between the words a qualifier shift quotes as the text prints them and the lexicon
#: entry they are a form of, in :attr:`Shift.old` / :attr:`Shift.new`: "at the request
#: of” (“upon request" (the reports put the outer quotation marks around it).
SHOWN_AS = "” (“"


def shown_as(words: str, entry: str) -> str:
    """A qualifier as a shift quotes it: the words as printed, and the entry they are a
    form of when they read otherwise ("at the request of” (“upon request")."""
    return words if words.lower() == entry else f"{words}{SHOWN_AS}{entry}"


def shown_parts(shown: str) -> tuple[str, str | None]:
    """The words as printed and the entry of a qualifier quoted by :func:`shown_as`; the
    entry ``None`` where the words are the entry."""
    words, sep, entry = shown.partition(SHOWN_AS)
    return (words, entry) if sep else (shown, None)
