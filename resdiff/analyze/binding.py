"""Where a clause's modal binds what its lead opens: "Insists that the cease-fire ...
must be respected" (a demand in all but name), not the modal of a relative clause or of
a text the clause cites. Read by :mod:`.reading` for the verbs that rank by it
(verbs.toml's ``binding_tier``)."""

from __future__ import annotations

import re

from ..compiled import compile_cached

#: The content clause a lead opens ("Insists that ..."), and what opens another inside it
#: (a relative clause, a text cited: ", which must be observed", "which provides that").
_CONTENT_CLAUSE = compile_cached(r"\s*+that\b", re.IGNORECASE)
_INNER_CLAUSE = compile_cached(r"\b(?:which|who|whom|whose|that|where|whereby)\b", re.IGNORECASE)


def binds_its_clause(text: str, body_start: int, modal_at: int | None) -> bool:
    """Whether the modal at ``modal_at`` binds the content clause the lead before
    ``body_start`` opens: "Insists that the cease-fire ... must be respected", not
    "Insists on the implementation of resolution 242 (1967), which provides that all
    States shall ..." nor "Insists that the parties respect the cease-fire, which must be
    observed" (the cited text's or a relative clause's modal; review of the thirtieth
    session's merge)."""
    if modal_at is None:
        return False
    opening = _CONTENT_CLAUSE.match(text, body_start)
    if opening is None:
        return False
    return _INNER_CLAUSE.search(text, opening.end(), modal_at) is None


#: What a restating lead opens when it restates a decision ("Reaffirms that all States
#: shall ...", "Recalls, as set out in its statute, that ..."), names the decision it
#: restates ("Recalls its decision that ...", "Reiterates its decision in resolution 1373
#: (2001) that ...") or cites the paragraph that made it ("Recalls paragraph 15 of
#: resolution 1701 (2006) according to which all States shall ..."), or a standing
#: position or mandate of the Council's ("Reaffirms its position that a settlement must be
#: based on ...", "reiterates its terms of reference ..., in particular that the Force
#: must ...": both judged softer when left out). Not "its intention to ensure that", "its
#: commitment to", "its support for": the Council's own stance, no obligation restated.
_RESTATED_CLAUSE = compile_cached(
    r"\s*+(?:"
    r"(?:,[^;:]{1,200}?,\s*+|(?:also|further|again|in\s++(?:that|this)\s++regard)\s++)?that\b"
    r"|(?:its|the)\s++(?:decisions?|position|terms\s++of\s++reference)\b[^;:]{0,200}?\bthat\b"
    r"|(?:paragraphs?|resolutions?)\s++\d[^;:]{0,100}?\b(?:according\s++to\s++which"
    r"|which\s++decided\s++that|in\s++which\s++it\s++decided\s++that)\b"
    r")",
    re.IGNORECASE,
)


_SET_OFF_CLAUSE = compile_cached(r",\s*+(?:which|who|whom|whose)\b", re.IGNORECASE)


def restates_its_clause(text: str, body_start: int, modal_at: int | None) -> bool:
    """Whether the modal at ``modal_at`` stands in the decision a restating lead before
    ``body_start`` restates (:data:`_RESTATED_CLAUSE`), before any relative clause inside
    it: "Reaffirms that all States shall prevent ...", not "Reaffirms its intention to
    ensure that assets frozen ... shall be made available" nor "Reaffirms its support
    for the Mission, whose mandate shall ..." (RESULTS §2eq)."""
    if modal_at is None:
        return False
    opening = _RESTATED_CLAUSE.match(text, body_start)
    if opening is None:
        return False
    # A relative clause inside the restated subject ("Member States that have proposed a
    # listing shall ...", "all such measures which have altered ... must be rescinded")
    # leaves the modal the restated decision's; one set off by a comma comments on it.
    return _SET_OFF_CLAUSE.search(text, opening.end(), modal_at) is None
