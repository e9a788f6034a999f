"""The review of leads18 (issue 9 §4, twenty-eighth session).

A fragment may write another since leads18 ("{subject}" writes "{council_acronym}"). A
user's file with a fragment that writes itself, directly or through another, was left
half written out, its placeholder matching nothing, with no word said; and one that
writes itself several times grew as a power of the number of fragments (each pass
multiplied it), so a few lines of TOML took seconds, then minutes, to compile. Both are
now refused with a :class:`~resdiff.errors.LexiconError` naming the file and the
fragment, and a fragment written out past ``MAX_FRAGMENT`` characters is refused too.

leads18 made a final renewal by reference ("Decides to renew for a final period until ...
the measures imposed by paragraph 1 of resolution 2588 (2021)") a measure carried on only
to its end (``Measure.sunset_only``), so that a paragraph added imposes nothing. In a
paired paragraph whose other side renews the same measures plainly, the report then said
"sanctions measure removed: the measures cited (mandatory) (still imposed in new OP1)" of
the very paragraph that carries them on, where 4faf394 read the sunset alone. A measure one
side carries on to its end is neither imposed nor taken out against the other side's
renewal: the sunset weighs (as it did for an expiry by reference, "shall expire on", which
read the same contradiction at 4faf394)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.errors import LexiconError
from resdiff.lexicon import Lexicon
from resdiff.lexicon.stages import MAX_FRAGMENT


def _mine(tmp_path: Path, toml: str) -> Lexicon:
    path = tmp_path / "mine.toml"
    path.write_text(toml, "utf-8")
    return Lexicon.default().with_overrides(path)


def test_a_fragment_that_writes_itself_is_refused_naming_file_and_fragment(
    tmp_path: Path,
) -> None:
    toml = "[fragments.council_acronym]\npattern = '(?:UNX|{council_acronym})'\n"
    with pytest.raises(LexiconError) as caught:
        _mine(tmp_path, toml)
    assert 'fragments["council_acronym"]' in str(caught.value)
    assert "mine.toml" in str(caught.value)


def test_a_circle_of_fragments_is_refused(tmp_path: Path) -> None:
    toml = "[fragments.a]\npattern = 'x{b}'\n[fragments.b]\npattern = 'y{a}'\n"
    with pytest.raises(LexiconError, match=r"\{a\} -> \{b\} -> \{a\}"):
        _mine(tmp_path, toml)


def test_a_fragment_written_out_past_the_bound_is_refused_at_once(tmp_path: Path) -> None:
    # No circle: each fragment writes the next four times (4**8 copies of "z" at the end).
    rows = "".join(
        f"[fragments.f{i}]\npattern = '(?:{{f{i + 1}}}|{{f{i + 1}}}|{{f{i + 1}}}|{{f{i + 1}}})'\n"
        for i in range(8)
    )
    start = time.monotonic()
    with pytest.raises(LexiconError, match=r'fragments\["f\d"\]: written out it is'):
        _mine(tmp_path, rows + "[fragments.f8]\npattern = 'z'\n")
    assert time.monotonic() - start < 10
    assert MAX_FRAGMENT >= 2_000


def test_a_fragment_may_still_write_another_and_a_placeholder_unknown_stays(
    tmp_path: Path,
) -> None:
    toml = (
        "[fragments.council_acronym]\npattern = '(?-i:\\b{mine}\\b)'\n"
        "[fragments.mine]\npattern = 'ECOWAS'\n"
    )
    mine = _mine(tmp_path, toml)
    assert [m.stage for m in mine.lifecycle_in("Notes the withdrawal of ECOWAS;")] == ["reduce"]
    assert [m.stage for m in mine.lifecycle_in("Notes the withdrawal of UNMISS;")] == []
    # The default: the subject writes the acronyms, written out in full.
    default = Lexicon.default()
    assert [
        m.label for m in default.lifecycle_in("UNMISS shall continue to operate until 1 May 2031;")
    ] == ["extended"]


_BY = "the measures imposed by paragraph 1 of resolution 2588 (2021)"
_RENEW = f"Decides to renew until 31 July 2023 {_BY};"
_FINAL = f"Decides to renew for a final period until 31 July 2024 {_BY};"
_EXPIRE = f"Decides that {_BY} shall expire on 31 July 2024;"


def _shifts(old: str, new: str) -> list[tuple[str, str | None, str | None, str]]:
    cmp = resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING]))
    return [
        (s.feature, s.old, s.new, s.direction)
        for c in cmp.changes
        for part in c.walk()
        for s in part.shifts
    ]


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        (_RENEW, _FINAL, "softer"),
        (_FINAL, _RENEW, "stronger"),
        (_RENEW, _EXPIRE, "softer"),
        (_EXPIRE, _RENEW, "stronger"),
    ],
    ids=["renew-final", "final-renew", "renew-expire", "expire-renew"],
)
def test_a_measure_carried_on_to_its_end_is_not_removed_from_its_own_paragraph(
    old: str, new: str, direction: str
) -> None:
    shifts = _shifts(old, new)
    assert [s for s in shifts if s[0] == "measure"] == []
    # The sunset put in or taken out weighs, as before.
    assert [s[3] for s in shifts if s[0] == "lifecycle"] == [direction]


def test_a_named_embargo_renewed_finally_by_reference_is_still_carried_on() -> None:
    named = (
        "Decides that all States shall prevent the supply of arms to the territory until "
        "31 July 2023;"
    )
    measures = [s for s in _shifts(named, _FINAL) if s[0] == "measure"]
    assert measures == [("measure", "arms embargo (mandatory)", None, "neutral")]
