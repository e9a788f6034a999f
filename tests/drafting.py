"""Small resolutions written for the verdict tests, and the look-ups those tests share: a
draft of numbered operative paragraphs, the kind and shifts of one paragraph's change, the
life-cycle labels the default lexicon reads in a text."""

from __future__ import annotations

from collections.abc import Sequence

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Change, Comparison, Shift

#: The closing formula the tests' drafts end with.
CLOSING = "Decides to remain seized of the matter."

#: A renewal resolution of our own (the direction tests of the twenty-fourth and
#: twenty-fifth sessions): a mission renewed to a date beside an ask, a request for
#: reports and the closing formula. Written once here for tests/test_direction14.py and
#: tests/test_direction15.py.
RENEWAL = (
    "Decides to extend the mandate of the United Nations Assistance Mission in the "
    "territory until 17 March 1992;",
    "Calls upon all parties to facilitate safe passage for all civilians;",
    "Requests the Secretary-General to report to the Council every three months on the "
    "work of the Mission;",
    CLOSING,
)


def draft(
    operative: Sequence[str],
    preamble: str | Sequence[str] = "Recalling its previous resolutions,",
    head: str = "",
) -> str:
    """A small resolution: ``head`` (a symbol line, or nothing), the opening formula, the
    recital or recitals of ``preamble`` and the numbered operative paragraphs."""
    pre = preamble if isinstance(preamble, str) else "\n\n".join(preamble)
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"{head}The Security Council,\n\n{pre}\n\n{ops}\n"


def change_of(cmp: Comparison, ref: str) -> tuple[str, list[tuple[str, str]]]:
    """The kind of the change holding ``ref`` (old or new) and its shifts, sub-paragraphs
    included, each as (direction, description)."""
    change = next(c for c in cmp.changes if ref in c.new or ref in c.old)
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


def change_between(
    cmp: Comparison, old_ref: str, new_ref: str
) -> tuple[str, list[tuple[str, str]]]:
    """The kind and shifts (as :func:`change_of`) of the change pairing exactly old
    ``old_ref`` with new ``new_ref``."""
    change = next(c for c in cmp.changes if c.old == (old_ref,) and c.new == (new_ref,))
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


def shift_descriptions(cmp: Comparison) -> list[str]:
    """Every shift the comparison names, sub-paragraphs included, as described."""
    return [s.describe() for c in cmp.changes for x in c.walk() for s in x.shifts]


def op1(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    """:func:`change_of` OP1 when a draft's OP1 ``old`` becomes ``new`` (the closing
    formula after it in both)."""
    return change_of(resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING])), "OP1")


def lifecycle_labels(text: str) -> list[str]:
    """The life-cycle labels ("extended", "maintained", "given a sunset") of ``text``."""
    return [m.label for m in Lexicon.default().lifecycle_in(text)]


def weighed_shift(feature: str, direction: str, weight: float, **kw: str | None) -> Shift:
    """A shift made by hand, for tests of the weighing that need no comparison."""
    return Shift(feature=feature, direction=direction, weight=weight, **kw)  # type: ignore[arg-type]


def reworded(ref: str, *shifts: Shift, section: str = "operative") -> Change:
    """A provision kept at ``ref`` and reworded with ``shifts``, for tests of the summary's
    weighing that need no comparison."""
    return Change(
        kind="reworded",
        old=(ref,),
        new=(ref,),
        section=section,  # type: ignore[arg-type]
        match="similar",
        score=0.9,
        shifts=shifts,
    )
