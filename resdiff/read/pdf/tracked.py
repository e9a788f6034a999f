"""PDFs printed with their tracked changes: the struck and the underlined text.

:func:`_mark_changes` finds the lines drawn through glyphs (a deletion struck through)
and under them (an insertion underlined); :func:`_keep_version` keeps the proposal (or
the original) of each line, as the Word reader does with a file's revisions, and
:func:`_list_numbers` numbers the lists again in the version kept (LibreOffice prints
"1.[2.]" for a renumbered paragraph).
"""

from __future__ import annotations

import bisect
import copy
import re
from typing import Any

from ...model import TrackedVersion
from .glyphs import _NO_SPACE, _SPACE, _WORD_GAP, _Glyph, _Row
from .notes import _path_boxes

#: A line struck through text: at most this thick (points), at this share of the line's
#: height above its boxes' bottom (an underline stands lower, about a fifth).
_STRIKE_THICKNESS = 2.0
_STRIKE_LOW = 0.3
_STRIKE_HIGH = 0.7
#: An underline stands down to this share of the line's height under its boxes' bottom
#: (LibreOffice's: 0.08 above it).
_UNDERLINE_LOW = -0.2
#: A strike or an underline runs at most this many line heights past the glyphs it
#: marks (a space at each end of a run of words).
_MARK_SLACK = 1.5
#: How far left of a line's first glyph a mark from the margin may start, in line
#: heights: the typed spaces (or a tab) an item opens with, not a column's width.
_TYPED_SPACES = 4.0
#: The marks of a glyph of a draft printed with its tracked changes (``_Glyph.mark``).
_STRUCK, _UNDERLINED = 1, 2


def _mark_changes(page: Any, rows: list[_Row], pdfium_c: Any) -> int:
    """Mark the glyphs that thin horizontal lines drawn on the page strike through (at
    :data:`_STRIKE_LOW` to :data:`_STRIKE_HIGH` of their line's height above its boxes'
    bottom) or underline (below :data:`_STRIKE_LOW`, down to :data:`_UNDERLINE_LOW`):
    how a word processor prints the deletions and insertions of a draft shown with its
    tracked changes. Returns how many glyphs are struck through. A table's rule stands
    between lines and marks nothing. Only the first :data:`_MAX_OBJECTS` objects of the
    page are looked at."""
    if not rows:
        return 0
    ordered = sorted(rows, key=lambda row: row.baseline)
    floors = [row.baseline for row in ordered]
    highest = max(row.height for row in rows)
    # The page's left margin: where its leftmost line starts.
    margin = min((row.glyphs[0].left for row in rows if row.glyphs), default=0.0)
    struck = 0
    for left, bottom, right, top in _path_boxes(page, pdfium_c):
        if top - bottom > _STRIKE_THICKNESS or right - left < 1.0:
            continue
        y = (top + bottom) / 2
        # The lines whose glyph boxes may hold y: their baseline at most a line's height
        # below it (and an underline a little under their boxes' bottom).
        at = bisect.bisect_left(floors, y - highest)
        # (A line joining two columns' lines stands at the middle of their baselines.)
        while at < len(ordered) and ordered[at].baseline <= y + 0.5 * highest:
            row = ordered[at]
            at += 1
            # Each glyph is measured from its own box: a line of the page may join the
            # lines of two columns, a little apart.
            marked: list[tuple[_Glyph, int]] = []
            for glyph in row.glyphs:
                # By its middle: an italic "f" overhangs the end of its strike.
                if not left - 0.5 <= (glyph.left + glyph.right) / 2 <= right + 0.5:
                    continue
                share = (y - glyph.bottom) / max(glyph.height, 1e-6)
                if _STRIKE_LOW <= share <= _STRIKE_HIGH:
                    marked.append((glyph, _STRUCK))
                elif _UNDERLINE_LOW <= share < _STRIKE_LOW:
                    marked.append((glyph, _UNDERLINED))
            if not marked:
                continue
            # A mark runs under (or through) the glyphs it marks, not far past them: a
            # table cell's border under its last line marks nothing.
            first, last = min(g.left for g, _ in marked), max(g.right for g, _ in marked)
            past = (first - left) + (right - last)
            if (
                marked[0][0] is row.glyphs[0]
                and left >= margin - _MARK_SLACK * row.height
                and first - left <= _TYPED_SPACES * row.height
            ):
                # A line that opens with typed spaces, marked with its words: the mark
                # starts at the margin, under (or through) the spaces, no glyph's ("    (a)
                # reinvigorate ..." inserted, underlined from the margin; read as not
                # underlined, the original kept every inserted item's first line).
                past = min(past, right - last)
            if past > _MARK_SLACK * row.height:
                continue
            for glyph, mark in marked:
                if glyph.mark != _STRUCK:
                    glyph.mark = mark
                    struck += mark == _STRUCK
            break
    return struck


