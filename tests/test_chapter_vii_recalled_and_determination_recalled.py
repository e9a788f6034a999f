"""The review of fix20's three rules (RESULTS §2en, review), on made-up texts.

- The Council acting on its earlier Chapter VII decisions (``[flags.chapter_vii_recalled]``)
  is the Council's own action, opening the recital or the decision: not States "acting in
  accordance with the relevant resolutions adopted under Chapter VII" that a provision
  asks something of.
- A determination recalled (``[flags.threat_recalled]``) is one the Council made, in one
  provision, that the situation *is* a threat: not one it found the situation no longer
  was, not a report's finding, not words run on from the recital before; and the Libya
  form "Recalling its determination in its resolution 2213 (2015) that ... continues to
  constitute a threat" is one.
- The report's flag line says that a Chapter VII made or left out only as the recital of
  earlier decisions is that recital, as the change beside it does.
"""

from __future__ import annotations

from resdiff import compare, parse
from resdiff.lexicon import Lexicon

_HEAD = "The Security Council,\n\n"
_OPS = "1. Calls upon the parties to cease all hostilities;\n"


def test_states_acting_under_earlier_chapter_vii_resolutions_are_no_chapter_vii_text() -> None:
    lex = Lexicon.default()
    for text in (
        "Calls upon Member States acting in accordance with the relevant resolutions "
        "adopted under Chapter VII of the Charter to inspect vessels bound for Freedonia",
        "Calls upon Member States, acting in accordance with the relevant resolutions "
        "adopted under Chapter VII of the Charter, to inspect vessels bound for Freedonia",
    ):
        assert lex.chapter_vii_in(text) is None, text
    draft = parse(
        _HEAD
        + "Recalling its resolutions on Freedonia,\n\n"
        + "1. Calls upon Member States acting in accordance with the relevant resolutions "
        + "adopted under Chapter VII of the Charter to inspect vessels bound for Freedonia;\n"
    )
    assert not compare(draft, draft).new.chapter_vii


def test_the_council_acting_on_its_earlier_chapter_vii_decisions_is_still_read() -> None:
    lex = Lexicon.default()
    for text in (
        # S/RES/288 (1970) and 314 (1972), word for word.
        "Acting in accordance with previous decisions of the Security Council on Southern "
        "Rhodesia, taken under Chapter VII of the Charter,",
        "Decides, acting in accordance with its previous decisions taken under Chapter VII "
        "of the Charter, that all States shall continue to apply the measures",
    ):
        found = lex.chapter_vii_in(text)
        assert found is not None and lex.chapter_vii_recalled(found), text


_DANGER = (
    "Gravely concerned that incidents of this nature endanger international peace and security,\n\n"
)
_DANGER_GONE = "Gravely concerned at the incidents along the border of Freedonia,\n\n"


def _finding_gone(old: str, new: str):  # type: ignore[no-untyped-def]
    result = compare(parse(old), parse(new))
    (gone,) = [
        s
        for c in result.changes
        for p in c.walk()
        for s in p.shifts
        if s.feature == "peace-finding" and s.old and not s.new
    ]
    return gone


def test_a_threat_found_no_longer_is_no_determination_recalled() -> None:
    lex = Lexicon.default()
    text = (
        "Recalling its resolution 232 (1966), in which it determined that the situation in "
        "Freedonia no longer constituted a threat to international peace and security,"
    )
    assert lex.finding_above_in(text) is None
    gone = _finding_gone(_HEAD + _DANGER + _OPS, _HEAD + text + "\n\n" + _DANGER_GONE + _OPS)
    assert gone.direction == "softer" and gone.weight


def test_a_reports_finding_is_no_determination_recalled() -> None:
    # "in which it found": the Panel's finding, not the Council's determination.
    lex = Lexicon.default()
    text = (
        "Recalling the final report of the Panel of Experts, in which it found that the "
        "flow of arms is a threat to international peace and security,"
    )
    assert lex.finding_above_in(text) is None


def test_a_determination_recalled_is_read_within_one_provision() -> None:
    # The recall of resolutions by number in one recital, a report's finding in the next:
    # read across the two, they made a determination recalled that neither holds.
    new = (
        _HEAD
        + "Recalling its resolutions 100 (1990) and 200 (1991),\n\n"
        + "Taking note of the report of the Panel of Experts, in which it found that the "
        + "flow of arms is a threat to international peace and security,\n\n"
        + _DANGER_GONE
        + _OPS
    )
    gone = _finding_gone(_HEAD + _DANGER + _OPS, new)
    assert gone.direction == "softer" and gone.weight


def test_the_libya_form_of_a_determination_recalled_is_read() -> None:
    # S/RES/2542 (2020) and six Libya texts after it.
    lex = Lexicon.default()
    text = (
        "Recalling its determination in its resolution 2213 (2015) that the situation in "
        "Libya continues to constitute a threat to international peace and security,"
    )
    assert lex.finding_above_in(text) is not None
    gone = _finding_gone(_HEAD + _DANGER + _OPS, _HEAD + text + "\n\n" + _DANGER_GONE + _OPS)
    assert gone.direction == "neutral" and not gone.weight
    # Not the thematic "Reaffirming its determination that terrorism ... constitutes one of
    # the most serious threats" (S/RES/2526 (2020)), nor a determination to act.
    for other in (
        "Reaffirming its determination that terrorism, in all forms and manifestations, "
        "constitutes one of the most serious threats to international peace and security,",
        "Reaffirming its determination to combat impunity,",
    ):
        assert lex.finding_above_in(other) is None, other


def test_the_flag_line_names_the_recital_of_earlier_decisions() -> None:
    from resdiff.render import render_text

    recalled = (
        "Acting in accordance with previous decisions of the Security Council on Freedonia, "
        "taken under Chapter VII of the Charter,\n\n"
    )
    ops = "1. Reaffirms its decision that the sanctions against Freedonia shall remain in force;\n"
    head = _HEAD + "Recalling its resolutions on Freedonia,\n\n"
    for old, new, status in (
        (head + recalled + ops, head + ops, "dropped"),
        (head + ops, head + recalled + ops, "added"),
    ):
        result = compare(parse(old), parse(new))
        assert result.summary.chapter_vii == status
        (line,) = [t for t in render_text(result).splitlines() if t.startswith("Chapter VII:")]
        assert "recital of earlier Chapter VII decisions" in line, line
    # The text's own formula left out: no such note.
    own = "Acting under Chapter VII of the Charter of the United Nations,\n\n"
    result = compare(parse(head + own + ops), parse(head + ops))
    (line,) = [t for t in render_text(result).splitlines() if t.startswith("Chapter VII:")]
    assert "recital" not in line, line
