"""``benchmarks/aboutness.py`` reads what a provision is about: the terms past its lead
and addressee, with a few equivalences read as one term. The drafts here are hand-written
in ordinary Council wording."""

from __future__ import annotations

from benchmark_module import load
from drafting import draft

import resdiff

aboutness = load("aboutness")


def test_equivalences_read_as_one_term() -> None:
    # A cease-fire, a cessation of hostilities and a truce are one subject; a withdrawal
    # is what "withdraw" asks; freeing a hostage is releasing one.
    assert "ceasefire" in aboutness.terms("to observe the cease-fire")
    assert "ceasefire" in aboutness.terms("the cessation of hostilities")
    assert "ceasefire" in aboutness.terms("a truce of four weeks")
    assert "withdraw" in aboutness.terms("the withdrawal of all forces")
    assert set(aboutness.terms("to free each hostage")) >= {"release", "hostage"}


def test_about_leaves_out_the_lead_and_its_addressee() -> None:
    text = draft(
        [
            "Calls upon the parties to observe the cessation of hostilities;",
            "Requests the Secretary-General to report on the situation;",
        ]
    )
    first, second = resdiff.parse(text).operative
    seen = aboutness.about(first)
    assert "ceasefire" in seen["terms"]
    # Neither the lead ("calls upon") nor the addressee ("the parties") is what it is about.
    assert not {"call", "party", "parties"} & seen["terms"]
    assert "report" not in aboutness.about(second)["terms"]  # a generic term