def _keep_version(pages: list[list[_Row]], version: TrackedVersion) -> None:
    """Leave out, in place, what the ``version`` of a draft printed with its tracked
    changes does not hold: the struck glyphs from the proposal (``"accepted"``), the
    underlined ones from the original. A line left with no glyph goes, and the line below
    it measures its gap from it (see ``_Row.above``); a line keeps its indent where its
    first words went; where words went inside a line, one space stands in their place if
    a space stood around them, none where they were glued to what stays
    ("Condemns|Deplores")."""
    drop = _STRUCK if version == "accepted" else _UNDERLINED
    # The lines whose number the proposal strikes, its words kept, with that number (see
    # _join_merged).
    unnumbered: dict[int, list[_Glyph]] = {}
    plain = _plain_struck_numbers(pages) if version == "accepted" else {}
    for number, rows in enumerate(pages):
        kept_rows: list[_Row] = []
        gone: float | None = None
        # The gap above the first line of a run of lines left out whole: a run that opened
        # a paragraph ("Taking due note ..." struck, its paragraph going on at
        # "stressingStressing the urgent need ...") leaves its paragraph's gap to the line
        # that opens the paragraph now; a run inside a paragraph leaves a line's pitch.
        first_rise = 0.0
        before: float | None = None  # the baseline of the row above, as printed
        for row in rows:
            glyphs = row.glyphs
            above, before = before, row.baseline
            if gone is None:
                first_rise = (
                    0.0
                    if above is None
                    else (row.above if row.above is not None else above) - row.baseline
                )
            if version == "accepted" and (
                label := _struck_number(glyphs) or plain.get(id(row), [])
            ):
                unnumbered[id(row)] = label
            if not any(g.mark == drop for g in glyphs):
                if gone is not None:
                    row.above = max(gone, row.baseline + first_rise)
                    gone = None
                kept_rows.append(row)
                continue
            kept: list[_Glyph] = []
            run: list[_Glyph] = []
            # LibreOffice underlines the original number it prints in brackets ("[2.]", the
            # first half of a paragraph split in two): a number, not inserted words.
            numbered = _original_number(glyphs) if version == "original" else 0
            for at, glyph in enumerate(glyphs):
                if glyph.mark == drop and at >= numbered:
                    run.append(glyph)
                    continue
                if run and kept:
                    spaced = (
                        run[0].space_before != _NO_SPACE
                        or glyph.space_before != _NO_SPACE
                        or glyph.left - run[-1].right > _WORD_GAP * max(glyph.height, 1e-6)
                    )
                    glyph.hole = 2 if spaced else 1
                run = []
                kept.append(glyph)
            if not kept:
                gone = row.baseline
                continue
            # The line keeps its place, indent and measures: only its words change.
            row.glyphs = kept
            if gone is not None:
                row.above = max(gone, row.baseline + first_rise)
                gone = None
            kept_rows.append(row)
        pages[number] = kept_rows
    if version == "original":
        _rejoin_split_paragraphs(pages)
    elif unnumbered:
        _join_merged(pages, unnumbered)
    _list_numbers(pages)


