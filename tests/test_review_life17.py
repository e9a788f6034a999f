"""The review of life17 (issue 9 §4, twenty-seventh session): what its rules still misread.

1. The renewal subject's acronyms (lifecycle.toml ``[fragments.subject]``) took every name
   opening with "UN": a United Nations fund, programme or agency carrying on its own work
   ("UNHCR shall continue to assist refugees until ...") read as a renewal, as the
   regional organisations life17 left out did; and the bodies the Council set up under
   another name (IRMCT, JIM) were no longer renewed.
2. ``check``: a final renewal or an expiry of measures cited by paragraph number was
   "skipped" as a renewal (or failed as "no arms embargo imposed"); a line that the
   embargo stays fails on it either way, as on a sunset by name.

Made-up wording, with the counter-examples that must not change."""

from __future__ import annotations

import pytest

from resdiff import check
from resdiff.lexicon import Lexicon


def _continues(text: str) -> list[str]:
    return [m.label for m in Lexicon.default().lifecycle_in(text) if m.stage == "continue"]


# -- 1. the acronyms ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Decides that UNHCR shall continue to assist refugees until 1 June 2031;",
        "Decides that UNDP shall continue to support the transition until 1 June 2031;",
        "Decides that UNICEF shall continue to operate in the country until 1 June 2031;",
        "Decides that UNMAS shall continue to clear mines for a further period of six months;",
    ],
)
def test_a_united_nations_agency_carrying_on_is_no_renewal(text: str) -> None:
    assert _continues(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Decides that the IRMCT shall continue to operate until 30 June 2032;",
        "Decides that the JIM shall continue to carry out its tasks until 17 November 2031;",
        # Missions whose names open like an excluded one: still the Council's own.
        "Decides that UNITAMS shall continue to carry out its tasks until 3 June 2031;",
        "Decides that UNITAD shall continue to operate until 17 September 2031;",
        "Decides that UNSCOM shall continue to operate for a further period of six months;",
    ],
)
def test_a_council_body_by_another_acronym_is_a_renewal(text: str) -> None:
    assert _continues(text) == ["extended"]


@pytest.mark.parametrize(
    "text",
    [
        # life17's "the African Union Mission in Somalia shall continue" passed before its
        # fix too ("in" opens no phrase of the subject): these reach its "Union" check.
        "Decides that the African Union Mission shall continue to carry out its tasks until "
        "31 December 2031;",
        "Decides that the European Union Force shall remain in the country for a further "
        "period of six months;",
    ],
)
def test_a_union_body_carrying_on_is_no_renewal(text: str) -> None:
    assert _continues(text) == []


# -- 2. check: a line that the embargo stays ----------------------------------------------

_HEAD = (
    "United Nations\n\nS/2031/100\n\nSecurity Council\n\nDraft resolution\n\n"
    "The Security Council,\n\nRecalling its resolution 2588 (2021),\n\n"
)
_STAYS = (
    '[[rule]]\nname = "The arms embargo stays"\ntype = "measure_mode"\n'
    'measure = "arms_embargo"\nmode = "mandatory"\n'
)
_BY = "the measures imposed by paragraph 1 of resolution 2588 (2021)"


def _stays(op: str) -> tuple[str, str]:
    text = f"{_HEAD}1. {op}\n\n2. Decides to remain seized of the matter.\n"
    result = check(text, _STAYS).result("The arms embargo stays")
    return result.status, result.message


@pytest.mark.parametrize(
    "op",
    [
        f"Decides to renew for a final period until 31 July 2023 {_BY};",
        f"Decides to renew {_BY} for a final period until 31 July 2023;",
        f"Decides that {_BY} shall expire on 31 July 2023;",
    ],
)
def test_a_sunset_by_reference_crosses_the_line(op: str) -> None:
    status, message = _stays(op)
    assert status == "fail"
    assert "OP1 gives a sunset to measures of an earlier resolution" in message


@pytest.mark.parametrize(
    "op",
    [
        f"Decides to renew until 31 July 2023 {_BY};",
        # Another body's sunset in the same paragraph leaves the renewal one.
        f"Decides to renew until 31 July 2023 {_BY}, and decides that the mandate of the "
        "Panel of Experts shall expire on 31 August 2023;",
    ],
)
def test_a_renewal_by_reference_is_still_not_checked(op: str) -> None:
    status, message = _stays(op)
    assert status == "skipped"
    assert "OP1 renews measures of an earlier resolution" in message
