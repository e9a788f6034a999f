"""The Chapter VII formula is a basis, not a lead of a tier (issue 9 §7).

A recital of the formula alone ("Acting under Chapter VII of the Charter of the United
Nations,") and an operative paragraph that holds the formula inside it ("Decides, acting
under Chapter VII of the Charter of the United Nations, to renew the mandate ...") share
the formula's words and nothing else: they are not one provision strengthened ("operative
verb strengthened: acting under → decides", "promoted to the operative part"), and the
basis stands in both texts (the Chapter VII flag, kept). Made-up texts, and the real pair
that showed it (S/RES/814 -> 886 (1993)) where ../shared holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import resdiff
from resdiff.lexicon import Lexicon

FORMULA = "Acting under Chapter VII of the Charter of the United Nations,"

OLD = f"""The Security Council,

Recalling its resolution 100 (2020),

Determining that the situation in Freedonia continues to threaten peace and security in the region,

{FORMULA}

1. Decides to extend the mandate of the Mission until 31 May 2021;

2. Requests the Secretary-General to report on the situation every ninety days;

3. Decides to remain seized of the matter.
"""

NEW = """The Security Council,

Recalling its resolution 100 (2020),

Determining that the situation in Freedonia continues to threaten peace and security in the region,

1. Decides, acting under Chapter VII of the Charter of the United Nations, to extend
the mandate of the Mission until 31 May 2022;

2. Requests the Secretary-General to report on the situation every ninety days;

3. Decides to remain seized of the matter.
"""

#: The old text without a mandate paragraph: the new one renews a mandate of its own.
OLD_NO_MANDATE = f"""The Security Council,

Recalling its resolution 100 (2020),

{FORMULA}

1. Requests the Secretary-General to report on the situation every ninety days;

2. Decides to remain seized of the matter.
"""

NEW_RENEWAL = """The Security Council,

Recalling its resolution 100 (2020),

1. Decides, acting under Chapter VII of the Charter of the United Nations, to renew the
mandate of the Operation for an additional period expiring on 31 May 2022;

2. Requests the Secretary-General to report on the situation every ninety days;

3. Decides to remain seized of the matter.
"""


def _lead_verb_shifts(cmp: resdiff.Comparison) -> list[str]:
    """The shifts that weigh the formula as a lead, or a provision's move between parts."""
    return [
        s.describe()
        for c in cmp.changes
        for s in c.shifts
        if s.feature == "section"
        or (s.feature in ("verb", "lead") and "acting under" in (s.old or "").lower())
    ]


def test_lexicon_marks_the_formula_as_a_basis() -> None:
    lexicon = Lexicon.default()
    assert lexicon.names_basis("acting under")
    assert not lexicon.names_basis("recalling")
    assert lexicon.basis_only(FORMULA)
    assert lexicon.basis_only("Acting therefore under Chapter VII of the Charter,")
    assert not lexicon.basis_only(
        "Acting under Chapter VII of the Charter, decides that all States shall prevent"
    )
    found = lexicon.basis_in("Decides, acting under Chapter VII of the Charter, to renew")
    assert found is not None and found.text.lower().startswith("acting under chapter vii")


def test_formula_carried_into_the_renewal_is_no_verb_strengthened() -> None:
    cmp = resdiff.compare(OLD, NEW)
    assert cmp.summary.chapter_vii == "kept"
    assert _lead_verb_shifts(cmp) == []
    (renewal,) = [c for c in cmp.changes if "OP1" in c.new]
    # The recital joins the renewal it is now part of, named, not weighed.
    assert renewal.old == ("PP3", "OP1")
    assert renewal.kind != "strengthened"
    carried = [s for s in renewal.shifts if s.feature == "chapter-vii"]
    assert [s.direction for s in carried] == ["neutral"]
    assert all("acting under" not in k.headline for k in cmp.key_changes)


def test_formula_recital_does_not_pair_with_a_new_provision() -> None:
    cmp = resdiff.compare(OLD_NO_MANDATE, NEW_RENEWAL)
    assert cmp.summary.chapter_vii == "kept"
    assert _lead_verb_shifts(cmp) == []
    (recital,) = [c for c in cmp.changes if "PP2" in c.old]
    # Dropped as a recital, the basis standing in the new OP1: neutral.
    assert recital.new == ()
    assert all(s.direction == "neutral" or not s.weight for s in recital.shifts)
    (renewal,) = [c for c in cmp.changes if "OP1" in c.new]
    assert renewal.old == ()


SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "scanned"


