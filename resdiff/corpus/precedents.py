"""Precedents: where each paragraph of a draft comes from, in an index of adopted texts.

For every top-level paragraph of the draft (its sub-paragraphs included):

1. **agreed language** when an earlier adopted text has the same words once folded
   (case, spelling, punctuation and spacing: :func:`resdiff.corpus.ingest.fold`), found
   by the folded text's key without scoring anything;
2. else **adapted** when candidates from the index (:mod:`resdiff.corpus.search`),
   scored with :func:`similarity` (the aligner's similarity of two normalised texts, as
   it scores splits and merges: rapidfuzz's Indel ratio of the folded characters), reach
   :attr:`PrecedentOptions.threshold`: the best are kept, most similar first (the most
   recent text first among near-equals, within :data:`NEAR_TIE`, and for a paragraph
   that renews a mandate or measure among texts that read the same with every date
   aside: the renewal a drafter revised), each with the word redline from it to the draft
   paragraph and the clause-level verdict of the engine
   (:class:`resdiff.classify.Classifier`, the same comparison of two provisions
   ``resdiff compare`` makes: kind and named shifts);
3. else **new language**.

Only adopted texts count (a draft or a vetoed text is no agreed language), and only those
dated before ``before`` (the draft's own date by default; for a draft with no date, the
first day of the year its symbol names): a precedent is never younger than the draft,
and a text whose date is unknown is left out whenever a limit applies.
The draft's own text, when the index holds it, is left out too. Each exclusion is counted
in the result.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Any, Protocol

from ..compiled import compile_cached
from ..safe import printable
from .ingest import fold, paragraph_key
from .model import (
    ParagraphPrecedents,
    Precedent,
    PrecedentOptions,
    Precedents,
    QueriedDraft,
    TextKey,
    symbol_year_start,
    text_key,
    texts_of,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from ..api import DraftSource
    from ..classify import Classifier
    from ..model import Change, Clause, Draft
    from .model import DocumentFacts, IndexedParagraph
    from .search import TermIndex


class Corpus(Protocol):
    """What precedents need of a :class:`resdiff.corpus.Corpus` (named here rather than
    imported, since the corpus calls this module)."""

    path: Path

    def document_facts(self) -> list[DocumentFacts]: ...
    def term_index(self) -> TermIndex: ...
    def paragraph_ids_with_key(self, key: str) -> list[tuple[int, int]]: ...
    def folded_texts(self, ids: Sequence[int]) -> dict[int, str]: ...
    def paragraphs_by_id(self, ids: Sequence[int]) -> dict[int, IndexedParagraph]: ...
    def draft(self, key: int) -> Draft: ...


__all__ = ["find_precedents", "similarity", "why_undated"]


#: Precedents whose scores are this close to the best one are near-ties: the latest text
#: among them leads.
NEAR_TIE = 0.02
#: A paragraph of the draft paragraph's own section this close to the best one leads
#: instead: a drafter who revises an operative paragraph starts from the operative one
#: (UNFICYP 2618 OP3 from 2587 OP14, 0.69, not from its recital PP7, 0.73, which made
#: it read "promoted to the operative part").
SAME_SECTION_TIE = 0.06
#: ... only for a lead below this score: a near copy of a paragraph of the other section
#: is that paragraph moved (a recital made a decision), and leads.
SAME_SECTION_BELOW = 0.9


def similarity(a: str, b: str) -> float:
    """How alike two folded texts are, 0–1: the share of their characters in common, in
    order (rapidfuzz's normalised Indel similarity, as the aligner scores a split or
    merge against the whole). It rewards a paragraph kept with local edits over one that
    merely shares its rarer words, which is what "taken from" means."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b)) / 100


def _scored(words: str, found: dict[int, str], threshold: float) -> list[tuple[int, float]]:
    """The candidates at least ``threshold`` similar to ``words`` (their
    :func:`similarity`, computed in one call to rapidfuzz)."""
    from rapidfuzz import fuzz, process

    matches = process.extract(
        words, found, scorer=fuzz.ratio, score_cutoff=threshold * 100, limit=None
    )
    return [(int(pid), float(score) / 100) for _, score, pid in matches]


