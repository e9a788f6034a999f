"""Review of the twenty-eighth session's merge: the defects found where two branches' rules
meet on the same sentence. Made-up texts only."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_history18 import EMBARGO_LINE, IMPOSED, _sanctions

import resdiff

# ------------------------------------------------- leads18 "shall not expire" and check


@pytest.mark.parametrize(
    "clause",
    [
        "Decides that the measures imposed by paragraph 1 of resolution 1001 (2021) shall not "
        "expire on 31 July 2023;",
        "Decides that the measures imposed by paragraph 1 of resolution 1001 (2021) will not "
        "terminate until the Council decides otherwise;",
    ],
)
def test_an_end_refused_keeps_the_measures_for_check_as_for_compare(
    tmp_path: Path, clause: str
) -> None:
    """leads18 reads "the measures imposed by paragraph 1 of resolution ... shall not
    expire" as the measures kept (compare: maintained); check18's reading of measures kept
    by reference did not know the words, and a measure_mode line failed ("no arms embargo
    imposed") on the very paragraph that keeps the measures, where "shall remain in force"
    is not checked (it may hold the embargo)."""
    draft = _sanctions(1002, 2022, [clause, "Decides to remain seized."])
    cmp = resdiff.compare(IMPOSED, draft)
    said = {s.new for c in cmp.changes for p in c.walk() for s in p.shifts if s.new}
    assert "maintained" in said
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    for base in (None, IMPOSED):
        result = resdiff.check(draft, spec, base=base).result("The arms embargo stays")
        assert result.status == "skipped", result.message
        assert "keeps in force measures of an earlier resolution by reference" in result.message


def test_an_expiry_by_reference_is_still_a_sunset(tmp_path: Path) -> None:
    """The end refused is told from the end set: "shall expire on" stays a sunset."""
    clause = (
        "Decides that the measures imposed by paragraph 1 of resolution 1001 (2021) shall "
        "expire on 31 July 2023;"
    )
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    draft = _sanctions(1002, 2022, [clause, "Decides to remain seized."])
    result = resdiff.check(draft, spec).result("The arms embargo stays")
    assert result.status == "fail" and "sunset" in result.message, result.message


# ----------------------------------- leads18 sunset-only measures and the summary's lists

_CITED = (
    "Decides that the measures imposed by paragraph 1 of resolution 1001 (2021) shall {} "
    "31 July 2023;"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("remain in force until", "expire on"),
        ("expire on", "remain in force until"),
        ("expire on", "not expire on"),
        ("not expire on", "expire on"),
    ],
)
def test_measures_carried_to_an_end_are_neither_added_nor_dropped(old: str, new: str) -> None:
    """A renewal by reference turned into an expiry (or the reverse) keeps the measures
    until the date: the sunset weighs as a life-cycle shift, and since leads18's review the
    shifts name no measure imposed or taken out; the summary's lists still said "the
    measures cited" dropped (or added), and the two disagreed on the same paragraph."""
    old_draft = _sanctions(1002, 2022, [_CITED.format(old), "Decides to remain seized."])
    new_draft = _sanctions(1003, 2023, [_CITED.format(new), "Decides to remain seized."])
    summary = resdiff.compare(old_draft, new_draft).summary
    assert summary.measures_added == () and summary.measures_dropped == ()
    assert summary.direction == ("softer" if new == "expire on" else "stronger")


@pytest.mark.parametrize("verb", ["remain in force", "not expire", "not terminate"])
def test_the_sanctions_kept_whole_by_an_end_refused(verb: str) -> None:
    """A later resolution that keeps every sanctions measure without naming one keeps the
    measures it does not name (classify.standing.measures_maintained). "shall remain in
    force" read so; "shall not expire", which compare reads as the measures maintained
    (leads18) and check as kept in force, read the arms embargo dropped, softer."""
    keeps = f"Decides that the present sanctions against Freedonia shall {verb};"
    draft = _sanctions(1002, 2022, [keeps, "Decides to remain seized."])
    summary = resdiff.compare(IMPOSED, draft).summary
    assert summary.measures_dropped == ()
    assert summary.direction == "neutral"
