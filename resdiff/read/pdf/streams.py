"""A PDF's compressed streams, measured before PDFium reads its text.

PDFium lays a page's text out whole before the reader can count its characters and
refuse a page over the limit (:data:`~resdiff.limits.DEFAULT_MAX_PDF_PAGE_CHARS`): an
8.7 KB file whose one content stream inflates to 2 MB (two million characters) cost
0.61 s and 260 MB before it was refused, 70 s per MB of input. As a Word package's
entries are measured against their compression ratio before they are parsed
(:mod:`resdiff.read.docx.package`), every stream PDFium may decode to read a page's text
is decoded here once, through its whole filter chain (Flate, LZW, run-length, ASCII hex
and ASCII base-85, in any order and any number of times), its output counted and
dropped, and a PDF is refused when

- one stream other than a font file decodes to more than :data:`MAX_STREAM_BYTES` (a
  page of a resolution is about 0.1 MB of content; a dense annex table some 0.3 MB), or
- all of them together decode to more than :data:`MAX_INFLATION` times the file (real
  prints: at most 7.2, Chromium's; LibreOffice's 2 to 6), past a floor of
  :data:`INFLATION_FLOOR` bytes for small files.

Which streams, and where each one's data ends:

- **Images are left out**, as PDFium decodes them only to draw them: a stream whose
  dictionary says ``/Subtype /Image`` or whose chain ends in an image codec (JPEG, JPEG
  2000, fax, JBIG2). An image is measured all the same when a page names it as its
  ``/Contents`` (read in the file and in its object streams), for PDFium then reads it
  as a page whatever its dictionary claims (a stranger's review, 3 December: an 855-byte
  file of a bomb claiming to be an image took 15.5 s and 3.2 GB).
- **A stream's data runs for its** ``/Length`` (given, or in an object of its own) when
  ``endstream`` follows there, as PDFium reads it: the bytes "endstream" inside
  compressed data no longer cut it short. Where the length is missing or wrong, the data
  runs to the first ``endstream`` (or the next stream's keyword), and on as long as its
  first decoder reads on.
- **The scan is linear.** Each ``stream`` keyword is matched once and each dictionary
  read once. The bytes the first decoders read are counted, and a file whose streams
  make them read more than :data:`MAX_FEED` times the file (streams nested in each
  other's data, which made the scan quadratic) is refused as malformed.

A real print with a vast vector figure can pass the per-stream limit (a Chromium print
of a 400,000-point map: 3.4 MB, more than 8 MB of drawing in one stream): raise
:data:`MAX_STREAM_BYTES` for such files. What a scan of bytes cannot see is a dictionary
written to mislead it (a ``/Filter`` key inside a string): the page limit then stops the
page, later.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import re
import zlib
from collections.abc import Callable, Iterable, Iterator

from ...errors import ResolutionParseError

__all__ = ["INFLATION_FLOOR", "MAX_FEED", "MAX_INFLATION", "MAX_STREAM_BYTES", "check_inflation"]

#: Most bytes one stream other than a font file may decode to.
MAX_STREAM_BYTES = 8_000_000
#: Most bytes all the measured streams may decode to, as a multiple of the file's size ...
MAX_INFLATION = 40
#: ... or this many, for a small file.
INFLATION_FLOOR = 2_000_000
#: Most bytes the streams' first decoders may read, as a multiple of the file's size
#: (past a floor of 1 MB): each byte of a well-formed file is read once.
MAX_FEED = 3

#: A stream's data starts after the keyword and its end of line (not "endstream"):
#: "\r\n", "\n" or a lone "\r", perhaps after spaces, as PDFium accepts.
#: (Matched without a look-behind, which would cost the search its literal prefix:
#: 30 times slower; "endstream" is told apart after.)
_STREAM = re.compile(rb"stream[ \t]{0,8}(?:\r\n|\r|\n)")
_END = re.compile(rb"endstream")
_ENDS_HERE = re.compile(rb"[\x00\t\n\x0c\r ]{0,32}endstream")
#: An object's header, "12 0 obj": the dictionary of a stream follows its last one.
_HEADER = re.compile(rb"(\d{1,10})[\x00\t\n\x0c\r ]{1,32}\d{1,5}[\x00\t\n\x0c\r ]{1,32}obj\b")
#: "/Length 1234" or "/Length 12 0 R" (not /Length1, 2 or 3 of a font file).
_LENGTH = re.compile(
    rb"/Length(?![0-9A-Za-z])[\x00\t\n\x0c\r ]{0,32}(\d{1,12})"
    rb"(?:[\x00\t\n\x0c\r ]{1,32}(\d{1,5})[\x00\t\n\x0c\r ]{1,32}R(?![0-9A-Za-z]))?"
)
#: "12 0 obj 1234 endobj": a length kept in an object of its own, found by its "obj"
#: (a literal the search can skip to) and its number read just before it.
_NUMBER_OBJECT = re.compile(rb"obj[\x00\t\n\x0c\r ]{0,32}(\d{1,12})[\x00\t\n\x0c\r ]{0,32}endobj")
_NUMBER_BEFORE = re.compile(
    rb"(?<![0-9])(\d{1,10})[\x00\t\n\x0c\r ]{1,32}\d{1,5}[\x00\t\n\x0c\r ]{1,32}\Z"
)
_FILTER = re.compile(
    rb"/Filter[\x00\t\n\x0c\r ]{0,32}(\[[^\]]{0,1024}\]|/[^\x00\t\n\x0c\r /\[\]<>()]{1,64})"
)
_NAME = re.compile(rb"/([^\x00\t\n\x0c\r /\[\]<>()]{1,64})")
_EARLY_CHANGE_OFF = re.compile(rb"/EarlyChange[\x00\t\n\x0c\r ]{0,32}0(?![0-9])")
#: An image, decoded only to be drawn.
_IMAGE = re.compile(rb"/Subtype[\x00\t\n\x0c\r ]{0,32}/Image(?![0-9A-Za-z])")
_OBJECT_STREAM = re.compile(rb"/Type[\x00\t\n\x0c\r ]{0,32}/ObjStm(?![0-9A-Za-z])")
#: A font file (its decoded length given as /Length1, 2 or 3, or a compact font's subtype).
_FONT_FILE = re.compile(
    rb"/Length[123]\b|/Subtype[\x00\t\n\x0c\r ]{0,32}/(?:Type1C|CIDFontType0C|OpenType)\b"
)
#: A page's content: "/Contents 4 0 R" or "/Contents [4 0 R 5 0 R]".
_CONTENTS = re.compile(
    rb"/Contents[\x00\t\n\x0c\r ]{0,32}(?:(\d{1,10})[\x00\t\n\x0c\r ]{1,32}\d{1,5}"
    rb"[\x00\t\n\x0c\r ]{1,32}R|\[([^\]]{0,65536})\])"
)
_REFERENCE = re.compile(rb"(\d{1,10})[\x00\t\n\x0c\r ]{1,32}\d{1,5}[\x00\t\n\x0c\r ]{1,32}R")
#: Output decoded at a time, then counted and dropped.
_CHUNK = 1 << 20
#: Data fed to a first decoder past the end the scan found, at a time.
_MORE = 1 << 16
_WHITE = b"\x00\t\n\x0c\r "

_FILTERS = {
    b"FlateDecode": "flate",
    b"Fl": "flate",
    b"LZWDecode": "lzw",
    b"LZW": "lzw",
    b"RunLengthDecode": "rl",
    b"RL": "rl",
    b"ASCIIHexDecode": "hex",
    b"AHx": "hex",
    b"ASCII85Decode": "a85",
    b"A85": "a85",
}
_IMAGE_CODECS = {
    b"DCTDecode",
    b"DCT",
    b"JPXDecode",
    b"CCITTFaxDecode",
    b"CCF",
    b"JBIG2Decode",
}

Chunks = Iterable[bytes]


class _Feed:
    """The bytes the first decoders have read, against :data:`MAX_FEED`."""

    def __init__(self, size: int, path: str | None) -> None:
        self.limit = MAX_FEED * size + (1 << 20)
        self.used = 0
        self.path = path

    def take(self, count: int) -> None:
        self.used += count
        if self.used > self.limit:
            raise ResolutionParseError(
                "PDF streams run into each other: their data was read more than "
                f"{MAX_FEED} times over (a malformed or hostile file)",
                path=self.path,
            )

    def give_back(self, count: int) -> None:
        self.used -= count


def _source(data: bytes, start: int, end: int, more: bool, feed: _Feed) -> Iterator[bytes]:
    """A stream's data from ``start`` to ``end``, and, with ``more``, on to the end of
    the file as long as the first decoder asks for it."""
    view = memoryview(data)
    feed.take(end - start)
    yield bytes(view[start:end])
    if not more:
        return
    at = end
    while at < len(data):
        piece = bytes(view[at : at + _MORE])
        feed.take(len(piece))
        yield piece
        at += len(piece)


def _flate(chunks: Chunks, feed: _Feed | None = None) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    try:
        for chunk in chunks:
            pending = chunk
            while True:
                out = inflater.decompress(pending, _CHUNK)
                if out:
                    yield out
                pending = inflater.unconsumed_tail
                if inflater.eof:
                    if feed is not None:
                        feed.give_back(len(inflater.unused_data))
                    return
                if not pending and len(out) < _CHUNK:
                    break
    except zlib.error:
        return  # not (or no longer) Flate data: what decoded so far counts


_NOT_HEX = re.compile(rb"[^0-9A-Fa-f]")


def _hex(chunks: Chunks) -> Iterator[bytes]:
    carry = b""
    for chunk in chunks:
        end = chunk.find(b">")
        part = carry + (chunk if end < 0 else chunk[:end]).translate(None, _WHITE)
        bad = _NOT_HEX.search(part)
        if bad is not None:
            part, end = part[: bad.start()], 0
        carry, part = (part[-1:], part[:-1]) if len(part) % 2 else (b"", part)
        if part:
            yield binascii.unhexlify(part)
        if end >= 0:
            if carry:
                yield binascii.unhexlify(carry + b"0")
            return


def _a85(chunks: Chunks) -> Iterator[bytes]:
    # Base-85 grows its input by 5/4 at most (a "z" by 4): the input is gathered up to
    # its end marker and decoded whole.
    gathered = bytearray()
    for chunk in chunks:
        end = chunk.find(b"~>")
        gathered += chunk if end < 0 else chunk[:end]
        if end >= 0:
            break
    text = bytes(gathered).translate(None, _WHITE)
    if text.startswith(b"<~"):
        text = text[2:]
    try:
        yield base64.a85decode(text)
    except ValueError:
        # A bad character ends the data, as in PDFium: decode what comes before it.
        good = re.match(rb"[!-uz]*", text)
        head = text[: good.end() if good is not None else 0]
        try:
            yield base64.a85decode(head[: len(head) - len(head) % 5])
        except ValueError:
            return


def _run_length(chunks: Chunks) -> Iterator[bytes]:
    out = bytearray()
    rest = b""
    for chunk in chunks:
        buffer = rest + chunk
        at, size = 0, len(buffer)
        while at < size:
            length = buffer[at]
            if length == 128:
                yield bytes(out)
                return
            if length < 128:
                if at + length + 2 > size:
                    break
                out += buffer[at + 1 : at + length + 2]
                at += length + 2
            else:
                if at + 2 > size:
                    break
                out += buffer[at + 1 : at + 2] * (257 - length)
                at += 2
            if len(out) >= _CHUNK:
                yield bytes(out)
                out.clear()
        rest = buffer[at:]
    if out:
        yield bytes(out)


def _lzw(chunks: Chunks, early: int) -> Iterator[bytes]:
    table: list[bytes] = [bytes([n]) for n in range(256)] + [b"", b""]
    width, bits, held = 9, 0, 0
    previous: bytes | None = None
    out = bytearray()
    for chunk in chunks:
        for byte in chunk:
            bits = (bits << 8) | byte
            held += 8
            while held >= width:
                held -= width
                code = bits >> held
                bits &= (1 << held) - 1
                if code == 256:
                    del table[258:]
                    width, previous = 9, None
                    continue
                if code == 257:
                    yield bytes(out)
                    return
                if code < len(table) and (previous is not None or code < 256):
                    entry = table[code]
                    if previous is not None and len(table) < 4096:
                        table.append(previous + entry[:1])
                elif previous is not None and code == len(table) and len(table) < 4096:
                    entry = previous + previous[:1]
                    table.append(entry)
                else:
                    yield bytes(out)  # a code no table holds: the data ends here
                    return
                out += entry
                previous = entry
                if len(table) + early >= (1 << width) and width < 12:
                    width += 1
                if len(out) >= _CHUNK:
                    yield bytes(out)
                    out.clear()
    if out:
        yield bytes(out)


def _last(pattern: re.Pattern[bytes], text: bytes) -> re.Match[bytes] | None:
    """The last match of ``pattern`` in a dictionary: of a key given twice, PDFium keeps
    the last."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the last one is kept
        pass
    return found


