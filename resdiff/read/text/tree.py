"""The tree, the last stage of the text reader: units numbered and built into clause trees
(sub-paragraph lists, headings, numbering warnings, the depth bound). A unit becomes its
clause's node in :mod:`.nodes`, headings are told in :mod:`.headings`, the tree is grown
by :mod:`.nesting`'s builder, and the tree built is checked in :mod:`.structure`."""

from __future__ import annotations

from ...brackets import DELETION_MARKS, drafters_notes
from ...model import (
    Footnote,
    Section,
)
from .headings import (
    _HEADING_LINES,
    _ending,
    _is_heading,
    _is_lead_in_heading,
    _is_numbered_heading,
    _is_operative_heading,
    _is_preamble_end_heading,
    _joined_punct,
    _next,
)
from .labels import _continues, _family_of
from .lines import (
    _final_punct,
    _join,
    _Line,
)
from .nesting import _Builder, inserted_ref
from .patterns import (
    _ANY_PART_LABEL,
    _CLOSING_FORMULA,
    _FOOTNOTE,
    _FORMULA,
    _PART_LABEL,
    _PART_LABEL_CHARS,
    _PARTICIPLE,
    _PP_OPENER,
)
from .shapes import _opens_with_verb
from .units import _Unit


def _build(
    units: list[_Unit],
    early: list[_Unit],
    *,
    statement: bool = False,
    limit: int | None = None,
    own: frozenset[int] = frozenset(),
) -> _Builder:
    """Classify the units (PP, OP, sub-paragraph, heading, continuation) and build trees.

    A presidential statement (``statement``) has no preamble: its every paragraph is
    operative. Once more than ``limit`` clauses are built, it stops and records the line
    it stopped at (``stopped_at``): the rest would be built only to be refused. ``own``:
    the lines that open an unnumbered paragraph of its own (the Word reader knows one
    whose number a tracked change took off), never a second paragraph of the one above.
    """
    b = _Builder()
    if own:
        # The refs typed labels will take, kept free for them (add_unnumbered_op).
        b.typed_refs = {
            inserted_ref(u, u.number) for u in units if u.kind == "op" and u.number is not None
        }
    numbered = any(u.kind == "op" for u in units)
    all_units = early + units
    # Without numbers, the operative part starts at the first paragraph that ends with
    # ";" or "." (preambular paragraphs end with ","), or at the last paragraph.
    first_op: int | None = None
    # The paragraphs read as headings, when every paragraph is looked at below: the loop
    # asks again for each (a paragraph's lines grow only once the loop has passed it).
    headings_at: set[int] = set()
    headings_known = not statement and not numbered
    if statement and not numbered:
        first_op = 0
    elif not numbered:
        paras: list[int] = []
        # _is_heading of a paragraph of one to four lines with one after it, by its text
        # (all the test reads then): a hostile text prints a job number "1000024-08292
        # (E)" as a paragraph of its own a thousand times.
        heading_by_text: dict[str, bool] = {}
        for k, u in enumerate(all_units):
            if u.kind == "para" and not _whole_note(u):
                following = _next(all_units, k)
                if _listed_label(all_units, k):
                    heading = False
                elif u.md_heading or following is None or len(u.lines) > _HEADING_LINES:
                    heading = _is_heading(u, following)
                elif (heading_known := heading_by_text.get(text := u.text)) is not None:
                    heading = heading_known
                else:
                    heading = heading_by_text[text] = _is_heading(u, following)
                if heading:
                    headings_at.add(k)
                else:
                    paras.append(k)
        # (Each paragraph's text and final punctuation found once.)
        for n, k in enumerate(paras):
            text = all_units[k].text
            # "...; and" ends like ";": the 1950s set the parts of an operative text
            # apart so ("Determines that ... breach of the peace; and" / "I" / "Calls
            # for ..."), and a recital joined so ends with ", and".
            punct = _final_punct(text) or _joined_punct(text)
            if (
                punct in (";", ".")
                # A recital led by a participle and followed by more paragraphs ends
                # with a comma that the print or the scan lost: "Having considered the
                # report ... Force. 9" / "Decides: (a) ..." (S/RES/596 (1987)). No
                # operative paragraph opens with one.
                and not (n + 1 < len(paras) and _PARTICIPLE.match(text))
            ) or (punct == ":" and not _PP_OPENER.match(text)):
                first_op = k
                break
        if first_op is None and paras:
            last = all_units[paras[-1]]
            if not (_final_punct(last.text) == "," and _PP_OPENER.match(last.text)):
                first_op = paras[-1]
    section: Section = "preamble"
    last_k = len(all_units) - 1
    for k, unit in enumerate(all_units):
        if limit is not None and len(b.used_refs) > limit:
            # Every clause built holds a ref of its own, so the refs count the clauses;
            # the unit before this one built the clause that passed the limit.
            b.stopped_at = all_units[k - 1].lines[0].no
            break
        following = all_units[k + 1] if k < last_k else None  # _next, inline
        if unit.kind == "note":
            first = unit.lines[0]
            match = _FOOTNOTE.match(first.text)
            body = [_Line(first.no, match.group("text") if match else first.text), *unit.lines[1:]]
            b.notes.append(Footnote(mark=unit.label or "", text=_join(body), line=first.no))
            continue
        if unit.kind == "op":
            section = "operative"
            b.add_op(unit, unit.number)
            continue
        if (
            unit.kind == "para"
            and len(unit.lines) == 1
            and unit.text[:1] in "TLE"
            and _FORMULA.fullmatch(unit.text) is not None
        ):
            # A part's own enacting formula ("B" / "The General Assembly," / "Recalling
            # ..."): a heading of the part, before its first recital.
            if (
                b.operative
                and b.second_formula is None
                and not any(_ANY_PART_LABEL.match(text) for text, _, _ in b.pending_headings)
            ):
                # After operative paragraphs and under no part's label ("B"), the
                # formula opens another resolution copied on with no "Adopted ..." line
                # between: its paragraphs run on as the first's (kept, not lost), and the
                # reader says so (second-resolution), never joins two texts unsaid.
                b.second_formula = unit.lines[0].no
            b.add_heading(
                unit,
                "operative" if following is not None and following.kind == "op" else "preamble",
            )
            continue
        if unit.kind == "para" and _whole_note(unit):
            # A drafter's note on a line of its own ("[Note: the United Kingdom proposes
            # deleting the next paragraph.]") is no recital and no paragraph: it goes with
            # the clause before it, as a note inside a paragraph does (the analysis reads
            # it as no text of the draft, the comparison names it), so the recitals after
            # it keep their places. Before any clause, it goes with the next one.
            if b.stack:
                b.continue_text(unit)
            else:
                b.held.extend(unit.lines)
            continue
        if unit.wrap_up and b.stack:
            # A paragraph's ending after its items: the paragraph's words, as an Akoma
            # Ntoso "wrapUp" is read.
            b.stack[0].lines.extend(unit.lines)
            continue
        if unit.kind == "sub":
            if (
                section == "preamble"
                and numbered
                and _final_punct(unit.text) == ","
                and (_PARTICIPLE.match(unit.text) or _PP_OPENER.match(unit.text))
                and (
                    not b.stack
                    or (len(b.stack) == 1 and _final_punct(_ending(b.stack[0].lines)) != ":")
                )
            ):
                # "(a) Recalling ...,", "(b) Noting ...," before "1. Decides": lettered
                # recitals, not operative paragraphs (unless a recital's own list, after
                # a colon, holds them).
                b.add_pp(unit)
                continue
            if len(b.stack) == 0 or (
                b.stack[0].family
                and b.stack[0].key
                and _continues(b.stack[0].family, b.stack[0].key, unit.label or "")
            ):
                # Labelled paragraphs without operative numbers ("(a) Resolves ...;",
                # "(b) Requests ..."): they are the operative paragraphs.
                section = "operative"
                b.add_op(unit, None)
                family, key = _family_of(unit.label or "")
                b.stack[0].family, b.stack[0].key = family, key
                continue
            if (
                following is not None
                and following.kind == "op"  # (what the test asks first, without a call)
                and _is_numbered_heading(unit, following, b.stack)
            ):
                # "(i) Exemptions, advance approvals and notifications" above "9. Decides".
                first = unit.lines[0]
                titled = _Line(first.no, f"{unit.label} {first.text}", first.indent)
                b.add_heading(_Unit([titled], "para"), "operative")
                continue
            b.add_sub(
                unit,
                # _next_sub_label, its commonest case first: the next unit is an item.
                following.label
                if following is not None and following.kind == "sub"
                else _next_sub_label(all_units, k),
            )
            continue
        if (
            section == "operative"
            and len(b.stack) == 1
            and _lowered_part_label(unit, b.heading, following)
        ):
            # "B" / ... / "30. Confirms ...;" / "c" / "Desirous of ...," (S/RES/820
            # (1993)): part C's label, its capital lost by the scan; read as printed.
            b.add_heading(unit, section)
            b.part_heading = unit.text.upper()
            b.warn(
                "numbering-ocr",
                f"part label {unit.text!r} read as {unit.text.upper()}, the part expected "
                f"after {b.heading} (a misprint)",
                unit.lines[0].no,
            )
            continue
        if (
            (
                k in headings_at
                if headings_known
                else not _listed_label(all_units, k) and _is_heading(unit, following)
            )
            or (
                numbered and section == "operative" and _is_operative_heading(all_units, k, b.stack)
            )
            or (section == "preamble" and _is_preamble_end_heading(unit, following, b.stack))
            or (section == "operative" and _is_lead_in_heading(unit, following, b.stack))
        ):
            if b.stack and following and following.kind == "sub":
                # A sub-heading inside a list: it stands before the next item (in a
                # recital's list too; as a heading of the section it stood before no
                # clause, and a report put it after the last one).
                b.add_sub_heading(unit)
                continue
            upcoming: Section = section
            if (
                numbered
                and following is not None
                and (
                    following.kind == "op"
                    # A part's label above its title ("I" / "General provisions" / "1."):
                    # both stand before the operative paragraph.
                    or (
                        following.kind == "para"
                        and k + 2 <= last_k
                        and all_units[k + 2].kind == "op"
                        and _is_heading(following, all_units[k + 2])
                    )
                )
            ):
                upcoming = "operative"
            b.add_heading(unit, upcoming)
            continue
        if not numbered:
            if first_op is not None and k >= first_op:
                section = "operative"
            if section == "operative":
                b.add_op(unit, None)
            elif not b.quotation_goes_on(unit):
                b.add_pp(unit)
            continue
        if section == "preamble" or not b.stack:
            if section == "preamble" and b.quotation_goes_on(unit):
                continue
            b.add_pp(unit)
            continue
        # An unnumbered paragraph inside the operative part.
        if unit.lines[0].no in own and not unit.label:
            # Its own paragraph without a number, as Word shows it: outside the count,
            # after the paragraph above ("OP1bis"), as a paragraph inserted unnumbered.
            b.add_unnumbered_op(unit)
            continue
        previous = _ending(b.stack[-1].lines)
        if (
            following is None
            and _final_punct(previous) == ";"
            and _CLOSING_FORMULA.match(unit.text)
        ):
            # "6. Urges ...;" / (blank) / "Decides to remain seized of the matter.": the
            # closing paragraph whose number the print lost, not a second paragraph of
            # the one before (whose ";" says it was not the last).
            # After the highest number used in the part, not the last one read: "1.",
            # "3.", "2." and the closing line make it 4.
            number = b.highest_op() + 1
            # A number the reader gave is no gap in the print's numbering.
            b.last_op = number - 1
            b.add_op(unit, number)
            b.warn(
                "numbering-lost",
                f"the closing paragraph has no number: read as {b.operative[-1].ref}",
                unit.lines[0].no,
            )
            continue
        if all_units[k - 1].kind != "para" and _lost_number(unit, following, previous, b.last_op):
            # "1. Reaffirms ...;" / "Calls upon Israel ...;" / "3. Declares ..." (S/RES/484
            # (1980)): a paragraph of its own whose number the scan lost, the one the
            # count skips, not the end of paragraph 1. Only when it stands alone in the
            # gap: after another unnumbered paragraph, which of the two lost the number
            # is not known, and both are read as before.
            number = (b.last_op or 0) + 1
            b.add_op(unit, number)
            b.warn(
                "numbering-lost",
                f"a paragraph with no number between {number - 1} and {number + 1}: "
                f"read as {b.operative[-1].ref}",
                unit.lines[0].no,
            )
            continue
        if (
            _final_punct(previous) == ":"
            and _final_punct(unit.text) == ":"
            and len(b.stack) > 1
            and b.stack[-1].family not in ("", "plain")
            and following is not None
            and following.kind == "sub"
        ):
            # "(c) Supporting the peace process:" / "To carry out ... the following
            # tasks:" / "(i) ...": the item's lead-in goes on in a second paragraph.
            b.continue_text(unit)
        elif _final_punct(previous) == ":" or (
            b.stack[-1].family == "plain" and _final_punct(previous) != "."
        ):
            b.add_unlabelled_child(unit)
        elif _lost_comma_recital(unit, following, previous):
            # "2. Requests ...;" / "Noting with concern" / "the situation in Haiti" / "3.
            # Calls upon ...": a recital standing alone between operative paragraphs
            # whose comma the print lost, read as one with its comma is (below), not run
            # into the paragraph above.
            b.add_pp(unit)
        elif (
            _final_punct(unit.text) == ","
            and _PP_OPENER.match(unit.text)
            # The paragraph before ended, or a part's label stands between ("... (g)
            # ... programmes," / "B" / "Acting under Chapter VII ...,": S/RES/814 (1993),
            # whose scan lost the full stop of OP4); not any heading: a task of a
            # mandate under "Protection of civilians" opens with a participle too.
            and (
                _final_punct(previous) in (";", ".")
                or any(_PART_LABEL.match(text) for text, _, _ in b.pending_headings)
                # The next recital of such a run, after a recital's comma (S/RES/864 (1993)).
                or (b.stack[0].section == "preamble" and _final_punct(previous) == ",")
            )
        ):
            # A recital between operative parts ("B / Determined to ..., / Acting under").
            b.add_pp(unit)
        else:
            b.continue_text(unit)
    if limit is not None and b.stopped_at is None and len(b.used_refs) > limit and all_units:
        # The last unit passed it: the same refusal, naming its line, and the count is
        # known.
        b.stopped_at = all_units[-1].lines[0].no
        b.stopped_count = len(b.used_refs)
    return b


