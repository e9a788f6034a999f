"""Histories: provisions followed through several revisions of a draft.

:func:`history` reads the revisions of a text (oldest first), compares each with the
next through :func:`resdiff.compare`, and chains the pairwise changes into
**provisions**: one per paragraph lineage, with its ref at every revision, what each
revision did to it (kind and named shifts), the revision that introduced it and the one
that dropped it, and its strength on both axes at every revision (its strongest clause).

Provisions are top-level paragraphs (preambular and operative); a sub-paragraph's changes
roll up into its paragraph's step, as they do in a comparison.

Splits and merges
-----------------
A comparison may pair one paragraph with several (a split) or several with one (a
merge). A provision must keep one ref per revision, so:

- **split**: the provision continues in the *first* part; every further part starts a
  new provision introduced at that revision, with ``split_from`` naming the parent (and
  the parent's ``split_into`` naming it). The new provision's first step is the split
  change itself (its kind and shifts, ``match == "split"``), not "added": its words were
  already there.
- **merge**: the paragraph continues the provision of the *first* old part; every other
  part ends there, with ``merged_into`` naming the survivor (whose ``merged_from`` names
  it). Its last step is the merge change; it is *not* counted as dropped, since its words
  live on in the merged paragraph.

A provision dropped and later written back (the same words returning two revisions on)
is two provisions: only consecutive revisions are compared, which is what negotiators
read ("what did this draft change?").
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ConfigDict, Field, model_validator

from .display import hook
from .model import (
    DISPUTED_FLAG,
    Change,
    ChangeKind,
    Clause,
    Comparison,
    DocumentKind,
    DocumentStatus,
    Draft,
    Frozen,
    HeadingChange,
    MatchMethod,
    Section,
    Shift,
)
from .model.versions import renamed_to
from .plain import one_line, told_apart
from .provision_strength import Strength
from .provision_strength import strength as _strength
from .safe import printable
from .skipped import resolution_number, skipped_between

if TYPE_CHECKING:
    from .align import AlignOptions
    from .api import DraftSource
    from .classify import Classifier
    from .lexicon import Lexicon

__all__ = [
    "History",
    "Provision",
    "Revision",
    "Step",
    "Strength",
    "distinct_revisions",
    "history",
]


class Revision(Frozen):
    """One revision of the text, as a history keeps it: enough to name it in a report
    and to state its document-level flags."""

    index: int = Field(ge=0)
    name: str
    symbol: str | None = None
    kind: DocumentKind | None = None
    status: DocumentStatus | None = None
    date: _dt.date | None = None
    sponsors: tuple[str, ...] = ()
    preamble: int = 0
    operative: int = 0
    chapter_vii: bool = False
    chapter_vii_formula: str | None = None
    art39: bool = False
    use_of_force: bool = False
    path: str | None = None
    language: str | None = None
    analysis_unavailable: bool = False
    disputed: tuple[str, ...] = Field(
        default=(),
        description="The document flags ('chapter-vii', 'art39', 'use-of-force') this "
        "revision reads from words still in square brackets or in a labelled alternative: "
        "proposed, not agreed (the reader's 'disputed-...' warnings).",
    )
    skipped: tuple[str, ...] = Field(
        default=(),
        description="In a history of distinct resolutions: the resolutions this text cites "
        'numbered strictly between the revision before and this one ("363 (1974)"), not '
        "given to the history: where they are renewals of the same file, this step's "
        "changes are those of several; a resolution cited may be another file's (a "
        "conference, another mission). The text's own word, never a guess at numbering "
        "(none at revision 0, none in version 3 and older files).",
    )
    founding: str | None = None


def distinct_revisions(revisions: Sequence[Revision]) -> bool:
    """Whether ``revisions`` are distinct adopted texts, each with a symbol of its own
    (:attr:`History.distinct`, :attr:`resdiff.lineage.Lineage.distinct`)."""
    symbols = [r.symbol for r in revisions]
    return (
        len(symbols) > 1
        and all(s is not None for s in symbols)
        and len(set(symbols)) == len(symbols)
        and all(r.kind == "resolution" for r in revisions)
    )


class Step(Frozen):
    """What one revision did to a provision, relative to the revision before.

    ``kind``, ``match``, ``moved``, ``score`` and the refs come from the change in
    ``History.comparisons[revision - 1].changes[change]``; ``shifts`` gathers the shifts
    of that change and of its sub-paragraph changes, each naming the clause it was found
    in. A split or merge step is shared by every provision it touches.

    A provision written back after a gap (``restored_from`` set) is "added" in that
    comparison; its step compares it instead with the version last seen, at revision
    ``restored_from``, so ``kind`` and ``shifts`` say how it came back. One that was
    merged into another and is written out on its own again compares with that other
    paragraph in the revision before (``restored_from`` is then ``revision - 1``, and
    ``old`` names the paragraph it comes out of): what this revision did to it, not what
    it is beside its text of two revisions ago.
    """

    revision: int = Field(ge=1)
    kind: ChangeKind
    old: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    match: MatchMethod
    moved: bool = False
    score: float = Field(ge=0.0, le=1.0)
    shifts: tuple[Shift, ...] = ()
    change: int = Field(ge=0, description="Index of the change in its comparison.")
    restored_from: int | None = Field(
        default=None,
        description="For a provision written back after a gap: the revision it was last "
        "seen in, which kind, shifts and score compare against (for one merged into "
        "another and written out again: the revision before, where it stood merged).",
    )


class Provision(Frozen):
    """A paragraph followed through the revisions.

    ``refs``, ``steps`` and ``strength`` have one entry per revision. ``refs[k]`` is
    ``None`` where the provision is absent; ``steps[k]`` is ``None`` at revision 0 and
    wherever nothing happened to it (before it was introduced, after it ended).
    ``dropped`` is the revision that dropped it for good (``None`` when it stands in the
    last revision); a provision that merged into another is not dropped (see
    ``merged_into``). ``restored`` lists the revisions that wrote it back after a gap
    (after it was dropped, or merged into another).
    ``text`` is its own text (without sub-paragraphs) where it last stood, ``section``
    its part there.
    """

    id: str
    section: Section
    text: str
    introduced: int = Field(ge=0)
    dropped: int | None = None
    restored: tuple[int, ...] = ()
    refs: tuple[str | None, ...]
    steps: tuple[Step | None, ...]
    strength: tuple[Strength | None, ...]
    split_from: str | None = None
    split_into: tuple[str, ...] = ()
    merged_into: str | None = None
    merged_from: tuple[str, ...] = ()

    @property
    def present(self) -> tuple[bool, ...]:
        """Whether the provision stands in each revision."""
        return tuple(ref is not None for ref in self.refs)

    @property
    def last(self) -> int:
        """The last revision the provision stands in."""
        return max(k for k, ref in enumerate(self.refs) if ref is not None)

    @property
    def operative(self) -> bool:
        """Whether it ever stood in the operative part."""
        return self.section == "operative" or any(
            ref is not None and ref.upper().startswith("OP") for ref in self.refs
        )

    def ref_at(self, revision: int) -> str | None:
        """Its ref at this revision (negative indices count from the last)."""
        return self.refs[revision]

    def step_at(self, revision: int) -> Step | None:
        """What this revision did to it, ``None`` when nothing (or at revision 0)."""
        return self.steps[revision]

    def axis(self, axis: Literal["a", "b"]) -> tuple[int | None, ...]:
        """Its tier on one axis at each revision (``None`` where absent or unranked)."""
        return tuple(
            None if s is None else (s.axis_a if axis == "a" else s.axis_b) for s in self.strength
        )

    @property
    def kinds(self) -> tuple[ChangeKind | None, ...]:
        """The kind of each step (``None`` where there is no step)."""
        return tuple(s.kind if s else None for s in self.steps)

    @property
    def label(self) -> str:
        """A short name for reports: the refs it has held, ``OP4 → OP3``."""
        seen: list[str] = []
        for ref in self.refs:
            if ref is not None and (not seen or seen[-1] != ref):
                seen.append(ref)
        return " → ".join(seen) or self.id


class History(Frozen):
    """The result of :func:`history`: the revisions, the comparisons of consecutive
    revisions, and every provision followed through them.

    Reads well in a notebook: ``h.provision_for("OP3", revision=0)``, ``h.dropped``,
    ``h.introduced(2)``, ``h.chapter_vii``, ``h.headings_at(2)``; ``str(h)`` is a text
    timeline and the notebook shows the HTML timeline. ``h.model_dump_json()`` reads back with
    ``History.model_validate_json`` (``schema: "resdiff.history/5"``, whose revisions say
    what a founding text sets up, :attr:`Revision.founding`; version 4, whose revisions
    did not, version 3, whose revisions did not name the resolutions a step skips,
    version 2, whose revisions did not say which flags are in dispute, and version 1,
    whose comparisons were of version 4 and earlier, still read).
    """

    schema_: Literal["resdiff.history/5"] = Field(default="resdiff.history/5", alias="schema")
    revisions: tuple[Revision, ...]
    comparisons: tuple[Comparison, ...]
    provisions: tuple[Provision, ...]

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Version 5 adds the body a founding text sets up (none in older files).
        # Version 4 adds the resolutions each step skips, version 3 each revision's
        # disputed flags (none in older files); version 2 holds comparisons of version 5
        # (annexes and footnotes); version 1's read as they are, each comparison upgraded
        # by its own model.
        older = ("resdiff.history/1", "resdiff.history/2", "resdiff.history/3", "resdiff.history/4")
        return renamed_to(data, older, "resdiff.history/5")

    @model_validator(mode="after")
    def _consistent(self) -> History:
        n = len(self.revisions)
        if n == 0:
            raise ValueError("a history needs at least one revision")
        if len(self.comparisons) != n - 1:
            raise ValueError(f"{n} revisions need {n - 1} comparisons")
        for p in self.provisions:
            if not len(p.refs) == len(p.steps) == len(p.strength) == n:
                raise ValueError(f"provision {p.id}: one ref, step and strength per revision")
        return self

    # -- look-ups ------------------------------------------------------------------------

    def _index(self, revision: int) -> int:
        n = len(self.revisions)
        if not -n <= revision < n:
            raise IndexError(f"revision {revision} out of range: the history has {n}")
        return revision % n

    def provision_for(self, ref: str, revision: int = -1) -> Provision:
        """The provision whose paragraph has this ref at this revision (default: the
        last). A sub-paragraph ref (``"OP4(a)"``) finds its paragraph. ``KeyError`` if
        none."""
        k = self._index(revision)
        wanted = ref.replace(" ", "").upper().split("(", 1)[0]
        for p in self.provisions:
            at = p.refs[k]
            if at is not None and at.upper() == wanted:
                return p
        raise KeyError(f"{ref} at revision {k} ({self.revisions[k].name})")

    def provision(self, id: str) -> Provision:
        """The provision with this id (``"OP1@0"``); ``KeyError`` if none."""
        for p in self.provisions:
            if p.id == id:
                return p
        raise KeyError(id)

    def introduced(self, revision: int) -> tuple[Provision, ...]:
        """Provisions that first appear at this revision (split-off parts included)."""
        k = self._index(revision)
        return tuple(p for p in self.provisions if p.introduced == k)

    def dropped_at(self, revision: int) -> tuple[Provision, ...]:
        """Provisions this revision dropped (including any a later revision restored)."""
        k = self._index(revision)
        return tuple(
            p
            for p in self.provisions
            if (step := p.steps[k]) is not None and step.kind == "dropped"
        )

    def headings_at(self, revision: int) -> tuple[HeadingChange, ...]:
        """The headings this revision added or dropped and the lead-ins ("Resolves:") it
        added, dropped or changed, against the revision before: the comparison's own
        reading (``comparisons[revision - 1].summary.headings``, as ``compare`` names
        them); none at revision 0."""
        k = self._index(revision)
        return self.comparisons[k - 1].summary.headings if k else ()

    @property
    def dropped(self) -> tuple[Provision, ...]:
        """Provisions dropped for good: absent from the last revision, not merged into
        another."""
        return tuple(p for p in self.provisions if p.dropped is not None)

    @property
    def restored(self) -> tuple[Provision, ...]:
        """Provisions dropped at some revision and written back by a later one."""
        return tuple(p for p in self.provisions if p.restored)

    @property
    def surviving(self) -> tuple[Provision, ...]:
        """Provisions that stand in the last revision."""
        return tuple(p for p in self.provisions if p.refs[-1] is not None)

    @property
    def operative(self) -> tuple[Provision, ...]:
        """Provisions that stood in the operative part at some revision."""
        return tuple(p for p in self.provisions if p.operative)

    @property
    def chapter_vii(self) -> tuple[bool, ...]:
        """Whether each revision acts under Chapter VII."""
        return tuple(r.chapter_vii for r in self.revisions)

    @property
    def art39(self) -> tuple[bool, ...]:
        """Whether each revision makes an Article 39 determination."""
        return tuple(r.art39 for r in self.revisions)

    @property
    def use_of_force(self) -> tuple[bool, ...]:
        """Whether each revision authorizes the use of force."""
        return tuple(r.use_of_force for r in self.revisions)

    @property
    def names(self) -> tuple[str, ...]:
        """The revisions' names, oldest first."""
        return tuple(r.name for r in self.revisions)

    @property
    def distinct(self) -> bool:
        """Whether the revisions are distinct adopted texts (resolutions renewing a
        mandate or a regime, each with a symbol of its own) rather than drafts of one
        text: there, every renewal moves dates and citations on, and reports summarise
        what only moved on."""
        return distinct_revisions(self.revisions)

    def __str__(self) -> str:
        text: str = hook("history_text")(self)
        return printable(text)

    #: IPython's plain view: one line (:mod:`resdiff.plain`); ``repr()`` is the whole model.
    _repr_pretty_ = one_line

    def _repr_html_(self) -> str:
        html: str = hook("history_html")(self)
        return html


