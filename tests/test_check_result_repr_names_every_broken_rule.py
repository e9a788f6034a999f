"""What a failed ``assert check(...)`` prints names every red line broken. Before: the
repr held each broken rule's message too, and pytest, which cuts a repr of over 240
characters in its middle, lost the names after the first ("<CheckResult S/RES/2618
(2022): 3 of 8 red lines broken, 5 hold. Renewal of at least six months: no renewal
period in ...: weakened in the operative part: ..."), a legal adviser's check of a
Cyprus renewal."""

from __future__ import annotations

import resdiff
from resdiff.negotiation.red_lines import RedLines

_OLD = (
    "The Security Council,\n\nRecalling its resolutions on Cyprus,\n\n"
    "1. Condemns the announcement on Varosha and calls for its immediate reversal;\n\n"
    "2. Decides to extend the mandate of the Force for a further period of twelve months;\n\n"
    "3. Requests the Secretary-General to report to the Council every six months;\n\n"
    "4. Decides to remain seized of the matter.\n"
)
_NEW = (
    "The Security Council,\n\nRecalling its resolutions on Cyprus,\n\n"
    "1. Notes the announcement on Varosha;\n\n"
    "2. Decides to extend the mandate of the Force for a further period of three months;\n\n"
    "3. Decides to remain seized of the matter.\n"
)
_SPEC = """
[[rule]]
name = "Varosha condemned in the operative part"
type = "min_strength"
paragraph = { contains = "Varosha", section = "operative" }
axis = "censure"
at_least = "condemns"

[[rule]]
name = "A renewal of at least six months for the Force"
type = "quantity"
quantity = "renewal"
at_least = "6 months"

[[rule]]
name = "Nothing operative weakened against the first draft"
type = "no_weakening"
"""


def test_the_repr_of_a_failed_check_names_every_broken_rule_within_pytests_limit() -> None:
    result = resdiff.check(resdiff.parse(_NEW), RedLines.from_toml(_SPEC), base=resdiff.parse(_OLD))
    shown = repr(result)
    assert len(result.failed) == 3
    for rule in result.failed:
        assert rule.name in shown
    # pytest shows a repr whole up to 240 characters.
    assert len(shown) <= 240
