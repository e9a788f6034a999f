"""The document direction on the fresh blind sets of the twenty-sixth session (issue 9 §7,
twenty-seventh session): "except" leaves anything out of anything, and only out of a
measure is it a carve-out weighed as a headline (S/RES/340 (1973) OP3, "a Force to be
composed of personnel drawn from States Members of the United Nations except the
permanent members of the Security Council", paired with the Force's extension, read as an
exemption removed, 30, where the judges read the pair softer). Ordinary wording of our
own, with the counter-examples the rule must leave alone."""

from __future__ import annotations

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison, Shift


def _adopted(symbol: str, year: str, operative: list[str]) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"Resolution {symbol} ({year})\nof 6 April {year}\n\nThe Security Council,\n\n"
        f"Recalling its previous resolutions on the situation,\n\n{ops}\n"
    )


def _compare(old_op: str, new_op: str, *rest: str) -> Comparison:
    return resdiff.compare(
        _adopted("100", "1990", [old_op, *rest]), _adopted("200", "1991", [new_op, *rest])
    )


def _exemptions(cmp: Comparison) -> list[Shift]:
    return [
        s
        for c in cmp.changes
        for s in c.shifts
        if s.feature == "exemption" and s.direction != "neutral"
    ]


FORCE_OLD = (
    "Decides to set up immediately an observer force to be composed of personnel drawn "
    "from States Members of the United Nations except the permanent members of the "
    "Security Council, and requests the Secretary-General to report on the steps taken;"
)
FORCE_NEW = (
    "Decides to set up immediately an observer force to be composed of personnel drawn "
    "from States Members of the United Nations, and requests the Secretary-General to "
    "report on the steps taken;"
)


def test_an_exception_in_who_composes_a_force_weighs_as_language() -> None:
    # No measure on either side: the exception left out weighs as the operative
    # paragraph's language (4), not as an exemption removed from a measure (30).
    shifts = _exemptions(_compare(FORCE_OLD, FORCE_NEW))
    assert [s.direction for s in shifts] == ["stronger"]
    assert shifts[0].weight < 30


def test_the_composition_exception_no_longer_decides_the_text() -> None:
    # Beside it, two requests of the old text left out: operative language softer by
    # more than the exception's weight as language, so the text is softer (the exception
    # as a headline of 30 read it stronger).
    rest = ("Decides to remain seized of the matter.",)
    old = _adopted(
        "100",
        "1990",
        [
            FORCE_OLD,
            "Requests all parties to co-operate fully with the force;",
            "Requests all Member States to extend their support to the force;",
            *rest,
        ],
    )
    new = _adopted("200", "1991", [FORCE_NEW, *rest])
    assert resdiff.compare(old, new).summary.direction == "softer"


def test_an_exception_from_an_arms_embargo_is_still_a_headline() -> None:
    # The counter-example: the same word carving out of a measure named in the paragraph.
    old = (
        "Decides that all States shall prevent the sale or supply of arms and related "
        "materiel to the territory, except non-lethal equipment intended solely for "
        "humanitarian use;"
    )
    new = (
        "Decides that all States shall prevent the sale or supply of arms and related "
        "materiel to the territory;"
    )
    shifts = _exemptions(_compare(old, new))
    assert [s.direction for s in shifts] == ["stronger"]
    assert shifts[0].weight == 30


def test_an_exception_beside_a_word_of_restraint_is_still_a_headline() -> None:
    # Measures in words measures.toml does not name: a blockade of freight ("shall
    # prevent the passage", S/RES/820 (1993) OP23's wording), a travel ban told as entry
    # prevented, ships denied entry to ports. Each holds a word of restraint
    # (restraint_words, scope.toml), so the exception carved out of it stays a headline.
    for measure, carved in (
        (
            "Decides that each neighbouring State shall prevent the passage of all "
            "freight vehicles into or out of the territory",
            "except at a strictly limited number of border crossing points",
        ),
        (
            "Decides that all States shall prevent the entry into their territories of "
            "the members of the former regime",
            "except for the purpose of attending the negotiations",
        ),
        (
            "Decides that all States shall deny such ships entrance to their ports",
            "except in circumstances recognized under international law",
        ),
    ):
        shifts = _exemptions(_compare(f"{measure}, {carved};", f"{measure};"))
        assert [s.weight for s in shifts] == [30], measure


def test_a_carve_out_in_so_many_words_stays_a_headline_without_a_measure_named() -> None:
    # "Shall not apply to" carves out in so many words (carves = true): read as the
    # exemption whatever its paragraph names.
    old = "Decides that paragraph 3 of resolution 50 shall not apply to humanitarian supplies;"
    new = "Decides that paragraph 3 of resolution 50 shall apply to all supplies;"
    shifts = _exemptions(_compare(old, new))
    assert shifts
    assert all(s.weight == 30 for s in shifts)


def test_the_lexicon_reads_the_entry_from_a_shift_s_quotation() -> None:
    lexicon = Lexicon.default()
    assert lexicon.exemption_needs_measure("with the exception of")
    assert lexicon.exemption_needs_measure("except” (“with the exception of")
    assert not lexicon.exemption_needs_measure("shall not apply to")
    assert not lexicon.exemption_needs_measure("exemption")
