"""A Word file made by another tool than ours: two texts as one OpenDocument text with
LibreOffice's automatic numbering (a list style, no typed numbers) and the change from
the first to the second recorded as LibreOffice records tracked changes, which
LibreOffice then saves as ``.docx`` (the thirty-third session, branch formats23).

:func:`tracked_odt` writes the flat ODT; :func:`plain_text` the reference of either
version (one paragraph a line, the labels the list style shows). LibreOffice keeps a
tracked change in the text as a range (``text:change-start`` … ``text:change-end``, a
deletion's words left in place) whose kind is declared in ``text:tracked-changes``; a
paragraph inserted or deleted whole is a range that takes in its paragraph break (it
ends at the start of the next paragraph), and a paragraph moved is a deletion where it
was and an insertion where it is (ODF has no move). The document also holds a footnote
changed inside (a made-up note: the corpus' texts cite none there) and a comment.
"""

from __future__ import annotations

import difflib
import itertools
import subprocess
import tempfile
from dataclasses import dataclass
from html import escape
from pathlib import Path

from akn_render import Block
from pdf_fixtures import SOFFICE_TIMEOUT, soffice

#: The list levels of the operative part: "1.", "(a)", "(i)" (the Secretariat's).
_LEVELS = (("1", "", "."), ("a", "(", ")"), ("i", "(", ")"))
#: The authors and dates of the changes and of the comment.
_AUTHOR = "Delegation of Ruritania"
_DATE = "2024-03-01T10:00:00"


@dataclass(frozen=True)
class Unit:
    """One paragraph: ``level`` 0 a paragraph outside the list, 1.. its list level."""

    text: str
    level: int = 0
    style: str = "Body"


def units(blocks: list[Block], title: list[str]) -> list[Unit]:
    """The paragraphs of a document: the title lines, then the blocks, each numbered
    paragraph at its list level (its typed label dropped: the list style numbers it)."""
    out = [Unit(line, style="Title") for line in title]
    for block in blocks:
        if block.label and block.kind in ("op", "sub", "text") and block.depth < len(_LEVELS):
            out.append(Unit(block.text, block.depth + 1))
        else:
            out.append(Unit(block.text))
    return out


