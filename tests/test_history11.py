"""The history names, at each step, the headings added and dropped and the lead-ins of
the operative part ("Resolves:") added, dropped or changed, as compare's summary reads
them (issue 9 §8): in text (compact and full), Markdown, HTML, the notebook and on the
command line; its JSON holds them in each step's comparison (``resdiff.history/3``,
unchanged). The provenance names what the final text did to each source's headings.

Made-up texts; the real ones (S/RES/18 and 20 (1947)) from ../shared, skipped when absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import resdiff
from resdiff.history import History, history
from resdiff.provenance import provenance
from resdiff.render.provenance import (
    render_provenance_html,
    render_provenance_markdown,
    render_provenance_text,
)
from resdiff.render.timeline import (
    render_timeline_html,
    render_timeline_markdown,
    render_timeline_text,
)

SCANNED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scanned"

BODY = """1. To set up a commission of inquiry consisting of representatives of the members
of the Council;

2. To request the Secretary-General to report to it within three months;
"""

#: Revision 0: the lead-in "Resolves:".
R0 = f"""The Security Council,

Having considered the report of the Commission,

Resolves:

{BODY}"""

#: Revision 1: the lead-in changed to "Decides:", a heading added among its items.
R1 = """The Security Council,

Having considered the report of the Commission,

Decides:

1. To set up a commission of inquiry consisting of representatives of the members
of the Council;

Political process

2. To request the Secretary-General to report to it within three months;
"""

#: Revision 2: no lead-in, the heading renamed.
R2 = """The Security Council,

Having considered the report of the Commission,

Protection of civilians

1. Requests the Secretary-General to set up a commission of inquiry consisting of
representatives of the members of the Council;