# ---------------------------------------------------------------------------------------
# Building a history


def _revision(index: int, name: str, draft: Draft, lexicon: Lexicon) -> Revision:
    from .series.grouping import founding

    return Revision(
        index=index,
        name=name,
        symbol=draft.symbol,
        kind=draft.kind,
        status=draft.status,
        date=draft.date,
        sponsors=draft.sponsors,
        preamble=len(draft.preamble),
        operative=len(draft.operative),
        chapter_vii=draft.chapter_vii,
        chapter_vii_formula=(
            draft.chapter_vii_formula.formula if draft.chapter_vii_formula else None
        ),
        art39=draft.art39,
        use_of_force=draft.use_of_force,
        path=draft.source.path if draft.source else None,
        language=draft.language,
        analysis_unavailable=draft.analysis_unavailable,
        founding=founding(draft, lexicon) if draft.kind == "resolution" else None,
        disputed=tuple(
            dict.fromkeys(
                w.code.removeprefix(DISPUTED_FLAG)
                for w in draft.warnings
                if w.code.startswith(DISPUTED_FLAG)
            )
        ),
    )


class _Builder:
    """A provision while the history is being built (mutable; frozen at the end)."""

    def __init__(self, ident: str, introduced: int, n: int, split_from: str | None = None):
        self.id = ident
        self.introduced = introduced
        self.refs: list[str | None] = [None] * n
        self.steps: list[Step | None] = [None] * n
        self.strength: list[Strength | None] = [None] * n
        self.dropped: int | None = None
        self.restored: list[int] = []
        self.split_from = split_from
        self.split_into: list[str] = []
        self.merged_into: str | None = None
        self.merged_from: list[str] = []
        self.clause: Clause | None = None
        self.section: Section = "operative"

    def freeze(self) -> Provision:
        assert self.clause is not None  # every provision stands in some revision
        return Provision(
            id=self.id,
            section=self.clause.section,
            text=self.clause.text,
            introduced=self.introduced,
            dropped=self.dropped,
            restored=tuple(self.restored),
            refs=tuple(self.refs),
            steps=tuple(self.steps),
            strength=tuple(self.strength),
            split_from=self.split_from,
            split_into=tuple(self.split_into),
            merged_into=self.merged_into,
            merged_from=tuple(self.merged_from),
        )


