"""The warnings a bracketed draft needs: a flag of the summary (Chapter VII, Article 39,
force) held only in a later alternative, or only inside brackets still in dispute."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..brackets import alternative_label, every_alternative
from ..lexicon import FlagMatch
from ..model import DISPUTED_FLAG, Clause, ParseWarning
from .reading import lexicon_view


def _flags_in_later_alternatives(
    flags: Iterable[tuple[str, str, Callable[[str], FlagMatch | None], tuple[Clause, ...]]],
) -> list[ParseWarning]:
    """A warning for each flag of the summary that only a later alternative holds:
    "[Acting under its special responsibility ...][Acting under Chapter VII ...]" reads
    as the first alternative, without Chapter VII, while Chapter VII is still on the
    table. The text is read with every alternative (:func:`every_alternative`: bracket
    signs, labels, drafters' notes and struck words blanked), for paragraphs that hold
    alternatives at all."""
    out: list[ParseWarning] = []
    flags = list(flags)
    # The parts of each clause that hold alternatives, by the clause's ``id``, found once
    # for every flag (each flag walked every clause: a tenth of a hostile text's analysis);
    # most drafts hold none, and no flag is then looked for.
    tabled: dict[int, list[Clause]] = {}
    for _, _, _, clauses in flags:
        for clause in clauses:
            if id(clause) not in tabled:
                tabled[id(clause)] = [
                    part
                    for part in clause.walk()
                    if "[" in part.text or alternative_label(part.text) is not None
                ]
    if not any(tabled.values()):
        return out
    for what, feature, find, clauses in flags:
        for clause in clauses:
            part_hit = None
            for part in tabled[id(clause)]:
                text = part.text
                every = every_alternative(lexicon_view(text))
                hit = find(every)
                if hit is not None:
                    part_hit = " ".join(text[hit.start : hit.end].replace("[", " ").split())
                    break
            if part_hit is None:
                continue
            out.append(
                _flag_warning(
                    what,
                    feature,
                    clause,
                    part_hit,
                    "stands only in a later alternative: the summary reads the first "
                    "alternative, without it, while it is still on the table",
                )
            )
            break
    return out


def _disputed_flags(
    found: Iterable[tuple[str, str, tuple[Clause, str, bool] | None]],
) -> list[ParseWarning]:
    """A warning for each flag of the summary read from words in square brackets or in
    a first alternative: "acts under Chapter VII" then rests on a proposal, not on
    agreed text (the July 2006 drafts fought over exactly that recital)."""
    out: list[ParseWarning] = []
    for what, feature, hit in found:
        if hit is None or not hit[2]:
            continue
        clause, words, _ = hit
        out.append(
            _flag_warning(
                what,
                feature,
                clause,
                words,
                "stands in square brackets or in a first alternative, wording not agreed: "
                "the summary reads it as agreed",
            )
        )
    return out


def _flag_warning(what: str, feature: str, clause: Clause, words: str, how: str) -> ParseWarning:
    """The ``disputed-...`` warning of one flag: what, where, the words as printed, how
    the summary reads them."""
    shown = " ".join(words.split())
    return ParseWarning(
        code=DISPUTED_FLAG + feature,
        message=f"{what} ({clause.ref}: “{shown}”) {how}",
        line=clause.span.first_line if clause.span else None,
    )
