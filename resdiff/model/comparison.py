"""The comparison side of the model: a :class:`Comparison` of two drafts, its
:class:`Change` s (with the :class:`Shift` s of :mod:`.shift`), the :class:`Summary` and its
key changes, and the version of its JSON contract (:data:`COMPARISON_SCHEMA`)."""

# No ``from __future__ import annotations``: pydantic reads the fields' annotations as
# objects instead of evaluating strings (12 of the 630 million instructions of importing
# the model); the few that name a class defined later (or the class itself) are quoted.

import datetime as _dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ConfigDict, Field, model_validator

from ..display import hook
from ..plain import one_line
from ..safe import printable

if TYPE_CHECKING:
    import pandas

from .draft import (
    ClauseStart,
    DocumentKind,
    DocumentStatus,
    Frozen,
    Heading,
    MeasureMode,
    ParseWarning,
    Section,
    preorder,
    ref_span,
)

# The shift and the words verdicts are told in live in .shift; named here again ("as"
# re-exports) so that they stay importable from this module, where they stood first.
from .shift import ASK_RECAST as ASK_RECAST
from .shift import ASK_REVERSED as ASK_REVERSED
from .shift import CARRIED_BY_REFERENCE as CARRIED_BY_REFERENCE
from .shift import CARVED_FROM_LIFTING as CARVED_FROM_LIFTING
from .shift import CHANGE_KINDS as CHANGE_KINDS
from .shift import CHAPTER_VII_RECALLED as CHAPTER_VII_RECALLED
from .shift import CLAUSE_BREAK as CLAUSE_BREAK
from .shift import CLAUSE_LEADS as CLAUSE_LEADS
from .shift import EXEMPTION_ENDED as EXEMPTION_ENDED
from .shift import FINDING_DEGREE as FINDING_DEGREE
from .shift import FINDING_RAISED as FINDING_RAISED
from .shift import FLAG_ALREADY_HELD as FLAG_ALREADY_HELD
from .shift import FLAG_STILL_HELD as FLAG_STILL_HELD
from .shift import LEAD_REASONS as LEAD_REASONS
from .shift import NOT_RESTATED as NOT_RESTATED
from .shift import PLACE_OF_THREAT as PLACE_OF_THREAT
from .shift import RESTATED as RESTATED
from .shift import RESTATED_FLAG_NOTE as RESTATED_FLAG_NOTE
from .shift import SAME_WARNING as SAME_WARNING
from .shift import SHIFT_FEATURES as SHIFT_FEATURES
from .shift import THREATENED as THREATENED
from .shift import WINDING_DOWN as WINDING_DOWN
from .shift import WORDS_ELSEWHERE as WORDS_ELSEWHERE
from .shift import ChangeKind as ChangeKind
from .shift import Direction as Direction
from .shift import FlagStatus as FlagStatus
from .shift import KindCounts as KindCounts
from .shift import MatchMethod as MatchMethod
from .shift import NetDirection as NetDirection
from .shift import Redline as Redline
from .shift import Shift as Shift
from .shift import join_clauses as join_clauses
from .shift import quoting_both as quoting_both
from .shift import symbol_key as symbol_key
from .versions import renamed_to

# ---------------------------------------------------------------------------------------
# The comparison model: what resdiff.compare returns. Renderers consume only this.

#: What stands between the parts of a split or merge in a change's redline: a paragraph
#: break. An inserted break is where a paragraph was cut in two, a deleted one where two
#: were joined, so reports can show, and Word can track, the new paragraph structure.
PART_BREAK = "\n"

#: The tag of the Word content controls that hold a resdiff Word report's own matter
#: (title, key changes, tables, notes): the Word reader skips them, so a report reads
#: back as the two drafts it tracks.
REPORT_TAG = "resdiff-report"
#: The alias (the name Word shows) of those content controls. LibreOffice keeps the alias
#: when it saves a report again but drops the tag, so either marks the control.
REPORT_ALIAS = "resdiff report"
#: The custom document property a resdiff Word report without tracked text (a precedents
#: report) names its kind in, so that reading it back as a draft is warned of.
REPORT_PROPERTY = "resdiff report"


