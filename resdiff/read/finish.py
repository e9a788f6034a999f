"""The last steps every reader's draft goes through: paragraphs that only mark a deletion
("6. (deleted)") taken out and kept as removed text; alternatives tabled under headings
("Alt 1", "Option B") brought under the first; warnings named for negotiation brackets,
labelled alternatives, drafters' notes and struck-through text.

Each step works on the :class:`~resdiff.model.Draft` alone, whatever format it was read
from, and loses no word: what leaves the clauses is kept as removed text.
"""

from __future__ import annotations

from ..brackets import (
    DELETION_MARKS,
    LABEL_WORDS,
    drafters_notes,
    labelled_alternatives,
    may_open_with_label,
    negotiation_brackets,
    spanned_parts,
    struck_spans,
)
from ..compiled import compile_cached
from ..errors import ResolutionParseError
from ..model import Clause, Draft, Heading, ParseWarning, RemovedText


def finish(draft: Draft, path: str | None = None) -> Draft:
    """``draft`` as a reader gives it, finished: deletion marks out, alternatives under
    headings brought together, and the warnings on brackets, notes and struck text."""
    return _warn_of_brackets(_alternatives_aside(_without_placeholders(draft, path)))


#: The code of the warning that a draft marks deleted paragraphs in their place.
PLACEHOLDER_WARNING = "deleted-placeholder"

#: The length of the longest of :data:`~resdiff.brackets.DELETION_MARKS`.
_LONGEST_MARK = max(map(len, DELETION_MARKS))


def _placeholder(clause: Clause) -> bool:
    """Whether a paragraph only marks a deletion: "6. (deleted)", "5 bis. [deleted]",
    "[Paragraph deleted]", "Deleted." (case folded; brackets, parentheses and a final
    stop aside; the words are :data:`~resdiff.brackets.DELETION_MARKS`)."""
    if clause.children:
        return False
    text = clause.text.strip().strip("[]().;,:").strip()
    # Lower-casing never shortens a text: one longer than every mark is none (asked of
    # every paragraph, most of them hundreds of characters long).
    return len(text) <= _LONGEST_MARK and text.lower() in DELETION_MARKS


def _removed(clause: Clause) -> RemovedText:
    """A paragraph the reader takes out of the draft, kept as removed text with its line:
    its label and every word, sub-paragraphs included."""
    text = clause.full_text()
    return RemovedText(
        line=clause.span.first_line if clause.span else 1,
        text=f"{clause.label} {text}".strip() if clause.label else text,
        kind="other",
    )


def _without_placeholders(draft: Draft, path: str | None = None) -> Draft:
    """``draft`` without the paragraphs that only mark a deletion ("6. (deleted)"): the
    paragraph they stand for was deleted, and a comparison reports it dropped, not an
    "added" paragraph reading "(deleted)". Each is kept as removed text with its line,
    and one warning names them. A draft whose every paragraph is such a mark is refused
    (:class:`ResolutionParseError`), as a text of no paragraphs is."""
    gone = [c for c in draft.paragraphs if _placeholder(c)]
    if not gone:
        return draft
    if len(gone) == len(draft.paragraphs):
        # Nothing would be left to compare: the same refusal as a text of no paragraphs.
        raise ResolutionParseError(
            "no paragraphs: every paragraph only marks a deletion "
            f"({gone[0].ref} {gone[0].text.strip()!r})",
            path=path,
        )
    removed = tuple(_removed(c) for c in gone)
    refs = ", ".join(c.ref for c in gone)
    warning = ParseWarning(
        code=PLACEHOLDER_WARNING,
        message=f"{refs} only mark{'s' if len(gone) == 1 else ''} a deleted paragraph "
        f"({gone[0].text.strip()!r}): left out of the draft, kept as removed text",
        line=gone[0].span.first_line if gone[0].span else None,
    )
    dropped = {id(c) for c in gone}
    # What the reader said of the mark as a paragraph ("OP6 does not open with a
    # capitalised verb") no longer holds.
    lines = {c.span.first_line for c in gone if c.span}
    kept = tuple(w for w in draft.warnings if not (w.line in lines and w.code in _PARAGRAPH_CHECKS))
    return draft.model_copy(
        update={
            "preamble": tuple(c for c in draft.preamble if id(c) not in dropped),
            "operative": tuple(c for c in draft.operative if id(c) not in dropped),
            "furniture": (*draft.furniture, *removed),
            "warnings": (*kept, warning),
        }
    )


