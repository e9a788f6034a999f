"""A PDF's compressed streams, measured before PDFium reads its text: the quick and
clear refusal of a compression bomb.

PDFium lays a page's text out whole before the reader can count its characters and
refuse a page over the limit (:data:`~resdiff.limits.DEFAULT_MAX_PDF_PAGE_CHARS`): an
8.7 KB file whose one content stream inflates to 2 MB (two million characters) cost
0.61 s and 260 MB before it was refused, 70 s per MB of input. As a Word package's
entries are measured against their compression ratio before they are parsed
(:mod:`resdiff.read.docx.package`), every stream PDFium may decode to read a page's text
is decoded here once, through its whole filter chain (Flate, LZW, run-length, ASCII hex
and ASCII base-85, in any order and any number of times; every stage's output counted,
not only the last), and a PDF is refused when

- one stream of text (:data:`TEXT_OPERATORS` operators that show text or more) decodes
  to more than :data:`MAX_STREAM_BYTES` (a page of a resolution is about 0.1 MB of
  content; a dense annex table some 0.3 MB), or any other stream but a font file to more
  than :data:`MAX_DRAWING_BYTES` (vector figures: a Chromium print of a 400,000-point
  map holds more than 8 MB of drawing in one stream), or
- all of them together decode to more than :data:`MAX_INFLATION` times the file (real
  prints: Chromium's up to 7.2, LibreOffice's 5.9 to 13.4, a matplotlib figure of dense
  text 55 to 60), past a floor of :data:`INFLATION_FLOOR` bytes for small files.

Which streams, and where each one's data ends:

- **Images, attached files and metadata are left out**, as PDFium decodes them only to
  draw or to hand them over: a stream whose dictionary says ``/Subtype /Image``, whose
  chain ends in an image codec (JPEG, JPEG 2000, fax, JBIG2), or that is an attached
  file or the document's metadata. Each is measured all the same when a page names it as
  its ``/Contents`` (read in the file and in its object streams), for PDFium then reads
  it as a page whatever its dictionary claims (a stranger's review, 3 December: an
  855-byte file of a bomb claiming to be an image took 15.5 s and 3.2 GB).
- **A stream's data runs for its** ``/Length`` (given, or in an object of its own) when
  ``endstream`` follows there, as PDFium reads it: the bytes "endstream" inside
  compressed data no longer cut it short. Where the length is missing or wrong, the data
  runs to the first ``endstream`` (or the next stream's keyword), and on as long as its
  first decoder reads on.
- **The scan is linear.** Each ``stream`` keyword is matched once and each dictionary
  read once. The bytes the first decoders read are counted, and a file whose streams
  make them read more than :data:`MAX_FEED` times the file (streams nested in each
  other's data, which made the scan quadratic) is refused as malformed. LZW, decoded in
  Python, is read up to :data:`MAX_LZW_INPUT` bytes.

What a scan of bytes cannot see (a second review, the same day, built eighteen such
files of under 3 KB): a dictionary written to mislead it (``/ASCIIHexD#65code``, a
``/Filter`` held in another object or named inside a string, an encrypted stream, a
``stream`` keyword followed by a comment), and costs that are not a stream's size at
all (one form drawn a thousand times, one stream named four hundred times in a page's
``/Contents``). Those are bounded by the budget of time and memory PDFium's child
process runs under (:mod:`.isolate`), which refuses each of the review's files in 0.7 to
6 s.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import re
import zlib
from collections.abc import Iterable, Iterator

from ...errors import ResolutionParseError

__all__ = [
    "INFLATION_FLOOR",
    "MAX_DRAWING_BYTES",
    "MAX_FEED",
    "MAX_INFLATION",
    "MAX_LZW_INPUT",
    "MAX_STREAM_BYTES",
    "TEXT_OPERATORS",
    "check_inflation",
]

#: Most bytes one stream of text (at least :data:`TEXT_OPERATORS` operators that show
#: text) may decode to ...
MAX_STREAM_BYTES = 8_000_000
#: ... and one stream other than a font file, of drawing (a vector figure: a Chromium print
#: of a 400,000-point map holds more than 8 MB of it in one stream, matplotlib's contour
#: and scatter plots too).
MAX_DRAWING_BYTES = 64_000_000
#: Most bytes of LZW data decoded (LZW is rare since PDF 1.2 and slow to decode here: a
#: stream of clear codes, which decode to nothing, cost 19 s for 100 MB).
MAX_LZW_INPUT = 4_000_000
#: Operators that show text (``Tj``, ``TJ``) that make a stream one of text: half a page
#: of small type a line to each.
TEXT_OPERATORS = 100_000
#: Most bytes all the measured streams may decode to, as a multiple of the file's size ...
MAX_INFLATION = 100
#: ... or this many, for a small file.
INFLATION_FLOOR = 2_000_000
#: Most bytes the streams' first decoders may read, as a multiple of the file's size
#: (past a floor of 1 MB): each byte of a well-formed file is read once.
MAX_FEED = 3

#: PDF white space, and an object's number and generation ("12 0"), as the patterns
#: below spell them.
_WS = rb"[\x00\t\n\x0c\r ]"
_PAIR = rb"(\d{1,10})" + _WS + rb"{1,32}\d{1,5}" + _WS + rb"{1,32}"

#: A stream's data starts after the keyword and its end of line (not "endstream"):
#: "\r\n", "\n" or a lone "\r", perhaps after spaces, as PDFium accepts.
#: (Matched without a look-behind, which would cost the search its literal prefix:
#: 30 times slower; "endstream" is told apart after.)
_STREAM = re.compile(rb"stream[ \t]{0,8}(?:\r\n|\r|\n)")
_END = re.compile(rb"endstream")
_ENDS_HERE = re.compile(_WS + rb"{0,32}endstream")
#: An object's header, "12 0 obj": the dictionary of a stream follows its last one.
_HEADER = re.compile(_PAIR + rb"obj\b")
#: A reference to an object, "12 0 R".
_REFERENCE = re.compile(_PAIR + rb"R")
#: "/Length 1234" or "/Length 12 0 R" (not /Length1, 2 or 3 of a font file).
_LENGTH = re.compile(
    rb"/Length(?![0-9A-Za-z])" + _WS + rb"{0,32}(\d{1,12})"
    rb"(?:" + _WS + rb"{1,32}(\d{1,5})" + _WS + rb"{1,32}R(?![0-9A-Za-z]))?"
)
#: "12 0 obj 1234 endobj": a length kept in an object of its own, found by its "obj"
#: (a literal the search can skip to) and its number read just before it.
_NUMBER_OBJECT = re.compile(rb"obj" + _WS + rb"{0,32}(\d{1,12})" + _WS + rb"{0,32}endobj")
_NUMBER_BEFORE = re.compile(rb"(?<![0-9])" + _PAIR + rb"\Z")
_FILTER = re.compile(
    rb"/Filter" + _WS + rb"{0,32}(\[[^\]]{0,1024}+\]|/[^\x00\t\n\x0c\r /\[\]<>()]{1,64})"
)
_NAME = re.compile(rb"/([^\x00\t\n\x0c\r /\[\]<>()]{1,64})")
_EARLY_CHANGE_OFF = re.compile(rb"/EarlyChange" + _WS + rb"{0,32}0(?![0-9])")
#: A file attached to the PDF (its type, or the parameters only such a stream has), or
#: the document's metadata: decoded only when asked for, never to read a page.
_NEVER_READ = re.compile(
    rb"/Type" + _WS + rb"{0,32}/(?:EmbeddedFile|Metadata)(?![0-9A-Za-z])"
    rb"|/Params" + _WS + rb"{0,32}<<"
)
#: An image, decoded only to be drawn.
_IMAGE = re.compile(rb"/Subtype" + _WS + rb"{0,32}/Image(?![0-9A-Za-z])")
_OBJECT_STREAM = re.compile(rb"/Type" + _WS + rb"{0,32}/ObjStm(?![0-9A-Za-z])")
#: A font file (its decoded length given as /Length1, 2 or 3, or a compact font's subtype).
_FONT_FILE = re.compile(
    rb"/Length[123]\b|/Subtype" + _WS + rb"{0,32}/(?:Type1C|CIDFontType0C|OpenType)\b"
)
#: A page's content: "/Contents 4 0 R" or "/Contents [4 0 R 5 0 R]".
#: (An array is matched by its own grammar: "[^]]{0,65536}" tried 64 KB at every
#: "/Contents[" of a hostile file, 51 s a megabyte. Group 1 is a lone reference's
#: number, group 2 the array's inside, whose own numbers are not captured.)
_CONTENTS = re.compile(
    rb"/Contents"
    + _WS
    + rb"{0,32}(?:"
    + _PAIR
    + rb"R|\[((?:"
    + _WS
    + rb"{0,32}"
    + _PAIR.replace(b"(", b"(?:", 1)
    + rb"R(?![0-9A-Za-z])){0,4096}+)"
    + _WS
    + rb"{0,32}\])"
)
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


#: What base-85 data holds: runs of "z" (four zero bytes each) and runs of digits.
_A85_RUNS = re.compile(rb"z+|[!-u]+")
_A85_BAD = re.compile(rb"[^!-uz]")
_A85_SLICE = 200_000  # characters, a multiple of 5


def _a85(chunks: Chunks) -> Iterator[bytes]:
    """ASCII base-85, decoded as it comes (a "z" stands for four zero bytes, and is
    produced without being held; a bad character ends the data, as in PDFium)."""
    carry = b""
    first = True
    for chunk in chunks:
        end = chunk.find(b"~")
        text = (chunk if end < 0 else chunk[:end]).translate(None, _WHITE)
        if first and text.startswith(b"<~"):
            text = text[2:]
        first = False
        bad = _A85_BAD.search(text)
        if bad is not None:
            text, end = text[: bad.start()], 0
        for run in _A85_RUNS.finditer(text):
            piece = run.group()
            if piece[:1] == b"z":
                carry = b""  # a "z" within a group starts it again
                left = 4 * len(piece)
                while left:
                    out = min(left, _CHUNK)
                    yield bytes(out)
                    left -= out
                continue
            piece = carry + piece
            whole = len(piece) - len(piece) % 5
            carry = piece[whole:]
            # In slices: a85decode holds a list of every group it decodes (a 20 MB run
            # took 640 MB at once).
            for at in range(0, whole, _A85_SLICE):
                try:
                    yield base64.a85decode(piece[at : min(at + _A85_SLICE, whole)])
                except ValueError:
                    return  # a group over 2**32: the data ends here
        if end >= 0:
            break
    if len(carry) > 1:
        try:
            yield base64.a85decode(carry)
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


def _lzw(chunks: Chunks, early: int, over: list[bool]) -> Iterator[bytes]:
    """LZW as PDF writes it, decoded in Python (a byte at a time: about 0.35 s a
    megabyte), so no more than :data:`MAX_LZW_INPUT` of it: beyond that ``over``."""
    table: list[bytes] = [bytes([n]) for n in range(256)] + [b"", b""]
    taken = 0
    width, bits, held = 9, 0, 0
    previous: bytes | None = None
    out = bytearray()
    for chunk in chunks:
        taken += len(chunk)
        if taken > MAX_LZW_INPUT:
            over.append(True)
            return
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


def _bounded(chunks: Iterator[bytes], most: int, over: list[bool]) -> Iterator[bytes]:
    """``chunks`` until more than ``most`` bytes have come (then ``over`` is marked)."""
    total = 0
    for out in chunks:
        total += len(out)
        if total > most:
            over.append(True)
            return
        yield out


def _decoded(
    chain: list[str],
    source: Iterator[bytes],
    feed: _Feed,
    early: int,
    most: int,
    over: list[bool],
) -> Iterator[bytes]:
    """The output of ``chain`` applied to ``source`` (with no filter named, the data is
    tried as Flate, as the scan always did: it fails at once on anything else)."""
    names = chain or ["flate"]
    chunks: Iterator[bytes] = source
    for n, name in enumerate(names):
        if name == "flate":
            chunks = _flate(chunks, feed if n == 0 else None)
        elif name == "lzw":
            chunks = _lzw(chunks, early, over)
        elif name == "rl":
            chunks = _run_length(chunks)
        elif name == "hex":
            chunks = _hex(chunks)
        else:
            chunks = _a85(chunks)
        if n + 1 < len(names):
            # Every stage's output counts, not only the last: a megabyte of Flate
            # inflating to a gigabyte of LZW clear codes, or of blanks for ASCII hex,
            # decodes to nothing in the end but costs the decoder after it (and PDFium)
            # the gigabyte.
            chunks = _bounded(chunks, most, over)
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
            if given.group(2) is not None:  # "/Length 12 0 R": the value of object 12
                length = self.length(int(given.group(1)))
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
        most = (
            self.budget - self.total if font else min(MAX_DRAWING_BYTES, self.budget - self.total)
        )
        end, more = self.extent(dictionary, start, following)
        early = 0 if _EARLY_CHANGE_OFF.search(dictionary) else 1
        size = 0
        kept = bytearray()
        over: list[bool] = []
        source = _source(self.data, start, end, more, self.feed)
        shows = 0
        for out in _decoded(chain, source, self.feed, early, most, over):
            size += len(out)
            if keep:
                kept += out
            if not font:
                # (An operator cut between two pieces is missed: a few in a million.)
                shows += out.count(b"Tj") + out.count(b"TJ")
                if size > MAX_STREAM_BYTES and shows >= TEXT_OPERATORS:
                    break
            if size > most:
                break
        if over:
            size = max(size, most + 1)
        limit, what = (
            (MAX_STREAM_BYTES, "MAX_STREAM_BYTES")
            if shows >= TEXT_OPERATORS
            else (MAX_DRAWING_BYTES, "MAX_DRAWING_BYTES")
        )
        if not font and size > limit:
            raise ResolutionParseError(
                f"PDF stream at byte {start:,} decodes to more than "
                f"{limit:,} bytes: not a printed page (a compression bomb?; "
                f"raise it: resdiff.read.pdf.streams.{what} in Python)",
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
        if codec or _IMAGE.search(dictionary) or _NEVER_READ.search(dictionary):
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
            scan.contents.update(int(named) for named in _contents(kept))
    # An image (or an attached file) a page reads as its content is read as a page.
    for number, dictionary, start, following, chain in images:
        if number is not None and number in scan.contents:
            scan.measure(number, dictionary, start, following, chain, keep=False)
