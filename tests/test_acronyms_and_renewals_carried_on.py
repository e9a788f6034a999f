"""The verdict defects a researcher met on real texts (issue 9, thirty-third session,
branch seen23): a body named in full in one text and by its acronym in the other is the
same body renewed. Made-up wording; the real pair behind it is checked where
``../shared/corpus`` is present."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.classify.acted import _names_near, initials
from resdiff.explain import describe_shift
from resdiff.lexicon import Lexicon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the real texts in ../shared/corpus are not present"
)


def test_a_body_named_in_full_is_named_by_its_acronym_too() -> None:
    lexicon = Lexicon.default()
    old = (
        "To renew the mandate of the United Nations Disengagement Observer Force for "
        "another period of six months"
    )
    assert "UNDOF" in _names_near(old, "renewed", lexicon)
    # Small words inside the name give their letter or none: UNMISS, UNIFIL.
    assert "UNMISS" in _names_near(
        "Decides to extend the mandate of the United Nations Mission in South Sudan until "
        "30 April 2024",
        "extended",
        lexicon,
    )
    # Two letters name no one body.
    assert "UN" not in _names_near(
        "Decides to renew the mandate of the United Nations", "renewed", lexicon
    )


@needs_corpus
def test_undof_1993_to_2020_reads_the_renewal_carried_on() -> None:
    cmp = resdiff.compare(
        CORPUS / "scanned" / "S_RES_830_1993.txt", CORPUS / "akn" / "S_RES_2530_2020.xml"
    )
    (renewal,) = [c for c in cmp.changes if c.new == ("OP15",)]
    words = [describe_shift(s) for s in renewal.shifts]
    assert any(w.startswith("measure or mandate renewed (carries on") for w in words)
    assert "operative verb added: decides" not in words


def test_an_acronym_is_spelt_by_one_name_only() -> None:
    # Review of seen23: runs of capitalised words that are not one name spelt acronyms of
    # other bodies in the corpus. A comma ends a name (S/RES/333 (1973): "sanctions against
    # Southern Rhodesia, Recalling further" gave "SRR"); a paragraph's lead starts none
    # ("Authorizes the Member States acting through the EU", S/RES/2580 (2021), gave
    # "AMS"); "the" and "and" stand inside a name without a letter (OIC, PSC).
    assert "SRR" not in initials("sanctions against Southern Rhodesia, Recalling further")
    assert "AMS" not in initials(
        "Authorizes the Member States acting through the EU", at_start=True
    )
    named = initials(
        "the African Union Peace and Security Council; the Organization of the Islamic Conference"
    )
    assert {"AUPSC", "OIC"} <= named
    assert not {"AUPASC", "OOTIC"} & named
    # In use: a renewal whose lead stands before a name.
    lexicon = Lexicon.default()
    assert "AMS" not in _names_near(
        "Authorizes the Member States to extend the operation for a further period",
        "extended",
        lexicon,
    )


def _resolution(number: int, year: int, operative: list[str]) -> str:
    body = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, start=1))
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{8000 + number}th meeting, on 15 March {year}\n\nThe Security Council,\n\n"
        f"Recalling its previous resolutions on the situation,\n\n{body}\n"
    )


def test_a_renewal_moved_to_a_paragraph_of_its_own_is_said_where_it_went() -> None:
    # Review of seen23: S/RES/830 (1993) OP1 renews UNDOF's mandate among other
    # decisions; 2530 (2020) keeps OP1 and renews the mandate in OP15. The provision
    # named "measure or mandate no longer renewed" while OP15 read the renewal carried
    # on: the reason contradicted the comparison. It now says where the renewal went (the
    # summary already weighed it nothing).
    ask = "calls upon the parties concerned to implement immediately its resolution 338 (1973)"
    old = _resolution(
        830,
        1993,
        [
            "Decides to renew the mandate of the United Nations Disengagement Observer Force "
            f"for another period of six months and {ask};",
            "Decides to remain seized of the matter.",
        ],
    )

    def renewal(renewal: str) -> list[str]:
        cmp = resdiff.compare(
            old,
            _resolution(
                2530,
                2020,
                [
                    ask[0].upper() + ask[1:] + ";",
                    renewal,
                    "Decides to remain seized of the matter.",
                ],
            ),
        )
        (kept,) = [c for c in cmp.changes if c.old == ("OP1",)]
        return [
            f"{s.direction} {describe_shift(s)}"
            for part in kept.walk()
            for s in part.shifts
            if s.feature == "lifecycle"
        ]

    assert renewal("Decides to renew the mandate of UNDOF for a period of six months;") == [
        "softer measure or mandate no longer renewed (still renewed in new OP2)"
    ]
    # Another body renewed: the mission's renewal is dropped all the same.
    assert renewal(
        "Decides to renew, until 15 November 2021, the mandate of the Panel of "
        "Experts established by resolution 2374 (2017);"
    ) == ["softer measure or mandate no longer renewed"]
