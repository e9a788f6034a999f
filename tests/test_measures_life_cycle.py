"""The life cycle of measures applied by reference ("the measures imposed by paragraph 7
of resolution 900 (2031)"): renewed in the passive, left in force by reference, and told
apart from another renewal by what they cite. Made-up texts, and the DRC sanctions texts
of ../shared where present."""

from __future__ import annotations

from pathlib import Path

from resdiff.lexicon import Lexicon

LEX = Lexicon.default()
AKN = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "akn"


def _text(symbol: str, operative: list[str], year: int = 2032) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"Resolution {symbol} ({year})\nof 1 March {year}\n\nThe Security Council,\n\n"
        "Recalling its previous resolutions on the situation in the territory,\n\n"
        f"Acting under Chapter VII of the Charter of the United Nations,\n\n{ops}\n"
    )


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(h.measure, h.mode) for h in LEX.measures_in(text)]


def test_a_renewal_in_the_passive_renews_the_measures_cited() -> None:
    for verb in (
        "shall remain in force until 1 March 2033",
        "are extended until 1 March 2033",
        "shall be renewed for a further period of twelve months",
        "shall continue to apply until 1 March 2033",
    ):
        text = (
            "Decides that the measures imposed by paragraphs 7 and 9 of resolution 900 "
            f"(2031) {verb};"
        )
        assert _kinds(text) == [("by_reference", "mandatory")], text
    # Recalled, the measures in force are named, not renewed.
    assert _kinds(
        "Recalls that the measures imposed by paragraph 7 of resolution 900 (2031) shall "
        "remain in force until 1 March 2033;"
    ) == [("by_reference", None)]


def test_what_is_no_renewal_in_the_passive() -> None:
    for text in (
        # Other subjects: the exemptions, the Panel that monitors the measures.
        "Decides that the exemptions to the measures imposed by paragraph 7 of resolution "
        "900 (2031) shall remain in force until 1 March 2033;",
        "Decides that the mandate of the Panel established to monitor the measures imposed "
        "by paragraph 7 of resolution 900 (2031) shall be extended until 1 March 2033;",
        # A question, not a decision.
        "Decides to review whether the measures imposed by paragraph 7 of resolution 900 "
        "(2031) should be extended;",
        "Decides that the measures imposed by paragraph 7 of resolution 900 (2031) shall not "
        "be renewed;",
    ):
        assert [k for k, _ in _kinds(text)] == [], text
