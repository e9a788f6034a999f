"""What every report says the same way: draft headers, summary lines, redline segments.

Kept here so that the text, Markdown and HTML reports never disagree on wording; each
renderer only decides how to mark things up.
"""

from __future__ import annotations

import datetime as _dt
import re
import textwrap
from collections.abc import Sequence

from ..compiled import compile_cached
from ..explain import and_list, describe_shift
from ..model import (
    CHANGE_KINDS,
    CHAPTER_VII_RECALLED,
    PART_BREAK,
    RESTATED_FLAG_NOTE,
    Change,
    ChangeKind,
    Comparison,
    DraftInfo,
    FlagStatus,
    KeyChange,
    MeasureChange,
    NetDirection,
    Redline,
    Summary,
    TextChange,
    ordered_warnings,
)
from ..model.draft import ORIGINAL_SUFFIX
from ..plain import pair_titles as pair_titles
from ..read.language import language_name
from ._headings import PlacedHeading as PlacedHeading
from ._headings import heading_note as heading_note
from ._headings import heading_phrase as heading_phrase
from ._headings import headings_among as headings_among
from ._headings import placed_headings as placed_headings

DELETE, EQUAL, INSERT = -1, 0, 1

# Month names spelled out here rather than with strftime("%B"), which follows the locale:
# a report must read the same on every machine.
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

#: Document-level flags in the order reports list them: (Summary attribute, display name).
FLAGS: tuple[tuple[str, str], ...] = (
    ("chapter_vii", "Chapter VII"),
    ("art39", "Article 39 determination"),
    ("use_of_force", "Use of force"),
)

#: The symbols of the General Assembly's and ECOSOC's documents ("A/C.3/78/L.12",
#: "E/2024/L.15"), whose texts the Council's flags do not concern.
_OTHER_ORGANS = ("A/", "E/")

#: A flag's status in words a reader needs no legend for.
FLAG_WORDS: dict[FlagStatus, str] = {
    "kept": "kept (in both drafts)",
    "added": "added in the new draft",
    "dropped": "dropped from the new draft",
    "absent": "absent (in neither draft)",
    "unknown": "unknown (a draft could not be analysed: not in English)",
}

#: The net direction as a sentence.
DIRECTION_WORDS: dict[NetDirection, str] = {
    "softer": "On balance the new draft is softer than the old one.",
    "stronger": "On balance the new draft is stronger than the old one.",
    "mixed": "The new draft weakens some provisions and strengthens others.",
    "neutral": "The changes do not shift the strength of the text.",
    "unknown": "Not weighed: a draft could not be analysed (the lexicon reads English).",
}


def direction_words(summary: Summary) -> str:
    """The net direction as a sentence, with how it was weighed when that was not on
    every change ("Weighed on what the new text adds and changes: it cites resolution
    670 (1990) and renews nothing, ...")."""
    words = DIRECTION_WORDS[summary.direction]
    note = summary.direction_note
    return f"{words} {note[:1].upper()}{note[1:]}." if note else words


def _space_edges(text: str) -> tuple[str, str, str]:
    """``text`` as its leading white space, its core and its trailing white space.
    String methods, not a pattern: ``^(\\s*)(.*?)(\\s*)$`` retried its trailing ``\\s*``
    from every place of the lazy core, quadratic in a long run of spaces (18 s on 50 KB);
    ``str.strip`` strips what ``\\s`` matches (``str.isspace``)."""
    core = text.strip()
    if not core:
        return text, "", ""
    start = len(text) - len(text.lstrip())
    end = start + len(core)
    return text[:start], core, text[end:]


#: How inline reports show the paragraph break between the parts of a split or merge
#: (inserted where a paragraph was cut, deleted where two were joined).
BREAK_MARK = "¶"
_PART_BREAK = compile_cached(rf" ?{re.escape(PART_BREAK)} ?")


def format_date(date: _dt.date | None) -> str | None:
    """UN style, locale-independent: ``15 July 2006``."""
    if date is None:
        return None
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def draft_title(info: DraftInfo) -> str:
    """The name a report gives a draft: its symbol when it has one, else its name."""
    return info.symbol or info.name


