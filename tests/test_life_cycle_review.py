"""Review of the growing stages (RESULTS §2cm): a body "set up" is read only as the verb's
own object named with a capital, and a negated enlargement is none, so that it is no
enlargement in place of an extension in a paired paragraph. Made-up texts."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.lexicon import Lexicon

LEX = Lexicon.default()


@pytest.mark.parametrize(
    "text",
    [
        # A fund set up for a body, a thing set up near one, a commission set up with
        # another body's help, a body named by the resolution that set it up.
        "Requests the Secretary-General to set up a special Trust Fund for the Force;",
        "Requests the Secretary-General to set up a trust fund to support the Mission;",
        "Condemns the checkpoints set up near the positions of the Force;",
        "Encourages the Government to set up, with the support of the Office of the High "
        "Commissioner for Human Rights, a national commission of inquiry;",
        "Requests the Group of Experts set up in resolution 1533 (2004) to share information "
        "with the Mission;",
        "Welcomes the Mission set up in 2004 by the African Union and the Panel;",
    ],
)
def test_set_up_names_no_body_it_does_not_set_up(text: str) -> None:
    assert [m.id for m in LEX.lifecycle_in(text)] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Decides to set up immediately, under its authority, a United Nations Emergency "
        "Force to be composed of personnel drawn from States Members;",
        "Decides to set up immediately under its authority a United Nations Disengagement "
        "Observer Force;",
        "Decides to set up, under the authority of the Security Council, a United Nations "
        "Observer Mission;",
        "Decides to set up a Panel of Experts for an initial period of thirteen months;",
    ],
)
def test_a_body_set_up_as_the_verbs_object_is_established(text: str) -> None:
    assert [m.id for m in LEX.lifecycle_in(text)] == ["establish"], text


@pytest.mark.parametrize(
    "text",
    [
        "Decides not to expand the mandate of the Mission at this stage;",
        "Decides not to increase the strength of the Force;",
        "Decides not to authorize an additional 4,000 troops for the Mission;",
        "Decides that there shall be no enlargement of the mandate of the Mission;",
    ],
)
def test_a_negated_enlargement_enlarges_nothing(text: str) -> None:
    assert LEX.lifecycle_in(text) == [], text


def _text(operative: str) -> str:
    return (
        "Resolution S/RES/900 (2032)\nof 1 March 2032\n\nThe Security Council,\n\n"
        "Recalling its previous resolutions on the situation in the territory,\n\n"
        "1. Approves the report of the Secretary-General;\n\n"
        f"2. {operative}\n"
    )


def test_an_extension_beside_a_refused_enlargement_is_no_enlargement() -> None:
    # "extends ... and decides not to expand its mandate" in place of "extends ...": the
    # extension kept, nothing enlarged (was "extended → expanded", stronger).
    extend = (
        "Decides to extend the mandate of the United Nations Observer Mission in the "
        "territory for a further period of six months"
    )
    cmp = resdiff.compare(
        _text(extend + ";"),
        _text(extend + ", and decides not to expand its mandate to include the elections;"),
    )
    change = cmp.change_for("OP2", side="new")
    assert [s for s in change.shifts if s.feature == "lifecycle"] == []


def test_an_enlargement_put_in_beside_an_extension_kept_is_an_addition() -> None:
    # The paragraph extends one body and enlarges another: the extension stays, so the
    # enlargement is added ("expanded", stronger), not "extended → expanded".
    extend = "Decides to extend the mandate of UNMISS until 30 April 2033"
    cmp = resdiff.compare(
        _text(extend + ";"),
        _text(extend + " and to expand the mandate of UNISFA to include border monitoring;"),
    )
    change = cmp.change_for("OP2", side="new")
    assert [(s.old, s.new, s.direction) for s in change.shifts if s.feature == "lifecycle"] == [
        (None, "expanded", "stronger")
    ]


def test_the_term_of_an_added_extension_is_its_own_period() -> None:
    # A period of another clause is not the extension's term.
    from resdiff.quantities import renewal_term

    assert (
        renewal_term(
            "Decides to extend the mandate of the Force until 24 October 2033, and requests "
            "the Secretary-General to report on the ceasefire observed for a period of 30 "
            "days;",
            LEX,
        )
        == "until 24 October 2033"
    )
    assert (
        renewal_term(
            "Decides that the mandate of the Force shall be extended for a further period of "
            "six months, that is, until 24 October 2033;",
            LEX,
        )
        == "for a further period of six months, until 24 October 2033"
    )
