"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 where
the bytes are not UTF-8 and read as Western European text (with a warning that says so);
text given as a string back to UTF-8, refusing a lone surrogate.

Binary data and bytes in no encoding a draft is saved in are refused with the line and
column of the first bad byte.
"""

from __future__ import annotations

import re

from ..compiled import compile_cached
from ..errors import ResolutionParseError
from ..model import ParseWarning


def decode(data: bytes, *, path: str | None = None) -> str:
    """Decode input bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252
    where the bytes are not UTF-8 and read as Western European text (see
    :func:`decode_with_warning`, which also gives the warning that says so).

    Binary data (NUL bytes in a file without a UTF-16 BOM) and bytes that are neither
    raise :class:`ResolutionParseError` with the line and column of the first bad byte.
    """
    return decode_with_warning(data, path=path)[0]


#: Bytes Windows-1252 leaves undefined: a text that holds one is in no Western code page.
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
#: Three letters beyond ASCII in a row: a text of another script (Cyrillic, Greek, Arabic)
#: read in the wrong code page ("Ñîâåò Áåçîïàñíîñòè"), which Western texts, whose accented
#: letters stand one or two together ("Conseil de sécurité", "resoluções"), never show.
_FOREIGN_RUN = compile_cached(r"[^\W\d_a-zA-Z]{3}")


#: UTF-8 as Western text has it: a Latin-1 letter or sign (C2/C3 xx), a letter of Latin
#: Extended-A (C4/C5 xx), general punctuation (E2 80 xx: ’ “ ” – — …). Beside a byte
#: that is not UTF-8, it says the file is UTF-8 with a byte broken, which Windows-1252
#: would turn into "â€™". (Any three-byte sequence would be too wide: "sécurité\xa0»"
#: in Windows-1252 is E9 A0 BB, the UTF-8 of a CJK character.)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xc5][\x80-\xbf]|\xe2\x80[\x80-\xbf]")
#: Any three-byte UTF-8 sequence: one may be chance in Windows-1252 text, three are
#: UTF-8 (Chinese, Arabic, Cyrillic) with a byte broken.
_UTF8_THREE = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
#: A byte beyond ASCII.
_BEYOND_BYTE = re.compile(rb"[\x80-\xff]")
#: Every ASCII byte, dropped to leave the bytes beyond it.
_BEYOND_ASCII = re.compile(rb"[\x00-\x7f]+")
#: What Windows-1252 makes of another code page's letters, never seen in Western text:
#: a sign inside a word or opening one ("Bezpiecze³stwa", "£ódŸ": Polish in Windows-1250,
#: "Łódź"), an accented capital after a small letter ("StateÕs": Mac Roman's "’"), the
#: Icelandic thorn and eth (Turkish "ş", "ğ" in Windows-1254). Spanish "¿Qué", a degree
#: "25°C", French quotes "«sécurité»", Catalan "paral·lel" and "©UN" are Western and pass.
_FOREIGN_SIGN = compile_cached(
    r"[^\W\d_][\u00a1-\u00a9\u00ac\u00ae-\u00b4\u00b6\u00b8\u00b9\u00bc-\u00bf\u00d7\u00f7]"
    r"[^\W\d_]"
    r"|(?<![^\W\d_])[\u00a3-\u00a8\u00ac\u00af\u00b1-\u00b4\u00b6\u00b8\u00b9\u00bc-\u00be"
    r"\u00d7\u00f7][^\W\d_]"
    r"|[a-z\u00df-\u00ff][\u00c0-\u00d6\u00d8-\u00de]"
    r"|[\u00de\u00f0\u00fe\u00d0]"
)
#: Most bytes beyond ASCII whose letters are counted one by one (a file with more is
#: not Western text: refused without the count).
_MOST_BEYOND = 1_000_000


def decode_with_warning(data: bytes, *, path: str | None = None) -> tuple[str, ParseWarning | None]:
    """:func:`decode`, and the warning that the text was read as Windows-1252.

    Windows saves text as "ANSI", Windows-1252 for Western languages: Notepad before 2019,
    Word's "Plain Text" with the default encoding. Such a file is not UTF-8 as soon as it
    holds a curly quote, a dash or an accented letter. It is read as Windows-1252 when the
    result looks like Western text (no byte the code page leaves undefined, no run of
    three non-ASCII letters, no sign inside a word, at most one letter in ten non-ASCII,
    no sign of UTF-8 broken or cut short), with a warning naming the first such
    character; otherwise the error asks for UTF-8. The test is a likelihood, not a proof:
    a Central European text in Windows-1250 with none of the letters 1252 prints as signs
    ("bezpečnosti" as "bezpeènosti"), or a Mac Roman file with no curly quote, would be
    misread, and the warning's character is there for the reader to check.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ResolutionParseError("invalid UTF-16 text", path=path) from exc
        if "\x00" in text:
            ahead = text[: text.index("\x00")]
            raise ResolutionParseError(
                "binary file (a NUL character): expected text",
                path=path,
                line=ahead.count("\n") + 1,
                column=len(ahead) - (ahead.rfind("\n") + 1) + 1,
            )
        return text, None
    # A NUL anywhere is binary, not only in the first bytes: one past them would end up
    # in a clause's text.
    nul = data.find(b"\x00")
    if nul >= 0:
        before = data[:nul]
        raise ResolutionParseError(
            "binary file (a NUL byte): expected text (UTF-8), Markdown or Akoma Ntoso XML",
            path=path,
            line=before.count(b"\n") + 1,
            column=nul - (before.rfind(b"\n") + 1) + 1,
        )
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        western = _windows_1252(data, exc.start)
        if western is not None:
            char = data[exc.start : exc.start + 1].decode("cp1252")
            return western, ParseWarning(
                code="windows-1252",
                message=f"not UTF-8: read as Windows-1252 (Western European), the encoding "
                f"Windows saves text in as 'ANSI'; the first such character is “{char}” "
                f"at column {column} (save the file as UTF-8 if it is in another encoding)",
                line=line,
            )
        raise ResolutionParseError(
            f"cannot decode byte 0x{data[exc.start]:02x} as UTF-8: "
            "expected UTF-8 text (save the file as UTF-8)",
            path=path,
            line=line,
            column=column,
        ) from exc