def comparison_title(cmp: Comparison) -> str:
    """``S/RES/2590 (2021) → S/2022/650``: the two drafts' titles, told apart where both
    would read alike (two revisions of one draft resolution: by name, date or file,
    :func:`resdiff.plain.pair_titles`)."""
    old, new = pair_titles(cmp.old, cmp.new)
    return f"{old} → {new}"


def document_phrase(info: DraftInfo) -> str | None:
    """What the document is, in words: ``draft resolution``, ``draft resolution,
    vetoed``, ``adopted resolution``, ``presidential statement``; ``None`` when the
    reader could not tell. A draft is never called an adopted resolution: its outcome
    follows ("draft resolution, not adopted (failed vote)")."""
    outcome = {
        "adopted": "adopted",
        "vetoed": "vetoed",
        "not-adopted": "not adopted (failed vote)",
    }.get(info.status or "")
    if info.kind == "statement":
        return ("draft " if info.status == "draft" else "") + "presidential statement"
    if info.kind == "resolution" and info.status in (None, "adopted"):
        return "adopted resolution"
    if info.kind in ("draft", "resolution"):
        # A "resolution" that lost its vote is a draft that was not adopted.
        return "draft resolution" + (f", {outcome}" if outcome else "")
    if info.status == "draft":
        return "draft"
    return outcome


def comparison_of(cmp: Comparison) -> str:
    """What a report compares, for its title: "Comparison of draft resolutions" only
    when both texts are drafts; two adopted resolutions are "resolutions", two
    presidential statements "presidential statements", else "two texts"."""
    kinds = {document_phrase(cmp.old), document_phrase(cmp.new)}
    if len(kinds) == 1:
        (kind,) = kinds
        if kind == "adopted resolution":
            return "Comparison of adopted resolutions"
        if kind is not None and kind.startswith("draft resolution"):
            return "Comparison of draft resolutions"
        if kind is not None and kind.endswith("presidential statement"):
            return "Comparison of presidential statements"
    if all(k is not None and "resolution" in k for k in kinds):
        return "Comparison of a draft and a resolution"
    return "Comparison of two texts"


#: The warnings a report lists for each draft before it says how many more there are.
WARNINGS_SHOWN = 5
#: The title of the warnings every report lists under the drafts.
WARNINGS_TITLE = "Warnings"


def warning_lines(info: DraftInfo) -> list[str]:
    """What the reader and the analysis warned of in one draft, as every report lists it
    ("line 5: text in square brackets, ... [bracketed-text]"): at most
    :data:`WARNINGS_SHOWN`, those a verdict rests on first
    (:data:`~resdiff.model.FIRST_WARNINGS`), then how many more."""
    out = [
        f"{f'line {w.line}: ' if w.line else ''}{w.message} [{w.code}]"
        for w in ordered_warnings(info.warnings)[:WARNINGS_SHOWN]
    ]
    more = len(info.warnings) - WARNINGS_SHOWN
    if more > 0:
        out.append(f"and {more} more warning{'s' if more > 1 else ''} (resdiff parse shows all)")
    return out


def warned_drafts(old: DraftInfo, new: DraftInfo) -> list[tuple[str, list[str]]]:
    """``("Old", lines)`` and ``("New", lines)`` for the drafts with warnings."""
    return [
        (role, warning_lines(info)) for role, info in (("Old", old), ("New", new)) if info.warnings
    ]


def draft_facts(info: DraftInfo) -> list[str]:
    """Short facts about a draft, each a phrase: what it is (kind and status) and its
    date, name, paragraph counts, flags, and a note when it could not be analysed."""
    facts: list[str] = []
    kind = document_phrase(info)
    date = format_date(info.date)
    first = ", ".join(p for p in (kind, date) if p)
    if first:
        facts.append(first[0].upper() + first[1:])
    if info.symbol and info.name == info.symbol + ORIGINAL_SUFFIX:
        # The name is the symbol with its version said, not a file's: "file S/RES/2590
        # (2021) (original)" named no file (a new user's first hour, thirty-second session).
        facts.append("the original: every tracked change rejected")
    elif info.symbol and info.name != info.symbol:
        facts.append(f"file {info.name}")
    facts.append(
        f"{info.preamble} preambular, {info.operative} operative paragraph"
        + ("" if info.operative == 1 else "s")
    )
    if info.analysis_unavailable:
        language = language_name(info.language)
        facts.append(f"in {language}: not analysed (the lexicon reads English)")
    if info.chapter_vii:
        facts.append("acts under Chapter VII")
    if info.art39:
        facts.append("determines a threat to the peace (Article 39)")
    return facts