@pytest.mark.skipif(
    not (SHARED / "S_RES_886_1993.txt").exists(),
    reason="the scanned corpus (../shared/corpus/scanned) is not here",
)
def test_unosom_1993_headline_is_no_verb_strengthened() -> None:
    """S/RES/814 -> 886 (1993): the headline was "PP27 → OP3 (strengthened): operative
    verb strengthened: acting under → decides"; both texts act under Chapter VII."""
    cmp = resdiff.compare(SHARED / "S_RES_814_1993.txt", SHARED / "S_RES_886_1993.txt")
    assert cmp.summary.chapter_vii == "kept"
    assert _lead_verb_shifts(cmp) == []
    assert not any(c.old == ("PP27",) and c.new == ("OP3",) for c in cmp.changes)
    assert all("acting under" not in k.headline for k in cmp.key_changes)
    (renewal,) = [c for c in cmp.changes if c.new == ("OP3",)]
    # The judges joined the recital and the authorization it renews (reworded).
    assert renewal.old == ("PP27", "OP6") and renewal.kind == "reworded"


#: The "special responsibility" wording put in the place of the Chapter VII formula
#: (flags.toml marks it ``basis`` too): a recital of it alone, and the same words inside
#: a renewal.
RESPONSIBILITY = (
    "acting under its primary responsibility for the maintenance of international peace"
    " and security"
)

OLD_RESPONSIBILITY = OLD.replace(FORMULA, RESPONSIBILITY[0].upper() + RESPONSIBILITY[1:] + ",")


def test_special_responsibility_carried_is_no_chapter_vii() -> None:
    """Review: the recital of the "special responsibility" wording alone carried into a
    renewal is joined to it as the formula is, but named no "Chapter VII" shift: neither
    text acts under Chapter VII."""
    new = NEW.replace(
        "acting under Chapter VII of the Charter of the United Nations", RESPONSIBILITY
    )
    cmp = resdiff.compare(OLD_RESPONSIBILITY, new)
    assert cmp.summary.chapter_vii == "absent"
    (renewal,) = [c for c in cmp.changes if "OP1" in c.new]
    assert renewal.old == ("PP3", "OP1")
    assert renewal.kind != "strengthened"
    assert [s for s in renewal.shifts if s.feature == "chapter-vii"] == []


def test_special_responsibility_become_chapter_vii_is_invoked_not_carried() -> None:
    """Review: "Acting under its primary responsibility ..." alone, then "Decides, acting
    under Chapter VII ..., to extend": Chapter VII invoked (stronger), not also the basis
    "carried into the provision's own words" as if it were the same."""
    cmp = resdiff.compare(OLD_RESPONSIBILITY, NEW)
    assert cmp.summary.chapter_vii == "added"
    shifts = [s for c in cmp.changes for s in c.shifts if s.feature == "chapter-vii"]
    assert [s.direction for s in shifts] == ["stronger"]


def test_formula_carried_reads_kept_not_changed() -> None:
    """Review: the formula's same words carried into the renewal read "Chapter VII kept",
    not "Chapter VII changed: “Acting under …” → “acting under …”"."""
    cmp = resdiff.compare(OLD, NEW)
    (renewal,) = [c for c in cmp.changes if "OP1" in c.new]
    (carried,) = [s.describe() for s in renewal.shifts if s.feature == "chapter-vii"]
    assert carried.startswith("Chapter VII kept: “acting under Chapter VII")
    assert "changed" not in carried


def test_the_partner_swap_has_a_floor() -> None:
    # Review of chapter12: the swap took any unpaired old operative paragraph scoring
    # above the link's recorded score, however low: one that shares almost nothing with
    # the renewal (0.15 against a partner at 0.1) is no predecessor of it. It must reach
    # the least score at which a round pairs two paragraphs (0.2 by default).
    from resdiff.align.basis import Basis, carried_into
    from resdiff.align.links import Link
    from resdiff.model import Clause

    old = [
        Clause(ref="PP1", section="preamble", text="Acting under Chapter VII of the Charter,"),
        Clause(ref="OP1", section="operative", text="Decides to remain seized of the matter."),
        Clause(ref="OP2", section="operative", text="Condemns the attacks on the Mission."),
    ]
    new = [Clause(ref="OP1", section="operative", text="Decides, acting under Chapter VII, …")]
    basis = Basis(old_only=frozenset({0}), new_within=frozenset({0}))
    links = [Link((1,), (0,), "similar", 0.1)]

    def scoring(value: float) -> Callable[[int, int], float]:
        return lambda i, j: value if i == 2 else 0.1

    (kept,) = carried_into(links, old, new, basis, scoring(0.15), 0.2)
    assert kept.old == (0, 1)
    (swapped,) = carried_into(links, old, new, basis, scoring(0.25), 0.2)
    assert swapped.old == (0, 2)
    assert swapped.score == 0.25
