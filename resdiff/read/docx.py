"""Word (.docx) input: the paragraphs of a Word package, with automatic numbering and
tracked changes, as a :class:`~resdiff.model.Draft`.

The package is read with lxml rather than python-docx or docx2python: python-docx hides
deleted text and computes no numbering labels, docx2python renders labels but keeps only
one version of tracked changes, and neither lets us harden the XML parser. Reading takes
four steps, one class or function each:

1. :class:`_Package` opens the ZIP under limits (entries, total uncompressed size,
   compression ratio), checked in the ZIP directory and again while each part is read,
   and refuses what is not a Word document (an OpenDocument file, another ZIP, an
   encrypted file) with a clear error;
2. :func:`_parse_xml` parses each part with a hardened parser (no DTD, no entities, no
   network) and refuses any ``DOCTYPE``;
3. :class:`_Reader` walks the body in reading order (paragraphs, tables' paragraphs, text
   boxes), keeping one version of the tracked changes — ``"accepted"`` keeps insertions
   and the new place of moved text, ``"original"`` keeps deletions and the old place —
   joins the paragraphs whose mark that version removes, and numbers the paragraphs the
   way Word shows them with :class:`_Numbering` (``numbering.xml`` and the paragraph
   styles of ``styles.xml``);
4. :func:`parse_docx` writes the paragraphs as plain-text lines (label, text, a blank line
   between paragraphs) for :func:`resdiff.read.text.parse_text`, so that the structure
   rules stay in one place, and maps the line numbers of the result (spans, warnings,
   footnotes) back to paragraph numbers of the Word document.

A paragraph without text is not a paragraph: it is skipped, and an empty numbered one is
named in a warning (``docx-empty-numbered``; Word still counts its number), unless it is
a number heading its sub-paragraphs ("11." above "(a)"). A text pasted into Word line by
line (or a ``.txt`` saved as ``.docx``) has a Word paragraph per printed line and an empty
one per blank line: such a run of paragraphs is found by its wrapped lines and handed to
the text reader as the lines of a copied text (:func:`_mark_printed_lines`).

Comments are not part of the text: they are counted in one warning (``docx-comments``).
Footnotes and endnotes keep their mark in the text and their words at the end, as in a
printed draft. Running headers and footers are page furniture and are not read; a
first-page header (where UN templates put the masthead) is read before the body.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, NoReturn

from ..errors import ResolutionParseError
from ..model import (
    REPORT_ALIAS,
    REPORT_TAG,
    Clause,
    DocumentKind,
    Draft,
    Heading,
    ParseWarning,
    Section,
    Span,
    TrackedVersion,
)
from .language import detect_language
from .text import parse_text

#: Most entries a Word package may hold (a resolution has a dozen or so).
MAX_ENTRIES = 2000
#: Largest total uncompressed size of the package's entries, in bytes.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
#: Largest compression ratio of one entry (uncompressed : compressed). Deflate tops out
#: near 1032:1, where a zip bomb packs its gigabytes of zeros; real parts are repetitive
#: too (LibreOffice writes a 1000-row empty table as a 1.37 MB document.xml at 117:1).
#: The total (:data:`MAX_UNCOMPRESSED`, counted while reading) is the main guard.
MAX_RATIO = 500
#: Entries smaller than this are not held to the ratio: whatever their ratio, their whole
#: size is harmless, and tiny repetitive parts can compress very well.
RATIO_FLOOR = 64 * 1024
#: The code of the warning that a Word file holds no tracked changes, given when its
#: original version is read (that version is then the only one): ``resdiff compare``
#: with one Word file tells its user to give two drafts.
UNTRACKED_WARNING = "docx-untracked"
#: Deepest nesting of tables, text boxes and inline containers followed.
MAX_DEPTH = 64
#: A line longer than this is not a printed line: no page layout sets so many characters
#: on one line (printed resolutions run to about 90; a Word paragraph of text, hundreds).
MAX_PRINTED_LINE = 120
#: The narrowest line width a printed text is taken to be wrapped at.
MIN_PRINTED_WIDTH = 50
#: A line is wrapped when its next line's first word would have taken it past this share
#: of the text's width (most lines of a printed text run to that width or near it).
_WRAP_FIT = 0.9

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_ODT_MIME = b"application/vnd.oasis.opendocument"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The stream an encrypted Office file (Agile or Standard encryption) keeps its package in.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_DOCTYPE_MARKS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"))

#: Bullet characters the text reader knows as sub-paragraph bullets.
_KNOWN_BULLETS = frozenset("–—•·▪‣◦*+-")
#: Bullets Word and LibreOffice write in symbol fonts (private-use characters) or as a
#: letter ("o" in Courier New), as the characters they show; any other bullet is "•".
_FONT_BULLETS = {
    "\uf0b7": "•",  # Symbol: bullet
    "\uf02d": "–",  # Symbol: minus, a dash bullet
    "\uf0a7": "▪",  # Wingdings: small square
    "\uf06e": "▪",  # Wingdings: black square
    "o": "◦",  # Courier New: the white bullet of a second level
}
#: The number format of a footnote or endnote mark in Word's default settings.
_NOTE_FORMATS = {"footnote": "decimal", "endnote": "lowerRoman"}
#: What each version drops: text inserted (or moved in) is not in the original, text
#: deleted (or moved away) is not in the accepted version.
_DROPPED = {"accepted": ("del", "moveFrom"), "original": ("ins", "moveTo")}
#: The tracked changes that make a document's two versions differ (text, paragraph
#: marks, table rows and cells, numbering and paragraph properties); a change of run
#: formatting alone (``w:rPrChange``) leaves both versions the same text.
_TRACKED = (
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "cellIns",
    "cellDel",
    "pPrChange",
    "numberingChange",
)
#: The paragraph styles (by name, in lower case) of a resdiff Word report's own matter, as
#: :mod:`resdiff.render.docx` names them: title, headings, draft lines, notes. The report's
#: tracked text uses other styles (the enacting formula's and the clauses').
_REPORT_MATTER_STYLES = frozenset(
    {"title", "subtitle", "heading 1", "heading 2", "draft info", "note"}
)
#: The paragraph style (by name, in lower case) of the enacting formula a resdiff Word
#: report writes before its tracked text when the drafts' symbols name the organ.
_REPORT_FORMULA_STYLE = "enacting formula"
#: The paragraph style (by name, in lower case) of a draft's own heading in a report.
_REPORT_HEADING_STYLE = "draft heading"
#: The character style (by name, in lower case) of a report's clause labels.
_REPORT_LABEL_STYLE = "clause label"
#: The paragraph styles (by name, in lower case) of a report's clauses.
_REPORT_CLAUSE_STYLES = frozenset(
    {"preambular paragraph", "operative paragraph", "subparagraph", "sub-subparagraph"}
)
#: The bookmark name prefixes of the old and new draft's refs in a report (as
#: :func:`resdiff.render.docx.ref_bookmark` writes them).
_REPORT_BOOKMARKS = {"original": "_rdo", "accepted": "_rdn"}
#: The custom document property in which a report names each draft's kind (as
#: :data:`resdiff.render.docx.KIND_PROPERTIES` writes it), and the kinds it may name.
_REPORT_KIND_PROPERTIES = {"original": "resdiff old kind", "accepted": "resdiff new kind"}
_KINDS: dict[str, DocumentKind] = {
    "draft": "draft",
    "resolution": "resolution",
    "statement": "statement",
}
_CUSTOM_PART = "docProps/custom.xml"
#: How many paragraph numbers a warning lists before it says "and N more".
_LISTED_LINES = 10

# Inline elements whose children are read in place (hyperlinks, fields, content controls).
_INLINE_CONTAINERS = frozenset(
    {"hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo", "ins", "del"}
    | {"moveFrom", "moveTo", "sdtContent"}
)
# Block elements whose children are blocks (content controls, custom XML).
_BLOCK_CONTAINERS = frozenset(
    {"sdtContent", "customXml", "ins", "del", "moveFrom", "moveTo", "txbxContent"}
)


def parse_docx(
    data: bytes, *, path: str | None = None, version: TrackedVersion = "accepted"
) -> Draft:
    """Read a Word package: the ``version`` of its text (tracked changes accepted or
    rejected) through the text reader.

    Paragraph labels are rebuilt from Word's automatic numbering ("1.", "(a)", "(i)" as
    Word shows them); typed labels work too. In the draft, line numbers (clause spans,
    warnings, footnotes) count the paragraphs of the Word document.

    Raises :class:`~resdiff.errors.ResolutionParseError`, naming the file and the cause,
    for a corrupt or encrypted package, a ZIP that is not a Word document (an ``.odt``),
    a package over the limits (:data:`MAX_ENTRIES`, :data:`MAX_UNCOMPRESSED`,
    :data:`MAX_RATIO`), XML with a ``DOCTYPE`` or malformed, and a document without text.
    """
    if version not in _DROPPED:
        raise ValueError(f"version must be 'accepted' or 'original', not {version!r}")
    package = _Package(data, path)
    reader = _Reader(package, version)
    paragraphs = reader.read()
    if not any(p.text.strip() for p in paragraphs):
        which = " in its original version (every change rejected)" if version == "original" else ""
        raise ResolutionParseError(
            f"empty document: {package.main} holds no text{which}", path=path
        )
    report = _report_draft(paragraphs, version, path) if reader.is_report else None
    if report is not None:
        kind = _report_kind(package, version)
        if kind is not None:
            report = report.model_copy(update={"kind": kind})
        return _with_reader_warnings(report, reader, version)
    text, where = _as_text(paragraphs)
    try:
        formula = reader.opens_with_formula
        if reader.is_report and not formula:
            where.insert(0, where[0] if where else 1)  # the line of the formula put first
        draft = _parse_as_text(text, path, report=reader.is_report, formula=formula)
    except ResolutionParseError as exc:
        at = f" (at paragraph {_paragraph_of(where, exc.line)})" if exc.line else ""
        raise ResolutionParseError(f"{exc.message}{at}", path=path) from exc
    return _with_reader_warnings(_renumber_lines(draft, where), reader, version)


def _with_reader_warnings(draft: Draft, reader: _Reader, version: TrackedVersion) -> Draft:
    """The draft with the Word reader's own warnings (report matter skipped, no tracked
    changes in an original version, comments), in paragraph order."""
    warnings = list(draft.warnings) + reader.warnings
    if version == "original" and not reader.tracked_changes():
        warnings.append(
            ParseWarning(
                code=UNTRACKED_WARNING,
                message="the document holds no tracked changes: its original version is "
                "the same as its accepted version",
            )
        )
    if reader.comments:
        count = reader.comments
        warnings.append(
            ParseWarning(
                code="docx-comments",
                message=f"{count} comment{'s' if count != 1 else ''} ignored: Word comments "
                "are not part of the text",
            )
        )
    warnings.sort(key=lambda w: w.line or 0)
    return draft.model_copy(update={"warnings": tuple(warnings)})


#: The enacting formula put before a report's tracked text that has none (see
#: :func:`_parse_as_text`); any formula does, as the text reader reads no more from it.
_REPORT_FORMULA = "The Security Council,"


def _parse_as_text(text: str, path: str | None, *, report: bool, formula: bool) -> Draft:
    """The draft the text reader reads from the paragraphs' text.

    A resdiff Word report's tracked text is clauses only, after the enacting formula
    when the report writes one (``formula``): its drafts' mastheads are not in it. Read
    as it stands, a first clause that looks like a masthead line (a document symbol,
    "S/2021/123") or like the formula ("The Security Council,") would be taken for one;
    so a report without the formula is read after one, which is then forgotten (the
    caller counts its line).
    """
    if not report or formula:
        return parse_text(text, path=path)
    draft = parse_text(f"{_REPORT_FORMULA}\n{text}", path=path)
    return draft.model_copy(update={"enacting_formula": None, "organ": None})


@dataclass
class _ReportClause:
    """A clause of a report's tracked text, read from its paragraph."""

    ref: str
    section: Section
    label: str | None
    text: str
    line: int
    heading: str | None = None
    last_line: int = 0
    children: list[_ReportClause] = field(default_factory=list)


