""" "Any and all" in a censure is every act of the kind, none excepted (RESULTS §2fw,
recall25): `degrees.toml` `[emphasis] "any and all"` (``censure = true``). "Condemns any
and all violations of the cease-fire" -> "Condemns the violations of the cease-fire"
(S/RES/236 -> 240 (1967)) narrows the censure to the violations that occurred, judged
softer by both judges; the Council still writes it ("its condemnation of any and all
attacks against peacekeepers", S/RES/2556 (2020)). Made-up texts."""

from __future__ import annotations

from drafting import CLOSING, change_of, draft

import resdiff
from resdiff.lexicon import Lexicon

ANY = "Condemns any and all violations of the cease-fire;"
THE = "Condemns the violations of the cease-fire;"


def _kind(old: str, new: str, lexicon: Lexicon | None = None) -> tuple[str, list[tuple[str, str]]]:
    cmp = resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING]), lexicon=lexicon)
    return change_of(cmp, "OP1")


def test_any_and_all_taken_out_of_a_condemnation_is_softer() -> None:
    assert _kind(ANY, THE) == ("softened", [("softer", "emphasis removed: “any and all”")])


def test_any_and_all_put_in_is_stronger_and_read_once() -> None:
    assert _kind(THE, ANY) == ("strengthened", [("stronger", "emphasis added: “any and all”")])


def test_outside_a_censure_it_is_not_read() -> None:
    old = "Calls upon the parties to refrain from any and all violations of the cease-fire;"
    new = "Calls upon the parties to refrain from violations of the cease-fire;"
    assert _kind(old, new) == ("reworded", [])


def test_a_users_lexicon_may_switch_it_off() -> None:
    mine = Lexicon.from_toml('[emphasis]\n"any and all" = { disabled = true }\n', name="mine.toml")
    assert _kind(ANY, THE, Lexicon.default().extend(mine)) == ("reworded", [])


def test_not_in_a_participles_clause_inside_a_condemnation() -> None:
    # The means asked after the condemnation, not the act condemned (review of recall25).
    old = "Condemns the attacks, calling upon Member States to take measures to prevent them;"
    new = old.replace("to take measures", "to take any and all measures")
    assert _kind(old, new) == ("reworded", [])
    old = "Strongly condemns the attacks, stressing the need for efforts to bring them to justice;"
    new = old.replace("for efforts", "for any and all efforts")
    assert _kind(old, new) == ("reworded", [])