#: What a report calls the key changes section.
KEY_CHANGES_TITLE = "Key changes"


def key_change_phrase(key: KeyChange, who: str = "") -> str:
    """One key change in words, for every report: ``OP4 → OP3 (softened): operative verb
    weakened: decides → requires``; further shifts that carry weight follow after "; ".
    The shifts are described afresh (``headline`` is the same words, kept in the JSON for
    readers that do not render). ``who``: who made the tracked changes of its clauses, in
    words (:meth:`TrackedBy.key`): ``OP4 (softened; tracked changes by China): ...``."""
    reasons = [describe_shift(s) for s in key.shifts] or [key.headline]
    if key.kind in ("added", "dropped"):
        # An added or dropped provision's label already says so: "new OP8 (added)".
        name = key.label
        if who:
            name = name[:-1] + f"; {who})" if name.endswith(")") else f"{name} ({who})"
    else:
        name = f"{key.label} ({key.kind}; {who})" if who else f"{key.label} ({key.kind})"
    return f"{name}: " + "; ".join(reasons)


#: How many authors of tracked changes a report names for one change before "and N more".
LISTED_AUTHORS = 8


def tracked_mark(who: Sequence[str]) -> str:
    """``tracked changes by China and Japan`` (see :func:`_hands`)."""
    return f"tracked changes by {_hands(who)}"


def _hands(who: Sequence[str]) -> str:
    """``China and Japan``: the first :data:`LISTED_AUTHORS`, then "and N more"."""
    names = list(who[:LISTED_AUTHORS])
    more = len(who) - len(names)
    if more:
        names.append(f"{more} more")
    return and_list(names)


