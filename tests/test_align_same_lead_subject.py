"""Two asks that share only their lead (``AlignOptions(same_lead_subject=...)``, off by
default, RESULTS §2fc): a new ask of the same addressee in the same verb, about another
thing, is not the old ask rewritten. Drafts of ordinary Council wording written for these
tests."""

from __future__ import annotations

import resdiff
from resdiff.align import AlignOptions
from resdiff.align.function import reporting, subject_shared, subject_words
from resdiff.model import Comparison

_HEAD = """The Security Council,

Recalling its resolution 1000 (2020) on the situation in Ruritania,

1. Welcomes the progress made by the parties in Ruritania towards a ceasefire;

"""
_KEEP_INFORMED = (
    "Requests the Secretary-General to keep the Security Council informed of further developments;"
)
#: Another ask of the same addressee, about another thing: the lead and the addressee
#: are all the two share.
_TRUST_FUND = (
    "Requests the Secretary-General to establish a trust fund for the clearance of mines "
    "and unexploded ordnance in the northern provinces, open to voluntary contributions "
    "from Member States, regional organizations and private donors;"
)
#: The same reporting ask restated in other words.
_REPORT_BY = (
    "Requests the Secretary-General to report on the implementation of this resolution "
    "not later than 31 July 2021;"
)
_NEW_ASKS = (
    "Urges the parties to release all detainees held in connection with the conflict;",
    "Condemns the attacks on the civilian population of the border districts;",
)
_SEIZED = "Decides to remain seized of the matter."

#: The guard on, with no slot spared, and with the neighbouring slot spared (§2fc's "h").
_ON = AlignOptions(same_lead_subject=0.2)
_SLOT = AlignOptions(same_lead_subject=0.2, same_lead_slot=1)


def _text(*ops: str) -> str:
    return _HEAD + "".join(f"{k}. {op}\n\n" for k, op in enumerate(ops, start=2))


def _pairs(cmp: Comparison) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(c.old, c.new) for c in cmp.changes if c.old and c.new}


#: The old draft, and the new one with the trust fund in the request's place and a new
#: ask beside it (two added paragraphs in the gap: the one-for-one slot round does not
#: decide, the same-lead band does).
_OLD = _text(_KEEP_INFORMED, _SEIZED)
_NEW = _text(_TRUST_FUND, _NEW_ASKS[0], _SEIZED)


def test_off_by_default_the_same_lead_pairs_as_before() -> None:
    assert AlignOptions().same_lead_subject == 0.0
    assert (("OP2",), ("OP2",)) in _pairs(resdiff.compare(_OLD, _NEW))


def test_a_new_ask_sharing_only_the_lead_stays_apart() -> None:
    cmp = resdiff.compare(_OLD, _NEW, options=_ON)
    assert (("OP2",), ("OP2",)) not in _pairs(cmp)
    kinds = {(c.old, c.new): str(c.kind) for c in cmp.changes}
    assert kinds[(("OP2",), ())] == "dropped"
    assert kinds[((), ("OP2",))] == "added"


def test_a_reporting_ask_restated_still_pairs() -> None:
    # The two share under a fifth of their subject ("council" at most), and are one
    # reporting requirement.
    cmp = resdiff.compare(_OLD, _text(_REPORT_BY, _NEW_ASKS[0], _SEIZED), options=_ON)
    assert (("OP2",), ("OP2",)) in _pairs(cmp)


def test_the_same_slot_is_spared_and_a_moved_one_is_not() -> None:
    assert (("OP2",), ("OP2",)) in _pairs(resdiff.compare(_OLD, _NEW, options=_SLOT))
    # Two new asks before it: the trust fund stands two places further down.
    moved = _text(*_NEW_ASKS, _TRUST_FUND, _SEIZED)
    assert (("OP2",), ("OP4",)) in _pairs(resdiff.compare(_OLD, moved))
    assert (("OP2",), ("OP4",)) not in _pairs(resdiff.compare(_OLD, moved, options=_SLOT))


def test_the_subject_is_read_past_the_lead_and_its_addressee() -> None:
    draft = resdiff.parse(_text(_TRUST_FUND, _SEIZED))
    words = subject_words(draft.operative[1])
    assert "secretary" not in words and "general" not in words and "requests" not in words
    assert {"trust", "clearance", "provinces"} <= words
    old = resdiff.parse(_text(_KEEP_INFORMED, _SEIZED)).operative[1]
    new = draft.operative[1]
    assert subject_shared(old, new) < 0.2
    assert reporting(old) and not reporting(new)