class Change(Frozen):
    """One change between the two drafts: a pair (or group) of aligned clauses, or an
    added or dropped one.

    ``old`` and ``new`` list the refs on each side: empty for added or dropped, several for
    a split or merge. ``match`` says how the clauses were paired and ``score`` how similar
    they are (0–1). ``moved`` means the clause changed its order relative to the other
    matched clauses. ``redline`` turns the old text into the new one; in a split or merge
    the parts' texts are joined by :data:`PART_BREAK`, so the redline shows where a
    paragraph was cut or where two were joined; each part's text is its full text
    (:meth:`Clause.full_text`), and when a part has sub-paragraphs ``old_starts`` and
    ``new_starts`` say where each clause of the parts starts in it.

    ``kind`` is the verdict: ``added``, ``dropped``, ``unchanged``, ``reworded`` (other
    words, no shift in strength), ``softened``, ``strengthened`` or ``mixed`` (shifts
    both ways). ``shifts`` are the named reasons for it (:class:`Shift`, each with
    ``describe()``); a neutral shift (a date or a symbol moved on) names what changed
    without weighing it. ``section`` is the section the clause stands in, the new
    draft's (the old one's for a dropped clause), and ``old_section`` the old draft's
    (``None`` for an added clause): they differ where a recital became an operative
    paragraph or the reverse. ``children`` are the changes of the sub-paragraphs, each
    a :class:`Change` of its own (``OP4(a)``, ``old OP6(b)``).
    """

    kind: ChangeKind
    old: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    moved: bool = False
    section: Section
    old_section: Section | None = None
    match: MatchMethod
    score: float = Field(ge=0.0, le=1.0)
    shifts: tuple[Shift, ...] = ()
    redline: Redline = ()
    children: "tuple[Change, ...]" = ()
    old_starts: tuple[ClauseStart, ...] = Field(
        default=(),
        description="For a split or merge whose parts have sub-paragraphs: every clause "
        "of the old parts (each part, then its sub-paragraphs in reading order) with where "
        "it starts in the old text of the redline, so that reports can lay the "
        "sub-paragraphs out; empty otherwise (each part then starts after a PART_BREAK).",
    )
    new_starts: tuple[ClauseStart, ...] = Field(
        default=(),
        description="The same for the new parts, in the new text of the redline.",
    )

    def __eq__(self, other: object) -> bool:
        """A change equals its kind's name (``change == "softened"``, as tests write it;
        the pytest plugin explains the assertion when it fails), and another change with
        the same fields."""
        if isinstance(other, str):
            return self.kind == other
        return super().__eq__(other)

    # Defining __eq__ would otherwise unset the hash a frozen model has.
    def __hash__(self) -> int:
        return super().__hash__()

    @property
    def old_text(self) -> str:
        """The old side's text, from the redline."""
        return "".join(text for op, text in self.redline if op <= 0)

    @property
    def new_text(self) -> str:
        """The new side's text, from the redline."""
        return "".join(text for op, text in self.redline if op >= 0)

    @property
    def refs(self) -> tuple[str, ...]:
        """Every ref this change touches, new side first."""
        return self.new + tuple(r for r in self.old if r not in self.new)

    @property
    def label(self) -> str:
        """``OP3 → OP4``, ``new OP3 (added)``, ``old OP3 (dropped)``, ``OP2 + OP3 → OP2``
        for reports. An added or dropped provision names its side, so that "old PP9
        (dropped)" and "new PP9 (added)" never read as the same paragraph."""
        old = " + ".join(self.old)
        new = " + ".join(self.new)
        if not self.old:
            return f"new {new} (added)"
        if not self.new:
            return f"old {old} (dropped)"
        return new if old == new else f"{old} → {new}"

    @property
    def weight(self) -> float:
        """How much this change counts in the document balance: its heaviest directional
        shift, its sub-paragraphs' included."""
        return max(
            (s.weight for c in self.walk() for s in c.shifts if s.direction != "neutral"),
            default=0.0,
        )

    def __str__(self) -> str:
        """The change in words, as the text report prints it: label, verdict, each shift
        in plain words and the redline (:func:`resdiff.render.text.render_change`):
        ``print(cmp.change_for("OP3"))`` says what became of a provision and why."""
        text: str = hook("change_text")(self)
        return printable(text)

    #: IPython's plain view: one line (:mod:`resdiff.plain`); ``repr()`` is the whole model.
    _repr_pretty_ = one_line

    def walk(self) -> "Iterator[Change]":
        """This change, then the changes of its sub-paragraphs."""
        # A change without sub-paragraphs (most) without a generator: a comparison's
        # passes walk every change, 15,000 walks for 500 paragraphs.
        return preorder(self) if self.children else iter((self,))


