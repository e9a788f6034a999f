"""The products on real series (twenty-eighth session): each step of a history says the
verdict ``resdiff compare`` gives the same two texts, and a provenance says why a renewal
paragraph is credited to the renewal it revised.

Made-up texts show each rule; the real series (UNFICYP 2020–2022, read from
``../shared/corpus``) are skipped where the corpus is absent. No real text is copied here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.history import History, history
from resdiff.render.markdown import escape_md
from resdiff.render.timeline import (
    render_timeline_html,
    render_timeline_markdown,
    render_timeline_text,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "akn"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the real texts in ../shared/corpus are not present"
)
#: UNFICYP's renewals of 2020–2022 that the corpus holds (2561 (2021) is not in it).
UNFICYP = ("S_RES_2506_2020", "S_RES_2537_2020", "S_RES_2587_2021", "S_RES_2618_2022")

ARMS = "the direct or indirect supply, sale or transfer of arms and related materiel to Freedonia"


def _resolution(number: int, year: int, recitals: list[str], operative: list[str]) -> str:
    """An adopted Council resolution as plain text, with its symbol and date."""
    pre = "\n\n".join(recitals)
    body = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, start=1))
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{8000 + number}th meeting, on 15 March {year}\n\nThe Security Council,\n\n"
        f"{pre}\n\n{body}\n"
    )


RECALL = "Recalling its previous resolutions on the situation in Freedonia,"
FIRST = _resolution(
    1001,
    2021,
    [RECALL, "Acting under Chapter VII of the Charter of the United Nations,"],
    [
        f"Decides that all Member States shall prevent {ARMS};",
        "Condemns the attacks on civilians in the northern provinces;",
        "Decides to remain seized of the matter.",
    ],
)
SECOND = _resolution(
    1002,
    2022,
    [RECALL],
    [
        f"Calls upon all Member States to prevent {ARMS};",
        "Expresses concern at the attacks on civilians in the northern provinces;",
        "Decides to remain seized of the matter.",
    ],
)
THIRD = _resolution(
    1003,
    2023,
    [RECALL],
    [
        f"Calls upon all Member States to prevent {ARMS};",
        "Strongly condemns the attacks on civilians in the northern provinces;",
        "Decides to remain seized of the matter.",
    ],
)


def _step_line(text: str, k: int) -> str:
    """The head line of step ``k`` in a text timeline's "Steps" section."""
    steps = text[text.index("Steps (") :]
    return next(x for x in steps.splitlines() if x.startswith(f"  [{k}] "))


@pytest.fixture(scope="module")
def series() -> History:
    return history([FIRST, SECOND, THIRD])


def test_the_text_timeline_gives_each_step_the_verdict_of_compare(
    series: History,
) -> None:
    text = render_timeline_text(series)
    assert "Steps (each as resdiff compare reads it" in text
    for k, (old, new) in enumerate(((FIRST, SECOND), (SECOND, THIRD)), start=1):
        summary = resdiff.compare(old, new).summary
        name = series.revisions[k].name
        line = _step_line(text, k)
        assert line.startswith(f"  [{k}] {name}, 15 March")
        assert f": {summary.direction}" in line, line
        # Its heaviest key change, as compare ranks them.
        assert f" {summary.key_changes[0].label}: " in text
    # The turning point is named at its step: Chapter VII and the embargo's mode.
    steps = text[text.index("Steps (") :]
    step_1 = steps[steps.index("  [1] S/RES/1002") : steps.index("  [2] S/RES/1003")]
    assert "Chapter VII dropped" in step_1
    assert "measure arms embargo (OP1): mandatory → hortatory" in step_1


def test_the_step_verdicts_read_the_same_in_markdown_and_html(
    series: History,
) -> None:
    markdown = render_timeline_markdown(series)
    html = render_timeline_html(series)
    assert "## Steps" in markdown and 'id="steps-h"' in html
    for k, (old, new) in enumerate(((FIRST, SECOND), (SECOND, THIRD)), start=1):
        summary = resdiff.compare(old, new).summary
        head = f"[{k}] {series.revisions[k].name}, 15 March {2021 + k}: {summary.direction}"
        assert f"### {escape_md(head)}" in markdown
        assert head in html
        for key in summary.key_changes:
            assert key.label in markdown
    assert "Chapter VII dropped" in markdown and "Chapter VII dropped" in html


def test_a_single_revision_has_no_steps() -> None:
    text = render_timeline_text(history([FIRST]))
    assert "Steps (" not in text


@needs_corpus
def test_unficyp_history_says_each_renewal_as_compare_does() -> None:
    files = [CORPUS / f"{name}.xml" for name in UNFICYP]
    h = history(files)
    text = render_timeline_text(h)
    for k in range(1, len(files)):
        summary = resdiff.compare(files[k - 1], files[k]).summary
        line = _step_line(text, k)
        assert line.split(": ", 1)[1].startswith(summary.direction), line
        # The per-provision verdicts are the comparison's (none came back after a gap).
        steps = {(st.old, st.new, st.kind) for p in h.provisions if (st := p.steps[k]) is not None}
        assert steps == {
            (c.old, c.new, c.kind) for c in resdiff.compare(files[k - 1], files[k]).changes
        }


