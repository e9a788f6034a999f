"""A fuzzing campaign against resdiff's readers, comparison and reports (issue 11 §2).

Run it as a benchmark, not in CI::

    .venv/bin/python benchmarks/fuzz.py --seconds 60 --jobs 1        # a short campaign
    .venv/bin/python benchmarks/fuzz.py --count 1000000 --jobs 2     # the full campaign
    .venv/bin/python benchmarks/fuzz.py --target markdown --seconds 30 --seed 7

Targets (``--target``, repeatable; all by default, drawn with the weights of
:data:`WEIGHTS`, so the cheap readers get most inputs and the expensive targets a sample):

* ``text``, ``markdown``: :func:`resdiff.read.load` of a plain-text or Markdown draft;
* ``akn``: the Akoma Ntoso reader, on the AKN files of ``../shared/corpus/akn`` and on
  small AKN documents made here;
* ``docx``: the Word reader, on packages written by :mod:`resdiff.testing.wordfile` (with
  and without tracked changes), their XML parts and their ZIP mutated;
* ``pdf``: the PDF reader, on small PDFs written here by hand and a few converted once by
  LibreOffice (cached in ``build/fuzz/cache/``), their bytes mutated;
* ``compare``: :func:`resdiff.compare` of a draft with itself and with a mutation of it;
* ``render``: every report of a comparison (text, Markdown, HTML, JSON, the notebook's
  HTML and the Word report).

Inputs are mutations of seeds: the example drafts in ``examples/``, the scanned and AKN
texts of the corpus, and drafts generated from a small grammar of UN texts (mastheads,
preambular and operative paragraphs, numbering schemes, sub-paragraph labels, headings,
footnotes, page furniture, tracked changes in Word); then byte- and character-level
mutations (runs inserted, deleted or duplicated, control characters, lone surrogates,
huge numbers, deep nesting, long runs of one character). Each input is made from
``(--seed, its index)`` alone, so a campaign is reproducible and any input can be made
again.

Checks, per input:

* an **unexpected exception** is anything but a :class:`~resdiff.errors.ResdiffError`
  while reading, or any exception at all once a draft is read (outline, JSON, compare,
  reports); a **hang** is an input still running after ``--timeout`` seconds (stopped by
  a signal) or three times that (its worker process is killed and started again);
* **invariant breaks**: no word lost (:func:`resdiff.read.checks.accounted`, the check the
  tests use), ``compare(a, a)`` all unchanged and nothing moved, each change's redline
  spells the old and new clauses and applied to the old gives the new, the JSON of a
  draft and of a comparison valid against the published schema (``resdiff/schemas``) and
  read back equal, the Word report's reject-all and accept-all read back as the old and
  new drafts, and a Word package written from a draft (tracked or not) reads back;
* **ambiguous drafts**, counted apart from the breaks: a written Word package that does
  not read back because its draft does not read back from its own paragraphs even as
  plain text (one paragraph, alone on its line, is a masthead line or a footnote: a
  draft read from a mutated text whose first paragraph is "Japan, France and the United
  Kingdom: draft resolution" or "7 Ibid., ..."). The Word reader reads a package's
  paragraphs with the text reader, so such a draft fails the same way in any layout that
  puts its paragraphs one to a line;
* **speed**: the time of every input; the parse targets must take no more than 2 s per MB
  (:data:`SECONDS_PER_MB`) on inputs of at least :data:`MIN_SIZE_PER_MB` bytes (below
  that the fixed cost of a call dominates).

It prints the inputs run per target, the unexpected exceptions grouped by type and place
(the innermost line of resdiff), the invariant breaks grouped, and the slowest inputs per
MB. The first input of each failure class is shrunk (delta debugging: it keeps removing
chunks of lines, then of characters, while the same failure happens) and saved under
``build/fuzz/`` with its path printed.

Options: ``--seconds`` (time budget, default 60), ``--count`` (inputs, default
unlimited), ``--jobs`` (worker processes, default 1), ``--seed``, ``--target``,
``--timeout`` (seconds per input, default 5), ``--out`` (folder of saved inputs).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import io
import multiprocessing as mp
import multiprocessing.connection
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
OUT = ROOT / "build" / "fuzz"

#: How often each target is drawn: the readers of text are cheap (well under a
#: millisecond on a small draft), the others cost tens of milliseconds and get a sample.
WEIGHTS: dict[str, int] = {
    "text": 50,
    "markdown": 30,
    "akn": 6,
    "docx": 5,
    "pdf": 2,
    "compare": 4,
    "render": 1,
}
TARGETS = tuple(WEIGHTS)
PARSE_TARGETS = ("text", "markdown", "akn", "docx", "pdf")
#: The speed target of the readers (issue 11): seconds per megabyte of input.
SECONDS_PER_MB = 2.0
#: Inputs smaller than this are not held to the per-MB target: a call's fixed cost (a
#: few hundred microseconds) would read as seconds per MB on a few hundred bytes.
MIN_SIZE_PER_MB = 16 * 1024
#: Attempts and seconds the shrinker may spend on one failing input.
SHRINK_TRIES = 400
SHRINK_SECONDS = 30.0

Data = str | bytes


@dataclass(frozen=True)
class Case:
    """One input: its target, its parts (one, or two for a pair), and how it was made."""

    target: str
    parts: tuple[Data, ...]
    recipe: str
    #: For an unmutated Word package: the texts its drafts were read from (the accepted
    #: draft's, then the original's when it holds tracked changes).
    sources: tuple[str, ...] = field(default=(), compare=False)

    @property
    def size(self) -> int:
        """Bytes of input (a string counted as its UTF-8 length)."""
        return sum(
            len(p) if isinstance(p, bytes) else len(p.encode("utf-8", "surrogatepass"))
            for p in self.parts
        )


@dataclass(frozen=True)
class Failure:
    """What went wrong with an input: ``kind`` is ``exception``, ``invariant`` or ``hang``;
    ``key`` names the class (the type and place, or the invariant); ``detail`` is one
    line about this input."""

    kind: str
    key: str
    detail: str


class Broken(Exception):
    """An invariant does not hold (raised by the checks, caught by :func:`run_case`)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(key)
        self.key = key
        self.detail = detail