def _step(k: int, index: int, change: Change, restored_from: int | None = None) -> Step:
    return Step(
        revision=k,
        kind=change.kind,
        old=change.old,
        new=change.new,
        match=change.match,
        moved=change.moved,
        score=change.score,
        shifts=tuple(s for c in change.walk() for s in c.shifts),
        change=index,
        restored_from=restored_from,
    )


def _provisions(
    drafts: Sequence[Draft],
    comparisons: Sequence[Comparison],
    classifier: Classifier,
) -> list[Provision]:
    n = len(drafts)
    used_ids: set[str] = set()
    from .classify.folding import continuers

    going_on = continuers(classifier.lexicon)

    def new_id(ref: str, k: int) -> str:
        base = f"{ref}@{k}"
        ident, extra = base, 2
        while ident in used_ids:
            ident, extra = f"{base}-{extra}", extra + 1
        used_ids.add(ident)
        return ident

    owner: dict[str, _Builder] = {}
    order: list[_Builder] = []
    for clause in drafts[0].paragraphs:
        b = _Builder(new_id(clause.ref, 0), 0, n)
        owner[clause.ref] = b
        order.append(b)

    for k in range(n):
        if k:
            cmp = comparisons[k - 1]
            new_owner: dict[str, _Builder] = {}
            born: list[_Builder] = []
            added: list[tuple[int, _Builder, str]] = []
            for index, change in enumerate(cmp.changes):
                step = _step(k, index, change)
                if not change.old:
                    for ref in change.new:
                        b = _Builder(new_id(ref, k), k, n)
                        b.steps[k] = step
                        new_owner[ref] = b
                        born.append(b)
                        added.append((index, b, ref))
                    continue
                if not change.new:
                    for ref in change.old:
                        owner[ref].steps[k] = step
                        owner[ref].dropped = k
                    continue
                # The first old part carries on in the first new part; see the module
                # docstring for why the other parts end or begin here.
                head = owner[change.old[0]]
                head.steps[k] = step
                new_owner[change.new[0]] = head
                for ref in change.old[1:]:
                    merged = owner[ref]
                    merged.steps[k] = step
                    merged.merged_into = head.id
                    head.merged_from.append(merged.id)
                for ref in change.new[1:]:
                    part = _Builder(new_id(ref, k), k, n, split_from=head.id)
                    part.steps[k] = step
                    head.split_into.append(part.id)
                    new_owner[ref] = part
                    born.append(part)
            # Dropped earlier, or merged into another earlier: a provision a revision folds
            # into another and the next writes out again on its own (Japan-led OP5, merged
            # into China-Russia OP3, back as adopted OP4) is that provision, not a new one.
            gone = [
                b
                for b in order
                if (b.dropped is not None and b.dropped < k)
                or (b.merged_into is not None and b.refs[k - 1] is None and b.clause is not None)
            ]
            for b_old, b_new in _restore(gone, added, drafts[k], k, classifier, order):
                for ref, b in new_owner.items():
                    if b is b_new:
                        new_owner[ref] = b_old
                born.remove(b_new)
                used_ids.discard(b_new.id)
            owner = new_owner
        for clause in drafts[k].paragraphs:
            b = owner[clause.ref]
            b.refs[k] = clause.ref
            b.strength[k] = _strength(clause, going_on)
            b.clause = clause
        if k:
            _insert_new(order, [owner[c.ref] for c in drafts[k].paragraphs], born)
    return [b.freeze() for b in order]


