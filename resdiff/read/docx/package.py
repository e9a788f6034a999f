"""The Word package opened under limits, and its XML parts parsed with a hardened parser.

:class:`_Package` opens the ZIP under limits (entries, total uncompressed size,
compression ratio), checked in the ZIP directory and again while each part is read, and
refuses what is not a Word document (an OpenDocument file, another ZIP, an encrypted
file) with a clear error. :func:`_parse_xml` parses each part with a hardened parser (no
DTD, no entities, no network) and refuses any ``DOCTYPE``. :class:`_Xml` names elements
and reads values in the document's WordprocessingML namespace (transitional or strict).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from typing import Any, NoReturn

from ...errors import ResolutionParseError
from ...limits import DEFAULT_MAX_DOCX_UNPACKED_BYTES
from ...model import Limits
from ..source import CONVERT_HINT

#: Most entries a Word package may hold (a resolution has a dozen or so).
MAX_ENTRIES = 2000
#: Largest total uncompressed size of the package's entries, in bytes, by default
#: (:attr:`Limits.max_docx_unpacked_bytes`): a printed resolution's document.xml is well
#: under a megabyte, and every part read is parsed whole (21 MB of empty paragraphs took
#: 2.3 GB before the paragraph cap of the reader).
MAX_UNCOMPRESSED = DEFAULT_MAX_DOCX_UNPACKED_BYTES
#: Largest compression ratio of one entry (uncompressed : compressed). Deflate tops out
#: near 1032:1, where a zip bomb packs its gigabytes of zeros; real parts are repetitive
#: too (LibreOffice writes a 1000-row empty table as a 1.37 MB document.xml at 117:1).
#: The total (:data:`MAX_UNCOMPRESSED`, counted while reading) is the main guard.
MAX_RATIO = 500
#: Entries smaller than this are not held to the ratio: whatever their ratio, their whole
#: size is harmless, and tiny repetitive parts can compress very well.
RATIO_FLOOR = 64 * 1024
#: Fewest bytes an XML element takes, in any encoding: its own tags, disjoint from every
#: other element's, are at least four characters ("<a/>", or "<a>" and "</a>").
_MIN_ELEMENT_BYTES = 4
#: The bytes fed at a time to the parser that counts elements as it builds them.
_FEED = 1 << 16

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


# --------------------------------------------------------------------------- package


def _raise_it(field: str) -> str:
    """How to raise the limit ``field`` of :class:`Limits` (the Word limits have no
    command-line option)."""
    return f"raise it: limits=Limits({field}=...) in Python"


class _Package:
    """A Word package opened under ``limits`` (its ``max_docx_*``): :meth:`read` gives a
    part's bytes, :meth:`xml` its parsed XML."""

    def __init__(self, data: bytes, path: str | None, limits: Limits | None = None) -> None:
        self.path = path
        self.limits = limits or Limits()
        if data.startswith(_OLE_MAGIC):
            if _ENCRYPTED_STREAM in data:
                self._fail(
                    "an encrypted (password-protected) Office file: remove the password "
                    "in Word and save it again as .docx"
                )
            self._fail(
                f"a Word 97-2003 (.doc) or other OLE file: save it as .docx ({CONVERT_HINT}) "
                "and try again"
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
        if total > self.limits.max_docx_unpacked_bytes:
            self._fail(
                f"the package unpacks to {total:,} bytes, {self._unpacked_limit()} (a zip "
                f"bomb? if not, {_raise_it('max_docx_unpacked_bytes')})"
            )
        #: Part names as Office matches them: without case.
        # Part names are case-insensitive in a package (OPC), and one name must not stand
        # twice: Word and LibreOffice read the first of two, a lookup by lower-cased name
        # the last, so the text compared could be one nobody sees.
        entries: dict[str, Any] = {}
        for info in infos:
            key = info.filename.lower()
            if key in entries:
                self._fail(
                    f"the package holds two parts named {entries[key].filename!r} and "
                    f"{info.filename!r} (part names must differ in more than case)"
                )
            entries[key] = info
        self._entries = entries
        self._budget = self.limits.max_docx_unpacked_bytes
        #: The XML elements the parts still to be parsed may hold, all parts together:
        #: an element costs about 130 bytes parsed, whatever its name (an empty one, 4
        #: bytes of XML), so the unpacked size alone let 60 MB of them take 2 GB.
        self._elements = self.limits.max_docx_elements
        self._check_kind()
        self.main = self._main_part()

    def _fail(self, message: str) -> NoReturn:
        raise ResolutionParseError(message, path=self.path)

    def _unpacked_limit(self) -> str:
        return f"more than the limit of {self.limits.max_docx_unpacked_bytes:,} bytes"

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
                            f"the package unpacks to {self._unpacked_limit()} (a zip "
                            f"bomb? if not, {_raise_it('max_docx_unpacked_bytes')})"
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

    def xml(self, name: str) -> Any | None:
        """The parsed XML of part ``name`` (``None`` when absent), refused as soon as the
        parts parsed so far hold more elements than :attr:`Limits.max_docx_elements`."""
        data = self.read(name)
        if data is None:
            return None
        root, count = _parse_xml(data, name, self.path, room=self._elements)
        if root is None:
            limit = self.limits.max_docx_elements
            self._fail(
                f"{name}: the parts read hold more than the limit of {limit:,} XML elements "
                f"(a printed resolution has tens of thousands; {_raise_it('max_docx_elements')})"
            )
        self._elements -= count
        return root

    def _check_kind(self) -> None:
        """Refuse the ZIP packages that are not Word documents, saying what they are."""
        mimetype = self.read("mimetype")
        if mimetype is not None and mimetype.strip().startswith(_ODT_MIME):
            kind = mimetype.strip().decode("ascii", "replace")
            self._fail(
                f"an OpenDocument file ({kind}), not a Word document: save it as .docx "
                f"({CONVERT_HINT}) and try again"
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
        rels = self.xml(rels_name)
        if rels is None:
            return {}
        out: dict[str, tuple[str, str]] = {}
        for rel in rels:
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


#: The hardened parser's options: no entities, no network, no DTD, lxml's own limits.
_PARSER_OPTIONS: dict[str, bool] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(**_PARSER_OPTIONS)


#: The place libxml2 writes at the end of its message, said once already.
_PLACE_SAID = re.compile(r", line \d+, column \d+$")


def _parse_xml(
    data: bytes, part: str, path: str | None, *, room: int | None = None
) -> tuple[Any, int]:
    """Parse one part of the package with a hardened parser: its root and how many
    elements it holds, or ``None`` (and a count over ``room``) as soon as it holds more
    than ``room`` (``None``: no bound). A ``DOCTYPE`` (the door to entity expansion and
    external entities) is refused, malformed XML named with the part, line and column."""
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
        if room is None or len(data) // _MIN_ELEMENT_BYTES <= room:
            # Too short to hold more (whatever its encoding): parsed at full speed, and
            # its elements counted by libxml2 in one walk.
            root = etree.fromstring(data, _parser())
            count = int(root.xpath("count(//*)")) if root is not None else 0
        else:
            root, count = _parse_counting(data, room)
            if root is None:
                return None, count
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        where = f", line {line}, column {column}" if line else ""
        # libxml2 ends its message with the place again ("..., line 2, column 7635").
        said = _PLACE_SAID.sub("", str(exc.msg)) if line else str(exc.msg)
        raise ResolutionParseError(f"{part}{where}: malformed XML: {said}", path=path) from exc
    if root is None:
        raise ResolutionParseError(f"{part}: empty XML part", path=path)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise ResolutionParseError(
            f"{part}: XML with a DOCTYPE or entity declarations is refused", path=path
        )
    return root, count


def _parse_counting(data: bytes, room: int) -> tuple[Any, int]:
    """``data`` parsed a slice at a time, its elements counted as they are built: the root
    and the count, or ``None`` and a count over ``room`` once there are more (the tree
    built so far is dropped, never the whole of a flood)."""
    from lxml import etree

    parser = etree.XMLPullParser(events=("start",), **_PARSER_OPTIONS)
    count = 0
    for start in range(0, len(data), _FEED):
        parser.feed(data[start : start + _FEED])
        count += sum(1 for _ in parser.read_events())
        if count > room:
            return None, count
    root = parser.close()
    count += sum(1 for _ in parser.read_events())
    return (None, count) if count > room else (root, count)


def _local(el: Any) -> str:
    """An element's name without its namespace (``""`` for comments and the like)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _namespace(el: Any) -> str:
    tag = el.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


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