class Ambiguous(Exception):
    """A written Word package does not read back because its draft does not read back
    from its own paragraphs even as plain text (:meth:`Checker._reads_as_text`): a
    paragraph that, alone on its line, is a masthead line or a footnote. Reported apart
    from the invariant breaks, as the text reader's reading of such a layout, not a fault
    of the Word reader or writer."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(key)
        self.key = key
        self.detail = detail


class Timeout(BaseException):
    """The per-input time limit ran out (raised by the alarm signal). A ``BaseException``
    so that the code under test does not swallow it in an ``except Exception``."""


# ---------------------------------------------------------------------------------------
# Seeds


LEADS_PP = (
    "Recalling", "Reaffirming", "Expressing grave concern at", "Gravely concerned by",
    "Deeply concerned that", "Bearing in mind", "Mindful of", "Noting with concern",
    "Determining that the situation", "Welcoming", "Stressing", "Acting under Chapter VII "
    "of the Charter of the United Nations", "Underlining", "Emphasizing",
)  # fmt: skip
LEADS_OP = (
    "Decides", "Demands", "Requests", "Calls upon", "Urges", "Strongly urges", "Encourages",
    "Condemns in the strongest terms", "Welcomes", "Further decides", "Also requests",
    "Strongly condemns", "Deplores", "Invites", "Authorizes", "Decides that all States shall",
    "Reiterates its demand", "Expresses its intention", "Takes note of",
)  # fmt: skip
WORDS = (
    "the", "all", "States", "parties", "Member", "to", "of", "and", "in", "prevent", "supply",
    "sale", "transfer", "arms", "related", "materiel", "freeze", "funds", "financial",
    "assets", "as", "appropriate", "where", "possible", "report", "within", "90", "days",
    "Secretary-General", "Committee", "Panel", "Experts", "resolution", "2375", "(2017)",
    "paragraph", "12", "(g)", "launches", "ballistic", "missile", "programme", "moratorium",
    "immediately", "fully", "international", "peace", "security", "“peace”", "co-operation",
    "S/2024/309", "humanitarian", "access", "mandate", "until", "31", "July", "2026",
)  # fmt: skip
SYMBOLS = (
    "S/2023/506", "S/RES/1695 (2006)", "A/78/L.12", "A/78/L.12/Rev.1", "A/C.3/78/L.60",
    "S/PRST/2021/5",
)  # fmt: skip
HEADINGS = ("Political process", "Renewal of the mandate", "Sanctions measures", "Annex")


def _sentence(rng: random.Random, lead: str, end: str) -> str:
    words = [lead] + [rng.choice(WORDS) for _ in range(rng.randint(1, 12))]
    return " ".join(words) + end


_LABELS: tuple[Callable[[int], str], ...] = (
    lambda k: f"({chr(96 + (k - 1) % 26 + 1)})",
    lambda k: f"({_roman(k)})",
    lambda k: f"{chr(96 + (k - 1) % 26 + 1)}.",
    lambda k: f"{_roman(k)}.",
    lambda k: "–",
    lambda k: f"({k})",
)


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
        (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out += letters
            n -= value
    return out


_NUMBERING: tuple[Callable[[int], str], ...] = (
    lambda k: f"{k}.",
    lambda k: f"{k}.",
    lambda k: f"{k}.",
    lambda k: f"{k})",
    lambda k: f"({k})",
    lambda k: f"{k} .",
    lambda k: f"{k}.\t",
)


def grammar_draft(rng: random.Random, markdown: bool = False) -> str:
    """A small draft in UN form from the grammar: masthead, formula, preamble, operative
    paragraphs with sub-paragraphs, headings, footnotes, furniture; wrapped and
    hyphenated like text copied from a PDF. Mostly short, so thousands run a second."""
    lines: list[str] = []
    symbol = rng.choice(SYMBOLS)
    if rng.random() < 0.5:
        lines += [f"United Nations    {symbol}", "Security Council", "Distr.: General",
                  f"{rng.randint(1, 31)} July {rng.randint(1946, 2030)}", ""]  # fmt: skip
        if rng.random() < 0.5:
            lines += ["Japan, France and the United Kingdom: draft resolution", ""]
    organ = rng.choice(("The Security Council,", "The General Assembly,", "The Security Council"))
    lines += [f"**{organ}**" if markdown and rng.random() < 0.5 else organ, ""]
    for _ in range(rng.randint(0, 3)):
        lead = rng.choice(LEADS_PP)
        if markdown and rng.random() < 0.5:
            lead = f"*{lead}*"
        text = _sentence(rng, lead, rng.choice((",", ",", ";", "")))
        if rng.random() < 0.15:
            text += f"{rng.randint(1, 9)}"  # a footnote mark glued on
        lines += [text, ""]
    numbering = rng.choice(_NUMBERING)
    n_ops = rng.randint(1, 4)
    start = rng.choice((1, 1, 1, 2, 998, 1000, 10 ** rng.randint(3, 30)))
    for k in range(n_ops):
        if rng.random() < 0.1:
            heading = rng.choice(HEADINGS)
            lines += [f"{'#' * rng.randint(1, 4)} {heading}" if markdown else heading, ""]
        number = numbering(start + k)
        end = ";" if k < n_ops - 1 else "."
        if markdown and rng.random() < 0.3:
            number = "1."  # Markdown lists are often all "1."
        text = f"{number} {_sentence(rng, rng.choice(LEADS_OP), end)}"
        if rng.random() < 0.3:
            text = text[:-1] + ":"
            depth_labels = [rng.choice(_LABELS) for _ in range(rng.randint(1, 4))]
            for j in range(rng.randint(1, 4)):
                depth = rng.randrange(len(depth_labels))
                label = depth_labels[depth](j + 1)
                indent = "    " * depth if not markdown else "  " * depth + "- " * rng.randint(0, 1)
                text += f"\n{indent}{label} {_sentence(rng, 'that', ';')}"
        lines += _wrap(rng, text), ""
        if rng.random() < 0.05:
            lines += [f"24-0{rng.randint(1000, 9999)} (E)", "", symbol, ""]
    if rng.random() < 0.2:
        lines += ["_______________", f"1 See {rng.choice(SYMBOLS)}, annex.", ""]
    if rng.random() < 0.2:
        lines += ["Adopted unanimously at the 5490th meeting.", ""]
    return "\n".join(lines)


def _wrap(rng: random.Random, text: str) -> str:
    if rng.random() < 0.5:
        return text
    width = rng.randint(20, 80)
    out: list[str] = []
    for line in text.split("\n"):
        current = ""
        for word in line.split(" "):
            if current and len(current) + len(word) > width:
                if rng.random() < 0.2 and len(word) > 4 and word.isalpha():
                    out.append(current + " " + word[:2] + "-")
                    current = word[2:]
                    continue
                out.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
    return "\n".join(out)


class Seeds:
    """The seed texts, read once per process: examples, scanned corpus, AKN corpus."""

    def __init__(self) -> None:
        self.texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").rglob("*.txt"))]
        scanned = sorted((CORPUS / "scanned").glob("*.txt")) if CORPUS.is_dir() else []
        self.texts += [p.read_text("utf-8", "replace") for p in scanned[::10]]
        akn = sorted((CORPUS / "akn").glob("*.xml")) if CORPUS.is_dir() else []
        self.akn = [p.read_text("utf-8") for p in akn[::5]]
        self.pdfs = _pdf_seeds()


# ---------------------------------------------------------------------------------------
# Mutations

_ODD = (
    "\x00", "\x01", "\x07", "\x1b", "\x1b[2J", "\x7f", "\x85", "\x9b", "\u00a0", "\u00ad",
    "\u200b", "\u2028", "\u2029", "\u202e", "\ufeff", "\ufffd", "\ud800", "\udfff", "\r",
    "\r\n", "\t", "\f", "\v", "ﬁ", "’", "“", "—", "–", "…", "Ⅻ", "١٢", "𝟏", "e\u0301",
    "\U0001f600", "<", "&", "]]>", "{", "%", "\\",
)  # fmt: skip
_STRUCTURE = (
    "\n\n", "\n", "1. ", "(a) ", "(i) ", "a. ", "i. ", "– ", "# ", "## ", "* ", "- ", "> ",
    "**", "_", "`", "[1]", "^1", "1 ", "Decides ", "Recalling ", ", ", "; ", ": ", ".",
    "The Security Council,\n\n", "United Nations  S/2024/1\n", "Annex\n", "24-01234 (E)\n",
    "Adopted unanimously.\n", "S/RES/1 (2024)\n", "Page 2\n", "2/5\n", "\u2003", "    ",
    "[", "]", "[Demands][Calls upon] ", "[Decides/Requests] ", "[immediately]", "[Note: ",
    "[Comment (China): x]", " or [", "][", "[sic]", "Alt 1: ", "Alt 2: ", "Alt 2\n\n",
    "Option B) ",
)  # fmt: skip
_RUN_CHARS = (" ", "\n", "(", ")", "1", "#", "-", "*", "a", ".", "\t", "\u00a0", "x-\n", "(a)")


def _random_piece(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(_STRUCTURE)
    if roll < 0.6:
        return rng.choice(_ODD)
    if roll < 0.75:
        return str(rng.choice((0, 7, 999, 1000, 10**6, 10**20, 2**64, -1)))
    if roll < 0.9:
        return "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 6)))
    return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 3)))


def mutate_text(text: str, rng: random.Random, big: bool = False) -> tuple[str, str]:
    """``text`` with a few character-level mutations, and their names."""
    names: list[str] = []
    for _ in range(rng.choice((0, 1, 1, 2, 3, 5))):
        n = len(text)
        at = rng.randint(0, n)
        roll = rng.random()
        if roll < 0.3:
            text = text[:at] + _random_piece(rng) + text[at:]
            names.append("insert")
        elif roll < 0.45 and n:
            end = min(n, at + rng.choice((1, 2, 5, 20, 200)))
            text = text[:at] + text[end:]
            names.append("delete")
        elif roll < 0.6 and n:
            end = min(n, at + rng.choice((1, 5, 30, 300)))
            copies = rng.choice((1, 2, 3)) if not big else rng.choice((10, 100, 1000))
            text = text[:end] + text[at:end] * copies + text[end:]
            names.append(f"duplicate×{copies}")
        elif roll < 0.7:
            length = rng.choice((3, 10, 100)) if not big else rng.choice((1000, 5000, 20000))
            text = text[:at] + rng.choice(_RUN_CHARS) * length + text[at:]
            names.append(f"run×{length}")
        elif roll < 0.78:
            depth = rng.choice((3, 8, 20)) if not big else rng.choice((200, 1000))
            opener = rng.choice(("(a) ", "(", "- ", "> ", "1. ", "    ", "**"))
            text = (
                text[:at]
                + "\n"
                + "".join("  " * (k % 40) + opener + "x\n" for k in range(depth))
                + text[at:]
            )
            names.append(f"nest×{depth}")
        elif roll < 0.86 and n:
            lines = text.split("\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
            names.append("swap-lines")
        elif roll < 0.9:
            text = re.sub(
                r"\d+", lambda m: str(rng.choice((0, 1000, 10**9, 10**40))), text, count=3
            )
            names.append("numbers")
        elif roll < 0.95:
            text = text[: rng.randint(0, n)]
            names.append("truncate")
        else:
            text = text.replace("\n", rng.choice(("\r\n", "\r", "\u2028", "\n\n", " \n")))
            names.append("line-ends")
    return text, "+".join(names) or "none"


def mutate_bytes(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """``data`` with a few byte-level mutations, and their names."""
    buf = bytearray(data)
    names: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 4))):
        n = len(buf)
        at = rng.randint(0, max(0, n - 1))
        roll = rng.random()
        if roll < 0.35 and n:
            buf[at] = rng.randrange(256)
            names.append("flip")
        elif roll < 0.5:
            del buf[at : at + rng.choice((1, 4, 64, 1024))]
            names.append("delete")
        elif roll < 0.65:
            end = min(n, at + rng.choice((4, 64, 512)))
            buf[end:end] = bytes(buf[at:end]) * rng.choice((1, 2, 8))
            names.append("duplicate")
        elif roll < 0.8:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.choice((1, 4, 32))))
            names.append("insert")
        elif roll < 0.9:
            del buf[rng.randint(0, n) :]
            names.append("truncate")
        else:
            for m in re.finditer(rb"\d+", bytes(buf[at : at + 200])):
                value = str(rng.choice((0, 2**31, 10**12, 99999))).encode()
                buf[at + m.start() : at + m.end()] = value
                break
            names.append("numbers")
    return bytes(buf), "+".join(names)


def to_markdown(text: str, rng: random.Random) -> str:
    """A text draft dressed as Markdown: emphasis, headings, list markers."""
    lines = []
    for line in text.split("\n"):
        roll = rng.random()
        if line.startswith(("The Security Council", "The General Assembly")) and roll < 0.5:
            line = f"*{line}*"
        elif re.match(r"\d+\.", line) and roll < 0.3:
            line = "1." + line.split(".", 1)[1]
        elif line and line[0].isupper() and roll < 0.05:
            line = "#" * rng.randint(1, 6) + " " + line
        lines.append(line)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# AKN, Word and PDF seeds

_AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def _x(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def akn_document(rng: random.Random) -> str:
    """A small AKN4UN resolution from the grammar, nested points included."""
    pre = "".join(
        f'<container name="{lead.split()[0]}"><p>{_x(_sentence(rng, lead, ","))}</p></container>'
        for lead in (rng.choice(LEADS_PP) for _ in range(rng.randint(0, 3)))
    )
    body = []
    for k in range(1, rng.randint(1, 5) + 1):
        inner = f"<content><p>{_x(_sentence(rng, rng.choice(LEADS_OP), ';'))}</p></content>"
        for depth in range(rng.choice((0, 0, 1, 2, 3))):
            inner = (
                f"<intro><p>{_x(_sentence(rng, 'Decides', ':'))}</p></intro><list>"
                f"<point><num>({chr(97 + depth)})</num>{inner}</point></list>"
            )
        body.append(f'<paragraph eId="para_{k}"><num>{k}.</num>{inner}</paragraph>')
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><akomaNtoso xmlns="{_AKN_NS}">'
        '<statement name="resolution"><meta/><preface><p>'
        f"<docNumber>{_x(rng.choice(SYMBOLS))}</docNumber></p></preface>"
        f'<preamble><formula name="enactingFormula"><p>The Security Council,</p></formula>{pre}'
        f"</preamble><mainBody>{''.join(body)}</mainBody></statement></akomaNtoso>"
    )


def mutate_xml(xml: str, rng: random.Random) -> tuple[str, str]:
    """An XML text with its text nodes or its elements mutated."""
    roll = rng.random()
    if roll < 0.5:
        # Only inside text nodes, so that most mutants stay well-formed.
        spans = [m.span(1) for m in re.finditer(r">([^<]+)<", xml)]
        if spans:
            start, end = rng.choice(spans)
            piece, names = mutate_text(xml[start:end], rng)
            if "<" in piece or "&" in piece:
                piece = _x(piece)
            return xml[:start] + piece + xml[end:], f"text-node:{names}"
    if roll < 0.7:
        elements = list(re.finditer(r"<(point|paragraph|container|p|num|list)\b[^>]*>", xml))
        if elements:
            m = rng.choice(elements)
            tag = m.group(1)
            close = xml.find(f"</{tag}>", m.end())
            if close > 0:
                whole = xml[m.start() : close + len(tag) + 3]
                copies = rng.choice((2, 3, 50))
                return xml[: m.start()] + whole * copies + xml[close + len(tag) + 3 :], (
                    f"duplicate-{tag}×{copies}"
                )
    if roll < 0.8:
        depth = rng.choice((10, 100, 1000))
        body = re.search(r"<mainBody>", xml)
        if body:
            nest = "<paragraph><num>1.</num>" + "<list><point><num>(a)</num>" * depth
            nest += "<content><p>x</p></content>" + "</point></list>" * depth + "</paragraph>"
            return xml[: body.end()] + nest + xml[body.end() :], f"nest×{depth}"
    if roll < 0.85:
        return (
            '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]>' + xml.split("?>", 1)[-1],
            "doctype",
        )
    mutant, names = mutate_text(xml, rng)
    return mutant, f"raw:{names}"


def docx_of(text: str, tracked_text: str | None) -> bytes | None:
    """A Word package of ``text`` (as the text reader reads it) with real numbering, and
    tracked changes from ``tracked_text`` when given; ``None`` when a text does not parse."""
    from resdiff.errors import ResdiffError
    from resdiff.read import load
    from resdiff.testing.wordfile import draft_to_docx

    try:
        draft = load(text, format="text")
        tracked = load(tracked_text, format="text") if tracked_text is not None else None
    except ResdiffError:
        return None
    return draft_to_docx(draft, tracked=tracked)


def mutate_docx(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """A Word package with one of its XML parts mutated (text nodes, elements or raw), or
    its ZIP bytes mutated."""
    if rng.random() < 0.25:
        return mutate_bytes(data, rng)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml_names = [n for n in parts if n.endswith(".xml")]
    name = rng.choice(["word/document.xml"] * 4 + xml_names)
    text = parts[name].decode("utf-8")
    roll = rng.random()
    if roll < 0.3:
        # Word's own structure: paragraphs duplicated, numbering levels and ids changed.
        text = re.sub(
            r'w:val="(\d+)"',
            lambda m: f'w:val="{rng.choice((m.group(1), "0", "8", "9", "99999", "-1"))}"',
            text,
        )
        recipe = f"{name}:values"
    elif roll < 0.45:
        paragraphs = list(re.finditer(r"<w:p\b.*?</w:p>", text, re.S))
        if paragraphs:
            m = rng.choice(paragraphs)
            text = text[: m.end()] + m.group(0) * rng.choice((1, 5, 300)) + text[m.end() :]
        recipe = f"{name}:duplicate-paragraph"
    else:
        text, names = mutate_xml(text, rng)
        recipe = f"{name}:{names}"
    parts[name] = text.encode("utf-8", "surrogatepass")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, content in parts.items():
            z.writestr(part, content)
    return out.getvalue(), recipe


def minimal_pdf(lines: Sequence[str]) -> bytes:
    """A one-page PDF whose text layer is ``lines`` in Helvetica, written by hand with an
    uncompressed content stream (so mutations reach the text) and a correct xref."""

    def esc(s: str) -> str:
        return (
            s.encode("latin-1", "replace")
            .decode("latin-1")
            .replace("\\", "\\\\")
            .replace("(", "\\(")
            .replace(")", "\\)")
        )

    ops = ["BT", "/F1 10 Tf", "12 TL", "50 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _cpu_seconds() -> float:
    """CPU time of this process, of its children that have ended, and of the resident
    PDF readers it keeps (with the children they have reaped: a worker running a thread
    has its PDFs read there, see ``--threaded``)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime + _readers_cpu()