def _restore(
    gone: list[_Builder],
    added: list[tuple[int, _Builder, str]],
    draft: Draft,
    k: int,
    classifier: Classifier,
    everyone: list[_Builder],
) -> list[tuple[_Builder, _Builder]]:
    """Pair paragraphs added at revision ``k`` with provisions dropped earlier, when the
    aligner (same thresholds as a comparison) would pair their texts: the provision was
    written back, and reads as one row with a gap rather than two.

    Each restored provision takes over the new one's ref and gets a step comparing the
    returning text with the version last seen. Returns (restored, discarded) pairs.
    """
    from .align import align
    from .shared_language import shares_language

    if not gone or not added:
        return []
    old = [b.clause for b in gone if b.clause is not None]
    by_ref = {c.ref: c for c in draft.paragraphs}
    new_refs = [ref for _, _, ref in added]
    new = [by_ref[ref] for ref in new_refs]
    hosts = {b.id: b for b in everyone}
    pairs: list[tuple[_Builder, _Builder]] = []
    # Paragraphs of different drafts: no tracked move of one file links them.
    for link in align(old, new, classifier.options.model_copy(update={"tracked_moves": False})):
        if len(link.old) != 1 or len(link.new) != 1:
            continue  # a split or merge across a gap is too loose a claim
        b_old = gone[link.old[0]]
        index, b_new, _ = added[link.new[0]]
        last = max(i for i, ref in enumerate(b_old.refs) if ref is not None)
        before = old[link.old[0]]
        host = hosts.get(b_old.merged_into) if b_old.merged_into is not None else None
        last_step = b_old.steps[k - 1]
        merged_last = last_step is not None and last_step.match == "merged"
        if (
            host is not None
            and merged_last
            and host.refs[k - 1] is not None
            and host.clause is not None
        ):
            # Merged into another paragraph by the revision before, now written out on its
            # own again (Japan-led OP5, in China-Russia OP3 "calls upon ... to exercise
            # vigilance", back as adopted OP4 "Requires ..."): this revision took it out
            # of that paragraph, and it is compared with it, as it stood in the revision
            # before. Compared with its own text of two revisions ago it read "softened"
            # where the step strengthened it. Merged longer ago, the host may no longer
            # hold it: then its own last text is the one to compare with.
            before, last = host.clause, k - 1
        change = classifier.change([before], [new[link.new[0]]], link)
        # A lead shared, no language, no one direction: two provisions (ONUMOZ 782 → 850).
        kind = None if change.kind == "mixed" else change.kind
        if not shares_language(before.full_text(), new[link.new[0]].full_text(), kind=kind):
            continue
        step = _step(k, index, change, restored_from=last)
        # The comparison with the previous revision says "added"; the move flag of a
        # link across a gap means nothing, so it is left off.
        b_old.steps[k] = step.model_copy(update={"moved": False, "new": (new_refs[link.new[0]],)})
        b_old.dropped = None
        b_old.restored.append(k)
        pairs.append((b_old, b_new))
    return pairs


