"""The wording a timeline of a :class:`~resdiff.history.History` shares across its three
formats (text, Markdown, HTML): a revision's facts and flags, the headings and annexes
changed at each step, a provision's cell (ref, kind, strength), the line of a shift and
the note of a step. :mod:`.timeline` writes the formats with these."""

from __future__ import annotations

import datetime
import re
import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..explain import (
    describe_key_change,
    describe_shift,
    goes_both_ways,
    key_change_reasons,
    old_side_only,
)
from ..model import DraftInfo, HeadingChange, Shift
from ..model.draft import ORIGINAL_SUFFIX
from ._common import (
    draft_facts,
    flag_statuses,
    format_date,
    heading_phrase,
    measure_phrase,
    text_changes_phrase,
    text_parts_differ,
)

if TYPE_CHECKING:
    from ..history import History, Provision, Revision, Step
    from ..model import ChangeKind, KeyChange, Summary


def _original(rev: Revision) -> bool:
    """Whether ``rev`` is the original version of a file with tracked changes, named by
    its symbol (:data:`~resdiff.model.draft.ORIGINAL_SUFFIX`)."""
    return rev.symbol is not None and rev.name == rev.symbol + ORIGINAL_SUFFIX


def _info(rev: Revision) -> DraftInfo:
    return DraftInfo(
        symbol=rev.symbol,
        # The symbol as name, so that the shared facts do not repeat the label as a file;
        # an original's own name, so that they say it is one, as compare's report does.
        name=rev.name if _original(rev) else rev.symbol or rev.name,
        kind=rev.kind,
        status=rev.status,
        sponsors=rev.sponsors,
        date=rev.date,
        preamble=rev.preamble,
        operative=rev.operative,
        chapter_vii=rev.chapter_vii,
        art39=rev.art39,
        path=rev.path,
        language=rev.language,
        analysis_unavailable=rev.analysis_unavailable,
    )


def revision_facts(rev: Revision) -> list[str]:
    """Short facts about a revision (symbol when the name differs, kind and date,
    paragraph counts, flags)."""
    facts = draft_facts(_info(rev))
    if rev.symbol and rev.symbol != rev.name and not _original(rev):
        facts.insert(0, rev.symbol)
    named = [name for attr, name, _ in _FLAGS if attr.replace("_", "-") in rev.disputed]
    if named:
        facts.append(
            f"{' and '.join(named)} {'are' if len(named) > 1 else 'is'} {IN_DISPUTE} "
            "(bracketed or in an alternative)"
        )
    return facts


#: The three document flags: (History attribute, display name, word when present).
_FLAGS: tuple[tuple[str, str, str], ...] = (
    ("chapter_vii", "Chapter VII", "invoked"),
    ("art39", "Article 39 determination", "made"),
    ("use_of_force", "Use of force", "authorized"),
)


def _flag_rows(history: History) -> list[tuple[str, list[str | None]]]:
    """Each flag's name with, per revision, its word when present (``None`` if absent);
    "invoked, in dispute" where the revision reads it from words still in square brackets
    or in a labelled alternative, and "in dispute" where only a later alternative holds
    it (a proposal on the table, not agreed text)."""
    rows: list[tuple[str, list[str | None]]] = []
    for attr, name, word in _FLAGS:
        values: tuple[bool, ...] = getattr(history, attr)
        feature = attr.replace("_", "-")
        cells: list[str | None] = []
        for rev, value in zip(history.revisions, values, strict=True):
            disputed = feature in rev.disputed
            cells.append(
                f"{word}, {IN_DISPUTE}"
                if value and disputed
                else word
                if value
                else IN_DISPUTE
                if disputed
                else None
            )
        rows.append((name, cells))
    return rows


#: A flag read from words still in square brackets or an alternative.
IN_DISPUTE = "in dispute"

#: A step that added, dropped and changed no heading or lead-in.
_NO_HEADINGS = "none changed"

#: Most headings a short report (the compact timeline, the lineage's text) names one by
#: one at a step; more are counted: a renewal that restructures its text adds and drops
#: many part headings ("Arms Embargo", "Panel of Experts", ...).
HEADINGS_NAMED = 2


def heading_words(changes: Sequence[HeadingChange], *, named: int | None = None) -> list[str]:
    """The heading changes of a step worded as compare's summary words them; with
    ``named``, headings beyond that many are counted ("4 dropped") and the lead-ins
    ("Resolves:", which govern the paragraphs after them) still named."""
    heads = [h for h in changes if not h.lead_in]
    if named is None or len(heads) <= named:
        return [heading_phrase(h) for h in changes]
    counts = {kind: sum(h.kind == kind for h in heads) for kind in ("added", "dropped")}
    said = [", ".join(f"{n} {kind}" for kind, n in counts.items() if n)]
    return said + [heading_phrase(h) for h in changes if h.lead_in]


