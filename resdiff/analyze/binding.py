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
