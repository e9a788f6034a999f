"""Assertions about comparisons and drafts, with failure messages that explain themselves.

Write tests about a negotiation the way a delegate would say them::

    from resdiff.testing.assertions import assert_softened, assert_kept_chapter_vii

    cmp = resdiff.compare("japan-draft.txt", "adopted.txt")
    assert_softened(cmp, "OP4", side="old")        # the transfer ban was watered down
    assert_not_dropped(cmp, "OP1", side="old")     # the condemnation is still there
    assert_no_weakening(cmp, section="operative")  # fails: says which paragraphs and why

A ref names a paragraph or sub-paragraph (``"OP3"``, ``"OP4(a)(ii)"``) of the old or the
new draft: ``side="new"`` looks only in the new draft, ``side="old"`` only in the old one,
``side="any"`` (the default for most assertions) in the new draft first, then the old.
``assert_dropped`` and ``assert_not_dropped`` default to the old side, ``assert_added``
to the new side, since that is where such paragraphs stand.

A failed assertion raises :class:`AssertionError` whose message shows the change found
(refs, kind, whether it moved), its shifts in plain words (:meth:`Shift.describe`) and
its redline in ``[-deleted-]{+inserted+}`` form, so the reader sees why without a
debugger::

    AssertionError: OP4 (old side): expected softened, found unchanged
      change:  OP4 → OP3  unchanged
      shifts:  none
      redline: Decides that all Member States shall prevent ...
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from ..model import (
    SHIFT_FEATURES,
    Change,
    ChangeKind,
    Comparison,
    Draft,
    DraftInfo,
    Redline,
    Section,
)

__all__ = [
    "assert_added",
    "assert_chapter_vii",
    "assert_dropped",
    "assert_kept_chapter_vii",
    "assert_moved",
    "assert_no_chapter_vii",
    "assert_no_weakening",
    "assert_not_dropped",
    "assert_not_softened",
    "assert_softened",
    "assert_strengthened",
    "assert_unchanged",
    "explain_change",
    "format_redline",
]

Side = Literal["old", "new", "any"]

#: Longest stretch of unchanged text a redline keeps in a failure message; longer ones
#: are shortened in the middle ("... ").
_KEEP = 60


def _head(text: str, size: int) -> str:
    """About ``size`` characters from the start of ``text``, cut after a whole word."""
    cut = text[:size]
    space = cut.rfind(" ")
    return (cut[:space] if space > 0 else cut).rstrip()


def _tail(text: str, size: int) -> str:
    """About ``size`` characters from the end of ``text``, cut before a whole word."""
    cut = text[-size:]
    space = cut.find(" ")
    return (cut[space + 1 :] if space >= 0 else cut).lstrip()


def format_redline(redline: Redline, *, keep: int | None = _KEEP) -> str:
    """A redline as text: ``[-deleted-]{+inserted+}``, unchanged text as is.

    Unchanged stretches longer than ``keep`` characters are cut in the middle with " … "
    (``keep=None`` keeps everything).
    """
    out: list[str] = []
    last = len(redline) - 1
    for k, (op, text) in enumerate(redline):
        if op < 0:
            out.append(f"[-{text}-]")
        elif op > 0:
            out.append(f"{{+{text}+}}")
        elif keep is not None and len(text) > keep and len(redline) > 1:
            if k == 0:
                out.append("… " + _tail(text, keep))
            elif k == last:
                out.append(_head(text, keep) + " …")
            else:
                out.append(f"{_head(text, keep // 2)} … {_tail(text, keep // 2)}")
        else:
            out.append(text)
    return "".join(out)


def explain_change(change: Change, *, indent: str = "  ") -> str:
    """Several lines saying what a change is: refs, kind, match, shifts in plain words,
    redline, and the same for each changed sub-paragraph."""
    moved = ", moved" if change.moved else ""
    lines = [f"{indent}change:  {change.label}  {change.kind}{moved} (match: {change.match})"]
    shifts = [s.describe() for s in change.shifts]
    if shifts:
        lines.append(f"{indent}shifts:  " + shifts[0])
        lines.extend(f"{indent}         {s}" for s in shifts[1:])
    else:
        lines.append(f"{indent}shifts:  none")
    if change.redline:
        lines.append(f"{indent}redline: {format_redline(change.redline)}")
    for child in change.children:
        if child.kind == "unchanged" and not child.moved:
            continue
        lines.append(explain_change(child, indent=indent + "  "))
    return "\n".join(lines)


def _refs(cmp: Comparison, side: Literal["old", "new"]) -> list[str]:
    """Every ref of one side, preamble first, in number order."""
    found: list[str] = []
    for top in cmp.changes:
        for change in top.walk():
            found.extend(change.old if side == "old" else change.new)

    def order(ref: str) -> tuple[int, int, str]:
        head = ref.split("(", 1)[0]
        digits = "".join(ch for ch in head if ch.isdigit())
        return (0 if ref.startswith("PP") else 1, int(digits or 0), ref)

    return sorted(set(found), key=order)


def _find(cmp: Comparison, ref: str, side: Side) -> Change:
    try:
        return cmp.change_for(ref, side=side)
    except KeyError:
        pass
    where = {"old": "the old draft", "new": "the new draft", "any": "either draft"}[side]
    sides: tuple[Literal["old", "new"], ...] = ("old", "new") if side == "any" else (side,)
    known = "; ".join(
        f"{s}: {', '.join(r for r in _refs(cmp, s) if '(' not in r) or 'none'}" for s in sides
    )
    hint = ""
    if side != "any":
        other: Literal["old", "new"] = "new" if side == "old" else "old"
        if ref.replace(" ", "").upper() in (r.upper() for r in _refs(cmp, other)):
            hint = f"\n  (it is a ref of the {other} draft: pass side={other!r})"
    raise AssertionError(f"{ref} is not a paragraph of {where} ({known}){hint}")


def _side_name(side: Side) -> str:
    return "" if side == "any" else f" ({side} side)"


def _fail(ref: str, side: Side, expected: str, change: Change) -> AssertionError:
    moved = ", moved" if change.moved else ""
    return AssertionError(
        f"{ref}{_side_name(side)}: expected {expected}, found {change.kind}{moved}\n"
        + explain_change(change)
    )


def _directions(change: Change) -> set[str]:
    return {s.direction for c in change.walk() for s in c.shifts}


def _has_feature(change: Change, feature: str, direction: str) -> bool:
    return any(
        s.feature == feature and s.direction == direction for c in change.walk() for s in c.shifts
    )


def _expect_kind(
    cmp: Comparison,
    ref: str,
    side: Side,
    kinds: Iterable[ChangeKind],
    expected: str,
    *,
    feature: str | None = None,
    direction: str | None = None,
) -> Change:
    if feature is not None and feature not in SHIFT_FEATURES:
        # A typo ("hegde") would read as a change that lacks the shift.
        raise ValueError(f"unknown shift feature {feature!r}; one of {', '.join(SHIFT_FEATURES)}")
    change = _find(cmp, ref, side)
    if change.kind not in set(kinds):
        raise _fail(ref, side, expected, change)
    if (
        feature is not None
        and direction is not None
        and not _has_feature(change, feature, direction)
    ):
        raise _fail(ref, side, f"{expected} with a {direction} {feature!r} shift", change)
    return change


def assert_softened(
    cmp: Comparison,
    ref: str,
    *,
    side: Side = "any",
    feature: str | None = None,
    allow_mixed: bool = False,
) -> Change:
    """The paragraph ``ref`` was softened (and, with ``feature``, one of its shifts of that
    feature — ``verb``, ``censure``, ``hedge``, ``modal``, ``measure``, ``measure-mode``,
    ``chapter-vii``, ... — is softer). ``allow_mixed`` also accepts a change that softens
    one thing and strengthens another. Returns the change."""
    kinds: tuple[ChangeKind, ...] = ("softened", "mixed") if allow_mixed else ("softened",)
    return _expect_kind(cmp, ref, side, kinds, "softened", feature=feature, direction="softer")


def assert_strengthened(
    cmp: Comparison,
    ref: str,
    *,
    side: Side = "any",
    feature: str | None = None,
    allow_mixed: bool = False,
) -> Change:
    """The paragraph ``ref`` was strengthened (and, with ``feature``, one of its shifts of
    that feature is stronger). Returns the change."""
    kinds: tuple[ChangeKind, ...] = ("strengthened", "mixed") if allow_mixed else ("strengthened",)
    return _expect_kind(
        cmp, ref, side, kinds, "strengthened", feature=feature, direction="stronger"
    )


def assert_dropped(cmp: Comparison, ref: str, *, side: Side = "old") -> Change:
    """The paragraph ``ref`` of the old draft is gone from the new one (not merged, not
    split, not moved: dropped). Returns the change."""
    return _expect_kind(cmp, ref, side, ("dropped",), "dropped")


def assert_added(cmp: Comparison, ref: str, *, side: Side = "new") -> Change:
    """The paragraph ``ref`` of the new draft is new. Returns the change."""
    return _expect_kind(cmp, ref, side, ("added",), "added")


def assert_unchanged(
    cmp: Comparison, ref: str, *, side: Side = "any", allow_moved: bool = True
) -> Change:
    """The paragraph ``ref`` reads the same in both drafts (it may have moved unless
    ``allow_moved=False``). Returns the change."""
    change = _expect_kind(cmp, ref, side, ("unchanged",), "unchanged")
    if change.moved and not allow_moved:
        raise _fail(ref, side, "unchanged and in place", change)
    return change


def assert_moved(cmp: Comparison, ref: str, *, side: Side = "any") -> Change:
    """The paragraph ``ref`` changed its order relative to the others (whatever else
    happened to it). Returns the change."""
    change = _find(cmp, ref, side)
    if not change.moved:
        raise _fail(ref, side, "moved", change)
    return change


def assert_not_softened(cmp: Comparison, ref: str, *, side: Side = "any") -> Change:
    """The paragraph ``ref`` was not weakened: its change is neither ``softened`` nor
    ``mixed`` (which softens something too) nor ``dropped``. Returns the change."""
    change = _find(cmp, ref, side)
    if change.kind in ("softened", "mixed", "dropped"):
        raise _fail(ref, side, "not softened", change)
    return change


def assert_not_dropped(cmp: Comparison, ref: str, *, side: Side = "old") -> Change:
    """The paragraph ``ref`` of the old draft still has a counterpart in the new draft
    (possibly reworded, moved, split or merged). Returns the change."""
    change = _find(cmp, ref, side)
    if change.kind == "dropped":
        raise _fail(ref, side, "not dropped", change)
    return change


def _weakening(change: Change) -> bool:
    if change.kind in ("softened", "mixed"):
        return True
    return change.kind == "dropped" and "softer" in _directions(change)


def assert_no_weakening(
    cmp: Comparison, *, section: Section | Literal["all"] | None = "operative"
) -> None:
    """No paragraph of ``section`` (``"operative"``, ``"preamble"``, or ``"all"`` or
    ``None`` for the whole text, as the ``no_weakening`` red line writes it) was weakened:
    none is ``softened`` or ``mixed``, and none was dropped with a softer shift (a demand,
    a measure, Chapter VII removed). A paragraph moved out of the section (an operative
    paragraph demoted to the preamble) counts. The message lists every weakened paragraph
    with its reasons."""
    if section == "all":
        section = None
    found = [c for c in cmp.where(section=section) if _weakening(c)]
    if not found:
        return
    where = "the whole text" if section is None else f"the {section} part"
    lines = [f"{len(found)} weakening(s) in {where} of {cmp.new.name} (from {cmp.old.name}):"]
    for change in found:
        lines.append(explain_change(change))
    raise AssertionError("\n".join(lines))


def _chapter_vii_lines(draft: Draft) -> str:
    acting = [c for c in draft.preamble if c.text.lower().startswith("acting under")]
    if acting:
        return "\n".join(f"  {c.ref}: {c.text}" for c in acting)
    tail = draft.preamble[-2:]
    if not tail:
        return "  (the draft has no preamble)"
    return "  last preambular paragraphs:\n" + "\n".join(f"  {c.ref}: {c.text}" for c in tail)


def _draft_only(draft: object, name: str) -> Draft:
    """``draft`` if it is a :class:`Draft`: a comparison's ``cmp.new`` is a
    :class:`~resdiff.model.DraftInfo`, which holds no paragraphs to show."""
    if not isinstance(draft, Draft):
        hint = (
            " (cmp.new and cmp.old are DraftInfo: parse the draft)"
            if isinstance(draft, DraftInfo)
            else ""
        )
        if isinstance(draft, str | bytes) or hasattr(draft, "__fspath__"):
            hint = " (a path or a text: give resdiff.parse(...) of it)"
        raise TypeError(f"{name} expects a Draft, got {type(draft).__name__}{hint}")
    return draft


def assert_chapter_vii(draft: Draft) -> None:
    """The draft acts under Chapter VII ("Acting under Chapter VII of the Charter of the
    United Nations", or under one of its articles). The message of a failure shows what
    the draft acts under instead."""
    draft = _draft_only(draft, "assert_chapter_vii")
    if draft.chapter_vii:
        return
    raise AssertionError(
        f"{draft.name} does not act under Chapter VII\n" + _chapter_vii_lines(draft)
    )


def assert_no_chapter_vii(draft: Draft) -> None:
    """The draft does not act under Chapter VII. A failure names the paragraph and the
    formula."""
    draft = _draft_only(draft, "assert_no_chapter_vii")
    if not draft.chapter_vii:
        return
    formula = draft.chapter_vii_formula
    where = f" in {formula.ref}" if formula and formula.ref else ""
    words = f": “{formula.formula}”" if formula else ""
    raise AssertionError(f"{draft.name} acts under Chapter VII{where}{words}")


def assert_kept_chapter_vii(cmp: Comparison) -> None:
    """Both drafts act under Chapter VII. A failure says whether it was dropped (and
    what replaced it), added, or absent from both, with the change that did it."""
    status = cmp.summary.chapter_vii
    if status == "kept":
        return
    lines = [f"Chapter VII {status}: {cmp.old.name} → {cmp.new.name}"]
    for top in cmp.changes:
        if any(s.feature == "chapter-vii" for c in top.walk() for s in c.shifts):
            lines.append(explain_change(top))
    raise AssertionError("\n".join(lines))
