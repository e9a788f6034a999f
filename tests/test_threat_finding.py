"""A threat to the peace found in words other than Article 39's "Determining that ..."
(issue 9, twenty-fifth session, RESULTS §2de): "pose a serious threat to the peace and
security of independent African States" is the finding of a danger to the peace in new
words, a step above it, not that finding dropped. Each case is ordinary UN wording
written for the test, with the near misses that must stay no finding."""

from __future__ import annotations

import pytest
from drafting import change_of, draft

import resdiff
from resdiff.lexicon import Lexicon

CLOSING = "Decides to remain seized of the matter."
ASK = "Calls upon the Government of Portugal to desist from any further violation;"


def recital(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    """The kind and shifts of PP1 when the recital ``old`` becomes ``new``."""
    cmp = resdiff.compare(draft([ASK, CLOSING], old), draft([ASK, CLOSING], new))
    return change_of(cmp, "PP1")


@pytest.mark.parametrize(
    "text",
    [
        "Gravely concerned that such armed attacks pose a serious threat to the peace and "
        "security of independent African States,",
        "Considering that the presence of foreign forces in the Territory is a serious threat "
        "to the peace and security of the neighbouring States,",
        "Convinced that the situation constitutes a serious threat to international peace "
        "and security,",
        "Deeply concerned at the climate of insecurity, fraught with a threat to peace and "
        "security in the region,",
        "Gravely concerned at the acts of the Government, the consequences of which threaten "
        "international peace and security in the region,",
        "Concerned that the situation continues to pose a serious threat to international "
        "peace and security,",
    ],
)
def test_a_threat_to_the_peace_is_a_finding(text: str) -> None:
    assert Lexicon.default().threat_finding_in(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # A risk, not a finding.
        "Concerned that the situation may constitute a threat to international peace,",
        "Convinced that the build-up constitutes a potential threat to international peace "
        "and security,",
        "Noting that the situation is likely to threaten international peace and security,",
        # Another threat than to the peace.
        "Condemning the attacks, which pose a serious threat to the safety and security of "
        "the Force,",
        "Deploring any threat to the peace process,",
        # A finding recalled in the past tense.
        "Recalling its resolution 232 (1966), by which it determined that the situation "
        "constituted a threat to international peace and security,",
        # The listing criteria of a sanctions regime.
        "Decides that the measures shall apply to individuals engaging in acts that "
        "threaten the peace, security or stability of Mali;",
        # An ask to avoid one.
        "Calls upon all States to refrain from any action which would threaten "
        "international peace;",
    ],
)
def test_near_misses_are_no_threat_finding(text: str) -> None:
    assert Lexicon.default().threat_finding_in(text) is None


def test_endangering_the_peace_raised_to_a_threat_is_stronger() -> None:
    # Portugal and Guinea 1970, PP5 -> PP4: judged strengthened ("'endanger' -> 'pose a
    # serious threat to'"); read before as the finding of a danger dropped.
    kind, shifts = recital(
        "Gravely concerned that incidents of this nature endanger international peace and "
        "security,",
        "Gravely concerned that such armed attacks pose a serious threat to the peace and "
        "security of independent African States,",
    )
    assert kind == "strengthened"
    assert not any("dropped" in s for _, s in shifts)
    assert any(
        d == "stronger" and s.startswith("finding of a danger to the peace raised to a threat")
        for d, s in shifts
    )


def test_a_threat_lowered_to_a_danger_is_softer() -> None:
    kind, shifts = recital(
        "Gravely concerned that such armed attacks pose a serious threat to international "
        "peace and security,",
        "Gravely concerned that such armed attacks endanger international peace and security,",
    )
    assert kind == "softened"
    assert any(
        d == "softer" and s.startswith("finding of a danger to the peace lowered to a danger")
        for d, s in shifts
    )


def test_a_danger_finding_dropped_is_still_dropped() -> None:
    # The near miss: no finding left at all weighs as the finding dropped.
    kind, shifts = recital(
        "Gravely concerned that such armed attacks endanger international peace and security,",
        "Gravely concerned at such armed attacks against independent African States,",
    )
    assert kind == "softened"
    assert any(s.startswith("finding of a danger to the peace dropped") for _, s in shifts)


def test_a_thematic_threat_recital_alone_is_not_weighed() -> None:
    # "Recognizing that terrorism poses a threat to international peace and security"
    # (1267 sanctions 2021) added beside no finding: a thematic recital, no finding made.
    old = draft([ASK, CLOSING], "Recalling its previous resolutions,")
    new = draft(
        [ASK, CLOSING],
        [
            "Recalling its previous resolutions,",
            "Recognizing that terrorism poses a threat to international peace and security,",
        ],
    )
    cmp = resdiff.compare(old, new)
    assert not [
        s for c in cmp.changes for x in c.walk() for s in x.shifts if s.feature == "peace-finding"
    ]


def test_a_threat_finding_kept_in_other_words_is_no_shift() -> None:
    kind, shifts = recital(
        "Gravely concerned that such armed attacks pose a serious threat to international "
        "peace and security,",
        "Gravely concerned that such armed attacks constitute a serious threat to "
        "international peace and security,",
    )
    assert not any("finding" in s for _, s in shifts)
    assert kind in ("reworded", "unchanged")


# --- review of read15: over-reach the first patterns had ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A threat denied is no finding.
        "Noting that the situation does not constitute a threat to international peace "
        "and security,",
        "Urges the parties to ensure that the situation does not threaten international "
        "peace and security;",
        # Those who threaten it, or acts that do: the reach of measures, not a finding.
        "Decides that individuals who threaten international peace and security shall be "
        "subject to the measures;",
        "Condemning all acts that constitute a threat to the peace, wherever committed,",
        # Peace-building and the African Union's Peace and Security Council are no peace.
        "Concerned that the activities constitute a threat to peace-building efforts,",
        "Concerned that the incursions constitute a threat to the Peace and Security Council "
        "of the African Union,",
        # A threat told of in the past is no finding today.
        "Considering that the incursions of 1967 threatened international peace and security,",
    ],
)
def test_a_threat_denied_or_of_others_is_not_a_finding(text: str) -> None:
    assert Lexicon.default().threat_finding_in(text) is None


def test_a_danger_finding_kept_beside_a_threat_recital_is_not_raised() -> None:
    # The danger finding stands on; the threat recital added in another clause of the
    # paragraph (on terrorism, not these attacks) takes no finding's place.
    danger = (
        "Considering that the repeated military attacks against the territory of Guinea "
        "endanger international peace and security"
    )
    kind, shifts = recital(
        f"{danger},",
        f"{danger}, and recognizing that terrorism poses a threat to international peace "
        "and security,",
    )
    assert not any("raised to a threat" in s for _, s in shifts)
    assert not any(s.startswith("finding") for _, s in shifts), shifts
    assert kind != "strengthened"