#: The code of the warning that a draft tables paragraphs in labelled alternatives.
ALTERNATIVES_WARNING = "alternatives"
#: A ref the reader gave a paragraph whose number repeats an earlier one's ("OP2-2").
_REPEAT_REF = compile_cached(r"-\d{1,4}$")


#: A heading that labels an alternative: "Alt 2", "[Option B]", "ALT 2:", "Alt 2 (proposed
#: by the Russian Federation)" (a heading is one short line: the repetitions are bounded).
_ALT_HEADING = compile_cached(
    rf"\[?[ \t]{{0,3}}(?P<label>{LABEL_WORDS}[ \t]{{0,3}}(?P<index>\d{{1,2}}|[A-H]))(?!\w)"
    r"[ \t]{0,3}[:.)\]\u2013\u2014-]{0,2}[ \t]{0,3}(?P<rest>\([^()\n]{0,200}\))?[ \t]{0,3}\]?"
    r"[ \t:.]{0,3}"
)


def _label_heading(text: str) -> tuple[str, str] | None:
    """A heading that only labels an alternative: its index ("2", "B") and the label to
    print before the alternative's words ("Alt 2" → "Alt 2:", "Alt 2 (proposed by the
    Russian Federation)" → "Alt 2: (proposed by the Russian Federation)"), so that the
    joined paragraph reads as labelled alternatives. ``None`` for a heading that is more
    than a label."""
    m = _ALT_HEADING.fullmatch(text.strip())
    if m is None:
        return None
    rest = m.group("rest")
    label = f"{m.group('label')}: {rest}" if rest else f"{m.group('label')}:"
    return m.group("index"), label