def _chain(dictionary: bytes) -> tuple[list[str], bool]:
    """A stream's filters, in order, and whether it is an image by its codec: the chain
    stops at the first filter it does not know (PDFium would fail there too)."""
    found = _last(_FILTER, dictionary)
    if found is None:
        return [], False
    names = [m.group(1) for m in _NAME.finditer(found.group(1))]
    chain: list[str] = []
    for name in names:
        if name in _IMAGE_CODECS:
            return chain, True
        known = _FILTERS.get(name)
        if known is None:
            break
        chain.append(known)
    return chain, False


def _decoded(
    chain: list[str],
    source: Iterator[bytes],
    feed: _Feed,
    early: int,
) -> Iterator[bytes]:
    """The output of ``chain`` applied to ``source`` (with no filter named, the data is
    tried as Flate, as the scan always did: it fails at once on anything else)."""
    stages: list[Callable[[Chunks], Iterator[bytes]]] = []
    for n, name in enumerate(chain or ["flate"]):
        if name == "flate":
            stages.append((lambda c: _flate(c, feed)) if n == 0 else _flate)
        elif name == "lzw":
            stages.append(lambda c: _lzw(c, early))
        elif name == "rl":
            stages.append(_run_length)
        elif name == "hex":
            stages.append(_hex)
        else:
            stages.append(_a85)
    chunks: Iterator[bytes] = source
    for stage in stages:
        chunks = stage(chunks)
    return chunks


