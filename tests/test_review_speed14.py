"""Guards for the twenty-fourth session's speed round (speed14), which changed no output:
the names of measures cited by paragraph are screened by their literals before their
pattern runs, and their look-up is remembered per text, in the lexicon that made it.
These tests fail if the screen drops a real name (a name spaced, broken or cased
otherwise) or if a remembered answer leaks from one lexicon to another."""

from __future__ import annotations

from test_measures_by_reference import BY_SECTION, _text

import resdiff
from resdiff.lexicon import Lexicon

LEX = Lexicon.default()

DECREED = "the arms embargo decreed in section 7 of resolution 900 (2031)"


def _named(lexicon: Lexicon, text: str) -> list[tuple[str, list[str], str | None]]:
    return [
        (kind, sorted(c.paragraphs), c.resolution) for kind, c in lexicon.named_by_citation(text)
    ]


def test_a_remembered_name_does_not_leak_from_one_lexicon_to_another() -> None:
    user = LEX.extend(Lexicon.from_toml(BY_SECTION))
    # The default first (its answer, none, remembered), the user's next, the default
    # again: each lexicon gives its own answer for the same text.
    assert _named(LEX, DECREED) == []
    assert _named(user, DECREED) == [("arms_embargo", ["7"], "900")]
    assert _named(LEX, DECREED) == []
    # And the other way round, on a text neither has been asked about.
    other = DECREED.replace("section 7", "section 8")
    assert _named(user, other) == [("arms_embargo", ["8"], "900")]
    assert _named(LEX, other) == []


def test_a_draft_read_with_two_lexicons_in_turn_takes_each_one_s_names() -> None:
    user = LEX.extend(Lexicon.from_toml(BY_SECTION))
    text = _text(
        "960",
        [
            f"Calls upon Member States to ensure implementation of {DECREED};",
            "Decides that the group named in the annex shall be subject to the measures "
            "of section 7 of resolution 900 (2031);",
        ],
    )

    def kinds(lexicon: Lexicon) -> list[str]:
        draft = resdiff.parse(text, lexicon=lexicon)
        return [m.kind for m in draft.clause("OP2").measures]

    # The default reads the stand-in and no name for it; the user's names its kind.
    assert kinds(LEX) == ["by_reference"]
    assert kinds(user) == ["arms_embargo"]
    assert kinds(LEX) == ["by_reference"]


def test_the_screen_keeps_a_name_spaced_broken_or_cased_otherwise() -> None:
    cited = " imposed by paragraph 7 of resolution 900 (2031)"
    for name in (
        "Arms  Embargo",  # two spaces
        "arms\nembargo",  # a line break copied from a PDF
        "arms\u00a0embargo",  # a no-break space
        "ARMS EMBARGO",
        "arms \t embargo",
    ):
        assert _named(LEX, f"the {name}{cited}") == [("arms_embargo", ["7"], "900")], name
    # Beside characters outside ASCII (a curly quote, an accented name; a long s, which
    # matches an "s" ignoring case, so that the text is always searched).
    for text in (
        f"the \u201cassets freeze\u201d{cited} on C\u00f4te d\u2019Ivoire",
        f"the assets freeze{cited} (\u017fee annex)",
    ):
        assert _named(LEX, text) == [("asset_freeze", ["7"], "900")], text
    # A name not there, or not tied to a citation, is none. (A name printed as a compound,
    # "the arms-embargo", is the name since the twenty-fifth session: test_leftovers25.)
    assert _named(LEX, f"the arms-trade embargo{cited}") == []
    assert _named(LEX, "the arms embargo; imposed by paragraph 7 of resolution 900") == []


def test_a_stand_in_citing_another_resolution_s_paragraph_takes_the_name_read_once() -> None:
    # The names are read once per draft, where a stand-in cites another resolution: two
    # stand-ins citing the same paragraph, and one citing a paragraph no name stands by.
    text = _text(
        "960",
        [
            "Calls upon Member States to ensure implementation of the travel ban imposed by "
            "paragraph 7 of resolution 900 (2031);",
            "Decides that the group named in the annex shall be subject to the measures "
            "imposed by paragraph 7 of resolution 900 (2031);",
            "Decides that the person named in the annex shall be subject to the measures "
            "imposed by paragraph 7 of resolution 900 (2031);",
            "Decides that the entity named in the annex shall be subject to the measures "
            "imposed by paragraph 8 of resolution 900 (2031);",
        ],
    )
    draft = resdiff.parse(text)
    assert [[m.kind for m in draft.clause(f"OP{k}").measures] for k in (2, 3, 4)] == [
        ["travel_ban"],
        ["travel_ban"],
        ["by_reference"],
    ]
