"""A restating lead ranks as the decision it restates only where the modal stands in the
decision it restates (RESULTS §2eq): "Reaffirms that all States shall ...", "Recalls its
decision that ...", "Recalls paragraph 15 of resolution 1001 (2021) according to which
...", a standing position or mandate ("Reaffirms its position that ... must"); not
"Reaffirms its intention to ensure that ... shall" (the Council's own stance). Made-up texts."""

from __future__ import annotations

import pytest
from drafting import CLOSING, draft

import resdiff


def _tier(paragraph: str) -> int | None:
    d = resdiff.parse(draft([paragraph, CLOSING]))
    return d.operative[0].phrases[0].axis_a


@pytest.mark.parametrize(
    "paragraph",
    [
        "Reaffirms that all States shall prevent the supply of arms to Freedonia;",
        "Recalls its decision that all Member States shall freeze the assets of the persons "
        "designated by the Committee;",
        "Recalls paragraph 15 of resolution 1001 (2021) according to which all States shall "
        "prevent the supply of arms to Freedonia;",
        "Further reiterates, in accordance with its resolution 1001 (2021), in particular "
        "paragraph 3, that the border zone shall be demilitarized;",
        "Reaffirms that Member States that have proposed a listing shall inform the Committee;",
        "Clarifies in that regard that paragraph 1 shall supersede paragraph 7 of resolution "
        "1001 (2021);",
        "Reaffirms its position that a settlement must be based on a single sovereignty;",
        "Reiterates its terms of reference as approved by resolution 1001 (2021), in "
        "particular that the Force must enjoy freedom of movement;",
    ],
)
def test_a_decision_restated_ranks_as_the_decision(paragraph: str) -> None:
    assert _tier(paragraph) == 6


@pytest.mark.parametrize(
    "paragraph",
    [
        "Reaffirms its intention to ensure that the assets frozen shall at a later stage be "
        "made available to the people of Freedonia;",
        "Reaffirms its support for the Mission, whose mandate shall be reviewed in March;",
        "Reaffirms that the parties respect the cease-fire, which must be observed;",
    ],
)
def test_a_modal_outside_a_restated_decision_leaves_a_restatement(paragraph: str) -> None:
    assert _tier(paragraph) == 1


@pytest.mark.parametrize(
    "paragraph",
    [
        # Forms of a decision restated that the first pattern missed (review of leads21):
        # one word before the noun, a resolution cited after "its", "by which".
        "Reaffirms its previous decisions that all States shall prevent the supply of arms "
        "to Freedonia;",
        "Recalls its resolution 1001 (2021) by which it decided that all States shall "
        "prevent the supply of arms to Freedonia;",
        "Recalls its resolution 1001 (2021), in which it decided that all States shall "
        "prevent the supply of arms to Freedonia;",
        "Recalls paragraph 15 of its resolution 1001 (2021), by which all States shall "
        "prevent the supply of arms to Freedonia;",
    ],
)
def test_more_forms_of_a_decision_restated(paragraph: str) -> None:
    assert _tier(paragraph) == 6


def _tier_with(paragraph: str, lexicon: resdiff.Lexicon) -> int | None:
    d = resdiff.parse(draft([paragraph, CLOSING]), lexicon=lexicon)
    return d.operative[0].phrases[0].axis_a


def test_the_decision_words_are_the_lexicon_s() -> None:
    # [restated] in verbs.toml, not a pattern in code (review of leads21): a user lexicon
    # adds a noun that names a decision restated, or switches one off.
    default = resdiff.Lexicon.default()
    assert {"decision", "position", "terms of reference"} <= {
        k for k, v in default.restated.items() if v.role == "names"
    }
    stated = "Reaffirms its determination that the border zone shall be demilitarized;"
    assert _tier_with(stated, default) == 1
    added = default.extend(
        resdiff.Lexicon.from_toml('[restated]\n"determination" = { role = "names" }\n')
    )
    assert _tier_with(stated, added) == 6
    position = "Reaffirms its position that a settlement must be based on a single sovereignty;"
    assert _tier_with(position, default) == 6
    off = default.extend(
        resdiff.Lexicon.from_toml('[restated]\n"position" = { role = "names", disabled = true }\n')
    )
    assert _tier_with(position, off) == 1