def _readers_cpu() -> float:
    """CPU time of the idle resident PDF readers and of the children they have reaped
    (Linux: /proc/<pid>/stat, fields utime, stime, cutime and cstime)."""
    readers = sys.modules.get("resdiff.read.pdf.readers")
    if readers is None:
        return 0.0
    total = 0.0
    for reader in list(readers._IDLE):
        try:
            with open(f"/proc/{reader.process.pid}/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            continue
    return total


def _pdf_seeds() -> list[bytes]:
    cache = OUT / "cache"
    return [p.read_bytes() for p in sorted(cache.glob("*.pdf"))] if cache.is_dir() else []


def build_pdf_cache(out: Path) -> None:
    """Convert the example drafts to PDF with LibreOffice once, into ``out/cache``; say so
    and go on without them when LibreOffice is missing or fails."""
    cache = out / "cache"
    if any(cache.glob("*.pdf")):
        return
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        print("fuzz: LibreOffice not found: PDF seeds are the hand-written ones only")
        return
    cache.mkdir(parents=True, exist_ok=True)
    sources = sorted((ROOT / "examples").rglob("*.txt"))
    with tempfile.TemporaryDirectory() as profile:
        try:
            subprocess.run(
                [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                 "pdf", "--outdir", str(cache), *map(str, sources)],
                check=True, capture_output=True, timeout=300,
            )  # fmt: skip
        except (OSError, subprocess.SubprocessError) as exc:
            print(f"fuzz: LibreOffice could not convert the PDF seeds ({exc}): hand-written only")


# ---------------------------------------------------------------------------------------
# Making an input from (seed, index)


def _pick_text(rng: random.Random, seeds: Seeds) -> str:
    if seeds.texts and rng.random() < 0.15:
        text = rng.choice(seeds.texts)
        if rng.random() < 0.7:
            # A window of a long text keeps inputs small and the campaign fast.
            lines = text.split("\n")
            start = rng.randrange(len(lines))
            text = "\n".join(lines[start : start + rng.randint(5, 60)])
        return text
    return grammar_draft(rng)


def make_case(seed: int, index: int, targets: Sequence[str], seeds: Seeds) -> Case:
    """The input number ``index`` of the campaign ``seed``: always the same one."""
    rng = random.Random(f"{seed}:{index}")
    target = rng.choices(targets, weights=[WEIGHTS[t] for t in targets])[0]
    big = rng.random() < 0.01
    if target in ("text", "markdown"):
        text = (
            grammar_draft(rng, markdown=target == "markdown")
            if rng.random() < 0.8
            else (_pick_text(rng, seeds))
        )
        if target == "markdown" and rng.random() < 0.5:
            text = to_markdown(text, rng)
        mutant, recipe = mutate_text(text, rng, big)
        return Case(target, (mutant,), recipe)
    if target == "akn":
        xml = rng.choice(seeds.akn) if seeds.akn and rng.random() < 0.3 else akn_document(rng)
        mutant, recipe = mutate_xml(xml, rng)
        return Case(target, (mutant,), recipe)
    if target == "docx":
        text = _pick_text(rng, seeds)
        tracked = mutate_text(text, rng)[0] if rng.random() < 0.4 else None
        data = docx_of(text, tracked)
        if data is None:
            return Case("docx", (b"PK\x03\x04",), "unreadable seed")
        if rng.random() < 0.2:
            # Unmutated: the words read back must be the draft's own.
            if tracked is None:
                return Case(target, (data,), "plain", sources=(text,))
            return Case(target, (data,), "tracked", sources=(text, tracked))
        package, recipe = mutate_docx(data, rng)
        return Case(target, (package,), recipe)
    if target == "pdf":
        if seeds.pdfs and rng.random() < 0.3:
            data, recipe = rng.choice(seeds.pdfs), "libreoffice"
        else:
            text = grammar_draft(rng)
            if rng.random() < 0.5:
                text = mutate_text(text, rng)[0]
            data, recipe = minimal_pdf(text.split("\n")), "hand"
        damaged, names = mutate_bytes(data, rng) if rng.random() < 0.7 else (data, "none")
        return Case(target, (damaged,), f"{recipe}:{names}")
    # compare and render: a draft and a revision of it.
    text = _pick_text(rng, seeds)
    revised = mutate_text(text, rng)[0]
    if rng.random() < 0.4:
        revised = _edited(text, rng) or revised
    elif rng.random() < 0.3:
        lines = [line for line in text.split("\n\n")]
        rng.shuffle(lines)
        revised = "\n\n".join(lines)
    return Case(target, (text, revised), "pair")


def _edited(text: str, rng: random.Random) -> str | None:
    """``text`` with a few of the edits of :func:`resdiff.testing.mutate` (moves, splits,
    merges, drops, verbs and hedges swapped), written back as text; ``None`` when it does
    not read."""
    from resdiff.errors import ResdiffError
    from resdiff.read import load
    from resdiff.testing import mutate
    from resdiff.testing.strategies import to_text

    try:
        draft = load(text, format="text")
    except ResdiffError:
        return None
    return to_text(mutate(draft, rng=rng, edits=rng.randint(1, 3)).new)


# ---------------------------------------------------------------------------------------
# Checks


#: The characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _held_letters(draft: Any) -> Counter[str]:
    """The letters and digits of everything a draft holds (:meth:`Draft.texts`) but the
    page furniture its reader set aside, which a Word package written from it does not
    hold (running heads, job numbers, a footnote rule)."""
    furniture = Counter(filter(str.isalnum, "\n".join(r.text for r in draft.furniture)))
    return Counter(filter(str.isalnum, "\n".join(draft.texts()))) - furniture


#: Where a reader's message says where: "<text>:3:1: " before, "(at paragraph 2)" after.
_WHERE = re.compile(r"^\S*:\d+(?::\d+)?: |\s*\(at (?:paragraph|line) \d+\)$")


def _error_class(message: str) -> str:
    """A reader's error message without where it happened: two readers that refuse one
    draft for one reason give the same class."""
    return _WHERE.sub("", message.splitlines()[0] if message else "")[:120]


class Checker:
    """The checks of every target, with what they need built once per process."""

    def __init__(self) -> None:
        import fastjsonschema

        import resdiff
        from resdiff.analyze import DEFAULT_LEXICON  # noqa: F401  (the lexicon, built now)

        self.resdiff = resdiff
        schemas = ROOT / "resdiff" / "schemas"
        self.validate = {
            name: fastjsonschema.compile(
                __import__("json").loads((schemas / f"{name}.schema.json").read_text("utf-8"))
            )
            for name in ("draft", "comparison")
        }
        #: Seconds the reading alone took, for the per-MB figure.
        self.read_seconds = 0.0

    def run(self, case: Case, rng: random.Random) -> None:
        """Run the checks of the case's target; raise :class:`Broken` or let an
        unexpected exception through. A :class:`ResdiffError` while reading is fine."""
        getattr(self, f"check_{case.target}")(case, rng)

    # -- reading

    def _read(self, data: Data, fmt: str | None, rng: random.Random) -> Any:
        from resdiff.errors import ResdiffError
        from resdiff.read import load

        # CPU time of this worker, not wall time: with a worker on every core (and
        # anything else the machine runs) the wall clock counts the waits too. The
        # campaign of 1 December reported 230 inputs over 2 s per MB by the wall clock
        # whose slowest read at 0.7-1.4 s per MB of CPU when re-timed alone. The PDF
        # reader's child process counts too (reaped by the time load returns).
        start = _cpu_seconds()
        try:
            draft = load(data, format=fmt)  # type: ignore[arg-type]
        except ResdiffError:
            return None
        finally:
            self.read_seconds = _cpu_seconds() - start
        self._check_draft(draft, rng)
        return draft

    def _check_draft(self, draft: Any, rng: random.Random) -> None:
        from resdiff.model import Draft

        draft.outline()
        refs = [c.ref for c in draft.walk()]
        if len(set(refs)) != len(refs):
            twice = next(r for r, n in Counter(refs).items() if n > 1)
            raise Broken("two clauses share a ref", twice)
        if rng.random() < 0.1:
            data = draft.model_dump_json()
            try:
                self.validate["draft"](__import__("json").loads(data))
            except Exception as exc:  # fastjsonschema's JsonSchemaException
                raise Broken("draft JSON not valid against the schema", str(exc)[:200]) from exc
            if Draft.model_validate_json(data) != draft:
                raise Broken("draft JSON does not read back equal")
        if rng.random() < 0.01:
            from resdiff.analyze import analyze

            analyze(draft)

    def _words(self, source: str, draft: Any) -> None:
        from resdiff.read.checks import lost_words
        from resdiff.read.common import clean

        # resdiff.read.checks.accounted, with the counting done in C (the check costs
        # as much as the reading otherwise).
        held = Counter(filter(str.isalnum, "\n".join(draft.texts())))
        if Counter(filter(str.isalnum, clean(source))) != held:
            lost = lost_words(source, draft)
            raise Broken("word lost or invented by the reader", f"lost {lost[:5]}")

    def read_again(self, case: Case) -> float:
        """CPU seconds of a second reading of the case's input by its reader (no checks):
        what an input over the per-MB target costs once the reader is warm. The first
        input of a worker pays once for the lexicon, the compiled patterns and the lazy
        imports (the campaign of 4 December flagged its first text and Akoma Ntoso inputs
        at 2-4 s per MB, which read again at 0.1-0.9)."""
        from resdiff.errors import ResdiffError
        from resdiff.read import load

        start = _cpu_seconds()
        try:
            load(case.parts[0], format=case.target)  # type: ignore[arg-type]
        except ResdiffError:
            pass
        except Exception:
            # Whatever the first reading did not raise: no figure, and the input keeps
            # its first time (the checks that ran under the time limit judged it).
            return float("inf")
        return _cpu_seconds() - start

    def check_text(self, case: Case, rng: random.Random) -> None:
        (text,) = case.parts
        draft = self._read(text, "text", rng)
        if draft is not None:
            self._words(str(text), draft)

    def check_markdown(self, case: Case, rng: random.Random) -> None:
        (text,) = case.parts
        draft = self._read(text, "markdown", rng)
        if draft is not None:
            self._words(str(text), draft)

    def check_akn(self, case: Case, rng: random.Random) -> None:
        self._read(case.parts[0], "akn", rng)

    def check_pdf(self, case: Case, rng: random.Random) -> None:
        self._read(case.parts[0], "pdf", rng)

    def check_docx(self, case: Case, rng: random.Random) -> None:
        from resdiff.errors import ResdiffError
        from resdiff.read import load

        (data,) = case.parts
        if case.recipe not in ("plain", "tracked") or not case.sources:
            self._read(data, "docx", rng)
            return
        # An unmutated package holds the drafts it was written from, word for word: the
        # accepted version the first source's, the original the last one's.
        for version, source in (("accepted", case.sources[0]), ("original", case.sources[-1])):
            try:
                got = load(data, format="docx", version=version)  # type: ignore[arg-type]
            except ResdiffError as exc:
                laid_out = self._laid_out(source)
                if isinstance(laid_out, str) and _error_class(laid_out) == _error_class(str(exc)):
                    raise Ambiguous(
                        "a draft that does not read back from its own paragraphs: "
                        + _error_class(laid_out),
                        str(exc)[:200],
                    ) from exc
                raise Broken(
                    f"a written Word file does not read back ({version})", str(exc)[:200]
                ) from exc
            self._check_draft(got, rng)
            # Its words are the draft's own, none lost or added. (Not its paragraphs one by
            # one: the Word reader reads a run of paragraphs that do not end a unit as the
            # printed lines of a copied text, and a generated draft has many such.)
            held = _held_letters(got)
            want = _held_letters(load(source, format="text"))
            if held != want and _XML_FORBIDDEN.search(source):
                # A Word file cannot hold the control characters XML forbids: the writer
                # leaves them out, and the line they stood on may then read otherwise
                # ("A/78/L.12\x01" is text, "A/78/L.12" a document symbol set aside as
                # page furniture: --seed 1919, input 79135). The draft without them is
                # what the file holds.
                with contextlib.suppress(ResdiffError):
                    want = _held_letters(load(_XML_FORBIDDEN.sub("", source), format="text"))
            if held != want:
                laid_out = self._laid_out(source)
                if not isinstance(laid_out, str) and held == _held_letters(laid_out):
                    # A paragraph that, alone on its line, is page furniture ("0", a page
                    # number) reads so from any layout of one paragraph to a line.
                    raise Ambiguous("a draft whose words read otherwise from its own paragraphs")
                raise Broken(f"a written Word file reads back other words ({version})")

    @staticmethod
    def _laid_out(source: str) -> Any:
        """The draft read from ``source``, written out as a Word package holds it
        (:func:`resdiff.testing.wordfile.units._units`: the masthead's lines, the formula,
        each paragraph alone with its label, headings, annexes, closing lines, footnotes,
        a blank line after each) and read again as plain text: the draft, or the error
        message of the text reader. The Word reader reads a package's paragraphs with the
        text reader, so a draft that fails here for the reason the Word reader gives (its
        first paragraph, alone on its line, is a masthead line, "Japan, France and the
        United Kingdom: draft resolution", or a footnote, "7 Ibid., ...") fails the same
        way from Word, and is no fault of the Word reader or writer."""
        from resdiff.errors import ResdiffError
        from resdiff.read import load
        from resdiff.testing.wordfile.units import _units

        blocks = [
            f"{u.label} {u.text}" if u.label and u.family is not None else u.written_text
            for u in _units(load(source, format="text"))
        ]
        try:
            return load("\n\n".join(blocks) + "\n", format="text")
        except ResdiffError as exc:
            return str(exc)

    # -- comparing

    def _pair(self, case: Case) -> tuple[Any, Any] | None:
        from resdiff.errors import ResdiffError
        from resdiff.read import load

        try:
            return load(case.parts[0], format="text"), load(case.parts[1], format="text")
        except ResdiffError:
            return None

    def _compare(self, old: Any, new: Any) -> Any:
        from resdiff.errors import ResdiffError

        try:
            return self.resdiff.compare(old, new)
        except ResdiffError:
            return None

    def check_compare(self, case: Case, rng: random.Random) -> None:
        pair = self._pair(case)
        if pair is None:
            return
        old, new = pair
        self._check_draft(old, rng)
        self._check_draft(new, rng)
        same = self._compare(old, old)
        if same is not None:
            changes = [c for top in same.changes for c in top.walk()]
            if any(c.kind != "unchanged" or c.moved for c in changes):
                bad = next(c for c in changes if c.kind != "unchanged" or c.moved)
                raise Broken("compare(a, a) reports a change", f"{bad.label}: {bad.kind}")
            if same.summary.direction != "neutral":
                raise Broken("compare(a, a) has a direction", same.summary.direction)
        cmp = self._compare(old, new)
        if cmp is None:
            return
        self._check_redlines(cmp, old, new)
        self._check_json(cmp)

    def _check_redlines(self, cmp: Any, old: Any, new: Any) -> None:
        from resdiff.model import PART_BREAK
        from resdiff.redline import apply

        for top in cmp.changes:
            for change in top.walk():
                olds = [old.clause(r) for r in change.old]
                news = [new.clause(r) for r in change.new]
                # A paragraph that became a list of decisions, or stopped being one, is
                # compared whole (its items have no counterparts): its redline spells the
                # whole texts, as a split's does.
                reshaped = (
                    len(olds) == 1
                    and len(news) == 1
                    and bool(olds[0].children) != bool(news[0].children)
                    and not change.children
                )
                if not reshaped and (
                    len(olds) + len(news) == 1 or (len(olds) == 1 and len(news) == 1)
                ):
                    want_old = olds[0].text if olds else ""
                    want_new = news[0].text if news else ""
                else:
                    want_old = PART_BREAK.join(c.full_text() for c in olds)
                    want_new = PART_BREAK.join(c.full_text() for c in news)
                if change.old_text != want_old or change.new_text != want_new:
                    raise Broken("a redline does not spell its clauses", change.label)
                if apply(change.old_text, change.redline) != change.new_text:
                    raise Broken("a redline applied to old does not give new", change.label)

    def _check_json(self, cmp: Any) -> None:
        import json

        from resdiff.model import Comparison

        data = cmp.model_dump_json()
        try:
            self.validate["comparison"](json.loads(data))
        except Exception as exc:  # fastjsonschema's JsonSchemaException
            raise Broken("comparison JSON not valid against the schema", str(exc)[:200]) from exc
        if Comparison.model_validate_json(data) != cmp:
            raise Broken("comparison JSON does not read back equal")

    def check_render(self, case: Case, rng: random.Random) -> None:
        from resdiff.analyze.leadins import lift_lead_in
        from resdiff.errors import ResdiffError
        from resdiff.lexicon import Lexicon
        from resdiff.notebook import comparison_html
        from resdiff.read import load
        from resdiff.render import render, render_docx

        pair = self._pair(case)
        if pair is None:
            return
        old, new = pair
        self._check_draft(old, rng)
        self._check_draft(new, rng)
        cmp = self._compare(old, new)
        if cmp is None:
            return
        for fmt in ("text", "markdown", "html", "json"):
            render(cmp, fmt)
        comparison_html(cmp)
        report = render_docx(cmp)
        try:
            rejected = load(report, format="docx", version="original")
            accepted = load(report, format="docx", version="accepted")
        except ResdiffError as exc:
            raise Broken("the Word report does not read back", str(exc)[:200]) from exc
        for name, got, want in (("reject-all", rejected, old), ("accept-all", accepted, new)):
            if _letters(got) != _letters(want):
                raise Broken(f"Word report: {name} loses or adds words", _first_diff(got, want))
        # The comparison reads each draft analysed: a lead-in ("Resolves:") the text
        # reader gives as a recital is a heading of the operative part there, and the
        # report shows it so. Both sides are compared as the analysis reads them.
        lex = Lexicon.default()
        for name, got, want in (("reject-all", rejected, old), ("accept-all", accepted, new)):
            got, want = lift_lead_in(got, lex), lift_lead_in(want, lex)
            if _outline(got) != _outline(want):
                # The words are all there, but the Word reader reads another structure
                # (a label or a heading read otherwise than the text reader did).
                raise Broken(f"Word report: {name} reads another structure", _first_diff(got, want))


# The Word report writes a control character XML cannot hold as its control picture
# ("\x1b" as "␛"): compared so, a draft read back from the report is the draft.
_PICTURES = {
    **{code: 0x2400 + code for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))},
    0xFFFE: 0xFFFD,
    0xFFFF: 0xFFFD,
}


