"""A flag the old text carried by reference and the new text states again is restated,
not new (holdout38, 4 December 2026: the Somalia rollover S/RES/2661 (2022), "Decides to
extend resolution 2607 (2021) until 17 November 2022", against the full text two days
later; the UNISFA rollover S/RES/2606 (2021) against the renewals after it). Each judge
read these flags as neutral; resdiff headlined "Chapter VII invoked"."""

from __future__ import annotations

import pytest
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
        "paragraphs 1 and 2 of resolution 2575 (2021), which refer to relevant provisions "
        "in resolutions 1990 (2011) and 2550 (2020);",
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
    text = " ".join(render_text(cmp).split())
    assert "Chapter VII: kept; stated again in the new draft; the old one carried it by" in text
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
            "Intends to reduce the authorized troop ceiling further once the Joint Border "
            "Verification and Monitoring Mechanism is fully operational;",
            "Decides to remain seized of the matter.",
        ]
    )
    cmp = resdiff.compare(old, new)
    troops, police, later = (
        next(c for c in cmp.changes if c.new == (ref,)) for ref in ("OP1", "OP2", "OP3")
    )
    assert [(s.new, s.direction) for s in _lifecycle(troops)] == [("drawn down", "softer")]
    assert not [s for s in _lifecycle(police) if s.new == "drawn down"]
    assert not [s for s in _lifecycle(later) if s.new == "drawn down"]


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


def test_an_authority_conferred_in_its_own_words_after_a_whole_rollover_weighs() -> None:
    # Resolution 2607 (2021) kept in force held no authority to use force: one the full
    # text confers in its own words is new, though its Chapter VII basis is restated.
    full = _FULL.replace(
        "1. Decides that all",
        "1. Authorizes Member States to take all necessary measures to interdict vessels "
        "carrying weapons to Al-Shabaab;\n\n9. Decides that all",
    )
    cmp = resdiff.compare(_ROLLOVER, full)
    assert (cmp.summary.chapter_vii, cmp.summary.use_of_force) == ("kept", "added")
    force = flag_shifts(cmp, "use-of-force")
    assert force and all(s.direction == "stronger" and s.weight > 0 for s in force)


@pytest.mark.parametrize(
    "lead",
    [
        "Decides not to renew resolution 2607 (2021), which shall expire on 17 November 2022;",
        "Requests the Secretary-General to report before the Council considers whether to "
        "extend resolution 2607 (2021);",
    ],
)
def test_only_a_decision_to_continue_a_resolution_carries_it_as_a_whole(lead: str) -> None:
    old = _ROLLOVER.replace(
        "Decides to extend resolution 2607 (2021) until 17 November 2022;", lead
    )
    cmp = resdiff.compare(old, _FULL)
    assert (cmp.summary.chapter_vii, cmp.summary.art39) == ("added", "added")
    assert "Chapter VII invoked" in headlines(cmp)


def test_chapter_vii_bound_to_a_mandate_the_old_text_never_cited_weighs() -> None:
    # After a rollover by reference to resolution 2579 (2021), a paragraph that extends
    # the mandate of another text under Chapter VII is not the old text's mandate.
    old = draft(
        [
            "Decides to extend until 3 June 2022 the mandate of UNITAMS as contained in "
            "paragraph 3 of resolution 2579 (2021);",
            "Decides to remain seized of the matter.",
        ],
        head="Resolution 2620 (2022)\n\n",
    )
    new = draft(
        [
            "Decides to extend until 3 June 2023 the mandate of UNITAMS as set out in "
            "paragraph 2 of resolution 2636 (2022) and acting under Chapter VII of the "
            "Charter of the United Nations, further decides to extend the tasks of UNITAMS "
            "as set out in paragraph 3 of resolution 2636 (2022);",
            "Decides to remain seized of the matter.",
        ],
        head="Resolution 2682 (2023)\n\n",
    )
    cmp = resdiff.compare(old, new)
    assert cmp.summary.chapter_vii == "added"
    assert all(s.direction == "stronger" for s in flag_shifts(cmp, "chapter-vii"))


def test_a_flag_restated_in_one_paragraph_and_invoked_in_another_is_added() -> None:
    # The summary and the key changes agree: a recital of its own invokes it.
    new = draft(
        [_EXTENSION, "Decides to remain actively seized of the matter."],
        preamble=[
            "Recalling its resolutions,",
            "Acting under Chapter VII of the Charter of the United Nations,",
        ],
        head="Resolution 2609 (2021)\n\n",
    )
    cmp = resdiff.compare(_MANDATE_ROLLOVER, new)
    assert cmp.summary.chapter_vii == "added"
    assert "Chapter VII invoked" in headlines(cmp)
    directions = {s.direction for s in flag_shifts(cmp, "chapter-vii")}
    assert directions == {"neutral", "stronger"}
    text = " ".join(render_text(cmp).split())
    assert "stated again in the new draft" not in text


def test_a_full_text_after_a_rollover_of_a_whole_resolution_says_what_it_was_weighed_on() -> None:
    # Twice as many operative paragraphs as the rollover at least: a full text.
    full = _FULL.replace(
        "3. Decides to remain",
        "3. Requests the Committee to report to the Council every year;\n\n4. Decides to remain",
    )
    cmp = resdiff.compare(_ROLLOVER, full)
    assert len(resdiff.parse(full, format="text").operative) == 4
    note = cmp.summary.direction_note or ""
    assert "kept resolution 2607 (2021) in force as a whole" in note
    assert "compare with it to see what is new" in " ".join(render_text(cmp).split())
    # No such note where the old text continued nothing as a whole.
    alone = draft(
        ["Decides to remain actively seized of the matter."], head="Resolution 2661 (2022)\n\n"
    )
    assert resdiff.compare(alone, _FULL).summary.direction_note is None
