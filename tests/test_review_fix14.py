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
from resdiff.model import EXEMPTION_ENDED, LEAD_REASONS, Frozen, Shift
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


# --------------------------------------------------------- items 3 to 6: made-up pairs

KEPT = "Decides to remain seized of the matter;"
#: A travel ban every version holds.
BAN = (
    "Decides that all States shall prevent the entry into their territories of the "
    "individuals designated by the Committee;"
)
#: A carve-out from the ban.
CARVE = (
    "Decides that the measures imposed by paragraph 1 shall not apply to travel for "
    "medical treatment"
)


def _resolution(number: int, day: str, operative: list[str]) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate([*operative, KEPT], 1))
    return (
        f"Resolution {number} ({day[-4:]})\n\nAdopted by the Security Council at its 3000th "
        f"meeting, on {day}\n\nThe Security Council,\n\nRecalling its resolution 800 "
        f"(1993),\n\n{body}\n"
    )


def _compare(old: list[str], new: list[str]) -> resdiff.Comparison:
    return resdiff.compare(
        _resolution(858, "24 August 1993", old), _resolution(876, "19 October 1993", new)
    )


def _added(paragraph: str) -> tuple[list[tuple[str, str, float]], str]:
    """The shifts (feature, direction, weight) of ``paragraph`` added beside the ban,
    and the text's direction."""
    cmp = _compare([BAN], [BAN, paragraph])
    change = cmp.change_for("OP2", side="new")
    return [(s.feature, s.direction, s.weight) for s in change.shifts], cmp.summary.direction


@pytest.mark.parametrize(
    "refused",
    [
        "Decides that no individual shall be exempted from the measures imposed by paragraph 1;",
        "Decides that nothing in this paragraph shall exempt any State from its obligations "
        "under paragraph 1;",
        "Decides that no further exemptions from the measures imposed by paragraph 1 shall "
        "be granted;",
        # (Never read as one: the exemption's own pattern looks behind for "no".)
        "Decides that no exemption shall be granted from the measures imposed by paragraph 1;",
    ],
)
def test_an_exemption_refused_is_no_exemption_added(refused: str) -> None:
    # Item 3: the exemption's words under a negated subject read as an exemption added
    # (softer, 30). Refused, the measure is kept whole: the paragraph is read by its own
    # words (here the decision added), never as an exemption.
    shifts, direction = _added(refused)
    assert not [s for s in shifts if s[0] == "exemption"], shifts
    assert direction != "softer"


@pytest.mark.parametrize(
    "granted",
    [
        "Decides that any individual not listed in the annex shall be exempted from the "
        "measures imposed by paragraph 1;",
        "Decides that the measures imposed by paragraph 1 shall not apply to individuals who "
        "are exempt under national law;",
    ],
)
def test_an_exemption_granted_is_still_one(granted: str) -> None:
    # Counter-examples: "not" and "who are exempt" grant an exemption all the same.
    shifts, direction = _added(granted)
    assert ("exemption", "softer", 30.0) in shifts and direction == "softer"


@pytest.mark.parametrize(
    "waived",
    [
        "Decides that States shall not be required to report on the implementation of paragraph 1;",
        "Decides that the reporting requirement in paragraph 1 shall not apply to States "
        "that have no designated individuals in their territory;",
    ],
)
def test_a_reporting_duty_waived_weighs_as_operative_language(waived: str) -> None:
    # Item 4: it weighed 30, as a carve-out from sanctions does; it eases no measure.
    shifts, direction = _added(waived)
    assert [s for s in shifts if s[0] == "exemption"] == [("exemption", "softer", 4.0)]
    assert direction == "softer"
    # A carve-out from the measure itself still weighs as one.
    shifts, _ = _added(CARVE + ";")
    assert ("exemption", "softer", 30.0) in shifts


@pytest.mark.parametrize(
    "ending",
    [
        "and decides that this paragraph shall no longer apply after 31 December 1994;",
        "and decides that this exemption shall expire on 31 December 1994;",
    ],
)
def test_an_exemption_that_ends_is_the_measure_strengthened(ending: str) -> None:
    # Item 5: the exemption's end read as a measure ended (softer).
    with_end = f"{CARVE}, {ending}"
    cmp = _compare([BAN, CARVE + ";"], [BAN, with_end])
    shifts = [s for s in cmp.change_for("OP2", side="new").shifts if s.feature == "lifecycle"]
    assert [(s.direction, s.detail) for s in shifts] == [("stronger", EXEMPTION_ENDED)]
    assert shifts[0].describe().startswith("exemption ")
    assert cmp.summary.direction == "stronger"
    # Its end gone: the exemption goes on, softer.
    cmp = _compare([BAN, with_end], [BAN, CARVE + ";"])
    shifts = [s for s in cmp.change_for("OP2", side="old").shifts if s.feature == "lifecycle"]
    assert [(s.direction, s.detail) for s in shifts] == [("softer", EXEMPTION_ENDED)]


def test_an_exemption_that_ends_in_a_paragraph_of_its_own_is_stronger() -> None:
    shifts, direction = _added(
        "Decides that the exemption set out in paragraph 2 of resolution 800 (1993) shall "
        "expire on 31 December 1994;"
    )
    assert ("lifecycle", "stronger", 25.0) in shifts and direction == "stronger"


@pytest.mark.parametrize(
    "paragraph",
    [
        # The measure itself ends: softer, as before.
        "Decides that the measures imposed by paragraph 1 shall expire on 31 December 1994;",
        # An exemption granted for a time: the measure eased until then.
        f"{CARVE}, and that this paragraph shall no longer apply after 31 December 1994;",
    ],
)
def test_a_measure_that_ends_and_an_exemption_for_a_time_are_softer(paragraph: str) -> None:
    shifts, direction = _added(paragraph)
    assert direction == "softer", shifts
    assert not [s for s in shifts if s[1] == "stronger" and s[0] == "lifecycle"]


@pytest.mark.parametrize(
    ("text", "expands"),
    [
        (
            "Decides to expand the mandate of the Mission to include the monitoring of the border;",
            True,
        ),
        ("Decides to broaden the designation criteria;", True),
        ("Decides further to expand the arms embargo to all armed groups;", True),
        ("Decides to expand UNAMIR's mandate;", True),
        (
            "Decides that the mandate of the Mission shall be expanded to include the "
            "protection of civilians;",
            True,
        ),
        # Item 6: cooperation, an ask of others, an expansion recalled.
        (
            "Decides to expand cooperation with the African Union in support of the "
            "mandate of the Mission;",
            False,
        ),
        ("Encourages Member States to expand cooperation in implementing the measures;", False),
        ("Calls upon all States to broaden the scope of their national measures;", False),
        ("Reaffirms its decision to expand the mandate of the Mission;", False),
        (
            "Decides, having expanded the mandate of the Mission in resolution 800 (1993), "
            "to keep it under review;",
            False,
        ),
        ("Decides that the mandate shall not be expanded;", False),
    ],
)
def test_expand_is_a_council_decision_expanding_a_measure_or_mandate(
    text: str, expands: bool
) -> None:
    draft_ = resdiff.parse(_resolution(876, "19 October 1993", [text]))
    found = "expand" in {x for c in draft_.operative[:1] for p in c.phrases for x in p.lifecycle}
    assert found == expands
