"""The history (and the lineage) of distinct resolutions says, at the step from a text
that founds a body to a renewal of it, that the renewal continues what the founding
text set up: the founding act was done once, not withdrawn. 186 → 192 (1964)
given to ``history`` read "softer (6 added, 10 dropped)" with no word of it, where the
series says it (user23, left open). The founding rule is the series' own
(:func:`resdiff.series.grouping.founding`), called, not copied: a second engineer may
change that rule and the history follows. ``Revision.founding`` is a contract bump
(``resdiff.history/5``, ``resdiff.lineage/6``); older files read with none. Made-up
texts."""

from __future__ import annotations

import json

import pytest

from resdiff.history import History, history
from resdiff.lineage import Lineage, lineage
from resdiff.render import render

MONTHS = ("March", "June", "September", "December")
COMMON = [
    "Calls upon the parties in Ruritania to observe the ceasefire along the river line;",
    "Requests the Secretary-General to report on the ceasefire in Ruritania within three months;",
    "Decides to remain seized of the matter.",
]
FOUND = (
    "Decides to set up immediately under its authority a United Nations Observer Force "
    "in Ruritania, and requests the Secretary-General to take the necessary steps;"
)
RENEW = (
    "Decides to renew the mandate of the United Nations Observer Force in Ruritania for six months;"
)
WORDS = "from the founding text, which this renewal continues"


def _text(number: int, month: int, ops: list[str]) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate(ops, start=1))
    return (
        f"Resolution {number} (1970)\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 {MONTHS[month]} 1970\n\n"
        "The Security Council,\n\nRecalling its resolutions on the situation in Ruritania,\n\n"
        f"{body}\n"
    )


FOUNDING = _text(104, 0, [FOUND, *COMMON])
RENEWAL = _text(106, 1, [RENEW, *COMMON])
AGAIN = _text(108, 2, [RENEW, *COMMON])


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_step_from_the_founding_text_says_so_once(fmt: str) -> None:
    h = history([FOUNDING, RENEWAL, AGAIN])
    assert h.revisions[0].founding is not None
    assert h.revisions[0].founding.startswith("Decides to set up immediately")
    out = " ".join(render(h, fmt).split())
    assert out.count(WORDS) == 1, out  # the step 104 → 106, not 106 → 108
    assert "the founding act was done once, not withdrawn" in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_lineage_says_it_too(fmt: str) -> None:
    lin = lineage([FOUNDING, RENEWAL])
    assert " ".join(render(lin, fmt).split()).count(WORDS) == 1


def test_drafts_of_one_text_are_not_a_founding_and_its_renewal() -> None:
    draft = FOUNDING.replace("Resolution 104 (1970)", "Draft resolution")
    revised = RENEWAL.replace("Resolution 106 (1970)", "Draft resolution")
    h = history([draft, revised])
    assert WORDS not in " ".join(render(h, "text").split())


def test_the_json_holds_it_and_older_versions_read_with_none() -> None:
    h = history([FOUNDING, RENEWAL])
    data = json.loads(h.model_dump_json())
    assert data["schema"] == "resdiff.history/5"
    assert data["revisions"][0]["founding"].startswith("Decides to set up")
    assert History.model_validate_json(h.model_dump_json()) == h
    for rev in data["revisions"]:
        del rev["founding"]
    old = History.model_validate({**data, "schema": "resdiff.history/4"})
    assert not any(r.founding for r in old.revisions)
    assert WORDS not in render(old, "text")

    lin = json.loads(lineage([FOUNDING, RENEWAL]).model_dump_json())
    assert lin["schema"] == "resdiff.lineage/6"
    for rev in [*lin["revisions"], *lin["history"]["revisions"]]:
        del rev["founding"]
    lin["history"]["schema"] = "resdiff.history/4"
    old_lin = Lineage.model_validate({**lin, "schema": "resdiff.lineage/5"})
    assert not any(r.founding for r in old_lin.revisions)


def test_the_founding_step_is_read_with_the_lexicon_the_history_was_given(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The history reads its texts with the user's lexicon, so its founding step must too:
    a lexicon in which a "Force" is no body a clause sets up founds nothing (before, the
    history asked the founding rule with the default lexicon whatever it was given)."""
    from resdiff.lexicon import Lexicon

    mine = tmp_path / "mine.toml"
    mine.write_text('[bodies]\n"Force" = {}\n', encoding="utf-8")
    lex = Lexicon.default().with_overrides(mine)
    assert history([FOUNDING, RENEWAL]).revisions[0].founding is not None
    assert history([FOUNDING, RENEWAL], lexicon=lex).revisions[0].founding is None