#: The organ each enacting formula a report writes names.
_FORMULA_ORGANS = {
    "the security council,": "Security Council",
    "the general assembly,": "General Assembly",
}


def _report_draft(
    paragraphs: list[_Paragraph], version: TrackedVersion, path: str | None
) -> Draft | None:
    """The draft of a resdiff Word report's tracked text, read from the structure the
    report wrote rather than from its words' layout: each clause is a paragraph in a
    clause style, with its label in clause-label runs and its ref in a hidden bookmark
    per draft (:func:`resdiff.render.docx.ref_bookmark`); the drafts' headings are
    paragraphs in the draft-heading style, the enacting formula one in its own style.

    ``None`` when the text is not all of that form (a paragraph in another style, a
    clause without its ref, a ref out of place or twice): a report edited by hand is read
    through the text reader, as any Word document.
    """
    prefix = _REPORT_BOOKMARKS[version]
    formula: str | None = None
    top: list[_ReportClause] = []
    by_ref: dict[str, _ReportClause] = {}
    headings: list[Heading] = []
    pending: list[tuple[str, int]] = []
    heading: str | None = None
    for para in paragraphs:
        text = " ".join(para.text.split())
        if para.style == _REPORT_FORMULA_STYLE and formula is None and not by_ref:
            formula = text
            continue
        if para.style == _REPORT_HEADING_STYLE and text:
            pending.append((text, para.index))
            continue
        refs = [ref for name in para.bookmarks if (ref := _bookmark_ref(name, prefix))]
        if (
            para.style not in _REPORT_CLAUSE_STYLES
            or para.report_text is None
            or len(refs) != 1
            or refs[0] in by_ref
        ):
            return None
        # The ref says where the clause stands, not the style: LibreOffice, saving a
        # report again, gives a paragraph after deleted sub-paragraphs their style.
        ref = refs[0]
        parent_ref = _parent_ref(ref)
        parent = by_ref.get(parent_ref) if parent_ref is not None else None
        if parent_ref is not None and parent is None:
            return None
        if parent is not None:
            section: Section = parent.section
        elif ref.startswith("PP"):
            section = "preamble"
        elif ref.startswith("OP"):
            section = "operative"
        else:
            return None
        for words, line in pending:
            headings.append(
                Heading(
                    text=words,
                    section=section,
                    before=ref,
                    span=Span(first_line=line, last_line=line),
                )
            )
            if parent is None:
                heading = words  # the clause falls under the last (innermost) heading
        pending = []
        label = " ".join(para.report_label.split()) or None
        clause = _ReportClause(
            ref, section, label, " ".join(para.report_text.split()), para.index, heading
        )
        by_ref[ref] = clause
        (parent.children if parent is not None else top).append(clause)
    if not by_ref:
        return None
    last_section: Section = "operative" if top[-1].section == "operative" else "preamble"
    for words, line in pending:
        # A heading with no clause after it keeps its words, as the text reader does.
        headings.append(
            Heading(
                text=words,
                section=last_section,
                before=None,
                span=Span(first_line=line, last_line=line),
            )
        )
    clauses = _report_clauses(list(by_ref.values()))
    preamble = tuple(clauses[c.ref] for c in top if c.section == "preamble")
    operative = tuple(clauses[c.ref] for c in top if c.section == "operative")
    return Draft(
        organ=_FORMULA_ORGANS.get((formula or "").lower()),
        language=detect_language(" ".join(c.full_text() for c in preamble + operative)),
        enacting_formula=formula,
        preamble=preamble,
        operative=operative,
        headings=tuple(headings),
    )


def _report_kind(package: _Package, version: TrackedVersion) -> DocumentKind | None:
    """The kind of the draft a report gives in ``version``, from the custom document
    property the report names it in (``None`` when it names none)."""
    data = package.read(_CUSTOM_PART) if package.has(_CUSTOM_PART) else None
    if data is None:
        return None
    root = _parse_xml(data, _CUSTOM_PART, package.path)
    for prop in root:
        if _local(prop) == "property" and prop.get("name") == _REPORT_KIND_PROPERTIES[version]:
            return _KINDS.get("".join(prop.itertext()).strip())
    return None