def _renewal(number: int, day: str, year: int, until: str) -> str:
    return _resolution(
        number,
        year,
        [RECALL],
        [
            "Expresses its full support for the Force, and decides to extend its mandate "
            f"for a further period ending on {until};",
            "Decides to remain seized of the matter.",
        ],
    ).replace(f"on 15 March {year}", f"on {day} {year}")


def test_a_renewal_credited_to_the_renewal_it_revised_says_so_not_its_clauses() -> None:
    # 2021's "31 January 2022" keeps more words of "31 January 2023" than 2022's "31 July
    # 2022", but 2022's is the renewal revised: the clauses tie, so they chose nothing.
    older = _renewal(201, "29 July", 2021, "31 January 2022")
    last = _renewal(202, "27 January", 2022, "31 July 2022")
    final = _renewal(203, "28 July", 2022, "31 January 2023")
    found = resdiff.provenance(final, {"older": older, "last": last})
    assert found.paragraph("OP1").closest == "last"
    line = next(x for x in str(found).splitlines() if x.startswith("OP1 "))
    said = " ".join(str(found).split(line, 1)[1].split("\n- ")[0].split())
    said = " ".join(line.split()) + " " + said
    assert "chosen for its clauses" not in said
    assert "the renewal it revised" in said and "older OP1 keeps more of the words" in said


@needs_corpus
def test_unficyp_2646_op10_is_the_renewal_2618_revised() -> None:
    found = resdiff.provenance(
        CORPUS / "S_RES_2646_2022.xml",
        {"2618": CORPUS / "S_RES_2618_2022.xml", "2587": CORPUS / "S_RES_2587_2021.xml"},
    )
    assert found.paragraph("OP10").closest == "2618"
    text = " ".join(str(found).split())
    at = text.index("OP10 2618 OP10")
    said = text[at : at + 400]
    assert "chosen for its clauses" not in said and "the renewal it revised" in said


# ---------------------------------------------------------------------------------------
# check: a regime's sanctions kept in force by a general reference


EMBARGO_LINE = """
[[rule]]
name = "The arms embargo stays"
type = "measure_mode"
measure = "arms_embargo"
mode = "mandatory"
"""


def _sanctions(number: int, year: int, operative: list[str], recitals: tuple[str, ...] = ()) -> str:
    return _resolution(
        number,
        year,
        [RECALL, *recitals, "Acting under Chapter VII of the Charter of the United Nations,"],
        operative,
    )


IMPOSED = _sanctions(
    1001,
    2021,
    [f"Decides that all Member States shall prevent {ARMS};", "Decides to remain seized."],
)


@pytest.mark.parametrize(
    "keeps",
    [
        "Decides that the present sanctions against Freedonia shall remain in force;",
        "Reaffirms its decision that the present sanctions against Freedonia shall remain "
        "fully in force until the aims set out in resolution 1001 (2021) are achieved;",
        "Decides that the measures imposed on Freedonia shall continue in effect;",
    ],
)
def test_sanctions_kept_in_force_by_reference_are_not_checked_not_failed(
    tmp_path: Path, keeps: str
) -> None:
    # "Decides that the present sanctions against Southern Rhodesia shall remain in force"
    # (S/RES/288 (1970)) keeps the arms embargo of 232 (1966) with the rest, naming none:
    # "no arms embargo imposed" failed the line, where a renewal by paragraph number is
    # reported not checked.
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    draft = _sanctions(1002, 2022, [keeps, "Decides to remain seized."])
    for base in (None, IMPOSED):
        result = resdiff.check(draft, spec, base=base).result("The arms embargo stays")
        assert result.status == "skipped", result.message
        assert "OP1 keeps in force measures of an earlier resolution by reference" in (
            result.message
        )


@pytest.mark.parametrize(
    "text",
    [
        # Not kept: ended, or only recalled in a recital.
        _sanctions(1002, 2022, ["Decides that the sanctions shall no longer remain in force;"]),
        _sanctions(
            1002,
            2022,
            ["Decides to remain seized."],
            ("Recalling that the present sanctions against Freedonia shall remain in force,",),
        ),
    ],
)
def test_sanctions_ended_or_recalled_still_fail_the_line(tmp_path: Path, text: str) -> None:
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    result = resdiff.check(text, spec, base=IMPOSED).result("The arms embargo stays")
    assert result.status == "fail", result.message


@needs_corpus
def test_rhodesia_288_keeps_the_sanctions_of_232(tmp_path: Path) -> None:
    scanned = CORPUS.parent / "scanned"
    spec = tmp_path / "lines.toml"
    spec.write_text(EMBARGO_LINE, encoding="utf-8")
    result = resdiff.check(
        scanned / "S_RES_288_1970.txt", spec, base=scanned / "S_RES_232_1966.txt"
    ).result("The arms embargo stays")
    assert result.status == "skipped" and "OP3 keeps in force" in result.message