class NumberedClause(Frozen):
    """A clause's ref and its number as printed (``"5."``, ``"(a)"``, ``"ii."``, or
    ``None`` for an unnumbered one), as :attr:`DraftInfo.clauses` lists them."""

    ref: str
    label: str | None = None
    tracked_by: tuple[str, ...] = Field(
        default=(),
        description="Who made the tracked changes in the clause's own words (see "
        ":attr:`Clause.tracked_by`).",
    )


class DraftInfo(Frozen):
    """What a comparison keeps of each draft: enough for every report to name it and to
    say what it is (``kind`` and ``status``: a draft, a vetoed draft, an adopted
    resolution, a presidential statement) and whether it could be analysed.

    ``symbol`` is the document symbol the text prints (``S/RES/1695 (2006)``), ``None``
    for a draft that has none yet; ``name`` is what reports call the draft: the symbol,
    else the file's name, else ``"draft"``, with " (original)" after it for the original
    version of a file with tracked changes (:attr:`Draft.name`); ``path`` is the path or
    name it was read from, as given (``None`` for text given directly). ``sponsors``
    and ``date`` are read from the masthead (``date`` is the adoption or masthead date);
    ``preamble`` and ``operative`` count its top-level paragraphs; ``chapter_vii`` and
    ``art39`` say whether it acts under Chapter VII and makes an Article 39
    determination; ``language`` is the ISO 639-1 code of its language where it could be
    told.
    """

    symbol: str | None = None
    name: str
    kind: DocumentKind | None = None
    status: DocumentStatus | None = None
    sponsors: tuple[str, ...] = ()
    date: _dt.date | None = None
    preamble: int = 0
    operative: int = 0
    chapter_vii: bool = False
    art39: bool = False
    path: str | None = None
    language: str | None = None
    analysis_unavailable: bool = Field(
        default=False,
        description="The draft is in a language the lexicon cannot read: its flags are unknown.",
    )
    clauses: tuple[NumberedClause, ...] = Field(
        default=(),
        description="Every clause in the order printed (sub-paragraphs after their "
        "paragraph; a resolution in parts with part B's own recitals after part A's "
        "operative paragraphs, as :attr:`Draft.printed` lists them) with its printed "
        "number, so that a report writes the draft in its own order and numbering; "
        "empty in documents written before it was kept (refs then give both).",
    )
    headings: tuple[Heading, ...] = Field(
        default=(),
        description="The draft's headings, each with the ref of the clause it stands "
        "before, so that a report can place them.",
    )
    warnings: tuple[ParseWarning, ...] = Field(
        default=(),
        description="What the reader and the analysis warned of (bracketed text read as "
        "agreed, a numbering gap, an unknown verb), so that a report forwarded to someone "
        "who did not run the command still says it; empty in documents written before "
        "version 6.",
    )


class MeasureChange(Frozen):
    """A sanctions measure added, dropped or changed in mode between the drafts."""

    measure: str
    label: str
    old_mode: MeasureMode | None = None
    new_mode: MeasureMode | None = None
    ref: str | None = None

    @property
    def status(self) -> Literal["added", "dropped", "changed"]:
        """``added``, ``dropped``, or ``changed`` (in mode)."""
        if self.old_mode is None:
            return "added"
        if self.new_mode is None:
            return "dropped"
        return "changed"