def _report_clauses(read: list[_ReportClause]) -> dict[str, Clause]:
    """The clauses of a report, by ref, built from the innermost out (``read`` lists
    each clause after its parent), so that no nesting depth needs recursion."""
    built: dict[str, Clause] = {}
    for node in reversed(read):
        children = tuple(built[child.ref] for child in node.children)
        last = max([node.line] + [c.span.last_line for c in children if c.span])
        built[node.ref] = Clause(
            ref=node.ref,
            section=node.section,
            label=node.label,
            text=node.text,
            children=children,
            heading=node.heading,
            span=Span(first_line=node.line, last_line=last),
        )
    return built


def _bookmark_ref(name: str, prefix: str) -> str | None:
    """The ref a report's bookmark names for one draft (``_rdnOP3_a_ii`` →
    ``OP3(a)(ii)`` for the new draft, ``_rdnOP5__2`` → ``OP5-2``), else ``None``."""
    if not name.startswith(prefix) or len(name) == len(prefix):
        return None
    out: list[str] = []
    opened = False
    k = len(prefix)
    while k < len(name):
        ch = name[k]
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            k += 1
            continue
        if ch != "_":
            return None
        if opened:
            out.append(")")
        if name[k + 1 : k + 2] == "_":
            out.append("-")
            opened, k = False, k + 2
        else:
            out.append("(")
            opened, k = True, k + 1
    if opened:
        out.append(")")
    return "".join(out)


def _parent_ref(ref: str) -> str | None:
    """The ref of the clause ``ref`` is a sub-paragraph of (``OP3(a)-2`` → ``OP3``), or
    ``None`` for a paragraph (``PP2``, ``OP5-2``)."""
    core = ref
    dash = core.rfind("-")
    if dash > 0 and core[dash + 1 :].isdigit():
        core = core[:dash]
    if not core.endswith(")"):
        return None
    opening = core.rfind("(")
    return core[:opening] if opening > 0 else None


# --------------------------------------------------------------------------- package


class _Package:
    """A Word package opened under limits; :meth:`read` gives a part's bytes."""

    def __init__(self, data: bytes, path: str | None) -> None:
        self.path = path
        if data.startswith(_OLE_MAGIC):
            if _ENCRYPTED_STREAM in data:
                self._fail(
                    "an encrypted (password-protected) Office file: remove the password "
                    "in Word and save it again as .docx"
                )
            self._fail(
                "a Word 97-2003 (.doc) or other OLE file: save it as .docx (Word) and try again"
            )
        if not data:
            self._fail("empty file: expected a Word (.docx) file")
        if not data.startswith(b"PK"):
            self._fail(f"not a Word (.docx) package: its first bytes are {data[:8]!r}")
        declared = _declared_entries(data)
        if declared is not None and declared > MAX_ENTRIES:
            self._fail(f"the package has {declared} entries, more than the limit of {MAX_ENTRIES}")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            self._fail(f"corrupt Word package (not a readable ZIP file): {exc}")
        except NotImplementedError as exc:
            # zipfile's words for a ZIP version it does not know ("zip file version 14.3").
            self._fail(f"corrupt Word package (a ZIP file Python cannot read): {exc}")
        if len(infos) > MAX_ENTRIES:
            self._fail(
                f"the package has {len(infos)} entries, more than the limit of {MAX_ENTRIES}"
            )
        total = 0
        for info in infos:
            total += info.file_size
            if info.flag_bits & 0x1:
                self._fail(
                    f"encrypted package: entry {info.filename} is password-protected; remove "
                    "the password in Word and save it again as .docx"
                )
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                self._fail(self._ratio_message(info.filename, info.file_size, info.compress_size))
        if total > MAX_UNCOMPRESSED:
            self._fail(
                f"the package unpacks to {total} bytes, more than the limit of "
                f"{MAX_UNCOMPRESSED} (a zip bomb?)"
            )
        #: Part names as Office matches them: without case.
        self._entries = {info.filename.lower(): info for info in infos}
        self._budget = MAX_UNCOMPRESSED
        self._check_kind()
        self.main = self._main_part()

    def _fail(self, message: str) -> NoReturn:
        raise ResolutionParseError(message, path=self.path)

    @staticmethod
    def _ratio_message(name: str, size: int, compressed: int) -> str:
        return (
            f"entry {name} expands {size} bytes from {compressed} (more than {MAX_RATIO}:1): "
            "a zip bomb?"
        )

    def has(self, name: str) -> bool:
        return name.lower() in self._entries

    def read(self, name: str) -> bytes | None:
        """The bytes of part ``name`` (``None`` when absent), read in chunks and counted:
        the sizes the ZIP directory declares are not trusted alone."""
        info = self._entries.get(name.lower())
        if info is None:
            return None
        chunks: list[bytes] = []
        size = 0
        ratio_limit = max(RATIO_FLOOR, MAX_RATIO * max(info.compress_size, 1))
        try:
            with self.zip.open(info) as stream:
                while chunk := stream.read(1 << 16):
                    size += len(chunk)
                    if size > info.file_size:
                        self._fail(
                            f"entry {info.filename} holds more than the {info.file_size} bytes "
                            "its ZIP directory declares: corrupt or forged package"
                        )
                    if size > ratio_limit:
                        self._fail(self._ratio_message(info.filename, size, info.compress_size))
                    if size > self._budget:
                        self._fail(
                            f"the package unpacks to more than the limit of {MAX_UNCOMPRESSED} "
                            "bytes (a zip bomb?)"
                        )
                    chunks.append(chunk)
        except ResolutionParseError:
            raise
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            self._fail(f"corrupt Word package: cannot unpack {info.filename}: {exc}")
        except (RuntimeError, NotImplementedError) as exc:
            # zipfile's words for an encrypted entry or an unknown compression method.
            self._fail(f"cannot unpack {info.filename}: {exc}")
        self._budget -= size
        return b"".join(chunks)

    def _check_kind(self) -> None:
        """Refuse the ZIP packages that are not Word documents, saying what they are."""
        mimetype = self.read("mimetype")
        if mimetype is not None and mimetype.strip().startswith(_ODT_MIME):
            kind = mimetype.strip().decode("ascii", "replace")
            self._fail(
                f"an OpenDocument file ({kind}), not a Word document: save it as .docx "
                "(Word) and try again"
            )
        if not self.has("word/document.xml") and not self.has("_rels/.rels"):
            if self.has("xl/workbook.xml"):
                self._fail("an Excel workbook, not a Word document")
            if self.has("ppt/presentation.xml"):
                self._fail("a PowerPoint presentation, not a Word document")

    def _main_part(self) -> str:
        """The main document part: the package relationship ``officeDocument``, else the
        usual ``word/document.xml``."""
        for rel_type, target in self.relationships("").values():
            if rel_type.endswith("/officeDocument") and self.has(target):
                return target
        if self.has("word/document.xml"):
            return "word/document.xml"
        self._fail(
            "not a Word document: the ZIP package has no word/document.xml (a .docx must be "
            "a Word file, not another ZIP)"
        )

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """The internal relationships of ``part`` (``""``: of the package) by id:
        ``{rId: (type, target part)}``, targets resolved against the part's folder."""
        folder, name = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", f"{name}.rels")
        data = self.read(rels_name)
        if data is None:
            return {}
        out: dict[str, tuple[str, str]] = {}
        for rel in _parse_xml(data, rels_name, self.path):
            if rel.tag != f"{{{_PKG_RELS}}}Relationship" or rel.get("TargetMode") == "External":
                continue
            target = str(rel.get("Target") or "")
            joined = (
                target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            )
            resolved = posixpath.normpath(joined)
            if target and not resolved.startswith(".."):
                out[str(rel.get("Id") or "")] = (str(rel.get("Type") or ""), resolved)
        return out


