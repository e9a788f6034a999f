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
    # "proposals" and "proposal", "strategies" and "strategy", "road map" and "roadmap":
    # the first five letters of the singular tell the products apart.
    word = word.lower().replace(" ", "")
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s"):
        word = word[:-1]
    return word[:5]


#: Words that say the product is not there yet: "no strategy has yet been developed",
#: "proposals to be submitted", "has not presented".
_NOT_YET = compile_cached(
    r"\b(?:no|not|yet|never|to\s+be|awaits?|awaiting|pending)\b", re.IGNORECASE
)


def delivered(removed: str, new: str, old: str = "") -> str | None:
    """What ``removed`` (a clause gone) asked to be produced, as "<product> delivered",
    when ``new`` (its paragraph in the later text) speaks of that product as delivered;
    else ``None``. ``old``: the paragraph's old text, which must not have said so already
    ("Welcomes the report submitted ..., and requests him to submit a report on the
    elections" → "Welcomes the report submitted ...": the next report is still owed).
    Only the first product the clause asks for is read."""
    asked = _ASKED.search(removed)
    if asked is None:
        return None
    product = asked.group("product")
    stem = _stem(product)
    for m in _DELIVERED.finditer(new):
        if _stem(m.group("product") or m.group("after")) != stem:
            continue
        said = m.group()
        # Said already, or said not to be done ("notes with regret that no strategy has
        # yet been developed"), or only to come ("proposals to be submitted").
        if said.lower() in old.lower() or _NOT_YET.search(new, max(0, m.start() - 30), m.end()):
            continue
        return f"{product.lower()} delivered"
    return None
