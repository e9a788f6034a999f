"""A text that establishes a force, mission or regime is its series' start, never a
renewal of the text before it, by its own words ("Decides to set up immediately under its
authority a United Nations … Force", "Recommends the creation … of a United Nations
peace-keeping force", "Decides to establish … a Committee of the Security Council"):
UNEF II's series opened with 242 (1967), 258 (1968) and 338 (1973), and 340 (1973), which
sets the force up, was compared as a renewal of 338 (the thirty-second session's "not
fixed"). A text that founds something while it extends or renews is a renewal (864
(1993) extends UNAVEM II and establishes a sanctions committee). The first renewal of a
founding text is said to be one: what it does not restate is not withdrawn. Rules, not
lists of numbers. Made-up texts."""

from __future__ import annotations

import pytest

from resdiff.api import parse
from resdiff.render.series import render_series_text
from resdiff.series import series
from resdiff.series.grouping import founding

MONTHS = ("March", "June", "September", "December")


def _text(number: int, year: int, month: int, ops: list[str]) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate(ops, start=1))
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 {MONTHS[month]} {year}\n\n"
        "The Security Council,\n\nRecalling its resolutions on the situation in Ruritania "
        "and the ceasefire agreement between the parties,\n\n"
        f"{body}\n"
    )


COMMON = [
    "Calls upon the parties in Ruritania to observe the ceasefire along the river line "
    "and to withdraw their forces to the positions of the ceasefire agreement;",
    "Requests the Secretary-General to report on the ceasefire in Ruritania within three months;",
    "Decides to remain seized of the matter.",
]
FOUND = (
    "Decides to set up immediately under its authority a United Nations Observer Force "
    "in Ruritania, and requests the Secretary-General to take the necessary steps;"
)
RENEW = (
    "Decides to renew the mandate of the United Nations Observer Force in Ruritania for six months;"
)


def _series() -> list[str]:
    return [
        _text(100, 1970, 0, ["Urges the parties in Ruritania to cease fire at once;", *COMMON]),
        _text(102, 1970, 1, ["Demands that the parties in Ruritania cease fire;", *COMMON]),
        _text(104, 1970, 2, [FOUND, *COMMON]),
        _text(106, 1971, 0, [RENEW, *COMMON]),
        _text(108, 1971, 2, [RENEW, *COMMON]),
    ]


def test_a_founding_text_is_never_a_renewal_of_the_text_before() -> None:
    drafts = [parse(t, paths=False) for t in _series()]
    found = series(drafts, scheduler="sync")
    pairs = [(p.old_symbol, p.new_symbol) for p in found.pairs]
    assert ("S/RES/102 (1970)", "S/RES/104 (1970)") not in pairs
    assert ("S/RES/104 (1970)", "S/RES/106 (1971)") in pairs
    assert ("S/RES/100 (1970)", "S/RES/102 (1970)") in pairs
    starts = {drafts[m.texts[0]].symbol for m in found.mandates}
    assert "S/RES/104 (1970)" in starts
    (text,) = [t for t in found.texts if t.symbol == "S/RES/104 (1970)"]
    assert text.founding is not None and text.founding.startswith("Decides to set up")
    # No text gives the force an acronym: its label stays its full name (user23's
    # acronym labels take only what a text says).
    assert "United Nations Observer Force in Ruritania" in {m.label for m in found.mandates}
    report = " ".join(render_series_text(found).split())
    assert "from the founding text, which the renewal continues" in report


@pytest.mark.parametrize(
    "paragraph",
    [
        "Recommends the creation, with the consent of the Government of Ruritania, of a "
        "United Nations peace-keeping force in Ruritania;",
        "Decides to establish, in accordance with rule 28 of its provisional rules of "
        "procedure, a Committee of the Security Council consisting of all its members;",
        "Decides to establish under its authority a United Nations Verification Mission "
        "for a period of six months;",
    ],
)
def test_the_texts_own_words_found(paragraph: str) -> None:
    assert founding(parse(_text(104, 1970, 0, [paragraph, *COMMON]), paths=False))