2. Requests the Secretary-General to report to it within three months;
"""

STEP1 = (
    "added “Political process” (operative part)",
    "lead-in changed “Resolves:” → “Decides:” (operative part)",
)
STEP2 = (
    "added “Protection of civilians” (operative part)",
    "dropped “Political process” (operative part)",
    "lead-in dropped “Decides:” (operative part)",
)


@pytest.fixture(scope="module")
def h() -> History:
    return history([R0, R1, R2], names=["rev0", "rev1", "rev2"])


def test_the_steps_read_the_headings_as_compare_does(h: History) -> None:
    for k in (1, 2):
        old, new = (R0, R1, R2)[k - 1 : k + 1]
        assert h.headings_at(k) == resdiff.compare(old, new).summary.headings
    assert h.headings_at(0) == ()
    assert [(c.kind, c.lead_in) for c in h.headings_at(-1)] == [
        ("added", False),
        ("dropped", False),
        ("dropped", True),
    ]
    assert [(c.kind, c.lead_in) for c in h.headings_at(1)] == [("added", False), ("changed", True)]


@pytest.mark.parametrize("compact", [False, True])
def test_the_text_timeline_names_each_steps_headings(h: History, compact: bool) -> None:
    text = render_timeline_text(h, compact=compact, width=200)
    line = next(x for x in text.splitlines() if x.startswith("Headings:"))
    assert line == "Headings:                 [1] " + "; ".join(STEP1)
    assert "                          [2] " + "; ".join(STEP2) in text
    # Beside the flags, before the provisions.
    assert text.index("Use of force:") < text.index("Headings:") < text.index("provisions")


def test_a_narrow_text_timeline_wraps_the_headings_under_their_step(h: History) -> None:
    text = render_timeline_text(h, width=60)
    lines = text.splitlines()
    at = next(i for i, x in enumerate(lines) if x.startswith("Headings:"))
    assert lines[at].startswith("Headings:                 [1] added “Political process”")
    assert all(len(x) <= 60 for x in lines[at : at + 6])
    assert any(x.startswith(" " * 26 + "[2] ") for x in lines[at + 1 : at + 8])


def test_markdown_and_html_name_each_steps_headings(h: History) -> None:
    md = render_timeline_markdown(h)
    assert "| Headings | — | " + "; ".join(STEP1) + " | " + "; ".join(STEP2) + " |" in md
    page = render_timeline_html(h)
    row = page[page.index('<th scope="row">Headings</th>') :].split("</tr>", 1)[0]
    assert "no revision before" in row
    assert "lead-in changed “Resolves:” → “Decides:”" in row
    assert "lead-in dropped “Decides:”" in row
    # The notebook shows the same page as a fragment, and str() the text timeline.
    assert "lead-in dropped “Decides:”" in h._repr_html_()
    assert "[2] added “Protection of civilians”" in str(h)


def test_a_history_whose_headings_never_change_says_so() -> None:
    plain = history([R0, R0.replace("three months", "two months")])
    assert "Headings:                 none changed at any step" in render_timeline_text(plain)
    assert "| Headings | — | none changed |" in render_timeline_markdown(plain)
    single = history([R0])
    assert "Headings:" not in render_timeline_text(single)
    assert "Headings" not in render_timeline_markdown(single)


def test_the_json_holds_each_steps_headings_and_keeps_its_version(h: History) -> None:
    data = json.loads(h.model_dump_json())
    assert data["schema"] == "resdiff.history/5"
    step2 = data["comparisons"][1]["summary"]["headings"]
    assert {"kind": "dropped", "text": "Decides:", "lead_in": True}.items() <= step2[-1].items()
    back = History.model_validate_json(h.model_dump_json())
    assert back.headings_at(1) == h.headings_at(1)


def test_the_history_command_names_the_headings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from resdiff.cli import main

    paths = []
    for k, text in enumerate((R0, R1, R2)):
        path = tmp_path / f"r{k}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    for extra in ([], ["--full"], ["--format", "md"], ["--format", "html"]):
        assert main(["history", *paths, *extra]) == 0
        assert "lead-in dropped “Decides:”" in " ".join(capsys.readouterr().out.split())


def test_the_provenance_names_what_the_final_text_did_to_each_sources_headings() -> None:
    prov = provenance(R2, {"first": R0, "second": R1})
    text = render_provenance_text(prov, width=200)
    assert "  Headings: added “Protection of civilians” (operative part); lead-in dropped" in text
    assert "lead-in dropped “Decides:” (operative part)" in text
    assert "lead-in dropped “Resolves:”" in render_provenance_markdown(prov)
    assert "dropped “Political process” (operative part)" in render_provenance_html(prov)
    same = provenance(R2, {"first": R2})
    assert "  Headings: none changed" in render_provenance_text(same)


def test_s_res_18_to_20_names_the_lead_in_dropped() -> None:
    old, new = SCANNED / "S_RES_18_1947.txt", SCANNED / "S_RES_20_1947.txt"
    if not old.exists() or not new.exists():
        pytest.skip(f"the scanned corpus is absent ({SCANNED})")
    text = render_timeline_text(history([old, new]))
    assert "Headings:                 [1] lead-in dropped “Resolves:” (operative part)" in text


def test_the_lineage_steps_name_their_headings_and_version_3_still_reads() -> None:
    from resdiff.lineage import Lineage, lineage
    from resdiff.render.lineage import render_lineage_html, render_lineage_markdown

    lin = lineage([R0, R1, R2])
    assert lin.history is not None
    assert [s.headings for s in lin.steps] == [lin.history.headings_at(k) for k in (1, 2)]
    text = " ".join(str(lin).split())
    assert "headings: added “Political process” (operative part); lead-in changed" in text
    assert "lead-in dropped “Decides:”" in render_lineage_markdown(lin)
    assert "lead-in dropped “Decides:”" in render_lineage_html(lin)
    data = json.loads(lin.model_dump_json())
    assert data["schema"] == "resdiff.lineage/6"
    data["schema"] = "resdiff.lineage/3"
    for step in data["steps"]:
        step.pop("headings")
    old = Lineage.model_validate(data)
    assert old.schema_ == "resdiff.lineage/6" and all(not s.headings for s in old.steps)


def _restructured() -> tuple[str, str]:
    """A text under three part headings with the lead-in "Resolves:", and the same text
    with its parts renamed ("Part one" -> "Chapter one") and no lead-in: three headings
    added, three dropped and the lead-in dropped at one step."""
    parts = "\n".join(
        f"Part {name}\n\n{k}. Requests the Secretary-General to report on {name};\n"
        for k, name in enumerate(("one", "two", "three"), start=2)
    )
    old = (
        "The Security Council,\n\nHaving considered the report,\n\nResolves:\n\n"
        f"1. To remain seized of the matter;\n\n{parts}"
    )
    new = old.replace("Resolves:\n\n", "").replace("Part ", "Chapter ")
    return old, new


def test_the_short_lineage_text_counts_many_headings_and_names_the_lead_in() -> None:
    from resdiff.lineage import lineage
    from resdiff.render.lineage import render_lineage_markdown, render_lineage_text

    old, new = _restructured()
    lin = lineage([old, new])
    assert len(lin.steps[0].headings) == 7  # 3 added, 3 dropped, the lead-in dropped
    text = " ".join(render_lineage_text(lin).split())
    assert "headings: 3 added, 3 dropped; lead-in dropped “Resolves:” (operative part)" in text
    assert "added “Chapter two” (operative part)" in render_lineage_markdown(lin)


def _mission(number: int, year: int, headed: bool) -> str:
    heading = "Political process\n\n" if headed else ""
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{9000 + number}th meeting, on 15 March {year}\n\n"
        "The Security Council,\n\nRecalling its previous resolutions on the situation in "
        "Freedonia, in particular its resolutions on the electoral process,\n\n"
        "1. Decides to extend the mandate of the United Nations Mission in Freedonia "
        f"(UNFRE) until 15 March {year + 1};\n\n{heading}"
        "2. Requests UNFRE to support the Freedonian electoral commission in preparing "
        "credible elections and to assist the Freedonian police in the northern provinces;\n\n"
        "3. Decides to remain seized of the matter.\n"
    )


def test_a_series_renewal_names_its_headings_and_version_3_still_reads() -> None:
    from resdiff.render.series import render_series_html
    from resdiff.series import Series, series

    found = series(
        [resdiff.parse(_mission(3001, 2030, False)), resdiff.parse(_mission(3002, 2031, True))],
        scheduler="sync",
    )
    (pair,) = found.pairs
    assert [(h.kind, h.text) for h in pair.headings] == [("added", "Political process")]
    assert "headings: added “Political process” (operative part)" in render_series_html(found)
    data = json.loads(found.model_dump_json())
    assert data["schema"] == "resdiff.series/7"
    data["schema"] = "resdiff.series/3"
    del data["pairs"][0]["headings"]
    assert Series.model_validate(data).pairs[0].headings == ()


def test_the_compact_timeline_counts_many_headings_and_full_names_them() -> None:
    old, new = _restructured()
    h = history([old, new])
    compact = " ".join(render_timeline_text(h, compact=True).split())
    assert "Headings: [1] 3 added, 3 dropped; lead-in dropped “Resolves:” (operative part)" in (
        compact
    )
    full = " ".join(render_timeline_text(h, compact=False).split())
    assert "[1] added “Chapter one” (operative part); added “Chapter two”" in full
    assert "added “Chapter three” (operative part)" in render_timeline_markdown(h)
