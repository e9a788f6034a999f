"""Two misreadings of the blind sets (RESULTS §2em, §2en), on made-up texts.

A finding of a danger to the peace left out of one recital is no loss where the new text
finds as much or more elsewhere (``finding_held_above``: an Article 39 determination, or
one recalled in its own words, ``[flags.threat_recalled]``); a recall raised to an
operative reaffirmation is no bare restatement (``section_shift``).
"""

from __future__ import annotations

from resdiff import compare, parse
from resdiff.lexicon import Lexicon

_HEAD = "The Security Council,\n\n"
_OPS = "1. Calls upon the parties to cease all hostilities;\n"
_DANGER = (
    "Gravely concerned that incidents of this nature endanger international peace and security,\n\n"
)
_DANGER_GONE = "Gravely concerned at the incidents along the border of Freedonia,\n\n"


def _finding_shifts(old: str, new: str):  # type: ignore[no-untyped-def]
    result = compare(parse(old), parse(new))
    return [
        s
        for c in result.changes
        for p in c.walk()
        for s in p.shifts
        if s.feature == "peace-finding" and s.old and not s.new
    ]


def test_a_danger_finding_left_out_beside_a_determination_is_no_loss() -> None:
    determined = (
        "Determining that there exists a breach of the peace as regards the conflict "
        "between Freedonia and Sylvania,\n\n"
    )
    (gone,) = _finding_shifts(_HEAD + _DANGER + _OPS, _HEAD + _DANGER_GONE + determined + _OPS)
    assert gone.direction == "neutral" and not gone.weight


def test_a_danger_finding_left_out_beside_a_determination_recalled_is_no_loss() -> None:
    recalled = (
        "Recalling its resolution 232 (1966) of 16 December 1966, in which it determined "
        "that the situation in Freedonia constituted a threat to international peace and "
        "security,\n\n"
    )
    (gone,) = _finding_shifts(_HEAD + _DANGER + _OPS, _HEAD + recalled + _DANGER_GONE + _OPS)
    assert gone.direction == "neutral" and not gone.weight


def test_a_danger_finding_left_out_alone_is_still_softer() -> None:
    # A thematic threat recital is no finding on the situation: the loss stands.
    thematic = "Recognizing that terrorism poses a threat to international peace and security,\n\n"
    (gone,) = _finding_shifts(_HEAD + _DANGER + _OPS, _HEAD + thematic + _DANGER_GONE + _OPS)
    assert gone.direction == "softer" and gone.weight


def test_the_recalled_determination_is_data() -> None:
    lex = Lexicon.default()
    text = (
        "Recalling its resolution 232 (1966), in which it determined that the situation "
        "constituted a threat to international peace and security"
    )
    assert lex.finding_above_in(text) is not None
    # Not a determination the Council refused, nor one to be made.
    assert lex.finding_above_in("Recalling its resolution 232 (1966) on the situation") is None
    mine = lex.extend(
        Lexicon.from_toml(
            "[flags.threat_recalled]\nlabel = 'off'\npatterns = ['x']\ndisabled = true\n",
            name="f.toml",
        )
    )
    assert mine.finding_above_in(text) is None


def _section(old: str, new: str):  # type: ignore[no-untyped-def]
    result = compare(parse(old), parse(new))
    return [s for c in result.changes for p in c.walk() for s in p.shifts if s.feature == "section"]


_OTHER_OPS = "2. Urges the parties to resume negotiations without delay;\n"


def test_a_recall_raised_to_an_operative_reaffirmation_is_stronger() -> None:
    old = (
        _HEAD
        + "Recalling its resolutions 353 (1974), 354 (1974) and 355 (1974),\n\n"
        + "1. Calls upon the parties to cease all hostilities;\n\n"
        + _OTHER_OPS
    )
    new = (
        _HEAD
        + "1. Calls upon the parties to cease all hostilities;\n\n"
        + "2. Reaffirms also its resolutions 353 (1974), 354 (1974), 355 (1974) and "
        + "357 (1974);\n\n"
        + _OTHER_OPS.replace("2.", "3.")
    )
    (moved,) = _section(old, new)
    assert moved.direction == "stronger" and moved.weight


def test_a_reaffirmation_brought_down_to_an_operative_recall_is_still_no_shift() -> None:
    # Cyprus 1974 (judged reworded): "Reaffirming the provisions of its resolution 353" in
    # the preamble → "Recalls its resolutions 353 ..." operatively, tier 1 either way.
    old = (
        _HEAD
        + "Reaffirming its resolutions 353 (1974), 354 (1974) and 355 (1974),\n\n"
        + "1. Calls upon the parties to cease all hostilities;\n\n"
        + _OTHER_OPS
    )
    new = (
        _HEAD
        + "1. Recalls its resolutions 353 (1974), 354 (1974) and 355 (1974);\n\n"
        + "2. Calls upon the parties to cease all hostilities;\n\n"
        + _OTHER_OPS.replace("2.", "3.")
    )
    (moved,) = _section(old, new)
    assert moved.direction == "neutral"