def _heading_cells(history: History, named: int | None = None) -> list[str | None]:
    """Per revision, the headings it added or dropped and the lead-ins ("Resolves:") it
    added, dropped or changed against the revision before, as compare's summary reads
    them (:meth:`History.headings_at`; ``named``: see :func:`heading_words`); ``None``
    at revision 0."""
    return [
        ("; ".join(heading_words(history.headings_at(k), named=named)) or _NO_HEADINGS)
        if k
        else None
        for k in range(len(history.revisions))
    ]


def _heading_lines(history: History, width: int, compact: bool) -> list[str]:
    """The text timeline's "Headings:" line, beside the flags: one line per step that
    changed any ("[1] lead-in dropped “Resolves:” (operative part)"; ``compact``: more
    than :data:`HEADINGS_NAMED` headings counted), or "none changed at any step";
    nothing for a single revision."""
    named = HEADINGS_NAMED if compact else None
    return _step_lines("Headings:", _heading_cells(history, named), width)


def _step_lines(label: str, cells: list[str | None], width: int, note: str = "") -> list[str]:
    """A line beside the flags naming what each step changed (``cells``, one per
    revision, ``None`` at revision 0), or "none changed at any step"; nothing for a
    single revision."""
    if len(cells) < 2:
        return []
    steps = [(k, w) for k, w in enumerate(cells) if k and w != _NO_HEADINGS]
    if not steps:
        return [f"{label:<26}{_NO_HEADINGS} at any step"]
    lines: list[str] = []
    for k, words in steps:
        lines += textwrap.wrap(
            f"[{k}] {words}{note}",
            width=width,
            initial_indent=" " * 26 if lines else f"{label:<26}",
            subsequent_indent=" " * 30,
            break_on_hyphens=False,
        )
    return lines


def _annex_cells(history: History) -> list[str | None]:
    """Per revision, the annexes and footnotes that differ from the revision before, as
    compare's summary names them ("Annex changed"); ``None`` at revision 0."""
    return [
        None,
        *(
            text_changes_phrase(c, note=False) if text_parts_differ(c) else _NO_HEADINGS
            for c in history.comparisons
        ),
    ]


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _step_note(provision: Provision, step: Step) -> str | None:
    """How a split, merge or restoration touched this provision, in words."""
    if step.restored_from is not None:
        if provision.merged_into is not None and step.restored_from == step.revision - 1:
            where = " + ".join(step.old)
            return f"written out again from {where}; compared with it at [{step.restored_from}]"
        return f"back after a gap; compared with [{step.restored_from}]"
    if step.match == "split":
        if provision.introduced == step.revision and provision.split_from:
            return f"split off from {' + '.join(step.old)}"
        return "split into " + " and ".join(step.new)
    if step.match == "merged":
        if provision.merged_into and provision.refs[step.revision] is None:
            return "merged into " + " + ".join(step.new)
        return "merged from " + " and ".join(step.old)
    return None


def _cell_words(provision: Provision, k: int) -> tuple[str | None, str | None, str | None]:
    """(ref, kind word, strength) of one cell; ``(None, None, None)`` for an empty cell."""
    ref = provision.refs[k]
    step = provision.steps[k]
    strength = provision.strength[k]
    kind: str | None = None
    if step is not None:
        kind = step.kind
        if step.moved and step.kind != "dropped":
            kind += ", moved"
    return ref, kind, (strength.describe() if strength is not None else None)


def _shift_line(shift: Shift, step: Step | None = None) -> str:
    """One shift with where it stands: a ref of the old side only is said to be old ("old
    PP6: preambular lead phrase removed" in the row of new PP7), so that a row never
    shows one ref and its shifts another without saying why (a new user's finding)."""
    ref = shift.ref
    if ref and step is not None and old_side_only(ref, step.old, step.new):
        ref = f"old {ref}"
    where = f"{ref}: " if ref else ""
    return f"{where}{describe_shift(shift)}"


def _title(history: History) -> str:
    return " → ".join(history.names)


# ---------------------------------------------------------------------------------------
# A step's verdict: the comparison's own, worded once for the history and the lineage

#: The mark of a key change's direction in the product reports.
ARROWS = {"softer": "▼", "stronger": "▲", "neutral": "◆"}

#: Key changes a short text report names per step (the Markdown, HTML and JSON hold all).
KEY_CHANGES_SHOWN = 3