def _struck_number(glyphs: list[_Glyph]) -> list[_Glyph]:
    """The glyphs of the number, unstruck, where a line opens with a list number in
    brackets struck through ("[2.]": "2.") before words that are not: LibreOffice's print
    of a paragraph whose mark a tracked change deleted. Else none."""
    found = _BRACKETED_NUMBER.match("".join(g.char for g in glyphs[:14]))
    if (
        found is None
        or not all(g.mark == _STRUCK for g in glyphs[: found.end()])
        or all(g.mark == _STRUCK for g in glyphs[found.end() :])
    ):
        return []
    label = [copy.copy(g) for g in glyphs[found.start(1) : found.end(1)]]
    for glyph in label:
        glyph.mark = 0
    label[0].space_before = glyphs[0].space_before
    return label


def _plain_struck_numbers(pages: list[list[_Row]]) -> dict[int, list[_Glyph]]:
    """The lines (by id) that open with a plain paragraph number struck through ("2̶.")
    before words that are not, where the next numbered line opens with the next number
    in brackets alone ("[3.]"), and that number, unstruck. LibreOffice prints so a
    paragraph whose mark a tracked change deleted where the paragraph's own words are
    unchanged (the "[2.]" of :func:`_struck_number` where they changed): the paragraph
    below, joined to it, keeps no number of its own. A struck number alone is no such
    sign: a typed number deleted, or a struck word "areas." opening a line, print the
    same; the bracketed number after it, which only a list's automatic numbering of a
    paragraph joined away prints, is."""
    out: dict[int, list[_Glyph]] = {}
    pending: tuple[_Row, int, int] | None = None  # the line, its number, the label's end
    for rows in pages:
        for row in rows:
            glyphs = row.glyphs
            head = "".join(g.char for g in glyphs[:14])
            if pending is not None and (_BRACKETED_NUMBER.match(head) or _LIST_LABEL.match(head)):
                alone = _BRACKETED_ALONE.match(head)
                line, value, end = pending
                if alone is not None and int(alone.group(1)) == value + 1:
                    label = [copy.copy(g) for g in line.glyphs[:end]]
                    for glyph in label:
                        glyph.mark = 0
                    out[id(line)] = label
                pending = None
            found = _PLAIN_NUMBER.match(head)
            if (
                found is not None
                and all(g.mark == _STRUCK for g in glyphs[: found.end()])
                and len(glyphs) > found.end()
                and glyphs[found.end()].mark != _STRUCK
            ):
                pending = (row, int(found.group(1)), found.end())
    return out


def _join_merged(pages: list[list[_Row]], unnumbered: dict[int, list[_Glyph]]) -> None:
    """Join, in place, two paragraphs the proposal merged by deleting the first one's
    mark: LibreOffice strikes the first one's number ("[2.]") and prints the second with
    its own ("[3.]"), opening, once its struck words go, mid-sentence ("... the
    Revitalised Agreement, and" / "[3.] decides that ..."). The first paragraph gets its
    struck number back (``unnumbered``, by the line's id) and the second, its label gone,
    reads on from it, as Word shows the two accepted (the second's label, given to the
    first, made a sub-item "(a)" of it: a stranger's review). Where the second does not
    open so (its first word kept: "[3.] Decides"), the first keeps its number, a
    paragraph of its own (left unnumbered, it was read into the paragraph above it).
    Read as printed, the first paragraph, without a number, was read into the paragraph
    above it, and the second kept its own (twenty-first session: a hand-made Word draft
    of S/RES/2625 (2022) printed by LibreOffice)."""
    opened: _Row | None = None
    before: _Row | None = None
    for rows in pages:
        for row in rows:
            glyphs = row.glyphs
            label = unnumbered.get(id(row))
            if label is not None:
                glyphs[0].space_before = _SPACE
                row.glyphs = label + glyphs
                row.left = label[0].left
                opened, before = row, row
                continue
            head = "".join(g.char for g in glyphs[:14])
            found = _BRACKETED_NUMBER.match(head) or _LIST_LABEL.match(head)
            end = found.end() if found is not None else 0
            if found is not None:
                # The next label closes the joined paragraph, read on or not: after a
                # struck number, the paragraph above may end with its ";" kept (its own
                # words unchanged) and the one below still read on from it.
                if opened is not None:
                    _reads_on(row, end, before, ended=True)
                opened = None
            before = row