def _lowered_part_label(unit: _Unit, heading: str | None, following: _Unit | None) -> bool:
    """Whether ``unit`` is a lone lower-case letter on a line of its own, the letter
    after the part label the paragraphs above stand under ("B" then "c"), before what
    opens a part (a numbered paragraph or a recital): the next part's label, its capital
    lost. A lone letter elsewhere (an item's "c" that lost its bracket, a stray mark of
    the scan before the paragraph it sits in) is left as it was read; the caller checks
    that no item is open (an item "c" after "(a)", "(b)")."""
    text = unit.text
    return (
        following is not None
        and (following.kind == "op" or _PP_OPENER.match(following.text) is not None)
        and (
            unit.kind == "para"
            and len(unit.lines) == 1
            and len(text) == 1
            and "a" <= text <= "h"
            and heading is not None
            and len(heading) == 1
            and ord(heading) == ord(text) - 32 - 1
        )
    )


def _lost_number(unit: _Unit, following: _Unit | None, previous: str, last_op: int | None) -> bool:
    """Whether an unnumbered ``unit`` inside the operative part is the paragraph whose
    number the print lost: it opens with an operative verb after a paragraph that has
    ended, and the next numbered paragraph skips exactly one number ("1." ... "3.")."""
    return (
        last_op is not None
        and following is not None
        and following.kind == "op"
        and following.number == last_op + 2
        and _final_punct(previous) in (";", ".")
        and _opens_with_verb(unit.text)
    )


