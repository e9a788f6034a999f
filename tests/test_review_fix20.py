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