def find_precedents(
    corpus: Corpus,
    draft: DraftSource,
    *,
    before: _dt.date | None = None,
    options: PrecedentOptions | None = None,
) -> Precedents:
    """The precedents of every paragraph of ``draft`` (a draft, or anything
    :func:`resdiff.parse` reads) in ``corpus``; see the module docstring. ``before``
    defaults to the draft's date, else the start of its symbol's year
    (:func:`symbol_year_start`); ``options`` to :class:`PrecedentOptions`."""
    from ..api import parse
    from ..redline import redline
    from .search import owner

    opts = options or PrecedentOptions()
    read = parse(draft)
    limit = before or read.date or symbol_year_start(read.symbol)
    facts = corpus.document_facts()
    documents = {d.id: d for d in facts}
    own_sha = read.source.sha256 if read.source else None
    allowed: set[int] = set()
    # Counted in texts, as a reader counts them: two files of one resolution (its AKN
    # file and a Word copy; the scanned S_RES_542_1983.txt, which holds 538 (1983)) are
    # one text, searched once (text_key), and the files folded are named.
    excluded: dict[str, set[TextKey]] = {
        "self": set(),
        "not_adopted": set(),
        "undated": set(),
        "later": set(),
    }
    undated: list[DocumentFacts] = []
    for d in documents.values():
        if (own_sha is not None and d.sha256 == own_sha) or (
            read.symbol is not None and d.symbol == read.symbol and d.date == read.date
        ):
            excluded["self"].add(text_key(d))
        elif d.status != "adopted":
            excluded["not_adopted"].add(text_key(d))
        elif limit is not None and d.date is None:
            if text_key(d) not in excluded["undated"]:
                undated.append(d)
            excluded["undated"].add(text_key(d))
        elif limit is not None and d.date is not None and d.date >= limit:
            excluded["later"].add(text_key(d))
        else:
            allowed.add(d.id)
    searched, folded_files = texts_of(documents[k] for k in allowed)
    firsts = [d.first_paragraph for d in facts]
    ids = [d.id for d in facts]
    # One byte per paragraph id: whether its text may be a precedent. Candidates are
    # filtered on it without a look-up per paragraph.
    allowed_ids = bytearray(max((d.last_paragraph for d in facts), default=0) + 1)
    for d in facts:
        if d.id in allowed and d.last_paragraph >= d.first_paragraph:
            allowed_ids[d.first_paragraph : d.last_paragraph + 1] = b"\x01" * (
                d.last_paragraph - d.first_paragraph + 1
            )
    mask = bytes(allowed_ids)

    clauses = list(read.paragraphs)
    texts = [c.full_text() for c in clauses]
    folded = [fold(t) for t in texts]
    terms = corpus.term_index()
    terms.load(word for f in folded for word in f.split())
    terms.load_postings(w for f in folded for w in terms.proposing(f.split()))
    verdicts = _Verdicts(read)
    out: list[ParagraphPrecedents] = []
    for clause, text, words in zip(clauses, texts, folded, strict=True):
        same = [
            (pid, doc)
            for pid, doc in corpus.paragraph_ids_with_key(paragraph_key(words))
            if doc in allowed
        ]
        if same:
            out.append(_agreed(corpus, clause, text, same, documents, opts))
            continue
        candidates = terms.candidates(words.split(), opts.candidates, mask)
        found = corpus.folded_texts(candidates)
        kept = _scored(words, found, opts.threshold)
        if not kept:
            out.append(
                ParagraphPrecedents(ref=clause.ref, section=clause.section, text=text, status="new")
            )
            continue

        def rank(item: tuple[int, float]) -> tuple[float, int, int]:
            pid, score = item
            date = documents[owner(firsts, ids, pid)].date
            return (-round(score, 6), -(date.toordinal() if date else 0), pid)

        def latest(item: tuple[int, float]) -> tuple[int, float, int]:
            pid, score = item
            date = documents[owner(firsts, ids, pid)].date
            return (-(date.toordinal() if date else 0), -score, pid)

        ordered = sorted(kept, key=rank)
        # Near-ties go to the latest text: "31 July 2020" shares more letters with "31
        # July 2022" than "31 January 2022" does, but the renewal a drafter revises is
        # the last one (UNFICYP 2618: 2587 (2021) at 97.9%, not 2506 (2020) at 99%).
        top = ordered[0][1]
        near = [x for x in ordered if top - x[1] <= NEAR_TIE]
        if verdicts.renews(clause):
            # A renewal's dates move on each year, by more than a near-tie: the texts
            # that read the same with every date aside tie too (issue 9 §8), so that the
            # last renewal, which the drafter revised ("31 July 2022" in 2618 (2022)),
            # is not put behind an older one whose date differs by a word ("31 January
            # 2022" in 2587 (2021), for "31 January 2023"). Only the same words: another
            # mission's "Decides to extend the mandate of MINUSCA until ..." stays apart.
            moved = _dates_aside_scores(words, kept, found)
            best_moved = max(moved.values())
            near += [x for x in ordered if x not in near and moved[x[0]] >= best_moved - 1e-9]
        ranked = sorted(near, key=latest) + [x for x in ordered if x not in near]
        # Two files of one text (an AKN file and its Word copy, both indexed: one symbol,
        # one date) hold its paragraph twice: it is one precedent, listed once.
        seen: set[tuple[TextKey, str]] = set()
        unique = []
        for pid, score in ranked:
            same_text = (text_key(documents[owner(firsts, ids, pid)]), found[pid])
            if same_text not in seen:
                seen.add(same_text)
                unique.append((pid, score))
        best = _same_section_first(corpus, clause, unique)[: opts.best]
        stored = corpus.paragraphs_by_id([pid for pid, _ in best])
        precedents = []
        for k, (pid, score) in enumerate(best):
            paragraph = stored[pid]
            document = _owner_of(corpus, documents, paragraph)
            verdict: dict[str, Any] = {}
            if k < opts.verdicts:
                change = verdicts.against(paragraph.clause, clause, score, document.date)
                verdict = {
                    "kind": change.kind,
                    "shifts": tuple(s for c in change.walk() for s in c.shifts),
                    # The change's own redline is of the paragraph's words alone; its
                    # sub-paragraphs are redlined too when it has them.
                    "redline": change.redline
                    if not paragraph.clause.children and not clause.children
                    else redline(paragraph.text, text),
                }
            precedents.append(
                Precedent(
                    symbol=document.symbol,
                    name=document.name,
                    date=document.date,
                    ref=paragraph.ref,
                    similarity=round(min(max(score, 0.0), 1.0), 4),
                    text=paragraph.text,
                    document=document.id,
                    **verdict,
                )
            )
        out.append(
            ParagraphPrecedents(
                ref=clause.ref,
                section=clause.section,
                text=text,
                status="adapted",
                precedents=tuple(precedents),
            )
        )
    name = read.source.path if read.source and read.source.path else "<text>"
    return Precedents(
        draft=QueriedDraft(
            symbol=read.symbol,
            name=name.replace("\\", "/").rsplit("/", 1)[-1],
            date=read.date,
            status=read.status,
            kind=read.kind,
            preamble=len(read.preamble),
            operative=len(read.operative),
        ),
        index=str(corpus.path),
        before=limit,
        documents=searched,
        files=len(allowed),
        folded=tuple(folded_files),
        excluded_later=len(excluded["later"]),
        excluded_undated=len(excluded["undated"]),
        # Named with why, not counted only (user23): the few undated texts are read
        # back from the index, no file read again.
        undated=tuple(f"{d.name}: {why_undated(corpus.draft(d.id))}" for d in undated),
        excluded_not_adopted=len(excluded["not_adopted"]),
        excluded_self=len(excluded["self"]),
        options=opts,
        paragraphs=tuple(out),
    )


