"""A request met: the product a removed clause asked for, spoken of as delivered by the
clause's paragraph in the new text ("urges UNFICYP ... to submit proposals in this
regard" → "encourages full engagement with the proposal ... presented by UNFICYP", UNFICYP
2020 OP6, judged strengthened: the request was met, not withdrawn)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..compiled import compile_cached
from .views import ClauseView

__all__ = ["ask_words", "delivered", "delivered_or_followed", "follows_up"]

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


#: A clause that takes up the product of another ask by pointing back at it: "and requests
#: the Secretary-General to include this action plan in his next report". The phrase after
#: the pointer is at most three words.
_POINTER = compile_cached(
    r"\b(?:this|these|such|the\s+said)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.IGNORECASE
)
#: Words a pointer often takes that name no product ("in this regard", "to this end").
_NO_PRODUCT = frozenset(
    {"regard", "end", "respect", "context", "resolution", "paragraph", "matter", "connection"}
)


#: Words that end what a pointer names.
_FUNCTION = frozenset(
    {
        "in",
        "into",
        "on",
        "of",
        "to",
        "for",
        "by",
        "with",
        "and",
        "or",
        "his",
        "her",
        "its",
        "their",
        "the",
        "a",
        "an",
        "at",
        "as",
        "from",
        "is",
        "are",
        "be",
        "was",
        "were",
    }
)


#: A word of an ask, for :func:`ask_words`.
_ASK_WORD = compile_cached(r"[\w-]+")


def ask_words(asks: Iterable[str]) -> list[frozenset[str]]:
    """The words of each spent ask, lower-cased, for :func:`follows_up` (read once per
    provision, not once per pointer)."""
    return [frozenset(w.lower() for w in _ASK_WORD.findall(ask)) for ask in asks]


def follows_up(removed: str, spent_asks: Sequence[frozenset[str]]) -> str | None:
    """What ``removed`` (a clause gone) points back at, as 'follows up a spent ask ("this
    action plan")', when every word it points at stands in one of ``spent_asks`` (the
    words of the clauses gone from the same paragraph whose deadline has passed, see
    :func:`ask_words`): a request to report on or include the product of a spent ask is
    spent with it. Else ``None``."""
    if not spent_asks:
        return None
    for m in _POINTER.finditer(removed):
        printed = m.group(1).split()
        # The pointed-at words end before the first word that names nothing ("this
        # action plan in his next report").
        cut = next((k for k, w in enumerate(printed) if w.lower() in _FUNCTION), len(printed))
        printed = printed[:cut]
        words = [w.lower() for w in printed]
        if not words or words[-1] in _NO_PRODUCT:
            continue
        if any(all(w in held for w in words) for held in spent_asks):
            # The pointer as printed: "this", "these", "such", "the said".
            pointer = " ".join(m.group(0).split()[: -len(m.group(1).split())]).lower()
            return f"follows up a spent ask (“{pointer} {' '.join(printed)}”)"
    return None


def delivered_or_followed(
    view: ClauseView,
    new: Sequence[ClauseView],
    old: Sequence[ClauseView],
    spent_asks: Sequence[frozenset[str]],
) -> str | None:
    """Why a clause gone from a paragraph that stays asked for nothing still owed: the
    product it asked for is delivered in the new paragraph (:func:`delivered`), or it
    only takes up what a spent ask of the paragraph asked for (:func:`follows_up`)."""
    met = delivered(
        view.text, " ".join(v.text for v in new), " ".join(v.text for v in old if v is not view)
    )
    return met if met is not None else follows_up(view.text, spent_asks)