class TrackedBy:
    """Who made the tracked changes in the clauses of each change (drafts read from Word
    files with tracked changes, :attr:`NumberedClause.tracked_by`), looked up by ref; the
    clause lists are read once per report. Empty for drafts of any other format.

    A change's own clauses only (its sub-paragraphs' changes name theirs). Where both
    drafts name the same authors for a change (one Word file compared with itself, or a
    change both files carry), they are named once; where they differ (two files from
    different hands), each draft's are named apart: "tracked changes: old draft China;
    new draft United Kingdom"."""

    def __init__(self, cmp: Comparison) -> None:
        self._old = {c.ref: c.tracked_by for c in cmp.old.clauses if c.tracked_by}
        self._new = {c.ref: c.tracked_by for c in cmp.new.clauses if c.tracked_by}

    def __bool__(self) -> bool:
        return bool(self._old or self._new)

    @staticmethod
    def _names(refs: Sequence[str], table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
        names: dict[str, None] = {}
        for ref in refs:
            names.update(dict.fromkeys(table.get(ref, ())))
        return tuple(names)

    def words(self, old: Sequence[str], new: Sequence[str]) -> str:
        """Who made the tracked changes of clauses ``old`` (old draft) and ``new`` (new
        draft), in words, or ``""``."""
        if not self:
            return ""
        was, now = self._names(old, self._old), self._names(new, self._new)
        if not was and not now:
            return ""
        # Only one draft holds tracked changes at all (a Word file against a text): say
        # which; both do (one file read twice, or two tracked files) and this change
        # names the same hands, or only one side has the clause: name them once.
        if not now and not self._new:
            return f"the old draft's tracked changes by {_hands(was)}"
        if not was and not self._old:
            return f"the new draft's tracked changes by {_hands(now)}"
        if not was or not now or set(was) == set(now):
            return tracked_mark(now or was)
        return f"tracked changes: old draft {_hands(was)}; new draft {_hands(now)}"

    def change(self, change: Change) -> str:
        """Who made the tracked changes of a change's own clauses, in words."""
        return self.words(change.old, change.new)

    def key(self, key: KeyChange) -> str:
        """Who made the tracked changes of the clauses a key change's shifts were found
        in, in words ("OP1 (softened)" for an emphasis removed in OP1(b) names OP1(b)'s
        authors, not OP1(a)'s)."""
        if not self:
            return ""
        refs = [s.ref for s in key.shifts if s.ref] or [*key.old, *key.new]

        def within(ref: str, roots: Sequence[str]) -> bool:
            # "OP1(b)" stands within "OP1".
            return any(ref == root or ref.startswith(root + "(") for root in roots)

        return self.words(
            [r for r in refs if within(r, key.old)], [r for r in refs if within(r, key.new)]
        )


#: What reports say when a comparison has no key change.
NO_KEY_CHANGES = "None: no change moves the strength of the text."
#: Said instead of :data:`NO_KEY_CHANGES` when a draft could not be analysed.
NOT_WEIGHED = "None weighed: a draft could not be analysed (not in English)."


def no_key_changes(summary: Summary) -> str:
    """What a report says when it lists no key change: none moves the strength of the
    text, or none could be weighed (a draft not in English)."""
    return NOT_WEIGHED if summary.direction == "unknown" else NO_KEY_CHANGES


def kind_counts(summary: Summary) -> list[tuple[ChangeKind, int]]:
    """Every change kind with its count, in report order (zero counts included)."""
    return [(kind, summary.counts.get(kind, 0)) for kind in CHANGE_KINDS]


def counts_phrase(summary: Summary) -> str:
    """``1 added, 1 dropped, 3 softened; 1 moved``: the non-zero counts in words."""
    parts = [f"{n} {kind}" for kind, n in kind_counts(summary) if n]
    text = ", ".join(parts) if parts else "no changes"
    if summary.moved:
        text += f"; {summary.moved} moved"
    return text


def flag_statuses(summary: Summary) -> list[tuple[str, FlagStatus]]:
    """``[("Chapter VII", "dropped"), ...]`` for the three document flags."""
    out: list[tuple[str, FlagStatus]] = []
    for attr, name in FLAGS:
        status: FlagStatus = getattr(summary, attr)
        out.append((name, status))
    return out


def flag_lines(cmp: Comparison) -> list[tuple[str, FlagStatus, str]]:
    """:func:`flag_statuses` with a note for a flag both texts hold that one provision
    still lost (or gained), weighed: "Use of force: kept; lost in old OP41" beside
    the key change "old OP41 (dropped): authorization of force dropped" (MINUSMA 2020 →
    2022: the French forces' authorization gone, the mission's own kept; an expert read
    "kept" alone as a contradiction)."""
    out: list[tuple[str, FlagStatus, str]] = []
    # The Council's flags mean nothing to the Assembly's or ECOSOC's texts: absent from
    # both, they are not listed there (their symbols say whose texts they are).
    council = not all((info.symbol or "").startswith(_OTHER_ORGANS) for info in (cmp.old, cmp.new))
    for attr, name in FLAGS:
        status: FlagStatus = getattr(cmp.summary, attr)
        if status == "absent" and not council:
            continue
        note = ""
        # The shift feature of the flag: "chapter_vii" → "chapter-vii".
        feature = attr.replace("_", "-")
        if status == "kept":
            lost: list[str] = []
            gained: list[str] = []
            restated = False
            for change in cmp.changes:
                for part in change.walk():
                    for shift in part.shifts:
                        if shift.feature != feature:
                            continue
                        if shift.direction == "neutral":
                            # Named, not weighed, as stated again where the old text
                            # carried the flag by reference (RESTATED_FLAG_NOTE).
                            restated = restated or (
                                shift.old is None
                                and (shift.note or "").startswith(RESTATED_FLAG_NOTE)
                            )
                            continue
                        where = (
                            f"old {' + '.join(change.old)}"
                            if not change.new
                            else f"new {' + '.join(change.new)}"
                            if not change.old
                            else change.label
                        )
                        if shift.new is None and where not in lost:
                            lost.append(where)
                        elif shift.old is None and where not in gained:
                            gained.append(where)
            notes = [f"lost in {', '.join(lost)}"] if lost else []
            notes += [f"gained in {', '.join(gained)}"] if gained else []
            if attr in ("chapter_vii", "art39") and not getattr(cmp.new, attr):
                # Kept because the new text leaves the old one in force or extends it by
                # reference (a one-month rollover of UNISFA "as set out in resolution
                # 2575 (2021)"), not because it says so again: "kept (in both drafts)"
                # alone misstated the new text (an expert's review).
                notes.append("not restated in the new draft, which leaves it in force")
            elif restated:
                # The mirror: the old text carried it by reference (a rollover that
                # extends resolution 2607 (2021) as a whole, or a mandate "as set out in
                # resolution 2575 (2021)"), and the new one states it again.
                notes.append("stated again in the new draft; the old one carried it by reference")
            note = "; ".join(notes)
        elif status in ("dropped", "added") and _recalled_only(cmp, feature):
            # "Chapter VII: dropped" beside "recital of earlier Chapter VII decisions left
            # out", weighed as a recital's wording, read as Chapter VII withdrawn (review
            # of fix20): the line says what was made or left out.
            note = "only as the recital of earlier Chapter VII decisions, weighed as its wording"
        # Read from words still in square brackets or an alternative (the reader's
        # "disputed-..." warning): the flag is a proposal there, not agreed text.
        disputed = [
            role
            for role, info in (("old", cmp.old), ("new", cmp.new))
            if any(w.code == f"disputed-{feature}" for w in info.warnings)
        ]
        if disputed:
            where = " and ".join(disputed)
            drafts = "drafts" if len(disputed) > 1 else "draft"
            note = "; ".join(filter(None, [note, f"in dispute in the {where} {drafts}"]))
        out.append((name, status, note))
    return out


def _recalled_only(cmp: Comparison, feature: str) -> bool:
    """Whether every weighed shift of ``feature`` is the Council acting on its earlier
    Chapter VII decisions made or left out (``CHAPTER_VII_RECALLED``), and there is one."""
    details = [
        s.detail
        for change in cmp.changes
        for part in change.walk()
        for s in part.shifts
        if s.feature == feature and s.direction != "neutral"
    ]
    return bool(details) and all(d == CHAPTER_VII_RECALLED for d in details)


def measure_phrase(m: MeasureChange) -> str:
    """One measure change in words: ``asset freeze (OP5): mandatory → dropped``."""
    where = f" ({m.ref})" if m.ref else ""
    if m.status == "added":
        return f"{m.label}{where}: added, {m.new_mode}"
    if m.status == "dropped":
        return f"{m.label}{where}: dropped (was {m.old_mode})"
    return f"{m.label}{where}: {m.old_mode} → {m.new_mode}"


def measure_groups(summary: Summary) -> list[tuple[str, tuple[MeasureChange, ...]]]:
    """The three measure lists with their headings, empty ones included; none when a
    draft could not be analysed (its measures are unknown, not absent)."""
    if summary.direction == "unknown":
        return []
    return [
        ("Measures added", summary.measures_added),
        ("Measures dropped", summary.measures_dropped),
        ("Measures changed in mode", summary.measures_changed),
    ]


def wrap_words(text: str, width: int, indent: str, rest: str | None = None) -> list[str]:
    """``text`` wrapped at ``width`` behind ``indent`` (``rest`` on the lines after the
    first, by default ``indent`` too), words never cut nor split at their hyphens; an
    empty text is one line of the indent alone. The product reports' text (precedents,
    provenance) wrap every paragraph so."""
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=rest if rest is not None else indent,
        break_on_hyphens=False,
        break_long_words=False,
    ) or [indent.rstrip()]