@pytest.mark.parametrize(
    "paragraph",
    [
        # A strategic objective "to support the creation of … conditions" founds nothing.
        "Decides that the Mission's strategic objective is to support the creation of the "
        "political and security conditions conducive to peace;",
        "Decides to meet again to consider the conditions for the establishment of a "
        "durable peace between the two countries;",
        RENEW,
    ],
)
def test_other_words_found_nothing(paragraph: str) -> None:
    assert founding(parse(_text(104, 1970, 0, [paragraph, *COMMON]), paths=False)) is None


def test_a_text_that_extends_as_it_founds_is_a_renewal() -> None:
    both = [
        "Decides to extend the mandate of the United Nations Observer Force in Ruritania "
        "for six months;",
        "Decides to establish, in accordance with rule 28 of its provisional rules of "
        "procedure, a Committee of the Security Council consisting of all its members;",
    ]
    assert founding(parse(_text(110, 1972, 0, [*both, *COMMON]), paths=False)) is None


# Review of user23: a committee set up for measures an earlier text imposed is a step of
# that regime, not its start (421 (1977) sets up the committee of 418 (1977)'s arms
# embargo, "to examine the report … on the progress of the implementation of resolution
# 418 (1977)"; 724 (1991) the committee of 713 (1991)'s): cut there, 418 → 421 → 558
# would lose its first step. A committee whose text imposes the measures it watches ("the
# measures imposed by paragraphs 3 to 7 above", 748 (1992), 2653 (2022)) still founds.
EMBARGO = (
    "Decides that all States shall cease forthwith any provision to Ruritania of arms and "
    "related materiel of all types;"
)
COMMITTEE_OF = (
    "Decides to establish, in accordance with rule 28 of its provisional rules of "
    "procedure, a Committee of the Security Council consisting of all the members of the "
    "Council, to undertake the following tasks: to examine the report submitted by the "
    "Secretary-General on the progress of the implementation of resolution {cited};"
)


def test_a_committee_for_an_earlier_texts_measures_founds_nothing() -> None:
    later = COMMITTEE_OF.format(cited="100 (1970)")
    assert founding(parse(_text(102, 1970, 1, [later, *COMMON]), paths=False)) is None


def test_a_committee_for_the_measures_of_its_own_text_founds() -> None:
    own = COMMITTEE_OF.format(cited="").replace(
        "the implementation of resolution ;", "the implementation of paragraph 1 above;"
    )
    assert founding(parse(_text(100, 1970, 1, [EMBARGO, own, *COMMON]), paths=False))


def test_a_founding_lead_with_an_adverb_founds() -> None:
    # 696 (1991): "3. Also decides to establish the United Nations Angola Verification
    # Mission II for a period of seventeen months" (UNAVEM II), read as founding nothing.
    also = (
        "Also decides to establish the United Nations Verification Mission II for a "
        "period of seventeen months;"
    )
    found = founding(parse(_text(104, 1970, 0, [*COMMON[:2], also]), paths=False))
    assert found is not None and found.startswith("Also decides to establish")


# Review of the thirty-fourth session's merge: the series re-reads its texts with the
# user's lexicon (``series(lexicon=…)``), so its founding rule must read them with it too,
# as the history's does (d27a50ce): a lexicon in which a "Force" is no body a clause sets
# up founds nothing, and 104 is a renewal again. Before, the series asked the founding
# rule with the default lexicon whatever it was given.
def test_the_series_reads_the_founding_with_the_lexicon_it_was_given(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from resdiff.lexicon import Lexicon

    mine = tmp_path / "mine.toml"
    mine.write_text('[bodies]\n"Force" = {}\n', encoding="utf-8")
    lex = Lexicon.default().with_overrides(mine)
    drafts = [parse(t, paths=False) for t in _series()]
    found = series(drafts, scheduler="sync", lexicon=lex)
    (text,) = [t for t in found.texts if t.symbol == "S/RES/104 (1970)"]
    assert text.founding is None
    pairs = [(p.old_symbol, p.new_symbol) for p in found.pairs]
    assert ("S/RES/102 (1970)", "S/RES/104 (1970)") in pairs
