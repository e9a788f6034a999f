"""The end of a measure in every wording a resolution uses (issue 9 §4, branch life14).

A reviewer found the end of a sanctions measure missed where the clause names the
measure itself ("Decides not to renew the arms embargo imposed by paragraph 1", "...
shall cease to have effect", "Decides to end ...", "... shall expire on 1 June 2033"):
the life-cycle patterns' nouns left out the measures' own names. They now read one list,
lifecycle.toml's ``[objects]`` and every measure's ``names`` (measures.toml). The red
line that a measure stays (``check``) fails on an end, a sunset and an exemption, and
still skips a measure named, not imposed (review of user14). Made-up texts only.
"""

from __future__ import annotations

import pytest
from drafting import lifecycle_labels, op1

import resdiff
from resdiff import check
from resdiff.lexicon import Lexicon

_IMPOSED = (
    "Decides that all States shall immediately take the necessary measures to prevent the "
    "direct or indirect supply, sale or transfer of arms and related materiel of all types "
    "to the territory of Eastland (the arms embargo);"
)
_BY = "imposed by paragraph 1 of resolution 100 (2020)"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (f"Decides not to renew the arms embargo {_BY};", "terminated"),
        (f"Decides not to extend the arms embargo {_BY};", "terminated"),
        (f"Decides not to renew the travel ban {_BY};", "terminated"),
        (f"Decides that the arms embargo {_BY} shall cease to have effect;", "terminated"),
        (f"Decides that the arms embargo {_BY} shall cease to apply;", "terminated"),
        (f"Decides to end the arms embargo {_BY};", "terminated"),
        (f"Decides to discontinue the arms embargo {_BY};", "terminated"),
        (f"Decides to phase out the sanctions regime {_BY};", "terminated"),
        (f"Decides that the arms embargo {_BY} shall terminate;", "terminated"),
        (f"Decides that the arms embargo {_BY} is hereby terminated;", "terminated"),
        (f"Decides that the asset freeze {_BY} shall lapse on 1 June 2033;", "terminated"),
        (f"Decides that the arms embargo {_BY} shall expire on 1 June 2033;", "given a sunset"),
        (f"Decides to suspend the travel ban {_BY};", "suspended"),
    ],
)
def test_the_end_of_a_measure_named_by_its_own_name(text: str, label: str) -> None:
    assert label in lifecycle_labels(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Decides not to terminate the arms embargo {_BY};",
        f"Decides not to end the arms embargo {_BY};",
        "Decides that the arms embargo shall not be lifted until the conditions of paragraph 2 "
        "are met;",
        "Decides that the arms embargo shall not cease to have effect before the Council so "
        "decides;",
        "Decides that the arms embargo shall not expire;",
        "Demands that all parties cease hostilities and observe the cease-fire;",
        "Decides to end the violence against civilians;",
        "Calls upon the Government to end immediately these repressive measures;",
        "Decides that the measures shall not be extended to other entities;",
        "Requests the Secretary-General to report on the end of the sanctions regime;",
        # An end for one party is a delisting (S/RES/2610 (2021) recalls such a rule).
        "Recalls its decision that the requirement for States to take the measures described "
        "in paragraph 1 shall terminate with respect to that individual 60 days after the "
        "Committee completes its consideration;",
    ],
)
def test_what_ends_no_measure(text: str) -> None:
    # Negated, another sense of the word, or what the Council does not act on.
    assert not {"terminated", "given a sunset", "lifted"} & set(lifecycle_labels(text))


def _clause(op: str) -> resdiff.Clause:
    return resdiff.parse(
        f"The Security Council,\n\nRecalling its resolutions,\n\n1. {op}\n"
    ).operative[0]


def test_an_end_asked_of_a_party_is_the_party_s_own() -> None:
    # "Decides to end" is the Council's; "Demands that the parties end the restrictions"
    # asks a party to end its own, weighed as its verb.
    for op in (
        "Demands that the parties end the restrictions on humanitarian access;",
        "Calls upon the parties to end the sanctions imposed on the opposition;",
    ):
        assert [p.lifecycle for c in _clause(op).walk() for p in c.phrases] == [()]
    decided = _clause(f"Decides to end the arms embargo {_BY};")
    assert [(m.kind, m.ends) for m in decided.measures] == [("arms_embargo", True)]


