"""A paragraph cut in two and both parts rewritten (resdiff.align.remainder, asked for
with ``AlignOptions(remainder_parts=True)``; off by default, RESULTS §2ej): drafts of
ordinary Council wording written for these tests."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.align import AlignOptions, Link, align, remainder
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