#: A masthead line that says when a text was adopted, read as a date or not: "of 14
#: October 1964", "on 10 August 1993" (the scanned texts' second line).
_DATE_LINE = compile_cached(r"^(?:of|on|dated)\s", re.IGNORECASE)
_MONTH = compile_cached(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b",
    re.IGNORECASE,
)
#: Longest part of a line quoted in a reason.
_QUOTED = 60


def why_undated(draft: Draft) -> str:
    """Why the reader found no date in ``draft``, in a reader's words: its date line as
    printed where one stands in the masthead but is no date as read ("its date line reads
    “of 14 October £964”, not a date as printed": the scan's "£964" for 1964), else that
    neither its masthead nor its adoption line prints one (S/RES/462 (1980), "Adopted at
    the resumed 2190th meeting")."""
    lines = [" ".join(line.split()) for line in draft.masthead[1:]]
    for line in lines:
        if _DATE_LINE.match(line) or _MONTH.search(line):
            shown = line if len(line) <= _QUOTED else line[: _QUOTED - 1] + "…"
            return f"its date line reads “{printable(shown)}”, not a date as printed"
    if not draft.masthead:
        return "no masthead read, so no date"
    title = " ".join(draft.masthead[0].split())[:_QUOTED]
    return f"no date printed in its masthead (“{printable(title)}”) nor its adoption line"


def _dates_aside_scores(
    words: str, kept: Sequence[tuple[int, float]], found: dict[int, str]
) -> dict[int, float]:
    """Each kept candidate's :func:`similarity` to ``words`` with every date read as
    one word (:func:`resdiff.quantities.renewals.dates_aside`)."""
    from ..quantities.renewals import dates_aside

    moved = dates_aside(words)
    return {pid: similarity(moved, dates_aside(found[pid])) for pid, _ in kept}