def test_a_quotation_recalled_is_no_sunset_and_one_decided_is() -> None:
    recalled = _clause(
        'Recalls paragraph 3 of resolution 100 (2020), which reads: "Decides that the arms '
        'embargo shall expire on 1 June 2021";'
    )
    assert [p.lifecycle for c in recalled.walk() for p in c.phrases] == [()]
    decided = _clause(
        'Decides that paragraph 3 of resolution 100 (2020) shall read: "the arms embargo '
        'shall expire on 1 June 2033";'
    )
    assert [m.action for m in decided.measures] == ["sunset"]
    # A stray mark a scan made of a footnote call opens no quotation: the clause's
    # life-cycle words after it are read as before.
    stray = _clause(
        'Decides, in the light of the report of 7 December 1990" of the Secretary-General, '
        "to terminate the arms embargo imposed by paragraph 1 of resolution 100 (2020);"
    )
    assert [m.ends for m in stray.measures] == [True]


def test_a_recital_tells_of_an_end_and_ends_nothing() -> None:
    d = resdiff.parse(
        "The Security Council,\n\nNoting its decision not to renew the arms embargo "
        f"{_BY},\n\n1. Decides to remain seized of the matter.\n"
    )
    assert not any(m.ends for c in d.walk() for m in c.measures)
    assert not any(p.lifecycle for c in d.walk() for p in c.phrases)


@pytest.mark.parametrize(
    ("new", "kind"),
    [
        (f"Decides not to renew the arms embargo {_BY};", "softened"),
        (f"Decides that the arms embargo {_BY} shall cease to have effect;", "softened"),
        (f"Decides to end the arms embargo {_BY};", "softened"),
        (f"Decides that the arms embargo {_BY} shall expire on 1 June 2033;", "softened"),
    ],
)
def test_the_reviewer_s_pairs_read_softened(new: str, kind: str) -> None:
    got, shifts = op1(_IMPOSED, new)
    assert got == kind
    assert all(direction != "stronger" for direction, _ in shifts)


def test_a_measure_a_user_names_gets_its_life_cycle() -> None:
    lexicon = Lexicon.default().extend(
        Lexicon.from_toml(
            '[measures.oil]\nlabel = "oil ban"\nnames = ["oil ban"]\n'
            "patterns = ['\\boil\\s+ban\\b']\n"
        )
    )
    labels = [m.label for m in lexicon.lifecycle_in("Decides that the oil ban shall expire;")]
    assert "given a sunset" in labels


_HEAD = (
    "United Nations\n\nS/2031/100\n\nSecurity Council\n\nDraft resolution\n\n"
    "The Security Council,\n\nRecalling its resolution 100 (2020) on Eastland,\n\n"
)
_STAYS = (
    '[[rule]]\nname = "The arms embargo stays"\ntype = "measure_mode"\n'
    'measure = "arms_embargo"\nmode = "mandatory"\n'
)


def _stays(op: str) -> tuple[str, str]:
    text = f"{_HEAD}1. {op}\n\n2. Decides to remain seized of the matter.\n"
    result = check(text, _STAYS).result("The arms embargo stays")
    return result.status, result.message


@pytest.mark.parametrize(
    "op",
    [
        f"Decides not to renew the arms embargo {_BY};",
        f"Decides that the arms embargo {_BY} shall no longer apply;",
        f"Decides that the arms embargo {_BY} shall cease to have effect;",
        f"Decides to end the arms embargo {_BY};",
        f"Decides to discontinue the arms embargo {_BY};",
        f"Decides that the arms embargo {_BY} is hereby terminated;",
    ],
)
def test_an_end_of_the_measure_crosses_the_line(op: str) -> None:
    status, message = _stays(op)
    assert status == "fail"
    assert "OP1 lifts or ends it" in message


def test_a_sunset_on_the_measure_crosses_the_line() -> None:
    status, message = _stays(f"Decides that the arms embargo {_BY} shall expire on 1 June 2033;")
    assert status == "fail"
    assert "OP1 arms embargo: given a sunset" in message
    # A renewal to a date is no sunset: the embargo stays.
    assert _stays(f"Decides to renew the arms embargo {_BY} until 1 June 2033;")[0] == "pass"


def test_an_exemption_from_the_measure_crosses_the_line() -> None:
    status, message = _stays(
        "The arms embargo shall not apply to supplies of non-lethal military equipment;"
    )
    assert status == "fail"
    assert "OP1 exempts from it" in message


def test_a_measure_named_not_imposed_is_still_not_checked() -> None:
    # The lead's decision (review of user14).
    status, message = _stays("Demands full compliance by all Member States with the arms embargo;")
    assert status == "skipped"
    assert "named, not imposed (OP1)" in message


def test_an_exemption_beside_the_measure_imposed_keeps_the_line() -> None:
    # The standard exemptions every renewal carries would fail it otherwise (README).
    text = (
        f"{_HEAD}1. {_IMPOSED}\n\n2. Decides that the measures imposed by paragraph 1 shall "
        "not apply to supplies of non-lethal military equipment intended solely for "
        "humanitarian use;\n\n3. Decides to remain seized of the matter.\n"
    )
    assert check(text, _STAYS).result("The arms embargo stays").status == "pass"
