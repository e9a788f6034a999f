"""A PDF's compressed streams, measured before PDFium reads its text.

PDFium lays a page's text out whole before the reader can count its characters and
refuse a page over the limit (:data:`~resdiff.limits.DEFAULT_MAX_PDF_PAGE_CHARS`): an
8.7 KB file whose one content stream inflates to 2 MB (two million characters) cost
0.61 s and 260 MB before it was refused, 70 s per MB of input. As a Word package's
entries are measured against their compression ratio before they are parsed
(:mod:`resdiff.read.docx.package`), the Flate streams of a PDF that its text depends on
(page contents, forms, fonts, object streams: every stream but images, which PDFium
never decodes to read text) are inflated here once, output counted and dropped, and a
PDF is refused when

- one stream other than a font file inflates beyond :data:`MAX_STREAM_BYTES` (a page of
  a resolution is about 0.1 MB of content; a dense annex table some 0.3 MB), or
- all of them together inflate beyond :data:`MAX_INFLATION` times the file (real prints:
  at most 7.2, Chromium's; LibreOffice's 2 to 6), past a floor of
  :data:`INFLATION_FLOOR` bytes for small files.

The scan is linear: each ``stream`` keyword is matched once, its end found by bisection
among the ``endstream`` keywords (or at the next stream), and no more output is inflated
than the limits allow.

What it does not catch (a stranger's review, 3 December): a stream whose dictionary
claims to be an image, a filter chain with another filter first (``[/ASCIIHexDecode
/FlateDecode]``) or Flate twice, and data cut short by the bytes "endstream" inside a
stored deflate block: each still reaches PDFium (an 855-byte file of two Flate layers
drawing ten million characters took 15.5 s and 3.2 GB before the page limit refused it).
Closing them needs each stream read by its ``/Length`` and its whole filter chain
decoded, as PDFium does. The per-stream limit can refuse a real print with a vast vector
figure (a Chromium print of a 400,000-point map: 3.4 MB, more than 8 MB of drawing in one
stream); raise :data:`MAX_STREAM_BYTES` for such files.
"""

from __future__ import annotations

import bisect
import re
import zlib

from ...errors import ResolutionParseError

__all__ = ["INFLATION_FLOOR", "MAX_INFLATION", "MAX_STREAM_BYTES", "check_inflation"]

#: Most bytes one stream other than a font file may inflate to.
MAX_STREAM_BYTES = 8_000_000
#: Most bytes all the measured streams may inflate to, as a multiple of the file's size ...
MAX_INFLATION = 40
#: ... or this many, for a small file.
INFLATION_FLOOR = 2_000_000

#: A stream's data starts after the keyword and its end of line (not "endstream"):
#: "\r\n", "\n" or a lone "\r", perhaps after spaces, as PDFium accepts.
_STREAM = re.compile(rb"(?<!end)stream[ \t]{0,8}(?:\r\n|\r|\n)")
_END = re.compile(rb"endstream")
#: How far before the keyword its dictionary is looked for.
_DICTIONARY_REACH = 2048
#: An image, decoded only to be drawn.
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
#: A font file (its decoded length given as /Length1, 2 or 3, or a compact font's subtype).
_FONT_FILE = re.compile(rb"/Length[123]\b|/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType)\b")
#: Output inflated at a time, then counted and dropped.
_CHUNK = 1 << 20


def _inflated(data: bytes, start: int, end: int, most: int) -> int:
    """How many bytes the Flate data at ``data[start:end]`` inflates to, counted up to
    ``most`` + 1 (0 when it is not Flate data)."""
    inflater = zlib.decompressobj()
    pending: bytes | memoryview = memoryview(data)[start:end]
    total = 0
    try:
        while pending and total <= most:
            out = inflater.decompress(pending, min(_CHUNK, most + 1 - total))
            total += len(out)
            pending = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        pass  # not (or no longer) Flate data: what inflated so far counts
    return total


def check_inflation(data: bytes, path: str | None = None) -> None:
    """Refuse ``data`` when its Flate streams inflate beyond the limits above."""
    ends = [m.start() for m in _END.finditer(data)]
    streams = list(_STREAM.finditer(data))
    budget = max(INFLATION_FLOOR, MAX_INFLATION * len(data))
    total = 0
    after = 0  # where the last stream's data started: each dictionary is read once
    for n, m in enumerate(streams):
        start = m.end()
        k = bisect.bisect_left(ends, start)
        # A stream ends at its "endstream", or where the next one starts: each byte is
        # given to zlib once (a file of "stream" keywords with no "endstream" made every
        # stream run to the end of the file, quadratic).
        end = min(
            ends[k] if k < len(ends) else len(data),
            streams[n + 1].start() if n + 1 < len(streams) else len(data),
        )
        head = data[max(after, m.start() - _DICTIONARY_REACH) : m.start()]
        after = start
        head = head[head.rfind(b"obj") + 1 :]  # its own object's dictionary
        if _IMAGE.search(head):
            continue
        font = _FONT_FILE.search(head) is not None
        most = budget - total if font else min(MAX_STREAM_BYTES, budget - total)
        size = _inflated(data, start, end, most)
        if not font and size > MAX_STREAM_BYTES:
            raise ResolutionParseError(
                f"PDF stream at byte {start:,} inflates to more than "
                f"{MAX_STREAM_BYTES:,} bytes: not a printed page of text (a compression bomb?; "
                "raise it: resdiff.read.pdf.streams.MAX_STREAM_BYTES in Python)",
                path=path,
            )
        total += size
        if total > budget:
            raise ResolutionParseError(
                f"PDF streams inflate to more than {budget:,} bytes from {len(data):,} "
                f"(over {MAX_INFLATION} times the file): not a printed document (a "
                "compression bomb?; raise it: resdiff.read.pdf.streams.MAX_INFLATION in Python)",
                path=path,
            )