def _same_section_first(
    corpus: Corpus, clause: Clause, ranked: list[tuple[int, float]]
) -> list[tuple[int, float]]:
    """``ranked`` with its best paragraph of ``clause``'s own section put first, when the
    lead is of the other section, scores below :data:`SAME_SECTION_BELOW`, and that
    paragraph scores within :data:`SAME_SECTION_TIE` of it (the rest keep their order)."""
    if not ranked:
        return ranked
    lead_pid, lead_score = ranked[0]
    if lead_score >= SAME_SECTION_BELOW:
        return ranked
    close = [
        (k, pid) for k, (pid, score) in enumerate(ranked) if lead_score - score <= SAME_SECTION_TIE
    ]
    if len(close) < 2:
        return ranked
    stored = corpus.paragraphs_by_id([pid for _, pid in close])
    if stored[lead_pid].clause.section == clause.section:
        return ranked
    for k, pid in close[1:]:
        # The first in rank order: the best-scoring one of the section, from any text.
        if stored[pid].clause.section == clause.section:
            return [ranked[k], *ranked[:k], *ranked[k + 1 :]]
    return ranked


def _agreed(
    corpus: Corpus,
    clause: Clause,
    text: str,
    same: list[tuple[int, int]],
    documents: dict[int, DocumentFacts],
    options: PrecedentOptions,
) -> ParagraphPrecedents:
    """An agreed-language paragraph: the most recent earlier texts with its words."""
    from ..redline import redline as word_redline

    def recent(item: tuple[int, int]) -> tuple[int, int]:
        date = documents[item[1]].date
        return (-(date.toordinal() if date else 0), item[0])

    ordered = sorted(same, key=recent)
    # One entry per text: a formula repeated within a text is one precedent of it, and so
    # is one held by two files of the text ("also S/RES/2590 (2021) PP1" twice).
    first_per_document: dict[TextKey, int] = {}
    for pid, doc in ordered:
        first_per_document.setdefault(text_key(documents[doc]), pid)
    shown = list(first_per_document.items())[: options.agreed]
    stored = corpus.paragraphs_by_id([pid for _, pid in shown])
    precedents = []
    for k, (_, pid) in enumerate(shown):
        paragraph = stored[pid]
        document = _owner_of(corpus, documents, paragraph)
        precedents.append(
            Precedent(
                symbol=document.symbol,
                name=document.name,
                date=document.date,
                ref=paragraph.ref,
                similarity=1.0,
                kind="unchanged",
                text=paragraph.text,
                # The words are the same: the first redline shows what folding hid
                # (case, punctuation, spelling); the others would only repeat it.
                redline=word_redline(paragraph.text, text) if k == 0 else (),
                document=document.id,
            )
        )
    return ParagraphPrecedents(
        ref=clause.ref,
        section=clause.section,
        text=text,
        status="agreed",
        precedents=tuple(precedents),
        agreed_count=len(first_per_document),
    )


def _owner_of(
    corpus: Corpus, documents: dict[int, DocumentFacts], paragraph: IndexedParagraph
) -> DocumentFacts:
    """The document a stored paragraph belongs to; a paragraph of no document is damage."""
    from .store import CorpusError

    document = documents.get(paragraph.document)
    if document is None:
        raise CorpusError(
            f"corrupt index: paragraph {paragraph.id} belongs to no document",
            path=str(corpus.path),
        )
    return document


class _Verdicts:
    """The engine's comparison of a precedent with a draft paragraph, one classifier per
    precedent date (a renewal "until <date>" is measured from the two texts' dates)."""

    def __init__(self, draft: Draft) -> None:
        from ..lexicon import Lexicon

        self._draft = draft
        self._lexicon = Lexicon.default()
        self._classifiers: dict[_dt.date | None, Classifier] = {}

    def renews(self, clause: Clause) -> bool:
        """Whether a clause of ``clause`` renews, extends or maintains a measure or a
        mandate (:func:`resdiff.quantities.renewals.renews`)."""
        from ..quantities.renewals import renews

        return renews(clause, self._lexicon)

    def against(
        self, precedent: Clause, clause: Clause, score: float, date: _dt.date | None
    ) -> Change:
        """The change from ``precedent`` (of a text dated ``date``) to ``clause``."""
        from ..align import AlignOptions, Link
        from ..classify import Classifier

        classifier = self._classifiers.get(date)
        if classifier is None:
            classifier = Classifier(self._lexicon, AlignOptions(), dates=(date, self._draft.date))
            self._classifiers[date] = classifier
        classifier.know_drafts([precedent], [clause], unanalysed=self._draft.analysis_unavailable)
        return classifier.change(
            [precedent], [clause], Link((0,), (0,), "similar", min(max(score, 0.0), 1.0))
        )
