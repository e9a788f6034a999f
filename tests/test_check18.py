"""check18: the red-lines ``check`` leftovers. The words of measures kept by reference
are lifecycle.toml's (a user's lexicon changes them); forms of sanctions kept in force
the reading missed, an exemption it over-read; and the ``no_sunset`` rule.

Made-up texts only; real series are tried where ``../shared/corpus`` is present.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_history18 import EMBARGO_LINE, IMPOSED, _sanctions

import resdiff
from resdiff.errors import ResdiffError
from resdiff.lexicon import Lexicon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(
    not (CORPUS / "akn").is_dir(), reason="needs ../shared/corpus (real texts, not in the repo)"
)


def _embargo(
    tmp_path: Path, clause: str, base: str | None = None, **kw: object
) -> resdiff.RuleResult:
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    draft = _sanctions(1002, 2022, [clause, "Decides to remain seized."])
    return resdiff.check(draft, spec, base=base, **kw).result("The arms embargo stays")  # type: ignore[arg-type]


# ------------------------------------------------------------------ forms missed


@pytest.mark.parametrize(
    "clause",
    [
        # A "shall" in a relative clause between commas ended the search.
        "Decides that the sanctions, which shall be reviewed every six months, shall remain "
        "in force;",
        "Decides that the sanctions, as they were reviewed by the Committee, shall remain in "
        "force;",
        # The measures with no qualifier but "mandatory".
        "Decides that the mandatory measures shall remain in force;",
        # An earlier resolution kept by its number.
        "Decides that resolution 253 (1968) shall remain in force;",
        "Decides that resolutions 232 (1966) and 253 (1968) shall remain fully in force;",
    ],
)
def test_forms_of_sanctions_kept_in_force(tmp_path: Path, clause: str) -> None:
    for base in (None, IMPOSED):
        result = _embargo(tmp_path, clause, base)
        assert result.status == "skipped", result.message
        assert "keeps in force measures of an earlier resolution by reference" in result.message


@pytest.mark.parametrize(
    "clause",
    [
        # An exemption kept in force narrows the sanctions: no sanctions kept.
        "Decides that the exemptions to the sanctions shall remain in force;",
        "Decides that the exemption from the mandatory measures shall remain in effect;",
        # A resolution named as where something else is set out, not kept itself.
        "Decides that the arrangements set out in resolution 824 (1993) shall remain in force;",
        "Decides that the provisions of resolution 253 (1968) on travel shall remain in force;",
        # A paragraph of a resolution (an exemption, in S/RES/2664 (2022) OP4).
        "Decides that paragraph 1 of its resolution 1001 (2021) shall remain in effect;",
        # A "shall" not in a relative clause between commas still ends the search.
        "Decides that the sanctions which the Committee shall review are lifted and the "
        "truce shall remain in force;",
    ],
)
def test_what_is_not_sanctions_kept_in_force(tmp_path: Path, clause: str) -> None:
    result = _embargo(tmp_path, clause)
    assert result.status == "fail", result.message
    assert "keeps in force" not in result.message


def test_a_final_period_by_a_resolutions_number_is_a_sunset(tmp_path: Path) -> None:
    result = _embargo(
        tmp_path,
        "Decides that resolution 253 (1968) shall remain in force for a final period until "
        "31 December 2023;",
    )
    assert result.status == "fail", result.message
    assert "a sunset to measures of an earlier resolution by reference" in result.message


# --------------------------------------------------------------- vocabulary as data

_KEPT = "Decides that the present sanctions against Freedonia shall remain in force;"


def test_the_words_kept_in_force_are_the_lexicons(tmp_path: Path) -> None:
    assert _embargo(tmp_path, _KEPT).status == "skipped"
    off = tmp_path / "off.toml"
    off.write_text('[fragments.kept_in_force]\ndisabled = true\npattern = "x"\n', encoding="utf-8")
    lexicon = Lexicon.default().with_overrides(off)
    result = _embargo(tmp_path, _KEPT, lexicon=lexicon)
    assert result.status == "fail", result.message
    # A user's own words: "shall stay in force".
    mine = tmp_path / "mine.toml"
    mine.write_text(
        "[fragments.kept_in_force]\n"
        "pattern = '\\bsanctions\\b[^;]{0,80}?\\bshall\\s+stay\\s+in\\s+force\\b'\n",
        encoding="utf-8",
    )
    lexicon = Lexicon.default().with_overrides(mine)
    stay = "Decides that the present sanctions against Freedonia shall stay in force;"
    assert _embargo(tmp_path, stay).status == "fail"
    assert _embargo(tmp_path, stay, lexicon=lexicon).status == "skipped"


def test_the_words_renewed_by_reference_are_the_lexicons(tmp_path: Path) -> None:
    renew = (
        "Decides to renew until 31 July 2023 the measures as set out in paragraphs 9 and 14 "
        "of resolution 1001 (2021);"
    )
    assert _embargo(tmp_path, renew).status == "skipped"
    off = tmp_path / "off.toml"
    off.write_text(
        '[fragments.renewed_by_reference]\ndisabled = true\npattern = "x"\n', encoding="utf-8"
    )
    result = _embargo(tmp_path, renew, lexicon=Lexicon.default().with_overrides(off))
    assert result.status == "fail", result.message


# ------------------------------------------------------------------ no_sunset


def _no_sunset(
    tmp_path: Path, operative: list[str], measure: str | None = None
) -> resdiff.RuleResult:
    spec = tmp_path / "sunset.toml"
    extra = f'measure = "{measure}"\n' if measure is not None else ""
    spec.write_text(f'[[rule]]\nname = "No sunset"\ntype = "no_sunset"\n{extra}', encoding="utf-8")
    draft = _sanctions(1002, 2022, [*operative, "Decides to remain seized."])
    return resdiff.check(draft, spec).result("No sunset")


@pytest.mark.parametrize(
    "clause",
    [
        "Decides to extend the mandate of UNFOO for a final period until 31 December 2023;",
        "Decides to extend the mandate of UNFOO until 15 November 2023, and decides that this "
        "shall be the final such extension;",
        "Decides to extend the mandate of UNFOO for a single period of six months;",
        "Decides that the mandate of UNFOO shall expire on 30 June 2024;",
        "Decides that the mandate of the Panel shall terminate upon the completion of its tasks;",
        # An end decided refuses the line the more.
        "Decides to terminate the mandate of UNFOO as of 31 December 2020;",
        "Decides not to renew the mandate of UNFOO;",
    ],
)
def test_no_sunset_fails_on_a_mandates_sunset(tmp_path: Path, clause: str) -> None:
    for measure in (None, "any", "mandate"):
        result = _no_sunset(tmp_path, [clause], measure)
        assert result.status == "fail", (measure, result.message)
        assert result.evidence and result.evidence[0].ref == "OP1"


def test_no_sunset_shows_the_words_that_set_it(tmp_path: Path) -> None:
    result = _no_sunset(
        tmp_path,
        [
            "Decides to extend until 15 November 2023 the mandate of UNFOO as set out in "
            "paragraph 2 of resolution 1001 (2021), acting under Chapter VII of the Charter, "
            "and that this shall be the final such extension unless the parties agree;"
        ],
        "mandate",
    )
    assert result.status == "fail"
    assert "final such extension" in (result.evidence[0].excerpt or "")


@pytest.mark.parametrize(
    "clause",
    [
        "Decides to extend the mandate of UNFOO until 31 December 2023;",
        "Decides to extend the mandate of UNFOO for a period of twelve months;",
        # The term of what the clause sets up is no sunset.
        "Decides to establish a team of twenty military liaison officers for a single period "
        "of six months;",
        "Decides that the mandate of UNFOO shall not expire before the elections are held;",
        # An end asked of others is no end the Council decides.
        "Encourages Member States to terminate the contracts of the mercenaries;",
        # A drawdown winds the mission down; its mandate has no end set.
        "Requests the Secretary-General to commence the drawdown of UNFOO personnel;",
    ],
)
def test_no_sunset_passes_a_plain_renewal(tmp_path: Path, clause: str) -> None:
    result = _no_sunset(tmp_path, [clause])
    assert result.status == "pass", result.message


def test_no_sunset_reads_the_operative_part_only(tmp_path: Path) -> None:
    spec = tmp_path / "sunset.toml"
    spec.write_text('[[rule]]\nname = "No sunset"\ntype = "no_sunset"\n', encoding="utf-8")
    draft = _sanctions(
        1002,
        2022,
        ["Decides to extend the mandate of UNFOO until 31 December 2023;"],
        ("Recalling its decision to extend the mandate of UNFOO for a final period,",),
    )
    assert resdiff.check(draft, spec).result("No sunset").status == "pass"


def test_no_sunset_on_a_measure(tmp_path: Path) -> None:
    expiry = (
        "Decides that the arms embargo imposed by paragraph 1 of resolution 1001 (2021) shall "
        "expire on 1 June 2033;"
    )
    mandate = "Decides to extend the mandate of UNFOO for a final period until 31 December 2023;"
    assert _no_sunset(tmp_path, [expiry], "arms_embargo").status == "fail"
    assert _no_sunset(tmp_path, [mandate], "arms_embargo").status == "pass"
    # The embargo's sunset is no mandate's.
    assert _no_sunset(tmp_path, [expiry], "mandate").status == "pass"
    assert _no_sunset(tmp_path, [expiry]).status == "fail"
    lift = "Decides to lift the arms embargo imposed by paragraph 1 of resolution 1001 (2021);"
    assert _no_sunset(tmp_path, [lift], "arms_embargo").status == "fail"
    assert _no_sunset(tmp_path, [lift], "asset_freeze").status == "pass"


@pytest.mark.parametrize("measure", [None, "any", "arms_embargo"])
def test_no_sunset_by_reference(tmp_path: Path, measure: str | None) -> None:
    result = _no_sunset(
        tmp_path,
        [
            "Decides that the measures imposed by paragraph 1 of resolution 1001 (2021) shall "
            "expire on 31 July 2023;"
        ],
        measure,
    )
    assert result.status == "fail", result.message
    assert "OP1" in result.message


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ('"arms embrago"', 'unknown measure "arms embrago"'),
        ("true", "measure"),
        ('""', "measure"),
    ],
)
def test_no_sunset_validates_its_measure(tmp_path: Path, value: str, said: str) -> None:
    spec = tmp_path / "bad.toml"
    spec.write_text(
        f'[[rule]]\nname = "No sunset"\ntype = "no_sunset"\nmeasure = {value}\n', encoding="utf-8"
    )
    with pytest.raises(ResdiffError) as exc:
        resdiff.check(_sanctions(1002, 2022, ["Decides to remain seized."]), spec)
    message = str(exc.value)
    assert "bad.toml" in message and said in message, message


def test_no_sunset_with_a_paragraph_not_found_is_not_checked(tmp_path: Path) -> None:
    spec = tmp_path / "sunset.toml"
    spec.write_text(
        '[[rule]]\nname = "No sunset"\ntype = "no_sunset"\n'
        'paragraph = { contains = "extend the mandate" }\n',
        encoding="utf-8",
    )
    draft = _sanctions(1002, 2022, ["Decides to remain seized."])
    assert resdiff.check(draft, spec).result("No sunset").status == "skipped"


# ------------------------------------------------------------------ real series

_MANDATE_LINE = '[[rule]]\nname = "No sunset"\ntype = "no_sunset"\nmeasure = "mandate"\n'


def _find(stem: str) -> Path | None:
    for folder in ("akn", "scanned"):
        for path in sorted((CORPUS / folder).glob(f"*{stem}*")):
            return path
    return None


@needs_corpus
@pytest.mark.parametrize(
    ("stem", "status"),
    [
        # UNISFA: "this shall be the final such extension" (2519, 2550), then none.
        ("2519", "fail"),
        ("2550", "fail"),
        ("2609", "pass"),
        ("2630", "pass"),
        # UNAMID: extended to 31 December 2020 (2525), then terminated as of that date.
        ("2525", "pass"),
        ("2559", "fail"),
        # The Mali sanctions renewed to a date (the regime lapsed in 2023 with no text).
        ("2541", "pass"),
        ("2590", "pass"),
    ],
)
def test_real_series_sunsets(tmp_path: Path, stem: str, status: str) -> None:
    path = _find(stem)
    if path is None:
        pytest.skip(f"S/RES/{stem} not in the corpus")
    spec = tmp_path / "sunset.toml"
    spec.write_text(_MANDATE_LINE, encoding="utf-8")
    assert resdiff.check(path, spec).result("No sunset").status == status
