"""Labels: the paragraphs of the version with the numbers Word shows them with (their
list level, whether they are in a list), and the empty ones skipped, but for blank lines
of a printed text and a number heading its sub-paragraphs. A layer of
:class:`~resdiff.read.docx.reader._Reader`.
"""

from __future__ import annotations

import re

from ...model import ParseWarning, TrackedVersion
from .numbering import _clamp_level, _ilvl_child, _legacy_label, _Numbering, _Styles
from .package import _Xml
from .paragraphs import _Paragraph, _Physical, row_text

#: How many paragraph numbers a warning lists before it says "and N more".
_LISTED_LINES = 10

#: A typed first label of a list of sub-paragraphs ("(a) ...", "(i) ...", "a) ..."):
#: under an empty automatic number it opens that number's sub-paragraphs, as Word shows
#: them. A later label ("(c)") goes on the list above, and the number is a stray one.
_TYPED_FIRST_LABEL = re.compile(r"\(?[ai]\)(?:\s|$)")
#: A typed first label of a list of another kind than the number above it ("A. ...",
#: "1. ...", "I. ..."): under an empty "2." a typed "A." opens that number's list, as
#: Word shows it; a typed "1." under an empty "2." is the same kind of list begun again,
#: and that number a stray one (formats24).
_TYPED_FIRST_OTHER = re.compile(r"(?:A|1|I)[.)](?:\s|$)")
#: How a typed "A. ..." that is a list's item ends, as a provision does: a typed heading
#: ("A. Mandate of the Mission", "I. Sanctions measures") ends with a word, or with a
#: colon ("A. Rule of law:": 8 of the AKN corpus's 207 subheadings; review formats24).
_PROVISION_ENDS = (";", ".", ",", "\u2014")
#: A typed "(h)": the "(i)" after it is the list's ninth letter, not a roman first label.
_TYPED_H = re.compile(r"\(?h\)(?:\s|$)")
#: How a paragraph that introduces a list ends ("Condemns ... :"): an empty number under
#: it, above a typed "(a)", is a stray one, the "(a)" opening this paragraph's list.
_INTRODUCES = (":", ":\u2014", "\u2014", ":-")


class _Labels:
    """The paragraphs of the version labelled (a layer of :class:`_Reader`)."""

    # Set by _Reader.__init__.
    version: TrackedVersion
    x: _Xml
    styles: _Styles
    numbering: _Numbering
    warnings: list[ParseWarning]

    # -- paragraphs of the version --------------------------------------------------
    def _number(self, joined: list[tuple[_Physical, str, bool]]) -> list[_Paragraph]:
        """The paragraphs with their labels, empty ones too: Word numbers an empty
        numbered paragraph, and the counters must advance as Word's do."""
        out: list[_Paragraph] = []
        for lead, text, vanishes in joined:
            if vanishes and not text.strip():
                continue
            if lead.cells:
                text = self._row_labelled(lead, text)
            label, level, listed = self._label(lead)
            out.append(
                _Paragraph(
                    lead.index,
                    text,
                    label,
                    level,
                    listed,
                    lead.flow,
                    style=self.styles.name_of(lead.ppr),
                    report_label=lead.label,
                    report_text=lead.body,
                    bookmarks=lead.bookmarks,
                    authors=lead.authors,
                    move=lead.move,
                    unnumbered=lead.unnumbered and not label,
                )
            )
        return out

    def _row_labelled(self, row: _Physical, text: str) -> str:
        """The text of a table row read as one paragraph, its cells' paragraphs labelled
        with the numbers Word shows them with ("(a)" drawn in the first column), their
        counters advanced in reading order as Word's are (they were read without their
        numbers, the row a bullet, before user19)."""
        labels = [[self._label(p)[0] for p in cell] for cell in row.cells]
        if not any(label for cell in labels for label in cell):
            return text
        return row_text(
            [
                [(label, p.text) for label, p in zip(cell_labels, cell, strict=True)]
                for cell_labels, cell in zip(labels, row.cells, strict=True)
            ]
        )

    def _skip_empty(self, paragraphs: list[_Paragraph]) -> list[_Paragraph]:
        """The paragraphs without those that hold no text, which are not paragraphs,
        except blank lines of a printed text and a number heading its sub-paragraphs
        ("11." alone above "(a) Expresses ...", which Word draws as an empty numbered
        paragraph, the "(a)" numbered by Word or typed). Empty numbered paragraphs
        skipped are counted in one warning: Word shows their numbers, so the next
        paragraphs' labels skip them too."""
        skipped: list[int] = []
        following: _Paragraph | None = None  # the next paragraph with text
        keep = [False] * len(paragraphs)
        before: list[_Paragraph | None] = []  # the paragraph with text before each
        last: _Paragraph | None = None
        for para in paragraphs:
            before.append(last)
            if para.text.strip():
                last = para
        for k in range(len(paragraphs) - 1, -1, -1):
            para = paragraphs[k]
            if para.text.strip():
                keep[k] = True
                following = para
            elif para.printed:
                keep[k] = True  # a blank line between printed paragraphs
            elif para.label:
                heads = following is not None and (
                    (following.listed and bool(following.label) and following.level > para.level)
                    or (
                        not following.label
                        and _opens_typed_list(following.text, before[k], para.label)
                    )
                )
                keep[k] = heads
                if not heads:
                    skipped.append(para.index)
        out = [para for k, para in enumerate(paragraphs) if keep[k]]
        if skipped:
            skipped.reverse()
            self.warnings.append(_empty_numbered_warning(skipped))
        return out

    def _label(self, p: _Physical) -> tuple[str, int, bool]:
        """The automatic number of a paragraph in this version, its list level, and
        whether it is in a list."""
        x = self.x
        ppr = p.ppr
        style = x.val(ppr, "pStyle") if ppr is not None else None
        style = style or self.styles.default
        num_pr = ppr.find(x.q("numPr")) if ppr is not None else None
        num_id: str | None = None
        level: int | None = None
        if num_pr is not None:
            inserted = num_pr.find(x.q("ins")) is not None
            if self.version == "original" and inserted:
                num_pr = None  # numbering added as a tracked change: not in the original
            else:
                num_id = x.val(num_pr, "numId")
                level = _ilvl_child(x, num_pr)
                legacy = num_pr.find(x.q("numberingChange"))
                if self.version == "original" and legacy is not None:
                    original = x.val(legacy, attr="original") or ""
                    if num_id is not None:
                        self.numbering.label(num_id, _clamp_level(level))
                    return _legacy_label(original), _clamp_level(level), bool(original)
        if num_id is None:
            style_id, style_level = self.styles.numbering_of(style)
            num_id = style_id
            level = level if level is not None else style_level
        if num_id is None or num_id.strip() == "0":
            return "", 0, False
        if level is None:
            level = self.numbering.level_for_style(num_id, style)
        level = _clamp_level(level)
        label = self.numbering.label(num_id, level)
        if label is None:
            self.warnings.append(
                ParseWarning(
                    code="docx-numbering",
                    message=f"numbering {num_id} is not defined in numbering.xml: the "
                    "paragraph is read without its number"
                    if self.numbering.present
                    else f"numbering {num_id} is used but the package has no numbering part "
                    "(word/numbering.xml): the paragraph is read without its number",
                    line=p.index,
                )
            )
            return "", level, False
        return label, level, True