def moved(old: list[Unit], new: list[Unit]) -> list[Unit]:
    """``old`` with one numbered paragraph the two texts share (no sub-paragraphs under
    it) moved three paragraphs down among paragraphs of its level: the move the tracked
    changes then hold (the middle one of those that can move so; ``old`` as it is where
    none can)."""
    shared = {u.text for u in new}
    can = [
        k
        for k in range(len(old) - 4)
        if old[k].level == 1
        and old[k].text in shared
        and all(u.level == 1 for u in old[k + 1 : k + 5])
    ]
    if not can:
        return list(old)
    k = can[len(can) // 2]
    out = list(old)
    out.insert(k + 3, out.pop(k))
    return out


def noted(paragraphs: list[Unit]) -> list[Unit]:
    """The paragraphs with the call of :func:`tracked_odt`'s footnote where it stands,
    after the first recital's words, as the Word reader keeps a call ("... Sahara,1")."""
    at = _first_recital(paragraphs)
    out = list(paragraphs)
    out[at] = Unit(out[at].text + "1", out[at].level, out[at].style)
    return out


def _first_recital(paragraphs: list[Unit]) -> int:
    """Where the first recital stands: after the enacting formula ("The ... Council,")."""
    return next(k for k, u in enumerate(paragraphs) if u.text.endswith("Council,")) + 1


def _roman(n: int) -> str:
    values = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in values:
        while n >= value:
            out, n = out + letters, n - value
    return out


def plain_text(paragraphs: list[Unit]) -> str:
    """The paragraphs as plain text, each list paragraph with the number the list style
    gives it (the counters of deeper levels start again under each paragraph above)."""
    counters = [0] * len(_LEVELS)
    lines = []
    for unit in paragraphs:
        if unit.level:
            depth = unit.level - 1
            counters[depth] += 1
            counters[depth + 1 :] = [0] * (len(_LEVELS) - depth - 1)
            n = counters[depth]
            fmt, before, after = _LEVELS[depth]
            number = str(n) if fmt == "1" else chr(96 + n) if fmt == "a" else _roman(n)
            lines.append("    " * depth + f"{before}{number}{after} {unit.text}".rstrip())
        else:
            lines.append(unit.text)
        lines.append("")
    return "\n".join(lines)


class _Changes:
    """The tracked changes declared so far, and the range markers of the body."""

    def __init__(self, *, one_time: bool) -> None:
        self.regions: list[str] = []
        self.ids = itertools.count(1)
        self.one_time = one_time

    def open(self, kind: str) -> str:
        n = next(self.ids)
        change = f"ct{n}"
        # Each change made an hour after the one before. ``one_time``: all at one time,
        # as edits made in one sitting: LibreOffice then joins an insertion that ends a
        # paragraph with a paragraph inserted whole after it into one change that takes
        # in the first paragraph's end, and its .docx marks that paragraph's mark
        # inserted (rejected, the paragraph runs into the next one; formats23).
        date = _DATE if self.one_time else f"2024-03-{1 + n // 24:02d}T{n % 24:02d}:00:00"
        self.regions.append(
            f'<text:changed-region xml:id="{change}" text:id="{change}"><text:{kind}>'
            f"<office:change-info><dc:creator>{_AUTHOR}</dc:creator><dc:date>{date}"
            f"</dc:date></office:change-info></text:{kind}></text:changed-region>"
        )
        return change

    def span(self, kind: str, text: str) -> str:
        change = self.open(kind)
        return (
            f'<text:change-start text:change-id="{change}"/>{escape(text)}'
            f'<text:change-end text:change-id="{change}"/>'
        )


def _words_changed(old: str, new: str, changes: _Changes) -> str:
    """The words of a paragraph changed in place: deletions and insertions, word by word."""
    a, b = old.split(" "), new.split(" ")
    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        lead = " " if out else ""
        if op == "equal":
            out.append(escape(lead + " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(changes.span("deletion", lead + " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(changes.span("insertion", lead + " ".join(b[j1:j2])))
    return "".join(out)


@dataclass
class _Para:
    unit: Unit
    body: str
    #: A change whose range takes in this paragraph's break: it ends where the next
    #: paragraph starts.
    carried: str | None = None


def tracked_odt(
    old: list[Unit],
    new: list[Unit],
    *,
    note: tuple[str, str] | None = None,
    comment: str | None = None,
    one_time: bool = False,
) -> str:
    """The flat ODT of ``new`` with the change from ``old`` recorded as LibreOffice's
    tracked changes: paragraphs aligned by their words (a changed paragraph's words
    tracked in place, where the two have a share of words in common), paragraphs only
    in one text inserted or deleted whole. ``note`` (old text, new text): a footnote on
    the paragraph after the enacting formula, changed inside; ``comment``: a comment on the first
    list paragraph."""
    changes = _Changes(one_time=one_time)
    paras: list[_Para] = []
    keys = [u.text for u in old], [u.text for u in new]
    matcher = difflib.SequenceMatcher(a=keys[0], b=keys[1], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            paras += [_Para(u, escape(u.text)) for u in new[j1:j2]]
            continue
        olds, news = old[i1:i2], new[j1:j2]
        # Pair a changed paragraph with its new wording, in order, while the two share
        # half their words and stand at the same level; the rest deleted or inserted.
        while olds or news:
            if (
                olds
                and news
                and olds[0].level == news[0].level
                and difflib.SequenceMatcher(
                    a=olds[0].text.split(), b=news[0].text.split(), autojunk=False
                ).ratio()
                >= 0.5
            ):
                paras.append(_Para(news[0], _words_changed(olds[0].text, news[0].text, changes)))
                olds, news = olds[1:], news[1:]
            elif olds:
                change = changes.open("deletion")
                body = f'<text:change-start text:change-id="{change}"/>{escape(olds[0].text)}'
                paras.append(_Para(olds[0], body, carried=change))
                olds = olds[1:]
            else:
                change = changes.open("insertion")
                body = f'<text:change-start text:change-id="{change}"/>{escape(news[0].text)}'
                paras.append(_Para(news[0], body, carried=change))
                news = news[1:]
    if note is not None:
        first = _first_recital([p.unit for p in paras])
        body = (
            '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
            '</text:note-citation><text:note-body><text:p text:style-name="Footnote">'
            f"{_words_changed(note[0], note[1], changes)}</text:p></text:note-body></text:note>"
        )
        paras[first].body += body
    if comment is not None:
        at = next(k for k, p in enumerate(paras) if p.unit.level)
        paras[at].body = (
            f"<office:annotation><dc:creator>{_AUTHOR}</dc:creator><dc:date>{_DATE}</dc:date>"
            f"<text:p>{escape(comment)}</text:p></office:annotation>{paras[at].body}"
        )
    return _document(paras, changes)


def _document(paras: list[_Para], changes: _Changes) -> str:
    out: list[str] = []
    depth = 0  # the lists open
    listed = False  # whether a list was opened before
    carried: str | None = None
    for para in paras:
        level = para.unit.level
        while depth > level:
            out.append("</text:list-item></text:list>")
            depth -= 1
        if depth and depth == level:
            out.append("</text:list-item><text:list-item>")
        while depth < level:
            if depth == 0:
                # One list through the operative part: a heading or an unnumbered
                # paragraph between its paragraphs does not start the count again.
                more = ' text:continue-numbering="true"' if listed else ""
                listed = True
                out.append(f'<text:list text:style-name="Operative"{more}><text:list-item>')
            else:
                out.append("<text:list><text:list-item>")
            depth += 1
        body = para.body
        if carried is not None:
            body = f'<text:change-end text:change-id="{carried}"/>{body}'
        carried = para.carried
        style = "List" if level else para.unit.style
        out.append(f'<text:p text:style-name="{style}">{body}</text:p>')
    if carried is not None:  # the last paragraph inserted or deleted whole
        out[-1] = out[-1].replace(
            "</text:p>", f'<text:change-end text:change-id="{carried}"/></text:p>'
        )
    while depth:
        out.append("</text:list-item></text:list>")
        depth -= 1
    levels = "".join(
        f'<text:list-level-style-number text:level="{n}" style:num-format="{fmt}" '
        f'style:num-prefix="{before}" style:num-suffix="{after}">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        f'<style:list-level-label-alignment text:label-followed-by="listtab" '
        f'fo:text-indent="-0.75cm" fo:margin-left="{1.25 * n:.2f}cm"/>'
        "</style:list-level-properties></text:list-level-style-number>"
        for n, (fmt, before, after) in enumerate(_LEVELS, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
        "<office:styles>"
        '<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties '
        'fo:margin-bottom="0.2cm"/></style:style>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name='
        '"Body"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="List" style:family="paragraph" style:parent-style-name='
        '"Body" style:list-style-name="Operative"/>'
        '<style:style style:name="Footnote" style:family="paragraph"><style:text-properties '
        'fo:font-size="8.5pt"/></style:style>'
        f'<text:list-style style:name="Operative">{levels}</text:list-style>'
        "</office:styles>"
        "<office:body><office:text>"
        f'<text:tracked-changes text:track-changes="true">{"".join(changes.regions)}'
        "</text:tracked-changes>"
        f"{''.join(out)}</office:text></office:body></office:document>"
    )


def to_docx(fodt: str) -> bytes:
    """The flat ODT saved as ``.docx`` by LibreOffice (a private profile); skips the
    test where LibreOffice is missing (:func:`pdf_fixtures.soffice`)."""
    exe = soffice()
    with tempfile.TemporaryDirectory(prefix="resdiff-odt-") as tmp:
        folder = Path(tmp)
        (folder / "draft.fodt").write_text(fodt, encoding="utf-8")
        result = subprocess.run(
            [
                exe,
                f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                str(folder / "out"),
                str(folder / "draft.fodt"),
            ],
            capture_output=True,
            text=True,
            timeout=SOFFICE_TIMEOUT,
            check=False,
        )
        made = folder / "out" / "draft.docx"
        if not made.is_file():
            raise RuntimeError(f"LibreOffice made no .docx: {result.stdout} {result.stderr}")
        return made.read_bytes()