def _outline(draft: Any) -> list[tuple[str, str]]:
    # The text reader tidies a space before a comma and collapses spaces (as test_docx).
    out = []
    for c in draft.walk():
        text = c.text.translate(_PICTURES)
        out.append((c.ref, re.sub(r"\s+", " ", re.sub(r"\s+([;:,])", r"\1", text)).strip()))
    return out


def _letters(draft: Any) -> Counter[str]:
    # Labels are left out: the report numbers the clauses from their refs.
    texts = [c.text for c in draft.walk()] + [h.text for h in draft.headings]
    return Counter(ch for text in texts for ch in text if ch.isalnum())


def _first_diff(got: Any, want: Any) -> str:
    a, b = _outline(got), _outline(want)
    for x, y in zip(a, b, strict=False):
        if x != y:
            return f"read {x[0]} {x[1][:60]!r}, expected {y[0]} {y[1][:60]!r}"
    return f"{len(a)} clauses read, {len(b)} expected"


def _place(tb: TracebackType | None) -> str:
    """The innermost line of resdiff in a traceback (else the innermost line at all)."""
    frames = traceback.extract_tb(tb)
    inside = [f for f in frames if f"{os.sep}resdiff{os.sep}" in f.filename]
    if not frames:
        return "?"
    frame = (inside or frames)[-1]
    name = frame.filename
    name = name[name.rfind(f"{os.sep}resdiff{os.sep}") + 1 :] if inside else Path(name).name
    return f"{name}:{frame.lineno} in {frame.name}"


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise Timeout()


