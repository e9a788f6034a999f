"""A series and a history of the same files name a step's skipped texts alike: one rule
(:mod:`resdiff.skipped`: what the later text cites, numbered and dated between the two,
that no file given held, and in a series what a metadata file lists of it between), one
form ("381 (1975)"). The history named the later text's citations (user22) while the
series named the metadata's only, by symbol ("S/RES/381 (1975)"), so a series of the
same three files said nothing of a gap its history named (the thirty-second session's
"not fixed"). A series contract bump, ``resdiff.series/7``: a version 6 file's skipped
symbols read in the new form. Made-up texts."""

from __future__ import annotations

import json
from pathlib import Path

from resdiff.api import parse
from resdiff.history import history
from resdiff.render.series import render_series_text
from resdiff.series import Series, files_series, series
from resdiff.skipped import merged, skipped_between

RENEWAL = (
    "Decides to renew the mandate of the United Nations Observer Force in Ruritania "
    "(UNOFR) for another period of six months;"
)
OPS = [
    "Calls upon the parties concerned to implement the ceasefire agreement at once;",
    "Requests the Secretary-General to report on the situation at the end of this period;",
    "Decides to remain seized of the matter.",
]


def _text(number: int, year: int, recalled: str) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate([RENEWAL, *OPS], start=1))
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 May {year}\n\n"
        f"The Security Council,\n\nRecalling {recalled},\n\n{body}\n"
    )


TEXTS = [
    _text(350, 1974, "its resolution 338 (1973)"),
    _text(390, 1976, "its resolutions 350 (1974), 363 (1974), 369 (1975) and 381 (1975)"),
    _text(398, 1976, "its resolutions 350 (1974) and 390 (1976)"),
]


def test_a_series_names_what_its_history_names_at_each_step() -> None:
    drafts = [parse(t, paths=False) for t in TEXTS]
    found = series(drafts, scheduler="sync")
    assert len(found.mandates) == 1
    h = history(TEXTS)
    from_history = {
        (h.revisions[k - 1].name, h.revisions[k].name): h.revisions[k].skipped
        for k in range(1, len(TEXTS))
    }
    from_series = {(p.old_symbol, p.new_symbol): p.skipped for p in found.pairs}
    assert from_series == from_history
    assert from_series[("S/RES/350 (1974)", "S/RES/390 (1976)")] == (
        "363 (1974)",
        "369 (1975)",
        "381 (1975)",
    )
    text = " ".join(render_series_text(found).split())
    assert "between them, not read: 363 (1974), 369 (1975) and 381 (1975)" in text


def test_a_text_the_series_read_is_not_named(tmp_path: Path) -> None:
    # 363 given: read, so never "not read", in the series as in the history.
    texts = [*TEXTS, _text(363, 1974, "its resolution 350 (1974)")]
    drafts = [parse(t, paths=False) for t in texts]
    found = series(drafts, scheduler="sync")
    pair = next(p for p in found.pairs if p.new_symbol == "S/RES/390 (1976)")
    assert pair.skipped == ("369 (1975)", "381 (1975)")


def test_the_metadata_adds_to_the_citations_in_one_form(tmp_path: Path) -> None:
    files = []
    for k, t in enumerate(TEXTS[:2]):
        f = tmp_path / f"r{k}.txt"
        f.write_text(t, encoding="utf-8")
        files.append(f)
    meta = tmp_path / "meta.jsonl"
    subject = "extension of the mandate of UNOFR until 15 Nov."
    rows = [(350, 1974), (375, 1975), (390, 1976)]
    meta.write_text(
        "\n".join(
            json.dumps(
                {
                    "symbol": f"S/RES/{n} ({y})",
                    "adoption_date": f"{y}-05-15",
                    "agenda_item_name": "The situation in Ruritania",
                    "resolution_title": f"Security Council resolution {n} ({y}) [on {subject} {y}]",
                }
            )
            for n, y in rows
        )
        + "\n",
        encoding="utf-8",
    )
    found = files_series(files, metadata=[meta], scheduler="sync")
    (pair,) = found.pairs
    assert pair.skipped == ("363 (1974)", "369 (1975)", "375 (1975)", "381 (1975)")


def test_one_rule_one_form() -> None:
    later = parse(TEXTS[1], paths=False)
    given = {(350, 1974)}
    assert skipped_between((350, 1974), later, given, listed=["S/RES/375 (1975)"]) == (
        "363 (1974)",
        "369 (1975)",
        "375 (1975)",
        "381 (1975)",
    )
    # A listed text given is not skipped; a symbol of another form keeps its form.
    assert skipped_between((350, 1974), later, {*given, (375, 1975)}, listed=["S/RES/375 (1975)"])[
        2
    ] == ("381 (1975)")
    assert merged(["381 (1975)"], ["S/RES/X", "363 (1974)"]) == (
        "363 (1974)",
        "381 (1975)",
        "S/RES/X",
    )


def test_a_version_6_file_reads_its_symbols_in_the_new_form() -> None:
    drafts = [parse(t, paths=False) for t in TEXTS]
    data = json.loads(series(drafts, scheduler="sync").model_dump_json())
    assert data["schema"] == "resdiff.series/7"
    data["schema"] = "resdiff.series/6"
    for text in data["texts"]:
        del text["founding"]
    data["pairs"][0]["skipped"] = ["S/RES/369 (1975)", "S/RES/363 (1974)"]
    old = Series.model_validate(data)
    assert old.pairs[0].skipped == ("363 (1974)", "369 (1975)")
    assert all(t.founding is None for t in old.texts)