def _lost_comma_recital(unit: _Unit, following: _Unit | None, previous: str) -> bool:
    """Whether an unnumbered ``unit`` inside the operative part is a recital that lost its
    final comma: led by a recital's participle (``_PARTICIPLE``: "Noting", "Welcoming",
    "Having considered"; not "Creating" or "Pending"), ending with no mark at all, after a
    paragraph that has ended and right before a numbered paragraph."""
    return (
        following is not None
        and following.kind == "op"
        and _final_punct(previous) in (";", ".")
        and _final_punct(unit.text) == ""
        and _PARTICIPLE.match(unit.text) is not None
    )


def _whole_note(unit: _Unit) -> bool:
    """Whether ``unit`` is nothing but drafters' notes in brackets ("[Note: ...]",
    "[Comment (China): delete]")."""
    # A unit whose lines hold no "[" holds no note (joining adds no bracket): told before
    # it is joined, as most are (asked twice of every paragraph).
    for line in unit.lines:
        if "[" in line.text:
            break
    else:
        return False
    text = unit.text.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return False
    if text[1:-1].strip().lower() in DELETION_MARKS:
        # "[Deleted]": a placeholder where a paragraph stood, warned of as such.
        return False
    return "".join(drafters_notes(text)).replace(" ", "") == text.replace(" ", "")


def _listed_label(units: list[_Unit], k: int) -> bool:
    """Whether ``units[k]`` is a label with its full stop alone on its line ("A.") right
    after a paragraph that ended with a colon, a semicolon or a comma: the next item of
    a list ("... designated:" / "A." / "Mr. X;" / "B."), not a part's label, which opens
    the text or follows a part that ended (formats25's review)."""
    unit = units[k]
    text = unit.text
    return (
        k > 0
        and len(unit.lines) == 1
        and len(text) <= _PART_LABEL_CHARS
        and text.endswith(".")
        and _ANY_PART_LABEL.match(text) is not None
        and _final_punct(units[k - 1].text) in (":", ";", ",")
    )


def _next_sub_label(units: list[_Unit], k: int) -> str | None:
    # By index, not a slice: copying the rest of the list for every label was quadratic.
    for j in range(k + 1, len(units)):
        unit = units[j]
        if unit.kind == "op":
            return None
        if unit.kind == "sub":
            return unit.label
    return None