def run_case(checker: Checker, case: Case, timeout: float) -> Failure | None:
    """Run one input under the time limit; ``None`` when it passes."""
    rng = random.Random(case.recipe + str(case.size))
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        checker.run(case, rng)
    except Timeout:
        return Failure("hang", f"{case.target}: over {timeout:g} s", f"{case.size} bytes")
    except Broken as broken:
        return Failure("invariant", f"{case.target}: {broken.key}", broken.detail)
    except Ambiguous as ambiguous:
        return Failure("ambiguous", f"{case.target}: {ambiguous.key}", ambiguous.detail)
    except RecursionError as exc:
        return Failure("exception", f"RecursionError at {_place(exc.__traceback__)}", "")
    except Exception as exc:
        message = str(exc).splitlines()[0][:160] if str(exc) else ""
        return Failure("exception", f"{type(exc).__name__} at {_place(exc.__traceback__)}", message)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    return None


# ---------------------------------------------------------------------------------------
# Shrinking and saving


def _chunks(data: Data, lines: bool) -> list[Data]:
    if lines:
        if isinstance(data, bytes):
            return list(data.splitlines(keepends=True))
        return list(data.splitlines(keepends=True))
    return [data[k : k + 1] for k in range(len(data))]


def _join(pieces: Sequence[Data], like: Data) -> Data:
    return b"".join(pieces) if isinstance(like, bytes) else "".join(pieces)  # type: ignore[arg-type]


