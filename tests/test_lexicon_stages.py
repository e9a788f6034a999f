"""The life cycle's stages are data (lifecycle.toml's ``stages`` and ``growth``): which
stages grow what they act on, how far each goes, and what one growing stage in place of
another does. A user's file changes them, and a verdict with them; a bad row is refused
naming the file and the key. Made-up texts."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.errors import LexiconError
from resdiff.lexicon import Lexicon

OLD = """The Security Council,

Recalling its resolution 1 (2020),

1. Decides to establish a United Nations Observer Group for a period of six months;

2. Decides to remain seized of the matter.
"""
NEW = OLD.replace(
    "Decides to establish a United Nations",
    "Decides to extend the mandate of the United Nations",
)


def user(text: str) -> Lexicon:
    return Lexicon.default().extend(Lexicon.from_toml(text, name="mine.toml"))


def test_the_shipped_stages() -> None:
    lex = Lexicon.default()
    assert lex.growing_stages == {"start", "continue", "expand"}
    assert lex.growth_move({"continue": "extended"}, {"expand": "expanded"}) == (
        "extended",
        "expanded",
        "stronger",
    )
    # Told by the furthest stage on each side.
    both = {"start": "established", "expand": "expanded"}
    assert lex.growth_move(both, {"continue": "extended"}) == ("expanded", "extended", "softer")
    assert lex.growth_move({"continue": "extended"}, {"reduce": "reduced"}) is None


def test_a_users_move_changes_a_verdict() -> None:
    # By default a set-up followed by an extension carries on the same body: named, not
    # weighed. A user who reads it as softer says so in a file.
    change = resdiff.compare(resdiff.parse(OLD), resdiff.parse(NEW)).changes[1]
    assert change.kind == "reworded"
    softer = user(
        '[growth.start_to_continue]\nold = "start"\nnew = "continue"\ndirection = "softer"\n'
    )
    cmp = resdiff.compare(resdiff.parse(OLD), resdiff.parse(NEW), lexicon=softer)
    assert cmp.changes[1].kind == "softened"
    assert cmp.summary.direction == "softer"
    # Switched off, the move is none: nothing is named.
    off = user(
        "[growth.start_to_continue]\nold = 'start'\nnew = 'continue'\n"
        "direction = 'neutral'\ndisabled = true\n"
    )
    assert off.growth_move({"start": "established"}, {"continue": "extended"}) is None


def test_a_users_growing_stage_changes_the_entries_of_its_lexicon_only() -> None:
    grows = user("[stages.reduce]\ngrowing = true\nreach = 4\n")
    assert "reduce" in grows.growing_stages
    assert grows.lifecycle["reduce"].growing
    assert not Lexicon.default().lifecycle["reduce"].growing
    found = [m for m in grows.lifecycle_in("Decides to reduce the troop ceiling of the Force")]
    assert found and all(m.growing for m in found if m.stage == "reduce")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[growth.shrink]\nold = "reduce"\nnew = "expand"\ndirection = "stronger"\n',
            'growth["shrink"]: old = "reduce" is not a growing stage',
        ),
        ("[stages.start]\ngrowing = true\n", 'stages["start"]: a growing stage needs a reach'),
        ("[stages.end]\ngrowing = false\nreach = 5\n", 'stages["end"]: reach is for growing'),
        (
            "[stages.reduce]\ngrowing = true\nreach = 1\n",
            'reach 1 is also the reach of "expand"',
        ),
        (
            '[growth.same]\nold = "start"\nnew = "start"\ndirection = "neutral"\n',
            'growth["same"]: old and new are the same stage',
        ),
    ],
)
def test_a_bad_row_is_refused_naming_the_file_and_the_key(text: str, message: str) -> None:
    with pytest.raises(LexiconError) as caught:
        user(text)
    assert message in str(caught.value)
    assert caught.value.path == "mine.toml"


def test_a_bad_value_is_refused_naming_the_key() -> None:
    with pytest.raises(LexiconError, match=r'growth\["odd"\]: direction') as caught:
        Lexicon.from_toml(
            '[growth.odd]\nold = "start"\nnew = "expand"\ndirection = "weaker"\n', name="mine.toml"
        )
    assert caught.value.path == "mine.toml"
    with pytest.raises(LexiconError, match=r'stages\["grow"\]: stage'):
        Lexicon.from_toml("[stages.grow]\ngrowing = true\nreach = 4\n", name="mine.toml")