def _alternatives_aside(draft: Draft) -> Draft:
    """``draft`` with the alternatives laid out as paragraphs of their own brought under
    the first: under headings "Alt 1" and "Alt 2" (or "Option A" and "Option B", "Alt 3"
    after "Alt 1"), the paragraphs that repeat a number of the first alternative's run
    ("Alt 1 / 2. Decides ... / 3. ... / Alt 2 / 2. Calls upon ... / 3. ...") are its
    other alternatives, not more paragraphs. A paragraph of plain text is joined with
    them into the paragraph as a delegation would print it on one line, "Alt 1: Decides
    ... Alt 2: Calls upon ...": the analysis reads its first alternative and a comparison
    shows them all (a word changed in the second is a change; a revision that keeps one
    settles them). Where either has sub-paragraphs, which one line cannot hold in order,
    the others are set aside as removed text with their lines (no word lost; a change in
    them is not compared). Only the headings of alternatives brought together go; the
    warning on labelled alternatives, or the one here, names the paragraphs."""
    if not draft.headings or not any(_label_heading(h.text) for h in draft.headings):
        return draft
    under = {h.before: h for h in draft.headings if h.before is not None}
    refs = {c.ref for c in draft.paragraphs}
    # Each first alternative (by id): its label, and the others with their labels.
    groups: dict[int, tuple[str, list[tuple[str, Clause]]]] = {}
    headed: dict[int, Heading] = {}  # a paragraph's id -> the label heading right over it
    others: set[int] = set()
    for section in (draft.preamble, draft.operative):
        index: str | None = None  # the alternative the paragraphs stand under
        label = ""
        first: dict[str, Clause] = {}  # the first alternative's paragraphs, by ref
        run: list[Clause] = []  # the same, in order: recitals pair by place, having no number
        place = 0  # the place of a recital in the run of a later alternative
        for clause in section:
            heading = under.get(clause.ref)
            if heading is not None:
                labelled = _label_heading(heading.text)  # None under an ordinary heading
                index, label = labelled if labelled is not None else (None, "")
                place = 0
                if labelled is not None:
                    headed[id(clause)] = heading
                    if index in ("1", "A"):
                        run = []
            if index is None:
                continue
            if index in ("1", "A"):
                first[clause.ref] = clause
                run.append(clause)
                groups.setdefault(id(clause), (label, []))
                continue
            if clause.section == "preamble":
                # Recitals carry no number to repeat, and nothing marks where a later
                # alternative's run ends: only one recital tabled in alternatives ("Alt 1
                # / Condemning ..., / Alt 2 / Deploring ...,") is joined, the recital
                # right under each later label; the recitals after it are the draft's own
                # ("Determining that the situation ... constitutes a threat ...,"). Runs of
                # several recitals stay apart, as printed.
                if len(run) != 1 or place >= len(run):
                    index = None
                    continue
                groups[id(run[place])][1].append((label, clause))
                others.add(id(clause))
                place += 1
                continue
            repeat = _REPEAT_REF.search(clause.ref)
            base = clause.ref[: repeat.start()] if repeat is not None else None
            if base is None or base not in refs or base not in first:
                # A number of its own: the run of the other alternative is over.
                index = None
                continue
            groups[id(first[base])][1].append((label, clause))
            others.add(id(clause))
    groups = {k: v for k, v in groups.items() if v[1]}
    if not groups:
        return draft
    by_id = {id(c): c for c in draft.paragraphs}
    aside = {
        k
        for k, (_, rest) in groups.items()
        if by_id[k].children or any(c.children for _, c in rest)
    }
    lines = {c.span.first_line for c in draft.paragraphs if id(c) in others and c.span}
    removed: list[RemovedText] = []
    used: set[int] = set()
    for k, (_, rest) in groups.items():
        members = [by_id[k], *(c for _, c in rest)]
        if k in aside:
            # Only the other alternatives' headings go with them: the first keeps its own.
            members = members[1:]
        used |= {id(headed[id(c)]) for c in members if id(c) in headed}
        if k in aside:
            for c in members:
                heading = headed.get(id(c))
                if heading is not None:
                    line = heading.span.first_line if heading.span else 1
                    removed.append(RemovedText(line=line, text=heading.text, kind="other"))
                removed.append(_removed(c))

    def joined(clause: Clause) -> Clause:
        label, rest = groups[id(clause)]
        parts = [f"{label} {clause.text}"]
        last = clause.span.last_line if clause.span else None
        for other_label, other in rest:
            # Its number (the first alternative's, repeated) kept as printed: no word lost.
            number = f"{other.label} " if other.label else ""
            parts.append(f"{other_label or 'Alt:'} {number}{other.text}")
            if other.span is not None and last is not None:
                last = max(last, other.span.last_line)
        update: dict[str, object] = {"text": " ".join(parts)}
        if clause.span is not None and last is not None:
            update["span"] = clause.span.model_copy(update={"last_line": last})
        return clause.model_copy(update=update)

    def rebuilt(section: tuple[Clause, ...]) -> tuple[Clause, ...]:
        return tuple(
            joined(c) if id(c) in groups and id(c) not in aside else c
            for c in section
            if id(c) not in others
        )

    # The reader's word on the numbers the other alternatives repeat ("paragraph 2 is
    # numbered twice", "expected paragraph 4, found 2") no longer holds.
    warnings = [
        w
        for w in draft.warnings
        if not (w.line in lines and w.code in ("numbering-repeat", "numbering-gap"))
    ]
    if aside:
        firsts = [by_id[k] for k in groups if k in aside]
        named = _named([c.ref for c in firsts])
        warnings.append(
            ParseWarning(
                code=ALTERNATIVES_WARNING,
                message=f"paragraphs with sub-paragraphs tabled in alternatives under "
                f"headings ({named}): the first alternative is read; the others are kept "
                "as removed text, not compared",
                line=firsts[0].span.first_line if firsts[0].span else None,
            )
        )
    return draft.model_copy(
        update={
            "preamble": rebuilt(draft.preamble),
            "operative": rebuilt(draft.operative),
            "headings": tuple(h for h in draft.headings if id(h) not in used),
            "furniture": (*draft.furniture, *sorted(removed, key=lambda r: r.line)),
            "warnings": tuple(warnings),
        }
    )


#: The readers' checks of a paragraph's shape, moot for a deletion mark.
_PARAGRAPH_CHECKS = frozenset({"operative-no-verb", "preamble-no-comma"})


#: The code of the warning that a draft holds bracketed text (see :mod:`resdiff.brackets`).
BRACKETED_WARNING = "bracketed-text"
#: The code of the warning that a draft holds drafters' notes in brackets.
NOTES_WARNING = "drafters-notes"
#: The code of the warning that a text holds Markdown strike-through.
STRUCK_WARNING = "struck-text"
#: Paragraphs a bracket warning names before it says how many more there are.
_BRACKETED_NAMED = 8
#: Longest example of bracketed text a warning quotes.
_EXAMPLE_CHARS = 80