def step_head(rev: Revision, direction: str, counts: Mapping[ChangeKind, int]) -> str:
    """A step's verdict in one line, as its comparison's summary gives it: "[1] S/RES/2537
    (2020), 28 July 2020: stronger (2 strengthened, 3 softened, 2 mixed, 3 added)"."""
    parts = [
        f"{counts.get(k, 0)} {k}"
        for k in ("strengthened", "softened", "mixed", "added", "dropped")
        if counts.get(k, 0)
    ]
    when = format_date(rev.date)
    head = f"[{rev.index}] {rev.name}" + (f", {when}" if when else "")
    return f"{head}: {direction}" + (f" ({', '.join(parts)})" if parts else "")


def key_change_parts(key: KeyChange, *, every: bool = True) -> tuple[str, str]:
    """A key change in ``resdiff compare``'s words, as ``(name, reasons)``: the
    provision's label and verdict ("OP3 (mixed)"; an added or dropped one's label already
    says so) and every shift that carries its weight, not only the heaviest (the
    ``headline``), each with its own arrow where they go both ways
    (:func:`~resdiff.explain.describe_key_change`): a mixed renewal reads as both halves,
    "▲ renewal period: 3 → 6 months; ▼ measure or mandate expected to be withdrawn"
    (UNFICYP 238 (1967) in a history read as its second half only; issue 9 §8).
    ``every=False``, for the short text reports: the label and headline as before where
    the shifts go one way, the heaviest of each way where they go both."""
    both = goes_both_ways(key)
    if key.kind in ("added", "dropped") or (not every and not both):
        name = key.label
    else:
        name = f"{key.label} ({key.kind})"
    return name, describe_key_change(key, every=every)


def key_change_line(key: KeyChange, *, every: bool = True) -> str:
    """A key change as the product reports list it: "▼ OP11 → OP12 (softened): operative
    verb weakened: calls once more on → urges" (:func:`key_change_parts`)."""
    name, reasons = key_change_parts(key, every=every)
    return f"{ARROWS[key.direction]} {name}: {reasons}"


def key_change_wrapped(key: KeyChange, width: int, first: str, rest: str) -> list[str]:
    """A key change in the short text reports, two lines at most: the heaviest shift, or
    where they go both ways the heaviest of each way, each half on a line of its own and
    cut there (" …"), so that a long first half never pushes the second off the two lines
    (a reviewer's finding: at a narrow width a mixed change read as one half again)."""
    name, _ = key_change_parts(key, every=False)
    reasons = key_change_reasons(key, every=False)

    def wrap(text: str, indent: str, lines: int) -> list[str]:
        return textwrap.wrap(
            text,
            width=width,
            initial_indent=indent,
            subsequent_indent=rest,
            break_on_hyphens=False,
            max_lines=lines,
            placeholder=" …",
        )

    head = f"{ARROWS[key.direction]} {name}: "
    if len(reasons) < 2:
        return wrap(head + (reasons[0] if reasons else key.headline), first, 2)
    return wrap(head + reasons[0], first, 1) + wrap(reasons[1], rest, 1)


#: Two texts further apart than this (in days) are said to be, where neither says what
#: lies between: a pair years apart reads as one renewal (the series report's rule).
LONG_GAP = 3 * 365


def gap_words(before: Revision, rev: Revision) -> str | None:
    """ "3 years apart: the texts between them, if any, are not here", for a step of
    distinct resolutions further apart than :data:`LONG_GAP` whose later text cites none
    between (:func:`skipped_words` says those); ``None`` otherwise: a history of
    UNFICYP 410 (1977) → 680 (1990) read as one renewal."""
    if rev.skipped:
        return None
    return years_apart(before.date, rev.date)


def years_apart(old: datetime.date | None, new: datetime.date | None) -> str | None:
    """ "3 years apart: the texts between them, if any, are not here" for two dates
    further apart than :data:`LONG_GAP`; ``None`` otherwise or where a date is missing.
    The history's steps and the series' pairs say it alike."""
    if old is None or new is None:
        return None
    days = (new - old).days
    if days <= LONG_GAP:
        return None
    return f"{round(days / 365.25)} years apart: the texts between them, if any, are not here"


#: Most resolutions a short report (the lineage's text) names at a step as cited between
#: and not given; more are counted, the first and the last named (the Markdown, HTML and
#: JSON name every one).
SKIPPED_NAMED = 3


#: A resolution cited by number and year ("288 (1970)"), kept on one line when wrapped.
_CITED = re.compile(r"\b(\d{1,4}) (\((?:19|20)\d{2}\))")


