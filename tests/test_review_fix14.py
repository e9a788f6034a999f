"""The last reviews' leftovers, twenty-fourth session (fix14). Made-up texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_verdicts import draft

import resdiff
from resdiff.errors import LexiconError
from resdiff.lexicon import Lexicon
from resdiff.lexicon.entries import ModifierOverride, Spelling
from resdiff.lexicon.load import _SECTIONS, _TABLES
from resdiff.model import LEAD_REASONS, Frozen, Shift
from resdiff.read.text import parse_text

ROOT = Path(__file__).resolve().parent.parent

#: Short words, so that a line is filled to its width with one space more in a few of
#: its gaps, never two.
_WORDS = tuple(
    [
        "the",
        "council",
        "asks",
        "all",
        "states",
        "to",
        "take",
        "the",
        "steps",
        "they",
        "can",
        "and",
        "to",
        "act",
        "now",
        "so",
        "that",
        "arms",
        "do",
        "not",
        "reach",
        "the",
        "men",
        "who",
        "use",
        "them",
        "in",
        "the",
        "east",
        "of",
        "the",
        "land",
    ]
)


def _filled(count: int, width: int, first: str) -> list[str]:
    """``count`` lines of prose exactly ``width`` wide, the first opening with ``first``:
    words a space apart, one space more in the first gaps as the width needs."""
    lines: list[str] = []
    at = 0
    for n in range(count):
        words = [first] if n == 0 else []
        while True:
            word = _WORDS[at % len(_WORDS)]
            if len(" ".join([*words, word])) > width:
                break
            words.append(word)
            at += 1
        extra = width - len(" ".join(words))
        assert extra <= len(words) - 1
        gaps = [" " * (2 if k < extra else 1) for k in range(len(words) - 1)]
        lines.append("".join(w + g for w, g in zip(words, [*gaps, ""], strict=True)))
    return lines


def test_a_gutter_of_two_spaces_is_read_as_one() -> None:
    # The gutter is two blank places (_GUTTER), but the fast path looked for three spaces
    # in a line: two columns of justified prose two spaces apart were read across.
    left = _filled(14, 40, "1. Decides")
    right = _filled(14, 40, "2. Requests")
    rows = [f"{a}  {b}" for a, b in zip(left, right, strict=True)]
    assert not any("   " in row for row in rows)
    draft = parse_text("The Security Council,\n\n" + "\n".join(rows) + "\n")
    assert [w for w in draft.warnings if w.code == "text-columns"]
    first = draft.operative[0].text
    assert first.startswith("Decides") and "Requests" not in first


# ----------------------------------------- item 1: a lead's named reason is no quote


@pytest.mark.parametrize("reason", sorted(LEAD_REASONS))
@pytest.mark.parametrize("feature", ["verb", "lead", "censure"])
def test_a_one_sided_leads_named_reason_is_no_quote(feature: str, reason: str) -> None:
    # Shift.clause_words read any detail of a lead added or removed as the clause it
    # quotes: "asks to wind down" on "decides" removed was told "operative clause
    # removed: “asks to wind down”", and weighed as having no detail.
    shift = Shift(feature=feature, old="decides", direction="softer", detail=reason)
    assert shift.clause_words is None
    assert "clause removed" not in shift.describe()


def test_a_quote_is_still_a_quote() -> None:
    quote = "Decides that all States shall continue to take the measures …"
    shift = Shift(feature="verb", old="decides", direction="softer", detail=quote)
    assert shift.clause_words == quote
    assert shift.describe() == f"operative clause removed: “{quote}”"


@pytest.mark.parametrize("reason", ["asks to wind down", "restated", "the same warning"])
def test_the_words_of_a_reason_are_not_quoted(reason: str) -> None:
    # The words as the engine writes them (not through the new names): on the starting
    # code each read as a quote.
    shift = Shift(feature="verb", new="decides", direction="stronger", detail=reason)
    assert shift.clause_words is None


# ------------------------------------ item 2: the words a quote does not end on are data

#: Two decisions, the first of which a later text leaves out while keeping the second
#: (as in test_clause_quoted).
BOTH = (
    "Decides that UNFRE shall support the Freedonian electoral commission in preparing "
    "credible elections in all provinces, and decides that UNFRE shall assist the "
    "Freedonian police in protecting civilians in the northern provinces;"
)
ONE = (
    "Decides that UNFRE shall assist the Freedonian police in protecting civilians in the "
    "northern provinces;"
)


def _quote(lexicon: Lexicon) -> str | None:
    closing = "Decides to remain seized of the matter."
    cmp = resdiff.compare(draft([BOTH, closing]), draft([ONE, closing]), lexicon=lexicon)
    quoted = [s.clause_words for c in cmp.changes for s in c.shifts if s.clause_words]
    return quoted[0] if quoted else None


def test_the_words_a_quote_does_not_end_on_are_the_lexicons() -> None:
    # They were a literal set in resdiff/clauses/views.py: a user could not add one or
    # switch one off as any other word of the lexicon's.
    default = Lexicon.default()
    assert "every" in default.quote_ends(cut=True)
    assert default.quote_ends(cut=False) == {"and", "or"}
    assert (
        _quote(default) == "Decides that UNFRE shall support the Freedonian electoral commission …"
    )
    kept_in = default.extend(
        Lexicon.from_toml('[quote_ends]\n"in" = { disabled = true }\n', name="mine.toml")
    )
    assert _quote(kept_in) == (
        "Decides that UNFRE shall support the Freedonian electoral commission in …"
    )
    more = default.extend(Lexicon.from_toml('[quote_ends]\n"commission" = {}\n', name="mine.toml"))
    assert _quote(more) == "Decides that UNFRE shall support the Freedonian electoral …"


def test_a_quote_end_is_one_word() -> None:
    with pytest.raises(LexiconError, match="one word"):
        Lexicon.from_toml('[quote_ends]\n"as well" = {}\n', name="mine.toml")


# ------------------------- item 9: every key the lexicon files accept is in the README


def _keys_table() -> str:
    """The README's table of the keys each lexicon section accepts, as the loader's models
    give them: the table key, then every field of the section's entry model."""
    models: dict[str, tuple[type[Frozen], str | None]] = {
        name: (model, key) for name, (model, key) in _TABLES.items()
    }
    models["modifier_overrides"] = (ModifierOverride, None)
    models["spelling"] = (Spelling, None)
    rows = [
        "| section | entry model | the table key, then every key an entry accepts |",
        "|---|---|---|",
    ]
    for section in _SECTIONS:
        model, key = models[section]
        name = f"[[{section}]]" if section == "modifier_overrides" else f"[{section}]"
        fields = [f for f in model.model_fields if f != key]
        common = [f for f in ("note", "disabled") if f in fields]
        own = [f for f in fields if f not in common]
        keyed = f"`{key}`; " if key else "(no table key); "
        listed = ", ".join(f"`{f}`" for f in own + common)
        rows.append(f"| `{name}` | `{model.__name__}` | {keyed}{listed} |")
    return "\n".join(rows)


def test_the_readme_lists_every_key_the_lexicon_accepts() -> None:
    # The README's lexicon table named some keys in passing and left out older ones
    # (`once_decided`, `decided`, `trades_only`, `keeps_all_for`, the `[safeguards]`
    # section): a user writing a file of their own could not find them.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = _keys_table()
    assert table in readme, "README.md's table of lexicon keys is out of date:\n" + table
    # And each section's file is named in the table of files above it.
    files = readme[readme.index("| file | sections | what it holds |") : readme.index(table)]
    for section in _SECTIONS:
        name = f"[[{section}]]" if section == "modifier_overrides" else f"[{section}]"
        assert f"`{name}`" in files, section