def _insert_new(order: list[_Builder], present: list[_Builder], born: list[_Builder]) -> None:
    """Put the provisions born at this revision into the running order.

    Each goes just before the next provision of its revision that is already listed, so
    it lands after anything dropped at that place (as a comparison lists a dropped
    paragraph before the one added in its stead), and a split-off part follows its
    parent. With no such successor it goes at the end.
    """
    new_ids = {b.id for b in born}
    pending: list[_Builder] = []
    for b in present:
        if b.id in new_ids:
            pending.append(b)
            continue
        if pending:
            at = next(i for i, o in enumerate(order) if o is b)
            order[at:at] = pending
            pending = []
    order.extend(pending)


def _with_skipped(revisions: tuple[Revision, ...], drafts: Sequence[Draft]) -> tuple[Revision, ...]:
    """Each revision of a history of distinct resolutions with the resolutions its text
    cites between the revision before and itself (:func:`resdiff.skipped.skipped_between`);
    drafts of one text, or texts without a resolution symbol, skip nothing."""
    numbers = [resolution_number(d.symbol) for d in drafts]
    given = {n for n in numbers if n is not None}
    out = list(revisions)
    for k in range(1, len(drafts)):
        before = numbers[k - 1]
        if before is None or before == numbers[k]:
            continue
        skipped = skipped_between(before, drafts[k], given)
        if skipped:
            out[k] = out[k].model_copy(update={"skipped": skipped})
    return tuple(out)