def wrap_citing(text: str, *, width: int, initial_indent: str, subsequent_indent: str) -> list[str]:
    """``text`` wrapped as the text reports wrap a step's line, a resolution's number
    never parted from its year: "… 277 (1970) and 288" and "(1970), not given here" on
    the next line read as two citations (an analyst's history of the Southern Rhodesia
    sanctions, user23). The space inside is held by a no-break space while wrapping and
    printed as a space."""
    held = _CITED.sub("\\1\u00a0\\2", text)
    lines = textwrap.wrap(
        held,
        width=width,
        initial_indent=initial_indent,
        subsequent_indent=subsequent_indent,
        break_on_hyphens=False,
    )
    return [line.replace("\u00a0", " ") for line in lines]


def skipped_words(rev: Revision, *, short: bool = False) -> str | None:
    """The resolutions numbered between a step's two texts that the later one cites and
    the history was not given (:attr:`~resdiff.history.Revision.skipped`): "between these
    texts, this one cites resolutions 363 (1974), 369 (1975) and 381 (1975), not given
    here" (``short``, for the short text reports: "cites between, not given: 363 (1974),
    369 (1975) and 381 (1975)", past :data:`SKIPPED_NAMED` counted: "cites 36 between,
    not given: 187 (1964), 192 (1964) … 361 (1974)"); ``None`` where it cites none.
    Worded as what the text cites, not as renewals skipped: a resolution between may be
    another file's (the Libya arms-embargo text 2526 (2020) cites 2510 (2020), the Berlin
    conference's)."""
    if not rev.skipped:
        return None
    names = list(rev.skipped)
    if short and len(names) > SKIPPED_NAMED:
        # Counted past a few, as the headings are: UNFICYP 186 (1964) → 364 (1974) cites
        # 36 between, six lines of a report meant to fit two screens (a review's).
        first = ", ".join(names[: SKIPPED_NAMED - 1])
        return f"cites {len(names)} between, not given: {first} … {names[-1]}"
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if short:
        return f"cites between, not given: {listed}"
    which = "resolution" if len(names) == 1 else "resolutions"
    return f"between these texts, this one cites {which} {listed}, not given here"


def founding_words(before: Revision, rev: Revision) -> str | None:
    """ "from the founding text, which this renewal continues (“Recommends the creation
    … of a United Nations Peace-keeping Force in Cyprus”): the founding act was done once,
    not withdrawn", for a step from a text that founds a body
    (:attr:`~resdiff.history.Revision.founding`) to one that does not; ``None``
    otherwise. 186 → 192 (1964) read "10 dropped" with no word that the set-up is not
    taken back. Only the founding act is said to be done once: the step's verdict still
    weighs the other asks the renewal leaves out (the merge review's finding: "what it
    does not restate" claimed more than the verdict reads)."""
    if not before.founding or rev.founding:
        return None
    return (
        f"from the founding text, which this renewal continues (“{before.founding}”): "
        "the founding act was done once, not withdrawn"
    )


def step_turns(summary: Summary) -> list[str]:
    """The turning points of a step, as its comparison's summary reads them: the document
    flags it added or dropped ("Chapter VII dropped") and the measures it added, dropped
    or changed in mode ("measure arms embargo (OP2): dropped (was mandatory)")."""
    words = [
        f"{name} {status}"
        for name, status in flag_statuses(summary)
        if status in ("added", "dropped")
    ]
    for group in (summary.measures_added, summary.measures_dropped, summary.measures_changed):
        words += [f"measure {measure_phrase(m)}" for m in group]
    return words


def step_verdicts(history: History) -> list[tuple[str, str, list[str], tuple[KeyChange, ...]]]:
    """Each step of ``history`` (revision 1 on) as ``(direction, head, turns, key
    changes)``: the verdict ``resdiff compare`` gives the same two texts, read from the
    step's comparison (``history.comparisons[k - 1].summary``), never weighed again."""
    out: list[tuple[str, str, list[str], tuple[KeyChange, ...]]] = []
    for k in range(1, len(history.revisions)):
        summary = history.comparisons[k - 1].summary
        rev = history.revisions[k]
        head = step_head(rev, summary.direction, summary.counts)
        # What the step skips first: the reader weighs everything after it knowing the
        # step spans several renewals.
        skipped = skipped_words(rev)
        if skipped is None and history.distinct:
            skipped = gap_words(history.revisions[k - 1], rev)
        founded = founding_words(history.revisions[k - 1], rev) if history.distinct else None
        turns = ([founded] if founded else []) + ([skipped] if skipped else [])
        turns += step_turns(summary)
        out.append((summary.direction, head, turns, summary.key_changes))
    return out
