"""A text left alone whose renewal extends what one resolution set up joins the one series
whose renewals name that resolution so: UNFICYP's 244 (1967), six operative paragraphs
where its neighbours have three, was no series' (238 (1967) → 254 (1968) skipped it). A
resolution cited otherwise (a paragraph of it, a citation in passing) joins nothing.
Made-up texts."""

from __future__ import annotations

from resdiff.api import parse
from resdiff.series import group_texts

MONTHS = ("March", "June", "September", "December")
PREAMBLE = (
    "Noting the report of the Secretary-General on the separation line patrolled by the "
    "observation posts since the hostilities and on the intercommunal talks,"
)
RENEWAL = (
    "Extends the stationing in Ruritania of the United Nations Peace-keeping Force "
    "established under resolution 100 (1960) for a further period of six months;"
)
SHORT_OPS = [
    "Urges the parties to maintain the status quo along the separation line;",
    "Decides to remain seized of the matter.",
]
LONE_PREAMBLE = (
    "Noting the appeals addressed by the Secretary-General to the three Governments and "
    "their replies, in which the good offices proffered were accepted,"
)
LONE_OPS = [
    "Invites the parties promptly to avail themselves of the good offices proffered;",
    "Calls upon all the parties concerned to show the utmost moderation and restraint;",
    "Urges the parties to undertake a new determined effort towards a lasting settlement;",
    "Requests the Secretary-General to report on the results as appropriate;",
    "Decides to reconvene as soon as circumstances and developments so require.",
]


def _text(number: int, year: int, month: int, preamble: str, ops: list[str], renewal: str) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate([renewal, *ops], start=1))
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 {MONTHS[month]} {year}\n\n"
        f"The Security Council,\n\n{preamble}\n\n{body}\n"
    )


def _series(lone_renewal: str) -> list[list[int]]:
    texts = [
        _text(110, 1964, 0, PREAMBLE, SHORT_OPS, RENEWAL),
        _text(112, 1964, 1, PREAMBLE, SHORT_OPS, RENEWAL),
        _text(114, 1964, 2, LONE_PREAMBLE, LONE_OPS, lone_renewal),
        _text(116, 1964, 3, PREAMBLE, SHORT_OPS, RENEWAL),
        _text(118, 1965, 0, PREAMBLE, SHORT_OPS, RENEWAL),
    ]
    drafts = [parse(t, paths=False) for t in texts]
    return sorted(sorted(members) for members, _, _ in group_texts(drafts))


def test_a_lone_renewal_of_the_series_founding_resolution_joins_it() -> None:
    lone = RENEWAL.replace("under resolution", "under the Council's resolution").replace(
        "a further period of six months", "a period of three months"
    )
    assert _series(lone) == [[0, 1, 2, 3, 4]]


def test_a_lone_text_citing_a_paragraph_of_that_resolution_stays_alone() -> None:
    lone = (
        "Extends the mandate of the Panel of Experts established pursuant to paragraph 7 of "
        "resolution 100 (1960) for a period of three months;"
    )
    assert _series(lone) == [[0, 1, 3, 4]]