class _Scan:
    """One pass over the file's streams, with the totals the limits are checked on."""

    def __init__(self, data: bytes, path: str | None) -> None:
        self.data = data
        self.path = path
        self.budget = max(INFLATION_FLOOR, MAX_INFLATION * len(data))
        self.total = 0
        self.feed = _Feed(len(data), path)
        self.contents: set[int] = {int(n) for n in _contents(data)}
        self._lengths: dict[int, int] | None = None
        self.ends = [m.start() for m in _END.finditer(data)]

    def length(self, number: int) -> int | None:
        """The value of ``number 0 obj <integer> endobj`` (read once for all)."""
        if self._lengths is None:
            self._lengths = {}
            for m in _NUMBER_OBJECT.finditer(self.data):
                before = _NUMBER_BEFORE.search(self.data, max(0, m.start() - 80), m.start())
                if before is not None:
                    self._lengths[int(before.group(1))] = int(m.group(1))
        return self._lengths.get(number)

    def extent(self, dictionary: bytes, start: int, following: int) -> tuple[int, bool]:
        """Where a stream's data ends, and whether it may run on past that end (its
        data otherwise stops at the first ``endstream`` or at the ``following``
        stream's keyword, so that each byte is given to a decoder once)."""
        data = self.data
        given = _last(_LENGTH, dictionary)
        if given is not None:
            length: int | None = int(given.group(1))
            if given.group(2) is not None and length is not None:
                length = self.length(length)
            if (
                length is not None
                and start + length <= len(data)
                and _ENDS_HERE.match(data, start + length) is not None
            ):
                return start + length, False
        k = bisect.bisect_left(self.ends, start)
        return min(self.ends[k] if k < len(self.ends) else len(data), following), True

    def measure(
        self,
        number: int | None,
        dictionary: bytes,
        start: int,
        following: int,
        chain: list[str],
        keep: bool,
    ) -> bytes:
        """Decode one stream, count its output and check the limits; its output is
        returned when ``keep`` (an object stream, for the pages it holds). A font file
        is held to the whole file's limit only, unless a page reads it as its content."""
        font = _FONT_FILE.search(dictionary) is not None and number not in self.contents
        most = self.budget - self.total if font else min(MAX_STREAM_BYTES, self.budget - self.total)
        end, more = self.extent(dictionary, start, following)
        early = 0 if _EARLY_CHANGE_OFF.search(dictionary) else 1
        size = 0
        kept = bytearray()
        for out in _decoded(
            chain, _source(self.data, start, end, more, self.feed), self.feed, early
        ):
            size += len(out)
            if keep:
                kept += out
            if size > most:
                break
        if not font and size > MAX_STREAM_BYTES:
            raise ResolutionParseError(
                f"PDF stream at byte {start:,} decodes to more than "
                f"{MAX_STREAM_BYTES:,} bytes: not a printed page of text (a compression bomb?; "
                "raise it: resdiff.read.pdf.streams.MAX_STREAM_BYTES in Python)",
                path=self.path,
            )
        self.total += size
        if self.total > self.budget:
            raise ResolutionParseError(
                f"PDF streams inflate to more than {self.budget:,} bytes from "
                f"{len(self.data):,} (over {MAX_INFLATION} times the file): not a printed "
                "document (a compression bomb?; raise it: "
                "resdiff.read.pdf.streams.MAX_INFLATION in Python)",
                path=self.path,
            )
        return bytes(kept)


