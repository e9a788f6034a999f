"""A forbearance holds an act back; it takes nothing down (RESULTS §2fi item 1).

"Decides ... not to impose at present the additional measures" (``[lifecycle.withheld]``,
stage ``reduce``) weighs softer where it comes, but the text that holds it ends, lifts or
draws down nothing. A later resolution that reaffirms the one before by number and holds
back the measures that text threatened leaves that text's Article 39 determination
standing: named as not restated, not weighed as dropped (S/RES/864 -> 890 (1993) read
"kept" before the forbearance was read, and "dropped" after, by a stage it does not act).
A text that draws something down in earnest still drops it. Made-up texts, and the pair
where it was seen (../shared)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CORPUS, needs_corpus

import resdiff
from resdiff.classify.following import stages_acted
from resdiff.lexicon import Lexicon

_OLD = (
    "Resolution 864 (1993)\nof 15 September 1993\n\nThe Security Council,\n\n"
    "Gravely concerned at the fighting in Freedonia,\n\n"
    "Determining that the situation in Freedonia constitutes a threat to international "
    "peace and security,\n\n"
    "1. Decides that all States shall prevent the sale or supply of arms to the party "
    "concerned;\n\n"
    "2. Decides that, if no cease-fire has been reported by 1 November 1993, it will impose "
    "additional measures against the party concerned;\n\n"
    "3. Decides to remain seized of the matter.\n"
)


def _later(decision: str) -> str:
    return (
        "Resolution 890 (1993)\nof 15 December 1993\n\nThe Security Council,\n\n"
        "Reaffirming its resolution 864 (1993),\n\n"
        "Gravely concerned at the fighting in Freedonia,\n\n"
        "1. Reaffirms the obligation of all States to implement fully paragraph 1 of "
        "resolution 864 (1993);\n\n"
        f"2. {decision}\n\n"
        "3. Decides to remain seized of the matter.\n"
    )


_HELD_BACK = (
    "Decides, in view of the negotiations under way between the parties, not to impose at "
    "present the additional measures contained in paragraph 2 of resolution 864 (1993);"
)


def _art39(cmp: resdiff.Comparison) -> list[resdiff.model.Shift]:
    return [s for c in cmp.changes for p in c.walk() for s in p.shifts if s.feature == "art39"]


def test_a_forbearance_is_no_stage_the_text_acts_on() -> None:
    lex = Lexicon.default()
    draft = resdiff.parse(_later(_HELD_BACK))
    read = {x for c in draft.operative for p in c.walk() for ph in p.phrases for x in ph.lifecycle}
    assert "withheld" in read  # still read, and weighed where it comes
    assert "reduce" not in stages_acted(draft, lex)
    assert lex.lifecycle["withheld"].acts is False


def test_a_determination_not_restated_beside_a_forbearance_is_kept() -> None:
    # Before: "Article 39 determination: dropped", the recital's loss weighed softer.
    cmp = resdiff.compare(_OLD, _later(_HELD_BACK))
    art39 = _art39(cmp)
    assert art39, "the determination is named"
    assert all(s.direction == "neutral" and "864 (1993)" in (s.note or "") for s in art39), art39
    held = next(c for c in cmp.changes if "OP2" in c.new)
    # The forbearance itself still reads as what it is.
    assert any(s.feature == "lifecycle" and s.direction == "softer" for s in held.shifts)


def test_a_text_that_draws_down_in_earnest_still_drops_the_determination() -> None:
    # The rule of determination_recalled stands: a text that ends what the old one set
    # up (S/RES/2559 (2020) ends UNAMID) takes the finding down with it.
    ended = "Decides to terminate the measures imposed by paragraph 1 of resolution 864 (1993);"
    cmp = resdiff.compare(_OLD, _later(ended))
    assert any(s.direction == "softer" for s in _art39(cmp))


def test_a_user_may_say_a_forbearance_acts(tmp_path: Path) -> None:
    # The field is data: a user's lexicon whose forbearance acts reads the text as one
    # that draws down, and the determination not restated as dropped.
    entry = Lexicon.default().lifecycle["withheld"]
    mine = tmp_path / "mine.toml"
    mine.write_text(
        "[lifecycle.withheld]\n"
        f"label = {json.dumps(entry.label)}\nstage = 'reduce'\ndecided = true\n"
        f"headline = false\nacts = true\nkeywords = {json.dumps(list(entry.keywords))}\n"
        f"patterns = {json.dumps(list(entry.patterns))}\n",
        encoding="utf-8",
    )
    lexicon = Lexicon.default().with_overrides(mine)
    cmp = resdiff.compare(_OLD, _later(_HELD_BACK), lexicon=lexicon)
    assert any(s.direction == "softer" for s in _art39(cmp))


@needs_corpus
def test_864_to_890_keeps_the_determination_it_reaffirms() -> None:
    scanned = CORPUS / "scanned"
    cmp = resdiff.compare(scanned / "S_RES_864_1993.txt", scanned / "S_RES_890_1993.txt")
    art39 = _art39(cmp)
    assert art39 and all(s.direction == "neutral" for s in art39), art39
    assert cmp.summary.art39 != "dropped"
