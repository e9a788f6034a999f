"""A flag the old text carried by reference and the new text states again is restated,
not new (holdout38, 4 December 2026: the Somalia rollover S/RES/2661 (2022), "Decides to
extend resolution 2607 (2021) until 17 November 2022", against the full text two days
later; the UNISFA rollover S/RES/2606 (2021) against the renewals after it). Each judge
read these flags as neutral; resdiff headlined "Chapter VII invoked"."""

from __future__ import annotations

from conftest import CORPUS, needs_corpus

import resdiff
from resdiff.model import Change, Comparison, Shift
from resdiff.render import render_text


def draft(operative: list[str], preamble: list[str] | None = None, head: str = "") -> str:
    """A small draft resolution: the preamble and the numbered operative paragraphs."""
    pre = "\n\n".join(preamble if preamble is not None else ["Recalling its resolutions,"])
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"{head}The Security Council,\n\n{pre}\n\n{ops}\n"


def flag_shifts(cmp: Comparison, feature: str) -> list[Shift]:
    parts = [part for c in cmp.changes for part in c.walk()]
    return [s for part in parts for s in part.shifts if s.feature == feature]


def headlines(cmp: Comparison) -> str:
    return " | ".join(k.headline for k in cmp.summary.key_changes)


_ROLLOVER = draft(
    [
        "Decides to extend resolution 2607 (2021) until 17 November 2022;",
        "Decides to remain actively seized of the matter.",
    ],
    head="Resolution 2661 (2022)\n\n",
)

_FULL = draft(
    [
        "Decides that all Member States shall prevent the direct or indirect supply of "
        "weapons and military equipment to Al-Shabaab;",
        "Requests the Panel of Experts to report to the Committee every six months;",
        "Decides to remain actively seized of the matter.",
    ],
    preamble=[
        "Recalling all its previous resolutions on the situation in Somalia,",
        "Determining that the situation in Somalia continues to constitute a threat to "
        "international peace and security in the region,",
        "Acting under Chapter VII of the Charter of the United Nations,",
    ],
    head="Resolution 2662 (2022)\n\n",
)


def test_flags_a_full_text_states_after_a_rollover_of_the_whole_resolution_are_kept() -> None:
    cmp = resdiff.compare(_ROLLOVER, _FULL)
    assert (cmp.summary.chapter_vii, cmp.summary.art39) == ("kept", "kept")
    for feature in ("chapter-vii", "art39"):
        found = flag_shifts(cmp, feature)
        assert found and all(s.direction == "neutral" and s.weight == 0.0 for s in found)
        whole = "the old text kept resolution 2607 (2021) in force as a whole: read as restated"
        assert all(s.note == whole for s in found)
    assert "Chapter VII" not in headlines(cmp) and "Article 39" not in headlines(cmp)
    # The text report wraps its lines: read it as running words.
    text = " ".join(render_text(cmp).split())
    assert "stated again in the new draft; the old one carried it by reference" in text


def test_without_the_continuation_the_flags_are_added_and_weighed() -> None:
    alone = draft(
        ["Decides to remain actively seized of the matter."], head="Resolution 2661 (2022)\n\n"
    )
    cmp = resdiff.compare(alone, _FULL)
    assert (cmp.summary.chapter_vii, cmp.summary.art39) == ("added", "added")
    assert all(s.direction == "stronger" for s in flag_shifts(cmp, "chapter-vii"))
    assert "Chapter VII invoked" in headlines(cmp)
    assert "stated again" not in render_text(cmp)


_MANDATE_ROLLOVER = draft(
    [
        "Decides to extend until 15 December 2021 the mandate of UNISFA as set out in "
        "paragraphs 1 and 2 of resolution 2575 (2021);",
        "Decides to remain actively seized of the matter.",
    ],
    head="Resolution 2606 (2021)\n\n",
)

_EXTENSION = (
    "Decides to extend until 15 May 2022 the mandate of UNISFA as set out in paragraph 2 "
    "of resolution 1990 (2011) and acting under Chapter VII of the Charter of the United "
    "Nations, further decides to extend until 15 May 2022 the tasks of UNISFA as set out in "
    "paragraph 3 of resolution 1990 (2011);"
)
_RESTATED_FORCE = (
    "Underscores that UNISFA's protection of civilians mandate as set out in paragraph 3 of "
    "resolution 1990 (2011) includes taking the necessary actions to protect civilians, and "
    "in that regard underlines that peacekeepers are authorized to use all necessary means;"
)