def _declared_entries(data: bytes) -> int | None:
    """The entry count in the ZIP's end-of-central-directory record, read before the
    directory itself so that a package with a million entries is refused cheaply."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 12 > len(data):
        return None
    count = int.from_bytes(data[end + 10 : end + 12], "little")
    return None if count == 0xFFFF else count  # 0xFFFF: a ZIP64 count, checked later


# --------------------------------------------------------------------------- XML


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _parse_xml(data: bytes, part: str, path: str | None) -> Any:
    """Parse one part of the package with a hardened parser. A ``DOCTYPE`` (the door to
    entity expansion and external entities) is refused, malformed XML named with the part,
    line and column."""
    try:
        from lxml import etree
    except ImportError as exc:  # pragma: no cover - lxml ships with the docx extra
        raise ResolutionParseError(
            "Word input needs lxml: pip install 'resdiff[docx]'", path=path
        ) from exc
    # Text cannot hold a raw "<!", so these bytes only stand in a declaration (or a
    # comment, which Word never writes): refused before the parser sees them.
    if any(mark in data for mark in _DOCTYPE_MARKS):
        raise ResolutionParseError(
            f"{part}: XML with a DOCTYPE or entity declarations is refused (Word never "
            "writes one; it can hide entity expansion)",
            path=path,
        )
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        where = f", line {line}, column {column}" if line else ""
        raise ResolutionParseError(f"{part}{where}: malformed XML: {exc.msg}", path=path) from exc
    if root is None:
        raise ResolutionParseError(f"{part}: empty XML part", path=path)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise ResolutionParseError(
            f"{part}: XML with a DOCTYPE or entity declarations is refused", path=path
        )
    return root


def _local(el: Any) -> str:
    """An element's name without its namespace (``""`` for comments and the like)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _namespace(el: Any) -> str:
    tag = el.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


# --------------------------------------------------------------------------- numbering


@dataclass(frozen=True)
class _Level:
    """One level of a numbering definition."""

    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    #: None: restarts after any higher level (Word's default); 0: never; n: after level n.
    restart: int | None = None
    legal: bool = False
    style: str | None = None


@dataclass
class _Num:
    """A numbering instance (``w:num``): its abstract numbering and its overrides."""

    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, _Level] = field(default_factory=dict)


class _Xml:
    """Names in the document's WordprocessingML namespace (transitional or strict)."""

    def __init__(self, ns: str) -> None:
        self.ns = ns

    def q(self, name: str) -> str:
        return f"{{{self.ns}}}{name}"

    def val(self, el: Any, child: str | None = None, attr: str = "val") -> str | None:
        """The ``w:val`` of ``el`` (or of its child ``child``)."""
        if child is not None:
            el = el.find(self.q(child)) if el is not None else None
        if el is None:
            return None
        value = el.get(self.q(attr))
        return None if value is None else str(value)

    def int_val(self, el: Any, child: str | None = None) -> int | None:
        value = self.val(el, child)
        if value is None:
            return None
        value = value.strip()
        if not value.lstrip("-").isdigit() or len(value) > 6:
            return None
        return int(value)


def _on(value: str | None) -> bool:
    """A WordprocessingML on/off value: present and not false."""
    return value is None or value.lower() not in ("0", "false", "off")


class _Styles:
    """Paragraph styles: their base style and numbering (``styles.xml``)."""

    def __init__(self, root: Any | None, x: _Xml) -> None:
        self.x = x
        self.based_on: dict[str, str] = {}
        self.numbering: dict[str, tuple[str | None, int | None]] = {}
        self.default: str | None = None
        #: Paragraph style names by id, in lower case ("heading 1").
        self.names: dict[str, str] = {}
        #: Character style names by id, in lower case ("clause label").
        self.char_names: dict[str, str] = {}
        if root is None:
            return
        for style in root.iter(x.q("style")):
            style_id = x.val(style, attr="styleId")
            if style_id is None:
                continue
            kind = x.val(style, attr="type") or "paragraph"
            name = x.val(style, "name")
            if kind == "character" and name:
                self.char_names[style_id] = name.lower()
            if kind not in ("paragraph", "numbering"):
                continue
            if kind == "paragraph" and name:
                self.names[style_id] = name.lower()
            default = x.val(style, attr="default")
            if kind == "paragraph" and default is not None and _on(default):
                self.default = self.default or style_id
            base = x.val(style, "basedOn")
            if base:
                self.based_on[style_id] = base
            num_pr = style.find(f"{x.q('pPr')}/{x.q('numPr')}")
            if num_pr is not None:
                self.numbering[style_id] = (x.val(num_pr, "numId"), x.int_val(num_pr, "ilvl"))

    def is_clause_label(self, style_id: str) -> bool:
        """Whether a character style is the one a resdiff report types clause labels in
        (by name, as LibreOffice renames style ids)."""
        return self.char_names.get(style_id) == _REPORT_LABEL_STYLE

    def name_of(self, ppr: Any) -> str:
        """The name (in lower case) of the paragraph style of ``ppr``, else ""."""
        style = self.x.val(ppr, "pStyle") if ppr is not None else None
        return self.names.get(style or "", "")

    def numbering_of(self, style: str | None) -> tuple[str | None, int | None]:
        """The numbering a paragraph style gives (its own or inherited): numId and level."""
        num_id: str | None = None
        level: int | None = None
        seen: set[str] = set()
        current = style
        while current is not None and current not in seen and len(seen) < 32:
            seen.add(current)
            own_id, own_level = self.numbering.get(current, (None, None))
            if num_id is None and own_id is not None:
                num_id = own_id
            if level is None and own_level is not None:
                level = own_level
            if num_id is not None and level is not None:
                break
            current = self.based_on.get(current)
        return num_id, level


