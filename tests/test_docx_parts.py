"""The Word report of a resolution in parts read back: part B's own recital ("B" /
"Acting under Chapter VII ..." / "3. Decides ..."), printed among the operative
paragraphs, stands there in the report's tracked text, under its heading, so that
``resdiff compare report.docx`` reads each draft in its printed order and pairs as the
comparison the report shows (S/RES/814 → 886 (1993) paired one paragraph otherwise).
Made-up texts, and the real pair from ../shared when it is there."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import CORPUS

import resdiff
from resdiff.model import Comparison, Draft
from resdiff.read import load
from resdiff.render import render_docx

WHEN = dt.datetime(2040, 9, 15, 12, 30, tzinfo=dt.UTC)

OLD = """The Security Council,

Recalling its resolutions on Sylvania and the statements of its President,

Determining that the situation in Sylvania continues to threaten peace and security in
the region,

A

1. Welcomes the report of the Secretary-General on Sylvania of 3 March 2040;

2. Requests the Secretary-General to provide humanitarian assistance to the people of
Sylvania;

B

Acting under Chapter VII of the Charter of the United Nations,

1. Decides to expand the size of the force of the Operation in Sylvania;

2. Demands that all Sylvanian parties comply fully with the commitments they have
undertaken;

3. Decides to remain actively seized of the matter.
"""

NEW = """The Security Council,

Recalling its resolutions on Sylvania and the statements of its President,

Determining that the situation in Sylvania continues to threaten peace and security in
the region,

1. Welcomes the report of the Secretary-General on Sylvania of 3 September 2040;

2. Decides, acting under Chapter VII of the Charter of the United Nations, to renew the
mandate of the Operation until 31 May 2041;

3. Requests the Secretary-General to provide humanitarian assistance to the people of
Sylvania;

4. Demands that all Sylvanian parties comply fully with the commitments they have
undertaken;

5. Decides to remain actively seized of the matter.
"""


def _pairs(cmp: Comparison) -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    return sorted(((c.old, c.new, c.kind) for c in cmp.changes), key=str)


def _printed(draft: Draft) -> list[str]:
    return [c.ref for c in draft.printed]


def _headings(draft: Draft) -> list[tuple[str, str, str | None]]:
    return [(h.text, h.section, h.before) for h in draft.headings]


def test_part_bs_recital_stays_among_the_operative_paragraphs_in_the_report() -> None:
    old, new = resdiff.parse(OLD), resdiff.parse(NEW)
    # As printed: part B's recital after part A's paragraphs, its heading over it.
    assert _printed(old) == ["PP1", "PP2", "OP1", "OP2", "PP3", "OP1-B", "OP2-B", "OP3-B"]
    assert _headings(old) == [("A", "operative", "OP1"), ("B", "operative", "PP3")]
    cmp = resdiff.compare(old, new)
    assert [c.ref for c in cmp.old.clauses] == _printed(old)
    package = render_docx(cmp, date=WHEN)
    # The report used to write the recital and "B" at the end of the preamble: read back,
    # part B's recital stood before part A and its heading in the preamble.
    original = load(package, format="docx", version="original")
    assert _printed(original) == _printed(old)
    assert _headings(original) == _headings(old)
    accepted = load(package, format="docx", version="accepted")
    assert _printed(accepted) == _printed(new)
    assert _pairs(resdiff.compare(original, accepted)) == _pairs(cmp)


def test_a_draft_without_parts_reads_back_in_its_order_as_before() -> None:
    # The order printed is the preamble then the operative part for any other draft.
    new = resdiff.parse(NEW)
    cmp = resdiff.compare(new, new)
    assert [c.ref for c in cmp.old.clauses] == [c.ref for c in new.walk()]


def test_s_res_814_to_886_1993_reads_back_to_the_same_pairings() -> None:
    folder = CORPUS / "scanned"
    paths = [folder / "S_RES_814_1993.txt", folder / "S_RES_886_1993.txt"]
    if not all(p.exists() for p in paths):
        pytest.skip(f"the real texts are not here ({folder})")
    cmp = resdiff.compare(*paths)
    package = render_docx(cmp, date=WHEN)
    original = load(package, format="docx", version="original")
    accepted = load(package, format="docx", version="accepted")
    # OP5 "Decides to expand the size of the force" → OP5 "Also decides to undertake a
    # fundamental review" read back as one dropped and one added.
    assert _pairs(resdiff.compare(original, accepted)) == _pairs(cmp)
    assert _headings(original) == _headings(resdiff.parse(paths[0]))


def test_the_json_schema_says_the_clauses_follow_the_order_printed() -> None:
    # Review of fix12: the order of DraftInfo.clauses changed for a resolution in parts
    # (part B's own recitals after part A); the contract still said "reading order".
    from resdiff.schema import json_schema

    described = json_schema("comparison")["$defs"]["DraftInfo"]["properties"]["clauses"]
    assert "order printed" in described["description"]
