"""A history of distinct resolutions given with gaps says, at each step, which renewals
lie between the two texts, as the later text itself cites them ("Recalling its
resolutions 350 (1974), 363 (1974), 369 (1975) and 381 (1975)"): UNDOF 350 → 390 compared
two texts three renewals apart and no report said so (user21, series21). Never a guess at
numbering: a number the text does not cite is not named; another organ's resolution, a
document symbol, a resolution before the older text or one given to the history is not
skipped. A history and lineage contract bump (``resdiff.history/4``,
``resdiff.lineage/5``), the old versions still read. Made-up texts."""

from __future__ import annotations

import json

import pytest

from resdiff.history import History, history
from resdiff.lineage import Lineage, lineage
from resdiff.render import render

RENEWAL = (
    "Decides to renew the mandate of the United Nations Observer Force in Ruritania for "
    "another period of six months;"
)
OPS = [
    "Calls upon the parties concerned to implement the ceasefire agreement;",
    "Requests the Secretary-General to report at the end of this period.",
]


def _text(number: int, year: int, recalled: str) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate([RENEWAL, *OPS], start=1))
    preamble = f"Recalling {recalled}," if recalled else "Having considered the report,"
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 May {year}\n\n"
        f"The Security Council,\n\n{preamble}\n\n{body}\n"
    )


FIRST = _text(350, 1974, "its resolution 338 (1973)")
SECOND = _text(
    390,
    1976,
    "its resolutions 338 (1973), 350 (1974), 363 (1974), 369 (1975) and 381 (1975), "
    "General Assembly resolution 371 (1975) and the report S/11302 (1974)",
)
THIRD = _text(398, 1976, "its resolutions 350 (1974) and 390 (1976)")


def _history() -> History:
    return history([FIRST, SECOND, THIRD], names=["350", "390", "398"])


def test_a_step_names_the_renewals_between_that_its_text_cites() -> None:
    h = _history()
    assert [r.skipped for r in h.revisions] == [
        (),
        ("363 (1974)", "369 (1975)", "381 (1975)"),
        (),
    ]


def test_a_resolution_given_to_the_history_is_not_skipped() -> None:
    given = _text(363, 1974, "its resolution 350 (1974)")
    h = history([FIRST, given, SECOND], names=["350", "363", "390"])
    assert h.revisions[2].skipped == ("369 (1975)", "381 (1975)")


def test_drafts_of_one_text_skip_nothing() -> None:
    draft = SECOND.replace("Resolution 390 (1976)\n\n", "Draft resolution\n\n")
    h = history([FIRST.replace("Resolution 350 (1974)\n\n", ""), draft])
    assert all(not r.skipped for r in h.revisions)


WORDS = "363 (1974), 369 (1975) and 381 (1975)"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_history_report_says_what_a_step_skips(fmt: str) -> None:
    h = _history()
    out = render(h, fmt)
    assert " ".join(out.split()).count(WORDS) == 1
    if fmt == "text":
        from resdiff.render.timeline import render_timeline_text

        full = render_timeline_text(h, compact=False)
        assert WORDS in " ".join(full.split())


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_lineage_report_says_what_a_step_skips(fmt: str) -> None:
    lin = lineage([FIRST, SECOND, THIRD], names=["350", "390", "398"])
    assert " ".join(render(lin, fmt).split()).count(WORDS) == 1


def test_the_json_holds_it_and_the_old_versions_still_read() -> None:
    h = _history()
    data = json.loads(h.model_dump_json())
    assert data["schema"] == "resdiff.history/5"
    assert data["revisions"][1]["skipped"] == ["363 (1974)", "369 (1975)", "381 (1975)"]
    assert History.model_validate_json(h.model_dump_json()) == h
    for rev in data["revisions"]:
        del rev["skipped"]
    old = History.model_validate({**data, "schema": "resdiff.history/3"})
    assert old.schema_ == "resdiff.history/5" and not any(r.skipped for r in old.revisions)

    lin = lineage([FIRST, SECOND, THIRD], names=["350", "390", "398"])
    data = json.loads(lin.model_dump_json())
    assert data["schema"] == "resdiff.lineage/6"
    assert data["revisions"][1]["skipped"] == ["363 (1974)", "369 (1975)", "381 (1975)"]
    for rev in [*data["revisions"], *data["history"]["revisions"]]:
        del rev["skipped"]
    data["history"]["schema"] = "resdiff.history/3"
    old_lin = Lineage.model_validate({**data, "schema": "resdiff.lineage/4"})
    assert old_lin.schema_ == "resdiff.lineage/6"
    assert not any(r.skipped for r in old_lin.revisions)


def test_the_citation_pattern_is_linear_on_hostile_input() -> None:
    import time

    from resdiff.skipped import skipped_between

    hostile = _text(390, 1976, "its resolutions " + "1 (1974) General Assembly " * 4000)
    from resdiff.api import parse

    draft = parse(hostile, paths=False)
    start = time.perf_counter()
    skipped_between((350, 1974), draft, set())
    assert time.perf_counter() - start < 1.0


def test_a_step_years_apart_that_cites_none_between_says_so() -> None:
    # The texts cite nothing between them (UNFICYP 410 (1977) → 680 (1990)): what the
    # series report says of such a pair, the history says of the step.
    later = _text(398, 1980, "its resolution 338 (1973)")
    h = history([FIRST, later], names=["350", "398"])
    assert h.revisions[1].skipped == ()
    words = "6 years apart: the texts between them, if any, are not here"
    for fmt in ("text", "markdown", "html"):
        assert words in " ".join(render(h, fmt).split())
    lin = lineage([FIRST, later], names=["350", "398"])
    for fmt in ("text", "markdown", "html"):
        assert words in " ".join(render(lin, fmt).split())
    # Close together, nothing is said.
    near = history([FIRST, _text(352, 1974, "")], names=["350", "352"])
    assert "years apart" not in render(near, "text")


def test_the_lineage_short_text_counts_a_long_list_the_others_name() -> None:
    # A review's finding: UNFICYP 186 (1964) → 364 (1974) cites 36 resolutions between,
    # and the lineage's short text (two screens for ten texts) named all 36 over six
    # lines; like its headings, it counts them past a few, the Markdown naming every one.
    between = [f"{n} ({1974 + (n - 351) // 10})" for n in range(351, 389, 3)]
    later = _text(390, 1978, "its resolutions 350 (1974), " + ", ".join(between))
    lin = lineage([FIRST, later], names=["350", "390"])
    assert len(lin.revisions[1].skipped) == len(between) == 13
    text = render(lin, "text")
    (line,) = [line for line in text.splitlines() if "not given" in line]
    assert "cites 13 between, not given: 351 (1974), 354 (1974) … 387 (1977)" in line
    markdown = " ".join(render(lin, "markdown").split())
    assert all(b in markdown for b in between)
