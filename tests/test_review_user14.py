"""The review of branch user14: a measure named but not imposed is not checked (the
lead's decision), a lift or a dropped imposition still fails, and "measures on arms
control" is no arms embargo. Made-up texts only."""

from __future__ import annotations

from resdiff import check

_HEAD = (
    "United Nations\n\nS/2031/100\n\nSecurity Council\n\nDraft resolution\n\n"
    "The Security Council,\n\nRecalling its resolution 8000 (2029) on Eastland,\n\n"
)
_RULE = "Arms embargo stays mandatory"
_SPEC = (
    f'[[rule]]\nname = "{_RULE}"\ntype = "measure_mode"\n'
    'measure = "arms_embargo"\nmode = "mandatory"\n'
)


def _ops(*operative: str) -> str:
    return _HEAD + "\n\n".join(f"{k}. {t}" for k, t in enumerate(operative, start=1)) + "\n"


_COMPLIANCE = "Demands full compliance by all Member States with the arms embargo;"
_SEIZED = "Decides to remain seized of the matter."
_IMPOSED = (
    "Decides that all Member States shall immediately take the necessary measures to "
    "prevent the direct or indirect supply, sale or transfer of arms and related "
    "materiel of all types to Eastland;"
)


def test_a_measure_named_but_not_imposed_is_not_checked() -> None:
    # S/RES/2644 (2022) OP5: a demand of compliance with an embargo imposed long before
    # leaves it in force; the red line "the arms embargo stays" is not crossed.
    result = check(_ops(_COMPLIANCE, _SEIZED), _SPEC).result(_RULE)
    assert result.status == "skipped"
    assert result.message.startswith("not checked: arms embargo named, not imposed (OP1)")


def test_a_lift_still_fails() -> None:
    text = _ops(
        "Decides to terminate the arms embargo imposed by paragraph 4 of resolution 8000 (2029);",
        _COMPLIANCE,
    )
    result = check(text, _SPEC).result(_RULE)
    assert result.status == "fail"
    assert "OP1 lifts or ends it" in result.message


def test_an_imposition_dropped_from_the_base_fails() -> None:
    base = _ops(_IMPOSED, _SEIZED)
    result = check(_ops(_COMPLIANCE, _SEIZED), _SPEC, base=base).result(_RULE)
    assert result.status == "fail"
    assert "where the base imposed it" in result.message
    # Against a base that did not impose it either, it is not checked.
    other = check(_ops(_COMPLIANCE, _SEIZED), _SPEC, base=_ops(_SEIZED)).result(_RULE)
    assert other.status == "skipped"


def test_measures_on_arms_control_are_no_arms_embargo() -> None:
    # "measures on arms", a name of the embargo, matched "measures on arms control".
    text = _ops("Decides that all States shall adopt measures on arms control;", _SEIZED)
    result = check(text, _SPEC).result(_RULE)
    assert result.status == "fail"
    assert result.message == "no arms embargo imposed — at least mandatory required"
    named = _ops("Encourages States to pursue measures on arms control;", _SEIZED)
    assert check(named, _SPEC).result(_RULE).status == "fail"


def test_a_measure_a_recital_recalls_is_not_checked() -> None:
    # S/RES/2635 (2022): "Recalling its resolution 1970 (2011) imposing the arms
    # embargo", and an operative part that renews only the inspections: the embargo stays
    # in force, not a red line crossed.
    text = (
        _HEAD.replace("on Eastland,", "imposing the arms embargo on Eastland,")
        + "1. Decides to extend the authorizations as set out in resolution 8100 (2030) for "
        "a further 12 months;\n\n2. Decides to remain seized of the matter.\n"
    )
    result = check(text, _SPEC).result(_RULE)
    assert result.status == "skipped"
    assert "named, not imposed (PP1)" in result.message
    # A recital that recalls a lift tells a past event: no lift by this text.
    recalled = text.replace("imposing the arms embargo", "deciding to terminate the arms embargo")
    assert check(recalled, _SPEC).result(_RULE).status == "skipped"