def test_a_renewal_after_a_rollover_of_the_mandate_restates_its_chapter_vii_and_force() -> None:
    new = draft(
        [_EXTENSION, _RESTATED_FORCE, "Decides to remain actively seized of the matter."],
        head="Resolution 2609 (2021)\n\n",
    )
    cmp = resdiff.compare(_MANDATE_ROLLOVER, new)
    assert (cmp.summary.chapter_vii, cmp.summary.use_of_force) == ("kept", "kept")
    note = "the old text continued the mandate by reference to resolution 2575 (2021)"
    for feature in ("chapter-vii", "use-of-force"):
        found = flag_shifts(cmp, feature)
        assert found and all(s.direction == "neutral" and s.note == note for s in found)
    # The extension itself still weighs: the old rollover gave one month, this five.
    first = next(c for c in cmp.changes if c.old == ("OP1",) and c.new == ("OP1",))
    assert first.kind == "strengthened"


def test_chapter_vii_or_force_given_in_their_own_words_after_a_mandate_rollover_weigh() -> None:
    # Not bound to the mandate the old text continued: a recital invoking Chapter VII
    # and an authority conferred in the text's own words are new.
    new = draft(
        [
            "Decides to extend until 15 May 2022 the mandate of UNISFA as set out in paragraph 2 "
            "of resolution 1990 (2011);",
            "Authorizes UNISFA to use all necessary means to protect civilians;",
            "Decides to remain actively seized of the matter.",
        ],
        preamble=[
            "Recalling its resolutions,",
            "Acting under Chapter VII of the Charter of the United Nations,",
        ],
        head="Resolution 2609 (2021)\n\n",
    )
    cmp = resdiff.compare(_MANDATE_ROLLOVER, new)
    assert (cmp.summary.chapter_vii, cmp.summary.use_of_force) == ("added", "added")
    for feature in ("chapter-vii", "use-of-force"):
        found = flag_shifts(cmp, feature)
        assert found and all(s.direction == "stronger" for s in found)


def _lifecycle(change: Change) -> list[Shift]:
    return [s for part in change.walk() for s in part.shifts if s.feature == "lifecycle"]


def test_an_intention_to_reduce_a_ceiling_later_is_no_drawdown() -> None:
    # UNISFA 2021: the police ceiling is maintained now; its reduction is an intention
    # tied to the Abyei Police Service (judged stronger for its new request). The troop
    # ceiling the same text reduces is a drawdown.
    old = draft(["Decides to remain seized of the matter."])
    new = draft(
        [
            "Decides to reduce the authorized troop ceiling to 3,250 until 15 May 2022;",
            "Maintains the authorized police ceiling at 640 police personnel, requests the "
            "United Nations to continue to take necessary steps regarding the sequential "
            "deployment of additional police, and expresses its intention to reduce the "
            "authorized police ceiling as the Abyei Police Service is gradually established;",
            "Decides to remain seized of the matter.",
        ]
    )
    cmp = resdiff.compare(old, new)
    troops, police = (next(c for c in cmp.changes if c.new == (ref,)) for ref in ("OP1", "OP2"))
    assert [(s.new, s.direction) for s in _lifecycle(troops)] == [("drawn down", "softer")]
    assert not [s for s in _lifecycle(police) if s.new == "drawn down"]


@needs_corpus
def test_the_real_rollovers_and_the_full_texts_after_them() -> None:
    akn = CORPUS / "akn"
    somalia = resdiff.compare(akn / "S_RES_2661-2225815E.xml", akn / "S_RES_2662-2226129E.xml")
    assert (somalia.summary.chapter_vii, somalia.summary.art39) == ("kept", "kept")
    assert "Chapter VII" not in headlines(somalia)
    unisfa = resdiff.compare(akn / "S_RES_2606_2021.xml", akn / "S_RES_2630_2022.xml")
    assert unisfa.summary.chapter_vii == "kept"
    assert "Chapter VII" not in headlines(unisfa)
    # The other way, the full text before the rollover: kept by reference, as before.
    back = resdiff.compare(akn / "S_RES_2550_2020.xml", akn / "S_RES_2606_2021.xml")
    assert (back.summary.chapter_vii, back.summary.use_of_force) == ("kept", "kept")
