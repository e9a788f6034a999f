"""A request met: the product a removed clause asked for, spoken of as delivered by the
clause's paragraph in the new text ("urges UNFICYP ... to submit proposals in this
regard" → "encourages full engagement with the proposal ... presented by UNFICYP", UNFICYP
2020 OP6, judged strengthened: the request was met, not withdrawn)."""

from __future__ import annotations

import re

from ..compiled import compile_cached

__all__ = ["delivered"]

#: What a request asks to be produced, and the words that say it was.
_PRODUCTS = (
    r"proposals?|reports?|plans?|strateg(?:y|ies)|assessments?|reviews?|recommendations?"
    r"|options|road\s?maps?|frameworks?|concepts?"
)
_DONE = (
    r"presented|submitted|prepared|developed|produced|conducted|undertaken|completed"
    r"|finali[sz]ed|delivered|launched|put\s+forward"
)
#: An ask to produce something: "to submit proposals", "to present a plan".
_ASKED = compile_cached(
    r"\bto\s+(?:submit|present|prepare|develop|provide|produce|draw\s+up|put\s+forward|"
    r"conduct|undertake|finali[sz]e|elaborate)\s+(?:to\s+the\s+(?:Security\s+)?Council\s+)?"
    r"(?:(?:a|an|the|its|his|her|their|such)\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?P<product>{_PRODUCTS})\b",
    re.IGNORECASE,
)
#: A product spoken of as delivered: "the proposal ... presented by UNFICYP", "the
#: strategy developed by the Mission", "the completed review".
_DELIVERED = compile_cached(
    rf"\b(?P<product>{_PRODUCTS})\b[^;,.]{{0,60}}?\b(?:{_DONE})\b"
    rf"|\b(?:{_DONE})\s+(?:[\w-]+\s+){{0,3}}?(?P<after>{_PRODUCTS})\b",
    re.IGNORECASE,
)


def _stem(word: str) -> str:
    # "proposals" and "proposal", "strategies" and "strategy": the first five letters
    # tell the products apart.
    return word.lower()[:5]


def delivered(removed: str, new: str) -> str | None:
    """What ``removed`` (a clause gone) asked to be produced, as "<product> delivered",
    when ``new`` (its paragraph in the later text) speaks of that product as delivered;
    else ``None``."""
    asked = _ASKED.search(removed)
    if asked is None:
        return None
    product = asked.group("product")
    stem = _stem(product)
    for m in _DELIVERED.finditer(new):
        if _stem(m.group("product") or m.group("after")) == stem:
            return f"{product.lower()} delivered"
    return None