def is_quiet(change: Change) -> bool:
    """An unchanged clause that stayed in place: reports show it compactly or not at all."""
    return change.kind == "unchanged" and not change.moved


def title(change: Change) -> str:
    """The change's name in a report heading: :attr:`Change.label`, except that an added or
    dropped clause is its side and ref ("new PP9", "old PP9"): the kind printed next to it
    already says added or dropped, and the side keeps two PP9s apart."""
    if not change.new:
        return "old " + " + ".join(change.old)
    if not change.old:
        return "new " + " + ".join(change.new)
    return change.label


def section_move(change: Change) -> str | None:
    """``preamble → operative part`` when the clause changed part, else ``None``."""
    if change.old_section is None or change.old_section == change.section:
        return None
    names = {"preamble": "preamble", "operative": "operative part"}
    return f"moved from the {names[change.old_section]} to the {names[change.section]}"


def match_note(change: Change) -> str | None:
    """How the clauses were paired, when the reader needs to know (split, merge, fuzzy)."""
    if change.match == "split":
        return "split into " + " and ".join(change.new)
    if change.match == "merged":
        return "merged from " + " and ".join(change.old)
    # Only worth saying when most of the paragraph was rewritten; a high score is the norm.
    # A short paragraph whose date and document symbol moved on scores low on its words
    # ("2 September 2021 (S/2021/759)" -> "28 January 2022 (S/2022/64)", UNAMA 2022 OP1),
    # and is no rewrite: its words, dates and symbols aside, must mostly have changed too.
    if change.match == "similar" and change.score < _REWRITTEN and _kept_words(change) < _REWRITTEN:
        return f"largely rewritten ({round(change.score * 100)}% similar)"
    return None


