"""The 2006 negotiation: every difference a reader of domain.md §4 would name.

The adopted text has the structure of the real resolution 1695 (2006) (13 preambular and
8 operative paragraphs; see tests/test_examples_faithful.py); the two rival drafts are
reconstructed from it and from the press reports, and carry no document symbol.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.model import Change, Comparison, Draft

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"


@pytest.fixture(scope="module")
def drafts() -> dict[str, Draft]:
    return {p.stem: resdiff.parse(p) for p in EXAMPLES.glob("*.txt")}


@pytest.fixture(scope="module")
def japan_to_china(drafts: dict[str, Draft]) -> Comparison:
    return resdiff.compare(drafts["japan-draft"], drafts["china-russia-draft"])


@pytest.fixture(scope="module")
def japan_to_adopted(drafts: dict[str, Draft]) -> Comparison:
    return resdiff.compare(drafts["japan-draft"], drafts["adopted-compromise"])


@pytest.fixture(scope="module")
def china_to_adopted(drafts: dict[str, Draft]) -> Comparison:
    return resdiff.compare(drafts["china-russia-draft"], drafts["adopted-compromise"])


def features(change: Change) -> set[tuple[str, str]]:
    return {(s.feature, s.direction) for c in change.walk() for s in c.shifts}


def test_the_drafts_are_read_with_masthead_and_structure(drafts: dict[str, Draft]) -> None:
    japan = drafts["japan-draft"]
    # A reconstructed draft: no document symbol, so reports name it by its file.
    assert japan.symbol is None and japan.name == "japan-draft.txt"
    assert "Japan" in japan.sponsors and japan.kind == "draft"
    assert japan.date is not None and japan.date.isoformat() == "2006-07-07"
    assert (len(japan.preamble), len(japan.operative)) == (12, 7)
    assert japan.clause("OP4(a)(ii)").text.startswith("production facilities")
    assert japan.chapter_vii and japan.art39
    adopted = drafts["adopted-compromise"]
    assert adopted.symbol == "S/RES/1695 (2006)" and adopted.kind == "resolution"
    assert (len(adopted.preamble), len(adopted.operative)) == (13, 8)
    assert not adopted.chapter_vii and not adopted.art39
    china = drafts["china-russia-draft"]
    assert china.symbol is None and china.sponsors == ("China", "Russian Federation")
    assert (len(china.preamble), len(china.operative)) == (11, 7)
    assert not china.chapter_vii and not china.art39
    for draft in drafts.values():
        assert not draft.warnings, draft.warnings
        assert all(r.kind in ("job-number", "page-header", "page-number") for r in draft.furniture)


def test_chapter_vii_dropped_when_special_responsibility_replaces_it(
    japan_to_adopted: Comparison,
) -> None:
    assert japan_to_adopted.summary.chapter_vii == "dropped"
    change = japan_to_adopted.change_for("PP13")
    assert change.old == ("PP12",) and change.kind == "softened"
    (shift,) = [s for s in change.shifts if s.feature == "chapter-vii"]
    assert shift.old is not None and "Chapter VII" in shift.old
    assert shift.new is not None and "special responsibility" in shift.new


def test_article_39_determination_dropped_in_both_later_texts(
    japan_to_china: Comparison, japan_to_adopted: Comparison
) -> None:
    for cmp in (japan_to_china, japan_to_adopted):
        assert cmp.summary.art39 == "dropped"
    # The China-Russia draft has no finding at all ...
    dropped = japan_to_china.change_for("PP11", side="old")
    assert dropped.kind == "dropped" and ("art39", "softer") in features(dropped)
    # ... the compromise puts "such launches jeopardize peace, stability and security in
    # the region and beyond" in its place: the same recital, without the determination.
    replaced = japan_to_adopted.change_for("PP11", side="old")
    assert replaced.new == ("PP12",) and replaced.kind == "softened"
    assert ("art39", "softer") in features(replaced)
    assert replaced.new_text.startswith("Affirming that such launches jeopardize peace")
    # The shift names the swap, as the Chapter VII one does.
    (shift,) = [s for s in replaced.shifts if s.feature == "art39"]
    assert shift.old is not None and shift.old.startswith("Determining that")
    assert shift.new is not None and shift.new.startswith("Affirming that such launches")
    assert "→ “Affirming that such launches" in shift.describe()
    # Where no clause took its place, none is named.
    assert next(s for s in dropped.shifts if s.feature == "art39").new is None


def test_condemns_to_strongly_deplores_is_softened_on_the_censure_axis(
    japan_to_china: Comparison,
) -> None:
    change = japan_to_china.change_for("OP1")
    assert change.kind == "softened"
    (shift,) = change.shifts
    assert (shift.feature, shift.old, shift.new, shift.direction) == (
        "censure",
        "condemns",
        "strongly deplores",
        "softer",
    )
    assert shift.describe() == "censure softened: condemns → strongly deplores"


def test_the_compromise_restores_condemns(china_to_adopted: Comparison) -> None:
    change = china_to_adopted.change_for("OP1")
    assert change.kind == "strengthened"
    assert ("censure", "stronger") in features(change)


def test_mandatory_transfer_ban_to_exercise_vigilance_is_softened_with_hedges(
    japan_to_china: Comparison,
) -> None:
    # Japan's OP4 (transfers to the DPRK, with its list of items) and OP5 (procurement
    # from the DPRK) merge into the China-Russia OP3, which asks for vigilance on
    # transfers both ways: OP4 is merged, not dropped, its list of items left behind.
    change = japan_to_china.change_for("OP3")
    assert change.old == ("OP4", "OP5") and change.kind == "softened"
    assert change.match == "merged"
    assert not [c for c in japan_to_china.changes if c.kind == "dropped" and c.old == ("OP4",)]
    shifts = {(s.feature, s.old, s.new) for s in change.shifts}
    assert ("verb", "decides", "calls upon") in shifts
    assert ("hedge", None, "exercise vigilance") in shifts
    assert any(s.feature == "measure-mode" and s.direction == "softer" for s in change.shifts)
    modes = {(m.measure, m.old_mode, m.new_mode) for m in japan_to_china.summary.measures_changed}
    assert ("wmd_missile", "mandatory", "hortatory") in modes


def test_the_compromise_requires_vigilance_making_the_measures_mandatory_again(
    china_to_adopted: Comparison,
) -> None:
    change = china_to_adopted.change_for("OP3")
    assert change.kind == "strengthened"
    assert ("verb", "calls upon", "requires") in {(s.feature, s.old, s.new) for s in change.shifts}
    modes = {(m.measure, m.old_mode, m.new_mode) for m in china_to_adopted.summary.measures_changed}
    assert ("wmd_missile", "hortatory", "mandatory") in modes
    # The procurement half gets a paragraph of its own, with the financial measure the
    # China-Russia draft had left out.
    procurement = china_to_adopted.change_for("OP4")
    assert procurement.kind == "added"
    added = {(m.measure, m.new_mode) for m in china_to_adopted.summary.measures_added}
    assert added == {("financial", "mandatory")}


def test_asset_freeze_removed(japan_to_china: Comparison, japan_to_adopted: Comparison) -> None:
    for cmp in (japan_to_china, japan_to_adopted):
        assert [m.measure for m in cmp.summary.measures_dropped][-1] == "asset_freeze"
        dropped = cmp.change_for("OP6", side="old")
        assert dropped.kind == "dropped"
        assert ("measure", "softer") in features(dropped)


def test_demands_to_calls_upon_on_the_moratorium(japan_to_china: Comparison) -> None:
    change = japan_to_china.change_for("OP2")
    assert change.kind == "softened"
    assert [(s.old, s.new) for s in change.shifts if s.feature == "verb"] == [
        ("demands", "calls upon")
    ]


def test_six_party_talks_paragraph_moved_down_unchanged(japan_to_adopted: Comparison) -> None:
    change = japan_to_adopted.change_for("OP6")
    assert (change.old, change.kind, change.moved) == (("OP3",), "unchanged", True)
    assert len(japan_to_adopted.moved) == 1


def test_strongly_urges_to_urges_is_a_modifier_removed(japan_to_china: Comparison) -> None:
    change = japan_to_china.change_for("OP5")
    assert change.old == ("OP3",)
    shifts = {(s.feature, s.old, s.new) for s in change.shifts}
    assert ("modifier", "strongly", None) in shifts
    assert ("emphasis", "immediately", None) in shifts
    assert change.kind == "softened"


def test_the_compromise_drops_immediately_from_the_demand(japan_to_adopted: Comparison) -> None:
    change = japan_to_adopted.change_for("OP2")
    assert change.kind == "softened"
    assert [(s.feature, s.old, s.new) for s in change.shifts] == [("emphasis", "immediately", None)]


def test_a_later_reporting_deadline_is_a_softer_typed_quantity(
    drafts: dict[str, Draft],
) -> None:
    # No text of 2006 asked for a report; a what-if on the adopted text does:
    # "report within 30 days" → "within 45 days" is a deadline, and a later one asks less.
    request = (
        "Requests the Secretary-General to report to the Council within {} days on the "
        "implementation of this resolution;"
    )
    adopted = resdiff.Scenario(drafts["adopted-compromise"])
    sooner = adopted.insert_after("OP7", request.format(30)).build()
    later = adopted.insert_after("OP7", request.format(45)).build()
    change = resdiff.compare(sooner, later).change_for("OP8")
    assert change.kind == "softened"
    assert [(s.feature, s.detail, s.old, s.new, s.direction) for s in change.shifts] == [
        ("quantity", "deadline", "30 days", "45 days", "softer")
    ]


def test_recitals_softened_and_restored(
    japan_to_china: Comparison, china_to_adopted: Comparison
) -> None:
    # "Registering profound concern" → "Registering concern"; "its grave concern" → "its
    # concern"; the compromise restores both.
    for ref in ("PP5", "PP7"):
        assert japan_to_china.change_for(ref).kind == "softened"
        assert ("censure", "softer") in features(japan_to_china.change_for(ref))
        assert china_to_adopted.change_for(ref).kind == "strengthened"


def test_renumbering_after_an_insertion_is_not_a_move(japan_to_adopted: Comparison) -> None:
    change = japan_to_adopted.change_for("OP8")
    assert (change.old, change.kind, change.moved) == (("OP7",), "unchanged", False)
    # The recital on a diplomatic solution is inserted as PP8: the Japan-led PP8 to PP10
    # become PP9 to PP11 and stay in place.
    assert japan_to_adopted.change_for("PP8").kind == "added"
    for old in ("PP8", "PP9", "PP10"):
        change = japan_to_adopted.change_for(old, side="old")
        assert (change.new, change.kind, change.moved) == (
            (f"PP{int(old[2:]) + 1}",),
            "unchanged",
            False,
        )


def test_net_direction_follows_the_negotiation(
    japan_to_china: Comparison, japan_to_adopted: Comparison, china_to_adopted: Comparison
) -> None:
    assert japan_to_china.summary.direction == "softer"
    assert japan_to_adopted.summary.direction == "softer"
    assert china_to_adopted.summary.direction == "stronger"


def test_changes_come_in_new_order_with_dropped_ones_where_they_stood(
    japan_to_china: Comparison,
) -> None:
    refs = [c.new[0] if c.new else f"-{c.old[0]}" for c in japan_to_china.changes]
    # The Article 39 and Chapter VII recitals closed the Japan-led preamble: dropped, they
    # stand after the last preambular paragraph of the new draft, before OP1.
    assert refs.index("PP11") < refs.index("-PP11") < refs.index("-PP12") < refs.index("OP1")
    # The Japan-led OP6 (the asset freeze) stood after its OP3 (the Six-Party Talks), now
    # OP5; its OP4 merged into the new OP3.
    assert refs.index("OP5") < refs.index("-OP6") < refs.index("OP6")
    assert "-OP4" not in refs
    new_refs = [r for r in refs if not r.startswith("-")]
    drafts_order = [f"PP{k}" for k in range(1, 12)] + [f"OP{k}" for k in range(1, 8)]
    assert new_refs == drafts_order


def test_every_redline_spells_both_texts(
    drafts: dict[str, Draft], japan_to_china: Comparison
) -> None:
    old, new = drafts["japan-draft"], drafts["china-russia-draft"]
    for change in japan_to_china.changes:
        if len(change.old) == 1 and len(change.new) == 1:
            assert change.old_text == old.clause(change.old[0]).text
            assert change.new_text == new.clause(change.new[0]).text


def test_the_json_contract(japan_to_adopted: Comparison) -> None:
    import json

    data = json.loads(japan_to_adopted.model_dump_json())
    assert data["schema"] == "resdiff.comparison/10"
    assert {"symbol", "preamble", "operative", "chapter_vii"} <= set(data["old"])
    assert data["old"]["symbol"] is None and data["new"]["symbol"] == "S/RES/1695 (2006)"
    assert (data["old"]["preamble"], data["old"]["operative"]) == (12, 7)
    assert (data["new"]["preamble"], data["new"]["operative"]) == (13, 8)
    assert data["old"]["chapter_vii"] is True and data["new"]["chapter_vii"] is False
    change = data["changes"][0]
    assert {"kind", "old", "new", "moved", "shifts", "redline", "children"} <= set(change)
    assert all(op in (-1, 0, 1) for op, _ in change["redline"])
    summary = data["summary"]
    assert set(summary["counts"]) == {
        "added",
        "dropped",
        "softened",
        "strengthened",
        "mixed",
        "reworded",
        "unchanged",
    }
    assert summary["chapter_vii"] == "dropped" and summary["art39"] == "dropped"
    assert summary["direction"] == "softer"
    assert resdiff.Comparison.model_validate_json(japan_to_adopted.model_dump_json()) == (
        japan_to_adopted
    )


def test_notebook_helpers(japan_to_china: Comparison) -> None:
    assert {c.new[0] for c in japan_to_china.softened} >= {"OP1", "OP2", "OP3"}
    assert all(c.kind == "dropped" for c in japan_to_china.dropped)
    operative = japan_to_china.where(section="operative")
    assert operative and all("operative" in (c.section, c.old_section) for c in operative)
    assert japan_to_china.where(feature="hedge")
    with pytest.raises(KeyError):
        japan_to_china.change_for("OP99")
    assert "censure softened: condemns → strongly deplores" in str(japan_to_china)


def test_an_item_dropped_is_named_under_the_lead_in_it_stood_under() -> None:
    # Old OP4(a), dropped, was "item of a list under 'Requires'": the adopted text's verb,
    # for a list the Japan-led draft's "Decides" governed (analyst review, 3 December).
    cmp = resdiff.compare(EXAMPLES / "japan-draft.txt", EXAMPLES / "adopted-compromise.txt")
    details = [s.detail for c in cmp.changes for p in c.walk() for s in p.shifts if s.detail]
    under = [d for d in details if d.startswith("item of a list under")]
    assert under and all(d == "item of a list under “Decides”" for d in under), under
