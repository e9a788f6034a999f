"""A date that comes with a task the old text did not ask is that task's term, named, not
weighed; a date set on a task the old text already asked is a deadline set, stronger
(date21; RESULTS §2ew). Made-up wording, with the counter-examples that must stay."""

from __future__ import annotations

import pytest
from drafting import CLOSING, change_of, draft

import resdiff


def _deadline(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    cmp = resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING]))
    kind, shifts = change_of(cmp, "OP1")
    return kind, [s for s in shifts if s[1].startswith("deadline added")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A new task with its date: the task changed, the date is its term.
        (
            "Requests the Secretary-General to provide the Commission with the necessary "
            "facilities to enable it to carry out its mission;",
            "Requests the Secretary-General to report to the Council on the implementation "
            "of the present resolution by 20 December 2030;",
        ),
        (
            "Requests the Secretary-General to send a special mission to examine the "
            "situation along the border;",
            "Requests the Secretary-General to keep this question under review and report "
            "to the Council within six months;",
        ),
    ],
)
def test_a_new_tasks_date_is_its_term(old: str, new: str) -> None:
    _, shifts = _deadline(old, new)
    assert shifts and all(direction == "neutral" for direction, _ in shifts)
    assert all("the term of a task the old text did not ask" in what for _, what in shifts)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A deadline put on a kept task, asked by a bare infinitive after "and".
        (
            "Requests the Secretary-General to follow closely the implementation of this "
            "resolution and report to the Council from time to time;",
            "Requests the Secretary-General to report to the Council on the progress of the "
            "implementation of this resolution, the first report to be submitted not later "
            "than 1 May 2030;",
        ),
        # The same task, asked by the same infinitive, now with a date.
        (
            "Requests the Secretary-General to report to the Council on the implementation "
            "of this resolution;",
            "Requests the Secretary-General to report to the Council on the implementation "
            "of this resolution by 1 May 2030;",
        ),
    ],
)
def test_a_deadline_put_on_a_kept_task_stays_stronger(old: str, new: str) -> None:
    _, shifts = _deadline(old, new)
    assert shifts and all(direction == "stronger" for direction, _ in shifts)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The old text holds a word the verb only begins: "end" is not "Endorses", "act"
        # is not "action"; the task is new, its date its term (review of date21).
        (
            "Endorses the agreement of the parties and calls upon them to respect the ceasefire;",
            "Endorses the agreement of the parties and calls upon them to end hostilities "
            "by 1 May 2030;",
        ),
        (
            "Calls upon the parties to take action to implement the agreement;",
            "Calls upon the parties to act against the armed groups in the border area "
            "by 1 May 2030;",
        ),
    ],
)
def test_a_word_the_verb_only_begins_is_not_the_task(old: str, new: str) -> None:
    _, shifts = _deadline(old, new)
    assert shifts and all(direction == "neutral" for direction, _ in shifts), shifts


def test_an_inflected_form_in_the_old_text_is_the_same_task() -> None:
    # "reporting" in the old text is the task "report": the date is a deadline put on it.
    _, shifts = _deadline(
        "Requests the Secretary-General to continue reporting to the Council on the "
        "implementation of this resolution;",
        "Requests the Secretary-General to report to the Council on the implementation "
        "of this resolution by 1 May 2030;",
    )
    assert shifts and all(direction == "stronger" for direction, _ in shifts), shifts