class _Numbering:
    """Word's automatic numbering: the definitions of ``numbering.xml`` and the counters.

    Counters are kept per abstract numbering, as Word keeps them: paragraphs of two
    ``w:num`` instances of one abstract numbering continue one list, and an instance with a
    ``startOverride`` restarts its levels the first time it is used. A level restarts when
    a higher level advances (unless its ``lvlRestart`` says otherwise).
    """

    def __init__(self, root: Any | None, styles: _Styles, x: _Xml) -> None:
        self.x = x
        self.styles = styles
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.links: dict[str, str] = {}
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()
        self._resolved: dict[str, tuple[str, dict[int, _Level]] | None] = {}
        if root is None:
            return
        for abstract in root.iter(x.q("abstractNum")):
            abstract_id = x.val(abstract, attr="abstractNumId")
            if abstract_id is None:
                continue
            self.abstracts[abstract_id] = dict(self._level(el) for el in abstract.iter(x.q("lvl")))
            link = x.val(abstract, "numStyleLink")
            if link:
                self.links[abstract_id] = link
        for num in root.iter(x.q("num")):
            num_id = x.val(num, attr="numId")
            abstract_id = x.val(num, "abstractNumId")
            if num_id is None or abstract_id is None:
                continue
            entry = _Num(abstract_id)
            for override in num.iter(x.q("lvlOverride")):
                level = _clamp_level(_ilvl(x, override))
                start = x.int_val(override, "startOverride")
                if start is not None:
                    entry.starts[level] = max(0, start)
                lvl_el = override.find(x.q("lvl"))
                if lvl_el is not None:
                    entry.levels[level] = self._level(lvl_el)[1]
            self.nums[num_id] = entry

    def _level(self, el: Any) -> tuple[int, _Level]:
        x = self.x
        level = _clamp_level(_ilvl(x, el))
        text_el = el.find(x.q("lvlText"))
        text = x.val(text_el) if text_el is not None else None
        start = x.int_val(el, "start")
        restart = x.int_val(el, "lvlRestart")
        legal = el.find(x.q("isLgl"))
        return level, _Level(
            fmt=x.val(el, "numFmt") or "decimal",
            text=text or "",
            start=max(0, start) if start is not None else 1,
            restart=max(0, restart) if restart is not None else None,
            legal=legal is not None and _on(x.val(legal)),
            style=x.val(el, "pStyle"),
        )

    def _resolve(self, num_id: str) -> tuple[str, dict[int, _Level]] | None:
        """The abstract numbering (its id, where the counters live) and the levels an
        instance shows, following ``numStyleLink`` to the list style's definition."""
        if num_id not in self._resolved:
            self._resolved[num_id] = self._resolve_uncached(num_id)
        return self._resolved[num_id]

    def _resolve_uncached(self, num_id: str) -> tuple[str, dict[int, _Level]] | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        abstract_id = num.abstract
        for _ in range(4):  # a style link points at one definition; never follow a loop
            link = self.links.get(abstract_id)
            if link is None:
                break
            linked_num, _level = self.styles.numbering_of(link)
            target = self.nums.get(linked_num or "")
            if target is None or target.abstract == abstract_id:
                break
            abstract_id = target.abstract
        levels = dict(self.abstracts.get(abstract_id, {}))
        if not levels and abstract_id not in self.abstracts:
            return None
        for level, lvl in num.levels.items():
            levels[level] = lvl
        for level, start in num.starts.items():
            levels[level] = replace(levels.get(level, _Level()), start=start)
        return abstract_id, levels

    def level_for_style(self, num_id: str, style: str | None) -> int | None:
        """The level whose ``pStyle`` is ``style`` (a heading style linked to a list)."""
        resolved = self._resolve(num_id)
        if resolved is None or style is None:
            return None
        return next((lvl for lvl, d in sorted(resolved[1].items()) if d.style == style), None)

    def label(self, num_id: str, level: int) -> str | None:
        """Advance the counters for a paragraph of instance ``num_id`` at ``level`` and
        return its label as Word shows it (``None`` when the instance is unknown)."""
        resolved = self._resolve(num_id)
        if resolved is None:
            return None
        abstract_id, levels = resolved
        state = self.counters.setdefault(abstract_id, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for overridden in self.nums[num_id].starts:
                state.pop(overridden, None)
        definition = levels.get(level, _Level())
        current = state.get(level)
        state[level] = definition.start if current is None else current + 1
        for deeper in [d for d in state if d > level]:
            restart = levels.get(deeper, _Level()).restart
            if restart is None or (restart != 0 and level < restart):
                del state[deeper]
        return _format_label(definition, levels, state, level)


def _ilvl(x: _Xml, el: Any) -> int | None:
    value = el.get(x.q("ilvl"))
    if value is None or not str(value).strip().isdigit() or len(str(value)) > 3:
        return None
    return int(str(value))


def _clamp_level(level: int | None) -> int:
    """Word has nine list levels, 0 to 8."""
    return 0 if level is None else min(max(level, 0), 8)


def _format_label(
    definition: _Level, levels: dict[int, _Level], state: dict[int, int], level: int
) -> str:
    """``lvlText`` with each ``%n`` replaced by level n's number in its format."""
    if definition.fmt == "bullet":
        bullet = definition.text.strip()
        if not bullet:
            return ""
        return bullet if bullet in _KNOWN_BULLETS else _FONT_BULLETS.get(bullet, "•")
    text = definition.text
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
            ref = int(text[i + 1]) - 1
            ref_def = levels.get(ref, _Level())
            value = state.get(ref, ref_def.start)
            fmt = "decimal" if definition.legal and ref_def.fmt != "none" else ref_def.fmt
            out.append(format_number(value, fmt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out).strip()


_ROMAN: tuple[tuple[int, str], ...] = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def format_number(value: int, fmt: str) -> str:
    """A list number in a Word number format (``decimal``, ``lowerLetter``,
    ``upperRoman`` ...); formats resdiff does not draw fall back to decimal."""
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter") and 0 < value <= 780:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        out = ""
        rest = value
        for amount, letters in _ROMAN:
            while rest >= amount:
                out, rest = out + letters, rest - amount
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = (
            "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        )
        return f"{value}{suffix}"
    return str(value)


def _legacy_label(original: str) -> str:
    """The label a legacy ``w:numberingChange`` kept: ``%1:3:0:.`` is level 1, value 3,
    format 0 (decimal), then ".". ``%%`` stands for "%"."""
    formats = {"0": "decimal", "1": "upperRoman", "2": "lowerRoman", "3": "upperLetter"}
    formats["4"] = "lowerLetter"
    if len(original) > 256:  # Word keeps at most 31 characters here
        return ""
    out: list[str] = []
    i = 0
    while i < len(original):
        ch = original[i]
        if ch == "%" and original[i + 1 : i + 2] == "%":
            out.append("%")
            i += 2
            continue
        if ch == "%":
            fields = original[i + 1 :].split(":", 3)
            if len(fields) >= 3 and fields[1].isdigit() and len(fields[1]) < 7:
                out.append(format_number(int(fields[1]), formats.get(fields[2], "decimal")))
                i += 1 + len(fields[0]) + len(fields[1]) + len(fields[2]) + 3
                continue
        out.append(ch)
        i += 1
    return "".join(out).strip()


# --------------------------------------------------------------------------- reading


@dataclass
class _Physical:
    """One ``w:p`` of the document in the version read."""

    index: int
    text: str
    #: The paragraph mark is removed in this version: the paragraph runs on into the next.
    joins_next: bool
    ppr: Any
    #: Footnotes and endnotes referenced, in order: (mark, kind, id).
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    #: In the flow of the body: not in a table, a text box or the first-page header.
    flow: bool = True
    #: The text of the runs in a resdiff report's clause-label style ("3.", "(a)"), which
    #: lead the paragraph's text.
    label: str = ""
    #: The names of the bookmarks that start in the paragraph.
    bookmarks: tuple[str, ...] = ()
    #: The text after :attr:`label` (``None`` when the label runs do not lead the text).
    body: str | None = None


@dataclass
class _Paragraph:
    """A paragraph of the version read: label, text, list level, paragraph number."""

    index: int
    text: str
    label: str = ""
    level: int = 0
    listed: bool = False
    #: In the flow of the body (see :attr:`_Physical.flow`).
    flow: bool = False
    #: One printed line of a text laid out as printed (see :func:`_mark_printed_lines`).
    printed: bool = False
    #: The paragraph style's name, in lower case ("" when it has none).
    style: str = ""
    #: A resdiff report's clause label and the text after it (``None`` when the label
    #: runs do not lead the text), and the bookmarks of the paragraph's parts (see
    #: :func:`_report_draft`).
    report_label: str = ""
    report_text: str | None = None
    bookmarks: tuple[str, ...] = ()


class _Reader:
    """Walks the document in reading order and gives its paragraphs in one version."""

    def __init__(self, package: _Package, version: TrackedVersion) -> None:
        self.package = package
        self.version: TrackedVersion = version
        self.path = package.path
        data = package.read(package.main)
        if data is None:  # pragma: no cover - _main_part checked it exists
            raise ResolutionParseError(f"{package.main} is missing", path=self.path)
        self.root = _parse_xml(data, package.main, self.path)
        ns = _namespace(self.root)
        if ns not in (_W, _W_STRICT) or _local(self.root) != "document":
            raise ResolutionParseError(
                f"{package.main}: not a WordprocessingML document (root element "
                f"{_local(self.root) or '?'})",
                path=self.path,
            )
        self.x = _Xml(ns)
        self.rels = package.relationships(package.main)
        self.styles = _Styles(self._related_root("/styles"), self.x)
        self.numbering = _Numbering(self._related_root("/numbering"), self.styles, self.x)
        self.dropped = {self.x.q(name) for name in _DROPPED[version]}
        self.warnings: list[ParseWarning] = []
        self.comments = 0
        self._comment_ids: set[str] = set()
        self._counter = 0
        self._report_paragraphs = 0
        #: A report control was just skipped at the body's top level: what LibreOffice
        #: cut off from it may follow (see :meth:`_cut_off_report_matter`).
        self._after_report = False
        self._note_numbers = {"footnote": 0, "endnote": 0}
        #: The clause-label runs and bookmarks of the paragraph being read.
        self._label_parts: list[str] = []
        self._bookmarks: list[str] = []
        self._notes: dict[str, Any] | None = None
        #: The parts read, to look for tracked changes in them.
        self._roots: list[Any] = [self.root]

    # -- parts ---------------------------------------------------------------------

    def _related(self, suffix: str) -> str | None:
        """The part the main document relates to by type (``/styles``, ``/numbering``),
        else the part of the usual name (``word/styles.xml``)."""
        for rel_type, target in self.rels.values():
            if rel_type.endswith(suffix) and self.package.has(target):
                return target
        usual = f"word{suffix}.xml"
        return usual if self.package.has(usual) else None

    def _related_root(self, suffix: str) -> Any | None:
        part = self._related(suffix)
        if part is None:
            return None
        data = self.package.read(part)
        return None if data is None else _parse_xml(data, part, self.path)

    # -- the document ----------------------------------------------------------------

    def read(self) -> list[_Paragraph]:
        x = self.x
        body = self.root.find(x.q("body"))
        if body is None:
            raise ResolutionParseError(
                f"{self.package.main}: the document has no body", path=self.path
            )
        physical: list[_Physical] = []
        header = self._first_page_header(body)
        if header is not None:
            self._roots.append(header)
            physical.extend(self._blocks(header, 0, flow=False))
            for p in physical:
                p.index = 1  # the masthead of the first page stands before paragraph 1
            self._counter = 0
        physical.extend(self._blocks(body, 0, flow=True))
        paragraphs = self._number(self._join(physical))
        # A resdiff report writes each clause as one Word paragraph, never a printed line:
        # a clause that does not end a unit ("... sale,9") is not wrapped onto the next.
        if not self.is_report:
            _mark_printed_lines(paragraphs)
        paragraphs = self._skip_empty(paragraphs)
        paragraphs.extend(self._note_paragraphs(physical))
        self._count_comments()
        return paragraphs

    def tracked_changes(self) -> bool:
        """Whether the parts read hold tracked changes: text inserted, deleted or moved,
        a paragraph mark or table row or cell inserted or deleted, numbering or paragraph
        properties changed (the changes that make the two versions differ)."""
        names = [self.x.q(name) for name in _TRACKED]
        return any(next(root.iter(*names), None) is not None for root in self._roots)

    def _first_page_header(self, body: Any) -> Any | None:
        """The first page's own header, where UN templates print the masthead (running
        headers on the other pages are page furniture)."""
        x = self.x
        sect = next(iter(body.iter(x.q("sectPr"))), None)
        if sect is None or sect.find(x.q("titlePg")) is None:
            return None
        if not _on(x.val(sect, "titlePg")):
            return None
        for ref in sect.iter(x.q("headerReference")):
            if x.val(ref, attr="type") != "first":
                continue
            rid = ref.get(f"{{{_R}}}id") or ref.get(f"{{{_R_STRICT}}}id")
            target = self.rels.get(str(rid or ""))
            if target is None:
                return None
            data = self.package.read(target[1])
            return None if data is None else _parse_xml(data, target[1], self.path)
        return None

    def _blocks(self, container: Any, depth: int, *, flow: bool) -> Iterator[_Physical]:
        """The paragraphs of a block container (body, cell, text box) in reading order;
        ``flow``: the container is the body's flow (not a table cell or a text box)."""
        if depth > MAX_DEPTH:
            raise ResolutionParseError(
                f"{self.package.main}: tables, text boxes or content controls nested more "
                f"than {MAX_DEPTH} deep",
                path=self.path,
            )
        x = self.x
        for el in container:
            name = _local(el)
            if depth == 0 and self._after_report:
                if self._cut_off_report_matter(el):
                    self._skip_report(el)
                    continue
                self._after_report = name not in ("p", "tbl", "sdt")
            if name == "p":
                yield from self._paragraph(el, depth, flow)
            elif name == "tbl":
                for row in el.iter(x.q("tr")):
                    if next(row.iterancestors(x.q("tbl")), None) is not el:
                        continue  # rows of nested tables are read with their cell
                    marks = row.find(x.q("trPr"))
                    if marks is not None and any(m.tag in self.dropped for m in marks):
                        continue  # a row inserted or deleted as a tracked change
                    for cell in row:
                        if _local(cell) == "tc":
                            yield from self._blocks(cell, depth + 1, flow=False)
                        elif _local(cell) in ("sdt", "customXml"):
                            for inner in cell.iter(x.q("tc")):
                                yield from self._blocks(inner, depth + 1, flow=False)
            elif name == "sdt":
                if self._is_report_matter(el):
                    self._skip_report(el)
                    self._after_report = depth == 0
                    continue
                content = el.find(x.q("sdtContent"))
                if content is not None:
                    yield from self._blocks(content, depth + 1, flow=flow)
            elif name in _BLOCK_CONTAINERS:
                if el.tag not in self.dropped:
                    yield from self._blocks(el, depth + 1, flow=flow)
            elif name == "AlternateContent" and _namespace(el) == _MC:
                choice = next((c for c in el if _local(c) == "Choice"), None)
                if choice is not None:
                    yield from self._blocks(choice, depth + 1, flow=flow)
            elif name == "altChunk":
                self.warnings.append(
                    ParseWarning(
                        code="docx-embedded",
                        message="an embedded document (altChunk) was not read: open the file "
                        "in Word and save it again to merge it",
                        line=self._counter + 1,
                    )
                )

    def _is_report_matter(self, sdt: Any) -> bool:
        """A content control holding a resdiff report's own matter: tagged
        :data:`REPORT_TAG`, or named :data:`REPORT_ALIAS` (LibreOffice, saving the report
        again, keeps the alias and drops the tag)."""
        props = self.x.q("sdtPr")
        found = sdt.find(props)
        return found is not None and (
            self.x.val(found, "tag") == REPORT_TAG or self.x.val(found, "alias") == REPORT_ALIAS
        )

    def _cut_off_report_matter(self, el: Any) -> bool:
        """Whether a block following a report control is report matter the control lost:
        LibreOffice, saving a report again, ends a block content control at its first
        table, leaving the rest of the matter (summary and changes tables, their headings,
        the note on accepting changes) after it. That matter is tables and paragraphs in
        the report's own styles (:data:`_REPORT_MATTER_STYLES`, by name: LibreOffice
        renames style ids); the tracked text starts at the first other paragraph."""
        name = _local(el)
        if name == "tbl":
            return True
        if name != "p":
            return False
        ppr = el.find(self.x.q("pPr"))
        style = self.x.val(ppr, "pStyle") if ppr is not None else None
        return self.styles.names.get(style or "", "") in _REPORT_MATTER_STYLES

    @property
    def is_report(self) -> bool:
        """Whether the document is a resdiff Word report (its own matter was skipped)."""
        return self._report_paragraphs > 0

    @property
    def opens_with_formula(self) -> bool:
        """Whether the document holds a paragraph in the style a resdiff report writes
        the enacting formula in (by name, as LibreOffice renames style ids)."""
        for p in self.root.iter(self.x.q("p")):
            ppr = p.find(self.x.q("pPr"))
            style = self.x.val(ppr, "pStyle") if ppr is not None else None
            if self.styles.names.get(style or "", "") == _REPORT_FORMULA_STYLE:
                return True
        return False

    def _skip_report(self, el: Any) -> None:
        """A resdiff report's own matter (its title, summary and tables) is not the draft:
        skipped, and said once per document, with the count, on its first paragraph."""
        first = self._counter + 1
        skipped = len(list(el.iter(self.x.q("p"))))
        self._counter += skipped
        self._report_paragraphs += skipped
        message = (
            f"a resdiff Word report: its own matter ({self._report_paragraphs} paragraphs: "
            "title, summary, tables, headings, notes) was skipped; only its tracked text "
            "is read"
        )
        for k, warning in enumerate(self.warnings):
            if warning.code == "docx-report":
                self.warnings[k] = warning.model_copy(update={"message": message})
                return
        self.warnings.append(ParseWarning(code="docx-report", message=message, line=first))

    def _paragraph(self, p: Any, depth: int, flow: bool) -> Iterator[_Physical]:
        x = self.x
        self._counter += 1
        index = self._counter
        ppr = p.find(x.q("pPr"))
        mark = ppr.find(x.q("rPr")) if ppr is not None else None
        joins = mark is not None and any(m.tag in self.dropped for m in mark)
        if self.version == "original" and ppr is not None:
            change = ppr.find(x.q("pPrChange"))
            if change is not None:
                ppr = change.find(x.q("pPr"))
        parts: list[str] = []
        boxes: list[Any] = []
        notes: list[tuple[str, str, str]] = []
        self._label_parts = []
        self._bookmarks = []
        self._inline(p, parts, boxes, notes, depth)
        text, label = "".join(parts), "".join(self._label_parts)
        body = text[len(label) :] if text.startswith(label) else None
        yield _Physical(index, text, joins, ppr, notes, flow, label, tuple(self._bookmarks), body)
        for box in boxes:
            yield from self._blocks(box, depth + 1, flow=False)

    def _inline(
        self,
        el: Any,
        parts: list[str],
        boxes: list[Any],
        notes: list[tuple[str, str, str]],
        depth: int,
    ) -> None:
        """The text of a paragraph's runs, in the version read."""
        if depth > MAX_DEPTH:
            raise ResolutionParseError(
                f"{self.package.main}: inline elements nested more than {MAX_DEPTH} deep",
                path=self.path,
            )
        for child in el:
            if child.tag in self.dropped:
                # A bookmark is no tracked text: LibreOffice, saving a report again, puts
                # a clause's bookmarks inside the deletion its label opens with.
                for mark in child.iter(self.x.q("bookmarkStart")):
                    self._bookmarks.append(self.x.val(mark, attr="name") or "")
                continue
            name = _local(child)
            ns = _namespace(child)
            if ns == _MATH:
                parts.extend(t.text or "" for t in child.iter(f"{{{_MATH}}}t"))
            elif name == "r":
                self._run(child, parts, boxes, notes, depth)
            elif name in _INLINE_CONTAINERS or name == "sdt":
                self._inline(child, parts, boxes, notes, depth + 1)
            elif name == "AlternateContent" and ns == _MC:
                choice = next((c for c in child if _local(c) == "Choice"), None)
                if choice is not None:
                    self._inline(choice, parts, boxes, notes, depth + 1)
            elif name == "commentRangeStart":
                self._comment_ids.add(str(child.get(self.x.q("id")) or ""))
            elif name == "bookmarkStart":
                self._bookmarks.append(self.x.val(child, attr="name") or "")

    def _run(
        self,
        run: Any,
        parts: list[str],
        boxes: list[Any],
        notes: list[tuple[str, str, str]],
        depth: int,
    ) -> None:
        x = self.x
        rpr = run.find(x.q("rPr"))
        char_style = x.val(rpr, "rStyle") if rpr is not None else None
        label = char_style is not None and self.styles.is_clause_label(char_style)
        start = len(parts)
        for item in run:
            name = _local(item)
            if name == "t":
                parts.append(item.text or "")
            elif name == "delText":
                if self.version == "original":
                    parts.append(item.text or "")
            elif name in ("tab", "ptab"):
                parts.append("\t")
            elif name == "br":
                kind = x.val(item, attr="type")
                parts.append(" " if kind in ("page", "column") else "\n")
            elif name == "cr":
                parts.append("\n")
            elif name == "noBreakHyphen":
                parts.append("\u2011")
            elif name == "sym":
                parts.append(_symbol(x.val(item, attr="char")))
            elif name in ("footnoteReference", "endnoteReference"):
                kind = "footnote" if name == "footnoteReference" else "endnote"
                note_id = x.val(item, attr="id") or ""
                if item.get(x.q("customMarkFollows")) is not None and _on(
                    x.val(item, attr="customMarkFollows")
                ):
                    notes.append(("", kind, note_id))
                else:
                    self._note_numbers[kind] += 1
                    mark = format_number(self._note_numbers[kind], _NOTE_FORMATS[kind])
                    parts.append(mark)
                    notes.append((mark, kind, note_id))
            elif name == "commentReference":
                self._comment_ids.add(str(item.get(x.q("id")) or ""))
            elif name in ("drawing", "pict", "object") or (
                name == "AlternateContent" and _namespace(item) == _MC
            ):
                boxes.extend(self._text_boxes(item))
        if label:
            self._label_parts.extend(parts[start:])

    def _text_boxes(self, el: Any) -> list[Any]:
        """The text boxes of a drawing, once each: an ``mc:AlternateContent`` holds the
        same box twice (the modern choice and its fallback), and only the choice counts."""
        out: list[Any] = []
        for box in el.iter(self.x.q("txbxContent")):
            ancestors = list(box.iterancestors())
            if any(_local(a) == "Fallback" and _namespace(a) == _MC for a in ancestors):
                continue
            if any(a.tag == self.x.q("txbxContent") for a in ancestors):
                continue  # a box in a box is read with its own box
            out.append(box)
        return out

    # -- paragraphs of the version --------------------------------------------------

    def _join(self, physical: list[_Physical]) -> list[tuple[_Physical, str, bool]]:
        """Join each paragraph whose mark this version removes with the next one. The
        joined paragraph keeps the properties (numbering) of its first part with text.
        The third item says the paragraph vanishes: its mark is removed and no paragraph
        follows to take its text (an insertion at the end of the document, rejected)."""
        out: list[tuple[_Physical, str, bool]] = []
        group: list[_Physical] = []
        for p in physical:
            group.append(p)
            if not p.joins_next:
                out.append(self._merged(group, vanishes=False))
                group = []
        if group:
            out.append(self._merged(group, vanishes=True))
        return out

    @staticmethod
    def _merged(group: list[_Physical], *, vanishes: bool) -> tuple[_Physical, str, bool]:
        lead = next((p for p in group if p.text.strip()), group[-1])
        if len(group) > 1:
            # The joined paragraph of a report: the lead's label, every part's text and
            # bookmarks (see :func:`_report_draft`).
            bodies = [p.body for p in group]
            lead = replace(
                lead,
                body=None if None in bodies else "".join(b or "" for b in bodies),
                bookmarks=tuple(name for p in group for name in p.bookmarks),
            )
        return lead, "".join(p.text for p in group), vanishes

    def _number(self, joined: list[tuple[_Physical, str, bool]]) -> list[_Paragraph]:
        """The paragraphs with their labels, empty ones too: Word numbers an empty
        numbered paragraph, and the counters must advance as Word's do."""
        out: list[_Paragraph] = []
        for lead, text, vanishes in joined:
            if vanishes and not text.strip():
                continue
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
                )
            )
        return out

    def _skip_empty(self, paragraphs: list[_Paragraph]) -> list[_Paragraph]:
        """The paragraphs without those that hold no text, which are not paragraphs,
        except blank lines of a printed text and a number heading its sub-paragraphs
        ("11." alone above "(a) Expresses ...", which Word draws as an empty numbered
        paragraph). Empty numbered paragraphs skipped are counted in one warning: Word
        shows their numbers, so the next paragraphs' labels skip them too."""
        skipped: list[int] = []
        following: _Paragraph | None = None  # the next paragraph with text
        keep = [False] * len(paragraphs)
        for k in range(len(paragraphs) - 1, -1, -1):
            para = paragraphs[k]
            if para.text.strip():
                keep[k] = True
                following = para
            elif para.printed:
                keep[k] = True  # a blank line between printed paragraphs
            elif para.label:
                heads = (
                    following is not None
                    and following.listed
                    and bool(following.label)
                    and following.level > para.level
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
                    "paragraph is read without its number",
                    line=p.index,
                )
            )
            return "", level, False
        return label, level, True

    # -- notes and comments --------------------------------------------------------

    def _note_paragraphs(self, physical: list[_Physical]) -> list[_Paragraph]:
        """Footnotes and endnotes as paragraphs at the end ("1 A/74/976-S/2020/773."),
        each placed at the paragraph that cites it."""
        out: list[_Paragraph] = []
        for p in physical:
            for mark, kind, note_id in p.notes:
                body = self._note_text(kind, note_id, mark)
                if body is None:
                    self.warnings.append(
                        ParseWarning(
                            code="docx-notes",
                            message=f"{kind} {note_id} is cited but not found in the package",
                            line=p.index,
                        )
                    )
                    continue
                text = f"{mark} {body}".strip() if mark else body
                if text:
                    out.append(_Paragraph(p.index, text))
        return out

    def _note_text(self, kind: str, note_id: str, mark: str) -> str | None:
        if self._notes is None:
            self._notes = {}
            for name in ("footnote", "endnote"):
                root = self._related_root(f"/{name}s")
                if root is None:
                    continue
                self._roots.append(root)
                for note in root.iter(self.x.q(name)):
                    self._notes[f"{name}:{self.x.val(note, attr='id')}"] = note
        note = self._notes.get(f"{kind}:{note_id}")
        if note is None:
            return None
        texts: list[str] = []
        for p in note.iter(self.x.q("p")):
            parts: list[str] = []
            self._inline(p, parts, [], [], 0)
            texts.append("".join(parts))
        # The note's own mark (w:footnoteRef) carries no text: the mark is printed before.
        return " ".join(" ".join(texts).split())

    def _count_comments(self) -> None:
        root = self._related_root("/comments")
        in_part = len(list(root.iter(self.x.q("comment")))) if root is not None else 0
        self.comments = max(in_part, len(self._comment_ids - {""}))


