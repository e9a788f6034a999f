"""Review of history18: ``check`` reads sanctions kept in force by a general reference
("Decides that the present sanctions against Southern Rhodesia shall remain in force",
S/RES/288 (1970)) as a regime's measures, not any measures a text keeps in force.

Made-up texts only; the helpers are history18's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_history18 import EMBARGO_LINE, IMPOSED, _sanctions

import resdiff


def _result(tmp_path: Path, clause: str, base: str | None = None) -> resdiff.CheckResult:
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    draft = _sanctions(1002, 2022, [clause, "Decides to remain seized."])
    return resdiff.check(draft, spec, base=base).result("The arms embargo stays")


@pytest.mark.parametrize(
    "clause",
    [
        # A party's own measures, or an agreement's, kept in force: no sanctions of an
        # earlier resolution, so the line still fails as "no arms embargo named".
        "Decides that the confidence-building measures agreed by the parties shall "
        "remain in force;",
        "Decides that the Agreement on interim measures shall remain in force;",
        "Decides that the transitional measures shall continue in effect until the elections;",
        "Decides that the security measures set out in the Agreement shall remain in effect;",
    ],
)
def test_other_measures_kept_in_force_do_not_hold_the_embargo(tmp_path: Path, clause: str) -> None:
    for base in (None, IMPOSED):
        result = _result(tmp_path, clause, base)
        assert result.status == "fail", result.message
        assert "keeps in force" not in result.message


@pytest.mark.parametrize(
    "clause",
    [
        # "to" in the words between the sanctions and "shall remain" ended the search.
        "Decides that the measures imposed with respect to Freedonia shall remain in force;",
        "Decides that the sanctions relating to Freedonia shall remain in force;",
        "Decides that the measures referred to in paragraph 1 of resolution 1001 (2021) "
        "shall remain in force;",
        "Decides that the measures against Freedonia shall remain in effect;",
    ],
)
def test_sanctions_kept_in_force_whatever_words_name_them(tmp_path: Path, clause: str) -> None:
    result = _result(tmp_path, clause, IMPOSED)
    assert result.status == "skipped", result.message
    assert "keeps in force measures of an earlier resolution by reference" in result.message


def test_a_sunset_given_by_a_general_reference_is_not_said_to_be_by_paragraph_number(
    tmp_path: Path,
) -> None:
    result = _result(
        tmp_path,
        "Decides that the present sanctions against Freedonia shall remain in force for a "
        "final period until 31 December 2023;",
    )
    assert result.status == "fail", result.message
    assert "a sunset to measures of an earlier resolution by reference" in result.message
    assert all("paragraph number" not in (ev.found or "") for ev in result.evidence)


@pytest.mark.parametrize(
    "keeps",
    [
        "Decides that the measures imposed by paragraph 1 of this resolution shall remain "
        "in force until the aims of the present resolution are achieved;",
        "Decides that the measures described in paragraph 1 above shall remain in effect;",
    ],
)
def test_the_texts_own_measures_kept_in_force_are_read_not_skipped(
    tmp_path: Path, keeps: str
) -> None:
    # The measures of this very text are there to read: it imposes no arms embargo, so
    # the line fails, as before history18; no earlier resolution is to be checked.
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    draft = _sanctions(
        1002,
        2022,
        [
            "Decides that all Member States shall freeze without delay the funds of the "
            "individuals designated by the Committee;",
            keeps,
            "Decides to remain seized.",
        ],
    )
    result = resdiff.check(draft, spec).result("The arms embargo stays")
    assert result.status == "fail", result.message
    assert "earlier resolution" not in result.message