def _warn_of_brackets(draft: Draft) -> Draft:
    """``draft`` with a warning when its clauses hold negotiation brackets (which
    paragraphs, the first place of dispute as printed, and how the analysis reads them:
    without the brackets, alternatives as the first), and one when they hold drafters'
    notes ("[Note: ...]", read as no text of the draft). Editors' brackets ("[sic]",
    "[S/983]") are not named."""
    disputed: list[tuple[Clause, str]] = []
    notes: list[tuple[Clause, str]] = []
    struck: list[tuple[Clause, str]] = []
    labelled: list[tuple[Clause, str]] = []
    # Brackets that span paragraphs ("[Condemning ...," / "Acting under Chapter VII
    # ...,]"): each paragraph they hold is in dispute, whole.
    across = spanned_parts(draft.printed)
    for paragraph in draft.paragraphs:
        if (
            not paragraph.children
            and "[" not in (text := paragraph.text)
            and "~~" not in text
            and id(paragraph) not in across
            and not may_open_with_label(text)
        ):
            # A leaf with no bracket, no struck text and no label to open with: nothing
            # below would name it (told without the walk and the generators, asked of
            # every paragraph of a thousand).
            continue
        # Walked once; and a clause's alternatives are cut only where it may open with a
        # label (every paragraph of a thousand was asked).
        clauses = tuple(paragraph.walk())
        tabled = next(
            (
                c.text
                for c in clauses
                if may_open_with_label(c.text) and len(labelled_alternatives(c.text)) > 1
            ),
            None,
        )
        if tabled is not None:
            labelled.append((paragraph, tabled))
        # Each warning names the clause its first example stands in ("OP3(b)", not
        # "OP3": a new user's trial looked for the struck words in OP3's own text).
        first_dispute = first_note = first_struck = None
        for clause in clauses:
            if "~~" in clause.text and first_struck is None:
                spans = struck_spans(clause.text)
                if spans:
                    first_struck = (clause, clause.text[spans[0][0] : spans[0][1]])
            if first_dispute is None and id(clause) in across:
                first_dispute = (clause, clause.text)
            if "[" not in clause.text:
                continue
            if first_dispute is None:
                found = next(iter(negotiation_brackets(clause.text)), None)
                first_dispute = (clause, found) if found else None
            if first_note is None:
                found = next(iter(drafters_notes(clause.text)), None)
                first_note = (clause, found) if found else None
        if first_dispute:
            disputed.append(first_dispute)
        if first_note:
            notes.append(first_note)
        if first_struck:
            struck.append(first_struck)
    warnings = list(draft.warnings)
    if disputed:
        warnings.append(
            _bracket_warning(
                BRACKETED_WARNING,
                "text in square brackets, wording not yet agreed, in",
                disputed,
                "the analysis reads it as if agreed, and of alternatives ('[A][B]', '[A/B]') "
                "the first",
            )
        )
    if labelled:
        warnings.append(
            _bracket_warning(
                ALTERNATIVES_WARNING,
                "paragraphs tabled in labelled alternatives:",
                labelled,
                "the analysis reads the first alternative (the comparison still shows them all)",
            )
        )
    if notes:
        warnings.append(
            _bracket_warning(
                NOTES_WARNING,
                "drafters' notes in square brackets in",
                notes,
                "not read as text of the draft (the comparison still shows them)",
            )
        )
    if struck:
        warnings.append(
            _bracket_warning(
                STRUCK_WARNING,
                "struck-through text (Markdown ~~...~~) in",
                struck,
                "the analysis reads them as deleted words (the text and the comparison keep them)",
            )
        )
    if len(warnings) == len(draft.warnings):
        return draft
    return draft.model_copy(update={"warnings": tuple(warnings)})


def _named(refs: list[str]) -> str:
    """Paragraph refs as a warning names them: the first :data:`_BRACKETED_NAMED`, then
    how many more ("PP3, OP2 and 4 more")."""
    named = ", ".join(refs[:_BRACKETED_NAMED])
    if len(refs) > _BRACKETED_NAMED:
        named += f" and {len(refs) - _BRACKETED_NAMED} more"
    return named


def _bracket_warning(
    code: str, what: str, places: list[tuple[Clause, str]], how: str
) -> ParseWarning:
    """One warning naming the paragraphs of ``places`` and quoting the first."""
    named = _named([p.ref for p, _ in places])
    first, example = places[0]
    if len(example) > _EXAMPLE_CHARS:
        example = example[: _EXAMPLE_CHARS - 1] + "\u2026"
    return ParseWarning(
        code=code,
        message=f"{what} {named} ({first.ref}: {example!r}): {how}",
        line=first.span.first_line if first.span else None,
    )
