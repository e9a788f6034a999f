"""What an analyst following one file found in the products' text (user23): a history's
step cut a cited resolution from its year at the line's end ("… 277 (1970) and 288" /
"(1970), not given here", the Southern Rhodesia sanctions 232 → 314); its lists of
paragraphs added and dropped came in the history's running order, not the text's ("[2]
added: PP6, PP7, PP1, PP2", the South African arms embargo 182 → 282 → 418 → 558); and
``--series 232`` of a text read but alone said "no series has that label, body or
resolution", as if it had not been read. Made-up texts."""

from __future__ import annotations

import re

import pytest

from resdiff.api import parse
from resdiff.errors import ResdiffError
from resdiff.history import history
from resdiff.lineage import lineage
from resdiff.render.lineage import render_lineage_text
from resdiff.render.series import render_series_text
from resdiff.render.timeline import render_timeline_text
from resdiff.series import series

RENEWAL = (
    "Decides to renew the mandate of the United Nations Observer Force in Ruritania "
    "(UNOFR) for another period of six months;"
)
OPS = [
    "Calls upon the parties concerned to implement the ceasefire agreement at once;",
    "Requests the Secretary-General to report on the situation at the end of this period;",
    "Decides to remain seized of the matter.",
]


def _text(number: int, year: int, recalled: str, ops: list[str] | None = None) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate(ops or [RENEWAL, *OPS], start=1))
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 May {year}\n\n"
        f"The Security Council,\n\nRecalling {recalled},\n\n{body}\n"
    )


CITES = "its resolutions 350 (1974), 353 (1974), 357 (1974), 363 (1974), 369 (1975) and 381 (1975)"
TEXTS = [_text(350, 1974, "its resolution 338 (1973)"), _text(390, 1976, CITES)]
#: A resolution's number at a line's end, its year at the next line's start.
_CUT = re.compile(r"\b\d{1,4}\n\s*\((?:19|20)\d{2}\)")


@pytest.mark.parametrize("width", range(50, 101))
def test_a_cited_resolution_is_never_cut_from_its_year(width: int) -> None:
    h = history(TEXTS)
    text = render_timeline_text(h, width=width)
    assert "363 (1974)" in " ".join(text.split())
    assert not _CUT.search(text), text
    assert not _CUT.search(render_lineage_text(lineage(TEXTS), width=width))
    found = series([parse(t, paths=False) for t in TEXTS], scheduler="sync")
    assert not _CUT.search(render_series_text(found, width=width))


def test_added_and_dropped_are_listed_as_the_text_numbers_them() -> None:
    # A paragraph dropped at [1] and back at [2] (B) holds its old place in the history's
    # running order, and a paragraph born at [2] before it (X2) was put there, ahead of
    # one born earlier in the text (X1): "[2] added: OP3, OP1".
    a = "Condemns the attacks on the observers of the Force and demands that they cease;"
    b = "Urges the parties to release all prisoners held since the start of the conflict;"
    c = "Welcomes the agreement of the parties on the exchange of maps of the minefields;"
    x1 = "Demands that the parties allow the Force free movement along the whole line;"
    x2 = "Encourages the parties to resume talks under the auspices of the Secretary-General;"
    texts = [
        _text(100, 1970, "its resolution 90 (1969)", [a, b, *OPS]),
        _text(102, 1970, "its resolution 100 (1970)", [a, c, *OPS]),
        _text(104, 1971, "its resolution 102 (1970)", [x1, c, x2, b, *OPS]),
    ]
    text = " ".join(render_timeline_text(history(texts)).split())
    assert "[2] added (2, as numbered in [2]): OP1, OP3" in text


def test_a_text_read_but_alone_is_said_to_be() -> None:
    lone = _text(
        232,
        1966,
        "its resolution 217 (1965)",
        ["Decides that all States shall prevent the import of asbestos from Freedonia;"],
    )
    drafts = [parse(t, paths=False) for t in [*TEXTS, lone]]
    with pytest.raises(ResdiffError, match=r"S/RES/232 \(1966\) was read but is in no series"):
        series(drafts, scheduler="sync", only=["232"])
    with pytest.raises(ResdiffError, match="no series has that label"):
        series(drafts, scheduler="sync", only=["233"])


def test_one_body_under_one_label_still_answers_to_its_name() -> None:
    # The old series is named by the force it stations, the new by the capitals of its
    # renewal paragraph only ("Expresses its full support for UNFIR, and decides to
    # extend its mandate"): both "UNFIR", told apart by their years, and --series UNFIR
    # keeps both (a first version of the one label kept the old series only).
    old_op = (
        "Extends once more the stationing in Ruritania of the United Nations Peace-keeping "
        "Force, established under Security Council resolution 100 (1960), for a further "
        "period ending 15 June;"
    )
    new_op = (
        "Expresses its full support for UNFIR, and decides to extend its mandate for a "
        "further period ending 31 January;"
    )
    recital = (
        "Welcoming the report of the Secretary-General on the United Nations Peacekeeping "
        "Force in Ruritania (UNFIR) and on the good offices mission"
    )
    rest = ["Urges the parties to maintain the status quo along the separation line;", OPS[2]]
    texts = [
        _text(110, 1964, "its resolution 100 (1960)", [old_op, *rest]),
        _text(112, 1965, "its resolution 110 (1964)", [old_op, *rest]),
        _text(2500, 2020, recital, [new_op, *rest]),
        _text(2510, 2021, recital, [new_op, *rest]),
    ]
    drafts = [parse(t, paths=False) for t in texts]
    found = series(drafts, scheduler="sync", only=["UNFIR"])
    assert sorted(m.label for m in found.mandates) == ["UNFIR, 1964–1965", "UNFIR, 2020–2021"]