def _original_number(glyphs: list[_Glyph]) -> int:
    """How many glyphs at the head of a line make a list number the original keeps,
    though LibreOffice underlines it: a number in brackets ("[2.]", the original's), or
    a number alone underlined before words that are not (the paragraph's words are the
    original's, only the number is new: the first half of a paragraph split in two). A
    number underlined with the words after it opens an inserted paragraph: it goes."""
    head = "".join(g.char for g in glyphs[:14])
    bracketed = _BRACKETED_NUMBER.match(head)
    if bracketed is not None:
        # Only before words of the original: a paragraph inserted (or moved here) whole
        # is underlined, its number too.
        kept = any(g.mark != _UNDERLINED for g in glyphs[bracketed.end() :])
        return bracketed.end() if kept else 0
    label = _LIST_LABEL.match(head)
    if label is None or len(glyphs) <= label.end():
        return 0
    end = label.end()
    if all(g.mark == _UNDERLINED for g in glyphs[:end]) and glyphs[end].mark != _UNDERLINED:
        return end
    return 0


def _rejoin_split_paragraphs(pages: list[list[_Row]]) -> None:
    """Join again, in place, a paragraph the proposal split in two: in the original, the
    second part's opening words (underlined: "Decides further that all States shall
    prevent") are gone, and what is left runs on from the first part mid-sentence ("...
    the procurement of missiles, and" / "2. the transfer of financial resources;"). Its
    number goes, and the line reads on from the line above it, as the paragraph did
    before the split (formats review, 3 December: read as a paragraph of its own, the
    second part made up a split and a stronger obligation)."""
    before: _Row | None = None
    for rows in pages:
        for row in rows:
            glyphs = row.glyphs
            head = "".join(g.char for g in glyphs[:8])
            match = _LIST_LABEL.match(head)
            end = match.end() if match is not None else 0
            if match is not None and match.group(2).isdigit() and not match.group(1):
                _reads_on(row, end, before)
            before = row


def _reads_on(row: _Row, end: int, before: _Row | None, *, ended: bool = False) -> bool:
    """Take off, in place, the ``end`` glyphs of the label opening ``row`` where what
    follows reads on from the line ``before`` mid-sentence: words left out just before it
    (the version's own words gone), a lower-case letter, and a line above that ends no
    clause (or, ``ended``, that may: a paragraph joined by a deleted mark). The line is
    then measured as one more line of the paragraph above. Returns whether it was."""
    glyphs = row.glyphs
    if not (
        before is not None
        and len(glyphs) > end
        and glyphs[end].hole
        and glyphs[end].char.islower()
        and (ended or before.glyphs[-1].char not in _ENDS_CLAUSE)
    ):
        return False
    rest = glyphs[end:]
    rest[0].hole = 0
    rest[0].space_before = glyphs[0].space_before
    row.glyphs = rest
    row.left = rest[0].left
    row.above = row.baseline + row.height * 1.2
    return True


#: What ends a paragraph or an item: a line that ends so is no part cut mid-sentence.
_ENDS_CLAUSE = frozenset(";.:")


#: LibreOffice prints a list item of a text with tracked changes with its original
#: number in brackets, after its number in the text as changed if it gives one: "1.[2.]",
#: "[1.]", "(b)[(c)]". It gives none to an item whose own words changed and counts the
#: others without it, and its original numbers skip items too: neither is to be trusted.
#: (A drafter's own bracketed label, "[Alt.]", is no list number.)
_BRACKETED_NUMBER = re.compile(
    r"(?:\(?(?:\d{1,3}|[a-z]{1,5}|[A-Z])[.)])?\[(\(?(?:\d{1,3}|[a-z]{1,5}|[A-Z])[.)])\]"
)
#: A paragraph's number in brackets alone, with no number of the version shown before it
#: ("[3.]": a paragraph the proposal joins to the one above), and a plain paragraph
#: number ("2.").
_BRACKETED_ALONE = re.compile(r"\[(\d{1,3})\.\]")
_PLAIN_NUMBER = re.compile(r"(\d{1,3})\.")
#: A list label opening a line: "12.", "(b)", "iv)", its key in the group.
_LIST_LABEL = re.compile(r"(\()?([0-9]{1,3}|[a-z]{1,5}|[A-Z]{1,3})([.)])")
#: Two list labels stand at one level when they start this close (points).
_LEVEL_SLACK = 4.0
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii")


