"""A typographic apostrophe for a straight one ("People's" → "People’s", the AKN text of
S/RES/1695 (2006) against its drafts) is no change of word: the displays of a redline
(text, Markdown, HTML, the terminal, precedents) show the new text's word, unmarked. The
redline itself, which the classifier reads and the JSON carries, is unchanged; each
column of a side-by-side view still spells its own text."""

from __future__ import annotations

from resdiff.redline import redline
from resdiff.render._common import DELETE, EQUAL, INSERT, segments, side_segments

OLD = "Condemns the launches by the Democratic People's Republic of Korea and the DPRK's refusal"
NEW = OLD.replace("'", "\u2019")


def test_an_apostrophes_form_alone_is_shown_as_no_change() -> None:
    shown = segments(redline(OLD, NEW))
    assert shown == [(EQUAL, NEW)]


def test_a_change_of_word_beside_it_is_still_shown() -> None:
    new = NEW.replace("refusal", "rejection")
    shown = segments(redline(OLD, new))
    # "People's" is no change; "DPRK's refusal" → "DPRK’s rejection", one run of the
    # redline, is shown as it is.
    assert shown[0] == (EQUAL, NEW.split(" and the ")[0] + " and the ")
    assert shown[1:] == [(DELETE, "DPRK's refusal"), (INSERT, "DPRK\u2019s rejection")]
    # A real change that also changes an apostrophe is shown whole.
    other = segments(redline("the DPRK's refusal", "Pyongyang’s refusal"))
    assert any(op == DELETE for op, _ in other) and any(op == INSERT for op, _ in other)


def test_each_column_still_spells_its_own_text() -> None:
    r = redline(OLD, NEW)
    assert "".join(t for _, t in side_segments(r, DELETE)) == OLD
    assert "".join(t for _, t in side_segments(r, INSERT)) == NEW
    # The redline the classifier and the JSON read keeps both spellings.
    assert (DELETE, "People's") in list(r) and (INSERT, "People\u2019s") in list(r)