def _opens_typed_list(text: str, above: _Paragraph | None, number: str = "") -> bool:
    """Whether a paragraph's text opens with a typed first sub-paragraph label of a new
    list under the empty ``number``, ``above`` the paragraph with text before that
    number: "(a)", "(i)", or "A.", "1.", "I." where the number is of another kind
    (formats24); not when ``above`` introduces a list ("Condemns ...:", or numbered and
    ending with a word, "Calls upon the parties to": the "(a)" is its own, review
    formats23), nor "(i)" after "(h)" (the ninth letter)."""
    text = text.lstrip()
    if _TYPED_FIRST_LABEL.match(text) is None and not _other_kind(text, number):
        return False
    if above is None:
        return True
    end = above.text.rstrip()
    if end.endswith(_INTRODUCES) or (above.label and end[-1:].isalnum()):
        return False  # "Decides:", a numbered "Calls upon the parties to"
    ninth = text.startswith(("(i)", "i)"))
    return not (ninth and (_TYPED_H.match(above.text.lstrip()) or above.label in ("(h)", "h)")))


def _other_kind(text: str, number: str) -> bool:
    """Whether ``text`` opens with a typed "A.", "1." or "I." of another kind than the
    empty ``number`` above it ("A." under "2.", "1." under "B."): a list under a list.
    A capital roman "I." is a capital letter's kind too (the ninth). Not a typed heading
    (:data:`_PROVISION_ENDS`): the number above one is a stray one, as before."""
    if not number or _TYPED_FIRST_OTHER.match(text) is None:
        return False
    if not text.rstrip().endswith(_PROVISION_ENDS):
        return False  # "A. Mandate of the Mission": a typed heading, not a list's item
    core = number.strip().strip(".)(")
    if text[0] == "1":
        return not core.isdigit()
    return not (core.isalpha() and core.isupper())


def _empty_numbered_warning(indexes: list[int]) -> ParseWarning:
    count = len(indexes)
    shown = ", ".join(str(i) for i in indexes[:_LISTED_LINES])
    if count > _LISTED_LINES:
        shown += f" and {count - _LISTED_LINES} more"
    return ParseWarning(
        code="docx-empty-numbered",
        message=f"{count} empty numbered paragraph{'s' if count != 1 else ''} skipped "
        f"(paragraph{'s' if count != 1 else ''} {shown}): a number without text is not "
        "a paragraph; the paragraphs after keep the numbers Word shows",
        line=indexes[0],
    )
