"""Text pasted from a PDF by ``pdftotext`` without ``-layout``: a compound broken at a
line's end loses its own hyphen ("SecretaryGeneral"). Where the document writes the
compound with its hyphen elsewhere, the reader restores it. Before: S/RES/2618 (2022)
printed by Chromium and copied so read "the SecretaryGeneral’s previous call" in OP4, and
its pairing with S/RES/2587 (2021) left the recital merged into OP4 apart ("PP6 dropped",
where the AKN pair reads "PP6 + OP3 → OP4")."""

from __future__ import annotations

import resdiff

_PASTED = (
    "The Security Council,\n\n"
    "Welcoming the report of the Secretary-General on his Good Offices,\n\n"
    "1. Reiterates the SecretaryGeneral’s previous call to avoid escalatory steps;\n\n"
    "2. Requests the Under-Secretary-General and the UnderSecretaryGeneral’s office to\n"
    "report;\n\n"
    "3. Decides to remain seized of the matter.\n"
)


def test_a_compound_the_document_writes_with_hyphens_gets_them_back() -> None:
    draft = resdiff.parse(_PASTED)
    assert draft.operative[0].text == (
        "Reiterates the Secretary-General’s previous call to avoid escalatory steps;"
    )
    assert "the Under-Secretary-General’s office" in draft.operative[1].text


def test_a_name_with_an_inner_capital_stays() -> None:
    """The counter-example: a name written with a capital inside ("McDonald", "DeMistura")
    and never with a hyphen is left alone, and so is a joined compound the document never
    writes with its hyphen."""
    text = _PASTED.replace(
        "Welcoming the report of the Secretary-General", "Welcoming Mr. McDonald"
    )
    draft = resdiff.parse(text)
    assert "SecretaryGeneral’s previous call" in draft.operative[0].text
    assert "Welcoming Mr. McDonald" in draft.preamble[0].text


def test_a_compound_of_three_parts_broken_at_either_hyphen_gets_it_back() -> None:
    """A line's end breaks a word once: "Under-Secretary-" / "General" is pasted
    "Under-SecretaryGeneral", "Under-" / "Secretary-General" is "UnderSecretary-General",
    one hyphen lost and the other kept (never both, as "UnderSecretaryGeneral"). Before:
    neither was restored in a document that writes "Under-Secretary-General" only."""
    text = (
        "The Security Council,\n\n"
        "Welcoming the briefing of the Under-Secretary-General for Peace Operations,\n\n"
        "1. Requests the Under-SecretaryGeneral to brief the Council;\n\n"
        "2. Invites the UnderSecretary-General to visit the region;\n\n"
        "3. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert draft.operative[0].text == "Requests the Under-Secretary-General to brief the Council;"
    assert draft.operative[1].text == "Invites the Under-Secretary-General to visit the region;"
