"""Two misreadings of the blind sets (RESULTS §2eh, §2ei), on made-up texts.

A clause that says by what means or in what manner an ask is to be met asks no more
(``[means]``, scope.toml); a commodity named is a sanctions measure only where something
restricts it (``restrained_by`` of ``[measures.commodity]``, measures.toml).
"""

from __future__ import annotations

from resdiff import compare, parse
from resdiff.lexicon import Lexicon

_HEAD = "The Security Council,\n\nRecalling its resolutions,\n\n"


def _op1(old: str, new: str):  # type: ignore[no-untyped-def]
    (change,) = [
        c for c in compare(parse(_HEAD + old), parse(_HEAD + new)).changes if c.new == ("OP1",)
    ]
    return change


def test_a_clause_of_means_put_into_an_ask_asks_no_more() -> None:
    change = _op1(
        "1. Calls upon the parties concerned to make determined efforts with a view to "
        "achieving the objectives of the Security Council;\n",
        "1. Calls upon the parties concerned to continue determined co-operative efforts to "
        "achieve the objectives of the Security Council by availing themselves in a "
        "constructive manner of the present auspicious climate and opportunities;\n",
    )
    assert not any(s.detail == "reach widened" for s in change.shifts)
    assert change.kind == "reworded"


def test_a_manner_clause_asks_no_more_but_a_task_after_it_does() -> None:
    old = "1. Urges the parties to resume negotiations on the settlement of the dispute;\n"
    manner = _op1(
        old,
        "1. Urges the parties to resume negotiations on the settlement of the dispute by "
        "means of direct talks held in a spirit of mutual understanding and good faith;\n",
    )
    assert not any(s.detail == "reach widened" for s in manner.shifts)
    # The clause of means ends at its comma: the task after it is asked.
    task = _op1(
        old,
        "1. Urges the parties to resume negotiations on the settlement of the dispute in a "
        "spirit of mutual understanding, to withdraw all armed forces from the buffer zone "
        "and to release all detained persons without delay;\n",
    )
    assert any(s.detail == "reach widened" for s in task.shifts)


def test_the_means_table_is_data() -> None:
    mine = Lexicon.default().extend(
        Lexicon.from_toml(
            '[means]\n"by availing themselves" = { disabled = true }\n', name="m.toml"
        )
    )
    rx = mine.means_rx()
    assert rx is not None and rx.search("by availing themselves of the climate") is None
    assert Lexicon.default().means_rx() is not None


def _commodities(text: str, governing: str | None = None) -> list[str | None]:
    hits = Lexicon.default().measures_in(text, governing=governing)
    return [h.mode for h in hits if h.measure == "commodity"]


def test_a_commodity_named_with_nothing_restricting_it_is_no_measure() -> None:
    assert not _commodities(
        "Calls upon States to cooperate fully in the implementation of resolution 9000 "
        "(2091), in particular with respect to any measures regarding the import of "
        "petroleum and petroleum products and the export of foodstuffs;"
    )
    assert not _commodities(
        "Decides that the share of the value of exports of petroleum from Freedonia "
        "authorized under the present resolution shall be paid into the escrow account;"
    )


def test_a_commodity_restrained_is_still_a_measure() -> None:
    assert _commodities(
        "Decides that all States shall prevent the import of petroleum and petroleum "
        "products originating in Freedonia;"
    ) == ["mandatory"]
    assert _commodities(
        "Reaffirms its decision to ban the import and export of Freedonian charcoal;"
    )
    assert _commodities(
        "Decides that all States shall not procure crude oil from the territory of Freedonia;"
    )
    # The restraint in the lead-in over a list of items.
    assert _commodities(
        "The import into their territories of iron ore originating in Freedonia;",
        governing="Decides that all States Members of the United Nations shall prevent:",
    ) == ["mandatory"]


def test_a_restraint_after_the_trade_counts_only_as_its_predicate() -> None:
    assert _commodities(
        "Decides that the export of charcoal from Freedonia shall be prohibited;"
    ) == ["mandatory"]
    # The prohibitions in force named as a cause restrict nothing here.
    assert not _commodities(
        "Decides that the contributions shall apply to all petroleum exported from Freedonia "
        "after 3 April 2091 as well as such petroleum exported earlier but not delivered as "
        "a specific result of the prohibitions contained in resolution 9000 (2090);"
    )


def test_a_trade_stopped_is_restrained_as_one_prohibited() -> None:
    # Review of fix19: "cease", "suspend", "halt", "deny" withhold a trade as "prohibit"
    # does; without them a real embargo in these words dropped out.
    for verb in ("cease", "stop", "suspend", "discontinue", "deny"):
        assert _commodities(
            f"Decides that all States shall {verb} the supply of petroleum to Freedonia;"
        ) == ["mandatory"], verb
    assert _commodities("Calls upon all States to halt the sale of petroleum to Freedonia;")
    assert _commodities(
        "(a) The sale or supply by their nationals of oil to Freedonia;",
        governing="Decides that all States shall cease:",
    )
    # A cease-fire restrains no trade.
    assert not _commodities(
        "Demands a cease-fire and calls upon States to cooperate in the export of petroleum;"
    )


def test_measures_on_a_trade_lifted_or_ended_are_still_read() -> None:
    # Review of fix19: the life cycle of a commodity measure needs the measure found.
    assert _commodities("Decides to lift the measures on the import of petroleum from Freedonia;")
    assert _commodities("Decides to end the measures on the sale or supply of oil to Freedonia;")
    assert _commodities(
        "Decides that the measures regarding the export of charcoal shall be lifted;"
    )
    assert _commodities(
        "Decides that the measures on the import of petroleum shall cease to have effect;"
    )
