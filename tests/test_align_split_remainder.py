"""A paragraph cut in two and both parts rewritten (resdiff.align.remainder, asked for
with ``AlignOptions(remainder_parts=True)``; off by default, RESULTS §2ej): drafts of
ordinary Council wording written for these tests."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.align import AlignOptions, Link, align, remainder
from resdiff.align.text import Vocabulary, normalise
from resdiff.model import Draft

_KEPT_PRE = [
    "Recalling its resolution 2001 (2019),",
    "Reaffirming its commitment to the sovereignty of Ruritania,",
]
_CONDEMNS = "Condemns the attacks on the civilian population of the Varnian lowlands;"
_FUND = "Calls upon Member States to contribute to the trust fund for the mission;"
_WHOLE = (
    "Decides to extend the mandate of the mission in Ruritania until 31 March 2023, and "
    "requests the Secretary-General to report to the Council every ninety days on the "
    "preparations for the national elections and on the return of displaced persons;"
)
#: The extension, cut from the whole and rewritten.
_EXTENSION = (
    "Decides to extend the mandate of the mission in Ruritania for a further year, "
    "until 31 March 2024;"
)
#: The request for reports, cut from the whole and rewritten: the closer part.
_REPORTS = (
    "Requests the Secretary-General to brief the Council quarterly, in writing, on "
    "progress towards credible national elections and the safe and voluntary return of "
    "refugees and displaced persons;"
)
#: A new paragraph that shares the mission's and the Secretary-General's names only.
_APPOINTMENT = (
    "Welcomes the appointment of the Special Representative of the Secretary-General for "
    "Ruritania as head of the mission;"
)
_ON = AlignOptions(remainder_parts=True)


def _draft(operative: list[str]) -> Draft:
    body = "\n\n".join(
        f"{k + 1}. {p}" for k, p in enumerate([*operative, "Decides to remain seized."])
    )
    return resdiff.parse("The Security Council,\n\n" + "\n\n".join(_KEPT_PRE) + f"\n\n{body}\n")


def _groups(old: Draft, new: Draft, options: AlignOptions) -> list[tuple[object, ...]]:
    links: list[Link] = align(old.operative, new.operative, options)
    return [(link.old, link.new, link.method) for link in links if link.score < 1]


def test_a_paragraph_cut_in_two_rewritten_parts_is_one_split() -> None:
    # Neither part is contained in the whole word for word (the split round leaves the
    # extension added); the extension brings back what the request lost of the whole.
    old = _draft([_CONDEMNS, _WHOLE, _FUND])
    new = _draft([_CONDEMNS, _EXTENSION, _REPORTS, _FUND])
    assert _groups(old, new, AlignOptions()) == [((), (1,), "added"), ((1,), (2,), "similar")]
    assert _groups(old, new, _ON) == [((1,), (1, 2), "split")]


def test_two_paragraphs_joined_and_rewritten_are_one_merge() -> None:
    old = _draft([_CONDEMNS, _EXTENSION, _REPORTS, _FUND])
    new = _draft([_CONDEMNS, _WHOLE, _FUND])
    assert _groups(old, new, AlignOptions()) == [((1,), (), "dropped"), ((2,), (1,), "similar")]
    assert _groups(old, new, _ON) == [((1, 2), (1,), "merged")]


def test_a_new_paragraph_that_shares_the_missions_name_is_no_part() -> None:
    # The request for reports dropped, and a welcome of an appointment added beside the
    # extension: it names the mission and the Secretary-General, but brings back none of
    # the reports, elections and returns the whole lost. On either side of the pair.
    old = _draft([_CONDEMNS, _WHOLE, _FUND])
    for new_ops in (
        [_CONDEMNS, _EXTENSION, _APPOINTMENT, _FUND],
        [_CONDEMNS, _APPOINTMENT, _EXTENSION, _FUND],
    ):
        groups = _groups(old, _draft(new_ops), _ON)
        assert all(method != "split" for _, _, method in groups)
        assert len([g for g in groups if g[2] == "added"]) == 1


def test_a_part_across_a_kept_paragraph_is_no_part() -> None:
    # The extension stands below a paragraph kept as it was: the parts are not together.
    old = _draft([_CONDEMNS, _WHOLE, _FUND])
    new = _draft([_REPORTS, _CONDEMNS, _EXTENSION, _FUND])
    assert all(method != "split" for _, _, method in _groups(old, new, _ON))


def test_a_split_that_keeps_every_demand_is_not_strengthened() -> None:
    # The extension renewed and the reports still asked for: one provision reworded.
    old = _draft([_CONDEMNS, _WHOLE, _FUND])
    new = _draft([_CONDEMNS, _EXTENSION, _REPORTS, _FUND])
    cmp = resdiff.compare(old, new, options=_ON)
    change = cmp.change_for("OP2")
    assert change is not None
    assert change.new == ("OP2", "OP3")
    assert str(change.kind) == "reworded"


def test_the_round_computes_at_most_two_ratios_a_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    # Three hundred reworded paragraphs, each with an added one beside it that shares its
    # words: the round looks at the neighbours of each pair only, and computes one edit
    # ratio of the partner alone and one of the parts joined per side proposed, never a
    # ratio for every pair of leftovers.
    calls = []
    real = remainder.fuzz.ratio

    def counted(a: str, b: str) -> float:
        calls.append(1)
        return real(a, b)

    monkeypatch.setattr(remainder.fuzz, "ratio", counted)
    n = 300
    old_ops = [
        f"Decides that the zq{k}a panel shall report on the zq{k}b regime and the zq{k}c "
        f"measures, and requests the zq{k}d committee to review the zq{k}e list;"
        for k in range(n)
    ]
    new_ops: list[str] = []
    for k in range(n):
        new_ops.append(
            f"Requests the zq{k}d committee to review the zq{k}e list and zq{k}c measures;"
        )
        new_ops.append(f"Decides that the zq{k}a panel shall report on the zq{k}b regime;")
    links = align(_draft(old_ops).operative, _draft(new_ops).operative, _ON)
    made = [link for link in links if link.method in ("split", "merged")]
    assert made
    assert len(calls) <= 4 * n


def test_a_recital_beside_the_first_operative_paragraph_is_no_part() -> None:
    # The extension recalled as the last recital, the request for reports the first
    # operative paragraph: the two stand side by side in the clause list and the recital
    # brings back the extension the whole lost, but a part across the preamble/operative
    # line is no part of a split (the round reads neighbours in the same part only).
    recital = (
        "Having decided to extend the mandate of the mission in Ruritania until 31 March "
        "2023 for a further year,"
    )
    old = resdiff.parse(
        "The Security Council,\n\n"
        + "\n\n".join(_KEPT_PRE)
        + f"\n\n1. {_WHOLE}\n\n2. {_FUND}\n\n3. Decides to remain seized.\n"
    )
    new = resdiff.parse(
        "The Security Council,\n\n"
        + "\n\n".join([*_KEPT_PRE, recital])
        + f"\n\n1. {_REPORTS}\n\n2. {_FUND}\n\n3. Decides to remain seized.\n"
    )
    assert [c.ref for c in new.preamble] == ["PP1", "PP2", "PP3"]
    links = align([*old.preamble, *old.operative], [*new.preamble, *new.operative], _ON)
    assert [(link.old, link.new, link.method) for link in links if link.score < 1] == [
        ((), (2,), "added"),
        ((2,), (3,), "similar"),
    ]


def test_a_paragraph_between_two_pairs_goes_to_one_of_them() -> None:
    # The extension stands between two reworded requests, and each of their old wholes
    # held it: it brings back the remainder of both. It joins the better pair only (the
    # one paired first), never both: a paragraph in two links would be reported twice.
    first = (
        "Requests the Secretary-General to report on the preparations for the national "
        "elections, and decides to extend the mandate of the mission in Ruritania until 31 "
        "March 2023;"
    )
    second = (
        "Decides to extend the mandate of the mission in Ruritania until 31 March 2023, and "
        "requests the Secretary-General to report every ninety days on the return of "
        "displaced persons;"
    )
    elections = (
        "Requests the Secretary-General to brief the Council quarterly, in writing, on "
        "progress towards credible national elections;"
    )
    returns = (
        "Requests the Secretary-General to brief the Council quarterly, in writing, on the "
        "safe and voluntary return of refugees and displaced persons;"
    )
    old = _draft([_CONDEMNS, first, second, _FUND]).operative
    new = _draft([_CONDEMNS, elections, _EXTENSION, returns, _FUND]).operative
    old_norm = [normalise(c.full_text()) for c in old]
    new_norm = [normalise(c.full_text()) for c in new]
    links = [
        Link((0,), (0,), "identical", 1.0),
        Link((1,), (1,), "similar", 0.5),
        Link((2,), (3,), "similar", 0.45),
        Link((3,), (4,), "identical", 1.0),
        Link((4,), (5,), "identical", 1.0),
    ]
    out = remainder.remainder_parts(
        links, old, new, old_norm, new_norm, Vocabulary(old_norm, new_norm), _ON
    )
    assert [(link.old, link.new, link.method) for link in out if link.score < 1] == [
        ((1,), (1, 2), "split"),
        ((2,), (3,), "similar"),
    ]


def test_a_paragraph_mostly_new_is_its_own_provision_though_it_brings_back_the_rest() -> None:
    # The extension comes back, but as the lead of a new authorisation to use all
    # necessary means for ten new tasks: most of its rarer words were never in the whole
    # (under remainder_share), so it grew into a provision of its own and stays added.
    authorisation = (
        "Decides to extend the mandate of the mission in Ruritania until 31 March 2023, to "
        "be reviewed every ninety days, and authorises it to use all necessary means to "
        "protect civilians, disarm combatants, secure airports, escort convoys, patrol "
        "borders, guard prisons, clear mines, rebuild courts, monitor ceasefires and train "
        "police;"
    )
    old = _draft([_CONDEMNS, _WHOLE, _FUND])
    new = _draft([_CONDEMNS, authorisation, _REPORTS, _FUND])
    assert _groups(old, new, _ON) == [((), (1,), "added"), ((1,), (2,), "similar")]