def _list_numbers(pages: list[list[_Row]]) -> None:
    """Number the list items of a draft printed by LibreOffice with its tracked changes
    (see :data:`_BRACKETED_NUMBER`) again, in place, as the version read numbers them:
    its paragraphs 1, 2, 3 ... in order, and each list under them by its first label's
    kind ("(a)", "(i)", "1)") and its indent. A text with no bracketed number is left as
    printed (a word processor prints the numbers of the proposal)."""
    rows = [row for page in pages for row in page]
    heads = [_BRACKETED_NUMBER.match("".join(g.char for g in row.glyphs[:14])) for row in rows]
    if not any(heads):
        return
    paragraph = 0
    # The open lists under the paragraph: (indent, kind, count, opening, closing).
    levels: list[list[Any]] = []
    for row, found in zip(rows, heads, strict=True):
        glyphs = row.glyphs
        if found is not None:
            # The bracketed label stands for the item's label; the rest of the head goes.
            label = glyphs[found.start(1) : found.end(1)]
            label[0].space_before = glyphs[0].space_before
            glyphs = row.glyphs = label + glyphs[found.end() :]
        head = "".join(g.char for g in glyphs[:8])
        match = _LIST_LABEL.match(head)
        if match is None or len(glyphs) <= match.end():
            continue
        after = glyphs[match.end()]
        opening, key, closing = match.group(1) or "", match.group(2), match.group(3)
        if (
            found is None
            and not (
                after.space_before != _NO_SPACE
                and after.left - glyphs[match.end() - 1].right > _WORD_GAP * max(after.height, 1e-6)
            )
            # The next label of the list open at the line's indent: LibreOffice's tab
            # after a wide label ("(iii)", "(viii)") may leave less than a word's gap.
            # Skipped, the items after it were counted one short ("(v)" read "(iii)").
            and not (
                levels
                and abs(levels[-1][0] - row.left) <= _LEVEL_SLACK
                and key == _nth(levels[-1][1], levels[-1][2] + 1, key)
            )
        ):
            continue  # a word opening a wrapped line ("2004. The ...")
        if key.isdigit() and not opening and closing == ".":
            paragraph += 1
            levels = []
            _relabel(row, match.end(), f"{paragraph}.")
            continue
        # Where the line starts as printed (the bracketed label starts further right).
        left = row.left
        while levels and levels[-1][0] > left + _LEVEL_SLACK:
            levels.pop()
        if levels and abs(levels[-1][0] - left) <= _LEVEL_SLACK:
            levels[-1][2] += 1
        else:
            kind = "digit" if key.isdigit() else "roman" if key.lower() == "i" else "letter"
            levels.append([left, kind, 1, opening, closing])
            if key.isupper():
                levels[-1][1] += "-upper"
        _, kind, count, opening, closing = levels[-1]
        _relabel(row, match.end(), f"{opening}{_nth(kind, count, key)}{closing}")


def _nth(kind: str, count: int, key: str) -> str:
    """The ``count``-th label of a list of ``kind`` ("digit", "roman", "letter", each
    maybe "-upper"); ``key``, the label printed, past the romans known."""
    if kind.startswith("digit"):
        new = str(count)
    elif kind.startswith("roman"):
        new = _ROMANS[count - 1] if count <= len(_ROMANS) else key
    else:
        new = chr(ord("a") + (count - 1) % 26) * ((count - 1) // 26 + 1)
    return new.upper() if kind.endswith("-upper") else new


def _relabel(row: _Row, end: int, label: str) -> None:
    """Print ``label`` in place of the row's first ``end`` glyphs."""
    first, last = row.glyphs[0], row.glyphs[end - 1]
    step = (last.right - first.left) / len(label)
    made = [
        _Glyph(
            char,
            first.left + k * step,
            first.left + (k + 1) * step,
            first.bottom,
            first.top,
            first.space_before if k == 0 else _NO_SPACE,
            first.size,
        )
        for k, char in enumerate(label)
    ]
    row.glyphs = made + row.glyphs[end:]