def ddmin(data: Data, fails: Callable[[Data], bool], budget: list[int], deadline: float) -> Data:
    """Zeller's delta debugging over lines, then characters: the smallest ``data`` found
    that still ``fails``, within the attempts left in ``budget[0]`` and ``deadline``."""
    for lines in (True, False):
        pieces = _chunks(data, lines)
        n = 2
        while len(pieces) >= 2 and budget[0] > 0 and time.monotonic() < deadline:
            size = max(1, len(pieces) // n)
            reduced = False
            for start in range(0, len(pieces), size):
                if budget[0] <= 0 or time.monotonic() >= deadline:
                    break
                rest = pieces[:start] + pieces[start + size :]
                budget[0] -= 1
                if rest and fails(_join(rest, data)):
                    pieces = rest
                    n = max(n - 1, 2)
                    reduced = True
                    break
            if not reduced:
                if size == 1:
                    break
                n = min(len(pieces), n * 2)
        data = _join(pieces, data)
    return data


def shrink(checker: Checker, case: Case, failure: Failure, timeout: float) -> Case:
    """The case with each part cut down while the same failure class happens."""
    if failure.kind in ("hang", "slow", "ambiguous"):
        # A hang would cost the time limit at every attempt, slowness is measured outside
        # run_case, and an ambiguous draft is judged on the texts it was made from: keep
        # such an input as found.
        return case
    budget = [SHRINK_TRIES]
    deadline = time.monotonic() + SHRINK_SECONDS
    parts = list(case.parts)
    for k in range(len(parts)):

        def fails(candidate: Data, k: int = k) -> bool:
            trial = Case(case.target, (*parts[:k], candidate, *parts[k + 1 :]), case.recipe)
            got = run_case(checker, trial, timeout)
            return got is not None and got.key == failure.key

        parts[k] = ddmin(parts[k], fails, budget, deadline)
    return Case(case.target, tuple(parts), case.recipe)


_EXT = {"text": ".txt", "markdown": ".md", "akn": ".xml", "docx": ".docx", "pdf": ".pdf",
        "compare": ".txt", "render": ".txt"}  # fmt: skip


def save(case: Case, failure: Failure, out: Path) -> str:
    """Write the input's parts under ``out`` (one file per part, named after the failure
    class) and return the path(s) printed in the report."""
    out.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", failure.key.lower()).strip("-")[:70]
    paths = []
    for k, part in enumerate(case.parts):
        side = ("", "-old", "-new")[k + 1 if len(case.parts) > 1 else 0]
        path = out / f"{case.target}-{slug}{side}{_EXT[case.target]}"
        if isinstance(part, bytes):
            path.write_bytes(part)
        else:
            # Lone surrogates are kept (read the file with errors="surrogatepass").
            path.write_bytes(part.encode("utf-8", "surrogatepass"))
        paths.append(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path))
    return " + ".join(paths)