#: Below this similarity a paired paragraph is "largely rewritten".
_REWRITTEN = 0.6
#: Month names as printed in dates ("2 September 2021"; "may" and "march" are words).
_MONTH_WORDS = frozenset(_MONTHS)
#: A word of letters, hyphenated or with an apostrophe ("peace-building", "Côte d'Ivoire",
#: "Secretary-General's"); a symbol or a number has a digit and is no such word.
_LETTER_WORD = compile_cached(r"(?<![\w/])[^\W\d_]+(?:[-'’][^\W\d_]+)*(?![\w/])")


def _kept_words(change: Change) -> float:
    """The share of a paragraph's words its redline keeps, counting only words of letters
    (no number, date, month or document symbol): 1.0 when it has none."""
    kept = changed = 0
    for op, text in change.redline:
        words = sum(1 for w in _LETTER_WORD.findall(text) if w not in _MONTH_WORDS)
        if op == 0:
            kept += 2 * words
        else:
            changed += words
    return kept / (kept + changed) if kept + changed else 1.0


#: Apostrophes a typesetter writes for the straight one: a deletion and an insertion that
#: differ only by these are the same words.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _same_words(pair: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A deleted run and the inserted run next to it that differ only by an apostrophe's
    form ("People's" → "People’s", the AKN text of S/RES/1695 (2006) against its drafts)
    shown as the new text's words, unmarked: no reader's change of word. Only the display
    reads them so; the redline (the classifier's, the JSON's) keeps both."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(pair):
        op, text = pair[k]
        if k + 1 < len(pair) and {op, pair[k + 1][0]} == {DELETE, INSERT}:
            other = pair[k + 1][1]
            if text.translate(_APOSTROPHES) == other.translate(_APOSTROPHES):
                shown = other if op == DELETE else text
                if out and out[-1][0] == EQUAL:
                    out[-1] = (EQUAL, out[-1][1] + shown)
                else:
                    out.append((EQUAL, shown))
                k += 2
                continue
        if op == EQUAL and out and out[-1][0] == EQUAL:
            out[-1] = (EQUAL, out[-1][1] + text)
        else:
            out.append((op, text))
        k += 1
    return out


