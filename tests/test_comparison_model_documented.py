"""What a comparison holds is said where a user looks for it: every field of the objects
:func:`resdiff.compare` returns is named in its class's docstring or described, and every
feature a shift may name is listed in :class:`resdiff.Shift`'s (a new user's first hour,
thirty-second session: six features and twenty fields were nowhere said)."""

from __future__ import annotations

import pytest

from resdiff.model import (
    SHIFT_FEATURES,
    Change,
    Comparison,
    DraftInfo,
    KeyChange,
    Shift,
    Summary,
)


@pytest.mark.parametrize("model", [Comparison, Change, Shift, Summary, KeyChange, DraftInfo])
def test_every_field_is_said_in_the_docstring_or_described(model: type) -> None:
    doc = model.__doc__ or ""
    unsaid = [
        name
        for name, info in model.model_fields.items()
        if not info.description and f"``{info.alias or name}``" not in doc
    ]
    assert not unsaid, f"{model.__name__}: fields neither described nor named: {unsaid}"


def test_every_shift_feature_is_listed_in_the_shift_docstring() -> None:
    doc = Shift.__doc__ or ""
    missing = [feature for feature in SHIFT_FEATURES if f"``{feature}``" not in doc]
    assert not missing, f"features a Shift may name that its docstring does not: {missing}"
