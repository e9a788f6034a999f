"""The rules that decide a document's direction on the weights of its three classes of
shifts (headline, operative language, preambular language), in the order they are tried:
the one place that order is written (:func:`deciding_rule`). :mod:`.summary` weighs the
classes and takes the direction; ``benchmarks/directions.py`` names the rule."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import Lexicon
from ..model import Change, NetDirection, Shift

#: A side of a class of shifts must outweigh the other this many times for the direction
#: to follow it; closer, the class is balanced and the next class decides (a document is
#: "mixed" only when every class is balanced).
DOMINANCE = 1.1
#: The headline class decides a document's direction unless the operative part goes the
#: other way by this many times the headline class's net weight: a drawdown beside a
#: full new mandate of some fifty asks (ATMIS 2022, UNISFA 2020), a renewal period
#: lengthened beside thirty demands and calls no longer made (UNISFA 2022), each judged
#: mixed (the operative part 5.4 to 6.6 times the headline class's weight). MONUSCO 2021
#: (4.4 times) and MINUSMA 2022 (4.0), each with headline changes on both sides, were
#: judged to go the headline's way.
OUTWEIGHED = 5.0
#: A headline class with changes on both sides that one side wins by less than this many
#: times is no headline of its own against an operative part that outweighs its net
#: :data:`OUTWEIGHED` times the other way: the operative part decides, as it does for a
#: balanced class. UNISFA 2021 (a troop ceiling cut, 25 softer, beside a renewal five
#: months long instead of one, 20 stronger, and the full set of demands restored) was
#: judged stronger, "headline first ... next the operative demands". A one-sided headline
#: (ATMIS 2022's drawdown alone) still makes the text mixed. 1.5 to 3 read the 46 sets
#: alike.
NARROW_HEADLINE = 2.0


def _net(softer: float, stronger: float) -> NetDirection:
    if not softer and not stronger:
        return "neutral"
    if softer >= DOMINANCE * stronger:
        return "softer"
    if stronger >= DOMINANCE * softer:
        return "stronger"
    return "mixed"


#: The names of the weight classes, heaviest first, as :func:`deciding_rule` names the
#: class that decided.
CLASS_NAMES = ("headline", "operative", "preamble")


def deciding_rule(
    classes: list[list[float]],
    heavy: frozenset[str],
    lone: float | None,
    lexicon: Lexicon,
    outweighed: float = OUTWEIGHED,
    ranks: tuple[Sequence[float], Sequence[float]] | None = None,
) -> tuple[str, NetDirection]:
    """The rule that decides the direction on the classes' weights (``classes``, softer
    and stronger of each, heaviest class first; ``heavy``, the features of the headline
    class; ``lone``, the weight of the one shift that moved, if only one did), and the
    direction it gives, in the order the rules are tried: one light shift alone ("lone
    shift"), a headline of numbers alone against operative language the other way
    ("numbers only"), a headline outweighed by the operative part ("outweighed", or
    "narrow headline" when the headline class is won narrowly and handed down), else the
    first class one side wins ("headline", "operative", "preamble"), "all balanced" or
    "nothing weighed". ``outweighed``: the balance's :data:`OUTWEIGHED` (lower,
    :data:`.balance.UNCOUNTERED_OUTWEIGHED`, for a renewal with no counterpart alone; a
    headline outweighed under it is named "renewal outweighed"). The one place the order
    is written: :func:`direction` takes its direction, ``benchmarks/directions.py`` its
    name."""
    if lone is not None and lone < lexicon.weight_classes()[1]:
        # One change lighter than the least weight of operative language (a recital's
        # wording widened, an invitation no longer made) is all that moved: the text
        # keeps its force (Colombia 2021, a recital widened; UNIFIL 1992, "invites"
        # left out of a plain renewal: each judged neutral). A new ask of the operative
        # part is never passed as ``lone`` (summary.weigh_classes): it goes its way; nor,
        # in a revised draft, an ask withdrawn.
        return "lone shift", "neutral"
    if heavy == {"quantity"} and {_net(*classes[0]), _net(*classes[1])} == {
        "softer",
        "stronger",
    }:
        return "numbers only", "mixed"
    head = classes[0][1] - classes[0][0]
    rest = classes[1][1] - classes[1][0]
    if (
        _net(*classes[0]) in ("softer", "stronger")
        and head * rest < 0
        and abs(rest) >= outweighed * abs(head)
    ):
        # Each side carries weight of its own kind: neither dominates. Only a headline
        # class that would decide: a balanced one hands the decision to the operative
        # part whichever way its small net leans, and so does one won narrowly.
        if min(classes[0]) > 0 and max(classes[0]) < NARROW_HEADLINE * min(classes[0]):
            # Handed down as a balanced class is: an operative part balanced in its
            # turn leaves the preamble to decide, as it would after a balanced headline.
            return "narrow headline", _first_decided(classes[1:])
        # Named by the renewal's lower threshold only where the ordinary one would not
        # have made the text mixed too (the merge review: a balance outweighed either
        # way was counted under the renewal's rule).
        ordinary = abs(rest) >= OUTWEIGHED * abs(head)
        return ("outweighed" if ordinary else "renewal outweighed"), "mixed"
    won = _first_won(classes, CLASS_NAMES)
    if ranks is not None and won[0] == "operative" and same_ranks(*ranks, lexicon):
        return "same ranks", "mixed"
    return won


def rank_of(weight: float, lexicon: Lexicon) -> int:
    """The rung of an operative shift weighing ``weight`` on the ladder of issue 9 §7 below
    the headline: 3 a decision (the weight of tier 6, twice the least weight of operative
    language, as :data:`.balance.POSTURE_LEFT_OUT`), 2 a demand or a censure (at least the
    weight of an operative censure, weights.toml's ``censure``: a demand of tier 5 weighs
    more), 1 an ask (a call, an urging, a request, or any other operative shift: at least
    the least weight of operative language), 0 less (an encouragement, an invitation, or
    an ask a follow-up leaves out, weighed at half)."""
    operative = lexicon.weight_classes()[1]
    if weight >= 2 * operative:
        return 3
    if weight >= lexicon.weight_of("censure", "operative"):
        return 2
    return 1 if weight >= operative else 0


def same_ranks(softer: Sequence[float], stronger: Sequence[float], lexicon: Lexicon) -> bool:
    """Whether the operative shifts of a text, weighing ``softer`` one way and ``stronger``
    the other, trade like for like: some move each way, and every rung of the ladder
    (:func:`rank_of`) holds as many of one as of the other (an ask of the Organization's
    own organs a rung lower: :func:`servants_ask`). A drafter reads such a text as
    mixed, whatever the tiers within a rung sum to: one call upon all States to comply
    dropped and one urging of the parties to restraint added (UNFICYP 1966, 1968 and 1969,
    each judged mixed by both judges; the sums, 5.33 against 4, read softer), where a
    decision dropped against an ask added, or two asks against one, still goes its way.
    Asked for by ``AlignOptions.mixed_by_rank`` (on by default): RESULTS §2fr."""
    if not softer or not stronger:
        return False
    return sorted(rank_of(w, lexicon) for w in softer) == sorted(
        rank_of(w, lexicon) for w in stronger
    )


#: The addressee of an ask: up to twelve words after its verb, before the "to" or "that"
#: that opens what is asked ("Requests the Secretary-General to report ...").
_ADDRESSEE = re.compile(r"\s+((?:[^\s;:]+\s+){0,12}?)(?:to|that)\b", re.IGNORECASE)


def servants_ask(shift: Shift, part: Change, lexicon: Lexicon) -> bool:
    """Whether ``shift`` is an ask made or left out whole whose addressee names only the
    Organization's own organs (scope.toml, [organs]: "Requests the Secretary-General to
    report on the implementation of this resolution"): a task the Council gives its own
    servants, a rung below an ask of States or parties in :func:`same_ranks`. A request
    to report dropped against a call upon States added is no trade of like for like
    (Indonesia 1948: "the new demand on a party outweighs the dropped request to a UN
    body"); a call dropped with a report request beside it, against one urging added,
    still goes softer (UNFICYP 1967, "the Secretary-General's reporting ... goes")."""
    if shift.feature != "verb" or (shift.old is None) == (shift.new is None):
        return False
    verb = shift.old or shift.new or ""
    text = part.old_text if shift.old else part.new_text
    at = text.lower().find(verb.lower())
    if at < 0:
        return False
    found = _ADDRESSEE.match(text, at + len(verb))
    return found is not None and lexicon.own_organ(found.group(1).strip(" ,"))


def _first_won(classes: Sequence[list[float]], names: Sequence[str]) -> tuple[str, NetDirection]:
    """The first class, in order, that one side wins, named by ``names``, and its
    direction; "all balanced" (mixed) when every class with weight is balanced, "nothing
    weighed" (neutral) when none has any."""
    for name, (softer, stronger) in zip(names, classes, strict=True):
        net = _net(softer, stronger)
        if (softer or stronger) and net != "mixed":
            return name, net
        # The heavier changes cancel out: the next class breaks the tie.
    if any(any(c) for c in classes):
        return "all balanced", "mixed"
    return "nothing weighed", "neutral"


def _first_decided(classes: Sequence[list[float]]) -> NetDirection:
    """The direction of the first class, in order, that one side wins (classes after the
    headline, handed down); "mixed" when every class with weight is balanced, "neutral"
    when none has any."""
    # The classes' names are not read: only the direction is.
    return _first_won(classes, [""] * len(classes))[1]