def segments(redline: Redline) -> list[tuple[int, str]]:
    """The redline as a reader should see it.

    The break between the parts of a split or merge shows as :data:`BREAK_MARK`.
    Leading and trailing spaces of an inserted or deleted run move outside it, so markers
    hug words (``[-strongly-]``, not ``[- strongly-]``; Markdown's ``~~``/``**`` need that
    to work at all) and a line is never broken between a marker and its word. A deletion
    of spaces alone is shown as nothing: the new text's spacing is what the reader sees,
    and so are its apostrophes (:func:`_same_words`). Neighbouring runs of the same kind
    are joined.
    """
    out: list[tuple[int, str]] = []

    def push(op: int, text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    for op, text in redline:
        if PART_BREAK in text:
            text = _PART_BREAK.sub(f" {BREAK_MARK} ", text)
        if op == EQUAL:
            push(EQUAL, text)
            continue
        lead, core, trail = _space_edges(text)
        if not core:
            if op == INSERT:
                push(EQUAL, text)
            continue
        # A space already kept on the same side is not repeated.
        if lead and not (out and out[-1][1][-1:].isspace()):
            push(EQUAL, " ")
        push(op, core)
        if trail:
            push(EQUAL, " ")
    return _same_words(out)


def side_segments(redline: Redline, side: int) -> list[tuple[int, str]]:
    """One side of the redline for a side-by-side view: ``side`` is DELETE (old) or
    INSERT (new). The other side is left out *before* spaces are moved, so each column
    spells its own text exactly (no space the other side's run brought along). A space
    the new text took out stays in the old column: :func:`segments` shows such a deletion
    as nothing, and the old column read "(S/PRST/2015/10),17 August" where the old text
    has "(S/PRST/2015/10), 17 August" (S/RES/2504 (2020), a new user's trial)."""
    return segments(
        tuple(
            (EQUAL if op == DELETE and not text.strip() else op, text)
            for op, text in redline
            if op in (EQUAL, side)
        )
    )


def needs_gap(prev: tuple[int, str] | None, op: int, text: str) -> bool:
    """Whether a deletion and an insertion touch with no space between them, so that a
    report must add one for the two runs to read as alternatives, not one word."""
    if prev is None:
        return False
    prev_op, prev_text = prev
    return (
        prev_op != EQUAL
        and op != EQUAL
        and prev_op != op
        and not (prev_text[-1:].isspace() or text[:1].isspace())
    )


def sponsors_phrase(cmp: Comparison) -> str | None:
    """Who joined the sponsors and who left them between two drafts ("joined: Ecuador,
    Paraguay; left: Spain"), or ``None`` when the lists are the same or a side names none
    (an adopted text lists no sponsors: nobody left)."""
    old, new = cmp.old.sponsors, cmp.new.sponsors
    if not old or not new:
        return None
    joined = [s for s in new if s not in old]
    left = [s for s in old if s not in new]
    parts = [f"joined: {', '.join(joined)}"] if joined else []
    if left:
        parts.append(f"left: {', '.join(left)}")
    return "; ".join(parts) or None


def _ordinal(n: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def annex_moves(cmp: Comparison) -> list[tuple[str, int | None, str]]:
    """The annexes the new draft prints in another order: each one's title, the index of
    its entry in :attr:`Comparison.text_changes` if its words differ too, and where it
    stands now and stood before ("3rd of the annexes, 1st before"), from
    :attr:`WholeText.moved_from` (resdiff.comparison/10; none for older documents)."""
    annexes = [t for t in cmp.texts or () if t.part == "annex"]
    return [
        (
            text.title,
            text.change,
            f"{_ordinal(place + 1)} of the annexes, {_ordinal(text.moved_from + 1)} before",
        )
        for place, text in enumerate(annexes)
        if text.moved_from is not None
    ]


def text_parts_differ(cmp: Comparison) -> bool:
    """Whether an annex or the footnotes differ, or an annex is printed in another order."""
    return bool(cmp.text_changes) or any(t.moved_from is not None for t in cmp.texts or ())


def text_changes_phrase(cmp: Comparison, *, note: bool = True) -> str:
    """The annexes and footnotes that differ, in a summary line: "Annex I changed;
    footnotes changed (named, not weighed)" (without the note in parentheses, for a
    table's cell: ``note=False``), an annex printed in another order named as moved
    ("Annex C moved: 3rd of the annexes, 1st before"), or "none changed"."""
    moves = annex_moves(cmp)
    if not cmp.text_changes and not moves:
        return "none changed"
    moved_too = {change: where for _, change, where in moves if change is not None}
    parts = []
    for i, t in enumerate(cmp.text_changes):
        name = "footnotes" if t.part == "footnotes" else t.title
        where = moved_too.get(i)
        parts.append(f"{name} {t.kind}" + (f" and moved: {where}" if where else ""))
    # An annex moved with its words kept is a change a reader must be told of too: only
    # the Word report showed it before.
    parts += [f"{title} moved: {where}" for title, change, where in moves if change is None]
    return "; ".join(parts) + (" (named, not weighed)" if note else "")


def text_change_title(change: TextChange) -> str:
    """A changed annex or the footnotes, as a heading: "Annex I · changed"."""
    name = change.title or ("Footnotes" if change.part == "footnotes" else "Annex")
    return f"{name} · {change.kind}"


def redline_lines(redline: Redline) -> list[Redline]:
    """A redline over lines joined by newlines (an annex, the footnotes), cut into one
    redline per line, so that a report shows the lines that changed and skips the rest."""
    lines: list[list[tuple[int, str]]] = [[]]
    for op, text in redline:
        pieces = text.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                lines.append([])
            if piece:
                lines[-1].append((op, piece))
    return [tuple(line) for line in lines if line]


def changed_lines(change: TextChange) -> tuple[list[Redline], int]:
    """The lines of a changed annex or of the footnotes that differ, and how many are kept
    word for word (left out of reports)."""
    lines = redline_lines(change.redline)
    shown = [line for line in lines if any(op != EQUAL for op, _ in line)]
    return shown, len(lines) - len(shown)