def _ilvl_child(x: _Xml, num_pr: Any) -> int | None:
    el = num_pr.find(x.q("ilvl"))
    return x.int_val(el) if el is not None else None


def _symbol(char: str | None) -> str:
    """The character of a ``w:sym``: Symbol and Wingdings fonts put their characters at
    U+F000 + the Latin-1 code."""
    if not char or len(char) > 6:
        return ""
    try:
        code = int(char, 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    return chr(code) if 0x20 <= code < 0x110000 and not 0xD800 <= code < 0xE000 else ""


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


# --------------------------------------------------------------------------- printed lines


def _is_unit_end(line: str) -> bool:
    """Whether a line ends as a paragraph, a recital or a list item can end."""
    tail = line.rstrip().rstrip("\"'”’)]*")
    return tail[-1:] in (",", ";", ":", ".", "!", "?")


def _starts_continuation(line: str) -> bool:
    """Whether a line opens in lower case as the rest of a sentence does, not as a
    typed label ("a.", "iv)") does."""
    text = line.lstrip()
    if not text[:1].islower():
        return False
    head = text.split(None, 1)[0]
    return not (len(head) <= 6 and head[-1] in ".)" and head[:-1].isalpha())


def _mark_printed_lines(paragraphs: list[_Paragraph]) -> None:
    """Mark the paragraphs that are the printed lines of a text: a text copied from a PDF
    or a ``.txt`` into Word, or a ``.txt`` saved as ``.docx``, makes each printed line a
    Word paragraph and each blank line an empty one. Read as paragraphs, every wrapped
    line would start a paragraph; marked, they are handed to the text reader as the
    lines of a copied text, which joins wrapped lines as it does in a ``.txt``.

    A region is a run of unnumbered paragraphs of the body's flow (numbered paragraphs,
    tables, text boxes and the header stand apart), empty ones included. It is printed
    when it holds a wrapped line — a line no longer than a printed line that does not
    end a unit (no final , ; : .), followed directly by a line that goes on in lower
    case or whose first word would not have fitted on it at the text's width (its
    90th-percentile line length, at least :data:`MIN_PRINTED_WIDTH`) — and more lines
    running on to the next than lines too long to be printed lines (over
    :data:`MAX_PRINTED_LINE` characters). Real Word drafts have no wrapped line: their
    paragraphs end units, and where one does not (a masthead line, a heading) it is
    short beside the width their long paragraphs give. ``tests/test_read_docx.py``
    checks both on a sample of the corpus: resolutions written as Word drafts (with
    automatic numbering, or typed labels) keep every paragraph, and printed as text
    then put into Word line by line they read as the text does.
    """
    lengths = sorted(
        len(line.rstrip())
        for para in paragraphs
        if _may_be_printed(para)
        for line in para.text.split("\n")
        if line.strip()
    )
    if not lengths:
        return
    width = max(MIN_PRINTED_WIDTH, lengths[min(len(lengths) - 1, len(lengths) * 9 // 10)])
    region: list[_Paragraph] = []
    for para in [*paragraphs, None]:
        if para is not None and _may_be_printed(para):
            region.append(para)
            continue
        if _is_printed(region, width):
            for member in region:
                member.printed = True
        region = []


def _may_be_printed(para: _Paragraph) -> bool:
    """An unnumbered paragraph of the body's flow (a numbered one is a Word paragraph)."""
    return para.flow and not para.listed and not para.label


def _is_printed(region: list[_Paragraph], width: int) -> bool:
    """Whether a region is laid out as printed lines (see :func:`_mark_printed_lines`)."""
    running_on = 0  # lines that do not end a unit, with a line after them
    wrapped = False
    for before, after in pairwise(region):
        last = before.text.split("\n")[-1].rstrip()
        following = after.text.split("\n")[0]
        if not last.strip() or not following.strip() or _is_unit_end(last):
            continue
        running_on += 1
        if len(last) > MAX_PRINTED_LINE:
            continue  # a paragraph, not a line: no page wraps that wide
        word = following.split()[0]
        if _starts_continuation(following) or len(last) + 1 + len(word) > _WRAP_FIT * width:
            wrapped = True
    if not wrapped:
        return False
    unprintable = sum(
        1
        for para in region
        for line in para.text.split("\n")
        if len(line.rstrip()) > MAX_PRINTED_LINE
    )
    return running_on > unprintable


# --------------------------------------------------------------------------- as text


def _as_text(paragraphs: list[_Paragraph]) -> tuple[str, list[int]]:
    """The paragraphs as plain text for the text reader, one block of lines each with a
    blank line after it, and the paragraph number of every line. List paragraphs are
    indented by level, as printed, so that nested bullet lists stay apart. A printed
    line (:func:`_mark_printed_lines`) is one line as it stands, spaces kept, with no
    blank line after it: an empty paragraph among them is the blank line."""
    lines: list[str] = []
    where: list[int] = []
    for para in paragraphs:
        if para.printed:
            for piece in para.text.split("\n"):
                lines.append(piece.rstrip())
                where.append(para.index)
            continue
        if lines and lines[-1]:
            lines.append("")  # the end of a run of printed lines
            where.append(where[-1])
        pieces = [" ".join(piece.split()) for piece in para.text.split("\n")]
        pieces = [piece for piece in pieces if piece] or [""]
        indent = "    " * para.level if para.listed else ""
        first = f"{para.label} {pieces[0]}" if para.label else pieces[0]
        for piece in [first, *pieces[1:]]:
            lines.append(f"{indent}{piece}")
            where.append(para.index)
        lines.append("")
        where.append(para.index)
    return "\n".join(lines) + "\n", where


def _paragraph_of(where: list[int], line: int | None) -> int:
    if not where:
        return 1
    if line is None or line < 1:
        return where[0]
    return where[min(line, len(where)) - 1]


def _span(span: Span | None, where: list[int]) -> Span | None:
    if span is None:
        return None
    first = _paragraph_of(where, span.first_line)
    last = max(first, _paragraph_of(where, span.last_line))
    return Span(first_line=first, last_line=last)


def _clause(clause: Clause, where: list[int]) -> Clause:
    return clause.model_copy(
        update={
            "span": _span(clause.span, where),
            "children": tuple(_clause(child, where) for child in clause.children),
        }
    )


def _renumber_lines(draft: Draft, where: list[int]) -> Draft:
    """The draft with every line number of the generated text turned into the number of
    the Word paragraph it came from."""

    def line(no: int | None) -> int | None:
        return None if no is None else _paragraph_of(where, no)

    return draft.model_copy(
        update={
            "preamble": tuple(_clause(c, where) for c in draft.preamble),
            "operative": tuple(_clause(c, where) for c in draft.operative),
            "headings": tuple(
                h.model_copy(update={"span": _span(h.span, where)}) for h in draft.headings
            ),
            "annexes": tuple(
                a.model_copy(update={"span": _span(a.span, where)}) for a in draft.annexes
            ),
            "footnotes": tuple(
                f.model_copy(update={"line": line(f.line)}) for f in draft.footnotes
            ),
            "warnings": tuple(
                w.model_copy(update={"line": line(w.line), "column": None}) for w in draft.warnings
            ),
            "furniture": tuple(
                r.model_copy(update={"line": _paragraph_of(where, r.line)}) for r in draft.furniture
            ),
        }
    )


__all__ = [
    "MAX_ENTRIES",
    "MAX_PRINTED_LINE",
    "MAX_RATIO",
    "MAX_UNCOMPRESSED",
    "REPORT_ALIAS",
    "REPORT_TAG",
    "UNTRACKED_WARNING",
    "format_number",
    "parse_docx",
]
