"""The review of branch tracked12: the bounds of its rules (made-up texts).

A heading read without blank lines around it is never a recital that lost its comma;
a paragraph whose number a tracked change took off is cited by the next free suffix,
never by the ref of a typed "1 bis."; a tracked move pairs only a moved-from clause with
a moved-to one, so two separate Word files whose moves share a name are not paired by it.
"""

from __future__ import annotations

import pytest

import resdiff

_HEAD = [
    "The Security Council,",
    "Recalling its previous resolutions on the situation in the region,",
    "1. Decides to extend the mandate of the Mission until 30 April 2023;",
    "2. Requests the Secretary-General to report every ninety days;",
]


@pytest.mark.parametrize(
    "line",
    [
        "Acting under Chapter VII of the Charter",
        "Noting with concern the situation",
        "Reaffirming its commitment to the region",
        "Recalling its previous resolutions",
    ],
)
def test_a_recital_without_its_comma_between_paragraphs_is_no_heading(line: str) -> None:
    # One line between two numbered paragraphs, no blank line around it: a recital's
    # participle opens it, so it is a recital that lost its comma, not a heading (the
    # one-line heading rule of tracked12 read each as a heading, and "Acting under
    # Chapter VII" no longer put the draft under Chapter VII).
    text = "\n".join([*_HEAD, line, "3. Decides to remain seized of the matter."])
    draft = resdiff.parse(text, format="text")
    assert draft.headings == ()
    if "Chapter VII" in line:
        assert draft.chapter_vii


def test_a_participle_heading_without_blank_lines_still_stands_apart() -> None:
    # The rule's own case is kept: a heading's participle is no recital's.
    line = "Strengthening the protection of civilians"
    text = "\n".join([*_HEAD, line, "3. Decides to remain seized of the matter."])
    draft = resdiff.parse(text, format="text")
    assert [(h.text, h.before) for h in draft.headings] == [(line, "OP3")]