def _contents(text: bytes) -> Iterator[bytes]:
    """The object numbers named as a page's ``/Contents`` in ``text``."""
    for m in _CONTENTS.finditer(text):
        if m.group(1) is not None:
            yield m.group(1)
        else:
            yield from (r.group(1) for r in _REFERENCE.finditer(m.group(2)))


def _last_header(window: bytes) -> re.Match[bytes] | None:
    """The last object header in ``window``: found backwards from each "obj" (a regular
    expression run forwards over a stream's binary data cost a third of the scan)."""
    end = len(window)
    while (at := window.rfind(b"obj", 0, end)) >= 0:
        found = _HEADER.search(window, max(0, at - 80), at + 3)
        while found is not None and found.end() != at + 3:
            found = _HEADER.search(window, found.start() + 1, at + 3)
        if found is not None:
            return found
        end = at + 2
    return None


def check_inflation(data: bytes, path: str | None = None) -> None:
    """Refuse ``data`` when the streams PDFium may decode to read its text decode beyond
    the limits above."""
    scan = _Scan(data, path)
    images: list[tuple[int | None, bytes, int, int, list[str]]] = []
    after = 0  # where the last keyword ended: each dictionary is read once
    keywords = [
        m for m in _STREAM.finditer(data) if data[max(0, m.start() - 3) : m.start()] != b"end"
    ]
    for n, m in enumerate(keywords):
        start = m.end()
        following = keywords[n + 1].start() if n + 1 < len(keywords) else len(data)
        window = data[after : m.start()]
        after = start
        header = _last_header(window)
        number = int(header.group(1)) if header is not None else None
        dictionary = window[header.end() :] if header is not None else window[-4096:]
        chain, codec = _chain(dictionary)
        if codec or _IMAGE.search(dictionary):
            images.append((number, dictionary, start, following, chain))
            continue
        kept = scan.measure(
            number,
            dictionary,
            start,
            following,
            chain,
            keep=_OBJECT_STREAM.search(dictionary) is not None,
        )
        if kept:
            scan.contents.update(int(n) for n in _contents(kept))
    # An image a page reads as its content is read as a page.
    for number, dictionary, start, following, chain in images:
        if number is not None and number in scan.contents:
            scan.measure(number, dictionary, start, following, chain, keep=False)