def history(
    drafts: Sequence[DraftSource],
    *,
    names: Sequence[str] | None = None,
    options: AlignOptions | None = None,
    lexicon: Lexicon | None = None,
) -> History:
    """Follow every provision through the revisions of a text, oldest first.

    ``drafts`` are drafts or anything :func:`resdiff.parse` reads (paths, text); each is
    read once, then each revision is compared with the next by :func:`resdiff.compare`
    (``options`` and ``lexicon`` as there). ``names`` labels the revisions in reports
    (default: each draft's symbol, else its file name; revisions that would read alike,
    two of one draft resolution, told apart by date, else by file:
    :func:`resdiff.plain.told_apart`).

    Returns an immutable :class:`History`. Raises ``ValueError`` for no drafts or a
    ``names`` of the wrong length, and :class:`resdiff.ResolutionParseError` for input
    that cannot be read.
    """
    from .align import AlignOptions
    from .api import compare, parse
    from .classify import Classifier
    from .lexicon import Lexicon

    sources = list(drafts)
    if not sources:
        raise ValueError("history() needs at least one draft")
    if names is not None and len(names) != len(sources):
        raise ValueError(f"{len(names)} names given for {len(sources)} drafts")
    parsed = [parse(source, lexicon=lexicon) for source in sources]
    comparisons = [
        compare(parsed[k - 1], parsed[k], options=options, lexicon=lexicon)
        for k in range(1, len(parsed))
    ]
    # Revisions of one draft share its symbol: told apart by date or file by default.
    labels = (
        list(names)
        if names is not None
        else told_apart(
            [(d.name, d.name, d.date, d.source.path if d.source else None) for d in parsed]
        )
    )
    classifier = Classifier(lexicon or Lexicon.default(), options or AlignOptions())
    return History(
        revisions=_with_skipped(
            tuple(_revision(k, labels[k], d, classifier.lexicon) for k, d in enumerate(parsed)),
            parsed,
        ),
        comparisons=tuple(comparisons),
        provisions=tuple(_provisions(parsed, comparisons, classifier)),
    )
