"""Clauses by ref: the number each draft printed, the place each has in its draft's
order, and the hidden bookmark that names it.

:func:`clause_label` gives the printed number from the ref alone, :class:`_Numbering`
each draft's own numbers and reading order (from :attr:`DraftInfo.clauses`);
:func:`_positions` places refs in their draft, by that order when known, else by the
refs' own series ("OP2" before "OP10", "(iv)" before "(v)"); :func:`ref_bookmark` names
the bookmark by which resdiff's Word reader takes each clause's ref back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from ...model import DraftInfo
from ...read.common import is_roman

# "OP5-2": the second paragraph numbered 5 (the reader keeps both).
_OP_REF = re.compile(r"^OP(\d+)(?:-\d+)?$", re.IGNORECASE)
_SUB_REF = re.compile(r"\(([^()]+)\)$")
_SECTION_RANK: dict[str, int] = {"preamble": 0, "operative": 1}
_TOP_REF = re.compile(r"^(PP|OP)(\d{1,9})(?:-(\d{1,9}))?$")
_LAST_KEY = re.compile(r"\(([^()]{1,12})\)$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def clause_label(ref: str) -> str | None:
    """The printed number of a clause from its ref: ``OP3`` → ``3.``, ``OP3(a)`` → ``(a)``,
    ``OP3(a)(ii)`` → ``(ii)``; ``None`` for a preambular paragraph (``PP2``)."""
    if m := _SUB_REF.search(ref):
        return f"({m.group(1)})"
    if m := _OP_REF.match(ref):
        return f"{m.group(1)}."
    return None


@dataclass(frozen=True)
class _Numbering:
    """Each draft's printed numbers and reading order, by ref (from
    :attr:`DraftInfo.clauses`; empty for a comparison read from a document that did not
    keep them, when the refs give both)."""

    old_labels: dict[str, str | None] = field(default_factory=dict)
    new_labels: dict[str, str | None] = field(default_factory=dict)
    old_order: dict[str, int] = field(default_factory=dict)
    new_order: dict[str, int] = field(default_factory=dict)

    #: Where each draft's operative part opens in its reading order (the first operative
    #: clause's place; None when unknown): a recital read after it is printed among the
    #: operative paragraphs, as part B's own recitals of a resolution in parts are.
    old_operative_at: int | None = None
    new_operative_at: int | None = None

    @classmethod
    def of(cls, old: DraftInfo, new: DraftInfo) -> _Numbering:
        return cls(
            {c.ref: c.label for c in old.clauses},
            {c.ref: c.label for c in new.clauses},
            {c.ref: k for k, c in enumerate(old.clauses)},
            {c.ref: k for k, c in enumerate(new.clauses)},
            _operative_at(old),
            _operative_at(new),
        )

    def part_of(self, ref: str, section: str, old: bool) -> str:
        """The part of its draft clause ``ref`` (of ``section``) is printed in: a recital
        read after the operative part opened stands in the operative part ("B" / "Acting
        under Chapter VII ..." / "5. Decides ...", S/RES/814 (1993)); else ``section``."""
        order = self.old_order if old else self.new_order
        opens = self.old_operative_at if old else self.new_operative_at
        if section != "preamble" or opens is None or order.get(ref, -1) < opens:
            return section
        return "operative"

    def label(self, ref: str | None, old: bool) -> str | None:
        """The number printed before clause ``ref`` of the old (new) draft."""
        if ref is None:
            return None
        labels = self.old_labels if old else self.new_labels
        return labels[ref] if ref in labels else clause_label(ref)


def _operative_at(info: DraftInfo) -> int | None:
    """Where ``info``'s first operative clause stands in its reading order, if any."""
    return next((k for k, c in enumerate(info.clauses) if c.ref.startswith("OP")), None)


def ref_bookmark(side: Literal["old", "new"], ref: str) -> str | None:
    """The name of the hidden bookmark that marks the paragraph of clause ``ref`` of the
    ``side`` draft (``_rdnOP3_a_ii`` for the new draft's ``OP3(a)(ii)``), so that
    resdiff's Word reader takes each clause's ref as the report wrote it; ``None`` when
    the name would pass Word's 40 characters or hold a character Word does not allow in
    one (the reader then reads the report through the text reader).

    A leading underscore hides the bookmark in Word's list. Word allows letters, digits
    and underscores: ``(`` is written ``_``, ``)`` is left out (a key ends where the next
    ``_`` or the name does) and ``-`` (``OP5-2``) is ``__``."""
    out = [_BOOKMARK_SIDES[side]]
    for ch in ref:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch in _BOOKMARK_ESCAPES:
            out.append(_BOOKMARK_ESCAPES[ch])
        else:
            return None
    name = "".join(out)
    return name if len(name) <= _BOOKMARK_LIMIT else None


_BOOKMARK_SIDES = {"old": "_rdo", "new": "_rdn"}
_BOOKMARK_ESCAPES = {"(": "_", ")": "", "-": "__"}
#: Word keeps bookmark names of up to 40 characters.
_BOOKMARK_LIMIT = 40


def _positions(refs: Sequence[str], reading: dict[str, int]) -> dict[str, int]:
    """Where each ref stands in its draft: by the draft's reading order (``reading``)
    when it is known, so that paragraphs numbered out of order keep their places;
    otherwise from the refs alone: ``PP2`` before ``OP1``, ``OP2`` before ``OP10``, ``(b)`` before
    ``(c)``, ``(iv)`` before ``(v)``. Refs that cannot be read as a series keep the order
    they are given in."""
    if refs and all(ref in reading for ref in refs):
        ranked = sorted(range(len(refs)), key=lambda k: (reading[refs[k]], k))
        return {refs[k]: at for at, k in enumerate(ranked)}
    keys = _ref_keys(refs)
    order = sorted(range(len(refs)), key=lambda k: (keys[k], k)) if keys else range(len(refs))
    return {refs[k]: at for at, k in enumerate(order)}


def _ref_keys(refs: Sequence[str]) -> list[tuple[int, ...]] | None:
    tops = [_TOP_REF.match(ref) for ref in refs]
    if all(tops):
        return [
            (_SECTION_RANK["preamble" if m[1] == "PP" else "operative"], int(m[2]), int(m[3] or 0))
            for m in tops
            if m is not None
        ]
    lasts = [_LAST_KEY.search(ref) for ref in refs]
    if not all(lasts):
        return None
    words = [m[1].strip().lower() for m in lasts if m is not None]
    if all(w.isdigit() for w in words):
        return [(int(w),) for w in words]
    # "(i)" opens a list of roman numbers; in a list of letters it follows "(h)", and a
    # list of letters always has its "(a)".
    if all(is_roman(w) for w in words) and "i" in words and "a" not in words:
        return [(_roman_value(w),) for w in words]
    if all(w.isalpha() and w.isascii() and len(set(w)) == 1 for w in words):
        return [((len(w) - 1) * 26 + ord(w[0]) - ord("a") + 1,) for w in words]
    return None


def _roman_value(numeral: str) -> int:
    total = 0
    for k, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        later = _ROMAN_VALUES[numeral[k + 1]] if k + 1 < len(numeral) else 0
        total += -value if later > value else value
    return total