# ---------------------------------------------------------------------------------------
# Workers and the report


@dataclass
class Stats:
    """What a worker found, sent to the parent in pieces as it goes."""

    counts: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    seconds: dict[str, float] = field(default_factory=dict)
    failures: dict[str, tuple[Failure, int, str, int, str]] = field(default_factory=dict)
    # key -> (failure, count, path, size, targets)
    slowest: list[tuple[float, float, int, str, int]] = field(default_factory=list)
    # (seconds per MB, seconds, size, target, index)

    def add(self, other: Stats) -> None:
        self.counts.update(other.counts)
        self.refused.update(other.refused)
        for target, seconds in other.seconds.items():
            self.seconds[target] = self.seconds.get(target, 0.0) + seconds
        for key, (failure, count, path, size, targets) in other.failures.items():
            mine = self.failures.get(key)
            if mine is None:
                self.failures[key] = (failure, count, path, size, targets)
            else:
                joined = ",".join(sorted(set(mine[4].split(",")) | set(targets.split(","))))
                kept = (mine[2], mine[3]) if mine[2] else (path, size)
                self.failures[key] = (mine[0], mine[1] + count, *kept, joined)
        self.slowest = sorted(self.slowest + other.slowest, reverse=True)[:10]


def _note_failure(
    stats: Stats, failure: Failure, case: Case, seen: set[str], out: Path,
    checker: Checker | None, timeout: float,
) -> None:  # fmt: skip
    _, count, path, size, _ = stats.failures.get(failure.key, (failure, 0, "", case.size, ""))
    if failure.key not in seen:
        seen.add(failure.key)
        small = shrink(checker, case, failure, timeout) if checker is not None else case
        path, size = save(small, failure, out), small.size
    stats.failures[failure.key] = (failure, count + 1, path, size, case.target)


def worker(
    wid: int, jobs: int, seed: int, targets: Sequence[str], count: int | None,
    deadline: float, timeout: float, start: int, current: Any, started: Any,
    results: Any, out: str, threaded: bool = False,
) -> None:  # fmt: skip
    """Run the inputs ``start``, ``start + jobs``, ... until the count or the deadline,
    sending :class:`Stats` every second and a final ``None``."""
    sys.setrecursionlimit(10_000)
    if threaded:
        # A thread that waits for ever makes this a process running threads, as a web
        # server or a notebook is: its PDFs go to the resident reader.
        threading.Thread(target=threading.Event().wait, daemon=True).start()
    seeds = Seeds()
    checker = Checker()
    stats, seen = Stats(), set[str]()
    last = time.monotonic()
    index = start
    while (count is None or index < count) and time.time() < deadline:
        try:
            case = make_case(seed, index, targets, seeds)
        except Exception as exc:
            # The seed builders use resdiff too (the text reader, the Word writer).
            key = f"{type(exc).__name__} at {_place(exc.__traceback__)} (making an input)"
            made = Failure("exception", key, str(exc).splitlines()[0][:160] if str(exc) else "")
            stats.counts["(making)"] += 1
            had = stats.failures.get(key, (made, 0, "", 0, ""))[1]
            remake = stats.failures.get(key, (made, 0, f"first: --seed {seed}, input {index}"))[2]
            stats.failures[key] = (made, had + 1, remake, 0, "-")
            index += jobs
            continue
        current[wid] = index
        started[wid] = time.time()
        t0 = time.perf_counter()
        failure = run_case(checker, case, timeout)
        elapsed = time.perf_counter() - t0
        started[wid] = 0.0
        stats.counts[case.target] += 1
        stats.seconds[case.target] = stats.seconds.get(case.target, 0.0) + elapsed
        timed = failure is None and checker.read_seconds and case.target in PARSE_TARGETS
        if timed and case.size >= MIN_SIZE_PER_MB:
            per_mb = checker.read_seconds / (case.size / 1e6)
            if per_mb > SECONDS_PER_MB and case.parts and len(case.parts) == 1:
                # Over the target once: read again, and keep the lesser time (a warm-up,
                # or a pause of the machine, is no cost of the input).
                checker.read_seconds = min(checker.read_seconds, checker.read_again(case))
                per_mb = checker.read_seconds / (case.size / 1e6)
            stats.slowest = sorted(
                [*stats.slowest, (per_mb, checker.read_seconds, case.size, case.target, index)],
                reverse=True,
            )[:10]
            if per_mb > SECONDS_PER_MB:
                failure = Failure("slow", f"{case.target}: slower than 2 s per MB",
                                  f"{per_mb:.1f} s/MB")  # fmt: skip
        checker.read_seconds = 0.0
        if failure is not None:
            _note_failure(stats, failure, case, seen, Path(out), checker, timeout)
        index += jobs
        if time.monotonic() - last > 1.0:
            results.send(stats)
            stats, last = Stats(), time.monotonic()
    results.send(stats)
    results.send(None)
    results.close()