class HeadingChange(Frozen):
    """A heading added or removed between the drafts, or a lead-in of operative
    paragraphs ("Resolves:", :attr:`Heading.lead_in`) added, removed or changed
    ("Resolves:" → "Decides:", ``old_text`` the old words). A lead-in is named, never
    weighed: the paragraphs it governs carry its verb, and their changes are weighed."""

    kind: Literal["added", "dropped", "changed"]
    text: str
    section: Section
    lead_in: bool = Field(default=False, description="Whether this is a lead-in.")
    old_text: str | None = Field(
        default=None, description="A lead-in changed: its words in the old draft."
    )

    def describe(self) -> str:
        """In words, as every report words it: ``added “Political process” (operative
        part)``; a lead-in ``lead-in changed “Resolves:” → “Decides:” (operative part)``."""
        part = "preamble" if self.section == "preamble" else "operative part"
        if self.lead_in:
            words = (
                f"“{self.old_text}” → “{self.text}”"
                if self.old_text is not None
                else f"“{self.text}”"
            )
            return f"lead-in {self.kind} {words} ({part})"
        return f"{self.kind} “{self.text}” ({part})"


class KeyChange(Frozen):
    """One of the few changes a reader must see first, heaviest first.

    ``label`` names the provision as reports do (``OP3 → OP4``, ``new OP8 (added)``),
    or, for the items of one changed lead-in that change alike, ``lead-in over OP1–OP6``
    (``old`` and ``new`` then list every item);
    ``headline`` says the change in one line from its heaviest shift; ``shifts`` are the
    shifts that carry its weight, heaviest first. ``kind`` is the change's verdict (as
    :attr:`Change.kind`), ``direction`` the way it moves the text (``softer`` or
    ``stronger``; ``neutral`` only where nothing weighs either way) and ``weight`` how
    much it counts in the document's balance, by which key changes are ordered.
    """

    label: str
    old: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    kind: ChangeKind
    direction: Direction
    weight: float = Field(ge=0.0)
    headline: str
    shifts: tuple[Shift, ...] = ()


class Summary(Frozen):
    """The document-level verdict of a comparison.

    ``weight_softer`` and ``weight_stronger`` sum the weights of every softer and stronger
    shift, as the direction weighs them (a renewal the new text still makes in another
    paragraph, named where the old paragraph stated it, weighs nothing). ``direction`` is
    decided headline first: the balance of the headline changes (Chapter VII, Article 39,
    force, measures and their life cycle, caps and durations; one fact told in several
    paragraphs counts once) decides when there are any; a class
    that is balanced (or empty) hands the decision to operative language, then to
    preambular language; "mixed" only when every class is balanced. So a headline change
    outweighs many small changes the other way, and the direction may differ from the
    plain sums. ``key_changes`` are the few changes reports open with, headline first.
    The flags (``chapter_vii``, ``art39``, ``use_of_force``) are ``unknown`` when either
    draft could not be analysed (a text not in English): never "absent" for want of
    reading.

    ``counts`` gives the number of changes of each kind (``{"added": 3, "softened": 5,
    ...}``, every kind present, top-level paragraphs only) and ``moved`` how many of the
    paired paragraphs changed their order. ``measures_added``, ``measures_dropped`` and
    ``measures_changed`` are the sanctions measures and mandates imposed in one draft
    only, or in both in another mode (:class:`MeasureChange`: mandatory, hortatory,
    voluntary). ``headings`` are the headings and lead-ins added, dropped or changed
    (:class:`HeadingChange`), named, not weighed.
    """

    counts: KindCounts
    moved: int = 0
    chapter_vii: FlagStatus
    art39: FlagStatus
    use_of_force: FlagStatus = "absent"
    measures_added: tuple[MeasureChange, ...] = ()
    measures_dropped: tuple[MeasureChange, ...] = ()
    measures_changed: tuple[MeasureChange, ...] = ()
    headings: tuple[HeadingChange, ...] = ()
    direction: NetDirection
    direction_note: str | None = Field(
        default=None,
        description="Why the direction was weighed as it was, when it was not weighed on "
        "every change: a follow-up text that cites the old resolution and renews nothing "
        "is weighed on what it adds and changes (what it does not repeat stands).",
    )
    weight_softer: float = Field(default=0.0, ge=0.0)
    weight_stronger: float = Field(default=0.0, ge=0.0)
    key_changes: tuple[KeyChange, ...] = ()

    def step_fields(self) -> dict[str, Any]:
        """The fields a product's step copies from the summary (a lineage's step, a
        series' renewal), by name: one list, so the two products cannot drift apart."""
        return {
            "direction": self.direction,
            "counts": dict(self.counts),
            "chapter_vii": self.chapter_vii,
            "art39": self.art39,
            "use_of_force": self.use_of_force,
            "measures_added": self.measures_added,
            "measures_dropped": self.measures_dropped,
            "measures_changed": self.measures_changed,
            "key_changes": self.key_changes,
            "weight_softer": self.weight_softer,
            "weight_stronger": self.weight_stronger,
            "headings": self.headings,
        }