def _windows_1252(data: bytes, bad: int) -> str | None:
    """``data`` read as Windows-1252 where it reads as Western text, else ``None``.
    ``bad``: where the first byte that is not UTF-8 stands."""
    if (
        _CP1252_UNDEFINED.search(data)
        or _UTF8_SEQUENCE.search(data)
        or len(_UTF8_THREE.findall(data, 0, _MOST_BEYOND)) >= 3
    ):
        # A well-formed UTF-8 sequence ("’" as E2 80 99) beside the bad byte: UTF-8 text
        # with a byte broken, which Windows-1252 would turn into "â€™".
        return None
    after = data[bad + 1 : bad + 4]
    if 0xC2 <= data[bad] <= 0xF4 and after and all(0x80 <= b <= 0xBF for b in after):
        # A UTF-8 sequence cut short ("’" as E2 80 at the end of the input): UTF-8 text
        # truncated, not Windows-1252.
        return None
    # Counted on bytes (in C) where it can be: the ASCII letters, then the letters among
    # the bytes beyond ASCII, one by one only when they are few enough to be Western.
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    beyond_bytes = _BEYOND_ASCII.sub(b"", data)
    if len(beyond_bytes) > _MOST_BEYOND or len(beyond_bytes) > ascii_letters:
        return None
    beyond = sum(1 for char in beyond_bytes.decode("cp1252") if char.isalpha())
    letters = ascii_letters + beyond
    if not letters or beyond * 10 > letters:
        return None
    text = data.decode("cp1252")
    # Every test below turns on a character beyond ASCII: read only around them (one
    # byte is one character in this code page), so 20 MB of text costs its few accents,
    # not a search from each of 20 million places.
    around = "\n".join(
        text[max(0, m.start() - 2) : m.start() + 3] for m in _BEYOND_BYTE.finditer(data)
    )
    if _FOREIGN_RUN.search(around) or _FOREIGN_SIGN.search(around):
        return None
    return text


def encode(text: str, *, path: str | None = None) -> bytes:
    """Text given as a string, as UTF-8 bytes. A lone surrogate (``"\\ud800"``, which
    no file can hold and which only a Python string built from bad data carries) raises
    :class:`ResolutionParseError` with its line and column rather than being replaced:
    a replacement would change the text without the user knowing which character it was.
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        before = text[: exc.start]
        raise ResolutionParseError(
            f"the text holds a lone surrogate (U+{ord(text[exc.start]):04X}), which is not "
            "a character: expected valid Unicode text",
            path=path,
            line=before.count("\n") + 1,
            column=exc.start - (before.rfind("\n") + 1) + 1,
        ) from exc
