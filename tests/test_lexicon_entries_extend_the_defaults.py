"""A user's lexicon entry may *extend* the entry of the same key beneath it
(``extend = true``: the fields it gives replace those, a list it gives adds its items, the
rest is kept) as well as replace it whole (the default, unchanged). The thirty-fourth
session's leftover: a user who noted one body of ``[bodies]`` silently lost its
``set_up`` flag. Made-up texts and entries; a malformed extension is an error naming the
file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.errors import LexiconError
from resdiff.lexicon import Lexicon

OLD = "The Security Council,\n\n1. Insists that all parties cease hostilities;\n"
NEW = OLD.replace("Insists", "Demands")


def _mine(tmp_path: Path, text: str) -> Lexicon:
    mine = tmp_path / "mine.toml"
    mine.write_text(text, encoding="utf-8")
    return Lexicon.default().extend(mine)


def test_an_extended_body_keeps_its_set_up_flag(tmp_path: Path) -> None:
    extended = _mine(tmp_path, '[bodies]\n"Force" = { note = "ours", extend = true }\n')
    assert "Force" in extended.set_up_bodies and "Force" in extended.series_bodies
    # Replacing stays possible, and keeps none of the default's fields (as documented).
    replaced = _mine(tmp_path, '[bodies]\n"Force" = { note = "ours" }\n')
    assert "Force" not in replaced.set_up_bodies


def test_an_extended_verb_keeps_its_other_fields(tmp_path: Path) -> None:
    default = Lexicon.default().verbs["insist"]
    assert default.binding_tier == 5 and default.note
    mine = _mine(tmp_path, "[verbs]\ninsist = { axis_a = 6, extend = true }\n")
    entry = mine.verbs["insist"]
    assert (entry.axis_a, entry.binding_tier, entry.note) == (6, 5, default.note)
    shift = resdiff.compare(OLD, NEW, paths=False, lexicon=mine).changes[0].shifts[0]
    assert shift.describe() == "operative verb weakened: insists → demands"


def test_a_list_given_under_extend_adds_to_the_default_list(tmp_path: Path) -> None:
    names = Lexicon.default().measures["arms_embargo"].names
    mine = _mine(
        tmp_path, '[measures]\narms_embargo = { names = ["weapons ban"], extend = true }\n'
    )
    assert mine.measures["arms_embargo"].names == (*names, "weapons ban")


def test_one_folder_naming_a_key_twice_is_refused_with_extend_too(tmp_path: Path) -> None:
    # Files of one folder are laid over the lexicon together, not one over another: an
    # extension there has nothing of its own folder beneath it.
    (tmp_path / "a.toml").write_text('[bodies]\n"Force" = { note = "a", extend = true }\n')
    (tmp_path / "b.toml").write_text('[bodies]\n"Force" = { note = "b", extend = true }\n')
    refused = r"b\.toml: bodies\[.Force.\]: also defined in .*a\.toml"
    with pytest.raises(LexiconError, match=refused):
        Lexicon.default().extend(tmp_path)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('"Bureau" = { note = "x", extend = true }', r'bodies\["Bureau"\]: extend = true, but'),
        ('"Force" = { set_up = 3, extend = true }', r'bodies\["Force"\]: set_up'),
        ('"Force" = { sett = true, extend = true }', r"sett is not a known field"),
        ('"Force" = { extend = "yes" }', r"extend must be true or false"),
        ('"Force" = { starts_series = true, set_up = false, extend = true }', "set_up"),
    ],
)
def test_a_malformed_extension_names_the_file_and_key(
    tmp_path: Path, entry: str, message: str
) -> None:
    with pytest.raises(LexiconError, match=message) as caught:
        _mine(tmp_path, f"[bodies]\n{entry}\n")
    assert "mine.toml" in str(caught.value)