#: What part of the texts outside the numbered paragraphs a :class:`TextChange` is about.
TextPart = Literal["annex", "footnotes"]


class TextChange(Frozen):
    """A part of the texts outside the numbered paragraphs that differs between the
    drafts: an annex (its title and paragraphs), or the footnotes, taken together. Its
    words are shown as a redline (in diff-match-patch ops over the part's lines joined by
    newlines); it is named, never weighed: an annex holds lists, mandates and names the
    operative paragraphs refer to, whose change a reader must see, but whose strength the
    lexicon does not read."""

    part: TextPart
    title: str = Field(description="The annex's title line, or 'Footnotes'.")
    kind: Literal["added", "dropped", "changed"]
    redline: Redline = ()


class WholeText(Frozen):
    """An annex or the footnotes of either draft, whole, in the order the texts print
    them (resdiff.comparison/9; resdiff.comparison/10 says where an annex printed in another
    order stood in the old draft): one that differs by the index of its
    :class:`TextChange` in :attr:`Comparison.text_changes`, one that does not by its own
    redline (its words kept; a change of typography alone shown as such), so that a
    renderer can write out both drafts' annexes and footnotes without a draft's text
    held twice."""

    part: TextPart
    title: str = Field(description="The annex's title line, or 'Footnotes'.")
    change: int | None = Field(
        default=None, ge=0, description="Index of its entry in text_changes, if it differs."
    )
    redline: Redline = Field(default=(), description="Its words, when it does not differ.")
    moved_from: int | None = Field(
        default=None,
        ge=0,
        description="An annex both drafts print, the new one in another order: its place "
        "among the old draft's annexes (from 0), so that a tracked report can show it moved. "
        "Null where it did not move (resdiff.comparison/10).",
    )


#: The version of the comparison JSON contract this library writes.
COMPARISON_SCHEMA = "resdiff.comparison/10"
#: Versions it reads (older documents are upgraded on load).
COMPARISON_SCHEMAS_READ = (
    "resdiff.comparison/1",
    "resdiff.comparison/2",
    "resdiff.comparison/3",
    "resdiff.comparison/4",
    "resdiff.comparison/5",
    "resdiff.comparison/6",
    "resdiff.comparison/7",
    "resdiff.comparison/8",
    "resdiff.comparison/9",
    COMPARISON_SCHEMA,
)