def campaign(args: argparse.Namespace) -> Stats:
    """Run the workers, restart any that hangs past three times the time limit, and
    gather their statistics."""
    targets = tuple(args.target or TARGETS)
    if "pdf" in targets:
        build_pdf_cache(args.out)
    ctx = mp.get_context("fork")
    current = ctx.Array(ctypes.c_longlong, args.jobs, lock=False)
    started = ctx.Array(ctypes.c_double, args.jobs, lock=False)
    # A pipe a worker, not a Queue: a Queue's put starts a feeder thread in the worker,
    # and in a process running threads the PDF reader cannot fork its PDFium child (it
    # starts one anew, 0.35 s a PDF): the campaigns before 3 December ran PDFium in the
    # worker's own process after its first second.
    inbox: dict[int, Any] = {}
    deadline = time.time() + args.seconds
    total = Stats()
    procs: dict[int, Any] = {}

    def launch(wid: int, start: int) -> None:
        reader, writer = ctx.Pipe(duplex=False)
        proc = ctx.Process(
            target=worker,
            args=(wid, args.jobs, args.seed, targets, args.count, deadline, args.timeout,
                  start, current, started, writer, str(args.out), args.threaded),
            daemon=True,
        )  # fmt: skip
        proc.start()
        writer.close()
        procs[wid] = proc
        old = inbox.pop(wid, None)
        if old is not None:
            old.close()
        inbox[wid] = reader

    for wid in range(args.jobs):
        launch(wid, wid)
    running = args.jobs
    seeds: Seeds | None = None
    while running:
        for conn in mp.connection.wait(list(inbox.values()), timeout=0.5):
            try:
                got = conn.recv()
            except (EOFError, OSError):
                # A worker that died (told below by its exit code) or has ended.
                for wid, mine in list(inbox.items()):
                    if mine is conn:
                        del inbox[wid]
                conn.close()
                continue
            if got is None:
                running -= 1
            elif isinstance(got, Stats):
                total.add(got)
        for wid, proc in list(procs.items()):
            if not proc.is_alive() and proc.exitcode not in (0, None):
                # Died without a word (a crash in C, the memory killer): note the input
                # it was running and go on with the next.
                index = current[wid]
                seeds = seeds or Seeds()
                case = make_case(args.seed, index, targets, seeds)
                failure = Failure("exception", f"{case.target}: worker died ({proc.exitcode})",
                                  f"{case.size} bytes")  # fmt: skip
                dead = Stats()
                _note_failure(dead, failure, case, set(), args.out, None, args.timeout)
                total.add(dead)
                started[wid] = 0.0
                launch(wid, index + args.jobs)
                continue
            begun = started[wid]
            if begun and time.time() - begun > 3 * args.timeout and proc.is_alive():
                # Stuck where no signal reaches (inside a regular expression, say): kill
                # it, note the input, which (seed, index) makes again, and go on.
                proc.kill()
                proc.join()
                index = current[wid]
                seeds = seeds or Seeds()
                case = make_case(args.seed, index, targets, seeds)
                failure = Failure("hang", f"{case.target}: over {3 * args.timeout:g} s (killed)",
                                  f"{case.size} bytes")  # fmt: skip
                hang = Stats()
                hang.counts[case.target] += 1
                _note_failure(hang, failure, case, set(), args.out, None, args.timeout)
                total.add(hang)
                started[wid] = 0.0
                launch(wid, index + args.jobs)
    for proc in procs.values():
        proc.join(timeout=5)
    return total


def report(total: Stats, args: argparse.Namespace, elapsed: float) -> str:
    """The campaign's figures as printed."""
    n = sum(total.counts.values())
    lines = [
        f"resdiff fuzz: seed {args.seed}, {n:,} inputs in {elapsed:.0f} s "
        f"({n / max(elapsed, 1e-9):,.0f}/s), {args.jobs} job(s), time limit {args.timeout:g} s"
        + (
            ", workers running a thread (PDFs read by the resident reader)" if args.threaded else ""
        ),
        "",
        f"{'target':<10}{'inputs':>12}{'mean ms':>10}",
    ]
    for target in TARGETS:
        if total.counts[target]:
            mean = 1000 * total.seconds[target] / total.counts[target]
            lines.append(f"{target:<10}{total.counts[target]:>12,}{mean:>10.2f}")
    groups = (
        ("Unexpected exceptions (type at place)", "exception"),
        ("Invariant breaks", "invariant"),
        (
            "Drafts that do not read back from their own paragraphs even as plain text "
            "(not breaks of the Word reader or writer)",
            "ambiguous",
        ),
        ("Hangs", "hang"),
        (f"Slower than {SECONDS_PER_MB:g} s per MB", "slow"),
    )
    for title, kind in groups:
        found = [(k, v) for k, v in sorted(total.failures.items()) if v[0].kind == kind]
        lines += ["", f"{title}: {len(found)} class(es), {sum(v[1] for _, v in found)} input(s)"]
        for key, (failure, count, path, size, targets) in found:
            lines.append(f"  {key}  ×{count}  [{targets}]")
            if failure.detail:
                lines.append(f"      {failure.detail}")
            if path:
                lines.append(f"      → {path} ({size:,} bytes)")
    lines += ["", f"Slowest inputs per MB (inputs of at least {MIN_SIZE_PER_MB // 1024} KB, "
              "reading only):"]  # fmt: skip
    for per_mb, seconds, size, target, index in total.slowest:
        lines.append(
            f"  {per_mb:8.2f} s/MB  {seconds:7.3f} s  {size:>10,} bytes  {target:<9} "
            f"input {index} (--seed {args.seed})"
        )
    if not total.slowest:
        lines.append("  (none that large)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options, run the campaign and print its report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget (default 60)")
    parser.add_argument("--count", type=int, default=None, help="number of inputs")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--seed", type=int, default=0, help="campaign seed (default 0)")
    parser.add_argument("--target", action="append", choices=TARGETS, help="repeatable")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per input")
    parser.add_argument("--out", type=Path, default=OUT, help="folder of failing inputs")
    parser.add_argument(
        "--threaded",
        action="store_true",
        help="each worker runs a thread, so that PDFs are read by the resident reader "
        "(the path of a web server or a notebook)",
    )
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    begin = time.time()
    total = campaign(args)
    print(report(total, args, time.time() - begin))
    return 0


if __name__ == "__main__":
    sys.exit(main())
