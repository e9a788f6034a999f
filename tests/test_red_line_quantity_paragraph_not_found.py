"""A quantity rule whose ``paragraph`` matches nothing says so, as the strength and
addressee rules do. Before: "no renewal period in the paragraphs containing “extend the
mandate”", which a legal adviser read as the renewal gone from the draft, where the draft
said "decides to extend its mandate" (S/RES/2618 (2022), a red line written by hand)."""

from __future__ import annotations

import resdiff
from resdiff.negotiation.red_lines import RedLines

_DRAFT = (
    "The Security Council,\n\nRecalling its resolutions on Cyprus,\n\n"
    "1. Decides to extend its mandate for a further period of twelve months;\n\n"
    "2. Decides to remain seized of the matter.\n"
)


def _rule(contains: str) -> RedLines:
    return RedLines.from_toml(
        f"""
[[rule]]
name = "Renewal of at least six months"
type = "quantity"
quantity = "renewal"
paragraph = {{ contains = "{contains}" }}
at_least = "6 months"
"""
    )


def test_a_quantity_rule_whose_paragraph_is_not_found_says_so() -> None:
    result = resdiff.check(resdiff.parse(_DRAFT), _rule("extend the mandate"))
    rule = result.result("Renewal of at least six months")
    assert rule.status == "fail"
    assert rule.message.startswith("no paragraph found: the paragraphs containing")
    assert "at least 6 months required" in rule.message


def test_a_quantity_rule_whose_paragraph_is_found_reads_its_quantity() -> None:
    result = resdiff.check(resdiff.parse(_DRAFT), _rule("extend its mandate"))
    assert result.result("Renewal of at least six months").status == "pass"
