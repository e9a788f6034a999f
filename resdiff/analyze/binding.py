"""Where a clause's modal binds what its lead opens: "Insists that the cease-fire ...
must be respected" (a demand in all but name), not the modal of a relative clause or of
a text the clause cites. Read by :mod:`.reading` for the verbs that rank by it
(verbs.toml's ``binding_tier``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..compiled import compile_cached

if TYPE_CHECKING:
    from ..lexicon import Lexicon

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


_SET_OFF_CLAUSE = compile_cached(r",\s*+(?:which|who|whom|whose)\b", re.IGNORECASE)


def restates_its_clause(lexicon: Lexicon, text: str, body_start: int, modal_at: int | None) -> bool:
    """Whether the modal at ``modal_at`` stands in the decision a restating lead before
    ``body_start`` restates (:meth:`Lexicon.restated_opening`: the content clause it opens,
    a decision it names, a paragraph it cites; ``[restated]`` in verbs.toml), before any
    relative clause set off inside it: "Reaffirms that all States shall prevent ...", not
    "Reaffirms its intention to ensure that assets frozen ... shall be made available"
    nor "Reaffirms its support for the Mission, whose mandate shall ..." (RESULTS §2eq;
    the words moved to the lexicon in the review of leads21)."""
    if modal_at is None:
        return False
    opening = lexicon.restated_opening(text, body_start)
    if opening is None:
        return False
    # A relative clause inside the restated subject ("Member States that have proposed a
    # listing shall ...", "all such measures which have altered ... must be rescinded")
    # leaves the modal the restated decision's; one set off by a comma comments on it.
    return _SET_OFF_CLAUSE.search(text, opening.end(), modal_at) is None