class Comparison(Frozen):
    """The result of :func:`resdiff.compare`: every change in the new draft's order (each
    dropped clause where it stood), and the document summary.

    Reads well in a notebook: ``cmp.softened``, ``cmp.dropped``,
    ``cmp.where(section="operative")``, ``cmp.change_for("OP3")``; ``str(cmp)`` is a text
    report. ``cmp.model_dump_json()`` is the public JSON contract
    (``schema: "resdiff.comparison/10"``); ``Comparison.model_validate_json`` also reads
    documents of version 9, which did not say where an annex printed in another order
    stood (:attr:`WholeText.moved_from`), of version 8, which held only the annexes and
    footnotes that differ (:attr:`texts`), of version 7, which knew no lead-ins of
    operative paragraphs (:attr:`Heading.lead_in`, :attr:`HeadingChange.lead_in`), of
    version 6, which kept no tracked-change authors of the clauses
    (:attr:`NumberedClause.tracked_by`), of version 5, which kept no warnings of the
    drafts (:attr:`DraftInfo.warnings`), of version 4, which had no changes of annexes
    and footnotes
    (:attr:`text_changes`), of version 3, which had no note on how the direction was weighed
    (:attr:`Summary.direction_note`), of version 2, which had no clause starts in a split
    or merge (:attr:`Change.old_starts`) either, and of version 1, which had no weights
    and no key changes either.

    ``schema`` (``schema_`` in Python) names the contract; ``old`` and ``new`` are what
    the comparison keeps of each draft (:class:`DraftInfo`); ``changes`` are the
    :class:`Change` of every paragraph; ``summary`` is the verdict on the whole text
    (:class:`Summary`), its key changes included.
    """

    schema_: Literal["resdiff.comparison/10"] = Field(
        default="resdiff.comparison/10", alias="schema"
    )
    old: DraftInfo
    new: DraftInfo
    changes: tuple[Change, ...]
    summary: Summary
    text_changes: tuple[TextChange, ...] = Field(
        default=(),
        description="Annexes and footnotes that differ between the drafts, with their "
        "words: named, never weighed.",
    )
    texts: tuple[WholeText, ...] | None = Field(
        default=None,
        description="Every annex and the footnotes of either draft, in the order printed "
        "(the new draft's, a dropped annex where the old draft had it; footnotes last): "
        "those that differ by their index in text_changes, the others with their words. "
        "Null when not known (a document of version 8 or older, which held only the "
        "annexes and footnotes that differ); empty when neither draft has any.",
    )

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Versions 1 to 9 differ only by what later versions added (version 2: weights,
        # key changes, detail; version 3: the clause starts of a split or merge; version
        # 4: the note on how the direction was weighed; version 5: the changes of annexes
        # and footnotes; version 6: the drafts' warnings; version 7: who made the tracked
        # changes of each clause; version 8: the lead-ins; version 9: the annexes and
        # footnotes whole, ``texts``; version 10: where a moved annex stood,
        # ``WholeText.moved_from``), all of which default: the
        # document is read as it is, under the new name.
        return renamed_to(data, COMPARISON_SCHEMAS_READ, COMPARISON_SCHEMA)

    @model_validator(mode="after")
    def _texts_point_at_changes(self) -> "Comparison":
        # A document edited by hand must not point a whole text at a change it lacks.
        for text in self.texts or ():
            if text.change is not None and text.change >= len(self.text_changes):
                raise ValueError(f"texts: change {text.change} is not in text_changes")
        return self

    @property
    def key_changes(self) -> tuple[KeyChange, ...]:
        """The few changes to read first, headline first (``summary.key_changes``)."""
        return self.summary.key_changes

    def _of_kind(self, kind: ChangeKind) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind == kind)

    @property
    def added(self) -> tuple[Change, ...]:
        """Changes whose clauses are new."""
        return self._of_kind("added")

    @property
    def dropped(self) -> tuple[Change, ...]:
        """Changes whose clauses were removed."""
        return self._of_kind("dropped")

    @property
    def softened(self) -> tuple[Change, ...]:
        """Changes that weaken a clause."""
        return self._of_kind("softened")

    @property
    def strengthened(self) -> tuple[Change, ...]:
        """Changes that strengthen a clause."""
        return self._of_kind("strengthened")

    @property
    def mixed(self) -> tuple[Change, ...]:
        """Changes that weaken one thing and strengthen another."""
        return self._of_kind("mixed")

    @property
    def reworded(self) -> tuple[Change, ...]:
        """Changes of wording with no shift in strength."""
        return self._of_kind("reworded")

    @property
    def unchanged(self) -> tuple[Change, ...]:
        """Clauses that are the same in both drafts (possibly moved)."""
        return self._of_kind("unchanged")

    @property
    def moved(self) -> tuple[Change, ...]:
        """Changes whose clause changed its order relative to the others."""
        return tuple(c for c in self.changes if c.moved)

    @property
    def edits(self) -> tuple[Change, ...]:
        """Every change that is not ``unchanged`` or that moved."""
        return tuple(c for c in self.changes if c.kind != "unchanged" or c.moved)

    def where(
        self,
        *,
        kind: ChangeKind | None = None,
        section: Section | None = None,
        moved: bool | None = None,
        feature: str | None = None,
    ) -> tuple[Change, ...]:
        """Changes matching every given filter (``feature`` looks in the named shifts).
        ``ValueError`` for a kind, section or feature that does not exist ("softend",
        "operatve", "hedges"), which would otherwise match nothing silently."""
        for name, value, allowed in (
            ("kind", kind, CHANGE_KINDS),
            ("section", section, ("preamble", "operative")),
            ("feature", feature, SHIFT_FEATURES),
        ):
            if value is not None and value not in allowed:
                raise ValueError(
                    f"where({name}={value!r}): not a {name}; one of {', '.join(allowed)}"
                )
        found = []
        for change in self.changes:
            if kind is not None and change.kind != kind:
                continue
            if (
                section is not None
                and change.section != section
                and (change.old_section != section)
            ):
                continue
            if moved is not None and change.moved != moved:
                continue
            if feature is not None and not any(
                s.feature == feature for c in change.walk() for s in c.shifts
            ):
                continue
            found.append(change)
        return tuple(found)

    def change_for(self, ref: str, *, side: Literal["new", "old", "any"] = "any") -> Change:
        """The change touching this ref (``"OP3"`` or ``"OP3(a)"``); new-side refs are tried
        first. ``KeyError`` if none, naming the refs each draft has; ``ValueError`` for a
        side that is not ``"new"``, ``"old"`` or ``"any"``."""
        if side not in ("new", "old", "any"):
            raise ValueError(f"change_for(side={side!r}): side is 'new', 'old' or 'any'")
        wanted = ref.replace(" ", "").upper()
        sides: tuple[Literal["new", "old"], ...] = ("new", "old") if side == "any" else (side,)
        for which in sides:
            for top in self.changes:
                for change in top.walk():
                    refs = change.new if which == "new" else change.old
                    if wanted in (r.upper() for r in refs):
                        return change
        old = ref_span(r for c in self.changes for r in c.old)
        new = ref_span(r for c in self.changes for r in c.new)
        where = {"any": f"the old draft has {old}; the new, {new}", "old": f"it has {old}"}
        side_said = "" if side == "any" else f" on the {side} side"
        raise KeyError(
            f"{ref}: no change touches this ref{side_said} ({where.get(side, f'it has {new}')})"
        )

    def __str__(self) -> str:
        """The text report (:func:`resdiff.render.text.render_text`)."""
        text: str = hook("comparison_text")(self)
        # A draft is untrusted: its control characters are shown as escapes, not sent to
        # the terminal or log that prints the report (as the command line does).
        return printable(text)

    #: IPython's plain view: one line (:mod:`resdiff.plain`); ``repr()`` is the whole model.
    _repr_pretty_ = one_line

    def _repr_html_(self) -> str:
        """Jupyter's view: the HTML report as an embeddable fragment
        (:func:`resdiff.notebook.comparison_html`)."""
        html: str = hook("comparison_html")(self)
        return html

    def to_dataframe(self, *, children: bool = False) -> "pandas.DataFrame":
        """The changes as a pandas DataFrame, one row per change (sub-paragraph changes too
        with ``children=True``); see :func:`resdiff.notebook.comparison_dataframe`. Needs
        pandas: ``pip install 'resdiff[notebook]'``."""
        return hook("comparison_dataframe")(self, children=children)
